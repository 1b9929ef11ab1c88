"""Rules added for the error families of the fresh development set
(tests/data/entities/fresh.entities.jsonl, real text from four sources; SOURCES.md), each checked
on that set's own sentences, and the old-style tone placement the annotators read as new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.entities.simple import tag_text
from annotate.entities.tones import new_style

FRESH = Path(__file__).resolve().parent / "data" / "entities" / "fresh.entities.jsonl"


def record_in(path: Path, sentence_id: str) -> dict:
    """The gold record of one sentence of a JSONL gold file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == sentence_id:
            return record
    raise KeyError(sentence_id)


def fresh(sentence_id: str) -> dict:
    return record_in(FRESH, sentence_id)


def found(text: str, label: str) -> list[tuple[str, object]]:
    return [(e["text"], e.get("value", e.get("id"))) for e in tag_text(text) if e["label"] == label]


def gold(record: dict, label: str) -> list[tuple[str, object]]:
    return [(e["text"], e.get("value", e.get("id"))) for e in record["entities"]
            if e["label"] == label]


@pytest.mark.parametrize("sentence_id, label", [
    ("fresh-uts-12", "LEGAL"),  # Bản Hiến pháp 1946
    ("fresh-uts-43", "LEGAL"),  # bản Hiến pháp năm 1946
    ("fresh-vcn-3", "DATE"),    # trước 10/3
    ("fresh-vcn-41", "DATE"),   # hôm 24/3
    ("fresh-vcn-31", "DATE"),   # Từ 10/5
    ("fresh-vcn-22", "DATE"),   # a headline's date in brackets: (07/04)
    ("fresh-vcn-40", "DATE"),   # Khoảng 2010, ... (03/04)
    ("fresh-soe-3", "QUANTITY"),  # 260m
    ("fresh-soe-3", "DATE"),    # đầu 2025
    ("fresh-vcn-88", "QUANTITY"),  # 100m
    ("fresh-lo-23", "MONEY"),   # 7.500 đơn vị tiền tệ
    ("fresh-uts-1", "LEGAL"),   # BLHS năm 1999, BLHS 1985
    ("fresh-uts-39", "LEGAL"),
    ("fresh-uts-31", "LEGAL"),  # "bản Hiến pháp đầu tiên": the kind, not one text
    ("fresh-uts-13", "ORG"),    # Toà án nhân dân tối cao (old-style tone)
    ("fresh-vcn-43", "ORG"),    # QH
    ("fresh-uts-14", "ORG"),    # Đảng cộng sản
    ("fresh-vcn-76", "ORG"),    # đại biểu Quốc hội TP HCM: the place is the delegates'
    ("fresh-uts-37", "ORG"),    # Toà án nhân dân Tối cao nước Việt Nam dân chủ cộng hoà
])
def test_fresh_sentences_get_their_gold_entities(sentence_id: str, label: str) -> None:
    record = fresh(sentence_id)
    assert found(record["text"], label) == gold(record, label)


@pytest.mark.parametrize("text, label, expected", [
    # fractions of a whole stay out of dates; a count after a bare year keeps it a count
    ("Giảm từ 1/3 đến 1/2 số hộ nghèo.", "DATE", []),
    ("Có khoảng 2010 người tham dự.", "DATE", []),
    ("Từ 1/7, luật có hiệu lực.", "DATE", [("1/7", "--07-01")]),
    # a glued unit needs the digits to end where it starts; "g" stays the hour of "17g20"
    ("Xe chạy lúc 17g20 từ bến.", "QUANTITY", []),
    ("Diện tích 5km² được giao.", "QUANTITY", [("5km²", 5)]),
    ("Ổ cứng 128 GB và 256 GB.", "QUANTITY", [("128 GB", 128), ("256 GB", 256)]),
    ("Vi phạm Hiến pháp và pháp luật.", "LEGAL", [("Hiến pháp", "Hiến pháp")]),
    ("Giá trung bình 30.000đ/quả.", "MONEY", [("30.000đ", 30000)]),
    # a verb ends a name before a role; a delegation stays one body with its place
    ("Ban do Bộ trưởng Bộ Tư pháp làm Trưởng Ban.", "ORG", [("Bộ Tư pháp", None)]),
    ("Đoàn đại biểu Quốc hội tỉnh Hà Giang tiếp xúc cử tri.", "ORG",
     [("Đoàn đại biểu Quốc hội tỉnh Hà Giang", None)]),
    ("Các đại biểu Quốc hội khóa XV thảo luận.", "ORG", [("Quốc hội khóa XV", None)]),
    # a year makes the constitution one text, after "bản" too; without one it is the kind
    ("Bản Hiến pháp 1946 được thông qua; các bản Hiến pháp sau đó kế thừa.", "LEGAL",
     [("Hiến pháp 1946", "Hiến pháp")]),
    # "và" joins a name's capitalised parts, not another body's domain, nor after an acronym
    ("Sở Văn hóa và Thể thao tỉnh Lào Cai tổ chức giải chạy.", "ORG",
     [("Sở Văn hóa và Thể thao tỉnh Lào Cai", None)]),
    ("Quỹ Bảo vệ và Phát triển rừng tỉnh giải ngân.", "ORG",
     [("Quỹ Bảo vệ và Phát triển rừng tỉnh", None)]),
    ("Các Sở Tư pháp và Tài chính đã họp.", "ORG", [("Sở Tư pháp", None), ("Tài chính", None)]),
])
def test_boundaries_of_the_fresh_rules(text: str, label: str, expected: list) -> None:
    assert found(text, label) == expected


def test_old_style_tones_read_as_new_with_offsets_kept() -> None:
    for old, new in [("Toà án", "Tòa án"), ("Uỷ ban", "Ủy ban"), ("thuỷ lợi", "thủy lợi"),
                     ("HOÀ BÌNH", "HÒA BÌNH"), ("khoẻ", "khỏe")]:
        assert new_style(old) == new
    for same in ("hoàn thành", "quý vị", "quỷ", "QUÝ", "Tòa án"):
        assert new_style(same) == same
    text = "Uỷ ban nhân dân tỉnh và Toà án nhân dân huyện"
    entities = tag_text(text)
    assert [text[e["start"]:e["end"]] for e in entities] == [e["text"] for e in entities]
    assert [e["text"] for e in entities if e["label"] == "ORG"] == [
        "Uỷ ban nhân dân tỉnh", "Toà án nhân dân huyện"]


@pytest.mark.parametrize("words, expected", [
    # after digits a compound the tagger calls a verb is counted (unseen nouns: "thành viên");
    # after number words, and for one-syllable verbs, the parse still decides
    ("có/VERB 18/NUM thành_viên/VERB ./PUNCT", ["18 thành viên"]),
    ("16/NUM màu_sắc/VERB cơ_bản/ADJ ./PUNCT", ["16 màu sắc"]),
    ("cho/ADP ba/NUM màu_sắc/VERB lớn/ADJ ./PUNCT", []),
    ("năm/NOUN 2010/NUM tăng/VERB mạnh/ADJ ./PUNCT", []),
])
def test_digits_count_compounds_tagged_as_verbs(words: str, expected: list[str]) -> None:
    from annotate.entities.numeric import find_numeric
    from test_entities_v12 import tagged

    text, tokens = tagged(words)
    assert [text[m.start:m.end] for m in find_numeric(text, tokens)
            if m.label == "QUANTITY"] == expected



def test_review_recomputes_attributes_on_old_style_tones_as_the_tagger_does() -> None:
    from annotate.review.corpus import ReviewSentence
    from annotate.review.layer import recompute

    text = "Toà án nhân dân tỉnh Lào Cai xét xử."
    words = ["Toà án", "nhân dân", "tỉnh", "Lào Cai", "xét xử", "."]
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    sentence = ReviewSentence(Path("x.conllu"), "d", None, "s1", text, spans, [], ["O"] * 6)
    assert recompute(sentence, 0, 4, "ORG") == {"rule": "org-toa-an-vien-kiem-sat"}

"""Entity-layer and corpus-level checks, on a small file in the shape `vicorpus annotate` writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.validate import Summary, validate_paths

DOC = """\
# newdoc id = laocai-antq
# title = Công an Lào Cai
# source = https://example.org/a
# newpar id = laocai-antq-p1
# sent_id = laocai-antq-s1
# text = Nghị định 77/2010/NĐ-CP có 3 điều.
1\tNghị định\tnghị định\tNOUN\tN\t_\t5\tnsubj\t_\tTokenRange=0:9|NER=B-LEGAL|NERId=77/2010/NĐ-CP|NERYear=2010
2\t77/2010/NĐ-CP\t77/2010/NĐ-CP\tNUM\tNum\t_\t1\tnummod\t_\tTokenRange=10:23|NER=I-LEGAL
3\tcó\tcó\tVERB\tV\t_\t0\troot\t_\tTokenRange=24:26
4\t3\t3\tNUM\tNum\t_\t5\tnummod\t_\tTokenRange=27:28|NER=B-QUANTITY|NERValue=3|NERUnit=điều
5\tđiều\tđiều\tNOUN\tN\t_\t3\tobj\t_\tTokenRange=29:33|SpaceAfter=No|NER=I-QUANTITY
6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\tTokenRange=33:34

"""
DOC = DOC.replace("\t5\tnsubj", "\t3\tnsubj")


def errors_of(tmp_path: Path, text: str, name: str = "doc.conllu") -> list[tuple[str, int]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(i.code, i.line) for i in validate_paths([path], Summary()) if i.severity == "error"]


def test_corpus_shaped_file_is_valid(tmp_path: Path) -> None:
    summary = Summary()
    path = tmp_path / "doc.conllu"
    path.write_text(DOC, encoding="utf-8")
    assert [i for i in validate_paths([path], summary) if i.severity == "error"] == []
    assert summary.documents == 1
    assert summary.entities == {"LEGAL": 1, "QUANTITY": 1}


@pytest.mark.parametrize(
    ("old", "new", "code", "line"),
    [
        ("TokenRange=10:23|NER=I-LEGAL", "TokenRange=10:23|NER=I-DATE", "entity-bio", 8),
        ("NER=B-QUANTITY", "NER=B-PERSON", "entity-unknown-label", 10),
        ("NER=B-QUANTITY", "NER=X-QUANTITY", "entity-bad-tag", 10),
        ("NERValue=3", "NERValue=ba", "entity-attr-format", 10),
        ("NERYear=2010", "NERYear=10", "entity-attr-format", 7),
        ("NERId=77/2010/NĐ-CP", "NERId=77/ /NĐ", "entity-legal-id", 7),
        ("NERId=77/2010/NĐ-CP", "NERId=Luật%20%20Đất", "entity-legal-id", 7),
        ("TokenRange=27:28", "TokenRange=27:29", "token-range", 10),
        ("TokenRange=29:33", "TokenRange=20:24", "token-range", 11),
        ("TokenRange=24:26", "TokenRange=24-26", "token-range", 9),
        ("TokenRange=24:26", "TokenRange=24:26|NERValue=1", "entity-attr-outside", 9),
    ],
)
def test_entity_rule(tmp_path: Path, old: str, new: str, code: str, line: int) -> None:
    assert old in DOC
    assert (code, line) in errors_of(tmp_path, DOC.replace(old, new))


def test_legal_title_id_is_valid(tmp_path: Path) -> None:
    assert errors_of(tmp_path, DOC.replace("NERId=77/2010/NĐ-CP", "NERId=Luật%20Đất%20đai")) == []


def test_entity_never_crosses_sentences(tmp_path: Path) -> None:
    second = (
        "# sent_id = laocai-antq-s2\n# text = Ngày 5\n"
        "1\tNgày\tngày\tNOUN\tN\t_\t0\troot\t_\tTokenRange=35:39|NER=I-QUANTITY\n"
        "2\t5\t5\tNUM\tNum\t_\t1\tnummod\t_\tTokenRange=40:41\n\n"
    )
    assert ("entity-crosses-sentence", 16) in errors_of(tmp_path, DOC + second)


def test_newdoc_id_unique_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.conllu").write_text(DOC, encoding="utf-8")
    (tmp_path / "b.conllu").write_text(DOC.replace("-s1", "-s9"), encoding="utf-8")
    codes = [i.code for i in validate_paths([tmp_path], Summary()) if i.severity == "error"]
    assert codes == ["non-unique-newdoc-id"]


def test_sent_id_unique_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.conllu").write_text(DOC, encoding="utf-8")
    (tmp_path / "b.conllu").write_text(DOC.replace("newdoc id = laocai-antq", "newdoc id = x"), encoding="utf-8")
    codes = [i.code for i in validate_paths([tmp_path], Summary()) if i.severity == "error"]
    assert codes == ["non-unique-sent-id"]


def test_text_in_two_splits_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "c-train.conllu").write_text(DOC, encoding="utf-8")
    other = DOC.replace("laocai-antq", "other")
    (tmp_path / "c-test.conllu").write_text(other, encoding="utf-8")
    summary = Summary()
    found = [(i.severity, i.code) for i in validate_paths([tmp_path], summary)]
    assert found == [("warning", "text-in-two-splits")]
    assert summary.errors == 0


def test_inventory_warns_on_unknown_values(tmp_path: Path) -> None:
    path = tmp_path / "doc.conllu"
    path.write_text(DOC.replace("\tN\t_\t3\tobj", "\tNOPE\t_\t3\tobj:zz"), encoding="utf-8")
    found = {(i.severity, i.code) for i in validate_paths([path], Summary())}
    assert found == {("warning", "vi-unknown-xpos"), ("warning", "vi-unknown-deprel")}


def test_token_range_follows_space_after(tmp_path: Path) -> None:
    broken = DOC.replace("TokenRange=33:34", "TokenRange=34:35")
    assert ("token-range", 12) in errors_of(tmp_path, broken)


def test_repository_corpus_fixture_is_valid() -> None:
    corpus = Path(__file__).parent / "data" / "dataset" / "corpus" / "antq.conllu"
    summary = Summary()
    assert [i for i in validate_paths([corpus], summary) if i.severity == "error"] == []
    assert summary.documents == 1 and summary.entities["ORG"] == 1

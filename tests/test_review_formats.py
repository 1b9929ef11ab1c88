"""brat standoff and CoNLL 2002, each against files written by hand from the other tool's
documentation (tests/data/review/brat/, tests/data/review/conll2002/), not by our writer.

The corpus is tests/data/review/sample.conllu: `vicorpus annotate` of a three-sentence text
with an emoji (so brat's code-point offsets after it are exercised)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_review import changed_lines, copy_corpus, run

from annotate.review.brat import read_ann
from annotate.review.corpus import read_corpus
from annotate.review.layer import ReviewError

DATA = Path(__file__).resolve().parent / "data" / "review"
SAMPLE = DATA / "sample.conllu"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path, SAMPLE)


def _entities(corpus: Path) -> list[tuple[str, str, str, str | None]]:
    return [(s.sent_id, e.label, s.text[slice(*s.char_span(e))], e.attrs.get("value"))
            for s in read_corpus([corpus]) for e in s.entities]


def _text_bound(path: Path) -> set[tuple[str, str, str]]:
    """(type, offsets, text) of the text-bound lines of a .ann file."""
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {(t.split(" ", 1)[0], t.split(" ", 1)[1], text) for ident, t, *rest in lines
            if ident.startswith("T") for text in rest}


def test_brat_export_matches_the_hand_written_document(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "brat"
    code, _, err = run("review", "export", str(corpus), "--format", "brat", "-o", str(out))
    assert code == 0, err
    assert (out / "sample.txt").read_text(encoding="utf-8") == \
        (DATA / "brat" / "sample.txt").read_text(encoding="utf-8")
    ours, theirs = _text_bound(out / "sample.ann"), _text_bound(DATA / "brat" / "sample.ann")
    # the hand-written file drops the QUANTITY and writes the last DATE as two fragments
    assert ours - theirs == {("QUANTITY", "83 91", "12 dự án"), ("DATE", "183 191", "năm 2023")}
    assert theirs - ours == {("DATE", "183 186;187 191", "năm 2023")}
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    assert conf.split("\n\n")[0].split("\n") == [
        line for line in (DATA / "brat" / "annotation.conf").read_text(
            encoding="utf-8").split("\n\n")[0].split("\n")]


def test_brat_import_of_the_hand_written_file(corpus: Path, tmp_path: Path) -> None:
    before = (corpus / SAMPLE.name).read_text(encoding="utf-8")
    code, _, err = run("review", "import", str(DATA / "brat"), "--format", "brat", "--into",
                       str(corpus))
    assert code == 0, err
    assert "reviewed 3 sentences (1 changed), 7 entities" in err
    assert _entities(corpus) == [
        ("sample-s1", "DATE", "Ngày 15/3/2024", "2024-03-15"),
        ("sample-s1", "ORG", "Ủy ban nhân dân tỉnh Lào Cai", None),
        ("sample-s1", "LEGAL", "Quyết định số 512/QĐ-UBND", None),
        ("sample-s2", "MONEY", "1.250 tỷ đồng", "1250000000000"),
        ("sample-s3", "ORG", "Sở Tài chính", None),
        ("sample-s3", "PERCENT", "98,5%", "98.5"),
        ("sample-s3", "DATE", "năm 2023", "2023"),
    ]
    diff = changed_lines(before, (corpus / SAMPLE.name).read_text(encoding="utf-8"))
    assert len([d for d in diff if d.startswith("+# entities_reviewed = brat ")]) == 3
    assert [d.split("\t")[1] for d in diff if not d.startswith(("+#", "-#"))] == [
        "12", "dự án", "12", "dự án"]
    assert run("validate", str(corpus))[0] == 0


def test_brat_offsets_that_do_not_cover_their_text_are_refused(tmp_path: Path) -> None:
    ann = tmp_path / "sample.ann"
    ann.write_text("T1\tORG 125 137\tSở Tài chính\n", encoding="utf-8")  # off by one
    text = (DATA / "brat" / "sample.txt").read_text(encoding="utf-8")
    with pytest.raises(ReviewError, match=r"sample.ann:1: offsets 125 137 cover 'ở Tài chính "):
        read_ann(ann, text)


def test_conll2002_export_matches_the_hand_written_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "conll"
    code, _, err = run("review", "export", str(corpus), "--format", "conll2002", "-o", str(out))
    assert code == 0, err
    ours = (out / "sample.conll").read_text(encoding="utf-8").splitlines()
    theirs = (DATA / "conll2002" / "sample.conll").read_text(encoding="utf-8").splitlines()
    assert ours[0] == "-DOCSTART- O" and theirs[0] == "-DOCSTART- -DOCSTART- O"
    # the hand-written file drops the PERCENT and starts the last DATE at 'trong'
    assert [(a, b) for a, b in zip(ours[1:], theirs[1:]) if a != b] == [
        ("98,5 B-PERCENT", "98,5 O"), ("% I-PERCENT", "% O"), ("trong O", "trong B-DATE"),
        ("năm B-DATE", "năm I-DATE")]
    assert len(ours) == len(theirs)


def test_conll2002_import_of_the_hand_written_file(corpus: Path) -> None:
    code, _, err = run("review", "import", str(DATA / "conll2002"), "--format", "conll2002",
                       "--into", str(corpus))
    assert code == 0, err
    found = _entities(corpus)
    assert ("sample-s3", "DATE", "trong năm 2023", "2023") in found
    assert not [e for e in found if e[1] == "PERCENT"]
    assert len(found) == 7
    assert run("validate", str(corpus))[0] == 0


def test_conll2002_tokens_must_be_the_corpus_words(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "edited"
    folder.mkdir()
    text = (DATA / "conll2002" / "sample.conll").read_text(encoding="utf-8")
    (folder / "sample.conll").write_text(text.replace("hồ_sơ O", "hồ sơ O"), encoding="utf-8")
    code, _, err = run("review", "import", str(folder), "--format", "conll2002", "--into",
                       str(corpus))
    assert code == 2 and "sample.conll:32: token 'hồ' is not the word 'hồ sơ'" in err
    assert (corpus / SAMPLE.name).read_bytes() == SAMPLE.read_bytes()

"""Sentence <-> row, documents, and split rules of the dataset builder."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.conllu_io import read_conllu
from annotate.dataset.corpus import corpus_files, read_file
from annotate.dataset.features import NER_TAGS, UPOS_TAGS
from annotate.dataset.corpus import Origin
from annotate.dataset.rows import row_to_sentence, sentence_to_row
from annotate.dataset.splits import (
    choose_splitter,
    file_splitter,
    hash_splitter,
    parse_ratios,
    split_of_filename,
)
from annotate.errors import DatasetError

CORPUS = Path(__file__).parent / "data" / "dataset" / "corpus"
ORIGIN = Origin("f.conllu", 0, "doc", [])


def _rows(name: str) -> list[dict]:
    return [sentence_to_row(s, o) for s, o in read_file(CORPUS / name, name)]


def test_row_columns_and_entities():
    row = _rows("antq.conllu")[0]
    assert row["id"] == "d1-s1" and row["doc_id"] == "d1"
    assert row["tokens"][:3] == ["Công an", "tỉnh", "Lào Cai"]
    assert [UPOS_TAGS[i] for i in row["upos"][:3]] == ["NOUN", "NOUN", "PROPN"]
    assert row["head"][:4] == [4, 1, 2, 0]
    assert row["feats"][4] == "NumType=Card" and row["feats"][0] == "_"
    assert [NER_TAGS[i] for i in row["ner_tags"]] == [
        "B-ORG", "I-ORG", "I-ORG", "O", "B-QUANTITY", "I-QUANTITY", "O", "O"]
    org, qty = row["entities"]
    assert (org["label"], org["text"], org["start"], org["end"]) == (
        "ORG", "Công an tỉnh Lào Cai", 0, 20)
    assert org["rule"] == "org.cong_an" and org["value"] is None
    assert (qty["value"], qty["unit"], qty["word_start"], qty["word_end"]) == ("15", "buổi", 4, 6)
    assert row["doc_meta"][:2] == [
        {"key": "title", "value": "Công an tỉnh tổ chức tuyên truyền"},
        {"key": "author", "value": "Hà Dinh"},
    ]
    assert [m["key"] for m in row["doc_meta"]] == ["title", "author", "views", "source", "license"]


def test_escaped_attribute_is_decoded():
    percent = _rows("antq.conllu")[1]["entities"][1]
    assert (percent["label"], percent["unit"], percent["text"]) == ("PERCENT", "%", "95%")


def test_document_metadata_carried_and_documents_split_within_a_file():
    rows = _rows("extra/rain.conllu")
    assert [r["doc_id"] for r in rows] == ["d2", "d3"]
    assert rows[0]["doc_meta"][0] == {"key": "title", "value": "Mưa ở Hà Nội"}
    assert rows[1]["doc_meta"] == []
    assert _rows("antq.conllu")[1]["doc_meta"] == _rows("antq.conllu")[0]["doc_meta"]


def test_ranges_and_empty_nodes_kept_out_of_word_columns():
    row = _rows("extra/rain.conllu")[0]
    assert row["tokens"] == ["Hà", "Nội", "mưa", "to"]
    assert [e["position"] for e in row["extra_lines"]] == [0, 4]
    assert row["extra_lines"][0]["line"].startswith("1-2\tHà Nội\t")


@pytest.mark.parametrize("name", ["antq.conllu", "extra/rain.conllu"])
def test_row_round_trip_is_exact(name):
    for sentence, origin in read_file(CORPUS / name, name):
        assert row_to_sentence(sentence_to_row(sentence, origin)).to_conllu() == sentence.to_conllu()


def test_verbatim_comment_without_space():
    row = _rows("extra/rain.conllu")[0]
    assert "# text =Hà Nội mưa to" in row["comments"] and row["text"] == "Hà Nội mưa to"


def _sentence(text: str):
    return next(read_conllu(io.StringIO(text), "t.conllu"))


@pytest.mark.parametrize("line, message", [
    ("1\tx\tx\tNOPE\t_\t_\t0\troot\t_\t_", "NOPE"),
    ("1\tx\tx\tNOUN\t_\t_\t00\troot\t_\t_", "HEAD"),
    ("1\tx\tx\tNOUN\t_\t_\t0\troot\t_\tNER=B-PERSON", "PERSON"),
    ("2\tx\tx\tNOUN\t_\t_\t0\troot\t_\t_", "round-trip"),
])
def test_unstorable_sentences_raise(line, message):
    with pytest.raises(DatasetError, match=message) as info:
        sentence_to_row(_sentence(f"# text = x\n{line}\n\n"), ORIGIN)
    assert "f.conllu:1" in str(info.value)


def test_hash_split_is_deterministic_and_follows_ratios():
    split = hash_splitter(parse_ratios("0.8,0.1,0.1"))
    names = [split(f"doc{i}", "f") for i in range(2000)]
    assert names == [split(f"doc{i}", "f") for i in range(2000)]
    assert 0.75 < names.count("train") / 2000 < 0.85 and names.count("test") > 100
    assert {hash_splitter((0, 0, 1))(f"d{i}", "f") for i in range(50)} == {"test"}


@pytest.mark.parametrize("text", ["a,b,c", "0.5,0.5", "-1,1,1", "0,0,0"])
def test_bad_ratios(text):
    with pytest.raises(DatasetError):
        parse_ratios(text)


def test_split_of_filename():
    assert split_of_filename("vi_vtb-ud-train.conllu") == "train"
    assert split_of_filename("vi_vtb-ud-dev.conllu") == "validation"
    assert split_of_filename("a/test.conllu") == "test"
    assert split_of_filename("antq.conllu") is None


def test_choose_splitter_defaults(tmp_path):
    vtb = choose_splitter(["x-train.conllu", "x-dev.conllu"])
    assert vtb.assign("any", "x-dev.conllu") == "validation" and "file names" in vtb.description
    assert "hash" in choose_splitter(["antq.conllu"]).description
    assert "hash" in choose_splitter(["x-train.conllu"], ratios="1,0,0").description


def test_split_file_json_and_tsv(tmp_path):
    (tmp_path / "s.json").write_text(json.dumps({"d1": "dev", "d2": "test"}))
    (tmp_path / "s.tsv").write_text("d1\ttrain\nd2\tvalidation\n")
    assert file_splitter(tmp_path / "s.json")("d1", "f") == "validation"
    assert file_splitter(tmp_path / "s.tsv")("d2", "f") == "validation"
    with pytest.raises(DatasetError, match="not in the split file"):
        file_splitter(tmp_path / "s.tsv")("d9", "f")
    (tmp_path / "bad.tsv").write_text("d1\tholdout\n")
    with pytest.raises(DatasetError, match="unknown split"):
        file_splitter(tmp_path / "bad.tsv")


def test_corpus_files_sorted_by_relative_name(tmp_path):
    assert [n for _, n in corpus_files([CORPUS])] == ["antq.conllu", "extra/rain.conllu"]
    with pytest.raises(DatasetError, match="no .conllu"):
        corpus_files([tmp_path])
    with pytest.raises(DatasetError, match="both named"):
        corpus_files([CORPUS / "antq.conllu", CORPUS])


def test_entity_offsets_null_when_text_does_not_match():
    sentence = _sentence("# text = something else\n"
                         "1\tHà Nội\tHà Nội\tPROPN\t_\t_\t0\troot\t_\tNER=B-ORG\n\n")
    entity = sentence_to_row(sentence, ORIGIN)["entities"][0]
    assert (entity["start"], entity["end"], entity["text"]) == (None, None, "Hà Nội")


_CELL = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
                min_size=1, max_size=8).filter(lambda s: "\t" not in s and s.strip() == s)


@given(forms=st.lists(_CELL, min_size=1, max_size=6), misc=st.lists(_CELL, min_size=6, max_size=6),
       feats=st.sampled_from(["_", "NumType=Card", "Degree=Pos|Polarity=Neg"]),
       comment=st.sampled_from(["# text =x", "# text = x", "#no space", "# sent_id = a=b"]))
@settings(max_examples=60, deadline=None)
def test_any_plain_sentence_round_trips(forms, misc, feats, comment):
    lines = [f"{i + 1}\t{form}\t{form}\tNOUN\t_\t{feats}\t{i}\tdep\t_\t{misc[i]}"
             for i, form in enumerate(forms)]
    text = f"{comment}\n" + "\n".join(lines) + "\n\n"
    try:
        sentence = _sentence(text)
        row = sentence_to_row(sentence, ORIGIN)
    except DatasetError:
        return  # a MISC value that looks like an unknown NER label is refused, not mangled
    assert row_to_sentence(row).to_conllu() == text

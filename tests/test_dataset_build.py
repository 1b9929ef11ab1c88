"""Build a dataset folder, load it with `datasets`, export it back byte for byte."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import datasets
import pyarrow.parquet as pq
import pytest
import yaml

from annotate.dataset.build import build_dataset
from annotate.dataset.card import CardInfo, model_description
from annotate.dataset.export import export_dataset
from annotate.dataset.features import dataset_features
from annotate.dataset.splits import choose_splitter
from annotate.errors import DatasetError

CORPUS = Path(__file__).parent / "data" / "dataset" / "corpus"
FILES = ["antq.conllu", "extra/rain.conllu"]
CARD = CardInfo(pretty_name="Test corpus", summary="A hand-written test corpus.")


def _split_file(tmp_path: Path) -> Path:
    path = tmp_path / "splits.json"
    path.write_text(json.dumps({"d1": "train", "d2": "validation", "d3": "test"}))
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("built")
    rule = choose_splitter(FILES, split_file=_split_file(tmp))
    build_dataset([CORPUS], tmp / "ds", CARD, rule, rows_per_group=1, rows_per_shard=1)
    return tmp / "ds"


def _card(folder: Path) -> tuple[dict, str]:
    _, header, body = (folder / "README.md").read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(header), body


def test_layout(built):
    assert sorted(p.name for p in (built / "data").iterdir()) == [
        "test-00000-of-00001.parquet", "train-00000-of-00002.parquet",
        "train-00001-of-00002.parquet", "validation-00000-of-00001.parquet"]
    whole = build_dataset([CORPUS], built.parent / "one-shard", CARD, rows_per_group=1)
    for split, stats in whole.splits.items():
        shard = built.parent / "one-shard" / "data" / f"{split}-00000-of-00001.parquet"
        assert pq.ParquetFile(shard).num_row_groups == stats.sentences
    assert not list(built.parent.glob(".ds.*"))


def test_load_dataset_gives_declared_features(built, tmp_path):
    ds = datasets.load_dataset(str(built), cache_dir=str(tmp_path / "cache"))
    assert isinstance(ds, datasets.DatasetDict)
    assert set(ds) == {"train", "validation", "test"}
    for split in ds.values():
        assert split.features == dataset_features()
    assert ds["train"]["id"] == ["d1-s1", "d1-s2"]
    assert ds["train"].features["ner_tags"].feature.int2str(ds["train"][0]["ner_tags"][0]) == "B-ORG"


def test_card_header(built):
    header, _ = _card(built)
    assert header["license"] == "cc-by-sa-4.0" and header["language"] == ["vi"]
    assert header["pretty_name"] == "Test corpus"
    assert "token-classification" in header["task_categories"]
    assert "parsing" in header["task_ids"] and "dependency-parsing" in header["tags"]
    assert header["size_categories"] == ["n<1K"]
    assert header["configs"][0]["data_files"][0] == {"split": "train", "path": "data/train-*"}
    features = datasets.Features._from_yaml_list(header["dataset_info"]["features"])
    assert features == dataset_features()
    assert {s["name"]: s["num_examples"] for s in header["dataset_info"]["splits"]} == {
        "train": 2, "validation": 1, "test": 1}


def test_card_body(built):
    _, body = _card(built)
    for needle in ["# Test corpus", "## Sources and licenses", "Hà Dinh", "CC BY 4.0",
                   "https://example.gov.vn/bai-viet/1", "CC BY-SA 4.0", "## Splits",
                   "split file", "| train | 1 | 2 | 16 |", "## Label scheme", "| ORG | 1 | 0 | 0 |",
                   "| PERCENT | 1 | 0 | 0 |", "## How it was built", "vicorpus 0.1.0",
                   "## How to load", "load_dataset", "## Citation", "Building a Large",
                   "## Known limitations", "automatic parses", "Small: 4 sentences"]:
        assert needle in body, needle


def test_export_reproduces_the_corpus(built, tmp_path):
    result = export_dataset(built, tmp_path / "back")
    assert (result.files, result.sentences) == (2, 4)
    for name in FILES:
        assert filecmp.cmp(CORPUS / name, tmp_path / "back" / name, shallow=False), name


def test_export_detects_missing_shard(built, tmp_path):
    copy = tmp_path / "copy"
    (copy / "data").mkdir(parents=True)
    for shard in (built / "data").glob("t*.parquet"):
        (copy / "data" / shard.name).write_bytes(shard.read_bytes())
    with pytest.raises(DatasetError, match="missing"):
        export_dataset(copy, tmp_path / "back")
    with pytest.raises(DatasetError, match="not a dataset folder"):
        export_dataset(tmp_path, tmp_path / "back")


def test_hash_split_keeps_documents_whole(tmp_path):
    result = build_dataset([CORPUS], tmp_path / "ds", CARD)
    assert result.document_count == 3 and result.sentences == 4
    ds = datasets.load_dataset(str(tmp_path / "ds"), cache_dir=str(tmp_path / "cache"))
    owners = {}
    for name, split in ds.items():
        for doc_id in split["doc_id"]:
            assert owners.setdefault(doc_id, name) == name


def test_output_exists(built, tmp_path):
    with pytest.raises(DatasetError, match="overwrite"):
        build_dataset([CORPUS], built, CARD)
    target = tmp_path / "ds"
    target.mkdir()
    (target / "stale.txt").write_text("x")
    build_dataset([CORPUS], target, CARD, overwrite=True)
    assert not (target / "stale.txt").exists() and (target / "README.md").is_file()


def test_no_sentences(tmp_path):
    (tmp_path / "empty.conllu").write_text("")
    with pytest.raises(DatasetError, match="no sentences"):
        build_dataset([tmp_path], tmp_path / "ds", CARD)
    assert not (tmp_path / "ds").exists()


def test_noncanonical_file_is_reported(tmp_path):
    text = (CORPUS / "extra" / "rain.conllu").read_text(encoding="utf-8")
    (tmp_path / "crlf.conllu").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = build_dataset([tmp_path / "crlf.conllu"], tmp_path / "ds", CARD)
    assert result.noncanonical_files == ["crlf.conllu"]


def test_model_description(tmp_path):
    assert model_description(tmp_path).startswith("unknown")
    (tmp_path / "training.json").write_text(json.dumps({"las": 61.2}))
    assert '"las": 61.2' in model_description(tmp_path)
    (tmp_path / "MODEL_CARD.md").write_text("# vi_vtb_compact\nLAS 61.2")
    assert "> LAS 61.2" in model_description(tmp_path)


def test_vtb_round_trip(ud_dir, tmp_path):
    result = build_dataset([ud_dir], tmp_path / "vtb", CARD)
    assert set(result.splits) == {"train", "validation", "test"}
    assert result.noncanonical_files == []
    export_dataset(tmp_path / "vtb", tmp_path / "back")
    for path in sorted(ud_dir.glob("*.conllu")):
        assert filecmp.cmp(path, tmp_path / "back" / path.name, shallow=False), path.name

"""scripts/build_vtb_ner.py and scripts/bench_build.py on the VTB treebank."""

from __future__ import annotations

import filecmp
import importlib.util
from pathlib import Path

import datasets
import pytest

import annotate.entities
from annotate.conllu_io import Sentence, read_conllu
from annotate.dataset.export import export_dataset
from annotate.dataset.features import dataset_features
from annotate.entities.schema import Entity

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def number_tagger(sentence: Sentence) -> list[Entity]:
    """A stand-in tagger: a number followed by a noun is a QUANTITY."""
    words = sentence.syntactic_words()
    return [
        Entity(i, i + 2, "QUANTITY", {"value": w.form, "unit": words[i + 1].form, "rule": "test"})
        for i, w in enumerate(words[:-1])
        if w.upos == "NUM" and w.form.isdigit() and words[i + 1].upos == "NOUN"
    ]


def test_vtb_ner_builds_loads_and_round_trips(ud_dir, tmp_path):
    vtb_ner = _script("build_vtb_ner")
    tagged = tmp_path / "tagged"
    result = vtb_ner.build_vtb_ner(ud_dir, tmp_path / "vtb-ner", number_tagger, tagged_dir=tagged)
    assert set(result.splits) == {"train", "validation", "test"}
    assert result.splits["train"].entities["QUANTITY"] > 10
    ds = datasets.load_dataset(str(tmp_path / "vtb-ner"), cache_dir=str(tmp_path / "cache"))
    assert ds["test"].features == dataset_features()
    entity = next(e for row in ds["train"] for e in row["entities"])
    assert entity["label"] == "QUANTITY" and entity["rule"] == "test"
    assert entity["text"] == f"{entity['value']} {entity['unit']}"
    card = (tmp_path / "vtb-ner" / "README.md").read_text(encoding="utf-8")
    assert "license: cc-by-sa-4.0" in card and "UD_Vietnamese-VTB" in card and "gold" in card
    export_dataset(tmp_path / "vtb-ner", tmp_path / "back")
    for path in sorted(tagged.glob("*.conllu")):
        assert filecmp.cmp(path, tmp_path / "back" / path.name, shallow=False), path.name


def test_vtb_ner_with_the_real_taggers(ud_dir, tmp_path):
    if not hasattr(annotate.entities, "tag_sentence"):
        pytest.skip("annotate.entities.tag_sentence has not landed yet")
    vtb_ner = _script("build_vtb_ner")
    assert vtb_ner.main(["--ud-dir", str(ud_dir), "-o", str(tmp_path / "vtb-ner")]) == 0


def test_bench_repeats_the_treebank_with_unique_ids(ud_dir, tmp_path):
    bench = _script("bench_build")
    words = bench.repeat_corpus(ud_dir, tmp_path, 70_000)
    assert words >= 70_000
    files = sorted(tmp_path.glob("*.conllu"))
    assert len(files) == 6
    ids = [s.sent_id for f in files for s in read_conllu(f)]
    assert len(ids) == len(set(ids))

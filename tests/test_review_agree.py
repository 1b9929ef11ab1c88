"""`vicorpus agree A B`: span F1 per label and Cohen's kappa over BIO tags between two versions
of the seed corpus."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_review import SEED_CONLLU, corrected_export, export_tasks, run

from annotate.review.agreement import cohen_kappa


@pytest.fixture()
def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    """The seed as the annotators left it (A) and after a person's correction (B)."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        shutil.copy(SEED_CONLLU, folder / SEED_CONLLU.name)
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(corrected_export(export_tasks(second))), encoding="utf-8")
    assert run("review", "import", str(exported), "--into", str(second))[0] == 0
    return first, second


def test_kappa_by_hand() -> None:
    first = ["B-ORG", "I-ORG", "O", "O"]
    second = ["B-ORG", "O", "O", "O"]
    # observed 3/4; expected .25*.25 (B-ORG) + .5*.75 (O) = .4375
    assert cohen_kappa(first, second) == pytest.approx((0.75 - 0.4375) / (1 - 0.4375))
    assert cohen_kappa(first, first) == 1.0
    assert cohen_kappa(["O", "O"], ["O", "O"]) == 1.0
    assert cohen_kappa([], []) is None


def test_a_corpus_agrees_with_itself(two_versions: tuple[Path, Path]) -> None:
    first, _ = two_versions
    code, out, _ = run("agree", str(first), str(first), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["sentences"] == 34 and report["differing"] == []
    assert report["kappa"] == 1.0 and report["micro"]["f1"] == 1.0
    assert report["labels"]["PERCENT"]["f1"] is None  # no PERCENT in the seed


def test_agreement_reports_the_correction(two_versions: tuple[Path, Path]) -> None:
    first, second = two_versions
    code, out, _ = run("agree", str(first), str(second), "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert report["differing"] == ["laocai-antq-s7", "laocai-antq-s9", "laocai-antq-s12"]
    labels = report["labels"]
    # one date moved, one LEGAL added, the MONEY deleted; the other 85 spans agree
    assert labels["DATE"]["a"] == labels["DATE"]["b"] == labels["DATE"]["matched"] + 1
    assert (labels["LEGAL"]["a"] + 1, labels["LEGAL"]["matched"]) == (labels["LEGAL"]["b"],
                                                                       labels["LEGAL"]["a"])
    assert (labels["MONEY"]["a"], labels["MONEY"]["b"], labels["MONEY"]["f1"]) == (1, 0, 0.0)
    assert labels["ORG"]["f1"] == labels["QUANTITY"]["f1"] == 1.0
    assert report["micro"] == {"a": 88, "b": 88, "matched": 86, "f1": pytest.approx(86 / 88)}
    assert 0.9 < report["kappa"] < 1.0
    code, text, _ = run("agree", str(first), str(second))
    assert code == 0 and "differs: laocai-antq-s9" in text and "MONEY" in text
    assert "Cohen's kappa over BIO tags: 0.9" in text


def test_different_words_are_refused(two_versions: tuple[Path, Path], tmp_path: Path) -> None:
    first, _ = two_versions
    other = tmp_path / "other.conllu"
    text = SEED_CONLLU.read_text(encoding="utf-8")
    other.write_text(text.replace("\tTrong\ttrong\t", "\tTrongg\ttrong\t", 1), encoding="utf-8")
    code, _, err = run("agree", str(first), str(other))
    assert code == 2 and "laocai-antq-s1 has different words" in err

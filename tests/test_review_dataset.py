"""Reviewed sentences in the dataset (`reviewed`, `annotator`, the card's counts) and the
validator's check of the review comments."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pyarrow.parquet as pq
from test_review import (
    SEED_CONLLU,
    copy_corpus,
    corrected_export,
    export_tasks,
    run,
    two_annotations,
)

from annotate.dataset.build import build_dataset
from annotate.dataset.card import CardInfo
from annotate.dataset.export import export_dataset
from annotate.validate.run import Summary, validate_paths


def _reviewed_corpus(tmp_path: Path) -> Path:
    corpus = copy_corpus(tmp_path)
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(corrected_export(export_tasks(corpus))), encoding="utf-8")
    assert run("review", "import", str(exported), "--into", str(corpus))[0] == 0
    return corpus


def test_build_carries_the_review(tmp_path: Path) -> None:
    corpus = _reviewed_corpus(tmp_path)
    result = build_dataset([corpus], tmp_path / "ds", CardInfo(pretty_name="t", summary="s"))
    rows = [r for shard in sorted((tmp_path / "ds" / "data").glob("*.parquet"))
            for r in pq.read_table(shard).to_pylist()]
    reviewed = {r["id"]: r["annotator"] for r in rows if r["reviewed"]}
    assert reviewed == {f"laocai-antq-s{n}": "alice@example.org" for n in (7, 9, 12)}
    assert all(r["annotator"] is None for r in rows if not r["reviewed"])
    entities = sum(len(r["entities"]) for r in rows if r["reviewed"])
    assert sum(s.reviewed_entities for s in result.splits.values()) == entities == 8 + 4 + 15
    card = (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")
    assert f"3 of 34 sentences, with {entities} of 88 entities, had their entity layer " \
           "checked by a person" in card
    export_dataset(tmp_path / "ds", tmp_path / "back")
    assert filecmp.cmp(tmp_path / "back" / SEED_CONLLU.name, corpus / SEED_CONLLU.name,
                       shallow=False)


def test_validate_checks_the_review_comment(tmp_path: Path) -> None:
    corpus = _reviewed_corpus(tmp_path)
    assert run("validate", str(corpus))[0] == 0
    path = corpus / SEED_CONLLU.name
    text = path.read_text(encoding="utf-8")
    bad = text.replace("alice@example.org 2026-12-01T20:00:00Z", "alice@example.org yesterday", 1)
    bad = bad.replace("# entities_reviewed = alice@example.org 2026-12-01T20:00:00Z",
                      "# entities_reviewed = Alice Smith", 1)
    path.write_text(bad, encoding="utf-8")
    incidents = [i for i in validate_paths([corpus], Summary()) if i.code == "review-comment"]
    assert [(i.sent_id, i.severity) for i in incidents] == [
        ("laocai-antq-s7", "error"), ("laocai-antq-s9", "error")]
    assert "'yesterday' is not an ISO 8601 time" in incidents[0].message
    assert incidents[0].line == text.splitlines().index(
        next(line for line in text.splitlines() if line.startswith("# entities_reviewed"))) + 1


def test_card_gives_the_agreement_of_two_annotators(tmp_path: Path) -> None:
    corpus = copy_corpus(tmp_path)
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps([two_annotations(export_tasks(corpus))]), encoding="utf-8")
    assert run("review", "import", str(exported), "--into", str(corpus), "--prefer",
               "alice@example.org")[0] == 0
    build_dataset([corpus], tmp_path / "ds", CardInfo(pretty_name="t", summary="s"))
    card = (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")
    assert "1 sentences were annotated by two people" in card
    # alice left out the MONEY bob kept: 15 of 16 spans agree
    assert "| MONEY | 0 | 1 | 0 | 0.000 |" in card
    assert "| QUANTITY | 14 | 14 | 14 | 1.000 |" in card and "| ORG | 1 | 1 | 1 | 1.000 |" in card
    assert f"| all | 15 | 16 | 15 | {30 / 31:.3f} |" in card
    assert run("validate", str(corpus))[0] == 0
    path = corpus / SEED_CONLLU.name
    path.write_text(path.read_text(encoding="utf-8").replace(" MONEY:123-125", " MONEY:125-123"),
                    encoding="utf-8")
    code, out, _ = run("validate", str(corpus))
    assert code == 1 and "[review-comment] entities_other: 'MONEY:125-123': words out of order" \
        in out

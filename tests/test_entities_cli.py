"""`vicorpus tag` (byte-for-byte entity layer on CoNLL-U) and `vicorpus eval` (scores)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.conllu_io import format_misc, parse_misc
from annotate.entities.evaluate import evaluate, read_entities
from annotate.entities.schema import is_entity_key


def _strip(text: str) -> str:
    out = []
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        columns = line.split("\t")
        if len(columns) == 10 and columns[0].isdigit():
            kept = {k: v for k, v in parse_misc(columns[9]).items() if not is_entity_key(k)}
            columns[9] = format_misc(kept)
            raw = "\t".join(columns) + raw[len(line):]
        out.append(raw)
    return "".join(out)


@pytest.fixture()
def vtb_slice(ud_dir: Path, tmp_path: Path) -> Path:
    """The first 400 sentences of VTB dev (syllable-spaced text), with one CRLF line kept."""
    blocks = (ud_dir / "vi_vtb-ud-dev.conllu").read_text(encoding="utf-8").split("\n\n")[:400]
    text = "\n\n".join(blocks) + "\n\n"
    text = text.replace("\n", "\r\n", 1)
    path = tmp_path / "in" / "dev.conllu"
    path.parent.mkdir()
    path.write_bytes(text.encode("utf-8"))
    return path


def test_tag_changes_only_entity_keys_and_is_idempotent(vtb_slice: Path, tmp_path: Path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(cli, ["tag", str(vtb_slice), "-o", str(out)])
    assert result.exit_code == 0, result.output
    original = vtb_slice.read_bytes().decode("utf-8")
    tagged = (out / "dev.conllu").read_bytes().decode("utf-8")
    assert "NER=B-" in tagged and "\r\n" in tagged
    assert _strip(tagged) == original
    again = runner.invoke(cli, ["tag", str(out / "dev.conllu"), "--in-place"])
    assert again.exit_code == 0, again.output
    assert (out / "dev.conllu").read_bytes().decode("utf-8") == tagged


def test_tag_refreshes_stale_entities(vtb_slice: Path, tmp_path: Path):
    text = vtb_slice.read_text(encoding="utf-8")
    lines = text.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("1\t"))
    columns = lines[index].split("\t")
    columns[9] = "NER=B-ORG|NERRule=stale"
    lines[index] = "\t".join(columns)
    vtb_slice.write_text("\n".join(lines), encoding="utf-8")
    CliRunner().invoke(cli, ["tag", str(vtb_slice), "--in-place"])
    assert "NERRule=stale" not in vtb_slice.read_text(encoding="utf-8")


def test_tag_needs_one_destination(vtb_slice: Path, tmp_path: Path):
    result = CliRunner().invoke(cli, ["tag", str(vtb_slice)])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["tag", str(vtb_slice), "--in-place", "-o", str(tmp_path)])
    assert result.exit_code == 2


def _write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


TEXT = "Bộ Công an cấp 5 triệu đồng ngày 01/12/2011 theo Nghị định 77/2010/NĐ-CP."
GOLD = [
    {"start": 0, "end": 10, "label": "ORG"},
    {"start": 15, "end": 27, "label": "MONEY", "value": 5000000},
    {"start": 28, "end": 43, "label": "DATE", "value": "2011-12-01"},
    {"start": 49, "end": 72, "label": "LEGAL", "id": "77/2010/NĐ-CP"},
]
PRED = [
    {"start": 0, "end": 10, "label": "ORG"},                      # exact
    {"start": 15, "end": 27, "label": "MONEY", "value": 500000},  # exact, wrong value
    {"start": 33, "end": 43, "label": "DATE", "value": "2011-12-01"},  # overlap only
    {"start": 49, "end": 58, "label": "ORG"},                     # wrong label
]


def test_eval_numbers_on_a_hand_made_pair(tmp_path: Path):
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "text": TEXT, "entities": GOLD}])
    pred = _write_jsonl(tmp_path / "pred.jsonl", [{"id": "d1", "text": TEXT, "entities": PRED}])
    report = evaluate(read_entities(gold), read_entities(pred))
    micro = report["micro"]
    assert (micro["gold"], micro["pred"], micro["exact"]["tp"], micro["overlap"]["tp"]) == (4, 4, 2, 3)
    assert micro["exact"]["f1"] == pytest.approx(0.5)
    assert micro["overlap"]["precision"] == pytest.approx(0.75)
    assert report["labels"]["ORG"]["exact"]["precision"] == pytest.approx(0.5)
    assert report["labels"]["LEGAL"]["exact"]["recall"] == 0.0
    assert report["values"]["MONEY"] == {"matched": 1, "correct": 0, "accuracy": 0.0}
    result = CliRunner().invoke(cli, ["eval", str(gold), str(pred), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["micro"]["exact"]["tp"] == 2
    text = CliRunner().invoke(cli, ["eval", str(gold), str(pred)]).output
    assert text.splitlines()[0].split()[:3] == ["label", "gold", "pred"]
    rows = {line.split()[0]: line.split()[1:] for line in text.splitlines()[1:8]}
    assert rows["PERCENT"][:5] == ["0", "0", "-", "-", "-"]  # nothing to score is not 0.000
    assert rows["LEGAL"][:5] == ["1", "0", "0.000", "0.000", "0.000"]


def test_eval_reads_conllu_and_rejects_different_texts(tmp_path: Path):
    from annotate.entities import tag_sentence
    from annotate.entities.schema import encode_entities
    from annotate.entities.simple import sentence_from_text

    sentence = sentence_from_text(TEXT, sent_id="d1")
    encode_entities(sentence.syntactic_words(), tag_sentence(sentence))
    conllu = tmp_path / "pred.conllu"
    conllu.write_text(sentence.to_conllu(), encoding="utf-8")
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"id": "d1", "text": TEXT, "entities": GOLD}])
    report = evaluate(read_entities(gold), read_entities(conllu))
    assert report["micro"]["exact"]["f1"] == 1.0
    assert report["values"]["all"]["accuracy"] == 1.0
    other = _write_jsonl(tmp_path / "other.jsonl", [{"id": "d1", "text": TEXT + " ", "entities": []}])
    result = CliRunner().invoke(cli, ["eval", str(gold), str(other)])
    assert result.exit_code != 0


def test_eval_reads_annotate_style_conllu_paragraphs_against_jsonl(tmp_path: Path):
    from annotate.entities import tag_sentence
    from annotate.entities.schema import encode_entities
    from annotate.entities.simple import sentence_from_text

    text = TEXT + "  Hơn 19 buổi họp đã diễn ra."
    first, second = text[:len(TEXT)], text[len(TEXT) + 2:]
    blocks = []
    for number, part in enumerate([first, second], start=1):
        sentence = sentence_from_text(part, sent_id=f"doc-s{number}")
        if number == 1:
            sentence.comments.insert(0, "# newpar id = d1")
        encode_entities(sentence.syntactic_words(), tag_sentence(sentence))
        blocks.append(sentence.to_conllu())
    conllu = tmp_path / "pred.conllu"
    conllu.write_text("".join(blocks), encoding="utf-8")
    gold_entities = [*GOLD, {"start": len(TEXT) + 2, "end": len(TEXT) + 2 + 11, "label": "QUANTITY",
                             "value": 19, "unit": "buổi"}]
    gold = _write_jsonl(tmp_path / "gold.jsonl",
                        [{"id": "d1", "text": text, "entities": gold_entities}])
    for args in ([gold, conllu], [conllu, gold]):
        result = CliRunner().invoke(cli, ["eval", *map(str, args), "--format", "json"])
        assert result.exit_code == 0, result.output
        report = json.loads(result.output)
        assert report["micro"]["exact"]["f1"] == 1.0 and report["micro"]["gold"] == 5

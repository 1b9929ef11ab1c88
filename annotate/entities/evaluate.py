"""Score predicted entities against gold ones: precision, recall and F1 per label and
micro-averaged, on exact and on overlapping spans, and the accuracy of values.

Both files are CoNLL-U (entities from MISC, character offsets into `# text`, keyed by sent_id) or
JSONL (`{id, text, entities: [{start, end, label, value?, id?}]}`, keyed by id). Documents are
matched by id and must have the same text. A CoNLL-U file scored against a JSONL one is read by
paragraph: the sentences under `# newpar id = X` form document X, their words found in order in
the JSONL text of X (this is how `vicorpus annotate` output is scored against the seed gold).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from annotate.conllu_io import Sentence, read_conllu, word_spans
from annotate.entities.jsonout import entity_json
from annotate.entities.schema import LABELS, NUMERIC_LABELS, decode_entities
from annotate.errors import InputError

VALUE_LABELS = (*sorted(NUMERIC_LABELS), "DATE", "LEGAL")


@dataclass(frozen=True)
class Span:
    """An entity as scored: character span, label and comparable value (LEGAL: its id)."""

    start: int
    end: int
    label: str
    value: str | None = None


Documents = dict[str, tuple[str, list[Span]]]


def _value(label: str, attrs: dict) -> str | None:
    raw = attrs.get("id") if label == "LEGAL" else attrs.get("value")
    if raw is None:
        return None
    if label in NUMERIC_LABELS:
        try:
            return format(Decimal(str(raw)).normalize(), "f")
        except InvalidOperation:
            return str(raw)
    return str(raw)


def _read_jsonl(path: Path) -> Documents:
    documents: Documents = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                spans = [Span(int(e["start"]), int(e["end"]), e["label"], _value(e["label"], e))
                         for e in record.get("entities", [])]
                documents[str(record["id"])] = (text, spans)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                raise InputError(f"not an entity JSONL record: {error}", path, number) from error
    return documents


def _read_conllu(path: Path, texts: dict[str, str] | None = None) -> Documents:
    """Sentences keyed by sent_id; with `texts`, the sentences of a paragraph (`# newpar id`)
    whose id is in `texts` are scored as one document with offsets into that text."""
    documents: Documents = {}
    paragraphs: dict[str, list[Sentence]] = {}
    paragraph = None
    for index, sentence in enumerate(read_conllu(path), start=1):
        paragraph = sentence.meta("newpar id") or paragraph
        if texts is not None and paragraph in texts:
            paragraphs.setdefault(paragraph, []).append(sentence)
            continue
        key = sentence.sent_id or f"{path.name}#{index}"
        spans = word_spans(sentence)
        if sentence.text is None or spans is None:
            raise InputError(f"sentence {key}: no # text matching its forms", path, sentence.line)
        documents[key] = (sentence.text, _spans(sentence, spans, sentence.text))
    for key, sentences in paragraphs.items():
        text = texts[key]  # type: ignore[index]
        found: list[Span] = []
        position = 0
        for sentence in sentences:
            spans = []
            for word in sentence.syntactic_words():
                start = text.find(word.form, position)
                if start < 0 or text[position:start].strip():
                    raise InputError(f"paragraph {key}: word {word.form!r} not found in its text",
                                     path, word.line)
                position = start + len(word.form)
                spans.append((start, position))
            found.extend(_spans(sentence, spans, text))
        documents[key] = (text, found)
    return documents


def _spans(sentence: Sentence, spans: list[tuple[int, int]], text: str) -> list[Span]:
    """The entities of a CoNLL-U sentence with the characters `vicorpus annotate` gives them in
    JSONL (word spans less what the tokenizer glued to their ends)."""
    found = []
    words = sentence.syntactic_words()
    upos = [w.upos for w in words]
    for entity in decode_entities(words):
        item = entity_json(entity, spans, text, upos=upos)
        found.append(Span(item["start"], item["end"], entity.label, _value(entity.label, item)))
    return found


def _is_jsonl(path: Path) -> bool:
    if path.suffix in (".jsonl", ".json"):
        return True
    if path.suffix == ".conllu":
        return False
    with open(path, encoding="utf-8") as handle:
        return handle.read(1) == "{"


def read_entities(path: str | Path, texts: dict[str, str] | None = None) -> Documents:
    """Documents (id -> text and entities) from a CoNLL-U or JSONL file (by suffix, else by its
    first character). `texts` (id -> text) lets CoNLL-U paragraphs be read as those documents."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path)
    return _read_jsonl(path) if _is_jsonl(path) else _read_conllu(path, texts)


def read_pair(gold: str | Path, pred: str | Path) -> tuple[Documents, Documents]:
    """Gold and predicted documents; a CoNLL-U file scored against a JSONL one is read by
    paragraph (`# newpar id`) against the JSONL texts."""
    if _is_jsonl(Path(pred)) and not _is_jsonl(Path(gold)):
        predicted = read_entities(pred)
        return read_entities(gold, {k: t for k, (t, _) in predicted.items()}), predicted
    reference = read_entities(gold)
    return reference, read_entities(pred, {k: t for k, (t, _) in reference.items()})


def _prf(tp: int, gold: int, pred: int) -> dict[str, float]:
    precision = tp / pred if pred else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "precision": precision, "recall": recall, "f1": f1}


def _overlap_matches(gold: list[Span], pred: list[Span]) -> int:
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p.label == g.label and p.start < g.end and g.start < p.end:
                used.add(i)
                break
    return len(used)


def evaluate(gold: Documents, pred: Documents) -> dict:
    """The scores of `pred` against `gold` (a JSON-ready dict)."""
    counts = {label: {"gold": 0, "pred": 0, "exact": 0, "overlap": 0} for label in LABELS}
    values = {label: {"matched": 0, "correct": 0} for label in VALUE_LABELS}
    missing = []
    for key, (text, gold_spans) in gold.items():
        if key not in pred:
            missing.append(key)
            pred_spans: list[Span] = []
        else:
            pred_text, pred_spans = pred[key]
            if pred_text != text:
                raise InputError(f"document {key!r}: gold and predicted texts differ")
        by_position = {(p.start, p.end, p.label): p for p in pred_spans}
        for label in LABELS:
            g = [s for s in gold_spans if s.label == label]
            p = [s for s in pred_spans if s.label == label]
            counts[label]["gold"] += len(g)
            counts[label]["pred"] += len(p)
            counts[label]["overlap"] += _overlap_matches(g, p)
            for span in g:
                match = by_position.get((span.start, span.end, span.label))
                if match is None:
                    continue
                counts[label]["exact"] += 1
                if label in values:
                    values[label]["matched"] += 1
                    values[label]["correct"] += match.value == span.value
    report: dict = {"documents": len(gold), "missing": missing, "labels": {}}
    for label, c in counts.items():
        report["labels"][label] = {
            "gold": c["gold"], "pred": c["pred"],
            "exact": _prf(c["exact"], c["gold"], c["pred"]),
            "overlap": _prf(c["overlap"], c["gold"], c["pred"]),
        }
    total_gold = sum(c["gold"] for c in counts.values())
    total_pred = sum(c["pred"] for c in counts.values())
    report["micro"] = {
        "gold": total_gold, "pred": total_pred,
        "exact": _prf(sum(c["exact"] for c in counts.values()), total_gold, total_pred),
        "overlap": _prf(sum(c["overlap"] for c in counts.values()), total_gold, total_pred),
    }
    matched = sum(v["matched"] for v in values.values())
    correct = sum(v["correct"] for v in values.values())
    report["values"] = {
        label: {**v, "accuracy": v["correct"] / v["matched"] if v["matched"] else None}
        for label, v in values.items()
    }
    report["values"]["all"] = {"matched": matched, "correct": correct,
                               "accuracy": correct / matched if matched else None}
    return report


def format_report(report: dict) -> str:
    """The report as a plain-text table."""
    lines = [(f"{'label':<10} {'gold':>5} {'pred':>5}   {'P':>6} {'R':>6} {'F1':>6}   "
             f"{'oP':>6} {'oR':>6} {'oF1':>6}   {'value':>6}")]
    rows = [*report["labels"].items(), ("micro", report["micro"])]
    for label, row in rows:
        exact, overlap = row["exact"], row["overlap"]
        value = report["values"].get(label if label != "micro" else "all")
        accuracy = "" if value is None or value["accuracy"] is None else f"{value['accuracy']:.3f}"
        if row["gold"] == row["pred"] == 0:  # nothing to score: no figure rather than 0.000
            scores = f"{'-':>6} {'-':>6} {'-':>6}   {'-':>6} {'-':>6} {'-':>6}"
        else:
            scores = (f"{exact['precision']:>6.3f} {exact['recall']:>6.3f} {exact['f1']:>6.3f}   "
                      f"{overlap['precision']:>6.3f} {overlap['recall']:>6.3f} "
                      f"{overlap['f1']:>6.3f}")
        lines.append(f"{label:<10} {row['gold']:>5} {row['pred']:>5}   {scores}   {accuracy:>6}")
    lines.append("P/R/F1: exact spans; oP/oR/oF1: overlapping spans; value: accuracy of values "
                 "(LEGAL: id) over exact matches; -: no gold and no predicted entity")
    if report["missing"]:
        lines.append(f"{len(report['missing'])} gold documents have no prediction")
    return "\n".join(lines)

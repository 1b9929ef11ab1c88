"""Inter-annotator agreement between two versions of the same sentences: per label, F1 of
exactly matching word spans (symmetric: 2 x matches / (spans in A + spans in B)), and Cohen's
kappa over the BIO tags of every word.

Sentences are paired by sent_id; both versions must have the same words.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from annotate.conllu_io import Word
from annotate.entities.schema import LABELS, NER_KEY, Entity, encode_entities
from annotate.errors import InputError
from annotate.review.corpus import read_corpus

# one sentence in two versions: its id, each version's entities, and its number of words
Pair = tuple[str, list[Entity], list[Entity], int]


def bio_tags(entities: list[Entity], length: int) -> list[str]:
    """The BIO tag of each of `length` words, as the CoNLL-U encoding writes them."""
    words = [Word(str(i + 1), "_") for i in range(length)]
    encode_entities(words, entities)
    return [w.misc_dict().get(NER_KEY, "O") for w in words]


def cohen_kappa(first: list[str], second: list[str]) -> float | None:
    """Cohen's kappa of two equally long tag sequences (None when empty)."""
    if not first:
        return None
    total = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / total
    count_a, count_b = Counter(first), Counter(second)
    expected = sum(count_a[t] * count_b[t] for t in count_a) / (total * total)
    if expected == 1:
        return 1.0 if observed == 1 else 0.0
    return (observed - expected) / (1 - expected)


def pair_agreement(pairs: list[Pair]) -> dict:
    """The agreement report (JSON-ready) over paired sentences."""
    counts = {label: {"a": 0, "b": 0, "matched": 0} for label in LABELS}
    tags_a: list[str] = []
    tags_b: list[str] = []
    differing = []
    for sent_id, first, second, length in pairs:
        spans_a = {(e.start, e.end, e.label) for e in first}
        spans_b = {(e.start, e.end, e.label) for e in second}
        for label in LABELS:
            counts[label]["a"] += sum(1 for s in spans_a if s[2] == label)
            counts[label]["b"] += sum(1 for s in spans_b if s[2] == label)
            counts[label]["matched"] += sum(1 for s in spans_a & spans_b if s[2] == label)
        tags_a += bio_tags(first, length)
        tags_b += bio_tags(second, length)
        if spans_a != spans_b:
            differing.append(sent_id)
    labels = {label: {**c, "f1": _f1(c)} for label, c in counts.items()}
    total = {k: sum(c[k] for c in counts.values()) for k in ("a", "b", "matched")}
    return {"sentences": len(pairs), "tokens": len(tags_a), "labels": labels,
            "micro": {**total, "f1": _f1(total)}, "kappa": cohen_kappa(tags_a, tags_b),
            "differing": differing}


def _f1(count: dict[str, int]) -> float | None:
    both = count["a"] + count["b"]
    return 2 * count["matched"] / both if both else None


def agreement(first: list[str | Path], second: list[str | Path]) -> dict:
    """The agreement between two corpora (files or folders), over the sentences both hold;
    raises InputError when a shared sentence has different words, or none is shared."""
    by_id = {s.sent_id: s for s in read_corpus(second)}
    pairs = []
    only_first = 0
    for sentence in read_corpus(first):
        other = by_id.pop(sentence.sent_id, None)
        if other is None:
            only_first += 1
            continue
        if sentence.text != other.text or sentence.spans != other.spans:
            raise InputError(f"sentence {sentence.sent_id} has different words in the two "
                             "versions", other.path, other.line)
        pairs.append((sentence.sent_id, sentence.entities, other.entities, len(sentence.spans)))
    if not pairs:
        raise InputError("the two corpora share no sentence (by sent_id)")
    report = pair_agreement(pairs)
    report["only_in_a"], report["only_in_b"] = only_first, len(by_id)
    return report


def format_agreement(report: dict) -> str:
    """The report as a plain-text table."""
    lines = [f"{'label':<10} {'A':>5} {'B':>5} {'both':>5} {'F1':>6}"]
    for label, row in [*report["labels"].items(), ("micro", report["micro"])]:
        f1 = "-" if row["f1"] is None else f"{row['f1']:.3f}"
        lines.append(f"{label:<10} {row['a']:>5} {row['b']:>5} {row['matched']:>5} {f1:>6}")
    kappa = "-" if report["kappa"] is None else f"{report['kappa']:.3f}"
    lines.append(f"Cohen's kappa over BIO tags: {kappa} ({report['tokens']} words, "
                 f"{report['sentences']} sentences; {len(report['differing'])} differ)")
    lines += [f"differs: {sent_id}" for sent_id in report["differing"]]
    if report["only_in_a"] or report["only_in_b"]:
        lines.append(f"not compared: {report['only_in_a']} sentences only in A, "
                     f"{report['only_in_b']} only in B")
    return "\n".join(lines)

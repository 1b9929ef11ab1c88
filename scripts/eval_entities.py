"""Entity scores of `vicorpus annotate` (bundled model) on the gold sets the repository holds.

Usage: python scripts/eval_entities.py [GOLD.jsonl ...] [--models bundled] [--errors]

Without arguments: every `tests/data/entities/**/*.entities.jsonl` but the sealed batch
(`sealed.entities.jsonl`, scored only when named, and never with `--errors` before its round
ends). Each gold file's texts are parsed and tagged as `vicorpus annotate IN.jsonl --format
jsonl` does, then scored as `vicorpus eval` scores (exact spans). Prints micro F1 per file,
then per label over all files pooled; `--errors` also lists each sentence's missed (-) and
spurious (+) entities.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from annotate.entities.evaluate import Documents, evaluate, format_report, read_entities
from annotate.parse import Parser, resolve_models
from annotate.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
SEALED = "sealed.entities.jsonl"


def predict(gold: Path, parser: Parser, scratch: Path) -> Documents:
    """The annotators' entities for the texts of a gold JSONL file."""
    from annotate.documents import read_jsonl

    out = scratch / f"{gold.stem}.pred.jsonl"
    summary = run(read_jsonl(gold), parser, out, fmt="jsonl")
    if summary.failures:
        raise SystemExit(f"{gold}: {summary.failures[0]}")
    return read_entities(out)


def errors(gold: Documents, pred: Documents) -> list[str]:
    """One block per sentence whose entities differ: its text, then - missed and + spurious."""
    lines = []
    for key, (text, spans) in gold.items():
        want = {(s.start, s.end, s.label) for s in spans}
        got = {(s.start, s.end, s.label) for s in pred.get(key, (text, []))[1]}
        if want != got:
            lines.append(f"== {key}: {text}")
            lines += [f"  - {label:<9} {text[a:b]!r}" for a, b, label in sorted(want - got)]
            lines += [f"  + {label:<9} {text[a:b]!r}" for a, b, label in sorted(got - want)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--models", default="bundled", help="model set (default: bundled)")
    parser.add_argument("--errors", action="store_true", help="list each sentence's errors")
    args = parser.parse_args()
    files = args.gold or sorted(path for path in (ROOT / "tests" / "data" / "entities").rglob(
        "*.entities.jsonl") if path.name != SEALED)
    model = Parser(resolve_models(args.models))
    pooled_gold: Documents = {}
    pooled_pred: Documents = {}
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for number, path in enumerate(files, start=1):
            print(f"[{number}/{len(files)}] {path.name}", file=sys.stderr, flush=True)
            gold = read_entities(path)
            pred = predict(path, model, Path(scratch))
            micro = evaluate(gold, pred)["micro"]
            rows.append((path, len(gold), micro["gold"], micro["exact"]["f1"]))
            if args.errors:
                print("\n".join(errors(gold, pred)))
            for key, value in gold.items():
                pooled_gold[f"{path}:{key}"] = value
            for key, value in pred.items():
                pooled_pred[f"{path}:{key}"] = value
    print(f"{'file':<48} {'sentences':>9} {'entities':>8} {'F1':>6}")
    for path, sentences, entities, f1 in rows:
        name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
        print(f"{name:<48} {sentences:>9} {entities:>8} {f1:>6.3f}")
    print()
    print("all files pooled:")
    print(format_report(evaluate(pooled_gold, pooled_pred)))


if __name__ == "__main__":
    main()

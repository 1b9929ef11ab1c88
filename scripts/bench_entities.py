"""Benchmark: the entity annotators alone on parsed VTB sentences (words per second, one core).

Usage: python scripts/bench_entities.py [UD_DIR] [--repeat N]
Target: at least 100,000 words/s. Reading CoNLL-U is outside the timing.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from annotate.conllu_io import read_conllu
from annotate.entities import tag_sentence
from annotate.entities.lexicon import lexicons

TARGET = 100_000


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ud_dir", nargs="?", type=Path, default=root / "treebank" / "UD_Vietnamese-VTB")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the best is kept")
    args = parser.parse_args()
    lexicons()
    tag_sentence(next(read_conllu(next(iter(sorted(args.ud_dir.glob("*.conllu")))))))
    rows = []
    labels: Counter = Counter()
    for path in sorted(args.ud_dir.glob("vi_vtb-ud-*.conllu")):
        sentences = list(read_conllu(path))
        words = sum(len(s.syntactic_words()) for s in sentences)
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            found = [tag_sentence(s) for s in sentences]
            best = min(best, time.perf_counter() - start)
        labels.update(e.label for entities in found for e in entities)
        rows.append((path.name, len(sentences), words, best))
    print(f"{'file':<24} {'sentences':>9} {'words':>8} {'seconds':>8} {'words/s':>9}")
    for name, n_sentences, words, seconds in rows:
        print(f"{name:<24} {n_sentences:>9} {words:>8} {seconds:>8.2f} {words / seconds:>9,.0f}")
    total_words = sum(r[2] for r in rows)
    total_seconds = sum(r[3] for r in rows)
    rate = total_words / total_seconds
    print(f"{'total':<24} {sum(r[1] for r in rows):>9} {total_words:>8} {total_seconds:>8.2f} "
          f"{rate:>9,.0f}")
    print("entities: " + ", ".join(f"{label} {count}" for label, count in labels.most_common()))
    print(f"target {TARGET:,} words/s: {'met' if rate >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()

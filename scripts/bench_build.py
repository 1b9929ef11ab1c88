"""Benchmark `vicorpus build` (and export) on the VTB treebank repeated to a million words or more.

The repeated corpus is generated on the fly in a temporary folder (each copy's sentence ids get
a prefix, so ids stay unique); the builds run at growing sizes in one process, so the peak RSS
column shows how memory grows with the corpus, and --tracemalloc the Python heap's peak.

    python scripts/bench_build.py --ud-dir treebank/UD_Vietnamese-VTB --words 1000000
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from annotate.atomic import atomic_write
from annotate.conllu_io import read_conllu
from annotate.dataset.build import build_dataset
from annotate.dataset.card import CardInfo
from annotate.dataset.export import export_dataset

UD_DIR = Path(__file__).resolve().parent.parent / "treebank" / "UD_Vietnamese-VTB"

CARD = CardInfo(pretty_name="VTB repeated (benchmark)", summary="Benchmark input.")


def repeat_corpus(ud_dir: Path, out_dir: Path, words: int) -> int:
    """Write copies of the treebank files into `out_dir` until they hold `words` words or more;
    returns the number of words written."""
    sources = sorted(Path(ud_dir).glob("*.conllu"))
    texts = {s.name: s.read_text(encoding="utf-8") for s in sources}
    per_copy = sum(len(s.syntactic_words()) for src in sources for s in read_conllu(src))
    copies = -(-words // per_copy)
    for copy in range(copies):
        for name, text in texts.items():
            with atomic_write(out_dir / f"r{copy:04d}-{name}") as handle:
                handle.write(text.replace("# sent_id = ", f"# sent_id = r{copy:04d}-"))
    return copies * per_copy


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-dir", type=Path, default=UD_DIR)
    parser.add_argument("--words", type=int, default=1_000_000, help="largest corpus size")
    parser.add_argument("--steps", type=int, default=3, help="sizes: words/4**k for k < steps")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also report the Python heap's peak during each build (slower)")
    args = parser.parse_args(argv)
    sizes = sorted(args.words // 4**k for k in range(args.steps))
    print(f"{'words':>9} {'sentences':>9} {'build s':>8} {'words/s':>8} "
          f"{'export s':>8} {'peak RSS MiB':>12}" + (f" {'heap MiB':>8}" if args.tracemalloc else ""))
    print(f"{'(start)':>9} {'':>9} {'':>8} {'':>8} {'':>8} {peak_rss_mib():>12.0f}")
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
            corpus, dataset = Path(tmp) / "corpus", Path(tmp) / "dataset"
            repeat_corpus(args.ud_dir, corpus, size)
            if args.tracemalloc:
                tracemalloc.start()
            started = time.perf_counter()
            result = build_dataset([corpus], dataset, CARD)
            built = time.perf_counter() - started
            heap = f" {tracemalloc.get_traced_memory()[1] / 2**20:>8.1f}" if args.tracemalloc else ""
            tracemalloc.stop()
            started = time.perf_counter()
            export_dataset(dataset, Path(tmp) / "back")
            exported = time.perf_counter() - started
        print(f"{result.words:>9} {result.sentences:>9} {built:>8.1f} {result.words / built:>8.0f} "
              f"{exported:>8.1f} {peak_rss_mib():>12.0f}{heap}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

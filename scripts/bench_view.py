"""Benchmark `vicorpus view`: the time to build the site for the VTB test file with its entity
layer, beside `vicorpus validate` on the same file (the view validates the corpus too), and on
the same sentences cut into many small documents (one page each), to show the cost per page.

The test file is tagged first (`vicorpus tag`, not timed) into a temporary folder. Each row is
the best of --repeat runs in this one process; peak RSS is the process's, after all rows.

    python scripts/bench_view.py --ud-dir treebank/UD_Vietnamese-VTB
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from annotate.atomic import atomic_write
from annotate.conllu_io import read_conllu
from annotate.entities.tagfile import tag_stream
from annotate.validate import Summary, validate_paths
from annotate.view import build_site

T = TypeVar("T")
UD_DIR = Path(__file__).resolve().parent.parent / "treebank" / "UD_Vietnamese-VTB"


def tag_test_file(ud_dir: Path, out: Path) -> Path:
    """The VTB test file with the entity layer, written into `out`."""
    target = out / "vi_vtb-ud-test.conllu"
    with open(ud_dir / "vi_vtb-ud-test.conllu", encoding="utf-8", newline="") as source, \
            atomic_write(target) as handle:
        tag_stream(source, handle, str(target))
    return target


def split_documents(tagged: Path, out: Path, per_doc: int) -> Path:
    """The tagged file's sentences as documents of `per_doc` sentences (a `# newdoc id` each),
    in files of 100 documents, under `out`."""
    folder = out / "docs"
    sentences = list(read_conllu(tagged))
    per_file = per_doc * 100
    for start in range(0, len(sentences), per_file):
        with atomic_write(folder / f"part{start // per_file:03d}.conllu") as handle:
            for i, sentence in enumerate(sentences[start:start + per_file]):
                if i % per_doc == 0:
                    handle.write(f"# newdoc id = vtb-test-d{(start + i) // per_doc + 1}\n")
                handle.write(sentence.to_conllu())
    return folder


def best(runs: int, job: Callable[..., T], *args: object) -> tuple[float, T]:
    """The best time of `runs` calls of job(*args), and the last call's result."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = job(*args)
        times.append(time.perf_counter() - started)
    return min(times), result


def folder_mb(path: Path) -> tuple[float, float]:
    """(total MB, largest file MB) under `path`."""
    sizes = [p.stat().st_size for p in path.rglob("*") if p.is_file()]
    return sum(sizes) / 1e6, max(sizes) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-dir", type=Path, default=UD_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="runs per row (the best is shown)")
    parser.add_argument("--per-doc", type=int, default=4, help="sentences per document, last row")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-view-") as tmp:
        tmp_path = Path(tmp)
        tagged = tag_test_file(args.ud_dir, tmp_path)
        many = split_documents(tagged, tmp_path, args.per_doc)
        words = sum(len(s.syntactic_words()) for s in read_conllu(tagged))
        validate_s, _ = best(args.repeat, lambda: list(validate_paths([tagged], Summary())))
        print(f"{'what':<34} {'docs':>5} {'words':>6} {'seconds':>8} {'words/s':>8} "
              f"{'vs validate':>11} {'site MB':>8} {'largest page MB':>15}")
        print(f"{'vicorpus validate, VTB test':<34} {'':>5} {words:>6} {validate_s:>8.2f} "
              f"{words / validate_s:>8.0f} {1:>11.2f} {'':>8} {'':>15}")
        rows = (("vicorpus view, VTB test (1 doc)", tagged, tmp_path / "site1"),
                (f"vicorpus view, {args.per_doc} sentences a doc", many, tmp_path / "site2"))
        for label, source, site in rows:
            seconds, built = best(args.repeat, build_site, [source], site)
            total, largest = folder_mb(site / "docs")
            print(f"{label:<34} {len(built.documents):>5} {words:>6} {seconds:>8.2f} "
                  f"{words / seconds:>8.0f} {seconds / validate_s:>11.2f} {total:>8.2f} "
                  f"{largest:>15.2f}", flush=True)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Words per second of `vicorpus validate` and of the official UD validator (udtools, level 2).

Usage: python scripts/bench_validate.py [UD_DIR]   (default treebank/UD_Vietnamese-VTB: VTB train+dev+test)
Both tools validate the same files in one process, one after the other; prints a markdown table.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from annotate.validate import Summary, validate_paths

ROOT = Path(__file__).resolve().parent.parent


def run_vicorpus(files: list[Path]) -> tuple[float, int, int]:
    """(seconds, words, errors) of vicorpus on `files`."""
    summary = Summary()
    start = time.perf_counter()
    for _ in validate_paths(files, summary):
        pass
    return time.perf_counter() - start, summary.words, summary.errors


def run_udtools(files: list[Path]) -> tuple[float, int]:
    """(seconds, errors) of udtools at level 2 on `files`."""
    from udtools.validator import Validator

    validator = Validator(lang="vi", level=2, output=None, max_store=10**6)
    start = time.perf_counter()
    state = validator.validate_files([str(f) for f in files])
    seconds = time.perf_counter() - start
    return seconds, sum(1 for inc in state.error_tracker if inc.is_error())


def main() -> None:
    """Run both tools and print the table."""
    ud_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "treebank" / "UD_Vietnamese-VTB"
    files = sorted(ud_dir.glob("*.conllu"))
    if not files:
        sys.exit(f"no .conllu files in {ud_dir}")
    v_seconds, words, v_errors = run_vicorpus(files)
    u_seconds, u_errors = run_udtools(files)
    rows = [
        ("vicorpus", v_seconds, v_errors, u_seconds / v_seconds),
        ("udtools L2", u_seconds, u_errors, 1.0),
    ]
    print("| tool | files | words | errors | seconds | words/s | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, seconds, errors, ratio in rows:
        print(f"| {name} | {len(files)} | {words} | {errors} | {seconds:.2f} | {words / seconds:.0f} | {ratio:.1f}x |")


if __name__ == "__main__":
    main()

"""Benchmark: parsing speed and peak memory of vicorpus against a bare stanza.Pipeline.

Runs each configuration in its own process (so peak memory is its own) on the raw text of the
VTB test file (`# text` lines, ten sentences a paragraph) and prints a table:

    python scripts/bench_parse.py [--ud-dir treebank/UD_Vietnamese-VTB] [--limit N] [--threads 1 2] [--repeat 3] [--copies 4] [--speeds exact fast]

`--speeds exact fast` adds `vicorpus annotate --speed fast` rows (parse only, model load not
timed) and their speed-up over the exact rows of the same run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotate.parse import Parser

ROOT = Path(__file__).resolve().parent.parent


def test_paragraphs(ud_dir: Path, limit: int | None) -> list[str]:
    """The test file's sentence texts, ten to a paragraph."""
    sys.path.insert(0, str(ROOT))
    from annotate.conllu_io import read_conllu

    texts = [s.text or "" for s in read_conllu(ud_dir / "vi_vtb-ud-test.conllu")]
    texts = texts[:limit] if limit else texts
    return [" ".join(texts[i:i + 10]) for i in range(0, len(texts), 10)]


def run_one(mode: str, threads: int, ud_dir: Path, limit: int | None, repeat: int,
            copies: int = 1, speed: str = "exact") -> dict:
    """Parse the text `repeat` times in this process; return counts, the best time, peak RSS."""
    import torch

    torch.set_num_threads(threads)
    from annotate.parse import Parser, resolve_models

    paragraphs = test_paragraphs(ud_dir, limit) * copies
    models = resolve_models("bundled")
    parser = Parser(models, threads=threads, speed=speed)
    parser.load()  # not timed
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        sentences, words = parse_once(mode, parser, paragraphs)
        best = min(best, time.perf_counter() - started)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "threads": threads, "copies": copies, "sentences": sentences,
            "words": words, "seconds": best, "peak_mb": peak_mb, "speed": speed}


def parse_once(mode: str, parser: Parser, paragraphs: list[str]) -> tuple[int, int]:
    """Sentences and words from one pass of `mode` over the paragraphs."""
    sentences = words = 0
    if mode == "stanza-one-call":
        doc = parser.pipeline("\n\n".join(paragraphs))
        sentences, words = len(doc.sentences), sum(len(s.words) for s in doc.sentences)
    elif mode == "stanza":
        import stanza

        for i in range(0, len(paragraphs), parser.batch_size):
            batch = [stanza.Document([], text=t) for t in paragraphs[i:i + parser.batch_size]]
            for doc in parser.pipeline.bulk_process(batch):
                sentences += len(doc.sentences)
                words += sum(len(s.words) for s in doc.sentences)
    else:
        from annotate.documents import make_document
        from annotate.pipeline import Summary, annotate_documents, write_conllu_files

        text = "\n\n".join(paragraphs)
        document = make_document("bench", text, "<bench>")
        summary = Summary()
        with tempfile.TemporaryDirectory() as tmp:
            stream = annotate_documents([document], parser, entities=mode == "vicorpus+entities")
            write_conllu_files(stream, Path(tmp), summary)
        sentences, words = summary.sentences, summary.words
    return sentences, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-dir", type=Path, default=ROOT / "treebank" / "UD_Vietnamese-VTB")
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="passes per run; the best counts")
    parser.add_argument("--copies", type=int, default=4,
                        help="for the memory table: the text repeated this many times, one document")
    parser.add_argument("--speeds", nargs="+", default=["exact"], choices=["exact", "fast"],
                        help="vicorpus --speed modes to time (fast rows: vicorpus and "
                             "vicorpus+entities with annotate.speed's patches)")
    parser.add_argument("--one", nargs=4, metavar=("MODE", "THREADS", "COPIES", "SPEED"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        mode, threads, copies, speed = args.one[0], int(args.one[1]), int(args.one[2]), args.one[3]
        print(json.dumps(run_one(mode, threads, args.ud_dir, args.limit, args.repeat, copies,
                                 speed)))
        return

    def measure(mode: str, threads: int, copies: int, repeat: int, speed: str = "exact") -> dict:
        cmd = [sys.executable, __file__, "--one", mode, str(threads), str(copies), speed,
               "--ud-dir", str(args.ud_dir), "--repeat", str(repeat)]
        cmd += ["--limit", str(args.limit)] if args.limit else []
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])

    fast = [s for s in args.speeds if s != "exact"]
    rows = []
    for threads in args.threads:
        rows += [measure(mode, threads, 1, args.repeat) for mode in
                 ("stanza", "vicorpus", "vicorpus+entities")]
        rows += [measure(mode, threads, 1, args.repeat, speed) for speed in fast
                 for mode in ("vicorpus", "vicorpus+entities")]
    print("Speed (best of --repeat passes; bare stanza = the same Pipeline, bulk_process in batches)")
    print()
    print("| mode | speed | threads | sentences | words | seconds | sent/s | words/s | peak MB | "
          "time vs stanza | speed-up vs exact |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    base = {r["threads"]: r["seconds"] for r in rows if r["mode"] == "stanza"}
    exact = {(r["mode"], r["threads"]): r["seconds"] for r in rows if r["speed"] == "exact"}
    for r in rows:
        ratio = exact.get((r["mode"], r["threads"]), r["seconds"]) / r["seconds"]
        print(f"| {r['mode']} | {r['speed']} | {r['threads']} | {r['sentences']} | "
              f"{r['words']} | {r['seconds']:.1f} | {r['sentences'] / r['seconds']:.1f} | "
              f"{r['words'] / r['seconds']:.0f} | {r['peak_mb']:.0f} | "
              f"{r['seconds'] / base[r['threads']]:.3f} | {ratio:.2f}x |")
    threads = max(args.threads)
    memory = [measure(mode, threads, copies, 1) for mode in ("vicorpus", "stanza-one-call")
              for copies in (1, args.copies)]
    print()
    print(f"Peak memory as the input grows ({threads} threads, the text as one document; "
          "stanza-one-call = pipeline(whole text))")
    print()
    print("| mode | text copies | words | seconds | peak MB |")
    print("| --- | --- | --- | --- | --- |")
    for r in memory:
        print(f"| {r['mode']} | {r['copies']} | {r['words']} | {r['seconds']:.1f} | "
              f"{r['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()

"""Benchmark: words/s of `vicorpus annotate` by workers x threads (and Ray actors), with peak
memory per worker, in one run so the ratios compare like with like.

The input is the VTB test text as real text (punctuation attached), ten sentences a paragraph,
ten paragraphs a document, plus the seed article; each configuration runs in its own process
(fresh model loads, its own peak memory), entities on, as `vicorpus annotate` runs:

    python scripts/bench_scale.py [--configs 1x1 1x2 2x1 ray2] [--speeds exact fast] [--copies 1]
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

ROOT = Path(__file__).resolve().parent.parent


def write_inputs(folder: Path, copies: int, limit: int | None = None) -> int:
    """Text files of the benchmark input in `folder`; returns the number of documents."""
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT))
    from realtext import to_real_text

    from annotate.conllu_io import read_conllu

    gold = ROOT / "treebank" / "UD_Vietnamese-VTB" / "vi_vtb-ud-test.conllu"
    texts = [to_real_text([w.form for w in s.syntactic_words()]) for s in read_conllu(gold)]
    texts = texts[:limit] if limit else texts
    paragraphs = [" ".join(texts[i:i + 10]) for i in range(0, len(texts), 10)]
    count = 0
    for copy in range(copies):
        for d in range(0, len(paragraphs), 10):
            (folder / f"vtb-{copy}-{d // 10:03d}.txt").write_text(
                "\n\n".join(paragraphs[d:d + 10]) + "\n", "utf-8")
            count += 1
        (folder / f"seed-{copy}.txt").write_bytes((ROOT / "corpus/raw/laocai-antq.txt").read_bytes())
        count += 1
    return count


def run_one(config: str, speed: str, inputs: Path) -> dict:
    """Annotate `inputs` with one configuration in this process; words/s and peak memory."""
    sys.path.insert(0, str(ROOT))
    from annotate.documents import read_documents
    from annotate.parse import resolve_models
    from annotate.scale import ParserSpec, annotate_at_scale

    models = resolve_models("bundled")
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        if config.startswith("ray"):
            workers, threads, ray = int(config[3:]), 1, "local"
        else:
            workers, threads = (int(n) for n in config.split("x"))
            ray = None
        spec = ParserSpec(models, threads, 32, speed)
        summary, peaks = annotate_at_scale(read_documents([str(inputs)]), spec, Path(out),
                                           workers=workers, ray=ray)
        seconds = time.perf_counter() - started
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"config": config, "speed": speed, "documents": summary.documents,
            "words": summary.words, "seconds": seconds, "parent_mb": parent,
            "worker_mb": max(peaks.values()) if peaks else parent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--configs", nargs="+", default=["1x1", "1x2", "2x1", "ray2"],
                        help="WORKERSxTHREADS, or rayN for N Ray actors of 1 CPU")
    parser.add_argument("--speeds", nargs="+", default=["exact"], choices=["exact", "fast"])
    parser.add_argument("--copies", type=int, default=1, help="the input this many times over")
    parser.add_argument("--limit", type=int, default=None, help="only the first N test sentences")
    parser.add_argument("--one", nargs=3, metavar=("CONFIG", "SPEED", "INPUTS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one[0], args.one[1], Path(args.one[2]))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        documents = write_inputs(Path(tmp), args.copies, args.limit)
        print(f"{documents} documents; seconds include each worker's model load")
        print()
        print("| workers x threads | speed | words | seconds | words/s | vs 1x1 exact | parent MB "
              "| peak MB per worker |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |", flush=True)
        base = None
        for speed in args.speeds:
            for config in args.configs:
                done = subprocess.run([sys.executable, __file__, "--one", config, speed, tmp],
                                      capture_output=True, text=True, check=False)
                if done.returncode != 0:
                    print(f"{config} {speed}: failed: {done.stderr.strip().splitlines()[-1:]}",
                          file=sys.stderr)
                    continue
                r = json.loads(done.stdout.strip().splitlines()[-1])
                rate = r["words"] / r["seconds"]
                if config == "1x1" and speed == "exact":
                    base = rate
                ratio = f"{rate / base:.2f}x" if base else "—"
                name = f"Ray, {config[3:]} actors x 1" if config.startswith("ray") else config
                print(f"| {name} | {speed} | {r['words']} | {r['seconds']:.1f} | {rate:.0f} | "
                      f"{ratio} | {r['parent_mb']:.0f} | {r['worker_mb']:.0f} |", flush=True)


if __name__ == "__main__":
    main()

"""Score the bundled Stanza Vietnamese model set end to end from raw text.

The gold test file's sentences are turned into raw text in two versions:

* ``spaced``: the ``# text`` lines as UD writes them (punctuation spaced);
* ``real``: the same sentences rewritten as real text with
  ``scripts/realtext.py`` (punctuation attached).

VTB has no document or paragraph marks, so consecutive sentences are joined
with a space into paragraphs of ``--para-size`` sentences (default 10), and
paragraphs are separated by blank lines.  Stanza's output is written as
CoNLL-U and scored against the gold file with udtools' CoNLL 2018 scorer,
which aligns on non-whitespace characters, so the same gold file serves both
versions.

Optionally (``--seed-text``) the pipeline is also run on a raw text file and
checked for numbers, dates and document numbers kept whole and for
punctuation split off ("tham gia;" -> "tham gia" + ";").

Run from the repository root, e.g.::

    python scripts/eval_model.py --json /tmp/scores.json \\
        --seed-text corpus/raw/laocai-antq.txt
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realtext import to_real_text

REPO_ROOT = Path(__file__).resolve().parent.parent
METRICS = ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"]
#: Stanza's published scores for its official vi model (1.5.1, UD 2.12).
OFFICIAL = {"Tokens": 88.02, "UPOS": 81.48, "LAS": 51.49}
FLOORS = {"Tokens": 85.0, "UPOS": 75.0, "LAS": 42.0}
SEED_WHOLE = ["1.231.883", "19.183", "01/12/2011", "02/5/2012", "77/2010/NĐ-CP", "09/CTr-BCA-MTTW"]


def read_gold_sentences(path: Path) -> list[tuple[str, list[str]]]:
    """Return (``# text`` line, word forms) for each sentence of a CoNLL-U file."""
    out: list[tuple[str, list[str]]] = []
    text, forms = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text"):
            text = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                forms.append(cols[1])
        elif not line and forms:
            out.append((text or " ".join(forms), forms))
            text, forms = "", []
    if forms:
        out.append((text or " ".join(forms), forms))
    return out


def paragraphs(sentences: Sequence[str], size: int) -> str:
    """Join sentences into paragraphs of ``size`` sentences, blank-line separated."""
    return (
        "\n\n".join(" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size))
        + "\n"
    )


def set_decoder(model_dir: Path) -> str:
    """The depparse decoder the model set's ``pipeline.json`` names (``cle`` when none)."""
    config = json.loads((model_dir / "pipeline.json").read_text(encoding="utf-8"))
    return str(config.get("decoder", "cle"))


def load_pipeline(model_dir: Path, threads: int, speed: str = "exact") -> Any:
    """Build a ``stanza.Pipeline`` from the model set's ``pipeline.json`` (patched by
    ``annotate.speed`` when ``speed`` is fast)."""
    import stanza
    import torch

    torch.set_num_threads(threads)
    kwargs: dict[str, Any] = json.loads((model_dir / "pipeline.json").read_text(encoding="utf-8"))
    kwargs.pop("decoder", None)  # vicorpus's option (annotate.decoding), not Stanza's
    for key, value in list(kwargs.items()):
        if key.endswith("_path") and isinstance(value, str):
            kwargs[key] = str(model_dir / value)
    nlp = stanza.Pipeline(dir=str(model_dir), use_gpu=False, logging_level="WARN", **kwargs)
    sys.path.insert(0, str(REPO_ROOT))
    from annotate.speed import apply

    apply(nlp, speed)
    return nlp


def score(gold: Path, system: Path) -> dict[str, float]:
    """CoNLL 2018 F1 scores (percent) of ``system`` against ``gold``."""
    from udtools.udeval import evaluate, load_conllu_file

    treebank_type: dict[str, Any] = {
        "no_gapping": 0,
        "no_shared_parents_in_coordination": 0,
        "no_shared_dependents_in_coordination": 0,
        "no_control": 0,
        "no_external_arguments_of_relative_clauses": 0,
        "no_case_info": 0,
        "no_empty_nodes": False,
        "multiple_roots_okay": False,
    }
    result = evaluate(
        load_conllu_file(str(gold), treebank_type), load_conllu_file(str(system), treebank_type)
    )
    return {m: round(100 * result[m].f1, 2) for m in METRICS}


def vicorpus_parser(model_dir: Path, threads: int, decoder: str, speed: str = "exact") -> Any:
    """The parser ``vicorpus annotate`` builds for the model set in ``model_dir``."""
    from annotate.parse import Parser, resolve_models

    return Parser(resolve_models(str(model_dir)), threads=threads, decoder=decoder, speed=speed)


def tree_checks(system: Path) -> dict[str, int]:
    """Non-projective arcs and sentences of a CoNLL-U file, and its UD level-3 error count
    (``udvalidate --lang vi --level 3``)."""
    import re
    import shutil
    import subprocess

    from annotate.conllu_io import read_conllu
    from annotate.decoding import nonprojective_arcs

    arcs = sentences = words = 0
    for sentence in read_conllu(system):
        heads = [int(w.head) for w in sentence.syntactic_words()]
        crossing = len(nonprojective_arcs(heads))
        arcs += crossing
        sentences += crossing > 0
        words += len(heads)
    exe = shutil.which("udvalidate") or str(Path(sys.executable).parent / "udvalidate")
    run = subprocess.run([exe, "--lang", "vi", "--level", "3", str(system)],
                         capture_output=True, text=True, check=False)
    found = re.search(r"with (\d+) errors", run.stdout + run.stderr)
    return {"nonprojective_arcs": arcs, "nonprojective_sentences": sentences, "words": words,
            "level3_errors": int(found.group(1)) if found else 0}


def parse_with_vicorpus(parser: Any, raw: str, system: Path) -> None:
    """Parse ``raw`` as ``vicorpus annotate`` does (no entities) and write CoNLL-U to ``system``."""
    import tempfile

    from annotate.documents import make_document
    from annotate.pipeline import Summary, annotate_documents, write_conllu_files

    with tempfile.TemporaryDirectory() as tmp:
        stream = annotate_documents([make_document("test", raw, "<test>")], parser, entities=False)
        write_conllu_files(stream, Path(tmp), Summary())
        (Path(tmp) / "test.conllu").replace(system)


def check_seed(doc: Any) -> dict[str, Any]:
    """Check a few tokenization cases in the pipeline's document for a raw text file."""
    words = [w.text for s in doc.sentences for w in s.words]
    wordset = set(words)
    report: dict[str, Any] = {"sentences": len(doc.sentences), "words": len(words)}
    report["whole"] = {t: t in wordset for t in SEED_WHOLE}
    pieces: dict[str, list[str]] = {}
    for target in SEED_WHOLE:
        if target not in wordset:
            pieces[target] = [
                w for w in words if w and (w in target) and any(c.isdigit() for c in w)
            ][:6]
    report["pieces_when_split"] = pieces
    hits = []
    for s in doc.sentences:
        ws = [w.text for w in s.words]
        for i, w in enumerate(ws):
            if w.startswith("tham gia") and i + 1 < len(ws):
                hits.append(f"{w} | {ws[i + 1]}")
    report["tham_gia_followed_by"] = hits[:10]
    report["tham_gia_glued"] = [w for w in words if w.startswith("tham gia") and w != "tham gia"]
    return report


def markdown_table(results: dict[str, dict[str, float]]) -> str:
    """Scores as a markdown table, with Stanza's official vi model beside them."""
    lines = ["| text | " + " | ".join(METRICS) + " |", "| --- |" + " --- |" * len(METRICS)]
    for name, scores in results.items():
        lines.append(f"| {name} | " + " | ".join(f"{scores[m]:.2f}" for m in METRICS) + " |")
    lines.append(
        "| Stanza official vi (1.5.1, UD 2.12, published) | "
        + " | ".join(f"{OFFICIAL[m]:.2f}" if m in OFFICIAL else "—" for m in METRICS)
        + " |"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Evaluate on both text versions; print a markdown table."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--model-dir", type=Path, default=REPO_ROOT / "annotate" / "models" / "vi_vtb_compact"
    )
    p.add_argument(
        "--gold", type=Path, default=REPO_ROOT / "treebank" / "UD_Vietnamese-VTB" / "vi_vtb-ud-test.conllu"
    )
    p.add_argument("--para-size", type=int, default=10, help="sentences per raw-text paragraph")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument(
        "--out-dir",
        type=Path,
        default=Path("/tmp/vicorpus_stanza_vi_eval"),
        help="where the raw texts and system CoNLL-U files are written",
    )
    p.add_argument(
        "--json", type=Path, default=None, help="also write scores (and seed check) as JSON"
    )
    p.add_argument(
        "--seed-text", type=Path, default=None, help="raw text file for the tokenization check"
    )
    p.add_argument(
        "--through-vicorpus",
        action="store_true",
        help="parse with vicorpus annotate's pipeline (its token and sentence corrections "
        "included) instead of the bare Stanza pipeline",
    )
    p.add_argument(
        "--decoder",
        choices=("eisner", "cle"),
        default=None,
        help="depparse decoder: eisner (projective, one root) or Stanza's Chu-Liu-Edmonds "
        "(default: the one the model set's pipeline.json names)",
    )
    p.add_argument(
        "--speed",
        choices=["exact", "fast", "both"],
        default="exact",
        help="parse with Stanza as it is, with annotate.speed's patches, or both (two tables)",
    )
    a = p.parse_args(argv)
    os.environ.setdefault("OMP_NUM_THREADS", str(a.threads))
    sys.path.insert(0, str(REPO_ROOT))
    from annotate.decoding import decoder as decoding

    decoder = a.decoder or set_decoder(a.model_dir)

    from stanza.utils.conll import CoNLL

    a.out_dir.mkdir(parents=True, exist_ok=True)
    gold = read_gold_sentences(a.gold)
    versions = {
        "spaced": [text for text, _ in gold],
        "real": [to_real_text(forms) for _, forms in gold],
    }
    speeds = ["exact", "fast"] if a.speed == "both" else [a.speed]
    by_speed: dict[str, dict[str, dict[str, float]]] = {}
    trees: dict[str, dict[str, int]] = {}
    for speed in speeds:
        # the bare pipeline scores the model alone and checks the seed; vicorpus's parser wraps one
        nlp = load_pipeline(a.model_dir, a.threads, speed) \
            if not a.through_vicorpus or a.seed_text else None
        parser = vicorpus_parser(a.model_dir, a.threads, decoder, speed) \
            if a.through_vicorpus else None
        results: dict[str, dict[str, float]] = {}
        timings: dict[str, float] = {}
        for name, sentences in versions.items():
            raw = paragraphs(sentences, a.para_size)
            (a.out_dir / f"test.{name}.txt").write_text(raw, encoding="utf-8")
            start = time.time()
            system = a.out_dir / f"test.{name}.pred.conllu"
            if a.through_vicorpus:
                parse_with_vicorpus(parser, raw, system)
            else:
                with decoding(decoder):
                    CoNLL.write_doc2conll(nlp(raw), str(system))
            timings[name] = round(time.time() - start, 1)
            results[name] = score(a.gold, system)
            trees[name if len(speeds) == 1 else f"{name}, --speed {speed}"] = tree_checks(system)
        by_speed[speed] = results

        labels = {"spaced": "UD spaced text (`# text`)", "real": "real text (punctuation attached)"}
        if a.through_vicorpus:
            labels = {k: v + ", vicorpus annotate" for k, v in labels.items()}
        if a.speed == "both":
            labels = {k: f"{v}, --speed {speed}" for k, v in labels.items()}
            print(f"\n--speed {speed}")
        print(markdown_table({labels[k]: v for k, v in results.items()}))
        floors_met = all(results[v][m] >= f for v in results for m, f in FLOORS.items())
        print(f"\nfloors {FLOORS} met on both versions: {floors_met}")
        print(f"seconds per version: {timings}; {len(gold)} sentences, {a.para_size} per paragraph")
    if a.speed == "both":
        worst = max(abs(by_speed["fast"][v][m] - by_speed["exact"][v][m])
                    for v in by_speed["exact"] for m in METRICS)
        print(f"\nlargest |fast - exact| over every metric and text version: {worst:.2f}")
    report: dict[str, Any] = {
        "decoder": decoder,
        "scores": results,
        "floors_met": floors_met,
        "scores_by_speed": by_speed,
        "seconds": timings,
        "para_size": a.para_size,
        "sentences": len(gold),
    }
    if a.seed_text is not None:
        seed = a.seed_text.read_text(encoding="utf-8")
        with decoding(decoder):
            doc = nlp(seed)
        report["seed"] = check_seed(doc)
        print("\nseed check:", json.dumps(report["seed"], ensure_ascii=False, indent=2))
        system = a.out_dir / "seed.pred.conllu"
        if a.through_vicorpus:
            parse_with_vicorpus(parser, seed, system)
        else:
            CoNLL.write_doc2conll(doc, str(system))
        trees["seed"] = tree_checks(system)
    report["trees"] = trees
    print(f"\ndecoder {decoder}; trees written (non-projective arcs, UD level-3 errors):")
    for name, found in trees.items():
        print(f"  {name}: {json.dumps(found)}")
    if a.json is not None:
        a.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0 if floors_met else 1


if __name__ == "__main__":
    raise SystemExit(main())

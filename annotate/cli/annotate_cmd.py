"""`vicorpus annotate`: raw Vietnamese text -> CoNLL-U (one file per document, or shards) or
entity JSONL, in one process or several, resuming an interrupted run."""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from annotate.errors import VicorpusError


def _workers(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        count = int(value)
    except ValueError:
        raise click.BadParameter("a number or 'auto'") from None
    if count < 1:
        raise click.BadParameter("at least 1")
    return count


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path),
              help="Output folder (conllu) or file (jsonl; '-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(["conllu", "jsonl"]), default="conllu",
              show_default=True, help="One CoNLL-U file per document, or one JSONL file of entities.")
@click.option("--models", default=None, metavar="bundled|official|DIR",
              help="Model set: the compact one shipped with vicorpus, Stanza's official vi models, "
                   "or a folder. Default: official when already downloaded, else bundled.")
@click.option("--no-entities", is_flag=True, help="Parse only; add no entity layer.")
@click.option("--workers", default="1", show_default=True, metavar="N|auto",
              help="Parser processes (auto: cores / threads). Each loads its own model: plan "
                   "0.7-1 GB of memory per worker. The output is the same as with 1.")
@click.option("--threads", type=int, default=None,
              help="Torch threads per worker (default: cores / workers; workers x threads must "
                   "not exceed the cores, or the run slows down many times).")
@click.option("--batch-size", type=int, default=32, show_default=True,
              help="Paragraphs per Stanza call (part of the output's identity: a resumed run "
                   "needs the same value).")
@click.option("--shard-size", type=click.IntRange(min=1), default=None, metavar="K",
              help="Write OUT/shard-00000.conllu ... with K documents each instead of one file "
                   "per document.")
@click.option("--speed", type=click.Choice(["fast", "exact"]), default="exact", show_default=True,
              help="fast: int8/bf16 patches to Stanza's parser and tagger (scores within 0.12 "
                   "of exact, see README); exact: Stanza's own computation, bit for bit.")
@click.option("--ray", "ray", is_flag=False, flag_value="local", default=None, metavar="[ADDRESS]",
              help="Run as a Ray Data pipeline (--workers parser actors, --threads CPUs each) on "
                   "a local Ray or the cluster at ADDRESS; INPUTS may then be URIs Ray reads "
                   "(s3://..., gs://...). Needs pip install 'vicorpus[ray]', and vicorpus with "
                   "its model on every node.")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True,
              help="Where Stanza runs (cuda: Stanza's use_gpu; with --ray, one GPU per actor).")
@click.option("--overwrite", is_flag=True,
              help="Annotate everything again (default: skip documents an earlier run of the "
                   "same input and settings wrote completely).")
def annotate(inputs: tuple[str, ...], out: Path, fmt: str, models: str | None, no_entities: bool,
             workers: str, threads: int | None, batch_size: int, shard_size: int | None,
             speed: str, ray: str | None, device: str, overwrite: bool) -> None:
    """Parse INPUTS (.txt files, folders of them, .jsonl files of {"id", "text"}, each also
    .gz, or - for stdin) with Stanza, add entities, and write CoNLL-U or JSONL. Rerunning an
    interrupted CoNLL-U run continues where it stopped."""
    from annotate.documents import read_documents
    from annotate.parse import resolve_models
    from annotate.scale import ParserSpec, annotate_at_scale, plan_workers

    try:
        count, per_worker = plan_workers(_workers(workers), threads)
    except click.BadParameter as error:
        raise click.UsageError(f"--workers: {error.message}") from None
    if device == "cuda" and speed == "fast":
        raise click.UsageError("--speed fast patches the CPU computation; use --speed exact "
                               "with --device cuda")
    if fmt == "jsonl" and shard_size:
        raise click.UsageError("--shard-size applies to --format conllu")
    if fmt == "conllu" and out.exists() and not out.is_dir():
        raise click.UsageError(f"{out} exists and is not a folder")
    uri_reader = None
    if ray is not None:
        from annotate.ray_pipeline import read_uri as uri_reader
    documents = read_documents(inputs, uri_reader=uri_reader)
    model_set = resolve_models(models)
    single = threads if count == 1 and ray is None else per_worker
    spec = ParserSpec(model_set, single, batch_size, speed, device)

    def report(error: VicorpusError) -> None:
        click.echo(f"vicorpus: error: {error}", err=True)

    where = f"; {count} Ray actor(s)" if ray is not None else f"; {count} worker(s)"
    click.echo(f"models: {model_set.describe()}{where} x {per_worker} thread(s)"
               if count > 1 or ray is not None else f"models: {model_set.describe()}", err=True)
    with tqdm(unit=" docs", desc="annotating", file=sys.stderr, disable=None) as bar:
        count_in_background(inputs, bar)
        progress = _progress(bar)
        kwargs: dict[str, Any] = {"fmt": fmt, "entities": not no_entities, "workers": count,
                                  "shard_size": shard_size, "overwrite": overwrite,
                                  "progress": progress, "on_error": report, "ray": ray}
        if fmt == "jsonl" and str(out) == "-":
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "out.jsonl"
                summary, _ = annotate_at_scale(documents, spec, path, resume_jsonl=False, **kwargs)
                sys.stdout.write(path.read_text("utf-8"))
        else:
            summary, _ = annotate_at_scale(documents, spec, out, **kwargs)
    click.echo(summary.line(), err=True)
    if summary.failures:
        sys.exit(1)


def count_in_background(inputs: Iterable[str], bar: tqdm) -> threading.Thread | None:
    """Count the documents of `inputs` in a thread and give `bar` its total (for the ETA)
    when known, so the first document is not held back by a read of every input; nothing
    when the bar is not shown. Returns the thread."""
    if bar.disable:
        return None

    def count() -> None:
        from annotate.documents import count_documents

        try:
            total = count_documents(inputs)
        except VicorpusError:
            return  # reported by the reader, which meets the same input
        if total is not None:
            bar.total = total
            bar.refresh()

    thread = threading.Thread(target=count, name="vicorpus-count", daemon=True)
    thread.start()
    return thread


def _progress(bar: tqdm) -> Any:
    """A progress callback: one step per document, words/s beside it."""
    started = time.perf_counter()
    words = 0

    def step(paragraph: Any) -> None:
        nonlocal words
        words += sum(len(s.syntactic_words()) for s in paragraph.sentences)
        if paragraph.is_last:
            bar.set_postfix_str(f"{words / max(time.perf_counter() - started, 1e-9):.0f} words/s",
                                refresh=False)
            bar.update(1)

    return step

"""`vicorpus annotate`: raw Vietnamese text -> CoNLL-U (one file per document) or entity JSONL."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import click
from tqdm import tqdm

from annotate.errors import InputError


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
@click.option("--threads", type=int, default=None, help="Torch threads (default: torch's choice).")
@click.option("--batch-size", type=int, default=32, show_default=True,
              help="Paragraphs per Stanza call.")
def annotate(inputs: tuple[str, ...], out: Path, fmt: str, models: str | None, no_entities: bool,
             threads: int | None, batch_size: int) -> None:
    """Parse INPUTS (.txt files, folders of them, .jsonl files of {"id", "text"}, or - for
    stdin) with Stanza, add entities, and write CoNLL-U or JSONL."""
    from annotate.documents import read_documents
    from annotate.parse import Parser, resolve_models
    from annotate.pipeline import run

    documents = read_documents(inputs)
    model_set = resolve_models(models)
    parser = Parser(model_set, threads=threads, batch_size=batch_size)

    def report(error: InputError) -> None:
        click.echo(f"vicorpus: error: {error}", err=True)

    if fmt == "conllu" and out.exists() and not out.is_dir():
        raise click.UsageError(f"{out} exists and is not a folder")
    click.echo(f"models: {model_set.describe()}", err=True)
    with tqdm(unit=" sentences", desc="parsing", file=sys.stderr, disable=None) as bar:
        if fmt == "jsonl" and str(out) == "-":
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "out.jsonl"
                summary = run(documents, parser, path, fmt=fmt, entities=not no_entities,
                              progress=bar.update, on_error=report)
                sys.stdout.write(path.read_text("utf-8"))
        else:
            summary = run(documents, parser, out, fmt=fmt, entities=not no_entities,
                          progress=bar.update, on_error=report)
    click.echo(summary.line(), err=True)
    if summary.failures:
        sys.exit(1)

"""`vicorpus tag` (add the entity layer to CoNLL-U files) and `vicorpus eval` (score entities)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from annotate.atomic import atomic_write
from annotate.errors import InputError


@click.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write the tagged files into this folder (same names).")
@click.option("--in-place", is_flag=True, help="Rewrite the files themselves.")
def tag(files: tuple[Path, ...], out_dir: Path | None, in_place: bool) -> None:
    """Add or refresh the entity layer (NER keys in MISC) of CoNLL-U FILES; every other byte
    stays as it was."""
    from annotate.entities.tagfile import tag_stream

    if (out_dir is None) == (not in_place):
        raise click.UsageError("give exactly one of -o/--out and --in-place")
    total = 0
    with click.progressbar(files, label="tagging", file=sys.stderr,
                           item_show_func=lambda p: p.name if p else None) as bar:
        for path in bar:
            target = path if in_place else out_dir / path.name  # type: ignore[operator]
            if not in_place and target.resolve() == path.resolve():
                raise InputError("output would overwrite the input; use --in-place", path)
            with open(path, encoding="utf-8", newline="") as source, atomic_write(target) as out:
                total += tag_stream(source, out, str(path))
    click.echo(f"tagged {total} sentences in {len(files)} files", err=True)


@click.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def evaluate(gold: Path, pred: Path, fmt: str) -> None:
    """Score predicted entities (PRED) against GOLD: P/R/F1 per label and micro, exact and
    overlapping spans, value accuracy. Each file is CoNLL-U or JSONL."""
    from annotate.entities.evaluate import evaluate as score
    from annotate.entities.evaluate import format_report, read_pair

    report = score(*read_pair(gold, pred))
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report))

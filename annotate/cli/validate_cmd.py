"""`vicorpus validate PATH...`: check CoNLL-U files and folders, print incidents and a summary.

Exit codes: 0 valid (warnings allowed), 1 errors found, 2 could not run.
"""

from __future__ import annotations

import json
import sys
from itertools import islice

import click

from annotate.validate.incidents import ERROR, Incident
from annotate.validate.run import Summary, expand_paths, validate_paths


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--max-errors", type=click.IntRange(min=0), default=0,
              help="Stop reporting after N incidents (0: no limit); the counts still cover everything.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--ud-level", type=click.IntRange(1, 5), default=2, show_default=True,
              help="1-2: the checks of vicorpus only; 3-5 also run the official UD validator (udtools).")
@click.option("--lang", default="vi", show_default=True,
              help="UD language code; the VTB inventory warnings apply to vi only.")
def validate(paths: tuple[str, ...], max_errors: int, fmt: str, ud_level: int, lang: str) -> None:
    """Validate CoNLL-U files and folders: UD format, VTB inventory, entity layer, corpus."""
    summary = Summary()
    stream = validate_paths(paths, summary, inventory=lang == "vi", lang=lang)
    if ud_level >= 3:
        from annotate.validate.udtools_bridge import run_udtools

        extra = run_udtools(expand_paths(paths), ud_level, lang)
        incidents = list(stream)
        for inc in extra:
            summary.errors += inc.severity == ERROR
            summary.warnings += inc.severity != ERROR
        stream = iter(incidents + extra)
    shown: list[Incident] = []
    limit = max_errors or None
    for inc in islice(stream, limit):
        if fmt == "text":
            click.echo(inc.format())
        else:
            shown.append(inc)
    for _ in stream:  # keep counting past the cap
        pass
    if fmt == "json":
        payload = {"incidents": [i.to_dict() for i in shown], "summary": vars(summary)}
        click.echo(json.dumps(payload, ensure_ascii=False))
    else:
        click.echo(summary.line())
    sys.exit(1 if summary.errors else 0)

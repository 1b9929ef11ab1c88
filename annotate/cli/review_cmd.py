"""`vicorpus review ...` (the corpus to and from annotation tools) and `vicorpus agree`.

    review export CORPUS... -o tasks.json     Label Studio tasks (or --format brat|conll2002)
    review config                             the Label Studio labeling config
    review import FILE --into CORPUS          reviewed annotations back into the CoNLL-U
    review push CORPUS... --url --project     create or update a Label Studio project
    review pull --url --project --into CORPUS the same as import, from the server
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotate.atomic import atomic_write

BY = click.Choice(["sentence", "paragraph", "document"])
ONLY_HELP = ("Export only some sentences: doc=ID,..., label=LABEL,..., flagged (the validator "
             "reports them) or unreviewed; repeat to combine.")


def _selected(corpus: tuple[Path, ...], by: str, only: tuple[str, ...]):
    from annotate.review.corpus import read_corpus, select, units
    from annotate.review.only import only_filter

    found = units(read_corpus(corpus), by)
    return select(found, only_filter(only, list(corpus))) if only else found


def _write_json(payload: object, out: str) -> None:
    text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    if out == "-":
        click.echo(text, nl=False)
        return
    with atomic_write(out) as handle:
        handle.write(text)


def _print_report(report) -> None:
    for line in report.lines():
        click.echo(line, err=True)


@click.group()
def review() -> None:
    """Send the entity layer to people for correction and bring their corrections back."""


@review.command(name="export")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--out", default="-", show_default=True,
              help="Output file (Label Studio) or folder (brat, conll2002); - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["labelstudio", "brat", "conll2002"]),
              default="labelstudio", show_default=True)
@click.option("--by", type=BY, default="sentence", show_default=True,
              help="One task per sentence, paragraph or document (Label Studio).")
@click.option("--only", multiple=True, help=ONLY_HELP)
def export(corpus: tuple[Path, ...], out: str, fmt: str, by: str, only: tuple[str, ...]) -> None:
    """Write the corpus's sentences with their entities for an annotation tool."""
    if fmt == "labelstudio":
        from annotate.review.labelstudio import tasks

        found = tasks(_selected(corpus, by, only))
        _write_json(found, out)
        click.echo(f"exported {len(found)} tasks", err=True)
        return
    if out == "-":
        raise click.UsageError(f"--format {fmt} writes a folder: give -o DIR")
    if fmt == "brat":
        from annotate.review.brat import write_brat

        count = write_brat(_selected(corpus, "document", only), Path(out))
        click.echo(f"exported {count} documents to {out}", err=True)
    else:
        from annotate.review.conll2002 import write_conll2002

        count = write_conll2002(_selected(corpus, "document", only), Path(out))
        click.echo(f"exported {count} documents to {out}", err=True)


@review.command()
def config() -> None:
    """Print the Label Studio labeling config for the entity labels."""
    from annotate.review.labelstudio import labeling_config

    click.echo(labeling_config(), nl=False)


def _import_options(func):
    func = click.option("--into", "into", required=True, multiple=True,
                        type=click.Path(exists=True, path_type=Path),
                        help="The corpus (files or folders) to write the reviews into.")(func)
    func = click.option("--strict", is_flag=True,
                        help="Refuse spans that are not on word boundaries instead of snapping "
                             "them.")(func)
    func = click.option("--prefer", metavar="ANNOTATOR",
                        help="With two annotations of a task, take this annotator's (default: "
                             "the latest).")(func)
    return func


@review.command(name="import")
@click.argument("file", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["labelstudio", "brat", "conll2002"]),
              default="labelstudio", show_default=True,
              help="labelstudio: its JSON export; brat: a folder of .txt/.ann; conll2002: a "
                   "folder of .conll files.")
@_import_options
@click.option("--annotator", help="brat, conll2002: who reviewed the files (their formats do "
                                  "not say; default: the format's name).")
def import_(file: Path, fmt: str, into: tuple[Path, ...], strict: bool, prefer: str | None,
            annotator: str | None) -> None:
    """Write the annotations of FILE into the corpus: each annotated sentence's entity layer
    is replaced, every other byte stays."""
    from annotate.review.apply import ImportReport, apply_reviews
    from annotate.review.layer import ReviewError

    if annotator is not None and (not annotator or len(annotator.split()) != 1):
        raise click.BadParameter("one name without spaces", param_hint="--annotator")
    report = ImportReport()
    if fmt == "labelstudio":
        from annotate.review.labelstudio import read_tasks

        try:
            exported = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ReviewError(f"not JSON: {error.msg}", file, error.lineno) from error
        except UnicodeDecodeError as error:
            raise ReviewError("not UTF-8 text", file) from error
        reviews = read_tasks(exported, prefer, report=report, source=str(file), strict=strict)
    elif fmt == "brat":
        from annotate.review.brat import read_brat

        reviews = read_brat(file, list(into), annotator or "brat")
    else:
        from annotate.review.conll2002 import read_conll2002

        reviews = read_conll2002(file, list(into), annotator or "conll2002")
    apply_reviews(list(into), reviews, strict, report)
    _print_report(report)


def _server_options(func):
    func = click.option("--token", envvar="LABEL_STUDIO_API_KEY", required=True,
                        help="API token (default: $LABEL_STUDIO_API_KEY); never printed.")(func)
    func = click.option("--project", "title", required=True, help="The project's title.")(func)
    func = click.option("--url", default="http://localhost:8080", show_default=True,
                        help="The Label Studio server.")(func)
    return func


@review.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_server_options
@click.option("--by", type=BY, default="sentence", show_default=True)
@click.option("--only", multiple=True, help=ONLY_HELP)
def push(corpus: tuple[Path, ...], url: str, title: str, token: str, by: str,
         only: tuple[str, ...]) -> None:
    """Create or update a Label Studio project with the corpus's tasks (tasks already there are
    updated, not duplicated; people's annotations stay)."""
    from annotate.review.client import LabelStudio
    from annotate.review.sync import push as push_units

    click.echo(push_units(LabelStudio(url, token), title, _selected(corpus, by, only)).line(),
               err=True)


@review.command()
@_server_options
@_import_options
def pull(url: str, title: str, token: str, into: tuple[Path, ...], strict: bool,
         prefer: str | None) -> None:
    """Write the annotations of a Label Studio project into the corpus (as `review import`)."""
    from annotate.review.client import LabelStudio
    from annotate.review.sync import pull as pull_reviews

    _print_report(pull_reviews(LabelStudio(url, token), title, list(into), prefer, strict))


@click.command()
@click.argument("first", type=click.Path(exists=True, path_type=Path))
@click.argument("second", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def agree(first: Path, second: Path, fmt: str) -> None:
    """Inter-annotator agreement between two versions (files or folders) of the same
    sentences: span F1 per label and Cohen's kappa over BIO tags."""
    from annotate.review.agreement import agreement, format_agreement

    report = agreement([first], [second])
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        click.echo(format_agreement(report))

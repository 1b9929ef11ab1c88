"""`vicorpus view PATH... -o SITE/`: a static site to look at a corpus in a browser.

Exit codes: 0 written, 1 written but some files could not be read, 2 could not run.
"""

from __future__ import annotations

import sys
import tempfile
import webbrowser
from pathlib import Path

import click
from tqdm import tqdm


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the site into (default with --open: a temporary folder).")
@click.option("--open", "open_browser", is_flag=True,
              help="Open the result in the default browser: the document's page when there is "
                   "one document, else the index.")
def view(inputs: tuple[Path, ...], output: Path | None, open_browser: bool) -> None:
    """Write a static site for CoNLL-U files and folders: an index of the documents (sortable,
    searchable) and one page per document with its entities, trees and validation problems."""
    from annotate.view import build_site

    if output is None:
        if not open_browser:
            raise click.UsageError("give -o/--output (or --open to view in a temporary folder)")
        output = Path(tempfile.mkdtemp(prefix="vicorpus-view-"))
    with tqdm(unit=" sentences", desc="writing", file=sys.stderr, disable=None) as bar:
        result = build_site(list(inputs), output, progress=bar.update)
    for error in result.failed:
        click.echo(f"vicorpus: error: {error}", err=True)
    click.echo(result.line())
    if open_browser:
        page = result.out / result.documents[0].href if len(result.documents) == 1 else result.index
        webbrowser.open(page.resolve().as_uri())
    sys.exit(1 if result.failed else 0)

"""`vicorpus build`, `vicorpus export` and `vicorpus push`: thin wrappers over annotate.dataset."""

from __future__ import annotations

from pathlib import Path

import click

from annotate.dataset.build import build_dataset
from annotate.dataset.card import CardInfo
from annotate.dataset.corpus import corpus_files
from annotate.dataset.export import export_dataset
from annotate.dataset.push import push_dataset
from annotate.dataset.splits import choose_splitter

DEFAULT_SUMMARY = (
    "Vietnamese text annotated by vicorpus: Universal Dependencies tokens, lemmas, POS tags, "
    "features and dependency trees from the bundled Stanza parser, and an entity layer (ORG, "
    "LEGAL, QUANTITY, MONEY, PERCENT, DATE, with normalised values) from rule-based annotators."
)


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Dataset folder to write.")
@click.option("--split-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSON {doc_id: split} or TSV doc_id<TAB>split.")
@click.option("--ratios", help="Train,validation,test shares for hash splitting (0.8,0.1,0.1).")
@click.option("--split-from-filename/--no-split-from-filename", default=None,
              help="Take splits from file names (train/dev/test); default when all names say one.")
@click.option("--name", "pretty_name", default="vicorpus Vietnamese corpus",
              help="The dataset's pretty name on its card.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output folder.")
def build(inputs: tuple[Path, ...], output: Path, split_file: Path | None, ratios: str | None,
          split_from_filename: bool | None, pretty_name: str, overwrite: bool) -> None:
    """Build a Hugging Face dataset folder from CoNLL-U files or folders."""
    names = [name for _, name in corpus_files(list(inputs))]
    rule = choose_splitter(names, split_file, ratios, split_from_filename)
    card = CardInfo(pretty_name=pretty_name, summary=DEFAULT_SUMMARY)
    result = build_dataset(list(inputs), output, card, rule, overwrite=overwrite)
    click.echo(result.line())


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Folder to write the CoNLL-U files into.")
def export(folder: Path, output: Path) -> None:
    """Write the CoNLL-U files of a dataset folder back, exactly as they were built."""
    result = export_dataset(folder, output)
    click.echo(f"{output}: {result.files} files, {result.sentences} sentences")


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("repo_id")
@click.option("--private", is_flag=True, help="Create the repository as private.")
@click.option("--revision", help="Branch to push to (created if needed).")
@click.option("--commit-message", help="Commit message.")
@click.option("--dry-run", is_flag=True, help="List the files that would be uploaded.")
def push(folder: Path, repo_id: str, private: bool, revision: str | None,
         commit_message: str | None, dry_run: bool) -> None:
    """Upload a dataset folder to the Hugging Face Hub (token: HF_TOKEN or `hf auth login`)."""
    result = push_dataset(folder, repo_id, private, revision, commit_message, dry_run)
    for name, size in result.files:
        click.echo(f"{size:>12,}  {name}")
    if dry_run:
        click.echo(f"dry run: {len(result.files)} files would be uploaded to {repo_id}")
    else:
        click.echo(f"pushed {len(result.files)} files to {repo_id}: {result.url}")

"""A CoNLL-U corpus on disk: its files in a stable order, and their sentences with documents.

A document runs from one `# newdoc` comment to the next; sentences before any newdoc belong to
a document named after the file. A document's metadata are the `# key = value` comments that
follow its `# newdoc id` line, up to the first paragraph or sentence comment.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from annotate.conllu_io import Sentence, read_conllu
from annotate.errors import DatasetError

_NOT_DOC_META = {"newpar", "newpar id", "sent_id", "text"}


@dataclass
class Origin:
    """Where a sentence comes from: its file (relative name), order in it, and its document."""

    file: str
    sent_index: int
    doc_id: str
    doc_meta: list[tuple[str, str]]


def corpus_files(inputs: list[Path]) -> list[tuple[Path, str]]:
    """(path, name) of each CoNLL-U file, sorted by name: a file given directly is named by its
    file name, a folder contributes its `*.conllu` files named by their path inside it."""
    files: dict[str, Path] = {}
    for source in inputs:
        if source.is_dir():
            found = {p.relative_to(source).as_posix(): p for p in source.rglob("*.conllu")}
        elif source.is_file():
            found = {source.name: source}
        else:
            raise DatasetError("no such file or folder", source)
        for name, path in found.items():
            if name in files:
                raise DatasetError(f"two input files are both named {name!r}", path)
            files[name] = path
    if not files:
        raise DatasetError("no .conllu files found in " + ", ".join(map(str, inputs)))
    return sorted(((path, name) for name, path in files.items()), key=lambda item: item[1])


def read_file(path: Path, name: str) -> Iterator[tuple[Sentence, Origin]]:
    """The sentences of one file, each with its origin (file, order, document)."""
    stem = name.removesuffix(".conllu")
    doc_id, doc_meta, newdocs = stem, [], 0
    for index, sentence in enumerate(read_conllu(path)):
        pairs = [_key_value(c) for c in sentence.comments]
        keys = [k for k, _ in pairs]
        if "newdoc id" in keys or "newdoc" in keys:
            newdocs += 1
            doc_id, doc_meta = _document(pairs, f"{stem}-d{newdocs}")
        yield sentence, Origin(name, index, doc_id, doc_meta)


def _document(pairs: list[tuple[str, str]], default_id: str) -> tuple[str, list[tuple[str, str]]]:
    keys = [k for k, _ in pairs]
    at = keys.index("newdoc id") if "newdoc id" in keys else keys.index("newdoc")
    doc_id = pairs[at][1] or default_id
    meta = []
    for key, value in pairs[at + 1:]:
        if key in _NOT_DOC_META:
            break
        if key:
            meta.append((key, value))
    return doc_id, meta


def _key_value(comment: str) -> tuple[str, str]:
    """`# key = value` -> (key, value); `# newdoc` -> ("newdoc", ""); other comments -> ("", "")."""
    body = comment[1:]
    key, sep, value = body.partition("=")
    if sep:
        return key.strip(), value.strip()
    return (body.strip(), "") if body.strip() in ("newdoc", "newpar") else ("", "")

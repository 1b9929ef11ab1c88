"""Which split each document goes to: by a hash of its id, a split file, or the file's name.

Every rule decides per document from the document alone, so a document never lands in two
splits and adding documents never moves the others.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotate.errors import DatasetError

SPLITS: tuple[str, ...] = ("train", "validation", "test")
_ALIASES = {"train": "train", "dev": "validation", "validation": "validation", "valid": "validation",
            "val": "validation", "test": "test"}

# (doc_id, file name) -> split name
Splitter = Callable[[str, str], str]


@dataclass
class SplitRule:
    """A splitter and a sentence saying how it splits (for the dataset card)."""

    assign: Splitter
    description: str


def parse_ratios(text: str) -> tuple[float, float, float]:
    """"0.8,0.1,0.1" -> train, validation and test shares (normalised to sum to 1)."""
    try:
        values = [float(part) for part in text.split(",")]
    except ValueError as error:
        raise DatasetError(f"ratios {text!r} are not numbers") from error
    if len(values) != 3 or min(values) < 0 or sum(values) <= 0:
        raise DatasetError(f"ratios {text!r}: give three non-negative shares, e.g. 0.8,0.1,0.1")
    total = sum(values)
    return values[0] / total, values[1] / total, values[2] / total


def hash_splitter(ratios: tuple[float, float, float]) -> Splitter:
    """Split by blake2b(doc_id) mapped to [0, 1) and compared with the cumulative ratios."""

    def split(doc_id: str, file: str) -> str:
        digest = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest()
        point = int.from_bytes(digest, "big") / 2**64
        cumulative = 0.0
        for name, share in zip(SPLITS, ratios):
            cumulative += share
            if point < cumulative:
                return name
        return next(name for name, share in reversed(list(zip(SPLITS, ratios))) if share > 0)

    return split


def split_of_filename(name: str) -> str | None:
    """"vi_vtb-ud-dev.conllu" -> "validation": the split a file name states, if any."""
    parts = re.split(r"[-_./]", name.removesuffix(".conllu").lower())
    found = {_ALIASES[p] for p in parts if p in _ALIASES}
    return found.pop() if len(found) == 1 else None


def filename_splitter(doc_id: str, file: str) -> str:
    """Splitter that takes the split from the file name; raises DatasetError when it has none."""
    split = split_of_filename(file)
    if split is None:
        raise DatasetError("file name does not say its split (train, dev or test)", file)
    return split


def file_splitter(path: Path) -> Splitter:
    """Splitter from a split file: JSON {doc_id: split} or TSV lines `doc_id<TAB>split`."""
    mapping = _read_split_file(path)

    def split(doc_id: str, file: str) -> str:
        if doc_id not in mapping:
            raise DatasetError(f"document {doc_id!r} is not in the split file", path)
        return mapping[doc_id]

    return split


def _read_split_file(path: Path) -> dict[str, str]:
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            if path.suffix == ".json":
                raw = json.load(handle)
            else:
                raw = dict(row[:2] for row in csv.reader(handle, delimiter="\t") if row)
    except (OSError, ValueError) as error:
        raise DatasetError(f"cannot read split file: {error}", path) from error
    if not isinstance(raw, dict):
        raise DatasetError("split file must map document ids to splits", path)
    out = {}
    for doc_id, split in raw.items():
        if str(split).lower() not in _ALIASES:
            raise DatasetError(f"unknown split {split!r} for document {doc_id!r}", path)
        out[str(doc_id)] = _ALIASES[str(split).lower()]
    return out


def choose_splitter(
    names: list[str],
    split_file: Path | None = None,
    ratios: str | None = None,
    from_filename: bool | None = None,
) -> SplitRule:
    """The splitter for a build: a split file, else the file names when asked (or, by default,
    when every file name states its split), else the ratios (default 0.8,0.1,0.1)."""
    if split_file is not None:
        return SplitRule(file_splitter(split_file),
                         f"Documents are assigned to splits by the split file `{split_file.name}`.")
    if from_filename is None:
        from_filename = ratios is None and all(split_of_filename(n) for n in names)
    if from_filename:
        return SplitRule(filename_splitter, "Splits follow the source file names "
                         "(train, dev -> validation, test), as the source corpus was split.")
    shares = parse_ratios(ratios or "0.8,0.1,0.1")
    return SplitRule(hash_splitter(shares), (
        "Documents are assigned to splits by a hash of their id (blake2b mapped to [0, 1) against "
        "the cumulative shares " + ", ".join(f"{s:g}" for s in shares) + " for train, validation "
        "and test): deterministic, never splitting a document, stable when documents are added."
    ))

"""The exceptions vicorpus raises: one base class, each carrying where the problem is."""

from __future__ import annotations

from pathlib import Path


class VicorpusError(Exception):
    """Base class: a problem the user can act on, with the file and line it concerns."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class InputError(VicorpusError):
    """An input document cannot be read: missing, undecodable, binary, empty or malformed."""


class ConlluError(VicorpusError):
    """A CoNLL-U file cannot be read as CoNLL-U at all (the validator reports finer problems)."""


class ModelError(VicorpusError):
    """A parsing model cannot be found or loaded."""


class DatasetError(VicorpusError):
    """A dataset folder cannot be built, read, exported or pushed."""

"""Write the CoNLL-U files of a dataset folder back, byte for byte as they were built.

Rows of each split are in file order, so the splits are merged by (file, sent_index) as they
are read: memory stays flat, and each file is written atomically as its rows go by.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from annotate.atomic import atomic_write
from annotate.dataset.rows import row_to_sentence
from annotate.dataset.shards import iter_rows, split_shards
from annotate.errors import DatasetError


@dataclass
class ExportResult:
    """What an export wrote."""

    files: int = 0
    sentences: int = 0


def export_dataset(folder: Path, output: Path) -> ExportResult:
    """Write every file of the dataset folder `folder` under `output`; raises DatasetError when
    the folder has no shards or a file's sentences are incomplete (a missing shard)."""
    folder, output = Path(folder), Path(output)
    shards = split_shards(folder)
    if not shards:
        raise DatasetError("no parquet shards under data/: not a dataset folder", folder)
    streams = [iter_rows(paths) for paths in shards.values()]
    merged = heapq.merge(*streams, key=lambda row: (row["file"], row["sent_index"]))
    result = ExportResult()
    for name, rows in itertools.groupby(merged, key=lambda row: row["file"]):
        target = output / _safe_name(name, folder)
        with atomic_write(target) as handle:
            for expected, row in enumerate(rows):
                if row["sent_index"] != expected:
                    raise DatasetError(
                        f"{name}: sentence {expected} is missing (found {row['sent_index']})",
                        folder)
                handle.write(row_to_sentence(row).to_conllu())
                result.sentences += 1
        result.files += 1
    return result


def _safe_name(name: str, folder: Path) -> Path:
    """A relative path from a row's `file`, refusing names that would escape the output."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise DatasetError(f"unsafe file name {name!r} in the dataset", folder)
    return Path(*path.parts)

"""Parquet shards written as a stream: rows are buffered into row groups of fixed size, so
memory stays flat however large the split; read back the same way, batch by batch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from annotate.dataset.features import dataset_features

DATA_DIR = "data"


def shard_name(split: str, index: int = 0, count: int = 1) -> str:
    """The file name the Hub uses for shard `index` of `count`: train-00000-of-00001.parquet."""
    return f"{split}-{index:05d}-of-{count:05d}.parquet"


class ShardWriter:
    """Appends rows to one parquet file with the dataset's schema (features in its metadata)."""

    def __init__(self, path: Path, rows_per_group: int = 1000):
        self.path = path
        self.rows_per_group = rows_per_group
        self.schema = dataset_features().arrow_schema
        self._buffer: list[dict] = []
        self._writer: pq.ParquetWriter | None = None
        self.rows = 0

    def write(self, row: dict) -> None:
        self._buffer.append(row)
        self.rows += 1
        if len(self._buffer) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.path, self.schema, compression="zstd")
        self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self.schema))
        self._buffer = []

    def close(self) -> None:
        self._flush()
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def split_shards(folder: Path) -> dict[str, list[Path]]:
    """split name -> its shard files, in order, from a dataset folder's data/ directory."""
    shards: dict[str, list[Path]] = {}
    for path in sorted((folder / DATA_DIR).glob("*.parquet")):
        split = path.name.split("-", 1)[0]
        shards.setdefault(split, []).append(path)
    return shards


def iter_rows(paths: list[Path], batch_size: int = 1000) -> Iterator[dict]:
    """The rows of shards, in order, read batch by batch."""
    for path in paths:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=batch_size):
            yield from batch.to_pylist()


def data_bytes(paths: list[Path]) -> int:
    """Uncompressed size of the shards' data, as the card's `num_bytes` states it."""
    return sum(
        meta.row_group(i).total_byte_size
        for meta in (pq.ParquetFile(p).metadata for p in paths)
        for i in range(meta.num_row_groups)
    )

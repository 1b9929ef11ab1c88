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
    """Appends one split's rows to parquet shards with the dataset's schema (features in the
    metadata), `rows_per_group` rows per row group and a new shard every `rows_per_shard` rows;
    `close` gives the shards their final names (train-00000-of-00002.parquet, ...)."""

    def __init__(self, folder: Path, split: str, rows_per_group: int = 1000,
                 rows_per_shard: int = 500_000):
        self.folder = folder / DATA_DIR
        self.split = split
        self.rows_per_group = rows_per_group
        self.rows_per_shard = rows_per_shard
        self.schema = dataset_features().arrow_schema
        self.rows = 0
        self._buffer: list[dict] = []
        self._parts: list[Path] = []
        self._writer: pq.ParquetWriter | None = None
        self._shard_rows = 0

    def write(self, row: dict) -> None:
        self._buffer.append(row)
        self.rows += 1
        if len(self._buffer) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        if self._writer is None or self._shard_rows >= self.rows_per_shard:
            self._close_writer()
            self.folder.mkdir(parents=True, exist_ok=True)
            self._parts.append(self.folder / f".{self.split}-{len(self._parts)}.parquet")
            self._writer = pq.ParquetWriter(self._parts[-1], self.schema, compression="zstd")
            self._shard_rows = 0
        self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self.schema))
        self._shard_rows += len(self._buffer)
        self._buffer = []

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self) -> list[Path]:
        """Write what is buffered, close the last shard and rename the shards; returns them."""
        self._flush()
        self._close_writer()
        final = [part.with_name(shard_name(self.split, i, len(self._parts)))
                 for i, part in enumerate(self._parts)]
        for part, name in zip(self._parts, final):
            part.rename(name)
        self._parts = final
        return final


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

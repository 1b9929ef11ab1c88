"""Build a dataset folder from CoNLL-U files: stream sentences to per-split parquet shards,
then write the card, all inside a temporary folder renamed into place at the end."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from annotate.dataset.card import CardInfo, write_card
from annotate.dataset.corpus import corpus_files, read_file
from annotate.dataset.rows import sentence_to_row
from annotate.dataset.shards import ShardWriter
from annotate.dataset.splits import SPLITS, SplitRule, Splitter, choose_splitter
from annotate.entities.schema import Entity
from annotate.errors import DatasetError
from annotate.review.agreement import Pair
from annotate.review.comments import OTHER_KEY, parse_other

log = logging.getLogger(__name__)
MAX_LISTED_DOCUMENTS = 200


@dataclass
class SplitStats:
    """Counts for one split."""

    documents: int = 0
    sentences: int = 0
    words: int = 0
    entities: Counter = field(default_factory=Counter)
    reviewed: int = 0  # sentences whose entity layer a person checked
    reviewed_entities: int = 0


@dataclass
class BuildResult:
    """What a build wrote: per-split counts, the first documents' metadata, files not in
    canonical CoNLL-U layout (their export will differ), and the time taken."""

    output: Path
    splits: dict[str, SplitStats]
    documents: list[dict[str, str]] = field(default_factory=list)
    document_count: int = 0
    files: int = 0
    noncanonical_files: list[str] = field(default_factory=list)
    split_rule: str = ""
    seconds: float = 0.0
    agreement: list[Pair] = field(default_factory=list)  # sentences two people annotated

    @property
    def sentences(self) -> int:
        return sum(s.sentences for s in self.splits.values())

    @property
    def words(self) -> int:
        return sum(s.words for s in self.splits.values())

    def line(self) -> str:
        parts = ", ".join(f"{name} {s.sentences}" for name, s in self.splits.items())
        return (f"{self.output}: {self.document_count} documents, {self.sentences} sentences "
                f"({parts}), {self.words} words in {self.seconds:.1f} s")


def build_dataset(
    inputs: list[Path],
    output: Path,
    card: CardInfo,
    split_rule: SplitRule | None = None,
    overwrite: bool = False,
    rows_per_group: int = 1000,
    rows_per_shard: int = 500_000,
) -> BuildResult:
    """Build the dataset folder `output` from CoNLL-U files or folders (see corpus_files);
    `split_rule` defaults to choose_splitter's choice; shards hold `rows_per_shard` sentences
    at most, in row groups of `rows_per_group`. Raises DatasetError."""
    started = time.perf_counter()
    output = Path(output)
    if output.exists() and not overwrite:
        raise DatasetError("output exists (use --overwrite to replace it)", output)
    files = corpus_files([Path(p) for p in inputs])
    split_rule = split_rule or choose_splitter([name for _, name in files])
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent))
    tmp.chmod(0o755)
    try:
        result = _write_shards(files, tmp, split_rule.assign, rows_per_group, rows_per_shard)
        result.split_rule = split_rule.description
        result.output = output
        result.seconds = time.perf_counter() - started
        write_card(tmp, result, card)
        _replace(tmp, output)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return result


def _write_shards(
    files: list[tuple[Path, str]], folder: Path, splitter: Splitter, rows_per_group: int,
    rows_per_shard: int,
) -> BuildResult:
    writers = {s: ShardWriter(folder, s, rows_per_group, rows_per_shard) for s in SPLITS}
    result = BuildResult(folder, {s: SplitStats() for s in SPLITS}, files=len(files))
    doc_split: dict[str, str] = {}
    try:
        for path, name in files:
            digest = hashlib.blake2b()
            for sentence, origin in read_file(path, name):
                digest.update(sentence.to_conllu().encode("utf-8"))
                split = doc_split.get(origin.doc_id)
                if split is None:
                    split = doc_split[origin.doc_id] = splitter(origin.doc_id, name)
                    _new_document(result, split, origin.doc_id, origin.doc_meta)
                elif splitter(origin.doc_id, name) != split:
                    raise DatasetError(f"document {origin.doc_id!r} would be in two splits", path)
                row = sentence_to_row(sentence, origin)
                writers[split].write(row)
                stats = result.splits[split]
                stats.sentences += 1
                stats.words += len(row["tokens"])
                stats.entities.update(e["label"] for e in row["entities"])
                if row["reviewed"]:
                    stats.reviewed += 1
                    stats.reviewed_entities += len(row["entities"])
                other = sentence.meta(OTHER_KEY)
                if other is not None:
                    result.agreement.append(_pair(row, other, name, sentence.line))
            if digest.digest() != _file_digest(path):
                log.warning("%s is not in canonical CoNLL-U layout; its export will differ", path)
                result.noncanonical_files.append(name)
    finally:
        for writer in writers.values():
            writer.close()
    result.document_count = len(doc_split)
    result.splits = {s: stats for s, stats in result.splits.items() if stats.sentences}
    if not result.splits:
        raise DatasetError("the corpus has no sentences")
    return result


def _pair(row: dict, other: str, name: str, line: int | None) -> Pair:
    """The sentence's layer and the second annotator's (`# entities_other`), for agreement."""
    try:
        _, theirs = parse_other(other, len(row["tokens"]))
    except ValueError as error:
        raise DatasetError(f"cannot store sentence: {OTHER_KEY}: {error}", name, line) from error
    ours = [Entity(e["word_start"], e["word_end"], e["label"]) for e in row["entities"]]
    return row["id"], ours, theirs, len(row["tokens"])


def _new_document(result: BuildResult, split: str, doc_id: str, meta: list) -> None:
    result.splits[split].documents += 1
    if len(result.documents) < MAX_LISTED_DOCUMENTS:
        result.documents.append({"id": doc_id, "split": split, **dict(meta)})


def _file_digest(path: Path) -> bytes:
    digest = hashlib.blake2b()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.digest()


def _replace(tmp: Path, output: Path) -> None:
    """Move the finished folder into place; an existing output is removed only after."""
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.old-{time.time_ns()}")
        output.rename(old)
    tmp.rename(output)
    if old is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(old)

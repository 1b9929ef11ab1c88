"""Inputs at scale: JSONL streamed from stdin and from .jsonl.gz files, corrupt gzip data, and
memory that stays flat over 10,000 small documents."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from annotate.documents import Document, count_documents, make_document, read_documents
from annotate.errors import InputError
from annotate.parse import resolve_models
from annotate.scale import ParserSpec, annotate_at_scale

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "raw" / "laocai-antq.txt"


def seed_records() -> list[dict]:
    """The seed's paragraphs as records, one of them (a page footer) an empty document."""
    paragraphs = [p for p in SEED.read_text("utf-8").split("\n\n") if len(p) > 80]
    return [{"id": f"seed-{i}", "text": p, "source": "seed"} for i, p in enumerate(paragraphs)]


def body_records() -> list[dict]:
    """The records that are documents."""
    records = []
    for record in seed_records():
        try:
            make_document(record["id"], record["text"], "<seed>")
        except InputError:
            continue
        records.append(record)
    return records


def test_stdin_jsonl_is_streamed_line_by_line(tmp_path: Path) -> None:
    lines = [(json.dumps(r, ensure_ascii=False) + "\n").encode() for r in seed_records()]
    as_file = tmp_path / "seed.jsonl"
    as_file.write_bytes(b"\n" + b"".join(lines))
    expected = [str(d) if isinstance(d, InputError) else d.id
                for d in read_documents([str(as_file)])]
    taken: list[bytes] = []

    def stdin() -> Iterator[bytes]:
        for line in [b"\n", *lines]:
            taken.append(line)
            yield line

    documents = read_documents(["-"], stdin=stdin())
    first = next(documents)
    assert isinstance(first, Document) and first.id == "seed-0"
    assert len(taken) <= 3  # the blank line, the first record, at most one more
    rest = [str(d).replace("<stdin>", str(as_file)) if isinstance(d, InputError) else d.id
            for d in documents]
    assert [first.id, *rest] == expected


def test_jsonl_gz_reads_as_jsonl_and_corrupt_gzip_names_the_file(tmp_path: Path) -> None:
    records = body_records()
    plain = tmp_path / "docs.jsonl"
    plain.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    packed = tmp_path / "docs.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    from_plain = [(d.id, d.source, d.metadata) for d in read_documents([str(plain)])]
    from_gz = [(d.id, d.source, d.metadata) for d in read_documents([str(packed)])]
    assert from_gz == from_plain and len(from_gz) == len(records)
    assert count_documents([str(packed)]) == len(records)
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (folder / "b.jsonl.gz").write_bytes(packed.read_bytes())
    ids = [d.id for d in read_documents([str(folder)])]
    assert ids == ["a", *[r["id"] for r in records]]
    broken = tmp_path / "broken.jsonl.gz"
    data = packed.read_bytes()
    broken.write_bytes(data[: len(data) * 2 // 3])
    items = list(read_documents([str(broken)]))
    assert isinstance(items[-1], InputError) and str(broken) in str(items[-1])
    assert "gzip" in items[-1].message
    assert all(isinstance(d, Document) for d in items[:-1]) and 1 <= len(items) - 1 < len(records)


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * 4096 / 2**20


def test_memory_stays_flat_over_10000_small_documents(tmp_path: Path) -> None:
    sentences = ["Giá lúa tăng.", "Tỉnh họp.", "Trời mưa to.", "Dân vui."]  # small and cheap
    inputs = tmp_path / "small.jsonl.gz"
    with gzip.open(inputs, "wt", encoding="utf-8") as handle:
        for i in range(10_000):
            handle.write(json.dumps({"id": f"d{i}", "text": sentences[i % 4]}) + "\n")
    rss: dict[int, float] = {}
    documents = 0

    def progress(paragraph: object) -> None:
        nonlocal documents
        documents += 1
        if documents in (2_000, 10_000):
            rss[documents] = _rss_mb()

    spec = ParserSpec(resolve_models("bundled"), 1, 256)
    out = tmp_path / "out"
    summary, _ = annotate_at_scale(read_documents([str(inputs)]), spec, out, shard_size=1000,
                                   progress=progress)
    assert summary.documents == 10_000 and not summary.failures
    assert len(list(out.glob("shard-*.conllu"))) == 10
    assert rss[10_000] - rss[2_000] < 40, rss  # MB: nothing held per document


def test_the_progress_total_is_counted_in_a_thread_and_only_for_a_shown_bar(tmp_path: Path) -> None:
    import io

    from tqdm import tqdm

    from annotate.cli.annotate_cmd import count_in_background

    records = body_records()
    docs = tmp_path / "docs.jsonl.gz"
    docs.write_bytes(gzip.compress("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                           for r in records).encode()))
    shown = tqdm(file=io.StringIO(), disable=False)
    thread = count_in_background([str(docs), str(SEED)], shown)
    assert thread is not None
    thread.join(timeout=30)
    assert shown.total == len(records) + 1
    missing = tqdm(file=io.StringIO(), disable=False)
    thread = count_in_background([str(tmp_path / "nothing.jsonl")], missing)
    thread.join(timeout=30)  # the reader reports a missing file; the counter stays quiet
    assert missing.total is None and not thread.is_alive()
    assert count_in_background([str(docs)], tqdm(file=io.StringIO(), disable=True)) is None

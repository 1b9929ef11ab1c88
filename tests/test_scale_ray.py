"""`--ray`: a real local Ray (`ray.init(num_cpus=2)`) runs the annotation as a Ray Data
pipeline: documents named by URIs are read by Ray Data as local files are read, two parser
actors (`map_batches`, `ActorPoolStrategy`) write the same CoNLL-U as the local path, also
across windows and with skipped batches, and a second run resumes (skips everything)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_scale import BATCH, files, make_corpus

from annotate.documents import Document, read_documents
from annotate.errors import InputError
from annotate.parse import resolve_models
from annotate.pipeline import run
from annotate.scale import ParserSpec, annotate_at_scale

ray = pytest.importorskip("ray", reason="pip install 'vicorpus[ray]' (CI installs it)")
from annotate.ray_pipeline import RayDataRunner, read_uri  # noqa: E402 - needs ray


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=256 * 2**20,
             log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


def test_ray_writes_what_the_local_path_writes_and_resumes(tmp_path: Path, local_ray: None
                                                           ) -> None:
    corpus = make_corpus(tmp_path / "corpus", sentences=120, per_doc=40)
    spec = ParserSpec(resolve_models("bundled"), 1, BATCH)
    local = tmp_path / "local"
    run(read_documents([str(corpus)]), spec.build(), local)
    out = tmp_path / "ray"
    summary, peaks = annotate_at_scale(read_documents([str(corpus)]), spec, out, workers=2,
                                       ray="local", shard_size=2)
    assert summary.documents == 4 and not summary.failures
    assert 1 <= len(peaks) <= 2 and all(mb > 100 for mb in peaks.values())  # a loaded parser
    expected = b"".join(files(local)[name] for name in sorted(files(local)))
    assert b"".join(files(out).values()) == expected
    again, _ = annotate_at_scale(read_documents([str(corpus)]), spec, out, workers=2,
                                 ray="local", shard_size=2)
    assert again.documents == 0 and again.skipped == 4


def test_windows_and_skipped_batches_keep_the_order(local_ray: None) -> None:
    text = (Path(__file__).resolve().parent.parent / "corpus/raw/laocai-antq.txt").read_text()
    paragraphs = [(p, 0) for p in text.split("\n\n") if p.strip()][:10]
    batches = [paragraphs[i:i + 2] for i in range(0, len(paragraphs), 2)]
    batches.insert(2, None)  # a batch whose documents are all written already
    batches.append(None)
    spec = ParserSpec(resolve_models("bundled"), 1, 2)
    parser = spec.build()
    expected = [None if b is None else parser.parse_batch(b) for b in batches]
    with RayDataRunner(spec, actors=2, window=1) as runner:  # windows of 2 batches
        got = list(runner.run_batches(batches))
    assert got == expected


def write_inputs(folder: Path) -> list[Path]:
    """A JSONL file (one bad line), its gzip copy and a text file, from the seed."""
    folder.mkdir()
    seed = (Path(__file__).resolve().parent.parent / "corpus/raw/laocai-antq.txt").read_text()
    paragraphs = [p for p in seed.split("\n\n") if p.strip()]
    lines = [json.dumps({"id": f"p{i}", "text": p, "source": "seed"}, ensure_ascii=False)
             for i, p in enumerate(paragraphs[:6])]
    lines.insert(3, "{not json")
    jsonl = folder / "news.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", "utf-8")
    gz = folder / "copy.jsonl.gz"
    gz.write_bytes(gzip.compress(jsonl.read_bytes().replace(b'"id": "p', b'"id": "gz')))
    txt = folder / "article.txt"
    txt.write_text(seed, "utf-8")
    return [jsonl, gz, txt]


def described(items: list[Document | InputError]) -> list[tuple]:
    """What a document stream holds, origins aside (a URI names the file differently)."""
    return [(d.line, d.message) if isinstance(d, InputError)
            else (d.id, d.source, d.paragraphs, {k: v for k, v in d.metadata.items()})
            for d in items]


def test_uris_read_through_ray_data_give_the_local_documents(tmp_path: Path, local_ray: None
                                                             ) -> None:
    paths = write_inputs(tmp_path / "in")
    local = list(read_documents([str(p) for p in paths]))
    uris = [p.as_uri() for p in paths]
    remote = list(read_documents(uris, uri_reader=read_uri))
    assert described(remote) == described(local)
    assert len([d for d in local if isinstance(d, Document)]) == 13  # 6 + 6 + 1
    errors = [d for d in remote if isinstance(d, InputError)]
    assert [(e.line, str(e.path)) for e in errors] == [(4, uris[0]), (4, uris[1])]
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", "utf-8")  # not an input format
    folder = list(read_documents([(tmp_path / "in").as_uri()], uri_reader=read_uri))
    assert described(folder) == described(list(read_documents([str(tmp_path / "in")])))
    missing = list(read_uri((tmp_path / "nothing.jsonl").as_uri()))
    assert len(missing) == 1 and isinstance(missing[0], InputError)
    assert "\n" not in str(missing[0]) and "nothing.jsonl" in str(missing[0])


def test_cli_reads_uris_with_ray_only(tmp_path: Path) -> None:
    uri = write_inputs(tmp_path / "in")[2].as_uri()
    result = subprocess.run(
        [sys.executable, "-c", "from annotate.cli import main; main()", "annotate", uri,
         "-o", str(tmp_path / "out")], capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == (f"vicorpus: error: {uri}: paths with a scheme are read "
                                     "through Ray Data: add --ray (pip install 'vicorpus[ray]')")
    assert not (tmp_path / "out").exists()

"""`--ray`: a real local Ray (`ray.init(num_cpus=2)`, two actors) writes the same CoNLL-U as
the local path, and a second run resumes (skips everything)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_scale import BATCH, files, make_corpus

from annotate.documents import read_documents
from annotate.parse import resolve_models
from annotate.pipeline import run
from annotate.scale import ParserSpec, annotate_at_scale

ray = pytest.importorskip("ray", reason="pip install 'vicorpus[ray]' (CI installs it)")


def test_ray_writes_what_the_local_path_writes_and_resumes(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", sentences=120, per_doc=40)
    spec = ParserSpec(resolve_models("bundled"), 1, BATCH)
    local = tmp_path / "local"
    run(read_documents([str(corpus)]), spec.build(), local)
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=256 * 2**20,
             log_to_driver=False)
    try:
        out = tmp_path / "ray"
        summary, peaks = annotate_at_scale(read_documents([str(corpus)]), spec, out, workers=2,
                                           ray="local", shard_size=2)
        assert summary.documents == 4 and not summary.failures
        assert set(peaks) == {0, 1}
        expected = b"".join(files(local)[name] for name in sorted(files(local)))
        assert b"".join(files(out).values()) == expected
        again, _ = annotate_at_scale(read_documents([str(corpus)]), spec, out, workers=2,
                                     ray="local", shard_size=2)
        assert again.documents == 0 and again.skipped == 4
    finally:
        ray.shutdown()

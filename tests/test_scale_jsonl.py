"""`--format jsonl` runs resume too: a real `kill -9` leaves no output file, and the same
command again gives the uninterrupted run's bytes; a rerun keeps the lines that still match the
input (skipping their documents), redoes the rest, and survives a line cut short."""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from test_scale import BATCH, ROOT, _start_two_workers, make_corpus

from annotate.documents import read_documents
from annotate.parse import resolve_models
from annotate.scale import ParserSpec, annotate_at_scale, manifest_path

SPEC = ParserSpec(resolve_models("bundled"), 1, BATCH)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), sentences=160, per_doc=40)


@pytest.fixture(scope="module")
def expected(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The uninterrupted run's output."""
    out = tmp_path_factory.mktemp("single") / "entities.jsonl"
    summary, _ = annotate_at_scale(read_documents([str(corpus)]), SPEC, out, fmt="jsonl",
                                   resume_jsonl=False)
    assert summary.documents == 5 and not summary.failures
    return out.read_bytes()


def annotate(corpus: Path, out: Path, overwrite: bool = False) -> tuple[int, int]:
    summary, _ = annotate_at_scale(read_documents([str(corpus)]), SPEC, out, fmt="jsonl",
                                   overwrite=overwrite)
    assert not summary.failures
    return summary.documents, summary.skipped


def partial(out: Path) -> Path:
    return out.parent / f".{out.name}.vicorpus-partial"


def test_kill_9_then_rerun_gives_the_uninterrupted_output(corpus: Path, expected: bytes,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "entities.jsonl"
    command, process = _start_two_workers(corpus, out, "--format", "jsonl")
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not out.exists()  # never half-written
    written = partial(out).read_bytes().count(b"\n")
    assert 1 <= written < 5
    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert int(re.search(r"(\d+) skipped", rerun.stderr).group(1)) >= written - 1
    assert out.read_bytes() == expected
    assert not partial(out).exists()


def test_rerun_keeps_matching_lines_and_redoes_the_rest(corpus: Path, expected: bytes,
                                                        tmp_path: Path) -> None:
    corpus = Path(shutil.copytree(corpus, tmp_path / "in"))
    out = tmp_path / "entities.jsonl"
    assert annotate(corpus, out) == (5, 0)
    assert out.read_bytes() == expected
    assert annotate(corpus, out) == (0, 5)  # finished: everything kept
    assert out.read_bytes() == expected
    # a run cut in the middle of its third line: two lines kept, the rest redone
    lines = expected.splitlines(keepends=True)
    partial(out).write_bytes(b"".join(lines[:2]) + lines[2][:40])
    assert annotate(corpus, out) == (3, 2)
    assert out.read_bytes() == expected
    # a changed document: the lines before it stand, it and those after are written again
    third = sorted(corpus.glob("*.txt"))[2]
    third.write_text(third.read_text("utf-8") + "\nTỉnh Lào Cai có 9 huyện.\n", "utf-8")
    assert annotate(corpus, out) == (3, 2)
    assert out.read_bytes().splitlines(keepends=True)[:2] == lines[:2]
    assert out.read_bytes() != expected
    assert annotate(corpus, out, overwrite=True) == (5, 0)

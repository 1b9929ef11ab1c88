"""`--workers N`: the same bytes as one process, on the seed and VTB test text with paragraphs
over 1,000 characters (where Stanza's tokenizer output depends on which paragraphs share a
batch); a worker killed with SIGKILL fails only the documents of the batch it held."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.conllu_io import read_conllu
from annotate.errors import ModelError
from annotate.parse import resolve_models
from annotate.pipeline import run
from annotate.scale import ParserSpec, WorkerPool, annotate_at_scale, manifest_path, plan_workers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from realtext import to_real_text

VTB_TEST = ROOT / "treebank" / "UD_Vietnamese-VTB" / "vi_vtb-ud-test.conllu"
BATCH = 4  # small batches: many of them, long paragraphs in different ones


def make_corpus(folder: Path, sentences: int = 240, per_doc: int = 40) -> Path:
    """The seed plus VTB test sentences as real text, in documents whose paragraphs run from
    one sentence to over 1,000 characters; returns the folder of .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "laocai-antq.txt").write_bytes((ROOT / "corpus/raw/laocai-antq.txt").read_bytes())
    texts = [to_real_text([w.form for w in s.syntactic_words()])
             for s in list(read_conllu(VTB_TEST))[:sentences]]
    sizes = [1, 12, 3, 9, 2, 14]
    for d, start in enumerate(range(0, len(texts), per_doc)):
        chunk, paragraphs, i, k = texts[start:start + per_doc], [], 0, d
        while i < len(chunk):
            size = sizes[k % len(sizes)]
            paragraphs.append(" ".join(chunk[i:i + size]))
            i, k = i + size, k + 1
        (folder / f"vtb-{d:02d}.txt").write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.conllu"))}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_corpus(tmp_path_factory.mktemp("corpus"))
    longest = max(len(p) for f in folder.glob("*.txt") for p in f.read_text("utf-8").split("\n\n"))
    assert longest > 1000
    return folder


@pytest.fixture(scope="module")
def single(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference: one process, through the command line."""
    out = tmp_path_factory.mktemp("single")
    result = CliRunner().invoke(cli, ["annotate", str(corpus), "-o", str(out), "--models",
                                      "bundled", "--batch-size", str(BATCH), "--threads", "1",
                                      "--speed", "exact"])
    assert result.exit_code == 0, result.output
    assert len(files(out)) == 7
    return out


def test_two_workers_write_the_same_bytes(corpus: Path, single: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["annotate", str(corpus), "-o", str(tmp_path), "--models",
                                      "bundled", "--batch-size", str(BATCH), "--workers", "2",
                                      "--speed", "exact"])
    assert result.exit_code == 0, result.output
    assert "2 worker(s) x 1 thread(s)" in result.output
    assert files(tmp_path) == files(single)


def test_pool_reports_peak_memory_and_stops_its_workers(corpus: Path, single: Path,
                                                        tmp_path: Path) -> None:
    from annotate.documents import read_documents

    spec = ParserSpec(resolve_models("bundled"), 1, BATCH)
    summary, peaks = annotate_at_scale(read_documents([str(corpus)]), spec, tmp_path, workers=2,
                                       overwrite=True)
    assert summary.documents == 7 and not summary.failures
    assert set(peaks) == {0, 1} and all(200 < mb < 4000 for mb in peaks.values())
    assert files(tmp_path) == files(single)


def test_a_killed_worker_fails_only_its_batch(corpus: Path, single: Path, tmp_path: Path) -> None:
    from annotate.documents import read_documents

    spec = ParserSpec(resolve_models("bundled"), 1, 2)  # batches of 2: several per document
    reference = tmp_path / "reference"
    run(read_documents([str(corpus)]), spec.build(), reference)
    killed: list[int] = []
    out = tmp_path / "out"
    with WorkerPool(spec, 2) as pool:
        def kill_once(paragraph: object) -> None:
            if not killed:
                busy = [w for w in pool.workers() if w[1]]
                pid = busy[-1][0]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        summary = run(read_documents([str(corpus)]), spec.build(), out, progress=kill_once,
                      runner=pool.run_batches)
    assert killed
    failed = {f.path for f in summary.failures}
    assert 1 <= len(failed) <= 2  # the documents of one batch of two paragraphs
    assert all("worker process died (exit code -9)" in f.message for f in summary.failures)
    written, expected = files(out), files(reference)
    assert len(written) == len(expected) - len(failed)
    assert all(written[name] == expected[name] for name in written)


def test_cli_rejects_bad_worker_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["annotate", "x.txt", "-o", str(tmp_path), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.output
    assert plan_workers("auto", 1)[0] == len(os.sched_getaffinity(0))
    assert plan_workers(2, None) == (2, max(1, len(os.sched_getaffinity(0)) // 2))


def test_device_cuda_without_a_gpu_is_one_clear_error(tmp_path: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    with pytest.raises(ModelError, match="--device cuda: torch sees no CUDA device"):
        ParserSpec(resolve_models("bundled"), 1, BATCH, device="cuda").build().load()
    result = CliRunner().invoke(cli, ["annotate", "x.txt", "-o", str(tmp_path), "--device",
                                      "cuda", "--speed", "fast"])
    assert result.exit_code == 2 and "use --speed exact with --device cuda" in result.output


def test_resume_skips_written_documents_and_redoes_changed_ones(corpus: Path, single: Path,
                                                               tmp_path: Path) -> None:
    import shutil

    args = ["annotate", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--models", "bundled",
            "--batch-size", str(BATCH), "--threads", "1", "--speed", "exact"]
    shutil.copytree(corpus, tmp_path / "in")
    shutil.copytree(single, tmp_path / "out")
    manifest_path(tmp_path / "out").unlink(missing_ok=True)
    result = CliRunner().invoke(cli, args)  # no manifest yet: files merely existing are redone
    assert result.exit_code == 0 and "skipped" not in result.output
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0 and "0 documents" in result.output
    assert "7 skipped" in result.output
    changed = tmp_path / "in" / "vtb-03.txt"
    changed.write_text(changed.read_text("utf-8") + "\nTỉnh Lào Cai có 9 huyện.\n", "utf-8")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0 and "1 documents" in result.output and "6 skipped" in result.output
    assert files(tmp_path / "out").keys() == files(single).keys()
    assert not list((tmp_path / "out").glob(".*"))  # the folder holds only CoNLL-U
    lines = manifest_path(tmp_path / "out").read_text("utf-8").splitlines()
    assert {json.loads(line)["file"] for line in lines} == set(files(single))
    result = CliRunner().invoke(cli, [*args, "--overwrite"])
    assert result.exit_code == 0 and "7 documents" in result.output and "skipped" not in result.output


def _start_two_workers(corpus: Path, out: Path, *options: str) -> tuple[list[str], Any]:
    """`vicorpus annotate --workers 2` in a session of its own, returned once the manifest
    records its first file (the command, the process)."""
    command = [str(Path(sys.executable).parent / "vicorpus"), "annotate", str(corpus), "-o", str(out),
               "--models", "bundled", "--batch-size", str(BATCH), "--workers", "2",
               "--speed", "exact", *options]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               start_new_session=True)
    manifest = manifest_path(out)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.is_file() and manifest.read_text("utf-8").count("\n") >= 1:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be stopped"
    return command, process


def test_kill_9_then_rerun_gives_the_uninterrupted_shards(corpus: Path, single: Path,
                                                          tmp_path: Path) -> None:
    """A real `kill -9` of a 2-worker sharded run, then the same command again."""
    out = tmp_path / "out"
    command, process = _start_two_workers(corpus, out, "--shard-size", "2")
    manifest = manifest_path(out)
    process.send_signal(signal.SIGKILL)
    process.wait()
    recorded = {json.loads(line)["file"] for line in manifest.read_text("utf-8").splitlines()}
    assert 1 <= len(recorded) < 4  # stopped part-way
    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert rerun.returncode == 0, rerun.stderr
    skipped = int(re.search(r"(\d+) skipped", rerun.stderr).group(1))
    assert skipped == 2 * len(recorded) - ("shard-00003.conllu" in recorded)
    expected = b"".join(files(single)[name] for name in sorted(files(single)))
    shards = files(out)
    assert list(shards) == [f"shard-{i:05d}.conllu" for i in range(4)]
    assert b"".join(shards.values()) == expected
    assert not list(out.glob(".*.tmp"))


def test_ctrl_c_stops_cleanly_and_a_rerun_continues(corpus: Path, single: Path,
                                                    tmp_path: Path) -> None:
    """Ctrl-C as a terminal sends it (SIGINT to the whole process group) to a 2-worker run: it
    exits 130 with one line, its workers gone, nothing half-written, every file it wrote in the
    manifest; the same command again gives the uninterrupted output."""
    for attempt in range(3):  # on a busy machine the run may finish before the signal lands
        out = tmp_path / f"out-{attempt}"
        command, process = _start_two_workers(corpus, out)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=120)
        if process.returncode != 0:
            break
    manifest = manifest_path(out)
    assert process.returncode == 130
    assert stderr.rstrip().splitlines()[-1] == "vicorpus: interrupted"
    for _ in range(50):  # the workers (and multiprocessing's resource tracker) end with it
        leftover = subprocess.run(["pgrep", "-a", "-g", str(process.pid)], capture_output=True,
                                  text=True).stdout.strip()
        if not leftover:
            break
        time.sleep(0.2)
    assert not leftover, f"processes outlived the run: {leftover}"
    recorded = {json.loads(line)["file"] for line in manifest.read_text("utf-8").splitlines()}
    written = set(files(out))
    # a file renamed into place just before the signal may miss its manifest line: it is
    # annotated again, never half-written
    assert recorded <= written and len(written - recorded) <= 1
    assert 1 <= len(recorded) < len(files(single))
    assert not list(out.glob(".*.tmp")) and not list(out.glob("*.tmp"))
    rerun = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(recorded)} skipped" in rerun.stderr
    assert files(out) == files(single)


def test_validate_tag_build_export_read_shards(single: Path, tmp_path: Path) -> None:
    shards = tmp_path / "shards"
    shards.mkdir()
    names = sorted(files(single))
    for i in range(0, len(names), 3):
        data = b"".join((single / name).read_bytes() for name in names[i:i + 3])
        (shards / f"shard-{i // 3:05d}.conllu").write_bytes(data)
    runner = CliRunner()
    per_doc = runner.invoke(cli, ["validate", "--format", "json", str(single)])
    sharded = runner.invoke(cli, ["validate", "--format", "json", str(shards)])
    assert sharded.exit_code == per_doc.exit_code
    count = lambda output: len(json.loads(output)["incidents"])
    assert count(sharded.output) == count(per_doc.output)
    tagged = tmp_path / "tagged"
    result = runner.invoke(cli, ["tag", str(shards / "shard-00000.conllu"), "-o", str(tagged)])
    assert result.exit_code == 0, result.output
    assert (tagged / "shard-00000.conllu").read_bytes() == (shards / "shard-00000.conllu").read_bytes()
    result = runner.invoke(cli, ["build", str(shards), "-o", str(tmp_path / "dist" / "x")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["export", str(tmp_path / "dist" / "x"), "-o", str(tmp_path / "back")])
    assert result.exit_code == 0, result.output
    assert files(tmp_path / "back") == files(shards)

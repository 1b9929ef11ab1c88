"""A clone is the whole project: the committed tree alone, with nothing of this team's beside it,
annotates the seed with the bundled model, validates the result, and its scripts find the treebank."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = "../" + "shared"  # spelled so that this file does not match its own check


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the committed tree cannot be listed")
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    target = tmp_path_factory.mktemp("clone") / "vicorpus"
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    assert [p.name for p in target.parent.iterdir()] == ["vicorpus"]  # nothing beside the clone
    return target


def _vicorpus(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # `python -c` puts the working folder first on sys.path: the clone's package runs, not ours
    code = "import sys; from annotate.cli import main; sys.argv[0] = 'vicorpus'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=clone, capture_output=True,
                          text=True, timeout=600)


def test_the_readme_command_annotates_and_validates_in_a_clone(clone: Path) -> None:
    done = _vicorpus(clone, "annotate", "corpus/raw/laocai-antq.txt", "-o", "out/",
                     "--models", "bundled", "--threads", "2")
    assert done.returncode == 0, done.stderr
    written = clone / "out" / "laocai-antq.conllu"
    assert written.read_bytes() == (clone / "corpus" / "laocai-antq.conllu").read_bytes()
    check = _vicorpus(clone, "validate", "out/")
    assert check.returncode == 0, check.stdout + check.stderr


def test_scripts_read_the_vendored_treebank(clone: Path, tmp_path: Path) -> None:
    out = tmp_path / "inventory.json"
    done = subprocess.run([sys.executable, "scripts/make_vtb_inventory.py", "--out", str(out)],
                          cwd=clone, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == (
        clone / "annotate" / "data" / "vtb_inventory.json").read_text(encoding="utf-8")


def test_nothing_refers_outside_the_repository(clone: Path) -> None:
    places = [clone / "README.md", *[p for d in ("annotate", "scripts", "tests", ".ci")
                                     for p in (clone / d).rglob("*") if p.is_file()]]
    found = [str(p.relative_to(clone)) for p in places
             if OUTSIDE in p.read_text(encoding="utf-8", errors="replace")]
    assert found == []

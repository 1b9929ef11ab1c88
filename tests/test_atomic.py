"""Outputs are renamed into place whole, with the mode a file written by `open()` gets (not
mkstemp's private 0o600), or the mode of the file they replace."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.atomic import atomic_write
from annotate.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_outputs_get_the_mode_of_a_new_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["tag", "-o", str(tmp_path / "tagged"),
                                      str(ROOT / "corpus" / "laocai-antq.conllu")])
    assert result.exit_code == 0, result.output
    written = tmp_path / "tagged" / "laocai-antq.conllu"
    assert mode(written) == 0o666 & ~umask()
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert mode(written) == mode(plain)


def test_a_replaced_file_keeps_its_mode_and_a_failed_write_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "out.conllu"
    path.write_text("old\n")
    path.chmod(0o640)
    with atomic_write(path) as handle:
        handle.write("new\n")
    assert path.read_text() == "new\n" and mode(path) == 0o640
    with pytest.raises(RuntimeError), atomic_write(tmp_path / "never.conllu") as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.conllu"]

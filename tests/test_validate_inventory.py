"""scripts/make_vtb_inventory.py: regenerates the committed inventory; a wrong folder writes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_vtb_inventory.py"
COMMITTED = ROOT / "annotate" / "data" / "vtb_inventory.json"


def make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_regenerated_inventory_matches_committed(ud_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "inv.json"
    assert make("--ud-dir", str(ud_dir), "--out", str(out)).returncode == 0
    fresh, committed = json.loads(out.read_text("utf-8")), json.loads(COMMITTED.read_text("utf-8"))
    assert fresh == committed
    assert set(fresh["counts"]["deprel"]) == set(fresh["deprel"])
    assert "root" in fresh["deprel"] and "N" in fresh["xpos"]


def test_missing_folder_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "inv.json"
    done = make("--ud-dir", str(tmp_path / "none"), "--out", str(out))
    assert done.returncode != 0
    assert not out.exists()

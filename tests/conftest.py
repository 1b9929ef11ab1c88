"""Shared fixtures: paths to the real data vendored in the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UD_DIR = ROOT / "treebank" / "UD_Vietnamese-VTB"
SEED = ROOT / "corpus" / "raw" / "laocai-antq.txt"


@pytest.fixture(scope="session")
def ud_dir() -> Path:
    if not UD_DIR.is_dir():
        pytest.fail(f"UD_Vietnamese-VTB not found at {UD_DIR}")
    return UD_DIR


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.fail(f"seed article not found at {SEED}")
    return SEED

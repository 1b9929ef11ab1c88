"""The entity lexicons: every packaged file loads and checks; broken files give clear errors."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from annotate.entities.lexicon import LexiconError, load_lexicons


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    source = resources.files("annotate.data.entities")
    for entry in source.iterdir():
        if entry.name.endswith((".json", ".jsonl")):
            shutil.copy(str(entry), tmp_path / entry.name)
    return tmp_path


def test_packaged_lexicons_load(data_copy: Path):
    lexicons = load_lexicons(data_copy)
    assert {row["type"] for row in lexicons.doc_types} >= {"Nghị định", "Chỉ thị", "Quyết định"}
    assert any(row["unit"] == "đồng" for row in lexicons.currencies)


@pytest.mark.parametrize("name, line, message", [
    ("units.jsonl", '{"id": "unit-buổi", "form": "buổi", "kind": "measure"}', "duplicate id"),
    ("units.jsonl", '{"id": "unit-x", "form": "x", "kind": "weight"}', "unknown kind"),
    ("currencies.jsonl", '{"id": "cur-x", "forms": ["x"]}', "needs 'unit'"),
    ("org_heads.jsonl", "{not json", "invalid JSON"),
])
def test_broken_entries_name_file_and_line(data_copy: Path, name: str, line: str, message: str):
    path = data_copy / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicons(data_copy)
    assert message in str(error.value)
    assert f"{name}:{len(lines) + 1}" in str(error.value)


def test_missing_keys_and_files(data_copy: Path):
    (data_copy / "numbers.json").write_text("{}", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing keys"):
        load_lexicons(data_copy)
    (data_copy / "stopwords.json").unlink()
    (data_copy / "numbers.json").unlink()
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicons(data_copy)

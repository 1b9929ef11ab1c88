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
    # forms written as combinations must be lists of words
    ("org_heads.jsonl", '{"id": "org-x", "forms_from": ["Đoàn", ["Khối"]], "kind": "body"}',
     "needs 'forms'"),
])
def test_broken_entries_name_file_and_line(data_copy: Path, name: str, line: str, message: str):
    path = data_copy / name
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, line]) + "\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicons(data_copy)
    assert message in str(error.value)
    assert f"{name}:{len(lines) + 1}" in str(error.value)


def test_forms_are_written_out_from_their_parts(data_copy: Path):
    path = data_copy / "org_heads.jsonl"
    row = '{"id": "org-x", "forms_from": [["Đoàn", "Công đoàn"], ["Khối A", "khối A"]], "kind": "body"}'
    path.write_text(path.read_text(encoding="utf-8") + row + "\n", encoding="utf-8")
    heads = {row["id"]: row for row in load_lexicons(data_copy).org_heads}
    assert heads["org-x"]["forms"] == ["Đoàn Khối A", "Đoàn khối A", "Công đoàn Khối A",
                                       "Công đoàn khối A"]
    # the blocs' bodies in the package: each body with each spelling of each bloc
    assert "Hội Cựu chiến binh khối các cơ quan và doanh nghiệp" in heads["org-khoi"]["forms"]
    bodies, blocs = heads["org-khoi"]["forms_from"]
    assert len(set(heads["org-khoi"]["forms"])) == len(bodies) * len(blocs)


def test_missing_keys_and_files(data_copy: Path):
    (data_copy / "numbers.json").write_text("{}", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing keys"):
        load_lexicons(data_copy)
    (data_copy / "stopwords.json").unlink()
    (data_copy / "numbers.json").unlink()
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicons(data_copy)


def _texts() -> list[str]:
    from annotate.conllu_io import read_conllu

    root = Path(__file__).resolve().parent.parent
    texts = [s.text for s in read_conllu(root / "treebank/UD_Vietnamese-VTB/vi_vtb-ud-test.conllu")]
    texts += (root / "corpus/raw/laocai-antq.txt").read_text(encoding="utf-8").splitlines()
    return [t for t in texts if t]


@pytest.mark.parametrize("lexicon", ["org heads", "number words", "document types"])
def test_trie_matches_what_the_alternation_matches(lexicon: str):
    import re

    from annotate.entities.lexicon import alternation, lexicons, trie_alternation

    lex = lexicons()
    forms = {
        "org heads": [form for row in lex.org_heads for form in row["forms"]],
        "number words": [w for key in ("digits", "tens", "zero_fillers", "half", "vague")
                         for w in lex.numbers[key]] + list(dict(lex.numbers["multipliers"])),
        "document types": [row["type"] for row in lex.doc_types],
    }[lexicon]
    flags = re.IGNORECASE if lexicon != "org heads" else 0
    plain, trie = (re.compile(alternation(forms), flags), re.compile(trie_alternation(forms), flags))
    texts = _texts()
    found = [[m.span() for m in plain.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 40  # the texts hold matches to compare
    assert [[m.span() for m in trie.finditer(t)] for t in texts] == found


def _spelt_otherwise(form: str) -> list[str]:
    """A phrase as the patterns also accept it: spaces doubled, dashes spaced, "&" for "và",
    commas left out."""
    import re

    return [re.sub(r"\s+", "  ", form), re.sub(r"\s*[-–]\s*", " - ", form),
            form.replace("và", "&"), form.replace(",", "")]


def test_every_phrase_spelt_otherwise_is_looked_up():
    """A unit, currency, document type or head matched with other spacing is the lexicon's
    form: "3.796 héc - ta" (a real sentence) used to stop `annotate` with a KeyError."""
    import re

    from annotate.entities.lexicon import lexicons
    from annotate.entities.tagger import find_mentions

    lex = lexicons()
    forms = [row["form"] for row in lex.units] + [row["type"] for row in lex.doc_types]
    forms += [form for row in [*lex.currencies, *lex.org_heads] for form in row["forms"]]
    phrases = {v for form in forms if re.search(r"[\s,&\-–]|và", form)
               for v in _spelt_otherwise(form) if v != form}
    assert len(phrases) > 500
    for phrase in sorted(phrases):
        for text in (f"Có 12 {phrase} tại đây.", f"theo {phrase} số 12/2020/QĐ-UBND tỉnh Lào Cai"):
            find_mentions(text, [])  # no KeyError
    text = "tổng diện tích tự nhiên 3.796 héc - ta, ôm trọn"
    assert [(text[m.start:m.end], m.attrs["rule"]) for m in find_mentions(text, [])] == [
        ("3.796 héc - ta", "unit-héc-ta")]

"""`vicorpus view` as files: what the pages hold for the seed, the VTB test file with its entity
layer and a hostile fixture (markup in text, titles and entity ids; validation problems; two
documents in one file), read back with the standard library's HTML parser; the CLI's exit codes,
bad input and `--open`. What a browser shows is tested in test_view_browser.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.conllu_io import read_conllu, word_spans
from annotate.entities.schema import decode_entities
from annotate.entities.tagfile import tag_stream
from annotate.validate import Summary, validate_paths
from annotate.view import build_site
from annotate.view.sentence import sentence_view
from annotate.view.site import _slug

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "laocai-antq.conllu"
HOSTILE = ROOT / "tests" / "data" / "view" / "hostile.conllu"


class Page(HTMLParser):
    """The parts of a document page the tests look at: each sentence section's text, entity
    marks, problems and tree rows, the scripts, and every element's tag."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.sections: list[dict] = []
        self.tags: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._mark: dict | None = None
        self._problem: list[str] | None = None
        self._script: tuple[dict, list[str]] | None = None
        self._in_text = self._in_aside = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        classes = (a.get("class") or "").split()
        if tag == "section" and "sent" in classes:
            self.sections.append({"attrs": a, "marks": [], "problems": [], "text": []})
        elif tag == "p" and "text" in classes:
            self._in_text = True
        elif tag == "mark" and "ent" in classes:
            self._mark = {"attrs": a, "text": []}
        elif tag == "aside":
            self._in_aside = True
        elif tag == "li" and self._in_aside:
            self._problem = []
        elif tag == "script":
            self._script = (a, [])

    def handle_endtag(self, tag):
        if tag == "p":
            self._in_text = False
        elif tag == "mark" and self._mark is not None:
            self.sections[-1]["marks"].append(self._mark)
            self._mark = None
        elif tag == "aside":
            self._in_aside = False
        elif tag == "li" and self._problem is not None:
            self.sections[-1]["problems"].append("".join(self._problem).strip())
            self._problem = None
        elif tag == "script" and self._script is not None:
            attrs, text = self._script
            self.scripts.append((attrs, "".join(text)))
            if attrs.get("class") == "tree-data":
                self.sections[-1]["tree"] = json.loads("".join(text))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)
        if self._in_text:
            self.sections[-1]["text"].append(data)
        if self._mark is not None:
            self._mark["text"].append(data)
        if self._problem is not None:
            self._problem.append(data)


def expected_entities(path: Path) -> list[list[tuple[str, str, dict]]]:
    """Per sentence: (label, text, attributes) of each entity, from the CoNLL-U itself."""
    out = []
    for sentence in read_conllu(path):
        spans = word_spans(sentence)
        text = sentence.text
        row = []
        for e in decode_entities(sentence.syntactic_words()):
            row.append((e.label, text[spans[e.start][0]:spans[e.end - 1][1]], e.attrs))
        out.append(row)
    return out


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed-site")
    result = build_site([ROOT / "corpus"], out)
    assert not result.failed
    return out


def test_seed_page_has_every_entity_with_label_and_value(seed_site: Path):
    page = Page((seed_site / "docs" / "laocai-antq.html").read_text(encoding="utf-8"))
    expected = expected_entities(SEED)
    assert len(page.sections) == len(expected) == 34
    total = 0
    for section, entities in zip(page.sections, expected):
        got = [(m["attrs"]["data-label"], "".join(m["text"]),
                {k[5:]: v for k, v in m["attrs"].items()
                 if k.startswith("data-") and k not in ("data-label", "data-tip")})
               for m in section["marks"]]
        assert got == entities
        for mark in section["marks"]:
            assert mark["attrs"]["class"] == f"ent ent-{mark['attrs']['data-label']}"
            assert mark["attrs"]["tabindex"] == "0"
        total += len(entities)
    assert total == 88
    legal = [m for s in page.sections for m in s["marks"] if m["attrs"]["data-label"] == "LEGAL"]
    assert legal[0]["attrs"]["data-tip"].startswith("LEGAL 09-CT/TW (Chỉ thị, 09, TW)")
    tips = [m["attrs"]["data-tip"] for s in page.sections for m in s["marks"]]
    assert "QUANTITY 1231883 lượt người · rule unit-lượt-người" in tips
    assert "MONEY đồng · rule cur-dong+approx-hang" in tips  # "hàng chục tỷ đồng": no value
    assert "DATE 2011-12-01 · rule date-numeric" in tips


def test_seed_page_text_and_trees_match_the_conllu(seed_site: Path):
    page = Page((seed_site / "docs" / "laocai-antq.html").read_text(encoding="utf-8"))
    for section, sentence in zip(page.sections, read_conllu(SEED)):
        assert section["attrs"]["data-sent-id"] == sentence.sent_id
        assert "".join(section["text"]) == sentence.text
        words = sentence.syntactic_words()
        assert section["tree"] == [[w.form, w.lemma, w.upos, int(w.head), w.deprel] for w in words]


def test_index_row_and_search_data(seed_site: Path):
    index = (seed_site / "index.html").read_text(encoding="utf-8")
    assert 'href="docs/laocai-antq.html"' in index
    sentences = list(read_conllu(SEED))
    words = sum(len(s.syntactic_words()) for s in sentences)
    row = re.search(r'<tr data-href="docs/laocai-antq.html">(.*?)</tr>', index, re.DOTALL).group(1)
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)]
    counts = {}
    for per_sentence in expected_entities(SEED):
        for label, _, _ in per_sentence:
            counts[label] = counts.get(label, 0) + 1
    assert cells[2:4] == ["34", str(words)]
    assert cells[4:10] == [str(counts.get(k, 0)) for k in
                           ("ORG", "LEGAL", "QUANTITY", "MONEY", "PERCENT", "DATE")]
    assert cells[10:] == ["0 errors, 0 warnings", "0 / 34"]
    search = (seed_site / "search.js").read_text(encoding="utf-8").splitlines()
    entry = json.loads(search[1].removeprefix("VICORPUS_SEARCH.push(").removesuffix(");"))
    assert entry[0] == "docs/laocai-antq.html"
    assert [text for _, text in entry[2]] == [s.text for s in sentences]
    assert all(oct(p.stat().st_mode)[-3:] == "644" for p in seed_site.rglob("*") if p.is_file())


def test_markup_in_the_corpus_is_escaped_everywhere(tmp_path: Path):
    build_site([HOSTILE], tmp_path)
    html = (tmp_path / "docs" / "hostile.html").read_text(encoding="utf-8")
    page = Page(html)
    assert "<script>window" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert set(page.tags) <= {"html", "head", "meta", "title", "link", "body", "header", "p", "a",
                              "code", "h1", "dl", "dt", "dd", "ul", "li", "span", "button", "q",
                              "main", "section", "div", "mark", "script", "aside", "footer", "hr"}
    assert [a.get("src") or a.get("class") for a, _ in page.scripts] == [
        "tree-data", "tree-data", "../assets/tree.js"]
    assert page.sections[0]["tree"][0][0] == "<script>window.pwned=1</script>"
    legal = page.sections[0]["marks"][1]["attrs"]
    assert legal["data-id"] == '"><img src=x onerror=window.pwned=2>'
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "<script>window" not in index and "&lt;b&gt;markup&lt;/b&gt;" in index


def test_tree_json_cannot_close_its_script_element():
    sentence = next(read_conllu(HOSTILE))
    sentence.words[0].form = "</script><script>x()</script>"
    raw = sentence_view(sentence, 1).tree_json()
    assert "<" not in raw and ">" not in raw
    assert json.loads(raw)[0][0] == "</script><script>x()</script>"


def test_problems_beside_their_sentence_and_counted(tmp_path: Path):
    build_site([HOSTILE], tmp_path)
    incidents = list(validate_paths([HOSTILE], Summary()))
    hostile = Page((tmp_path / "docs" / "hostile.html").read_text(encoding="utf-8"))
    second = Page((tmp_path / "docs" / "second.html").read_text(encoding="utf-8"))
    shown = [s["problems"] for s in hostile.sections + second.sections]
    assert sum(map(len, shown)) == len(incidents) == 5
    assert [p.split()[2] for p in shown[0]] == ["entity-legal-id"]
    assert [p.split()[2] for p in shown[1]] == ["unknown-upos"]
    assert shown[1][0].startswith("line 18 unknown-upos Unknown UPOS tag 'PRN'")
    assert [p.split()[2] for p in shown[2]] == ["missing-text", "vi-unknown-xpos", "vi-unknown-xpos"]
    assert "".join(second.sections[0]["text"]) == "Năm 2020 có 5 người."  # no # text: the forms
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "2 errors, 0 warnings" in index and "1 errors, 2 warnings" in index
    assert re.search(r'data-sort="1">1 / 2<', index)  # one of two sentences reviewed


def test_vtb_test_file_with_its_entity_layer(ud_dir: Path, tmp_path: Path):
    tagged = tmp_path / "vi_vtb-ud-test.conllu"
    with open(ud_dir / "vi_vtb-ud-test.conllu", encoding="utf-8", newline="") as source, \
            open(tagged, "w", encoding="utf-8", newline="") as out:
        tag_stream(source, out, str(tagged))
    result = build_site([tagged], tmp_path / "site")
    assert [d.href for d in result.documents] == ["docs/vi_vtb-ud-test.html"]
    page_path = tmp_path / "site" / "docs" / "vi_vtb-ud-test.html"
    assert page_path.stat().st_size < 3_000_000
    page = Page(page_path.read_text(encoding="utf-8"))
    assert len(page.sections) == 800
    sentences = list(read_conllu(tagged))
    assert ["".join(s["text"]) for s in page.sections] == [s.text for s in sentences]
    expected = sum(len(decode_entities(s.syntactic_words())) for s in sentences)
    assert sum(len(s["marks"]) for s in page.sections) == expected > 100


def test_cli_reports_an_unreadable_file_and_writes_the_others(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.conllu").write_bytes(SEED.read_bytes())
    (corpus / "b.conllu").write_text("# sent_id = x\n1\tTôi\ttôi\tPRON\n\n", encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["view", str(corpus), "-o", str(out)])
    assert result.exit_code == 1
    assert f"{corpus / 'b.conllu'}:2: expected 10 tab-separated columns, found 4" in result.output
    assert sorted(p.name for p in (out / "docs").iterdir()) == ["laocai-antq.html"]
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert "could not be read" in result.output


def test_cli_needs_an_output_or_open(tmp_path: Path):
    result = CliRunner().invoke(cli, ["view", str(SEED)])
    assert result.exit_code == 2 and "-o/--output" in result.output
    result = CliRunner().invoke(cli, ["view", str(tmp_path / "missing.conllu"), "-o", str(tmp_path)])
    assert result.exit_code == 2


def test_open_hands_the_document_page_to_the_browser(tmp_path: Path):
    seen = tmp_path / "url.txt"
    browser = f"{sys.executable} -c \"import sys; open({str(seen)!r}, 'w').write(sys.argv[1])\" %s"
    env = {**os.environ, "BROWSER": browser}
    code = "from annotate.cli import main; main()"
    done = subprocess.run([sys.executable, "-c", code, "view", str(SEED), "--open"],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    url = seen.read_text()
    assert url.startswith("file:///") and url.endswith("/docs/laocai-antq.html")
    assert Path(url.removeprefix("file://")).is_file()


def test_page_names_are_safe_and_unique():
    taken: set[str] = set()
    names = [_slug(i, taken) for i in ("Đà Nẵng/2024", "Da Nang 2024", "../../etc", "", "a" * 200)]
    assert names == ["Da_Nang_2024", "Da_Nang_2024-2", "etc", "doc", "a" * 80]

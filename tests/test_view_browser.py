"""`vicorpus view` as a person sees it: the site opened from file:// in a real headless Chromium
(Debian's `chromium`, driven by Playwright through `executable_path`; no browser download).

Checked on screen: every entity of the seed is a visible, coloured element with its label and
value (on hover and on keyboard focus); each tree has one arc per word but the root, its arcs
are the CoNLL-U's heads, and long trees scroll sideways with no words or labels overlapping;
search finds a word; sorting; a `<script>` in the corpus is shown, never run; no console
errors and no request leaves file://.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from annotate.conllu_io import read_conllu, word_spans
from annotate.entities.schema import decode_entities
from annotate.view import build_site
from annotate.view.sentence import entity_tip

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "laocai-antq.conllu"
HOSTILE = ROOT / "tests" / "data" / "view" / "hostile.conllu"


def _chromium() -> str | None:
    named = os.environ.get("VICORPUS_CHROMIUM")
    if named:
        return named
    return next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))),
                None)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine: apt-get install -y chromium (.ci/run does it)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, corpus)
    shutil.copy(HOSTILE, corpus)
    out = tmp_path_factory.mktemp("site")
    build_site([corpus], out)
    return out


class Visit:
    """A page with every console error, page error and request recorded."""

    def __init__(self, browser, url: str, width: int = 1280):
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(url)

    def close(self) -> None:
        self.page.close()
        assert self.errors == []
        assert self.requests and all(u.startswith("file://") for u in self.requests), self.requests


@pytest.fixture()
def visit(browser):
    opened: list[Visit] = []

    def open_page(url: str, width: int = 1280) -> Visit:
        opened.append(Visit(browser, url, width))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


def test_every_seed_entity_is_highlighted_with_label_and_value(site: Path, visit):
    page = visit((site / "docs" / "laocai-antq.html").as_uri()).page
    expected = []
    for sentence in read_conllu(SEED):
        spans = word_spans(sentence)
        for e in decode_entities(sentence.syntactic_words()):
            text = sentence.text[spans[e.start][0]:spans[e.end - 1][1]]
            expected.append([e.label, text, e.attrs.get("value"), e.attrs.get("id"), entity_tip(e)])
    shown = page.eval_on_selector_all("mark.ent", """marks => marks.map(m => {
        const box = m.getBoundingClientRect(), style = getComputedStyle(m);
        return {label: m.dataset.label, text: m.firstChild.textContent, value: m.dataset.value || null,
                id: m.dataset.id || null, badge: getComputedStyle(m, '::after').content,
                background: style.backgroundColor, border: style.borderBottomColor,
                visible: box.width > 0 && box.height > 0 && style.visibility === 'visible'};
    })""")
    assert len(shown) == len(expected) == 88
    assert [[s["label"], s["text"], s["value"], s["id"]] for s in shown] == [e[:4] for e in expected]
    assert all(s["visible"] and s["badge"] == f'"{s["label"]}"' for s in shown)
    colours = {s["label"]: (s["background"], s["border"]) for s in shown}
    assert len(set(colours.values())) == len(colours) == 5  # the seed has no PERCENT
    assert all(bg != "rgba(0, 0, 0, 0)" for bg, _ in colours.values())
    marks = page.locator("mark.ent")
    tip = "getComputedStyle(document.activeElement, '::before').content"
    page.focus("body")
    for _ in range(30):  # keyboard: Tab from the top reaches the first entity past the links and buttons
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('mark.ent')"):
            break
    assert page.evaluate("document.activeElement === document.querySelector('mark.ent')")
    assert page.evaluate(tip) == f'"{expected[0][4]}"'
    page.keyboard.press("Tab")
    assert page.evaluate(tip) == f'"{expected[1][4]}"'
    legal = [i for i, e in enumerate(expected) if e[0] == "LEGAL"][1]
    marks.nth(legal).hover()
    hovered = marks.nth(legal).evaluate("m => getComputedStyle(m, '::before').content")
    assert hovered == f'"{expected[legal][4]}"' and expected[legal][3] in hovered


def test_each_tree_has_one_arc_per_word_but_the_root(site: Path, visit):
    page = visit((site / "docs" / "laocai-antq.html").as_uri()).page
    assert page.locator(".tree svg").count() == 0  # trees are drawn on demand
    page.locator("#s1 .tree-toggle").click()
    assert page.locator(".tree svg").count() == 1 and page.locator("#s1 .tree").is_visible()
    page.click("#all-trees")
    trees = page.eval_on_selector_all(".sent", """sections => sections.map(s => ({
        arcs: Array.from(s.querySelectorAll('path.arc')).map(a => [+a.dataset.dep, +a.dataset.head]),
        labels: Array.from(s.querySelectorAll('g.dep text.deprel')).map(t => t.textContent),
        forms: Array.from(s.querySelectorAll('text.form')).map(t => t.textContent),
        upos: Array.from(s.querySelectorAll('text.upos')).map(t => t.textContent),
        lemmas: Array.from(s.querySelectorAll('text.lemma')).map(t => t.textContent),
        roots: s.querySelectorAll('line.root').length}))""")
    sentences = list(read_conllu(SEED))
    assert len(trees) == len(sentences)
    for tree, sentence in zip(trees, sentences):
        words = sentence.syntactic_words()
        heads = sorted([int(w.id), int(w.head)] for w in words if w.head != "0")
        assert len(tree["arcs"]) == len(words) - 1 and sorted(tree["arcs"]) == heads
        assert sorted(tree["labels"]) == sorted(w.deprel for w in words if w.head != "0")
        assert tree["forms"] == [w.form for w in words] and tree["roots"] == 1
        assert tree["upos"] == [w.upos for w in words] and tree["lemmas"] == [w.lemma for w in words]


OVERLAPS = """section => {
    const cross = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width &&
                            a.y < b.y + b.height && b.y < a.y + a.height;
    const words = Array.from(section.querySelectorAll('text.form')).map(t => t.getBBox());
    const arcs = Array.from(section.querySelectorAll('g.dep')).map(g => {
        const path = g.querySelector('path.arc'), n = path.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
        const ends = [+path.dataset.dep, +path.dataset.head].sort((a, b) => a - b);
        return {lo: ends[0], hi: ends[1], legs: [n[0], n[8]], top: n[4], bottom: n[1],
                label: g.querySelector('text.deprel').getBBox()};
    });
    const labels = arcs.map(a => a.label).concat(
        Array.from(section.querySelectorAll('g.word text.deprel')).map(t => t.getBBox()));
    const nonProjective = (a, b) => (a.lo < b.lo && b.lo < a.hi && a.hi < b.hi) ||
                                    (b.lo < a.lo && a.lo < b.hi && b.hi < a.hi);
    let bad = 0;
    for (let i = 1; i < words.length; i++) bad += cross(words[i - 1], words[i]);
    for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) bad += cross(labels[i], labels[j]);
    for (const a of arcs)  // a leg through a label, unless the two arcs cross anyway
        for (const b of arcs)
            if (!nonProjective(a, b))
                for (const x of b.legs)
                    bad += a.label.x < x && x < a.label.x + a.label.width &&
                           b.top < a.label.y + a.label.height && a.label.y < b.bottom;
    const box = section.querySelector('.tree');
    return {bad, words: words.length, scroll: box.scrollWidth, shown: box.clientWidth};
}"""


def test_long_trees_scroll_sideways_and_nothing_overlaps(site: Path, visit):
    """Words, labels and legs: no two words or labels overlap, no leg runs through a label."""
    page = visit((site / "docs" / "laocai-antq.html").as_uri()).page
    page.click("#all-trees")
    checked = [page.locator(".sent").nth(i).evaluate(OVERLAPS) for i in range(page.locator(".sent").count())]
    assert all(c["bad"] == 0 for c in checked), [c for c in checked if c["bad"]]
    longest = max(checked, key=lambda c: c["words"])
    assert longest["words"] == 134 and longest["scroll"] > 3 * longest["shown"]
    assert sum(c["words"] >= 60 for c in checked) >= 5


def test_search_finds_a_word_and_links_to_its_sentence(site: Path, visit):
    page = visit((site / "index.html").as_uri()).page
    texts = [s.text for s in read_conllu(SEED)]
    expected = [f"docs/laocai-antq.html#s{i + 1}" for i, t in enumerate(texts) if "lào cai" in t.lower()]
    page.fill("#q", "lào Cai")
    page.wait_for_function("() => document.getElementById('hits').textContent !== ''")
    assert page.text_content("#hits") == f"{len(expected)} sentences in 1 document"
    links = page.eval_on_selector_all("#results a", "as => as.map(a => a.getAttribute('href'))")
    assert links == expected and len(expected) == 4
    assert page.eval_on_selector_all("#results mark", "ms => ms.map(m => m.textContent)") == \
        ["Lào Cai"] * len(expected)
    visible = page.eval_on_selector_all("#docs tbody tr", "rs => rs.filter(r => !r.hidden).length")
    assert visible == 1
    page.locator("#results a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(expected[0])
    assert page.locator(f"#{expected[0].split('#')[1]} .tree svg").is_visible()  # opened on arrival


def test_index_sorts_by_a_column(site: Path, visit):
    page = visit((site / "index.html").as_uri()).page
    order = "Array.from(document.querySelectorAll('#docs tbody tr')).map(r => r.dataset.href)"
    page.get_by_role("button", name="Words").click()
    assert page.evaluate(order) == ["docs/second.html", "docs/hostile.html", "docs/laocai-antq.html"]
    page.get_by_role("button", name="Words").click()
    assert page.evaluate(order) == ["docs/laocai-antq.html", "docs/hostile.html", "docs/second.html"]
    page.get_by_role("button", name="Problems").click()
    assert page.evaluate(order)[0] == "docs/laocai-antq.html"


def test_a_script_in_the_text_is_shown_not_run(site: Path, visit):
    page = visit((site / "docs" / "hostile.html").as_uri()).page
    page.click("#all-trees")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert page.locator("h1").inner_text() == '<script>window.pwned = 1</script> & "quotes"'
    assert page.locator("#s1 .text").inner_text().startswith("<script>window.pwned=1</script> Bộ Công an")
    assert page.locator("#s1 text.form").first.text_content() == "<script>window.pwned=1</script>"
    legal = page.locator("#s1 mark.ent-LEGAL")
    assert legal.get_attribute("data-id") == '"><img src=x onerror=window.pwned=2>'
    assert "unknown-upos" in page.locator("#s2 aside").inner_text()
    index = visit((site / "index.html").as_uri()).page
    index.fill("#q", "<script>")
    index.wait_for_function("() => document.getElementById('hits').textContent !== ''")
    assert index.locator("#results li").first.inner_text().startswith(
        '<script>window.pwned = 1</script> & "quotes": <script>window.pwned=1</script>')
    assert index.evaluate("typeof window.pwned") == "undefined"

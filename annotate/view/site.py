"""Corpus in, static site out: an index page, one page per document, the search data, assets.

Files are read in the order annotate.dataset.corpus gives them, one document at a time; each
page is written to a temporary file and renamed into place when complete, so an interrupted or
failed build never leaves a half-written page. The index and the search data are written last.
A file that cannot be read as CoNLL-U is reported (`SiteResult.failed`) and left out; the
other files are still written.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined

from annotate import __version__
from annotate.atomic import atomic_write
from annotate.conllu_io import Sentence
from annotate.dataset.corpus import corpus_files, read_file
from annotate.entities.schema import LABELS
from annotate.errors import ConlluError, InputError, VicorpusError
from annotate.validate.incidents import ERROR, Incident
from annotate.view.problems import Problems
from annotate.view.sentence import SentenceView, sentence_view

ASSETS = ("view.css", "tree.js", "index.js")
PAGE_MODE = 0o644
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class DocumentView:
    """One document page: metadata, sentences and the counts its index row shows."""

    doc_id: str
    file: str
    meta: list[tuple[str, str]]
    href: str = ""
    sentences: list[SentenceView] = field(default_factory=list)
    problems: list[Incident] = field(default_factory=list)

    @property
    def title(self) -> str:
        return dict(self.meta).get("title") or self.doc_id

    @property
    def source(self) -> str:
        return dict(self.meta).get("source", "")

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sentences)

    @property
    def reviewed(self) -> int:
        return sum(s.reviewed is not None for s in self.sentences)

    def entity_counts(self) -> dict[str, int]:
        counts = Counter(e.label for s in self.sentences for e in s.entities)
        return {label: counts.get(label, 0) for label in (*LABELS, *sorted(set(counts) - set(LABELS)))}

    def all_problems(self) -> list[Incident]:
        return self.problems + [p for s in self.sentences for p in s.problems]

    def problem_counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        found = self.all_problems()
        errors = sum(p.severity == ERROR for p in found)
        return errors, len(found) - errors


@dataclass
class SiteResult:
    """What a build wrote."""

    out: Path
    documents: list[DocumentView] = field(default_factory=list)
    failed: list[VicorpusError] = field(default_factory=list)

    @property
    def index(self) -> Path:
        return self.out / "index.html"

    def line(self) -> str:
        sentences = sum(len(d.sentences) for d in self.documents)
        failed = f"; {len(self.failed)} files could not be read" if self.failed else ""
        return f"{self.index}: {len(self.documents)} documents, {sentences} sentences{failed}"


def build_site(inputs: list[Path], out: Path,
               progress: Callable[[int], None] | None = None) -> SiteResult:
    """Write the site for the CoNLL-U files and folders `inputs` into the folder `out`.

    `progress` is called with the number of sentences of each document written. Raises
    DatasetError when an input is missing or holds no .conllu file; a file that cannot be read
    as CoNLL-U goes to `SiteResult.failed`.
    """
    files = corpus_files(inputs)
    problems = Problems(path for path, _ in files)
    env = _environment()
    page = env.get_template("document.html")
    result = SiteResult(out)
    taken: set[str] = set()
    (out / "docs").mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        asset = resources.files("annotate.view").joinpath("assets", name).read_text("utf-8")
        _write(out / "assets" / name, [asset])
    with atomic_write(out / "search.js") as search:
        search.write("var VICORPUS_SEARCH = [];\n")
        for path, name in files:
            try:
                for doc in _documents(path, name, problems):
                    doc.href = "docs/" + _slug(doc.doc_id, taken) + ".html"
                    _write(out / doc.href, page.generate(doc=doc, labels=LABELS, version=__version__))
                    _write_search(search, doc)
                    result.documents.append(doc)
                    if progress:
                        progress(len(doc.sentences))
            except ConlluError as error:
                result.failed.append(error)
            except UnicodeDecodeError as error:
                result.failed.append(InputError(f"not UTF-8 ({error.reason})", path))
    (out / "search.js").chmod(PAGE_MODE)
    _write(out / "index.html", env.get_template("index.html").generate(
        docs=result.documents, labels=LABELS, failed=result.failed, version=__version__,
        summary=problems.summary))
    return result


def _write(path: Path, chunks: Iterable[str]) -> None:
    """Write a file whole or not at all, readable by all like any web page."""
    with atomic_write(path) as handle:
        for chunk in chunks:
            handle.write(chunk)
    path.chmod(PAGE_MODE)


def _environment() -> Environment:
    return Environment(loader=PackageLoader("annotate.view", "templates"), autoescape=True,
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _documents(path: Path, name: str, problems: Problems) -> Iterator[DocumentView]:
    doc: DocumentView | None = None
    for sentence, origin in read_file(path, name):
        if doc is None or origin.doc_id != doc.doc_id or _starts_document(sentence):
            if doc is not None:
                yield doc
            doc = DocumentView(origin.doc_id, name, origin.doc_meta)
            doc.problems = problems.before(path, sentence.line or 0)
        view = sentence_view(sentence, len(doc.sentences) + 1)
        view.problems = problems.of_sentence(path, sentence)
        doc.sentences.append(view)
    if doc is not None:
        doc.problems += problems.rest(path)
        yield doc


def _starts_document(sentence: Sentence) -> bool:
    return any(c[1:].strip().startswith("newdoc") for c in sentence.comments)


def _slug(doc_id: str, taken: set[str]) -> str:
    """A file name for the document: its id in safe ASCII (Vietnamese letters lose their
    marks: "Đà Nẵng" -> "Da_Nang"), made unique within the site."""
    plain = unicodedata.normalize("NFKD", doc_id.replace("đ", "d").replace("Đ", "D"))
    base = _UNSAFE.sub("_", "".join(c for c in plain if not unicodedata.combining(c)))
    base = base.strip("._")[:80] or "doc"
    slug, n = base, 1
    while slug.lower() in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug.lower())
    return slug


def _write_search(handle: TextIO, doc: DocumentView) -> None:
    texts = [[s.anchor, "".join(p.text for p in s.pieces)] for s in doc.sentences]
    entry = [doc.href, doc.title, texts]
    handle.write("VICORPUS_SEARCH.push(" + json.dumps(entry, ensure_ascii=False) + ");\n")

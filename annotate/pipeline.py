"""Documents -> parsed CoNLL-U sentences -> entities -> files, streamed paragraph by paragraph.

`annotate_documents` is the Python API behind `vicorpus annotate`; the writers below turn its
stream into one CoNLL-U file per document or one JSONL file of entities; `annotate_text` does
one text in memory.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from annotate.atomic import atomic_write
from annotate.conllu_io import Sentence
from annotate.documents import Document, make_document
from annotate.errors import InputError
from annotate.parse import Parser, make_sentence, resolve_models

if TYPE_CHECKING:
    from conllu import TokenList

_SPACES = re.compile(r"\s+")
# the order of document metadata comments; other keys follow alphabetically
META_ORDER = ("title", "author", "date", "views", "source", "url", "license")


@dataclass
class ParsedParagraph:
    """One body paragraph of a document, parsed: its sentences, in order."""

    document: Document
    index: int
    sentences: list[Sentence]

    @property
    def is_last(self) -> bool:
        return self.index == len(self.document.paragraphs) - 1


@dataclass
class Summary:
    """What a run did: counts, failures and time."""

    documents: int = 0
    sentences: int = 0
    words: int = 0
    entities: Counter = field(default_factory=Counter)
    failures: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        ents = sum(self.entities.values())
        text = (f"{self.documents} documents, {self.sentences} sentences, {self.words} words, "
                f"{ents} entities in {self.seconds:.1f} s")
        if self.failures:
            text += f"; {len(self.failures)} failed"
        return text


def document_comments(document: Document) -> list[str]:
    """`# newdoc id` and one `# key = value` line per metadata item."""
    keys = [k for k in META_ORDER if k in document.metadata]
    keys += sorted(k for k in document.metadata if k not in META_ORDER)
    lines = [f"# newdoc id = {document.id}"]
    for key in keys:
        value = _SPACES.sub(" ", document.metadata[key]).strip()
        if value:
            lines.append(f"# {_SPACES.sub('_', key)} = {value}")
    return lines


def annotate_documents(
    documents: Iterable[Document],
    parser: Parser,
    entities: bool = True,
) -> Iterator[ParsedParagraph]:
    """Parse every body paragraph of every document (batched across documents) and, unless
    `entities` is false, add the entity layer; yields paragraphs in document order."""
    tagger = _entity_tagger() if entities else None
    pending: deque[tuple[Document, int]] = deque()
    sentence_numbers: Counter = Counter()

    def paragraphs() -> Iterator[tuple[str, int]]:
        for document in documents:
            for index, (start, end) in enumerate(document.paragraphs):
                pending.append((document, index))
                yield document.source[start:end], start

    for parsed in parser.parse(paragraphs()):
        document, index = pending.popleft()
        sentences = []
        for number, words in enumerate(parsed):
            comments = document_comments(document) if index == 0 and number == 0 else []
            if number == 0:
                comments.append(f"# newpar id = {document.id}-p{index + 1}")
            sentence_numbers[document.id] += 1
            comments.append(f"# sent_id = {document.id}-s{sentence_numbers[document.id]}")
            sentence = make_sentence(words, document.source, comments)
            if tagger is not None:
                tagger(sentence)
            sentences.append(sentence)
        if index == len(document.paragraphs) - 1:
            del sentence_numbers[document.id]
        yield ParsedParagraph(document, index, sentences)


def annotate_text(text: str, parser: Parser | None = None, doc_id: str = "text",
                  entities: bool = True, tokenlists: bool = False) -> str | list[TokenList]:
    """One document's text as CoNLL-U (parsed, with entities unless `entities` is false), or,
    with `tokenlists`, as one `conllu.TokenList` per sentence; the parser defaults to the
    default model set (`resolve_models()`)."""
    if parser is None:
        parser = Parser(resolve_models())
    document = make_document(doc_id, text, "<text>")
    sentences = [sentence for paragraph in annotate_documents([document], parser, entities)
                 for sentence in paragraph.sentences]
    if tokenlists:
        from annotate.tokenlists import to_tokenlists
        return list(to_tokenlists(sentences))
    return "".join(sentence.to_conllu() for sentence in sentences)


def _entity_tagger() -> Callable[[Sentence], None]:
    from annotate.entities import tag_sentence
    from annotate.entities.schema import encode_entities

    def tag(sentence: Sentence) -> None:
        encode_entities(sentence.syntactic_words(), tag_sentence(sentence))

    return tag


def _count(summary: Summary, paragraph: ParsedParagraph) -> None:
    from annotate.entities.schema import decode_entities

    for sentence in paragraph.sentences:
        words = sentence.syntactic_words()
        summary.sentences += 1
        summary.words += len(words)
        summary.entities.update(e.label for e in decode_entities(words))
    if paragraph.is_last:
        summary.documents += 1


def write_conllu_files(paragraphs: Iterable[ParsedParagraph], out_dir: Path,
                       summary: Summary, progress: Callable[[int], None] | None = None) -> None:
    """Write one `<doc_id>.conllu` per document into `out_dir`, each renamed into place only
    when complete."""
    writer: Any = None
    handle: IO | None = None
    try:
        for paragraph in paragraphs:
            if paragraph.index == 0:
                writer = atomic_write(out_dir / f"{paragraph.document.id}.conllu")
                handle = writer.__enter__()
            for sentence in paragraph.sentences:
                handle.write(sentence.to_conllu())  # type: ignore[union-attr]
            _count(summary, paragraph)
            if progress:
                progress(len(paragraph.sentences))
            if paragraph.is_last:
                writer.__exit__(None, None, None)
                writer = handle = None
    except BaseException as error:
        if writer is not None:
            writer.__exit__(type(error), error, error.__traceback__)
        raise


def document_entities(document: Document, sentences: Iterable[Sentence]) -> list[dict]:
    """The entities of a parsed document as JSON objects with offsets into the text as it was
    read (before NFC normalisation)."""
    from annotate.entities import entity_json
    from annotate.entities.schema import decode_entities

    original = document.original_text()
    result = []
    for sentence in sentences:
        words = sentence.syntactic_words()
        spans = [_token_range(w.misc) for w in words]
        for entity in decode_entities(words):
            item = entity_json(entity, spans, document.source)
            item["start"] = document.original_offset(item["start"])
            item["end"] = document.original_offset(item["end"])
            item["text"] = original[item["start"]:item["end"]]
            result.append(item)
    return result


def _token_range(misc: str) -> tuple[int, int]:
    for item in misc.split("|"):
        if item.startswith("TokenRange="):
            start, _, end = item[len("TokenRange="):].partition(":")
            return int(start), int(end)
    raise ValueError(f"word without TokenRange: {misc}")


def write_jsonl(paragraphs: Iterable[ParsedParagraph], out_path: Path, summary: Summary,
                progress: Callable[[int], None] | None = None) -> None:
    """Write one JSON line per document: its input id, its text and its entities."""
    with atomic_write(out_path) as handle:
        sentences: list[Sentence] = []
        for paragraph in paragraphs:
            sentences.extend(paragraph.sentences)
            _count(summary, paragraph)
            if progress:
                progress(len(paragraph.sentences))
            if paragraph.is_last:
                document = paragraph.document
                record = {
                    "id": document.input_id if document.input_id is not None else document.id,
                    "text": document.original_text(),
                    "entities": document_entities(document, sentences),
                }
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                sentences = []


def run(documents: Iterable[Document | InputError], parser: Parser, out: Path, fmt: str = "conllu",
        entities: bool = True, progress: Callable[[int], None] | None = None,
        on_error: Callable[[InputError], None] | None = None) -> Summary:
    """Annotate documents into `out` (a folder for CoNLL-U, a file for JSONL); bad documents are
    recorded in the summary (and passed to `on_error`) while the good ones are written."""
    summary = Summary()
    started = time.perf_counter()

    def good() -> Iterator[Document]:
        for item in documents:
            if isinstance(item, InputError):
                summary.failures.append(item)
                if on_error:
                    on_error(item)
            else:
                yield item

    stream = annotate_documents(good(), parser, entities=entities or fmt == "jsonl")
    if fmt == "jsonl":
        write_jsonl(stream, out, summary, progress)
    else:
        write_conllu_files(stream, out, summary, progress)
    summary.seconds = time.perf_counter() - started
    return summary

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
from annotate.conllu_io import Sentence, Word
from annotate.documents import Document, make_document
from annotate.errors import InputError, VicorpusError
from annotate.parse import Parser, batched, make_sentence, resolve_models

if TYPE_CHECKING:
    from conllu import TokenList

_SPACES = re.compile(r"\s+")
# the order of document metadata comments; other keys follow alphabetically
META_ORDER = ("title", "author", "date", "views", "source", "url", "license")


# one parsed batch: for each paragraph, its sentences as lists of words
ParsedBatch = list[list[list[Word]]]
# parses batches of (text, offset) paragraphs in order; None in means "skip this batch" (all its
# documents are already written) and gives None out; an error value fails the batch's documents
BatchRunner = Callable[[Iterable[list[tuple[str, int]] | None]],
                       Iterator[ParsedBatch | VicorpusError | None]]


@dataclass
class ParsedParagraph:
    """One body paragraph of a document, parsed: its sentences, in order. `skipped`: the
    document was already written by an earlier run; `error`: its batch could not be parsed."""

    document: Document
    index: int
    sentences: list[Sentence]
    skipped: bool = False
    error: VicorpusError | None = None

    @property
    def is_last(self) -> bool:
        return self.index == len(self.document.paragraphs) - 1


@dataclass
class Summary:
    """What a run did: counts, failures and time."""

    documents: int = 0
    sentences: int = 0
    words: int = 0
    skipped: int = 0
    entities: Counter = field(default_factory=Counter)
    failures: list[VicorpusError] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        ents = sum(self.entities.values())
        text = (f"{self.documents} documents, {self.sentences} sentences, {self.words} words, "
                f"{ents} entities in {self.seconds:.1f} s")
        if self.skipped:
            text += f"; {self.skipped} skipped (already written)"
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


def local_runner(parser: Parser) -> BatchRunner:
    """Parse the batches one after another in this process."""
    def run_batches(batches: Iterable[list[tuple[str, int]] | None]
                    ) -> Iterator[ParsedBatch | VicorpusError | None]:
        for batch in batches:
            yield None if batch is None else parser.parse_batch(batch)

    return run_batches


def annotate_documents(
    documents: Iterable[Document],
    parser: Parser,
    entities: bool = True,
    skip: Callable[[Document], bool] | None = None,
    runner: BatchRunner | None = None,
) -> Iterator[ParsedParagraph]:
    """Parse every body paragraph of every document (in batches of `parser.batch_size`
    paragraphs across documents) and, unless `entities` is false, add the entity layer; yields
    paragraphs in document order. Documents for which `skip` is true still take their place in
    the batches (so the others are parsed exactly as in a run without skips) but are parsed only
    when they share a batch with a document that is not skipped. `runner` parses the batches
    (default: here, one after another; `annotate.scale` hands them to worker processes)."""
    tagger = _entity_tagger() if entities else None
    pending: deque[list[tuple[Document, int, bool]]] = deque()
    sentence_numbers: Counter = Counter()

    def units() -> Iterator[tuple[Document, int, bool]]:
        for document in documents:
            skipped = skip is not None and skip(document)
            for index in range(len(document.paragraphs)):
                yield document, index, skipped

    def batches() -> Iterator[list[tuple[str, int]] | None]:
        for batch in batched(units(), parser.batch_size):
            pending.append(batch)
            if all(skipped for _, _, skipped in batch):
                yield None
            else:
                yield [(d.source[slice(*d.paragraphs[i])], d.paragraphs[i][0]) for d, i, _ in batch]

    failed: dict[str, VicorpusError] = {}
    for result in (runner or local_runner(parser))(batches()):
        for k, (document, index, skipped) in enumerate(pending.popleft()):
            if skipped:
                yield ParsedParagraph(document, index, [], skipped=True)
                continue
            if isinstance(result, VicorpusError) and document.id not in failed:
                failed[document.id] = InputError(result.message, document.origin)
            if document.id in failed:
                error = failed.pop(document.id) if index == len(document.paragraphs) - 1 \
                    else failed[document.id]
                sentence_numbers.pop(document.id, None)
                yield ParsedParagraph(document, index, [], error=error)
                continue
            sentences = []
            for number, words in enumerate(result[k]):  # type: ignore[index]
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


def _count(summary: Summary, paragraph: ParsedParagraph,
           progress: Callable[[ParsedParagraph], None] | None) -> bool:
    """Count a paragraph into the summary; True when it ends a parsed document (a skipped or
    failed document's last paragraph counts as skipped or failed instead)."""
    from annotate.entities.schema import decode_entities

    if paragraph.skipped or paragraph.error is not None:
        if paragraph.is_last:
            if paragraph.skipped:
                summary.skipped += 1
            else:
                summary.failures.append(paragraph.error)  # type: ignore[arg-type]
        if progress:
            progress(paragraph)
        return False
    for sentence in paragraph.sentences:
        words = sentence.syntactic_words()
        summary.sentences += 1
        summary.words += len(words)
        summary.entities.update(e.label for e in decode_entities(words))
    if paragraph.is_last:
        summary.documents += 1
    if progress:
        progress(paragraph)
    return paragraph.is_last


def output_name(number: int, document: Document, shard_size: int | None = None) -> str:
    """The file the `number`-th document (from 0) is written to: `<doc_id>.conllu`, or
    `shard-00000.conllu` ... with `shard_size` documents each."""
    if shard_size:
        return f"shard-{number // shard_size:05d}.conllu"
    return f"{document.id}.conllu"


def write_conllu_files(paragraphs: Iterable[ParsedParagraph], out_dir: Path, summary: Summary,
                       progress: Callable[[ParsedParagraph], None] | None = None,
                       shard_size: int | None = None,
                       on_written: Callable[[str, list[Document]], None] | None = None) -> None:
    """Write one `<doc_id>.conllu` per document into `out_dir` (or shards of `shard_size`
    documents), each renamed into place only when complete; a document is written only once
    all its paragraphs are parsed. `on_written(name, documents)` follows each file whose
    documents were all written (none skipped or failed)."""
    writer: Any = None
    handle: IO | None = None
    name = ""
    members: list[Document] = []
    complete = True
    number = 0
    text: list[str] = []

    def close() -> None:
        nonlocal writer, handle
        if writer is not None:
            writer.__exit__(None, None, None)
            writer = handle = None
            if complete and on_written is not None:
                on_written(name, members)

    try:
        for paragraph in paragraphs:
            document = paragraph.document
            if paragraph.index == 0:
                unit = output_name(number, document, shard_size)
                number += 1
                if unit != name:
                    close()
                    name, members, complete = unit, [], True
                members.append(document)
            text.extend(sentence.to_conllu() for sentence in paragraph.sentences)
            if paragraph.error is not None:
                complete = False
            if not _count(summary, paragraph, progress):
                if paragraph.is_last:
                    text = []
                continue
            if writer is None:
                writer = atomic_write(out_dir / name)
                handle = writer.__enter__()
            handle.write("".join(text))  # type: ignore[union-attr]
            text = []
        close()
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
        upos = [w.upos for w in words]
        for entity in decode_entities(words):
            item = entity_json(entity, spans, document.source, upos=upos)
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
                progress: Callable[[ParsedParagraph], None] | None = None,
                write_line: Callable[[Document, str], None] | None = None) -> None:
    """Write one JSON line per document: its input id, its text and its entities; into
    `out_path` renamed into place when complete, or, given `write_line(document, line)`,
    there (`annotate.scale.JsonlResume` for resumable runs)."""
    if write_line is not None:
        _jsonl_lines(paragraphs, summary, progress, write_line)
        return
    with atomic_write(out_path) as handle:
        _jsonl_lines(paragraphs, summary, progress, lambda _, line: handle.write(line))


def _jsonl_lines(paragraphs: Iterable[ParsedParagraph], summary: Summary,
                 progress: Callable[[ParsedParagraph], None] | None,
                 write_line: Callable[[Document, str], Any]) -> None:
    sentences: list[Sentence] = []
    for paragraph in paragraphs:
        sentences.extend(paragraph.sentences)
        if not _count(summary, paragraph, progress):
            if paragraph.is_last:
                sentences = []
            continue
        document = paragraph.document
        record = {
            "id": document.input_id if document.input_id is not None else document.id,
            "text": document.original_text(),
            "entities": document_entities(document, sentences),
        }
        write_line(document, json.dumps(record, ensure_ascii=False) + "\n")
        sentences = []


def run(documents: Iterable[Document | InputError], parser: Parser, out: Path, fmt: str = "conllu",
        entities: bool = True, progress: Callable[[ParsedParagraph], None] | None = None,
        on_error: Callable[[VicorpusError], None] | None = None, shard_size: int | None = None,
        skip: Callable[[Document], bool] | None = None, runner: BatchRunner | None = None,
        on_written: Callable[[str, list[Document]], None] | None = None,
        jsonl_writer: Callable[[Document, str], None] | None = None) -> Summary:
    """Annotate documents into `out` (a folder for CoNLL-U, a file for JSONL); bad documents are
    recorded in the summary (and passed to `on_error`) while the good ones are written.
    `shard_size`, `skip`, `runner`, `on_written` and `jsonl_writer`: see `write_conllu_files`,
    `write_jsonl` and `annotate_documents` (`annotate.scale` drives them for parallel and
    resumed runs)."""
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

    def track(paragraph: ParsedParagraph) -> None:
        if paragraph.error is not None and paragraph.is_last and on_error:
            on_error(paragraph.error)  # type: ignore[arg-type]
        if progress:
            progress(paragraph)

    stream = annotate_documents(good(), parser, entities=entities or fmt == "jsonl", skip=skip,
                                runner=runner)
    if fmt == "jsonl":
        write_jsonl(stream, out, summary, track, jsonl_writer)
    else:
        write_conllu_files(stream, out, summary, track, shard_size, on_written)
    summary.seconds = time.perf_counter() - started
    return summary

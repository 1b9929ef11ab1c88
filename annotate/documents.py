"""Input documents: read text files, folders, JSONL and stdin into NFC-normalised documents.

A document keeps its whole source text (NFC) and the character spans of its body paragraphs in
it, so every later offset points into the source. Page chrome (title, view counter, author line,
site furniture) is separated from the body by the rules in `data/page_chrome.json`.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO

from annotate.errors import InputError

TEXT_SUFFIXES = (".txt", ".txt.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_ID_UNSAFE = re.compile(r"[^\w.-]+")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s")
# longest paragraph handed to the parser at once, in characters (longer ones are cut)
MAX_PARAGRAPH = 20_000


@dataclass
class Document:
    """One document: its id, NFC source text, body paragraph spans and metadata."""

    id: str
    source: str
    paragraphs: list[tuple[int, int]]
    metadata: dict[str, str] = field(default_factory=dict)
    origin: str = ""
    to_original: list[int] | None = None
    original: str | None = None
    input_id: object = None

    def original_text(self) -> str:
        """The text as it was read (before NFC normalisation)."""
        return self.original if self.original is not None else self.source

    def paragraph_texts(self) -> list[str]:
        return [self.source[start:end] for start, end in self.paragraphs]

    def original_offset(self, offset: int) -> int:
        """Map an offset into the NFC source back to the text as it was read."""
        if self.to_original is None:
            return offset
        return self.to_original[offset]


def normalize(text: str) -> tuple[str, list[int] | None]:
    """NFC-normalise `text`; return it with a map from each output offset (and the end) to the
    input offset, or None when the text was already NFC."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    mapping: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or unicodedata.combining(text[i]) == 0:
            chunk = unicodedata.normalize("NFC", text[start:i])
            out.append(chunk)
            mapping.extend([start] * len(chunk))
            start = i
    mapping.append(len(text))
    result = "".join(out)
    if result != unicodedata.normalize("NFC", text):  # composition across our chunk boundaries
        result = unicodedata.normalize("NFC", text)
        mapping = [round(i * len(text) / max(len(result), 1)) for i in range(len(result) + 1)]
    return result, mapping


@dataclass(frozen=True)
class _Rule:
    id: str
    pattern: re.Pattern[str]
    key: str | None


@dataclass(frozen=True)
class ChromeRules:
    """The page-chrome rules, loaded from data."""

    header: tuple[_Rule, ...]
    header_window: int
    title_requires_header: bool
    title_max_length: int
    footer: tuple[_Rule, ...]


@cache
def chrome_rules() -> ChromeRules:
    """Load and validate `data/page_chrome.json`."""
    raw = json.loads(resources.files("annotate").joinpath("data/page_chrome.json").read_text("utf-8"))

    def rules(items: list[dict]) -> tuple[_Rule, ...]:
        return tuple(_Rule(r["id"], re.compile(r["pattern"]), r.get("key")) for r in items)

    return ChromeRules(
        header=rules(raw["header"]),
        header_window=int(raw["header_window"]),
        title_requires_header=bool(raw["title"]["requires_header"]),
        title_max_length=int(raw["title"]["max_length"]),
        footer=rules(raw["footer"]),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line, without its line break."""
    spans = []
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _match(rules: Iterable[_Rule], line: str) -> tuple[_Rule, re.Match[str]] | None:
    for rule in rules:
        match = rule.pattern.match(line)
        if match:
            return rule, match
    return None


def split_chrome(source: str) -> tuple[list[tuple[int, int]], dict[str, str]]:
    """Body paragraph spans of `source` and the metadata found in its chrome."""
    rules = chrome_rules()
    lines = _lines(source)
    metadata: dict[str, str] = {}
    nonblank = [i for i, (s, e) in enumerate(lines) if source[s:e].strip()]
    if not nonblank:
        return [], metadata
    skip: set[int] = set()
    # header: metadata lines among the first few non-blank lines; the title precedes them
    for position, index in enumerate(nonblank[: rules.header_window]):
        found = _match(rules.header, source[slice(*lines[index])])
        if found is not None:
            rule, match = found
            if rule.key:
                metadata[rule.key] = match.group("value")
            skip.add(index)
            if position == 1 or not rules.title_requires_header:
                title_index = nonblank[0]
                title = source[slice(*lines[title_index])].strip()
                if len(title) <= rules.title_max_length and "title" not in metadata:
                    metadata["title"] = title
                    skip.add(title_index)
    # footer: from the first footer line to the end
    end = len(lines)
    for index in nonblank:
        if index in skip:
            continue
        found = _match(rules.footer, source[slice(*lines[index])])
        if found is not None:
            end = index
            break
    for index in range(end, len(lines)):
        found = _match(rules.footer, source[slice(*lines[index])])
        if found is not None and found[0].key and found[0].key not in metadata:
            metadata[found[0].key] = found[1].group("value")
    # body: blank-line separated paragraphs of the remaining lines
    paragraphs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for index in range(end):
        start, stop = lines[index]
        text = source[start:stop]
        if index in skip or not text.strip():
            if current:
                paragraphs.append(current)
            current = None
            continue
        current = (current[0], stop) if current else (start, stop)
    if current:
        paragraphs.append(current)
    spans = (_strip(source, span) for span in paragraphs)
    return [piece for span in spans for piece in _split_long(source, span)], metadata


def _split_long(source: str, span: tuple[int, int], limit: int = MAX_PARAGRAPH
                ) -> Iterator[tuple[int, int]]:
    """Cut a paragraph longer than `limit` characters at a line break, else after a sentence
    end, else at a space, so that the parser never holds a huge text at once."""
    start, end = span
    while end - start > limit:
        window = source[start:start + limit]
        cut = window.rfind("\n")
        if cut <= 0:
            ends = [m.end() for m in _SENTENCE_END.finditer(window)]
            cut = ends[-1] if ends else window.rfind(" ")
        if cut <= 0:
            cut = limit
        yield _strip(source, (start, start + cut))
        start = _strip(source, (start + cut, end))[0]
    yield start, end


def _strip(source: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def make_document(doc_id: str, text: str, origin: str, metadata: dict[str, str] | None = None,
                  line: int | None = None, input_id: object = None) -> Document:
    """Normalise `text`, separate chrome from body, and build a Document."""
    source, to_original = normalize(text)
    paragraphs, found = split_chrome(source)
    if not paragraphs:
        raise InputError("empty document: no text to parse", origin, line)
    return Document(
        id=doc_id,
        source=source,
        paragraphs=paragraphs,
        metadata={**found, **(metadata or {})},
        origin=origin,
        to_original=to_original,
        original=text if to_original is not None else None,
        input_id=input_id,
    )


def doc_id_from(name: str) -> str:
    """A document id from a file stem or a user-given id: letters, digits, '.', '_', '-'."""
    cleaned = _ID_UNSAFE.sub("-", name).strip("-.")
    return cleaned or "doc"


def decode(data: bytes, origin: str) -> str:
    """Bytes -> text; a clear error naming line and byte offset for binary or non-UTF-8 data."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary file (NUL byte at byte offset {nul}); expected UTF-8 text", origin,
            data.count(b"\n", 0, nul) + 1,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            f"not valid UTF-8 (byte offset {error.start}: {error.reason})", origin, line
        ) from error
    return text.removeprefix("\ufeff")


def _sidecar_metadata(path: Path) -> dict[str, str]:
    """Metadata from `NAME.meta.json` beside a text file (source, license, url ...), if any."""
    meta = path.with_suffix(".meta.json")
    if not meta.is_file():
        return {}
    try:
        values = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"cannot read metadata file: {error}", meta) from error
    if not isinstance(values, dict):
        raise InputError("metadata file must hold a JSON object", meta)
    return {str(k): str(v) for k, v in values.items()}


def _has_suffix(path: Path, suffixes: tuple[str, ...]) -> bool:
    return path.name.lower().endswith(suffixes)


def is_uri(name: str) -> bool:
    """True for a path with a scheme (`s3://...`, `file://...`): read through Ray Data."""
    return "://" in name


def _stem(path: Path) -> str:
    """The file name without `.txt`, `.jsonl`, ... and a `.gz` after it."""
    name = path.name.removesuffix(".gz").removesuffix(".GZ")
    return Path(name).stem


def _open(path: Path) -> IO[bytes]:
    """A file for reading bytes, decompressed on the fly when its name ends in .gz."""
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def read_text_file(path: Path) -> Document:
    """One .txt (or .txt.gz) file -> one document."""
    try:
        with _open(path) as handle:
            data = handle.read()
    except OSError as error:  # also a broken gzip stream
        raise InputError(f"cannot read file: {error.strerror or error}", path) from error
    except (EOFError, zlib.error) as error:
        raise InputError(f"cannot read file: truncated or corrupt gzip data ({error})",
                         path) from error
    text = decode(data, str(path))
    metadata = {"source_file": path.name, **_sidecar_metadata(path)}
    return make_document(doc_id_from(_stem(path)), text, str(path), metadata)


def documents_from_bytes(origin: str, data: bytes) -> Iterator[Document | InputError]:
    """The documents of a file's (decompressed) bytes read elsewhere, e.g. by Ray Data from a
    URI: JSONL when its name ends .jsonl/.ndjson (also .gz), else one text document (no
    `.meta.json` sidecar is looked for)."""
    name = Path(origin)  # a URI's last part is its name
    if _has_suffix(name, JSONL_SUFFIXES):
        yield from read_jsonl(origin, io.BytesIO(data))
        return
    try:
        yield make_document(doc_id_from(_stem(name)), decode(data, origin), origin,
                            {"source_file": name.name})
    except InputError as error:
        yield error


def read_jsonl(path: Path | str | None, handle: Iterable[bytes] | None = None
               ) -> Iterator[Document | InputError]:
    """One document per JSONL line ({"id": ..., "text": ...}), streamed (gzip-compressed when
    the name ends in .gz); bad lines yield InputError values. With `handle`, `path` only names
    the lines' origin (a file name or URI)."""
    origin = str(path) if path is not None else "<stdin>"
    stem = doc_id_from(_stem(Path(origin))) if path is not None else "stdin"
    if handle is None:
        try:
            handle = _open(path)  # type: ignore[arg-type]
        except OSError as error:
            yield InputError(f"cannot read file: {error.strerror}", origin)
            return
    lines = _lines_of(handle, origin)
    try:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                line = decode(raw, origin)
                record = json.loads(line)
            except InputError as error:
                yield InputError(error.message, origin, number)
                continue
            except ValueError as error:
                yield InputError(f"not a JSON object: {error}", origin, number)
                continue
            if not isinstance(record, dict):
                yield InputError("each line must be a JSON object with a string \"text\"", origin, number)
                continue
            text = record.get("text")
            if not isinstance(text, str):
                yield InputError("missing or non-string \"text\" field", origin, number)
                continue
            raw_id = record.get("id", f"{stem}-{number}")
            doc_id = doc_id_from(str(raw_id))
            metadata = {str(k): str(v) for k, v in record.items() if k not in ("id", "text")}
            if str(raw_id) != doc_id:
                metadata["original_id"] = str(raw_id)
            try:
                yield make_document(doc_id, text, origin, metadata, line=number,
                                    input_id=record.get("id"))
            except InputError as error:
                yield error
    except InputError as error:  # corrupt gzip data: the lines read so far stand
        yield error


def _lines_of(handle: Iterable[bytes], origin: str) -> Iterator[bytes]:
    """The lines of `handle`; corrupt gzip data ends them with an InputError."""
    lines = iter(handle)
    number = 0
    while True:
        try:
            line = next(lines)
        except StopIteration:
            return
        except (OSError, EOFError, zlib.error) as error:
            raise InputError(f"truncated or corrupt gzip data after line {number} ({error})",
                             origin, number + 1) from error
        number += 1
        yield line


def expand_inputs(inputs: Iterable[str]) -> Iterator[Path | str]:
    """Paths named on the command line -> files (folders give their .txt/.jsonl files, sorted);
    "-" and URIs stay strings. Raises InputError for a path that does not exist."""
    for name in inputs:
        if name == "-" or is_uri(name):
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and _has_suffix(p, TEXT_SUFFIXES + JSONL_SUFFIXES))
            if not files:
                raise InputError("folder holds no .txt or .jsonl files", path)
            yield from files
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", path)


def count_documents(inputs: Iterable[str]) -> int | None:
    """About how many documents `read_documents` will yield (text files plus non-blank JSONL
    lines, counted without parsing), for a progress bar's ETA; None when reading stdin or a URI."""
    total = 0
    for item in expand_inputs(inputs):
        if isinstance(item, str):
            return None
        if not _has_suffix(item, JSONL_SUFFIXES):
            total += 1
            continue
        try:
            with _open(item) as handle:
                total += sum(1 for line in handle if line.strip())
        except (OSError, EOFError, zlib.error):
            pass  # reported when the file is read
    return total


def read_documents(inputs: Iterable[str], stdin: Iterable[bytes] | None = None,
                   uri_reader: Callable[[str], Iterator[Document | InputError]] | None
                   = None) -> Iterator[Document | InputError]:
    """Stream documents from files, folders, JSONL and "-" (stdin: JSONL if its first line is a
    JSON object, else one text document), and URIs through `uri_reader` (e.g.
    `annotate.ray_pipeline.read_uri`). A bad document yields an InputError value, so a batch
    goes on; a missing path, or a URI with no `uri_reader`, raises at once, before anything is
    read."""
    items = list(expand_inputs(inputs))
    if uri_reader is None:
        for item in items:
            if isinstance(item, str) and is_uri(item):
                raise InputError("paths with a scheme are read through Ray Data: add --ray "
                                 "(pip install 'vicorpus[ray]')", item)
    return _documents(items, stdin, uri_reader)


def _documents(items: list[Path | str], stdin: Iterable[bytes] | None,
               uri_reader: Callable[[str], Iterator[Document | InputError]] | None
               ) -> Iterator[Document | InputError]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, str) and is_uri(item):
            documents = uri_reader(item)  # type: ignore[misc]
        elif isinstance(item, str):
            documents = _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif _has_suffix(item, JSONL_SUFFIXES):
            documents = read_jsonl(item)
        else:
            documents = iter([_catch(read_text_file, item)])
        for document in documents:
            if isinstance(document, Document):
                if document.id in seen:
                    document = InputError(
                        f"duplicate document id {document.id!r}", document.origin)
                else:
                    seen.add(document.id)
            yield document


def _catch(read, path: Path) -> Document | InputError:
    try:
        return read(path)
    except InputError as error:
        return error


def _read_stdin(stream: Iterable[bytes]) -> Iterator[Document | InputError]:
    """JSONL (streamed) when the first non-blank line is a JSON object, else one document."""
    lines = iter(stream)
    head: list[bytes] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip()[:1] == b"{":
        yield from read_jsonl(None, itertools.chain(head, lines))
        return
    data = b"".join(itertools.chain(head, lines))
    try:
        yield make_document("stdin", decode(data, "<stdin>"), "<stdin>")
    except InputError as error:
        yield error

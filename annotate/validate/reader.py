"""Streaming reader for validation: splits raw bytes into sentence blocks, never raises on content.

Line-level problems (encoding, NFC, CR line ends, stray lines, blank-line structure) are
reported here as incidents, so that the sentence checks see only decoded lines.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from annotate.validate.incidents import ERROR, Incident


@dataclass
class Block:
    """The lines of one sentence: comments, then token lines, with their 1-based line numbers."""

    comments: list[tuple[int, str]] = field(default_factory=list)
    tokens: list[tuple[int, str]] = field(default_factory=list)
    first_line: int = 0


def _decode(raw: bytes, path: str, lineno: int, out: list[Incident]) -> str:
    """Decode one line as UTF-8 (reporting invalid bytes) and report a CR or non-NFC text."""
    text = raw.decode("utf-8", errors="replace")
    if "\ufffd" in text:  # an invalid byte, or U+FFFD itself, which the UD validator also rejects
        out.append(Incident(ERROR, "invalid-utf", path, lineno, "Invalid UTF-8 byte or U+FFFD character."))
    if text.endswith("\r"):
        out.append(Incident(ERROR, "non-unix-newline", path, lineno, "Only LF line ends are allowed."))
        text = text[:-1]
    if "\r" in text:
        out.append(Incident(ERROR, "non-unix-newline", path, lineno, "Stray CR character."))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        out.append(Incident(ERROR, "unicode-normalization", path, lineno, "Line is not in Unicode NFC."))
    return text


def read_blocks(
    lines: Iterable[bytes], path: str, incidents: list[Incident]
) -> Iterator[Block]:
    """Yield sentence blocks from raw lines; append line-level incidents to `incidents` as found.

    Incidents of a block are appended before the block is yielded.
    """
    block = Block()
    in_tokens = False
    lineno = 0
    last_raw = b"\n"
    for lineno, raw in enumerate(lines, start=1):
        last_raw = raw
        text = _decode(raw[:-1] if raw.endswith(b"\n") else raw, path, lineno, incidents)
        if not block.first_line:
            block.first_line = lineno
        if text.startswith("#"):
            if in_tokens:
                incidents.append(Incident(
                    ERROR, "misplaced-comment", path, lineno,
                    "Spurious comment line. Comments are only allowed before a sentence.",
                ))
            else:
                block.comments.append((lineno, text))
        elif text and text[0].isdigit():
            in_tokens = True
            block.tokens.append((lineno, text))
        elif not text or text.isspace():
            if text:
                incidents.append(Incident(
                    ERROR, "pseudo-empty-line", path, lineno,
                    "Spurious line that appears empty but contains whitespace.",
                ))
            if not block.tokens:
                incidents.append(Incident(
                    ERROR, "empty-sentence", path, lineno,
                    "Sentence must not be empty. Only one empty line is expected after every sentence.",
                ))
                block = Block()
                in_tokens = False
                continue
            yield block
            block = Block()
            in_tokens = False
        else:
            in_tokens = True
            incidents.append(Incident(
                ERROR, "invalid-line", path, lineno,
                f"Spurious line {text[:40]!r}: non-empty lines start with a digit or '#'.",
            ))
    if not last_raw.endswith(b"\n"):
        incidents.append(Incident(ERROR, "missing-final-newline", path, lineno, "The file does not end with a newline."))
    if block.first_line:
        incidents.append(Incident(
            ERROR, "missing-empty-line", path, lineno, "Missing empty line after the sentence.",
        ))
        if block.tokens:
            yield block

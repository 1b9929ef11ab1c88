"""CoNLL-U sentences as plain values: a streaming reader with line numbers and a writer.

Columns are split on tabs only: Vietnamese FORMs and LEMMAs contain spaces ("an ninh").
Every column is kept as the exact string read, so writing a sentence back gives the same bytes,
and every line keeps its number, which the validator reports. Python users who want typed values
get `conllu.TokenList`s from `annotate.tokenlists`, which reads through this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from annotate.errors import ConlluError

FIELDS = ("id", "form", "lemma", "upos", "xpos", "feats", "head", "deprel", "deps", "misc")


@dataclass
class Word:
    """One CoNLL-U line: a syntactic word, a multiword token range ("1-2") or an empty node ("1.1")."""

    id: str
    form: str
    lemma: str = "_"
    upos: str = "_"
    xpos: str = "_"
    feats: str = "_"
    head: str = "_"
    deprel: str = "_"
    deps: str = "_"
    misc: str = "_"
    line: int | None = None

    @property
    def is_word(self) -> bool:
        """True for a syntactic word (integer ID), false for ranges and empty nodes."""
        return self.id.isdigit()

    def columns(self) -> list[str]:
        return [getattr(self, name) for name in FIELDS]

    def to_line(self) -> str:
        return "\t".join(self.columns())

    def misc_dict(self) -> dict[str, str]:
        return parse_misc(self.misc)

    def set_misc(self, values: dict[str, str]) -> None:
        self.misc = format_misc(values)


@dataclass
class Sentence:
    """A sentence: its comment lines (without the leading "# " kept verbatim) and its lines."""

    comments: list[str] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)
    line: int | None = None

    def meta(self, key: str) -> str | None:
        """The value of a `# key = value` comment, or None."""
        for comment in self.comments:
            k, sep, v = comment[1:].partition("=")
            if sep and k.strip() == key:
                return v.strip()
        return None

    @property
    def sent_id(self) -> str | None:
        return self.meta("sent_id")

    @property
    def text(self) -> str | None:
        return self.meta("text")

    def syntactic_words(self) -> list[Word]:
        return [w for w in self.words if w.is_word]

    def to_conllu(self) -> str:
        """The sentence as CoNLL-U, ending with its blank line."""
        return "".join(c + "\n" for c in self.comments) + "".join(
            w.to_line() + "\n" for w in self.words
        ) + "\n"


def word_spans(sentence: Sentence) -> list[tuple[int, int]] | None:
    """Character [start, end) of each syntactic word in the sentence's `# text`, or None when
    the forms cannot be found in order in the text (or there is no text).

    Multiword tokens: their words share the token's span. Forms are matched in order, skipping
    whitespace, so this works for any text whose tokens are its substrings (VTB, our output).
    """
    text = sentence.text
    return None if text is None else spans_in(text, sentence.words)


def spans_in(text: str, words: list[Word]) -> list[tuple[int, int]] | None:
    """`word_spans` for a text and lines given apart (a caller that has read `# text` already)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    range_end = 0
    range_span: tuple[int, int] | None = None
    find = text.find
    for word in words:
        word_id = word.id
        if word_id.isdigit():
            if range_span is not None:
                if int(word_id) <= range_end:
                    spans.append(range_span)
                    continue
                range_span = None
        elif "-" not in word_id:
            continue  # an empty node
        # the form at `pos` or after whitespace only (one call to find, for speed: this runs on
        # every word the entity annotators see)
        form = word.form
        start = find(form, pos)
        if start < 0 or start != pos and not text[pos:start].isspace():
            return None
        pos = start + len(form)
        if word_id.isdigit():
            spans.append((start, pos))
        else:  # a multiword token: its words share its span
            range_span = (start, pos)
            range_end = int(word_id.split("-")[1])
    return spans


def parse_misc(misc: str) -> dict[str, str]:
    """MISC column -> ordered dict; attributes without "=" map to ""."""
    if misc in ("", "_"):
        return {}
    out: dict[str, str] = {}
    for item in misc.split("|"):
        key, _, value = item.partition("=")
        out[key] = value
    return out


def format_misc(values: dict[str, str]) -> str:
    """Ordered dict -> MISC column ("_" when empty)."""
    if not values:
        return "_"
    return "|".join(f"{k}={v}" if v != "" else k for k, v in values.items())


def read_conllu(source: str | Path | TextIO, name: str | None = None) -> Iterator[Sentence]:
    """Stream the sentences of a CoNLL-U file; raises ConlluError with file and line on a line
    that is not a comment, a blank line or ten tab-separated columns."""
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8", newline="") as handle:
            yield from _read(handle, str(source))
    else:
        yield from _read(source, name or getattr(source, "name", "<stream>"))


def _read(handle: Iterable[str], name: str) -> Iterator[Sentence]:
    sentence = Sentence()
    for number, raw in enumerate(handle, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip():
            if sentence.words or sentence.comments:
                yield sentence
            sentence = Sentence()
            continue
        if sentence.line is None:
            sentence.line = number
        if line.startswith("#") and not sentence.words:
            sentence.comments.append(line)
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise ConlluError(
                f"expected 10 tab-separated columns, found {len(columns)}", name, number
            )
        sentence.words.append(Word(*columns, line=number))
    if sentence.words or sentence.comments:
        yield sentence


def write_conllu(sentences: Iterable[Sentence], handle: TextIO) -> int:
    """Write sentences as CoNLL-U; returns how many were written."""
    count = 0
    for sentence in sentences:
        handle.write(sentence.to_conllu())
        count += 1
    return count

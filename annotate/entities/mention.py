"""What the annotators return: character spans over a sentence's text, before snapping to words."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple


class Token(NamedTuple):
    """A syntactic word as the annotators see it: its character span and UPOS ("_" if unknown).
    (A named tuple: one is built for every word of every sentence.)"""

    start: int
    end: int
    upos: str = "_"


@dataclass
class Mention:
    """A labelled character span [start, end) of the sentence text with its attributes."""

    start: int
    end: int
    label: str
    attrs: dict[str, str] = field(default_factory=dict)


class Words:
    """A sentence's tokens in text order, with the position lookups the annotators need."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.ends = [t.end for t in tokens]

    def inside(self, position: int) -> bool:
        """True when `position` falls strictly inside a word (a match would cut it)."""
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and self.tokens[index].start < position < self.tokens[index].end

    def cuts(self, text: str, position: int) -> bool:
        """True when a match ending at `position` would cut a word between two of its letters
        or syllables ("tin" in "tin tức"); ending before glued punctuation ("đồng/hộ") is fine."""
        return self.inside(position) and (text[position].isalnum() or text[position].isspace())

    def between(self, start: int, end: int) -> list[Token]:
        """The words that overlap [start, end), in order."""
        first = bisect_right(self.ends, start)
        return self.tokens[first:bisect_left(self.starts, end)]

    def next_after(self, text: str, position: int) -> Token | None:
        """The word that starts at `position` or after it with only whitespace between; None
        when `position` is inside a word or something else comes first."""
        if self.inside(position):
            return None
        index = bisect_left(self.starts, position)
        if index == len(self.tokens) or text[position:self.tokens[index].start].strip():
            return None
        return self.tokens[index]

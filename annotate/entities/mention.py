"""What the annotators return: character spans over a sentence's text, before snapping to words."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Token:
    """A syntactic word as the annotators see it: its character span and UPOS ("_" if unknown)."""

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

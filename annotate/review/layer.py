"""Reviewed character spans -> a sentence's entity layer: whitespace trimmed, snapped to the words
they cover (each snap noted, or refused with `strict`), and attributes recomputed by the same
annotators that wrote the silver layer.

A span that keeps an existing entity's words and label keeps its attributes (they were computed
from the whole sentence); any other span gets the attributes the label's own annotator finds in
the span's words, so a human who fixes a date's extent gets its ISO value again.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotate.entities.dates import find_dates
from annotate.entities.legal import find_legal
from annotate.entities.mention import Mention, Token
from annotate.entities.numeric import find_numeric
from annotate.entities.orgs import find_orgs
from annotate.entities.schema import LABELS, NUMERIC_LABELS, Entity
from annotate.entities.tagger import snap
from annotate.entities.tones import as_read
from annotate.errors import VicorpusError
from annotate.review.corpus import ReviewSentence


class ReviewError(VicorpusError):
    """A review file or server answer that cannot be applied (unknown task, bad span, label)."""


@dataclass(frozen=True)
class CharSpan:
    """A labelled character span [start, end) of a sentence's text, from a reviewer; `where`
    names it in messages ("task 12 (laocai-antq-s3) 10:25")."""

    start: int
    end: int
    label: str
    where: str = ""


def _finder(label: str, text: str, tokens: list[Token]) -> list[Mention]:
    if label == "LEGAL":
        return find_legal(text)
    if label == "DATE":
        return find_dates(text)
    if label == "ORG":
        return find_orgs(text)
    if label in NUMERIC_LABELS:
        return find_numeric(text, tokens)
    return []


def recompute(sentence: ReviewSentence, start: int, end: int, label: str) -> dict[str, str]:
    """The attributes (value, unit, id, rule...) that `label`'s annotator gives the words
    [start, end) of the sentence; {} when it finds no mention of that label there."""
    base, stop = sentence.spans[start][0], sentence.spans[end - 1][1]
    piece = as_read(sentence.text[base:stop])  # as find_mentions reads it: "Toà" as "Tòa"
    tokens = [Token(s - base, e - base) for s, e in sentence.spans[start:end]]
    best: Mention | None = None
    for mention in _finder(label, piece, tokens):
        if mention.label != label:
            continue
        if best is None or mention.end - mention.start > best.end - best.start:
            best = mention
    return dict(best.attrs) if best is not None else {}


def _trim(text: str, span: CharSpan) -> tuple[int, int]:
    start, end = max(0, span.start), min(len(text), span.end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def to_entities(sentence: ReviewSentence, spans: list[CharSpan],
                strict: bool = False) -> tuple[list[Entity], list[str]]:
    """The sentence's new entity layer from reviewed spans, and the notes for the report (spans
    snapped to words, dropped because they cover no word or overlap another).

    Raises ReviewError on an unknown label, and with `strict` on any span that is not exactly
    on word boundaries or cannot be kept.
    """
    kept: list[Entity] = []
    notes: list[str] = []
    existing = {(e.start, e.end, e.label): e for e in sentence.entities}

    def note(message: str) -> None:
        if strict:
            raise ReviewError(message)
        notes.append(message)

    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.label not in LABELS:
            raise ReviewError(f"{span.where}: unknown label {span.label!r}")
        start, end = _trim(sentence.text, span)
        found = snap([Mention(start, end, span.label)], sentence.spans, sentence.text)
        if not found:
            note(f"{span.where}: {span.label} span covers no word, dropped")
            continue
        entity = found[0]
        if kept and entity.start < kept[-1].end:
            note(f"{span.where}: {span.label} span overlaps the {kept[-1].label} before it, dropped")
            continue
        word_start, word_end = sentence.char_span(entity)
        if (word_start, word_end) != (start, end):
            note(f"{span.where}: {span.label} {sentence.text[start:end]!r} snapped to the words "
                 f"{sentence.text[word_start:word_end]!r} ({word_start}:{word_end})")
        same = existing.get((entity.start, entity.end, entity.label))
        attrs = dict(same.attrs) if same is not None else recompute(
            sentence, entity.start, entity.end, entity.label)
        kept.append(Entity(entity.start, entity.end, entity.label, attrs))
    return kept, notes

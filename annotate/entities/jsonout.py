"""Entities as JSON objects with character offsets: the JSONL output of `vicorpus annotate`."""

from __future__ import annotations

from decimal import Decimal

from annotate.entities.mention import Token
from annotate.entities.schema import NUMERIC_LABELS, Entity
from annotate.entities.tagger import find_mentions


def json_number(value: str) -> int | float:
    """A schema value string as a JSON number (int when integral)."""
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else float(number)


_CONTEXT_WORDS = 2  # the words before a mention that its rules look at ("ngày", "xếp thứ")
_EDGE_PUNCTUATION = ",;:!?()[]\"'“”‘’«»…"


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Leave out punctuation glued to the first or last word ("77/2010/NĐ-CP," as one token);
    a final "." stays on an ORG ("TP.")."""
    strip = _EDGE_PUNCTUATION + ("" if label == "ORG" else ".")
    while end > start and (text[end - 1] in strip or text[end - 1].isspace()):
        end -= 1
    while start < end and (text[start] in _EDGE_PUNCTUATION or text[start].isspace()):
        start += 1
    return start, end


def _refine(entity: Entity, spans: list[tuple[int, int]], text: str,
            offset: int, upos: list[str] | None) -> tuple[int, int] | None:
    """The mention's own characters inside its words, found again by the annotators (with the
    words' UPOS when known, as the tagger saw them) over its words and the two before them: a
    word glued to what follows ("đồng/hộ", "Hà hiện") is cut back to the mention ("50 triệu
    đồng"), a rank's total inside a share ("xếp thứ 9/63 tỉnh" -> "63 tỉnh"). Only the first
    and last words may lose characters; None when nothing of the label is found."""
    first = max(0, entity.start - _CONTEXT_WORDS)
    base = offset + spans[first][0]
    word_start = offset + spans[entity.start][0]
    first_end = offset + spans[entity.start][1]
    last_start = offset + spans[entity.end - 1][0]
    piece = text[base:offset + spans[entity.end - 1][1]]
    tags = upos[first:entity.end] if upos is not None else ["_"] * (entity.end - first)
    tokens = [Token(s + offset - base, e + offset - base, tag)
              for (s, e), tag in zip(spans[first:entity.end], tags)]
    best: tuple[int, int] | None = None
    for mention in find_mentions(piece, tokens):
        start, end = base + mention.start, base + mention.end
        if mention.label == entity.label and word_start <= start < first_end and end > last_start \
                and (best is None or end - start > best[1] - best[0]):
            best = (start, end)
    return best


def entity_json(entity: Entity, spans: list[tuple[int, int]], text: str, offset: int = 0,
                upos: list[str] | None = None) -> dict:
    """`{start, end, label, text, value?, unit?, ...}` for an entity.

    `spans` are the sentence's word spans and the entity's char_start/char_end (used when set)
    are relative to the sentence text, which starts at `offset` in `text`; start/end in the
    result are offsets into `text`. Without char offsets (entities decoded from MISC), the word
    span is used, less what the tokenizer glued to its first or last word (punctuation, "/hộ"),
    as the annotators find it again with the words' `upos` when given.
    Values of QUANTITY/MONEY/PERCENT are JSON numbers.
    """
    if entity.char_start is not None and entity.char_end is not None:
        start, end = offset + entity.char_start, offset + entity.char_end
    else:
        start, end = _refine(entity, spans, text, offset, upos) or _trim(
            text, offset + spans[entity.start][0], offset + spans[entity.end - 1][1], entity.label)
    item: dict = {"start": start, "end": end, "label": entity.label, "text": text[start:end]}
    for attr, value in entity.attrs.items():
        if attr == "value" and entity.label in NUMERIC_LABELS:
            item[attr] = json_number(value)
        else:
            item[attr] = value
    return item

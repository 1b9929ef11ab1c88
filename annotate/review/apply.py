"""Put reviewed entity layers back into a corpus: the format-independent half of every import.

Each reviewed sentence gets its new layer and its `# entities_reviewed` comment; nothing else in
the files changes. Every review is checked and turned into entities before the first file is
rewritten, so a refused review leaves the corpus as it was.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from annotate.conllu_io import Sentence
from annotate.entities.schema import Entity
from annotate.entities.tagfile import Layer
from annotate.review.comments import (
    KEY,
    OTHER_KEY,
    Review,
    format_other,
    format_reviews,
    set_comment,
)
from annotate.review.corpus import ReviewSentence, read_corpus, rewrite
from annotate.review.layer import CharSpan, ReviewError, to_entities

# a sentence's new entities, its review comment and the second annotator's comment (or None)
Written = tuple[list[Entity], str, str | None]


@dataclass
class SentenceReview:
    """What a review says about one sentence: the text it saw, its spans (offsets into that
    text) and who reviewed it, the one whose spans these are first; `other` holds the spans of
    the second annotator, when there is one."""

    sent_id: str
    text: str
    spans: list[CharSpan]
    reviews: list[Review]
    where: str = ""
    other: list[CharSpan] | None = None


@dataclass
class ImportReport:
    """What an import did: sentences and entities written, spans snapped or dropped, conflicts
    between annotators."""

    sentences: int = 0
    entities: int = 0
    changed: int = 0
    files: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as text lines."""
        head = (f"reviewed {self.sentences} sentences ({self.changed} changed), "
                f"{self.entities} entities, in {len(self.files)} files")
        return [head, *self.notes, *(f"conflict: {c}" for c in self.conflicts)]


def apply_reviews(corpus: list[str | Path], reviews: list[SentenceReview], strict: bool = False,
                  report: ImportReport | None = None) -> ImportReport:
    """Write `reviews` into the corpus files under `corpus`; returns the report.

    Raises ReviewError when a review names a sentence the corpus lacks or whose text differs,
    and (with `strict`) on a span that is not on word boundaries.
    """
    report = report or ImportReport()
    by_id = {s.sent_id: s for s in read_corpus(corpus)}
    layers: dict[Path, dict[str, Written]] = defaultdict(dict)
    for review in reviews:
        sentence = by_id.get(review.sent_id)
        if sentence is None:
            raise ReviewError(f"{review.where}: sentence {review.sent_id} is not in the corpus")
        if sentence.text != review.text:
            raise ReviewError(f"{review.where}: the text of {review.sent_id} differs from the "
                              "corpus (exported from another version?)")
        entities, notes = to_entities(sentence, review.spans, strict)
        report.notes.extend(notes)
        report.sentences += 1
        report.entities += len(entities)
        report.changed += _changed(sentence, entities)
        other = None
        if review.other is not None and len(review.reviews) > 1:
            other = format_other(review.reviews[1][0], to_entities(sentence, review.other)[0])
        layers[sentence.path][sentence.sent_id] = (entities, format_reviews(review.reviews), other)
    for path, chosen in layers.items():
        rewrite(path, _layer(chosen))
        report.files.append(str(path))
    return report


def _changed(sentence: ReviewSentence, entities: list[Entity]) -> bool:
    return [(e.start, e.end, e.label) for e in entities] != [
        (e.start, e.end, e.label) for e in sentence.entities]


def _layer(chosen: dict[str, Written]) -> Layer:
    def layer(sentence: Sentence) -> list[Entity] | None:
        found = chosen.get(sentence.sent_id or "")
        if found is None:
            return None
        entities, reviews, other = found
        set_comment(sentence.comments, KEY, reviews)
        set_comment(sentence.comments, OTHER_KEY, other, after=KEY)
        return entities
    return layer

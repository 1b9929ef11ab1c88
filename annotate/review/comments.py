"""The comment a reviewed sentence carries: who reviewed its entities, and when.

    # entities_reviewed = alice@example.org 2026-12-01T19:50:00Z
    # entities_reviewed = alice@example.org 2026-12-01T19:50:00Z; bob 2026-12-01T20:02:11Z

Each review is `<annotator> <ISO 8601 time>` (the annotator a name without spaces); when two
people annotated the sentence, the one whose layer the sentence holds comes first, and the
other's layer is kept beside it for agreement figures:

    # entities_other = bob DATE:1-2 ORG:4-7
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from annotate.entities.schema import LABELS, Entity

KEY = "entities_reviewed"
OTHER_KEY = "entities_other"
Review = tuple[str, str]  # (annotator, ISO time)


def format_reviews(reviews: list[Review]) -> str:
    """The comment line for these reviews."""
    return f"# {KEY} = " + "; ".join(f"{who} {when}" for who, when in reviews)


def parse_reviews(value: str) -> list[Review]:
    """The reviews of a comment's value; raises ValueError naming what is wrong."""
    reviews: list[Review] = []
    for part in value.split(";"):
        fields = part.split()
        if len(fields) != 2:
            raise ValueError(f"{part.strip()!r} is not '<annotator> <ISO time>'")
        who, when = fields
        try:
            datetime.fromisoformat(when)
        except ValueError as error:
            raise ValueError(f"{when!r} is not an ISO 8601 time") from error
        reviews.append((who, when))
    return reviews


def iso_time(value: str) -> str:
    """A time as Label Studio or a file gives it, as ISO 8601 UTC to the second
    ("2026-12-01T19:50:00.123456Z" -> "2026-12-01T19:50:00Z"); raises ValueError."""
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
        return moment.isoformat(timespec="seconds") + "Z"
    return moment.isoformat(timespec="seconds")


def file_time(path: str | Path) -> str:
    """A file's modification time as ISO 8601 UTC to the second (the review time of formats
    that record none)."""
    moment = datetime.fromtimestamp(os.path.getmtime(path), UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds") + "Z"


def _key(comment: str) -> str:
    return comment[1:].partition("=")[0].strip()


def set_comment(comments: list[str], key: str, line: str | None, after: str = "text") -> None:
    """Put `line` (a `# key = ...` comment) into a sentence's comment lines: replacing the old
    one, else right after the `after` comment (or at the end); None removes it."""
    for index, comment in enumerate(comments):
        if _key(comment) == key:
            if line is None:
                del comments[index]
            else:
                comments[index] = line
            return
    if line is None:
        return
    for index, comment in enumerate(comments):
        if _key(comment) == after:
            comments.insert(index + 1, line)
            return
    comments.append(line)


def format_other(annotator: str, entities: list[Entity]) -> str:
    """The comment with the layer a second annotator gave the sentence, as `LABEL:first-last`
    word IDs: `# entities_other = bob DATE:1-2 ORG:4-7`."""
    items = [f"{e.label}:{e.start + 1}-{e.end}" for e in entities]
    return f"# {OTHER_KEY} = " + " ".join([annotator, *items])


def parse_other(value: str, words: int) -> tuple[str, list[Entity]]:
    """The annotator and entities of an `entities_other` value over a sentence of `words`
    words; raises ValueError naming what is wrong."""
    if not value.split():
        raise ValueError("no annotator")
    annotator, *items = value.split()
    entities: list[Entity] = []
    for item in items:
        label, _, ids = item.partition(":")
        first, _, last = ids.partition("-")
        if label not in LABELS or not first.isdigit() or not last.isdigit():
            raise ValueError(f"{item!r} is not LABEL:FIRST-LAST")
        start, end = int(first) - 1, int(last)
        if not 0 <= start < end <= words or (entities and start < entities[-1].end):
            raise ValueError(f"{item!r}: words out of order or outside the sentence")
        entities.append(Entity(start, end, label))
    return annotator, entities

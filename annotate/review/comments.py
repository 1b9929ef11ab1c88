"""The comment a reviewed sentence carries: who reviewed its entities, and when.

    # entities_reviewed = alice@example.org 2026-12-01T19:50:00Z
    # entities_reviewed = alice@example.org 2026-12-01T19:50:00Z; bob 2026-12-01T20:02:11Z

Each review is `<annotator> <ISO 8601 time>` (the annotator a name without spaces); when two
people annotated the sentence, the one whose layer the sentence holds comes first.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

KEY = "entities_reviewed"
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


def set_reviews(comments: list[str], reviews: list[Review]) -> None:
    """Write the review comment into a sentence's comment lines: replacing the old one, else
    right after `# text` (or at the end)."""
    line = format_reviews(reviews)
    for index, comment in enumerate(comments):
        if comment[1:].partition("=")[0].strip() == KEY:
            comments[index] = line
            return
    for index, comment in enumerate(comments):
        if comment[1:].partition("=")[0].strip() == "text":
            comments.insert(index + 1, line)
            return
    comments.append(line)

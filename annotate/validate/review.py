"""The review comments (see annotate/review/comments.py), each at most once per sentence:
`# entities_reviewed = <annotator> <ISO time>[; ...]` and
`# entities_other = <annotator> LABEL:FIRST-LAST ...` (word IDs within the sentence)."""

from __future__ import annotations

from annotate.review.comments import KEY, OTHER_KEY, parse_other, parse_reviews
from annotate.validate.format import Sentence
from annotate.validate.incidents import ERROR, Incident
from annotate.validate.reader import Block


def check_review(block: Block, sent: Sentence, path: str, out: list[Incident]) -> None:
    """Append an incident for each malformed or repeated review comment of the block."""
    seen: set[str] = set()
    for lineno, comment in block.comments:
        key, sep, value = comment[1:].partition("=")
        key = key.strip()
        if not sep or key not in (KEY, OTHER_KEY):
            continue
        problem = "the sentence has two of them" if key in seen else None
        seen.add(key)
        try:
            if key == KEY:
                parse_reviews(value.strip())
            else:
                parse_other(value.strip(), len(sent.words))
        except ValueError as error:
            problem = str(error)
        if problem:
            out.append(Incident(ERROR, "review-comment", path, lineno, f"{key}: {problem}.",
                                sent.sent_id))

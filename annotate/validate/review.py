"""The review comment: `# entities_reviewed = <annotator> <ISO time>[; ...]` (see
annotate/review/comments.py), at most once per sentence."""

from __future__ import annotations

from annotate.review.comments import KEY, parse_reviews
from annotate.validate.format import Sentence
from annotate.validate.incidents import ERROR, Incident
from annotate.validate.reader import Block


def check_review(block: Block, sent: Sentence, path: str, out: list[Incident]) -> None:
    """Append an incident for each malformed or repeated review comment of the block."""
    seen = False
    for lineno, comment in block.comments:
        key, sep, value = comment[1:].partition("=")
        if not sep or key.strip() != KEY:
            continue
        problem = "the sentence has two review comments" if seen else None
        seen = True
        try:
            parse_reviews(value.strip())
        except ValueError as error:
            problem = str(error)
        if problem:
            out.append(Incident(ERROR, "review-comment", path, lineno,
                                f"{KEY}: {problem}.", sent.sent_id))

"""Entity-layer checks: BIO tags, labels, attribute formats and TokenRange offsets.

Rules (see annotate/entities/schema.py for the encoding):
- `NER` is `O`, `B-LABEL` or `I-LABEL` with LABEL in schema.LABELS;
- an `I-X` continues a `B-X`/`I-X` on the previous word; on a sentence's first word it would
  cross the sentence boundary (code `entity-crosses-sentence`);
- attributes (`NERValue`, `NERYear`...) sit on an entity's first word and pass
  `schema.attribute_error`; a LEGAL `NERId` is a symbol or a title (see below);
- `TokenRange=start:end` (character offsets, end exclusive; `vicorpus annotate` writes document
  offsets, hand-made files may restart at 0 in each sentence, so no order is required between
  sentences) spans exactly the FORM's length (a FORM with spaces may cover a longer whitespace
  run in the source); within a sentence a token starts where the previous one ends when that one
  has `SpaceAfter=No`, and after it otherwise.
"""

from __future__ import annotations

import re

from annotate.entities.schema import (
    LABELS,
    MISC_TO_ATTRIBUTE,
    NER_KEY,
    attribute_error,
    unescape_value,
)
from annotate.validate.format import Sentence
from annotate.validate.incidents import ERROR, Incident

# A LEGAL id is either a symbol, "77/2010/NĐ-CP", "09-CT/TW", "31/2024/QH15" (a number or code,
# an optional year, then issuer codes), or a title, "Luật Đất đai" (starts with a letter, words
# separated by single spaces), as annotate.entities.legal writes them.
LEGAL_SYMBOL_ID = re.compile(r"[0-9A-Za-z]+(?:[-/.][0-9]{4})?(?:[/-][\w.-]+)+")
LEGAL_TITLE_ID = re.compile(r"[^\W\d_]\S*(?: \S+)*")
TOKEN_RANGE = re.compile(r"([0-9]+):([0-9]+)")
KNOWN_LABELS = frozenset(LABELS)


class EntityChecker:
    """Checks the entity layer sentence by sentence; counts entities per label."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def check(self, sent: Sentence, path: str, out: list[Incident]) -> None:
        """Append the entity-layer incidents of `sent` to `out`."""
        previous: str | None = None
        last: tuple[int, bool] | None = None  # end of the previous token, and its SpaceAfter=No
        for index, (lineno, cols) in enumerate(sent.words):
            misc = cols[9]
            if misc == "_" or ("NER" not in misc and "TokenRange" not in misc):
                previous = None
                continue
            items = dict(item.partition("=")[::2] for item in misc.split("|"))
            previous = self._tag(items, index, previous, path, lineno, sent, out)
            if "TokenRange" in items:
                end = self._token_range(items["TokenRange"], cols[1], last, path, lineno, sent, out)
                last = None if end is None else (end, items.get("SpaceAfter") == "No")

    def _tag(self, items: dict[str, str], index: int, previous: str | None, path: str,
             lineno: int, sent: Sentence, out: list[Incident]) -> str | None:
        def err(code: str, message: str) -> None:
            out.append(Incident(ERROR, code, path, lineno, message, sent.sent_id))

        tag = items.get(NER_KEY)
        attrs = {MISC_TO_ATTRIBUTE[k]: unescape_value(v) for k, v in items.items() if k in MISC_TO_ATTRIBUTE}
        if tag is None or tag == "O":
            if attrs:
                err("entity-attr-outside", "Entity attributes on a word outside any entity.")
            return None
        prefix, _, label = tag.partition("-")
        if prefix not in ("B", "I") or not label:
            err("entity-bad-tag", f"NER tag {tag!r} is not O, B-LABEL or I-LABEL.")
            return None
        if label not in KNOWN_LABELS:
            err("entity-unknown-label", f"Unknown entity label {label!r}.")
        if prefix == "I":
            if index == 0:
                err("entity-crosses-sentence", f"{tag} on the first word of a sentence: entities never cross sentences.")
            elif previous != label:
                err("entity-bio", f"{tag} does not continue an entity of label {label}.")
            if attrs:
                err("entity-attr-placement", "Entity attributes belong on the entity's first word.")
            return label
        self.counts[label] = self.counts.get(label, 0) + 1
        for attr, value in attrs.items():
            problem = attribute_error(label, attr, value)
            if problem:
                err("entity-attr-format", problem)
        legal_id = attrs.get("id")
        if (legal_id is not None and label == "LEGAL"
                and not LEGAL_SYMBOL_ID.fullmatch(legal_id) and not LEGAL_TITLE_ID.fullmatch(legal_id)):
            err("entity-legal-id", f"LEGAL id {legal_id!r} is neither NUMBER[/YEAR]/ISSUER nor a title.")
        return label

    @staticmethod
    def _token_range(value: str, form: str, last: tuple[int, bool] | None, path: str, lineno: int,
                     sent: Sentence, out: list[Incident]) -> int | None:
        """Check one TokenRange against the FORM and the previous token; return its end."""
        def err(message: str) -> None:
            out.append(Incident(ERROR, "token-range", path, lineno, message, sent.sent_id))

        m = TOKEN_RANGE.fullmatch(value)
        if m is None:
            err(f"TokenRange {value!r} is not START:END.")
            return None
        start, end = int(m.group(1)), int(m.group(2))
        length = end - start
        if length != len(form) and not (" " in form and length > len(form)):
            err(f"TokenRange {value} spans {length} characters but FORM {form!r} has {len(form)}.")
        if last is not None:
            previous_end, no_space = last
            if no_space and start != previous_end:
                err(f"TokenRange {value} should start at {previous_end}: the previous token has SpaceAfter=No.")
            elif not no_space and start <= previous_end:
                err(f"TokenRange {value} should start after {previous_end}: a space follows the previous token.")
        return end

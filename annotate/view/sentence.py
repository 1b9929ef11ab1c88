"""One CoNLL-U sentence as the view shows it: its text cut into plain and entity pieces, the
rows its dependency tree is drawn from, and whether its entities were reviewed.

The entity layer is read with annotate.entities.schema (no second reading of MISC) and placed
on the text with annotate.conllu_io.word_spans; a sentence whose forms cannot be found in its
`# text` (or that has none) is shown as its forms joined by the spaces MISC says they have.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from annotate.conllu_io import Sentence, Word, word_spans
from annotate.entities.schema import Entity, decode_entities
from annotate.review.comments import KEY as REVIEWED_KEY
from annotate.validate.incidents import Incident


@dataclass
class Piece:
    """A run of the sentence text, inside one entity or outside all (entity None)."""

    text: str
    entity: Entity | None = None

    @property
    def tip(self) -> str:
        """What hovering or focusing the entity shows: its label, value or id, and its rule."""
        return entity_tip(self.entity) if self.entity else ""


@dataclass
class SentenceView:
    """Everything a document page shows for one sentence."""

    sent_id: str
    anchor: str
    pieces: list[Piece]
    entities: list[Entity]
    tree: list[list[object]]
    reviewed: str | None
    problems: list[Incident] = field(default_factory=list)
    new_paragraph: bool = False

    @property
    def words(self) -> int:
        return len(self.tree)

    def tree_json(self) -> str:
        """The tree rows as JSON that is safe inside an HTML <script> element."""
        raw = json.dumps(self.tree, ensure_ascii=False, separators=(",", ":"))
        return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def sentence_view(sentence: Sentence, index: int) -> SentenceView:
    """The view of a sentence, the `index`-th (from 1) of its document."""
    words = sentence.syntactic_words()
    entities = decode_entities(words)
    text, spans = _text_and_spans(sentence, words)
    sent_id = sentence.sent_id or f"#{index}"
    return SentenceView(
        sent_id=sent_id,
        anchor=f"s{index}",
        pieces=_pieces(text, spans, entities),
        entities=entities,
        tree=[_tree_row(w) for w in words],
        reviewed=sentence.meta(REVIEWED_KEY),
        new_paragraph=any(c[1:].strip().startswith("newpar") for c in sentence.comments),
    )


def entity_tip(entity: Entity) -> str:
    """Label, then the LEGAL id, the normalised value and unit, the LEGAL parts, then the rule."""
    a = entity.attrs
    parts = [entity.label]
    if "id" in a:
        parts.append(a["id"])
    parts += [a[k] for k in ("value", "unit") if a.get(k)]
    details = [a[k] for k in ("type", "number", "year", "issuer") if k in a]
    if details:
        parts.append("(" + ", ".join(details) + ")")
    if "rule" in a:
        parts.append(f"· rule {a['rule']}")
    return " ".join(parts)


def _tree_row(word: Word) -> list[object]:
    head = int(word.head) if word.head.isdigit() else None
    return [word.form, word.lemma, word.upos, head, word.deprel]


def _text_and_spans(sentence: Sentence, words: list[Word]) -> tuple[str, list[tuple[int, int]]]:
    spans = word_spans(sentence)
    if spans is not None and sentence.text is not None:
        return sentence.text, spans
    text, spans = "", []
    for word in words:
        spans.append((len(text), len(text) + len(word.form)))
        text += word.form
        if "SpaceAfter=No" not in word.misc.split("|"):
            text += " "
    return text.rstrip(" "), spans


def _pieces(text: str, spans: list[tuple[int, int]], entities: list[Entity]) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for entity in entities:
        start, end = spans[entity.start][0], spans[entity.end - 1][1]
        if start < pos:  # two entities on one multiword token: keep the first
            continue
        if start > pos:
            pieces.append(Piece(text[pos:start]))
        pieces.append(Piece(text[start:end], entity))
        pos = end
    if pos < len(text):
        pieces.append(Piece(text[pos:]))
    return pieces

"""One CoNLL-U sentence <-> one dataset row, losslessly.

The list columns (`tokens`, `upos`, `head`, ...) hold the syntactic words; multiword-token
ranges and empty nodes go to `extra_lines` with their position among the sentence's lines, and
the comment lines are kept verbatim, so `row_to_sentence(sentence_to_row(s))` writes the same
bytes as `s`. Rows hold class-label columns as integers, as they are stored in parquet.
"""

from __future__ import annotations


from annotate.conllu_io import Sentence, Word, word_spans
from annotate.dataset.corpus import Origin
from annotate.dataset.features import NER_TAGS, UPOS_TAGS
from annotate.entities.schema import ATTRIBUTES, LABELS, decode_entities
from annotate.errors import DatasetError
from annotate.review.comments import KEY as REVIEW_KEY
from annotate.review.comments import parse_reviews

_UPOS_ID = {tag: i for i, tag in enumerate(UPOS_TAGS)}
_NER_ID = {tag: i for i, tag in enumerate(NER_TAGS)}
_LIST_COLUMNS = {
    "tokens": "form", "lemmas": "lemma", "xpos": "xpos", "feats": "feats",
    "deprel": "deprel", "deps": "deps", "misc": "misc",
}


def sentence_to_row(sentence: Sentence, origin: Origin) -> dict:
    """The dataset row of a sentence; raises DatasetError (with file and line) when the sentence
    cannot be stored losslessly (unknown UPOS or entity label, non-numeric HEAD, odd word IDs)."""
    words = sentence.syntactic_words()
    try:
        row = _row(sentence, words, origin)
    except ValueError as error:
        raise DatasetError(f"cannot store sentence: {error}", origin.file, sentence.line) from error
    if row_to_sentence(row).to_conllu() != sentence.to_conllu():
        raise DatasetError("sentence would not round-trip exactly (word IDs not 1..n?)",
                           origin.file, sentence.line)
    return row


def _row(sentence: Sentence, words: list[Word], origin: Origin) -> dict:
    text = sentence.text or ""
    entities = _entities(sentence, words, text)
    reviewed = sentence.meta(REVIEW_KEY)
    reviews = parse_reviews(reviewed) if reviewed is not None else []
    ner_tags = ["O"] * len(words)
    for entity in entities:
        for index in range(entity["word_start"], entity["word_end"]):
            prefix = "B" if index == entity["word_start"] else "I"
            ner_tags[index] = f"{prefix}-{entity['label']}"
    row = {
        "id": sentence.sent_id or f"{origin.doc_id}-s{origin.sent_index + 1}",
        "doc_id": origin.doc_id,
        "text": text,
        "upos": [_upos(w.upos) for w in words],
        "head": [_head(w.head) for w in words],
        "ner_tags": [_NER_ID[tag] for tag in ner_tags],
        "entities": entities,
        "reviewed": bool(reviews),
        "annotator": reviews[0][0] if reviews else None,
        "doc_meta": [{"key": k, "value": v} for k, v in origin.doc_meta],
        "file": origin.file,
        "sent_index": origin.sent_index,
        "comments": list(sentence.comments),
        "extra_lines": [
            {"position": i, "line": w.to_line()} for i, w in enumerate(sentence.words) if not w.is_word
        ],
    }
    for column, attr in _LIST_COLUMNS.items():
        row[column] = [getattr(w, attr) for w in words]
    return row


def _upos(tag: str) -> int:
    if tag not in _UPOS_ID:
        raise ValueError(f"UPOS {tag!r} is not one of the 17 UD tags")
    return _UPOS_ID[tag]


def _head(head: str) -> int:
    if head == "_":
        return -1
    value = int(head)
    if str(value) != head:
        raise ValueError(f"HEAD {head!r} is not a plain integer")
    return value


def _entities(sentence: Sentence, words: list[Word], text: str) -> list[dict]:
    """Entities with character offsets into `text` (null when the words cannot be aligned)."""
    spans = word_spans(sentence) if words else None
    out = []
    for entity in decode_entities(words):
        if entity.label not in LABELS:
            raise ValueError(f"entity label {entity.label!r} is not one of {', '.join(LABELS)}")
        start = end = None
        if spans is not None:
            start, end = spans[entity.start][0], spans[entity.end - 1][1]
        surface = text[start:end] if start is not None else " ".join(
            w.form for w in words[entity.start:entity.end]
        )
        item = {"label": entity.label, "start": start, "end": end, "word_start": entity.start,
                "word_end": entity.end, "text": surface}
        item.update({attr: entity.attrs.get(attr) for attr in ATTRIBUTES})
        out.append(item)
    return out


def row_to_sentence(row: dict) -> Sentence:
    """The CoNLL-U sentence of a row (class labels as integers), exactly as it was read."""
    count = len(row["tokens"])
    words = [
        Word(
            id=str(i + 1),
            form=row["tokens"][i],
            lemma=row["lemmas"][i],
            upos=UPOS_TAGS[row["upos"][i]],
            xpos=row["xpos"][i],
            feats=row["feats"][i],
            head="_" if row["head"][i] == -1 else str(row["head"][i]),
            deprel=row["deprel"][i],
            deps=row["deps"][i],
            misc=row["misc"][i],
        )
        for i in range(count)
    ]
    for extra in row["extra_lines"]:
        words.insert(extra["position"], Word(*extra["line"].split("\t")))
    return Sentence(comments=list(row["comments"]), words=words)

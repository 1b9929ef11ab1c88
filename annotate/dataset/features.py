"""The dataset's columns, declared once as `datasets.Features` and written into every shard.

One row per sentence. Columns users train on cover the syntactic words only (`tokens`, `upos`,
`head`, ...); `reviewed` and `annotator` say whether a person checked the entity layer (the
`# entities_reviewed` comment) and who; `comments`, `extra_lines`, `file` and `sent_index` make
the export lossless.
"""

from __future__ import annotations

from datasets import ClassLabel, Features, List, Value

from annotate.entities.schema import ATTRIBUTES, LABELS

UPOS_TAGS: tuple[str, ...] = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
)
NER_TAGS: tuple[str, ...] = ("O", *(f"{p}-{label}" for label in LABELS for p in ("B", "I")))


def entity_feature() -> dict:
    """One entity: label, character span in `text`, word span in `tokens`, and every attribute
    of annotate.entities.schema.ATTRIBUTES as a nullable string (null when absent)."""
    fields = {
        "label": Value("string"),
        "start": Value("int32"),
        "end": Value("int32"),
        "word_start": Value("int32"),
        "word_end": Value("int32"),
        "text": Value("string"),
    }
    fields.update({attr: Value("string") for attr in ATTRIBUTES})
    return fields


def dataset_features() -> Features:
    """The features of every split, identical across rows and splits."""
    strings = List(Value("string"))
    return Features(
        {
            "id": Value("string"),
            "doc_id": Value("string"),
            "text": Value("string"),
            "tokens": strings,
            "lemmas": strings,
            "upos": List(ClassLabel(names=list(UPOS_TAGS))),
            "xpos": strings,
            "feats": strings,
            "head": List(Value("int32")),
            "deprel": strings,
            "deps": strings,
            "misc": strings,
            "ner_tags": List(ClassLabel(names=list(NER_TAGS))),
            "entities": List(entity_feature()),
            "reviewed": Value("bool"),
            "annotator": Value("string"),
            "doc_meta": List({"key": Value("string"), "value": Value("string")}),
            "file": Value("string"),
            "sent_index": Value("int32"),
            "comments": strings,
            "extra_lines": List({"position": Value("int32"), "line": Value("string")}),
        }
    )

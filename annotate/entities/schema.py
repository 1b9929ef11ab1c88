"""The entity layer's encoding, shared by the annotators, the validator and the dataset builder.

In CoNLL-U, entities are BIO tags in MISC: `NER=B-ORG` on an entity's first word, `NER=I-ORG`
on the others, no `NER` key outside entities. The entity's attributes sit on its first word
as `NER<Attr>=value` (for example `NERValue=1231883|NERUnit=lượt%20người`). Attribute values
escape "%", "|", whitespace and "=" as %XX so that MISC stays one field without spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LABELS: tuple[str, ...] = ("ORG", "LEGAL", "QUANTITY", "MONEY", "PERCENT", "DATE")
NUMERIC_LABELS = frozenset({"QUANTITY", "MONEY", "PERCENT"})

NER_KEY = "NER"
ATTR_PREFIX = "NER"

# attribute name -> MISC key
ATTRIBUTES: dict[str, str] = {
    "value": "NERValue",  # QUANTITY/MONEY/PERCENT: a decimal number; DATE: ISO 8601
    "unit": "NERUnit",  # unit or counted noun / currency ("buổi", "đồng", "%")
    "id": "NERId",  # LEGAL: canonical identifier ("77/2010/NĐ-CP", "09-CT/TW")
    "type": "NERType",  # LEGAL: document type ("Nghị định")
    "number": "NERNumber",  # LEGAL: number ("77")
    "year": "NERYear",  # LEGAL: year ("2010")
    "issuer": "NERIssuer",  # LEGAL: issuing body code ("CP", "TW", "UBND")
    "rule": "NERRule",  # id of the rule or lexicon entry that produced the entity
}
MISC_TO_ATTRIBUTE = {v: k for k, v in ATTRIBUTES.items()}

NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")
ISO_DATE_RE = re.compile(
    r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?|\d{4}-Q[1-4])"
    r"(?:/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?))?$"
)


@dataclass
class Entity:
    """A span of syntactic words [start, end) in a sentence, with its label and attributes.

    `char_start`/`char_end` optionally keep the exact characters of the match in the sentence
    text (a match may cover only part of its first or last word); they are not written to MISC
    and do not take part in equality.
    """

    start: int
    end: int
    label: str
    attrs: dict[str, str] = field(default_factory=dict)
    char_start: int | None = field(default=None, compare=False)
    char_end: int | None = field(default=None, compare=False)


_ESCAPE = {"%": "%25", "|": "%7C", "=": "%3D", " ": "%20", "\t": "%09", "\n": "%0A"}
_UNESCAPE_RE = re.compile(r"%(25|7C|3D|20|09|0A)", re.IGNORECASE)


def escape_value(value: str) -> str:
    """Escape an attribute value for MISC."""
    return "".join(_ESCAPE.get(ch, ch) for ch in value)


def unescape_value(value: str) -> str:
    """Inverse of escape_value."""
    return _UNESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), value)


def attribute_error(label: str, attr: str, value: str) -> str | None:
    """A message when an attribute value is not in its documented format, else None."""
    if attr == "value":
        if label in NUMERIC_LABELS and not NUMBER_RE.match(value):
            return f"{label} value {value!r} is not a decimal number"
        if label == "DATE" and not ISO_DATE_RE.match(value):
            return f"DATE value {value!r} is not an ISO 8601 date, month, year or range"
        if label not in NUMERIC_LABELS and label != "DATE":
            return f"{label} entities carry no value"
    if attr == "year" and not re.match(r"^\d{4}$", value):
        return f"year {value!r} is not a four-digit year"
    return None


def is_entity_key(key: str) -> bool:
    """True for the MISC keys this layer owns (NER and NER<Attr>)."""
    return key == NER_KEY or key in MISC_TO_ATTRIBUTE


def decode_entities(words: list) -> list[Entity]:
    """Entities from the MISC column of a sentence's syntactic words (conllu_io.Word objects).

    Lenient: an I- tag that does not continue an entity of its label starts a new one (the
    validator reports it); unknown NER* keys are ignored.
    """
    entities: list[Entity] = []
    current: Entity | None = None
    for index, word in enumerate(words):
        misc = word.misc_dict()
        tag = misc.get(NER_KEY)
        if not tag or tag == "O":
            current = None
            continue
        prefix, _, label = tag.partition("-")
        if prefix == "I" and current is not None and current.label == label and current.end == index:
            current.end = index + 1
            continue
        attrs = {
            MISC_TO_ATTRIBUTE[k]: unescape_value(v) for k, v in misc.items() if k in MISC_TO_ATTRIBUTE
        }
        current = Entity(index, index + 1, label, attrs)
        entities.append(current)
    return entities


def encode_entities(words: list, entities: list[Entity]) -> None:
    """Replace the entity layer in the MISC column of `words` (syntactic words, in order) with
    `entities`; all other MISC attributes keep their order and values."""
    for word in words:
        misc = word.misc_dict()
        if any(is_entity_key(k) for k in misc):
            word.set_misc({k: v for k, v in misc.items() if not is_entity_key(k)})
    for entity in entities:
        for index in range(entity.start, entity.end):
            word = words[index]
            misc = word.misc_dict()
            misc[NER_KEY] = ("B-" if index == entity.start else "I-") + entity.label
            if index == entity.start:
                for attr, value in entity.attrs.items():
                    misc[ATTRIBUTES[attr]] = escape_value(str(value))
            word.set_misc(misc)

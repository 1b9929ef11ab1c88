"""Entity annotators (ORG, LEGAL, QUANTITY, MONEY, PERCENT, DATE) and their CoNLL-U encoding.

The pipeline calls `tag_sentence(sentence)` on each parsed sentence and writes the result with
`schema.encode_entities`; `entity_json` gives the JSONL form with character offsets.
"""

from annotate.entities.jsonout import entity_json
from annotate.entities.schema import Entity
from annotate.entities.tagger import tag_sentence

__all__ = ["Entity", "entity_json", "tag_sentence"]

"""The Vietnamese inventory check: DEPREL and XPOS values that UD_Vietnamese-VTB uses.

Values outside the inventory are warnings: a corpus may legitimately use a new subtype.
The inventory is data (annotate/data/vtb_inventory.json, made by scripts/make_vtb_inventory.py).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from annotate.validate.format import Sentence
from annotate.validate.incidents import WARNING, Incident

INVENTORY_PATH = Path(__file__).resolve().parent.parent / "data" / "vtb_inventory.json"


@lru_cache(maxsize=1)
def load_inventory() -> tuple[frozenset[str], frozenset[str]]:
    """The (DEPREL, XPOS) value sets of VTB."""
    data = json.loads(INVENTORY_PATH.read_text(encoding="utf-8"))
    return frozenset(data["deprel"]), frozenset(data["xpos"]) | {"_"}


def check_inventory(sent: Sentence, path: str, out: list[Incident]) -> None:
    """Warn on DEPREL and XPOS values of the sentence's words that VTB does not use."""
    deprels, xpos = load_inventory()
    for lineno, cols in sent.words:
        if cols[7] not in deprels:
            out.append(Incident(WARNING, "vi-unknown-deprel", path, lineno,
                                f"DEPREL {cols[7]!r} is not used in UD_Vietnamese-VTB.", sent.sent_id))
        if cols[4] not in xpos:
            out.append(Incident(WARNING, "vi-unknown-xpos", path, lineno,
                                f"XPOS {cols[4]!r} is not used in UD_Vietnamese-VTB.", sent.sent_id))

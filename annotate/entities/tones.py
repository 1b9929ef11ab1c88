"""Old- and new-style tone placement on "oa", "oe" and "uy" ("Hoà" / "Hòa", "Uỷ" / "Ủy"):
both are correct Vietnamese, and both occur in real text."""

from __future__ import annotations

import re

# old style -> new style, for open syllables ("hoà", not "hoàn", whose tone is on "a" either way)
OLD_TO_NEW = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
              "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
              "uỵ": "ụy"}
_CASED = {**OLD_TO_NEW, **{k.capitalize(): v.capitalize() for k, v in OLD_TO_NEW.items()},
          **{k.upper(): v.upper() for k, v in OLD_TO_NEW.items()}}
_MARKED = "".join(sorted({pair[1] for pair in _CASED}))
# not after "q" ("quý": the "u" belongs to "qu"), and only at the end of a syllable
_OLD_RE = re.compile(rf"(?<![qQ])[oOuU][{_MARKED}](?!\w)")


def new_style(text: str) -> str:
    """`text` with old-style tone placement written in the new style; the same length, so
    character offsets carry over."""
    return _OLD_RE.sub(lambda m: _CASED.get(m.group(), m.group()), text)

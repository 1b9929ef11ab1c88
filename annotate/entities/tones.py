"""Spelling variants the annotators read as one: old- and new-style tone placement on "oa",
"oe" and "uy" ("Hoà" / "Hòa", "Uỷ" / "Ủy"), both correct Vietnamese and both in real text; and
the Icelandic eth typed for "đ" ("HÐND", "NÐ-CP")."""

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


_LOOKALIKES = str.maketrans("Ðð", "Đđ")  # U+00D0/U+00F0 -> U+0110/U+0111


def as_read(text: str) -> str:
    """`text` as the annotators read it: `new_style`, look-alike letters replaced; the same
    length, so character offsets carry over."""
    text = new_style(text)
    if "Ð" in text or "ð" in text:  # rare: the other texts are spared a pass over each letter
        text = text.translate(_LOOKALIKES)
    return text

"""Rewrite UD-style spaced text as text people actually write.

UD_Vietnamese-VTB writes every punctuation mark as a separate, space-delimited
token ("tham gia ; biên soạn").  Real Vietnamese text attaches punctuation to
its neighbour ("tham gia; biên soạn").  This module holds the one rule set used
both to build tokenizer training text and to build the "real text" version of
the test set in the evaluation script, so the two always agree.

Rules (applied to a list of word forms):

* no space before closing punctuation: , . ; : ! ? ) ] } ” ’ » … and "...";
* no space after opening punctuation: ( [ { “ ‘ «;
* straight double quotes ``"`` alternate: an opening one sticks to the word
  after it, a closing one to the word before it;
* hyphens, dashes and slashes stay spaced (they are often spaced in real text
  too, and VTB uses them in document numbers written with spaces).
"""

from __future__ import annotations

from collections.abc import Sequence

#: Tokens that attach to the preceding token (no space before them).
CLOSING: frozenset[str] = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’", "»", "…", "...", "%"}
)
#: Tokens that attach to the following token (no space after them).
OPENING: frozenset[str] = frozenset({"(", "[", "{", "“", "‘", "«"})
#: Bracket placeholders used in VTB dev, mapped back to the characters.
BRACKETS: dict[str, str] = {"LBKT": "(", "RBKT": ")"}


def normalize_form(form: str) -> str:
    """Return ``form`` with VTB bracket placeholders (LBKT/RBKT) mapped back."""
    return BRACKETS.get(form, form)


def real_spacing(forms: Sequence[str]) -> list[bool]:
    """Return, for each form, whether a space follows it in real text.

    The last form always gets ``True`` (a sentence is followed by a space when
    sentences are joined into a paragraph).
    """
    n = len(forms)
    space_after = [True] * n
    quote_open = False
    for i, form in enumerate(forms):
        if form == '"':
            if quote_open:
                # closing quote: attach to the previous token
                if i > 0:
                    space_after[i - 1] = False
            elif i + 1 < n:
                # opening quote: attach to the next token
                space_after[i] = False
            quote_open = not quote_open
        elif form in CLOSING and i > 0:
            space_after[i - 1] = False
        elif form in OPENING and i + 1 < n:
            space_after[i] = False
    if n:
        space_after[-1] = True
    return space_after


def join_forms(forms: Sequence[str], space_after: Sequence[bool]) -> str:
    """Join ``forms`` using the given space-after flags (no trailing space)."""
    parts: list[str] = []
    for form, space in zip(forms, space_after):
        parts.append(form)
        if space:
            parts.append(" ")
    return "".join(parts).rstrip(" ")


def to_real_text(forms: Sequence[str]) -> str:
    """Rewrite a UD-tokenized sentence (list of word forms) as real text.

    >>> to_real_text(["tham gia", ";", "biên soạn", "(", "2011", ")", "."])
    'tham gia; biên soạn (2011).'
    >>> to_real_text(["nói", ":", '"', "Coi bộ", "nhỏ", '"', "."])
    'nói: "Coi bộ nhỏ".'
    """
    forms = [normalize_form(f) for f in forms]
    return join_forms(forms, real_spacing(forms))


def to_spaced_text(forms: Sequence[str]) -> str:
    """Join a UD-tokenized sentence the way UD's ``# text`` lines do."""
    return " ".join(normalize_form(f) for f in forms)

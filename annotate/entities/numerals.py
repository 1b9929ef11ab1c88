"""Vietnamese numbers: digit strings ("1.231.883", "2,5", "03") and number words ("hai mươi lăm"),
with multipliers (nghìn, triệu, tỷ), to exact decimal values."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from annotate.entities.lexicon import lexicons

DIGITS = (r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
          r"|\d+\.\d{1,2}(?!\d)")
_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")
_COMMA_THOUSANDS_RE = re.compile(r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$")


def digits_value(text: str) -> Decimal:
    """The value of a digit string: "." groups thousands and "," marks decimals ("1.231.883",
    "2,5"); a "." followed by one or two digits is a decimal point ("2.5"); two or more ","
    groups of three are English-style thousands ("1,500,000")."""
    if _COMMA_THOUSANDS_RE.match(text):
        return Decimal(text.replace(",", ""))
    if _THOUSANDS_RE.match(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    return Decimal(text.replace(",", "."))


@cache
def _words() -> tuple[dict[str, int], dict[str, int], set[str]]:
    numbers = lexicons().numbers
    return numbers["digits"], numbers["multipliers"], set(numbers["vague"])


def number_value(tokens: list[str]) -> Decimal | None:
    """The value of a number expression (digit strings, number words, multipliers), or None when
    it is vague ("vài trăm", "chục tỷ" without a count)."""
    digits, multipliers, vague = _words()
    numbers = lexicons().numbers
    total = Decimal(0)
    group = Decimal(0)
    last = Decimal(0)
    biggest = 0
    previous_multiplier = 0
    for index, raw in enumerate(tokens):
        token = raw.lower()
        if token in vague or (index == 0 and token in multipliers):
            return None
        multiplier = 0
        if token[0].isdigit():
            last = digits_value(token)
            group += last
        elif token in digits:
            last = Decimal(digits[token])
            group += last
        elif token in numbers["tens"]:
            group += last * 9
            last = Decimal(0)
        elif token in numbers["half_before"]:  # "nửa triệu": half of the multiplier after it
            last = Decimal("0.5")
            group += last
        elif token in numbers["half"]:
            half = Decimal(previous_multiplier) / 2
            if previous_multiplier >= 1000:
                total += half
            else:
                group += half
        elif token in multipliers:
            multiplier = multipliers[token]
            if multiplier < 1000:
                group = (group or 1) * multiplier
            elif multiplier >= biggest:
                total = (total + group) * multiplier
                biggest = multiplier
                group = Decimal(0)
            else:
                total += (group or 1) * multiplier
                group = Decimal(0)
            last = Decimal(0)
        previous_multiplier = multiplier
    return total + group


def format_value(value: Decimal) -> str:
    """A decimal as the schema's value string: no exponent, no trailing zeros ("2500000000")."""
    return format(value.normalize(), "f")

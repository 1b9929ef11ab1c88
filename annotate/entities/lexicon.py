"""The annotators' rules as data: lexicons loaded once from annotate/data/entities/, checked on load.

Every JSONL entry has a unique `id`, recorded as the `rule` attribute of the entities it produces.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from annotate.errors import VicorpusError

DATA = "annotate.data.entities"

DASHES = "-–—‐‑−"
DASH = f"[{DASHES}]"
UPPER = "".join(
    c for c in map(chr, [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if c.isupper()
)
# a syllable or acronym starting with a capital letter; names of the highlands keep their
# apostrophe ("Ia H’Drai", "Cư M’gar")
CAP_WORD = f"[{UPPER}][^\\W_]*(?:['’][^\\W\\d_][^\\W_]*)?"
# a capitalised word next, after a space: where a name begins
CAP_NEXT_RE = re.compile(rf"[ \t]+[{UPPER}]")


class LexiconError(VicorpusError):
    """A lexicon data file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Lexicons:
    """All entity lexicons, as loaded from the package data."""

    doc_types: list[dict]
    currencies: list[dict]
    units: list[dict]
    approximators: list[dict]
    org_heads: list[dict]
    org_domains: list[dict]
    org_names: dict
    localities: dict
    numbers: dict
    stopwords: dict


_REQUIRED: dict[str, dict[str, type]] = {
    "doc_types.jsonl": {"id": str, "type": str, "codes": list},
    "currencies.jsonl": {"id": str, "unit": str, "forms": list},
    "units.jsonl": {"id": str, "form": str, "kind": str},
    "approximators.jsonl": {"id": str, "form": str},
    "org_heads.jsonl": {"id": str, "forms": list, "kind": str},
    "org_domains.jsonl": {"id": str, "name": str},
}
_KINDS = {
    "units.jsonl": {"metric", "measure", "container", "classifier", "noun_classifier",
                    "modifier"},
    "org_heads.jsonl": {"body", "needs_suffix", "named", "committee"},
}


def _open(name: str, directory: Path | None) -> str:
    try:
        if directory is not None:
            return (directory / name).read_text(encoding="utf-8")
        return resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"cannot read lexicon: {error}", name) from error


def _expand_forms(row: dict) -> dict:
    """The row with `forms` written out from `forms_from`, lists of words whose every
    combination, joined by spaces, is a form: [["Đoàn", "Công đoàn"], ["Khối các cơ quan",
    "khối các cơ quan"]] gives "Đoàn Khối các cơ quan", "Đoàn khối các cơ quan", ..."""
    parts = row.get("forms_from")
    if not isinstance(parts, list) or "forms" in row \
            or not all(isinstance(p, list) and all(isinstance(w, str) for w in p) for p in parts):
        return row
    return {**row, "forms": [" ".join(words) for words in itertools.product(*parts)]}


def load_jsonl(name: str, directory: Path | None = None) -> list[dict]:
    """Read and check one JSONL lexicon: required keys with their types, unique ids, known kinds
    (an entry may give its `forms` as `forms_from`, see `_expand_forms`)."""
    rows: list[dict] = []
    seen: set[str] = set()
    required = _REQUIRED[name]
    for number, line in enumerate(_open(name, directory).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise LexiconError(f"invalid JSON: {error.msg}", name, number) from error
        if not isinstance(row, dict):
            raise LexiconError("entry is not a JSON object", name, number)
        row = _expand_forms(row)
        for key, kind in required.items():
            if not isinstance(row.get(key), kind):
                raise LexiconError(f"entry needs {key!r} ({kind.__name__})", name, number)
        if row["id"] in seen:
            raise LexiconError(f"duplicate id {row['id']!r}", name, number)
        seen.add(row["id"])
        kinds = _KINDS.get(name)
        if kinds is not None and row["kind"] not in kinds:
            raise LexiconError(f"unknown kind {row['kind']!r} (expected one of "
                               f"{', '.join(sorted(kinds))})", name, number)
        rows.append(row)
    return rows


def load_json(name: str, keys: tuple[str, ...], directory: Path | None = None) -> dict:
    """Read one JSON lexicon object and check that it has `keys`."""
    try:
        data = json.loads(_open(name, directory))
    except json.JSONDecodeError as error:
        raise LexiconError(f"invalid JSON: {error.msg}", name, error.lineno) from error
    missing = [k for k in keys if k not in data]
    if missing:
        raise LexiconError(f"missing keys: {', '.join(missing)}", name)
    return data


def load_lexicons(directory: Path | None = None) -> Lexicons:
    """Load and check every lexicon (from `directory`, or the package data)."""
    return Lexicons(
        doc_types=load_jsonl("doc_types.jsonl", directory),
        currencies=load_jsonl("currencies.jsonl", directory),
        units=load_jsonl("units.jsonl", directory),
        approximators=load_jsonl("approximators.jsonl", directory),
        org_heads=load_jsonl("org_heads.jsonl", directory),
        org_domains=load_jsonl("org_domains.jsonl", directory),
        org_names=load_json("org_names.json", ("company_words",), directory),
        localities=load_json("localities.json", ("levels", "places", "not_org"), directory),
        numbers=load_json("numbers.json", (
            "digits", "after_tens_only", "tens", "zero_fillers", "multipliers", "half", "vague",
            "one_units", "duration_units", "ordinal_prefixes", "not_counted", "not_contents",
            "pair_nouns", "money_triggers", "ambiguous_words", "locative_nouns", "amount_verbs"),
            directory),
        stopwords=load_json(
            "stopwords.json", ("title_stop", "committee_stop", "roles", "surnames"), directory),
    )


@cache
def lexicons() -> Lexicons:
    """The package lexicons, loaded once."""
    return load_lexicons()


def _phrase_parts(form: str) -> list[str]:
    """The regexes of a lexicon phrase's parts: spaces match any whitespace, dashes any dash
    with or without spaces, "và" also "&", a comma after a word may be left out ("phòng chống
    tham nhũng")."""
    parts = []
    tokens = [token for token in re.split(r"(\s+|[" + DASHES + "])", form) if token]
    for index, token in enumerate(tokens):
        if token.isspace():
            beside_dash = index > 0 and tokens[index - 1] in DASHES \
                or index + 1 < len(tokens) and tokens[index + 1] in DASHES
            if not beside_dash:  # the dash's pattern takes its spaces: "Thừa Thiên-Huế"
                parts.append(r"\s+")
        elif token in DASHES:
            parts.append(r"\s*" + DASH + r"\s*")
        elif token == "và":
            parts.append("(?:và|&)")  # "Nông nghiệp & Phát triển nông thôn"
        elif len(token) > 1 and token.endswith(","):
            parts.append(re.escape(token[:-1]) + ",?")
        else:
            parts.append(re.escape(token))
    return parts


def title_case(form: str) -> str:
    """`form` with every syllable capitalised, as pages write names and titles ("Ủy ban nhân
    dân" -> "Ủy Ban Nhân Dân", "Bộ luật" -> "Bộ Luật")."""
    return " ".join(word[:1].upper() + word[1:] for word in form.split(" "))


def phrase_key(text: str) -> str:
    """A phrase as `phrase` matched it, written as the lexicon writes its forms, to look the form
    up: one space between words, dashes without spaces, "&" as "và", no commas ("Ban  chỉ đạo",
    "héc - ta", "Nông nghiệp & Phát triển nông thôn")."""
    text = re.sub(rf"\s*[{DASHES}]\s*", "-", text.replace(",", ""))
    return re.sub(r"\s+", " ", re.sub(r"(?<!\w)&(?!\w)", "và", text))


def phrase(form: str) -> str:
    """A regex for a lexicon phrase (see `_phrase_parts`)."""
    return "".join(_phrase_parts(form))


def alternation(forms: list[str]) -> str:
    """One non-capturing alternation of phrases, longest first, bounded by non-word characters
    (an empty list gives a pattern that matches nothing)."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    if not ordered:
        return r"(?!)"  # matches nothing
    return r"(?<!\w)(?:" + "|".join(phrase(f) for f in ordered) + r")(?!\w)"


def _letters(part: str) -> list[str]:
    """A phrase part as trie keys: an escaped plain word as its escaped letters; a part with
    regex syntax ("\\s+", "(?:và|&)", "phòng,?") whole."""
    word = re.sub(r"\\(.)", r"\1", part)
    return [re.escape(c) for c in word] if re.escape(word) == part else [part]


def trie_alternation(forms: list[str] | frozenset[str]) -> str:
    """The same pattern as `alternation` for many phrases (organisation heads, thousands of
    place names), factored into a trie so that matching does not try every phrase at every
    position."""
    trie: dict = {}
    for form in set(forms):
        node = trie
        for part in _phrase_parts(form):
            # a plain word letter by letter, so that each position tries a letter, not every
            # word that begins with it
            for piece in _letters(part):
                node = node.setdefault(piece, {})
        node[""] = {}  # a phrase ends here

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [key + emit(child) for key, child in sorted(node.items()) if key]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    if not trie:
        return r"(?!)"
    first = "".join(sorted({re.escape(form[0]) for form in forms if form}))
    # the lookahead on the first letters lets a search skip most positions at once
    return rf"(?<!\w)(?=[{first}])" + emit(trie) + r"(?!\w)"


@cache
def unit_pattern() -> str:
    """The units and counted nouns of the lexicon, in any case but those marked
    `lowercase_only` ("bộ" counts sets: "01 bộ hồ sơ"; not in "Lữ đoàn 144 Bộ Tổng tham mưu")."""
    units = lexicons().units
    return "(?i:" + trie_alternation([row["form"] for row in units
                                      if not row.get("lowercase_only")]) \
        + ")|" + alternation([row["form"] for row in units if row.get("lowercase_only")])


@cache
def _unit_re() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{unit_pattern()})")


def unit_follows(text: str, position: int) -> bool:
    """True when a unit or counted noun of the lexicon follows `position` after whitespace
    ("2000 người", "5 năm"): the number before it is a count."""
    return _unit_re().match(text, position) is not None

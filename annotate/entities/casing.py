"""Headings written in capitals, read as ordinary text: "CỦA BỘ TÀI CHÍNH SỐ 121/2004/TT-BTC NGÀY 16
THÁNG 12 NĂM 2004" as "của Bộ Tài Chính số 121/2004/TT-BTC ngày 16 tháng 12 năm 2004", so that
the annotators find in a heading what they find in a sentence. Acronyms, codes and Roman numerals
keep their capitals ("UBND", "TT-BTC", "XIII"); the result has the same length, so character
offsets carry over."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from annotate.entities.lexicon import UPPER, lexicons

# three words in capitals in a row, the least a heading has (a quick test before the real one)
_RUN_RE = re.compile(rf"[{UPPER}]{{2,}}(?:[\W\d_]+[{UPPER}]+){{2}}")
_WORD_RE = re.compile(r"[^\W\d_]+")
_ROMAN_RE = re.compile(r"[IVXLC]+")


@cache
def _syllable() -> re.Pattern[str]:
    """A Vietnamese syllable in capitals ("BỘ", "NGHỊ", "QUYẾT"), which an acronym is not ("UBND",
    "ASEAN", "HĐND")."""
    vowels = "".join(c for c in UPPER
                     if unicodedata.normalize("NFD", c)[0] in "AEIOUY" and c.isalpha())
    return re.compile(rf"(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPQRSTVX])?"
                      rf"[{vowels}]{{1,3}}(?:NG|NH|CH|[CMNPT])?")


def _shouted(word: str) -> bool:
    return not _ROMAN_RE.fullmatch(word) and _syllable().fullmatch(word) is not None


def heading_readings(text: str) -> list[str]:
    """`text` as ordinary text where it holds a heading (a run of at least three syllables in
    capitals), in two readings: each syllable capitalised ("Bộ Tài Chính", "Hội Đồng Nhân Dân"),
    and only the first of each stretch ("Nghị quyết đại hội đại biểu toàn quốc"); function words
    ("của", "ngày", "năm", "số") and verbs of two syllables ("ban hành") in lowercase in both,
    and they end a stretch. None without one."""
    if _RUN_RE.search(text) is None:
        return []
    lowercase = frozenset(lexicons().stopwords["heading_lowercase"])
    runs: list[list[re.Match[str]]] = [[]]
    for word in _WORD_RE.finditer(text):
        if word.group().isupper():
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    title, sentence = list(text), list(text)
    found = False
    for run in runs:
        if sum(_shouted(word.group()) for word in run) < 3:
            continue
        found = True
        first = True  # the first syllable of a stretch
        verb = 0  # syllables left of a verb of two ("BAN HÀNH", which is no "Ban")
        for index, word in enumerate(run):
            if not _shouted(word.group()):
                first = True  # "CHỈ THỊ SỐ 19/CT-TTG": an acronym or a code ends one
                continue
            lower = word.group().lower()
            if index + 1 < len(run) and f"{lower} {run[index + 1].group().lower()}" in lowercase:
                verb = 2
            if verb or lower in lowercase:
                verb = max(0, verb - 1)
                title[word.start():word.end()] = sentence[word.start():word.end()] = lower
                first = True
                continue
            capitalised = word.group()[0] + lower[1:]
            title[word.start():word.end()] = capitalised
            sentence[word.start():word.end()] = capitalised if first else lower
            first = False
    return ["".join(title), "".join(sentence)] if found else []

"""LEGAL mentions: a document type word with its number and symbol, or with its proper title.

Numbering conventions (spaces and any dash accepted, "số" optional):
legal normative `77/2010/NĐ-CP`, administrative `15/QĐ-UBND`, party `09-CT/TW`. Titles: "Luật An
ninh quốc gia", "Bộ luật Hình sự", "Hiến pháp năm 2013", "Điều lệ Đảng", and party resolutions
named by their plenum or congress ("Nghị quyết Hội nghị lần thứ 11", "NQ Hội nghị Trung ương
4"). Short references by the capitalised type word and number alone ("Nghị định 15/2020", "Chỉ
thị 05") for the types marked `short` in the lexicon, and by the code with "số" for those marked
`cited_by_code` ("NQ số 05").
Codes and laws cited by a lowercase title come from the lexicon's `lowercase_titles` ("Bộ luật
hình sự", "Luật đất đai"), and the types marked `cited_in_lowercase` may be lowercase themselves
("luật Nghĩa vụ quân sự"); types marked `quoted_title` take a title in quotes ('Đề án “...”', or
quoted with it: '“Đề án ...”').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from annotate.entities.lexicon import (
    CAP_WORD, DASH, DASHES, UPPER, alternation, lexicons, phrase, phrase_key, title_case,
    trie_alternation, unit_follows,
)
from annotate.entities.mention import Mention

_CODE = rf"[{UPPER}][\w&]*"
# "40/TTr.UB", "97/2007/NQ.HĐND.K7"; not "UBND.Tiếp" (no space)
_DOTTED_CODE = rf"\.[{UPPER}][{UPPER}\d&]*(?!\w)"
_NUM = r"\d+[a-z]?"
_YEAR = r"(?:19|20)\d\d"
_SYMBOL = (
    rf"(?P<num>{_NUM})\s*(?:"
    rf"/\s*(?P<year>{_YEAR})\s*/\s*(?P<ncodes>{_CODE}(?:\s*[{DASHES}/]\s*{_CODE}|{_DOTTED_CODE})*)"
    # ("4617/QCPH/BTP-LĐLSVN": a joint regulation's kind, then its issuers after a slash)
    rf"|/\s*(?P<acodes>{_CODE}(?:\s*(?:{DASH}|/)\s*{_CODE}|{_DOTTED_CODE})*)"
    # ("21-CT/T.Ư": the central committee abbreviated with a dot)
    rf"|(?:{DASH}\s*|\s+)(?P<pkind>{_CODE})\s*/\s*"
    rf"(?P<pissuer>{_CODE}(?:\s*[{DASHES}/]\s*{_CODE}|{_DOTTED_CODE})*)"
    # the older decrees' "07-CP", "64-CP": the issuer alone after a dash; "03-CT-BCT": the
    # kind and the issuer joined by dashes only
    rf"|{DASH}(?P<dcodes>{_CODE}(?:{DASH}{_CODE})?)"
    r")"
)
# a short reference's number and year, not a symbol's start nor a decimal: "15/2020", "680"
_SHORT_NUMBER = (rf"\s+(?P<num>{_NUM})(?:\s*/\s*(?P<year>{_YEAR}))?"
                 rf"(?![\w/]|[.,]\d|\s*{DASH}\s*\w)")
_TITLE_WORD_RE = re.compile(r"\s*(,?)\s*([^\W\d_][\w]*(?:-[\w]+)?)")
# (not a chapter's number: "Chương VIII" Điều lệ Đảng)
_CAP_BEFORE_RE = re.compile(rf"(?<=\w[ \t])(?![IVXLC]+[ \t]){CAP_WORD}[ \t]+$")
# "Công ty Luật Phong Gia": a law firm; "Đại học Luật Hà Nội", "khoa Luật", "cử nhân Luật": the
# field of study; "Tiểu ban Điều lệ Đảng": the subcommittee that drafts it
_FIRM_BEFORE_RE = re.compile(r"(?<!\w)(?:[Cc]ông[ \t]+ty|[Hh]ãng|[Đđ]ại[ \t]+học|[Hh]ọc[ \t]+viện"
                             r"|[Kk]hoa|[Nn]gành|[Cc]ử[ \t]+nhân|[Tt]iểu[ \t]+ban)[ \t]+$")
# a place's level word: "thôn Luật Bình", "xã Luật Sơn"
_PLACE_LEVEL_BEFORE_RE = re.compile(r"(?<!\w)(?:thôn|xóm|ấp|xã|phường|huyện|quận|tỉnh)[ \t]+$")
_YEAR_SUFFIX_RE = re.compile(rf"\s*(?:,\s*)?(?:năm\s+)?({_YEAR})(?![\w/])")
_PARTY_COMMITTEE = (r"Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)"
                    rf"(?:\s+{CAP_WORD}){{0,4}}")
_PLENUM_RE = re.compile(
    r"(?<!\w)(?:[Nn]ghị quyết|NQ)\s+(?:(?:[Hh]ội nghị|[Đđ]ại hội)(?:\s+(?!lần\b|Nghị\b)[\w.]+){0,8}?\s+"
    r"(?:lần\s+thứ\s+(?:\d+|[IVXLC]+|[^\W\d_]+(?:\s+(?:mươi|mốt|hai|ba|tư|lăm|năm|sáu|bảy|tám|chín))*)"
    r"|lần\s+(?:\d+|[IVXLC]+)(?!\w)"
    r"|Trung ương\s+(?:\d+|[IVXLC]+)|[IVXLC]+)"
    r"|(?:Trung ương|TW|TƯ|T\.Ư)\s+(?:\d+|[IVXLC]+)"
    # "Nghị quyết Đại hội Đảng bộ tỉnh Trà Vinh": a congress by its party committee alone
    rf"|[Đđ]ại hội(?:\s+đại biểu)?\s+{_PARTY_COMMITTEE})(?!\w)"
    # "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng": the plenum's committee
    r"(?:\s+(?:Ban\s+[Cc]hấp\s+hành|BCH)\s+[Tt]rung\s+ương(?:\s+[Đđ]ảng)?(?!\w))?"
    r"(?:\s+khóa\s+(?:[IVXLC]+|\d+))?"
    # "Nghị quyết Đại hội lần thứ XXIV Đảng bộ huyện Định Hóa": the committee after its number
    rf"(?:\s+{_PARTY_COMMITTEE}(?!\w))?"
)


# what may follow a short reference: its date ("năm 2017", "ngày 3/4/2019", outside the span) or
# anything but a counted noun
# an amending law is titled by the laws it amends: "Luật sửa đổi, bổ sung một số điều của Luật
# Cán bộ, công chức và Luật Viên chức" (the comma may be left out; so may "bổ sung": "Luật sửa
# đổi Luật Ban hành văn bản ..."; lowercase: "luật sửa đổi, bổ sung một số điều của Luật Thuế")
# "Pháp lệnh sửa đổi, bổ sung ... của Pháp lệnh Ưu đãi ...", "Luật sửa đổi, bổ sung Điều 6 và Phụ
# lục 4 về ... của Luật Đầu tư": the articles it amends, up to the "của" before the law (or to
# the law: "một số điều Luật Tổ chức Chính phủ")
_AMENDING_RE = re.compile(r"(?<!\w)(?P<type>Luật|luật|Bộ luật|Pháp lệnh)\s+(?:sửa|Sửa)\s+đổi"
                          r"(?:\s*,?\s*bổ\s+sung)?\s+"
                          r"(?:(?:một\s+(?:số|vài)\s+(?:điều|Điều)|Điều|điều|khoản|Phụ\s+lục)"
                          r"[^.;:\n]{0,160}?\s+(?:của\s+)?(?=(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s))?")
_THIS_RE = re.compile(r"\s+này(?!\w)")
# a stop word that finishes the word before it in a title: "Luật Thực hiện dân chủ ở cơ sở"
_TITLE_COMPOUNDS = frozenset({"thực hiện"})
_DASH_CODE_RE = re.compile(rf"\d{DASH}[{UPPER}]")  # "07-CP": a symbol without a slash
_LAW_LIST_GAP_RE = re.compile(r"\s*,\s*|\s+và\s+")
_GENERIC_BEFORE_RE = re.compile(r"(?<!\w)(?i:bản|các|những|một|mỗi|dự án|dự thảo|có)\s+$")
_GENERIC_AFTER_RE = re.compile(r"\s+(?:đầu tiên|mới)(?!\w)")
_DATE_AFTER_RE = re.compile(rf"\s+(?:năm\s+{_YEAR}(?!\w)|ngày\s+\d{{1,2}}\s*(?:[/.\-]|tháng))")


@dataclass(frozen=True)
class _Rules:
    numbered: re.Pattern[str]
    short: re.Pattern[str]
    short_so: re.Pattern[str]
    titled: re.Pattern[str]
    lowercase_titles: dict[str, re.Pattern[str]]
    types: dict[str, dict]
    codes: frozenset[str]
    header: re.Pattern[str]
    bare: re.Pattern[str]
    title_symbol: re.Pattern[str]
    type_of_code: dict[str, dict]
    stop: frozenset[str]
    abbreviated: re.Pattern[str]
    abbreviation_types: dict[str, str]
    quoted: re.Pattern[str]
    state: re.Pattern[str]
    coded: re.Pattern[str]


@cache
def _rules() -> _Rules:
    rows = lexicons().doc_types
    types = {phrase_key(row["type"]).lower(): row for row in rows}
    forms = sorted({row["type"].lower() for row in rows}, key=len, reverse=True)
    titled = [row["type"] for row in rows if row.get("titled")]
    # also in title case, as pages write them: "Bộ Luật Hình Sự năm 1985"
    # and in lowercase, for the types cited so ("theo luật Nghĩa vụ quân sự", "bộ luật hình sự")
    lower_titled = [row["type"].lower() for row in rows if row.get("cited_in_lowercase")]
    titled = sorted({*titled, *map(title_case, titled), *lower_titled}, key=len, reverse=True)
    short = sorted((row["type"] for row in rows if row.get("short")), key=len, reverse=True)
    every_type = sorted((row["type"] for row in rows), key=len, reverse=True)
    # in lowercase as local pages write them ("nghị quyết số 06", "nghị quyết 04"), but not the
    # common noun "văn bản" nor, without "số", the types that are verbs too ("quyết định 3 vấn đề")
    lower_types = [row["type"].lower() for row in rows if not row.get("lowercase_generic")]
    lower_short = [row["type"].lower() for row in rows if row.get("short") and not row.get("verb")]
    abbreviations = {a: row["type"] for row in rows for a in row.get("abbreviations", [])}
    short_codes = sorted({code for row in rows if row.get("cited_by_code")
                          for code in row["codes"]})
    quoted = sorted((row["type"] for row in rows if row.get("quoted_title")), key=len, reverse=True)
    return _Rules(
        # "Quyết định số: 15/2020/QĐ-UBND", "Báo cáo thẩm tra số 368/BC-HĐND": a colon after
        # "số", up to two lowercase words of what the document is before it
        numbered=re.compile(rf"(?P<type>(?i:{trie_alternation(forms)}))"
                            rf"(?:(?:\s+(?!số(?!\w))(?![{UPPER}])[^\W\d_]+){{0,2}}"
                            rf"\s+(?i:số)(?:[ \t]*:(?=[ \t]*\d)|(?=\s)))?"
                            rf"\s*{_SYMBOL}"
                            rf"(?![\w/]|{DASH}\w)"),
        # "Nghị định 15/2020"; with "số", every type: "Kế hoạch số 680 của UBND tỉnh" (searched
        # for only in sentences with "số")
        short=re.compile(r"(?<!\w)(?P<type>" + "|".join(phrase(f) for f in [*short, *lower_short])
                         + rf")(?:\s+(?i:số))?{_SHORT_NUMBER}"),
        # also by the code of a type cited by number, and with its code in brackets: "NQ số 05",
        # "Nghị quyết (NQ) số 05"
        short_so=re.compile(r"(?<!\w)(?:(?P<type>" + trie_alternation([*every_type, *lower_types])
                            + r")(?:\s*\([A-ZĐ]{2,3}\))?|(?P<code>" + alternation(short_codes)
                            + r"))\s+(?i:số)" + _SHORT_NUMBER),
        titled=re.compile(r"(?<!\w)(?P<type>" + "|".join(phrase(f) for f in titled) + r")(?!\w)"),
        lowercase_titles={row["id"]: re.compile(r"\s+(?i:" + alternation(row["lowercase_titles"])
                                                + ")")
                          for row in rows if row.get("lowercase_titles")},
        types=types,
        codes=frozenset(code for row in rows for code in row["codes"]),
        title_symbol=re.compile(rf"\s+(?:(?i:số)\s+)?{_SYMBOL}(?![\w/]|{DASH}\w)"),
        header=re.compile(rf"(?<!\w)(?i:số)\s*:\s*{_SYMBOL}(?![\w/]|{DASH}\w)"),
        # a symbol on its own, in a list or after a common noun: "(208/QĐ-UBND, 209/QĐ-UBND)"
        bare=re.compile(rf"(?<![\w/.,\-–]){_SYMBOL}(?![\w/]|{DASH}\w)"),
        type_of_code={code: row for row in reversed(rows) for code in row["codes"]},
        stop=frozenset(lexicons().stopwords["title_stop"]),
        # "BLHS 1999", "BLHS năm 1985": a code by its abbreviation and year; "Điều 52 BLHS",
        # "quy định của BLHS": alone, the code in force
        abbreviated=re.compile(r"(?<!\w)(?P<abbr>"
                               + "|".join(map(re.escape, abbreviations))
                               + rf")(?!\w)(?:\s+(?:năm\s+)?(?P<year>{_YEAR})(?![\w/]))?"),
        abbreviation_types=abbreviations,
        # 'Đề án “Xây dựng ... cả nước”': the type and its title in quotes, up to the closing quote
        # ('Đề án 938 “...”', 'đề án "..."': its number before the title, in lowercase too)
        quoted=re.compile(r"(?<!\w)(?P<type>" + "|".join(phrase(f) for f in quoted)
                          + "|" + "|".join(phrase(f.lower()) for f in quoted) + r")"
                          r"(?:\s+(?:số\s+)?\d{1,5})?\s*[“\"](?P<title>[^”\"\n]{2,200}?)(?=[”\"])"
                          r"|(?<=[“\"])(?P<type_in>" + "|".join(phrase(f) for f in quoted) + r")"
                          r"\s+(?P<title_in>[^”\"\n]{2,200}?)(?=[”\"])"),
        # "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Hiến pháp Việt Nam": the state's
        # name (localities.json, as in bodies' names) belongs to the title
        state=re.compile(r"\s+(?:(?i:" + alternation(lexicons().localities["state_names"])
                         + r")|Việt[ \t]+Nam(?!\w))"),
        # "QĐ 3596/QĐ-BYT", "QĐ số 1142/QĐ-CTN": the type by its code, which the symbol repeats
        coded=re.compile(r"(?<!\w)(?P<code>" + alternation(sorted({code for row in rows
                                                                     for code in row["codes"]}))
                         + rf")\s+(?:(?i:số)\s*)?{_SYMBOL}(?![\w/]|{DASH}\w)"),
    )


def _squeeze(text: str) -> str:
    text = re.sub(r"\s+", "", text)
    return re.sub(f"[{DASHES}]", "-", text)


def _type_row(rules: _Rules, match: re.Match[str]) -> dict:
    """The lexicon row of the document type word a match captured as `type` (or of its code)."""
    if code := match.groupdict().get("code"):
        return rules.type_of_code[code]
    return rules.types[phrase_key(match.group("type")).lower()]


def _numbered(rules: _Rules, match: re.Match[str], row: dict | None = None) -> Mention:
    if row is None:
        row = _type_row(rules, match)
    attrs = {"type": row["type"], "number": match.group("num")}
    if match.group("year"):
        attrs["year"] = match.group("year")
    codes = match.group("ncodes") or match.group("acodes") or match.group("dcodes")
    if codes is not None:
        parts = re.split("[-/]", _squeeze(codes))
        issuer = parts[1:] if parts[0] in rules.codes and len(parts) > 1 else parts
        attrs["issuer"] = "-".join(issuer)
    else:
        attrs["issuer"] = _squeeze(match.group("pissuer"))
    symbol_start = match.start("num")
    attrs["id"] = _squeeze(match.string[symbol_start:match.end()])
    if match.group("pkind"):  # "84 QĐ/TWĐTN" is "84-QĐ/TWĐTN" spaced
        attrs["id"] = f"{match.group('num')}-{_squeeze(match.group('pkind'))}/{attrs['issuer']}"
    attrs["rule"] = row["id"]
    return Mention(match.start(), match.end(), "LEGAL", attrs)


def _short(rules: _Rules, match: re.Match[str], text: str) -> Mention | None:
    """A reference by type word and number ("Nghị định 15/2020", "Kế hoạch số 680"), not a count
    ("Quyết định 3 năm"): id "TYPE NUMBER[/YEAR]", no issuer."""
    if unit_follows(text, match.end()) and not _DATE_AFTER_RE.match(text, match.end()):
        return None
    row = _type_row(rules, match)
    attrs = {"type": row["type"], "number": match.group("num")}
    symbol = match.group("num")
    if match.group("year"):
        attrs["year"] = match.group("year")
        symbol += "/" + match.group("year")
    attrs["id"] = f"{row['type']} {symbol}"
    attrs["rule"] = row["id"] + "-short"
    return Mention(match.start(), match.end(), "LEGAL", attrs)


def _header(rules: _Rules, match: re.Match[str]) -> Mention | None:
    """A document's own number in its header ("Số: 125/QĐ-UBND"): the symbol, typed by its code."""
    kind = match.group("pkind") or _squeeze(match.group("ncodes") or match.group("acodes") or "")
    row = rules.type_of_code.get(kind.split("-")[0])
    if row is None:
        return None
    mention = _numbered(rules, match, row)
    mention.start = match.start("num")
    return mention


def _title_end(rules: _Rules, text: str, position: int) -> int:
    """End of a proper title starting at `position` (its first word capitalised), or `position`."""
    end = pos = position
    count = 0
    proper = True
    previous = ""
    while count < 14:
        match = _TITLE_WORD_RE.match(text, pos)
        if match is None:
            break
        comma, word = match.group(1), match.group(2)
        lower = word.lower()
        if count == 0 and (comma or not word[0].isupper()):
            break
        if lower in rules.stop and word[0].islower() \
                and f"{previous} {lower}" not in _TITLE_COMPOUNDS:
            if lower in ("và", "hoặc") and count:
                after = _TITLE_WORD_RE.match(text, match.end())
                if after and not after.group(1) and after.group(2)[0].islower() \
                        and after.group(2) not in rules.stop:
                    pos = match.end()
                    continue
            break
        if comma and not (word[0].islower() and lower not in rules.stop):
            break
        if word[0].islower() and count >= 2 and proper:
            break  # "Luật Muay Thái nghiêm cấm": a proper name, then the clause goes on
        if lower in ("khóa", "khoá") and _TERM_NUMBER_RE.match(text, match.end()):
            break  # "Điều lệ Đảng" khóa XI: the term of the congress that adopted it
        proper = proper and word[0].isupper()
        pos = end = match.end()
        count += 1
        previous = lower
    return end


_TERM_NUMBER_RE = re.compile(r"[ \t]+(?:[IVXLC]+|\d+)(?!\w)")
_LAW_WORD_BEFORE_RE = re.compile(r"(?<!\w)(?i:pháp|dự)[ \t]+$")
_DESCRIPTIVE_TITLE_RE = re.compile(rf"[{UPPER}][^\W\d_{UPPER}]*[ \t]+[^\W\d_{UPPER}]")


@cache
def _countries() -> frozenset[str]:
    """Country names (the lexicon's, and Vietnam)."""
    return frozenset(["Việt Nam", *lexicons().localities.get("countries", [])])


def _titled(rules: _Rules, match: re.Match[str], text: str) -> Mention | None:
    if _CAP_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()) \
            or _FIRM_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()) \
            or _PLACE_LEVEL_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
        return None  # "báo Pháp Luật", "Công ty Luật Phong Gia", "thôn Luật Bình": the type
        # word is inside a name
    lowercase_type = match.group("type")[0].islower()
    if lowercase_type \
            and _LAW_WORD_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
        return None  # "pháp luật đất đai", "dự luật": the law in general, a bill
    row = _type_row(rules, match)
    end = match.end()
    if row.get("standalone"):
        # "bản Hiến pháp đầu tiên", "dự án Hiến pháp": the kind, not one text; a year or the
        # state's name makes it one ("bản Hiến pháp năm 1946")
        if state := rules.state.match(text, end):
            end = state.end()
        elif not _YEAR_SUFFIX_RE.match(text, end) and (
                _GENERIC_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
                or _GENERIC_AFTER_RE.match(text, match.end())):
            return None
        title = ""
    else:
        end = _title_end(rules, text, match.end())
        lowercase = rules.lowercase_titles.get(row["id"])
        title_match = lowercase.match(text, match.end()) if lowercase is not None else None
        if title_match is not None and title_match.end() > end:
            end = title_match.end()  # "Bộ luật hình sự": a code cited by its lowercase title;
            # "Luật Thi đua, Khen thưởng": a title in force, longer than its capitalised words
        elif title_match is not None and not any(c.isupper() for c in text[title_match.end():end]):
            end = title_match.end()  # "Luật Nhà ở" áp dụng mức thuế suất: a title in force,
            # then the clause's lowercase words
        if end == match.end() or _THIS_RE.match(text, end):
            return None  # "Bộ luật hình sự này": the code the text is, not a citation
        title = text[match.end():end].strip()
        known = title_match is not None and title_match.end() >= end
        if title in _countries() or lowercase_type and not known \
                and not _DESCRIPTIVE_TITLE_RE.match(title):
            return None  # a country is no law's title ("luật Việt Nam"); after a lowercase type
            # the title is a capitalised word, then lowercase ("luật Đất đai"), or one the
            # lexicon knows ("bộ luật hình sự"): not "luật Đảng", "luật NLĐ"
    attrs = {"type": row["type"]}
    year = _YEAR_SUFFIX_RE.match(text, end)
    if year:
        attrs["year"] = year.group(1)
        end = year.end()
    attrs["id"] = re.sub(r"\s+", " ", f"{row['type']} {title}".strip())
    attrs["rule"] = row["id"] + "-title"
    symbol = rules.title_symbol.match(text, end)
    if symbol is not None:  # "Luật Đất đai số 31/2024/QH15": the title and the number
        numbered = _numbered(rules, symbol, row)
        attrs.update({k: v for k, v in numbered.attrs.items() if k != "type"})
        end = symbol.end()
    return Mention(match.start(), end, "LEGAL", attrs)


def find_legal(text: str) -> list[Mention]:
    """LEGAL mentions in a sentence text."""
    rules = _rules()
    mentions = []
    # every pattern below needs a literal that most sentences lack; `in` is far cheaper than a
    # scan: a number's symbol needs "/" (or a dash before its code: "07-CP"), a quoted title a
    # quote, the plenum "Nghị quyết"
    slash = "/" in text
    dashed = "-" in text and _DASH_CODE_RE.search(text) is not None
    for match in rules.numbered.finditer(text) if slash or dashed else ():
        row = _type_row(rules, match)
        mention = _numbered(rules, match, row)
        if row.get("lowercase_generic") and match.group("type")[0].islower():
            mention.start = match.start("num")  # "văn bản số 4912/UBND-NC": a document
        mentions.append(mention)
    for match in rules.short.finditer(text):
        mention = _short(rules, match, text)
        if mention is not None:
            mentions.append(mention)
    for match in rules.short_so.finditer(text) if "số" in text or "Số" in text else ():
        mention = _short(rules, match, text)
        if mention is not None and all(m.start != mention.start for m in mentions):
            mentions.append(mention)  # (the types above already found it)
    for match in rules.header.finditer(text) if slash else ():
        mention = _header(rules, match)
        if mention is not None:
            mentions.append(mention)
    for match in rules.coded.finditer(text) if slash else ():
        mention = _header(rules, match)
        if mention is not None and mention.attrs["type"] == rules.type_of_code[
                match.group("code")]["type"]:
            mention.start = match.start()
            mentions.append(mention)
    for match in _PLENUM_RE.finditer(text) if "ghị quyết" in text or "NQ" in text else ():
        attrs = {"type": "Nghị quyết", "id": re.sub(r"\s+", " ", match.group()),
                 "rule": "doc-nghi-quyet-plenum"}
        mentions.append(Mention(match.start(), match.end(), "LEGAL", attrs))
    for match in rules.abbreviated.finditer(text):
        abbr, year = match.group("abbr"), match.group("year")
        attrs = {"type": rules.abbreviation_types[abbr], **({"year": year} if year else {}),
                 "id": abbr, "rule": "doc-abbreviated"}
        mentions.append(Mention(match.start(), match.end(), "LEGAL", attrs))
    for match in rules.quoted.finditer(text) if "“" in text or '"' in text else ():
        inside = match.group("type_in") is not None  # '“Đề án ...”': the quotes hold both
        row = rules.types[phrase_key(match.group("type_in" if inside else "type")).lower()]
        title = match.group("title_in" if inside else "title").strip()
        attrs = {"type": row["type"], "id": f"{row['type']} {title}", "rule": row["id"] + "-quoted"}
        mentions.append(Mention(match.start(), match.end(), "LEGAL", attrs))
    for match in rules.titled.finditer(text):
        mention = _titled(rules, match, text)
        if mention is not None:
            mentions.append(mention)
    for match in _AMENDING_RE.finditer(text) if "đổi" in text else ():
        mentions = _amending(match, mentions)
    for match in rules.bare.finditer(text) if slash else ():
        if match.group("acodes") and not re.search(DASH, match.group("acodes")) \
                or any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue  # a full symbol, with its issuer ("12/QĐ" alone may be anything)
        mention = _header(rules, match)
        if mention is not None:
            mentions.append(mention)  # typed by its code, as in a header
    return mentions


def _amending(match: re.Match[str], mentions: list[Mention]) -> list[Mention]:
    """`mentions` with an amending law over the laws it names ("Luật sửa đổi, bổ sung một số
    điều của Luật Thi đua, Khen thưởng") instead of them; unchanged when no law follows."""
    laws = sorted((m for m in mentions if m.attrs.get("type") in ("Luật", "Bộ luật", "Pháp lệnh")),
                  key=lambda m: m.start)
    named: list[Mention] = []
    for law in laws:
        if named and _LAW_LIST_GAP_RE.fullmatch(match.string, named[-1].end, law.start) \
                or not named and law.start == match.end():
            named.append(law)
    if not named:
        return mentions
    end = named[-1].end
    attrs = {"type": match.group("type").capitalize(), "rule": "doc-luat-amending",
             "id": re.sub(r"\s+", " ", match.string[match.start():end])}
    if "year" in named[-1].attrs and not named[-1].attrs.get("number"):
        attrs["year"] = named[-1].attrs["year"]
    kept = [m for m in mentions if m.end <= match.start() or m.start >= end]
    return [*kept, Mention(match.start(), end, "LEGAL", attrs)]

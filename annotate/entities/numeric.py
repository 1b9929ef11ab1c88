"""QUANTITY, MONEY and PERCENT mentions: [approximator] number [unit | counted noun | currency | %].

A number is a digit string or a run of number words, with multipliers. What follows decides the
label: a currency (MONEY), "%" or "phần trăm" (PERCENT), a unit or counted noun (QUANTITY). A bare
number becomes a mention only with an approximator, or as the first bound of a range whose second
bound has a unit ("10.500 - 11.000 đồng": two MONEY mentions sharing the unit and multiplier).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import pairwise

from annotate.entities.lexicon import (
    CAP_NEXT_RE,
    DASH,
    UPPER,
    alternation,
    lexicons,
    phrase,
    phrase_key,
    trie_alternation,
    unit_follows,
    unit_pattern,
)
from annotate.entities.mention import Mention, Token, Words
from annotate.entities.numerals import DIGITS, format_value, number_value

_WORD_RE = re.compile(r"\S+")
# one lowercase word or acronym after a space, inside the number's word ("710_DN"; not a name)
_GLUED_WORD_RE = re.compile(rf" (?:[^\W\d_{UPPER}]+|[{UPPER}]{{2,6}})")
# "những năm tháng", "cái năm tháng": the idiom (years and months), not a count of five months
_IDIOM_RE = re.compile(r"(?<!\w)(?i:những|các|cái|bao|mấy)\s+năm\s+tháng(?!\w)")
# where a clause's verb goes after a classifier: "15 cuộc" chuyển từ kỳ trước sang
_VERB_PLACE_AFTER_RE = re.compile(r"[ \t]+(?:từ|trong|sang)(?!\w)")
# what makes "năm" after it the year, not five: "mỗi năm" (each year), "cuối năm" (its end)
_YEAR_WORD_BEFORE_RE = re.compile(r"(?<!\w)(?i:mỗi|mọi|hằng|hàng|từng|cuối|đầu|giữa)[ \t]+$")
# nothing counted after millions or billions: "Lạng Sơn (30 tỷ)", "đạt 35,28 triệu/năm"
_NOTHING_COUNTED_RE = re.compile(r"\s*(?:[),;:/]|\.(?!\d)|$)")
# clock times: "lúc 14 giờ 30", "8 giờ sáng", "22 g 40", "17 g 20 phút", "Đúng 7 giờ" opening a
# sentence (not quantities; "đúng 2 giờ" inside one may be a duration)
_CLOCK_RE = re.compile(
    r"(?<![\w.,/])(?P<lead>(?:(?i:lúc|vào)|Đúng)\s+(?:(?i:khoảng|gần|hơn)\s+)?)?\d{1,2}\s*(?:giờ|g|h)(?!\w)"
    r"(?P<tail>\s*\d{1,2}(?:\s*phút(?!\w))?|\s+(?i:sáng|chiều|tối|trưa|đêm|khuya)(?!\w)"
    r"|(?:\s*,)?\s+(?:ngày|hôm)(?!\w))?")
# the unit of an average, no count: "Bình quân một tháng" có 18.400, "bình quân 1 vạn dân",
# "thu nhập bình quân đầu người một tháng" (not "trung bình 1 ha đất", a measure)
_PER_UNIT_RE = re.compile(r"(?<!\w)(?i:bình\s+quân)(?:\s+đầu\s+người)?\s+"
                          r"((?i:một)|0?1)\s+(?:tháng|năm|ngày|người|vạn\s+dân)(?!\w)")
# a court's or procuracy's region by its number, as named since 2025: "Tòa án khu vực 10 tỉnh Gia
# Lai", "VKSND khu vực 5 tổ chức" (no count of provinces, nor of bodies)
_REGION_NUMBER_RE = re.compile(rf"(?<!\w)(?:[Tt]òa[ \t]+án|TAND|[Vv]iện[ \t]+[Kk]iểm[ \t]+sát|VKS"
                               rf"|VKSND|[Nn]hân[ \t]+dân)(?:[ \t]+\([{UPPER}]{{2,6}}\))?"
                               rf"[ \t]+[Kk]hu[ \t]+vực[ \t]+(\d+)(?!\d)")
# a body's second site after its name: "Bệnh viện Trung ương Huế cơ sở 2" (no count of what
# follows it)
_SITE_NUMBER_RE = re.compile(rf"[{UPPER}][^\W\d_]*[ \t]+cơ[ \t]+sở[ \t]+(\d+)(?!\d)")
# the first hour of a range of clock times: "15" of "Khoảng 15- 16 giờ, ngày 18-7"
_CLOCK_FROM_RE = re.compile(r"(?<![\w.,/])\d{1,2}\s*(?:[-–]|đến)\s*$")
_HOUR_MARK_RE = re.compile(r"\d\s*[gh](?!\w)")
# a share of a count "8/8 chỉ tiêu" (one QUANTITY) or a rank's total "thứ 7/34 tỉnh" ("34 tỉnh")
_COUNT = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"
_SHARE_RE = re.compile(rf"(?<![\w.,/])(?P<rank>(?i:thứ|vị\s+trí|hạng)\s+)?"
                       rf"(?P<part>{_COUNT})\s*/\s*"
                       rf"(?P<total>{_COUNT})(?![\w/]|[.,]\d)")

# "30 năm tuổi Đảng" (years of party membership): the count ends before "tuổi" where the
# tokenizer joins "năm tuổi"
_PARTY_AGE_RE = re.compile(r"\s+tuổi(?!\w)")
# "70 - 75 – 80 – 85 – 90 tuổi": a list of ages, not a range ending in "85 – 90 tuổi"
_DASH_LIST_BEFORE_RE = re.compile(r"\d\s*[-–]\s*$")
_DURATION_BEFORE_RE = re.compile(r"(?<!\w)(?i:trong|suốt|mất)\s+$")
# people counted by another number in the sentence: "4 người chết, một người bị thương" (one
# person is then a count too, not the article of "khiến một người tử vong")
_PEOPLE_COUNTED_RE = re.compile(r"(?<!\w)(?:\d+|(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))"
                                r"\s+người(?!\w)")
# a capitalised word of a name before a prefix's word, even after punctuation: ", Hải" Phòng
_NAME_WORD_BEFORE_RE = re.compile(rf"(?<![\w.])[{UPPER}][^\W\d_{UPPER}]+[ \t]+$")
_PERIOD_BEFORE_RE = re.compile(r"(?<!\w)(?i:năm|tháng|tuần|quý|ngày)\s+$")
_SLOGAN_RE = re.compile(r"[“\"]\s*(?:\d|(?:Trăm|Nghìn|Ngàn|Vạn|Triệu)(?!\w))[^“”\"]{0,60}[”\"]")
# "5 năm 2021-2025", "5 năm (2021-2025)": the years counted
_YEARS_AFTER_RE = re.compile(r"\s+\(?\s*(?:19|20)\d\d(?!\d)")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_SILVER_BEFORE_RE = re.compile(r"\d[ \t]+(?i:HC[ \t]+)?(?i:bạc)[ \t]*(?:,|và)[ \t]*$")
_MILLIONS = frozenset({"triệu", "tỷ", "tỉ"})
_RATE_BEFORE_RE = re.compile(r"[^\W\d_]\s*/\s*$")  # "đồng/" 01 người
# agent nouns that are words of their own: "30 startup" sinh viên, not one noun
_AGENT_NOUNS = frozenset({"sinh viên", "giáo viên", "nhân viên", "thành viên", "đảng viên",
                          "hội viên", "đoàn viên", "học viên", "diễn viên", "ủy viên", "uỷ viên"})
_LEVEL_UNITS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường"})
# the words of a stretch of time before its length, which the parser splits: "chặng đường",
# "cùng kỳ", "thời kỳ", "định kỳ", "nhiệm kỳ" (not "đường 10", "kỳ 3": a road, a session)
_SPAN_BEFORE_RE = re.compile(r"(?<!\w)(?:(?i:chặng|con|cùng|thời|định|nhiệm|chu)[ \t]+"
                             r"(?i:đường|kỳ|kì)|(?i:giai)[ \t]+đoạn)[ \t]+$")
_TIME_UNITS = frozenset({"năm", "tháng", "ngày", "tuần", "quý"})
_YEARS_AND_MONTHS_RE = re.compile(r"(?i:năm)[ \t]+tháng(?![ \t]+(?:sau|trước|nữa|liền|rồi|tù)"
                                  r"(?!\w))(?!\w)")
_FIVE_MONTHS_RE = re.compile(r"(?<!\w)(?i:trong|sau|hơn|gần|khoảng|mất|được)[ \t]+$")
_SYLLABLE_RE = re.compile(r"[ \t]([^\W\d_]+)(?!\w)")  # the next syllable: "hộ" "thuộc"
_ADDRESS_BEFORE_RE = re.compile(r"(?<!\w)(?i:địa chỉ|số nhà|đường|phố)[ \t]+\d+[ \t]+$")
_HALF_AFTER_RE = re.compile(r"[ \t]+rưỡi(?!\w)")
# a race time's hundredths after its seconds: "10 giây 35" (10.35 seconds)
_HUNDREDTHS_AFTER_RE = re.compile(r"[ \t]+(\d{2})(?![\w/%:]|[.,]\d)")
# "3 người bị thương", "4 người tử vong", "Đài Thơm 8 có giá": the clause's words (a death, a
# disappearance), never a counted noun
_CLAUSE_WORDS = ("bị ", "được ", "có ", "tử vong", "thiệt mạng", "tử nạn", "mất tích")
# "lúa IR 50404", "giống OM 5451": the number of a code in capitals, not a count ("TAND 2 cấp"
# is one)
_CODE_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z]{2,4}[ \t]+$")
_CODE_NUMBER_RE = re.compile(r"\d{3,}(?![\d.,])")
_DAY_BEFORE_RE = re.compile(r"(?<!\w)(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+$")
# grams glued to a decimal number or to one above 24 ("0,06g", "1,5g", "50g"; "17g" is an hour)
_GLUED_GRAMS = r"(?:(?<=,\d)|(?<=,\d\d)|(?<=\d\d\d)|(?<=[3-9]\d)|(?<=2[5-9]))(?=g(?!\w))"


@dataclass(frozen=True)
class _Rules:
    number: re.Pattern[str]
    currency: re.Pattern[str]
    currency_ids: dict[str, tuple[str, str]]
    not_currency: re.Pattern[str]
    not_currency_alone: re.Pattern[str]
    percent: re.Pattern[str]
    unit: re.Pattern[str]
    unit_kinds: dict[str, tuple[str, str]]
    approximator: re.Pattern[str]
    range_to: re.Pattern[str]
    approximator_ids: dict[str, str]
    glued: re.Pattern[str]
    ordinal: re.Pattern[str]
    money_trigger: re.Pattern[str]
    money_word: re.Pattern[str]
    connector: re.Pattern[str]
    digits: frozenset[str]
    multipliers: dict[str, int]
    tens: frozenset[str]
    after_tens_only: frozenset[str]
    half: frozenset[str]
    half_before: frozenset[str]
    zero_fillers: frozenset[str]
    one_units: frozenset[str]
    duration_units: frozenset[str]
    not_counted: frozenset[str]
    not_counted_at: re.Pattern[str]  # one of them, two syllables too ("trị giá", "liên quan")
    surnames: frozenset[str]
    not_contents: frozenset[str]
    pair_nouns: frozenset[str]
    ambiguous: frozenset[str]
    locative_nouns: frozenset[str]
    amount_before: re.Pattern[str]
    comparative: re.Pattern[str]
    plan_prefixes: frozenset[str]


@cache
def _rules() -> _Rules:
    lex = lexicons()
    nums = lex.numbers
    multipliers = dict(nums["multipliers"])
    words = [*nums["digits"], *nums["tens"], *nums["zero_fillers"], *multipliers, *nums["half"],
             *nums["half_before"], *nums["vague"]]
    word = trie_alternation(words)  # searched for in every sentence
    money_words = alternation(nums["money_triggers"])  # "kinh phí", "hỗ trợ"
    mult = alternation([*multipliers, *nums["half"]])
    # a metric unit or a currency code may be glued to the digits ("100m", "1kg", "60USD",
    # "30.000đ", "150.000đồng"; not "g", which is also the hour of "17g20")
    glued_forms = [row["form"] for row in lex.units if row["kind"] == "metric"
                   and row["form"] != "g" and " " not in row["form"]]
    glued_forms += [f for row in lex.currencies for f in row["forms"]
                     if f.isupper() or f in ("đ", "đồng")]
    glued = "|".join(re.escape(f) for f in sorted(set(glued_forms), key=len, reverse=True))
    # after a comma only when a word precedes it: a list glued to its comma ("250 Tổ hợp tác,17
    # Hợp tác xã"), not the decimals of "1,5"; after a slash only when a word precedes it: a
    # second count ("3 vụ/4 đối tượng"), not the month of "15/3"; nor after a word and a hyphen
    # ("Covid-19", "Su-30" are names; "Covid - 19" spaced), nor in a road's chainage
    # ("km112+700"); grams may be glued to a decimal number or to one above 24 ("0,06g", "50g";
    # "17g20" is a time)
    digit_number = (rf"(?<![\w.])(?<![\d.,],)(?<!\d\+)(?<![\d\s]/)(?<![^\W\d_]-)"
                    rf"(?<!(?i:covid)\s-\s)(?<!(?i:covid)\s-)(?:{DIGITS})"
                    rf"(?:(?=(?:{glued})(?!\w))|{_GLUED_GRAMS}|(?![\w/]|[.,]\d))")
    digit_expr = rf"{digit_number}(?:\s+{mult})*(?:\s+(?:{DIGITS})(?:\s+{mult})+)*"
    currency_ids = {}
    for row in lex.currencies:
        for form in row["forms"]:
            currency_ids[phrase_key(form).lower()] = (row["unit"], row["id"])
    unit_kinds = {phrase_key(row["form"]).lower(): (row["kind"], row["id"]) for row in lex.units}
    approximator_ids = {row["form"]: row["id"] for row in lex.approximators}
    return _Rules(
        number=re.compile(rf"(?:{digit_expr})|(?i:{word}(?:\s+{word})*)"),
        currency=re.compile(r"\s*(" + alternation([f for r in lex.currencies for f in r["forms"]])
                            + ")"),
        currency_ids=currency_ids,
        not_currency=re.compile(alternation([w for r in lex.currencies for w in r.get("not_words", [])
                                             if w not in r.get("after_multiplier", ())])),
        # after a multiplier these are the currency and the next word: "612 tỷ đồng" bằng 23,7%
        not_currency_alone=re.compile(alternation([w for r in lex.currencies
                                                   for w in r.get("after_multiplier", [])])),
        percent=re.compile(r"\s*(?:%|phần\s+trăm(?!\w))"),
        unit=re.compile(rf"\s*({unit_pattern()})"),
        unit_kinds=unit_kinds,
        # "tới" joining a range, not an approximator: "10 tới 15", "150 ngàn tới 200 ngàn";
        # "lên tới"
        range_to=re.compile(r"(?:(?i:lên)|\d|" + alternation(list(multipliers))
                            + r")\s+tới\s+$"),
        approximator=re.compile(r"(?<!\w)((?i:" + "|".join(
            phrase(f) for f in sorted(approximator_ids, key=len, reverse=True)) + r"))\s+$"),
        approximator_ids=approximator_ids,
        glued=re.compile(rf"({glued}|{_GLUED_GRAMS}g)(?!\w)"),
        # "số 5", not "tổng số 1.943 lượt người", "dân số 47.609 nhân khẩu", "trong số 145 thanh
        # niên" (among), "con số 205 HC vàng" (the figure); "bài 3", not "thời gian làm bài 90
        # phút" (the time to do a paper)
        ordinal=re.compile(r"(?<!\w)(?!(?<=[Tt]ổng )số|(?<=[Tt]rong )số|(?<=[Dd]ân )số"
                           r"|(?<=[Cc]on )số|(?<=[Ll]àm )bài)(?i:"
                           + alternation(nums["ordinal_prefixes"]) + r")\s*$"),
        money_trigger=re.compile(rf"(?i:{money_words})(?:\s+\S+){{0,4}}\s+$"),
        money_word=re.compile(rf"(?<!\w)(?i:{money_words})(?!\w)"),
        connector=re.compile(rf"^\s*(?:{DASH}|đến|tới|~)\s*$"),
        digits=frozenset(nums["digits"]),
        multipliers=multipliers,
        tens=frozenset(nums["tens"]),
        after_tens_only=frozenset(nums["after_tens_only"]),
        half=frozenset(nums["half"]),
        half_before=frozenset(nums["half_before"]),
        zero_fillers=frozenset(nums["zero_fillers"]),
        one_units=frozenset(nums["one_units"]),
        duration_units=frozenset(nums["duration_units"]),
        not_counted=frozenset(nums["not_counted"]),
        not_counted_at=re.compile(alternation(nums["not_counted"])),
        surnames=frozenset(s.lower() for s in lex.stopwords["surnames"]),
        not_contents=frozenset(nums["not_contents"]),
        pair_nouns=frozenset(nums["pair_nouns"]),
        ambiguous=frozenset(nums["ambiguous_words"]),
        locative_nouns=frozenset(nums["locative_nouns"]),
        # a verb or word of amount before "trên" makes it "more than": "có trên 80 điểm"
        amount_before=re.compile(r"(?<!\w)(?i:" + alternation(nums["amount_verbs"]) + r")\s+$"),
        plan_prefixes=frozenset(nums["plan_prefixes"]),
        comparative=re.compile(r"(?<!\w)(?i:" + alternation(nums["comparatives"]) + r")\s+$"),
    )


@dataclass
class _Number:
    start: int
    end: int
    tokens: list[str]
    approx_start: int | None = None
    approx: str | None = None
    label: str | None = None
    unit: str | None = None
    unit_end: int | None = None
    rule: str | None = None

    def bare_millions(self) -> bool:
        """True for millions or billions in digits with no label yet ("30 tỷ"), which are money
        where the sentence says so."""
        return self.label is None and self.tokens[-1].lower() in _MILLIONS \
            and self.tokens[0][0].isdigit()


def _valid_words(rules: _Rules, tokens: list[str]) -> int:
    """How many leading number words form a well-formed number ("hai mươi năm" -> 2: the year
    is a unit, not the digit five)."""
    lower = [t.lower() for t in tokens]
    for i, token in enumerate(lower):
        previous = lower[i - 1] if i else ""
        following = lower[i + 1] if i + 1 < len(lower) else ""
        if token in rules.after_tens_only and previous not in rules.tens | {"mười"}:
            return i
        if token == "năm" and i and not (
                previous in rules.zero_fillers
                or previous in rules.multipliers and following in rules.tens | set(rules.multipliers)):
            return i  # "ba năm", "hai mươi năm": years; "một trăm năm mươi", "trăm linh năm": five
        if token == "không" and following != "trăm":
            return i
        if token in rules.half and previous not in rules.multipliers:
            return i
        if token in rules.half_before and following not in rules.multipliers:
            return i  # "nửa triệu" (half a million); not "nửa tháng", "một nửa"
        if token in rules.zero_fillers and (i == 0 or previous not in rules.multipliers):
            return i
    return len(lower)


def _counted(rules: _Rules, token: Token | None, text: str, verbs: bool,
             adjectives: bool = False, held: bool = False) -> bool:
    """True when `token` can be the counted noun: a noun by the parse (a verb or an adjective
    too when asked), or without tags a lowercase word; when `held` (after a container or a
    classifier), not a size or material ("3 gói" nhỏ, "1 hộp" nhựa)."""
    if token is None:
        return False
    word = text[token.start:token.end]
    phrase = rules.not_counted_at.match(text, token.start)
    if word in rules.not_counted or phrase is not None and phrase.end() > token.end \
            or not word.replace(" ", "").replace("-", "").isalpha() \
            or word.lower().startswith(_CLAUSE_WORDS):
        return False  # "khoản 1, 2 và 4 Điều này": a reference, not a count; "3 “": no word;
        # "80 suất" "trị" giá: the first word of a phrase that counts nothing
    if held and word.lower() in rules.not_contents:
        return False
    if token.upos != "_" and not (adjectives and token.upos == "ADJ"):
        # (a lowercase word the tagger calls a proper name is a noun it has not placed: "7
        # dân tộc", "14 tiêu chí"; not a street in lowercase: "93 nguyễn công trứ")
        return token.upos == "NOUN" or verbs and token.upos == "VERB" \
            or token.upos == "PROPN" and word[:1].islower() \
            and word.split()[0] not in rules.surnames \
            and not _ADDRESS_BEFORE_RE.search(text, max(0, token.start - 30), token.start)
    return word[:1].islower() and word.replace(" ", "").isalpha()


def _unit_kind(rules: _Rules, form: str) -> tuple[str, str]:
    """(kind, rule id) of a unit as the text writes it ("héc - ta" is the lexicon's "héc-ta")."""
    kind = rules.unit_kinds.get(form.lower())  # most units are written as the lexicon writes them
    return kind if kind is not None else rules.unit_kinds.get(phrase_key(form).lower(), ("", ""))


def _lexicon_unit(rules: _Rules, text: str, words: Words,
                  match: re.Match[str] | None) -> tuple[int, int, str] | None:
    """(start, end, rule id) of a lexicon unit, a classifier with its head noun ("cuốn tài
    liệu", "suất học bổng"; a `noun_classifier` only with a lowercase noun of two or more
    syllables: "người phụ nữ", and a `modifier` never without one: "cựu cán bộ"; a `container`
    with the noun it holds: "bao thuốc lá"), when it ends on a word boundary. Where the
    tokenizer glued the next syllable to the unit's last word, a unit of two or more syllables
    ("học bổng" in "bổng trị"), a metric unit ("ha" in "ha đất"), a unit of time ("tuần" in
    "tuần tranh" tài; not "hai ngày tháng", dates) or any unit before a word that counts nothing
    ("hộ" in "hộ thuộc", "vụ" in "vụ ước"; "cấp" in "cấp_tỉnh" Quảng Nam, the levels' count
    before the province's name) still ends there."""
    if match is None:
        return None

    def ends_well(position: int, form: str, kind: str) -> bool:
        after = _SYLLABLE_RE.match(text, position)  # the syllable the tokenizer may have glued
        following = after.group(1) if after is not None else ""
        glued = text[position].isspace() \
            and (" " in form or kind == "metric"
                 or rules.not_counted_at.match(text, position + 1) is not None
                 or form.lower() in _TIME_UNITS and following not in _TIME_UNITS
                 or form.lower() == "cấp" and following in _LEVEL_UNITS) \
            if position < len(text) else False
        return glued or not words.cuts(text, position) or _PARTY_AGE_RE.match(text, position) \
            or kind == "container" and _material_glued(rules, text, words, position)

    kind, rule = _unit_kind(rules, match.group(1))
    end = match.end()
    classifier, _, rest = match.group(1).partition(" ")
    if rest and _unit_kind(rules, classifier)[0] == "classifier" \
            and (longer := rules.unit.match(text, match.start(1) + len(classifier))) is not None \
            and longer.end() > end and ends_well(longer.end(), longer.group(1), ""):
        return match.start(1), longer.end(), rule  # "căn nhà" + "nhà tình thương"
    if kind in ("noun_classifier", "modifier") and not words.cuts(text, end):
        token = words.next_after(text, end)  # "2 người phụ nữ"; not "12 người chết", "người năm"
        head = text[token.start:token.end] if token is not None else ""
        if token is not None and token.upos == "NOUN" and " " in head and head.islower() \
                and not head.startswith(_CLAUSE_WORDS):
            end = token.end
    elif kind == "container" and not words.cuts(text, end):
        token = words.next_after(text, end)  # "6.970 bao thuốc lá", "30 hộp pháo hoa"
        if _counted(rules, token, text, verbs=False, held=True):
            end = token.end  # type: ignore[union-attr]
    elif kind == "classifier":
        head = rules.unit.match(text, end)
        head_kind = _unit_kind(rules, head.group(1))[0] if head else ""
        token = words.next_after(text, end)
        if head and token is not None and token.start == head.start(1) < head.end() < token.end \
                and head_kind == "metric" and _counted(rules, token, text, verbs=True, held=True):
            end = token.end  # the parser's longer word: "cuộc tấn công", not the unit "tấn"
        elif head and ends_well(head.end(), head.group(1), head_kind):
            end = head.end()
        # the head may be a verb ("cuộc tiếp xúc") or a noun the tagger took for an adjective
        # ("4 con chồn", "3 ngôi chùa"); not a size ("3 gói" nhỏ), nor the clause's verb before
        # where it goes ("15 cuộc" chuyển từ kỳ trước sang, "7 cuộc" triển khai trong kỳ)
        elif token is not None and not words.cuts(text, end) \
                and _counted(rules, token, text, verbs=True, adjectives=True, held=True) \
                and not (token.upos == "VERB" and _VERB_PLACE_AFTER_RE.match(text, token.end)):
            end = token.end
    if end == match.end() and (kind == "modifier" or not ends_well(end, match.group(1), kind)):
        return None
    return match.start(1), end, rule


def _unit(rules: _Rules, number: _Number, text: str, words: Words) -> None:
    """Find what follows the number: currency, percent, unit or counted noun."""
    end = number.end
    match = rules.glued.match(text, end)
    if match:  # "60USD", "100m"
        form = match.group(1)
        if form.lower() in rules.currency_ids:
            number.label = "MONEY"
            number.unit, number.rule = rules.currency_ids[form.lower()]
        else:
            number.label, number.unit = "QUANTITY", form
            number.rule = _unit_kind(rules, form)[1]
        number.unit_end = match.end()
        return
    match = rules.currency.match(text, end)
    if match and match.group(1).lower() == "đồng" \
            and _SILVER_BEFORE_RE.search(text, max(0, number.start - 12), number.start):
        match = None  # "41 bạc, 51 đồng": bronze medals, counted (the noun after the silver)
    if match and not rules.not_currency.match(text, match.start(1)) \
            and not (rules.not_currency_alone.match(text, match.start(1))
                     and number.tokens[-1].lower() not in rules.multipliers) \
            and not text[match.end():match.end() + 1].isalnum():  # "đồng" even in "đồng đối"
        number.label = "MONEY"
        number.unit, number.rule = rules.currency_ids[phrase_key(match.group(1)).lower()]
        number.unit_end = match.end()
        return
    match = rules.percent.match(text, end)
    if match:
        number.label, number.unit, number.rule, number.unit_end = "PERCENT", "%", "percent", \
            match.end()
        return
    token = words.next_after(text, end) or _glued_noun(text, words, end)
    found = _lexicon_unit(rules, text, words, rules.unit.match(text, end))
    if found is None and token is not None:  # the parser's word, if it is a unit
        found = _lexicon_unit(rules, text, words, rules.unit.fullmatch(text, token.start, token.end))
    if found is not None and (
            text[found[0]:found[1]] == "tổ chức" and _after_name(text, number.start)
            or text[found[0]:found[1]] in _LEVEL_UNITS
            and _YEAR_RE.fullmatch(text, number.start, number.end)
            and CAP_NEXT_RE.match(text, found[1])):
        return  # "Quận 5 tổ chức": the name's number, then the verb; "hè 2015 tỉnh Yên Bái"
    if found is not None:
        unit_start, unit_end, rule = found
        unit_end = _agent_end(text, words, unit_start, unit_end)
        number.label, number.rule, number.unit_end = "QUANTITY", rule, unit_end
        number.unit = text[unit_start:unit_end]
        return
    if not number.tokens[0][0].isdigit() and (
            token is None or token.upos != "NOUN" or number.tokens[-1].lower() in rules.ambiguous):
        return  # number words count a noun only when the parser says it is one ("ba đồng chí")
    # after digits, a word of two or more syllables the tagger calls a verb is mostly a noun it
    # has not seen ("18 thành viên", "16 màu sắc"); the parser's verbs are rarely counted
    verbs = number.tokens[0][0].isdigit() and token is not None \
        and " " in text[token.start:token.end] \
        and not _YEAR_RE.fullmatch(text, number.start, number.end)  # "2015 công bố": a year
    # after a name the number is the name's: "Từ Tâm 1" đạt chuẩn, "iPhone 16" hiện diện; a year
    # counts no name after it: "thường niên 2022" Tập đoàn
    if _counted(rules, token, text, verbs=verbs) and not _after_name(text, number.start) \
            and not (_YEAR_RE.fullmatch(text, number.start, number.end)
                     and text[token.start].isupper()):  # type: ignore[union-attr]
        number.label, number.rule = "QUANTITY", "counted-noun"
        end = token.end  # type: ignore[union-attr]
        last = text.rfind(" ", token.start, end)  # type: ignore[union-attr]
        if " " in text[token.start:last] and text[token.start].islower() \
                and rules.not_counted_at.fullmatch(text, last + 1, end):
            end = last  # "6 ngành hàng" thuộc, glued by the tokenizer ("ngành_hàng_thuộc"; not
            # "Mấy hôm nay", a noun of two syllables)
        number.unit_end = _agent_end(text, words, token.start, end)  # type: ignore[union-attr]
        number.unit = text[token.start:number.unit_end]  # type: ignore[union-attr]


def _glued_noun(text: str, words: Words, end: int) -> Token | None:
    """The one word the tokenizer glued to the number that ends at `end` ("710_DN", read as a
    number; "34_HCV", read as a noun, not "ba_gác"), as a noun; None when the number ends a
    word."""
    held = words.between(end - 1, end)
    if not held or held[-1].upos not in ("NUM", "NOUN") or held[-1].end <= end \
            or held[-1].upos == "NOUN" and not text[held[-1].start].isdigit() \
            or _GLUED_WORD_RE.fullmatch(text, end, held[-1].end) is None:
        return None
    return Token(end + 1, held[-1].end, "NOUN")


def _agent_end(text: str, words: Words, start: int, end: int) -> int:
    """Past the rest of the agent noun at `start` the tokenizer split ("tình nguyện" viên, "hòa"
    giải viên, "công" chứng_viên): three syllables at most, the last "viên"; or `end`."""
    if "viên" not in text[end:end + 24]:
        return end
    position = end
    for _ in range(3):
        token = words.next_after(text, position)
        if token is None or token.start != position + 1:
            return end
        form = text[token.start:token.end]
        if form == "viên" or form.endswith(" viên") and form not in _AGENT_NOUNS:
            return token.end if len(text[start:token.end].split()) <= 3 else end
        if " " in form or not form.isalpha() or not form.islower():
            return end
        position = token.end
    return end


def _material_glued(rules: _Rules, text: str, words: Words, end: int) -> bool:
    """True when the rest of the word a container ends inside is its material: "bịch" ni lông,
    read "bịch_ni" "lông"."""
    word = words.between(end, end + 1)
    return bool(word) and text[end:word[0].end].strip().lower() in rules.not_contents


def _unit_glued(rules: _Rules, text: str, words: Words, end: int) -> bool:
    """True when the rest of the word a multiplier begins is a unit or a currency of the lexicon:
    "hàng chục_viên" ma túy, "hàng tỷ_đồng", as the tokenizer glues them (after an approximator:
    not "tỷ suất")."""
    word = words.between(end, end + 1)
    return bool(word) and (rules.unit.fullmatch(text, end, word[0].end) is not None
                           or rules.currency.fullmatch(text, end, word[0].end) is not None)


def _after_name(text: str, start: int) -> bool:
    """True when the word just before `start` is capitalised inside the sentence ("Tháp" Mười,
    "iPhone" 16; not "Có" 2 mặt hàng, nor an abbreviation "TAND" 2 cấp): the number may be the
    last word of a name."""
    before = text[max(0, start - 40):start]
    if not before.endswith((" ", "\t")):
        return False
    head, _, word = before.rstrip().rpartition(" ")
    return word.isalpha() and not word.islower() and not word.isupper() \
        and head.rstrip()[-1:].isalnum()


def _begins_name(text: str, start: int, end: int) -> bool:
    """True when the capitalised number word at `start` (to `end`) stands inside the sentence
    before another capitalised word: the first word of a name ("huyện Năm Căn", "Ba Vì")."""
    before = text[:start].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] == ",") \
        and CAP_NEXT_RE.match(text, end) is not None


def _ends_lowercase_word(text: str, words: Words, prefix: int, number: int) -> bool:
    """True when the ordinal prefix at `prefix` only ends a lowercase word of the parse before
    the number at `number` ("kỷ luật" 461 đảng viên), so it is no prefix; "Luật 12" and "phần
    trăm" (the number inside the prefix's word) keep theirs."""
    if not words.inside(prefix) or words.inside(number):
        return False
    word = words.between(prefix, prefix + 1)
    return bool(word) and text[word[0].start].islower()


def _numbers(rules: _Rules, text: str, words: Words) -> list[_Number]:
    found: list[_Number] = []
    taken = 0  # where the last number's unit ends: "80 năm" is not followed by the number năm
    position = 0
    while (match := rules.number.search(text, position)) is not None:
        position, rest = match.end(), None
        if match.start() < taken:
            continue
        pieces = list(_WORD_RE.finditer(match.group()))
        parts = [p.group() for p in pieces]
        if not parts[0][0].isdigit():
            if parts[0][0].isupper() and (_after_name(text, match.start())
                                          or _begins_name(text, match.start(), match.end())):
                continue  # "Tháp Mười", "Tổ Hai": the last word of a name; "huyện Năm Căn"
            if parts[0].lower() == "năm" \
                    and _YEAR_WORD_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
                if len(parts) > 1:
                    position = match.start() + pieces[1].start()
                continue  # "mỗi năm hai kỳ", "hằng năm tỉnh": the year, then what follows it
            keep = _valid_words(rules, parts)
            if keep == 0 or _IDIOM_RE.search(text, max(0, match.start() - 10), match.end() + 6):
                continue
            if keep < len(parts):  # "hai năm sáu tháng": the words after the unit are read again
                rest = match.start() + pieces[keep].start()
            pieces, parts = pieces[:keep], parts[:keep]
        start = match.start()
        end = start + pieces[-1].end()
        if len(parts) == 1 and not parts[0][0].isdigit() and words.cuts(text, end) \
                and any(t.upos == "NOUN" and t.start == start
                        and text[end:t.end].strip().lower() not in _TIME_UNITS
                        for t in words.between(start, end)):
            continue  # "ba lô" (a backpack): a noun of the parse's, not a number and its unit
            # ("Năm_tháng" sau, as the tokenizer glues it, is five months)
        if parts[0].lower() == "năm" and _YEARS_AND_MONTHS_RE.match(text, start) \
                and not _FIVE_MONTHS_RE.search(text, max(0, start - 8), start):
            continue  # "đi cùng năm tháng", "những năm tháng ác liệt": years and months, not
            # five of them ("Năm tháng sau", "trong năm tháng")
        if len(parts) == 1 and parts[0].lower() in rules.multipliers and words.cuts(text, end) \
                and not (_unit_glued(rules, text, words, end)
                         and rules.approximator.search(text, max(0, start - 20), start)):
            continue  # "tỷ suất" (a rate): the first syllable of a word, not a number
        number = _Number(start, end, parts)
        _unit(rules, number, text, words)
        ordinal = rules.ordinal.search(text, max(0, start - 25), start)
        if ordinal is not None and text[ordinal.start()].isupper() \
                and " " not in ordinal.group().strip() \
                and (_after_name(text, ordinal.start())
                     or _NAME_WORD_BEFORE_RE.search(text, max(0, ordinal.start() - 12),
                                                    ordinal.start())):
            ordinal = None  # "Tam Kỳ" 130 Km, ", Hải Phòng" 40 người: the last word of a name,
            # no prefix ("Vùng Cảnh sát biển 2" is one)
        if ordinal is not None and ordinal.group().strip().lower() == "năm" \
                and _YEAR_WORD_BEFORE_RE.search(text, max(0, ordinal.start() - 8), ordinal.start()):
            ordinal = None  # "hàng năm 2.000 - 2.300 mm": each year, no prefix
        if ordinal is not None and (number.unit or "").lower() in _TIME_UNITS \
                and _SPAN_BEFORE_RE.search(text, max(0, start - 25), start) \
                and not _YEARS_AFTER_RE.match(text, number.unit_end or 0):
            ordinal = None  # "chặng đường 10 năm", "cùng kỳ 3 năm", "giai đoạn 5 năm" vừa qua: a
            # stretch of time, no prefix ("giai đoạn 2 năm 2024" is the phase's number)
        if ordinal is not None and number.unit is not None and text[ordinal.start()].islower() \
                and ordinal.group().strip() in rules.plan_prefixes:
            ordinal = None  # "mỗi dự án 24 tháng", "kết luận 17 cuộc": what it counts follows
        if ordinal is not None and ordinal.start() < taken and found \
                and (found[-1].unit or "").lower() in rules.one_units:
            ordinal = None  # "2 năm 6 tháng": "năm" is the last count's unit, no prefix
        if number.label not in ("MONEY", "PERCENT") and ordinal is not None \
                and not _ends_lowercase_word(text, words, ordinal.start(), start) \
                and not (number.unit == "năm"
                         and _YEARS_AFTER_RE.match(text, number.unit_end or 0)) \
                and not (number.unit in ("lần", "kỳ") and _PERIOD_BEFORE_RE.search(text, 0, start)):
            continue  # "Kế hoạch 05": a number; "kế hoạch 05 năm 2021 - 2025": a count of
            # years; "mỗi năm 1 lần", "3 năm 1 lần", "mỗi năm hai kỳ": a count of times; "kỷ luật
            # 461 đảng viên": the prefix ends a word of the parse
        if not parts[0][0].isdigit() and len(parts) == 1:
            unit = (number.unit or "").lower()
            following = words.next_after(text, number.unit_end or number.end)
            if parts[0].lower() == "hai" and unit in rules.pair_nouns and not (
                    following is not None and following.upos == "NOUN"
                    and text[following.start].islower()):
                continue  # "giữa hai đơn vị" có: both; "hai đơn vị đảng bộ": a count
            if number.label is None or parts[0].lower() == "một" and unit not in rules.one_units \
                    and not (unit in rules.duration_units
                             and _DURATION_BEFORE_RE.search(text, max(0, start - 8), start)) \
                    and not (unit == "người" and _PEOPLE_COUNTED_RE.search(text)):
                continue  # "một số"; but "một năm", "chỉ trong một buổi sáng", "4 người chết,
                # một người bị thương"
        before = text[max(0, start - 20):start]
        approx = rules.approximator.search(before)
        if approx and approx.group(1).lower() == "trên" \
                and (number.unit or "").lower() in rules.locative_nouns \
                and not rules.amount_before.search(before, 0, approx.start(1)):
            approx = None  # "dự án trên 48 tỉnh", "phát triển trên 2 địa điểm": across them
        if approx and approx.group(1).lower() == "trên" and found \
                and found[-1].label == "QUANTITY" and found[-1].unit_end is not None \
                and text[found[-1].unit_end:start - len(before) + approx.start(1)].isspace() \
                and (number.unit or "").lower() != "tuổi":
            approx = None  # "77 HC vàng trên 145 bộ huy chương": a count out of a total ("100
            # người trên 60 tuổi" are over it)
        if approx and approx.group(1).lower() == "hơn" \
                and rules.comparative.search(before, 0, approx.start(1)):
            approx = None  # "thấp hơn 0,1 điểm phần trăm": lower by it, not more than it
        if approx and not rules.range_to.search(before):  # lên tới; 10 tới 15; 150 ngàn tới
            number.approx_start = start - len(before) + approx.start(1)
            number.approx = approx.group(1)
        if number.label is None and any(w.lower() in rules.multipliers for w in parts) \
                and rules.money_trigger.search(text, max(0, start - 40), start):
            number.label, number.rule = "MONEY", "money-trigger"
        elif number.rule == "counted-noun" and parts[-1].lower() in _MILLIONS \
                and rules.money_trigger.fullmatch(f"{number.unit} "):
            number.label, number.rule, number.unit, number.unit_end = "MONEY", "money-trigger", \
                None, None  # "4.060 tỷ" doanh thu, "120 triệu" hỗ trợ: money, then what it is
        elif number.bare_millions() and _NOTHING_COUNTED_RE.match(text, number.end) \
                and rules.money_word.search(text, 0, start):
            number.label, number.rule = "MONEY", "money-trigger"  # "hỗ trợ" ... "Lạng Sơn (30
            # tỷ)": millions or billions of nothing counted, after a word of money
        found.append(number)
        taken = number.unit_end or number.end
        if rest is not None:
            position = max(rest, taken)
    return found


def _clock_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of clock times: an hour with "lúc", minutes, a time of day or a day."""
    if "giờ" not in text and not _HOUR_MARK_RE.search(text):
        return []  # the common case, found without the full pattern
    spans = []
    for match in _CLOCK_RE.finditer(text):
        if match.group("lead") or match.group("tail"):
            start = match.start()
            if (first := _CLOCK_FROM_RE.search(text, max(0, start - 10), start)) is not None:
                start = first.start()
            spans.append((start, match.end()))
    return spans


def _per_unit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the "one month", "one 10,000 people" an average is taken over."""
    if "quân" not in text:
        return []
    return [m.span(1) for m in _PER_UNIT_RE.finditer(text)]


def _name_number_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the numbers inside a body's name: a court's region ("khu vực 10"), a
    hospital's site ("cơ sở 2")."""
    if "khu vực" not in text and "cơ sở" not in text:
        return []
    return [m.span(1) for pattern in (_REGION_NUMBER_RE, _SITE_NUMBER_RE)
            for m in pattern.finditer(text)]


def _slogan_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted slogans and themes that begin with a number ('“5 có, 3
    sạch”', '“80 năm – Khát vọng độc lập”') or a word of hundreds and up ('“Triệu phần quà
    san sẻ yêu thương”'; not a quoted speech's '"Hai anh cứ ngồi đây"'): their numbers name,
    they do not count."""
    if "“" not in text and '"' not in text:
        return []
    return [m.span() for m in _SLOGAN_RE.finditer(text)]


def _names(rules: _Rules, number: _Number) -> bool:
    """True for a count that can be part of a slogan's name ("3 sạch", "30 ngày"), not an
    amount or a measure someone quotes ("70.000 đồng / cái", "2 m")."""
    kind = _unit_kind(rules, number.unit)[0] if number.unit else ""
    return number.label in (None, "QUANTITY") and kind != "metric"


def _shares(rules: _Rules, text: str, words: Words) -> list[_Number]:
    """Counts written as a share of a total ("8/8 chỉ tiêu") and the totals of ranks ("xếp thứ
    7/34 tỉnh" -> "34 tỉnh"), when a counted noun or unit follows."""
    found: list[_Number] = []
    if "/" not in text:
        return found
    for match in _SHARE_RE.finditer(text):
        if int(match.group("part").replace(".", "")) > int(match.group("total").replace(".", "")) \
                and "." not in match.group():
            continue  # "15/3": a date, not a share ("87.096/75.250 lượt người": done of planned)
        start = match.start("total") if match.group("rank") else match.start("part")
        number = _Number(start, match.end(), [match.group("total" if match.group("rank") else "part")])
        _unit(rules, number, text, words)
        if number.label == "QUANTITY" and not _DAY_BEFORE_RE.search(text, max(0, start - 8), start):
            found.append(number)  # not "Sáng 02/10 Huyện ủy": a date before a name
    return found


def find_numeric(text: str, tokens: list[Token]) -> list[Mention]:
    """QUANTITY, MONEY and PERCENT mentions in a sentence text (tokens give word boundaries and
    UPOS hints)."""
    rules = _rules()
    words = Words(tokens)
    # clock times, averages' units, the numbers of a court's region and of a body's site
    not_counts = _clock_spans(text) + _per_unit_spans(text) + _name_number_spans(text)
    slogans = _slogan_spans(text)
    numbers = [n for n in _numbers(rules, text, words)
               if not any(s <= n.start < e for s, e in not_counts)
               and not (any(s <= n.start < e for s, e in slogans) and _names(rules, n))]
    numbers = sorted([*numbers, *_shares(rules, text, words)], key=lambda n: n.start)
    if any(n.label == "MONEY" and n.unit for n in numbers):
        for number in numbers:  # "tăng gần 500 tỷ (7%) lên 7.717 tỷ đồng", "giải Nhì 3 triệu":
            if number.bare_millions():  # millions or billions of nothing named, beside money,
                # are money
                number.label, number.rule = "MONEY", "money-trigger"
    joined: set[int] = set()  # ids of second bounds of ranges written as one word
    for first, second in pairwise(numbers):
        if first.label is None and second.label is not None \
                and rules.connector.match(text[first.end:second.start]) \
                and not _DASH_LIST_BEFORE_RE.search(text, max(0, first.start - 8), first.start):
            first.label, first.unit, first.rule = second.label, second.unit, "range-bound"
            trailing = []
            for word in reversed(second.tokens):
                if word.lower() not in rules.multipliers:
                    break
                trailing.insert(0, word)
            if not any(w.lower() in rules.multipliers for w in first.tokens):
                first.tokens = first.tokens + trailing
            if words.inside(first.end):  # "15-20 triệu đồng", one word: one mention
                first.rule, first.unit_end = "range-word", second.unit_end or second.end
                joined.add(id(second))
    mentions = []
    for number in numbers:
        if id(number) in joined or number.label is None and number.approx is None:
            continue
        if "/" in text[max(0, number.start - 2):number.start] \
                and _RATE_BEFORE_RE.search(text, max(0, number.start - 4), number.start) \
                and number.label == "QUANTITY" and _unit_kind(rules, number.unit)[0] != "metric" \
                and (not number.tokens[0][0].isdigit() or number_value(number.tokens[:1]) == 1):
            continue  # "đồng/01 người", "giường bệnh/vạn dân": a rate's denominator ("miligam/1
            # lít", a measure, stays)
        if number.rule == "counted-noun" and number.approx is None \
                and _CODE_NUMBER_RE.match(text, number.start) \
                and _CODE_BEFORE_RE.search(text, max(0, number.start - 6), number.start):
            continue
        label = number.label or "QUANTITY"
        start = number.start
        if number.approx is not None and label != "PERCENT":
            start = number.approx_start  # type: ignore[assignment]
        end = number.unit_end if number.unit_end is not None and number.rule != "range-bound" \
            else number.end
        attrs: dict[str, str] = {}
        value: Decimal | None = None
        if number.approx is None or number.approx.lower() != "hàng":
            value = number_value(number.tokens)
        if label == "QUANTITY" and (half := _HALF_AFTER_RE.match(text, end)) is not None:
            end = half.end()  # "hai năm rưỡi": two and a half years
            value = value + Decimal("0.5") if value is not None else None
        elif number.unit == "giây" and (hundredths := _HUNDREDTHS_AFTER_RE.match(text, end)) \
                and not unit_follows(text, hundredths.end()):  # not "10 giây 15 người"
            end = hundredths.end()
            value = value + Decimal(hundredths.group(1)) / 100 if value is not None else None
        if value is not None:
            attrs["value"] = format_value(value)
        if number.unit:
            attrs["unit"] = number.unit
        rule = number.rule or "approximate-number"
        if number.approx is not None and label != "PERCENT":
            rule += "+" + rules.approximator_ids.get(number.approx.lower(), "approx")
        attrs["rule"] = rule
        mentions.append(Mention(start, end, label, attrs))
    return mentions

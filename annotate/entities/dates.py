"""DATE mentions: full dates, day-month, months, quarters, years and year or day ranges, with
ISO 8601 values ("2011-12-01", "2012-05", "2015", "2014/2018", "--04-22", "2025-04/2025-06")."""

from __future__ import annotations

import re

from functools import cache

from annotate.entities.lexicon import DASH, UPPER, alternation, lexicons, unit_follows
from annotate.entities.mention import Mention
from annotate.entities.numerals import number_value

_SEP = r"\s*[/.\-–—]\s*"
_YEAR = r"(?:1[89]|20|21)\d\d"
_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# the sexagenary years of the lunar calendar: "Kỷ Hợi", "Canh Tý"
_CAN_CHI = (r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+"
            r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)")

# the year of a date told from this one: "tháng 12 năm ngoái", "quý I năm nay", "2/9 năm nay"
_RELATIVE_YEAR = r"\s+năm\s+(?:nay|ngoái|trước|sau|tới)(?!\w)"
# months counted in words: "Hai tháng đầu năm 2024" ("năm", five, is the year's word too: it
# counts months only before the year's first or last ones, "năm tháng đầu năm nay"; the words'
# values are the lexicon's)
_MONTH_COUNT_WORDS = ("hai", "ba", "bốn", "sáu", "bảy", "tám", "chín", "mười")
_DATE_RE = re.compile(
    r"(?<![\w/.])(?:"
    # ngày 29 tháng Chạp năm Kỷ Hợi, mùng 6 tháng Giêng: a lunar date (no ISO value)
    rf"(?P<ln>(?:(?i:ngày)\s+)?(?:(?i:mùng|mồng)\s+)?\d{{1,2}}\s+tháng\s+(?i:giêng|chạp)"
    rf"(?:\s*,?\s+năm\s+(?:{_YEAR}|{_CAN_CHI}))?"
    # mùng 7 Tết, ngày mồng 2 tết Nguyên đán: a day of the lunar new year
    rf"|(?:(?i:ngày)\s+)?(?i:mùng|mồng)\s+\d{{1,2}}\s+(?i:tết)(?!\w)(?:\s+(?i:nguyên\s+đán))?)"
    # ngày 16 - 22.4(.2020), ngày 11 đến 13.4, ngày 11 đến ngày 13 tháng 7 năm 2016: a range of
    # days in one month; ngày 9, 10, 11/1/2020, ngày 13,14 tháng 12: a list of them; "hai ngày
    # (13 và 14/4)", "2 ngày: 9 và 10-12": the days alone, after a bracket or a colon
    rf"|(?P<dr>(?i:ngày)(?:\s+|\s*(?P<dr_open>[(:])\s*)"
    rf"(?P<dr_d1>\d{{1,2}})(?:\s*,\s*\d{{1,2}})*"
    rf"\s*(?:{DASH}|đến|(?P<dr_and>và|,))\s*(?:ngày\s+)?"
    rf"(?P<dr_d2>\d{{1,2}})"
    rf"(?:{_SEP}(?P<dr_m>\d{{1,2}})(?:{_SEP}(?P<dr_y>{_YEAR}))?"
    rf"|\s+tháng\s+(?P<dr_m2>\d{{1,2}})(?:\s*(?:năm|,)\s*(?P<dr_y2>{_YEAR}))?))"
    # từ 5 - 7.6: the same after "từ" (which stays outside)
    rf"|(?i:từ)\s+(?P<fr>(?P<fr_d1>\d{{1,2}})\s*(?:{DASH}|đến)\s*(?P<fr_d2>\d{{1,2}})\s*[/.\-]\s*"
    rf"(?P<fr_m>\d{{1,2}})(?:{_SEP}(?P<fr_y>{_YEAR}))?)"
    # (26-27/3/1961), (8-9/10): a range of days without "ngày", with its month and year, or in
    # brackets with its month
    rf"|(?P<br>(?P<br_d1>\d{{1,2}})\s*{DASH}\s*(?P<br_d2>\d{{1,2}})/(?P<br_m>\d{{1,2}})"
    rf"/(?P<br_y>{_YEAR}))"
    rf"|\((?P<bq>(?P<bq_d1>\d{{1,2}})\s*{DASH}\s*(?P<bq_d2>\d{{1,2}})/(?P<bq_m>\d{{1,2}}))(?=\))"
    # ngày 2 tháng 9 năm 1945
    rf"|(?P<dw>(?i:ngày)\s+(?P<dw_d>\d{{1,2}})\s+tháng\s+(?P<dw_m>\d{{1,2}})"
    rf"(?:\s*(?:năm|,)\s*(?P<dw_y>{_YEAR}))?)"
    # (ngày) 01/12/2011, 01-12-2011, 01.12.2011; ngày 22/4
    rf"|(?P<dn>(?:(?i:ngày)\s+)?(?P<dn_d>\d{{1,2}}){_SEP}(?P<dn_m>\d{{1,2}}){_SEP}(?P<dn_y>{_YEAR}))"
    rf"|(?P<dm>(?i:ngày)\s+(?P<dm_d>\d{{1,2}})\s*(?:[/.]|{DASH})\s*(?P<dm_m>\d{{1,2}}))"
    # ngày 15 hàng tháng, ngày 20 của tháng cuối quý: a day of every month
    rf"|(?P<dd>(?i:ngày)\s+(?P<dd_d>\d{{1,2}}))(?=\s+(?:hàng|hằng|mỗi|của)\s+tháng(?!\w))"
    # Sáng 15/3, sáng 15.3, tối 1 - 4, Chiều nay 19/10, Sáng nay (3/11), Ngày mai (19-9): a day
    # and month after a time of day or of the week (which stays outside), "hôm qua, 18 - 8", or
    # the holiday it is ("Quốc khánh 2 - 9")
    rf"|(?i:rạng sáng|sáng sớm|sáng|chiều|tối|trưa|đêm|khuya|quốc khánh|hôm qua|hôm nay"
    rf"|ngày mai|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?:\s+(?i:nay|qua|mai))?(?:\s*,)?"
    rf"\s*\(?\s*"
    rf"(?P<tm>(?P<tm_d>\d{{1,2}})\s*[/.\-–]\s*(?P<tm_m>\d{{1,2}})(?:{_SEP}(?P<tm_y>{_YEAR}))?)"
    # hôm 24/3, trước 10/3, từ 10/5, từ 21.6 đến 24.6: a day/month after a word of time (which
    # stays outside; with a dot only a day of two digits, not "từ 1.2 đến 1.5 mét")
    rf"|(?i:hôm|trước|sau|từ|đến|tới|vào)\s+(?P<pm>(?P<pm_d>\d{{1,2}})\s*/\s*(?P<pm_m>\d{{1,2}})"
    rf"|(?P<pm_d2>[0-3]\d)\.(?P<pm_m2>\d{{1,2}})"
    # "từ ngày 3-6 đến 6-6": with a dash only where it ends a range of days (see _ends_day_range)
    rf"|(?P<pm_d4>\d{{1,2}})-(?P<pm_m4>\d{{1,2}})(?![\-/.]\d)"
    # từ 17 tháng 3 (năm 2021): the same in words
    rf"|(?P<pm_d3>\d{{1,2}})\s+tháng\s+(?P<pm_m3>\d{{1,2}})(?:\s*(?:năm|,)\s*(?P<pm_y>{_YEAR}))?)"
    # a news headline's date in brackets: "(06/04)", two digits each
    rf"|\((?P<hm>(?P<hm_d>\d\d)/(?P<hm_m>\d\d))\)"
    # quý I/2025, quý 2 năm 2025, quý I năm nay, quý 1 năm ngoái, quý III – IV/2024, Q2/2024
    # (with its year only: "Q1" alone is a district)
    rf"|(?P<q>(?i:quý|quí|qúi)\s+(?P<q_n>IV|I{{1,3}}|[1-4])"
    rf"(?:\s*{DASH}\s*(?P<q_to>IV|I{{1,3}}|[1-4])(?={_SEP}{_YEAR}|\s+năm\s))?"
    rf"(?:{_SEP}(?P<q_y>{_YEAR})|\s+năm\s+(?P<q_y2>{_YEAR})|{_RELATIVE_YEAR})?"
    rf"|Q(?P<q_n2>[1-4]){_SEP}(?P<q_y3>{_YEAR}))"
    # T8/2007: a month by its letter, with its year
    rf"|(?P<mt>T(?P<mt_m>\d{{1,2}})/(?P<mt_y>{_YEAR}))"
    # 6 tháng đầu năm 2024, 9 tháng năm 2023, 9 tháng 2023, 8 tháng của năm 2022, 6 tháng cuối
    # năm, 3 tháng cuối, 6 tháng đầu năm nay, 10 tháng năm nay, 6 tháng đầu 2019: months counted
    # in a year
    rf"|(?P<p>(?P<p_n>0?[1-9]|1[01]|(?i:{'|'.join(_MONTH_COUNT_WORDS)})"
    rf"|(?i:năm)(?=\s+tháng\s+(?:đầu|cuối)\s+năm(?!\w)))\s+tháng\s+"
    rf"(?:(?P<p_e>đầu|cuối)(?:\s+năm"
    rf"(?:\s+(?P<p_y>{_YEAR})|\s+nay)?|\s+(?P<p_y3>{_YEAR}))?"
    rf"|(?:(?:của\s+)?năm\s+)?(?P<p_y2>{_YEAR})"
    rf"|năm\s+nay(?!\w)))"
    # nửa đầu năm 2017, nửa cuối năm: a half of a year
    rf"|(?P<h>(?i:nửa)\s+(?P<h_e>đầu|cuối)\s+năm(?:\s+(?P<h_y>{_YEAR})|\s+nay)?)"
    # tháng 5/2012, tháng 5 năm 2012, tháng 5, tháng 7-8/2016 (two months), tháng 12 năm ngoái,
    # tháng 4 năm sau
    # tháng 1/2007 - 11/2009, tháng 1.2007-11.2009: a month with its year up to another; "tháng
    # 9 và tháng 10/2020": two months joined by "và" before their year
    rf"|(?P<m>(?i:tháng)\s+(?P<m_m>\d{{1,2}})(?:\s*{DASH}\s*(?P<m_m2>\d{{1,2}})"
    rf"|\s+và\s+(?:tháng\s+)?(?P<m_and>\d{{1,2}})(?={_SEP}{_YEAR}))?"
    rf"(?:{_SEP}(?P<m_y>{_YEAR})(?:\s*{DASH}\s*(?P<m_m3>\d{{1,2}}){_SEP}(?P<m_y3>{_YEAR}))?"
    rf"|\s+năm\s+(?P<m_y2>{_YEAR})|{_RELATIVE_YEAR})?)"
    # năm 2015, năm 2014 - 2018
    rf"|(?P<y>(?i:năm)\s+(?P<y_1>{_YEAR})(?:\s*{DASH}\s*(?P<y_2>{_YEAR}))?)"
    # 2014 – 2018
    rf"|(?P<yr>(?P<yr_1>{_YEAR})\s*{DASH}\s*(?P<yr_2>{_YEAR}))"
    # đến 2030, từ 2021, cùng kỳ 2022, so với 2022, (SN 1996), (SN1989), (sn 1992), (sinh 1968),
    # vụ hè thu 2011, vụ xuân 2020, năm mới 2024, mùa giải 2020, (giá so sánh 2010), (KH 2023:
    # ...), kỳ thi tốt nghiệp THPT 2024, tuyển sinh 2024: a bare year after a temporal
    # preposition, a crop or sports season, a new year, the prices of a base year, a year of
    # birth, a year's plan or an exam (the word before stays outside); "Đại hội TDTT tỉnh lần
    # IX/2022": the year after an event's Roman number and a slash
    rf"|(?:(?i:đến|từ|trước|sau|vào|tới|hết|tầm nhìn|giai đoạn|nhiệm kỳ|đầu|cuối|giữa|khoảng"
    rf"|cùng k[ỳì]|so với|hè\s*{DASH}?\s*thu|đông\s*{DASH}?\s*xuân|thu\s*{DASH}?\s*đông|vụ mùa"
    rf"|vụ\s+(?:xuân|đông|hè|thu|chiêm)"
    rf"|năm mới|mùa giải|mùa bóng|thời điểm|thường niên|giá so sánh"
    rf"|thi(?:\s+tốt\s+nghiệp)?\s+THPT|tuyển\s+sinh)\s+|SN\s*|(?<=\()(?:sn|KH|sinh)\s+"
    rf"|(?<!\w)lần\s+(?:thứ\s+)?[IVXL]+/)"
    rf"(?P<by>(?P<by_1>{_YEAR})(?:\s*{DASH}\s*(?P<by_2>{_YEAR}))?)"
    # Nguyễn Văn A (1961), thành lập (1930): a year alone in brackets; "Huỳnh Tấn Vỹ (1975, trú
    # xã ...)", "(1991, Giám đốc ...)": a year of birth before what follows it
    rf"|\((?P<bk>(?P<bk_1>{_YEAR}))(?:\)|(?=\s*,))"
    # giải phóng miền Nam 30/4, Ngày pháp luật Việt Nam 09/11: a bare day/month (see _bare_day)
    rf"|(?P<bd>(?P<bd_d>\d{{1,2}})/(?P<bd_m>\d{{1,2}}))"
    # "đến thăm hai lần: 12/1954 và 3/1960", "(04/2006)": a bare month/year (see _bare_month);
    # "đến 10-2016" with a dash
    rf"|(?P<bmy>(?P<bmy_m>\d{{1,2}})(?:/|(?P<bmy_dash>-))(?P<bmy_y>{_YEAR}))"
    r")(?![\w/]|[.,]\d)"
)


def _day(day: str, month: str, year: str | None) -> str | None:
    d, m = int(day), int(month)
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    return f"{year}-{m:02d}-{d:02d}" if year else f"--{m:02d}-{d:02d}"


def _value(match: re.Match[str]) -> tuple[str | None, str] | None:
    """(ISO value or None, rule id), or None when the match is not a date after all."""
    g = match.group
    if g("ln"):
        return None, "date-lunar"
    for days in ("dr", "fr", "br", "bq"):
        if g(days):
            d1, d2 = g(f"{days}_d1"), g(f"{days}_d2")
            month = g(f"{days}_m") or g("dr_m2")
            year = None if days == "bq" else g(f"{days}_y") or g("dr_y2")
            first, second = _day(d1, month, year), _day(d2, month, year)
            if first is None or second is None or int(d1) >= int(d2):
                return None
            if days == "dr" and g("dr_and") and int(d2) != int(d1) + 1:
                return None, "date-day-list"  # "ngày 5 và 20/12", "ngày 9, 10, 11/1/2020": days,
                # no one ISO value
            return f"{first}/{second}", "date-day-range"
    if g("dw"):
        value = _day(g("dw_d"), g("dw_m"), g("dw_y"))
        return (value, "date-words") if value else None
    if g("dn"):
        value = _day(g("dn_d"), g("dn_m"), g("dn_y"))
        return (value, "date-numeric") if value else None
    if g("dm"):
        value = _day(g("dm_d"), g("dm_m"), None)
        return (value, "date-day-month") if value else None
    if g("dd"):
        day = int(g("dd_d"))
        return (f"---{day:02d}", "date-day-of-month") if 1 <= day <= 31 else None
    if g("tm"):
        value = _day(g("tm_d"), g("tm_m"), g("tm_y"))
        return (value, "date-numeric" if g("tm_y") else "date-day-month") if value else None
    for group in ("pm", "hm", "bd"):
        if g(group):
            day, month = (g("pm_d") or g("pm_d2") or g("pm_d3") or g("pm_d4"),
                          g("pm_m") or g("pm_m2") or g("pm_m3") or g("pm_m4")) if group == "pm" \
                else (g(f"{group}_d"), g(f"{group}_m"))  # "từ 21.6": the dotted form of pm
            value = _day(day, month, g("pm_y") if group == "pm" else None)
            if group == "pm" and g("pm_y"):
                return (value, "date-words") if value else None
            rule = "date-bare-day-month" if group == "bd" else "date-day-month"
            return (value, rule) if value else None
    if g("q"):
        quarter = _ROMAN_QUARTERS[(g("q_n") or g("q_n2")).lower()]
        year = g("q_y") or g("q_y2") or g("q_y3")
        first = 3 * quarter - 2
        last = 3 * _ROMAN_QUARTERS[g("q_to").lower()] if g("q_to") else 3 * quarter
        if year:
            return f"{year}-{first:02d}/{year}-{last:02d}", "date-quarter"
        return f"--{first:02d}/--{last:02d}", "date-quarter"
    if g("p"):
        months = int(number_value([g("p_n")]) or 0)
        year = g("p_y") or g("p_y2") or g("p_y3")
        first, last = (13 - months, 12) if g("p_e") == "cuối" else (1, months)
        if year is None:
            return None, "date-part-of-year"
        return f"{year}-{first:02d}/{year}-{last:02d}", "date-part-of-year"
    if g("h"):
        first, last = (7, 12) if g("h_e") == "cuối" else (1, 6)
        year = g("h_y")
        return (f"{year}-{first:02d}/{year}-{last:02d}" if year else None), "date-part-of-year"
    if g("mt"):
        month = int(g("mt_m"))
        return (f"{g('mt_y')}-{month:02d}", "date-month") if 1 <= month <= 12 else None
    if g("m"):
        month = int(g("m_m"))
        if not 1 <= month <= 12:
            return None
        year = g("m_y") or g("m_y2")
        first = f"{year}-{month:02d}" if year else f"--{month:02d}"
        if g("m_m3"):
            last = f"{g('m_y3')}-{int(g('m_m3')):02d}"
            return (f"{first}/{last}", "date-month-range") if first < last \
                and 1 <= int(g("m_m3")) <= 12 else None
        if g("m_m2") or g("m_and"):
            last = int(g("m_m2") or g("m_and"))
            if not month < last <= 12:
                return None
            if g("m_and") and last != month + 1:
                return None, "date-month-list"  # "tháng 3 và tháng 9/2020": months, no one value
            return f"{first}/{year or '-'}-{last:02d}", "date-month-range"
        return first, "date-month"
    for group, rule in (("y", "date-year"), ("by", "date-bare-year"), ("yr", "date-year")):
        if g(group):
            return _years(g(f"{group}_1"), g(f"{group}_2"), rule)
    if g("bk"):
        return g("bk_1"), "date-bracketed-year"
    if g("bmy"):
        month = int(g("bmy_m"))
        return (f"{g('bmy_y')}-{month:02d}", "date-bare-month") if 1 <= month <= 12 else None
    return None


# ", 2021 và 2022", " & 2021" after a year: more years of the same list, each a DATE of its own
_LIST_YEAR_RE = re.compile(rf"(?:\s*[,&]\s*|\s+(?:và|hoặc)\s+)(?P<year>{_YEAR})(?![\w/]|[.,]\d)")
_YEAR_RULES = ("date-year", "date-bare-year", "date-year-range")
# "8/6 năm 2023", "Ngày 6/4 năm 2022": the year in words after a day and month; "ngày 19 đến ngày
# 21/4 năm Kỷ Hợi": a lunar year, which makes the date lunar (no ISO value)
_YEAR_WORD_RE = re.compile(rf"\s+năm\s+(?:({_YEAR})|{_CAN_CHI})(?![\w/]|[.,]\d)")
_RELATIVE_YEAR_RE = re.compile(_RELATIVE_YEAR)
_FULL = ("date-numeric", "date-words")  # dates with a day, month and year
_DAY_MONTH = ("date-day-month", "date-bare-day-month")
_DATE_CUE_RE = re.compile(r"\d|tháng|[qQ][uU][ýíÝÍ]|[nN]ửa")  # a date, "sáu tháng", "quý III"
_RANGE_GAP_RE = re.compile(rf"\s*{DASH}\s*")
# "ngày 10/4 đến ngày 12/4/2025", "ngày 15 tháng 01 đến hết ngày 19 tháng 01 năm 2018": a day and
# month after "ngày" up to a full date that gives its year (not "từ 17 tháng 3" "đến ngày 19
# tháng 3 năm 2021")
_TO_FULL_RE = re.compile(r"\s*đến(?:\s+hết)?\s*")
# "từ 1/3 đến 1/2 số dân": shares of a whole, not days
_SHARE_OF_RE = re.compile(rf"(?:\s*(?:đến|tới|{DASH})\s*\d{{1,2}}\s*/\s*\d{{1,2}})?"
                          r"\s+(?i:số|tổng|dân số|diện tích)(?!\w)")


# a document's year after its symbol and place, as legal portals title them: "Quyết định
# 4207/QĐ-UBND Nghệ An 2023", "Quyết định 6085/QĐ-BYT 2019"
_SYMBOL_YEAR_RE = re.compile(rf"(?<![\w/])\d+/(?:\d{{4}}/)?[{UPPER}][\w&\-]*"
                             rf"(?:[ \t]+[{UPPER}]\w*){{0,3}}[ \t]+(?P<year>{_YEAR})(?![\w/]|[.,]\d)")


def _listed_years(position: int, text: str) -> list[Mention]:
    """The bare years that continue a list of years ending at `position`."""
    found = []
    while (match := _LIST_YEAR_RE.match(text, position)) and not unit_follows(text, match.end()):
        found.append(Mention(match.start("year"), match.end("year"), "DATE",
                             {"value": match.group("year"), "rule": "date-year-list"}))
        position = match.end()
    return found


@cache
def _amount_re() -> re.Pattern[str]:
    lex = lexicons()
    words = [*lex.numbers["multipliers"], *(f for row in lex.currencies for f in row["forms"])]
    return re.compile(r"\s*(?:%|" + alternation(words) + ")")


def _amount_follows(text: str, position: int) -> bool:
    """True when a multiplier, a currency or "%" follows ("từ 5 - 7.5 triệu đồng": not a date)."""
    return _amount_re().match(text, position) is not None


@cache
def _count_before_re(words_only: bool) -> re.Pattern[str]:
    words = [*lexicons().numbers["digits"], *lexicons().numbers["vague"]]
    # (not a weekday: "thứ Năm ngày 23/1/2020")
    return re.compile(r"(?:" + ("" if words_only else r"\d|") + r"(?<!\w)(?<![Tt]hứ )(?i:"
                      + alternation(words) + r"))\s+$")


def _count_before(text: str, position: int, words_only: bool = False) -> bool:
    """True when a number counts the days before `position` ("trong hai ngày 22 và 23 - 3");
    with `words_only`, a number in words (digits there are often a document's number)."""
    return _count_before_re(words_only).search(text, max(0, position - 12), position) is not None


def _years(first: str, second: str | None, rule: str) -> tuple[str, str] | None:
    """A year, or a range of years when the second is later than the first."""
    if second is None:
        return first, rule
    if int(second) <= int(first):
        return None
    return f"{first}/{second}", "date-year-range"

# what a bare day/month is not after: a number, a rank, a class, a score, an address, an article,
# a hall named after the day ("Hội trường 2/9")
_NOT_DAY_BEFORE_RE = re.compile(
    r"(?:[\d/.,:\-–]\s*|(?<!\w)(?i:số|thứ|lớp|tỷ số|tỉ số|tỷ lệ|tỉ lệ|điều|khoản|điểm|tổ|hẻm|ngõ|"
    r"ngách|kiệt|nhà|phòng|lô|căn|đường|quốc lộ|ql|km|ấp|khu|khu phố|tiểu khu|bản|thôn|"
    r"xóm|cụm|tờ|thửa|trang|mục|kênh|chung cư|block|tầng|hội trường|quảng trường)\s+)$")


@cache
def _not_month_before_re() -> re.Pattern[str]:
    """What a bare month/year is not after: a number, a rank, a class, a page, a capitalised word
    or a document's type ("Thông báo 03/2019" is its number)."""
    types = alternation([row["type"] for row in lexicons().doc_types])
    return re.compile(rf"(?:[\d/.,\-–]\s*|(?<!\w)(?i:số|thứ|lớp|điều|khoản|điểm|tờ|trang|mục)\s+"
                      rf"|(?<!\w)[{UPPER}]\S*\s+|{types}\s+)$")


def _name_follows(text: str, position: int) -> bool:
    """True when the next word is capitalised: a name begins there, not a counted noun."""
    return text[position:position + 2].lstrip()[:1].isupper()


# "(tháng 6-2014) đến 10-2016": a dashed month/year only ends a range
_TO_BEFORE_RE = re.compile(r"(?<!\w)(?i:đến|tới)\s+$")


def _bare_month(text: str, start: int, end: int) -> bool:
    """True when a month/year with no word of time before it reads as a date ("đến thăm hai
    lần: 12/1954 và 3/1960", "(04/2006)"), not a document's number or a count."""
    return _not_month_before_re().search(text, max(0, start - 24), start) is None \
        and not unit_follows(text, end)


def _bare_day(match: re.Match[str], text: str) -> bool:
    """True when a day/month with no word of time before it reads as a date: a valid day, not a
    common fraction ("1/2", "2/3", "3/4" of something) and not after a number, a rank, a class,
    a score or an address ("thứ 7/34", "lớp 10/1", "hẻm 12/3")."""
    day, month = int(match.group("bd_d")), int(match.group("bd_m"))
    if day < month <= 4:
        return False
    return _NOT_DAY_BEFORE_RE.search(text, max(0, match.start() - 14), match.start()) is None


def _range_first(previous: Mention, rule: str, value: str | None, text: str,
                 start: int) -> str | None:
    """The first value of one range that the date before (`previous`) and this one (at `start`)
    form, or None: two dates joined by a dash ("(1.5.1890 - 1.5.2025)"), a day and month after
    "ngày" up to a full date ("ngày 10/4 đến ngày 12/4/2025") or by a dash to a day and month
    ("ngày 09/3 - 13/3"), a month up to a month with its year ("tháng 3 đến tháng 5-2009"). A
    first date without its year takes the second's."""
    if not value:
        return None
    kind, first = previous.attrs["rule"], previous.attrs.get("value", "9")
    dash = _RANGE_GAP_RE.fullmatch(text, previous.end, start) is not None
    to = _TO_FULL_RE.fullmatch(text, previous.end, start) is not None
    if rule in _FULL:
        if not (dash or to and (kind == "date-day-month"
                                or kind == "date-words" and first.startswith("--"))
                and not value.startswith("--")
                and text[previous.start:previous.start + 4].lower() == "ngày") \
                or kind not in (*_FULL, "date-day-month"):
            return None
    elif not (rule == "date-month" and value[:1] != "-" and kind == "date-month"
              and first[:2] == "--" and text[previous.start:previous.start + 5].lower() == "tháng"
              and (to or dash)
              or rule == kind == "date-bare-month" and dash
              or rule == kind == "date-bare-day-month" and dash
              or rule == kind == "date-day-month" and dash
              and text[previous.start:previous.start + 4].lower() == "ngày"):
        return None
    if kind in ("date-day-month", "date-month", "date-words") and first.startswith("--") \
            and not value.startswith("--"):
        first = value[:4] + first[1:]  # "ngày 28/8-30/8/2018": the year of the second
    return first if first < value else None


def _ends_day_range(previous: Mention | None, text: str, start: int) -> bool:
    """True when a day/month at `start` ends a range that a day and month after "ngày" began
    just before: "từ ngày 28/7 đến 03/8"."""
    return previous is not None and previous.attrs["rule"] == "date-day-month" \
        and text[previous.start:previous.start + 4].lower() == "ngày" \
        and (_TO_FULL_RE.fullmatch(text, previous.end, start) is not None
             or _RANGE_GAP_RE.fullmatch(text, previous.end, start) is not None)


def find_dates(text: str) -> list[Mention]:
    """DATE mentions in a sentence text."""
    mentions: list[Mention] = []
    if _DATE_CUE_RE.search(text) is None:
        return mentions  # most sentences: every date has a digit but "sáu tháng", "quý III"
    for match in _DATE_RE.finditer(text):
        result = _value(match)
        if result is None:
            continue
        value, rule = result
        attrs = {"value": value, "rule": rule} if value else {"rule": rule}
        inner = next((g for g in ("tm", "by", "fr", "pm", "hm", "bk", "bd", "bq")
                      if match.group(g)), None)
        start, end = match.span(inner) if inner else match.span()
        previous = mentions[-1] if mentions else None
        range_end = inner in ("pm", "bd") and _ends_day_range(previous, text, start)
        if match.group("pm_d4") and not range_end:
            continue  # "từ 5-7 người": a range of a count, not a day and month
        year = _YEAR_WORD_RE.match(text, end) if value and value.startswith("--") else None
        if year is not None and not year.group(1):
            end, value, rule = year.end(), None, "date-lunar"
            attrs = {"rule": rule}
        elif year is not None and rule in (*_DAY_MONTH, "date-day-range"):
            end = year.end()
            value = "/".join(year.group(1) + part[1:] for part in value.split("/"))
            rule = "date-words" if rule in _DAY_MONTH else rule
            attrs = {"value": value, "rule": rule}
        elif year is None and value and value.startswith("--") and rule in _DAY_MONTH \
                and (relative := _RELATIVE_YEAR_RE.match(text, end)) is not None:
            end = relative.end()  # "Quốc Khánh 2/9 năm nay": the day of this year, no count of
            # years (its value stays without the year)
        elif inner in ("by", "tm", "fr", "pm", "bk", "bd") and not range_end \
                and not any(match.group(g) for g in ("by_2", "tm_y", "fr_y", "pm_y")) \
                and (unit_follows(text, match.end()) and not _name_follows(text, match.end())
                     or _amount_follows(text, match.end())):
            continue  # "từ 2000 người", "tối 1 - 2 giờ": a count, not a date (a range of two
            # years is one: "nhiệm kỳ 2016-2021 tổ chức", so is a date with its year: "sáng
            # 5/9/2015 trường ..."; "Sáng 02/10 Huyện ủy" is a date)
        if inner in ("pm", "bd") and _SHARE_OF_RE.match(text, match.end()) and not range_end:
            continue
        if range_end:  # "từ ngày 28/7 đến 03/8 số ca mắc": no share, a day
            rule = attrs["rule"] = "date-day-month"
        second_bare = inner == "bd" and previous is not None \
            and previous.attrs["rule"] == "date-bare-day-month" \
            and _RANGE_GAP_RE.fullmatch(text, previous.end, start) is not None
        if inner == "bd" and not range_end and not second_bare and not _bare_day(match, text) \
                or match.group("bmy_dash") and _TO_BEFORE_RE.search(text, max(0, start - 5),
                                                                     start) is None \
                or match.group("bmy") and not _bare_month(text, start, match.end()) \
                and not (previous is not None and previous.attrs["rule"] == "date-bare-month"
                         and _RANGE_GAP_RE.fullmatch(text, previous.end, start)):
            continue  # (a month and year after one and a dash ends its range: "(12/1968-12/2023)")
        if match.group("dr") and (match.group("dr_open") or _count_before(text, start)):
            start = match.start("dr_d1")  # "hai ngày" stays a count: "hai ngày" "22 và 23 - 3"
        elif match.group("dn") and match.start("dn") < match.start("dn_d") \
                and _count_before(text, start, words_only=True):
            start = match.start("dn_d")  # and "hai ngày" "15/9/2022 và 16/9/2022" (not "Nghị
            # định số 03" ngày 5/9/2022)
        elif match.group("y_2") and _count_before(text, start):
            start = match.start("y_1")  # so does "5 năm" before a range: "5 năm" "2021-2025"
        if previous is not None and previous.start <= start and end <= previous.end:
            continue  # "năm 2022" of "Ngày 6/4 năm 2022"
        if previous is not None \
                and (first := _range_first(previous, rule, value, text, start)) is not None:
            previous.end = end
            previous.attrs = {"value": f"{first}/{value}", "rule": "date-range"}
            continue
        mentions.append(Mention(start, end, "DATE", attrs))
        if rule in _YEAR_RULES:
            mentions.extend(_listed_years(end, text))
    if "/" in text:
        for match in _SYMBOL_YEAR_RE.finditer(text):
            start, end = match.span("year")
            if not any(m.start < end and start < m.end for m in mentions):
                mentions.append(Mention(start, end, "DATE", {"value": match.group("year"),
                                                             "rule": "date-symbol-year"}))
        mentions.sort(key=lambda m: m.start)
    return mentions

"""ORG mentions: institution heads from the lexicon, extended by their name, locality, parent body
and term ("Sở Tư pháp tỉnh Lào Cai", "Ban Dân vận Tỉnh ủy", "Bộ Chính trị khóa XIII").

Heads come in four kinds (org_heads.jsonl): `body` (complete by itself: "Chính phủ", "Tỉnh ủy"),
`needs_suffix` (only with a locality or parent: "Công an tỉnh", "Văn phòng UBND tỉnh"; with
`may_take_name`, a name will do too: "Văn phòng Đăng ký đất đai"; its `definite_forms` are complete
alone: "Ban Chấp hành"; with `after_title`, only glued to its chief's title: "Chánh văn phòng Tỉnh
ủy"), `named` (only with a proper name: "Bộ Công an", "Công ty TNHH Trường Sơn"; with
`capitalised_name`, not a field in lowercase: "Cơ quan Năng lượng quốc tế", not "Cơ quan công an";
with `may_take_suffix`, a locality will do too: "Bệnh viện tỉnh"; with `described_place`, a
lowercase description and a locality or the nation: "Quỹ hỗ trợ nông dân huyện", "Trung tâm tình
nguyện quốc gia"; with `trade_name`, fields joined
by "và" are one name: "Công ty Cổ phần Khai thác đá và Xây dựng Hương Bằng"; with `sub_unit`, the
body after it will do: "Chi đoàn Đồn Biên phòng Tam Thanh"; with `hall`, not before the body it
belongs to: "Hội trường Quốc tế" Bệnh viện Bạch Mai (a day names one: "Hội trường 2/9"); with
`department_number`, a number of one or two digits before its parent body or the clause's end
names a department, capitalised or glued to its chief's title: "Phòng 7 - Viện kiểm sát", "Trưởng
phòng 2, VKSND tỉnh"; with `bare_after`, nothing after those words:
"kết nạp đảng" (and with `bare_only`, never with a name: "ngày thành lập Đoàn", not "Đoàn Kiểm
tra"); with `event_names`, those names need an event's description: "Ban Tổ chức lễ kỷ niệm"; with
`whole_word`, only as a word of the parse: "Khoa Cấp cứu", not "Khoa học") and `committee` (a
descriptive name: "Ban chỉ đạo phòng chống tội phạm, tệ nạn xã hội ... tỉnh"; with
`generic_description`, a lowercase description alone names a kind of body, not one: "Hội đồng xét
xử"). Heads marked `level_suffix` are bodies only before a locality's level word ("Viện kiểm sát
huyện", "Mặt trận xã Hòa Bình"; not "Tòa án Việt Nam", "Viện kiểm sát khu vực"). Lowercase heads
take an acronym as their domain ("bộ KHĐT"); a number after a complete name belongs to it ("Bệnh
viện Quân y 103"); a level category ("Ủy ban nhân dân cấp xã") is not one body. Places come from the
gazetteers of `places` as well as localities.json. Roles stay outside because they are not heads;
generic or plural uses ("các cấp", "Tỉnh ủy viên", "cấp ủy Đảng") are dropped. A person's name never
extends a name ("Bộ Công an Tô Lâm" -> "Bộ Công an"), except after heads marked `person_name`, whose
names are often people's ("Trường THPT Lê Quý Đôn"). Companies named in a foreign language end in a
company word (org_names.json): "Jurong Environment Engineering", "Samsung Electronics Co".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from annotate.entities.lexicon import (
    CAP_NEXT_RE, CAP_WORD, UPPER, alternation, lexicons, phrase_key, title_case, trie_alternation,
    unit_follows,
)
from annotate.entities.mention import Mention, Token, Words
from annotate.entities.places import commune_names, region_names

_LONE_SYLLABLE_RE = re.compile(r"[ \t]+[^\W\d_][^\W\d_A-ZĐ]+")  # "Quản", not "TKV" or "K"
_WORD_RE = re.compile(r"[ \t]*([,\-–]?)[ \t]*([^\W_](?:\w|&(?=\w))*)")  # "PCTT&TKCN": one word
_CAP_RUN_RE = re.compile(rf"[ \t]*({CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}})(?!\w)")
_LEVEL_END_RE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|Xã|Phường|Thị trấn)$")
_LOWER_LEVELS = r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
_ANY_LEVEL_BEFORE_RE = re.compile(rf"(?<!\w){_LOWER_LEVELS}[ \t]*$", re.IGNORECASE)
_TERM = r"(?:[kK]hóa|[kK]hoá)[ \t]+(?:[IVXLC]+|\d+)"  # a body's term: "khóa XIII", "khoá 1"
# an abbreviation in brackets, maybe quoted or with digits: "(VCCI)", "(“VUSTA”)", "(C04)"
_BRACKETED = rf"\([\"“]?([{UPPER}][{UPPER}&\d]{{1,9}})[\"”]?\)"
# a name's abbreviation inside it, before the rest of the name: "Ban Chấp hành (BCH) Đảng bộ
# tỉnh", "Tòa án nhân dân (TAND) huyện Mang Yang"
_ACRONYM_ASIDE_RE = re.compile(
    rf"[ \t]+{_BRACKETED}(?=[ \t]+(?:[{UPPER}]|{_LOWER_LEVELS}(?!\w)|số[ \t]+\d))")
# a body's abbreviation after its name: "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)"
_ABBREVIATION_RE = re.compile(rf"[ \t]*{_BRACKETED}")
# a company's short trade name in brackets after its name, in unaccented Latin letters:
# "Tập đoàn Công nghiệp tàu thủy Việt Nam (Vinashin)", "Công ty phát triển Nam Sài Gòn (Sadeco)"
_TRADE_NAME_RE = re.compile(r"[ \t]*\(([A-Z][a-z]{4,})\)")
# what lies between two parts of one name: a space, or its abbreviation
_JOIN_RE = re.compile(rf"[ \t]|[ \t]+{_BRACKETED}[ \t]+")
_BARE_LEVEL_END_RE = re.compile(rf"(?<!\w){_LOWER_LEVELS}$")
# a body's name that ends in a locality, and the localities listed after it, each the same body
# with its head elided: "UBND xã Đội Cấn và xã Chí Minh", "UBND thị trấn Hồ Xá, Cửa Tùng"
_LOCALITY_END_RE = re.compile(rf"(?<!\w)({_LOWER_LEVELS})[ \t]+{CAP_WORD}"
                              rf"(?:[ \t]+{CAP_WORD}){{0,3}}$")
# a province's party committee by its name alone: "Tỉnh ủy Lâm Đồng" (và An Giang)
_PROVINCE_COMMITTEE_RE = re.compile(rf"Tỉnh[ \t]+(?:ủy|uỷ)[ \t]+{CAP_WORD}"
                                    rf"(?:[ \t]+{CAP_WORD}){{0,3}}")
_NEXT_LOCALITY_RE = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:({_LOWER_LEVELS})[ \t]+)?"
                               rf"({CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}})(?!\w)")
# the commune that ends a body's name: "xã Hòa" (of "xã Hòa Hội")
_COMMUNE_END_RE = re.compile(rf"(?<!\w)(?:xã|phường|thị trấn)[ \t]+"
                             rf"({CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})$")
# "Đảng ủy Văn phòng UBND tỉnh": a party committee of the body that follows, not "cấp ủy"
_PARTY_COMMITTEE_RE = re.compile(r"(?<!\w)Đảng[ \t]+(?:ủy|uỷ)[ \t]+$")
# between two kinds of body in a list: "các huyện ủy, thị ủy, thành ủy"
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|và)[ \t]*")
_SPACE_RE = re.compile(r"[ \t](?=\S)")
# the police's investigation agency before the police it belongs to, after a comma, dash or
# bracket (not the law's "Cơ quan điều tra, Viện kiểm sát")
_INVESTIGATION_RE = re.compile(r"(?i:(?:cảnh sát|an ninh)[ \t]+điều tra)$|CSĐT$|ANĐT$")
_HOST_AFTER_RE = re.compile(r"((?:[ \t]+\((?:CSĐT|ANĐT)\))?)[ \t]*[,(\-–][ \t]*"
                            r"(?=(?:Bộ[ \t]+)?Công an|CA )")
_OF_RE = re.compile(r"[ \t]+của[ \t]+")
_EVENT_RE = re.compile(r"(?:[ \t]+[^\W\d_]+){1,3}")  # "lễ kỷ niệm", "hội thảo"
# an event by its name after "Ban tổ chức": "Đại hội TDTT tỉnh Quảng Ngãi lần thứ VII" (a
# tournament's name runs on in lowercase: "Giải Việt dã" is read as a description)
_NAMED_EVENTS = (r"Đại[ \t]+hội|Hội[ \t]+(?:thi|thao|diễn|khỏe|khoẻ)|Liên[ \t]+hoan"
                 r"|Cuộc[ \t]+thi")
_NAMED_EVENT_RE = re.compile(rf"[ \t]+(?:{_NAMED_EVENTS})(?!\w)")
_NATIONWIDE_RE = re.compile(r"[ \t]+toàn[ \t]+quốc(?!\w)")  # "Hội khỏe Phù Đổng toàn quốc"
# "và" and an acronym after a name's acronym, before no other name: "NN và PTNT"
_ACRONYM_PAIR_RE = re.compile(rf"[ \t]+và[ \t]+([{UPPER}]{{2,6}})(?![\w&])(?![ \t]+[{UPPER}])")
_ACRONYM_END_RE = re.compile(rf"[ \t][{UPPER}]{{2,6}}$")
_BAN_END_RE = re.compile(r"(?<!\w)[Bb]an$")
# an event, named or described, after "Ban tổ chức" that the parse reads as a verb
_EVENT_NEXT_RE = re.compile(rf"[ \t]+(?:(?i:{_NAMED_EVENTS}|hội[ \t]+(?:nghị|thảo))"
                            r"|Giải|giải|lễ|Lễ)(?!\w)")
# bodies named by their fields after a colon: "lãnh đạo Sở: Tài chính, Kế hoạch và Đầu tư", "các
# sở, ngành: Y Tế, Nội Vụ", "liên bộ: Tài chính, Y tế"
_COLON_LIST_RE = re.compile(r"(?<!\w)(?:[Ss]ở|[Bb]ộ|[Ll]iên[ \t]+bộ|[Ss]ở,[ \t]*ngành)"
                            r"[ \t]*:[ \t]*")
_LIST_ITEM_GAP_RE = re.compile(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+")
_ORDINAL_RE = re.compile(r"[ \t]+lần[ \t]+thứ[ \t]+(?:[IVXLC]+|\d+)(?!\w)")
_FESTIVAL_BEFORE_RE = re.compile(r"(?<!\w)[Nn]gày[ \t]+$")
# "Kinh Tế - Xã Hội Vùng ...", a heading read with its words capitalised: society, no association
_SOCIETY_BEFORE_RE = re.compile(r"(?<!\w)[Xx]ã[ \t]+$")
# a hall's name that is a day: "Hội trường 2/9"
_DAY_NAME_RE = re.compile(r"[ \t]+\d{1,2}/\d{1,2}(?![\d/])")
# a department's number before its parent or the clause's end: "Phòng 7 - Viện kiểm sát",
# "(Phòng 2), VKSND"; not a room's ("phòng 201", "phòng 3 bị dột")
_DEPARTMENT_NUMBER_RE = re.compile(rf"[ \t]+\d{{1,2}}(?=[ \t]*(?:[,.;)]|[-–][ \t]*[{UPPER}]|$))")
# "là", "thành" before a lowercase head: what a place is or becomes ("là trung tâm Kinh tế")
_COPULA_BEFORE_RE = re.compile(r"(?<!\w)(?:là|thành)[ \t]+$")
# "thuộc" (of, under) glued by the parse between a name and the body it belongs to
_BELONGS_GLUED_RE = re.compile(r"[ \t]+(?:trực[ \t]+)?thuộc(?!\w)")
_ROLE_GLUED_RE = re.compile(r"(?<!\w)(?:[Tt]rưởng|[Pp]hó|Chánh)[ \t]+$")
_LEVEL_AFTER_RE = re.compile(rf"[ \t]+(?:{_LOWER_LEVELS}|Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã"
                             rf"|Phường|Thị trấn|TP\.?|Tp\.?|TX\.?|[HQP]\."
                             rf"|[Kk]hu[ \t]+vực[ \t]+(?:\d+|[IVXLC]+))(?!\w)")
_COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn"})
_PROVINCE_LEVELS = frozenset({"tỉnh", "thành phố"})
# "Ủy ban nhân dân quận, huyện, xã", "Công an xã, thị trấn nơi cư trú": a list of levels
_LEVEL_LIST_RE = re.compile(rf"[ \t]*,[ \t]*{_LOWER_LEVELS}(?!\w)(?![ \t]+[{UPPER}\d])")


def _place_at(text: str, position: int) -> int | None:
    """End of the place name that starts at `position` after a level word, as the gazetteer
    knows it for that level ("xã Trường Xuân", "phường Đồn Đạc", "huyện Trạm Tấu"), the longest
    first; None if there is none."""
    names = _gazetteer_before(text, position)
    if names is None:
        return None
    run = _CAP_RUN_RE.match(text, position)
    if run is None:
        return None
    return _known_name_end(run.start(1), run.group(1), names)


def _place_named_after_person(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` after a level word are a place the gazetteer
    knows, though they read as a person's name ("huyện Trần Văn Thời", "xã Hoàng Văn Thụ")."""
    names = _gazetteer_before(text, start)
    return names is not None and " ".join(text[start:end].split()) in names


def _gazetteer_before(text: str, position: int) -> frozenset[str] | None:
    """The gazetteer of the level word just before `position` (see `_gazetteer`); None when no
    level word is there."""
    level = _ANY_LEVEL_BEFORE_RE.search(text, max(0, position - 12), position)
    return None if level is None else _gazetteer(" ".join(level.group().lower().split()))


def _gazetteer(level: str) -> frozenset[str]:
    """The place names a lowercase level word goes before: communes and wards after "xã",
    "phường", "thị trấn"; provinces and districts after the others."""
    return commune_names() if level in _COMMUNE_LEVELS else region_names()


def _known_name_end(start: int, run: str, names: frozenset[str]) -> int | None:
    """End of the longest name of two or more syllables in `names` that begins the run of
    capitalised syllables `run` (at `start` in the text); None if there is none."""
    syllables = run.split()
    for count in range(len(syllables), 1, -1):
        if " ".join(syllables[:count]) in names:
            return start + len(re.match(rf"\S+(?:\s+\S+){{{count - 1}}}", run).group())
    return None


@dataclass(frozen=True)
class _Rules:
    head: re.Pattern[str]
    heads: dict[str, dict]
    name: re.Pattern[str]
    trade_name: re.Pattern[str]
    person_name: re.Pattern[str]
    named_after_body: re.Pattern[str]
    members: re.Pattern[str]
    lone_rest: re.Pattern[str]
    domain: re.Pattern[str]
    lower_domain: re.Pattern[str]
    acronym: re.Pattern[str]
    number: re.Pattern[str]
    numbered: re.Pattern[str]
    not_org: re.Pattern[str]
    protected: re.Pattern[str]
    cap_before: re.Pattern[str]
    domain_only: re.Pattern[str]
    listed_domain: re.Pattern[str]
    open_domain: re.Pattern[str]
    elided: re.Pattern[str]
    suffix: re.Pattern[str]
    place_run: re.Pattern[str]
    dashed_place: re.Pattern[str]
    level: re.Pattern[str]
    generic_before: re.Pattern[str]
    role_before: re.Pattern[str]
    role: re.Pattern[str]
    excluded_after: re.Pattern[str]
    level_category: re.Pattern[str]
    country: re.Pattern[str]
    foreign_company: re.Pattern[str]
    person_after: re.Pattern[str]
    person_end: re.Pattern[str]
    person_heads: frozenset[str]
    stop: frozenset[str]
    stop_phrase: re.Pattern[str]
    tail_stop: frozenset[str]
    name_verbs: frozenset[str]
    crime_field: re.Pattern[str]
    governing_verbs: frozenset[str]
    governing: re.Pattern[str]
    bare_after: dict[str, re.Pattern[str]]


@cache
def _rules() -> _Rules:
    lex = lexicons()
    # a capitalised head also in title case, as pages write names: "Ủy Ban Nhân Dân", "Văn
    # Phòng Chính Phủ"
    rows = [(form, row) for row in lex.org_heads for form in row["forms"]]
    rows += [(title_case(form), row) for form, row in rows if form[:1].isupper()
             and title_case(form) != form and title_case(form) not in row["forms"]]
    heads = {phrase_key(form): row for form, row in rows}
    heads_forms = [form for form, _ in rows]
    head_alt = alternation(heads_forms)
    # heads that may also be a name after another head ("Ngân hàng BIDV") are not excluded there
    not_name = trie_alternation([form for row in lex.org_heads if not row.get("also_name")
                                 for form in row["forms"]])
    domains = [row["name"] for row in lex.org_domains]
    domains += [title_case(d) for d in domains if title_case(d) not in domains]  # "Y Tế"
    domain_alt = alternation([*domains, *(tail for d in domains for tail in _lowercase_tails(d))])
    # "thôn" in "nông thôn" (the countryside) is no village
    levels = r"(?<![Nn]ông[ \t])" + alternation(lex.localities["levels"]) \
        + r"(?![ \t]+phòng[ \t]+thủ)"  # "khu vực phòng thủ", a defence zone, is no level
    places = trie_alternation([*lex.localities["places"], *region_names()])
    surname = alternation(lex.stopwords["surnames"])
    person = surname + rf"(?:[ \t]+{CAP_WORD}){{2}}"  # Lê Thanh Hải
    # a one-word head that also begins proper names, before another capitalised word:
    # "Công ty Trường Sơn", "Công ty Trường Hải"
    in_names = alternation([form for row in lex.org_heads if row.get("in_names")
                            for form in row["forms"] if " " not in form])
    # "Xã hội" (society) is a word of names, not the commune level before the head "hội"; so is
    # "Tập đoàn" before a name, after a company's kind ("Công ty cổ phần Tập đoàn Tân Hoàng Minh";
    # not after "và": "Công ty Điện lực Lào Cai và Tập đoàn Than - Khoáng sản Việt Nam")
    # a document's type word starts a title, not more of a name: "Bộ Nội vụ xây dựng Đề án",
    # "Bộ Tài chính Quy định chế độ" (not "Dân số Kế hoạch hóa gia đình")
    documents = alternation(lex.stopwords["name_documents"]) + r"(?![ \t]+hóa)"
    # nor a holder's title ("Sở Y tế" Trưởng Đoàn giám sát), but for role words that also name
    # a body or its part ("Ban Thường trực", "Ban Giám đốc", "Tân Chánh Hiệp")
    titles = alternation([role for role in lex.stopwords["roles"]
                          if role not in lex.stopwords["roles_in_names"]])
    abbreviated_level = r"(?:TP|Tp|TX|H|Q|P|KP)\.(?=[ \t]*[\w])"  # "P.14", "H.Cẩm Mỹ": a level
    # ("Tối Cao" is the suffix of the supreme bodies, not a name: "Viện KSND Tối cao")
    cap = rf"(?:(?!{not_name}|{levels}|{person}|{documents}|{titles}|{abbreviated_level}" \
          r"|Tối[ \t]+[Cc]ao)" \
          rf"{CAP_WORD}|Xã[ \t]+hội" \
          rf"|(?:(?<=phần )|(?<=TNHH )|(?<=CP ))Tập[ \t]+đoàn(?=[ \t]+[{UPPER}])" \
          rf"|{in_names}(?=[ \t]+(?!{head_alt}|{levels}){CAP_WORD}))(?!\w)"
    any_cap = rf"(?!{head_alt}|{levels}){CAP_WORD}(?!\w)"  # a person's name too
    # ("tỉnh ủy" is the province's party committee, not in "UBND tỉnh ủy quyền", authorises;
    # "Huyện ủy nhiệm kỳ 2020-2025" is its term, not "ủy nhiệm", delegates)
    not_level = r"(?![ \t]+(?:(?:ủy|uỷ|Ủy)(?!\w)" \
                r"(?![ \t]+(?:quyền|nhiệm(?![ \t]+kỳ)|thác)(?!\w))" \
                r"|(?:đoàn|Đoàn|hội)(?!\w)))"
    named_levels = alternation(lex.localities.get("named_levels", []))
    # "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII": the state's name is inside
    state = alternation(lex.localities.get("state_names", []))
    # "tỉnh" alone completes a body ("UBND tỉnh"); a province's name is in the gazetteer or is two
    # capitalised syllables spelt otherwise ("Đăk Nông"; not "tỉnh Phê duyệt", "tỉnh Ao Văn
    # Thinh", nor a surname's two syllables: "Phó Chủ tịch UBND tỉnh Lê Minh"); a village needs
    # its name ("bản Lầu", not "bản án")
    provinces = r"(?:tỉnh|Tỉnh)(?!\w)"
    # a province of the lexicon with its later syllables in lowercase, as local pages write it
    # after "tỉnh": "Nghệ an", "Tiền giang"
    provinces_lower = trie_alternation(sorted({place[0] + place[1:].lower()
                                               for place in lex.localities["places"]
                                               if " " in place} - set(lex.localities["places"])))
    # an abbreviated level with its name, spaced or glued: "TP. Đà Nẵng", "TP.Thuận An",
    # "H.Cẩm Mỹ", "Q.1", "KP.4"
    # a ward or village number, not a count of time ("HĐND phường 6 tháng đầu năm"; but "Quận
    # 11 năm 2022")
    number = r"\d{1,2}(?![\w/]|[.,]\d|[ \t]+(?:tháng|năm|ngày|tuần|quý)(?!\w|[ \t]+\d))"
    dotted = rf"(?<!\w)(?:TP|Tp|TX|H|Q|P|KP)\.[ \t]*(?:{places}|{number}" \
             rf"|{cap}(?:[ \t]+{cap}){{0,3}})"
    # no province's name begins with a one-letter syllable; a person's may: "Y Ngọc", "A Pớt"
    one_letter = rf"[{UPPER}][ \t]"
    level = rf"(?:{dotted}|{provinces}{not_level}" \
            rf"(?:[ \t]+{places}" \
            rf"|[ \t]+(?!{surname}[ \t]|{one_letter}){cap}[ \t]+{cap}(?![ \t]+[{UPPER}])" \
            rf"|[ \t]+{provinces_lower}(?!\w))?" \
            rf"|(?!{named_levels}|{provinces}){levels}{not_level}" \
            rf"(?:[ \t]+{places}|[ \t]+{number}" \
            rf"|(?:[ \t]+{cap}){{0,4}})" \
            rf"|{named_levels}(?:[ \t]+{places}|[ \t]+{number}" \
            rf"|(?:[ \t]+{cap}){{1,4}}))"
    stop = alternation([*lex.stopwords["committee_stop"], *lex.stopwords["title_stop"]])
    item = rf"(?:{domain_alt}|{places}|{cap})"
    roles = alternation(lex.stopwords["roles"])
    # a lowercase word ("tổ chức" is the verb that runs a clause on: "Tổng Công ty đường sắt Việt
    # Nam tổ chức Chương trình")
    # (lowercase heads that are heads only as words of their own, "trường", "hội", may end a
    # word of the name: "Xí nghiệp Môi trường đô thị huyện Châu Phú")
    word_heads = {form for row in lex.org_heads if row.get("lowercase_whole_word")
                  for form in row["forms"] if form[:1].islower() and " " not in form}
    low_heads = alternation([form for form in heads_forms if form not in word_heads])
    # ("hàng không", aviation, is a word of names, though "hàng" and "không" stop one)
    # ("toàn" before a level is the whole locality, not the name's: "Quỹ HTND toàn tỉnh")
    low = rf"(?:hàng[ \t]+không|(?!{levels}{not_level}|{stop}|{low_heads}|tổ[ \t]+chức(?!\w)" \
          rf"|toàn[ \t]+{levels}" \
          rf"|(?:trực[ \t]+)?thuộc(?!\w))" \
          rf"(?![{UPPER}])[^\W\d_]+)(?!\w)"

    def joined_by_and(*not_joined: str) -> str:
        """ "và" and a capitalised word that is none of `not_joined`, nor a holder's title
        (though it names a board too: "Sở Tài chính và Giám đốc Công an"), nor an acronym."""
        excluded = "|".join([*not_joined, rf"{roles}[ \t]", rf"[{UPPER}]{{2,6}}(?!\w)"])
        return rf"(?<![{UPPER}]{{2}})[ \t]+và[ \t]+(?!{excluded}){cap}"

    joined = joined_by_and(places, rf"{domain_alt}(?!\w)")
    trade_joined = joined_by_and(places)  # a company's fields: "Khai thác đá và Xây dựng"
    # an enumeration of fields closed by "và": "Văn hóa, Thông tin và Thể thao" (not of known
    # domains or places, which are bodies or places of their own: "Sở Tư pháp, Tài chính và ...")
    listed = rf"(?:[ \t]*,[ \t]*(?!{domain_alt}(?!\w)|{places}){cap}(?:[ \t]+{low}){{0,3}}){{1,3}}" \
             rf"(?={joined})"
    dashed = r"[ \t]*[-–&][ \t]*"
    # a body of its own after a dash: "Phòng Cảnh sát Kinh tế - Công an TP. Đà Nẵng"
    no_body = rf"(?!{head_alt}{not_level}[ \t]+{levels})"

    def name_pattern(joined: str) -> str:
        """Items joined by spaces, dashes, "&" or `joined`, with lowercase words between two
        items or before a locality."""
        rest = rf"(?:(?:[ \t]+{low}){{1,3}}" \
               rf"(?=[ \t]+(?:{item}|{levels}{not_level})|{dashed}(?!{head_alt}){item}|{joined}" \
               rf"|{listed}))"
        return rf"(?:(?:[ \t]+{low}){{1,5}}(?=[ \t]+{cap}))?(?:[ \t]+|{dashed}){item}{rest}?" \
               rf"(?:(?:(?:[ \t]+|{dashed}{no_body}){item}|{joined}|{listed}){rest}?){{0,5}}"

    return _Rules(
        # not the issuer code in "125/QĐ-UBND"; a trie: the scan searches every sentence for it
        head=re.compile(r"(?<![/\-–])" + trie_alternation(heads_forms)),
        heads=heads,
        # capitalised items, joined by spaces, dashes or "&" ("Than - Khoáng sản"), with up to three
        # lowercase syllables between two items or before a locality ("Chính trị quốc gia Hồ
        # Chí Minh", "Chữ thập đỏ tỉnh"); a lone capitalised syllable takes its lowercase rest
        # ("Kiểm sát")
        # a lowercase kind may come first, before a name or a place ("Trường tiểu học Hữu Nghị",
        # "Công ty cổ phần Sông Đà", "Tổng công ty đường sắt Việt Nam")
        # after the first item, "và" joins a capitalised word that is neither a place nor a
        # domain, which would be a body of its own, nor after an acronym ("Trung tâm Hồi sức cấp
        # cứu và Chống độc", "Sở Văn hóa và Thể thao"; not "Sở Tư pháp và Tài chính", "Ngân
        # hàng BIDV và Viettel", nor before an acronym: "Công ty ... Đà Nẵng và VNPT Quảng Nam")
        name=re.compile(name_pattern(joined)),
        # a company's trade joins fields by "và" as one name: "Công ty Cổ phần Khai thác đá và
        # Xây dựng Hương Bằng" (not two bodies' fields, as "Sở Tư pháp và Tài chính")
        trade_name=re.compile(name_pattern(trade_joined)),
        # heads named after people ("Trường THPT Lê Quý Đôn"): capitalised words, names included,
        # a kind's lowercase rest before more of them ("Trường Mầm non Đoàn Thị Liên")
        person_name=re.compile(rf"(?:[ \t]+(?:{domain_alt}|{places}|{person}"
                               rf"|{any_cap}(?:[ \t]+{low}(?=[ \t]+[{UPPER}]))?)){{1,6}}"),
        # a university or college named after a body: "Trường Đại học Công đoàn", "Trường Đại
        # học Ngân hàng TP.HCM"
        named_after_body=re.compile(rf"[ \t]+(?=[{UPPER}]){head_alt}"),
        # an association named for its members, before its place: "Hội các nhà doanh nghiệp
        # trẻ Việt Nam", "Hiệp hội các nhà sản xuất ôtô Việt Nam"
        members=re.compile(rf"[ \t]+các[ \t]+nhà(?:[ \t]+{low}){{1,4}}?"
                           rf"(?=[ \t]+(?:{state}|{places}|{levels}))"),
        lone_rest=re.compile(rf"[ \t]+{low}"),
        domain=re.compile(rf"[ \t]+{domain_alt}"),
        # a capitalised head with its domain in lowercase, as codes write them ("Ủy ban tư pháp")
        lower_domain=re.compile(rf"[ \t]+(?i:{domain_alt})"),
        # "bộ KHĐT", "phòng CSGT"; not a city's or town's: "trung tâm TP Cà Mau", "trung tâm TP.HCM"
        acronym=re.compile(rf"[ \t]+(?!T[PX](?!\w))[{UPPER}]{{2,6}}(?!\w)"),
        number=re.compile(r"[ \t]+\d{1,4}(?![\w/]|[.,]\d)"),  # "Bệnh viện Quân y 103"
        numbered=re.compile(r"[ \t]+số[ \t]+\d+(?![\w/])"),
        not_org=re.compile(alternation(lex.localities["not_org"])),
        # (not a Roman numeral: "Đại hội XVI" Công đoàn tỉnh)
        cap_before=re.compile(rf"(?<=\w[ \t])(?!{roles}|TƯ|TW|[IVXLC]+[ \t]){CAP_WORD}[ \t]+$"),
        domain_only=re.compile(rf"\s*{domain_alt}\s*"),
        listed_domain=re.compile(rf"(?=[{UPPER}])(?i:{domain_alt})(?!\w)"),
        # domains that names go on from in lowercase ("Phòng Cảnh sát phòng chống tội phạm ...")
        # "Cảnh sát điều tra", also capitalised word by word ("Cảnh sát Điều tra")
        open_domain=re.compile(r"\s*(?i:" + alternation([row["name"] for row in lex.org_domains
                                                         if row.get("open")]) + r")\s*"),
        # (not a national body of its own: "Bộ Tài chính, Bảo hiểm xã hội Việt Nam", nor a kind:
        # "Bộ Công an, Công an các quận", nor a body with its place: "Phòng Cảnh sát điều tra
        # ..., Công an TPHCM")
        elided=re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)({domain_alt})"
                          rf"(?![ \t]+(?:{levels}|{places}|Việt[ \t]+Nam(?!\w)|các(?!\w)))"),
        suffix=re.compile(rf"[ \t]+(?:{_TERM}(?!\w)"
                          rf"|[tT]ối[ \t]+[cC]ao(?!\w)"
                          # a court's or procuracy's region by its number and province, as
                          # named since 2025: "khu vực 12 - Thanh Hóa"
                          rf"|[Kk]hu[ \t]+vực[ \t]+\d+[ \t]*[-–][ \t]*{places}(?!\w)"
                          rf"|[Kk]hu[ \t]+vực[ \t]+\d+[ \t]+(?:tỉnh|thành[ \t]+phố)[ \t]+{places}"
                          rf"(?!\w)"
                          rf"|(?:Vùng|Quân khu|[Kk]hu vực|số)[ \t]+(?:\d+|[IVXLC]+)(?![\w/])"
                          rf"|đơn[ \t]+vị[ \t]+bầu[ \t]+cử[ \t]+số[ \t]+\d+(?!\w)"
                          rf"|[kK]hu[ \t]+vực[ \t]+{places}|{state}|{places}"
                          # a hospital's or a school's second site: "cơ sở 2"
                          rf"|cơ[ \t]+sở[ \t]+\d+(?![\w/]|[.,]\d)"
                          rf"|{level})"),
        # "Huyện ủy Bát Xát", "Đồn Biên phòng cửa khẩu (quốc tế) Lý Vạn", "… Cửa khẩu Quốc tế Bờ Y"
        # (a known place, "Huyện ủy A Lưới"; not a person: Bí thư "Tỉnh uỷ" A Pớt)
        place_run=re.compile(rf"(?:[ \t]+[cC]ửa[ \t]+khẩu(?:[ \t]+[qQ]uốc[ \t]+[tT]ế)?"
                             rf"(?=[ \t]+[{UPPER}]))?(?:[ \t]+{places}"
                             rf"|[ \t]+(?!{one_letter}){cap}(?:[ \t]+{cap}){{0,3}})"),
        # the province after a zone's name and a dash: "Khu công nghiệp Đình Vũ – Hải Phòng"
        dashed_place=re.compile(rf"[ \t]*[-–][ \t]*{places}(?!\w)"),
        protected=re.compile(places),
        level=re.compile(rf"[ \t]*{levels}{not_level}"),
        generic_before=re.compile(r"(?<!\w)(?:các|những|một|mỗi|từng|nhiều|cấp|cấp\s+ủy|cấp\s+uỷ"
                                  r"|ủy|uỷ|ngành)\s+$", re.IGNORECASE),
        role_before=re.compile(r"(?<!\w)(?:tịch|thư|trưởng|tướng|Phó|[Tt]rưởng\s+[Bb]an)\s+$"),
        role=re.compile(rf"{roles}(?!\w)"),  # a holder's title
        # "Đảng viên", "UBND các xã", "Chủ tịch UBND 36 phường, xã": a member, or bodies of a kind
        # (after a quoted name too: 'Quỹ “Vì người nghèo” các cấp'); "Tòa án nhân dân
        # quận/huyện": levels listed with a slash
        excluded_after=re.compile(rf"[”\"]?\s+(?:viên(?!\w)|các\s+(?:cấp(?!\w)|{levels}|bộ|ngành|trường)"
                                  rf"|\d+\s+{_LOWER_LEVELS}(?!\w))|/{_LOWER_LEVELS}(?!\w)"),
        # "Ủy ban nhân dân cấp xã", "Viện kiểm sát cùng cấp", "HĐND 2 cấp": a level category,
        # not one body
        level_category=re.compile(r"\s+(?:cấp\s+(?:tỉnh|huyện|xã|cao|trên|dưới|cơ\s+sở|sơ\s+thẩm"
                                  r"|phúc\s+thẩm|trung\s+ương|có\s+thẩm\s+quyền)|cùng\s+cấp"
                                  r"|(?:hai|ba|2|3)\s+cấp)(?!\w)"),
        # capitalised Latin words ending in a company word: "Jurong Environment Engineering";
        # not after the titles spelt in Latin letters ("Anh Service") nor a sentence's first
        # preposition ("Theo World Bank")
        foreign_company=re.compile(r"(?<![\w.])(?!(?:Anh|Em|Theo|Trong|Cho|Qua|Sau|Khi)[ \t])"
                                   r"(?:[A-Z][A-Za-z&'\-]*[ \t]+(?:&[ \t]+)?){1,4}"
                                   + alternation(lex.org_names["company_words"]) + r"(?![\w\-])"),
        # "Quốc hội Mỹ", "Chính phủ Nhật Bản": a complete body's country
        country=re.compile(rf"[ \t]+{alternation(lex.localities.get('countries', []))}(?!\w)"),
        # "Bộ Công an Tô Lâm": a person's name (two to four syllables) after a body's domain
        person_after=re.compile(rf"[ \t]+(?!{places}){surname}(?:[ \t]+{CAP_WORD}){{1,3}}(?!\w)"),
        # a person's name that ends a name: with "Thị" or "Văn" in the middle ("Ban công tác phụ nữ
        # phía Nam Hoàng Thị Ngân Hương"; not after an acronym: "trường MN Văn Chương"), or a
        # surname and two words after a lowercase word ("Cục Điện lực và năng lượng tái tạo
        # Phương Hoàng Kim")
        person_end=re.compile(rf"[ \t]+(?:(?P<middle>[{UPPER}][^\W\d_{UPPER}]+[ \t]+(?:Thị|Văn)"
                              rf"(?:[ \t]+{CAP_WORD}){{1,2}})"
                              rf"|(?!{places}){surname}(?:[ \t]+{CAP_WORD}){{2}})$"),
        person_heads=frozenset([*(row["id"] for row in lex.org_heads if row.get("person_name")),
                                _SCHOOL_RULE]),
        stop=frozenset(lex.stopwords["committee_stop"]),
        # the stop words of more than one syllable, which a syllable alone does not match
        stop_phrase=re.compile(alternation([word for word in lex.stopwords["committee_stop"]
                                            if " " in word])),
        tail_stop=frozenset([*lex.stopwords["committee_stop"], *lex.stopwords["title_stop"]]),
        name_verbs=frozenset(lex.stopwords.get("name_verbs", [])),
        # the fields of crime a police department is named after, whatever the parse calls them:
        # "tội phạm về trật tự quản lý kinh tế và chức vụ"
        crime_field=re.compile(r"[ \t]+" + alternation(lex.org_names.get("crime_fields", []))),
        governing_verbs=frozenset(lex.stopwords["governing_verbs"]),
        # verbs that begin the clause after a committee's description ("Ban Chỉ đạo tổ chức Đại
        # hội" is a name: the description has two words before them at least); only those of two
        # syllables, as the description is read syllable by syllable ("chương trình", "Thư ký")
        governing=re.compile(alternation([verb for verb in lex.stopwords["governing_verbs"]
                                          if " " in verb])),
        # the words after which a head's lowercase form is complete alone ("kết nạp đảng")
        bare_after={row["id"]: re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, row["bare_after"])) + r")[ \t]+$")
            for row in lex.org_heads if "bare_after" in row},
    )


def _starts_body(rules: _Rules, text: str, position: int) -> bool:
    """True when another body's head starts at `position`: a capitalised one, or a lowercase one
    before a name ("phòng CSGT"; "phòng hộ", "phòng chống" are common words)."""
    head = rules.head.match(text, position)
    return head is not None and (text[position].isupper()
                                 or CAP_NEXT_RE.match(text, head.end()) is not None)


def _body_follows(rules: _Rules, text: str, position: int) -> bool:
    """True when one space and another body's head follow `position` ("Chi đoàn" Đồn Biên
    phòng, "Ban tổ chức" Huyện ủy)."""
    return _SPACE_RE.match(text, position) is not None and _starts_body(rules, text, position + 1)


_CHIEF_RE = re.compile(r"[ \t]+trưởng(?!\w)")
_INSPECTOR_GENERAL_RE = re.compile(r"Thanh tra[ \t]")
_GENERAL_BEFORE_RE = re.compile(r"(?<!\w)Tổng[ \t]+$")
_STANDING_RE = re.compile(r"Ban[ \t]+[Tt]hường[ \t]+trực")
_HEAD_BEFORE_RE = re.compile(r"(?<!\w)[Tt]rưởng[ \t]+$")
_BAN_NEXT_RE = re.compile(r"[ \t]+Ban[ \t]")
_GLUED_NAME_RE = re.compile(rf"[ \t]+(?!Học(?!\w))[{UPPER}]")
# capitalised words in Latin letters only, after a brand ("Viettel Global"; not "Viettel Hà Nội")
_LATIN_TAIL_RE = re.compile(r"(?:[ \t]+[A-Z][A-Za-z0-9&]*(?![\w.\-]))+")
# a hospital's type, which names none without a place: "Bệnh viện đa khoa" (not "Bệnh viện Đa
# khoa tỉnh Hòa Bình"), "Bệnh viện hạng I"
_TYPE_ONLY_RE = re.compile(r"[ \t]+(?:[Đđ]a[ \t]+khoa|hạng[ \t]+(?:I{1,3}|đặc[ \t]+biệt))")
_HIGHER_SCHOOL_RE = re.compile(r"(?i:đại[ \t]+học|cao[ \t]+đẳng)$")
_HOUSING_BEFORE_RE = re.compile(r"(?<!\w)nhà[ \t]+$")
_NUMBER_NEXT_RE = re.compile(r"[ \t]*\d")
# a quoted title and the poor's fund inside a committee's description
_QUOTED_TITLE_RE = re.compile(r"[ \t]+(?:“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\")")
_LISTED_NEXT_RE = re.compile(rf"[ \t]*,[ \t]*(?![{UPPER}])[^\W\d_]")  # ", thực hành ..."
_POOR_FUND_RE = re.compile(r"[ \t]+[Qq]uỹ[ \t]+[Vv]ì[ \t]+người[ \t]+nghèo(?!\w)")
# times of day before a number end a description ("ngày" is a stop word already)
_TIME_WORDS = frozenset({"sáng", "chiều", "tối", "trưa", "đêm", "hôm"})
_SINCE_NEXT_RE = re.compile(r"[ \t]+(?:đầu|cuối|ngày|tháng|năm|sáng|chiều|hôm)(?!\w)")
# "Viện kiểm sát nhân dân là một hệ thống ...": the people's courts, procuracies, councils and
# committees as such bodies are, defined
_PEOPLES_SYSTEM_RE = re.compile(r"(?i:tòa[ \t]+án|toà[ \t]+án|viện[ \t]+kiểm[ \t]+sát|hội[ \t]+đồng"
                                r"|ủy[ \t]+ban|uỷ[ \t]+ban)[ \t]+nhân[ \t]+dân")
_DEFINED_AFTER_RE = re.compile(r"[ \t]+là[ \t]+(?:một[ \t]+)?(?:trong[ \t]+\S+[ \t]+)?"
                               r"(?:hệ[ \t]+thống|tổ[ \t]+chức|cơ[ \t]+quan)(?!\w)")
_NATIONAL_RE = re.compile(r"[ \t][Qq]uốc[ \t]+gia(?!\w)")  # the nation as a body's level


def _national(text: str, name: int, described: int) -> re.Match[str] | None:
    """"quốc gia" in a description from `name` to `described`, as the body's level: after words
    of the description ("Trung tâm tình nguyện quốc gia"), or ending it ("Trung tâm Hội nghị quốc
    gia"); not before more of it ("Quỹ quốc gia giải quyết việc làm")."""
    national = _NATIONAL_RE.search(text, name, described)
    if national is None or national.start() == name and national.end() < described:
        return None
    return national


def _committee_end(rules: _Rules, text: str, position: int) -> int:
    """End of a committee's descriptive name ("phòng chống tội phạm, tệ nạn xã hội và ...")."""
    end = pos = position
    count = 0
    places = [m.span() for m in rules.protected.finditer(text, position)]
    place_ends = {place_end for _, place_end in places}
    while count < 30:
        match = _WORD_RE.match(text, pos)
        if match is None:
            if count and (quoted := _QUOTED_TITLE_RE.match(text, pos)) is not None:
                pos = end = quoted.end()  # 'phong trào “Dân vận khéo”', 'quỹ "Vì người nghèo"'
                count += 1
                continue
            if count and pos == end and (aside := _ABBREVIATION_RE.match(text, pos)) is not None \
                    and _LISTED_NEXT_RE.match(text, aside.end()):
                pos = aside.end()  # "phòng, chống tham nhũng (PCTN), thực hành tiết kiệm": its
                continue  # abbreviation inside, before the rest of its description
            break
        comma, word = match.group(1), match.group(2)
        if word in ("Quỹ", "quỹ") and (fund := _POOR_FUND_RE.match(text, pos)) is not None:
            return fund.end()  # "Ban vận động Quỹ vì người nghèo": the fund ends it
        if count and word[0].isupper() and rules.person_after.match(text, pos):
            break  # "Hội đồng xét xử tuyên phạt" Trần Văn Tài: a person is no description
        lower = word.lower()
        if count and word[0].islower() and end in place_ends:
            break  # "Ban Quản lý các KCN Bắc Ninh" rà soát: a place ends the description
        if lower in _TIME_WORDS and _NUMBER_NEXT_RE.match(text, match.end()) \
                or lower == "từ" and _SINCE_NEXT_RE.match(text, match.end()):
            break  # "... về Phòng, chống thiên tai" chiều 8/8, "Ban Quản lý các khu công
            # nghiệp" từ đầu năm: the time after it
        plural_name = count == 0 and lower == "các" and not text.startswith("cấp", match.end() + 1)
        merit = lower == "có" and text.startswith("công", match.end() + 1)  # "người có công"
        start = match.start(2)  # "nhà ở" (housing) is no "ở" (at)
        housing = lower == "ở" and _HOUSING_BEFORE_RE.search(text, max(0, start - 8), start)
        purpose = count == 0 and lower == "vì"  # "Quỹ vì người nghèo huyện": what it is for
        if lower in rules.stop and not plural_name and not merit and not housing and not purpose \
                or rules.stop_phrase.match(text, start) or rules.level.match(text, start) \
                or lower == "ban" and text.startswith("hành", match.end() + 1):
            break  # "Ban Chỉ đạo các chương trình ...": "các" inside the name, not "các cấp"
        if count and _starts_body(rules, text, start) \
                and not any(first < start < last for first, last in places) \
                or count >= 2 and rules.governing.match(text, start):
            break  # "Ủy ban An toàn giao thông Quốc gia" tổ chức: the clause's verb after it (a
            # place's last word is none: "Hải" "Phòng")
        if comma == "," and (word[0].isupper() or count == 0) or comma and count == 0:
            break
        if lower == "và":
            following = _WORD_RE.match(text, match.end())
            if following is None or following.group(1) \
                    or following.group(2)[0].isupper() \
                    and not _joined_field(rules, text, position, following.start(2)) \
                    or following.group(2).lower() in rules.stop \
                    or count and text[text.rindex(" ", 0, start - 1) + 1].isupper():
                break  # "Ban Quản lý Dinh Sơn Trung" và mạnh thường quân: after a name, a
                # lowercase word begins another noun
            pos = match.end()
            continue
        pos = end = match.end()
        count += 1
    return end


def _joined_field(rules: _Rules, text: str, description: int, position: int) -> bool:
    """Whether the capitalised word at `position`, after "và", is a second field of a
    description capitalised on its first word ("Phòng chống thiên tai và Tìm kiếm cứu nạn"),
    not another body, a person, a place or a holder's title."""
    return CAP_NEXT_RE.match(text, description) is not None \
        and _CAP_RUN_RE.match(text, position) is not None \
        and not _starts_body(rules, text, position) \
        and rules.person_after.match(text, position - 1) is None \
        and rules.protected.match(text, position) is None \
        and rules.role.match(text, position) is None


_LOWER = rf"(?:(?![{UPPER}])[^\W\d_])"
# a name's first word capitalised and the rest lowercase: "Cảnh sát", "Quản lý", "Khoa học";
# two joined by "và": "Trồng trọt và Bảo vệ" (thực vật)
_OPEN_WORD = rf"[ \t]+[{UPPER}]{_LOWER}*(?:[ \t]+{_LOWER}+){{0,3}}"
_OPEN_NAME_RE = re.compile(rf"{_OPEN_WORD}(?:[ \t]+và{_OPEN_WORD})?")
_DASH_NEXT_RE = re.compile(r"[ \t]*[-–]")
# a name in quotes after its head, up to (not with) the closing quote: 'Quỹ “Vì người nghèo”',
# "CLB “Liên thế hệ tự giúp nhau”", "Quỹ 'Vì người nghèo'"
_QUOTED_NAME_RE = re.compile(rf"[ \t]+(?:“[{UPPER}][^“”\n]{{0,60}}(?=”)"
                             rf"|\"[{UPPER}][^\"\n]{{0,60}}(?=\")|'[{UPPER}][^'\n]{{0,60}}(?='))")
_CLOSING_QUOTES = frozenset("”\"'")
# a school by its level alone, before its capitalised name (a list of schools' results):
# "THPT chuyên Lê Thánh Tông", "THPT Quang Trung", "THPT Số 1 Phù Mỹ"; not after a head
# ("trường THPT ...")
_SCHOOL_RULE = "org-school-by-level"
_SCHOOL_BY_LEVEL_RE = re.compile(rf"(?<![\w/&])(?<![Tt]rường )(?:THPT|THCS)"
                                 rf"(?:[ \t]+(?:chuyên|tư thục))?(?:[ \t]+[Ss]ố[ \t]+\d{{1,2}})?"
                                 rf"(?:[ \t]+{CAP_WORD}){{1,4}}(?!\w)")
# a school just before a person's name, inside a longer name: the school is named after the
# person ("Công đoàn Trường Mầm non Võ Nguyên Giáp"; not "Môi trường", "Thị trường")
_SCHOOL_BEFORE_RE = re.compile(
    rf"(?<![\w/])(?<![Mm]ôi )(?<![Tt]hị )(?:Trường|trường(?=[ \t]+[{UPPER}]))"
    r"(?:[ \t]+(?:[Mm]ầm[ \t]+non|[Mm]ẫu[ \t]+giáo|[Tt]iểu[ \t]+học"
    r"|THCS|THPT|TH|MN|MG|PTDT(?:BT)?))*[ \t]*$")
# a police department by its code alone: "PC67" (traffic police), "PA05", "PK02"
_POLICE_CODE_RE = re.compile(r"(?<![\w/\-.])P[ACKV]\d{2}(?![\w/\-])")
# a body's branch after it, the body's abbreviation or brand in brackets between: "(BIDV) chi
# nhánh", "(Vietcombank) chi nhánh"
_BRANCH_AFTER_RE = re.compile(rf"(?:[ \t]+\([{UPPER}][\w&]{{1,14}}\))?"
                              r"[ \t]+[Cc]hi[ \t]+nhánh(?!\w)")
# a school of two levels, the second joined by "và": "Trường PTDTBT Tiểu học và THCS Nậm Búng"
_SCHOOL_LEVEL_END_RE = re.compile(r"(?<!\w)(?:[Tt]iểu[ \t]+học|TH|THCS|[Mm]ầm[ \t]+non)$")
_AND_RE = re.compile(r"[ \t]+và[ \t]+")
_CLOSE_RE = re.compile(r"[ \t]*[,;()\-–]")
# "Quận 5 tổ chức": the clause's verb after a name's number, not a count of organisations
_VERB_AFTER_NUMBER_RE = re.compile(r"[ \t]+tổ[ \t]+chức(?!\w)")
# "Quỹ khuyến học huyện 680 triệu đồng": an amount after a name, not the name's number
_AMOUNT_AFTER_RE = re.compile(r"[ \t]+(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng)(?!\w)")
_TAIL_UPOS = frozenset({"NOUN", "ADJ", "VERB"})
_PREVENTION_RE = re.compile(r"(?i:phòng),?[ \t]*chống(?!\w)")


def _tail(rules: _Rules, text: str, end: int, words: Words) -> int:
    """End of the lowercase words that finish a name capitalised only on its first word: "Cục
    Quản lý dược", "Phòng Cảnh sát phòng chống tội phạm về môi trường". The parse's tags say
    where it stops: a verb, unless it is one names are made of and comes before the nouns
    ("phòng chống", "điều tra"), a function word, another body, a locality (which the suffix
    rules take), at most six words; "về" only inside a name made from a verb ("tội phạm về môi
    trường"), and after it a list of nouns ("về kinh tế, ma túy")."""
    inside = words.between(end - 1, end)  # the name's last word: "Cảnh sát điều tra"
    last = text[inside[-1].start:end].lower() if inside and inside[-1].end == end else ""
    # (or its last syllable, where the parse glued the head to it: "Đội_CSĐT")
    verbal = last in rules.name_verbs or last.rpartition(" ")[2] in rules.name_verbs
    count, nouns, pos, about = 0, 0, end, False
    while count < 6 and (token := words.next_after(text, pos)) is not None:
        form = text[token.start:token.end]
        lower = form.lower()
        if lower in (",", "và") and about \
                and (following := words.next_after(text, token.end)) is not None \
                and following.upos in ("NOUN", "PROPN") and text[following.start].islower() \
                and rules.head.match(text, following.start) is None:
            pos = token.end  # "tội phạm về kinh tế, ma túy", "về kinh tế và ma túy": the
            # fields it is about, listed
            continue
        if (prevention := _PREVENTION_RE.match(text, token.start)) is not None:
            pos, verbal = prevention.end(), True  # "Cục Cảnh sát phòng, chống tội phạm ...":
            continue  # one verb of names ("prevent"), before the nouns
        if not form[:1].islower() or _starts_body(rules, text, token.start) \
                or rules.level.match(text, token.start):
            break
        field = rules.crime_field.match(text, token.end) if lower == "về" else None
        if lower == "về" and verbal and (nouns or field is not None):  # "Đội Cảnh sát điều
            # tra về ma túy": a field right after the name's verb
            if field is not None:
                pos = end = field.end()  # then, as after any field, more of them listed
                about, count = True, count + 1
                continue
            following = words.next_after(text, token.end)
            if following is not None and text[following.start:following.end].isupper():
                end = following.end  # "Đội CSĐT tội phạm về TTXH": an abbreviated field
                break
            if following is None or following.upos not in ("NOUN", "PROPN") \
                    or not text[following.start:following.end][:1].islower():
                break
            pos, about = token.end, True
            continue
        upos = "NOUN" if token.upos == "PROPN" else token.upos  # "thương mại" by the parse
        if lower in rules.tail_stop and not (lower == "số" and not _NUMBER_NEXT_RE.match(
                text, token.end)) or upos not in _TAIL_UPOS:  # "Chuyển đổi số", not "số 1"
            break
        if upos == "VERB" and (nouns or lower not in rules.name_verbs):
            if count == 0 and (close := _CLOSE_RE.match(text, token.end)) is not None \
                    and ((after := words.next_after(text, close.end())) is None
                         or after.upos != "VERB"):
                end = token.end  # "Đội Điều tra tổng hợp, Công an huyện": a last word the
                # parse calls a verb, before punctuation and no verb ("Ban Quản lý chủ trì,
                # phối hợp" is the clause's verb)
            break
        verbal = verbal or lower in rules.name_verbs and not nouns
        nouns += upos != "VERB"
        pos = end = token.end
        count += 1
    return end


def _proper(text: str, token: Token, start: int) -> bool:
    """True for a proper name by the parse ("Natsteel", "Bạch Mai"); a word capitalised on its
    first syllable only ("Điều tra", "Hồi sức") begins a descriptive name even when tagged PROPN.
    Only the part from `start` counts: the parse glues heads to names ("Trạm Bảo vệ")."""
    if token.upos == "_":
        return True
    syllables = text[max(token.start, start):token.end].split()
    return token.upos == "PROPN" and (len(syllables) == 1 or syllables[1][:1].isupper())


def _described_syllable(text: str, token: Token, words: Words) -> bool:
    """True for one capitalised syllable the parse calls a proper name before a lowercase noun
    that goes on with it: "Trung tâm Truyền" "máu" (a description, "blood transfusion")."""
    following = words.next_after(text, token.end)
    return " " not in text[token.start:token.end] and following is not None \
        and following.upos == "NOUN" and text[following.start].islower()


def _verb_after_proper(rules: _Rules, text: str, words: Words, start: int, end: int) -> int:
    """`end`, cut back before a lowercase verb that follows a proper name by the parse: "Tập
    đoàn Hòa Phát" ủng hộ tỉnh Quảng Ngãi (lowercase words go on only a descriptive name:
    "Ban Quản lý dự án đầu tư xây dựng huyện"); or before one between a whole domain and a
    capitalised word, or between words that all begin with a capital: "Bộ Tài chính" chỉ đạo
    Bảo hiểm xã hội Việt Nam, "Trường Đại học Lâm nghiệp" thăm Nhà Truyền thống."""
    tokens = words.between(start, end)
    for previous, token in pairwise(tokens):
        if token.upos != "VERB" or not text[token.start].islower() \
                or not text[token.start - 1].isspace() or previous.start < start:
            continue
        if previous.upos == "PROPN" and " " in text[previous.start:previous.end] \
                and _proper(text, previous, start):
            return previous.end
        if text[token.start:token.end] in rules.governing_verbs \
                and (rules.domain_only.fullmatch(text, start, previous.end)
                     or all(text[word.start].isupper()
                            for word in words.between(start, previous.end))) \
                and (following := words.next_after(text, token.end)) is not None \
                and text[following.start].isupper():
            return previous.end
    return end


def _lone_rest(rules: _Rules, text: str, name: re.Match[str], end: int,
               words: Words | None) -> int:
    """`end`, moved past the lowercase rest when `name` is one capitalised syllable of a longer
    word ("Kiểm" + "sát"); with the parse, only inside one word ("Natsteel" + "đầu tư" is not),
    or where the parse glued the syllable to the head before it and split it from its rest
    ("Hội_Truyền" "thông_số": to the end of the rest's word)."""
    if not _LONE_SYLLABLE_RE.fullmatch(name.group()) \
            or (rest := rules.lone_rest.match(text, end)) is None:
        return end
    if words is None or words.inside(end):
        return rest.end()
    held = words.between(end - 1, end)
    if held and held[-1].start < name.start() and held[-1].end == end \
            and (following := words.next_after(text, end)) is not None \
            and following.start == rest.start() + 1:
        return following.end
    return end


def _name_end(rules: _Rules, text: str, name: re.Match[str], end: int,
              words: Words | None) -> int:
    """`end` of a name, moved to the end of the word it cuts: with the parse, the word's
    ("Hàng" + "không", "Viện Hàn" + "lâm"); without it, as `_lone_rest`."""
    if words is not None and words.cuts(text, end):
        before = words.between(name.start(), end)
        word = before[-1]
        if word.upos == "VERB" and len(before) > 1 and before[-2].upos == "PROPN" \
                and " " not in text[before[-2].start:before[-2].end] \
                and text[end].isspace() and text[end + 1:word.end][:1].islower():
            return end  # "Tập đoàn Hòa Phát" đạt: the verb the parse glued to the last
            # syllable of a name split after one syllable ("Hòa" "Phát_đạt") is not part of
            # it ("Cảnh sát Điều_tra", "Khuyến_nông Quốc_gia" are)
        if _BELONGS_GLUED_RE.match(text, end, word.end):
            return end  # "Trường mầm non Trung Dù" thuộc Trường ...: the parse glued the name
            # to the word of belonging and the head after it ("Trung_Dù_thuộc_Trường")
        inside = text[max(word.start, name.start()):end].split()
        if text[end].isspace() and text[end + 1:word.end] in rules.governing_verbs \
                and len(inside) > 1 and all(s[:1].isupper() for s in inside):
            return end  # "Bệnh viện Bạch Mai" tiếp đoàn: a verb glued to the name's last word
        return word.end
    return _lone_rest(rules, text, name, end, words)


def _past_suffixes(rules: _Rules, text: str, end: int) -> int:
    """`end`, moved past the localities, terms and numbers that follow it ("xã Mường Phăng")."""
    while (suffix := rules.suffix.match(text, end)) is not None:
        end = suffix.end()
    return end


def _listed_domains(rules: _Rules, text: str, position: int) -> list[tuple[int, int]]:
    """The fields listed at `position` after "Sở:" or "các sở, ngành:", each a body of its own:
    "Tài chính", "Kế hoạch và Đầu tư"; the list ends at the first item that is no field."""
    found: list[tuple[int, int]] = []
    while (field := rules.listed_domain.match(text, position)) is not None:
        found.append(field.span())
        if (gap := _LIST_ITEM_GAP_RE.match(text, field.end())) is None:
            break
        position = gap.end()
    return found


def _suffix_at(rules: _Rules, text: str, position: int) -> re.Match[str] | None:
    """The locality or term at `position`, or after the name's own abbreviation in brackets
    there: "Tòa án nhân dân (TAND) huyện Mang Yang", "Công đoàn (CĐ) tỉnh Lạng Sơn"."""
    if (suffix := rules.suffix.match(text, position)) is not None:
        return suffix
    aside = _ACRONYM_ASIDE_RE.match(text, position)
    return None if aside is None else rules.suffix.match(text, aside.end())


def _unit_number(rules: _Rules, text: str, position: int) -> re.Match[str] | None:
    """The number that names a unit at `position` ("Sư đoàn 312"), not one that counts ("2 năm")."""
    number = rules.number.match(text, position)
    if number is None or _AMOUNT_AFTER_RE.match(text, number.end()):
        return None
    if unit_follows(text, number.end()) and not _VERB_AFTER_NUMBER_RE.match(text, number.end()):
        return None
    return number


def _lowercase_tails(domain: str) -> list[str]:
    """A domain of three words or more as texts also write it: in lowercase after its first
    word, its dash or its last "và" ("Giáo dục và đào tạo", "Kinh tế - xã hội", "Lao động -
    Thương binh và xã hội"); acronyms keep their case except after the dash."""
    words = domain.split(" ")
    if len(words) < 3:
        return []
    last_and = len(words) - 1 - words[::-1].index("và") if "và" in words else 0
    lower = [w.lower() if w[1:] == w[1:].lower() else w for w in words]
    tails = [" ".join(words[:start] + lower[start:]) for start in {1, last_and} - {0}
             if lower[start:] != words[start:]]
    if "-" in words:
        dash = words.index("-") + 1
        tails.append(" ".join([*words[:dash], *(w.lower() for w in words[dash:])]))
    return tails


def _capitalised(match: re.Match[str] | None) -> re.Match[str] | None:
    """The match when it starts with a capital letter ("bộ Nông nghiệp & Phát triển Nông thôn"
    matched case-insensitively), else None."""
    return match if match is not None and match.group().lstrip()[:1].isupper() else None


def _lower_domain(rules: _Rules, text: str, position: int,
                  words: Words | None) -> re.Match[str] | None:
    """A domain in lowercase after a head ("Ủy ban tư pháp"), unless it is "tổ chức" that the
    parse reads as the verb of the clause: "Hội tổ chức" thành công Đại hội, "Công đoàn Sở tổ
    chức" (the domain of personnel, "Ban Tổ chức", is capitalised); but "Ban tổ chức" before an
    event is the event's committee: "Ban tổ chức Đại hội TDTT tỉnh", "Ban tổ chức lễ kỷ niệm"."""
    domain = rules.lower_domain.match(text, position)
    if domain is not None and words is not None \
            and (word := words.next_after(text, position)) is not None \
            and word.upos == "VERB" and text[word.start:word.end] == "tổ chức" \
            and not (_BAN_END_RE.search(text, max(0, position - 4), position)
                     and _EVENT_NEXT_RE.match(text, word.end)):
        return None
    return domain


def _name(rules: _Rules, row: dict, text: str, position: int) -> re.Match[str] | None:
    """The proper name after a head at `position` (a trade's for heads marked `trade_name`); a
    person's name only for heads marked `person_name` (schools named after people)."""
    name = (rules.trade_name if row.get("trade_name") else rules.name).match(text, position)
    if row.get("person_name"):
        named_after = rules.person_name.match(text, position)
        if _HIGHER_SCHOOL_RE.search(text, max(0, position - 12), position) \
                and (body := rules.named_after_body.match(text, position)) is not None:
            named_after = rules.person_name.match(text, body.end()) or body
        if named_after is not None and (name is None or named_after.end() > name.end()):
            return named_after
    return name


def _host_alone(rules: _Rules, text: str, head: re.Match[str], words: Words | None) -> bool:
    """True when a capitalised head stands alone after a space, before no name and no noun: the
    body the text is about, which the part before it belongs to ("Đảng bộ Bệnh viện", "Hội
    Doanh nhân trẻ Tập đoàn" lần thứ VII; not "Ban đại diện Hội cha mẹ học sinh")."""
    if words is None or not head.group()[0].isupper() \
            or not _SPACE_RE.match(text, head.start() - 1):
        return False
    after = words.next_after(text, head.end())
    return after is not None and not text[after.start].isupper() \
        and (after.upos not in ("NOUN", "PROPN") or text[after.start:after.end] in rules.stop)


@dataclass
class _Org:
    start: int
    end: int
    complete: bool
    rule: str


def _scan(rules: _Rules, text: str, words: Words | None) -> list[_Org]:
    found: list[_Org] = []
    if rules.head.search(text) is None:
        return found  # most sentences name no body: spare them the scan for places
    generic_end = -1  # where the last kind of body ends ("các huyện ủy")
    inside_places = {i for m in rules.protected.finditer(text) for i in range(m.start() + 1, m.end())}
    pos = 0
    while (match := rules.head.search(text, pos)) is not None:
        row = rules.heads[phrase_key(match.group())]
        start, end = match.span()
        pos = end
        kind = row["kind"]
        if _CHIEF_RE.match(text, end):
            continue  # "Tổng Cục trưởng", "Đoàn trưởng": a chief's title, not the body
        if _INSPECTOR_GENERAL_RE.match(text, start) \
                and _GENERAL_BEFORE_RE.search(text, max(0, start - 6), start):
            pos = start + len("Thanh tra")  # "Tổng Thanh tra Chính phủ": the title of the
            continue  # government's inspector general, before the body it serves
        if _STANDING_RE.fullmatch(match.group()) and _BAN_NEXT_RE.match(text, end) \
                and _HEAD_BEFORE_RE.search(text, max(0, start - 8), start):
            continue  # "Phó Trưởng Ban Thường trực Ban Dân vận": a standing deputy head's title
        # "Ban Chấp hành", "Ban Thường vụ" capitalised alone: the board the text is about
        complete = kind == "body" or match.group() in row.get("definite_forms", ())
        extra: list[_Org] = []
        kind_named = row.get("lowercase_whole_word") and " " in match.group()  # "trường THCS"
        if row.get("after_title") and not _ROLE_GLUED_RE.search(text, max(0, start - 12), start):
            continue  # "Chánh văn phòng Tỉnh ủy": the office after its chief's title only
        if row.get("lowercase_whole_word") and match.group()[0].islower() and not kind_named \
                and (words is None or words.inside(start) or words.inside(end)):
            continue  # "hội", "trường" only as words of their own: not "xã hội", "thị trường"
        if row.get("whole_word") and (words is None or words.inside(end)) \
                and not _GLUED_NAME_RE.match(text, end):
            continue  # "Khoa" only as a word of the parse's, or glued to a name ("Khoa Nhi"):
            # not "Khoa học"
        if words is not None and (words.inside(start) and match.group()[0].islower()
                                  and not kind_named
                                  and not (_ROLE_GLUED_RE.search(text, max(0, start - 12), start)
                                           and (rules.domain.match(text, end)
                                                or " " in match.group()
                                                or row.get("department_number")
                                                and _DEPARTMENT_NUMBER_RE.match(text, end)))
                                  or words.inside(end) and " " not in match.group()
                                  and text[end + 1:end + 2].islower()
                                  and rules.lower_domain.match(text, end) is None):
            continue  # the parse's words: not "trụ sở", "trực ban", "Báo cáo", "Bộ trưởng"
            # ("Trưởng ban" Tổ chức Tỉnh ủy: the head the role is glued to still names a body)
            # (a head glued to its domain is one: "Trạm y tế")
        if rules.not_org.match(text, start) or start in inside_places \
                or _place_at(text, start) is not None:
            continue  # "Đài Loan", "Hải Phòng", "xã Trường Xuân": places that look like a head
        if row.get("level_suffix") and _LEVEL_AFTER_RE.match(text, end) is None:
            continue  # "Tòa án Việt Nam": a body by its level word only
        if kind == "named":
            after_body = bool(found) and found[-1].end == start - 1  # "Ban Giám Hiệu" Trường
            if rules.cap_before.search(text, max(0, start - 12), start) and not after_body:
                continue  # "Pháo Đài Láng": inside a proper name
            domain_only = row.get("needs_domain") or row.get("lowercase_needs_domain") \
                and match.group()[0].islower()
            if domain_only and match.group()[0].islower() \
                    and _COPULA_BEFORE_RE.search(text, max(0, start - 6), start):
                continue  # "là trung tâm Kinh tế - Văn hóa của huyện": what a place is, no body
            if row.get("bare_only"):
                name = None
            elif domain_only:
                # the longer of the domain as written and as capitalised on its first word:
                # "phòng Cảnh sát Hình sự", not "phòng Cảnh sát"
                name = max((m for m in (rules.domain.match(text, end),
                                        _capitalised(rules.lower_domain.match(text, end))) if m),
                           key=lambda m: m.end(), default=None) \
                    or rules.acronym.match(text, end)
            else:  # schools take no lowercase domain: "Đoàn trường" tổ chức, "trường" tổ chức;
                # nor do heads that are common nouns too: "Cơ quan công an" (the police)
                name = _name(rules, row, text, end) or rules.numbered.match(text, end) \
                    or (None if row.get("person_name") or row.get("capitalised_name")
                        else _lower_domain(rules, text, end, words)) \
                    or (rules.members.match(text, end) if row.get("members_name") else None)
            if name is not None and match.group()[0].islower() and _DASH_NEXT_RE.match(text, end):
                name = None  # "kết hôn đài - Việt": a lowercase head takes no name after a dash
            if name is None and match.group()[0].isupper() \
                    and (quoted := _QUOTED_NAME_RE.match(text, end)) is not None:
                name = quoted  # 'Quỹ “Vì người nghèo”': its name in quotes, the closing one
                # outside (as a project's quoted title); a locality after it goes on the name
            if name is None and row.get("number_name"):
                name = _unit_number(rules, text, end)  # "Sư đoàn 312", "Vụ 8"
            if name is None and row.get("hall"):
                name = _DAY_NAME_RE.match(text, end)  # "Hội trường 2/9": named after a day
            if name is None and row.get("department_number") \
                    and (match.group()[0].isupper()
                         or _ROLE_GLUED_RE.search(text, max(0, start - 12), start)):
                name = _DEPARTMENT_NUMBER_RE.match(text, end)  # "Phòng 7 - Viện kiểm sát"
            if name is None:
                if row.get("sub_unit") and _body_follows(rules, text, end):
                    pass  # "Chi đoàn Đồn Biên phòng Tam Thanh": joined to the body after it
                elif row["id"] in rules.bare_after and (words is None or not words.inside(end)) \
                        and not (row.get("bare_only") and CAP_NEXT_RE.match(text, end)) \
                        and rules.bare_after[row["id"]].search(text, max(0, start - 20), start):
                    complete = True  # "kết nạp đảng" (the Party); not "tổ chức đảng" (a kind)
                elif after_body and _host_alone(rules, text, match, words):
                    complete = True  # "Đảng bộ Bệnh viện", "Công đoàn Tổng công ty"
                elif row.get("described_place") and match.group()[0].isupper() \
                        and text[end + 1:end + 2].islower() \
                        and (described := _committee_end(rules, text, end)) > end \
                        and ((national := _national(text, end, described)) is not None
                             or rules.suffix.match(text, described) is not None):
                    # "Quỹ hỗ trợ phụ nữ nghèo tỉnh": a fund by its purpose, with its place (the
                    # suffix below completes it), or the nation's: "Trung tâm tình nguyện quốc gia"
                    if national is not None:
                        end, complete = national.end(), True
                    else:
                        end = described
                elif _holders_cell(text, match):
                    complete = True  # Chủ tịch "Công đoàn", a union's
                elif not (row.get("may_take_suffix") and _suffix_at(rules, text, end)):
                    continue
                # "Bệnh viện tỉnh Lào Cai": the suffix below completes it
            else:
                end, complete = name.end(), True
                domain = rules.domain.match(text, match.end())
                if domain is not None and domain.end() < end \
                        and rules.person_after.match(text, domain.end()):
                    end = domain.end()  # the name ends with its domain; a person follows
                if not rules.domain_only.fullmatch(name.group()):
                    end = _name_end(rules, text, name, end, words)
                if words is not None:
                    end = _verb_after_proper(rules, text, words, match.end(), end)
                if words is not None and not rules.protected.search(text, match.end(), end) \
                        and (rules.open_domain.fullmatch(text, match.end(), end)
                             or _OPEN_NAME_RE.fullmatch(text, match.end(), end)
                             and not rules.domain_only.fullmatch(text, match.end(), end)
                             and not any(_proper(text, t, match.end())
                                         and not _described_syllable(text, t, words)
                                         for t in words.between(match.end(), end))):
                    end = _tail(rules, text, end, words)  # "Cục Quản lý dược", "Chi cục Thuế
                    # doanh nghiệp lớn" (a domain the tagger calls a proper name)
                if rules.domain_only.fullmatch(name.group()):
                    tail = end
                    while (elided := rules.elided.match(text, tail)) is not None:
                        extra.append(_Org(elided.start(1), elided.end(1), True, row["id"] + "-elided"))
                        tail = elided.end()
        elif row.get("may_take_name") and (name := _name(rules, row, text, end)) is not None:
            end, complete = name.end(), True  # "Văn phòng Đăng ký đất đai tỉnh"
        elif kind == "committee":
            end = _committee_end(rules, text, end)
            # its abbreviation may come between the head and the description: "Ban Chỉ đạo
            # (BCĐ) phòng, chống dịch Covid-19 tỉnh Nghệ An"
            if end == match.end() and (aside := _ABBREVIATION_RE.match(text, end)) is not None \
                    and (described := _committee_end(rules, text, aside.end())) > aside.end():
                end = described
            if end == match.end() and rules.suffix.match(text, end) is None:
                continue  # a committee needs a description or a level: "Ban chỉ đạo Trung ương"
            # a lowercase description alone is a kind of body ("Hội đồng xét xử"); a capitalised
            # word or a locality makes it one body ("Hội đồng Thẩm phán", "Ban Quản lý ... huyện")
            complete = not row.get("generic_description") \
                or any(w[:1].isupper() for w in text[match.end():end].split())
        if row.get("latin_tail") and (latin := _LATIN_TAIL_RE.match(text, end)) is not None \
                and not _body_follows(rules, text, end):
            end = latin.end()  # "Viettel Global", "FPT Software": a brand's company (not the
            # head of its branch: "Agribank Chi nhánh Mộ Đức")
        if text[end:end + 1] in _CLOSING_QUOTES and text[end - 1:end] != " " \
                and (suffix := rules.suffix.match(text, end + 1)) is not None:
            end = suffix.end()  # 'Quỹ “Vì người nghèo” huyện': the quote inside, with its place
        if (pair := _ACRONYM_PAIR_RE.match(text, end)) is not None \
                and _ACRONYM_END_RE.search(text, match.end(), end) is not None \
                and pair.group(1) not in rules.heads:
            end = pair.end()  # "Ngân hàng NN và PTNT", "Sở KH và ĐT": a field's two acronyms
        while (suffix := _suffix_at(rules, text, end)) is not None:
            end, complete = suffix.end(), True  # "Tòa án nhân dân (TAND) huyện Mang Yang"
        if not complete and _INVESTIGATION_RE.search(match.group()) \
                and (host := _HOST_AFTER_RE.match(text, end)) is not None \
                and _starts_body(rules, text, host.end()):
            # "Cơ quan CSĐT - Công an quận Thanh Xuân", "Cơ quan Cảnh sát điều tra (CSĐT),
            # Công an thành phố": the agency, then the police it belongs to
            end, complete = host.end(1), True
        if row.get("hall") and _body_follows(rules, text, end):
            continue  # "Hội trường Quốc tế" Bệnh viện Bạch Mai: a body's hall is no body
        if kind == "named" and _TYPE_ONLY_RE.fullmatch(text, match.end(), end):
            continue  # "Bệnh viện đa khoa" hoàn chỉnh: a hospital's type, without its place
            # ("Bệnh viện đa khoa huyện Bảo Thắng" goes on to it)
        if text[match.end():end].strip().lower() in row.get("event_names", ()) \
                and (not _body_follows(rules, text, end) or _NAMED_EVENT_RE.match(text, end)):
            # "Ban Tổ chức lễ kỷ niệm": an event's committee by its description (its first
            # words); bare "Ban Tổ chức" (đã trao quà) names none; "Ban tổ chức Huyện ủy" is
            # the party's department
            description = _EVENT_RE.match(text, end, _committee_end(rules, text, end))
            if (event := _NAMED_EVENT_RE.match(text, end)) is not None:
                # "Ban tổ chức Đại hội TDTT tỉnh Quảng Ngãi lần thứ VII": an event by its name,
                # with its place and number
                name = rules.name.match(text, event.end())
                end = name.end() if name else _committee_end(rules, text, event.end())
                end = _past_suffixes(rules, text, end)
                end = nationwide.end() if (nationwide := _NATIONWIDE_RE.match(text, end)) else end
                end = ordinal.end() if (ordinal := _ORDINAL_RE.match(text, end)) else end
            elif description is not None:
                end = description.end()
                if words is not None and words.cuts(text, end):
                    end = text.rindex(" ", 0, end)  # "hội thảo" chủ trì: not into a word
            of = _OF_RE.match(text, end)
            if text[match.end():end].strip().lower() in row["event_names"] \
                    and not (of and _starts_body(rules, text, of.end())):
                continue  # but "Ban tổ chức của Chính phủ" is the government's committee
        if _LEVEL_END_RE.search(text, max(0, end - 12), end) \
                and (commune := _place_at(text, end + 1)) is not None:
            end = commune  # "Công an xã Trường Xuân": a commune whose name begins like a head
        elif (last := _COMMUNE_END_RE.search(text, match.end(), end)) is not None \
                and (commune := _place_at(text, last.start(1))) is not None and commune > end:
            end = commune  # "Hội Người cao tuổi xã Hòa Hội": a commune whose name ends like one
        elif words is not None and words.cuts(text, end) \
                and words.between(end - 1, end)[-1].upos == "VERB" \
                and _LOCALITY_END_RE.search(text, match.end(), end) is not None:
            # "UBND huyện Xây dựng Kế hoạch", "phường Thanh Trường Khai mạc kỳ họp": a
            # capitalised verb of the clause after the place ends it
            end = text.rindex(" ", match.end(), words.between(end - 1, end)[-1].start + 1)
        if complete and end > match.end() and (number := _unit_number(rules, text, end)):
            end = number.end()  # "Bệnh viện Quân y 103", "Hội Phụ nữ quận 1"
        if complete and (country := rules.country.match(text, end)) is not None:
            end = country.end()  # "Quốc hội Mỹ"
        if row.get("place") and end == match.end():
            # a place or a named unit: "Huyện ủy Bát Xát", "Đảng ủy Quân sự tỉnh"
            run = rules.place_run.match(text, end)
            if run is not None and words is not None \
                    and any(t.upos == "VERB" and text[t.start].isupper()
                            for t in words.between(run.start(), run.end())):
                run = None  # "Huyện ủy" Kiểm tra việc lãnh đạo: a headline's verb, no place
            if run is not None:
                end, complete = _lone_rest(rules, text, run, run.end(), words), True
                end = _past_suffixes(rules, text, end)
                if (dashed := rules.dashed_place.match(text, end)) is not None:
                    end = dashed.end()
        pos = max(end, extra[-1].end if extra else end)
        if (aside := _ACRONYM_ASIDE_RE.match(text, pos)) is not None:
            pos = aside.end()  # the name's own abbreviation, not another body: "(BCH)"
        if rules.excluded_after.match(text, end) \
                or kind != "committee" and rules.level_category.match(text, end) \
                or _LEVEL_LIST_RE.match(text, end) \
                and _BARE_LEVEL_END_RE.search(text, match.end(), end):
            continue
        if match.group()[:3].lower() == "hội" \
                and _FESTIVAL_BEFORE_RE.search(text, max(0, start - 6), start):
            continue  # "ngày hội Đại đoàn kết", "ngày Hội ...": a festival, not an association
        if row["id"] == "org-hoi" and _SOCIETY_BEFORE_RE.search(text, max(0, start - 4), start):
            continue  # "Xã Hội Vùng Đồng Bào" of a heading: society, not an association
        if (end == match.end() or match.group()[0].islower()) \
                and (rules.generic_before.search(text, max(0, start - 12), start)
                     and not (_PARTY_COMMITTEE_RE.search(text, max(0, start - 12), start)
                              and match.group()[0].isupper())
                     or row["id"] == "org-dang-uy" and _DIRECTLY_UNDER_RE.match(text, end)
                     or _LIST_GAP_RE.fullmatch(text, generic_end, start)):
            generic_end = end  # "các tỉnh ủy, thành ủy": the kinds listed after it too
            if (short := _ABBREVIATION_RE.match(text, end)) is not None:
                pos = max(pos, short.end())  # "ngành Tòa án nhân dân (TAND)": a kind's too
            elif match.group()[0].islower() and _body_follows(rules, text, match.end()):
                pos = match.end()  # "các ban" "HĐND tỉnh": the kinds of a body named after them
            continue  # "các cấp", "nhiều bệnh viện Hà Nội": kinds of body, not one
        if end == match.end() and _PEOPLES_SYSTEM_RE.fullmatch(match.group()) \
                and _DEFINED_AFTER_RE.match(text, end):
            continue  # "Viện kiểm sát nhân dân là một hệ thống cơ quan", "Hội đồng nhân dân là tổ
            # chức đại diện": what such bodies are, at every level, not one of them
        if row.get("not_after_role") and rules.role_before.search(text, max(0, start - 14), start):
            pos = start + 1  # the body inside may still be one: "Phó Chủ tịch TT" "HĐND tỉnh"
            continue  # "Phó Chủ tịch Thường trực UBND tỉnh": part of the role
        if not complete and end == match.end() and _holders_cell(text, match):
            complete = True  # Bí thư "Chi bộ": the cell the text is about
        found.append(_Org(start, end, complete, row["id"]))
        found.extend(extra)
    return found


def _elided_localities(text: str, org: _Org) -> list[_Org]:
    """The localities listed after a body whose name ends in one, as bodies of their own: a
    locality with the same level word ("và huyện Cai Lậy") or a place of that level the
    gazetteer knows ("Hội Người cao tuổi xã Hồng Giang, Phượng Sơn và Thanh Hải"). A locality
    of another level ("…, tỉnh Tiền Giang") or a province after a lower level ("Công an huyện
    Quế Phong, Nghệ An") ends the list. A province's party committee named without "tỉnh"
    lists provinces ("Tỉnh ủy Lâm Đồng và An Giang")."""
    last = _LOCALITY_END_RE.search(text, org.start, org.end)
    if last is not None:
        level = last.group(1)
    elif _PROVINCE_COMMITTEE_RE.fullmatch(text, org.start, org.end) is not None:
        level = "tỉnh"
    else:
        return []
    found: list[_Org] = []
    position = org.end
    names = _gazetteer(level)
    provinces = lexicons().localities["places"]
    while (locality := _NEXT_LOCALITY_RE.match(text, position)) is not None:
        level_word, name = locality.group(1), locality.group(2)
        if level_word is not None and level_word != level:
            break
        end = _known_name_end(locality.start(2), name, names)
        if level_word is None and (end is None or level not in _PROVINCE_LEVELS
                                   and text[locality.start(2):end] in provinces):
            break  # no known place; or "Công an huyện Quế Phong, Nghệ An": the province
        end = end or locality.end(2)
        found.append(_Org(locality.start(1) if level_word else locality.start(2), end, True,
                          org.rule + "-elided-locality"))
        position = end
    return found


# national and international committees named by their field after "về": "Ban Chỉ đạo Trung
# ương về hoàn thiện thể chế, pháp luật", "Ủy ban Quốc gia về người cao tuổi", "Ủy ban ASEAN về
# Quản lý thiên tai" (not "Ủy ban Kiểm tra Trung ương" về kết quả kiểm tra: a document's subject)
_NATIONAL_COMMITTEE_RE = re.compile(
    r"(?<!\w)(?:Ban[ \t]+[Cc]hỉ[ \t]+đạo|Ủy[ \t]+[Bb]an|Uỷ[ \t]+[Bb]an)"
    r"[ \t]+(?:Trung[ \t]+ương|[Qq]uốc[ \t]+gia|ASEAN)$")
_ABOUT_RE = re.compile(r"[ \t]+về(?=[ \t]+(?!việc(?!\w))\w)")

# the central body of a mass organisation: "Trung ương Hội Nông dân Việt Nam"
_CENTRAL_BODY_RE = re.compile(r"(?:Hội|Đoàn|MTTQ|Mặt trận)(?!\w)")
# (with the presidium before them: "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Đoàn Chủ tịch
# UB Trung ương MTTQ Việt Nam")
_CENTRAL_BEFORE_RE = re.compile(
    r"(?<!\w)(?:Đoàn[ \t]+Chủ[ \t]+tịch[ \t]+)?(?:(?:Ủy|Uỷ)[ \t]+ban[ \t]+|UB[ \t]+)?"
    r"(?:Trung ương|TƯ|T\.Ư|TW|(?<=ban[ \t])trung[ \t]+ương)[ \t]+$"
    r"|(?<!\w)(?:Ủy|Uỷ)[ \t]+ban[ \t]+$")  # "Uỷ ban Hội LHTN Việt Nam tỉnh"
# a body's branch, youth or union cell, in lowercase before it: "chi nhánh" NHCSXH tỉnh ("Chi
# nhánh" is a head), "chi đoàn" VKSND tỉnh Hậu Giang, "công đoàn" trường MN Văn Chương
_BRANCH_BEFORE_RE = re.compile(
    r"(?<!\w)(?:chi[ \t]+nhánh|chi[ \t]+đoàn|chi[ \t]+bộ|công[ \t]+đoàn)[ \t]+$")
# "các đảng ủy trực thuộc", "Thành ủy, Đảng ủy trực thuộc": the party committees directly under a
# body, a kind
_DIRECTLY_UNDER_RE = re.compile(r"[ \t]+trực[ \t]+thuộc(?!\w)")
# "các cấp Hội Phụ nữ huyện Sơn Hòa": the association at every level, no one body
_ALL_LEVELS_BEFORE_RE = re.compile(r"(?<!\w)các[ \t]+cấp[ \t]+$")
# a kind before a name (see _a_kind): "các Phòng Tư pháp", "toàn ngành Thanh tra tỉnh"
_PLURAL_BEFORE_RE = re.compile(r"(?<!\w)(các|ngành)[ \t]+$")
# others listed after a name: ", Xây dựng", ", Phượng Sơn", " và Thanh Hải"
_LISTED_AFTER_RE = re.compile(rf"[ \t]*(?:,|và(?!\w))[ \t]*[{UPPER}]")
# a street named like a body: "đường Đội Cấn", "các trục đường Đội Kỳ"
_STREET_BEFORE_RE = re.compile(r"(?<!\w)[Đđ]ường[ \t]+$")
# a body's inspection, supervision or procuracy team, capitalised before it: "Đoàn kiểm tra Viện
# kiểm sát tỉnh", "Đoàn giám sát Thường trực HĐND tỉnh", "Đoàn kiểm sát Viện kiểm sát nhân dân
# thị xã" (not "đoàn công tác", a visit, nor "Đoàn thanh tra" EC, the inspectors the EC sends)
_MISSION_BEFORE_RE = re.compile(r"(?<!\w)Đoàn[ \t]+(?:kiểm[ \t]+(?:tra|sát)|giám[ \t]+sát)[ \t]+$")
# a numbered group of a delegation or a council: "Tổ 1 Đoàn ĐBQH tỉnh", "Tổ số 3 HĐND huyện"
_GROUP_BEFORE_RE = re.compile(r"(?<!\w)Tổ[ \t]+(?:số[ \t]+)?\d{1,2}[ \t]+$")
_DELEGATION_RE = re.compile(r"(?:Đoàn|HĐND|Hội đồng nhân dân)(?!\w)")
# a delegate (not "Đoàn đại biểu", the delegation, a body) of the National Assembly for a place
_DELEGATE_RE = re.compile(r"(?<![Đđ]oàn )(?<!\w)(?:đại biểu|ứng cử viên|ứng viên)[ \t]+$")
_ASSEMBLY_AND_PLACE_RE = re.compile(r"(Quốc hội)[ \t]+(?!khóa|khoá)\S")
# a congress's term is the congress's, as its ordinal is: Đại hội "Đảng bộ tỉnh Vĩnh Phúc" khóa XVI
_CONGRESS_BEFORE_RE = re.compile(r"(?<!\w)Đại hội(?:[ \t]+(?:đại biểu|Đại biểu))?"
                                 r"(?:[ \t]+lần[ \t]+thứ[ \t]+\S+)?[ \t]+$")
_TERM_END_RE = re.compile(rf"[ \t]+{_TERM}$")


# the Party, the Youth Union or an association alone after a word of kinds: "tổ chức Đảng" (party
# organisations), "tổ chức cơ sở Đảng", "tổ chức Đoàn", "khối Đảng", "các ban Đảng"; or of a
# badge or a membership's years: "Huy hiệu Đảng", "tuổi Đảng"
_BARE_MASS_BODIES = frozenset({"Đảng", "Đoàn", "Hội"})
_KIND_BEFORE_RE = re.compile(r"(?<!\w)(?:tổ chức|cơ sở|khối|ban|[Hh]uy hiệu|tuổi)[ \t]+$")
# a holder's title before a body, whose name may follow it: "Giám đốc Cảng vụ Hàng không miền
# Nam" Trần Doãn Mậu
_HOLDER_BEFORE_RE = re.compile(r"(?<!\w)(?i:tịch|thư|trưởng|đốc|nhiệm|tướng)[ \t]+$")
# a party cell, a union or the party's group in a body alone after its holder's title, before a
# comma, a semicolon, a full stop or a dash: the one the text is about ("Phó Bí thư Chi bộ, Phó
# Viện trưởng", "Bí thư Ban Cán sự Đảng, Viện trưởng")
_CELL_FORMS = frozenset({"Chi bộ", "Công đoàn", "Chi đoàn", "Đảng đoàn", "Ban cán sự đảng",
                         "Ban cán sự Đảng", "Ban Cán sự Đảng", "Ban Cán sự đảng", "BCS đảng",
                         "BCS Đảng"})
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,;.]|[ \t][-–][ \t])")


def _holders_cell(text: str, head: re.Match[str]) -> bool:
    """Whether `head` is a party cell or a union alone, after its holder's title and before a
    comma, a semicolon, a full stop or a dash."""
    return head.group() in _CELL_FORMS and _CLAUSE_END_RE.match(text, head.end()) is not None \
        and _HOLDER_BEFORE_RE.search(text, max(0, head.start() - 10), head.start()) is not None


# a news dateline, the publisher's name before the text: in brackets ("(Dân trí) –", "(VBSP
# News) Đến hết"), or its short name or site before a dash ("VOV.VN -", "NDĐT- Ngày 19-7")
_DATELINE_RE = re.compile(r"\s*(?:\(([^()]{1,30})\)\s*(?:[-–—:]|(?=[A-ZĐ]))"
                          r"|([A-ZĐ][A-ZĐa-z]{1,7}(?:\.(?:VN|vn|com|net))?)\s*[-–—]\s)")


def _school_before(text: str, start: int, end: int) -> bool:
    """True when the name from `start` ends at `end` with a school's head, after a lowercase
    word or an acronym ("Công đoàn Trường Mầm non", "CĐCS Trường"; not "phường Thanh Trường")."""
    school = _SCHOOL_BEFORE_RE.search(text, start, end) if "rường" in text[start:end] else None
    if school is None:
        return False
    before = text[start:school.start()].split()
    return bool(before) and (before[-1].islower() or before[-1].isupper())


def _with_branches(rules: _Rules, text: str, orgs: list[_Org]) -> list[_Org]:
    """The bodies found, a body followed by "chi nhánh" and the branch's place taking them in:
    "Ngân hàng Đầu tư và Phát triển (BIDV) chi nhánh TX.Bỉm Sơn", the abbreviation inside."""
    result: list[_Org] = []
    for org in orgs:
        if result and result[-1].end > org.start:
            continue  # the abbreviation inside a branch's name
        branch = _BRANCH_AFTER_RE.match(text, org.end) if org.complete else None
        if branch is not None and (place := rules.suffix.match(text, branch.end())
                                   or rules.place_run.match(text, branch.end())) is not None:
            org.end = _past_suffixes(rules, text, place.end())
        result.append(org)
    return result


def _school_joined(text: str, orgs: list[_Org], start: int) -> _Org | None:
    """The school found that ends in a level ("Tiểu học") just before "và" and the school by
    its level alone at `start`: one school of both levels; None when there is none."""
    return next((o for o in orgs if o.rule == "org-truong" and _AND_RE.fullmatch(text, o.end, start)
                 and _SCHOOL_LEVEL_END_RE.search(text, o.start, o.end)), None)


def _overlapping(orgs: list[_Org], start: int, end: int) -> list[_Org]:
    """The bodies found that share a character with `start`..`end`."""
    return [o for o in orgs if o.start < end and start < o.end]


def _a_kind(text: str, org: _Org) -> bool:
    """True when a name stands for a kind of body, not one: the Party, the Youth Union or an
    association alone after a word of kinds ("tổ chức Đảng"), a body at every level ("các cấp
    Hội Phụ nữ"), a capitalised head after "các" ("các Phòng Tư pháp", of every district; not
    with the others listed after it: "các Bộ Công an, Xây dựng", "các Hội Người cao tuổi xã Hồng
    Giang, Phượng Sơn"), any name after "ngành" ("toàn ngành Thanh tra tỉnh", the inspectorates
    of the sector), a street named like a body ("đường Đội Cấn")."""
    if text[org.start:org.end] in _BARE_MASS_BODIES \
            and _KIND_BEFORE_RE.search(text, max(0, org.start - 10), org.start):
        return True
    if "cấp" in text[max(0, org.start - 5):org.start] \
            and _ALL_LEVELS_BEFORE_RE.search(text, max(0, org.start - 10), org.start):
        return True
    before = max(0, org.start - 8)
    plural = _PLURAL_BEFORE_RE.search(text, before, org.start)
    if plural is not None and (plural.group(1) == "ngành" or text[org.start].isupper()
                               and _LISTED_AFTER_RE.match(text, org.end) is None):
        return True
    return _STREET_BEFORE_RE.search(text, before, org.start) is not None


def find_orgs(text: str, tokens: list[Token] | None = None) -> list[Mention]:
    """ORG mentions in a sentence text; with the parse's tokens, names capitalised only on their
    first word also take their lowercase rest, and word boundaries settle where a name ends."""
    rules = _rules()
    merged: list[_Org] = []
    parsed = tokens is not None and any(t.upos != "_" for t in tokens)  # not the fallback's
    for org in _scan(rules, text, Words(tokens) if parsed else None):
        previous = merged[-1] if merged else None
        if previous is not None and _JOIN_RE.fullmatch(text, previous.end, org.start) \
                and not org.rule.endswith("-elided"):
            previous.end = org.end
            previous.complete = previous.complete or org.complete
            continue
        merged.append(org)
    for org in list(merged):
        if (short := _ABBREVIATION_RE.match(text, org.end)) is not None \
                and (end := _past_suffixes(rules, text, short.end())) > short.end():
            # "Viện kiểm sát nhân dân (VKSND) tối cao": the name's rest after its abbreviation
            merged = [o for o in merged if o is org or not org.end <= o.start < end]
            org.end = end
    merged = _with_branches(rules, text, merged)
    for school in _SCHOOL_BY_LEVEL_RE.finditer(text) if "TH" in text else ():
        if (joined := _school_joined(text, merged, school.start())) is not None:
            joined.end = school.end()  # "Trường PTDT nội trú Tiểu học" và "THCS Văn Yên"
        elif not _overlapping(merged, *school.span()) \
                and rules.not_org.match(text, school.start()) is None:
            merged.append(_Org(school.start(), school.end(), True, _SCHOOL_RULE))
    for code in _POLICE_CODE_RE.finditer(text) if "P" in text else ():
        if _overlapping(merged, *code.span()):
            continue
        after = next((o for o in merged if _JOIN_RE.fullmatch(text, code.end(), o.start)), None)
        if after is not None:
            after.start = code.start()  # "PC67 Công an TP.Đà Nẵng": the department with its police
        else:
            merged.append(_Org(code.start(), code.end(), True, "org-police-code"))
    for listed in _COLON_LIST_RE.finditer(text) if ":" in text else ():
        for start, end in _listed_domains(rules, text, listed.end()):
            if not _overlapping(merged, start, end):
                merged.append(_Org(start, end, True, "org-colon-list"))
    for company in rules.foreign_company.finditer(text):
        start, end = company.span()
        overlapping = _overlapping(merged, start, end)
        if all(start <= o.start and o.end <= end for o in overlapping):
            # a longer name than the list's: "Samsung Electronics Co" over "Samsung"
            merged = [o for o in merged if o not in overlapping]
            merged.append(_Org(start, end, True, "org-foreign-company"))
    starts = {o.start for o in merged if o.complete}  # "(CDC)", a head alone, is no body yet
    for org in list(merged):
        if org.complete and (short := _ABBREVIATION_RE.match(text, org.end)
                             or _TRADE_NAME_RE.match(text, org.end)) is not None \
                and short.start(1) not in starts and not rules.protected.match(text, short.start(1)):
            merged.append(_Org(short.start(1), short.end(1), True, "org-abbreviation"))
    starts = {o.start for o in merged}
    for org in [o for o in merged if o.complete]:
        merged.extend(o for o in _elided_localities(text, org) if o.start not in starts)
        if _NATIONAL_COMMITTEE_RE.search(text, org.start, org.end) \
                and (about := _ABOUT_RE.match(text, org.end)) is not None:
            end = _committee_end(rules, text, about.end())
            if end > about.end():
                org.end = end
    merged.sort(key=lambda o: o.start)
    for org, after in zip(merged, [*merged[1:], None]):
        if _school_before(text, org.start, org.end) \
                and (named := rules.person_name.match(text, org.end)) is not None:
            # "Công đoàn Trường Mầm non" Võ Nguyên Giáp: the school's name, then its place
            end = _past_suffixes(rules, text, named.end())
            if after is None or after.start >= end:
                org.end = end
        if org.rule not in rules.person_heads \
                and (person := rules.person_end.search(text, org.start, org.end)) is not None \
                and (person.group("middle") or text[:person.start()].split()[-1][:1].islower()
                     or _HOLDER_BEFORE_RE.search(text, max(0, org.start - 10), org.start)) \
                and " " in text[org.start:person.start()].strip() \
                and not _school_before(text, org.start, person.start()) \
                and not _place_named_after_person(text, person.start(), org.end):
            org.end = person.start()  # "Tỉnh ủy" Phương Thị Thanh: the person it speaks of
        if text[org.end - 1] == "." and not text[org.end:].strip():
            org.end -= 1  # "ubnd TP.": the sentence's full stop, not the abbreviation's
        if _CONGRESS_BEFORE_RE.search(text, max(0, org.start - 30), org.start) \
                and (term := _TERM_END_RE.search(text, org.start, org.end)) is not None:
            org.end = term.start()
        if _DELEGATE_RE.search(text, max(0, org.start - 20), org.start) \
                and (cut := _ASSEMBLY_AND_PLACE_RE.match(text, org.start, org.end)):
            org.end = cut.end(1)  # "đại biểu Quốc hội TP HCM": the place is the delegate's
        if (central := _CENTRAL_BEFORE_RE.search(text, max(0, org.start - 34), org.start)) \
                and _CENTRAL_BODY_RE.match(text, org.start):
            org.start = central.start()  # "Trung ương Hội LHPN Việt Nam", "Trung ương Đoàn",
            # "Uỷ ban Trung ương Hội LHTN Việt Nam"
        elif branch := _BRANCH_BEFORE_RE.search(text, max(0, org.start - 14), org.start):
            org.start = branch.start()
        elif "Đoàn" in text[max(0, org.start - 16):org.start] \
                and (mission := _MISSION_BEFORE_RE.search(text, max(0, org.start - 16), org.start)):
            org.start = mission.start()
        elif _DELEGATION_RE.match(text, org.start) \
                and (group := _GROUP_BEFORE_RE.search(text, max(0, org.start - 12), org.start)):
            org.start = group.start()
    dateline = _DATELINE_RE.match(text)
    return [Mention(o.start, o.end, "ORG", {"rule": o.rule}) for o in merged
            if o.complete and not (dateline and o.end <= max(dateline.end(1), dateline.end(2)))
            and not _a_kind(text, o)]

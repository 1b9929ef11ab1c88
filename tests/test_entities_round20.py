"""Rules added in the twentieth round (2026-12-07), from the blind batch GM to GQ once it had
been scored sealed and joined the development data: each on the sentence alone, the other
mentions of each sentence with it, or the parse's words and tags as the bundled model gives them.
(The tokenizer's corrections of the round, a spaced range and counts joined by a slash, are in
`test_parse_convert.py`.)"""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

PARSED_CASES = [
    # Part 2: classifiers and containers with the noun they count; a bag of drugs, its contents
    # counted with it
    (("Cơ_quan/NOUN chức_năng/VERB thu_giữ/VERB 1/NUM bì/NOUN ma_túy/NOUN đá/NOUN cùng/ADJ "
      "nhiều/ADJ tang_vật/NOUN ./PUNCT"),
     [("QUANTITY", "1 bì ma túy")]),
    # a classifier of fruit and organs before its noun
    (("Bệnh_viện/NOUN đã/ADV ghép/VERB thành_công/VERB 1/NUM quả/NOUN thận/NOUN từ/ADP "
      "người/NOUN hiến/VERB tặng/VERB ./PUNCT"),
     [("QUANTITY", "1 quả thận")]),
    # a tree's trunk counted by its tree
    (("Tín/NOUN thuê/VERB người/NOUN múc/VERB đào/PROPN 848/NUM gốc/NOUN bạch_đàn/NOUN "
      "trên/ADP đất/NOUN rừng/NOUN ./PUNCT"),
     [("QUANTITY", "848 gốc bạch đàn")]),
    # a variety counted by its plant
    (("Xã/NOUN có/VERB 2/NUM giống/NOUN chè/NOUN chủ_đạo/NOUN được/AUX trồng/VERB "
      "tập_trung/VERB ./PUNCT"),
     [("QUANTITY", "2 giống chè")]),
    # books and clumps of plants
    (("Công_an/NOUN thu_giữ/VERB 21/NUM sổ/NOUN hụi/VERB và/CCONJ danh_sách/NOUN "
      "hụi_viên/ADJ ./PUNCT"),
     [("QUANTITY", "21 sổ hụi")]),
    (("Người/NOUN trồng/VERB đặt/VERB 15/NUM khóm/NOUN dưa/NOUN ở/ADP giữa/NOUN luống/ADJ "
      "./PUNCT"),
     [("QUANTITY", "15 khóm dưa")]),
    # a basket with what it holds
    (("Nhà_vườn/NOUN bán/VERB hơn/ADV 800.000/NUM giỏ/NOUN hoa/PROPN tươi/VERB dịp/NOUN "
      "Tết/PROPN ./PUNCT"),
     [("QUANTITY", "hơn 800.000 giỏ hoa")]),
    # guard: a classifier before a verb counts alone
    (("Mỗi/NUM hộ/NOUN được/AUX hỗ_trợ/VERB 5/NUM quả/NOUN để/ADP trồng/VERB thử/VERB "
      "./PUNCT"),
     [("QUANTITY", "5 quả")]),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_twentieth_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # medals by metal, the metal capitalised
    ("Karate đã giành đến 6 huy chương Vàng, 35 huy chương Bạc và 66 huy chương Đồng.",
     [("QUANTITY", "6 huy chương Vàng"),
      ("QUANTITY", "35 huy chương Bạc"),
      ("QUANTITY", "66 huy chương Đồng")]),
    ("Ba tấm huy chương Vàng còn lại của đoàn thể thao đến từ môn Thể dục dụng cụ.",
     [("QUANTITY", "Ba tấm huy chương Vàng")]),
    # "tổ chức đảng" counts party organisations: the counted noun is "tổ chức" (the blind sets
    # agree)
    ("UBKT các cấp đã kiểm tra 3.005 tổ chức đảng và 8.982 đảng viên.",
     [("QUANTITY", "3.005 tổ chức"), ("QUANTITY", "8.982 đảng viên")]),
    # a year of birth glued to its abbreviation
    ("Tòa án đã xét xử lưu động đối với Nguyễn Trung Tín (SN1989, trú tại xã Cư An).",
     [("DATE", "1989")]),
    # the office of a province's delegation, council and committee is one body
    ("Theo nghị quyết, Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Long An có tư cách pháp nhân.",
     [("ORG", "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Long An")]),
    ("HĐND tỉnh thành lập Văn phòng Đoàn Đại Biểu Quốc Hội, HĐND tỉnh và Văn phòng UBND tỉnh.",
     [("ORG", "HĐND tỉnh"),
      ("ORG", "Văn phòng Đoàn Đại Biểu Quốc Hội, HĐND tỉnh"),
      ("ORG", "Văn phòng UBND tỉnh")]),
    # the social insurance fund's office, capitalised on its second word
    ("Các cấp phối hợp với Bảo hiểm Xã hội tỉnh quản lý và cấp thẻ.",
     [("ORG", "Bảo hiểm Xã hội tỉnh")]),
    # two days and months joined by a dash are one range; guard: joined by "đến", two dates
    ("Giải vô địch diễn ra từ ngày 09/3 - 13/3 tại Nhà thi đấu.",
     [("DATE", "ngày 09/3 - 13/3")]),
    ("Từ ngày 28/7 đến 03/8 số ca mắc tăng.",
     [("DATE", "ngày 28/7"), ("DATE", "03/8")]),
    # the state legal aid centre: "nhà nước" in its name, before its place
    (("Đồng chí Võ Quốc Hoàng, Phó Trưởng phòng nghiệp vụ Trung tâm trợ giúp pháp lý nhà nước "
      "tỉnh giới thiệu luật."),
     [("ORG", "Trung tâm trợ giúp pháp lý nhà nước tỉnh")]),
    # a ministry's department named with a comma inside
    ("Vụ trưởng Vụ Phổ biến, giáo dục pháp luật làm Trưởng đoàn.",
     [("ORG", "Vụ Phổ biến, giáo dục pháp luật")]),
    # the union of friendship organisations, "Các" capitalised
    ("Hôm qua, Liên hiệp Các tổ chức hữu nghị Việt Nam đã trao bằng chứng nhận.",
     [("ORG", "Liên hiệp Các tổ chức hữu nghị Việt Nam")]),
    # a capitalised head after "các", any name after "ngành", is a kind
    ("Hội nghị có lãnh đạo Sở Tư pháp, chuyên viên các Phòng Tư pháp và công chức cấp xã.",
     [("ORG", "Sở Tư pháp")]),
    ("Quý III/2018, toàn ngành Thanh tra tỉnh Quảng Trị tiến hành 27 cuộc thanh tra.",
     [("DATE", "Quý III/2018"), ("QUANTITY", "27 cuộc")]),
    # a street named like a body
    ("Giải chạy qua các trục đường Đội Kỳ, Quang Sơn của thành phố.", []),
    # a body elided after another is no body before "các" (the police of every district); guard: an
    # elided list
    ("Công an TP.HCM phối hợp cùng Bộ Công an, Công an các quận, huyện khám phá đường dây.",
     [("ORG", "Công an TP.HCM"), ("ORG", "Bộ Công an")]),
    ("Lãnh đạo Bộ Tài chính, Tư pháp và Công an dự họp.",
     [("ORG", "Bộ Tài chính"), ("ORG", "Tư pháp"), ("ORG", "Công an")]),
    # "tổ chức cơ sở Đảng" is a kind of party organisation
    ("Ban Thường vụ tặng Huy hiệu cho đảng viên thuộc 19 tổ chức cơ sở Đảng của Đảng bộ huyện.",
     [("ORG", "Ban Thường vụ"), ("QUANTITY", "19 tổ chức"), ("ORG", "Đảng bộ huyện")]),
    # a verb of proposing or arranging ends a committee's description
    ("Tháng 9/2006, IPC đề nghị Ban quản lý khu Nam bố trí nền đất tái định cư.",
     [("DATE", "Tháng 9/2006"), ("ORG", "Ban quản lý khu Nam")]),
    # the 2004 law on legal documents of councils and committees, joined by "và"
    (("Thực hiện theo Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban "
      "nhân dân năm 2004."),
     [("LEGAL", ("Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân "
                 "dân năm 2004"))]),
    # a resolution's symbol with dotted parts
    (("Căn cứ Nghị quyết số 97/2007/NQ.HĐND.K7 ngày 13 tháng 12 năm 2007 của Hội đồng nhân dân "
      "tỉnh Đồng Tháp;"),
     [("LEGAL", "Nghị quyết số 97/2007/NQ.HĐND.K7"),
      ("DATE", "ngày 13 tháng 12 năm 2007"),
      ("ORG", "Hội đồng nhân dân tỉnh Đồng Tháp")]),
    # a central committee's plenum resolution, "TƯ" abbreviated
    ("Đồng chí báo cáo tổng kết việc thực hiện Nghị quyết TƯ 4 “Một số vấn đề cấp bách”.",
     [("LEGAL", "Nghị quyết TƯ 4")]),
    # counts of deputies
    ("Nhân sự gồm 01 Phó Trưởng ban Ban Tổ chức Trung ương, 01 Phó Thống đốc và 01 Phó Chánh án.",
     [("QUANTITY", "01 Phó Trưởng ban"),
      ("ORG", "Ban Tổ chức Trung ương"),
      ("QUANTITY", "01 Phó Thống đốc"),
      ("QUANTITY", "01 Phó Chánh án")]),
    # certificates of merit counted
    ("Ủy ban nhân dân tỉnh đã tặng 33 bằng khen và 10 giấy khen cho các vận động viên.",
     [("ORG", "Ủy ban nhân dân tỉnh"), ("QUANTITY", "33 bằng khen"), ("QUANTITY", "10 giấy khen")]),
    # "đồng phạm" (accomplices) is no currency
    ("Tòa đã tuyên án Tề Trí Dũng cùng sáu đồng phạm trong vụ án.",
     []),
    # a quarter spelt "Qúi"
    ("Qúi III/2018, toàn tỉnh có 27 cuộc thanh tra.",
     [("DATE", "Qúi III/2018"), ("QUANTITY", "27 cuộc")]),
])
def test_sentences_of_the_twentieth_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected

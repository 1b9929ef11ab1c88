"""Rules added in the eighteenth round (2026-12-07), from the blind batch GC to GG once it had
been scored sealed and joined the development data: each on the shape it was written for, the
parse's words and tags as the bundled model gives them, or the sentence alone; the other mentions
of each sentence with it."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

PARSED_CASES = [
    # "năm" after "mỗi" is the year, then the count of times
    (("Quốc_hội/NOUN họp/VERB thường_lệ/NOUN mỗi/NUM năm/NOUN hai/NUM kỳ/NOUN ./PUNCT"),
     [("ORG", "Quốc hội"),
      ("QUANTITY", "hai kỳ")]),
    # a unit of time ends where the tokenizer glued the next syllable to it
    (("Sau/ADP ba/NUM tuần_tranh/NOUN tài/NOUN sôi_nổi/ADJ ,/PUNCT Đại_hội/PROPN bế_mạc/ADJ "
      "./PUNCT"),
     [("QUANTITY", "ba tuần")]),
    # the clause's verb before where it goes is no head; guard: a verb with its object is
    (("Có/VERB 15/NUM cuộc/NOUN chuyển/VERB từ/ADP kỳ/NOUN trước/NOUN sang/VERB và/CCONJ "
      "3.021/NUM cuộc/NOUN tiếp_xúc/VERB cử_tri/NOUN ./PUNCT"),
     [("QUANTITY", "15 cuộc"),
      ("QUANTITY", "3.021 cuộc tiếp xúc")]),
    # a number glued to its counted acronym; "lần lượt" (in turn) is no counted noun
    (("Trong/ADP top/NOUN 5/NUM lần_lượt/PROPN là/AUX Đà_Nẵng/PROPN (/PUNCT 34_HCV/NOUN "
      ",/PUNCT 42_HCB/NOUN ,/PUNCT 50/NUM HCĐ/NOUN )/PUNCT ./PUNCT"),
     [("QUANTITY", "34 HCV"),
      ("QUANTITY", "42 HCB"),
      ("QUANTITY", "50 HCĐ")]),
    # a verb after a committee's body ends it
    (("Ông/NOUN Xiêm/PROPN thay_mặt/VERB Ban_chấp_hành/VERB Chi_hội/VERB thông_qua/VERB "
      "dự_thảo/NOUN Quy_chế/NOUN ./PUNCT"),
     [("ORG", "Ban chấp hành Chi hội")]),
    # a police department's field of crime, whatever the parse calls its words
    (("Phòng/NOUN CSĐT/NOUN tội_phạm/NOUN về/VERB trật_tự/VERB quản_lý/VERB kinh_tế/NOUN "
      "và/CCONJ chức_vụ/VERB -/PUNCT Công_an/NOUN tỉnh/NOUN Long_An/PROPN đang/ADV "
      "điều_tra/VERB ./PUNCT"),
     [("ORG", "Phòng CSĐT tội phạm về trật tự quản lý kinh tế và chức vụ"),
      ("ORG", "Công an tỉnh Long An")]),
    # Part 2:
    # a unit ends before a word the tokenizer glued to it that counts nothing ("hộ_so")
    (("Huyện/NOUN hỗ_trợ/VERB 62/NUM hộ/NOUN thuộc/VERB diện/NOUN nghèo/ADJ ,/PUNCT "
      "tăng/VERB 4,4_triệu/NUM hộ_so/NOUN với/ADP năm/NOUN trước/ADJ ./PUNCT"),
     [("QUANTITY", "62 hộ"),
      ("QUANTITY", "4,4 triệu hộ")]),
    # the steering committee glued to its head's title, its description lowercase
    (("Ông/NOUN A/PROPN ,/PUNCT Phó/SYM trưởng_ban/NOUN chỉ_đạo/VERB TĐT/NOUN dân_số/NOUN "
      "và/CCONJ nhà/NOUN ở/ADP Trung_ương/NOUN cho/VERB biết/VERB ./PUNCT"),
     [("ORG", "ban chỉ đạo TĐT dân số và nhà ở Trung ương")]),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_eighteenth_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # the state's name with its later words capitalised is inside the assembly's name
    (("Nghị quyết này được Quốc hội nước Cộng hòa Xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ "
      "7 thông qua ngày 20 tháng 5 năm 2024."),
     [("ORG", "Quốc hội nước Cộng hòa Xã hội chủ nghĩa Việt Nam khóa XV"),
      ("DATE", "ngày 20 tháng 5 năm 2024")]),
    # a regional court or procuracy by its number and province, as named since 2025
    ("VKSND khu vực 12 - Thanh Hóa vừa phối hợp với TAND cùng cấp.",
     [("ORG", "VKSND khu vực 12 - Thanh Hóa")]),
    # guard: what follows the dash is no province
    ("Trạm Khuyến nông khu vực 2 - huyện Bảo Thắng.", [("ORG", "Trạm Khuyến nông khu vực 2")]),
    # a national body after a ministry is no field of an elided list; guard: fields are
    ("yêu cầu Bộ Tài chính, Bảo hiểm xã hội Việt Nam khẩn trương thực hiện.",
     [("ORG", "Bộ Tài chính"), ("ORG", "Bảo hiểm xã hội Việt Nam")]),
    ("các Bộ Công an, Xây dựng và Tài chính",
     [("ORG", "Bộ Công an"), ("ORG", "Xây dựng"), ("ORG", "Tài chính")]),
    # "đồng thời" after a comma begins the next clause, not more of a description
    (("báo cáo Chính phủ, Hội đồng quản lý bảo hiểm xã hội kết quả thực hiện, đồng thời gửi Bộ "
      "Y tế."),
     [("ORG", "Chính phủ"), ("ORG", "Bộ Y tế")]),
    # "làm việc" ends a committee's description
    ("Các thành viên Ban Chỉ đạo làm việc theo Quy chế hoạt động.", []),
    # guard: "việc làm" (employment) does not
    ("BCĐ quản lý vị trí việc làm của tỉnh họp.", [("ORG", "BCĐ quản lý vị trí việc làm")]),
    # a field of medicine; a vocational college by its number
    ("Bệnh viện Y học cổ truyền, đơn vị dẫn đầu phong trào thi đua",
     [("ORG", "Bệnh viện Y học cổ truyền")]),
    ("Trường Cao đẳng nghề số 8 phải cử cán bộ về tận xã.",
     [("ORG", "Trường Cao đẳng nghề số 8")]),
    # the treasury and the border guard by their locality; guard: alone, the kind
    ("đại diện Kho bạc H.Hưng Nguyên, Biên phòng Quảng Trị và Hải quan Quảng Trị",
     [("ORG", "Kho bạc H.Hưng Nguyên"), ("ORG", "Biên phòng Quảng Trị"),
      ("ORG", "Hải quan Quảng Trị")]),
    ("lực lượng Biên phòng đã bắt giữ 2 đối tượng", [("QUANTITY", "2 đối tượng")]),
    # medals by their metal, capitalised
    ("giành 175 Huy chương Vàng (HCV), 143 Huy chương Bạc (HCB) và 157 Huy chương Đồng (HCĐ).",
     [("QUANTITY", "175 Huy chương Vàng"), ("QUANTITY", "143 Huy chương Bạc"),
      ("QUANTITY", "157 Huy chương Đồng")]),
    # workers and relatives counted whole
    ("có 5.430 lượt người lao động và khoảng 2.000 người nhà tham gia",
     [("QUANTITY", "5.430 lượt người lao động"), ("QUANTITY", "khoảng 2.000 người nhà")]),
    # percentage points written with the sign
    ("đóng góp 4,04 điểm %, chiếm tỷ trọng 30,6%",
     [("QUANTITY", "4,04 điểm %"), ("PERCENT", "30,6%")]),
    # a party resolution by its congress or plenum, its type abbreviated
    ("Thực hiện các chương trình theo NQ Đại hội Đảng bộ huyện đề ra.",
     [("LEGAL", "NQ Đại hội Đảng bộ huyện")]),
    ("Triển khai quán triệt, thực hiện NQ Hội nghị Trung ương 4 (khóa XI).",
     [("LEGAL", "NQ Hội nghị Trung ương 4")]),
    # a district named like a station is a place
    ("Trạm Tấu: 51 hộ làm đơn xin đăng ký thoát nghèo", [("QUANTITY", "51 hộ")]),
    # Part 2: the steering committee after its head's title; guard: lowercase alone, the kind
    ("1. Trưởng ban Chỉ đạo Trung ương: Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà.",
     [("ORG", "ban Chỉ đạo Trung ương"), ("ORG", "Chính phủ")]),
    ("Tỉnh đã thành lập ban chỉ đạo để triển khai.", []),
    # "năm" after "mỗi", "hằng" is the year, not five
    ("mỗi năm nhà ông Thiếu thu nhập cả tỷ đồng", [("MONEY", "tỷ đồng")]),
    ("Hằng năm tỉnh tổ chức năm lớp tập huấn.", [("QUANTITY", "năm lớp")]),
])
def test_sentences_of_the_eighteenth_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected

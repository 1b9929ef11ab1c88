"""Rules added in the nineteenth round (2026-12-07), from the blind batch GH to GL once it had
been scored sealed and joined the development data: each on the shape it was written for, the
parse's words and tags as the bundled model gives them, or the sentence alone; the other mentions
of each sentence with it."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

PARSED_CASES = [
    # a shape after a bundle is no counted noun (the tokenizer glues "hình_chữ_nhật")
    (("Đối_tượng/NOUN khai/VERB nhận/VERB toàn_bộ/DET 54/NUM bánh/NOUN hình_chữ_nhật/NOUN "
      "này/PRON là/AUX ma_túy/NOUN ./PUNCT"),
     [("QUANTITY", "54 bánh")]),
    # a numbered department glued to its chief's title, before its procuracy
    (("Ông/NOUN được/AUX bổ_nhiệm/VERB Trưởng_phòng/NOUN 2/NUM ,/PUNCT VKSND/NOUN tỉnh/NOUN "
      "Điện_Biên/PROPN cho/VERB đến/ADP nay/PRON ./PUNCT"),
     [("ORG", "phòng 2"),
      ("ORG", "VKSND tỉnh Điện Biên")]),
    # "năm" after "mọi" is the year, not five
    (("Mọi/DET năm/NOUN học_sinh/NOUN sẽ/ADV tập_trung/VERB vào/ADP trường/NOUN để/ADP "
      "nghe/VERB quy_chế/NOUN thi/ADJ ./PUNCT"),
     []),
    # the verb after a container says what it holds, whatever the parse calls it
    (("Tang_vật/NOUN gồm/VERB 11/NUM túi/NOUN chứa/VERB ma_túy/NOUN dạng/NOUN cục/NOUN "
      "và/CCONJ 1/NUM túi/NOUN chứa/NOUN hạt/VERB nghi/VERB ma_túy/NOUN tổng_hợp/ADJ "
      "./PUNCT"),
     [("QUANTITY", "11 túi"),
      ("QUANTITY", "1 túi")]),
    # Part 2: a number word that begins a noun of the parse's is no number ("ba_lô", a backpack)
    (("Lực_lượng/NOUN cảnh_sát/NOUN thu_giữ/VERB 30/NUM bánh/NOUN heroin/NOUN được/AUX "
      "giấu/VERB kín/NOUN trong/ADP ba_lô/NOUN ./PUNCT"),
     [("QUANTITY", "30 bánh heroin")]),
    # "dự kiến" (expected) is counted by no year
    (("Chiến_dịch/VERB thanh_niên/NOUN tình_nguyện/NOUN hè/VERB 2020/NUM dự_kiến/NOUN "
      "triển_khai/VERB tại/ADP 75/NUM xã/NOUN ./PUNCT"),
     [("QUANTITY", "75 xã")]),
    # "năm" after "cuối" is the year's end, not five
    (("Ông/NOUN Lộc/PROPN hạch_toán/VERB cuối/NOUN năm/NUM chứng_từ/VERB chi/VERB "
      "công_tác/NOUN tập_huấn/VERB ./PUNCT"),
     []),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_nineteenth_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # millions or billions of nothing counted, after a word of money, are money
    ("Các địa phương được hỗ trợ là Lạng Sơn (30 tỷ), Hà Giang (20 tỷ), Lai Châu (5 tỷ).",
     [("MONEY", "30 tỷ"), ("MONEY", "20 tỷ"), ("MONEY", "5 tỷ")]),
    ("Thu nhập của hộ sản xuất giỏi cấp xã đạt 35,28 triệu/năm.", [("MONEY", "35,28 triệu")]),
    # guard: without a word of money, a population
    ("Dân số Trung Quốc là 1,4 tỷ.", []),
    # a company's kind before "Tập đoàn" and its name: one name, with its board
    ("Ông A (Chủ tịch HĐQT Công ty cổ phần Tập đoàn Tân Hoàng Minh) và bị hại",
     [("ORG", "HĐQT Công ty cổ phần Tập đoàn Tân Hoàng Minh")]),
    # guard: two bodies joined by "và"
    ("Công ty FPT và Tập đoàn Viettel đã ký kết", [("ORG", "Công ty FPT"),
                                                  ("ORG", "Tập đoàn Viettel")]),
    # a sentence's first preposition is no word of a foreign name
    ("Theo World Bank, xuất khẩu giảm 17,1%.", [("ORG", "World Bank"), ("PERCENT", "17,1%")]),
    # a council after its committees, counted as kinds
    ("thảo luận kết quả của Thường trực HĐND tỉnh, các ban HĐND tỉnh và nhiệm vụ năm 2025",
     [("ORG", "Thường trực HĐND tỉnh"), ("ORG", "HĐND tỉnh"), ("DATE", "năm 2025")]),
    # "toàn" before a level is the whole locality, not the name's
    ("Tổng Quỹ HTND toàn tỉnh trên 32 tỷ đồng", [("ORG", "Quỹ HTND"),
                                                  ("MONEY", "trên 32 tỷ đồng")]),
    # a heading's "XÃ HỘI" read capitalised is society, no association
    (("PHÁT TRIỂN KINH TẾ - XÃ HỘI VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI TỈNH QUẢNG NGÃI "
      "GIAI ĐOẠN 2021 - 2030"),
     [("DATE", "2021 - 2030")]),
    # a prison in lowercase with its name; a provincial CDC by its locality; guard: the
    # abbreviation after a full name stays one
    ("ông T đang chấp hành án tại trại giam Đắk Plao (Bộ Công an).",
     [("ORG", "trại giam Đắk Plao"), ("ORG", "Bộ Công an")]),
    ("CDC TP Cần Thơ dự báo các bệnh này có nguy cơ tiếp tục tăng.",
     [("ORG", "CDC TP Cần Thơ")]),
    ("Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai (CDC) cho biết",
     [("ORG", "Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai"), ("ORG", "CDC")]),
    # a hall named after a day is no date
    ("Kỳ họp diễn ra từ ngày 7 đến ngày 9/12 tại Hội trường 2/9, TP. Pleiku.",
     [("DATE", "ngày 7 đến ngày 9/12"), ("ORG", "Hội trường 2/9")]),
    # a procuracy's numbered department, capitalised, before its parent; guards: a room
    ("Kiểm sát viên Phòng 7 - Viện kiểm sát nhân dân tỉnh Quảng Trị",
     [("ORG", "Phòng 7"), ("ORG", "Viện kiểm sát nhân dân tỉnh Quảng Trị")]),
    ("tại phòng 201, nhà nghỉ Tây Bắc Xanh", []),
    ("Trường có 2 phòng học và phòng 3 bị dột.", [("QUANTITY", "2 phòng học")]),
    # a range of days with dashes ends at its second day; guard: a full date
    ("Kỳ thi diễn ra từ ngày 3-6 đến 6-6.", [("DATE", "ngày 3-6"), ("DATE", "6-6")]),
    ("Từ 1-7-2024: Bãi bỏ mức lương cơ sở", [("DATE", "1-7-2024")]),
    # a month of next year
    ("mùa khô từ tháng 12 đến tháng 4 năm sau.", [("DATE", "tháng 12"),
                                                   ("DATE", "tháng 4 năm sau")]),
    # "hàng năm" before a number is each year, no prefix
    ("Lượng mưa trung bình hàng năm 2.000 - 2.300 mm.",
     [("QUANTITY", "2.000"), ("QUANTITY", "2.300 mm")]),
    # a group of people counted
    ("công an bắt quả tang nhóm 17 người tụ tập đánh bạc", [("QUANTITY", "17 người")]),
    # Part 2: a document's year after its symbol and place, as legal portals title them; a
    # version ends a name; guard: a dated decision
    ("Quyết định 4207/QĐ-UBND Nghệ An 2023 TTHC lĩnh vực nuôi con nuôi",
     [("LEGAL", "Quyết định 4207/QĐ-UBND"), ("DATE", "2023")]),
    ("Quyết định 6085/QĐ-BYT 2019 kiến trúc Chính phủ điện tử Bộ Y tế phiên bản 2.0",
     [("LEGAL", "Quyết định 6085/QĐ-BYT"), ("DATE", "2019"), ("ORG", "Bộ Y tế")]),
    ("theo Quyết định số 125/QĐ-UBND ngày 5/3/2023 của UBND tỉnh",
     [("LEGAL", "Quyết định số 125/QĐ-UBND"), ("DATE", "ngày 5/3/2023"), ("ORG", "UBND tỉnh")]),
    # Part 3: half a million or a billion is a number; guard: "nửa" before anything else is
    # read as before
    ("Bà Rịa-Vũng Tàu đón hơn nửa triệu lượt khách trong 4 ngày lễ",
     [("QUANTITY", "hơn nửa triệu lượt khách"), ("QUANTITY", "4 ngày")]),
    ("đã chiếm đoạt gần nửa tỉ đồng của người dân", [("MONEY", "gần nửa tỉ đồng")]),
    ("trong nửa tháng qua, một nửa số hộ đã thoát nghèo", []),
])
def test_sentences_of_the_nineteenth_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected

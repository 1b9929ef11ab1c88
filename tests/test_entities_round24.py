"""Rules added in the twenty-fourth round (2026-12-07), from the blind batch HG to HK once it had
been scored sealed and joined the development data: each on the parse's words and tags as the
bundled model gives them, or on the sentence alone where the words cannot show it (an
abbreviation in brackets, which the words write with spaces inside)."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

PARSED_CASES = [
    # a place whose last word is a body's head ('Hải Phòng') ends a committee's description: no
    # new body
    (("Năm/NOUN 2024/NUM ,/PUNCT Ban_Quản_lý/PROPN Khu/PROPN kinh_tế/NOUN Hải_Phòng/PROPN "
      "cấp/VERB giấy/NOUN chứng_nhận/VERB đầu_tư/VERB cho/ADP 9/NUM dự_án/NOUN mới/ADV ./PUNCT"),
     [("DATE", "Năm 2024"),
      ("ORG", "Ban Quản lý Khu kinh tế Hải Phòng"),
      ("QUANTITY", "9 dự án")]),
    # a party committee of an industrial zone, with its province after a dash
    (("Đảng/PROPN ủy/VERB Khu/NOUN công_nghiệp/NOUN Đình_Vũ/PROPN –/PUNCT Hải_Phòng/PROPN "
      "đã/ADV kết_nạp/VERB 5/NUM đảng_viên/NOUN mới/ADV ./PUNCT"),
     [("ORG", "Đảng ủy Khu công nghiệp Đình Vũ – Hải Phòng"),
      ("QUANTITY", "5 đảng viên")]),
    # the same of an economic zone, with its city
    (("Đồng_chí/NOUN Nguyễn_Văn_Bình/PROPN ,/PUNCT Bí_thư/NOUN Đảng/PROPN ủy/VERB Khu/NOUN "
      "kinh_tế/NOUN Hải_Phòng/PROPN ,/PUNCT dự/VERB hội_nghị/NOUN ./PUNCT"),
     [("ORG", "Đảng ủy Khu kinh tế Hải Phòng")]),
    # a court's region by its number before its province, as named since 2025 (no count of
    # provinces)
    (("Ngày/NOUN 20/8/NUM ,/PUNCT Tòa_án/PROPN nhân_dân/NOUN khu_vực/NOUN 3/NUM tỉnh/NOUN "
      "Gia_Lai/PROPN mở_phiên/VERB xét_xử/VERB sơ_thẩm/NOUN ./PUNCT"),
     [("DATE", "Ngày 20/8"),
      ("ORG", "Tòa án nhân dân khu vực 3 tỉnh Gia Lai")]),
    # guard: a region of provinces counts them
    (("Hội_nghị/NOUN có/VERB đại_biểu/NOUN khu_vực/NOUN 3/NUM tỉnh/NOUN Tây_Nguyên/PROPN "
      "tham_dự/VERB ./PUNCT"),
     [("QUANTITY", "3 tỉnh")]),
    # a higher procuracy written 'VKS'
    (("Dự/VERB hội_nghị/NOUN có/VERB lãnh_đạo/NOUN VKS/NOUN cấp/VERB cao/ADJ tại/ADP "
      "Hà_Nội/PROPN và/CCONJ VKSND/NOUN tỉnh/NOUN Vĩnh_Phúc/PROPN ./PUNCT"),
     [("ORG", "VKS cấp cao tại Hà Nội"),
      ("ORG", "VKSND tỉnh Vĩnh Phúc")]),
    # a day of this year: 'năm nay' goes with it (not a share of years)
    (("Dự_báo/NOUN trong/ADP dịp/NOUN Quốc_khánh/NOUN 2/9/NUM năm/NOUN nay/PRON ,/PUNCT "
      "lượng/NOUN khách/NOUN du_lịch/NOUN tăng/VERB 15%./NUM"),
     [("DATE", "2/9 năm nay"),
      ("PERCENT", "15%")]),
    # a range of two bare days and months is one DATE, with this year
    (("Trong/ADP kỳ/NOUN nghỉ/NOUN lễ/NOUN 30/4/NUM -/SYM 1/5/NUM năm/NUM nay/PRON ,/PUNCT "
      "tỉnh/NOUN đón/VERB 142.800/NUM lượt/NOUN du_khách/NOUN ./PUNCT"),
     [("DATE", "30/4 - 1/5 năm nay"),
      ("QUANTITY", "142.800 lượt du khách")]),
    # the same in brackets
    (("Tháng/NOUN cao_điểm/VERB Vì/ADP người/NOUN nghèo/ADJ (/PUNCT 17/10/NUM -/SYM 18/11/NUM "
      ")/PUNCT được/AUX phát_động/VERB tại/ADP tỉnh/NOUN ./PUNCT"),
     [("DATE", "17/10 - 18/11")]),
    # a quarter of last year
    (("Quý/NOUN 1/NUM năm_ngoái/NOUN ,/PUNCT khu_vực/NOUN dịch_vụ/NOUN tăng_trưởng/NOUN "
      "5,9%/NUM ./PUNCT"),
     [("DATE", "Quý 1 năm ngoái"),
      ("PERCENT", "5,9%")]),
    # guard: a range of fractions is no date
    (("Tỷ_lệ/NOUN hỗ_trợ/NOUN chỉ/ADV đạt/VERB khoảng/ADJ 1/3/NUM -/SYM 1/2/NUM ./PUNCT"),
     []),
    # a clause's verb after a counted noun ('liên quan') is no part of it
    (("Năm/NOUN nay/PRON xảy/VERB ra/ADV 80/NUM vụ/NOUN tai_nạn/NOUN giao_thông/NOUN ,/PUNCT "
      "trong/ADP đó/PRON có/VERB 22/NUM vụ/NOUN liên_quan/VERB đến/ADP xe_khách/NOUN ./PUNCT"),
     [("QUANTITY", "80 vụ tai nạn"),
      ("QUANTITY", "22 vụ")]),
    # the same before a value ('trị giá'), which the tokenizer splits in longer sentences
    (("Hội/NOUN đã/ADV trao/VERB 80/NUM suất/NOUN trị/NOUN giá/NOUN 500.000đ/suất/NUM cho/ADP "
      "hộ/NOUN nghèo/ADJ ./PUNCT"),
     [("QUANTITY", "80 suất"),
      ("MONEY", "500.000đ")]),
    # the same where the tokenizer glues the verb to the noun ('hộ thoát', 'ngành hàng thuộc')
    (("Toàn/PROPN tỉnh/NOUN có/VERB trên/ADP 14/NUM nghìn/NOUN hộ_thoát/ADJ khỏi/VERB diện/NOUN "
      "cận/VERB nghèo/ADJ ./PUNCT"),
     [("QUANTITY", "trên 14 nghìn hộ")]),
    # the same
    (("6/NUM ngành_hàng_thuộc/NOUN chương_trình/NOUN OCOP/NOUN được/AUX phân_thành/VERB 26/NUM "
      "bộ/NOUN sản_phẩm/VERB ./PUNCT"),
     [("QUANTITY", "6 ngành hàng"),
      ("QUANTITY", "26 bộ sản phẩm")]),
    # pills of a drug are counted with it
    (("Công_an/NOUN thu_giữ/VERB 954/NUM viên/NOUN thuốc/NOUN lắc/VERB và/CCONJ khoảng/ADJ "
      "7.000/NUM viên/NOUN hồng/NOUN phiến/VERB ./PUNCT"),
     [("QUANTITY", "954 viên thuốc lắc"),
      ("QUANTITY", "khoảng 7.000 viên hồng phiến")]),
    # a province's party committee by its name alone, then another province: its committee too
    (("Tỉnh_ủy/NOUN Đồng_Tháp/PROPN và/CCONJ Bến_Tre/PROPN tổ_chức/VERB quán_triệt/NOUN "
      "Nghị_quyết/NOUN Trung_ương/NOUN 7/NUM ./PUNCT"),
     [("ORG", "Tỉnh ủy Đồng Tháp"),
      ("ORG", "Bến Tre"),
      ("LEGAL", "Nghị quyết Trung ương 7")]),
    # guard: a body after the province is its own
    (("Tỉnh_ủy/NOUN Đồng_Tháp/PROPN và/CCONJ UBND/NOUN tỉnh/NOUN tổ_chức/VERB hội_nghị/NOUN "
      "./PUNCT"),
     [("ORG", "Tỉnh ủy Đồng Tháp"),
      ("ORG", "UBND tỉnh")]),
    # a hospital's second site
    (("Bệnh_viện/NOUN Trung_ương/NOUN Huế/PROPN cơ_sở/NOUN 2/NUM tiếp_nhận/NOUN 21/NUM ca/NOUN "
      "ngộ_độc/NOUN thực_phẩm/VERB ./PUNCT"),
     [("ORG", "Bệnh viện Trung ương Huế cơ sở 2"),
      ("QUANTITY", "21 ca ngộ độc")]),
    # 'Thường trực' after a deputy head's title is part of the title
    (("Đại_tá/NOUN Phan_Văn_Nghĩa/PROPN ,/PUNCT Phó_Trưởng_ban/PROPN Thường_trực_Ban/PROPN "
      "Chỉ/ADV đạo_diễn/VERB tập/NOUN tỉnh/NOUN ,/PUNCT chủ_trì/VERB hội_nghị/NOUN ./PUNCT"),
     [("ORG", "Ban Chỉ đạo diễn tập tỉnh")]),
    # a chapter of the party's charter
    (("Đoàn/PROPN khảo_sát/VERB kết_quả/NOUN thi_hành/VERB Chương_VII/PROPN ,/PUNCT "
      "Chương_VIII/PROPN Điều_lệ/VERB Đảng/PROPN tại/ADP tỉnh/NOUN ./PUNCT"),
     [("LEGAL", "Điều lệ Đảng")]),
    # the subcommittee named after the charter is a body; the congress's term is not the charter's
    (("Tiểu_ban/NOUN Điều_lệ/NOUN Đảng/PROPN làm_việc/VERB với/ADP Tỉnh_ủy/PROPN Kon_Tum/PROPN "
      "về/ADP thi_hành/VERB Điều_lệ/NOUN Đảng/PROPN khóa/NOUN XI/NOUN ./PUNCT"),
     [("ORG", "Tiểu ban Điều lệ Đảng"),
      ("ORG", "Tỉnh ủy Kon Tum"),
      ("LEGAL", "Điều lệ Đảng")]),
    # a law cited by its lowercase title with a comma
    (("Quốc_hội/NOUN biểu_quyết/VERB thông_qua/VERB Luật/NOUN tài_nguyên/NOUN ,/PUNCT "
      "môi_trường/NOUN biển/NOUN và/CCONJ hải_đảo/VERB ./PUNCT"),
     [("ORG", "Quốc hội"),
      ("LEGAL", "Luật tài nguyên, môi trường biển và hải đảo")]),
    # a joint circular by its number and year
    (("Thông_tư/NOUN liên_tịch/VERB 01/2017/NUM quy_định/NOUN các/DET trường_hợp/NOUN cần/AUX "
      "trưng_cầu/VERB giám_định/VERB ./PUNCT"),
     [("LEGAL", "Thông tư liên tịch 01/2017")]),
    # well-known broadcasters by their acronyms
    (("Các/DET đài/NOUN truyền_hình/NOUN VTV/NOUN ,/PUNCT HTV/NOUN ,/PUNCT THVL/NOUN đã/ADV "
      "chuẩn_bị/VERB chương_trình/NOUN chào/VERB năm/NOUN mới/ADV ./PUNCT"),
     [("ORG", "VTV"),
      ("ORG", "HTV"),
      ("ORG", "THVL")]),
    # the same: the union of friendship organisations and a news site
    (("VUFO/NOUN và/CCONJ Zing/VERB ủng_hộ/VERB 1/NUM tỷ_đồng/NOUN để/ADP xây/VERB nhà/NOUN "
      "đại_đoàn_kết/VERB ./PUNCT"),
     [("ORG", "VUFO"),
      ("ORG", "Zing"),
      ("MONEY", "1 tỷ đồng")]),
    # Part 2: the social policy bank in lowercase is the national bank, with its branch's
    # province
    (("Theo/ADP báo_cáo/NOUN của/ADP ngân_hàng/NOUN chính_sách/NOUN xã_hội/NOUN tỉnh/NOUN "
      "Khánh_Hòa/PROPN ,/PUNCT dư_nợ/NOUN đạt/NOUN 4.500/NUM tỷ_đồng/NOUN ./PUNCT"),
     [("ORG", "ngân hàng chính sách xã hội tỉnh Khánh Hòa"),
      ("MONEY", "4.500 tỷ đồng")]),
    # guard: a policy bank without 'xã hội' names no body
    (("Tại/ADP 122/NUM xã/NOUN đã/ADV có/VERB điểm/NOUN giao_dịch/NOUN của/ADP ngân_hàng/NOUN "
      "chính_sách/NOUN ,/PUNCT giúp/VERB 600/NUM hộ/NOUN vay/VERB vốn/NOUN ./PUNCT"),
     [("QUANTITY", "122 xã"),
      ("QUANTITY", "600 hộ")]),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_twenty_fourth_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # Part 3: a name's rest after its abbreviation in brackets: 'tối cao', a region's number
    ("Viện kiểm sát Nhân dân (VKSND) tối cao ban hành hướng dẫn nghiệp vụ.",
     [("ORG", "Viện kiểm sát Nhân dân (VKSND) tối cao")]),
    # the same: a procuracy's region, whose number counts nothing ('5 tổ chức')
    ("Viện kiểm sát nhân dân (VKSND) khu vực 5 tổ chức hội nghị tổng kết.",
     [("ORG", "Viện kiểm sát nhân dân (VKSND) khu vực 5")]),
    # guard: a body after the abbreviation is its own
    ("Bảo hiểm xã hội (BHXH) tỉnh phối hợp với Sở Y tế kiểm tra.",
     [("ORG", "Bảo hiểm xã hội (BHXH) tỉnh"), ("ORG", "Sở Y tế")]),
])
def test_sentences_of_the_twenty_fourth_round(text: str,
                                              expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected

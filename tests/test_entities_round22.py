"""Rules added in the twenty-second round (2026-12-07), from the blind batch GW to HA once it had
been scored sealed and joined the development data: each on the parse's words and tags as the
bundled model gives them, or on the sentence alone."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

PARSED_CASES = [
    # a bare year after an exam: the year is a DATE, the exam's words outside
    (("Theo/ADP đó/PRON ,/PUNCT tại/ADP kỳ/NOUN thi/NOUN tốt_nghiệp/NOUN THPT/NOUN 2024/NUM "
      ",/PUNCT tỉnh/NOUN Thanh_Hóa/PROPN có/VERB 914/NUM điểm/NOUN 10/NUM ./PUNCT"),
     [("DATE", "2024"),
      ("QUANTITY", "914 điểm")]),
    # the same after "Kỳ thi THPT"
    (("Kỳ/NOUN thi/NOUN THPT/NOUN 2024/NUM Thanh_Hóa/PROPN có/VERB hơn/ADV 800/NUM "
      "điểm/NOUN 10/NUM ,/PUNCT xếp/NOUN thứ/NOUN 2/NUM cả/PRON nước/NOUN ./PUNCT"),
     [("DATE", "2024"),
      ("QUANTITY", "hơn 800 điểm")]),
    # a person counted in a household register ("nhân khẩu"), whole
    (("Hai/NUM xã/NOUN có/VERB 1.058/NUM hộ/NOUN gia_đình/NOUN ,/PUNCT 5.459/NUM "
      "nhân_khẩu/NOUN ,/PUNCT chiếm/NOUN 98,8/NUM %/NOUN dân_số/NOUN ./PUNCT"),
     [("QUANTITY", "Hai xã"),
      ("QUANTITY", "1.058 hộ gia đình"),
      ("QUANTITY", "5.459 nhân khẩu"),
      ("PERCENT", "98,8 %")]),
    # a speed in metres per second and a radiation in kcal per square centimetre
    (("Tốc_độ/NOUN gió/VERB trung_bình/NOUN 7,5/NUM m/s/NOUN ,/PUNCT tổng_lượng/NOUN "
      "bức_xạ/NOUN đạt/NOUN khoảng/ADJ 238_Kcal/cm2/PROPN ./PUNCT"),
     [("QUANTITY", "7,5 m/s"),
      ("QUANTITY", "khoảng 238 Kcal/cm2")]),
    # an unscheduled inspection counted by its classifier alone
    (("Trong/ADP số/NOUN này/PRON có/VERB 121/NUM cuộc/NOUN theo/ADP kế_hoạch/NOUN và/CCONJ "
      "10/NUM cuộc/NOUN đột_xuất/ADJ ./PUNCT"),
     [("QUANTITY", "121 cuộc"),
      ("QUANTITY", "10 cuộc")]),
    # "hôm nay" ends a name
    (("Tạp_chí/NOUN Dân_tộc/VERB và/CCONJ Phát_triển/VERB hôm_nay/NOUN có/VERB "
      "Phóng_sự/NOUN về/ADP 10/NUM dự_án/NOUN ./PUNCT"),
     [("ORG", "Tạp chí Dân tộc và Phát triển"),
      ("QUANTITY", "10 dự án")]),
    # a person's name after "tỉnh" that begins with a one-letter syllable is no province
    (("Dự/NOUN hội_nghị/NOUN có/VERB Phó_Chủ_tịch/NOUN UBND/NOUN tỉnh/NOUN Y/SYM Ngọc/PROPN "
      "./PUNCT"),
     [("ORG", "UBND tỉnh")]),
    # the same after a provincial party committee
    (("Bí_thư/NOUN Tỉnh_uỷ/PROPN A/NOUN Pớt/NOUN phát_biểu/VERB tại/ADP hội_nghị/NOUN "
      "./PUNCT"),
     [("ORG", "Tỉnh uỷ")]),
    # guard: a district whose name begins with a one-letter syllable is a known place
    (("Huyện/NOUN ủy/VERB A/NOUN Lưới/VERB tổ_chức/VERB hội_nghị/NOUN ./PUNCT"),
     [("ORG", "Huyện ủy A Lưới")]),
    # an international border gate is a place, not a body
    (("Công_an/NOUN tỉnh/NOUN bàn_giao/VERB 1/NUM đối_tượng/NOUN qua/ADP Cửa_khẩu/NOUN "
      "Quốc_tế/NOUN Hữu_Nghị/PROPN ./PUNCT"),
     [("ORG", "Công an tỉnh"),
      ("QUANTITY", "1 đối tượng")]),
    # guard: the border post at a gate is one
    (("Đồn/NOUN Biên_phòng/NOUN Cửa_khẩu/NOUN Quốc_tế/NOUN Bờ_Y/PROPN tổ_chức/VERB "
      "giao_lưu/VERB ./PUNCT"),
     [("ORG", "Đồn Biên phòng Cửa khẩu Quốc tế Bờ Y")]),
    # a contest in lowercase "hội thi" is an event, not an association
    (("Tại/ADP hội/NOUN thi/NOUN Thể_thao/VERB các/DET dân_tộc/NOUN thiểu_số/VERB "
      "toàn_quốc/VERB lần/NOUN thứ/NOUN XI/PROPN ,/PUNCT Bình_Phước/PROPN là/AUX một/NUM "
      "trong/ADP 5/NUM đoàn/NOUN xuất_sắc/VERB ./PUNCT"),
     [("QUANTITY", "5 đoàn")]),
    # the inspector general's title before the government
    (("Tổng/NOUN Thanh_tra/PROPN Chính_phủ/NOUN cùng/SCONJ tham_gia/VERB trả_lời/VERB "
      "chất_vấn/VERB ./PUNCT"),
     [("ORG", "Chính phủ")]),
    # guard: the government's inspectorate itself
    (("Thanh_tra/NOUN Chính_phủ/NOUN vừa/ADV công_bố/VERB kết_luận/VERB thanh_tra/NOUN "
      "./PUNCT"),
     [("ORG", "Thanh tra Chính phủ")]),
    # an event's committee by its name when the event's first word is a head ("Hội khỏe")
    (("Ban/NOUN tổ_chức/VERB Hội/PROPN khỏe/ADJ Phù_Đổng/PROPN toàn_quốc/VERB lần/NOUN "
      "thứ/NOUN X/PROPN đã/ADV trao/VERB 10/NUM Huy_chương/NOUN Vàng/PROPN ./PUNCT"),
     [("ORG", "Ban tổ chức Hội khỏe Phù Đổng toàn quốc lần thứ X"),
      ("QUANTITY", "10 Huy chương Vàng")]),
    # the same for "Hội thao"
    (("Ban/NOUN tổ_chức/VERB Hội_thao/NOUN toàn_quốc/NOUN đã/ADV trao/VERB 10/NUM "
      "Huy_chương/NOUN Vàng/PROPN ./PUNCT"),
     [("ORG", "Ban tổ chức Hội thao toàn quốc"),
      ("QUANTITY", "10 Huy chương Vàng")]),
    # the committee for the advancement of women, with or without "của"
    (("Ủy_viên/SCONJ thường_trực/NOUN Ban/PROPN vì/ADP sự/NOUN tiến_bộ/VERB phụ_nữ/NOUN "
      "tỉnh/NOUN Trà_Vinh_dự/PROPN ./PUNCT"),
     [("ORG", "Ban vì sự tiến bộ phụ nữ tỉnh Trà Vinh")]),
    # a bloc's party committee in lowercase with "và doanh nghiệp"
    (("Thực_hiện/VERB kế_hoạch/NOUN của/ADP Đảng/PROPN ủy/VERB khối/VERB các/DET "
      "cơ_quan/NOUN và/CCONJ doanh_nghiệp/NOUN tỉnh/NOUN Quảng_Trị/PROPN ./PUNCT"),
     [("ORG", "Đảng ủy khối các cơ quan và doanh nghiệp tỉnh Quảng Trị")]),
    # a party committee of a grassroots body takes the body
    (("Ngày/NOUN 17/9/2014/NUM ,/PUNCT BCH/NOUN Đảng_bộ/PROPN cơ_sở/NOUN Viện_KSND/PROPN "
      "tỉnh/NOUN Trà_Vinh/PROPN đã/ADV tổ_chức/VERB hội_nghị/NOUN ./PUNCT"),
     [("DATE", "Ngày 17/9/2014"),
      ("ORG", "BCH Đảng bộ cơ sở Viện KSND tỉnh Trà Vinh")]),
    # guard: grassroots party committees as a kind
    (("Toàn/PROPN tỉnh/NOUN có/VERB 37/NUM Đảng_bộ/NOUN cơ_sở/NOUN và/CCONJ 120/NUM "
      "chi_bộ/NOUN ./PUNCT"),
     [("QUANTITY", "37 Đảng bộ"),
      ("QUANTITY", "120 chi bộ")]),
    # the police with a known place after a department's comma is a body, not an elided field
    (("Phòng/NOUN Cảnh_sát/NOUN điều_tra/VERB tội_phạm/NOUN về/ADP kinh_tế/NOUN và/CCONJ "
      "chức_vụ/NOUN ,/PUNCT Công_an/NOUN TPHCM/NOUN cho/VERB biết/VERB ./PUNCT"),
     [("ORG", "Phòng Cảnh sát điều tra tội phạm về kinh tế và chức vụ"),
      ("ORG", "Công an TPHCM")]),
    # a directive's symbol with dashes only
    (("Viện/PROPN kiểm_sát/VERB thực_hiện/VERB Chỉ_thị/VERB số/NOUN 03-CT-BCT/NOUN ,/PUNCT "
      "ngày/NOUN 14/5/2011/NUM của/ADP Bộ_Chính_trị/PROPN ./PUNCT"),
     [("LEGAL", "Chỉ thị số 03-CT-BCT"),
      ("DATE", "ngày 14/5/2011"),
      ("ORG", "Bộ Chính trị")]),
    # guard: an older decree's issuer alone after a dash
    (("Thực_hiện/VERB Nghị_định/NOUN 64-CP/NUM ngày/NOUN 27/9/1993/NUM của/ADP "
      "Chính_phủ/NOUN ./PUNCT"),
     [("LEGAL", "Nghị định 64-CP"),
      ("DATE", "ngày 27/9/1993"),
      ("ORG", "Chính phủ")]),
    # a plenum's resolution takes the central committee after its number
    (("Quận/NOUN ủy/NOUN thực_hiện/VERB nghị_quyết/NOUN Hội_nghị/NOUN lần/NOUN thứ/NOUN "
      "sáu/NUM Ban_Chấp_hành/PROPN Trung_ương/NOUN Đảng/PROPN (/PUNCT khóa/NOUN XIII/PROPN "
      ")/PUNCT ./PUNCT"),
     [("ORG", "Quận ủy"),
      ("LEGAL", "nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng")]),
    # the same in lowercase with its term
    (("Triển_khai/VERB nghị_quyết/NOUN hội_nghị/NOUN lần/NOUN thứ/NOUN 8/NUM BCH/NOUN "
      "trung_ương/NOUN đảng/NOUN khóa/NOUN 12/NUM đến/ADP cán_bộ/NOUN ./PUNCT"),
     [("LEGAL", "nghị quyết hội nghị lần thứ 8 BCH trung ương đảng khóa 12")]),
    # Part 3: a standing deputy head's title before the board he belongs to
    (("Phó/SYM trưởng/NOUN Ban/NOUN Thường_trực_Ban/PROPN Dân_vận/VERB Thành_ủy/NOUN "
      "TPHCM/NOUN Nguyễn_Thị_Bạch/PROPN Mai/PROPN đã/ADV đến/VERB dự/VERB ./PUNCT"),
     [("ORG", "Ban Dân vận Thành ủy TPHCM")]),
    # guard: the standing board of a front is a body
    (("Ban/NOUN Thường_trực/PROPN Ủy_ban/NOUN MTTQ/NOUN tỉnh/NOUN họp_phiên/VERB "
      "thường_kỳ/NOUN ./PUNCT"),
     [("ORG", "Ban Thường trực Ủy ban MTTQ tỉnh")]),
    # "từ đầu năm" after a board's description is its time
    (("Theo/ADP Ban_Quản_lý/PROPN các/DET khu/NOUN công_nghiệp/NOUN từ/ADP đầu/NOUN "
      "năm/NOUN đến/ADP nay/PRON ,/PUNCT các/DET khu/NOUN công_nghiệp/NOUN đã/ADV "
      "thu_hút/VERB hơn/ADV 293/NUM triệu/NUM USD/NOUN ./PUNCT"),
     [("ORG", "Ban Quản lý các khu công nghiệp"),
      ("MONEY", "hơn 293 triệu USD")]),
    # a lowercase team before a known domain, with its field and police
    (("Khoảng/PROPN 10h/NUM ngày/NOUN 19-12/NUM ,/PUNCT đội/NOUN CSĐT/NOUN tội_phạm/NOUN "
      "về/ADP ma_túy/NOUN Công_an/NOUN TP/NOUN Thanh_Hóa/PROPN đã/ADV phát_hiện/VERB "
      "đối_tượng/NOUN ./PUNCT"),
     [("DATE", "ngày 19-12"),
      ("ORG", "đội CSĐT tội phạm về ma túy Công an TP Thanh Hóa")]),
    # a field right after the name's verb ("điều tra về ma túy")
    (("Trước/ADP đó/PRON ,/PUNCT đội/NOUN Cảnh_sát/NOUN điều_tra/VERB về/ADP ma_túy/NOUN "
      "(/PUNCT Công_an/NOUN TP.Pleiku/NOUN )/PUNCT đã/ADV bắt_giữ/VERB đối_tượng/NOUN "
      "./PUNCT"),
     [("ORG", "đội Cảnh sát điều tra về ma túy"),
      ("ORG", "Công an TP.Pleiku")]),
    # guard: a team in sport is no body
    (("Trận/NOUN đấu_giữa/NOUN đội_Thể_Công/PROPN và/CCONJ đội/NOUN Hà_Nội/PROPN diễn/VERB "
      "ra/ADV sôi_nổi/ADJ ./PUNCT"),
     []),
    # a court's division before its court
    (("Thẩm_phán/NOUN Trần_Thị_Hà/PROPN ,/PUNCT Chánh_Tòa/PROPN Hình_sự/PROPN Tòa_án/PROPN "
      "nhân_dân/NOUN tỉnh/NOUN Bắc_Ninh/PROPN làm_Chủ/VERB tọa/VERB phiên_tòa/ADJ ./PUNCT"),
     [("ORG", "Tòa Hình sự Tòa án nhân dân tỉnh Bắc Ninh")]),
    # guard: a court's division alone is a kind
    (("Vụ_án/NOUN thuộc/VERB thẩm_quyền/NOUN giải_quyết/VERB của/ADP Tòa/PROPN hình_sự/VERB "
      "./PUNCT"),
     []),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_twenty_second_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # a container lorry, which the tokenizer splits inside "container" ("xe_con tainer")
    ("Hàng nghìn xe container đang phải nằm tại các bãi đỗ trên địa bàn tỉnh Lạng Sơn.",
     [("QUANTITY", "Hàng nghìn xe container")]),
    # a ward's abbreviation glued to its name (the parse keeps it in one sentence: see
    # test_parse_convert)
    ("Công an tỉnh phối hợp với Công an P.Đông Thọ bắt quả tang 10 đối tượng.",
     [("ORG", "Công an tỉnh"), ("ORG", "Công an P.Đông Thọ"), ("QUANTITY", "10 đối tượng")]),
    # a plenum's committee written with "Ð" (U+00D0) for "Đ", as its source writes it
    ("Quận ủy thực hiện nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Ðảng.",
     [("ORG", "Quận ủy"),
      ("LEGAL", "nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Ðảng")]),
    # Part 2: a company's short trade name in brackets after its name
    ("UBND TPHCM chuyển giao dự án cho Công ty phát triển Nam Sài Gòn (Sadeco) là công ty con.",
     [("ORG", "UBND TPHCM"), ("ORG", "Công ty phát triển Nam Sài Gòn"), ("ORG", "Sadeco")]),
    # guards: a place in brackets after a company; a word in brackets after no body
    ("Công ty TNHH Phú Cường (Quảng Ninh) và tàu Capability (Liberia) va chạm.",
     [("ORG", "Công ty TNHH Phú Cường")]),
])
def test_sentences_of_the_twenty_second_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected

"""Rules added in the twenty-fifth round (2026-12-07), from the blind batch HL to HP once it had
been scored sealed and joined the development data: each on the parse's words and tags as the
bundled model gives them, or on the sentence alone where the words cannot show it (brackets,
which the words write with spaces inside)."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

from annotate.entities.dates import find_dates

PARSED_CASES = [
    # a day and month after 'Ngày mai', with a dash, in brackets
    (("Ngày/NOUN mai/PROPN (/PUNCT 20-9/NUM )/PUNCT ,/PUNCT TAND/NOUN tỉnh/NOUN Long_An/PROPN "
      "mở/VERB phiên_tòa/NOUN xét_xử/VERB vụ_án/NOUN ./PUNCT"),
     [("DATE", "20-9"),
      ("ORG", "TAND tỉnh Long An")]),
    # a range of two days and months without a year: one DATE
    (("Trong/ADP tuần/NOUN 32/NUM (/PUNCT từ/ADP ngày/NOUN 30/7-5/8/NUM )/PUNCT ,/PUNCT "
      "thành_phố/NOUN ghi_nhận/VERB 1.250/NUM ca/NOUN mắc/NOUN ./PUNCT"),
     [("DATE", "ngày 30/7-5/8"),
      ("QUANTITY", "1.250 ca mắc")]),
    # 'năm', five, counts the first months of the year
    (("Tính/VERB chung/ADJ năm_tháng/VERB đầu/NOUN năm/NUM nay/PRON ,/PUNCT xuất_khẩu/VERB "
      "gạo/NOUN đạt/NOUN 2/NUM tỷ/NOUN USD/NOUN ./PUNCT"),
     [("DATE", "năm tháng đầu năm nay"),
      ("MONEY", "2 tỷ USD")]),
    # guard: years and months, not five of them
    (("Những/DET năm_tháng/NOUN gian_khổ/NOUN ấy/PRON đã/ADV đi/VERB vào/ADP ký_ức/NOUN của/ADP "
      "30/NUM cựu/NOUN chiến_binh/NOUN ./PUNCT"),
     [("QUANTITY", "30 cựu chiến binh")]),
    # guard: five months later is a count
    (("Năm_tháng/NOUN sau/NOUN ,/PUNCT ông/NOUN Hùng/PROPN ra/VERB đầu_thú/VERB tại/ADP "
      "Công_an/NOUN huyện/NOUN ./PUNCT"),
     [("QUANTITY", "Năm tháng"),
      ("ORG", "Công an huyện")]),
    # a counted noun of two words that the lexicon holds
    (("Toàn/PROPN tỉnh/NOUN có/VERB 12.500/NUM người/NOUN khuyết_tật/VERB và/CCONJ 320/NUM "
      "làng_nghề/NOUN ./PUNCT"),
     [("QUANTITY", "12.500 người khuyết tật"),
      ("QUANTITY", "320 làng nghề")]),
    # the same: victims, a lottery-club's shares, dice
    (("Vụ_án/NOUN có/VERB 45/NUM người/NOUN bị_hại/VERB với/ADP 18/NUM dây/NOUN hụi/NOUN "
      "chưa/ADV mãn/ADJ ./PUNCT"),
     [("QUANTITY", "45 người bị hại"),
      ("QUANTITY", "18 dây hụi")]),
    # the same: dice and rubbish bins, timber
    (("Công_an/NOUN thu_giữ/VERB 2/NUM hột/NOUN xí/NOUN ngầu/NOUN ;/PUNCT Đoàn/PROPN xã/NOUN "
      "tặng/VERB 30/NUM thùng/NOUN rác/NOUN ;/PUNCT kiểm_lâm/VERB phát_hiện/VERB 26/NUM "
      "cây/NOUN gỗ/NOUN ./PUNCT"),
     [("QUANTITY", "2 hột xí ngầu"),
      ("ORG", "Đoàn xã"),
      ("QUANTITY", "30 thùng rác"),
      ("QUANTITY", "26 cây gỗ")]),
    # a stretch of years after 'giai đoạn'
    (("Trong/ADP giai_đoạn/NOUN 5/NUM năm/NOUN qua/VERB ,/PUNCT thu_nhập/NOUN bình_quân/VERB "
      "tăng/VERB 2/NUM lần/NOUN ./PUNCT"),
     [("QUANTITY", "5 năm"),
      ("QUANTITY", "2 lần")]),
    # guard: the phase's number before a year
    (("Dự_án/NOUN giai_đoạn/VERB 2/NUM năm/NOUN 2024/NUM được/AUX khởi_công/VERB ./PUNCT"),
     [("DATE", "năm 2024")]),
    # a centre by its lowercase description and its province's level word
    (("Lễ/NOUN khai_mạc/VERB diễn/VERB ra/ADV tại/ADP Trung_tâm/NOUN văn_hóa/NOUN điện_ảnh/NOUN "
      "tỉnh/NOUN ,/PUNCT với/ADP 300/NUM đại_biểu/NOUN ./PUNCT"),
     [("ORG", "Trung tâm văn hóa điện ảnh tỉnh"),
      ("QUANTITY", "300 đại biểu")]),
    # a centre of the nation by its lowercase description
    (("Tỉnh_Đoàn/PROPN phối_hợp/VERB với/ADP Trung_tâm/NOUN tình_nguyện/NOUN quốc_gia/NOUN "
      "xây_dựng/VERB 12/NUM cầu/NOUN giao_thông/NOUN ./PUNCT"),
     [("ORG", "Tỉnh Đoàn"),
      ("ORG", "Trung tâm tình nguyện quốc gia"),
      ("QUANTITY", "12 cầu")]),
    # guard: a national fund's description goes on after 'quốc gia'
    (("Hội/NOUN đã/ADV giải_ngân/VERB nguồn_vốn/NOUN Quỹ/PROPN quốc_gia/VERB giải_quyết/VERB "
      "việc_làm/NOUN cho/ADP 40/NUM hộ/NOUN ./PUNCT"),
     [("QUANTITY", "40 hộ")]),
    # the cooperative alliance, national and provincial
    (("Liên_minh/NOUN HTX/NOUN Việt_Nam/PROPN và/CCONJ Liên_minh/PROPN Hợp_tác_xã/VERB "
      "tỉnh/NOUN Bình_Định/PROPN ký_kết/VERB chương_trình/NOUN phối_hợp/VERB ./PUNCT"),
     [("ORG", "Liên minh HTX Việt Nam"),
      ("ORG", "Liên minh Hợp tác xã tỉnh Bình Định")]),
    # a higher court with 'Cấp cao' capitalised
    (("Sáng/NOUN 9/5/NUM ,/PUNCT TAND/NOUN Cấp/VERB cao/ADJ tại/ADP TP/NOUN Hồ_Chí_Minh/PROPN "
      "mở/VERB phiên_tòa/NOUN phúc_thẩm/VERB ./PUNCT"),
     [("DATE", "9/5"),
      ("ORG", "TAND Cấp cao tại TP Hồ Chí Minh")]),
    # the former appeal court of the supreme court, with its seat
    (("Tòa/NOUN phúc_thẩm/VERB TAND/NOUN tối_cao/VERB tại/ADP Đà_Nẵng/PROPN đã/ADV hủy/VERB "
      "bản_án/NOUN sơ_thẩm/ADJ ./PUNCT"),
     [("ORG", "Tòa phúc thẩm TAND tối cao tại Đà Nẵng")]),
    # a higher procuracy by its number
    (("Viện/NOUN cấp/VERB cao/ADJ 2/NUM đã/ADV kháng_nghị/VERB bản_án/NOUN sơ_thẩm/ADJ ./PUNCT"),
     [("ORG", "Viện cấp cao 2")]),
    # a prison's sub-camp by its number
    (("Phạm_nhân/PROPN đang/ADV chấp_hành/VERB án/NOUN tại/ADP Phân/PROPN trại/VERB số/NOUN "
      "3/NUM ,/PUNCT Trại_giam/NOUN Xuân_Lộc/PROPN ./PUNCT"),
     [("ORG", "Phân trại số 3"),
      ("ORG", "Trại giam Xuân Lộc")]),
    # an association's central body abbreviated
    (("Nguồn_vốn/NOUN được/AUX TW_Hội/NOUN ủy/VERB thác/NOUN cho/ADP Hội/PROPN Nông_dân/NOUN "
      "huyện/NOUN ./PUNCT"),
     [("ORG", "TW Hội"),
      ("ORG", "Hội Nông dân huyện")]),
    # not a body: the centre of a city
    (("Khu/NOUN công_nghiệp/NOUN cách/VERB trung_tâm/NOUN TP/NOUN Cà_Mau/PROPN 12/NUM km/NOUN "
      "./PUNCT"),
     [("QUANTITY", "12 km")]),
    # not a body: the party committees directly under a body
    (("Lãnh_đạo/NOUN các/DET huyện/NOUN ủy/VERB ,/PUNCT Thành_ủy/NOUN ,/PUNCT Đảng/PROPN "
      "ủy/VERB trực_thuộc/VERB dự/VERB hội_nghị/NOUN ./PUNCT"),
     []),
    # guard: the party committee of a school is one
    (("Dự/NOUN hội_nghị/NOUN có/VERB Ban_Giám_hiệu/PROPN Trường/NOUN ;/PUNCT Đảng/PROPN ủy/VERB "
      "Trường/NOUN ./PUNCT"),
     [("ORG", "Ban Giám hiệu Trường"),
      ("ORG", "Đảng ủy Trường")]),
    # not a body: what the people's procuracies are
    (("Theo/ADP Hiến_pháp/NOUN ,/PUNCT Viện_kiểm_sát/PROPN nhân_dân/NOUN là/AUX một/NUM "
      "hệ_thống/NOUN cơ_quan/NOUN nhà_nước/NOUN ./PUNCT"),
     [("LEGAL", "Hiến pháp")]),
    # guard: the supreme court defined is one body
    (("Toà_án/NOUN nhân_dân/NOUN tối_cao/VERB là/AUX cơ_quan/NOUN xét_xử/VERB cao/ADJ nhất/ADV "
      "./PUNCT"),
     [("ORG", "Toà án nhân dân tối cao")]),
    # the constitution with its state's name
    (("Theo/ADP quy_định/NOUN của/ADP Hiến_pháp/NOUN Việt_Nam/PROPN ,/PUNCT mọi/DET "
      "công_dân/NOUN đều/ADV bình_đẳng/VERB ./PUNCT"),
     [("LEGAL", "Hiến pháp Việt Nam")]),
    # Part 2: one capitalised syllable the parse calls a proper name, before a lowercase noun,
    # begins a description
    (("Kết_quả/NOUN ,/PUNCT Trung_tâm/NOUN Truyền/PROPN máu/NOUN Bệnh_viện/NOUN Chợ_Rẫy/PROPN "
      "tiếp_nhận/VERB 300/NUM đơn_vị/NOUN máu/NOUN ./PUNCT"),
     [("ORG", "Trung tâm Truyền máu Bệnh viện Chợ Rẫy"),
      ("QUANTITY", "300 đơn vị")]),
    # guard: a one-word proper name before a verb
    (("Công_ty/NOUN Vinamilk/PROPN đầu_tư/VERB 500/NUM tỷ/NOUN đồng/NOUN xây/VERB nhà_máy/NOUN "
      "./PUNCT"),
     [("ORG", "Công ty Vinamilk"),
      ("MONEY", "500 tỷ đồng")]),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_twenty_fifth_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # a year of birth in brackets before the residence
    ("Bị cáo Lê Văn Hùng (1988, trú xã Tân Phước) bị tuyên phạt 3 năm tù.",
     [("DATE", "1988"), ("QUANTITY", "3 năm")]),
    # the same before the person's office
    ("Bị cáo Trần Văn Nam (1979, Giám đốc Công ty TNHH Minh Phát) bị truy tố.",
     [("DATE", "1979"), ("ORG", "Công ty TNHH Minh Phát")]),
    # a year of birth after 'sinh' in brackets
    ("Nhóm đánh bạc do Phạm Văn Tú (sinh 1972, trú tại Kiến Thụy) cầm đầu.",
     [("DATE", "1972")]),
    # guard: an age in brackets is no year
    ("Bị cáo Lê Văn Hùng (35 tuổi, trú xã Tân Phước) bị tuyên phạt 3 năm tù.",
     [("QUANTITY", "35 tuổi"), ("QUANTITY", "3 năm")]),
    # a fund by its name in quotes, at every level: a kind, not one fund
    ("Ủng hộ vào Quỹ “Vì người nghèo” các cấp hơn 2 tỷ đồng.",
     [("MONEY", "hơn 2 tỷ đồng")]),
])
def test_sentences_of_the_twenty_fifth_round(text: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected


@pytest.mark.parametrize("text, value", [
    # a range of two days and months without a year keeps each end's own month
    ("Cửa khẩu tạm dừng thông quan từ ngày 28/1-4/2.", "--01-28/--02-04"),
    ("Trong tuần 31 (từ ngày 31/7-6/8), số ca mắc giảm.", "--07-31/--08-06"),
    # guard: with the second's year, the first takes it
    ("Hội chợ diễn ra từ ngày 28/8-30/8/2018 tại Hà Nội.", "2018-08-28/2018-08-30"),
])
def test_day_month_ranges_of_the_twenty_fifth_round(text: str, value: str) -> None:
    dates = find_dates(text)
    assert [d.attrs.get("value") for d in dates] == [value]

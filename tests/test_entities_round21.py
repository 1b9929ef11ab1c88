"""Rules added in the twenty-first round (2026-12-07), from the blind batch GR to GV once it had
been scored sealed and joined the development data: each on the parse's words and tags as the
bundled model gives them, or on the sentence alone."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions, plain_mentions

PARSED_CASES = [
    # a national department whose domain joins two fields by "và" (with or without a comma)
    (("Cục/NOUN Quản_lý/VERB đê_điều/VERB và/CCONJ Phòng_chống/VERB thiên_tai/VERB cho/ADP "
      "biết/VERB đến/ADP 11h30/NUM hôm_nay/NOUN có/VERB 59/NUM người/NOUN chết/VERB ./PUNCT"),
     [("ORG", "Cục Quản lý đê điều và Phòng chống thiên tai"),
      ("QUANTITY", "59 người")]),
    # the same with a comma inside the second field
    (("Theo/ADP báo_cáo/NOUN của/ADP Cục/NOUN Quản_lý/VERB đê_điều/VERB và/CCONJ "
      "Phòng/PROPN ,/PUNCT chống/VERB thiên_tai/NOUN ,/PUNCT thiệt_hại/VERB bước_đầu/NOUN "
      "rất/ADV lớn/ADJ ./PUNCT"),
     [("ORG", "Cục Quản lý đê điều và Phòng, chống thiên tai")]),
    # a department's fields joined by a dash
    (("Ông/NOUN Phạm_Minh_Đạo/PROPN ,/PUNCT Giám_đốc/NOUN Sở_Nông_nghiệp/PROPN -/PUNCT "
      "phát_triển/VERB nông_thôn/NOUN cho/ADP biết/VERB như_vậy/X ./PUNCT"),
     [("ORG", "Sở Nông nghiệp - phát triển nông thôn")]),
    # a provincial broadcaster without "và" or a dash
    (("Giám_đốc/NOUN Sở_Tư_pháp/PROPN ,/PUNCT Đài_Phát_thanh_Truyền_hình/PROPN tỉnh/NOUN "
      "chịu/VERB trách_nhiệm/NOUN thi_hành/VERB Quyết_định/NOUN này/PRON ./PUNCT"),
     [("ORG", "Sở Tư pháp"),
      ("ORG", "Đài Phát thanh Truyền hình tỉnh")]),
    # a bank with a lowercase head and a known domain
    (("Hội/NOUN phối_hợp/VERB với/ADP ngân_hàng/NOUN Chính_sách/NOUN Xã_hội/NOUN "
      "quản_lý/VERB tốt/ADJ các/DET nguồn_vốn/NOUN vay/VERB ./PUNCT"),
     [("ORG", "ngân hàng Chính sách Xã hội")]),
    # a centre with a lowercase head and a known domain, then its place
    (("Ngày/NOUN 5/12/NUM ,/PUNCT trung_tâm/NOUN Kiểm_soát/VERB bệnh_tật/NOUN tỉnh/NOUN "
      "Điện_Biên/PROPN đã/ADV tổ_chức/VERB Lễ/VERB công_bố/VERB ./PUNCT"),
     [("DATE", "Ngày 5/12"),
      ("ORG", "trung tâm Kiểm soát bệnh tật tỉnh Điện Biên")]),
    # guard: a lowercase centre after "là" is what a place is
    (("Thị_trấn/NOUN Gio_Linh/PROPN là/AUX trung_tâm/NOUN Kinh_tế/PROPN -/PUNCT "
      "Văn_hóa/NOUN của/ADP huyện/NOUN Gio_Linh/PROPN ./PUNCT"),
     []),
    # a school's name glued by the parse to "thuộc" and the body it belongs to
    (("Lễ/NOUN khởi_công_điểm/VERB Trường/NOUN mầm_non/NOUN Trung_Dù_thuộc_Phòng/PROPN "
      "Giáo_dục/VERB huyện/NOUN ./PUNCT"),
     [("ORG", "Trường mầm non Trung Dù"),
      ("ORG", "Phòng Giáo dục huyện")]),
    # "tiền thân" (forerunner) ends a name
    (("Trường/NOUN Đại_học/NOUN An_ninh/PROPN nhân_dân/NOUN tiền_thân/NOUN là/AUX "
      "Trường_An_ninh/PROPN Trung_ương/NOUN ./PUNCT"),
     [("ORG", "Trường Đại học An ninh nhân dân"),
      ("ORG", "Trường An ninh Trung ương")]),
    # the police's investigation agency before the ministry, after a comma
    (("Cơ_quan/NOUN Cảnh_sát/NOUN điều_tra/VERB ,/PUNCT Bộ/NOUN Công_an/NOUN đã/ADV ra/VERB "
      "quyết_định/VERB khởi_tố/VERB vụ_án/NOUN ./PUNCT"),
     [("ORG", "Cơ quan Cảnh sát điều tra"),
      ("ORG", "Bộ Công an")]),
    # a committee named after Covid 19: the disease's number is no count
    (("Ban/NOUN Chỉ/ADV đạo/VERB phòng_chống/VERB Covid/NOUN 19/NUM huyện/NOUN "
      "Tủa_Chùa/PROPN đã/ADV họp/VERB bàn/VERB về/ADP công_tác/NOUN tiêm/VERB vắc/VERB "
      "xin/VERB ./PUNCT"),
     [("ORG", "Ban Chỉ đạo phòng chống Covid 19 huyện Tủa Chùa")]),
    # a club of generations helping each other
    (("UBND/NOUN xã/NOUN tổ_chức/VERB lễ/VERB ra_mắt/VERB Câu_lạc_bộ/NOUN Liên/PROPN "
      "thế_hệ/VERB tự_giúp/VERB nhau/NOUN xã/NOUN Tân_Lập/PROPN ./PUNCT"),
     [("ORG", "UBND xã"),
      ("ORG", "Câu lạc bộ Liên thế hệ tự giúp nhau xã Tân Lập")]),
    # a stadium capitalised with its place
    (("Sáng/NOUN 6/5/NUM ,/PUNCT tại/ADP Sân/PROPN vận_động/VERB tỉnh/NOUN Điện_Biên/PROPN "
      ",/PUNCT Tỉnh_ủy/PROPN tổ_chức/VERB trọng_thể/NOUN Lễ/PROPN kỷ_niệm/VERB ./PUNCT"),
     [("DATE", "6/5"),
      ("ORG", "Sân vận động tỉnh Điện Biên"),
      ("ORG", "Tỉnh ủy")]),
    # guard: a stadium in lowercase is a place
    (("Trận/VERB đấu/NOUN diễn/VERB ra/ADV trên/ADP sân/NOUN vận_động/VERB Quy_Nhơn/PROPN "
      "vào/ADP sáng/NOUN 20.9/NUM ./PUNCT"),
     [("DATE", "20.9")]),
    # the farmers' fund with a lowercase head and its name capitalised
    (("Hội/NOUN Nông_dân/NOUN huyện/NOUN giải_ngân/VERB 450/NUM triệu/NUM đồng/NOUN từ/ADP "
      "nguồn_vốn/NOUN của/ADP quỹ/NOUN Hỗ_trợ/NOUN nông_dân/NOUN của/ADP tỉnh/NOUN ./PUNCT"),
     [("ORG", "Hội Nông dân huyện"),
      ("MONEY", "450 triệu đồng"),
      ("ORG", "quỹ Hỗ trợ nông dân")]),
    # the party committee of the party's agencies, "đảng" in lowercase
    (("Ông/NOUN Hải/PROPN được/AUX chỉ_định/VERB giữ_chức/VERB Bí_thư/NOUN Đảng/PROPN "
      "ủy/VERB các/DET cơ_quan/NOUN đảng/NOUN tỉnh/NOUN Quảng_Trị/PROPN ./PUNCT"),
     [("ORG", "Đảng ủy các cơ quan đảng tỉnh Quảng Trị")]),
    # hectares spelt "hécta"
    (("Vụ/NOUN đông/ADJ xuân/NOUN này/PRON ,/PUNCT toàn_tỉnh/NOUN xuống_giống/VERB gần/ADJ "
      "38/NUM ngàn/NOUN hécta/VERB cây/NOUN hàng/NOUN năm/NUM ./PUNCT"),
     [("QUANTITY", "gần 38 ngàn hécta")]),
    # one person counted beside other counts of people
    (("Vụ/NOUN sạt_lở/VERB làm/VERB 4/NUM người/NOUN chết/VERB ,/PUNCT một/NUM người/NOUN "
      "bị_thương/NOUN ở/ADP xóm/NOUN Chấn/PROPN ./PUNCT"),
     [("QUANTITY", "4 người"),
      ("QUANTITY", "một người")]),
    # guard: one person alone is the article
    (("Vụ/NOUN tai_nạn/VERB giao_thông/NOUN khiến/VERB một/NUM người/NOUN tử_vong/VERB "
      "./PUNCT"),
     []),
    # two levels before the province's name
    (("Năm/NOUN 2019/NUM ,/PUNCT Tòa_án/PROPN nhân_dân/NOUN hai/NUM cấp_tỉnh/NOUN "
      "Quảng_Nam/PROPN đã/ADV giải_quyết/VERB 6.252/NUM vụ/NOUN ./PUNCT"),
     [("DATE", "Năm 2019"),
      ("QUANTITY", "hai cấp"),
      ("QUANTITY", "6.252 vụ")]),
    # a count out of a total after "trên"
    (("Chủ/NOUN nhà/NOUN đoạt/VERB 205_HC/NUM vàng/NOUN trên/ADP 525/NUM nội_dung/NOUN "
      "tại/ADP SEA_Games_31/PROPN ./PUNCT"),
     [("QUANTITY", "205 HC vàng"),
      ("QUANTITY", "525 nội dung")]),
    # guard: over an age after a count
    (("Có/VERB 1.000/NUM người/NOUN trên/ADP 60/NUM tuổi/NOUN tham_gia/VERB khám/NOUN "
      "bệnh/NOUN ./PUNCT"),
     [("QUANTITY", "1.000 người"),
      ("QUANTITY", "trên 60 tuổi")]),
    # months of a year counted in words
    (("Hai/NUM tháng/NOUN đầu/NOUN năm/NOUN 2024/NUM ,/PUNCT số/NOUN thủ_tục/NOUN "
      "liên_quan/VERB đến/ADP nhà_đất/NOUN tăng/VERB ./PUNCT"),
     [("DATE", "Hai tháng đầu năm 2024")]),
    # Part 2: a railway station with its name
    (("Đoàn/PROPN tàu/NOUN đã/ADV đến/VERB Ga_Diêu_Trì/PROPN lúc/NOUN 9/NUM giờ/NOUN "
      "sáng/NOUN ./PUNCT"),
     [("ORG", "Ga Diêu Trì")]),
    # a place's last word is no prefix of a number, also after a comma ("Hải Phòng", not a room)
    (("Bão/PROPN làm/VERB bị_thương/NOUN 247/NUM người/NOUN ,/PUNCT trong/ADP đó/PRON "
      "Quảng_Ninh/PROPN 157/NUM người/NOUN ,/PUNCT Hải_Phòng/PROPN 40/NUM người/NOUN "
      "./PUNCT"),
     [("QUANTITY", "247 người"),
      ("QUANTITY", "157 người"),
      ("QUANTITY", "40 người")]),
    # the time to do a paper is a count of minutes, no lesson number
    (("Các/DET thí_sinh/NOUN thi/VERB môn/NOUN Toán/PROPN với/ADP thời_gian/NOUN làm/VERB "
      "bài/NOUN 90/NUM phút/NOUN ./PUNCT"),
     [("QUANTITY", "90 phút")]),
    # "con số" (the figure) before a count is no number's prefix
    (("Con_số/NOUN 205_HC/NUM vàng/NOUN là/AUX kỷ_lục/NOUN mới/ADV của/ADP khu_vực/NOUN "
      "./PUNCT"),
     [("QUANTITY", "205 HC vàng")]),
    # two months joined by "và" before their year are one DATE
    (("Trong/ADP tháng/NOUN 9/NUM và/CCONJ tháng/NOUN 10/2020/NUM ,/PUNCT Viettel/PROPN "
      "trao_tặng/VERB 24.300/NUM suất/NOUN học_bổng/NOUN ./PUNCT"),
     [("DATE", "tháng 9 và tháng 10/2020"),
      ("ORG", "Viettel"),
      ("QUANTITY", "24.300 suất học bổng")]),
    # guard: a month, then a count joined by "và"
    (("Trong/ADP tháng/NOUN 9/NUM và/CCONJ 10/NUM đơn_vị/NOUN đã/ADV tham_gia/VERB ./PUNCT"),
     [("DATE", "tháng 9"),
      ("QUANTITY", "10 đơn vị")]),
    # a sports training centre with its place
    (("Trung_tâm/NOUN Huấn_luyện/PROPN và/CCONJ thi_đấu/VERB thể_dục/VERB thể_thao/VERB "
      "tỉnh/NOUN tổ_chức/VERB giải/VERB ./PUNCT"),
     [("ORG", "Trung tâm Huấn luyện và thi đấu thể dục thể thao tỉnh")]),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_twenty_first_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


@pytest.mark.parametrize("text, expected", [
    # a year's plan in brackets: the year is a DATE, "KH" outside
    ("GRDP ước tăng 7,86% so với cùng kỳ (KH 2024: tăng 7% trở lên).",
     [("PERCENT", "7,86%"), ("DATE", "2024"), ("PERCENT", "7%")]),
    # Part 2: a list glued to its comma before a number (the decimals of "1,5" stay one number)
    ("Hội đã thành lập được 250 Tổ hợp tác,17 Hợp tác xã trong năm.",
     [("QUANTITY", "250 Tổ hợp tác"), ("QUANTITY", "17 Hợp tác xã")]),
    # departments of livestock and veterinary care, of livestock and fisheries
    ("Chi cục Chăn nuôi và Thú y phối hợp UBND quận 9 kiểm tra.",
     [("ORG", "Chi cục Chăn nuôi và Thú y"), ("ORG", "UBND quận 9")]),
    ("Chi cục Chăn nuôi và Thủy sản Đồng Nai cho biết giá lợn tăng.",
     [("ORG", "Chi cục Chăn nuôi và Thủy sản Đồng Nai")]),
    # guard: the year after a plan's symbol stays with what it is
    ("Thực hiện Kế hoạch 2024 của Ủy ban nhân dân tỉnh về chuyển đổi số.",
     [("ORG", "Ủy ban nhân dân tỉnh")]),
])
def test_sentences_of_the_twenty_first_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert plain_mentions(text) == expected

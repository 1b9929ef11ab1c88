"""Rules added in the twenty-third round (2026-12-07), from the blind batch HB to HF once it had
been scored sealed and joined the development data: each on the parse's words and tags as the
bundled model gives them, or on the sentence alone."""

from __future__ import annotations

import pytest
from test_entities_v12 import parsed_mentions

PARSED_CASES = [
    # a medal capitalised on its first word only, with its metal
    (("Đoàn/PROPN giành/VERB 6/NUM Huy_chương/NOUN vàng/NOUN ,/PUNCT 6/NUM Huy_chương/NOUN "
      "bạc/NOUN và/CCONJ 2/NUM Huy_chương/NOUN đồng/NOUN ./PUNCT"),
     [("QUANTITY", "6 Huy chương vàng"),
      ("QUANTITY", "6 Huy chương bạc"),
      ("QUANTITY", "2 Huy chương đồng")]),
    # a committee's acronyms joined by '&', with its province
    (("Theo/ADP Ban_Chỉ/PROPN huy/VERB PCTT&TKCN/NOUN tỉnh/NOUN Thừa_Thiên_Huế/PROPN ,/PUNCT "
      "mưa/NOUN lớn/ADJ kéo_dài/VERB ./PUNCT"),
     [("ORG", "Ban Chỉ huy PCTT&TKCN tỉnh Thừa Thiên Huế")]),
    # a general department's field in lowercase after its first word
    (("Các/DET bộ_phận/NOUN chuyên_môn/ADJ của/ADP Tổng_cục/NOUN Thể_dục/VERB thể_thao/VERB "
      "đang/ADV rà_soát/ADJ ./PUNCT"),
     [("ORG", "Tổng cục Thể dục thể thao")]),
    # a district's party committee before its term ('ủy nhiệm kỳ' is no 'ủy nhiệm', delegates)
    (("Hội_nghị/NOUN đã/ADV bầu/VERB 12/NUM đồng_chí/NOUN vào/ADP Ban_Thường_vụ/PROPN "
      "Huyện/NOUN ủy/NOUN nhiệm_kỳ/NOUN 2020/NUM -/SYM 2025/NUM ./PUNCT"),
     [("QUANTITY", "12 đồng chí"),
      ("ORG", "Ban Thường vụ Huyện ủy"),
      ("DATE", "2020 - 2025")]),
    # guard: 'ủy quyền' after a province still authorises
    (("UBND/NOUN tỉnh_ủy/VERB quyền/NOUN cho/ADP Sở/NOUN Tài_chính/PROPN thực_hiện/VERB ./PUNCT"),
     [("ORG", "UBND tỉnh"),
      ("ORG", "Sở Tài chính")]),
    # a ceremony reporting achievements ('lễ báo công') is no newspaper
    (("Tỉnh_Đoàn/PROPN Trà_Vinh/PROPN tổ_chức/VERB lễ/VERB báo/NOUN công_dân/NOUN g/NOUN "
      "Bác/PROPN gắn/VERB với/ADP ra_mắt/NOUN công_trình/NOUN số/NOUN hóa/VERB ./PUNCT"),
     [("ORG", "Tỉnh Đoàn Trà Vinh")]),
    # a clock time opening a sentence
    (("Đúng/ADJ 7/NUM giờ/NOUN ,/PUNCT tại/ADP Viện/PROPN kiểm_sát/VERB nhân_dân/NOUN tỉnh/NOUN "
      "Trà_Vinh/PROPN lễ/VERB chào/VERB cờ/NOUN được/AUX diễn/VERB ra/ADV ./PUNCT"),
     [("ORG", "Viện kiểm sát nhân dân tỉnh Trà Vinh")]),
    # guard: 'đúng' inside a sentence before hours may be a duration
    (("Cuộc/NOUN họp/VERB kéo_dài/VERB đúng/ADJ 2/NUM giờ/NOUN ./PUNCT"),
     [("QUANTITY", "2 giờ")]),
    # a director's abbreviated title before his company ('GĐ', 'TGĐ') is no part of a name
    (("Các/DET bị_cáo/NOUN gồm/VERB Đinh_Văn_Dũng/PROPN (/PUNCT cựu_TGĐ/PROPN Công_ty/NOUN "
      "Bình_Hà/PROPN )/PUNCT và/CCONJ Đoàn_Hồng_Dũng/PROPN (/PUNCT cựu/NOUN GĐ/NOUN "
      "Công_ty/NOUN Trung_Dũng/PROPN )/PUNCT ./PUNCT"),
     [("ORG", "Công ty Bình Hà"),
      ("ORG", "Công ty Trung Dũng")]),
    # the unit an average is taken over is no count
    (("Bình_quân/NOUN một/NUM tháng/NOUN có/VERB 18.400/NUM doanh_nghiệp/NOUN thành_lập/VERB "
      "mới/ADV ./PUNCT"),
     [("QUANTITY", "18.400 doanh nghiệp")]),
    # the same: 'bình quân 1 vạn dân'
    (("Số/NOUN bác_sĩ/NOUN bình_quân/VERB 1/NUM vạn/NOUN dân/NOUN đạt/VERB 8/NUM người/NOUN "
      "trong/ADP năm/NOUN 2023/NUM ./PUNCT"),
     [("QUANTITY", "8 người"),
      ("DATE", "năm 2023")]),
    # guard: an average of a measure ('trung bình 1 ha') still counts
    (("Nên/SCONJ trung_bình/NOUN 1/NUM ha/NOUN đất/NOUN có_thể/ADV cho/VERB thu_hoạch/NOUN "
      "10/NUM tấn/NOUN ./PUNCT"),
     [("QUANTITY", "1 ha"),
      ("QUANTITY", "10 tấn")]),
    # the year after an event's Roman number and a slash
    (("Môn/NOUN Vovinam/PROPN Đại_hội/PROPN TDTT/NOUN tỉnh/NOUN An_Giang/PROPN lần/NOUN "
      "IX/2022/NUM có/VERB 11/NUM đơn_vị/NOUN tham_gia/VERB ./PUNCT"),
     [("DATE", "2022"),
      ("QUANTITY", "11 đơn vị")]),
    # a joint regulation's symbol: its kind, then its issuers after a slash
    (("Bộ/NOUN Tư_pháp/PROPN và/CCONJ Liên_đoàn/PROPN Luật_sư/NOUN Việt_Nam/PROPN ký/VERB "
      "Quy_chế/NOUN phối_hợp/VERB số/NOUN 4617/QCPH/BTP-LĐLSVN/NOUN về/ADP hoạt_động/VERB "
      "trợ_giúp/VERB pháp_lý/NOUN ./PUNCT"),
     [("ORG", "Bộ Tư pháp"),
      ("ORG", "Liên đoàn Luật sư Việt Nam"),
      ("LEGAL", "Quy chế phối hợp số 4617/QCPH/BTP-LĐLSVN")]),
    # Part 2: a race time's hundredths after its seconds are one QUANTITY with them
    (("VĐV/NOUN giành/NOUN HCV/NOUN với/ADP thời_gian/NOUN 10/NUM giây/NOUN 35/NUM ,/PUNCT "
      "phá/VERB kỷ_lục/NOUN quốc_gia/NOUN 10/NUM giây/NOUN 40/NUM ./PUNCT"),
     [("QUANTITY", "10 giây 35"),
      ("QUANTITY", "10 giây 40")]),
    # guard: a count after seconds is its own
    (("Cứ/ADV 10/NUM giây/NOUN 15/NUM người/NOUN nhập_cảnh/VERB qua/ADP cửa_khẩu/NOUN ./PUNCT"),
     [("QUANTITY", "10 giây"),
      ("QUANTITY", "15 người")]),
]


@pytest.mark.parametrize("words, expected", PARSED_CASES)
def test_parsed_sentences_of_the_twenty_third_round(
        words: str, expected: list[tuple[str, str]]) -> None:
    assert parsed_mentions(words) == expected


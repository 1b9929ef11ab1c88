"""The entity annotators on hand-written sentences: every numbering convention, number format,
boundary rule and negative case of the guidelines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.entities import entity_json, tag_sentence
from annotate.entities.simple import sentence_from_forms, sentence_from_text, tag_text
from annotate.entities.tagger import sentence_text


def tag(text: str) -> list[tuple[str, str, dict]]:
    """(text, label, attributes without rule) of each entity, syllable-split."""
    sentence = sentence_from_text(text)
    body, spans = sentence_text(sentence, sentence.syntactic_words())
    out = []
    for entity in tag_sentence(sentence):
        item = entity_json(entity, spans, body)
        attrs = {k: v for k, v in item.items() if k not in ("start", "end", "label", "text", "rule")}
        out.append((item["text"], item["label"], attrs))
    return out


def spans(text: str, label: str | None = None) -> list[str]:
    return [t for t, lab, _ in tag(text) if label is None or lab == label]


@pytest.mark.parametrize("text, mention, ident, attrs", [
    ("Căn cứ Nghị định 77/2010/NĐ-CP về phối hợp.", "Nghị định 77/2010/NĐ-CP", "77/2010/NĐ-CP",
     {"type": "Nghị định", "number": "77", "year": "2010", "issuer": "CP"}),
    ("Theo Thông tư số 15/2023/TT-BCA của Bộ Công an.", "Thông tư số 15/2023/TT-BCA",
     "15/2023/TT-BCA", {"type": "Thông tư", "year": "2023", "issuer": "BCA"}),
    ("Thông tư liên tịch số 03/2018/TTLT-BCA-BQP hướng dẫn", "Thông tư liên tịch số 03/2018/TTLT-BCA-BQP",
     "03/2018/TTLT-BCA-BQP", {"issuer": "BCA-BQP"}),
    ("Luật số 59/2020/QH14 có hiệu lực", "Luật số 59/2020/QH14", "59/2020/QH14", {"issuer": "QH14"}),
    ("Quyết định số 1520/QĐ-UBND ngày 3/4/2019", "Quyết định số 1520/QĐ-UBND", "1520/QĐ-UBND",
     {"type": "Quyết định", "number": "1520", "issuer": "UBND"}),
    # lowercase "công văn" is the common noun: the symbol alone (tenth round)
    ("theo công văn số 245 / UBND - NC của huyện", "245 / UBND - NC", "245/UBND-NC",
     {"type": "Công văn", "issuer": "UBND-NC"}),
    ("Kế hoạch 118/KH-UBND triển khai", "Kế hoạch 118/KH-UBND", "118/KH-UBND", {"issuer": "UBND"}),
    ("Nghị quyết số 35-NQ/TW của Bộ Chính trị", "Nghị quyết số 35-NQ/TW", "35-NQ/TW",
     {"type": "Nghị quyết", "number": "35", "issuer": "TW"}),
    ("Chỉ thị số 21 – CT/TU của Ban Thường vụ", "Chỉ thị số 21 – CT/TU", "21-CT/TU",
     {"type": "Chỉ thị", "issuer": "TU"}),
    ("Kết luận 12—KL/TW nêu rõ", "Kết luận 12—KL/TW", "12-KL/TW", {"type": "Kết luận"}),
    ("Quy định số 105-QĐ/TW về phân cấp", "Quy định số 105-QĐ/TW", "105-QĐ/TW", {"type": "Quy định"}),
    ("Hướng dẫn số 07-HD/BTGTW ngày", "Hướng dẫn số 07-HD/BTGTW", "07-HD/BTGTW", {"issuer": "BTGTW"}),
    ("Thông báo số 33-TB/TU", "Thông báo số 33-TB/TU", "33-TB/TU", {"type": "Thông báo"}),
    ("Báo cáo số 212-BC/HU của Huyện ủy", "Báo cáo số 212-BC/HU", "212-BC/HU", {"issuer": "HU"}),
    ("Quy chế số 04-QC/TU", "Quy chế số 04-QC/TU", "04-QC/TU", {"type": "Quy chế"}),
    ("Thông báo kết luận số 45-TB/TU ngày", "Thông báo kết luận số 45-TB/TU", "45-TB/TU",
     {"type": "Thông báo kết luận"}),
    ("Kế hoạch liên tịch số 03/KHLT-CAT-MTTQ", "Kế hoạch liên tịch số 03/KHLT-CAT-MTTQ",
     "03/KHLT-CAT-MTTQ", {"type": "Kế hoạch liên tịch", "issuer": "CAT-MTTQ"}),
])
def test_numbered_documents(text, mention, ident, attrs):
    legal = [(t, a) for t, lab, a in tag(text) if lab == "LEGAL"]
    assert legal[0][0] == mention
    assert legal[0][1]["id"] == ident
    for key, value in attrs.items():
        assert legal[0][1][key] == value


@pytest.mark.parametrize("text, mention", [
    ("Thi hành Luật An ninh quốc gia và các văn bản", "Luật An ninh quốc gia"),
    ("vi phạm Bộ luật Hình sự năm 2015 bị xử lý", "Bộ luật Hình sự năm 2015"),
    ("theo Hiến pháp năm 2013, mọi người", "Hiến pháp năm 2013"),
    ("sửa đổi Luật Phòng, chống ma túy đã được", "Luật Phòng, chống ma túy"),
    ("chấp hành Điều lệ Đảng và", "Điều lệ Đảng"),
    ("Luật Đất đai số 31/2024/QH15 có hiệu lực", "Luật Đất đai số 31/2024/QH15"),
    ("quán triệt Nghị quyết Hội nghị lần thứ 8 của Ban Chấp hành", "Nghị quyết Hội nghị lần thứ 8"),
    ("thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"),
])
def test_titled_documents(text, mention):
    assert spans(text, "LEGAL") == [mention]


@pytest.mark.parametrize("text", [
    "Nghị định này có hiệu lực từ ngày ký.",
    "Thông tư này hướng dẫn thi hành.",
    "các nghị quyết, chỉ thị của Đảng",
    "Luật pháp phải nghiêm minh",
])
def test_not_documents(text):
    assert spans(text, "LEGAL") == []


def test_legal_excludes_date_issuer_and_article():
    found = tag("Điều 5 Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định")
    assert [(t, lab) for t, lab, _ in found] == [
        ("Nghị định số 100/2019/NĐ-CP", "LEGAL"), ("ngày 30/12/2019", "DATE"), ("Chính phủ", "ORG")]


@pytest.mark.parametrize("text, mention, value, unit", [
    ("đã tổ chức hơn 2.450 buổi tập huấn", "hơn 2.450 buổi", "2450", "buổi"),
    ("thu hút 1.204.550 lượt người", "1.204.550 lượt người", "1204550", "lượt người"),
    ("thời hạn 02 năm", "02 năm", "2", "năm"),
    ("cấp phát khoảng 3,5 tấn gạo", "khoảng 3,5 tấn", "3.5", "tấn"),
    ("huy động gần 1,2 triệu người", "gần 1,2 triệu người", "1200000", "người"),
    ("có hai mươi lăm hộ", "hai mươi lăm hộ", "25", "hộ"),
    ("trong mười lăm ngày", "mười lăm ngày", "15", "ngày"),
    ("Ba năm qua, hội đã", "Ba năm", "3", "năm"),
    ("Kỷ niệm 80 năm Ngày thành lập", "80 năm", "80", "năm"),
    ("có một trăm năm mươi người", "một trăm năm mươi người", "150", "người"),
    ("thành lập 14 tổ công tác liên ngành", "14 tổ công tác", "14", "tổ công tác"),
    ("xảy ra 1.305 vụ cháy rừng", "1.305 vụ cháy", "1305", "vụ cháy"),
    ("bàn giao tới 250 căn nhà", "tới 250 căn nhà", "250", "căn nhà"),
    ("gần như 100 hộ dân", "gần như 100 hộ dân", "100", "hộ dân"),
])
def test_quantities(text, mention, value, unit):
    found = [(t, a) for t, lab, a in tag(text) if lab == "QUANTITY"]
    assert found == [(mention, {"value": float(value) if "." in value else int(value), "unit": unit})]


def test_vague_quantity_has_no_value():
    assert tag("thu hút hàng nghìn người tham gia") == [
        ("hàng nghìn người", "QUANTITY", {"unit": "người"})]


@pytest.mark.parametrize("text, mention, value, unit", [
    ("hỗ trợ 5 triệu đồng mỗi hộ", "5 triệu đồng", 5000000, "đồng"),
    ("vốn vay 2,5 tỷ VNĐ", "2,5 tỷ VNĐ", 2500000000, "đồng"),
    ("bồi thường 150.000 đ", "150.000 đ", 150000, "đồng"),
    ("giá 1,500,000 đồng", "1,500,000 đồng", 1500000, "đồng"),
    ("viện trợ 3 triệu USD", "3 triệu USD", 3000000, "USD"),
    ("thiệt hại hơn 1 tỷ 200 triệu đồng", "hơn 1 tỷ 200 triệu đồng", 1200000000, "đồng"),
])
def test_money(text, mention, value, unit):
    assert tag(text) == [(mention, "MONEY", {"value": value, "unit": unit})]


def test_money_without_currency_word_and_vague_money():
    assert tag("dự án có giá trị 7.000 tỉ") == [("7.000 tỉ", "MONEY", {"value": 7000000000000})]
    assert tag("thu hồi hàng trăm tỷ đồng") == [("hàng trăm tỷ đồng", "MONEY", {"unit": "đồng"})]


@pytest.mark.parametrize("text, mention, value", [
    ("đạt 15%", "15%", 15), ("tăng 15,5 % so với", "15,5 %", 15.5),
    ("giảm 15 phần trăm", "15 phần trăm", 15), ("chiếm trên 95% dân số", "95%", 95),
])
def test_percent(text, mention, value):
    assert tag(text) == [(mention, "PERCENT", {"value": value, "unit": "%"})]


def test_approximators_outside():
    assert spans("số người lên đến 300 người") == ["300 người"]
    assert spans("lên tới 40 xã") == ["40 xã"]
    assert spans("tối đa 12 tháng") == ["12 tháng"]
    assert spans("dưới 18 tuổi") == ["18 tuổi"]


def test_ranges_are_two_mentions():
    assert tag("giá 10.500 - 11.000 đồng") == [
        ("10.500", "MONEY", {"value": 10500, "unit": "đồng"}),
        ("11.000 đồng", "MONEY", {"value": 11000, "unit": "đồng"})]
    assert tag("từ 25 - 28 triệu đồng") == [
        ("25", "MONEY", {"value": 25000000, "unit": "đồng"}),
        ("28 triệu đồng", "MONEY", {"value": 28000000, "unit": "đồng"})]
    assert [t for t, _, _ in tag("đạt 98 - 100%")] == ["98", "100%"]
    assert [t for t, _, _ in tag("từ 10 tới 15 người")] == ["10", "15 người"]


def test_counted_noun_stops_before_modifiers_and_coordination():
    assert spans("có 12 huyện, thành phố") == ["12 huyện"]
    assert spans("mua 30 xe cũ") == ["30 xe"]
    assert spans("mua 30 xe ô tô") == ["30 xe ô tô"]  # a car: one noun, as "xe mô tô"


@pytest.mark.parametrize("text", [
    "theo Điều 5 của luật", "tại khoản 2 điều này", "lần thứ 11", "Quốc lộ 70 đi qua",
    "một số vụ án phức tạp", "một bộ phận cán bộ", "hàng năm đều tổ chức", "Thứ hai, phải",
    "tổ 5 phường Cốc Lếu",
])
def test_not_quantities(text):
    assert [lab for _, lab, _ in tag(text) if lab in ("QUANTITY", "MONEY", "PERCENT")] == []


@pytest.mark.parametrize("text, mention, value", [
    ("ký ngày 01/12/2011 tại", "ngày 01/12/2011", "2011-12-01"),
    ("ngày 3-4-2019", "ngày 3-4-2019", "2019-04-03"),
    ("hạn chót 15.12.2020", "15.12.2020", "2020-12-15"),
    ("ngày 2 tháng 9 năm 1945", "ngày 2 tháng 9 năm 1945", "1945-09-02"),
    ("từ tháng 5/2012", "tháng 5/2012", "2012-05"),
    ("tháng 7 năm 2020", "tháng 7 năm 2020", "2020-07"),
    ("trong năm 2015", "năm 2015", "2015"),
    ("giai đoạn 2014 – 2018", "2014 – 2018", "2014/2018"),
    ("diễn ra ngày 16 - 22.4", "ngày 16 - 22.4", "--04-16/--04-22"),
    ("vào ngày 22/4 hằng năm", "ngày 22/4", "--04-22"),
    ("quý II/2025", "quý II/2025", "2025-04/2025-06"),
    ("trong 6 tháng đầu năm 2024", "6 tháng đầu năm 2024", "2024-01/2024-06"),
    ("kim ngạch 9 tháng năm 2023 đạt", "9 tháng năm 2023", "2023-01/2023-09"),
    ("6 tháng cuối năm 2023", "6 tháng cuối năm 2023", "2023-07/2023-12"),
    ("nhiệm kỳ 2020-2025", "2020-2025", "2020/2025"),
    # dates without a digit (find_dates skips sentences with no digit, "tháng" or "quý")
    ("Trong QUÝ III, doanh thu tăng", "QUÝ III", "--07/--09"),
    ("Quí IV năm ngoái", "Quí IV năm ngoái", "--10/--12"),  # with its year, as "tháng 12 năm ngoái"
])
def test_dates(text, mention, value):
    assert tag(text) == [(mention, "DATE", {"value": value})]


def test_numbers_inside_document_numbers_are_not_dates_or_quantities():
    assert [lab for _, lab, _ in tag("Quyết định số 12/2012/QĐ-UBND và Chỉ thị 05-CT/TU")] == ["LEGAL", "LEGAL"]


@pytest.mark.parametrize("text, orgs", [
    ("Thủ tướng Chính phủ chỉ đạo", ["Chính phủ"]),
    ("Bí thư Tỉnh ủy Hà Giang làm việc", ["Tỉnh ủy Hà Giang"]),
    ("Trưởng đoàn ĐBQH tỉnh phát biểu", ["đoàn ĐBQH tỉnh"]),
    ("ông là Tỉnh ủy viên", []),
    ("Bộ Chính trị khóa XIII", ["Bộ Chính trị khóa XIII"]),
    ("các Bộ Công an, Xây dựng phối hợp", ["Bộ Công an", "Xây dựng"]),
    ("Ủy ban nhân dân tỉnh Yên Bái ban hành", ["Ủy ban nhân dân tỉnh Yên Bái"]),
    ("HĐND tỉnh thông qua", ["HĐND tỉnh"]),
    ("Sở Giáo dục và Đào tạo tỉnh Nghệ An", ["Sở Giáo dục và Đào tạo tỉnh Nghệ An"]),
    ("Ban Tuyên giáo Tỉnh ủy tổ chức", ["Ban Tuyên giáo Tỉnh ủy"]),
    ("Công an tỉnh Điện Biên triệt phá", ["Công an tỉnh Điện Biên"]),
    ("Bộ đội Biên phòng tỉnh tuần tra", ["Bộ đội Biên phòng tỉnh"]),
    ("Hội Liên hiệp Phụ nữ huyện vận động", ["Hội Liên hiệp Phụ nữ huyện"]),
    ("Đảng ủy xã Tả Van họp", ["Đảng ủy xã Tả Van"]),
    ("Ban Bí thư Trung ương Đảng ban hành", ["Ban Bí thư Trung ương Đảng"]),
    ("Ban Chỉ đạo phòng, chống tham nhũng tỉnh họp", ["Ban Chỉ đạo phòng, chống tham nhũng tỉnh"]),
    ("Công ty TNHH Hoàng Long nộp thuế", ["Công ty TNHH Hoàng Long"]),
    ("các cấp ủy đảng, chính quyền các cấp và các đoàn thể", []),
    ("cơ quan, doanh nghiệp trên địa bàn", []),
    ("vai trò của Nhà nước và Trung ương", []),
    ("Sở và Bệnh viện đều", []),
    ("Hội đồng nhân dân các cấp", []),
    ("cấp ủy Đảng lãnh đạo", []),
    ("công tác xây dựng Đảng", ["Đảng"]),
])
def test_orgs(text, orgs):
    assert spans(text, "ORG") == orgs


def test_segmentation_does_not_matter():
    """Grouped words, glued punctuation and syllable-spaced symbols give the same mentions."""
    text = "Nghị định 77/2010/NĐ-CP, hơn 19 buổi"
    grouped = sentence_from_forms(["Nghị định", "77/2010/NĐ-CP,", "hơn", "19", "buổi"], text)
    words = grouped.syntactic_words()
    entities = tag_sentence(grouped)
    assert [(e.start, e.end, e.label) for e in entities] == [(0, 2, "LEGAL"), (2, 5, "QUANTITY")]
    body, word_spans = sentence_text(grouped, words)
    assert entity_json(entities[0], word_spans, body)["text"] == "Nghị định 77/2010/NĐ-CP"
    spaced = tag("theo Nghị định 77 / 2010 / NĐ - CP của Chính phủ")
    assert spaced[0][0] == "Nghị định 77 / 2010 / NĐ - CP" and spaced[0][2]["id"] == "77/2010/NĐ-CP"


def test_upos_hint_for_counted_noun():
    sentence = sentence_from_forms(["khám phá", "320", "vụ", "trộm cắp", "tài sản"])
    words = sentence.syntactic_words()
    for word, upos in zip(words, ["VERB", "NUM", "NOUN", "VERB", "NOUN"]):
        word.upos = upos
    assert [(e.start, e.end, e.attrs["unit"]) for e in tag_sentence(sentence)] == [
        (1, 4, "vụ trộm cắp")]


@pytest.mark.parametrize("text, expected", [
    ("Sáng 15/3, Ban Thường vụ Thành ủy Hà Nội họp",
     [("15/3", "DATE"), ("Ban Thường vụ Thành ủy Hà Nội", "ORG")]),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", [("Trung ương Đảng", "ORG"), ("Tỉnh ủy", "ORG")]),
    ("Thường trực Ban Bí thư, Trưởng Ban Tổ chức Trung ương",
     [("Ban Bí thư", "ORG"), ("Ban Tổ chức Trung ương", "ORG")]),
    ("Đảng ủy Khối các cơ quan tỉnh đã tổ chức", [("Đảng ủy Khối các cơ quan tỉnh", "ORG")]),
    ("Trường Đại học Bách khoa Hà Nội tuyển sinh 9.680 chỉ tiêu",
     [("Trường Đại học Bách khoa Hà Nội", "ORG"), ("9.680 chỉ tiêu", "QUANTITY")]),
    ("Cảnh sát biển Vùng 4 bắt giữ 3 tàu", [("Cảnh sát biển Vùng 4", "ORG"), ("3 tàu", "QUANTITY")]),
    ("Công ty TNHH Hoàng Long nộp thuế cho Chính phủ",
     [("Công ty TNHH Hoàng Long", "ORG"), ("Chính phủ", "ORG")]),
    ("Sở Y tế phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh",
     [("Sở Y tế", "ORG"), ("Trung tâm Kiểm soát bệnh tật tỉnh", "ORG")]),
    ("Bộ Tài nguyên và Môi trường, Bộ Nông nghiệp và Phát triển nông thôn",
     [("Bộ Tài nguyên và Môi trường", "ORG"), ("Bộ Nông nghiệp và Phát triển nông thôn", "ORG")]),
    ("UBND TP. Hồ Chí Minh ban hành", [("UBND TP. Hồ Chí Minh", "ORG")]),
    ("Viện kiểm sát nhân dân tỉnh Lạng Sơn truy tố", [("Viện kiểm sát nhân dân tỉnh Lạng Sơn", "ORG")]),
    ("tại Đài Loan và bộ Từ điển", []),
])
def test_other_provinces_and_ministries(text, expected):
    assert [(t, lab) for t, lab, _ in tag(text)] == expected


@pytest.mark.parametrize("text, mention, value", [
    ("Ngày 12-5, UBND tỉnh họp", "Ngày 12-5", "--05-12"),
    ("từ ngày 14 - 16/10/2020", "ngày 14 - 16/10/2020", "2020-10-14/2020-10-16"),
    ("Sáng 15/3, đoàn làm việc", "15/3", "--03-15"),
    ("trong tháng 10", "tháng 10", "--10"),
])
def test_news_style_dates(text, mention, value):
    assert [(t, a["value"]) for t, lab, a in tag(text) if lab == "DATE"] == [(mention, value)]


@pytest.mark.parametrize("text, expected", [
    ("đi kiện báo Pháp Luật TP.HCM", []),
    ("nhà ở đường Pháo Đài Láng", []),
    ("Vụ Lã Thị Kim Oanh được xét xử", []),
    ("Vụ Pháp chế Bộ Tư pháp góp ý", [("Vụ Pháp chế Bộ Tư pháp", "ORG")]),
    ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu", [("Ban Tuyên giáo Tỉnh ủy", "ORG")]),
    ("Theo Sở Tài chính, Luật Đất đai", [("Sở Tài chính", "ORG"), ("Luật Đất đai", "LEGAL")]),
    ("đề nghị ubnd tp HCM", [("ubnd tp HCM", "ORG")]),
    ("đến ngày 31 - 12 – 2004 , công ty", [("ngày 31 - 12 – 2004", "DATE")]),
])
def test_vtb_style_text(text, expected):
    assert [(t, lab) for t, lab, _ in tag(text)] == expected


def test_entity_json_from_words_leaves_out_glued_punctuation():
    from annotate.entities.schema import Entity

    text = "(Nghị định 77/2010/NĐ-CP), 15%."
    spans = [(0, 6), (7, 11), (12, 26), (27, 31)]
    legal = entity_json(Entity(0, 3, "LEGAL", {"id": "77/2010/NĐ-CP"}), spans, text)
    assert (legal["text"], legal["start"]) == ("Nghị định 77/2010/NĐ-CP", 1)
    percent = entity_json(Entity(3, 4, "PERCENT", {"value": "15"}), spans, text)
    assert (percent["text"], percent["value"]) == ("15%", 15)


@pytest.mark.parametrize("text, expected", [
    ("Hội đồng Thi đua - Khen thưởng tỉnh đã xét", [("Hội đồng Thi đua - Khen thưởng tỉnh", "ORG")]),
    ("Chi bộ thôn Làng Mới, Đảng bộ xã Gia Phú", [("Chi bộ thôn Làng Mới", "ORG"),
                                                  ("Đảng bộ xã Gia Phú", "ORG")]),
    ("Đồn Biên phòng Bát Xát phối hợp", [("Đồn Biên phòng Bát Xát", "ORG")]),
    ("Ủy ban Kiểm tra Huyện ủy Bảo Yên kiểm tra 12 tổ chức đảng",
     [("Ủy ban Kiểm tra Huyện ủy Bảo Yên", "ORG"), ("12 tổ chức", "QUANTITY")]),
    ("Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy và Trung tâm Chính trị huyện",
     [("Văn phòng Tỉnh ủy", "ORG"), ("Ban Tổ chức Tỉnh ủy", "ORG"),
      ("Trung tâm Chính trị huyện", "ORG")]),
    ("Công điện số 95/CĐ-TTg ngày 18/9/2024", [("Công điện số 95/CĐ-TTg", "LEGAL"),
                                              ("ngày 18/9/2024", "DATE")]),
    ("Văn bản hợp nhất số 07/VBHN-BCA", [("Văn bản hợp nhất số 07/VBHN-BCA", "LEGAL")]),
])
def test_party_and_local_bodies(text, expected):
    assert [(t, lab) for t, lab, _ in tag(text)] == expected


def test_bare_years_after_temporal_prepositions():
    assert [(t, a["value"]) for t, lab, a in tag("phấn đấu đến 2030, tầm nhìn 2045")] == [
        ("2030", "2030"), ("2045", "2045")]
    assert tag("giai đoạn 2021 - 2025") == [("2021 - 2025", "DATE", {"value": "2021/2025"})]
    assert [lab for _, lab, _ in tag("từ 2000 người")] == ["QUANTITY"]
    assert [lab for _, lab, _ in tag("vào lúc 14 giờ 30 phút")] == []


@pytest.mark.parametrize("text, expected", [
    ("Trong các năm 2020, 2021 và 2022, tỉnh tiếp nhận khách.",
     [("năm 2020", "2020"), ("2021", "2021"), ("2022", "2022")]),
    ("giai đoạn 2016 - 2020 và 2021 - 2025", [("2016 - 2020", "2016/2020"), ("2021 - 2025", "2021/2025")]),
    ("đến 2025 hoặc 2030", [("2025", "2025"), ("2030", "2030")]),
])
def test_lists_of_years_share_their_trigger(text, expected):
    assert [(t, a["value"]) for t, lab, a in tag(text) if lab == "DATE"] == expected


def test_a_list_of_years_stops_at_a_count():
    assert [(t, lab) for t, lab, _ in tag("năm 2019, 2020 người dân và năm 2010, 2.020 hộ")] == [
        ("năm 2019", "DATE"), ("2020 người dân", "QUANTITY"), ("năm 2010", "DATE"),
        ("2.020 hộ", "QUANTITY")]


@pytest.mark.parametrize("text, expected", [
    ("Bí thư Thành ủy Nguyễn Minh Triết phát biểu", ["Thành ủy"]),
    ("Chủ tịch ubnd tp HCM Lê Thanh Hải", ["ubnd tp HCM"]),
    ("UBND huyện Lê Thủy", ["UBND huyện Lê Thủy"]),
    ("thành phố Hải Phòng, đường Trường Sơn, Đài Bắc", []),
])
def test_people_and_places_are_not_swallowed(text, expected):
    assert spans(text, "ORG") == expected


def test_number_words_count_nouns_the_parser_tags():
    sentence = sentence_from_forms(["có", "ba", "đồng chí", "và", "năm", "tài chính"])
    for word, upos in zip(sentence.syntactic_words(), ["VERB", "NUM", "NOUN", "CCONJ", "NOUN",
                                                        "NOUN"]):
        word.upos = upos
    assert [(e.start, e.end, e.attrs["value"]) for e in tag_sentence(sentence)] == [(1, 3, "3")]


@pytest.mark.parametrize("text, expected", [
    ("Sở GD&ĐT tỉnh Lào Cai", ["Sở GD&ĐT tỉnh Lào Cai"]),
    ("Bộ NN&PTNT và Sở LĐ-TB&XH", ["Bộ NN&PTNT", "Sở LĐ-TB&XH"]),
    ("Hội Chữ thập đỏ tỉnh", ["Hội Chữ thập đỏ tỉnh"]),
    ("Hội Khuyến học huyện Bắc Hà", ["Hội Khuyến học huyện Bắc Hà"]),
    ("Ban Chỉ đạo 138 tỉnh họp", ["Ban Chỉ đạo 138 tỉnh"]),
])
def test_abbreviated_and_numbered_bodies(text, expected):
    assert [t for t, _, _ in tag(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm", []),
    ("Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./.", []),
    ("Theo đề nghị của Vụ trưởng Vụ Pháp chế, Bộ trưởng Bộ Tư pháp ban hành",
     [("Vụ Pháp chế", "ORG"), ("Bộ Tư pháp", "ORG")]),
    ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;",
     [("Luật Ban hành văn bản quy phạm pháp luật", "LEGAL"), ("ngày 22 tháng 6 năm 2015", "DATE")]),
])
def test_legal_document_boilerplate(text, expected):
    assert [(t, lab) for t, lab, _ in tag(text)] == expected


def test_document_header_number_is_legal_and_its_issuer_code_is_not_an_org():
    assert tag("Số: 125/QĐ-UBND") == [("125/QĐ-UBND", "LEGAL", {
        "type": "Quyết định", "number": "125", "issuer": "UBND", "id": "125/QĐ-UBND"})]
    assert [lab for _, lab, _ in tag("Số: 12/ABC-XYZ")] == []


@pytest.mark.parametrize("text, orgs", [
    ("Phong trào Toàn dân bảo vệ an ninh Tổ quốc được phát động", []),
    ("vụ án được Tòa án xét xử", []),
    ("Lào Cai (BĐ) - Sáng nay", []),
    ("Đảng ủy đã chỉ đạo, Đảng bộ đã lãnh đạo", ["Đảng ủy", "Đảng bộ"]),
    ("HĐND và UBND đã thống nhất", ["HĐND", "UBND"]),
])
def test_more_org_boundaries(text, orgs):
    assert spans(text, "ORG") == orgs


def test_every_party_type_code():
    for code, kind in [("NQ", "Nghị quyết"), ("QĐ", "Quy định"), ("QyĐ", "Quy định"),
                       ("CT", "Chỉ thị"), ("KH", "Kế hoạch"), ("HD", "Hướng dẫn"),
                       ("TB", "Thông báo"), ("BC", "Báo cáo"), ("QC", "Quy chế"),
                       ("CTr", "Chương trình"), ("KL", "Kết luận")]:
        found = tag(f"theo {kind} số 05-{code}/TU của Tỉnh ủy")
        assert found[0][0] == f"{kind} số 05-{code}/TU"
        assert found[0][2]["id"] == f"05-{code}/TU" and found[0][2]["type"] == kind


def test_bio_encoding_round_trip():
    from annotate.entities.schema import decode_entities, encode_entities

    sentence = sentence_from_text(
        "Theo Nghị định 77/2010/NĐ-CP, Bộ Công an chi 2,5 tỷ đồng cho 1.231.883 lượt người "
        "ngày 01/12/2011, đạt 15,5 %.")
    words = sentence.syntactic_words()
    entities = tag_sentence(sentence)
    encode_entities(words, entities)
    assert "NERUnit=lượt%20người" in sentence.to_conllu()
    assert all(w.misc_dict().get("NER", "O")[:2] in ("B-", "I-", "O") for w in words)
    decoded = decode_entities(words)
    assert decoded == entities
    assert [e.label for e in decoded] == ["LEGAL", "ORG", "MONEY", "QUANTITY", "DATE", "PERCENT"]


@pytest.mark.parametrize("text, expected", [
    ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp làm việc",
     ["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]),
    ("Viện Kiểm sát hỏi tiếp ông", ["Viện Kiểm sát"]),
    ("phòng làm việc ở trụ sở số 4", []),
    ("phối hợp với Học viện Chính trị quốc gia Hồ Chí Minh tổ chức",
     ["Học viện Chính trị quốc gia Hồ Chí Minh"]),
    ("Bảo hiểm xã hội tỉnh cho biết", ["Bảo hiểm xã hội tỉnh"]),
    ("Công ty Điện lực Lào Cai và Tập đoàn Than - Khoáng sản Việt Nam (TKV) ký kết",
     ["Công ty Điện lực Lào Cai", "Tập đoàn Than - Khoáng sản Việt Nam", "TKV"]),
    ("Đội Quản lý thị trường số 3 đã xử phạt", ["Đội Quản lý thị trường số 3"]),
    ("Chi cục Kiểm lâm và Hạt Kiểm lâm huyện Văn Bàn kiểm tra",
     ["Chi cục Kiểm lâm", "Hạt Kiểm lâm huyện Văn Bàn"]),
])
def test_state_agencies_and_companies(text, expected):
    assert spans(text, "ORG") == expected


@pytest.mark.parametrize("text, expected", [
    ("Văn phòng Đăng ký đất đai tỉnh cấp giấy", ["Văn phòng Đăng ký đất đai tỉnh"]),
    ("Chánh Văn phòng, Giám đốc các Sở", []),
    ("Thanh tra Chính phủ và Thanh tra tỉnh", ["Thanh tra Chính phủ", "Thanh tra tỉnh"]),
    ("tăng cường công tác thanh tra", []),
    ("Ban Quản lý các khu công nghiệp tỉnh", ["Ban Quản lý các khu công nghiệp tỉnh"]),
    ("Bộ Tư lệnh Cảnh sát biển", ["Bộ Tư lệnh Cảnh sát biển"]),
])
def test_offices_and_commands(text, expected):
    assert spans(text, "ORG") == expected


ALPHABET = "Tỉnh ủy UBND Bộ Công an Nghị định số 09 – CT/TW 77/2010/NĐ-CP ngày 01/12/2011 năm 2015 "
ALPHABET += "hơn 1.234,5 triệu đồng 15% tháng 5 quý II - , . ( ) hai mươi lăm người Ban chỉ đạo tỉnh"


@given(st.lists(st.sampled_from(ALPHABET.split()), max_size=40),
       st.lists(st.sampled_from([" ", "", "  ", ", "]), min_size=40, max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_ordered_in_bounds_entities(pieces, gaps):
    text = "".join(p + g for p, g in zip(pieces, gaps)).strip()
    if not text:
        return
    sentence = sentence_from_text(text)
    entities = tag_sentence(sentence)
    words = sentence.syntactic_words()
    previous = 0
    for entity in entities:
        assert previous <= entity.start < entity.end <= len(words)
        previous = entity.end
    for item in tag_text(text):
        assert text[item["start"]:item["end"]] == item["text"] and item["text"].strip()


@pytest.mark.parametrize("forms, label, expected", [
    (["hỗ trợ", "50", "triệu", "đồng/hộ", "mỗi", "năm"], "MONEY", "50 triệu đồng"),
    (["thu hồi", "2,5", "ha đất", "của", "dân"], "QUANTITY", "2,5 ha"),
    (["Đảng bộ", "huyện", "Bắc", "Hà hiện", "có"], "ORG", "Đảng bộ huyện Bắc Hà"),
    # a range of days the tokenizer keeps as one word keeps its first day
    (["tổ chức", "trong", "02", "ngày", "18-19/11/2021", "tại"], "DATE", "18-19/11/2021"),
    # so does a rank's total inside a share
    (["đứng", "đầu", "và", "xếp", "thứ", "9/63", "tỉnh", ",", "thành", "."], "QUANTITY", "63 tỉnh"),
])
def test_entities_decoded_from_glued_words_keep_their_own_characters(forms, label, expected):
    sentence = sentence_from_forms(forms)
    body, word_spans = sentence_text(sentence, sentence.syntactic_words())
    entity = next(e for e in tag_sentence(sentence) if e.label == label)
    entity.char_start = entity.char_end = None  # as decoded from MISC
    assert entity_json(entity, word_spans, body)["text"] == expected


def test_currency_survives_a_glued_word_but_not_a_compound():
    glued = sentence_from_forms(["phạt", "4.000.000", "đồng đối", "với", "cá nhân"])
    assert [(e.label, e.attrs["value"]) for e in tag_sentence(glued)] == [("MONEY", "4000000")]
    comrades = sentence_from_forms(["có", "5", "đồng chí", "tham dự"])
    comrades.syntactic_words()[2].upos = "NOUN"
    assert [(e.label, e.attrs["unit"]) for e in tag_sentence(comrades)] == [
        ("QUANTITY", "đồng chí")]


@pytest.mark.parametrize("forms, expected", [
    (["trao", "1.500", "suất", "học", "bổng trị", "giá"], "1.500 suất học bổng"),
    (["có", "3", "khu", "kinh tế"], "3 khu kinh tế"),
    (["mua", "30", "xe máy", "mới"], "30 xe máy"),
])
def test_units_on_parsed_words(forms, expected):
    sentence = sentence_from_forms(forms)
    for word in sentence.syntactic_words():
        word.upos = "NUM" if word.form[0].isdigit() else "NOUN"
    body, _ = sentence_text(sentence, sentence.syntactic_words())
    (entity,) = tag_sentence(sentence)
    assert body[entity.char_start:entity.char_end] == expected


@pytest.mark.parametrize("text, expected", [
    ("Tổ chức Y tế Thế giới (WHO) và Liên hợp quốc hỗ trợ",
     ["Tổ chức Y tế Thế giới", "WHO", "Liên hợp quốc"]),
    ("Tổ chức được hơn 100 buổi tuyên truyền", []),
    ("Ngân hàng Thế giới cam kết", ["Ngân hàng Thế giới"]),
])
def test_international_organisations(text, expected):
    assert spans(text, "ORG") == expected


@pytest.mark.parametrize("forms, expected", [
    # the tokenizer joins a capitalised syllable to the name: the span takes the whole word
    (["Tổng Công ty", "Điện lực", "miền", "Bắc", "báo cáo"], "Tổng Công ty Điện lực miền Bắc"),
    (["Tổng Cục", "Thuế", "cho", "biết"], "Tổng Cục Thuế"),  # "Cục" is the head the rules know
    # a lowercase syllable joined to it (a role) stays outside, as the guidelines want
    (["Bí", "thư Tỉnh ủy", "dự", "họp"], "Tỉnh ủy"),
])
def test_org_span_starting_inside_a_word(forms: list[str], expected: str) -> None:
    sentence = sentence_from_forms(forms)
    body, word_spans = sentence_text(sentence, sentence.syntactic_words())
    found = [entity_json(e, word_spans, body)["text"] for e in tag_sentence(sentence)
             if e.label == "ORG"]
    assert found == [expected]


@pytest.mark.parametrize("text, mention, ident", [
    ("Theo Nghị định 15/2020 về xử phạt vi phạm hành chính.", "Nghị định 15/2020", "Nghị định 15/2020"),
    ("thực hiện Chỉ thị 05 của Bộ Chính trị", "Chỉ thị 05", "Chỉ thị 05"),
    ("Quyết định số 1520 ngày 3/4/2019 của UBND tỉnh", "Quyết định số 1520", "Quyết định 1520"),
    ("Nghị quyết 18 năm 2017 của Trung ương", "Nghị quyết 18", "Nghị quyết 18"),
])
def test_short_legal_references(text, mention, ident):
    legal = [(t, a["id"]) for t, lab, a in tag(text) if lab == "LEGAL"]
    assert legal == [(mention, ident)]


@pytest.mark.parametrize("text", ["Kế hoạch 5 năm", "Quyết định 5 ngày nghỉ", "ban hành 02 chỉ thị",
                                  "Thông tư 2.000 bản", "quyết định 15 của tỉnh"])
def test_not_short_legal_references(text):
    assert [lab for _, lab, _ in tag(text) if lab == "LEGAL"] == []


def test_percentage_points_are_a_quantity_not_a_percent():
    assert tag("tỷ lệ tăng 1,5 điểm phần trăm") == [
        ("1,5 điểm phần trăm", "QUANTITY", {"value": 1.5, "unit": "điểm phần trăm"})]


@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng Bộ Công an Tô Lâm làm việc với Công an tỉnh Lào Cai.",
     ["Bộ Công an", "Công an tỉnh Lào Cai"]),
    ("Giám đốc Sở Tư pháp Nguyễn Văn Hùng ký", ["Sở Tư pháp"]),
    ("Sở Tư pháp tỉnh Hà Giang", ["Sở Tư pháp tỉnh Hà Giang"]),
    ("Trường THPT Lê Quý Đôn tổ chức lễ khai giảng", ["Trường THPT Lê Quý Đôn"]),
    ("Trường Chính trị tỉnh Lào Cai", ["Trường Chính trị tỉnh Lào Cai"]),
    ("Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn", ["Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn"]),
    ("Huyện đoàn Bảo Yên và Tỉnh đoàn Lào Cai ra quân", ["Huyện đoàn Bảo Yên", "Tỉnh đoàn Lào Cai"]),
])
def test_person_names_and_youth_union_branches(text, expected):
    assert spans(text, "ORG") == expected


@pytest.mark.parametrize("text, expected", [
    ("Xây dựng 3 cây cầu dài 120 m.", ["3 cây cầu", "120 m"]),  # classifier + head noun
    ("trồng 1.000 cây trên đất dốc", ["1.000 cây"]),            # the noun itself
])
def test_cay_is_a_classifier_or_the_counted_noun(text, expected):
    assert spans(text, "QUANTITY") == expected


@pytest.mark.parametrize("text, expected", [
    ("VKSND tối cao, TAND tối cao và Bộ Công an phối hợp.",
     [("VKSND tối cao", "ORG"), ("TAND tối cao", "ORG"), ("Bộ Công an", "ORG")]),
    # the board just elected is the definite body (v1.2, fourth round)
    ("Đại hội đã bầu 53 đồng chí vào Ban Chấp hành.",
     [("53 đồng chí", "QUANTITY"), ("Ban Chấp hành", "ORG")]),
])
def test_supreme_bodies_and_comrades(text, expected):
    assert [(t, lab) for t, lab, _ in tag(text)] == expected

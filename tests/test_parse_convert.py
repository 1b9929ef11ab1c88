"""Stanza output -> CoNLL-U words: forms from the source, TokenRange, SpaceAfter, ranges."""

from __future__ import annotations

from types import SimpleNamespace as NS
from typing import Any

from annotate.parse import make_sentence, stanza_to_words


def _word(i: int, text: str, head: int, deprel: str, upos: str = "NOUN") -> NS:
    return NS(id=i, text=text, lemma=text.lower(), upos=upos, xpos="N", feats=None,
              head=head, deprel=deprel)


def _token(start: int, end: int, *words: NS) -> NS:
    return NS(start_char=start, end_char=end, words=list(words))


def test_offsets_spaces_and_forms() -> None:
    text = "Bộ Công an; an\nninh tốt."
    doc = NS(sentences=[
        NS(tokens=[_token(0, 10, _word(1, "Bộ Công an", 0, "root")),
                   _token(10, 11, _word(2, ";", 1, "punct", "PUNCT"))]),
        NS(tokens=[_token(12, 19, _word(1, "an\nninh", 2, "nsubj")),
                   _token(20, 23, _word(2, "tốt", 0, "root", "ADJ")),
                   _token(23, 24, _word(3, ".", 2, "punct", "PUNCT"))]),
    ])
    first, second = stanza_to_words(doc, text, offset=100)
    assert [w.form for w in first] == ["Bộ Công an", ";"]
    assert first[0].misc == "TokenRange=100:110|SpaceAfter=No"
    assert first[1].misc == "TokenRange=110:111"
    assert second[0].form == "an ninh" and second[0].lemma == "an ninh"
    assert second[1].misc == "TokenRange=120:123|SpaceAfter=No"
    assert second[2].misc == "TokenRange=123:124"
    assert (second[1].head, second[1].deprel, second[1].feats) == ("0", "root", "_")
    source = " " * 100 + text
    sentence = make_sentence(second, source, ["# sent_id = s2"])
    assert sentence.text == "an ninh tốt."
    assert sentence.comments == ["# sent_id = s2", "# text = an ninh tốt."]


def test_multiword_token_gets_a_range_line() -> None:
    doc = NS(sentences=[NS(tokens=[
        _token(0, 3, _word(1, "a", 0, "root"), _word(2, "b", 1, "fixed")),
    ])])
    (words,) = stanza_to_words(doc, "a-b")
    assert [w.id for w in words] == ["1-2", "1", "2"]
    assert words[0].misc == "TokenRange=0:3" and words[1].misc == "_"


def _retokenized(text: str, sentences: list[list[tuple[str, int]]]) -> Any:
    """`retokenize` on a Stanza document of the tokenizer's words (text, start) per sentence."""
    import stanza

    from annotate.parse import retokenize

    return retokenize(stanza, stanza.Document(
        [[{"id": (i,), "text": t, "start_char": s, "end_char": s + len(t)}
          for i, (t, s) in enumerate(words, 1)] for words in sentences], text=text))


def test_sentences_end_only_at_final_punctuation() -> None:
    text = "Tỉnh ủy ban hành Chương trình số 71. Câu “hai” hết! Đoạn: Bộ Công an"
    words = [("Tỉnh ủy", 0), ("ban hành", 8)], [("Chương trình", 17), ("số", 30), ("71", 33),
             (".", 35)], [("Câu", 37), ("“", 41)], [("hai", 42), ("”", 45), ("hết", 47), ("!", 50)], [
             ("Đoạn", 52), (":", 56)], [("Bộ Công an", 58)]
    doc = _retokenized(text, list(words))
    assert [" ".join(t.text for t in s.tokens) for s in doc.sentences] == [
        "Tỉnh ủy ban hành Chương trình số 71 .",
        "Câu “ hai ” hết !",
        "Đoạn : Bộ Công an",
    ]
    assert [(t.start_char, t.end_char) for t in doc.sentences[2].tokens] == [(52, 56), (56, 57),
                                                                           (58, 68)]


def test_a_citys_abbreviation_does_not_end_a_sentence() -> None:
    # the bundled tokenizer ends a sentence after "TP." (a blind-set sentence, s5-001)
    text = "Công an TP. Đà Nẵng cho biết. Công an TX. Sơn Tây họp."
    words = [("Công an", 0), ("TP", 8), (".", 10)], [("Đà Nẵng", 12), ("cho", 20), ("biết", 24),
             (".", 28)], [("Công an", 30), ("TX.", 38)], [("Sơn Tây", 42), ("họp", 50), (".", 53)]
    doc = _retokenized(text, list(words))
    assert [" ".join(t.text for t in s.tokens) for s in doc.sentences] == [
        "Công an TP . Đà Nẵng cho biết .", "Công an TX. Sơn Tây họp ."]


def test_a_wards_abbreviation_glued_to_its_name_does_not_end_a_sentence() -> None:
    # the bundled tokenizer ends a sentence after "P." (a blind-set sentence, GZ-010); spaced, the
    # same letter may be a person's initial that ends one
    text = "Công an P.Đông Thọ bắt 10 đối tượng. Bị cáo là Nguyễn Văn P. Tại tòa, bị cáo khai."
    words = [("Công an", 0), ("P.", 8)], [("Đông Thọ", 10), ("bắt", 19), ("10", 23),
             ("đối tượng", 26), (".", 35)], [("Bị cáo", 37), ("là", 44), ("Nguyễn Văn", 47),
             ("P.", 58)], [("Tại", 61), ("tòa", 65), (",", 68), ("bị cáo", 70), ("khai", 77),
             (".", 81)]
    doc = _retokenized(text, list(words))
    assert [" ".join(t.text for t in s.tokens) for s in doc.sentences] == [
        "Công an P. Đông Thọ bắt 10 đối tượng .", "Bị cáo là Nguyễn Văn P.",
        "Tại tòa , bị cáo khai ."]


def test_an_opening_bracket_inside_a_word_becomes_its_own_token() -> None:
    # the bundled tokenizer joins a year to the percentage in brackets after it (a blind-set
    # sentence, HB-059), and a bracket to the two syllables after it
    text = "năm 2022 (99,51%) và 141 (51,8%) hộ, (Nội dụng) (Hà Nội"
    words = [("năm", 0), ("2022 (99,51%", 4), (")", 16), ("và", 18), ("141 (51,8%", 21), (")", 31),
             ("hộ", 33), (",", 35), ("(Nội dụng", 37), (")", 46), ("(Hà Nội", 48)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["năm", "2022", "(", "99,51%", ")", "và", "141", "(",
                                        "51,8%", ")", "hộ", ",", "(", "Nội dụng", ")", "(",
                                        "Hà Nội"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_punctuation_inside_a_word_becomes_its_own_token() -> None:
    text = "đạt 7 – 7,5% và ( Nhà nước 25 . 000 ."
    words = [("đạt", 0), ("7 –", 4), ("7,5%", 8), ("và", 13), ("( Nhà nước", 16), ("25 . 000", 27),
             (".", 36)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["đạt", "7", "–", "7,5%", "và", "(", "Nhà nước", "25 . 000", "."]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)
    assert [t.id for t in tokens] == [(i,) for i in range(1, 10)]


def test_a_range_written_as_one_word_becomes_two_numbers() -> None:
    # VTB dev writes these as one word (sentences 1035 and 1050); years and dates keep theirs
    text = "có 1.500-2.000 mục từ, 5.000–6.000 người, 1,5-2 ha khóa 2006-2011 ngày 23-3"
    words = [("có", 0), ("1.500-2.000", 3), ("mục từ", 15), (",", 21), ("5.000–6.000", 23),
             ("người", 35), (",", 40), ("1,5-2", 42), ("ha", 48), ("khóa", 51), ("2006-2011", 56),
             ("ngày", 66), ("23-3", 71)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["có", "1.500", "-", "2.000", "mục từ", ",", "5.000", "–",
                                        "6.000", "người", ",", "1,5", "-", "2", "ha", "khóa",
                                        "2006-2011", "ngày", "23-3"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_a_spaced_range_a_bound_with_its_dash_and_counts_by_a_slash_are_split() -> None:
    # the bundled tokenizer joins these (sentences of blind sets GM to GQ): a range spaced after
    # its dash is two amounts, like "7- 8 tấn" whose first bound keeps the dash; a count, its
    # unit and the count after the slash are three words
    text = "đạt 5,7- 5,8 tỉ USD; 7- 8 tấn; 32 vụ/47 bị can; 2021- 2025"
    words = [("đạt", 0), ("5,7- 5,8", 4), ("tỉ", 13), ("USD", 16), (";", 19), ("7-", 21),
             ("8", 24), ("tấn", 26), (";", 29), ("32 vụ/47", 31), ("bị can", 40), (";", 46),
             ("2021- 2025", 48)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["đạt", "5,7", "-", "5,8", "tỉ", "USD", ";", "7", "-", "8",
                                        "tấn", ";", "32", "vụ", "/47", "bị can", ";", "2021- 2025"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_a_date_joined_to_the_count_after_its_comma_is_split() -> None:
    # the bundled tokenizer joins these (news sentences of the development sets); a decimal
    # written with a spaced comma, as VTB does ("1, 5"), stays one word
    text = "tháng 4-2021, 3 bị cáo; sáng 25/6, 6 đoàn; năm 2020, 12 xã; 1, 5 tấn"
    words = [("tháng", 0), ("4-2021, 3", 6), ("bị cáo", 16), (";", 22), ("sáng", 24),
             ("25/6, 6", 29), ("đoàn", 37), (";", 41), ("năm", 43), ("2020, 12", 47), ("xã", 56),
             (";", 58), ("1, 5", 60), ("tấn", 65)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["tháng", "4-2021", ",", "3", "bị cáo", ";", "sáng", "25/6",
                                        ",", "6", "đoàn", ";", "năm", "2020", ",", "12", "xã", ";",
                                        "1, 5", "tấn"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_a_date_joined_to_the_name_after_it_is_split() -> None:
    # "Ngày 21/8 Công an thành phố", "Sáng 02/10 Huyện ủy": the bundled tokenizer joins them; a
    # year range written with a loose dash stays one word
    text = "Ngày 21/8 Công an thành phố; sáng 02/10 Huyện ủy; 2020 -2025"
    words = [("Ngày", 0), ("21/8 Công an", 5), ("thành phố", 18), (";", 27), ("sáng", 29),
             ("02/10 Huyện", 34), ("ủy", 46), (";", 48), ("2020 -2025", 50)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["Ngày", "21/8", "Công an", "thành phố", ";", "sáng",
                                        "02/10", "Huyện", "ủy", ";", "2020 -2025"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_a_unit_joined_to_the_number_after_its_slash_is_split() -> None:
    # "0,4 miligam/1 lít": the bundled tokenizer joins the unit and the number; a symbol's
    # capitalised code stays whole
    text = "0,4 miligam/1 lít khí thở; QĐ/1 và km/h"
    words = [("0,4", 0), ("miligam/1", 4), ("lít", 14), ("khí", 18), ("thở", 22), (";", 25),
             ("QĐ/1", 27), ("và", 32), ("km/h", 35)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ["0,4", "miligam", "/1", "lít", "khí", "thở", ";", "QĐ/1",
                                        "và", "km/h"]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_a_mark_glued_to_a_words_end_becomes_its_own_token() -> None:
    # the bundled tokenizer's output on VTB test sentences written as real text
    text = "\"À, cũng được\" trên quốc lộ 7... và v.v..."
    words = [('"', 0), ("À,", 1), ("cũng", 4), ("được", 9), ('"', 13), ("trên", 15),
             ("quốc lộ", 20), ("7...", 28), ("và", 33), ("v.v...", 36)]
    doc = _retokenized(text, [words])
    tokens = doc.sentences[0].tokens
    assert [t.text for t in tokens] == ['"', "À", ",", "cũng", "được", '"', "trên", "quốc lộ", "7",
                                        "...", "và", "v.v..."]
    assert all(text[t.start_char:t.end_char] == t.text for t in tokens)


def test_punctuation_is_reattached_projectively() -> None:
    from annotate.conllu_io import Word
    from annotate.parse import projective_punctuation

    # 1 a <- 2 b (root); 3 "," hangs from 1 over 2, which 1 does not dominate; 4 c <- 2
    rows = [("a", "NOUN", 2, "nsubj"), ("b", "VERB", 0, "root"), (",", "PUNCT", 1, "punct"),
            ("c", "NOUN", 2, "obj"), (".", "PUNCT", 2, "punct")]
    words = [Word(str(i), f, upos=u, head=str(h), deprel=d) for i, (f, u, h, d) in enumerate(rows, 1)]
    fixed = projective_punctuation(words)
    assert [w.head for w in fixed] == ["2", "0", "2", "2", "2"]  # the comma: 1's ancestor, 2
    assert [w.deprel for w in fixed] == ["nsubj", "root", "punct", "obj", "punct"]
    # a punctuation mark that is already projective keeps its head
    rows[2] = (",", "PUNCT", 4, "punct")
    words = [Word(str(i), f, upos=u, head=str(h), deprel=d) for i, (f, u, h, d) in enumerate(rows, 1)]
    assert projective_punctuation(words)[2].head == "4"


def test_obliques_of_nominal_arguments_become_nmod() -> None:
    from annotate.conllu_io import Word
    from annotate.parse import nominal_obliques

    def words(rows: list[tuple[str, str, int, str]]) -> list[Word]:
        return [Word(str(i), f, upos=u, head=str(h), deprel=d) for i, (f, u, h, d) in enumerate(rows, 1)]

    # "bán hàng cho khách ở chợ": "chợ" (obl) under the object "khách" (a noun) is nmod
    rows = [("bán", "VERB", 0, "root"), ("hàng", "NOUN", 1, "obj"), ("khách", "NOUN", 1, "obj"),
            ("ở", "ADP", 5, "case"), ("chợ", "NOUN", 3, "obl"), ("hôm qua", "NOUN", 1, "obl:tmod")]
    assert [w.deprel for w in nominal_obliques(words(rows))] == [
        "root", "obj", "obj", "case", "nmod", "obl:tmod"]  # an oblique of the verb stays
    # a subtyped oblique under a nominal loses its subtype (VTB has no nmod:tmod)
    rows[5] = ("hôm qua", "NOUN", 3, "obl:tmod")
    assert nominal_obliques(words(rows))[5].deprel == "nmod"
    # a nominal with a subject of its own is a predicate: its obliques stay
    rows = [("bán", "VERB", 0, "root"), ("hàng", "NOUN", 1, "obj"), ("nó", "PRON", 2, "nsubj"),
            ("ở", "ADP", 5, "case"), ("chợ", "NOUN", 2, "obl")]
    assert nominal_obliques(words(rows))[4].deprel == "obl"

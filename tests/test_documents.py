"""Reading input documents: NFC, page chrome, JSONL, and every kind of bad input."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from annotate.documents import (
    Document,
    doc_id_from,
    normalize,
    read_documents,
    read_text_file,
)
from annotate.errors import InputError


def _only(items: list) -> Document | InputError:
    assert len(items) == 1, items
    return items[0]


def test_seed_chrome_becomes_metadata(seed_path: Path) -> None:
    doc = read_text_file(seed_path)
    assert doc.id == "laocai-antq"
    assert doc.metadata["title"].startswith("Công tác lãnh đạo của cấp ủy đảng")
    assert doc.metadata["views"] == "1146"
    assert doc.metadata["author"] == "Hà Dinh"
    body = "\n".join(doc.paragraph_texts())
    for furniture in ("Lượt xem", "Tác giả", "Thông tin mới nhất", "Thống kê truy cập",
                      "Đang online", "Đăng nhập"):
        assert furniture not in body
    assert len(doc.paragraphs) == 13
    assert doc.paragraph_texts()[0].startswith("Trong những năm qua")
    assert doc.paragraph_texts()[-1].endswith("trong thời gian tiếp theo.")
    # spans point into the source
    for (start, end), text in zip(doc.paragraphs, doc.paragraph_texts()):
        assert doc.source[start:end] == text


def test_plain_text_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Dòng đầu tiên.\nDòng thứ hai.\n\nĐoạn hai.\n", encoding="utf-8")
    doc = read_text_file(path)
    assert "title" not in doc.metadata
    assert doc.paragraph_texts() == ["Dòng đầu tiên.\nDòng thứ hai.", "Đoạn hai."]


def test_nfc_with_recoverable_offsets(tmp_path: Path) -> None:
    composed = "Bảo vệ an ninh Tổ quốc."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    text, mapping = normalize(decomposed)
    assert text == composed
    assert mapping is not None and len(mapping) == len(text) + 1
    # every character of the NFC text maps back to where it started in the input
    for i, ch in enumerate(text):
        start, end = mapping[i], mapping[i + 1]
        assert unicodedata.normalize("NFC", decomposed[start:end]) == ch
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed, encoding="utf-8")
    doc = read_text_file(path)
    assert doc.source == composed
    assert doc.original_text() == decomposed
    assert doc.original_offset(len(composed)) == len(decomposed)


def test_already_nfc_has_no_mapping() -> None:
    assert normalize("an ninh")[1] is None


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        (b"Xin ch\xe0o\nd\xc3\xb2ng hai\n", "not valid UTF-8 (byte offset 6", 1),
        (b"d\xc3\xb2ng m\xe1\xbb\x99t\n\xff\xfe\n", "not valid UTF-8 (byte offset 12", 2),
        (b"ELF\x00\x01\x02binary", "binary file (NUL byte at byte offset 3)", 1),
        (b"", "empty document", None),
        (b"  \n\n \t\n", "empty document", None),
    ],
)
def test_bad_text_files(tmp_path: Path, data: bytes, message: str, line: int | None) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    error = _only(list(read_documents([str(path)])))
    assert isinstance(error, InputError)
    assert message in error.message
    assert error.path == str(path)
    assert error.line == line
    assert str(error).startswith(f"{path}")


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_documents([str(tmp_path / "nope.txt")]))


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "texts.jsonl"
    lines = [
        json.dumps({"id": "a 1", "text": "Bộ Công an.", "source": "x"}, ensure_ascii=False),
        "[1, 2]",
        json.dumps({"id": "b", "text": 5}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": "  "}),
        "",
        json.dumps({"text": "Chính phủ."}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_documents([str(path)]))
    good = [d for d in items if isinstance(d, Document)]
    bad = [d for d in items if isinstance(d, InputError)]
    assert [d.id for d in good] == ["a-1", "texts-8"]
    assert good[0].input_id == "a 1"
    assert good[0].metadata["source"] == "x"
    assert [(e.line, e.message.split(":")[0]) for e in bad] == [
        (2, 'each line must be a JSON object with a string "text"'),
        (3, 'missing or non-string "text" field'),
        (4, "not a JSON object"),
        (5, 'missing or non-string "text" field'),
        (6, "empty document"),
    ]


def test_folder_and_duplicate_ids(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Một.", encoding="utf-8")
    (tmp_path / "docs" / "b.txt").write_text("Hai.", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "a.txt").write_text("Ba.", encoding="utf-8")
    items = list(read_documents([str(tmp_path / "docs"), str(tmp_path / "other" / "a.txt")]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "b"]
    assert "duplicate document id 'a'" in items[2].message


def test_stdin_text_and_jsonl() -> None:
    doc = _only(list(read_documents(["-"], stdin=io.BytesIO("Tỉnh ủy Lào Cai.".encode()))))
    assert isinstance(doc, Document) and doc.id == "stdin"
    jsonl = b'{"id": "x", "text": "Ch\xc3\xadnh ph\xe1\xbb\xa7."}\n'
    doc = _only(list(read_documents(["-"], stdin=io.BytesIO(jsonl))))
    assert isinstance(doc, Document) and doc.id == "x"


def test_doc_ids_are_file_safe() -> None:
    assert doc_id_from("báo cáo/2024 (1)") == "báo-cáo-2024-1"
    assert doc_id_from("...") == "doc"


def test_long_paragraphs_are_cut_at_sentence_ends(tmp_path: Path) -> None:
    sentence = "Tỉnh ủy Lào Cai đã ban hành 02 đề án về an ninh trật tự. "
    path = tmp_path / "long.txt"
    path.write_text(sentence * 2000, encoding="utf-8")  # ~112,000 characters, one paragraph
    doc = read_text_file(path)
    texts = doc.paragraph_texts()
    assert len(texts) > 5
    assert all(len(t) <= 20_000 for t in texts)
    assert all(t.endswith("trật tự.") and t.startswith("Tỉnh ủy") for t in texts)
    assert "".join(t + " " for t in texts) == sentence * 2000

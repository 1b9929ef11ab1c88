"""`vicorpus annotate` end to end on the bundled model: the seed, VTB text, bad input, JSONL."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.conllu_io import read_conllu
from annotate.documents import make_document, read_text_file
from annotate.parse import Parser, bundled_dir, resolve_models
from annotate.pipeline import Summary, annotate_documents, write_conllu_files

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from realtext import to_real_text  # the rewriting the model is trained and scored with


@pytest.fixture(scope="session")
def parser() -> Parser:
    if not (bundled_dir() / "pipeline.json").is_file():
        pytest.fail("the bundled model is missing: annotate/models/vi_vtb_compact/pipeline.json")
    return Parser(resolve_models("bundled"), threads=2)


@pytest.fixture(scope="session")
def seed_conllu(parser: Parser, seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    summary = Summary()
    write_conllu_files(annotate_documents([read_text_file(seed_path)], parser), out, summary)
    assert summary.documents == 1
    return out / "laocai-antq.conllu"


def udvalidate(path: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("udvalidate") or str(Path(sys.executable).parent / "udvalidate")
    return subprocess.run([exe, "--lang", "vi", "--level", "2", str(path)],
                          capture_output=True, text=True, check=False)


def test_seed_metadata_and_ids(seed_conllu: Path, seed_path: Path) -> None:
    sentences = list(read_conllu(seed_conllu))
    first = sentences[0]
    assert first.meta("newdoc id") == "laocai-antq"
    assert first.meta("author") == "Hà Dinh"
    assert first.meta("views") == "1146"
    assert first.meta("title").startswith("Công tác lãnh đạo")
    ids = [s.sent_id for s in sentences]
    assert len(set(ids)) == len(ids) == len(sentences)
    assert sum(1 for s in sentences if s.meta("newpar id")) == 13
    assert not any("Đăng nhập" in (s.text or "") for s in sentences)


def test_seed_offsets_point_into_the_source(seed_conllu: Path, seed_path: Path) -> None:
    source = read_text_file(seed_path).source
    for sentence in read_conllu(seed_conllu):
        rebuilt = ""
        for word in sentence.syntactic_words():
            misc = word.misc_dict()
            start, end = map(int, misc["TokenRange"].split(":"))
            assert re.sub(r"\s+", " ", source[start:end]) == word.form
            rebuilt += word.form + ("" if misc.get("SpaceAfter") == "No" else " ")
        assert rebuilt.rstrip() == sentence.text


def test_seed_numbers_dates_and_document_numbers_are_single_words(seed_conllu: Path) -> None:
    forms = {w.form for s in read_conllu(seed_conllu) for w in s.syntactic_words()}
    for whole in ("1.231.883", "19.183", "01/12/2011", "02/5/2012", "77/2010/NĐ-CP",
                  "2.098", "3.021"):
        assert whole in forms, whole
    assert ";" in forms
    assert "tham gia;" not in forms


def test_seed_passes_the_official_validator(seed_conllu: Path) -> None:
    result = udvalidate(seed_conllu)
    assert result.returncode == 0, result.stdout + result.stderr


def test_committed_corpus_is_what_annotate_produces(parser: Parser, tmp_path: Path) -> None:
    """corpus/*.conllu is `vicorpus annotate corpus/raw/ -o corpus/ --models bundled`, current."""
    raw = ROOT / "corpus" / "raw" / "laocai-antq.txt"
    summary = Summary()
    write_conllu_files(annotate_documents([read_text_file(raw)], parser), tmp_path, summary)
    produced = (tmp_path / "laocai-antq.conllu").read_text("utf-8")
    assert "# source = " in produced  # the sidecar metadata travels into the corpus
    committed = ROOT / "corpus" / "laocai-antq.conllu"
    assert committed.read_text("utf-8") == produced, (
        "corpus/laocai-antq.conllu is stale: rerun "
        "`vicorpus annotate corpus/raw/ -o corpus/ --models bundled`")


@pytest.mark.parametrize("version", ["spaced", "real"])
def test_vtb_test_text_gives_valid_conllu(parser: Parser, ud_dir: Path, tmp_path: Path,
                                          version: str) -> None:
    sentences = list(read_conllu(ud_dir / "vi_vtb-ud-test.conllu"))[:200]
    if version == "real":
        texts = [to_real_text([w.form for w in s.syntactic_words()]) for s in sentences]
    else:
        texts = [s.text or "" for s in sentences]
    paragraphs = "\n\n".join(" ".join(texts[i:i + 10]) for i in range(0, len(texts), 10))
    summary = Summary()
    document = make_document(f"vtb-test-{version}", paragraphs, "<test>")
    write_conllu_files(annotate_documents([document], parser), tmp_path, summary)
    gold_words = sum(len(s.syntactic_words()) for s in sentences)
    assert abs(summary.words - gold_words) < 0.05 * gold_words  # segments about as VTB does
    assert abs(summary.sentences - len(sentences)) <= 4
    result = udvalidate(tmp_path / f"vtb-test-{version}.conllu")
    assert result.returncode == 0, result.stdout[-3000:]


def test_cli_batch_with_bad_documents(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("Bộ Công an ban hành Thông tư số 15/2023/TT-BCA.", "utf-8")
    (docs / "bad.txt").write_bytes(b"Xin ch\xe0o")
    (docs / "empty.txt").write_text("\n\n", "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["annotate", str(docs), "-o", str(out), "--models", "bundled"])
    assert result.exit_code == 1, result.output
    assert f"{docs / 'bad.txt'}:1: not valid UTF-8" in result.output
    assert f"{docs / 'empty.txt'}: empty document" in result.output
    assert sorted(p.name for p in out.iterdir()) == ["good.conllu"]
    assert "1 documents" in result.output and "2 failed" in result.output


def test_cli_missing_path_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from annotate.cli import main; main()", "annotate",
         str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == f"vicorpus: error: {tmp_path / 'missing.txt'}: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_cli_stdin_and_jsonl_entities(tmp_path: Path) -> None:
    text = "Ngày 01/12/2011, Ban Bí thư Trung ương Đảng ban hành Chỉ thị số 09-CT/TW."
    out = tmp_path / "out.jsonl"
    stdin = json.dumps({"id": 7, "text": text}, ensure_ascii=False) + "\n"
    result = CliRunner().invoke(cli, ["annotate", "-", "--format", "jsonl", "-o", str(out),
                                      "--models", "bundled"], input=stdin.encode())
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text("utf-8"))
    assert record["id"] == 7 and record["text"] == text
    assert record["entities"], record
    for entity in record["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]
    labels = {e["label"] for e in record["entities"]}
    assert {"DATE", "LEGAL"} <= labels


def test_cli_stdin_text_to_conllu(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["annotate", "-", "-o", str(out), "--models", "bundled",
                                      "--no-entities"],
                                input="Tỉnh ủy Lào Cai đã ban hành 02 đề án.".encode())
    assert result.exit_code == 0, result.output
    sentences = list(read_conllu(out / "stdin.conllu"))
    assert sentences[0].meta("newdoc id") == "stdin"
    assert not any("NER=" in w.misc for s in sentences for w in s.words)

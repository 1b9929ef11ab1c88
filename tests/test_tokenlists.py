"""The `conllu.TokenList` API: what vicorpus returns equals `conllu.parse` of what it writes, and
serializes back to the same bytes wherever the conllu library can."""

from __future__ import annotations

from pathlib import Path

import conllu
import pytest

import annotate
from annotate.conllu_io import read_conllu
from annotate.errors import VicorpusError
from annotate.parse import Parser, resolve_models
from annotate.tokenlists import read_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS_FILE = ROOT / "corpus" / "laocai-antq.conllu"


def _same(ours: list[conllu.TokenList], theirs: list[conllu.TokenList]) -> None:
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs):
        assert list(a) == list(b)
        assert dict(a.metadata) == dict(b.metadata)


@pytest.mark.parametrize("path", [CORPUS_FILE, ROOT / "treebank/UD_Vietnamese-VTB/vi_vtb-ud-test.conllu"],
                         ids=["corpus", "vtb-test"])
def test_read_corpus_equals_conllu_parse(path: Path) -> None:
    ours = list(read_corpus(path))
    _same(ours, conllu.parse(path.read_text(encoding="utf-8")))
    first = next(t for t in ours[0] if isinstance(t["id"], int))
    assert first["id"] == 1 and isinstance(first["head"], int)


def test_our_output_serializes_back_byte_for_byte() -> None:
    sentences = list(read_conllu(CORPUS_FILE))
    tokenlists = list(read_corpus(CORPUS_FILE))
    assert len(tokenlists) == len(sentences) > 30
    for sentence, tokenlist in zip(sentences, tokenlists):
        assert tokenlist.serialize() == sentence.to_conllu(), sentence.sent_id


def test_vtb_token_lines_serialize_back_and_comments_where_well_formed() -> None:
    path = ROOT / "treebank/UD_Vietnamese-VTB/vi_vtb-ud-dev.conllu"
    same = 0
    for sentence, tokenlist in zip(read_conllu(path), read_corpus(path)):
        ours, theirs = sentence.to_conllu(), tokenlist.serialize()
        tokens = [line for line in ours.splitlines() if line and not line.startswith("#")]
        assert [line for line in theirs.splitlines() if line and not line.startswith("#")] == tokens
        # conllu writes "# key = value"; VTB writes "# text =Tôi": only such comments differ
        if ours == theirs:
            same += 1
        else:
            assert any("=" in c and " = " not in c for c in sentence.comments), sentence.sent_id
    assert same > 0


def test_a_folder_is_read_in_name_order(tmp_path: Path) -> None:
    blocks = CORPUS_FILE.read_text(encoding="utf-8").split("\n\n")
    (tmp_path / "b.conllu").write_text("\n\n".join(blocks[:3]) + "\n\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.conllu").write_text("\n\n".join(blocks[3:5]) + "\n\n", encoding="utf-8")
    ids = [t.metadata["sent_id"] for t in read_corpus(tmp_path)]
    assert ids == [f"laocai-antq-s{i}" for i in range(1, 6)]  # "b.conllu" < "sub/a.conllu"


def test_columns_split_on_tabs_only(tmp_path: Path) -> None:
    # a FORM with two spaces inside: conllu.parse would split the line there, vicorpus does not
    path = tmp_path / "x.conllu"
    path.write_text("# text = an  ninh\n1\tan  ninh\tan  ninh\tNOUN\tN\t_\t0\troot\t_\t_\n\n",
                    encoding="utf-8")
    (tokenlist,) = read_corpus(path)
    assert tokenlist[0]["form"] == "an  ninh" and tokenlist[0]["deprel"] == "root"
    assert tokenlist.serialize() == path.read_text(encoding="utf-8")


def test_a_broken_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    path.write_text("# text = x\n1\tx\tx\n\n", encoding="utf-8")
    with pytest.raises(VicorpusError, match=r"bad\.conllu:2: expected 10"):
        list(read_corpus(path))


def test_annotate_text_returns_tokenlists_on_request() -> None:
    parser = Parser(resolve_models("bundled"), threads=2)
    text = "Ngày 15/3/2023, Bộ Công an ban hành Thông tư số 15/2023/TT-BCA."
    written = annotate.annotate_text(text, parser, doc_id="t")
    tokenlists = annotate.annotate_text(text, parser, doc_id="t", tokenlists=True)
    _same(tokenlists, conllu.parse(written))
    assert "".join(t.serialize() for t in tokenlists) == written
    ner = [t["misc"].get("NER") for t in tokenlists[0] if t["misc"]]
    assert "B-LEGAL" in ner

"""Every tree `vicorpus annotate` writes with the bundled model set (Eisner decoding) is
projective: the seed article and the whole VTB test text."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.conllu_io import read_conllu
from annotate.decoding import nonprojective_arcs
from annotate.documents import make_document, read_text_file
from annotate.parse import Parser, resolve_models
from annotate.pipeline import Summary, annotate_documents, write_conllu_files


@pytest.fixture(scope="module")
def parser() -> Parser:
    models = resolve_models("bundled")
    assert models.decoder == "eisner"  # the bundled set decodes projectively by default
    return Parser(models, threads=2)


def _nonprojective(path: Path) -> dict[str, list[int]]:
    found = {}
    for sentence in read_conllu(path):
        heads = [int(w.head) for w in sentence.syntactic_words()]
        assert heads.count(0) == 1, sentence.sent_id
        crossing = nonprojective_arcs(heads)
        if crossing:
            found[sentence.sent_id] = crossing
    return found


def _write(parser: Parser, document, out: Path) -> Path:
    summary = Summary()
    write_conllu_files(annotate_documents([document], parser, entities=False), out, summary)
    assert summary.documents == 1
    return out / f"{document.id}.conllu"


def test_seed_trees_are_projective(parser: Parser, seed_path: Path, tmp_path: Path) -> None:
    path = _write(parser, read_text_file(seed_path), tmp_path)
    words = sum(len(s.syntactic_words()) for s in read_conllu(path))
    assert words > 1500  # the whole article, long sentences included
    assert _nonprojective(path) == {}


def test_vtb_test_text_trees_are_projective(parser: Parser, ud_dir: Path, tmp_path: Path) -> None:
    texts = [s.text or "" for s in read_conllu(ud_dir / "vi_vtb-ud-test.conllu")]
    raw = "\n\n".join(" ".join(texts[i:i + 10]) for i in range(0, len(texts), 10))
    path = _write(parser, make_document("vtb-test", raw, "<test>"), tmp_path)
    assert len(list(read_conllu(path))) >= 790
    assert _nonprojective(path) == {}

"""The Python API: every name `annotate` exports resolves, importing it loads no model code, and
`annotate_text` gives the CoNLL-U that `vicorpus annotate` writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import annotate
from annotate.conllu_io import read_conllu
from annotate.parse import Parser, resolve_models


def test_every_exported_name_resolves() -> None:
    for name in annotate.__all__:
        assert getattr(annotate, name) is not None, name


def test_import_loads_neither_stanza_nor_torch() -> None:
    code = "import sys, annotate; print('stanza' in sys.modules or 'torch' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_annotate_text_matches_the_command(tmp_path: Path) -> None:
    text = "Ngày 15/3/2023, Bộ Công an ban hành Thông tư số 15/2023/TT-BCA.\n\nHơn 19.183 buổi."
    conllu = annotate.annotate_text(text, Parser(resolve_models("bundled"), threads=2), doc_id="t")
    path = tmp_path / "t.conllu"
    path.write_text(conllu, encoding="utf-8")
    sentences = list(read_conllu(path))
    assert sentences[0].meta("newdoc id") == "t" and len(sentences) == 2
    ner = [w.misc_dict().get("NER") for s in sentences for w in s.syntactic_words()]
    assert {"B-DATE", "B-ORG", "B-LEGAL", "B-QUANTITY"} <= set(ner)
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    from click.testing import CliRunner

    from annotate.cli import cli
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["annotate", str(tmp_path / "t.txt"), "-o", str(out),
                                      "--models", "bundled", "--threads", "2"])
    assert result.exit_code == 0, result.output
    written = (out / "t.conllu").read_text("utf-8")
    assert written.replace("# source_file = t.txt\n", "") == conllu

"""Differential fuzz against udtools level 2: on mutated valid files, vicorpus reports an error iff
udtools does (the entity-layer codes, which udtools does not check, are left out)."""

from __future__ import annotations

import contextlib
import functools
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.validate import Summary, validate_paths

ANNOTATOR = (
    "# newdoc id = d1\n# newpar id = d1-p1\n# sent_id = d1-s1\n# text = Bộ Công an ban hành.\n"
    "1\tBộ Công an\tBộ Công an\tNOUN\tN\t_\t2\tnsubj\t_\tTokenRange=0:10|NER=B-ORG|NERRule=org-bo\n"
    "2\tban hành\tban hành\tVERB\tV\t_\t0\troot\t_\tTokenRange=11:19|SpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=19:20\n\n"
)
RICH = (
    "# sent_id = r1\n# text = Ahojvám, x.\n"
    "1-2\tAhojvám\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "1\tAhoj\tahoj\tINTJ\t_\t_\t0\troot\t0:root\t_\n"
    "2\tvám\tvy\tPRON\t_\tCase=Dat|Number=Plur,Sing|Person=2\t1\tnmod\t1:nmod\t_\n"
    "2.1\tx\tx\tNOUN\t_\t_\t_\t_\t1:conj:and\t_\n"
    "3\t,\t,\tPUNCT\t_\t_\t4\tpunct\t4:punct\t_\n"
    "4\tx\tx\tNOUN\t_\tForeign=Yes\t1\tparataxis\t1:parataxis|2.1:dep\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t_\t_\t1\tpunct\t1:punct\t_\n\n"
)
BASE = (
    "# newdoc id = d1\n# sent_id = s1\n# text = Tôi đi học.\n"
    "1\tTôi\ttôi\tPRON\tPp\tNumber=Sing|Person=1\t2\tnsubj\t2:nsubj\t_\n"
    "2\tđi\tđi\tVERB\tV\t_\t0\troot\t0:root\t_\n"
    "3\thọc\thọc\tVERB\tV\t_\t2\txcomp\t2:xcomp\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\tCH\t_\t2\tpunct\t2:punct\t_\n\n"
    "# newpar\n# parallel_id = pud/x1/alt1\n# sent_id = s2\n# text = ab c\n"
    "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\ta\ta\tX\t_\tCase=Acc,Nom|Number[psor]=Sing\t0\troot\t0:root\tGloss=x\n"
    "1.1\tz\tz\tX\t_\t_\t_\t_\t1:dep\t_\n"
    "2\tb\tb\tX\t_\t_\t1\tdep\t1.1:dep\t_\n"
    "3\tc\tc\tX\t_\t_\t1\tdep\t1:dep\t_\n\n"
)
SAMPLES = [ANNOTATOR, RICH, BASE]
FIELDS = ["_", "0", "2", "1-2", "1.1", "root", "nsubj:pass", "A=b|A=c", "Foo=Bar", "X", "", " ",
          "0:root", "2:nsubj|1:obj", "a b", "SpaceAfter=No", "Number=Sing"]
CHARS = ["\r", "\ufeff", "\u00a0", "\u200b", "e\u0301", "\t", " ", "\n", "#", "-", ".", "|", "=", ":", "_"]
NOT_UD = ("entity-", "token-range")
PIECES = ["\t", " ", "\n", "#", "_", "-", ".", ":", "|", "=", "0", "1", "2", "9", "a", "Z", "root",
          "SpaceAfter=No", "\u0301", "1-3", "2.1", "Case=Nom"]


@st.composite
def line_and_char_edits(draw: st.DrawFn) -> str:
    """A valid sample with one or two line edits and one or two character edits."""
    lines = draw(st.sampled_from(SAMPLES)).split("\n")
    for _ in range(draw(st.integers(0, 2))):
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["delete", "duplicate", "swap", "field", "tab"]))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "field" and "\t" in lines[i]:
            cols = lines[i].split("\t")
            cols[draw(st.integers(0, len(cols) - 1))] = draw(st.sampled_from(FIELDS))
            lines[i] = "\t".join(cols)
        else:
            lines[i] = lines[i].replace("\t", " ", 1)
    text = "\n".join(lines)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 1))
        text = text[:at] + draw(st.sampled_from(CHARS)) + text[at + cut:]
    return text


@st.composite
def piece_edits(draw: st.DrawFn) -> str:
    """A valid sample with one to four edits: delete or insert a character, swap or repeat a line."""
    text = draw(st.sampled_from(SAMPLES))
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "insert", "swap", "repeat"]))
        i = draw(st.integers(0, len(text)))
        if op == "delete":
            text = text[:i] + text[i + 1:]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(PIECES)) + text[i:]
        else:
            lines = text.split("\n")
            j, k = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if op == "swap":
                lines[j], lines[k] = lines[k], lines[j]
            else:
                lines.insert(j, lines[j])
            text = "\n".join(lines)
    return text


def vicorpus_rejects(path: Path) -> bool:
    return any(
        inc.severity == "error" and not inc.code.startswith(NOT_UD)
        for inc in validate_paths([path], Summary(), inventory=False)
    )


@functools.cache
def _udtools_validator():
    """One udtools validator for every sample: it loads its language data once, and each
    `validate_files` call starts from a fresh state."""
    validator_module = pytest.importorskip("udtools.validator")
    return validator_module.Validator(lang="vi", level=2, output=None, max_store=1000)


def udtools_rejects(path: Path) -> bool:
    validator = _udtools_validator()
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        state = validator.validate_files([str(path)])
    return any(inc.is_error() for inc in state.error_tracker)


@pytest.mark.parametrize("text", SAMPLES)
def test_samples_are_valid_for_both(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(text, encoding="utf-8")
    assert not vicorpus_rejects(path)
    assert not udtools_rejects(path)


def same_verdict(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.conllu"
        path.write_bytes(text.encode("utf-8"))
        assert vicorpus_rejects(path) == udtools_rejects(path), text


@settings(max_examples=200, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(line_and_char_edits())
def test_same_verdict_after_line_and_char_edits(text: str) -> None:
    same_verdict(text)


@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(piece_edits())
def test_same_verdict_after_piece_edits(text: str) -> None:
    same_verdict(text)

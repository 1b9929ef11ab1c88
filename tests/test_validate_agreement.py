"""Differential fuzz: mutated CoNLL-U gets the same accept/reject verdict from vicorpus and udtools."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.validate import Summary, validate_paths

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
PIECES = ["\t", " ", "\n", "#", "_", "-", ".", ":", "|", "=", "0", "1", "2", "9", "a", "Z", "root",
          "SpaceAfter=No", "\u0301", "1-3", "2.1", "Case=Nom"]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """BASE with one to four edits: delete or insert a character, swap or repeat a line."""
    text = BASE
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


@settings(max_examples=60, deadline=None, derandomize=True)
@given(mutated())
def test_same_verdict_as_udtools(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    validator_module = pytest.importorskip("udtools.validator")
    path: Path = tmp_path_factory.mktemp("agree") / "f.conllu"
    path.write_text(text, encoding="utf-8", newline="")
    validator = validator_module.Validator(lang="vi", level=2, output=None, max_store=10000)
    state = validator.validate_files([str(path)])
    theirs = any(inc.is_error() for inc in state.error_tracker)
    ours = any(i.severity == "error" for i in validate_paths([path], Summary(), inventory=False))
    assert ours == theirs

"""`vicorpus validate`: the command through the CLI group and alone; output formats, --max-errors,
exit codes; and a fuzz test of the validator."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.cli import cli
from annotate.cli.validate_cmd import validate
from annotate.errors import VicorpusError
from annotate.validate import Summary, validate_paths

VALID = (
    "# sent_id = s1\n# text = Tôi đi.\n"
    "1\tTôi\ttôi\tPRON\tPro\t_\t2\tnsubj\t_\t_\n"
    "2\tđi\tđi\tVERB\tV\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
)
BROKEN = VALID.replace("PRON", "PRN").replace("\t0\troot", "\t9\troot")
ANNOTATOR = (
    "# newdoc id = d1\n# newpar id = d1-p1\n# sent_id = d1-s1\n# text = Bộ Công an ban hành.\n"
    "1\tBộ Công an\tBộ Công an\tNOUN\tN\t_\t2\tnsubj\t_\tTokenRange=0:10|NER=B-ORG|NERRule=org-bo\n"
    "2\tban hành\tban hành\tVERB\tV\t_\t0\troot\t_\tTokenRange=11:19|SpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=19:20\n\n"
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(validate, list(args))
    return result.exit_code, result.output


def run_group(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["validate", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("text, through_group, documents", [
    (VALID, False, 0),
    (ANNOTATOR, True, 1),  # as the annotator writes it, through `vicorpus validate`
])
def test_valid_file_exits_0(tmp_path: Path, text: str, through_group: bool, documents: int) -> None:
    (tmp_path / "a-train.conllu").write_text(text, encoding="utf-8")
    code, out = (run_group if through_group else run)(str(tmp_path))
    assert code == 0, out
    assert out.splitlines()[-1].startswith(f"valid: 1 files, {documents} documents, 1 sentences, 3 words")


def test_errors_exit_1_with_file_line_code(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(BROKEN, encoding="utf-8")
    code, out = run(str(path))
    assert code == 1
    assert f"{path}:3: [unknown-upos] Unknown UPOS tag 'PRN'." in out
    assert f"{path}:4: [unknown-head]" in out
    assert "2 errors" in out.splitlines()[-1]


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(VALID.replace("\tV\t", "\tNOPE\t"), encoding="utf-8")
    code, out = run(str(path))
    assert code == 0
    assert f"{path}:4: [vi-unknown-xpos] warning: XPOS 'NOPE'" in out
    assert out.splitlines()[-1].endswith("0 errors, 1 warnings")


def test_max_errors_caps_output_not_counts(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(BROKEN, encoding="utf-8")
    code, out = run("--max-errors", "1", str(path))
    lines = out.splitlines()
    assert code == 1 and len(lines) == 2 and "2 errors" in lines[-1]


def test_json_format(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(BROKEN, encoding="utf-8")
    code, out = run("--format", "json", str(path))
    data = json.loads(out)
    assert code == 1
    assert data["summary"]["errors"] == 2 and data["summary"]["sentences"] == 1
    assert data["incidents"][0] == {
        "severity": "error", "code": "unknown-upos", "file": str(path), "line": 3,
        "message": "Unknown UPOS tag 'PRN'.", "sent_id": "s1",
    }


def test_missing_path_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(validate, [str(tmp_path / "nope.conllu")])
    assert result.exit_code != 0
    assert isinstance(result.exception, VicorpusError)  # main() turns it into one line and exit 2
    assert "no such file" in str(result.exception)


def test_ud_level_3_runs_udtools(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(VALID.replace("\t0\troot", "\t0\tnsubj").replace("\t2\tnsubj", "\t2\tdep"), encoding="utf-8")
    code, out = run("--ud-level", "3", str(path))
    assert code == 1
    assert f"{path}:4: [ud-0-is-not-root]" in out  # the path as given, not udtools' base name


def test_group_resolves_validate() -> None:
    assert cli.get_command(None, "validate") is not None  # type: ignore[arg-type]


def test_broken_file_exits_1_with_location(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(ANNOTATOR.replace("NOUN", "NOUNX"), encoding="utf-8")
    code, out = run_group(str(path))
    assert code == 1
    assert f"{path}:5: [unknown-upos]" in out


def test_group_json_output(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(ANNOTATOR.replace("B-ORG", "I-ORG"), encoding="utf-8")
    code, out = run_group("--format", "json", str(path))
    payload = json.loads(out)
    assert code == 1
    assert payload["summary"]["errors"] >= 1
    assert {"incidents", "summary"} <= payload.keys()


def test_group_missing_path_exits_2_with_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from annotate.cli import main; main()", "validate", str(tmp_path / "nope")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1


LINES = [line + "\n" for line in VALID.splitlines()]
PIECES = ["\t", " ", "\n", "\r", "#", "_", "0", "1-2", "1.1", "-", ":", "|", "=", "root", "\u0301", "NER=I-X"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.one_of(st.sampled_from(LINES), st.sampled_from(PIECES), st.text(max_size=8)), max_size=30),
       st.binary(max_size=4))
def test_fuzz_never_crashes(tmp_path_factory, parts: list[str], junk: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.conllu"
    path.write_bytes("".join(parts).encode("utf-8", errors="surrogatepass") + junk)
    summary = Summary()
    incidents = list(validate_paths([path], summary))
    assert summary.files == 1
    assert summary.errors + summary.warnings == len(incidents)

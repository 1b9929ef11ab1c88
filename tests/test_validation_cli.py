"""`vicorpus validate` through the CLI group: the lazy entry resolves, exit codes 0/1/2, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from annotate.cli import cli

VALID = (
    "# newdoc id = d1\n# newpar id = d1-p1\n# sent_id = d1-s1\n# text = Bộ Công an ban hành.\n"
    "1\tBộ Công an\tBộ Công an\tNOUN\tN\t_\t2\tnsubj\t_\tTokenRange=0:10|NER=B-ORG|NERRule=org-bo\n"
    "2\tban hành\tban hành\tVERB\tV\t_\t0\troot\t_\tTokenRange=11:19|SpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\tTokenRange=19:20\n\n"
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["validate", *args])
    return result.exit_code, result.output


def test_group_resolves_validate() -> None:
    assert cli.get_command(None, "validate") is not None  # type: ignore[arg-type]


def test_annotator_shaped_file_is_valid(tmp_path: Path) -> None:
    (tmp_path / "a-train.conllu").write_text(VALID, encoding="utf-8")
    code, out = run(str(tmp_path))
    assert code == 0, out
    assert out.splitlines()[-1].startswith("valid: 1 files, 1 documents, 1 sentences, 3 words")


def test_broken_file_exits_1_with_location(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(VALID.replace("NOUN", "NOUNX"), encoding="utf-8")
    code, out = run(str(path))
    assert code == 1
    assert f"{path}:5: [unknown-upos]" in out


def test_json_output(tmp_path: Path) -> None:
    path = tmp_path / "a.conllu"
    path.write_text(VALID.replace("B-ORG", "I-ORG"), encoding="utf-8")
    code, out = run("--format", "json", str(path))
    payload = json.loads(out)
    assert code == 1
    assert payload["summary"]["errors"] >= 1
    assert {"incidents", "summary"} <= payload.keys()


def test_missing_path_exits_2_with_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", "from annotate.cli import main; main()", "validate", str(tmp_path / "nope")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1

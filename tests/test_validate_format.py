"""Format checks (UD levels 1-2): one small broken file per rule, and agreement with udtools."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.validate import Summary, validate_paths

VALID = (
    "# sent_id = s1\n"
    "# text = Tôi đi học.\n"
    "1\tTôi\ttôi\tPRON\tPp\t_\t2\tnsubj\t_\t_\n"
    "2\tđi\tđi\tVERB\tV\t_\t0\troot\t_\t_\n"
    "3\thọc\thọc\tVERB\tV\t_\t2\txcomp\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\tCH\t_\t2\tpunct\t_\t_\n"
    "\n"
)
W1 = "1\tTôi\ttôi\tPRON\tPp\t_\t2\tnsubj\t_\t_\n"
W2 = "2\tđi\tđi\tVERB\tV\t_\t0\troot\t_\t_\n"
W3 = "3\thọc\thọc\tVERB\tV\t_\t2\txcomp\t_\tSpaceAfter=No\n"
W4 = "4\t.\t.\tPUNCT\tCH\t_\t2\tpunct\t_\t_\n"
HEAD = "# sent_id = s1\n# text = Tôi đi học.\n"


def sent(*words: str, head: str = HEAD) -> str:
    """A sentence block with the given word lines (defaults filled from VALID)."""
    return head + "".join(words) + "\n"


# name -> (content, expected error code and line, or None when valid)
CASES: dict[str, tuple[str, tuple[str, int] | None]] = {
    "valid": (VALID, None),
    "valid-text-no-space": (sent(W1, W2, W3, W4, head="# sent_id = s1\n# text =Tôi đi học.\n"), None),
    "valid-space-in-form": (
        ("# sent_id = s1\n# text = Hà Nội đẹp\n1\tHà Nội\tHà Nội\tPROPN\tNp\t_\t2\tnsubj\t_\t_\n"
        "2\tđẹp\tđẹp\tADJ\tA\t_\t0\troot\t_\t_\n\n"), None),
    "valid-mwt": (
        ("# sent_id = s1\n# text = ab c\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n"
        "2\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n3\tc\tc\tX\t_\t_\t1\tdep\t_\t_\n\n"), None),
    "valid-empty-node": (
        ("# sent_id = s1\n# text = a b\n1\ta\ta\tX\t_\t_\t0\troot\t0:root\t_\n1.1\tz\tz\tX\t_\t_\t_\t_\t1:dep\t_\n"
        "2\tb\tb\tX\t_\t_\t1\tdep\t1:dep\t_\n\n"), None),
    "valid-feats": (sent(W1.replace("\t_\t2", "\tNumber=Plur|Person=1\t2"), W2, W3, W4), None),
    "valid-newdoc": ("# newdoc id = d1\n# newpar id = d1-p1\n" + VALID, None),
    "columns": (sent(W1.replace("\t_\t_\n", "\t_\n"), W2, W3, W4), ("number-of-columns", 3)),
    "space-separated": (sent(W1.replace("\t", " ", 1), W2, W3, W4), ("number-of-columns", 3)),
    "space-in-upos": (sent(W1.replace("PRON", "PR ON"), W2, W3, W4), ("invalid-whitespace", 3)),
    "trailing-space-form": (sent(W1.replace("\tTôi\t", "\tTôi \t"), W2, W3, W4), ("trailing-whitespace", 3)),
    "empty-column": (sent(W1.replace("\ttôi\t", "\t\t"), W2, W3, W4), ("empty-column", 3)),
    "misplaced-comment": (HEAD + W1 + "# c\n" + W2 + W3 + W4 + "\n", ("misplaced-comment", 4)),
    "no-blank-line-end": (VALID[:-1], ("missing-empty-line", 6)),
    "no-final-newline": (VALID[:-2], ("missing-empty-line", 6)),
    "two-blank-lines": (VALID + "\n" + VALID.replace("s1", "s2"), ("empty-sentence", 8)),
    "pseudo-empty": (VALID[:-1] + " \n", ("pseudo-empty-line", 7)),
    "crlf": (VALID.replace("\n", "\r\n"), ("non-unix-newline", 1)),
    "nfd": (sent(W1.replace("Tôi", "To\u0302i", 1), W2, W3, W4), ("unicode-normalization", 3)),
    "bad-utf8": (None, ("invalid-utf", 3)),
    "invalid-line": (HEAD + W1 + "x\n" + W2 + W3 + W4 + "\n", ("invalid-line", 4)),
    "id-gap": (sent(W1, W2, W4), ("word-id-sequence", 3)),
    "id-bad": (sent(W1.replace("1\t", "01\t", 1), W2, W3, W4), ("invalid-word-id", 3)),
    "mwt-out": (sent("1-5\tx\t_\t_\t_\t_\t_\t_\t_\t_\n", W1, W2, W3, W4), ("word-interval-out", 3)),
    "mwt-field": (sent("1-2\tx\tx\t_\t_\t_\t_\t_\t_\t_\n", W1, W2, W3, W4), ("mwt-nonempty-field", 3)),
    "empty-node-order": (sent(W1, "1.2\tz\tz\tX\t_\t_\t_\t_\t_\t_\n", W2, W3, W4), ("misplaced-empty-node", 4)),
    "unknown-head": (sent(W1.replace("\t2\tnsubj", "\t9\tnsubj"), W2, W3, W4), ("unknown-head", 3)),
    "invalid-head": (sent(W1.replace("\t2\tnsubj", "\tx\tnsubj"), W2, W3, W4), ("invalid-head", 3)),
    "self-loop": (sent(W1.replace("\t2\tnsubj", "\t1\tnsubj"), W2, W3, W4), ("head-self-loop", 3)),
    "two-roots": (sent(W1.replace("\t2\tnsubj", "\t0\troot"), W2, W3, W4), ("multiple-roots", 3)),
    "cycle": (sent(W1, W2.replace("\t0\troot", "\t3\tdep"), W3, W4), ("non-tree", 3)),
    "bad-upos": (sent(W1.replace("PRON", "PRN"), W2, W3, W4), ("unknown-upos", 3)),
    "bad-deprel": (sent(W1.replace("nsubj", "Nsubj"), W2, W3, W4), ("invalid-deprel", 3)),
    "unknown-deprel": (sent(W1.replace("nsubj", "subj"), W2, W3, W4), ("unknown-udeprel", 3)),
    "bad-feature": (sent(W1.replace("\t_\t2", "\tnumber=Plur\t2"), W2, W3, W4), ("invalid-feature", 3)),
    "unsorted-features": (sent(W1.replace("\t_\t2", "\tPerson=1|Number=Plur\t2"), W2, W3, W4),
                          ("unsorted-features", 3)),
    "bad-deps": (sent(W1.replace("nsubj\t_", "nsubj\t2"), W2, W3, W4), ("invalid-deps", 3)),
    "unknown-ehead": (sent(W1.replace("nsubj\t_", "nsubj\t7:nsubj"), W2, W3, W4), ("unknown-ehead", 3)),
    "spaceafter-value": (sent(W1, W2, W3.replace("SpaceAfter=No", "SpaceAfter=Yes"), W4),
                         ("spaceafter-value", 5)),
    "missing-sent-id": (VALID.replace("# sent_id = s1\n", ""), ("missing-sent-id", 2)),
    "bad-sent-id": (VALID.replace("# sent_id = s1", "# sent_id = "), ("invalid-sent-id", 1)),
    "duplicate-sent-id": (VALID + VALID, ("non-unique-sent-id", 8)),
    "slash-sent-id": (VALID.replace("s1", "a/s1"), ("slash-in-sent-id", 1)),
    "missing-text": (VALID.replace("# text = Tôi đi học.\n", ""), ("missing-text", 2)),
    "text-mismatch": (VALID.replace("Tôi đi", "Tôi về"), ("text-form-mismatch", 4)),
    "text-extra": (VALID.replace("học.", "học. Ừ"), ("text-extra-chars", 2)),
    "missing-spaceafter": (sent(W1, W2, W3.replace("SpaceAfter=No", "_"), W4).replace("học.", "học ."),
                           None),
    "missing-spaceafter-bad": (sent(W1, W2, W3.replace("SpaceAfter=No", "_"), W4), ("missing-spaceafter", 5)),
    "egraph-unconnected": (sent(W1.replace("nsubj\t_", "nsubj\t2:nsubj"), W2, W3, W4), ("unconnected-egraph", 3)),
    "egraph-sometimes": (VALID + sent(W1, W2.replace("root\t_", "root\t0:root"), W3, W4).replace("s1", "s2")
                         .replace("nsubj\t_", "nsubj\t2:nsubj").replace("xcomp\t_", "xcomp\t2:xcomp")
                         .replace("punct\t_", "punct\t2:punct"), ("edeps-only-sometimes", 10)),
    "repeated-spaceafter": (sent(W1, W2, W3.replace("SpaceAfter=No", "SpaceAfter=No|SpaceAfter=No"), W4),
                            ("repeated-misc", 5)),
    "misc-empty-warning-only": (sent(W1.replace("\t_\n", "\tA=1||B=2\n"), W2, W3, W4), None),
    "root-not-0-level3-only": (sent(W1.replace("nsubj", "root"), W2, W3, W4), None),
    "trailing-tab": (sent(W1.replace("\n", "\t\n"), W2, W3, W4), ("number-of-columns", 3)),
    "comment-after-last": (VALID + "# late\n", ("missing-empty-line", 8)),
}


def _write(tmp_path: Path, name: str, content: str | None) -> Path:
    path = tmp_path / f"{name}.conllu"
    if content is None:  # invalid UTF-8 on line 3
        path.write_bytes(HEAD.encode() + b"1\tT\xffi\tt\xffi\tPRON\tPp\t_\t0\troot\t_\t_\n\n")
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def vicorpus_errors(path: Path) -> list[tuple[str, int]]:
    """(code, line) of the errors vicorpus reports on one file."""
    return [(i.code, i.line) for i in validate_paths([path], Summary(), inventory=False) if i.severity == "error"]


def udtools_rejects(path: Path) -> bool:
    """True when the official validator finds an error at level 2."""
    validator_module = pytest.importorskip("udtools.validator")
    validator = validator_module.Validator(lang="vi", level=2, output=None, max_store=10000)
    try:
        state = validator.validate_files([str(path)])
    except UnicodeDecodeError:  # udtools reads text mode: invalid UTF-8 stops it, a rejection
        return True
    return any(inc.is_error() for inc in state.error_tracker)


@pytest.mark.parametrize("name", sorted(CASES))
def test_rule_reported_with_code_and_line(tmp_path: Path, name: str) -> None:
    content, expected = CASES[name]
    errors = vicorpus_errors(_write(tmp_path, name, content))
    if expected is None:
        assert errors == []
    else:
        assert expected in errors, errors


@pytest.mark.parametrize("name", sorted(CASES))
def test_agrees_with_udtools(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, CASES[name][0])
    assert bool(vicorpus_errors(path)) == udtools_rejects(path)


def test_vtb_treebank_has_no_errors(ud_dir: Path) -> None:
    summary = Summary()
    errors = [i for i in validate_paths([ud_dir], summary) if i.severity == "error"]
    assert errors == []
    assert summary.files == 3 and summary.sentences > 3000 and summary.words > 50000


FIXTURES = sorted((Path(__file__).parent / "data" / "validate").glob("*.conllu"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixture_file_agrees_with_udtools(path: Path) -> None:
    """Each small file under tests/data/validate/: vicorpus rejects it iff udtools level 2 does."""
    assert bool(vicorpus_errors(path)) == udtools_rejects(path)


def test_one_slash_in_sent_id_allowed_for_lang_ud() -> None:
    path = Path(__file__).parent / "data" / "validate" / "sent-id-one-slash.conllu"
    codes = [i.code for i in validate_paths([path], Summary(), inventory=False, lang="ud")]
    assert codes == []

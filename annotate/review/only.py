"""`--only` filters: which sentences go to review.

    doc=ID[,ID...]      sentences of these documents
    label=LABEL[,...]   sentences with an entity of one of these labels
    flagged             sentences the validator reports a problem in (error or warning)
    unreviewed          sentences without an `# entities_reviewed` comment

Several filters must all hold.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from annotate.conllu_io import read_conllu
from annotate.entities.schema import LABELS
from annotate.review.comments import KEY
from annotate.review.corpus import ReviewSentence
from annotate.review.layer import ReviewError
from annotate.validate.run import Summary, expand_paths, validate_paths

Keep = Callable[[ReviewSentence], bool]


def _flagged(paths: Iterable[str | Path]) -> set[str]:
    return {i.sent_id for i in validate_paths(paths, Summary()) if i.sent_id}


def _reviewed(paths: Iterable[str | Path]) -> set[str]:
    return {s.sent_id or "" for p in expand_paths(paths) for s in read_conllu(p)
            if s.meta(KEY) is not None}


def _among(ids: set[str], inside: bool) -> Keep:
    return lambda sentence: (sentence.sent_id in ids) == inside


def only_filter(specs: Iterable[str], paths: list[str | Path]) -> Keep:
    """A predicate over sentences from `--only` specs; raises ReviewError on an unknown one."""
    tests: list[Keep] = []
    for spec in specs:
        name, _, arg = spec.partition("=")
        values = {v.strip() for v in arg.split(",") if v.strip()}
        if name == "doc" and values:
            tests.append(lambda s, v=values: s.doc_id in v)
        elif name == "label" and values and values <= set(LABELS):
            tests.append(lambda s, v=values: any(e.label in v for e in s.entities))
        elif spec == "flagged":
            tests.append(_among(_flagged(paths), True))
        elif spec == "unreviewed":
            tests.append(_among(_reviewed(paths), False))
        else:
            raise ReviewError(f"--only {spec!r}: expected doc=ID,..., label=LABEL,... "
                              f"({', '.join(LABELS)}), flagged or unreviewed")
    return lambda sentence: all(test(sentence) for test in tests)

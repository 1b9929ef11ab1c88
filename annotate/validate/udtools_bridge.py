"""Runs the official UD validator (`udtools`, optional extra `vicorpus[ud]`) for levels 3-5.

vicorpus checks levels 1-2 itself; from udtools it keeps only incidents of level 3 and above,
the content checks it owns, and converts them into vicorpus incidents with a `ud-` code prefix.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from annotate.errors import VicorpusError
from annotate.validate.incidents import ERROR, WARNING, Incident


def run_udtools(files: Iterable[Path], level: int, lang: str) -> list[Incident]:
    """The level >= 3 incidents udtools reports on `files` validated together.

    Raises VicorpusError when udtools is not installed.
    """
    try:
        from udtools.validator import Validator
    except ImportError as error:
        raise VicorpusError("--ud-level 3+ needs udtools: pip install vicorpus[ud]") from error
    validator = Validator(lang=lang, level=level, output=None, max_store=10**9)
    state = validator.validate_files([str(f) for f in files])
    found: list[Incident] = []
    for inc in state.error_tracker:
        if int(inc.level) < 3:
            continue
        severity = ERROR if inc.is_error() else WARNING
        found.append(Incident(severity, f"ud-{inc.testid}", str(inc.filename), int(inc.lineno or 0),
                              str(inc.message), None if inc.sentid is None else str(inc.sentid)))
    return found

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
    names = [str(f) for f in files]
    validator = Validator(lang=lang, level=level, output=None, max_store=10**9)
    state = validator.validate_files(names)
    # udtools names a file by its base name; give back the path as the user gave it
    by_base: dict[str, str] = {}
    for name in names:
        by_base[Path(name).name] = name if Path(name).name not in by_base else ""
    found: list[Incident] = []
    for inc in state.error_tracker:
        if int(inc.level) < 3:
            continue
        severity = ERROR if inc.is_error() else WARNING
        filename = by_base.get(str(inc.filename)) or str(inc.filename)
        found.append(Incident(severity, f"ud-{inc.testid}", filename, int(inc.lineno or 0),
                              str(inc.message), None if inc.sentid is None else str(inc.sentid)))
    return found

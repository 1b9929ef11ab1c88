"""`# parallel_id` checks (UD level 2): format, one per sentence, unique, alt/part numbering."""

from __future__ import annotations

import re

from annotate.validate.incidents import ERROR, Incident

PARALLEL_ID = re.compile(
    r"#\s*parallel_id\s*=\s*(([a-z]+)/([-0-9a-z]+)"
    r"(?:/(alt[1-9][0-9]*|part[1-9][0-9]*|alt[1-9][0-9]*part[1-9][0-9]*))?)"
)
ALT_PART = re.compile(r"(?:alt([0-9]+))?(?:part([0-9]+))?")


class ParallelIds:
    """Remembers the parallel ids seen so far and the last alt/part number of each sentence."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.last: dict[str, tuple[int | None, int | None]] = {}

    def check(self, comments: list[tuple[int, str]], path: str, line: int, sent_id: str | None,
              out: list[Incident]) -> None:
        """Append the parallel_id incidents of one sentence's comments to `out`."""
        def err(code: str, message: str, at: int = line) -> None:
            out.append(Incident(ERROR, code, path, at, message, sent_id))

        matched = []
        for lineno, c in comments:
            m = PARALLEL_ID.fullmatch(c)
            if m:
                matched.append(m)
            elif c.startswith(("# parallel_id", "#parallel_id")):
                err("invalid-parallel-id", f"Spurious parallel_id line {c!r}.", lineno)
        if len(matched) > 1:
            err("multiple-parallel-id", "Multiple parallel_id attributes.")
        if len(matched) != 1:
            return
        pid = matched[0].group(1)
        if pid in self.known:
            err("non-unique-parallel-id", f"Non-unique parallel_id {pid!r}.")
            return
        self.known.add(pid)
        sid = matched[0].group(2) + "/" + matched[0].group(3)
        alt = part = None
        if matched[0].group(4):
            ap = ALT_PART.fullmatch(matched[0].group(4))
            if ap:
                alt = int(ap.group(1)) if ap.group(1) else None
                part = int(ap.group(2)) if ap.group(2) else None
        for index, (code, number) in enumerate((("parallel-id-alt", alt), ("parallel-id-part", part))):
            if sid in self.last:
                previous = self.last[sid][index]
                if (previous is None) != (number is None):
                    err(code, f"Some instances of parallel sentence {sid!r} have the suffix, others not.")
                elif number is not None and previous is not None and number != previous + 1:
                    err(code, f"The suffix of parallel sentence {sid!r} should be {previous + 1}.")
            elif number is not None and number != 1:
                err(code, f"The suffix of parallel sentence {sid!r} should be 1.")
        self.last[sid] = (alt, part)

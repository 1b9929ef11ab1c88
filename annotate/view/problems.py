"""The problems `vicorpus validate` reports, handed to the sentences they are about.

The whole corpus is validated first (cross-file checks such as a newdoc id used twice need every
file), keeping only the incidents, grouped by file and sorted by line. While a file's sentences
are then read in order, each takes the incidents up to its last line; incidents before a file's
first sentence, or after its last, belong to the document itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from annotate.conllu_io import Sentence
from annotate.validate import Incident, Summary, validate_paths


class Problems:
    """Incidents by file, given out sentence by sentence in line order."""

    def __init__(self, files: Iterable[Path]):
        self.summary = Summary()
        self._by_file: dict[str, list[Incident]] = defaultdict(list)
        for incident in validate_paths(list(files), self.summary):
            self._by_file[incident.file].append(incident)
        for incidents in self._by_file.values():
            incidents.sort(key=lambda i: i.line, reverse=True)  # pop() gives the lowest line

    def before(self, path: Path, line: int) -> list[Incident]:
        """The incidents of `path` not yet given out whose line is below `line`."""
        pending = self._by_file.get(str(path), [])
        taken: list[Incident] = []
        while pending and pending[-1].line < line:
            taken.append(pending.pop())
        return taken

    def of_sentence(self, path: Path, sentence: Sentence) -> list[Incident]:
        """The incidents of `path` up to the sentence's last line, not yet given out."""
        last = sentence.words[-1].line if sentence.words else sentence.line
        return self.before(path, (last or 0) + 1)

    def rest(self, path: Path) -> list[Incident]:
        """The incidents of `path` after its last sentence."""
        return self.before(path, 1 << 62)

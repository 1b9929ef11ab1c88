"""Validate files and folders of CoNLL-U: streams each file and collects incidents and counts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotate.errors import InputError
from annotate.validate.corpus import CorpusChecker, split_of
from annotate.validate.entities import EntityChecker
from annotate.validate.format import FormatChecker
from annotate.validate.incidents import ERROR, Incident
from annotate.validate.inventory import check_inventory
from annotate.validate.reader import read_blocks
from annotate.validate.review import check_review


@dataclass
class Summary:
    """Counts over the whole run."""

    files: int = 0
    documents: int = 0
    sentences: int = 0
    words: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    errors: int = 0
    warnings: int = 0

    def line(self) -> str:
        """One-line human summary."""
        ents = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        verdict = "INVALID" if self.errors else "valid"
        return (f"{verdict}: {self.files} files, {self.documents} documents, {self.sentences} sentences, "
                f"{self.words} words, entities: {ents}; {self.errors} errors, {self.warnings} warnings")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly plus the *.conllu files under folders; raises InputError when a path is missing."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.rglob("*.conllu")))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError("no such file or folder", p)
    return files


def validate_paths(
    paths: Iterable[str | Path], summary: Summary, inventory: bool = True, lang: str = "vi"
) -> Iterator[Incident]:
    """Yield the incidents of every file under `paths`, filling `summary` as it goes.

    `inventory` adds the VTB DEPREL/XPOS warnings; `lang` is the UD language code ("ud" allows
    one slash in sent_id, as the official validator does).

    Raises InputError when a path is missing or a file cannot be opened; content never raises.
    """
    files = expand_paths(paths)
    fmt, ents, corpus = FormatChecker(lang), EntityChecker(), CorpusChecker()
    for path in files:
        name = str(path)
        split = split_of(name)
        summary.files += 1
        try:
            handle = path.open("rb")
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror}", path) from error
        with handle:
            pending: list[Incident] = []
            for block in read_blocks(handle, name, pending):
                sent = fmt.check(block, name, pending)
                if inventory:
                    check_inventory(sent, name, pending)
                ents.check(sent, name, pending)
                check_review(block, sent, name, pending)
                corpus.check(sent, name, split, pending)
                yield from _count(pending, summary)
                pending.clear()
            yield from _count(pending, summary)
    summary.documents, summary.sentences, summary.words = corpus.documents, corpus.sentences, corpus.words
    summary.entities = dict(ents.counts)


def _count(incidents: list[Incident], summary: Summary) -> Iterator[Incident]:
    for incident in incidents:
        if incident.severity == ERROR:
            summary.errors += 1
        else:
            summary.warnings += 1
        yield incident

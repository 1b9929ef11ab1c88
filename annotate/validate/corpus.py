"""Corpus-level checks across files: unique sent_id and newdoc id, no sentence text in two splits.

A file's split comes from its name (`*-train.conllu`, `*-dev.conllu` or `*-validation.conllu`,
`*-test.conllu`, as annotate.dataset.splits reads it); files without a split in their name take
no part in the overlap check. A text in two splits is a warning, not an error: real treebanks
repeat short sentences across splits (UD_Vietnamese-VTB has 12), and the official validator
accepts them; the warning flags the leak without failing the corpus. Memory stays small: newdoc ids are kept as strings (one per
document) and sentence texts as 8-byte blake2b digests with the split they were first seen in.
sent_id uniqueness across files is checked by FormatChecker, which sees every file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from annotate.dataset.splits import split_of_filename
from annotate.validate.format import Sentence
from annotate.validate.incidents import ERROR, WARNING, Incident


@dataclass
class CorpusChecker:
    """Keeps the cross-file state and the counts of the summary."""

    doc_ids: dict[str, str] = field(default_factory=dict)
    text_splits: dict[bytes, str] = field(default_factory=dict)
    documents: int = 0
    sentences: int = 0
    words: int = 0

    def check(self, sent: Sentence, path: str, split: str | None, out: list[Incident]) -> None:
        """Count the sentence and append cross-file incidents to `out`."""
        self.sentences += 1
        self.words += len(sent.words)
        if sent.newdoc_id is not None:
            self.documents += 1
            first = self.doc_ids.get(sent.newdoc_id)
            if first is not None:
                out.append(Incident(ERROR, "non-unique-newdoc-id", path, sent.first_line,
                                    f"newdoc id {sent.newdoc_id!r} already used in {first}.", sent.sent_id))
            else:
                self.doc_ids[sent.newdoc_id] = path
        if split is None or not sent.text:
            return
        key = hashlib.blake2b(sent.text.encode("utf-8"), digest_size=8).digest()
        seen = self.text_splits.setdefault(key, split)
        if seen != split:
            out.append(Incident(WARNING, "text-in-two-splits", path, sent.text_line,
                                f"The same sentence text is also in the {seen} split.", sent.sent_id))


def split_of(path: str) -> str | None:
    """The split a file's name states ("train", "validation", "test"), or None."""
    return split_of_filename(path.rsplit("/", 1)[-1])

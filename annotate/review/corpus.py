"""The corpus as review sees it: sentences with their text, word spans and entity layer, grouped
into review units (a sentence, a paragraph or a document), and the rewrite that puts reviewed
entity layers back into the files with every other byte unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotate.atomic import atomic_write
from annotate.conllu_io import Sentence, read_conllu
from annotate.entities.schema import NER_KEY, Entity, decode_entities
from annotate.entities.tagfile import tag_lines
from annotate.entities.tagger import sentence_text
from annotate.errors import InputError
from annotate.validate.run import expand_paths

BY = ("sentence", "paragraph", "document")
SENTENCE_SEPARATOR = " "  # between the sentences of a paragraph in a unit's text
PARAGRAPH_SEPARATOR = "\n\n"  # between the paragraphs of a document


@dataclass
class ReviewSentence:
    """A sentence of the corpus with what review needs: its text, the character span of each
    syntactic word in it, its entities (over those words) and the words' BIO tags as written."""

    path: Path
    doc_id: str
    par_id: str | None
    sent_id: str
    text: str
    spans: list[tuple[int, int]]
    entities: list[Entity]
    tags: list[str]
    line: int | None = None

    def char_span(self, entity: Entity) -> tuple[int, int]:
        """The characters of an entity's words in the sentence text."""
        return self.spans[entity.start][0], self.spans[entity.end - 1][1]


@dataclass
class Unit:
    """What one review task shows: the text of one or more sentences, each at its offset."""

    key: str
    text: str = ""
    sentences: list[tuple[int, ReviewSentence]] = field(default_factory=list)

    def add(self, sentence: ReviewSentence, separator: str) -> None:
        """Append a sentence to the unit's text."""
        if self.sentences:
            self.text += separator
        self.sentences.append((len(self.text), sentence))
        self.text += sentence.text


def read_sentence(sentence: Sentence, path: Path, doc_id: str, par_id: str | None,
                  index: int) -> ReviewSentence:
    """The review view of one CoNLL-U sentence."""
    words = sentence.syntactic_words()
    text, spans = sentence_text(sentence, words)
    tags = [w.misc_dict().get(NER_KEY) or "O" for w in words]
    return ReviewSentence(path, doc_id, par_id, sentence.sent_id or f"{doc_id}-s{index}", text,
                          spans, decode_entities(words), tags, sentence.line)


def read_corpus(paths: Iterable[str | Path]) -> list[ReviewSentence]:
    """Every sentence of the CoNLL-U files under `paths`, in file order; raises InputError on a
    missing path or a repeated sent_id."""
    sentences: list[ReviewSentence] = []
    seen: set[str] = set()
    for path in expand_paths(paths):
        doc_id, par_id = path.stem, None
        for index, sentence in enumerate(read_conllu(path), start=1):
            doc_id = sentence.meta("newdoc id") or doc_id
            if sentence.meta("newdoc id"):
                par_id = None
            par_id = sentence.meta("newpar id") or par_id
            item = read_sentence(sentence, path, doc_id, par_id, index)
            if item.sent_id in seen:
                raise InputError(f"sent_id {item.sent_id} is used twice", path, sentence.line)
            seen.add(item.sent_id)
            sentences.append(item)
    return sentences


def units(sentences: list[ReviewSentence], by: str = "sentence") -> list[Unit]:
    """The sentences grouped into review units, in corpus order (`by`: one of BY)."""
    if by not in BY:
        raise ValueError(f"by must be one of {BY}")
    grouped: dict[str, Unit] = {}
    last_par: dict[str, str | None] = {}
    for sentence in sentences:
        if by == "sentence":
            key = sentence.sent_id
        elif by == "paragraph":
            key = sentence.par_id or sentence.doc_id
        else:
            key = sentence.doc_id
        unit = grouped.setdefault(key, Unit(key))
        new_par = by == "document" and last_par.get(key, sentence.par_id) != sentence.par_id
        unit.add(sentence, PARAGRAPH_SEPARATOR if new_par else SENTENCE_SEPARATOR)
        last_par[key] = sentence.par_id
    return list(grouped.values())


def documents_for(folder: Path, suffix: str, corpus: list[str | Path]) -> list[tuple[Path, Unit]]:
    """The files `*SUFFIX` in `folder`, each with the corpus document named like it; raises
    InputError when the corpus has no such document."""
    documents = {u.key: u for u in units(read_corpus(corpus), "document")}
    found = []
    for path in sorted(Path(folder).glob(f"*{suffix}")):
        unit = documents.get(path.stem)
        if unit is None:
            raise InputError(f"no document {path.stem!r} in the corpus", path)
        found.append((path, unit))
    return found


def select(found: list[Unit], keep: Callable[[ReviewSentence], bool]) -> list[Unit]:
    """The units with at least one sentence that `keep` accepts."""
    return [u for u in found if any(keep(s) for _, s in u.sentences)]


def rewrite(path: Path, layer: Callable[[Sentence], list[Entity] | None]) -> None:
    """Rewrite one CoNLL-U file in place (atomically) with the entity layers `layer` gives;
    sentences it returns None for, and every line but entity MISC and comments, stay as they are."""
    with open(path, encoding="utf-8", newline="") as source:
        lines = list(tag_lines(source, str(path), layer))
    with atomic_write(path) as out:
        out.writelines(lines)

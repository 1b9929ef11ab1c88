"""CoNLL 2002 NER columns: one token and its IOB2 tag per line separated by a space, a blank line
after each sentence, a `-DOCSTART- O` line opening each document; one `DOC.conll` file per
document. INCEpTION, spaCy's `convert` and flair read it.

Columns are separated by whitespace, so the spaces inside Vietnamese words ("an ninh") are
written as "_" ("an_ninh"), as the VLSP NER data does. Reading back, the tokens must be the
corpus's words, in order; the last column is the tag (extra columns in between are ignored).
"""

from __future__ import annotations

from pathlib import Path

from annotate.atomic import atomic_write
from annotate.conllu_io import Word
from annotate.entities.schema import NER_KEY, decode_entities
from annotate.review.apply import SentenceReview
from annotate.review.comments import file_time
from annotate.review.corpus import ReviewSentence, Unit, documents_for
from annotate.review.layer import CharSpan, ReviewError

DOCSTART = "-DOCSTART-"


def token(form: str) -> str:
    """A word as a CoNLL 2002 token."""
    return "_".join(form.split())


def write_conll2002(found: list[Unit], folder: Path) -> int:
    """One `.conll` file per unit (use document units); returns the number of documents."""
    for unit in found:
        with atomic_write(folder / f"{unit.key}.conll") as handle:
            handle.write(f"{DOCSTART} O\n\n")
            for _, sentence in unit.sentences:
                for (start, end), tag in zip(sentence.spans, sentence.tags):
                    handle.write(f"{token(sentence.text[start:end])} {tag}\n")
                handle.write("\n")
    return len(found)


def read_blocks(path: Path) -> list[list[tuple[int, str, str]]]:
    """The sentences of a CoNLL 2002 file: (line number, token, tag) per token."""
    blocks: list[list[tuple[int, str, str]]] = [[]]
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            fields = line.split()
            if not fields:
                if blocks[-1]:
                    blocks.append([])
                continue
            if fields[0] == DOCSTART:
                continue
            if len(fields) < 2:
                raise ReviewError("expected a token and a tag", path, number)
            blocks[-1].append((number, fields[0], fields[-1]))
    return [b for b in blocks if b]


def _spans(sentence: ReviewSentence, block: list[tuple[int, str, str]],
           path: Path) -> list[CharSpan]:
    if len(block) != len(sentence.spans):
        raise ReviewError(f"{len(block)} tokens but sentence {sentence.sent_id} has "
                          f"{len(sentence.spans)} words", path, block[0][0])
    words = []
    for index, ((number, form, tag), (start, end)) in enumerate(zip(block, sentence.spans)):
        if form != token(sentence.text[start:end]):
            raise ReviewError(f"token {form!r} is not the word "
                              f"{sentence.text[start:end]!r} of {sentence.sent_id}", path, number)
        words.append(Word(str(index + 1), form, misc="_" if tag == "O" else f"{NER_KEY}={tag}"))
    return [CharSpan(sentence.spans[e.start][0], sentence.spans[e.end - 1][1], e.label,
                     f"{path}:{block[e.start][0]}") for e in decode_entities(words)]


def read_conll2002(folder: Path, corpus: list[str | Path],
                   annotator: str = "conll2002") -> list[SentenceReview]:
    """Sentence reviews from the `.conll` files in `folder`, matched to the corpus's documents
    by name and to their sentences in order."""
    reviews: list[SentenceReview] = []
    for path, unit in documents_for(folder, ".conll", corpus):
        blocks = read_blocks(path)
        if len(blocks) != len(unit.sentences):
            raise ReviewError(f"{len(blocks)} sentences but document {unit.key} has "
                              f"{len(unit.sentences)}", path)
        stamp = file_time(path)
        for block, (_, sentence) in zip(blocks, unit.sentences):
            reviews.append(SentenceReview(sentence.sent_id, sentence.text,
                                          _spans(sentence, block, path), [(annotator, stamp)],
                                          str(path)))
    return reviews

"""Add or refresh the entity layer of an existing CoNLL-U file, streaming, byte for byte.

Only the MISC column of syntactic word lines changes (entity keys replaced, other keys kept in
order); comments, ranges, empty nodes, blank lines and line endings are copied unchanged.
`tag_lines` takes the function that gives each sentence its entities (the annotators by
default; `annotate.review` passes reviewed spans, and may also edit the sentence's comments).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from annotate.conllu_io import Sentence, Word
from annotate.entities.schema import Entity, encode_entities
from annotate.entities.tagger import tag_sentence
from annotate.errors import ConlluError

# A sentence -> its new entity layer, or None to leave the sentence as it is. It may change
# `sentence.comments`; the changed comment lines are written back.
Layer = Callable[[Sentence], list[Entity] | None]


def _split_ending(raw: str) -> tuple[str, str]:
    line = raw.rstrip("\r\n")
    return line, raw[len(line):]


def _tag_block(lines: list[str], name: str, first_line: int, layer: Layer) -> list[str]:
    sentence = Sentence(line=first_line)
    word_rows: list[tuple[int, Word]] = []
    for offset, raw in enumerate(lines):
        line, _ = _split_ending(raw)
        if line.startswith("#") and not sentence.words:
            sentence.comments.append(line)
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise ConlluError(f"expected 10 tab-separated columns, found {len(columns)}", name,
                              first_line + offset)
        word = Word(*columns, line=first_line + offset)
        sentence.words.append(word)
        if word.is_word:
            word_rows.append((offset, word))
    words = [w for _, w in word_rows]
    before = [w.misc for w in words]
    comments = list(sentence.comments)
    entities = layer(sentence)
    if entities is None:
        return lines
    encode_entities(words, entities)
    out = list(lines)
    for (offset, word), old in zip(word_rows, before):
        if word.misc != old:
            _, ending = _split_ending(lines[offset])
            out[offset] = word.to_line() + ending
    if sentence.comments != comments:
        _, ending = _split_ending(lines[0])
        out[:len(comments)] = [comment + (ending or "\n") for comment in sentence.comments]
    return out


def tag_lines(lines: Iterable[str], name: str = "<stream>",
              layer: Layer = tag_sentence) -> Iterator[str]:
    """The lines of a CoNLL-U stream (with their line endings) with the entity layer refreshed
    (each sentence's entities from `layer`)."""
    block: list[str] = []
    start = 1
    number = 0
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            if not block:
                start = number
            block.append(raw)
            continue
        if block:
            yield from _tag_block(block, name, start, layer)
            block = []
        yield raw
    if block:
        yield from _tag_block(block, name, start, layer)


def tag_stream(source: TextIO, target: TextIO, name: str = "<stream>",
               progress: Callable[[int], None] | None = None) -> int:
    """Copy `source` to `target` with the entity layer refreshed; returns the sentence count."""
    sentences = 0
    for line in tag_lines(source, name):
        target.write(line)
        if not line.strip():
            sentences += 1
            if progress is not None:
                progress(1)
    return sentences

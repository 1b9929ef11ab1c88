"""CoNLL-U sentences as `conllu.TokenList`, the type people who script corpora in Python hold.

vicorpus has two readers on purpose. `annotate.conllu_io` keeps every column as the exact string
read and knows each line's number: the validator reports `file:line`, and writing a sentence back
gives the same bytes. The `conllu` library gives typed values (integer ids and heads, FEATS and
MISC as dicts, DEPS as pairs) and a tree API, but neither line numbers nor file names in its
errors, and it splits columns on two spaces as well as tabs. So this module reads with our reader
(tab-only columns, errors with file and line) and turns each sentence into a TokenList with the
`conllu` library's own field and comment parsers: the result equals `conllu.parse` of the same text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import conllu
from conllu.parser import DEFAULT_FIELD_PARSERS, DEFAULT_FIELDS, parse_comment_line

from annotate.conllu_io import Sentence, read_conllu
from annotate.dataset.corpus import corpus_files


def to_tokenlist(sentence: Sentence) -> conllu.TokenList:
    """One sentence as a `conllu.TokenList`: typed columns, comments as metadata."""
    metadata = conllu.Metadata()
    for comment in sentence.comments:
        for key, value in parse_comment_line(comment):
            metadata[key] = value
    tokens = []
    for word in sentence.words:
        columns = word.columns()
        token = conllu.Token()
        for i, name in enumerate(DEFAULT_FIELDS):
            parse = DEFAULT_FIELD_PARSERS.get(name)
            token[name] = parse(columns, i) if parse else columns[i]
        tokens.append(token)
    return conllu.TokenList(tokens, metadata, default_fields=DEFAULT_FIELDS)


def to_tokenlists(sentences: Iterable[Sentence]) -> Iterator[conllu.TokenList]:
    """Each sentence as a `conllu.TokenList`, streamed."""
    return map(to_tokenlist, sentences)


def read_corpus(*paths: str | Path) -> Iterator[conllu.TokenList]:
    """Every sentence of a corpus as a `conllu.TokenList`, streamed: CoNLL-U files, or folders
    whose `*.conllu` files (sharded or one per document) are read in name order."""
    for path, _name in corpus_files([Path(p) for p in paths]):
        yield from to_tokenlists(read_conllu(path))

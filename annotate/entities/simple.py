"""Sentences without a parser: a fallback word splitter for raw text (syllables and punctuation),
used to run the annotators on text when no model is at hand (tests, the seed gold check)."""

from __future__ import annotations

import re

from annotate.conllu_io import Sentence, Word

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")


def sentence_from_forms(forms: list[str], text: str | None = None,
                        sent_id: str | None = None) -> Sentence:
    """A Sentence of the given word forms (UPOS "_"), found in order in `text` (default: the
    forms joined by spaces), with SpaceAfter=No and TokenRange in MISC."""
    if text is None:
        text = " ".join(forms)
    comments = [f"# sent_id = {sent_id}"] if sent_id is not None else []
    comments.append(f"# text = {text}")
    words = []
    pos = 0
    for index, form in enumerate(forms, start=1):
        start = text.index(form, pos)
        end = pos = start + len(form)
        misc = [] if end < len(text) and text[end].isspace() or end == len(text) \
            else ["SpaceAfter=No"]
        misc.append(f"TokenRange={start}:{end}")
        words.append(Word(str(index), form, misc="|".join(misc)))
    return Sentence(comments, words)


def sentence_from_text(text: str, sent_id: str | None = None) -> Sentence:
    """A Sentence of `text` split into syllables, numbers and punctuation marks."""
    return sentence_from_forms(_TOKEN_RE.findall(text), text, sent_id)


def tag_text(text: str) -> list[dict]:
    """The entities of a raw text as JSON objects with character offsets into it, using the
    fallback word splitter (the whole text as one sentence)."""
    from annotate.entities.jsonout import entity_json
    from annotate.entities.tagger import sentence_text, tag_sentence

    sentence = sentence_from_text(text)
    _, spans = sentence_text(sentence, sentence.syntactic_words())
    offset = len(text) - len(text.lstrip())  # `# text` loses leading whitespace
    return [entity_json(e, spans, text, offset) for e in tag_sentence(sentence)]

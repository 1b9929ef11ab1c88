"""Run every annotator over a sentence's text and snap the character mentions to its words."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from annotate.conllu_io import Sentence, Word, spans_in
from annotate.entities.casing import heading_readings
from annotate.entities.dates import find_dates
from annotate.entities.legal import find_legal
from annotate.entities.mention import Mention, Token
from annotate.entities.numeric import find_numeric
from annotate.entities.orgs import find_orgs
from annotate.entities.schema import Entity
from annotate.entities.tones import as_read

# Overlapping mentions: the earlier label in this order wins (a date or a document number is not
# a quantity; a resolution named after its plenum is not an organisation).
PRIORITY = {"LEGAL": 0, "DATE": 1, "MONEY": 2, "PERCENT": 2, "QUANTITY": 3, "ORG": 4}
# a day/month with no word of time before it yields to a share of a count ("07/08 chi bộ")
_YIELDS = {"date-bare-day-month": 3.5}


def _candidates(text: str, tokens: list[Token]) -> list[Mention]:
    return [*find_legal(text), *find_dates(text), *find_numeric(text, tokens),
            *find_orgs(text, tokens)]


def find_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """All mentions in a text, non-overlapping, in text order (old-style tones read as new:
    "Toà án" as "Tòa án"; "HÐND" as "HĐND"; a heading in capitals both as written and as
    ordinary text, see `heading_readings`)."""
    text = as_read(text)
    candidates = _candidates(text, tokens)
    for reading in heading_readings(text):
        candidates += _candidates(reading, tokens)
    candidates.sort(key=lambda m: (_YIELDS.get(m.attrs.get("rule", ""), PRIORITY[m.label]),
                                   m.start - m.end, m.start))
    chosen: list[Mention] = []  # kept sorted by start, non-overlapping
    starts: list[int] = []
    for mention in candidates:
        index = bisect_left(starts, mention.start)
        if index < len(chosen) and chosen[index].start < mention.end:
            continue  # overlaps the next chosen mention
        if index > 0 and chosen[index - 1].end > mention.start:
            continue  # overlaps the previous one
        chosen.insert(index, mention)
        starts.insert(index, mention.start)
    return chosen


def sentence_text(sentence: Sentence, words: list[Word]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text and each syntactic word's span in it: from `# text` when the forms can be
    found in it, else rebuilt from the forms (a space unless SpaceAfter=No)."""
    text = sentence.text
    if text is not None and (found := spans_in(text, sentence.words)) is not None:
        return text, found
    parts: list[str] = []
    spans = []
    pos = 0
    for word in words:
        spans.append((pos, pos + len(word.form)))
        parts.append(word.form)
        pos += len(word.form)
        if "SpaceAfter=No" not in word.misc.split("|"):
            parts.append(" ")
            pos += 1
    return "".join(parts).rstrip(" "), spans


def _name_start(text: str, word_start: int, start: int) -> int:
    """Where a mention that starts inside its first word really starts: at the word when only
    capitalised syllables precede it there ("Tổng Công ty ..." read as "Công ty ..."), as the
    guidelines keep spans on whole words; elsewhere (after glued punctuation, a lowercase
    syllable the tokenizer joined) the mention's own start."""
    prefix = text[word_start:start]
    if not prefix or not prefix.endswith(" "):
        return start
    syllables = prefix.split()
    return word_start if all(s[:1].isupper() and s.isalpha() for s in syllables) else start


def snap(mentions: list[Mention], spans: list[tuple[int, int]], text: str) -> list[Entity]:
    """Entities over the words that overlap each mention (a mention that cuts a word takes the
    whole word; its exact characters stay in char_start/char_end, see `_name_start`). Mentions
    that end up sharing a word with an earlier entity are dropped."""
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    entities: list[Entity] = []
    last_end = 0
    for mention in mentions:
        first = bisect_right(ends, mention.start)  # the first word ending after the start
        last = bisect_left(starts, mention.end) - 1  # the last word starting before the end
        if first > last or first < last_end:
            continue
        start = _name_start(text, spans[first][0], mention.start)
        entities.append(Entity(first, last + 1, mention.label, dict(mention.attrs),
                               char_start=start, char_end=mention.end))
        last_end = last + 1
    return entities


def tag_sentence(sentence: Sentence) -> list[Entity]:
    """The entities of a parsed sentence (ORG, LEGAL, QUANTITY, MONEY, PERCENT, DATE), over its
    syntactic words, with their attributes and the producing rule's id."""
    words = sentence.syntactic_words()
    if not words:
        return []
    text, spans = sentence_text(sentence, words)
    tokens = [Token(s, e, w.upos) for (s, e), w in zip(spans, words)]
    return snap(find_mentions(text, tokens), spans, text)

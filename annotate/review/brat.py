"""brat standoff: a `DOC.txt` with the document's text and a `DOC.ann` beside it with one
text-bound annotation per line,

    T1<TAB>ORG 12 31<TAB>Công an tỉnh Lào Cai

(id, then type and character offsets [start, end), then the covered text; a discontinuous span
lists its fragments as `12 20;25 31`), and `annotation.conf` declaring the entity types.
The document text is its sentences' `# text`, one paragraph per line block as in
`corpus.units(..., "document")`. Reading back, other annotation kinds (relations, events,
attributes, notes) are ignored, and a discontinuous span takes its outer extent.
"""

from __future__ import annotations

import re
from pathlib import Path

from annotate.atomic import atomic_write
from annotate.entities.schema import LABELS
from annotate.review.apply import SentenceReview
from annotate.review.comments import file_time
from annotate.review.corpus import Unit, documents_for
from annotate.review.layer import CharSpan, ReviewError

TEXT_BOUND = re.compile(r"T\S+\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)")


def annotation_conf() -> str:
    """brat's annotation.conf for the entity labels."""
    return "[entities]\n" + "".join(f"{label}\n" for label in LABELS) + \
        "\n[relations]\n\n[events]\n\n[attributes]\n"


def write_brat(found: list[Unit], folder: Path) -> int:
    """One `.txt` + `.ann` pair per unit (use document units) and annotation.conf; returns
    the number of documents."""
    for unit in found:
        lines = []
        for offset, sentence in unit.sentences:
            for entity in sentence.entities:
                start, end = sentence.char_span(entity)
                start, end = offset + start, offset + end
                lines.append(f"T{len(lines) + 1}\t{entity.label} {start} {end}\t"
                             f"{unit.text[start:end]}\n")
        with atomic_write(folder / f"{unit.key}.txt") as handle:
            handle.write(unit.text + "\n")
        with atomic_write(folder / f"{unit.key}.ann") as handle:
            handle.writelines(lines)
    with atomic_write(folder / "annotation.conf") as handle:
        handle.write(annotation_conf())
    return len(found)


def read_ann(path: Path, text: str) -> list[CharSpan]:
    """The text-bound annotations of a `.ann` file as spans; raises ReviewError naming the line
    when one is malformed or its text is not what its offsets cover."""
    spans = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\n")
            if not line.startswith("T"):
                continue
            match = TEXT_BOUND.fullmatch(line)
            if match is None:
                raise ReviewError("not a text-bound annotation 'T<id>\\tTYPE START END\\tTEXT'",
                                  path, number)
            label, fragments, covered = match.groups()
            pairs = [tuple(map(int, f.split())) for f in fragments.split(";")]
            start, end = pairs[0][0], pairs[-1][1]
            shown = " ".join(text[s:e] for s, e in pairs)
            if end > len(text) or shown.split() != covered.split():
                raise ReviewError(f"offsets {fragments} cover {shown!r}, not {covered!r}",
                                  path, number)
            spans.append(CharSpan(start, end, label, f"{path}:{number}"))
    return spans


def read_brat(folder: Path, corpus: list[str | Path],
              annotator: str = "brat") -> list[SentenceReview]:
    """Sentence reviews from the `.ann` files in `folder`, matched to the corpus's documents by
    name; each document's sentences are reviewed by `annotator` at the file's time."""
    reviews: list[SentenceReview] = []
    for ann, unit in documents_for(folder, ".ann", corpus):
        txt = ann.with_suffix(".txt")
        if txt.is_file() and txt.read_text(encoding="utf-8").rstrip("\n") != unit.text:
            raise ReviewError("the text differs from the corpus document", txt)
        stamp = file_time(ann)
        reviews.extend(split_document(unit, read_ann(ann, unit.text), [(annotator, stamp)]))
    return reviews


def split_document(unit: Unit, spans: list[CharSpan],
                   recorded: list[tuple[str, str]]) -> list[SentenceReview]:
    """A document unit's spans divided among its sentences; a span outside every sentence or
    across two raises ReviewError."""
    per: dict[str, list[CharSpan]] = {s.sent_id: [] for _, s in unit.sentences}
    for span in spans:
        for offset, sentence in unit.sentences:
            if offset <= span.start and span.end <= offset + len(sentence.text):
                per[sentence.sent_id].append(CharSpan(span.start - offset, span.end - offset,
                                                      span.label, span.where))
                break
        else:
            raise ReviewError(f"{span.where}: span {span.start}:{span.end} is not inside one "
                              "sentence")
    return [SentenceReview(s.sent_id, s.text, per[s.sent_id], recorded, unit.key)
            for _, s in unit.sentences]

"""Label Studio's formats: the labeling config, tasks with the entity layer as predictions, and
the annotations of an exported project read back as sentence reviews.

A task is one review unit (corpus.Unit): `data.text` is its text, `data.vicorpus_key` its stable
key (the sent_id, paragraph or document id) by which `push` finds it again, and
`data.sentences` where each sentence starts in the text. Offsets in Label Studio results count
UTF-16 code units, as its browser editor does; they are converted here, at the boundary, so
text with characters outside the BMP (emoji) still lands on the right words.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources

from annotate import __version__
from annotate.entities.schema import LABELS
from annotate.review.apply import ImportReport, SentenceReview
from annotate.review.comments import Review, iso_time
from annotate.review.corpus import Unit
from annotate.review.layer import CharSpan, ReviewError

FROM_NAME = "label"
TO_NAME = "text"
COLORS = {"ORG": "#f4a261", "LEGAL": "#2a9d8f", "QUANTITY": "#e9c46a", "MONEY": "#8ab17d",
          "PERCENT": "#b5838d", "DATE": "#6d9dc5"}


def labeling_config() -> str:
    """The labeling config (XML) for the entity scheme."""
    labels = "\n".join(f'    <Label value="{label}" background="{COLORS[label]}"/>'
                       for label in LABELS)
    return (f'<View>\n  <Header value="$vicorpus_key"/>\n'
            f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{TO_NAME}" value="$text"/>\n</View>\n')


def model_version() -> str:
    """vicorpus's version and a digest of the rule lexicons the silver layer came from."""
    digest = hashlib.sha256()
    folder = resources.files("annotate") / "data" / "entities"
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return f"vicorpus-{__version__}-rules-{digest.hexdigest()[:12]}"


def utf16_offsets(text: str) -> list[int]:
    """For each code-point offset 0..len(text), the UTF-16 offset."""
    out = [0]
    for ch in text:
        out.append(out[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return out


def from_utf16(text: str, offset: int) -> int:
    """The code-point offset of a UTF-16 offset in `text` (an offset inside a surrogate pair
    moves to the character's start)."""
    position = 0
    for index, ch in enumerate(text):
        if position >= offset:
            return index
        position += 2 if ord(ch) > 0xFFFF else 1
        if position > offset:
            return index
    return len(text)


def _result(start: int, end: int, label: str, text: str, units16: list[int], rid: str) -> dict:
    return {"id": rid, "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": units16[start], "end": units16[end], "text": text[start:end],
                      "labels": [label]}}


def task(unit: Unit, version: str) -> dict:
    """The Label Studio task of one unit, its entities as one prediction."""
    units16 = utf16_offsets(unit.text)
    results = []
    for offset, sentence in unit.sentences:
        for number, entity in enumerate(sentence.entities, start=1):
            start, end = sentence.char_span(entity)
            results.append(_result(offset + start, offset + end, entity.label, unit.text, units16,
                                   f"{sentence.sent_id}-e{number}"))
    data = {"text": unit.text, "vicorpus_key": unit.key,
            "doc_id": unit.sentences[0][1].doc_id,
            "sentences": [{"sent_id": s.sent_id, "start": o, "end": o + len(s.text)}
                          for o, s in unit.sentences]}
    return {"data": data, "predictions": [{"model_version": version, "result": results}]}


def tasks(found: list[Unit]) -> list[dict]:
    """The tasks of all units."""
    version = model_version()
    return [task(unit, version) for unit in found]


@dataclass
class Annotation:
    """One person's annotation of a task: who, when, and the spans (code-point offsets into the
    task text)."""

    annotator: str
    time: str
    spans: list[tuple[int, int, str]]


def _annotator(annotation: dict, users: dict[int, str]) -> str:
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        name = who.get("email") or who.get("username") or f"user-{who.get('id')}"
    elif isinstance(who, int):
        name = users.get(who) or f"user-{who}"
    else:
        name = str(annotation.get("created_username") or "unknown")
    return "".join(name.split()) or "unknown"


def _span(text: str, value: dict, where: str) -> tuple[int, int]:
    """Code-point offsets of a result's value: its UTF-16 offsets converted, unless only the
    code-point reading gives the text the result says it covers (a client that counted code
    points)."""
    try:
        start16, end16 = int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError) as error:
        raise ReviewError(f"{where}: a result without integer start/end") from error
    start, end = from_utf16(text, start16), from_utf16(text, end16)
    said = value.get("text")
    if said is not None and text[start:end] != said and text[start16:end16] == said:
        return start16, end16
    if not 0 <= start <= end <= len(text):
        raise ReviewError(f"{where}: offsets {start16}:{end16} outside the task text")
    return start, end


def read_annotation(task_json: dict, annotation: dict, users: dict[int, str],
                    where: str) -> Annotation:
    """One annotation of an exported task."""
    text = task_json["data"]["text"]
    spans = []
    for result in annotation.get("result") or []:
        if result.get("type") != "labels":
            continue
        value = result.get("value") or {}
        start, end = _span(text, value, where)
        for label in value.get("labels") or []:
            spans.append((start, end, label))
    when = annotation.get("updated_at") or annotation.get("created_at") or ""
    try:
        time = iso_time(when)
    except ValueError as error:
        raise ReviewError(f"{where}: annotation time {when!r} is not ISO 8601") from error
    return Annotation(_annotator(annotation, users), time, spans)


def _choose(annotations: list[Annotation], prefer: str | None) -> Annotation:
    if prefer is not None:
        for annotation in annotations:
            if annotation.annotator == prefer:
                return annotation
    return max(annotations, key=lambda a: a.time)


def read_tasks(exported: list, prefer: str | None = None, users: dict[int, str] | None = None,
               report: ImportReport | None = None, source: str = "",
               strict: bool = False) -> list[SentenceReview]:
    """Sentence reviews from an exported project (Label Studio's JSON export or API task list):
    every task with a completed, not cancelled annotation. With two or more annotations the
    one by `prefer` is taken (else the latest), all are recorded, and a disagreement goes into
    `report.conflicts`. `strict` refuses a span across or between sentences."""
    if not isinstance(exported, list):
        raise ReviewError(f"{source}: not a Label Studio JSON export (a list of tasks)")
    users = users or {}
    reviews: list[SentenceReview] = []
    for index, item in enumerate(exported, start=1):
        try:
            data = item["data"]
            text, sentences = data["text"], data["sentences"]
        except (KeyError, TypeError) as error:
            raise ReviewError(f"{source}: task {index} was not exported by vicorpus "
                              "(no data.text / data.sentences)") from error
        where = f"task {item.get('id', index)} ({data.get('vicorpus_key', '?')})"
        done = [a for a in item.get("annotations") or [] if not a.get("was_cancelled")]
        if not done:
            continue
        annotations = [read_annotation(item, a, users, where) for a in done]
        chosen = _choose(annotations, prefer)
        others = [a for a in annotations if a is not chosen]
        if report is not None:
            for other in others:
                if sorted(other.spans) != sorted(chosen.spans):
                    report.conflicts.append(
                        f"{where}: {chosen.annotator} and {other.annotator} differ on "
                        f"{len(set(chosen.spans) ^ set(other.spans))} spans; took "
                        f"{chosen.annotator}'s")
        recorded: list[Review] = [(a.annotator, a.time) for a in [chosen, *others]]
        notes = None if strict else report.notes if report is not None else []
        taken = _divide(sentences, chosen.spans, where, notes)
        second = _divide(sentences, others[0].spans, where, []) if others else [None] * len(taken)
        for item, spans, other in zip(sentences, taken, second):
            start, end = int(item["start"]), int(item["end"])
            reviews.append(SentenceReview(str(item["sent_id"]), text[start:end], spans, recorded,
                                          where, other))
    return reviews


def _divide(sentences: list[dict], spans: list[tuple[int, int, str]], where: str,
            notes: list[str] | None) -> list[list[CharSpan]]:
    """A task's spans divided among its sentences (offsets made relative to each); a span
    across a boundary is cut, one between sentences dropped, each with a note (with no
    `notes` list, strict: ReviewError)."""
    def note(message: str) -> None:
        if notes is None:
            raise ReviewError(message)
        notes.append(message)

    out = []
    placed = set()
    for item in sentences:
        start, end = int(item["start"]), int(item["end"])
        found = []
        for index, (s, e, label) in enumerate(spans):
            if s < end and e > start:
                placed.add(index)
                if s < start or e > end:
                    note(f"{where}: {label} span {s}:{e} crosses a sentence boundary, cut")
                found.append(CharSpan(max(s, start) - start, min(e, end) - start, label,
                                      f"{where} {s}:{e}"))
        out.append(found)
    for index, (s, e, label) in enumerate(spans):
        if index not in placed:
            note(f"{where}: {label} span {s}:{e} is between sentences, dropped")
    return out

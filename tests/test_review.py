"""`vicorpus review export/config/import` on the seed corpus: Label Studio tasks out, people's
corrections back into the CoNLL-U with every other byte unchanged."""

from __future__ import annotations

import copy
import difflib
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotate.cli import cli
from annotate.entities.schema import LABELS
from annotate.review.comments import parse_reviews
from annotate.review.corpus import read_corpus
from annotate.review.labelstudio import from_utf16, read_tasks, utf16_offsets
from annotate.validate.run import Summary, validate_paths

ROOT = Path(__file__).resolve().parent.parent
SEED_CONLLU = ROOT / "corpus" / "laocai-antq.conllu"
EMOJI = ROOT / "tests" / "data" / "review" / "emoji.conllu"
ALICE = {"id": 7, "email": "alice@example.org"}
BOB = {"id": 8, "email": "bob@example.org"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        return 2, result.stdout, f"{type(result.exception).__name__}: {result.exception}"
    return result.exit_code, result.stdout, result.stderr


def export_tasks(corpus: Path, *options: str) -> list[dict]:
    code, out, err = run("review", "export", str(corpus), *options)
    assert code == 0, err
    return json.loads(out)


def copy_corpus(tmp_path: Path, source: Path = SEED_CONLLU) -> Path:
    """A corpus folder in tmp_path holding a copy of `source`."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path)


def two_annotations(tasks: list[dict]) -> dict:
    """The s12 task annotated twice: alice deletes the MONEY, bob (later) keeps everything."""
    s12 = next(t for t in tasks if t["data"]["vicorpus_key"] == "laocai-antq-s12")
    predicted = s12["predictions"][0]["result"]
    alice = annotation([r for r in predicted if r["value"]["labels"] != ["MONEY"]], ALICE,
                       "2026-12-01T20:00:00Z")
    bob = annotation(predicted, BOB, "2026-12-01T21:00:00Z")
    return {**s12, "id": 5, "annotations": [alice, bob]}


def utf16_span(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """The UTF-16 offsets of `needle` in `text` (first found after `after`), as a browser gives
    them."""
    start = text.index(needle, text.index(after) + len(after) if after else 0)
    units = utf16_offsets(text)
    return units[start], units[start + len(needle)]


def result(text: str, needle: str, label: str, after: str = "") -> dict:
    start, end = utf16_span(text, needle, after)
    return {"id": f"h-{start}", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": needle, "labels": [label]}}


def correct(sent_id: str, text: str, results: list[dict]) -> list[dict] | None:
    """The human correction the tests make, on a task's predicted results: in s7 the second
    date moves (loses 'ngày'), in s9 a LEGAL 'Chỉ thị' is added, in s12 the MONEY is deleted.
    None for other tasks."""
    results = copy.deepcopy(results)
    if sent_id == "laocai-antq-s7":
        date = next(r for r in results if r["value"]["text"] == "ngày 02/5/2012")
        date["value"].update(dict(zip(("start", "end"), utf16_span(text, "02/5/2012"))),
                             text="02/5/2012")
        return results
    if sent_id == "laocai-antq-s9":
        return [*results, result(text, "Chỉ thị", "LEGAL")]
    if sent_id == "laocai-antq-s12":
        return [r for r in results if r["value"]["labels"] != ["MONEY"]]
    return None


def annotation(results: list[dict], who: dict, when: str = "2026-12-01T20:00:00.123456Z") -> dict:
    return {"id": 1, "completed_by": who, "result": results, "was_cancelled": False,
            "created_at": when, "updated_at": when}


def corrected_export(tasks: list[dict]) -> list[dict]:
    """The tasks as Label Studio exports them after the correction (annotated tasks only)."""
    out = []
    for number, item in enumerate(tasks, start=1):
        fixed = correct(item["data"]["vicorpus_key"], item["data"]["text"],
                        item["predictions"][0]["result"])
        if fixed is not None:
            out.append({**item, "id": number, "annotations": [annotation(fixed, ALICE)]})
    return out


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def check_corrected(before: str, after: str, reviewer: str = "alice@example.org") -> list[str]:
    """The CoNLL-U after the correction differs from `before` exactly where the human changed
    it: the entity MISC of the touched words and one review comment per sentence, by
    `reviewer`; returns the review times."""
    diff = changed_lines(before, after)
    removed = [d[1:] for d in diff if d[0] == "-"]
    added = [d[1:] for d in diff if d[0] == "+"]
    comments = [a for a in added if a.startswith("#")]
    assert len(comments) == 3
    prefix = "# entities_reviewed = "
    reviews = [parse_reviews(c.removeprefix(prefix)) for c in comments if c.startswith(prefix)]
    assert [[who for who, _ in r] for r in reviews] == [[reviewer]] * 3
    words = [a.split("\t") for a in added if not a.startswith("#")]
    old = [r.split("\t") for r in removed]
    assert all(o[:9] == w[:9] for o, w in zip(old, words))  # only MISC changed
    entity_misc = [(w[1], "|".join(i for i in w[9].split("|") if i.startswith("NER")))
                   for w in words]
    assert entity_misc == [
        ("ngày", ""), ("02/5/2012", "NER=B-DATE|NERValue=2012-05-02|NERRule=date-numeric"),
        ("Chỉ thị", "NER=B-LEGAL"), ("hàng", ""), ("chục", ""), ("tỷ đồng", ""),
    ]
    for sent_id in ("laocai-antq-s7", "laocai-antq-s9", "laocai-antq-s12"):
        block = after.split(f"# sent_id = {sent_id}\n")[1].split("\n\n")[0]
        assert block.split("\n")[1].startswith("# entities_reviewed = ")
    return [when for (_, when), in reviews]


def test_export_one_task_per_sentence(corpus: Path) -> None:
    tasks = export_tasks(corpus)
    sentences = read_corpus([corpus])
    assert len(tasks) == len(sentences) == 34
    assert [t["data"]["vicorpus_key"] for t in tasks] == [s.sent_id for s in sentences]
    assert all(t["data"]["text"] == s.text for t, s in zip(tasks, sentences))
    predicted = [r for t in tasks for r in t["predictions"][0]["result"]]
    assert len(predicted) == sum(len(s.entities) for s in sentences) == 88
    assert {t["predictions"][0]["model_version"] for t in tasks} == {
        tasks[0]["predictions"][0]["model_version"]}
    assert tasks[0]["predictions"][0]["model_version"].startswith("vicorpus-0.1.0-rules-")
    s7 = next(t for t in tasks if t["data"]["vicorpus_key"] == "laocai-antq-s7")
    texts = [(r["value"]["text"], r["value"]["labels"]) for r in s7["predictions"][0]["result"]]
    assert texts[:3] == [("Chỉ thị số 09 – CT/TW", ["LEGAL"]), ("ngày 01/12/2011", ["DATE"]),
                         ("Ban Bí thư Trung ương Đảng", ["ORG"])]
    for item in predicted:
        assert item["from_name"] == "label" and item["to_name"] == "text"
    assert export_tasks(corpus) == tasks  # stable


def test_export_by_paragraph_and_document(corpus: Path) -> None:
    sentences = read_corpus([corpus])
    paragraphs = export_tasks(corpus, "--by", "paragraph")
    assert len(paragraphs) == len({s.par_id for s in sentences}) == 13
    assert sum(len(t["data"]["sentences"]) for t in paragraphs) == 34
    for item in paragraphs:
        text = item["data"]["text"]
        for placed in item["data"]["sentences"]:
            sentence = next(s for s in sentences if s.sent_id == placed["sent_id"])
            assert text[placed["start"]:placed["end"]] == sentence.text
        for r in item["predictions"][0]["result"]:
            assert text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
    (document,) = export_tasks(corpus, "--by", "document")
    assert document["data"]["vicorpus_key"] == "laocai-antq"
    assert document["data"]["text"].count("\n\n") == 12
    assert len(document["predictions"][0]["result"]) == 88


def test_export_only(corpus: Path) -> None:
    legal = export_tasks(corpus, "--only", "label=LEGAL")
    expected = [s.sent_id for s in read_corpus([corpus]) if any(e.label == "LEGAL"
                                                                 for e in s.entities)]
    assert [t["data"]["vicorpus_key"] for t in legal] == expected and 0 < len(expected) < 34
    assert export_tasks(corpus, "--only", "doc=elsewhere") == []
    assert len(export_tasks(corpus, "--only", "doc=laocai-antq", "--only", "label=PERCENT")) == 0
    assert export_tasks(corpus, "--only", "flagged") == []  # the seed is valid
    path = corpus / SEED_CONLLU.name
    path.write_text(path.read_text(encoding="utf-8").replace("NER=B-ORG|NERRule=org-mttq",
                                                             "NER=B-ORGX", 1), encoding="utf-8")
    assert [t["data"]["vicorpus_key"] for t in export_tasks(corpus, "--only", "flagged")] == [
        "laocai-antq-s11"]
    code, _, err = run("review", "export", str(corpus), "--only", "color=red")
    assert code == 2 and "--only 'color=red'" in err


def test_config_lists_the_labels() -> None:
    code, out, _ = run("review", "config")
    assert code == 0
    root = ET.fromstring(out)
    labels = root.find("Labels")
    assert labels is not None and labels.get("toName") == root.find("Text").get("name")
    assert [label.get("value") for label in labels] == list(LABELS)


def test_import_replaces_exactly_the_corrected_sentences(corpus: Path, tmp_path: Path) -> None:
    before = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(corrected_export(export_tasks(corpus))), encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus))
    assert code == 0, err
    assert "reviewed 3 sentences (3 changed)" in err
    after = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    assert check_corrected(before, after) == ["2026-12-01T20:00:00Z"] * 3
    summary = Summary()
    assert [i for i in validate_paths([corpus], summary) if i.severity == "error"] == []
    # importing the same again changes nothing
    run("review", "import", str(exported), "--into", str(corpus))
    assert (corpus / SEED_CONLLU.name).read_text(encoding="utf-8") == after
    left = [t["data"]["vicorpus_key"] for t in export_tasks(corpus, "--only", "unreviewed")]
    assert len(left) == 31 and "laocai-antq-s9" not in left


def test_accepted_prediction_adds_only_the_comment(corpus: Path, tmp_path: Path) -> None:
    before = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    tasks = export_tasks(corpus)
    accepted = [{**t, "id": 1, "annotations": [annotation(t["predictions"][0]["result"], ALICE)]}
                for t in tasks if t["data"]["vicorpus_key"] == "laocai-antq-s12"]
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(accepted), encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus), "--strict")
    assert code == 0, err
    after = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        "+# entities_reviewed = alice@example.org 2026-12-01T20:00:00Z"]


def test_values_are_recomputed(corpus: Path, tmp_path: Path) -> None:
    """A person marks a date and a quantity the layer lacked: they get their values."""
    path = corpus / SEED_CONLLU.name
    tasks = export_tasks(corpus)
    s7 = next(t for t in tasks if t["data"]["vicorpus_key"] == "laocai-antq-s7")
    text = s7["data"]["text"]
    marked = [r for r in s7["predictions"][0]["result"] if r["value"]["labels"] != ["DATE"]]
    marked += [result(text, "ngày 01/12/2011", "DATE"), result(text, "02/5/2012", "DATE")]
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps([{**s7, "annotations": [annotation(marked, ALICE)]}]),
                        encoding="utf-8")
    assert run("review", "import", str(exported), "--into", str(corpus))[0] == 0
    (sentence,) = [s for s in read_corpus([corpus]) if s.sent_id == "laocai-antq-s7"]
    dates = [(sentence.text[slice(*sentence.char_span(e))], e.attrs) for e in sentence.entities
             if e.label == "DATE"]
    assert dates == [("ngày 01/12/2011", {"value": "2011-12-01", "rule": "date-numeric"}),
                     ("02/5/2012", {"value": "2012-05-02", "rule": "date-numeric"})]
    assert "# entities_reviewed = alice@example.org" in path.read_text(encoding="utf-8")


def test_snapping_is_reported_and_strict_refuses(corpus: Path, tmp_path: Path) -> None:
    path = corpus / SEED_CONLLU.name
    before = path.read_text(encoding="utf-8")
    tasks = export_tasks(corpus)
    s9 = next(t for t in tasks if t["data"]["vicorpus_key"] == "laocai-antq-s9")
    text = s9["data"]["text"]
    marked = [result(text, "ỉnh ủy Lào C", "ORG")]  # a sloppy drag inside the first and last word
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps([{**s9, "id": 41, "annotations": [annotation(marked, ALICE)]}]),
                        encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus), "--strict")
    assert code == 2 and "task 41 (laocai-antq-s9)" in err and "snapped" in err
    assert path.read_text(encoding="utf-8") == before  # nothing written
    code, _, err = run("review", "import", str(exported), "--into", str(corpus))
    assert code == 0 and "'ỉnh ủy Lào C' snapped to the words 'Tỉnh ủy Lào Cai'" in err
    (sentence,) = [s for s in read_corpus([corpus]) if s.sent_id == "laocai-antq-s9"]
    assert [(e.label, sentence.text[slice(*sentence.char_span(e))]) for e in sentence.entities] \
        == [("ORG", "Tỉnh ủy Lào Cai")]


def test_two_annotations_prefer_and_conflict(corpus: Path, tmp_path: Path) -> None:
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps([two_annotations(export_tasks(corpus))]), encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus), "--prefer",
                       "alice@example.org")
    assert code == 0
    assert ("conflict: task 5 (laocai-antq-s12): alice@example.org and bob@example.org differ "
            "on 1 spans; took alice@example.org's") in err
    text = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    assert ("# entities_reviewed = alice@example.org 2026-12-01T20:00:00Z; "
            "bob@example.org 2026-12-01T21:00:00Z\n"
            "# entities_other = bob@example.org QUANTITY:3-5 QUANTITY:10-12 ") in text
    assert text.count("# entities_other = ") == 1
    assert text.split("# entities_other = ")[1].split("\n")[0].endswith(" MONEY:123-125")
    (sentence,) = [s for s in read_corpus([corpus]) if s.sent_id == "laocai-antq-s12"]
    assert "MONEY" not in {e.label for e in sentence.entities}
    # without --prefer the latest annotation wins
    assert run("review", "import", str(exported), "--into", str(corpus))[0] == 0
    (sentence,) = [s for s in read_corpus([corpus]) if s.sent_id == "laocai-antq-s12"]
    assert "MONEY" in {e.label for e in sentence.entities}
    text = (corpus / SEED_CONLLU.name).read_text(encoding="utf-8")
    assert "# entities_reviewed = bob@example.org 2026-12-01T21:00:00Z; alice" in text
    assert "# entities_other = alice@example.org QUANTITY:3-5 " in text
    assert "MONEY" not in text.split("# entities_other = ")[1].split("\n")[0]
    assert run("validate", str(corpus))[0] == 0


def test_utf16_offsets_outside_the_bmp(tmp_path: Path) -> None:
    """Label Studio's editor counts UTF-16 units: with emoji before them, exported spans are
    shifted in UTF-16 and come back on the same words."""
    folder = tmp_path / "emoji"
    folder.mkdir()
    shutil.copy(EMOJI, folder / EMOJI.name)
    (task,) = export_tasks(folder)
    text = task["data"]["text"]
    assert text.startswith("😀 Tin nóng 🔥🔥: ")
    by_label = {r["value"]["labels"][0]: r["value"] for r in task["predictions"][0]["result"]}
    org = by_label["ORG"]
    assert (org["start"], org["end"], org["text"]) == (18, 28, "Bộ Công an")  # 15:25 in Python
    assert text.encode("utf-16-le")[2 * org["start"]:2 * org["end"]].decode("utf-16-le") == \
        "Bộ Công an"
    assert by_label["PERCENT"]["text"] == "95%"
    assert from_utf16(text, 1) == 0 and from_utf16(text, 2) == 1  # inside the pair: its start
    marked = [r for r in task["predictions"][0]["result"] if r["value"]["labels"] != ["PERCENT"]]
    marked.append(result(text, "95% kế hoạch", "QUANTITY"))
    marked.append(result(text, "Tin nóng", "ORG"))
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps([{**task, "annotations": [annotation(marked, ALICE)]}]),
                        encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(folder), "--strict")
    assert code == 0, err
    (sentence,) = read_corpus([folder])
    got = [(e.label, sentence.text[slice(*sentence.char_span(e))]) for e in sentence.entities]
    assert got == [("ORG", "Tin nóng"), ("ORG", "Bộ Công an"), ("LEGAL", "Thông tư số 15/2023/TT-BCA"),
                   ("DATE", "ngày 1/3/2023"), ("QUANTITY", "3 nội dung"),
                   ("QUANTITY", "95% kế hoạch")]


def test_code_point_offsets_are_recognised_by_their_text(tmp_path: Path) -> None:
    """A client that counted code points (a script, not the browser) is read right too: only
    that reading gives the text the result says it covers."""
    (task,) = export_tasks(copy_corpus(tmp_path, EMOJI))
    utf16 = {"start": 18, "end": 28, "text": "Bộ Công an", "labels": ["ORG"]}
    points = {"start": 15, "end": 25, "text": "Bộ Công an", "labels": ["ORG"]}
    for value in (utf16, points):
        item = {**task, "annotations": [annotation([{"type": "labels", "value": value}], ALICE)]}
        (review,) = read_tasks([item])
        assert [(s.start, s.end, s.label) for s in review.spans] == [(15, 25, "ORG")]


def test_import_refuses_a_foreign_or_stale_export(corpus: Path, tmp_path: Path) -> None:
    path = corpus / SEED_CONLLU.name
    before = path.read_text(encoding="utf-8")
    tasks = corrected_export(export_tasks(corpus))
    tasks[0]["data"]["text"] = tasks[0]["data"]["text"].replace("Thực hiện", "Thực thi")
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(tasks), encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus))
    assert code == 2 and "differs from the corpus" in err
    exported.write_text(json.dumps([{"data": {"text": "x"}, "annotations": []}]), encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus))
    assert code == 2 and "not exported by vicorpus" in err
    assert path.read_text(encoding="utf-8") == before


def test_paragraph_tasks_come_back_to_their_sentences(corpus: Path, tmp_path: Path) -> None:
    """A paragraph task: its spans go back to the sentence each falls in; one across two
    sentences is cut (reported) or refused with --strict."""
    path = corpus / SEED_CONLLU.name
    before = path.read_text(encoding="utf-8")
    paragraphs = export_tasks(corpus, "--by", "paragraph")
    old = {s.sent_id: s for s in read_corpus([SEED_CONLLU])}
    item = next(t for t in paragraphs if len(t["data"]["sentences"]) >= 3
                and old[t["data"]["sentences"][2]["sent_id"]].entities)
    keys = [s["sent_id"] for s in item["data"]["sentences"]]
    text = item["data"]["text"]
    third = item["data"]["sentences"][2]
    results = [r for r in item["predictions"][0]["result"]
               if r["value"]["end"] <= third["start"]]  # the third sentence's entities deleted
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps([{**item, "id": 3, "annotations": [annotation(results, ALICE)]}]),
                        encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus))
    assert code == 0, err
    after = {s.sent_id: s for s in read_corpus([corpus])}
    assert after[keys[2]].entities == []
    for key in keys[:2] + keys[3:]:
        assert after[key].entities == old[key].entities
    assert f"reviewed {len(keys)} sentences (1 changed)" in err
    text_after = path.read_text(encoding="utf-8")
    assert text_after.count("# entities_reviewed = alice@example.org") == len(keys)
    path.write_text(before, encoding="utf-8")
    first_end = item["data"]["sentences"][0]["end"]
    across = result(text, text[first_end - 5:first_end + 6], "ORG")
    exported.write_text(json.dumps([{**item, "id": 3, "annotations": [annotation([across], ALICE)]}]),
                        encoding="utf-8")
    code, _, err = run("review", "import", str(exported), "--into", str(corpus), "--strict")
    assert code == 2 and "crosses a sentence boundary" in err
    assert path.read_text(encoding="utf-8") == before
    code, _, err = run("review", "import", str(exported), "--into", str(corpus))
    assert code == 0 and "crosses a sentence boundary, cut" in err

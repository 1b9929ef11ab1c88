"""The dataset card (README.md): YAML generated with huggingface_hub.DatasetCardData, so that
`datasets.load_dataset(folder)` finds the configs and features, and a body that says what the
corpus is, where it comes from, its labels and counts, how it was built and how to load it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from huggingface_hub import DatasetCard, DatasetCardData

from annotate import __version__
from annotate.atomic import atomic_write
from annotate.dataset.features import NER_TAGS, UPOS_TAGS, dataset_features
from annotate.dataset.shards import DATA_DIR, data_bytes, split_shards
from annotate.entities.schema import ATTRIBUTES, LABELS
from annotate.review.agreement import pair_agreement

if TYPE_CHECKING:
    from annotate.dataset.build import BuildResult

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "vi_vtb_compact"
VICORPUS_BIBTEX = """@software{vicorpus,
  title = {vicorpus: Vietnamese text to a UD CoNLL-U corpus with entities and a Hugging Face dataset},
  version = {""" + __version__ + """},
  year = {2026}
}"""
VTB_BIBTEX = """@inproceedings{nguyen-etal-2009-building,
  title = {Building a Large Syntactically-Annotated Corpus of {V}ietnamese},
  author = {Nguyen, Phuong-Thai and Vu, Xuan-Luong and Nguyen, Thi-Minh-Huyen and
            Nguyen, Van-Hiep and Le, Hong-Phuong},
  booktitle = {Proceedings of the Third Linguistic Annotation Workshop (LAW III)},
  pages = {182--185},
  year = {2009},
  address = {Suntec, Singapore},
  publisher = {Association for Computational Linguistics},
  url = {https://aclanthology.org/W09-3035}
}"""
ENTITY_LIMITATION = (
    "Entities are found by rules and lexicons (each carries the id of its rule in `NERRule`); "
    "they are not checked by hand, and entity types outside the label set are not marked."
)
SMALL = 10_000  # sentences below which the card warns that the corpus is small


@dataclass
class CardInfo:
    """What the card says beyond the counts: name, description, license and provenance."""

    pretty_name: str
    summary: str
    license: str = "cc-by-sa-4.0"
    license_note: str = (
        "The parses come from a model trained on UD_Vietnamese-VTB (CC BY-SA 4.0), so the whole "
        "dataset is distributed under CC BY-SA 4.0."
    )
    parses: str | None = None  # where the parses come from; None: the bundled parsing model
    limitations: tuple[str, ...] = (
        "The trees, lemmas and tags are automatic parses, not checked by hand.",
        ENTITY_LIMITATION,
    )
    source_datasets: list[str] = field(default_factory=list)
    citations: tuple[str, ...] = (VICORPUS_BIBTEX, VTB_BIBTEX)


def write_card(folder: Path, result: BuildResult, info: CardInfo) -> None:
    """Write folder/README.md for a finished build."""
    sizes = {split: data_bytes(paths) for split, paths in split_shards(folder).items()}
    yaml = card_data(result, info, sizes).to_yaml()
    card = DatasetCard(f"---\n{yaml}\n---\n\n{card_body(result, info)}")
    with atomic_write(folder / "README.md") as handle:
        handle.write(str(card))


def card_data(result: BuildResult, info: CardInfo, sizes: dict[str, int]) -> DatasetCardData:
    """The card's YAML header: configs with data files per split, features, split sizes
    (`sizes`: split -> bytes), license, tasks."""
    splits = list(result.splits)
    return DatasetCardData(
        language=["vi"],
        license=info.license,
        pretty_name=info.pretty_name,
        task_categories=["token-classification"],
        task_ids=["named-entity-recognition", "part-of-speech", "parsing"],
        tags=["dependency-parsing", "universal-dependencies", "conllu"],
        size_categories=[size_category(result.sentences)],
        annotations_creators=["machine-generated"],
        language_creators=["found"],
        multilinguality=["monolingual"],
        source_datasets=info.source_datasets or ["original"],
        configs=[{
            "config_name": "default",
            "data_files": [{"split": s, "path": f"{DATA_DIR}/{s}-*"} for s in splits],
        }],
        dataset_info={
            "features": dataset_features()._to_yaml_list(),
            "splits": [{"name": s, "num_bytes": sizes[s], "num_examples": result.splits[s].sentences}
                       for s in splits],
        },
    )


def size_category(rows: int) -> str:
    """The Hub's size category for a number of rows."""
    bounds = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
              (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")]
    return next((name for bound, name in bounds if rows < bound), "10M<n<100M")


def card_body(result: BuildResult, info: CardInfo) -> str:
    """The card's Markdown body."""
    sections = [
        f"# {info.pretty_name}\n\n{info.summary}",
        _sources(result, info),
        _splits(result),
        _labels(result),
        _reviewed(result),
        _columns(),
        _how_built(info),
        _how_to_load(),
        "## Citation\n\n```bibtex\n" + "\n\n".join(info.citations) + "\n```",
        _limitations(result, info),
    ]
    return "\n\n".join(sections) + "\n"


def _limitations(result: BuildResult, info: CardInfo) -> str:
    items = list(info.limitations)
    if result.sentences < SMALL:
        items.append(f"Small: {result.sentences} sentences ({result.words} words) from "
                     f"{result.document_count} documents; do not expect models trained on it "
                     "alone to generalise.")
    return "## Known limitations\n\n" + "\n".join(f"- {item}" for item in items)


def _sources(result: BuildResult, info: CardInfo) -> str:
    lines = ["## Sources and licenses", "", info.license_note, "",
             "The documents, with the source, author and license their metadata give:", "",
             "| document | split | title | author | source | license |",
             "| --- | --- | --- | --- | --- | --- |"]
    for doc in result.documents:
        source = doc.get("url") or doc.get("source") or ""
        cells = [doc["id"], doc["split"], doc.get("title", ""), doc.get("author", ""), source,
                 doc.get("license", "")]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    if result.document_count > len(result.documents):
        lines += ["", f"…and {result.document_count - len(result.documents)} more documents."]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _splits(result: BuildResult) -> str:
    lines = ["## Splits", "", result.split_rule, "",
             "| split | documents | sentences | words |", "| --- | ---: | ---: | ---: |"]
    for name, s in result.splits.items():
        lines.append(f"| {name} | {s.documents} | {s.sentences} | {s.words} |")
    return "\n".join(lines)


def _labels(result: BuildResult) -> str:
    splits = list(result.splits)
    lines = [
        "## Label scheme", "",
        (f"`upos`: the 17 Universal POS tags ({', '.join(UPOS_TAGS)}). `deprel`: UD relations "
        "with Vietnamese subtypes, as strings."), "",
        (f"`ner_tags`: BIO tags over the entity labels, like conll2003: {', '.join(NER_TAGS)}. "
        "`entities` lists the same entities with character offsets into `text` and their "
        f"attributes ({', '.join(ATTRIBUTES)}; null when absent)."), "",
        "Entities per split:", "",
        "| label | " + " | ".join(splits) + " |",
        "| --- |" + " ---: |" * len(splits),
    ]
    for label in LABELS:
        lines.append(f"| {label} | " + " | ".join(
            str(result.splits[s].entities[label]) for s in splits) + " |")
    return "\n".join(lines)


def _reviewed(result: BuildResult) -> str:
    stats = result.splits.values()
    sentences, reviewed = result.sentences, sum(s.reviewed for s in stats)
    entities = sum(sum(s.entities.values()) for s in stats)
    reviewed_entities = sum(s.reviewed_entities for s in stats)
    lines = ["## Review", "",
             (f"{reviewed} of {sentences} sentences, with {reviewed_entities} of {entities} "
              "entities, had their entity layer checked by a person (`reviewed` is true, "
              "`annotator` says who; `vicorpus review`); the others are as the rules wrote "
              "them.")]
    if reviewed:
        lines += ["", "| split | reviewed sentences | reviewed entities |", "| --- | ---: | ---: |"]
        lines += [f"| {name} | {s.reviewed} | {s.reviewed_entities} |"
                  for name, s in result.splits.items()]
    if result.agreement:
        lines += ["", _agreement(pair_agreement(result.agreement))]
    return "\n".join(lines)


def _agreement(report: dict) -> str:
    kappa = "-" if report["kappa"] is None else f"{report['kappa']:.3f}"
    lines = [(f"{report['sentences']} sentences were annotated by two people (the second "
              "annotator's layer is the `# entities_other` comment). Their agreement: span F1 "
              f"per label (exact word spans) and Cohen's kappa over BIO tags, {kappa}."), "",
             "| label | first | second | both | F1 |", "| --- | ---: | ---: | ---: | ---: |"]
    for label, row in [*report["labels"].items(), ("all", report["micro"])]:
        if row["a"] or row["b"]:
            lines.append(f"| {label} | {row['a']} | {row['b']} | {row['matched']} | "
                         f"{row['f1']:.3f} |")
    return "\n".join(lines)


def _columns() -> str:
    return """## Columns

One row per sentence.

| column | content |
| --- | --- |
| `id`, `doc_id`, `text` | sentence id (`# sent_id`), document id (`# newdoc id`, else the file name), sentence text (`# text`) |
| `tokens`, `lemmas`, `upos`, `xpos`, `feats`, `head`, `deprel`, `deps`, `misc` | the CoNLL-U columns of the syntactic words; `feats`, `deps` and `misc` are the exact CoNLL-U strings (`_` when empty); `head` is an integer (0 = root) |
| `ner_tags`, `entities` | the entity layer (see above) |
| `reviewed`, `annotator` | whether a person checked the sentence's entities (`# entities_reviewed`), and who (null when not) |
| `doc_meta` | the document's metadata comments (`# title = …`, `# author = …`, `# source = …`, …) as key/value pairs, on every row of the document |
| `file`, `sent_index`, `comments`, `extra_lines` | for a lossless export: source file, position in it, verbatim comment lines, and multiword-token and empty-node lines with their position |

`vicorpus export DIR -o OUT/` writes the CoNLL-U files back, byte for byte."""


def _how_built(info: CardInfo) -> str:
    parses = info.parses if info.parses is not None else model_description()
    return (f"## How it was built\n\nBuilt with vicorpus {__version__} (`vicorpus build`).\n\n"
            f"Parses: {parses}")


def model_description(model_dir: Path = MODEL_DIR) -> str:
    """What the bundled parsing model is and how it scores, from its MODEL_CARD.md or
    training.json; says the model is unknown when neither is there."""
    card = model_dir / "MODEL_CARD.md"
    training = model_dir / "training.json"
    if card.is_file():
        return ("the bundled Stanza model `vi_vtb_compact`. From its model card:\n\n"
                + "\n".join("> " + line for line in card.read_text(encoding="utf-8").splitlines()))
    if training.is_file():
        data = json.loads(training.read_text(encoding="utf-8"))
        return ("the bundled Stanza model `vi_vtb_compact`; its training record:\n\n```json\n"
                + json.dumps(data, ensure_ascii=False, indent=2) + "\n```")
    return "unknown: no model card was found for the parsing model when this dataset was built."


def _how_to_load() -> str:
    return """## How to load

```python
import datasets

ds = datasets.load_dataset("path/or/repo-id")
upos = ds["train"].features["upos"].feature.names
ner = ds["train"].features["ner_tags"].feature.names
```"""

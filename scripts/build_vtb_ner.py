"""Build the VTB-NER dataset: the UD_Vietnamese-VTB treebank with vicorpus's entity layer.

The treebank's own annotation is kept; the entity taggers (annotate.entities.tag_sentence) add
`NER=...` to the MISC column. The tagged CoNLL-U goes to a temporary folder, then becomes a
dataset with its own card (CC BY-SA 4.0, like the treebank), split as the treebank is.

    python scripts/build_vtb_ner.py --ud-dir treebank/UD_Vietnamese-VTB -o dist/vtb-ner
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from annotate.atomic import atomic_write
from annotate.conllu_io import Sentence, read_conllu, write_conllu
from annotate.dataset.build import BuildResult, build_dataset
from annotate.dataset.card import ENTITY_LIMITATION, CardInfo
from annotate.entities.schema import Entity, encode_entities
from annotate.errors import DatasetError, VicorpusError

UD_DIR = Path(__file__).resolve().parent.parent / "treebank" / "UD_Vietnamese-VTB"

Tagger = Callable[[Sentence], list[Entity]]

VTB_CARD = CardInfo(
    pretty_name="UD Vietnamese-VTB with vicorpus entities",
    summary=(
        "The Vietnamese treebank of Universal Dependencies (UD_Vietnamese-VTB, a conversion of "
        "the VLSP constituent treebank of news text) with an entity layer added by vicorpus: "
        "ORG, LEGAL, QUANTITY, MONEY, PERCENT and DATE spans with normalised values, as "
        "`ner_tags` (BIO) and `entities` (character offsets and attributes)."
    ),
    license_note=(
        "UD_Vietnamese-VTB is distributed under CC BY-SA 4.0 "
        "(https://github.com/UniversalDependencies/UD_Vietnamese-VTB); this dataset adapts it "
        "and is distributed under CC BY-SA 4.0 too. The documents are the treebank's three "
        "files; their texts are Vietnamese news."
    ),
    parses=(
        "gold: the treebank's own tokens, lemmas, tags and trees (manual annotation converted "
        "to UD v2), unchanged. Only the entity layer in MISC is automatic."
    ),
    limitations=(
        ENTITY_LIMITATION,
        ("The entity rules were written for provincial administration news; on VTB's general "
        "news they miss entities and the counts above show how few they find."),
        ("VTB's `# text` is written as `# text =…` without a space; the dataset keeps comment "
        "lines verbatim so the export reproduces the treebank files exactly."),
    ),
    source_datasets=["extended|universal_dependencies"],
)


def tag_corpus(ud_dir: Path, out_dir: Path, tagger: Tagger) -> list[Path]:
    """Write each `*.conllu` file of `ud_dir` to `out_dir` with the entity layer from `tagger`."""
    written = []
    sources = sorted(Path(ud_dir).glob("*.conllu"))
    if not sources:
        raise DatasetError("no .conllu files", ud_dir)
    for source in sources:
        target = Path(out_dir) / source.name
        with atomic_write(target) as handle:
            write_conllu((_tagged(s, tagger) for s in read_conllu(source)), handle)
        written.append(target)
    return written


def _tagged(sentence: Sentence, tagger: Tagger) -> Sentence:
    encode_entities(sentence.syntactic_words(), tagger(sentence))
    return sentence


def build_vtb_ner(ud_dir: Path, output: Path, tagger: Tagger, overwrite: bool = False,
                  tagged_dir: Path | None = None) -> BuildResult:
    """Tag the treebank (into `tagged_dir`, or a temporary folder) and build the dataset."""
    if tagged_dir is not None:
        tag_corpus(ud_dir, tagged_dir, tagger)
        return build_dataset([tagged_dir], output, VTB_CARD, overwrite=overwrite)
    with tempfile.TemporaryDirectory(prefix="vtb-ner-") as tmp:
        tag_corpus(ud_dir, Path(tmp), tagger)
        return build_dataset([Path(tmp)], output, VTB_CARD, overwrite=overwrite)


def default_tagger() -> Tagger:
    """vicorpus's entity taggers (annotate.entities.tag_sentence)."""
    try:
        from annotate.entities import tag_sentence
    except ImportError as error:
        raise DatasetError("annotate.entities.tag_sentence is not available") from error
    return tag_sentence


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud-dir", type=Path, default=UD_DIR,
                        help="folder with vi_vtb-ud-{train,dev,test}.conllu")
    parser.add_argument("-o", "--output", type=Path, default=Path("dist/vtb-ner"))
    parser.add_argument("--tagged-dir", type=Path,
                        help="also keep the tagged CoNLL-U files here")
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    try:
        result = build_vtb_ner(args.ud_dir, args.output, default_tagger(), args.overwrite,
                               args.tagged_dir)
    except VicorpusError as error:
        print(f"build_vtb_ner: error: {error}", file=sys.stderr)
        return 2
    print(result.line())
    for name, stats in result.splits.items():
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.entities.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

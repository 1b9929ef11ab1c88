"""Tag text of another genre on its gold word boundaries and score coarse tag agreement.

The check behind the parser issue's rule that the score on another genre must not fall.
The text is the VLSP 2013 POS test set in the layout underthesea 9.5.0 ships it
(``underthesea/pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt``: one word
per line, ``word<TAB>gold<TAB>predicted``, sentences separated by blank lines). It is not
vendored here (its license is VLSP's), so the path is an argument.

The tagger's UPOS and VLSP's tags are mapped to the same coarse classes (N, V, A, P, R, L, M,
E, C, CH, T, I, X) before comparing; the fine classes of the two schemes differ.

    python scripts/eval_tagger_genre.py TEST_OUTPUT.txt annotate/models/vi_vtb_compact OTHER_SET
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqdm import tqdm


def read_vlsp(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (word, gold tag) from the underthesea test-output layout."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip():
            if current:
                sentences.append(current)
            current = []
            continue
        tag = cols[1].removeprefix("B-").removeprefix("I-")
        current.append((cols[0].strip(), tag))
    if current:
        sentences.append(current)
    return sentences


UPOS_COARSE = {"NOUN": "N", "PROPN": "N", "VERB": "V", "AUX": "V", "ADJ": "A", "PRON": "P",
               "ADV": "R", "DET": "L", "NUM": "M", "ADP": "E", "CCONJ": "C", "SCONJ": "C",
               "PUNCT": "CH", "PART": "T", "INTJ": "I"}


def coarse_vlsp(tag: str) -> str:
    """The coarse class of a VLSP tag (Np, Nc, Nu, Ny, Nb, Ni: N; Cc: C; Z: X)."""
    if tag.startswith("N") or tag == "Y":
        return "N"
    if tag in ("C", "Cc"):
        return "C"
    return tag if tag in ("V", "A", "P", "R", "L", "M", "E", "CH", "T", "I") else "X"


def tag_with(model_dir: Path, sentences: list[list[str]], batch: int) -> list[list[str]]:
    """The coarse class of each word's UPOS, by the model set's tagger on the given boundaries."""
    import stanza

    from annotate.parse import resolve_models

    kwargs = {**resolve_models(str(model_dir)).kwargs, "processors": "tokenize,pos"}
    nlp = stanza.Pipeline(tokenize_pretokenized=True, pos_batch_size=batch, logging_level="WARN",
                          **kwargs)
    out: list[list[str]] = []
    for i in tqdm(range(0, len(sentences), 200), desc=model_dir.name, unit="x200 sent"):
        doc = nlp(sentences[i : i + 200])
        out += [[UPOS_COARSE.get(w.upos, "X") for w in s.words] for s in doc.sentences]
    return out


def main(argv: list[str] | None = None) -> int:
    """Print one row per model set: words, agreement, nouns tagged as verbs and the reverse."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("vlsp", type=Path)
    p.add_argument("model_dirs", type=Path, nargs="+")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--batch", type=int, default=3000)
    p.add_argument("--confusions", type=int, default=0, help="also print the N commonest")
    a = p.parse_args(argv)
    import torch

    torch.set_num_threads(a.threads)
    gold_sents = read_vlsp(a.vlsp)
    words = [[w for w, _ in s] for s in gold_sents]
    gold = [coarse_vlsp(t) for s in gold_sents for _, t in s]
    rows = []
    for model_dir in a.model_dirs:
        pred = [t for s in tag_with(model_dir, words, a.batch) for t in s]
        assert len(pred) == len(gold)
        same = sum(g == q for g, q in zip(gold, pred))
        confusions = collections.Counter((g, q) for g, q in zip(gold, pred) if g != q)
        if a.confusions:
            print(model_dir, confusions.most_common(a.confusions))
        rows.append((str(model_dir), len(gold), 100 * same / len(gold), confusions[("N", "V")],
                     confusions[("V", "N")]))
    print("| model set | words | coarse agreement | N tagged V | V tagged N |")
    print("| --- | --- | --- | --- | --- |")
    for name, n, acc, nv, vn in rows:
        print(f"| {name} | {n:,} | {acc:.2f} | {nv:,} | {vn:,} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

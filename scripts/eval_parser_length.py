"""Score model sets' parsers on short and long held-out sentences, on gold words.

The held-out slice is the one ``train_stanza_vi.py`` never trains on (train sentences with index
% 10 == 9, 140 sentences of about 15 words). Its long version joins them four at a time (about
58 words, like the sentences of real articles; ``join_sentences``). Each model set tags the
sentences with its own tagger and parses them with its own parser, decoding with Eisner (or
``--decoder cle``); udtools' CoNLL 2018 scorer gives UAS and LAS against the gold trees. A
parser that gains on short sentences and loses on long ones will not hold up on articles.

Run from the repository root, e.g.::

    python scripts/eval_parser_length.py annotate/models/vi_vtb_compact /tmp/other_set
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_stanza_vi import REPO_ROOT, join_sentences, read_conllu, run_stanza, write_conllu


def score(gold: Path, system: Path) -> tuple[float, float]:
    """UAS and LAS (F1, in %) of `system` against `gold`."""
    from udtools.udeval import evaluate, load_conllu_file

    result = evaluate(load_conllu_file(str(gold)), load_conllu_file(str(system)))
    return 100 * result["UAS"].f1, 100 * result["LAS"].f1


def main(argv: Sequence[str] | None = None) -> int:
    """Print a table of UAS / LAS by sentence length for each model set."""
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("model_dirs", type=Path, nargs="+")
    p.add_argument("--ud-dir", type=Path, default=REPO_ROOT / "treebank" / "UD_Vietnamese-VTB")
    p.add_argument("--heldout-every", type=int, default=10)
    p.add_argument("--long-join", type=int, default=4)
    p.add_argument("--decoder", choices=("eisner", "cle"), default="eisner")
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args(argv)

    train = read_conllu(a.ud_dir / "vi_vtb-ud-train.conllu")
    held = [s for i, s in enumerate(train) if i % a.heldout_every == a.heldout_every - 1]
    joined = join_sentences(held, a.long_join)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        gold = {"short": work / "short.conllu", "long": work / "long.conllu"}
        write_conllu(gold["short"], held)
        write_conllu(gold["long"], joined)
        for model_dir in a.model_dirs:
            row = [str(model_dir)]
            common = ["--lang", "vi", "--shorthand", "vi_vtb", "--mode", "predict",
                      "--no_pretrain", "--save_dir", str(model_dir)]
            for part, path in gold.items():
                tagged, parsed = work / f"{part}.tagged.conllu", work / f"{part}.parsed.conllu"
                run_stanza("tagger", [*common, "--save_name", "pos.pt", "--eval_file", str(path),
                                      "--output_file", str(tagged)], a.threads, work / "tag.log")
                run_stanza("parser", [*common, "--save_name", "depparse.pt", "--eval_file",
                                      str(tagged), "--output_file", str(parsed)],
                           a.threads, work / "parse.log", decoder=a.decoder)
                row.extend(f"{x:.2f}" for x in score(path, parsed))
            rows.append(row)
    words = {"short": sum(len(s.rows) for s in held) / len(held),
             "long": sum(len(s.rows) for s in joined) / len(joined)}
    print(f"held-out sentences, gold words, predicted tags, decoder {a.decoder}; "
          f"short: {len(held)} sentences of {words['short']:.0f} words, "
          f"long: joined {a.long_join} at a time ({words['long']:.0f} words)")
    print("| model set | short UAS | short LAS | long UAS | long LAS |")
    print("| --- | --- | --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

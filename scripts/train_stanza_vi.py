"""Train the compact bundled Stanza Vietnamese model set from UD_Vietnamese-VTB.

Trains, with Stanza's own training code and no pretrained word vectors, a
tokenizer, a POS tagger (UPOS+XPOS), a lemmatizer and a dependency parser, and
writes the model set into ``annotate/models/vi_vtb_compact/`` together with
``resources.json`` (``{}``), ``pipeline.json`` (the ``stanza.Pipeline``
keyword arguments) and ``training.json`` (hyperparameters, seeds, data, times).

Data use (the test file is never read):

* every 10th training sentence (index % 10 == 9) is held out as a test-like
  dev set; all model selection uses it;
* the tokenizer trains on the rest of train plus the VTB dev file's text and
  word boundaries (LBKT/RBKT mapped back to brackets); the dev file's tags and
  relations follow other conventions and are not used;
* tokenizer training text is written both ways (UD-spaced and real text with
  attached punctuation, see ``scripts/realtext.py``), in multi-sentence
  paragraphs, with a share of numbers replaced by synthetic, realistically
  formatted numbers, dates and document codes;
* the tokenizer uses Stanza's dictionary feature with a lexicon of the
  multi-syllable words of its own training sentences, plus those of an
  external word list if ``--extra-dict FILE`` names one (one word per line,
  e.g. pyvi's MIT-licensed ``pyvi/models/words.txt``);
* the parser trains on POS tags predicted by the trained tagger and is selected, decoding
  as vicorpus does (``--decoder eisner``: projective, one root), on the held-out sentences
  and on the same sentences joined four at a time (VTB sentences have at most 25 words,
  articles' sentences often 60); ``--only depparse`` retrains the parser alone on tags of
  the model set's own tagger, ``--parser-continue-from`` continues a trained one (on the same
  training sentences: Stanza builds the label vocabulary from the data, the continued model
  keeps its own); ``--parser-keep last`` ships the parser after its last step instead of the
  best-scoring one; ``--parser-train-long`` (the default; ``--no-parser-train-long`` turns it off) also
  trains the parser on the training sentences joined four at a time (from scratch only);
* ``--parser-tags jackknife`` trains the parser on jackknifed tags instead: the training
  sentences are split into ``--jackknife-folds`` interleaved folds, a tagger is trained on all
  folds but one (``--jackknife-tagger-steps`` steps, selected on the held-out sentences) and
  tags the fold it did not see, so the parser learns from tags as wrong as those of new text;
  the selection set is still tagged by the model set's own tagger;
* Stanza checkpoints the parser every 100 steps in ``--work-dir``: rerunning the same command
  with the same work dir continues an interrupted parser run from there (optimizer included;
  the batches after it are drawn afresh from the seed). Use a new work dir to start over.

Run from the repository root, e.g.::

    python scripts/train_stanza_vi.py --threads 2
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realtext import join_forms, normalize_form, real_spacing

LOG = logging.getLogger("train_stanza_vi")
REPO_ROOT = Path(__file__).resolve().parent.parent
SHORTHAND = "vi_vtb"
MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
}


@dataclass
class Sentence:
    """One CoNLL-U sentence: comment lines and 10-column token rows."""

    comments: list[str]
    rows: list[list[str]]

    @property
    def forms(self) -> list[str]:
        """Word forms, with VTB bracket placeholders mapped back."""
        return [normalize_form(r[1]) for r in self.rows]

    def to_conllu(self) -> str:
        """Serialise back to CoNLL-U (with trailing blank line)."""
        lines = self.comments + ["\t".join(r) for r in self.rows]
        return "\n".join(lines) + "\n\n"


@dataclass
class TokSentence:
    """A sentence prepared for tokenizer training: forms and spacing."""

    forms: list[str]
    space_after: list[bool] = field(default_factory=list)


def read_conllu(path: Path) -> list[Sentence]:
    """Read a CoNLL-U file (no multiword tokens or empty nodes in VTB)."""
    sentences: list[Sentence] = []
    comments: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                sentences.append(Sentence(comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            rows.append(cols)
    if rows:
        sentences.append(Sentence(comments, rows))
    return sentences


def write_conllu(path: Path, sentences: Sequence[Sentence]) -> None:
    """Write sentences to a CoNLL-U file."""
    path.write_text("".join(s.to_conllu() for s in sentences), encoding="utf-8")


def join_sentences(sentences: Sequence[Sentence], size: int) -> list[Sentence]:
    """Join each run of ``size`` consecutive sentences into one long sentence.

    The words are renumbered; every sentence after the first hangs its root on the first
    sentence's root as ``parataxis``; all other arcs are the sentences' own. VTB sentences have
    at most 25 words, so this is how the parser's selection set gets sentences as long as
    those of real articles (about 60 words).
    """
    out: list[Sentence] = []
    for g in range(0, len(sentences), size):
        rows: list[list[str]] = []
        first_root = 0
        for sent in sentences[g : g + size]:
            base = len(rows)
            for r in sent.rows:
                row = list(r)
                row[0] = str(int(r[0]) + base)
                if r[6] == "0" and first_root:
                    row[6], row[7] = str(first_root), "parataxis"
                elif r[6] != "0":
                    row[6] = str(int(r[6]) + base)
                elif not first_root:
                    first_root = int(row[0])
                row[8] = "_"
                rows.append(row)
        text = " ".join(c.split("=", 1)[1].strip() for s in sentences[g : g + size]
                        for c in s.comments if c.startswith("# text"))
        out.append(Sentence([f"# sent_id = long-{g // size + 1}", f"# text = {text}"], rows))
    return out


# --------------------------------------------------------------------------
# Synthetic numbers, dates and document codes for tokenizer training
# --------------------------------------------------------------------------

DOC_KINDS_YEAR = ["NĐ-CP", "QĐ-TTg", "TT-BTC", "NQ-CP", "QĐ-UBND", "TT-BGDĐT", "NĐ-TTg"]
DOC_KINDS = ["QĐ-UBND", "CTr-BCA-MTTW", "KH-UBND", "CT-TTg", "BC-UBND", "QĐ-BCA", "TB-VPCP"]
DOC_KINDS_PARTY = ["CT/TW", "NQ/TW", "KL/TW", "CTr/TU", "QĐ/TW", "HD/BTGTW"]


def thousands(n: int) -> str:
    """Format an integer with '.' as thousands separator (1.231.883)."""
    return f"{n:,}".replace(",", ".")


def synthetic_number(rng: random.Random) -> str:
    """Return a random, realistically formatted Vietnamese number-like token."""
    kind = rng.random()
    if kind < 0.30:
        return thousands(rng.choice([rng.randint(1000, 99999), rng.randint(100000, 99999999)]))
    if kind < 0.42:
        whole = thousands(rng.randint(0, 9999))
        return f"{whole},{rng.randint(1, 99)}"
    if kind < 0.62:
        day, month = rng.randint(1, 31), rng.randint(1, 12)
        d = f"{day:02d}" if rng.random() < 0.5 else str(day)
        m = f"{month:02d}" if rng.random() < 0.5 else str(month)
        if rng.random() < 0.8:
            return f"{d}/{m}/{rng.randint(1945, 2030)}"
        return f"{d}/{m}"
    if kind < 0.77:
        return f"{rng.randint(1, 300)}/{rng.randint(1990, 2030)}/{rng.choice(DOC_KINDS_YEAR)}"
    if kind < 0.89:
        return f"{rng.randint(1, 3000)}/{rng.choice(DOC_KINDS)}"
    return f"{rng.randint(1, 99):02d}-{rng.choice(DOC_KINDS_PARTY)}"


def merge_split_numbers(forms: list[str]) -> list[str]:
    """Join VTB's split thousands ("25 . 000") into one token ("25.000")."""
    out: list[str] = []
    for form in forms:
        if (
            re.fullmatch(r"\d{3}", form)
            and len(out) >= 2
            and out[-1] == "."
            and re.fullmatch(r"\d{1,3}(\.\d{3})*", out[-2])
        ):
            out.pop()
            out[-1] = f"{out[-1]}.{form}"
        else:
            out.append(form)
    return out


def augment_numbers(forms: list[str], rng: random.Random, prob: float) -> list[str]:
    """Replace a share of plain integers by synthetic numbers/dates/codes."""
    return [
        synthetic_number(rng) if re.fullmatch(r"\d+", f) and rng.random() < prob else f
        for f in forms
    ]


def tokenizer_paragraphs(
    sentences: Sequence[list[str]],
    rng: random.Random,
    real_share: float,
    num_prob: float,
    para_min: int,
    para_max: int,
) -> list[list[TokSentence]]:
    """Group sentences into paragraphs and choose spacing per paragraph."""
    paragraphs: list[list[TokSentence]] = []
    i = 0
    while i < len(sentences):
        size = rng.randint(para_min, para_max)
        real = rng.random() < real_share
        para: list[TokSentence] = []
        for forms in sentences[i : i + size]:
            forms = augment_numbers(merge_split_numbers(list(forms)), rng, num_prob)
            spacing = real_spacing(forms) if real else [True] * len(forms)
            para.append(TokSentence(forms, spacing))
        paragraphs.append(para)
        i += size
    return paragraphs


def write_tokenizer_data(
    paragraphs: Sequence[Sequence[TokSentence]], txt: Path, labels: Path
) -> None:
    """Write Stanza tokenizer training files (.txt and character labels).

    Labels per character: 0 inside a word or whitespace, 1 end of word,
    2 end of sentence; paragraphs are separated by blank lines.
    """
    txt_parts: list[str] = []
    label_parts: list[str] = []
    for para in paragraphs:
        text = ""
        lab = ""
        for sent in para:
            for j, form in enumerate(sent.forms):
                text += form
                lab += "0" * (len(form) - 1) + ("2" if j == len(sent.forms) - 1 else "1")
                if sent.space_after[j]:
                    text += " "
                    lab += "0"
        text, lab = text.rstrip(" "), lab[: len(text.rstrip(" "))]
        assert len(text) == len(lab)
        txt_parts.append(text)
        label_parts.append(lab)
    txt.write_text("\n\n".join(txt_parts) + "\n", encoding="utf-8")
    labels.write_text("\n\n".join(label_parts) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------
# Running Stanza's trainers
# --------------------------------------------------------------------------


def run_stanza(
    module: str, args: Sequence[str], threads: int, log_path: Path, decoder: str | None = None
) -> float:
    """Run ``python -m stanza.models.<module>`` with a thread limit; return seconds.

    ``decoder`` (``eisner`` or ``cle``) makes ``annotate.decoding`` Stanza's depparse decoder
    in the trainer, so that its evaluations on the selection set decode as vicorpus does.
    """
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        env[var] = str(threads)
    # glibc otherwise returns large tensor buffers to the OS after every step;
    # the resulting page faults tripled step times (sys time) on these machines
    env.setdefault("MALLOC_MMAP_THRESHOLD_", str(4 << 30))
    env.setdefault("MALLOC_TRIM_THRESHOLD_", str(4 << 30))
    env.setdefault("MALLOC_TOP_PAD_", str(1 << 30))
    cmd = [
        sys.executable,
        "-c",
        (
            f"import sys, torch; torch.set_num_threads({threads}); "
            + (
                f"sys.path.insert(0, {str(REPO_ROOT)!r}); "
                f"from annotate.decoding import use; use({decoder!r}); "
                if decoder
                else ""
            )
            + f"from stanza.models.{module} import main; main(sys.argv[1:])"
        ),
        *args,
    ]
    LOG.info("running %s (%d threads), log %s", module, threads, log_path)
    start = time.time()
    with log_path.open("w", encoding="utf-8") as log:
        log.write(" ".join(cmd) + "\n")
        log.flush()
        proc = subprocess.run(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    elapsed = time.time() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{module} failed (rc {proc.returncode}); see {log_path}")
    LOG.info("%s finished in %.0f s", module, elapsed)
    return elapsed


def train_tagger(
    a: argparse.Namespace, common: Sequence[str], train: Path, held: Path, predicted: Path,
    steps: int, model: Path, log: Path,
) -> float:
    """Train a tagger with the model set's settings (`tagger_hparams`) for `steps` steps on
    `train`; the best step on `held` is saved as `model` and its tags of `held` written to
    `predicted`. One thread; returns seconds."""
    tg = tagger_hparams(a)
    settings = ("hidden_dim", "char_hidden_dim", "word_emb_dim", "word_cutoff", "batch_size",
                "eval_interval")
    return run_stanza(
        "tagger",
        [*common, "--mode", "train", "--no_pretrain", "--train_file", str(train),
         "--eval_file", str(held), "--output_file", str(predicted),
         "--max_steps", str(steps),
         *(arg for key in settings for arg in (f"--{key}", str(tg[key]))),
         "--save_dir", str(model.parent), "--save_name", model.name],
        1,
        log,
    )


def tag_file(
    tagger: Path, conllu: Path, output: Path, common: Sequence[str], threads: int, log: Path
) -> None:
    """Write ``conllu`` with the POS tags that the tagger model file ``tagger`` predicts."""
    run_stanza(
        "tagger",
        [*common, "--mode", "predict", "--no_pretrain", "--eval_file", str(conllu),
         "--output_file", str(output), "--save_dir", str(tagger.parent),
         "--save_name", tagger.name],
        threads,
        log,
    )


def jackknife_tags(
    fit: Sequence[Sentence],
    a: argparse.Namespace,
    common: Sequence[str],
    data: Path,
    work: Path,
    logs: Path,
) -> list[Sentence]:
    """``fit`` with jackknifed POS tags, in its order.

    Sentence ``i`` is in fold ``i % folds``; each fold is tagged by a tagger trained on the
    other folds (the tagger settings of the model set, ``--jackknife-tagger-steps`` steps,
    the best step on the held-out sentences kept). Folds train ``--threads`` at a time.
    """
    k = a.jackknife_folds
    work.mkdir(parents=True, exist_ok=True)

    def fold(f: int) -> list[Sentence]:
        write_conllu(work / f"train{f}.conllu", [s for i, s in enumerate(fit) if i % k != f])
        write_conllu(work / f"fold{f}.conllu", [s for i, s in enumerate(fit) if i % k == f])
        train_tagger(a, common, work / f"train{f}.conllu", data / "held.conllu",
                     work / f"held{f}.pred.conllu", a.jackknife_tagger_steps, work / f"pos{f}.pt",
                     logs / f"jackknife_pos{f}.log")
        tag_file(work / f"pos{f}.pt", work / f"fold{f}.conllu", work / f"fold{f}.tagged.conllu",
                 common, 1, logs / f"jackknife_tag{f}.log")
        return read_conllu(work / f"fold{f}.tagged.conllu")

    with ThreadPoolExecutor(max_workers=max(1, a.threads)) as pool:
        folds = list(pool.map(fold, range(k)))
    tagged: list[Sentence] = []
    for i in range(len(fit)):
        tagged.append(folds[i % k][i // k])
    if [s.forms for s in tagged] != [s.forms for s in fit]:
        raise RuntimeError("jackknifed tagging changed the training sentences")
    return tagged


def keep_last_step(checkpoint_path: Path, path: Path) -> None:
    """Write the parser of Stanza's latest checkpoint as a model file, without the optimizer."""
    import torch

    checkpoint = torch.load(checkpoint_path, map_location="cpu", weights_only=False)
    for key in ("optimizer_state_dict", "scheduler_state_dict"):
        checkpoint.pop(key, None)
    torch.save(checkpoint, path)


def store_half_precision(path: Path) -> None:
    """Re-save a Stanza model file with its float32 weights stored as float16.

    Stanza loads the state dict into float32 modules (``load_state_dict``
    casts), so inference still runs in float32; only the file is halved.
    """
    import torch

    checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    state = checkpoint["model"]
    for key, value in state.items():
        if torch.is_tensor(value) and value.dtype == torch.float32:
            state[key] = value.half()
    torch.save(checkpoint, path)


def build_argparser() -> argparse.ArgumentParser:
    """Command-line options."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--ud-dir", type=Path, default=REPO_ROOT / "treebank" / "UD_Vietnamese-VTB")
    p.add_argument("--out", type=Path, default=REPO_ROOT / "annotate" / "models" / "vi_vtb_compact")
    p.add_argument("--work-dir", type=Path, default=Path("/tmp/vicorpus_stanza_vi_work"))
    p.add_argument(
        "--threads", type=int, default=2, help="CPU cores to use (stages run one per core)"
    )
    p.add_argument("--seed", type=int, default=1234)
    p.add_argument(
        "--heldout-every", type=int, default=10, help="hold out every N-th train sentence"
    )
    p.add_argument("--tokenizer-steps", type=int, default=8000)
    p.add_argument("--tagger-steps", type=int, default=2400,
                   help="the checkpoint kept is the best on the held-out AllTags (the shipped "
                   "tagger's: step 1,400)")
    p.add_argument(
        "--tagger-word-cutoff",
        type=int,
        default=2,
        help="training words seen fewer times than this get no word embedding in the tagger "
        "and are read by their characters alone (0: every training word has one)",
    )
    p.add_argument("--lemma-epochs", type=int, default=10)
    p.add_argument("--parser-steps", type=int, default=3000)
    p.add_argument(
        "--parser-continue-from",
        type=Path,
        default=None,
        help="continue training this parser (e.g. the model set's own depparse.pt) for "
        "--parser-steps more steps instead of training one from scratch",
    )
    p.add_argument(
        "--parser-keep",
        choices=("best", "last"),
        default="best",
        help="ship the parser that scored best on the selection set, or the one after the last "
        "step (from Stanza's checkpoint, optimizer state dropped)",
    )
    p.add_argument(
        "--parser-tags",
        choices=("tagger", "jackknife"),
        default="tagger",
        help="POS tags of the parser's training sentences: predicted by the model set's own "
        "tagger (which trained on them), or jackknifed (each fold tagged by a tagger trained "
        "on the other folds)",
    )
    p.add_argument("--jackknife-folds", type=int, default=4)
    p.add_argument(
        "--jackknife-tagger-steps",
        type=int,
        default=800,
        help="training steps of each fold's tagger (the best step on the held-out sentences "
        "is kept)",
    )
    p.add_argument(
        "--parser-train-long",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="the parser also trains on the training sentences joined --long-join at a time, "
        "as long as those of real articles (from scratch only: with --parser-continue-from "
        "give --no-parser-train-long)",
    )
    p.add_argument(
        "--long-join",
        type=int,
        default=4,
        help="the parser's selection set adds the held-out sentences joined N at a time",
    )
    p.add_argument(
        "--no-dev-text", action="store_true", help="do not add VTB dev text to tokenizer training"
    )
    p.add_argument(
        "--real-share", type=float, default=0.5, help="share of tokenizer paragraphs in real text"
    )
    p.add_argument(
        "--num-prob", type=float, default=0.4, help="share of integers replaced synthetically"
    )
    p.add_argument(
        "--tok-copies", type=int, default=2, help="augmented copies of tokenizer training text"
    )
    p.add_argument(
        "--no-tok-dictionary",
        dest="tok_dictionary",
        action="store_false",
        help="turn off the tokenizer dictionary feature (lexicon: the multi-syllable words "
        "of the tokenizer's own training sentences; on by default, +6 token F1 on held-out)",
    )
    p.add_argument(
        "--extra-dict",
        type=Path,
        default=None,
        help="a word list (one word per line, UTF-8) whose multi-syllable words join the "
        "tokenizer dictionary; record its source and license in the model card",
    )
    p.add_argument(
        "--full-precision",
        action="store_true",
        help="ship float32 weights (default: weights stored as float16, half the size)",
    )
    p.add_argument("--only", default="tokenize,pos,lemma,depparse", help="processors to (re)train")
    p.add_argument(
        "--decoder",
        choices=("eisner", "cle"),
        default="eisner",
        help="depparse decoder used in the parser's selection loop and written to pipeline.json "
        "(eisner: projective, one root; cle: Stanza's Chu-Liu-Edmonds)",
    )
    return p


def tokenizer_hparams(a: argparse.Namespace) -> dict[str, object]:
    """Tokenizer hyperparameters (Stanza defaults otherwise)."""
    return {
        "steps": a.tokenizer_steps,
        "eval_steps": 200,
        "batch_size": 32,
        "max_seqlen": 100,
        "anneal_after": 2000,
        "seed": a.seed,
        "copies": a.tok_copies,
        "real_share": a.real_share,
        "num_prob": a.num_prob,
        "paragraph_sentences": [3, 12],
        "use_dictionary": a.tok_dictionary,
        "dictionary": (
            "words of the tokenizer training sentences"
            + (f" + multi-syllable words of {a.extra_dict.name}" if a.extra_dict else "")
            if a.tok_dictionary
            else None
        ),
    }


def tagger_hparams(a: argparse.Namespace) -> dict[str, object]:
    """Compact tagger hyperparameters."""
    return {
        "max_steps": a.tagger_steps,
        "hidden_dim": 128,
        "char_hidden_dim": 128,
        "word_emb_dim": 75,
        "word_cutoff": a.tagger_word_cutoff,
        "batch_size": 100,
        "eval_interval": 100,
        "seed": a.seed,
        "no_pretrain": True,
    }


def lemma_hparams(a: argparse.Namespace) -> dict[str, object]:
    """Lemmatizer hyperparameters (pos_dim must equal emb_dim)."""
    return {
        "num_epoch": a.lemma_epochs,
        "emb_dim": 50,
        "pos_dim": 50,
        "hidden_dim": 100,
        "seed": a.seed,
    }


def parser_hparams(a: argparse.Namespace) -> dict[str, object]:
    """Compact parser hyperparameters."""
    return {
        "max_steps": a.parser_steps,
        "hidden_dim": 200,
        "char_hidden_dim": 200,
        "num_layers": 2,
        "deep_biaff_hidden_dim": 200,
        "batch_size": 1500,
        "eval_interval": 100,
        "seed": a.seed,
        "no_pretrain": True,
        "train_tags": "predicted by the trained tagger" if a.parser_tags == "tagger" else
        f"jackknifed: {a.jackknife_folds} interleaved folds, each tagged by a tagger trained "
        f"{a.jackknife_tagger_steps} steps on the others",
        "train_long": f"+ the training sentences joined {a.long_join} at a time"
        if a.parser_train_long else None,
        "decoder": a.decoder,
        "selection": f"held-out sentences + the same joined {a.long_join} at a time",
        "kept": "best on the selection set" if a.parser_keep == "best" else "after the last step",
        "continued_from": a.parser_continue_from.name if a.parser_continue_from else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Prepare data, train all four processors and write the model set."""
    parser = build_argparser()
    a = parser.parse_args(argv)
    if a.parser_train_long and a.parser_continue_from:
        # Stanza builds the label vocabulary from the training data and the continued model
        # keeps its own: the joined sentences' parataxis arcs reorder it, and LAS falls to 26
        parser.error("--parser-train-long needs a parser trained from scratch, not "
                     "--parser-continue-from (their label vocabularies differ): add "
                     "--no-parser-train-long")
    if a.parser_tags == "jackknife" and a.jackknife_folds < 2:
        parser.error(f"--jackknife-folds must be at least 2, not {a.jackknife_folds}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    only = set(a.only.split(","))
    work: Path = a.work_dir
    for sub in ("data", "models", "logs"):
        (work / sub).mkdir(parents=True, exist_ok=True)
    data, models, logs = work / "data", work / "models", work / "logs"
    out: Path = a.out
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    t_start = time.time()

    train = read_conllu(a.ud_dir / "vi_vtb-ud-train.conllu")
    dev = read_conllu(a.ud_dir / "vi_vtb-ud-dev.conllu")
    fit = [s for i, s in enumerate(train) if i % a.heldout_every != a.heldout_every - 1]
    held = [s for i, s in enumerate(train) if i % a.heldout_every == a.heldout_every - 1]
    LOG.info(
        "train %d sentences: fit %d, held out %d; dev text %d",
        len(train),
        len(fit),
        len(held),
        len(dev),
    )
    write_conllu(data / "fit.conllu", fit)
    write_conllu(data / "held.conllu", held)
    # the parser is selected on the held-out sentences and on the same joined into long ones
    write_conllu(data / "held_parse.conllu", held + join_sentences(held, a.long_join))

    def parser_training(sentences: list[Sentence]) -> list[Sentence]:
        """The parser trains on the sentences, plus (--parser-train-long) them joined."""
        return sentences + (join_sentences(sentences, a.long_join) if a.parser_train_long else [])

    write_conllu(data / "fit_parse.conllu", parser_training(fit))

    # tokenizer data
    tok_sents = [s.forms for s in fit] + ([] if a.no_dev_text else [s.forms for s in dev])
    paras: list[list[TokSentence]] = []
    for _ in range(a.tok_copies):
        paras += tokenizer_paragraphs(tok_sents, rng, a.real_share, a.num_prob, 3, 12)
    write_tokenizer_data(paras, data / "tok_train.txt", data / "tok_train.toklabels")
    held_forms = [merge_split_numbers(s.forms) for s in held]
    held_paras = [
        [TokSentence(f, sp(f)) for f in held_forms[i : i + 10]]
        for sp in (lambda f: [True] * len(f), real_spacing)
        for i in range(0, len(held_forms), 10)
    ]
    write_tokenizer_data(held_paras, data / "tok_held.txt", data / "tok_held.toklabels")
    words = {f for forms in tok_sents for f in forms if " " in f}
    if a.extra_dict is not None:
        extra = {unicodedata.normalize("NFC", " ".join(line.split()))
                 for line in a.extra_dict.read_text(encoding="utf-8").splitlines()}
        LOG.info("tokenizer dictionary: %d training words + %d from %s", len(words),
                 len({w for w in extra if " " in w} - words), a.extra_dict)
        words |= {w for w in extra if " " in w}
    words = sorted(words)
    (data / "tok_dict.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    dict_args = (
        ["--use_dictionary", "--external_dict", str(data / "tok_dict.txt")]
        if a.tok_dictionary
        else []
    )
    (data / "tok_mwt.json").write_text("[]\n", encoding="utf-8")  # VTB has no multiword tokens
    sample = [join_forms(s.forms, s.space_after) for s in paras[1][:2]]
    LOG.info("tokenizer: %d paragraphs; sample: %s", len(paras), " | ".join(sample))

    common = ["--lang", "vi", "--shorthand", SHORTHAND, "--seed", str(a.seed)]
    times: dict[str, float] = {}
    th = tokenizer_hparams(a)
    tg = tagger_hparams(a)
    lm = lemma_hparams(a)
    pa = parser_hparams(a)

    def lane_tokenize_lemma() -> None:
        if "tokenize" in only:
            times["tokenize"] = run_stanza(
                "tokenizer",
                [
                    *common,
                    "--mode",
                    "train",
                    "--txt_file",
                    str(data / "tok_train.txt"),
                    "--label_file",
                    str(data / "tok_train.toklabels"),
                    "--dev_txt_file",
                    str(data / "tok_held.txt"),
                    "--dev_label_file",
                    str(data / "tok_held.toklabels"),
                    "--conll_file",
                    str(data / "tok_held.pred.conllu"),
                    "--mwt_json_file",
                    str(data / "tok_mwt.json"),
                    "--no_use_mwt",
                    *dict_args,
                    "--steps",
                    str(th["steps"]),
                    "--eval_steps",
                    str(th["eval_steps"]),
                    "--save_dir",
                    str(models),
                    "--save_name",
                    MODEL_FILES["tokenize"],
                ],
                1,
                logs / "tokenize.log",
            )
        if "lemma" in only:
            times["lemma"] = run_stanza(
                "lemmatizer",
                [
                    "--shorthand",
                    SHORTHAND,
                    "--seed",
                    str(a.seed),
                    "--mode",
                    "train",
                    "--train_file",
                    str(data / "fit.conllu"),
                    "--eval_file",
                    str(data / "held.conllu"),
                    "--output_file",
                    str(data / "held.lemma.pred.conllu"),
                    "--num_epoch",
                    str(lm["num_epoch"]),
                    "--emb_dim",
                    str(lm["emb_dim"]),
                    "--pos_dim",
                    str(lm["pos_dim"]),
                    "--hidden_dim",
                    str(lm["hidden_dim"]),
                    "--save_dir",
                    str(models),
                    "--save_name",
                    MODEL_FILES["lemma"],
                ],
                1,
                logs / "lemma.log",
            )

    def lane_tagger() -> None:
        if "pos" in only:
            times["pos"] = train_tagger(a, common, data / "fit.conllu", data / "held.conllu",
                                        data / "held.pos.pred.conllu", tg["max_steps"],
                                        models / MODEL_FILES["pos"], logs / "pos.log")

    if a.threads >= 2:
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(lane_tokenize_lemma), pool.submit(lane_tagger)]
            for fut in futures:
                fut.result()
    else:
        lane_tokenize_lemma()
        lane_tagger()

    if "depparse" in only:
        # tag parser training and selection data with the trained tagger (the model set's own
        # when this run does not train one: `--only depparse`)
        tagger = (models if (models / MODEL_FILES["pos"]).is_file() else out) / MODEL_FILES["pos"]
        LOG.info("tagging parser data with %s", tagger)
        if a.parser_tags == "jackknife":
            tagged = jackknife_tags(fit, a, common, data, models / "jackknife", logs)
            write_conllu(data / "fit_parse.tagged.conllu", parser_training(tagged))
        names = ("held_parse",) if a.parser_tags == "jackknife" else ("fit_parse", "held_parse")
        for name in names:
            tag_file(tagger, data / f"{name}.conllu", data / f"{name}.tagged.conllu", common,
                     a.threads, logs / f"tag_{name}.log")
        times["depparse"] = run_stanza(
            "parser",
            [
                *common,
                "--mode",
                "train",
                "--no_pretrain",
                "--train_file",
                str(data / "fit_parse.tagged.conllu"),
                "--eval_file",
                str(data / "held_parse.tagged.conllu"),
                "--output_file",
                str(data / "held_parse.pred.conllu"),
                "--max_steps",
                str(pa["max_steps"]),
                "--hidden_dim",
                str(pa["hidden_dim"]),
                "--char_hidden_dim",
                str(pa["char_hidden_dim"]),
                "--num_layers",
                str(pa["num_layers"]),
                "--deep_biaff_hidden_dim",
                str(pa["deep_biaff_hidden_dim"]),
                "--batch_size",
                str(pa["batch_size"]),
                "--eval_interval",
                str(pa["eval_interval"]),
                "--save_dir",
                str(models),
                "--save_name",
                MODEL_FILES["depparse"],
                *(
                    ["--continue_from", str(a.parser_continue_from)]
                    if a.parser_continue_from
                    else []
                ),
            ],
            a.threads,
            logs / "depparse.log",
            decoder=a.decoder,
        )

    # assemble the model set
    for proc in sorted(only):
        if proc == "depparse" and a.parser_keep == "last":
            keep_last_step(models / "depparse_checkpoint.pt", out / MODEL_FILES[proc])
        else:
            shutil.copyfile(models / MODEL_FILES[proc], out / MODEL_FILES[proc])
        if not a.full_precision:
            store_half_precision(out / MODEL_FILES[proc])
    (out / "resources.json").write_text("{}\n", encoding="utf-8")
    pipeline = {
        "lang": "vi",
        "processors": "tokenize,pos,lemma,depparse",
        "tokenize_model_path": MODEL_FILES["tokenize"],
        "pos_model_path": MODEL_FILES["pos"],
        "lemma_model_path": MODEL_FILES["lemma"],
        "depparse_model_path": MODEL_FILES["depparse"],
        "download_method": None,
        "decoder": a.decoder,
    }
    (out / "pipeline.json").write_text(
        json.dumps(pipeline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    old = {}
    if (out / "training.json").exists():
        old = json.loads((out / "training.json").read_text(encoding="utf-8"))
    wall = dict(old.get("wall_seconds", {}))
    wall.update({k: round(v) for k, v in times.items()})
    record = {
        "stanza_version": _stanza_version(),
        "data": {
            "treebank": "UD_Vietnamese-VTB (CC BY-SA 4.0)",
            "train_fit": f"train sentences with index % {a.heldout_every} != {a.heldout_every - 1} ({len(fit)})",
            "heldout": f"train sentences with index % {a.heldout_every} == {a.heldout_every - 1} ({len(held)});"
            " used for all model selection",
            "tokenizer_extra": "none"
            if a.no_dev_text
            else f"VTB dev text and word boundaries ({len(dev)})",
            "test": "never read",
        },
        "seed": a.seed,
        "threads": a.threads,
        "weights_stored_as": "float32" if a.full_precision else "float16 (loaded as float32)",
        # a processor this run did not train keeps the settings it was trained with
        **{proc: settings if proc in only else old.get(proc, settings)
           for proc, settings in (("tokenize", th), ("pos", tg), ("lemma", lm), ("depparse", pa))},
        "wall_seconds": wall,
        "total_wall_seconds_this_run": round(time.time() - t_start),
    }
    (out / "training.json").write_text(
        json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    LOG.info("hyperparameters: %s", json.dumps(record, ensure_ascii=False))
    LOG.info("model set written to %s", out)
    return 0


def _stanza_version() -> str:
    """Installed Stanza version."""
    import stanza

    return str(stanza.__version__)


if __name__ == "__main__":
    raise SystemExit(main())

"""Choosing a model set: bundled, official (when on disk), or a folder; clear errors otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotate.errors import ModelError
from annotate.parse import official_present, resolve_models


def test_default_is_official_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert not official_present()
    (tmp_path / "vi" / "tokenize").mkdir(parents=True)
    (tmp_path / "resources.json").write_text("{}")
    assert official_present()
    models = resolve_models(None)
    assert models.name.startswith("official")
    assert models.kwargs["dir"] == str(tmp_path)


def test_default_is_bundled_without_official(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    models = resolve_models(None)
    assert models.name.startswith("bundled")
    for key, value in models.kwargs.items():
        if key.endswith("_model_path"):
            assert Path(value).is_file(), key


def test_folder_with_pipeline_json(tmp_path: Path) -> None:
    (tmp_path / "tok.pt").write_bytes(b"x")
    (tmp_path / "pipeline.json").write_text(json.dumps({"tokenize_model_path": "tok.pt",
                                                        "processors": "tokenize"}))
    models = resolve_models(str(tmp_path))
    assert models.kwargs["tokenize_model_path"] == str(tmp_path / "tok.pt")
    assert models.kwargs["processors"] == "tokenize"
    assert models.kwargs["lang"] == "vi"


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no such model folder"):
        resolve_models(str(tmp_path / "missing"))
    with pytest.raises(ModelError, match="neither pipeline.json nor"):
        resolve_models(str(tmp_path))
    (tmp_path / "pipeline.json").write_text(json.dumps({"pos_model_path": "pos.pt"}))
    with pytest.raises(ModelError, match="model file pos.pt is missing"):
        resolve_models(str(tmp_path))
    (tmp_path / "pipeline.json").write_text("{broken")
    with pytest.raises(ModelError, match="cannot read model set description"):
        resolve_models(str(tmp_path))


def test_official_offline_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotate.parse import Parser

    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    monkeypatch.setenv("STANZA_RESOURCES_URL", "http://127.0.0.1:9/none")
    parser = Parser(resolve_models("official"))
    with pytest.raises(ModelError, match="no network|use --models bundled"):
        parser.load()


def test_decoder_from_pipeline_json(tmp_path: Path) -> None:
    from annotate.parse import Parser

    assert resolve_models("bundled").decoder == "eisner"
    (tmp_path / "tok.pt").write_bytes(b"x")
    config = {"tokenize_model_path": "tok.pt", "processors": "tokenize"}
    (tmp_path / "pipeline.json").write_text(json.dumps(config))
    models = resolve_models(str(tmp_path))
    assert models.decoder == "cle"  # Stanza's own decoder unless the set names another
    assert "decoder" not in models.kwargs  # not passed on to stanza.Pipeline
    assert Parser(models).decoder == "cle"
    assert Parser(models, decoder="eisner").decoder == "eisner"
    (tmp_path / "pipeline.json").write_text(json.dumps({**config, "decoder": "eisner"}))
    assert resolve_models(str(tmp_path)).decoder == "eisner"
    (tmp_path / "pipeline.json").write_text(json.dumps({**config, "decoder": "mst"}))
    with pytest.raises(ModelError, match="unknown decoder 'mst'"):
        resolve_models(str(tmp_path))


def test_parser_selection_set_joins_heldout_sentences_into_long_trees(ud_dir: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_stanza_vi import join_sentences, read_conllu

    from annotate.decoding import is_projective

    held = [s for i, s in enumerate(read_conllu(ud_dir / "vi_vtb-ud-train.conllu")) if i % 10 == 9]
    joined = join_sentences(held, 4)
    assert len(joined) == 35
    assert sum(len(s.rows) for s in joined) == sum(len(s.rows) for s in held)
    assert max(len(s.rows) for s in held) <= 25 < min(len(s.rows) for s in joined)
    first = joined[0]
    heads = [int(r[6]) for r in first.rows]
    assert heads.count(0) == 1
    assert [r[7] for r in first.rows].count("parataxis") >= 3  # the later sentences' roots
    assert [r[1] for r in first.rows] == [r[1] for s in held[:4] for r in s.rows]
    assert is_projective(heads)


def test_jackknifed_tags_come_from_taggers_that_never_saw_their_fold(ud_dir: Path,
                                                                    tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_stanza_vi import build_argparser, jackknife_tags, read_conllu, write_conllu

    train = read_conllu(ud_dir / "vi_vtb-ud-train.conllu")
    fit, held = train[:40], train[40:50]
    data, work = tmp_path / "data", tmp_path / "jackknife"
    data.mkdir()
    write_conllu(data / "held.conllu", held)
    a = build_argparser().parse_args(["--jackknife-folds", "2", "--jackknife-tagger-steps", "100"])
    common = ["--lang", "vi", "--shorthand", "vi_vtb", "--seed", "1"]
    tagged = jackknife_tags(fit, a, common, data, work, tmp_path)

    ids = [s.comments[0] for s in fit]
    assert [s.comments[0] for s in tagged] == ids
    assert [[r[1:2] + r[6:8] for r in s.rows] for s in tagged] == \
           [[r[1:2] + r[6:8] for r in s.rows] for s in fit]  # words and arcs are the gold ones
    for fold in (0, 1):  # each fold's tagger trained on the other fold alone
        trained = {s.comments[0] for s in read_conllu(work / f"train{fold}.conllu")}
        assert trained == {c for i, c in enumerate(ids) if i % 2 != fold}
        assert (work / f"pos{fold}.pt").is_file()
    gold = [r[3] for s in fit for r in s.rows]
    predicted = [r[3] for s in tagged for r in s.rows]
    assert 0 < sum(g == p for g, p in zip(gold, predicted)) < len(gold)  # predicted, not gold


def test_jackknifing_needs_two_folds(capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_stanza_vi import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--only", "depparse", "--parser-tags", "jackknife", "--jackknife-folds", "1"])
    assert exit_info.value.code == 2
    assert "--jackknife-folds must be at least 2" in capsys.readouterr().err


def test_keeping_the_last_step_drops_the_optimizer_and_keeps_the_weights(tmp_path: Path) -> None:
    import sys

    import torch

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_stanza_vi import keep_last_step, store_half_precision

    weights = {"w": torch.arange(6, dtype=torch.float32).reshape(2, 3) / 7}
    torch.save({"model": weights, "config": {"hidden_dim": 3}, "global_step": 3000,
                "optimizer_state_dict": {"state": {0: torch.ones(3)}},
                "scheduler_state_dict": {"last_epoch": 3000}}, tmp_path / "checkpoint.pt")
    keep_last_step(tmp_path / "checkpoint.pt", tmp_path / "depparse.pt")
    store_half_precision(tmp_path / "depparse.pt")
    kept = torch.load(tmp_path / "depparse.pt", map_location="cpu", weights_only=False)
    assert sorted(kept) == ["config", "global_step", "model"]
    assert kept["global_step"] == 3000 and kept["model"]["w"].dtype == torch.float16
    assert torch.allclose(kept["model"]["w"].float(), weights["w"], atol=1e-3)


def test_parser_length_table_scores_the_bundled_parser(capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from eval_parser_length import main

    from annotate.parse import bundled_dir

    assert main([str(bundled_dir()), "--threads", "1"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert "140 sentences of 15 words" in table[0] and "(58 words)" in table[0]
    short_uas, short_las, long_uas, long_las = map(float, table[-1].strip("| ").split(" | ")[1:])
    # held-out text the parser never saw: well above chance, below its training fit, and long
    # sentences harder than short ones
    assert 55 < short_las < short_uas < 85 and 40 < long_las < long_uas < 75
    assert long_las < short_las


def test_training_on_long_sentences_refuses_a_continued_parser(capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    from train_stanza_vi import main

    for flags in (["--parser-train-long"], []):  # it is the default
        with pytest.raises(SystemExit) as exit_info:
            main(["--only", "depparse", *flags, "--parser-continue-from", "depparse.pt"])
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert "label vocabularies differ" in err and "--no-parser-train-long" in err

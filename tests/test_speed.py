"""`--speed fast` against Stanza's own forward: the scorer on random inputs, and the patched
bundled pipeline on the seed against the exact one."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from stanza.models.common.biaffine import PairwiseBilinear

from annotate import speed
from annotate.documents import read_text_file
from annotate.parse import Parser, resolve_models

SEED = Path(__file__).resolve().parent.parent / "corpus" / "raw" / "laocai-antq.txt"


def _bilinear(size_in: int, size_j: int, size_o: int) -> PairwiseBilinear:
    torch.manual_seed(size_o)
    module = PairwiseBilinear(size_in, size_j, size_o)
    torch.nn.init.normal_(module.weight, std=0.1)
    torch.nn.init.normal_(module.bias)
    return module.eval()


@pytest.mark.parametrize("size_o", [1, 7, 40])
def test_fast_bilinear_is_stanzas_math(size_o: int) -> None:
    original = _bilinear(33, 33, size_o)
    fast = speed.fast_bilinear(original)
    x1, x2 = torch.randn(3, 11, 33), torch.randn(3, 9, 33)
    with torch.no_grad():
        expected, got = original(x1, x2), fast(x1, x2)
    assert got.shape == expected.shape == (3, 11, 9, size_o)
    torch.testing.assert_close(got, expected, rtol=1e-5, atol=1e-5)


def test_bf16_scorer_stays_close_and_quantizing_leaves_the_scorer_alone() -> None:
    original = _bilinear(65, 65, 20)
    x1, x2 = torch.randn(2, 30, 65), torch.randn(2, 30, 65)
    bf16 = speed.fast_bilinear(original, bf16=True)
    float32 = torch.ao.quantization.quantize_dynamic(speed.fast_bilinear(original),
                                                     {torch.nn.Linear}, dtype=torch.qint8)
    assert float32.projection.dtype == torch.float32 and bf16.projection.dtype == torch.bfloat16
    with torch.no_grad():
        expected = original(x1, x2)
        torch.testing.assert_close(float32(x1, x2), expected, rtol=1e-5, atol=1e-5)
        scale = expected.abs().mean()
        error = (bf16(x1, x2) - expected).abs().mean() / scale
        assert error < 0.03
        agree = (bf16(x1, x2).argmax(2) == expected.argmax(2)).float().mean()
        assert agree > 0.9  # the head each word picks mostly stays


@pytest.fixture(scope="module")
def parsers() -> tuple[Parser, Parser]:
    models = resolve_models("bundled")
    return Parser(models, threads=1), Parser(models, threads=1, speed="fast")


def test_fast_pipeline_is_patched_and_parses_the_seed_alike(parsers: tuple[Parser, Parser]) -> None:
    exact, fast = parsers
    model = fast.pipeline.processors["depparse"].trainer.model
    kinds = {type(m).__name__ for m in model.modules()}
    assert "PairwiseBilinear" not in kinds and "FastPairwiseBilinear" in kinds
    assert any(type(m).__module__.startswith("torch.ao.nn.quantized") for m in model.modules())
    assert "PairwiseBilinear" in {type(m).__name__ for m in
                                  exact.pipeline.processors["depparse"].trainer.model.modules()}
    document = read_text_file(SEED)
    paragraphs = [(document.source[a:b], a) for a, b in document.paragraphs]
    words = [[w for s in p for w in s] for p in exact.parse(paragraphs)]
    fast_words = [[w for s in p for w in s] for p in fast.parse(paragraphs)]
    pairs = [(a, b) for p, q in zip(words, fast_words) for a, b in zip(p, q)]
    assert [w.form for p in words for w in p] == [w.form for p in fast_words for w in p]
    upos = sum(a.upos == b.upos for a, b in pairs) / len(pairs)
    heads = sum(a.head == b.head for a, b in pairs) / len(pairs)
    assert upos > 0.98 and heads > 0.93, (upos, heads)


def test_other_stanza_version_parses_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speed, "STANZA_VERSION", "0.0.0")
    parser = Parser(resolve_models("bundled"), threads=1)
    assert speed.apply(parser.pipeline, "fast") == "exact"
    kinds = {type(m).__name__ for m in parser.pipeline.processors["depparse"].trainer.model.modules()}
    assert "PairwiseBilinear" in kinds
    with pytest.raises(ValueError):
        speed.apply(parser.pipeline, "faster")


def test_fast_output_does_not_depend_on_the_worker_count(tmp_path: Path) -> None:
    from annotate.scale import ParserSpec, annotate_at_scale

    spec = ParserSpec(resolve_models("bundled"), 1, 4, "fast")
    for workers in (1, 2):
        summary, _ = annotate_at_scale([read_text_file(SEED)], spec, tmp_path / str(workers),
                                       workers=workers)
        assert summary.documents == 1
    one, two = (tmp_path / n / "laocai-antq.conllu" for n in ("1", "2"))
    assert one.read_bytes() == two.read_bytes()

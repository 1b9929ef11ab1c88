"""`--speed fast`: patches to a loaded Stanza pipeline that make CPU parsing faster.

Applied once, after `stanza.Pipeline` is built (`annotate.parse.Parser.load`), to the models it
holds; `exact` applies nothing and reproduces Stanza bit for bit. Written for the Stanza
version in `STANZA_VERSION`: with any other version `apply` changes nothing and logs why.

The depparse processor takes about two thirds of the parse time, much of it in its pairwise
biaffine scorer (`stanza.models.common.biaffine.PairwiseBilinear`: two `einsum` calls and a
large permute copy). `fast`:

1. computes that scorer as one matrix product and one `bmm`, with no permute copy
   (`FastPairwiseBilinear`; the same sums, in another order);
2. runs its first product in bfloat16 where the CPU has native bf16 instructions
   (`avx512_bf16` / `amx_bf16` in /proc/cpuinfo), else in float32 (an int8 scorer moved LAS by
   0.12, more than the 0.1 `fast` may move any score);
3. quantizes the parser's LSTMs to dynamic int8 (`torch.ao.quantization.quantize_dynamic`).
   Its Linear layers and the tagger stay float32: on VTB dev text, int8 there as well was 3-7%
   faster but changed 0.34% of the tags and 1.3% of the heads (0.5% with the LSTMs alone).

What it changes in the scores is measured by `scripts/eval_model.py --speed both`.
"""

from __future__ import annotations

import logging
import warnings
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

STANZA_VERSION = "1.15.0"
SPEEDS = ("fast", "exact")


@cache
def native_bf16() -> bool:
    """True when the CPU advertises native bfloat16 arithmetic."""
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return any(flag in flags.split() for flag in ("avx512_bf16", "amx_bf16"))


def _fast_bilinear_class() -> type:
    import torch
    from torch import nn

    class FastPairwiseBilinear(nn.Module):
        """`PairwiseBilinear` as out[n, l, m, o] = sum_j (x1[n, l] @ W)[j, o] * x2[n, m, j],
        computed as one matmul to (N, L*O, J) and one bmm with x2; returns a (N, L, M, O)
        view in place of Stanza's contiguous tensor."""

        def __init__(self, original: nn.Module, bf16: bool):
            super().__init__()
            weight = original.weight.detach().float()  # (I, J, O)
            size_in, size_j, size_o = weight.shape
            self.output_size = size_o
            self.size_j = size_j
            self.dtype = torch.bfloat16 if bf16 else torch.float32
            # a plain tensor, not an nn.Linear: quantize_dynamic leaves it as it is
            projection = weight.permute(0, 2, 1).reshape(size_in, size_o * size_j)  # (I, O*J)
            self.register_buffer("projection", projection.to(self.dtype).contiguous())
            bias = original.bias
            self.register_buffer("bias", bias.detach().float() if torch.is_tensor(bias)
                                 else torch.zeros(size_o))

        def forward(self, input1: Any, input2: Any) -> Any:
            batch, length1, _ = input1.shape
            length2 = input2.shape[1]
            projected = torch.matmul(input1.to(self.dtype), self.projection)
            scores = torch.bmm(projected.view(batch, length1 * self.output_size, self.size_j),
                               input2.to(self.dtype).transpose(1, 2)).float()
            scores = scores.view(batch, length1, self.output_size, length2).permute(0, 1, 3, 2)
            return scores + self.bias

    return FastPairwiseBilinear


def fast_bilinear(original: Any, bf16: bool = False) -> Any:
    """A `FastPairwiseBilinear` with the weights of Stanza's `PairwiseBilinear` `original`."""
    return _fast_bilinear_class()(original, bf16)


def _replace_bilinears(model: Any, bf16: bool) -> int:
    from stanza.models.common.biaffine import PairwiseBilinear

    count = 0
    for module in list(model.modules()):
        for name, child in list(module.named_children()):
            if isinstance(child, PairwiseBilinear):
                setattr(module, name, fast_bilinear(child, bf16))
                count += 1
    return count


def _quantize(model: Any, types: set[type]) -> None:
    """Dynamic int8 in place of `types` modules under `model` (its children replaced)."""
    import torch

    with warnings.catch_warnings():  # torch marks eager quantization deprecated; it still works
        warnings.simplefilter("ignore")
        torch.ao.quantization.quantize_dynamic(model, types, dtype=torch.qint8, inplace=True)


def apply(pipeline: Any, speed: str) -> str:
    """Patch the loaded `pipeline` for `speed` ("fast" or "exact"); returns what was applied:
    "exact", "fast (bf16 scorer)", "fast (float32 scorer)"."""
    if speed == "exact":
        return "exact"
    if speed not in SPEEDS:
        raise ValueError(f"speed must be one of {SPEEDS}, not {speed!r}")
    import stanza
    import torch
    from torch import nn

    if stanza.__version__ != STANZA_VERSION:
        log.warning("speed patches are written for Stanza %s, not %s: parsing exactly",
                    STANZA_VERSION, stanza.__version__)
        return "exact"
    bf16 = native_bf16()
    processors = pipeline.processors
    with torch.no_grad():
        if "depparse" in processors:
            model = processors["depparse"].trainer.model
            model.eval()
            _replace_bilinears(model, bf16)
            _quantize(model, {nn.LSTM})
    return f"fast ({'bf16' if bf16 else 'float32'} scorer)"

"""Projective dependency decoding (Eisner's algorithm, one root) for Stanza's depparse.

Stanza decodes the parser's head scores with Chu-Liu-Edmonds, a maximum spanning tree whose
arcs may cross. UD_Vietnamese-VTB is projective (0.03-0.06% non-projective arcs), so the
decoder that fits it is Eisner's: the best projective tree with exactly one word on ROOT.
`eisner_one_root` fills the chart one span width per vectorised numpy step, which is faster
than Stanza's plain-Python Chu-Liu-Edmonds on the same scores.

Stanza imports its decoder under the name ``chuliu_edmonds_one_root`` into two modules
(`stanza.models.depparse.model` for prediction and `stanza.models.depparse.head_constraints`
for the head-constraint repair); `install` replaces both names with a dispatcher, and
`decoder("eisner")` / `use("eisner")` choose what it calls. Written for Stanza 1.15.
"""

from __future__ import annotations

import contextlib
import contextvars
import importlib
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

EISNER = "eisner"
CLE = "cle"
DECODERS = (EISNER, CLE)
#: the Stanza modules that import ``chuliu_edmonds_one_root`` by name
STANZA_MODULES = ("stanza.models.depparse.model", "stanza.models.depparse.head_constraints")
_NAME = "chuliu_edmonds_one_root"
_ACTIVE: contextvars.ContextVar[str] = contextvars.ContextVar("vicorpus_decoder", default=CLE)
_ORIGINAL: dict[str, Callable[[np.ndarray], np.ndarray]] = {}


def eisner_one_root(scores: np.ndarray) -> np.ndarray:
    """The best projective tree with one root for ``scores[dep, head]`` ((n+1) x (n+1), row
    and column 0 = ROOT), as Stanza's decoder returns it: ``tree[dep] = head``, ``tree[0] = 0``.
    """
    scores = np.asarray(scores, dtype=np.float64)
    n = scores.shape[0] - 1
    tree = np.zeros(n + 1, dtype=np.int64)
    if n <= 0:
        return tree
    arc = scores[1:, 1:].T  # arc[h, m]: word h heads word m (0-based words)
    root = scores[1:, 0]
    neg = -np.inf
    # complete spans: cr[i, j] headed at i (i <= j), cl[i, j] headed at j;
    # incomplete spans: ir[i, j] has the arc i -> j, il[i, j] the arc j -> i
    cr = np.full((n, n), neg)
    cl = np.full((n, n), neg)
    ir = np.full((n, n), neg)
    il = np.full((n, n), neg)
    diag = np.arange(n)
    cr[diag, diag] = cl[diag, diag] = 0.0
    # back pointers: the split point k of each span
    b_i = np.zeros((n, n), dtype=np.int64)
    b_cr = np.zeros((n, n), dtype=np.int64)
    b_cl = np.zeros((n, n), dtype=np.int64)
    for w in range(1, n):
        i = np.arange(n - w)
        j = i + w
        rows = np.arange(n - w)
        k = i[:, None] + np.arange(w)[None, :]  # i <= k < j
        inner = cr[i[:, None], k] + cl[k + 1, j[:, None]]
        best = inner.argmax(axis=1)
        val = inner[rows, best]
        b_i[i, j] = i + best
        ir[i, j] = val + arc[i, j]
        il[i, j] = val + arc[j, i]
        right = ir[i[:, None], k + 1] + cr[k + 1, j[:, None]]  # i < k <= j
        best = right.argmax(axis=1)
        cr[i, j] = right[rows, best]
        b_cr[i, j] = i + 1 + best
        left = cl[i[:, None], k] + il[k, j[:, None]]  # i <= k < j
        best = left.argmax(axis=1)
        cl[i, j] = left[rows, best]
        b_cl[i, j] = i + best
    total = cl[0, :] + cr[:, n - 1] + root
    r = int(total.argmax())
    heads = np.zeros(n, dtype=np.int64)
    heads[r] = -1
    stack = [(0, r, "cl"), (r, n - 1, "cr")]
    while stack:
        i, j, kind = stack.pop()
        if i == j:
            continue
        if kind == "cr":
            k = int(b_cr[i, j])
            stack += [(i, k, "ir"), (k, j, "cr")]
        elif kind == "cl":
            k = int(b_cl[i, j])
            stack += [(i, k, "cl"), (k, j, "il")]
        else:  # an incomplete span: its arc, then the two complete halves under it
            dep, head = (j, i) if kind == "ir" else (i, j)
            heads[dep] = head
            k = int(b_i[i, j])
            stack += [(i, k, "cr"), (k + 1, j, "cl")]
    tree[1:] = heads + 1
    return tree


def is_projective(heads: list[int] | np.ndarray) -> bool:
    """True when every arc of ``heads`` (``heads[d-1]`` = head of word d, 0 = ROOT) is
    projective, i.e. no two arcs cross."""
    return not nonprojective_arcs(heads)


def nonprojective_arcs(heads: list[int] | np.ndarray) -> list[int]:
    """The words (1-based) whose arc is non-projective: some word between the word and its
    head does not descend from the head."""
    parent = [0, *(int(h) for h in heads)]
    n = len(parent) - 1

    def descends(node: int, head: int) -> bool:
        for _ in range(n + 1):  # a cycle in bad input ends the walk
            if node == head:
                return True
            if node == 0:
                return False
            node = parent[node]
        return False

    return [d for d in range(1, n + 1)
            if not all(descends(k, parent[d]) for k in range(min(d, parent[d]) + 1, max(d, parent[d])))]


def _dispatch(scores: np.ndarray) -> np.ndarray:
    if _ACTIVE.get() == EISNER:
        return eisner_one_root(scores)
    return _ORIGINAL[STANZA_MODULES[0]](scores)


def install() -> None:
    """Replace Stanza's decoder under both its imported names with the dispatcher (once)."""
    for name in STANZA_MODULES:
        module: Any = importlib.import_module(name)
        current = getattr(module, _NAME)
        if current is not _dispatch:
            _ORIGINAL[name] = current
            setattr(module, _NAME, _dispatch)


def _check(name: str) -> str:
    if name not in DECODERS:
        raise ValueError(f"unknown decoder {name!r} (use one of {', '.join(DECODERS)})")
    return name


def use(name: str) -> None:
    """Make ``name`` (``eisner`` or ``cle``) Stanza's depparse decoder in this context."""
    _check(name)
    install()
    _ACTIVE.set(name)


@contextlib.contextmanager
def decoder(name: str) -> Iterator[None]:
    """Decode with ``name`` (``eisner`` or ``cle``) inside the ``with`` block."""
    _check(name)
    install()
    token = _ACTIVE.set(name)
    try:
        yield
    finally:
        _ACTIVE.reset(token)

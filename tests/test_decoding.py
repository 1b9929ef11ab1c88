"""Eisner decoding (annotate.decoding) against brute force, and its hook into Stanza."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from annotate import decoding


def _trees(n: int):
    """Every head vector for n words with exactly one word on ROOT that forms a tree."""
    for heads in itertools.product(range(n + 1), repeat=n):
        if sum(h == 0 for h in heads) != 1 or any(h == d for d, h in enumerate(heads, 1)):
            continue
        ok = True
        for d in range(1, n + 1):
            seen, node = set(), d
            while node != 0 and ok:
                if node in seen:
                    ok = False
                seen.add(node)
                node = heads[node - 1]
            if not ok:
                break
        if ok:
            yield heads


def _projective_trees(n: int) -> list[tuple[int, ...]]:
    return [t for t in _trees(n) if decoding.is_projective(t)]


def _score(scores: np.ndarray, heads) -> float:
    return float(sum(scores[d, h] for d, h in enumerate(heads, 1)))


def test_projective_tree_counts_match_the_known_sequence():
    # single-root projective trees over n words: 1, 2, 7, 30, 143 (binomial(3n-2, n-1) / n)
    assert [len(_projective_trees(n)) for n in range(1, 6)] == [1, 2, 7, 30, 143]


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6])
def test_eisner_finds_the_best_projective_single_root_tree(n):
    rng = np.random.default_rng(n)
    trees = _projective_trees(n)
    for _ in range(60 if n < 6 else 25):
        scores = rng.normal(size=(n + 1, n + 1))
        if rng.random() < 0.5:  # Stanza's scores are log-softmax rows
            scores = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
        tree = decoding.eisner_one_root(scores)
        assert tree[0] == 0
        heads = tuple(int(h) for h in tree[1:])
        assert heads in set(trees)
        assert _score(scores, heads) == pytest.approx(max(_score(scores, t) for t in trees))


def test_eisner_keeps_one_root_when_scores_prefer_many():
    n = 7
    scores = np.full((n + 1, n + 1), -5.0)
    scores[1:, 0] = 0.0  # every word would rather hang on ROOT
    tree = decoding.eisner_one_root(scores)
    assert list(tree[1:]).count(0) == 1
    assert decoding.is_projective(tree[1:])


def test_eisner_handles_minus_infinity_and_long_sentences():
    rng = np.random.default_rng(7)
    n = 120
    scores = rng.normal(size=(n + 1, n + 1))
    np.fill_diagonal(scores, -np.inf)
    tree = decoding.eisner_one_root(scores)
    heads = tree[1:]
    assert list(heads).count(0) == 1 and decoding.is_projective(heads)
    assert all(h != d for d, h in enumerate(heads, 1))


def test_nonprojective_arcs_names_the_crossing_words():
    # 1 -> 3 and 4 -> 2 cross; word 3 (between 4 and 2) hangs on 1, not on 4
    assert decoding.nonprojective_arcs([0, 4, 1, 1]) == [2]
    assert decoding.is_projective([2, 0, 2, 3])
    # an arc over the root word crosses ROOT's arc
    assert decoding.nonprojective_arcs([3, 0, 2]) == [1]
    # agrees with "no two arcs cross" on every tree of five words
    for heads in _trees(5):
        spans = [(min(d, h), max(d, h)) for d, h in enumerate(heads, 1)]
        crossing = any(a < c < b < e for a, b in spans for c, e in spans)
        assert decoding.is_projective(heads) == (not crossing)


def test_unknown_decoder_is_refused():
    with pytest.raises(ValueError, match="unknown decoder"):
        decoding.use("mst")


def test_install_replaces_both_names_stanza_imports():
    pytest.importorskip("stanza")
    import importlib

    decoding.install()
    for name in decoding.STANZA_MODULES:
        assert importlib.import_module(name).chuliu_edmonds_one_root is decoding._dispatch
    # the dispatcher calls Stanza's own decoder outside an eisner block, ours inside
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

    rng = np.random.default_rng(3)
    n = 12
    hits = 0
    for _ in range(30):
        scores = rng.normal(size=(n + 1, n + 1)) * 3
        cle = decoding._dispatch(scores)
        assert list(cle) == list(chuliu_edmonds_one_root(scores))
        with decoding.decoder("eisner"):
            eis = decoding._dispatch(scores)
        assert decoding.is_projective(eis[1:])
        hits += not decoding.is_projective(cle[1:])
    assert hits > 0  # random scores give crossing CLE trees that Eisner avoids

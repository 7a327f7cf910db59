"""The one kappa and the one Spearman: values by hand, and one edge rule each."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Literal

import numpy as np
import pytest

from scoring.metrics import EvaluationError, cohen_kappa, kendall, spearman

_Weights = Literal["linear", "quadratic"] | None


def _kappa_by_hand(
    a: Sequence[int], b: Sequence[int], scale: Sequence[int], power: int | None
) -> float:
    """Weighted kappa from its definition: 1 - observed / chance disagreement."""
    n = len(a)

    def weight(i: int, j: int) -> float:
        if power is None:
            return float(i != j)
        return float(abs(scale.index(i) - scale.index(j)) ** power)

    observed = sum(weight(x, y) for x, y in zip(a, b, strict=True)) / n
    chance = sum((a.count(i) / n) * (b.count(j) / n) * weight(i, j) for i in scale for j in scale)
    return 1.0 - observed / chance


GOLD = [0, 0, 1, 2, 3, 2, 0, 1, 3, 3]
PRED = [0, 1, 1, 3, 3, 2, 0, 0, 1, 3]


@pytest.mark.parametrize(("weights", "power"), [(None, None), ("linear", 1), ("quadratic", 2)])
def test_kappa_matches_its_definition(weights: _Weights, power: int | None) -> None:
    value = cohen_kappa(GOLD, PRED, weights=weights)
    assert value == pytest.approx(_kappa_by_hand(GOLD, PRED, [0, 1, 2, 3], power))


def test_labels_set_the_scale_the_weights_count_steps_on() -> None:
    # Tier 1 is used by neither side: steps count on the whole ladder only when given.
    gold, pred = [0, 0, 2, 3, 3], [0, 2, 2, 3, 0]
    on_ladder = cohen_kappa(gold, pred, labels=[0, 1, 2, 3], weights="quadratic")
    on_used = cohen_kappa(gold, pred, weights="quadratic")
    assert on_ladder == pytest.approx(_kappa_by_hand(gold, pred, [0, 1, 2, 3], 2))
    assert on_used == pytest.approx(_kappa_by_hand(gold, pred, [0, 2, 3], 2))
    assert on_ladder != pytest.approx(on_used)


@pytest.mark.parametrize(
    ("y_true", "y_pred", "weights", "expected"),
    [
        ([], [], None, math.nan),
        (["high"], ["high"], None, 1.0),
        (["normal"] * 5, ["normal"] * 5, "quadratic", 1.0),
        ([2.0, 2.0], [2.0, 2.0], "linear", 1.0),
        # Two labels, every item disagreeing: no better than chance, not undefined.
        ([0], [1], None, 0.0),
        ([0, 0, 0], [1, 1, 1], "quadratic", 0.0),
    ],
    ids=["empty", "one-item-agree", "one-tier-everywhere", "floats", "one-item-differ", "apart"],
)
def test_kappa_edge_rule(
    y_true: list[object], y_pred: list[object], weights: _Weights, expected: float
) -> None:
    value = cohen_kappa(y_true, y_pred, weights=weights)
    if math.isnan(expected):
        assert math.isnan(value)
    else:
        assert value == expected


@pytest.mark.parametrize(
    ("y_true", "y_pred", "expected"),
    [
        ([], [], math.nan),
        ([0.3], [0.9], math.nan),
        ([0.1, 0.4, 0.7], [0.5, 0.5, 0.5], math.nan),
        ([0.5, 0.5], [0.1, 0.9], math.nan),
        ([0.1, 0.4], [0.2, 0.3], 1.0),
        ([0.1, 0.4], [0.3, 0.2], -1.0),
    ],
    ids=["empty", "one", "constant-pred", "constant-gold", "two-same-order", "two-reversed"],
)
@pytest.mark.parametrize("statistic", [spearman, kendall], ids=["spearman", "kendall"])
def test_rank_correlation_edge_rule(
    statistic: Callable[[list[float], list[float]], float],
    y_true: list[float],
    y_pred: list[float],
    expected: float,
) -> None:
    value = statistic(y_true, y_pred)
    if math.isnan(expected):
        assert math.isnan(value)
    else:
        assert value == pytest.approx(expected)


def test_spearman_is_pearson_of_the_ranks_with_ties() -> None:
    gold = np.array([0.1, 0.4, 0.4, 0.8, 0.95, 0.2])
    pred = np.array([0.2, 0.3, 0.5, 0.5, 0.9, 0.1])
    # Tied values share the mean of their ranks.
    rank_gold = [1, 3.5, 3.5, 5, 6, 2]
    rank_pred = [2, 3, 4.5, 4.5, 6, 1]
    assert spearman(gold, pred) == pytest.approx(np.corrcoef(rank_gold, rank_pred)[0, 1])


@pytest.mark.parametrize("metric", [cohen_kappa, spearman, kendall])
def test_lengths_must_match(metric: Callable[[list[int], list[int]], float]) -> None:
    with pytest.raises(EvaluationError, match="y_true has 3 values but y_pred has 2"):
        metric([1, 2, 3], [1, 2])


def test_module_is_a_light_leaf(fresh_python: Callable[[str], str]) -> None:
    code = (
        "import sys, scoring.metrics\n"
        "ours = sorted(m for m in sys.modules if m.startswith('scoring.'))\n"
        "heavy = [m for m in ('numpy', 'scipy', 'sklearn', 'pandas') if m in sys.modules]\n"
        "print(ours, heavy)"
    )
    assert fresh_python(code) == "['scoring._version', 'scoring.errors', 'scoring.metrics'] []"

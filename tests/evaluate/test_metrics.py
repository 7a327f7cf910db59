"""Metrics checked against values worked out independently in the test."""

from __future__ import annotations

import math

import numpy as np
import pytest

from scoring.evaluate.metrics import (
    ERR_EMPTY,
    EvaluationError,
    diversity_metrics,
    paired_difference,
    severity_metrics,
)

LADDER = ("normal", "elevated", "high", "critical")

# Gold and predicted diversity of ten stories, shaped like the labeled set: a few
# single-source stories near 0, a balanced multi-source cluster near 0.8.
GOLD = [0.0, 0.05, 0.1, 0.2, 0.35, 0.5, 0.6, 0.75, 0.8, 0.95]
PRED = [0.02, 0.12, 0.08, 0.3, 0.33, 0.41, 0.66, 0.7, 0.91, 0.88]


def _ranks(values: list[float]) -> np.ndarray:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = np.empty(len(values))
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks


def _qwk_by_formula(gold: list[int], pred: list[int], k: int) -> float:
    observed = np.zeros((k, k))
    for g, p in zip(gold, pred, strict=True):
        observed[g, p] += 1
    expected = np.outer(observed.sum(1), observed.sum(0)) / observed.sum()
    weights = np.array([[(i - j) ** 2 for j in range(k)] for i in range(k)]) / (k - 1) ** 2
    return float(1 - (weights * observed).sum() / (weights * expected).sum())


@pytest.mark.parametrize(
    ("gold", "pred", "message"),
    [
        ([], [], ERR_EMPTY),
        ([0.1, 0.2], [0.1], "y_true has 2 values but y_pred has 1"),
    ],
)
def test_diversity_refuses_empty_and_mismatched(
    gold: list[float], pred: list[float], message: str
) -> None:
    with pytest.raises(EvaluationError, match=message):
        diversity_metrics(gold, pred)


def test_diversity_metrics_match_hand_computation() -> None:
    m = diversity_metrics(GOLD, PRED, n_resamples=0)
    errors = np.array(PRED) - np.array(GOLD)
    assert m["mae"].value == pytest.approx(np.abs(errors).mean())
    assert m["rmse"].value == pytest.approx(math.sqrt((errors**2).mean()))
    # No ties in either list, so Spearman is Pearson on ranks.
    rg, rp = _ranks(GOLD), _ranks(PRED)
    assert m["spearman"].value == pytest.approx(np.corrcoef(rg, rp)[0, 1])
    concordant = discordant = 0
    for i in range(len(GOLD)):
        for j in range(i + 1, len(GOLD)):
            s = (GOLD[i] - GOLD[j]) * (PRED[i] - PRED[j])
            concordant += s > 0
            discordant += s < 0
    n_pairs = len(GOLD) * (len(GOLD) - 1) / 2
    assert m["kendall"].value == pytest.approx((concordant - discordant) / n_pairs)


def test_bootstrap_interval_brackets_value_and_is_reproducible() -> None:
    first = diversity_metrics(GOLD, PRED, n_resamples=300, random_state=7)
    again = diversity_metrics(GOLD, PRED, n_resamples=300, random_state=7)
    assert first == again
    for est in first.values():
        assert est.low <= est.value <= est.high


def test_constant_predictions_give_undefined_correlation_not_an_error() -> None:
    m = diversity_metrics(GOLD, [0.5] * len(GOLD), n_resamples=50)
    assert math.isnan(m["spearman"].value)
    assert math.isnan(m["spearman"].low)
    assert m["mae"].value == pytest.approx(np.abs(np.array(GOLD) - 0.5).mean())


SEV_GOLD = ["normal", "normal", "elevated", "high", "critical", "high", "normal", "elevated"]
SEV_PRED = ["normal", "elevated", "elevated", "critical", "critical", "high", "normal", "normal"]


def test_severity_metrics_match_hand_computation() -> None:
    r = severity_metrics(SEV_GOLD, SEV_PRED, n_resamples=0)
    gold = [LADDER.index(s) for s in SEV_GOLD]
    pred = [LADDER.index(s) for s in SEV_PRED]
    assert r.metrics["accuracy"].value == pytest.approx(5 / 8)
    f1s = []
    for tier in range(4):
        tp = sum(g == p == tier for g, p in zip(gold, pred, strict=True))
        fp = sum(p == tier != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == tier != p for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn))
    assert r.metrics["macro_f1"].value == pytest.approx(sum(f1s) / 4)
    assert r.metrics["quadratic_kappa"].value == pytest.approx(_qwk_by_formula(gold, pred, 4))
    assert r.confusion == ((2, 1, 0, 0), (1, 1, 0, 0), (0, 0, 1, 1), (0, 0, 0, 1))


def test_kappa_counts_steps_on_the_ladder_when_a_tier_is_unused() -> None:
    # No story is "elevated": normal to high is still two steps, as the fitter counts them.
    gold = ["normal", "normal", "high", "critical", "high", "normal"]
    pred = ["normal", "high", "high", "critical", "critical", "normal"]
    r = severity_metrics(gold, pred, n_resamples=0)
    by_hand = _qwk_by_formula([LADDER.index(s) for s in gold], [LADDER.index(s) for s in pred], 4)
    assert r.metrics["quadratic_kappa"].value == pytest.approx(by_hand)


def test_severity_refuses_a_tier_off_the_ladder() -> None:
    with pytest.raises(EvaluationError, match=r"'severe' at position 1 is not on the ladder"):
        severity_metrics(["normal", "severe"], ["normal", "high"])


def test_one_tier_everywhere_is_perfect_agreement() -> None:
    r = severity_metrics(["normal"] * 5, ["normal"] * 5, n_resamples=0)
    assert r.metrics["quadratic_kappa"].value == 1.0
    assert r.metrics["accuracy"].value == 1.0


def test_custom_ladder_orders_the_confusion_matrix() -> None:
    ladder = ("ok", "watch", "alarm")
    r = severity_metrics(["ok", "alarm"], ["watch", "alarm"], ladder=ladder, n_resamples=0)
    assert r.ladder == ladder
    assert r.confusion == ((0, 1, 0), (0, 0, 0), (0, 0, 1))


def test_paired_difference_prefers_the_better_config() -> None:
    worse = [min(1.0, g + 0.3) for g in GOLD]
    d = paired_difference(GOLD, worse, PRED, metric="mae", n_resamples=500)
    assert d.delta < 0
    assert d.high < 0
    assert d.b_better > 0.95
    flipped = paired_difference(GOLD, PRED, worse, metric="mae", n_resamples=500)
    assert flipped.b_better < 0.05
    assert flipped.delta == pytest.approx(-d.delta)


def test_paired_difference_of_identical_configs_is_zero() -> None:
    d = paired_difference(GOLD, PRED, PRED, metric="spearman", n_resamples=100)
    assert d.delta == 0.0
    assert d.low == d.high == 0.0
    assert d.b_better == 0.0


def test_paired_difference_refuses_an_unknown_metric() -> None:
    with pytest.raises(EvaluationError, match="unknown metric 'r2'"):
        paired_difference(GOLD, PRED, PRED, metric="r2")

"""Metrics of predicted scores against gold labels, with bootstrap confidence intervals.

Every metric is computed by scikit-learn or SciPy; this module only chooses them, pairs
them with a bootstrap interval, and returns small typed results. Signatures follow
scikit-learn's: ``(y_true, y_pred, *, ...)``.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import stats
from sklearn import metrics as skm

from scoring.metrics import ERR_LENGTHS, EvaluationError, cohen_kappa, kendall, spearman
from scoring.scorer.config import DEFAULT_TIERS

__all__ = [
    "DIVERSITY_METRICS",
    "SEVERITY_METRICS",
    "Difference",
    "Estimate",
    "EvaluationError",
    "SeverityReport",
    "diversity_metrics",
    "paired_difference",
    "severity_metrics",
]

_FloatArray = npt.NDArray[np.float64]
_Metric = Callable[[_FloatArray, _FloatArray], float]
_Values = Sequence[float] | npt.NDArray[np.floating[Any]]
"""Numbers as a sequence or a NumPy array."""

ERR_EMPTY = "no labeled values to evaluate; check that story ids match the label file"
ERR_TIER = "severity {value!r} at position {index} is not on the ladder {ladder}"


def _mae(y_true: _FloatArray, y_pred: _FloatArray) -> float:
    return float(skm.mean_absolute_error(y_true, y_pred))


def _rmse(y_true: _FloatArray, y_pred: _FloatArray) -> float:
    return float(skm.root_mean_squared_error(y_true, y_pred))


DIVERSITY_METRICS: Mapping[str, _Metric] = {
    "spearman": spearman,
    "kendall": kendall,
    "mae": _mae,
    "rmse": _rmse,
}
"""Metrics of ``diversity_score``; for ``mae`` and ``rmse`` lower is better."""

LOWER_IS_BETTER = frozenset({"mae", "rmse"})


def _accuracy(y_true: _FloatArray, y_pred: _FloatArray) -> float:
    return float(skm.accuracy_score(y_true, y_pred))


def _macro_f1(y_true: _FloatArray, y_pred: _FloatArray) -> float:
    labels = np.union1d(y_true, y_pred)
    return float(skm.f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0))


def _qwk(y_true: _FloatArray, y_pred: _FloatArray) -> float:
    # Tier positions: the weights count steps on the ladder, so a tier between two used
    # ones is a step even when no story is in it (tiers beyond both ends change nothing).
    used = np.concatenate([y_true, y_pred])
    scale = np.arange(used.min(), used.max() + 1.0) if used.size else None
    return cohen_kappa(y_true, y_pred, labels=scale, weights="quadratic")


SEVERITY_METRICS: Mapping[str, _Metric] = {
    "accuracy": _accuracy,
    "macro_f1": _macro_f1,
    "quadratic_kappa": _qwk,
}
"""Metrics of ``severity``, computed on tier positions of the ladder."""


@dataclass(frozen=True, slots=True)
class Estimate:
    """A metric value and its bootstrap confidence interval.

    Example:
        >>> Estimate(0.8, 0.7, 0.9).to_dict()
        {'value': 0.8, 'low': 0.7, 'high': 0.9}
    """

    value: float
    low: float
    high: float

    def to_dict(self) -> dict[str, float]:
        """The three numbers under ``value``, ``low`` and ``high``."""
        return {"value": self.value, "low": self.low, "high": self.high}


@dataclass(frozen=True, slots=True)
class SeverityReport:
    """Severity metrics, with the confusion matrix over the ladder.

    Attributes:
        metrics: ``accuracy``, ``macro_f1``, ``quadratic_kappa``, each an :class:`Estimate`.
        ladder: tier names, lowest first; rows and columns of ``confusion`` follow it.
        confusion: counts, gold tier by row, predicted tier by column.
    """

    metrics: Mapping[str, Estimate]
    ladder: tuple[str, ...]
    confusion: tuple[tuple[int, ...], ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: each metric under its name, plus ``ladder`` and ``confusion``."""
        out: dict[str, Any] = {name: est.to_dict() for name, est in self.metrics.items()}
        out["ladder"] = list(self.ladder)
        out["confusion"] = [list(row) for row in self.confusion]
        return out


@dataclass(frozen=True, slots=True)
class Difference:
    """A paired bootstrap of ``metric(B) - metric(A)`` on the same labels.

    Attributes:
        metric: the metric's name.
        a: the metric of A on all items.
        b: the metric of B on all items.
        delta: ``b - a``.
        low: lower end of the interval of ``delta``.
        high: upper end of the interval of ``delta``.
        b_better: share of bootstrap resamples in which B beats A (direction-aware).
    """

    metric: str
    a: float
    b: float
    delta: float
    low: float
    high: float
    b_better: float

    def to_dict(self) -> dict[str, float | str]:
        """JSON-ready mapping of every field."""
        return {
            "metric": self.metric,
            "a": self.a,
            "b": self.b,
            "delta": self.delta,
            "low": self.low,
            "high": self.high,
            "b_better": self.b_better,
        }


def _as_float_pair(y_true: _Values, y_pred: _Values) -> tuple[_FloatArray, ...]:
    t = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(y_pred, dtype=np.float64)
    if t.shape != p.shape:
        raise EvaluationError(ERR_LENGTHS.format(n_true=t.size, n_pred=p.size))
    if t.size == 0:
        raise EvaluationError(ERR_EMPTY)
    return t, p


def _tier_positions(values: Sequence[str], ladder: Sequence[str]) -> _FloatArray:
    position = {tier: i for i, tier in enumerate(ladder)}
    out = np.empty(len(values), dtype=np.float64)
    for i, value in enumerate(values):
        if value not in position:
            raise EvaluationError(ERR_TIER.format(value=value, index=i, ladder=list(ladder)))
        out[i] = position[value]
    return out


def _bootstrap(
    statistic: Callable[..., float],
    arrays: tuple[_FloatArray, ...],
    *,
    n_resamples: int,
    random_state: int,
) -> _FloatArray:
    """The statistic over paired bootstrap resamples, undefined resamples dropped."""
    with warnings.catch_warnings():
        # Degenerate resamples (a constant column) come out NaN and are dropped below.
        warnings.simplefilter("ignore", category=RuntimeWarning)
        dist = stats.bootstrap(
            arrays,
            statistic,
            paired=True,
            vectorized=False,
            n_resamples=n_resamples,
            method="percentile",
            random_state=random_state,
        ).bootstrap_distribution
    return np.asarray(dist[np.isfinite(dist)], dtype=np.float64)


def _interval(dist: _FloatArray, confidence: float) -> tuple[float, float]:
    if dist.size == 0:
        return float("nan"), float("nan")
    tail = (1.0 - confidence) / 2.0 * 100.0
    low, high = np.percentile(dist, [tail, 100.0 - tail])
    return float(low), float(high)


def _estimate(
    metric: _Metric,
    y_true: _FloatArray,
    y_pred: _FloatArray,
    *,
    n_resamples: int,
    confidence: float,
    random_state: int,
) -> Estimate:
    value = metric(y_true, y_pred)
    if not np.isfinite(value) or y_true.size < 3 or n_resamples == 0:
        return Estimate(value, float("nan"), float("nan"))
    dist = _bootstrap(metric, (y_true, y_pred), n_resamples=n_resamples, random_state=random_state)
    return Estimate(value, *_interval(dist, confidence))


def _estimates(
    metrics: Mapping[str, _Metric],
    y_true: _FloatArray,
    y_pred: _FloatArray,
    *,
    n_resamples: int,
    confidence: float,
    random_state: int,
) -> dict[str, Estimate]:
    """Each metric's value and interval, by name."""
    return {
        name: _estimate(
            metric,
            y_true,
            y_pred,
            n_resamples=n_resamples,
            confidence=confidence,
            random_state=random_state,
        )
        for name, metric in metrics.items()
    }


def diversity_metrics(
    y_true: _Values,
    y_pred: _Values,
    *,
    n_resamples: int = 1000,
    confidence: float = 0.95,
    random_state: int = 0,
) -> dict[str, Estimate]:
    """Spearman, Kendall, MAE and RMSE of predicted against gold ``diversity_score``.

    Args:
        y_true: gold scores.
        y_pred: predicted scores, one per gold score.
        n_resamples: bootstrap resamples for the intervals (0: no intervals).
        confidence: confidence level of the intervals.
        random_state: seed of the bootstrap, for reproducible intervals.

    Returns:
        Each metric's :class:`Estimate`, by name.

    Raises:
        EvaluationError: the two sequences differ in length or are empty.

    Example:
        >>> m = diversity_metrics([0.1, 0.4, 0.8, 0.9], [0.2, 0.3, 0.7, 1.0], n_resamples=0)
        >>> round(m["mae"].value, 2), m["spearman"].value
        (0.1, 1.0)
    """
    t, p = _as_float_pair(y_true, y_pred)
    return _estimates(
        DIVERSITY_METRICS,
        t,
        p,
        n_resamples=n_resamples,
        confidence=confidence,
        random_state=random_state,
    )


def severity_metrics(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    *,
    ladder: Sequence[str] = DEFAULT_TIERS,
    n_resamples: int = 1000,
    confidence: float = 0.95,
    random_state: int = 0,
) -> SeverityReport:
    """Accuracy, macro-F1 and quadratic-weighted kappa of predicted against gold tiers.

    Args:
        y_true: gold tiers.
        y_pred: predicted tiers, one per gold tier.
        ladder: tier names, lowest first; kappa weighs disagreements by their distance on it.
        n_resamples: bootstrap resamples for the intervals (0: no intervals).
        confidence: confidence level of the intervals.
        random_state: seed of the bootstrap.

    Returns:
        A :class:`SeverityReport`.

    Raises:
        EvaluationError: lengths differ, nothing to compare, or a tier is not on the ladder.

    Example:
        >>> r = severity_metrics(["normal", "high"], ["normal", "critical"], n_resamples=0)
        >>> r.metrics["accuracy"].value, r.confusion[2]
        (0.5, (0, 0, 0, 1))
    """
    if len(y_true) != len(y_pred):
        raise EvaluationError(ERR_LENGTHS.format(n_true=len(y_true), n_pred=len(y_pred)))
    t = _tier_positions(y_true, ladder)
    p = _tier_positions(y_pred, ladder)
    if t.size == 0:
        raise EvaluationError(ERR_EMPTY)
    confusion = skm.confusion_matrix(t, p, labels=np.arange(len(ladder), dtype=np.float64))
    return SeverityReport(
        metrics=_estimates(
            SEVERITY_METRICS,
            t,
            p,
            n_resamples=n_resamples,
            confidence=confidence,
            random_state=random_state,
        ),
        ladder=tuple(ladder),
        confusion=tuple(tuple(int(c) for c in row) for row in confusion),
    )


def paired_difference(
    y_true: _Values,
    pred_a: _Values,
    pred_b: _Values,
    *,
    metric: str,
    n_resamples: int = 1000,
    confidence: float = 0.95,
    random_state: int = 0,
) -> Difference:
    """Paired bootstrap of how much config B beats config A on one metric.

    The same resampled items score both configs, so the interval of the difference is
    much narrower than two separate intervals would suggest.

    Args:
        y_true: gold values (diversity scores, or tier positions for severity metrics).
        pred_a: predictions of A.
        pred_b: predictions of B.
        metric: a name from :data:`DIVERSITY_METRICS` or :data:`SEVERITY_METRICS`.
        n_resamples: bootstrap resamples.
        confidence: confidence level of the interval.
        random_state: seed of the bootstrap.

    Returns:
        A :class:`Difference`; ``b_better`` near 1 is evidence for B.

    Raises:
        EvaluationError: unknown metric, lengths differ, or nothing to compare.

    Example:
        >>> d = paired_difference([0.1, 0.5, 0.9], [0.5, 0.5, 0.5], [0.1, 0.5, 0.9], metric="mae", n_resamples=200)
        >>> round(d.delta, 3), d.b_better > 0.9
        (-0.267, True)
    """
    metrics = {**DIVERSITY_METRICS, **SEVERITY_METRICS}
    if metric not in metrics:
        raise EvaluationError(f"unknown metric {metric!r}; choose one of {sorted(metrics)}")
    fn = metrics[metric]
    t, a = _as_float_pair(y_true, pred_a)
    _, b = _as_float_pair(y_true, pred_b)
    value_a, value_b = fn(t, a), fn(t, b)

    def delta(t: _FloatArray, a: _FloatArray, b: _FloatArray) -> float:
        return fn(t, b) - fn(t, a)

    dist = _bootstrap(delta, (t, a, b), n_resamples=n_resamples, random_state=random_state)
    sign = -1.0 if metric in LOWER_IS_BETTER else 1.0
    better = float(np.mean(sign * dist > 0)) if dist.size else float("nan")
    return Difference(
        metric, value_a, value_b, value_b - value_a, *_interval(dist, confidence), better
    )

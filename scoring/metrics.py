"""Agreement and rank-correlation metrics, each defined once, with one rule for edge cases.

Every part of the package that measures agreement calls these: the evaluation of scores
against gold labels, the fitter's objective and cross-validation, and the agreement of the
outlet table with a rating list. The values come from scikit-learn and SciPy; this module
only fixes what a degenerate input gives, so the same labels give the same figure
everywhere. Signatures follow scikit-learn's: ``(y_true, y_pred, *, ...)``.

Edge rules:

- :func:`cohen_kappa`: NaN for no items. When both sides give every item one and the
  same label, agreement is perfect and kappa is 1.0: its formula is 0/0 there (chance
  agreement is already 1), and 1.0 is the value it tends to, the one a fitter can
  compare, and the one a reader expects of two raters who never disagree.
- :func:`spearman` and :func:`kendall`: NaN for fewer than two items, or when either side
  is constant: there is no ranking to correlate.

This module imports nothing of the package but :mod:`scoring.errors`, so every layer may
use it, and imports NumPy, scikit-learn and SciPy only when a metric is computed.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

from scoring.errors import ScoringError

if TYPE_CHECKING:
    import numpy.typing as npt

    _Values = Sequence[Any] | npt.NDArray[Any]
    """Labels or numbers, as a sequence or a NumPy array."""

__all__ = ["EvaluationError", "cohen_kappa", "kendall", "spearman"]

ERR_LENGTHS = "y_true has {n_true} values but y_pred has {n_pred}; pass one prediction per label"


class EvaluationError(ScoringError, ValueError):
    """Predictions and labels cannot be compared as given."""


def _pair(y_true: _Values, y_pred: _Values) -> tuple[npt.NDArray[Any], npt.NDArray[Any]]:
    import numpy as np

    t, p = np.asarray(y_true), np.asarray(y_pred)
    if t.shape != p.shape:
        raise EvaluationError(ERR_LENGTHS.format(n_true=t.size, n_pred=p.size))
    return t, p


def cohen_kappa(
    y_true: _Values,
    y_pred: _Values,
    *,
    labels: _Values | None = None,
    weights: Literal["linear", "quadratic"] | None = None,
) -> float:
    """Cohen's kappa of two labellings of the same items, optionally weighted.

    Args:
        y_true: one side's labels.
        y_pred: the other side's labels, one per item.
        labels: the label scale, in order; the weights count steps on it. None: the
            labels either side uses, sorted. Give it when a weighted kappa must count
            steps on the whole scale, whichever labels the items happen to use.
        weights: None counts every disagreement alike; ``linear`` and ``quadratic``
            weigh it by the distance (or its square) between the two labels.

    Returns:
        Kappa; 1.0 when both sides give every item one and the same label; NaN for no
        items.

    Raises:
        EvaluationError: the two sides differ in length.

    Example:
        >>> round(cohen_kappa([0, 1, 2, 2], [0, 2, 2, 2], weights="quadratic"), 3)
        0.833
        >>> cohen_kappa(["high"] * 3, ["high"] * 3), cohen_kappa([], [])
        (1.0, nan)
    """
    import numpy as np
    from sklearn.metrics import cohen_kappa_score

    t, p = _pair(y_true, y_pred)
    if t.size == 0:
        return float("nan")
    if np.unique(np.concatenate([t, p])).size < 2:
        return 1.0
    return float(cohen_kappa_score(t, p, labels=labels, weights=weights))


def _rank_correlation(statistic: Callable[..., Any], y_true: _Values, y_pred: _Values) -> float:
    from scipy import stats

    t, p = _pair(y_true, y_pred)
    if t.size < 2:
        return float("nan")
    with warnings.catch_warnings():
        # A constant side has no ranking: SciPy returns NaN and warns; NaN is the answer.
        warnings.simplefilter("ignore", category=stats.ConstantInputWarning)
        return float(statistic(t, p).statistic)


def spearman(y_true: _Values, y_pred: _Values) -> float:
    """Spearman's rank correlation of two sequences of numbers.

    Returns:
        The correlation; NaN for fewer than two items or a constant side.

    Raises:
        EvaluationError: the two sides differ in length.

    Example:
        >>> spearman([0.1, 0.4, 0.9], [1, 3, 2]), spearman([0.1, 0.4], [0.5, 0.5])
        (0.5, nan)
    """
    from scipy import stats

    return _rank_correlation(stats.spearmanr, y_true, y_pred)


def kendall(y_true: _Values, y_pred: _Values) -> float:
    """Kendall's tau of two sequences of numbers, with the same edge rule as :func:`spearman`.

    Returns:
        Tau-b; NaN for fewer than two items or a constant side.

    Raises:
        EvaluationError: the two sides differ in length.

    Example:
        >>> round(kendall([0.1, 0.4, 0.9], [1, 3, 2]), 3)
        0.333
    """
    from scipy import stats

    return _rank_correlation(stats.kendalltau, y_true, y_pred)

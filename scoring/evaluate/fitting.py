"""Fitting a scorer config to labels: diversity weights and severity thresholds.

The scorer's ``diversity_score`` is ``sum_i w_i t_i`` over its terms, with ``t_i`` the
transformed feature and the weights normalised to sum to 1, and 0 where the gate
(``diversity.zero_when``) holds. Fitting keeps the terms, their transforms and the gate,
and learns the weights as a least-squares fit on the stories the gate lets through,
constrained to the scorer's own space: every weight non-negative (a term never flips the
direction its ``invert`` gives it) and summing to 1. A ridge penalty pulls the weights
toward the starting ones; its strength is chosen by cross-validation
(:class:`~sklearn.model_selection.GridSearchCV`).

Severity keeps the risk terms and the rules and learns the thresholds: the cut points on
the risk score that, with the rules raising tiers as the scorer does, best agree with the
gold tiers (quadratic-weighted kappa), chosen by coordinate search on a grid.

Both fits are estimated out of sample by k-fold cross-validation, beside the starting
config's figures on the same folds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.base import BaseEstimator, RegressorMixin

from scoring.evaluate.metrics import LOWER_IS_BETTER, EvaluationError
from scoring.features.model import FEATURE_NAMES
from scoring.metrics import cohen_kappa, spearman
from scoring.scorer.formula import (
    Formula,
    FrameScores,
    normalise,
    term_values,
    tier_positions,
    weighted_sums,
)

if TYPE_CHECKING:
    from scoring.scorer.config import ScorerConfig

__all__ = [
    "CV_METRICS",
    "FIT_TARGETS",
    "FitResult",
    "SimplexWeights",
    "fit_config",
]

_Array = npt.NDArray[np.float64]

CV_METRICS: Final = ("spearman", "mae", "accuracy", "quadratic_kappa")
"""Metrics reported for each cross-validated fit."""

FIT_TARGETS: Final = {"mae": "diversity weights", "quadratic_kappa": "severity thresholds"}
"""The metric each part of the fit is chosen by: the verdict of a fit is read on these."""

SAME_WITHIN: Final = 0.0005
"""A cross-validated change smaller than this (unseen at three decimals) is no change."""

ALPHAS: Final = (0.0, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
"""Ridge strengths tried by the cross-validation, toward the starting weights."""

_GRID: Final = np.round(np.arange(0.01, 1.0, 0.01), 2)
_SUM_WEIGHT: Final = 1e3

ERR_FEW = (
    "only {n} stories with a gold {label} outside the diversity gate; fitting needs at "
    "least {need} (label more stories, or lower --folds)"
)


class SimplexWeights(RegressorMixin, BaseEstimator):  # type: ignore[misc]
    """Least squares with weights that are non-negative and sum to 1, ridge toward a prior.

    A scikit-learn regressor, so it drops into
    ``GridSearchCV`` and ``cross_val_score``. Solved exactly as a bounded linear least
    squares problem (:func:`scipy.optimize.lsq_linear`), the sum held by a heavily weighted
    extra row.

    Args:
        alpha: ridge strength toward ``prior`` (0: plain constrained least squares).
        prior: the weights to shrink toward; uniform when None.

    Example:
        >>> X = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5], [1.0, 1.0]])
        >>> y = X @ np.array([0.7, 0.3])
        >>> SimplexWeights().fit(X, y).coef_.round(3).tolist()
        [0.7, 0.3]
    """

    def __init__(self, alpha: float = 0.0, prior: Sequence[float] | None = None) -> None:
        self.alpha = alpha
        self.prior = prior

    def fit(self, X: Any, y: Any) -> SimplexWeights:  # noqa: N803 (scikit-learn's name)
        """Fit the weights; ``coef_`` holds them."""
        from scipy.optimize import lsq_linear

        x = np.asarray(X, dtype=np.float64)
        target = np.asarray(y, dtype=np.float64)
        k = x.shape[1]
        prior = (
            np.full(k, 1.0 / k) if self.prior is None else np.asarray(self.prior, dtype=np.float64)
        )
        rows = [x, np.full((1, k), _SUM_WEIGHT)]
        values = [target, np.array([_SUM_WEIGHT])]
        if self.alpha > 0:
            # Scaled by n so that alpha means the same whatever the number of stories.
            scale = math.sqrt(self.alpha * len(target))
            rows.append(scale * np.eye(k))
            values.append(scale * prior)
        solution = lsq_linear(np.vstack(rows), np.concatenate(values), bounds=(0.0, np.inf))
        coef = np.clip(solution.x, 0.0, None)
        self.coef_ = coef / coef.sum()
        self.n_features_in_ = k
        return self

    def predict(self, X: Any) -> _Array:  # noqa: N803
        """``X @ coef_``."""
        return np.asarray(np.asarray(X, dtype=np.float64) @ self.coef_, dtype=np.float64)


def _qwk(gold: npt.NDArray[np.int64], pred: npt.NDArray[np.int64], k: int) -> float:
    # Steps count on the whole ladder of k tiers, whichever tiers a fold happens to use.
    return cohen_kappa(gold, pred, labels=range(k), weights="quadratic")


def _fit_thresholds(
    risk: _Array,
    floors: npt.NDArray[np.int64],
    gold: npt.NDArray[np.int64],
    start: Sequence[float],
    k: int,
) -> list[float]:
    """Cut points on the risk score maximising quadratic kappa, by coordinate search."""
    cuts = [float(c) for c in start]

    def objective(c: Sequence[float]) -> tuple[float, float, float]:
        pred = tier_positions(risk, c, floors)
        closeness = -sum(abs(a - b) for a, b in zip(c, start, strict=True))
        return _qwk(gold, pred, k), float(np.mean(pred == gold)), closeness

    best = objective(cuts)
    for _ in range(4):
        improved = False
        for i in range(len(cuts)):
            low = cuts[i - 1] if i > 0 else 0.0
            high = cuts[i + 1] if i + 1 < len(cuts) else 1.0
            for value in _GRID[(low < _GRID) & (high > _GRID)]:
                trial = [*cuts[:i], float(value), *cuts[i + 1 :]]
                score = objective(trial)
                if score > best:
                    best, cuts, improved = score, trial, True
        if not improved:
            break
    return cuts


class _Judged(NamedTuple):
    """One metric, start against fitted."""

    metric: str
    start: float
    fitted: float
    change: float
    verdict: str
    fitted_to: str


@dataclass(frozen=True)
class FitResult:
    """A fitted config, and how it and the starting config fare out of sample.

    Attributes:
        config: the fitted config (terms, gate, rules and ladder of the start; new
            diversity weights and severity thresholds).
        start: the starting config.
        cv: cross-validated metrics, rows ``start`` and ``fitted``, columns
            :data:`CV_METRICS` (mean over the folds).
        weights: per diversity term, the ``start`` and ``fitted`` normalised weights.
        thresholds: per tier above the first, the ``start`` and ``fitted`` thresholds.
        alpha: the ridge strength chosen by cross-validation.
        n_diversity: stories the weights were fitted on (gold diversity, gate not holding).
        n_severity: stories the thresholds were fitted on.
        n_stories: stories given to the fit.
        folds: folds of the cross-validation.
        fitted_to: the metrics the fit was chosen by (of :data:`FIT_TARGETS`), each with
            the part of the config it chose; the thresholds appear only when fitted.
    """

    config: ScorerConfig
    start: ScorerConfig
    cv: pd.DataFrame
    weights: pd.DataFrame
    thresholds: pd.DataFrame
    alpha: float
    n_diversity: int
    n_severity: int
    n_stories: int = 0
    folds: int = 5
    fitted_to: Mapping[str, str] = field(default_factory=lambda: dict(FIT_TARGETS))

    def _judged(self) -> list[_Judged]:
        cv = self.cv.reindex(index=["start", "fitted"], columns=list(CV_METRICS))
        starts, fits = cv.to_numpy(dtype=np.float64)
        out = []
        for metric, start, fitted in zip(CV_METRICS, starts.tolist(), fits.tolist(), strict=True):
            change = fitted - start
            gain = -change if metric in LOWER_IS_BETTER else change
            if math.isnan(change):
                verdict = ""
            elif abs(change) < SAME_WITHIN:
                verdict = "same"
            else:
                verdict = "better" if gain > 0 else "worse"
            out.append(
                _Judged(metric, start, fitted, change, verdict, self.fitted_to.get(metric, ""))
            )
        return out

    @property
    def comparison(self) -> pd.DataFrame:
        """Start against fitted, metric by metric, out of sample.

        One row per metric of :data:`CV_METRICS`: ``start``, ``fitted``, ``change``
        (fitted minus start), ``verdict`` (``better``, ``worse`` or ``same`` for the
        metric's direction; ``same`` within :data:`SAME_WITHIN`; empty when undefined),
        and ``fitted_to``, the part of the config chosen by that metric, if any.
        """
        return pd.DataFrame.from_records(
            [j._asdict() for j in self._judged()], columns=list(_Judged._fields)
        ).set_index("metric")

    @property
    def improved(self) -> bool:
        """Whether the fitted config is better on a metric it was fitted to, and worse on none.

        Read out of sample (:attr:`cv`); a fit that is not improved should not replace
        the starting config.
        """
        verdicts = [j.verdict for j in self._judged() if j.fitted_to]
        return "better" in verdicts and "worse" not in verdicts

    def verdict(self) -> str:
        """The comparison in words: whether the fitted config is better, and where not.

        Example:
            >>> from scoring.scorer.config import ScorerConfig
            >>> cv = pd.DataFrame({"spearman": [0.81, 0.80], "mae": [0.12, 0.09],
            ...     "accuracy": [0.63, 0.62], "quadratic_kappa": [0.79, 0.75]}, index=["start", "fitted"])
            >>> fit = FitResult(ScorerConfig(), ScorerConfig(), cv, pd.DataFrame(), pd.DataFrame(), 0.0, 60, 120)
            >>> print(fit.verdict())
            verdict: NOT BETTER. The fitted severity thresholds do worse than the start on quadratic_kappa, the metric they were fitted to (0.750 against 0.790). 3 of 4 metrics are worse out of sample.
        """
        judged = self._judged()
        worse = sum(j.verdict == "worse" for j in judged)
        tally = f"{worse} of {len(judged)} metrics are worse out of sample."
        targets = [j for j in judged if j.fitted_to]
        if self.improved:
            gains = [
                f"{j.metric} {j.fitted:.3f} against {j.start:.3f}"
                for j in targets
                if j.verdict == "better"
            ]
            return f"verdict: BETTER on {', '.join(gains)}. {tally}"
        reasons = []
        for j in targets:
            if j.verdict == "worse":
                reasons.append(
                    f"The fitted {j.fitted_to} do worse than the start on {j.metric}, the "
                    f"metric they were fitted to ({j.fitted:.3f} against {j.start:.3f})."
                )
            elif j.verdict == "same":
                reasons.append(
                    f"The fitted {j.fitted_to} do no better than the start on {j.metric}."
                )
        return " ".join(["verdict: NOT BETTER.", *reasons, tally])

    def explain_terms(self) -> str:
        """What the fit's figures mean, in words."""
        gate = self.start.diversity.zero_when.describe()
        if self.alpha == 0:
            ridge = (
                "ridge alpha 0: the cross-validation chose no pull toward the starting "
                "weights, so the weights are the plain least-squares fit"
            )
        else:
            ridge = (
                f"ridge alpha {self.alpha:g}: the cross-validation chose this pull toward the "
                "starting weights (0 is none; larger keeps the weights nearer the start)"
            )
        lines = [
            f"{self.n_stories} stories given; each figure below is cross-validated over "
            f"{self.folds} folds: the stories of each fold are scored by the starting config "
            "and by a config fitted on the other folds only, so the figures are out of sample.",
            f"- {self.n_diversity} stories for diversity: those with a gold diversity_score "
            f"that the gate ({gate}) does not set to 0; the weights are fitted on them, by "
            "least squares, non-negative and summing to 1.",
            f"- {ridge}.",
        ]
        if "quadratic_kappa" in self.fitted_to:
            lines.append(
                f"- {self.n_severity} stories for severity: those with a gold severity; the "
                "thresholds are chosen to maximise quadratic kappa on them."
            )
        else:
            lines.append(
                f"- {self.n_severity} stories for severity: too few to fit thresholds; "
                "the starting thresholds are kept."
            )
        return "\n".join(lines)

    def summary(self) -> str:
        """The terms explained, start against fitted, the weights, the thresholds, the verdict."""

        def fmt(v: Any) -> str:
            return f"{v:+.3f}" if isinstance(v, float) else str(v)

        table = self.comparison.assign(
            better=["lower" if m in LOWER_IS_BETTER else "higher" for m in CV_METRICS]
        )[["start", "fitted", "change", "better", "verdict", "fitted_to"]].rename(
            columns={"better": "better is", "fitted_to": "fitted to"}
        )
        parts = [
            self.explain_terms(),
            "",
            "cross-validated metrics, start against fitted:",
            table.to_string(float_format=lambda v: f"{v:.3f}", formatters={"change": fmt}),
            "",
            "diversity weights (normalised):",
            self.weights.to_string(float_format=lambda v: f"{v:.3f}"),
            "",
            "severity thresholds on the risk score:",
            self.thresholds.to_string(float_format=lambda v: f"{v:.2f}"),
            "",
            self.verdict(),
        ]
        return "\n".join(parts)


def _with(
    config: ScorerConfig, weights: Sequence[float] | _Array, thresholds: Sequence[float]
) -> ScorerConfig:
    from scoring.scorer.config import ScorerConfig

    terms = {
        name: term.model_copy(update={"weight": round(float(w), 6)})
        for (name, term), w in zip(config.diversity.terms.items(), weights, strict=True)
    }
    if not any(t.weight > 0 for t in terms.values()):
        terms = dict(config.diversity.terms)
    tiers = config.severity.tiers[1:]
    data = config.model_dump(mode="json")
    data["diversity"]["terms"] = {n: t.model_dump(mode="json") for n, t in terms.items()}
    data["severity"]["thresholds"] = {
        tier: round(float(c), 4) for tier, c in zip(tiers, thresholds, strict=True)
    }
    return ScorerConfig.model_validate(data)


def _fold_metrics(
    gold_d: _Array,
    pred_d: _Array,
    gold_s: npt.NDArray[np.int64],
    pred_s: npt.NDArray[np.int64],
    k: int,
) -> dict[str, float]:
    out = dict.fromkeys(CV_METRICS, math.nan)
    if gold_d.size >= 2:
        out["spearman"] = spearman(gold_d, pred_d)
        out["mae"] = float(np.mean(np.abs(gold_d - pred_d)))
    if gold_s.size:
        out["accuracy"] = float(np.mean(gold_s == pred_s))
        out["quadratic_kappa"] = _qwk(gold_s, pred_s, k)
    return out


def fit_config(
    features: pd.DataFrame,
    labels: pd.DataFrame,
    *,
    start: ScorerConfig | None = None,
    folds: int = 5,
    alphas: Sequence[float] = ALPHAS,
    random_state: int = 0,
) -> FitResult:
    """Fit diversity weights and severity thresholds to gold labels, cross-validated.

    Pass only the labels you may tune on (e.g. the train split's): the stories that
    have a row in ``labels`` are used, the others left out.

    Args:
        features: the features frame of the stories (:func:`scoring.features_frame`).
        labels: gold labels by story id (:func:`scoring.evaluate.read_labels`), with
            ``diversity_score`` and/or ``severity``.
        start: the config to start from; its terms, transforms, gate, risk terms, rules
            and ladder are kept. The default config when None.
        folds: folds of the cross-validation.
        alphas: ridge strengths to choose from by cross-validation.
        random_state: seed of the fold assignment.

    Returns:
        A :class:`FitResult`; ``result.config.to_toml()`` is a config the scorer loads.

    Raises:
        EvaluationError: too few labeled stories, or a label names a tier off the ladder.

    Example:
        >>> from scoring.scorer.config import ScorerConfig
        >>> rng = np.random.default_rng(0)
        >>> names = list(ScorerConfig().diversity.terms)
        >>> f = pd.DataFrame(0.0, index=[f"s{i}" for i in range(60)], columns=list(FEATURE_NAMES))
        >>> f["independent_sources"] = 3.0
        >>> for n in names: f[n] = rng.uniform(0, 1, 60) * (4 if n == "independent_effective_sources" else 1)
        >>> formula = Formula.from_config(ScorerConfig())
        >>> gold = pd.DataFrame({"diversity_score": weighted_sums(term_values(f, formula.diversity), [0.35, 0.15, 0.1, 0.2, 0.1, 0.1])}, index=f.index)
        >>> fit = fit_config(f, gold)
        >>> fit.weights["fitted"].round(2).tolist()
        [0.35, 0.15, 0.1, 0.2, 0.1, 0.1]
    """
    from sklearn.model_selection import KFold

    from scoring.scorer.config import ScorerConfig

    start = start if start is not None else ScorerConfig()
    missing = [c for c in FEATURE_NAMES if c not in features.columns]
    if missing:
        raise EvaluationError(
            f"the features frame lacks {missing[:3]}...; pass scoring.features_frame(stories)"
        )
    features = features[features.index.isin(labels.index)]
    formula = Formula.from_config(start)
    gold = _gold(labels.reindex(features.index), formula.tiers)
    # The scorer's own formula gives every figure the fit starts from.
    figures = formula.scores(features)
    data = _FitData(
        matrix=term_values(features, formula.diversity),
        figures=figures,
        gold=gold,
        train=~np.isnan(gold.diversity) & ~figures.gated,
        has_severity=~np.isnan(gold.severity),
        k=len(formula.tiers),
    )
    start_w = np.array([t.weight for t in formula.diversity], dtype=np.float64)
    need = max(folds, len(start_w))
    if data.train.sum() < need:
        n = int(data.train.sum())
        raise EvaluationError(ERR_FEW.format(n=n, label="diversity_score", need=need))
    start_cuts = list(formula.thresholds)
    kfold = KFold(n_splits=folds, shuffle=True, random_state=random_state)
    alpha = _choose_alpha(data, start_w, alphas, kfold)
    fitted_w = _fit_weights(data, data.train, alpha, start_w)
    fitted_cuts = start_cuts
    fitted_to = {"mae": FIT_TARGETS["mae"]}
    if data.has_severity.sum() >= folds and data.k > 1:
        fitted_to["quadratic_kappa"] = FIT_TARGETS["quadratic_kappa"]
        fitted_cuts = _fit_cuts(data, data.has_severity, start_cuts)
    cv = _cross_validate(data, kfold, alpha, start_w, start_cuts)
    return FitResult(
        config=_with(start, fitted_w, fitted_cuts),
        start=start,
        cv=cv,
        weights=pd.DataFrame(
            {"start": start_w, "fitted": fitted_w},
            index=pd.Index([t.feature for t in formula.diversity], name="term"),
        ),
        thresholds=pd.DataFrame(
            {"start": start_cuts, "fitted": fitted_cuts},
            index=pd.Index(list(formula.tiers[1:]), name="tier"),
        ),
        alpha=alpha,
        n_diversity=int(data.train.sum()),
        n_severity=int(data.has_severity.sum()),
        n_stories=len(features),
        folds=folds,
        fitted_to=fitted_to,
    )


class _Gold(NamedTuple):
    """Gold labels as numbers, NaN where a story has none."""

    diversity: _Array
    severity: _Array  # the tier's position on the ladder


class _FitData(NamedTuple):
    """What the fit works on: the scorer's figures for each story, and the gold."""

    matrix: _Array  # each diversity term's t, one row per story
    figures: FrameScores
    gold: _Gold
    train: npt.NDArray[np.bool_]  # gold diversity, gate not holding
    has_severity: npt.NDArray[np.bool_]
    k: int  # tiers on the ladder


def _gold(labels: pd.DataFrame, tiers: Sequence[str]) -> _Gold:
    """The gold labels, aligned with the features; a tier off the ladder is refused."""
    position = {tier: i for i, tier in enumerate(tiers)}
    n = len(labels)
    if "severity" in labels:
        off_ladder = set(labels["severity"].dropna()) - set(position)
        if off_ladder:
            raise EvaluationError(
                f"gold severity {sorted(off_ladder)[0]!r} is not a tier of the ladder {list(tiers)}"
            )
        severity = np.asarray(labels["severity"].map(position), dtype=np.float64)
    else:
        severity = np.full(n, np.nan)
    diversity = (
        labels["diversity_score"].to_numpy(dtype=np.float64)
        if "diversity_score" in labels
        else np.full(n, np.nan)
    )
    return _Gold(diversity, severity)


def _fit_weights(
    data: _FitData, rows: npt.NDArray[np.bool_], alpha: float, prior: _Array
) -> _Array:
    """Diversity weights fitted on the stories ``rows`` selects."""
    model = SimplexWeights(alpha=alpha, prior=prior.tolist())
    coef: _Array = model.fit(data.matrix[rows], data.gold.diversity[rows]).coef_
    return coef


def _choose_alpha(data: _FitData, prior: _Array, alphas: Sequence[float], kfold: Any) -> float:
    """The ridge strength with the lowest cross-validated mean absolute error."""
    from sklearn.model_selection import GridSearchCV

    search = GridSearchCV(
        SimplexWeights(prior=prior.tolist()),
        {"alpha": list(alphas)},
        cv=kfold,
        scoring="neg_mean_absolute_error",
    )
    search.fit(data.matrix[data.train], data.gold.diversity[data.train])
    return float(search.best_params_["alpha"])


def _fit_cuts(data: _FitData, rows: npt.NDArray[np.bool_], start: Sequence[float]) -> list[float]:
    """Thresholds fitted on the stories ``rows`` selects."""
    figures = data.figures
    gold = data.gold.severity[rows].astype(np.int64)
    return _fit_thresholds(figures.risk[rows], figures.floors[rows], gold, start, data.k)


def _cross_validate(
    data: _FitData, kfold: Any, alpha: float, start_w: _Array, start_cuts: list[float]
) -> pd.DataFrame:
    """Out-of-sample figures of the start and of a fit, on the same folds."""
    rows: dict[str, list[dict[str, float]]] = {"start": [], "fitted": []}
    n = len(data.matrix)
    has_div = ~np.isnan(data.gold.diversity)
    gold_s = np.nan_to_num(data.gold.severity).astype(np.int64)
    figures = data.figures
    for fit_idx, _ in kfold.split(np.arange(n)):
        fit_mask = np.zeros(n, dtype=bool)
        fit_mask[fit_idx] = True
        w = _fit_weights(data, fit_mask & data.train, alpha, start_w)
        fold_sev = fit_mask & data.has_severity
        cuts = (
            _fit_cuts(data, fold_sev, start_cuts)
            if fold_sev.sum() >= 2 and data.k > 1
            else start_cuts
        )
        td, ts = ~fit_mask & has_div, ~fit_mask & data.has_severity
        for name, weights, thresholds in (("start", start_w, start_cuts), ("fitted", w, cuts)):
            pred_d = weighted_sums(data.matrix, normalise(weights), figures.gated)
            pred_s = tier_positions(figures.risk, thresholds, figures.floors)
            rows[name].append(
                _fold_metrics(data.gold.diversity[td], pred_d[td], gold_s[ts], pred_s[ts], data.k)
            )
    means = {name: pd.DataFrame(values).mean() for name, values in rows.items()}
    return pd.DataFrame(means).T.reindex(columns=list(CV_METRICS))

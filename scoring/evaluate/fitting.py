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

if TYPE_CHECKING:
    from scoring.scorer.config import Condition, ScorerConfig, Term

__all__ = [
    "CV_METRICS",
    "FIT_TARGETS",
    "FitResult",
    "SimplexWeights",
    "condition_holds",
    "fit_config",
    "severity_tiers",
    "term_matrix",
    "weighted_score",
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


def term_matrix(features: pd.DataFrame, terms: Mapping[str, Term]) -> pd.DataFrame:
    """Each term's transformed feature ``t`` in 0..1, one column per term, as the scorer does.

    Example:
        >>> from scoring.scorer.config import Term
        >>> f = pd.DataFrame({"independent_sources": [1.0, 3.0]})
        >>> term_matrix(f, {"independent_sources": Term(transform="linear", offset=1, scale=4)})["independent_sources"].tolist()
        [0.0, 0.5]
    """
    out: dict[str, _Array] = {}
    for name, term in terms.items():
        if name not in features.columns:
            raise EvaluationError(f"the features frame lacks {name!r}, which the config uses")
        x = features[name].to_numpy(dtype=np.float64)
        if term.transform == "identity":
            t = x
        elif term.transform == "linear":
            t = (x - term.offset) / term.scale
        elif term.transform == "saturate":
            t = 1.0 - np.exp(-np.maximum(x - term.offset, 0.0) / term.scale)
        else:
            y = np.maximum(x - term.offset, 0.0)
            t = y / (y + term.scale)
        t = np.clip(t, 0.0, 1.0)
        if term.invert:
            t = 1.0 - t
        out[name] = np.where(np.isnan(x), term.missing, t)
    return pd.DataFrame(out, index=features.index, columns=list(terms))


_OPS: Final = {
    "<": np.less,
    "<=": np.less_equal,
    "==": np.equal,
    "!=": np.not_equal,
    ">=": np.greater_equal,
    ">": np.greater,
}


def condition_holds(features: pd.DataFrame, condition: Condition) -> npt.NDArray[np.bool_]:
    """Where a condition (the diversity gate, a rule) holds, story by story.

    Example:
        >>> from scoring.scorer.config import Condition
        >>> f = pd.DataFrame({"independent_sources": [1.0, 2.0]})
        >>> condition_holds(f, Condition(any=("independent_sources <= 1",))).tolist()
        [True, False]
    """
    n = len(features)
    if not condition.all and not condition.any:
        return np.zeros(n, dtype=bool)

    def check(c: Any) -> npt.NDArray[np.bool_]:
        x = features[c.feature].to_numpy(dtype=np.float64)
        with np.errstate(invalid="ignore"):
            held: npt.NDArray[np.bool_] = _OPS[c.op](x, c.value)
        # NaN satisfies only "!=", as the scorer reads it.
        return held if c.op == "!=" else held & ~np.isnan(x)

    held = np.ones(n, dtype=bool)
    for c in condition.all:
        held &= check(c)
    if condition.any:
        some = np.zeros(n, dtype=bool)
        for c in condition.any:
            some |= check(c)
        held &= some
    return held


def weighted_score(matrix: pd.DataFrame | _Array, weights: Sequence[float] | _Array) -> _Array:
    """``sum_i w_i t_i`` with the weights normalised to sum to 1.

    Example:
        >>> weighted_score(np.array([[1.0, 0.0], [0.5, 0.5]]), [3.0, 1.0]).tolist()
        [0.75, 0.5]
    """
    w = np.asarray(weights, dtype=np.float64)
    m = np.asarray(matrix, dtype=np.float64)
    return np.asarray(m @ (w / w.sum()), dtype=np.float64)


def severity_tiers(
    risk: _Array, thresholds: Sequence[float], floors: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """Tier positions: the number of thresholds the risk reaches, raised to the rule floors.

    Example:
        >>> severity_tiers(np.array([0.1, 0.6, 0.2]), [0.3, 0.5, 0.75], np.array([0, 0, 2])).tolist()
        [0, 2, 2]
    """
    from_risk = np.searchsorted(np.asarray(thresholds), risk, side="right").astype(np.int64)
    return np.maximum(from_risk, floors)


def _rule_floors(features: pd.DataFrame, config: ScorerConfig) -> npt.NDArray[np.int64]:
    position = {tier: i for i, tier in enumerate(config.severity.tiers)}
    floors = np.zeros(len(features), dtype=np.int64)
    for rule in config.severity.rules:
        held = condition_holds(features, rule)
        floors = np.where(held, np.maximum(floors, position[rule.at_least]), floors)
    return floors


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
        pred = severity_tiers(risk, c, floors)
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
    config: ScorerConfig, weights: Sequence[float], thresholds: Sequence[float]
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

    Pass only the stories you may tune on (e.g. the train split): every story given is
    used.

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
        >>> gold = pd.DataFrame({"diversity_score": weighted_score(term_matrix(f, ScorerConfig().diversity.terms), [0.35, 0.15, 0.1, 0.2, 0.1, 0.1])}, index=f.index)
        >>> fit = fit_config(f, gold)
        >>> fit.weights["fitted"].round(2).tolist()
        [0.35, 0.15, 0.1, 0.2, 0.1, 0.1]
    """
    from sklearn.model_selection import GridSearchCV, KFold

    from scoring.scorer.config import ScorerConfig

    start = start if start is not None else ScorerConfig()
    missing = [c for c in FEATURE_NAMES if c not in features.columns]
    if missing:
        raise EvaluationError(
            f"the features frame lacks {missing[:3]}...; pass scoring.features_frame(stories)"
        )
    labels = labels.reindex(features.index)
    tiers = start.severity.tiers
    k = len(tiers)
    position = {tier: i for i, tier in enumerate(tiers)}
    off_ladder = set(labels["severity"].dropna()) - set(position) if "severity" in labels else set()
    if off_ladder:
        raise EvaluationError(
            f"gold severity {sorted(off_ladder)[0]!r} is not a tier of the ladder {list(tiers)}"
        )

    diversity = start.diversity
    matrix = term_matrix(features, diversity.terms).to_numpy()
    gated = condition_holds(features, diversity.zero_when)
    gold_div = (
        labels["diversity_score"].to_numpy(dtype=np.float64)
        if "diversity_score" in labels
        else np.full(len(features), np.nan)
    )
    has_div = ~np.isnan(gold_div)
    train = has_div & ~gated
    start_w = np.array([t.weight for t in diversity.terms.values()], dtype=np.float64)
    start_w = start_w / start_w.sum()
    if train.sum() < max(folds, len(start_w)):
        raise EvaluationError(
            ERR_FEW.format(
                n=int(train.sum()), label="diversity_score", need=max(folds, len(start_w))
            )
        )

    risk = weighted_score(
        term_matrix(features, start.risk.terms),
        [t.weight for t in start.risk.terms.values()],
    )
    floors = _rule_floors(features, start)
    gold_sev = (
        labels["severity"].map(position).to_numpy(dtype=np.float64)
        if "severity" in labels
        else np.full(len(features), np.nan)
    )
    has_sev = ~np.isnan(gold_sev)
    start_cuts = [start.severity.thresholds[t] for t in tiers[1:]]

    kfold = KFold(n_splits=folds, shuffle=True, random_state=random_state)
    search = GridSearchCV(
        SimplexWeights(prior=start_w.tolist()),
        {"alpha": list(alphas)},
        cv=kfold,
        scoring="neg_mean_absolute_error",
    )
    search.fit(matrix[train], gold_div[train])
    alpha = float(search.best_params_["alpha"])
    fitted_w = (
        SimplexWeights(alpha=alpha, prior=start_w.tolist())
        .fit(matrix[train], gold_div[train])
        .coef_
    )

    fitted_cuts = start_cuts
    fitted_to = {"mae": FIT_TARGETS["mae"]}
    if has_sev.sum() >= folds and k > 1:
        fitted_to["quadratic_kappa"] = FIT_TARGETS["quadratic_kappa"]
        gold_s_all = gold_sev[has_sev].astype(np.int64)
        fitted_cuts = _fit_thresholds(risk[has_sev], floors[has_sev], gold_s_all, start_cuts, k)

    # Out-of-sample figures of both configs, on the same folds.
    rows: dict[str, list[dict[str, float]]] = {"start": [], "fitted": []}
    everyone = np.arange(len(features))
    for fit_idx, _ in kfold.split(everyone):
        fit_mask = np.zeros(len(features), dtype=bool)
        fit_mask[fit_idx] = True
        test_mask = ~fit_mask
        fold_train = fit_mask & train
        w = (
            SimplexWeights(alpha=alpha, prior=start_w.tolist())
            .fit(matrix[fold_train], gold_div[fold_train])
            .coef_
        )
        fold_sev = fit_mask & has_sev
        cuts = (
            _fit_thresholds(
                risk[fold_sev], floors[fold_sev], gold_sev[fold_sev].astype(np.int64), start_cuts, k
            )
            if fold_sev.sum() >= 2 and k > 1
            else start_cuts
        )
        td = test_mask & has_div
        ts = test_mask & has_sev
        for name, weights, thresholds in (("start", start_w, start_cuts), ("fitted", w, cuts)):
            pred_d = np.where(gated, 0.0, weighted_score(matrix, weights))
            pred_s = severity_tiers(risk, thresholds, floors)
            rows[name].append(
                _fold_metrics(
                    gold_div[td], pred_d[td], gold_sev[ts].astype(np.int64), pred_s[ts], k
                )
            )
    cv = pd.DataFrame(
        {name: pd.DataFrame(values).mean() for name, values in rows.items()}
    ).T.reindex(columns=list(CV_METRICS))

    config = _with(start, fitted_w, fitted_cuts)
    return FitResult(
        config=config,
        start=start,
        cv=cv,
        weights=pd.DataFrame(
            {"start": start_w, "fitted": fitted_w},
            index=pd.Index(list(diversity.terms), name="term"),
        ),
        thresholds=pd.DataFrame(
            {"start": start_cuts, "fitted": fitted_cuts},
            index=pd.Index(list(tiers[1:]), name="tier"),
        ),
        alpha=alpha,
        n_diversity=int(train.sum()),
        n_severity=int(has_sev.sum()),
        n_stories=len(features),
        folds=folds,
        fitted_to=fitted_to,
    )

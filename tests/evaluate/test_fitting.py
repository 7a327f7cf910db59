"""Fitting recovers known weights and thresholds from labels a known config generated."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from scoring.evaluate.fitting import SimplexWeights, fit_config
from scoring.evaluate.metrics import EvaluationError
from scoring.features import FEATURE_NAMES
from scoring.scorer import Scorer, ScorerConfig
from scoring.scorer.formula import Formula, condition_holds, term_values, tier_positions

TRUE_WEIGHTS = {
    "independent_effective_sources": 0.10,
    "slant_entropy": 0.30,
    "slant_spread": 0.0,
    "reliability_footing": 0.40,
    "unknown_outlet_share": 0.05,
    "social_embed_ratio": 0.15,
}
TRUE_THRESHOLDS = {"elevated": 0.22, "high": 0.41, "critical": 0.63}


def _synthetic_features(n: int, seed: int) -> pd.DataFrame:
    """Feature rows in realistic ranges: counts, shares and flags, some single-source."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(0.0, index=[f"syn{i:03d}" for i in range(n)], columns=list(FEATURE_NAMES))
    independent = rng.integers(1, 9, n).astype(float)
    frame["independent_sources"] = independent
    frame["independent_effective_sources"] = independent * rng.uniform(0.6, 1.0, n)
    frame["slant_entropy"] = rng.uniform(0, 1, n)
    frame["slant_spread"] = rng.integers(0, 5, n).astype(float)
    high = rng.uniform(0, 1, n)
    low = rng.uniform(0, 1 - high)
    frame["high_reliability_share"] = high
    frame["low_reliability_share"] = low
    frame["mixed_reliability_share"] = 1 - high - low
    # Graded reliability as label-only outlets give it: each band at its default score.
    frame["reliability_footing"] = 0.85 * high + 0.55 * (1 - high - low) + 0.20 * low
    frame["reliability_min"] = np.where(low > 0, 0.20, np.where(high < 1, 0.55, 0.85))
    frame["unknown_outlet_share"] = rng.uniform(0, 0.6, n)
    frame["social_embed_ratio"] = rng.uniform(0, 0.7, n)
    frame["state_media_share"] = rng.uniform(0, 1, n) * (rng.uniform(0, 1, n) < 0.2)
    frame["one_sided"] = (rng.uniform(0, 1, n) < 0.4).astype(float)
    frame["slant_mean"] = rng.uniform(-2, 2, n)
    return frame


def _true_config() -> ScorerConfig:
    data = ScorerConfig().model_dump(mode="json")
    for name, weight in TRUE_WEIGHTS.items():
        data["diversity"]["terms"][name]["weight"] = weight
    data["severity"]["thresholds"] = TRUE_THRESHOLDS
    return ScorerConfig.model_validate(data)


def test_transforms_and_gate_agree_with_the_scorer() -> None:
    features = _synthetic_features(80, seed=1)
    config = ScorerConfig()
    scored = Scorer(config).score_frame(features)
    formula = Formula.from_config(config)
    matrix = term_values(features, formula.diversity)
    weights = np.array([t.weight for t in config.diversity.terms.values()])
    gated = condition_holds(features, formula.gate)
    ours = np.where(gated, 0.0, matrix @ (weights / weights.sum()))
    np.testing.assert_allclose(ours, scored["diversity_score"], atol=1e-9)


def test_fit_recovers_known_weights_and_thresholds() -> None:
    features = _synthetic_features(240, seed=7)
    truth = Scorer(_true_config()).score_frame(features)
    labels = pd.DataFrame(
        {"diversity_score": truth["diversity_score"], "severity": truth["severity"].astype(str)}
    )
    result = fit_config(features, labels, folds=4)
    for name, weight in TRUE_WEIGHTS.items():
        assert result.weights.loc[name, "fitted"] == pytest.approx(weight, abs=0.01), name
    # Any cut points between the neighbouring risk scores reproduce the tiers exactly.
    refit = Scorer(result.config).score_frame(features)
    assert (refit["severity"].astype(str) == labels["severity"]).mean() == 1.0
    # Labels only pin each cut point to the gap between the risk scores around it.
    risk = truth["risk_score"].to_numpy(dtype=np.float64)
    fitted = result.thresholds["fitted"].to_numpy(dtype=np.float64)
    for (tier, cut), value in zip(TRUE_THRESHOLDS.items(), fitted, strict=True):
        below, above = risk[risk < cut].max(), risk[risk >= cut].min()
        assert below < value <= above, tier
    mae = result.cv["mae"].to_dict()
    assert mae["fitted"] < 0.005
    assert mae["fitted"] < mae["start"]
    # The fitted config survives the TOML round trip the command line uses.
    assert ScorerConfig.from_toml_text(result.config.to_toml()) == result.config
    # Better out of sample on both metrics it was fitted to, so the verdict says so.
    assert result.comparison.loc[["mae", "quadratic_kappa"], "verdict"].tolist() == [
        "better",
        "better",
    ]
    assert result.improved
    assert result.verdict().startswith("verdict: BETTER on mae ")


def test_fit_without_severity_labels_is_judged_on_mae_only() -> None:
    features = _synthetic_features(120, seed=3)
    truth = Scorer(_true_config()).score_frame(features)
    labels = pd.DataFrame({"diversity_score": truth["diversity_score"]})
    result = fit_config(features, labels, folds=4)
    assert dict(result.fitted_to) == {"mae": "diversity weights"}
    assert result.comparison.at["quadratic_kappa", "verdict"] == ""
    assert result.improved
    assert "too few to fit thresholds; the starting thresholds are kept" in result.summary()


def test_fit_refuses_too_few_labels() -> None:
    features = _synthetic_features(4, seed=0).assign(independent_sources=3.0)
    labels = pd.DataFrame({"diversity_score": [0.2, 0.3, 0.4, 0.5]}, index=features.index)
    with pytest.raises(EvaluationError, match="only 4 stories with a gold diversity_score"):
        fit_config(features, labels)


def test_fit_refuses_tier_off_the_ladder() -> None:
    features = _synthetic_features(30, seed=0)
    labels = pd.DataFrame({"diversity_score": 0.5, "severity": "dire"}, index=features.index)
    with pytest.raises(EvaluationError, match="gold severity 'dire' is not a tier"):
        fit_config(features, labels)


@pytest.mark.parametrize(
    ("alpha", "expected"),
    [
        # No penalty: the exact weights. A huge one: the prior.
        (0.0, [0.7, 0.3, 0.0]),
        (1e6, [0.2, 0.2, 0.6]),
    ],
)
def test_simplex_weights_between_data_and_prior(alpha: float, expected: list[float]) -> None:
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 1, (50, 3))
    y = x @ np.array([0.7, 0.3, 0.0])
    coef = SimplexWeights(alpha=alpha, prior=[0.2, 0.2, 0.6]).fit(x, y).coef_
    np.testing.assert_allclose(coef, expected, atol=1e-3)
    assert coef.min() >= 0
    assert coef.sum() == pytest.approx(1.0)


def test_severity_tiers_respect_rule_floors() -> None:
    risk = np.array([0.0, 0.3, 0.5, 0.9, 0.1])
    floors = np.array([0, 0, 0, 0, 3])
    # Exactly at a threshold reaches the tier, as the scorer reads it.
    assert tier_positions(risk, [0.3, 0.5, 0.75], floors).tolist() == [0, 1, 2, 3, 3]

"""The formula, once: the per-story and the frame path give the same numbers to the bit."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from scoring.errors import ConfigError, RecordError
from scoring.features import FEATURE_NAMES
from scoring.records import Story
from scoring.scorer import DEFAULT_TIERS, TRANSFORMS, Formula, Scorer, ScorerConfig, Term
from scoring.scorer.formula import (
    TRANSFORM_FUNCTIONS,
    compile_terms,
    normalise,
    settle,
    term_value,
    term_values,
    weighted_sums,
)


def _frame(n: int, seed: int) -> pd.DataFrame:
    """Feature rows in realistic ranges, with NaN where features may be missing."""
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(0.0, index=[f"f{i:03d}" for i in range(n)], columns=list(FEATURE_NAMES))
    frame["independent_sources"] = rng.integers(0, 9, n).astype(float)
    frame["independent_effective_sources"] = frame["independent_sources"] * rng.uniform(0.5, 1, n)
    for name in (
        "slant_entropy",
        "high_reliability_share",
        "low_reliability_share",
        "mixed_reliability_share",
        "unknown_outlet_share",
        "social_embed_ratio",
        "state_media_share",
    ):
        # A quarter of the rows at 0, a tenth at 1: the rules' thresholds are crossed.
        values = rng.uniform(0, 1, n)
        values[rng.uniform(0, 1, n) < 0.25] = 0.0
        values[rng.uniform(0, 1, n) < 0.1] = 1.0
        frame[name] = values
    frame["slant_spread"] = rng.integers(0, 5, n).astype(float)
    frame["one_sided"] = (rng.uniform(0, 1, n) < 0.3).astype(float)
    footing = rng.uniform(0.1, 0.95, n)
    footing[rng.uniform(0, 1, n) < 0.2] = np.nan  # no scored source
    frame["reliability_footing"] = footing
    frame["slant_mean"] = np.where(rng.uniform(0, 1, n) < 0.3, np.nan, rng.uniform(-2, 2, n))
    return frame


def test_every_transform_name_has_one_function() -> None:
    assert tuple(TRANSFORM_FUNCTIONS) == TRANSFORMS
    assert ScorerConfig().severity.tiers == DEFAULT_TIERS


@pytest.mark.parametrize(
    ("term", "x", "t"),
    [
        (Term(), 0.25, 0.25),
        (Term(), 1.5, 1.0),  # clipped
        (Term(invert=True), 0.25, 0.75),
        (Term(transform="linear", offset=1, scale=4), 3.0, 0.5),
        (Term(transform="linear", offset=1, scale=4), 0.0, 0.0),  # clipped below
        (Term(transform="saturate", offset=1, scale=2), 1.0, 0.0),
        (Term(transform="saturate", offset=1, scale=2), 3.0, 1.0 - math.exp(-1.0)),
        (Term(transform="hyperbolic", scale=2), 2.0, 0.5),
        (Term(transform="hyperbolic", offset=3, scale=2), 1.0, 0.0),
        (Term(invert=True, missing=0.5), math.nan, 0.5),  # missing is t after invert
    ],
)
def test_term_value_per_story_and_per_frame(term: Term, x: float, t: float) -> None:
    (compiled,) = compile_terms({"slant_mean": term})
    args = (compiled.transform, compiled.scale, compiled.offset, compiled.invert, compiled.missing)
    assert term_value(x, *args) == t
    column = term_values(pd.DataFrame({"slant_mean": [x, x]}), [compiled])
    assert column.tolist() == [[t], [t]]


def test_settle_keeps_the_sum_at_one_and_equal_to_its_parts() -> None:
    # These weights normalise to a sum a hair above 1: every term at t = 1 reaches it.
    weights = normalise([0.42, 0.28, 0.32, 0.1, 0.5, 0.43])
    assert math.fsum(weights) > 1.0
    amounts = list(weights)
    assert settle(amounts) == 1.0
    assert math.fsum(amounts) == 1.0
    changed = [i for i, (a, w) in enumerate(zip(amounts, weights, strict=True)) if a != w]
    assert changed == [weights.index(max(weights))]
    assert 0 < weights[changed[0]] - amounts[changed[0]] < 1e-15
    row = weighted_sums(np.ones((1, len(weights))), weights)
    assert row.tolist() == [1.0]


def test_frame_and_story_paths_agree_to_the_bit() -> None:
    features = _frame(300, seed=11)
    scorer = Scorer()
    frame = scorer.score_frame(features)
    fired_some: set[str] = set()
    for story_id, row in features.iterrows():
        values = {str(name): float(value) for name, value in row.items()}
        result = scorer.score_features(values, story_id=str(story_id))
        got = frame.loc[str(story_id)]
        assert got["diversity_score"] == result.diversity_score
        assert got["risk_score"] == result.risk_score
        assert (got["severity"], got["risk_tier"]) == (result.severity, result.risk_tier)
        assert got["rules"] == ",".join(rule.name for rule in result.rules)
        fired_some.update(rule.name for rule in result.rules)
    # The rows reach every rule and every tier, so every branch was compared.
    assert fired_some == {rule.name for rule in scorer.config.severity.rules}
    assert set(frame["severity"]) == set(DEFAULT_TIERS)


def test_formula_scores_name_the_parts() -> None:
    features = _frame(50, seed=3)
    formula = Formula.from_config(ScorerConfig())
    scores = formula.scores(features)
    gated = features["independent_sources"].to_numpy() <= 1
    assert scores.gated.tolist() == gated.tolist()
    assert (scores.diversity[gated] == 0.0).all()
    assert (scores.positions == np.maximum(scores.risk_positions, scores.floors)).all()
    assert scores.fired.shape == (50, len(formula.rules))


def test_score_frame_refuses_a_frame_of_records() -> None:
    frame = pd.DataFrame([{"id": "a", "title": "Floods"}])
    with pytest.raises(RecordError, match=r"pass read_stories\(frame\) from scoring\.records"):
        Scorer().score_frame(frame)


def test_score_frame_of_stories_extracts_with_its_resolver(scorer: Scorer) -> None:
    stories = [Story(id="a"), Story(id="b", title="Nothing cited")]
    out = scorer.score_frame(iter(stories))
    assert list(out.index) == ["a", "b"]
    assert list(out["severity"]) == [scorer.score(s).severity for s in stories]
    assert out.attrs["provenance"] == scorer.provenance.to_dict()


def test_scorer_from_config_file(tmp_path: Path) -> None:
    assert Scorer.from_config_file(None).config == ScorerConfig()
    path = tmp_path / "scorer.toml"
    path.write_text("[severity.thresholds]\nelevated = 0.1\nhigh = 0.2\ncritical = 0.3\n")
    scorer = Scorer.from_config_file(path)
    assert scorer.config.severity.thresholds == {"elevated": 0.1, "high": 0.2, "critical": 0.3}
    with pytest.raises(ConfigError, match=r"nope\.toml: cannot read the config file"):
        Scorer.from_config_file(tmp_path / "nope.toml")


def test_toml_text_is_never_taken_for_a_path(tmp_path: Path) -> None:
    # A file name is text to from_toml_text, and TOML without "=" is not a file name.
    with pytest.raises(ConfigError, match=r"^not valid TOML: "):
        ScorerConfig.from_toml_text("scorer.toml")
    assert ScorerConfig.from_toml_text("[severity]") == ScorerConfig()

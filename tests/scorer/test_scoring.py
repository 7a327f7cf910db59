"""The arithmetic of scoring, on feature mappings: transforms, weights, the gate, the ladder, rules."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.errors import RecordError
from scoring.features import FEATURE_NAMES, NAN_FEATURES
from scoring.scorer import Scorer, ScorerConfig, Term

NAN = float("nan")


def features(**values: float) -> dict[str, float]:
    """Every feature 0 (NaN where only NaN is possible without sources), then ``values``."""
    base = {name: (NAN if name in NAN_FEATURES else 0.0) for name in FEATURE_NAMES}
    unknown = set(values) - set(base)
    assert not unknown, unknown
    return base | values


def config(**sections: Any) -> ScorerConfig:
    return ScorerConfig.model_validate(sections)


def single_term(feature: str, **term: Any) -> Scorer:
    """A scorer whose diversity is exactly the transformed value of one feature."""
    return Scorer(config(diversity={"terms": {feature: term}, "zero_when": {}}))


# --- degenerate inputs ------------------------------------------------------------


def test_no_sources_at_all(scorer: Scorer) -> None:
    """A story with nothing: no diversity, and elevated as unsourced."""
    result = scorer.score_features(features(), story_id="empty")
    assert result.diversity_score == 0.0
    assert [c.feature for c in result.zeroed_by] == ["independent_sources"]
    assert result.severity == "elevated"
    assert result.rules == ()
    # Two terms carry the risk: single sourcing (saturation at 0 sources is 0, inverted 1,
    # weight 0.09) and the footing, which no scored source gives (NaN: its missing t 0.5,
    # weight 0.26). That alone reaches elevated (0.20); no rule is needed.
    assert result.risk_score == pytest.approx(0.09 + 0.5 * 0.26)
    assert result.citations == ()
    assert result.embeds == ()
    assert result.provenance.outlet_table_version is None


def test_missing_feature_names_it_and_the_story(scorer: Scorer) -> None:
    values = features()
    del values["state_media_share"]
    with pytest.raises(RecordError, match="field 'state_media_share'") as caught:
        scorer.score_features(values, story_id="s9")
    assert str(caught.value) == (
        "story 's9': field 'state_media_share': the features lack this one, which the "
        "scorer's config uses; give every name of FEATURE_NAMES (extract_features does)"
    )


def test_unused_features_may_be_absent() -> None:
    scorer = single_term("country_count", transform="hyperbolic", scale=2.0)
    scorer2 = Scorer(
        config(
            diversity={
                "terms": {"country_count": {"transform": "hyperbolic", "scale": 2.0}},
                "zero_when": {},
            },
            risk={"terms": {"country_count": {"transform": "hyperbolic", "scale": 2.0}}},
            severity={"tiers": ["only"], "thresholds": {}, "rules": []},
        )
    )
    assert scorer2.score_features({"country_count": 2.0}).diversity_score == 0.5
    assert scorer.score_features(features(country_count=6.0)).diversity_score == 0.75


# --- transforms, worked by hand --------------------------------------------------

TRANSFORMS = [
    ("identity", {}, 0.4, 0.4),
    ("identity clipped above", {}, 1.7, 1.0),
    ("identity clipped below", {}, -0.2, 0.0),
    ("identity inverted", {"invert": True}, 0.25, 0.75),
    ("linear", {"transform": "linear", "scale": 4.0}, 2.0, 0.5),
    ("linear below offset", {"transform": "linear", "offset": 1.0, "scale": 2.0}, 0.0, 0.0),
    ("linear past the top", {"transform": "linear", "offset": 1.0, "scale": 2.0}, 5.0, 1.0),
    ("linear inverted", {"transform": "linear", "scale": 0.5, "invert": True}, 0.125, 0.75),
    ("saturate at offset", {"transform": "saturate", "offset": 1.0, "scale": 2.0}, 1.0, 0.0),
    ("saturate below offset", {"transform": "saturate", "offset": 1.0, "scale": 2.0}, 0.0, 0.0),
    (
        "saturate one scale up",
        {"transform": "saturate", "offset": 1.0, "scale": 2.0},
        3.0,
        1 - math.exp(-1),
    ),
    ("saturate at infinity", {"transform": "saturate"}, math.inf, 1.0),
    ("hyperbolic at scale", {"transform": "hyperbolic", "scale": 3.0}, 3.0, 0.5),
    ("hyperbolic with offset", {"transform": "hyperbolic", "offset": 1.0, "scale": 2.0}, 3.0, 0.5),
    ("hyperbolic below offset", {"transform": "hyperbolic", "offset": 1.0}, 0.5, 0.0),
    ("hyperbolic at zero", {"transform": "hyperbolic"}, 0.0, 0.0),
]


@pytest.mark.parametrize(
    ("term", "x", "expected"), [t[1:] for t in TRANSFORMS], ids=[t[0] for t in TRANSFORMS]
)
def test_transform(term: dict[str, Any], x: float, expected: float) -> None:
    result = single_term("country_count", **term).score_features(features(country_count=x))
    (only,) = result.diversity
    assert only.transformed == pytest.approx(expected, abs=1e-15)
    assert only.weight == 1.0
    assert result.diversity_score == only.contribution == only.transformed


@pytest.mark.parametrize(
    ("term", "expected"),
    [({}, 0.0), ({"missing": 0.5}, 0.5), ({"missing": 0.2, "invert": True}, 0.2)],
    ids=["default", "given", "not inverted again"],
)
def test_nan_takes_the_missing_value(term: dict[str, Any], expected: float) -> None:
    result = single_term("slant_mean", **term).score_features(features())
    assert math.isnan(result.diversity[0].value)
    assert result.diversity_score == expected


def test_weights_are_normalised() -> None:
    scorer = Scorer(
        config(
            diversity={
                "terms": {"high_reliability_share": {"weight": 1}, "both_sides": {"weight": 3}},
                "zero_when": {},
            }
        )
    )
    result = scorer.score_features(features(high_reliability_share=1.0, both_sides=0.0))
    assert result.diversity_score == 0.25
    assert result.contributions["diversity"] == {"high_reliability_share": 0.25, "both_sides": 0.0}
    assert [c.weight for c in result.diversity] == [0.25, 0.75]


def test_zero_weight_term_is_shown_but_adds_nothing() -> None:
    scorer = Scorer(
        config(diversity={"terms": {"both_sides": {"weight": 0}, "one_sided": {}}, "zero_when": {}})
    )
    result = scorer.score_features(features(both_sides=1.0, one_sided=1.0))
    assert result.contributions["diversity"] == {"both_sides": 0.0, "one_sided": 1.0}


def test_rounding_never_lifts_the_score_past_one() -> None:
    """Normalised, these weights add up to a hair over 1; the score stays 1.

    It still equals the sum of its contributions.
    """
    names = [
        "high_reliability_share",
        "both_sides",
        "one_sided",
        "wire_share",
        "gini_simpson",
        "outlet_entropy",
        "domain_entropy",
    ]
    raw = [0.7, 0.2, 0.15, 0.35, 0.01, 0.7, 0.05]
    total = math.fsum(raw)
    assert math.fsum(w / total for w in raw) > 1.0
    terms = {name: {"weight": w} for name, w in zip(names, raw, strict=True)}
    scorer = Scorer(config(diversity={"terms": terms, "zero_when": {}}))
    result = scorer.score_features(features(**dict.fromkeys(names, 1.0)))
    assert result.diversity_score == 1.0
    assert math.fsum(c.contribution for c in result.diversity) == result.diversity_score


# --- the diversity gate ----------------------------------------------------------


@pytest.mark.parametrize(
    ("independent", "gated"), [(0.0, True), (1.0, True), (2.0, False), (7.0, False)]
)
def test_default_gate_one_origin_is_zero(scorer: Scorer, independent: float, gated: bool) -> None:
    values = features(
        independent_sources=independent,
        independent_effective_sources=independent,
        high_reliability_share=1.0,
    )
    result = scorer.score_features(values)
    assert (result.diversity_score == 0.0) is gated
    assert bool(result.zeroed_by) is gated
    if gated:
        assert all(c.contribution == 0.0 for c in result.diversity)
        # The transformed values stay visible, to show what the gate took away.
        assert any(c.transformed > 0 for c in result.diversity)


def test_gate_with_all_and_any() -> None:
    scorer = Scorer(
        config(
            diversity={
                "terms": {"high_reliability_share": {}},
                "zero_when": {
                    "all": ["citation_count >= 1"],
                    "any": ["state_media_share >= 0.5", "low_reliability_share >= 0.5"],
                },
            }
        )
    )
    base = features(citation_count=2.0, high_reliability_share=0.5)
    assert scorer.score_features(base).diversity_score == 0.5
    zeroed = scorer.score_features(base | {"state_media_share": 0.5})
    assert zeroed.diversity_score == 0.0
    assert [str(c) for c in zeroed.zeroed_by] == ["citation_count >= 1", "state_media_share >= 0.5"]
    assert (
        scorer.score_features(
            base | {"citation_count": 0.0, "low_reliability_share": 1.0}
        ).diversity_score
        == 0.5
    )


# --- the ladder and the rules ---------------------------------------------------------


def risk_scorer(rules: list[dict[str, Any]] | None = None, **severity: Any) -> Scorer:
    """Risk = low_reliability_share exactly; default ladder and thresholds."""
    return Scorer(
        config(
            risk={"terms": {"low_reliability_share": {}}},
            severity={"rules": rules or [], **severity},
        )
    )


@pytest.mark.parametrize(
    ("risk", "tier"),
    [
        (0.0, "normal"),
        (0.1999, "normal"),
        (0.20, "elevated"),
        (0.3649, "elevated"),
        (0.365, "high"),
        (0.5999, "high"),
        (0.60, "critical"),
        (1.0, "critical"),
    ],
)
def test_thresholds_pick_the_tier(risk: float, tier: str) -> None:
    result = risk_scorer().score_features(features(low_reliability_share=risk))
    assert result.risk_score == risk
    assert result.risk_tier == result.severity == tier
    assert result.rules == ()


def test_custom_ladder() -> None:
    scorer = risk_scorer(tiers=["ok", "watch", "alarm"], thresholds={"watch": 0.2, "alarm": 0.9})
    got = [
        scorer.score_features(features(low_reliability_share=r)).severity for r in (0.1, 0.2, 0.95)
    ]
    assert got == ["ok", "watch", "alarm"]


RULES = [
    {"name": "any-state", "at_least": "elevated", "all": ["state_media_share > 0"]},
    {
        "name": "state-and-posts",
        "at_least": "high",
        "all": ["state_media_share > 0", "social_embed_ratio >= 0.3"],
    },
    {
        "name": "thin",
        "at_least": "elevated",
        "any": ["independent_sources <= 1", "unknown_outlet_share >= 0.5"],
    },
]


@pytest.mark.parametrize(
    ("values", "risk_tier", "severity", "fired", "raised"),
    [
        ({"independent_sources": 3.0}, "normal", "normal", [], []),
        ({"independent_sources": 1.0}, "normal", "elevated", ["thin"], ["thin"]),
        (
            {"independent_sources": 3.0, "unknown_outlet_share": 0.5},
            "normal",
            "elevated",
            ["thin"],
            ["thin"],
        ),
        (
            {"independent_sources": 3.0, "state_media_share": 0.2, "social_embed_ratio": 0.3},
            "normal",
            "high",
            ["any-state", "state-and-posts"],
            ["state-and-posts"],
        ),
        (
            {"independent_sources": 3.0, "state_media_share": 0.2, "social_embed_ratio": 0.29},
            "normal",
            "elevated",
            ["any-state"],
            ["any-state"],
        ),
        # Rules never lower the tier the risk score gives.
        (
            {"independent_sources": 1.0, "low_reliability_share": 0.8},
            "critical",
            "critical",
            ["thin"],
            [],
        ),
        (
            {
                "independent_sources": 3.0,
                "low_reliability_share": 0.3,
                "state_media_share": 0.5,
                "social_embed_ratio": 0.5,
            },
            "elevated",
            "high",
            ["any-state", "state-and-posts"],
            ["state-and-posts"],
        ),
    ],
    ids=[
        "none",
        "all-of-one",
        "any-of-two",
        "two-fire-higher-wins",
        "all-needs-every-one",
        "never-lower",
        "raise-from-elevated",
    ],
)
def test_rules_raise_at_least(
    values: dict[str, float], risk_tier: str, severity: str, fired: list[str], raised: list[str]
) -> None:
    result = risk_scorer(RULES).score_features(features(**values))
    assert result.risk_tier == risk_tier
    assert result.severity == severity
    assert [r.name for r in result.rules] == fired
    assert [r.name for r in result.rules if r.raised] == raised


def test_fired_rule_shows_each_check_and_value() -> None:
    result = risk_scorer(RULES).score_features(
        features(independent_sources=1.0, unknown_outlet_share=0.25)
    )
    (thin,) = result.rules
    assert [(c.condition, c.value, c.held) for c in thin.checks] == [
        ("independent_sources <= 1", 1.0, True),
        ("unknown_outlet_share >= 0.5", 0.25, False),
    ]


@pytest.mark.parametrize(
    ("op", "fires"), [("<", False), (">=", False), ("==", False), ("!=", True)]
)
def test_nan_satisfies_only_not_equal(op: str, fires: bool) -> None:
    scorer = risk_scorer([{"name": "r", "at_least": "high", "all": [f"slant_mean {op} 0"]}])
    assert bool(scorer.score_features(features()).rules) is fires


# --- invariants on any features ------------------------------------------------------

_share = st.floats(0.0, 1.0)
_count = st.floats(0.0, 40.0)


@st.composite
def _feature_maps(draw: st.DrawFn) -> dict[str, float]:
    values = features()
    for name in FEATURE_NAMES:
        if name in NAN_FEATURES:
            values[name] = draw(st.one_of(st.just(NAN), st.floats(-2.0, 2.0)))
        elif name.endswith(("_share", "_ratio", "_entropy", "_hhi")) or name in {
            "gini_simpson",
            "both_sides",
            "one_sided",
            "embedded_state_media",
        }:
            values[name] = draw(_share)
        elif name == "slant_spread":
            values[name] = draw(st.floats(0.0, 4.0))
        else:
            values[name] = draw(_count)
    return values


@settings(max_examples=200, deadline=None)
@given(_feature_maps())
def test_scores_in_range_and_contributions_add_up(values: dict[str, float]) -> None:
    scorer = _DEFAULT
    result = scorer.score_features(values)
    for score, parts in (
        (result.diversity_score, result.diversity),
        (result.risk_score, result.risk),
    ):
        assert 0.0 <= score <= 1.0
        assert math.fsum(c.contribution for c in parts) == score
        assert all(0.0 <= c.transformed <= 1.0 for c in parts)
    ladder = scorer.config.severity.tiers
    assert ladder.index(result.severity) >= ladder.index(result.risk_tier)
    for rule in result.rules:
        assert ladder.index(result.severity) >= ladder.index(rule.at_least)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.floats(0.0, 100.0), min_size=1, max_size=len(FEATURE_NAMES)).filter(
        lambda w: sum(w) > 0
    )
)
def test_any_weights_stay_within_one(weights: list[float]) -> None:
    names = [n for n in FEATURE_NAMES if n not in NAN_FEATURES][: len(weights)]
    terms = {
        n: Term(weight=w, transform="linear", scale=1e-9)
        for n, w in zip(names, weights, strict=False)
    }
    scorer = Scorer(config(diversity={"terms": terms, "zero_when": {}}))
    result = scorer.score_features(features(**dict.fromkeys(names, 1.0)))
    assert result.diversity_score <= 1.0
    assert result.diversity_score == pytest.approx(1.0)
    assert math.fsum(c.contribution for c in result.diversity) == result.diversity_score


_DEFAULT = Scorer()

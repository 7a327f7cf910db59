"""Evaluation of a predictions frame: overall, by group, worst stories, comparison."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pandas as pd
import pytest

from scoring.evaluate.evaluation import (
    ERR_COLUMNS,
    ERR_IDS,
    PREDICTION_COLUMNS,
    compare_predictions,
    evaluate_predictions,
)
from scoring.evaluate.groups import feature_groups
from scoring.evaluate.metrics import ERR_EMPTY, EvaluationError
from scoring.features import FEATURE_NAMES

# Eight stories shaped like the labeled set: single-source partisan stories with embeds,
# wire copy, balanced multi-source stories; one has only a diversity label.
FRAME = pd.DataFrame(
    {
        "gold_diversity": [0.0, 0.1, 0.95, 0.8, 0.2, 0.5, 0.65, 0.3],
        "gold_severity": [
            "critical",
            "normal",
            "normal",
            "normal",
            "elevated",
            "elevated",
            None,
            "high",
        ],
        "diversity_score": [0.1, 0.1, 0.85, 0.6, 0.35, 0.5, 0.7, 0.3],
        "severity": [
            "high",
            "normal",
            "normal",
            "elevated",
            "elevated",
            "elevated",
            "normal",
            "high",
        ],
        "embeds": [
            "embeds",
            "no embeds",
            "no embeds",
            "no embeds",
            "embeds",
            "no embeds",
            "no embeds",
            "embeds",
        ],
    },
    index=pd.Index([f"s{i}" for i in range(8)], name="id"),
)


@pytest.mark.parametrize(
    ("frame", "kwargs", "message"),
    [
        (
            FRAME.drop(columns="severity"),
            {},
            re.escape(ERR_COLUMNS.format(missing=["severity"], needed=list(PREDICTION_COLUMNS))),
        ),
        (FRAME.assign(gold_diversity=math.nan, gold_severity=None), {}, ERR_EMPTY),
        (FRAME.iloc[:0], {}, ERR_EMPTY),
        (FRAME, {"by": ["topic"]}, "no column 'topic' to group by; choose from \\['embeds'\\]"),
        (
            FRAME.assign(severity="severe"),
            {},
            "severity 'severe' at position 0 is not on the ladder",
        ),
    ],
)
def test_refuses_what_it_cannot_evaluate(
    frame: pd.DataFrame, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(EvaluationError, match=message):
        evaluate_predictions(frame, n_resamples=0, **kwargs)  # type: ignore[arg-type]


def test_overall_metrics_match_hand_computation() -> None:
    ev = evaluate_predictions(FRAME, n_resamples=0)
    errors = FRAME["diversity_score"] - FRAME["gold_diversity"]
    assert ev.n == 8
    assert ev.diversity["mae"].value == pytest.approx(errors.abs().mean())
    assert ev.diversity["rmse"].value == pytest.approx(math.sqrt((errors**2).mean()))
    # Seven stories carry a severity label; five of them are predicted exactly.
    assert ev.severity is not None
    assert ev.severity.metrics["accuracy"].value == pytest.approx(5 / 7)
    # Gold by row: normal (s1, s2 right; s3 elevated), elevated (s4, s5), high (s7),
    # critical (s0 predicted high).
    assert ev.severity.confusion == ((2, 1, 0, 0), (0, 2, 0, 0), (0, 0, 1, 0), (0, 0, 1, 0))


def test_by_group_splits_and_counts() -> None:
    ev = evaluate_predictions(FRAME, by=["embeds"], n_resamples=0)
    table = ev.by_group.loc["embeds"]
    assert table["n"].to_dict() == {"embeds": 3, "no embeds": 5}
    # Embeds: s0 (0.1 off), s4 (0.15 off), s7 (exact).
    assert table.loc["embeds", "mae"] == pytest.approx((0.1 + 0.15 + 0.0) / 3)
    # Embeds severity: s0 wrong, s4 and s7 right.
    assert table.loc["embeds", "accuracy"] == pytest.approx(2 / 3)
    # No embeds: s1, s2, s3, s5 labeled; s3 wrong.
    assert table.loc["no embeds", "accuracy"] == pytest.approx(3 / 4)


def test_worst_ranks_by_both_errors_on_one_scale() -> None:
    ev = evaluate_predictions(FRAME, n_resamples=0)
    # s3: 0.2 off + 1 step of 3 = 0.533; s0: 0.1 + 1/3 = 0.433; s4: 0.15; s2: 0.1; s6: 0.05.
    assert ev.worst.index.tolist() == ["s3", "s0", "s4", "s2", "s6"]
    assert ev.worst.loc["s3", "severity_steps"] == 1
    assert ev.worst.loc["s3", "diversity_error"] == pytest.approx(-0.2)


def test_to_dict_is_json_with_named_metrics_and_intervals() -> None:
    ev = evaluate_predictions(FRAME.iloc[:2], n_resamples=50)
    out = json.loads(json.dumps(ev.to_dict()))
    assert {"n", "diversity", "severity"} <= set(out)
    assert set(out["diversity"]) == {"n", "spearman", "kendall", "mae", "rmse"}
    assert set(out["severity"]) >= {"accuracy", "macro_f1", "quadratic_kappa", "confusion"}
    # Two stories are too few for an interval: null, not NaN.
    assert out["diversity"]["mae"] == {"value": pytest.approx(0.05), "low": None, "high": None}


def test_bootstrap_intervals_bracket_overall_values() -> None:
    ev = evaluate_predictions(FRAME, n_resamples=200, random_state=3)
    for est in ev.diversity.values():
        assert est.low <= est.value <= est.high


def test_compare_paired_difference() -> None:
    a = FRAME.assign(diversity_score=0.5)
    b = FRAME.copy()
    result = compare_predictions(a, b, n_resamples=200)
    mae_a = (FRAME["gold_diversity"] - 0.5).abs().mean()
    mae_b = (FRAME["gold_diversity"] - FRAME["diversity_score"]).abs().mean()
    d = result.differences["mae"]
    assert (d.a, d.b, d.delta) == pytest.approx((mae_a, mae_b, mae_b - mae_a))
    assert d.b_better > 0.95
    assert result.differences["accuracy"].delta == 0.0
    assert set(result.frame.index) == {
        "spearman",
        "kendall",
        "mae",
        "rmse",
        "accuracy",
        "macro_f1",
        "quadratic_kappa",
    }
    # The same comparison through Evaluation.compare.
    ev_a = evaluate_predictions(a, n_resamples=0)
    ev_b = evaluate_predictions(b, n_resamples=0)
    assert ev_a.compare(ev_b, n_resamples=200).differences["mae"] == d


def test_compare_refuses_different_stories() -> None:
    with pytest.raises(EvaluationError, match=ERR_IDS):
        compare_predictions(FRAME, FRAME.iloc[:3], n_resamples=10)


def _features(**columns: list[float]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    frame = pd.DataFrame(0.0, index=[f"f{i}" for i in range(n)], columns=list(FEATURE_NAMES))
    for name, values in columns.items():
        frame[name] = values
    return frame


def test_feature_groups() -> None:
    frame = _features(
        one_sided=[1.0, 0.0, 0.0, 0.0],
        slant_mean=[1.5, 0.0, math.nan, -0.2],
        social_embed_count=[3.0, 0.0, 0.0, 1.0],
        category_partisan_share=[0.5, 0.0, 0.0, 0.5],
        category_wire_share=[0.5, 0.2, 0.0, 0.0],
        category_mainstream_share=[0.0, 0.8, 0.0, 0.5],
    )
    groups = feature_groups(frame)
    assert groups.to_dict("index") == {
        # A tie goes to the category listed first (wire before partisan).
        "f0": {"slant_mix": "one-sided", "category": "wire", "embeds": "embeds"},
        "f1": {"slant_mix": "balanced", "category": "mainstream", "embeds": "no embeds"},
        "f2": {"slant_mix": "unknown", "category": "unknown", "embeds": "no embeds"},
        "f3": {"slant_mix": "balanced", "category": "mainstream", "embeds": "embeds"},
    }
    assert feature_groups(frame.iloc[:0]).empty


def test_feature_groups_needs_feature_columns() -> None:
    with pytest.raises(EvaluationError, match="lacks feature column"):
        feature_groups(pd.DataFrame({"x": [1.0]}))


def test_nan_metric_in_small_group_is_nan_not_error() -> None:
    ev = evaluate_predictions(FRAME, by=["embeds"], n_resamples=0)
    assert np.isfinite(ev.by_group["mae"]).all()
    one = evaluate_predictions(FRAME.iloc[:1], by=["embeds"], n_resamples=0)
    assert math.isnan(one.by_group.iloc[0]["spearman"])

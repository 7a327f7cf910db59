"""The expected cases, on the real pipeline: bundled outlet table, real features, default config."""

from __future__ import annotations

import math

import pytest

from scoring.outlets import bundled_table
from scoring.records import Story
from scoring.scorer import Scorer

from .builders import BALANCED, LABELS, RISING, rising_stories, story


def test_bundled_labels_these_tests_rely_on() -> None:
    table = bundled_table()
    got = {}
    for outlet_id in LABELS:
        outlet = table.get(outlet_id)
        assert outlet is not None, outlet_id
        got[outlet_id] = (outlet.slant, outlet.reliability, outlet.category)
    assert got == LABELS


# --- the seed ----------------------------------------------------------------------


def test_seed_scores_low_diversity_and_high_severity(scorer: Scorer, seed: Story) -> None:
    result = scorer.score(seed)
    assert result.diversity_score <= 0.2
    assert result.severity in {"high", "critical"}


def test_seed_explanation(scorer: Scorer, seed: Story) -> None:
    result = scorer.score(seed)
    # One origin: the gate zeroes diversity.
    assert result.diversity_score == 0.0
    assert [(c.condition, c.value) for c in result.zeroed_by] == [("independent_sources <= 1", 1.0)]
    # Risk by hand: low reliability 1 x 0.25; state media 0.5 (Gateway Pundit cited, RT
    # embedded) x 0.20; posts 1107 body characters, over 0.5, x 0.15; one origin x 0.15;
    # one-sided x 0.10.
    ratio = 1107 / len(seed.body)
    expected = 0.25 + 0.5 * 0.20 + (ratio / 0.5) * 0.15 + 0.15 + 0.10
    assert result.risk_score == pytest.approx(expected)
    assert result.risk_score == math.fsum(result.contributions["risk"].values())
    assert {r.name for r in result.rules} >= {
        "state-media-embeds",
        "low-uncorroborated",
        "single-source",
    }
    (citation,) = result.citations
    assert (
        citation.domain,
        citation.outlet,
        citation.slant,
        citation.reliability,
        citation.category,
    ) == (
        "thegatewaypundit.com",
        "gateway-pundit",
        "right",
        "low",
        "partisan",
    )
    assert [(e.platform, e.account, e.outlet) for e in result.embeds] == [("x", "rt_com", "rt")] * 4
    assert sum(e.end - e.start for e in result.embeds) == 1107
    assert all("RT (@RT_com)" in seed.body[e.start : e.end] for e in result.embeds)


# --- a balanced story ------------------------------------------------------------------


def test_wires_and_three_sides_score_high_diversity_and_normal(scorer: Scorer) -> None:
    result = scorer.score(story("balanced", *BALANCED))
    assert result.diversity_score >= 0.7
    assert result.severity == "normal"
    assert result.rules == ()


def test_balanced_story_worked_by_hand(scorer: Scorer) -> None:
    result = scorer.score(story("balanced", *BALANCED))
    f = result.features
    assert f["independent_sources"] == f["independent_effective_sources"] == 5.0
    # Positions: three centre (AP, Reuters, Axios), one left, one right.
    entropy = -(2 * 0.2 * math.log(0.2) + 0.6 * math.log(0.6)) / math.log(5)
    assert f["slant_entropy"] == pytest.approx(entropy)
    expected = {
        "independent_effective_sources": 0.35 * (1 - math.exp(-(5 - 1) / 2)),
        "slant_entropy": 0.15 * entropy,
        "slant_spread": 0.10 * 1.0,
        "high_reliability_share": 0.20 * 1.0,
        "unknown_outlet_share": 0.10 * 1.0,
        "social_embed_ratio": 0.10 * 1.0,
    }
    assert result.contributions["diversity"] == pytest.approx(expected)
    assert result.diversity_score == pytest.approx(sum(expected.values()))
    assert [c.outlet for c in result.citations] == list(BALANCED)


# --- ordering ------------------------------------------------------------------------


def test_rising_quality_rises_in_diversity_and_falls_in_severity(scorer: Scorer) -> None:
    results = [scorer.score(s) for s in rising_stories()]
    ladder = scorer.config.severity.tiers
    diversity = [r.diversity_score for r in results]
    severity = [ladder.index(r.severity) for r in results]
    labels = [name for name, _ in RISING]
    assert diversity == sorted(diversity), list(zip(labels, diversity, strict=True))
    assert len(set(diversity)) == len(diversity), "each step should be strictly better"
    assert severity == sorted(severity, reverse=True), list(zip(labels, severity, strict=True))
    assert results[-1].diversity_score > 0.9


@pytest.mark.parametrize(
    ("outlets", "label"),
    [
        (("wall-street-journal", "new-york-post"), "two News Corp titles"),
    ],
)
def test_one_owner_is_no_diversity(scorer: Scorer, outlets: tuple[str, ...], label: str) -> None:
    from scoring.records import Citation

    urls = {
        "wall-street-journal": "https://www.wsj.com/world/europe/belarus-frees-prisoners-4b1e2f",
        "new-york-post": "https://nypost.com/2025/09/11/world-news/belarus-frees-52-prisoners/",
    }
    s = Story(id=label, citations=tuple(Citation(name=o, url=urls[o]) for o in outlets))
    result = scorer.score(s)
    assert result.features["unique_outlets"] == 2.0
    assert result.diversity_score == 0.0
    assert "single-source" in {r.name for r in result.rules}


def test_one_wire_story_on_many_sites_is_one_origin(scorer: Scorer) -> None:
    from scoring.records import Citation

    sites = [
        "seattletimes.com",
        "sfgate.com",
        "denverpost.com",
        "startribune.com",
        "bostonglobe.com",
    ]
    slug = "belarus-frees-52-prisoners-after-us-appeal"
    s = Story(
        id="wire-copies",
        citations=tuple(
            Citation(name=f"{site} (AP)", url=f"https://www.{site}/nation-world/{slug}/")
            for site in sites
        ),
    )
    result = scorer.score(s)
    assert result.features["independent_sources"] == 1.0
    assert result.diversity_score == 0.0

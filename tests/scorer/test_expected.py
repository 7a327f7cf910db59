"""The expected cases, on the real pipeline: bundled outlet table, real features, default config."""

from __future__ import annotations

import math

import pytest

from scoring.outlets import bundled_table
from scoring.records import Story
from scoring.scorer import Scorer

from .builders import BALANCED, LABELS, RISING, rising_stories, story


def graded(outlet_id: str) -> float:
    """The bundled table's reliability score of an outlet these tests cite."""
    outlet = bundled_table().get(outlet_id)
    assert outlet is not None, outlet_id
    assert outlet.reliability_score is not None, outlet_id
    return outlet.reliability_score


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
    # Risk by hand. The footing: Gateway Pundit (cited) and RT (embedded) are two origins,
    # so 1 - their mean score, x 0.26; both are low: low share 1 x 0.14; state media 0.5
    # x 0.18; posts 1107 body characters, over 0.5, x 0.13; one origin x 0.09; one-sided
    # x 0.04.
    scores = [graded("gateway-pundit"), graded("rt")]
    footing = sum(scores) / 2
    assert result.features["reliability_footing"] == pytest.approx(footing)
    assert result.features["reliability_min"] == min(scores)
    ratio = 1107 / len(seed.body)
    expected = (1 - footing) * 0.26 + 0.14 + 0.5 * 0.18 + (ratio / 0.5) * 0.13 + 0.09 + 0.04
    assert result.risk_score == pytest.approx(expected)
    assert result.risk_score == math.fsum(result.contributions["risk"].values())
    # The risk alone reaches critical; the rules agree, and no rule floors single sources.
    assert result.risk_tier == result.severity == "critical"
    assert {r.name for r in result.rules} == {
        "low-uncorroborated",
        "state-media-embeds",
        "state-media-majority",
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
    # Five independent origins: the footing is the mean of the five outlets' scores.
    assert f["reliability_footing"] == pytest.approx(sum(graded(o) for o in BALANCED) / 5)
    expected = {
        "independent_effective_sources": 0.35 * (1 - math.exp(-(5 - 1) / 2)),
        "slant_entropy": 0.15 * entropy,
        "slant_spread": 0.10 * 1.0,
        "reliability_footing": 0.20 * f["reliability_footing"],
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
    assert result.features["independent_sources"] == 1.0
    assert result.diversity_score == 0.0
    # One origin takes its best member's score (the WSJ's): a high-reliability footing.
    assert result.features["reliability_footing"] == graded(outlets[0])


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


# --- one source, ranked by its reliability ----------------------------------------------

SINGLE_URLS = {
    "reuters": "https://www.reuters.com/world/europe/belarus-frees-52-prisoners-2025-09-11/",
    "bbc": "https://www.bbc.com/news/articles/c0belarus52prisoners",
    "new-york-times": "https://www.nytimes.com/2025/09/11/world/europe/belarus-prisoners.html",
    "newsweek": "https://www.newsweek.com/belarus-frees-52-prisoners-2091234",
    "fox-news": "https://www.foxnews.com/world/belarus-frees-prisoners-trump-appeal",
    "huffpost": "https://www.huffpost.com/entry/belarus-prisoners-release_n_68c2f1",
    "daily-mail": "https://www.dailymail.co.uk/news/article-15012345/belarus-frees-prisoners.html",
    "breitbart": "https://www.breitbart.com/europe/2025/09/11/lukashenko-frees-52-prisoners/",
    "gateway-pundit": "https://www.thegatewaypundit.com/2025/09/belarus-frees-prisoners/",
    "unknown": "https://belarus-watch-blog.net/2025/09/prisoners-freed/",
}


@pytest.mark.parametrize(
    ("outlet_id", "tier"),
    [
        ("reuters", "normal"),
        ("bbc", "normal"),
        ("new-york-times", "normal"),
        ("newsweek", "elevated"),
        ("fox-news", "elevated"),
        ("huffpost", "elevated"),
        ("unknown", "elevated"),
        ("daily-mail", "high"),
        ("breitbart", "high"),
        ("gateway-pundit", "high"),
    ],
)
def test_one_source_is_ranked_by_its_reliability(scorer: Scorer, outlet_id: str, tier: str) -> None:
    from scoring.records import Citation

    s = Story(id=outlet_id, citations=(Citation(name=outlet_id, url=SINGLE_URLS[outlet_id]),))
    result = scorer.score(s)
    assert result.features["independent_sources"] == 1.0
    assert result.citations[0].outlet == (None if outlet_id == "unknown" else outlet_id)
    assert result.severity == tier


def test_single_sources_order_follows_the_score(scorer: Scorer) -> None:
    from scoring.records import Citation

    ladder = scorer.config.severity.tiers
    ids = sorted((o for o in SINGLE_URLS if o != "unknown"), key=graded, reverse=True)
    tiers = [
        ladder.index(
            scorer.score(Story(id=o, citations=(Citation(name=o, url=SINGLE_URLS[o]),))).severity
        )
        for o in ids
    ]
    # Slant and category still weigh in the risk, but never against the score's order.
    assert tiers == sorted(tiers), list(zip(ids, tiers, strict=True))


def test_a_low_source_corroborated_is_less_risky_than_alone(scorer: Scorer) -> None:
    alone = scorer.score(story("alone", "breitbart"))
    corroborated = scorer.score(story("corroborated", "breitbart", "ap", "reuters", "bbc"))
    assert corroborated.risk_score < alone.risk_score
    ladder = scorer.config.severity.tiers
    assert ladder.index(corroborated.severity) < ladder.index(alone.severity)

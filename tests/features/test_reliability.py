"""Graded reliability features: the footing over independent origins and the weakest source."""

from __future__ import annotations

import math

import pytest

from scoring.features import extract_features
from scoring.outlets import Outlet, OutletTable, Resolver, bundled_table, default_resolver
from scoring.records import Story

from .builders import cite, story

# Label-only outlets of the fixture table stand for their band defaults.
HIGH, MIXED, LOW = 0.85, 0.55, 0.20
POST = (
    "Prisoners crossed the border on foot. pic.twitter.com/AbC123 — RT (@RT_com) September 11, 2025"
)


def _values(resolver: Resolver, s: Story) -> tuple[float, float]:
    f = extract_features(s, resolver)
    return f["reliability_footing"], f["reliability_min"]


def test_no_citations_no_score(resolver: Resolver) -> None:
    footing, weakest = _values(resolver, story())
    assert math.isnan(footing)
    assert math.isnan(weakest)


def test_unknown_outlets_carry_no_score(resolver: Resolver) -> None:
    s = story(cite("Blog", "https://someblog.example/post"), cite("AP", "https://apnews.com/a"))
    assert _values(resolver, s) == (HIGH, HIGH)


def test_one_source(resolver: Resolver) -> None:
    s = story(cite("Gateway Pundit", "https://www.thegatewaypundit.com/2025/09/x/"))
    assert _values(resolver, s) == (LOW, LOW)


def test_copies_of_one_weak_story_are_one_origin(resolver: Resolver) -> None:
    # Five citations of one outlet and one AP article: two origins, not six sources.
    weak = [
        cite("Gateway Pundit", f"https://www.thegatewaypundit.com/2025/09/story-{i}/")
        for i in range(5)
    ]
    s = story(*weak, cite("AP", "https://apnews.com/article/belarus"))
    footing, weakest = _values(resolver, s)
    assert footing == pytest.approx((LOW + HIGH) / 2)
    assert weakest == LOW


def test_an_origin_takes_its_best_member(resolver: Resolver) -> None:
    # The Sun (mixed) and the WSJ (high) share an owner: one origin, at the WSJ's score.
    s = story(
        cite("The Sun", "https://www.thesun.co.uk/news/1/belarus/"),
        cite("WSJ", "https://www.wsj.com/world/europe/belarus"),
    )
    assert _values(resolver, s) == (HIGH, MIXED)


def test_embedded_outlet_counts_with_its_score(resolver: Resolver) -> None:
    s = story(cite("AP", "https://apnews.com/article/belarus"), body=f"Text. {POST}")
    f = extract_features(s, resolver)
    assert [e.outlet_id for e in f.embeds] == ["rt"]
    assert f["reliability_footing"] == pytest.approx((HIGH + LOW) / 2)
    assert f["reliability_min"] == LOW


def test_an_embedded_outlet_also_cited_counts_once(resolver: Resolver) -> None:
    s = story(cite("RT", "https://www.rt.com/news/1-belarus/"), body=f"Text. {POST}")
    assert _values(resolver, s) == (LOW, LOW)


def test_a_graded_score_orders_what_labels_tie() -> None:
    # On the bundled table, Reuters and a local daily share the label high but not the score.
    resolver = default_resolver()
    table = bundled_table()
    reuters, local = table.get("reuters"), table.get("indystar")
    assert reuters is not None
    assert local is not None
    assert reuters.reliability == local.reliability == "high"
    wire = _values(resolver, story(cite("Reuters", "https://www.reuters.com/world/x-2025-09-11/")))
    daily = _values(resolver, story(cite("IndyStar", "https://www.indystar.com/story/news/x/")))
    assert wire[0] == reuters.reliability_score
    assert daily[0] == local.reliability_score
    assert wire[0] > daily[0]


def test_shares_follow_the_band_of_the_score() -> None:

    # A hand-built outlet whose label lags its score counts where the score puts it.
    odd = Outlet(
        id="odd",
        name="Odd",
        domains=("oddnews.com",),
        category="mainstream",
        reliability="high",
        reliability_score=0.3,
    )
    f = extract_features(
        story(cite("Odd", "https://oddnews.com/a")), Resolver(OutletTable.from_outlets([odd]))
    )
    assert (f["high_reliability_share"], f["low_reliability_share"]) == (0.0, 1.0)
    assert f["reliability_min"] == 0.3

"""Outlets named as sources in the body."""

from __future__ import annotations

import pytest

from scoring.features import extract_features
from scoring.features.attribution import _index, attribution_features, find_attributions
from scoring.outlets import OutletTable, Resolver
from scoring.records import Story

from .builders import cite, story


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", []),
        ("Lukashenko released 52 prisoners on Thursday.", []),
        ("Reuters reported: “Trump called on Lukashenko.”", [("reuters", "Reuters", "reported")]),
        (
            "according to the Associated Press, 52 were freed",
            [("ap", "Associated Press", "according to")],
        ),
        ("according to The Associated Press.", [("ap", "Associated Press", "according to")]),
        ("Belta quoted John Coale as saying", [("belta", "Belta", "quoted")]),
        ("the envoy told CNN on Friday", [("cnn", "CNN", "told")]),
        ("as Fox News reports, the talks", [("fox-news", "Fox News", "reports")]),
        ("the footage, via BBC News, shows", [("bbc", "BBC News", "via")]),
        ("state news agency Belta said those released", [("belta", "Belta", "said")]),
        ("The Wall Street Journal reported the deal", [("wsj", "Wall Street Journal", "reported")]),
        ("according to Russia Today", [("rt", "Russia Today", "according to")]),
        # Proper names are case-sensitive: "the sun said" is not The Sun.
        ("the sun said nothing; reuters reported nothing", []),
        # Not an outlet, or no attribution phrase.
        ("(according to Donald J. Trump) he is respected", []),
        ("Reuters and CNN covered the talks", []),
        (
            "Reuters reported it, and CNN said so too.",
            [("reuters", "Reuters", "reported"), ("cnn", "CNN", "said")],
        ),
    ],
)
def test_find_attributions(
    table: OutletTable, body: str, expected: list[tuple[str, str, str]]
) -> None:
    got = find_attributions(body, table)
    assert [(a.outlet_id, a.name, a.phrase) for a in got] == expected
    for a in got:
        assert body[a.start : a.start + len(a.name)] == a.name


def test_seed_attributes_reuters_and_belta(seed: Story, resolver: Resolver) -> None:
    features = extract_features(seed, resolver)
    assert {a.outlet_id for a in features.attributions} == {"reuters", "belta"}
    assert features["attributed_sources"] == 2.0
    assert features["attributed_uncited_sources"] == 2.0


def test_cited_outlets_are_not_uncited(resolver: Resolver) -> None:
    s = story(
        cite("Reuters", "https://www.reuters.com/world/europe/belarus-2025-09-11/"),
        body="Reuters reported the release. Belta quoted the envoy.",
    )
    features = extract_features(s, resolver)
    assert features["attributed_sources"] == 2.0
    assert features["attributed_uncited_sources"] == 1.0
    assert features["citation_count"] == 1.0


def test_attribution_features_count_distinct_outlets() -> None:
    assert attribution_features([], []) == {
        "attributed_sources": 0.0,
        "attributed_uncited_sources": 0.0,
    }


def test_name_index_is_built_once_per_table(table: OutletTable) -> None:
    assert _index(table) is _index(table)
    other = OutletTable.from_outlets(list(table))
    assert _index(other) is not _index(table)
    assert find_attributions("Reuters reported", OutletTable.from_outlets([])) == ()

"""Slant, reliability, state affiliation, category and country mix."""

from __future__ import annotations

import math

import pytest

from scoring.features import extract_features
from scoring.features.slant import SLANT_SHARES, slant_entropy
from scoring.outlets import Resolver
from scoring.outlets.model import CATEGORIES

from .builders import cite, story

JACOBIN = cite("Jacobin", "https://jacobin.com/2025/09/belarus-prisoners-release")
GUARDIAN = cite("The Guardian", "https://www.theguardian.com/world/2025/sep/11/belarus")
WSJ = cite("WSJ", "https://www.wsj.com/world/europe/belarus-prisoners-7c1b2a")
NYPOST = cite("New York Post", "https://nypost.com/2025/09/11/world-news/lukashenko/")
PUNDIT = cite(
    "The Gateway Pundit",
    "https://www.thegatewaypundit.com/2025/09/win-diplomacy-belarus-lukashenko-releases/",
)
AP = cite("AP", "https://apnews.com/article/belarus-prisoners-0f1e2d")
REUTERS = cite("Reuters", "https://www.reuters.com/world/europe/belarus-2025-09-11/")
UNKNOWN = cite("Charter 97", "https://charter97.org/en/news/2025/9/11/1/")
RT = cite("RT", "https://www.rt.com/news/624000-lukashenko-prisoners/")
BELTA = cite("Belta", "https://eng.belta.by/president/view/lukashenko-1")
CNN = cite("CNN", "https://www.cnn.com/2025/09/11/europe/belarus-prisoners")
RT_POST = (
    "Minsk talks. Envoy met Lukashenko pic.twitter.com/dLFZKkTzpK — RT (@RT_com) September 11, 2025"
)
CNN_POST = "Watch. Prisoners cross into Lithuania — CNN (@CNN) September 11, 2025"

LN5 = math.log(5)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], 0.0),
        ([2], 0.0),
        ([2, 2, 2], 0.0),
        ([-2, 2], math.log(2) / LN5),
        ([-2, -1, 0, 1, 2], 1.0),
        ([-1, -1, 1, 1, 0], (-0.4 * math.log(0.4) * 2 - 0.2 * math.log(0.2)) / LN5),
    ],
)
def test_slant_entropy(values: list[int], expected: float) -> None:
    assert slant_entropy(values) == pytest.approx(expected)


# name -> expected, for each story; names not listed are checked to be 0.
@pytest.mark.parametrize(
    ("citations", "body", "expected"),
    [
        (
            (),
            "",
            {"slant_mean": math.nan},
        ),
        (
            (JACOBIN, GUARDIAN, WSJ, NYPOST, PUNDIT),
            "",
            {
                "slant_left_share": 0.2,
                "slant_lean_left_share": 0.2,
                "slant_center_share": 0.2,
                "slant_lean_right_share": 0.2,
                "slant_right_share": 0.2,
                "slant_entropy": 1.0,
                "slant_spread": 4.0,
                "slant_mean": 0.0,
                "both_sides": 1.0,
                "high_reliability_share": 0.4,
                "mixed_reliability_share": 0.4,
                "low_reliability_share": 0.2,
                "category_partisan_share": 0.4,
                "category_mainstream_share": 0.4,
                "category_tabloid_share": 0.2,
                "country_count": 2.0,
            },
        ),
        (
            (PUNDIT, NYPOST),
            "",
            {
                "slant_lean_right_share": 0.5,
                "slant_right_share": 0.5,
                "slant_entropy": math.log(2) / LN5,
                "slant_spread": 1.0,
                "slant_mean": 1.5,
                "one_sided": 1.0,
                "mixed_reliability_share": 0.5,
                "low_reliability_share": 0.5,
                "category_partisan_share": 0.5,
                "category_tabloid_share": 0.5,
                "country_count": 1.0,
            },
        ),
        (
            (AP, UNKNOWN, GUARDIAN),
            "",
            {
                "slant_none_share": 1 / 3,
                "slant_unknown_share": 1 / 3,
                "slant_lean_left_share": 1 / 3,
                "slant_mean": -1.0,
                "one_sided": 1.0,
                "high_reliability_share": 2 / 3,
                "unrated_reliability_share": 1 / 3,
                "category_wire_share": 1 / 3,
                "category_mainstream_share": 1 / 3,
                "country_count": 2.0,
            },
        ),
        (
            (AP, REUTERS),
            "",
            {
                "slant_none_share": 1.0,
                "slant_mean": math.nan,
                "high_reliability_share": 1.0,
                "category_wire_share": 1.0,
                "country_count": 2.0,
            },
        ),
        (
            (RT, BELTA, REUTERS, UNKNOWN),
            "",
            {
                "slant_unknown_share": 0.75,
                "slant_none_share": 0.25,
                "slant_mean": math.nan,
                "high_reliability_share": 0.25,
                "low_reliability_share": 0.5,
                "unrated_reliability_share": 0.25,
                "state_media_share": 0.5,
                "category_state_affiliated_share": 0.5,
                "category_wire_share": 0.25,
                "country_count": 3.0,
            },
        ),
        # Embedded RT and CNN posts are two more source units beside the citation.
        (
            (PUNDIT,),
            f"{RT_POST} {CNN_POST}",
            {
                "slant_right_share": 1 / 3,
                "slant_lean_left_share": 1 / 3,
                "slant_unknown_share": 1 / 3,
                "slant_entropy": math.log(2) / LN5,
                "slant_spread": 3.0,
                "slant_mean": 0.5,
                "both_sides": 1.0,
                "high_reliability_share": 1 / 3,
                "low_reliability_share": 2 / 3,
                "state_media_share": 1 / 3,
                "category_partisan_share": 1 / 3,
                "category_mainstream_share": 1 / 3,
                "category_state_affiliated_share": 1 / 3,
                "country_count": 2.0,
                "embedded_outlet_count": 2.0,
                "embedded_state_media": 1.0,
            },
        ),
        # An embedded outlet that is also cited is not counted twice.
        (
            (PUNDIT, CNN),
            f"{CNN_POST} {CNN_POST}",
            {
                "slant_right_share": 0.5,
                "slant_lean_left_share": 0.5,
                "slant_entropy": math.log(2) / LN5,
                "slant_spread": 3.0,
                "slant_mean": 0.5,
                "both_sides": 1.0,
                "high_reliability_share": 0.5,
                "low_reliability_share": 0.5,
                "category_partisan_share": 0.5,
                "category_mainstream_share": 0.5,
                "country_count": 1.0,
                "embedded_outlet_count": 1.0,
            },
        ),
    ],
)
def test_mix_features(
    resolver: Resolver, citations: tuple[object, ...], body: str, expected: dict[str, float]
) -> None:
    values = extract_features(story(*citations, body=body), resolver).to_dict()  # type: ignore[arg-type]
    names = [
        *(name for _, name in SLANT_SHARES),
        "slant_unknown_share",
        "slant_entropy",
        "slant_spread",
        "slant_mean",
        "both_sides",
        "one_sided",
        "high_reliability_share",
        "mixed_reliability_share",
        "low_reliability_share",
        "unrated_reliability_share",
        "state_media_share",
        *(f"category_{c.replace('-', '_')}_share" for c in CATEGORIES),
        "country_count",
        "embedded_outlet_count",
        "embedded_state_media",
    ]
    for name in names:
        want = expected.get(name, 0.0)
        got = values[name]
        if math.isnan(want):
            assert math.isnan(got), name
        else:
            assert got == pytest.approx(want), name
    units = len(citations) + values["embedded_outlet_count"] - (1 if CNN in citations else 0)
    assert values["source_units"] == units

"""Citation diversity and independent origins, on hand-built stories."""

from __future__ import annotations

import math

import pytest

from scoring.features import extract_features
from scoring.features.diversity import (
    body_wire_credits,
    concentration,
    hill_number,
    normalized_entropy,
)
from scoring.outlets import Resolver

from .builders import cite, story

SLUG = "belarus-frees-52-prisoners-after-appeal-from-trump"
NEWS_CORP = (
    cite("The Wall Street Journal", "https://www.wsj.com/world/europe/belarus-prisoners-7c1b2a"),
    cite("New York Post", "https://nypost.com/2025/09/11/world-news/lukashenko-frees-prisoners/"),
    cite("The Times", "https://www.thetimes.com/world/europe/article/belarus-lukashenko-x9"),
    cite("The Sun", "https://www.thesun.co.uk/news/3601234/belarus-prisoners-freed/"),
    cite("The Australian", "https://www.theaustralian.com.au/world/belarus-frees-prisoners/"),
)
# One AP story on five local sites of five different owners, same slug.
AP_ON_LOCALS = tuple(
    cite(name, f"https://www.{host}/news/world/{SLUG}/{n}")
    for n, (name, host) in enumerate(
        [
            ("Star Tribune", "startribune.com"),
            ("The Seattle Times", "seattletimes.com"),
            ("The Boston Globe", "bostonglobe.com"),
            ("Houston Chronicle", "houstonchronicle.com"),
            ("Tampa Bay Times", "tampabay.com"),
        ]
    )
)
GANNETT_AP = tuple(
    cite(f"{name} (AP)", f"https://www.{host}/story/news/world/2025/09/11/{n}/")
    for n, (name, host) in enumerate(
        [
            ("USA Today", "usatoday.com"),
            ("The Arizona Republic", "azcentral.com"),
            ("Detroit Free Press", "freep.com"),
            ("The Indianapolis Star", "indystar.com"),
            ("The Tennessean", "tennessean.com"),
        ]
    )
)
AP_DATELINE = "MINSK, Belarus (AP) — Belarus freed 52 prisoners on Thursday."


@pytest.mark.parametrize(
    ("counts", "entropy", "hill", "hhi"),
    [
        ([], 0.0, 0.0, 0.0),
        ([1], 0.0, 1.0, 1.0),
        ([5], 0.0, 1.0, 1.0),
        ([1, 1], 1.0, 2.0, 0.5),
        # H = 1.5 ln 2, ln 4 = 2 ln 2; Hill = 2 ** 1.5; HHI = 1/4 + 1/16 + 1/16.
        ([2, 1, 1], 0.75, 2**1.5, 0.375),
        # Two outlets, ten citations: ln 2 / ln 10.
        ([5, 5], math.log(2) / math.log(10), 2.0, 0.5),
        ([0, 3], 0.0, 1.0, 1.0),
    ],
)
def test_concentration_measures(counts: list[int], entropy: float, hill: float, hhi: float) -> None:
    assert normalized_entropy(counts) == pytest.approx(entropy)
    assert hill_number(counts) == pytest.approx(hill)
    assert concentration(counts) == pytest.approx(
        (hhi, 1.0 - hhi if counts and sum(counts) else 0.0)
    )


def test_empty_story_has_zero_counts_and_undefined_time_span(resolver: Resolver) -> None:
    values = extract_features(story(), resolver).to_dict()
    for name in (
        "citation_count",
        "unique_urls",
        "unique_hosts",
        "unique_domains",
        "unique_outlets",
        "unknown_outlet_share",
        "domain_entropy",
        "outlet_entropy",
        "outlet_hhi",
        "gini_simpson",
        "effective_sources",
        "independent_sources",
        "independent_effective_sources",
        "wire_share",
    ):
        assert values[name] == 0.0, name
    assert math.isnan(values["time_span_hours"])


def test_single_citation(resolver: Resolver) -> None:
    f = extract_features(
        story(cite("Reuters", "https://www.reuters.com/world/europe/belarus-2025-09-11/")),
        resolver,
    )
    assert f["citation_count"] == 1.0
    assert f["unique_outlets"] == 1.0
    assert f["outlet_entropy"] == 0.0
    assert f["outlet_hhi"] == 1.0
    assert f["gini_simpson"] == 0.0
    assert f["effective_sources"] == 1.0
    assert f["independent_sources"] == 1.0
    assert f["wire_share"] == 1.0


def test_mixed_story_worked_by_hand(resolver: Resolver) -> None:
    f = extract_features(
        story(
            cite("Reuters", "https://www.reuters.com/world/europe/belarus-frees-prisoners/"),
            cite("Reuters", "https://www.reuters.com/world/us/coale-minsk-embassy/"),
            cite("AP News", "https://apnews.com/article/belarus-prisoners-0f1e2d"),
            cite("The Guardian", "https://www.theguardian.com/world/2025/sep/11/belarus"),
        ),
        resolver,
    )
    assert f["citation_count"] == 4.0
    assert f["unique_urls"] == 4.0
    assert f["unique_hosts"] == 3.0
    assert f["unique_domains"] == 3.0
    assert f["unique_outlets"] == 3.0
    assert f["unknown_outlet_share"] == 0.0
    assert f["outlet_entropy"] == pytest.approx(0.75)
    assert f["domain_entropy"] == pytest.approx(0.75)
    assert f["outlet_hhi"] == pytest.approx(0.375)
    assert f["gini_simpson"] == pytest.approx(0.625)
    assert f["effective_sources"] == pytest.approx(2**1.5)
    assert f["independent_sources"] == 3.0
    assert f["independent_effective_sources"] == pytest.approx(2**1.5)
    assert f["wire_share"] == pytest.approx(0.75)


def test_five_news_corp_titles_are_one_origin(resolver: Resolver) -> None:
    f = extract_features(story(*NEWS_CORP), resolver)
    assert (f["unique_domains"], f["unique_outlets"]) == (5.0, 5.0)
    assert f["effective_sources"] == pytest.approx(5.0)
    assert f["independent_sources"] == 1.0
    assert f["independent_effective_sources"] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("citations", "body", "independent", "wire_share"),
    [
        # Same slug on five domains, AP dateline in the body: one AP origin.
        (AP_ON_LOCALS, AP_DATELINE, 1.0, 1.0),
        # Same slug, no credit: still one article, but not known to be a wire's.
        (AP_ON_LOCALS, "", 1.0, 0.0),
        # The AP original among the copies lends its wire to the slug group.
        (
            (cite("AP", f"https://apnews.com/article/{SLUG}"), *AP_ON_LOCALS),
            "",
            1.0,
            1.0,
        ),
        # Wire credited in the citation names, no shared slug.
        (GANNETT_AP, "", 1.0, 1.0),
        # Wire marker in the URL path of five unrelated unknown sites.
        (
            tuple(
                cite(f"Local {n}", f"https://www.local{n}-news.com/ap/world/{n}") for n in range(5)
            ),
            "",
            1.0,
            1.0,
        ),
        # The same five sites without any wire sign are five origins.
        (
            tuple(cite(f"Local {n}", f"https://www.local{n}-news.com/world/{n}") for n in range(5)),
            "",
            5.0,
            0.0,
        ),
    ],
)
def test_wire_copies_collapse(
    resolver: Resolver,
    citations: tuple[object, ...],
    body: str,
    independent: float,
    wire_share: float,
) -> None:
    f = extract_features(story(*citations, body=body), resolver)  # type: ignore[arg-type]
    assert f["independent_sources"] == independent
    assert f["wire_share"] == wire_share


def test_a_body_credit_does_not_absorb_an_outlet_of_its_own(resolver: Resolver) -> None:
    f = extract_features(
        story(
            cite("AP", f"https://apnews.com/article/{SLUG}"),
            cite("The Guardian", "https://www.theguardian.com/world/2025/sep/11/belarus"),
            body=AP_DATELINE,
        ),
        resolver,
    )
    assert f["independent_sources"] == 2.0
    assert f["wire_share"] == 0.5
    assert [s.wire for s in f.sources] == ["AP", None]


def test_gannett_titles_collapse_by_owner_even_without_wire_sign(resolver: Resolver) -> None:
    plain = tuple(cite(c.name.removesuffix(" (AP)"), c.url) for c in GANNETT_AP)
    f = extract_features(story(*plain), resolver)
    assert f["unique_outlets"] == 5.0
    assert f["independent_sources"] == 1.0
    assert f["wire_share"] == 0.0


def test_wire_copies_join_the_wire_and_others_stay_apart(resolver: Resolver) -> None:
    f = extract_features(
        story(
            cite("AP", "https://apnews.com/article/belarus-0f1e2d"),
            *GANNETT_AP,
            cite("The Guardian", "https://www.theguardian.com/world/2025/sep/11/belarus"),
            cite("Jacobin", "https://jacobin.com/2025/09/belarus-prisoners"),
        ),
        resolver,
    )
    origins = {s.origin for s in f.sources}
    assert f["independent_sources"] == 3.0
    assert origins == {"associated press", "outlet:guardian", "outlet:jacobin"}
    assert f["wire_share"] == pytest.approx(6 / 8)


def test_editions_and_subdomains_collapse(resolver: Resolver) -> None:
    f = extract_features(
        story(
            cite("CNN", "https://www.cnn.com/2025/09/11/europe/belarus-prisoners"),
            cite("CNN International", "https://edition.cnn.com/2025/09/11/europe/belarus"),
            cite("Belta", "https://eng.belta.by/president/view/lukashenko-1"),
            cite("Belta", "https://belta.by/president/view/lukashenko-2"),
            cite("Charter 97", "https://news.charter97.org/en/news/2025/9/11/1/"),
            cite("Charter 97", "https://charter97.org/en/news/2025/9/11/2/"),
        ),
        resolver,
    )
    assert f["unique_hosts"] == 6.0
    assert f["unique_domains"] == 3.0
    assert f["unique_outlets"] == 3.0
    assert f["unknown_outlet_share"] == pytest.approx(2 / 6)
    assert f["independent_sources"] == 3.0


@pytest.mark.parametrize(
    ("stamps", "hours"),
    [
        ((None, None), math.nan),
        (("2025-09-12T12:00:56", None), 0.0),
        (("2025-09-12T12:00:56", "2025-09-12T18:30:56"), 6.5),
        (("2025-09-13T12:00:00", "2025-09-11T12:00:00", "2025-09-12T00:00:00"), 48.0),
        # Naive times are read as UTC: 12:00Z to 14:00+01:00 (13:00Z) is one hour.
        (("2025-09-12T12:00:00", "2025-09-12T14:00:00+01:00"), 1.0),
    ],
)
def test_time_span(resolver: Resolver, stamps: tuple[str | None, ...], hours: float) -> None:
    citations = [
        cite("Reuters", f"https://www.reuters.com/world/{n}", s) for n, s in enumerate(stamps)
    ]
    value = extract_features(story(*citations), resolver)["time_span_hours"]
    assert (math.isnan(value) and math.isnan(hours)) or value == pytest.approx(hours)


@pytest.mark.parametrize(
    ("body", "wires"),
    [
        ("", set()),
        ("MINSK, Belarus (AP) — Belarus freed 52 prisoners.", {"AP"}),
        ("VILNIUS (Reuters) - Freed prisoners crossed into Lithuania.", {"Reuters"}),
        ("By ASSOCIATED PRESS\nMINSK — Talks ended.", {"AP"}),
        ("By The Associated Press. Talks ended.", {"AP"}),
        ("Reuters reported the release.", set()),
        ("He said (AP) was wrong", set()),
        ("Apple (APPL) — shares fell", set()),
    ],
)
def test_body_wire_credits(body: str, wires: set[str]) -> None:
    assert body_wire_credits(body) == wires

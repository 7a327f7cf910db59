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
from scoring.features.wires import body_credits
from scoring.outlets import Resolver
from scoring.records import Citation

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
        ("Oil rose, traders said. — Reuters", {"Reuters"}),
    ],
)
def test_body_wire_credits(body: str, wires: set[str]) -> None:
    assert body_wire_credits(body) == wires


@pytest.mark.parametrize(
    ("body", "wires", "dispatch"),
    [
        ("", set(), None),
        ("LONDON (Reuters) - Oil prices jumped more than 4% on Tuesday.", {"Reuters"}, "Reuters"),
        ("PARIS (AFP) - Rail workers walked out.", {"AFP"}, "AFP"),
        ("By ASSOCIATED PRESS\nMINSK — Talks ended.", {"AP"}, "AP"),
        # A credit line closing the body.
        ("Oil prices jumped on Tuesday, traders said.\n\n— Reuters\n", {"Reuters"}, "Reuters"),
        ("Oil prices jumped on Tuesday, traders said. —Reuters", {"Reuters"}, "Reuters"),
        # An attribution in running text is no credit.
        ("CHICAGO — Oil prices jumped on Tuesday, Reuters reported.", set(), None),
        # A dateline quoted deep in an outlet's own story credits the wire, but the body
        # is not that wire's dispatch.
        ("Traders braced for a shock. " * 10 + "LONDON (Reuters) - Oil jumped.", {"Reuters"}, None),
        # Two wires credited: whose dispatch it is cannot be told.
        (
            "MINSK (AP) — Talks ended.\n\nVILNIUS (Reuters) - Prisoners crossed.",
            {"AP", "Reuters"},
            None,
        ),
        # A hyphen closes the body as a credit only after a space, not inside a name.
        ("Shares of Thomson-Reuters rose", set(), None),
    ],
)
def test_body_credits_and_dispatch(body: str, wires: set[str], dispatch: str | None) -> None:
    credits = body_credits(body)
    assert (set(credits.wires), credits.dispatch) == (wires, dispatch)


# A Reuters dispatch carried by two regional papers under shortened headlines.
OIL_REUTERS = cite(
    "Reuters",
    "https://www.reuters.com/business/energy/oil-prices-jump-after-attack-gulf-tanker-2025-06-24/",
)
OIL_TRIBUNE = cite(
    "Chicago Tribune",
    "https://www.chicagotribune.com/2025/06/24/oil-prices-jump-gulf-tanker-attack/",
)
OIL_LATIMES = cite(
    "Los Angeles Times", "https://www.latimes.com/business/story/2025-06-24/oil-prices-gulf-tanker"
)
OIL_DISPATCH = (
    "LONDON (Reuters) - Oil prices jumped more than 4% on Tuesday after a tanker was struck "
    "in the Gulf of Oman.\n\nBrent crude futures rose $3.10 to $79.40 a barrel."
)
# Gannett papers file AP copy under /story/news/nation/, a Star Tribune one under
# /news/nation-world/; the slugs differ or are article ids.
NATION_SECTION = (
    *(
        cite(name, f"https://www.{host}/story/news/nation/2025/10/02/hurricane-imelda/{n}/")
        for n, (name, host) in enumerate(
            [("Detroit Free Press", "freep.com"), ("The Arizona Republic", "azcentral.com")]
        )
    ),
    cite("Star Tribune", "https://www.startribune.com/news/nation-world/article_6c6c1756.html"),
)
HURRICANE_DISPATCH = (
    "WILMINGTON, N.C. (AP) — Hurricane Imelda weakened to a tropical storm on Thursday "
    "after pushing ashore near Wilmington."
)


@pytest.mark.parametrize(
    ("citations", "body", "origins", "wire_share"),
    [
        # Slug words of the Tribune (6 of 6: oil prices jump gulf tanker attack) and of the
        # Times (4 of 4) all sit in Reuters' slug: both carry the dispatch. One origin.
        ((OIL_REUTERS, OIL_TRIBUNE, OIL_LATIMES), OIL_DISPATCH, {"thomson reuters"}, 1.0),
        # The same three citations under the papers' own story that only quotes the
        # wire: no dispatch, three origins, one of them a wire.
        (
            (OIL_REUTERS, OIL_TRIBUNE, OIL_LATIMES),
            "CHICAGO — Oil prices jumped more than 4% on Tuesday, Reuters reported, "
            "and local refiners warned of higher pump prices.",
            {"thomson reuters", "alden global capital", "california times"},
            1 / 3,
        ),
        # The dispatch names the Times as a source: it speaks for itself.
        (
            (OIL_REUTERS, OIL_TRIBUNE, OIL_LATIMES),
            OIL_DISPATCH + " Shippers are rerouting, an insurer told the Los Angeles Times.",
            {"thomson reuters", "california times"},
            2 / 3,
        ),
        # The Guardian's own report shares four topic words with the wire's short slug,
        # but only 4 of its 7 words (< 3/4): not a copy.
        (
            (
                cite("Reuters", "https://www.reuters.com/business/gulf-tanker-attack-lifts-oil/"),
                cite(
                    "The Guardian",
                    "https://www.theguardian.com/business/2025/jun/24/"
                    "oil-tanker-attack-gulf-insurers-shipping-costs",
                ),
            ),
            OIL_DISPATCH,
            {"thomson reuters", "outlet:guardian"},
            0.5,
        ),
        # Carriers filed in a wire-copy section, no wire cited: Gannett and the Star
        # Tribune are two origins by owner, one under the AP dispatch.
        (NATION_SECTION, HURRICANE_DISPATCH, {"associated press"}, 1.0),
        (NATION_SECTION, "", {"gannett", "star tribune media"}, 0.0),
        # A wire and a state outlet are never carriers, whatever their URLs say.
        (
            (
                cite("AFP", "https://www.afp.com/en/news/nation-world/hurricane-imelda-weakens"),
                cite("Belta", "https://eng.belta.by/nation/view/hurricane-imelda-1/"),
                *NATION_SECTION,
            ),
            HURRICANE_DISPATCH,
            {"associated press", "outlet:afp", "outlet:belta"},
            4 / 5,
        ),
    ],
)
def test_carriers_of_a_wire_dispatch_collapse_into_the_wire(
    resolver: Resolver,
    citations: tuple[Citation, ...],
    body: str,
    origins: set[str],
    wire_share: float,
) -> None:
    f = extract_features(story(*citations, body=body), resolver)
    assert {s.origin for s in f.sources} == origins
    assert f["independent_sources"] == float(len(origins))
    assert f["wire_share"] == pytest.approx(wire_share)

"""The public surface of feature extraction, its properties, and the seed.

Features, to_dict, the frame helper, the transformer; metamorphic properties over random
stories; the seed against the bundled outlet table.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import scoring
import scoring.outlets
from scoring.errors import ScoringError
from scoring.features import (
    FEATURE_NAMES,
    NAN_FEATURES,
    PLATFORMS,
    FeatureTransformer,
    extract_features,
    features_frame,
)
from scoring.outlets import Resolver
from scoring.outlets.model import CATEGORIES
from scoring.records import Story

from .builders import cite, load_seed, story

REQUIRED = [
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
    "slant_left_share",
    "slant_lean_left_share",
    "slant_center_share",
    "slant_lean_right_share",
    "slant_right_share",
    "slant_none_share",
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
    "country_count",
    "time_span_hours",
    "social_embed_count",
    "social_embed_ratio",
    "embedded_outlet_count",
    "embedded_state_media",
    "attributed_sources",
    "attributed_uncited_sources",
]
BOUNDED = {
    "unknown_outlet_share",
    "domain_entropy",
    "outlet_entropy",
    "outlet_hhi",
    "gini_simpson",
    "slant_entropy",
    "social_embed_ratio",
    "both_sides",
    "one_sided",
    "embedded_state_media",
}
FLAGS = {"both_sides", "one_sided", "embedded_state_media"}

# name, host, path: outlets of the test table plus unknown sites, for random stories.
POOL = [
    ("Reuters", "www.reuters.com", "world/europe/belarus-{n}"),
    ("AP", "apnews.com", "article/belarus-{n}"),
    ("The Guardian", "www.theguardian.com", "world/2025/sep/11/belarus-{n}"),
    ("Jacobin", "jacobin.com", "2025/09/belarus-{n}"),
    ("CNN", "edition.cnn.com", "2025/09/11/europe/{n}"),
    ("WSJ", "www.wsj.com", "world/{n}"),
    ("New York Post", "nypost.com", "2025/09/11/world-news/{n}/"),
    ("The Sun", "www.thesun.co.uk", "news/{n}/"),
    ("USA Today", "www.usatoday.com", "story/news/world/{n}/"),
    ("Star Tribune", "www.startribune.com", "news/{n}"),
    ("The Gateway Pundit", "www.thegatewaypundit.com", "2025/09/{n}/"),
    ("RT", "www.rt.com", "news/{n}-lukashenko/"),
    ("Belta", "eng.belta.by", "president/view/{n}"),
    ("Charter 97", "charter97.org", "en/news/2025/9/11/{n}/"),
    ("Nasha Niva", "nashaniva.com", "en/{n}"),
    # Regional carriers filed in wire-copy sections, slugs copying the AP headline.
    ("Houston Chronicle", "www.houstonchronicle.com", "news/nation-world/article/{n}.php"),
    ("Tampa Bay Times", "www.tampabay.com", "news/world/belarus-frees-52-prisoners-{n}/"),
]
STAMPS = [None, "2025-09-11T08:00:00", "2025-09-12T12:00:56", "2025-09-12T18:30:00+02:00"]
BODIES = [
    "",
    "Reuters reported the release. Belta quoted the envoy.",
    "Minsk. Envoy met Lukashenko pic.twitter.com/dLFZKkTzpK — RT (@RT_com) September 11, 2025",
    "MINSK (AP) — Belarus freed 52 prisoners, the envoy told CNN.",
    "VILNIUS (Reuters) - Belarus freed 52 prisoners, Belta said.",
]

citations_st = st.lists(
    st.tuples(st.integers(0, len(POOL) - 1), st.integers(0, 3), st.sampled_from(STAMPS)).map(
        lambda t: cite(
            POOL[t[0]][0], f"https://{POOL[t[0]][1]}/{POOL[t[0]][2].format(n=t[1])}", t[2]
        )
    ),
    max_size=10,
)
stories_st = st.builds(
    lambda cs, body: story(*cs, body=body), citations_st, st.sampled_from(BODIES)
)


def _same(a: dict[str, float], b: dict[str, float]) -> bool:
    return all((math.isnan(a[k]) and math.isnan(b[k])) or a[k] == pytest.approx(b[k]) for k in a)


def test_feature_names_cover_the_agreed_set_in_a_fixed_order() -> None:
    assert len(set(FEATURE_NAMES)) == len(FEATURE_NAMES)
    assert set(REQUIRED) <= set(FEATURE_NAMES)
    for category in CATEGORIES:
        assert f"category_{category.replace('-', '_')}_share" in FEATURE_NAMES
    for platform in PLATFORMS:
        assert f"social_embed_{platform}_count" in FEATURE_NAMES
    assert FEATURE_NAMES[0] == "citation_count"
    assert set(FEATURE_NAMES) >= NAN_FEATURES


@settings(max_examples=150, deadline=None)
@given(stories_st)
def test_values_are_floats_in_range(resolver: Resolver, s: Story) -> None:
    values = extract_features(s, resolver).to_dict()
    assert list(values) == list(FEATURE_NAMES)
    for name, value in values.items():
        assert isinstance(value, float), name
        if math.isnan(value):
            assert name in NAN_FEATURES, name
            continue
        assert value >= 0.0 or name == "slant_mean", name
        if name.endswith("_share") or name in BOUNDED:
            assert value <= 1.0 + 1e-12, name
        if name in FLAGS:
            assert value in (0.0, 1.0), name
    assert -2.0 <= values["slant_mean"] <= 2.0 or math.isnan(values["slant_mean"])
    assert values["slant_spread"] <= 4.0
    slant_total = sum(
        v for k, v in values.items() if k.startswith("slant_") and k.endswith("_share")
    )
    if values["source_units"]:
        assert slant_total == pytest.approx(1.0)
        reliability = ("high", "mixed", "low", "unrated")
        assert sum(values[f"{r}_reliability_share"] for r in reliability) == pytest.approx(1.0)
    assert values["independent_sources"] <= values["citation_count"]
    assert values["independent_effective_sources"] <= values["effective_sources"] + 1e-9
    assert values["effective_sources"] <= values["unique_outlets"] + 1e-9


@settings(max_examples=150, deadline=None)
@given(stories_st, st.randoms(use_true_random=False))
def test_reordering_citations_changes_nothing(
    resolver: Resolver, s: Story, rnd: random.Random
) -> None:
    shuffled = list(s.citations)
    rnd.shuffle(shuffled)
    moved = s.model_copy(update={"citations": tuple(shuffled)})
    assert _same(
        extract_features(s, resolver).to_dict(), extract_features(moved, resolver).to_dict()
    )


@settings(max_examples=150, deadline=None)
@given(stories_st, st.integers(0, 9))
def test_duplicating_a_citation_does_not_raise_independent_sources(
    resolver: Resolver, s: Story, pick: int
) -> None:
    if not s.citations:
        return
    dup = s.citations[pick % len(s.citations)]
    doubled = s.model_copy(update={"citations": (*s.citations, dup)})
    before = extract_features(s, resolver)
    after = extract_features(doubled, resolver)
    assert after["independent_sources"] == before["independent_sources"]
    assert after["unique_outlets"] == before["unique_outlets"]


OTHER_SIDE = {
    -2: cite("Jacobin", "https://jacobin.com/2025/09/belarus-other-side"),
    -1: cite("The Guardian", "https://www.theguardian.com/world/other-side"),
    1: cite("New York Post", "https://nypost.com/2025/09/11/world-news/other-side/"),
    2: cite("The Gateway Pundit", "https://www.thegatewaypundit.com/2025/09/other-side/"),
}


@settings(max_examples=200, deadline=None)
@given(stories_st)
def test_adding_an_outlet_from_the_other_side_never_lowers_slant_entropy(
    resolver: Resolver, s: Story
) -> None:
    before = extract_features(s, resolver)
    axis = {
        o.slant_value
        for o in (src.resolution.outlet for src in before.sources)
        if o is not None and o.slant_value is not None
    }
    # The other side: a position on the side with no source yet (both when balanced
    # or empty), so the added outlet is always a new position on the axis.
    sides = [v for v in OTHER_SIDE if not any(a * v > 0 for a in axis)]
    for value in sides:
        added = s.model_copy(update={"citations": (*s.citations, OTHER_SIDE[value])})
        after = extract_features(added, resolver)
        assert after["slant_entropy"] >= before["slant_entropy"] - 1e-12
        assert after["slant_spread"] >= before["slant_spread"]


def test_features_keep_detail_alongside(resolver: Resolver) -> None:
    s = story(
        cite("Reuters", "https://www.reuters.com/world/europe/belarus-2025-09-11/"),
        body="Minsk. Talks ended pic.twitter.com/dLFZKkTzpK — RT (@RT_com) September 11, 2025",
    )
    f = extract_features(s, resolver)
    assert f.story_id == "s"
    assert [src.resolution.outlet.id for src in f.sources if src.resolution.outlet] == ["reuters"]
    assert f.sources[0].wire == "Reuters"
    assert [(e.platform, e.account, e.outlet_id, e.method) for e in f.embeds] == [
        ("x", "rt_com", "rt", "signature")
    ]
    assert f.to_dict() == dict(zip(FEATURE_NAMES, f.as_row(), strict=True))
    assert list(f) == list(FEATURE_NAMES)


def test_features_frame_one_row_per_story(resolver: Resolver) -> None:
    stories = [
        story(id="a"),
        story(cite("AP", "https://apnews.com/article/belarus-1"), id="b"),
        story(*NEWS_CORP_TWO, id="c"),
    ]
    frame = features_frame(stories, resolver)
    assert list(frame.columns) == list(FEATURE_NAMES)
    assert list(frame.index) == ["a", "b", "c"]
    assert frame.index.name == "id"
    assert all(str(t) == "float64" for t in frame.dtypes)
    assert frame.loc["c", "independent_sources"] == 1.0
    assert frame.loc["b", "wire_share"] == 1.0
    assert np.isnan(frame.to_numpy()[0, FEATURE_NAMES.index("time_span_hours")])
    assert features_frame([], resolver).shape == (0, len(FEATURE_NAMES))


NEWS_CORP_TWO = (
    cite("WSJ", "https://www.wsj.com/world/europe/belarus-prisoners-7c1b2a"),
    cite("New York Post", "https://nypost.com/2025/09/11/world-news/lukashenko/"),
)


def test_transformer_in_a_pipeline(resolver: Resolver) -> None:
    from sklearn.linear_model import LinearRegression
    from sklearn.model_selection import GridSearchCV
    from sklearn.pipeline import Pipeline

    stories = [
        story(
            *[
                cite(POOL[i % len(POOL)][0], f"https://{POOL[i % len(POOL)][1]}/a{j}")
                for i in range(k)
            ],
            id=str(k * 10 + j),
        )
        for k in range(1, 6)
        for j in range(2)
    ]
    target = [float(k) for k in range(1, 6) for _ in range(2)]
    pipe = Pipeline(
        [
            (
                "features",
                FeatureTransformer(resolver=resolver, features=["citation_count", "slant_mean"]),
            ),
            ("model", LinearRegression()),
        ]
    )
    pipe.fit(stories, target)
    assert pipe.predict(stories) == pytest.approx(target)
    assert list(pipe[0].get_feature_names_out()) == ["citation_count", "slant_mean"]
    search = GridSearchCV(pipe, {"features__nan_value": [0.0, -1.0]}, cv=2)
    search.fit(stories, target)
    assert search.best_params_["features__nan_value"] in (0.0, -1.0)


def test_transformer_output_and_nan_handling(resolver: Resolver) -> None:
    t = FeatureTransformer(resolver=resolver)
    matrix = t.fit_transform([story(id="a")])
    assert matrix.shape == (1, len(FEATURE_NAMES))
    assert not np.isnan(matrix).any()
    kept = FeatureTransformer(resolver=resolver, nan_value=None).fit_transform([story(id="a")])
    assert np.isnan(kept[0, FEATURE_NAMES.index("slant_mean")])
    assert list(t.get_feature_names_out()) == list(FEATURE_NAMES)


@pytest.mark.parametrize(
    ("params", "data", "message"),
    [
        (
            {"features": ["citation_count", "nope"]},
            [],
            "unknown feature name\\(s\\) 'nope'; choose from",
        ),
        ({}, ["not a story"], "input 0 is a str, not a Story"),
    ],
)
def test_transformer_errors(
    resolver: Resolver, params: dict[str, object], data: list[object], message: str
) -> None:
    t = FeatureTransformer(resolver=resolver, **params)  # type: ignore[arg-type]
    with pytest.raises(ScoringError, match=message):
        t.fit_transform(data)


def test_default_resolver_is_the_bundled_one() -> None:
    s = story(cite("Reuters", "https://www.reuters.com/world/europe/belarus-2025-09-11/"))
    assert (
        extract_features(s).sources[0].resolution.outlet
        == scoring.outlets.default_resolver().resolve(s.citations[0].url).outlet
    )
    assert FeatureTransformer().fit([]).resolver_ is scoring.outlets.default_resolver()


def test_public_names_load_lazily_from_the_package() -> None:
    assert scoring.extract_features is extract_features
    assert scoring.FeatureTransformer is FeatureTransformer
    assert scoring.features_frame is features_frame


def test_seed_against_the_bundled_table() -> None:
    seed = load_seed()
    f = extract_features(seed)
    assert f.sources[0].resolution.outlet is not None
    assert f.sources[0].resolution.outlet.name == "The Gateway Pundit"
    assert f["citation_count"] == 1.0
    assert f["social_embed_count"] == 4.0
    assert 1 / 3 < f["social_embed_ratio"] < 0.4
    assert {e.outlet_id for e in f.embeds} == {"rt"}
    assert f["embedded_state_media"] == 1.0
    assert f["state_media_share"] > 0.0
    assert f["source_units"] == 2.0
    assert {a.outlet_id for a in f.attributions} == {"reuters", "belta"}
    assert f["attributed_uncited_sources"] == 2.0

"""The bundled table as shipped: it loads, validates, and resolves real citations."""

from __future__ import annotations

import importlib.util
import re
import threading
from importlib import resources
from pathlib import Path

import pytest

from scoring.outlets import BUNDLED, Resolver, bundled_table, default_resolver, validate_table

ROOT = Path(__file__).resolve().parents[2]


def _bundled_files() -> list[Path]:
    folder = Path(str(resources.files("scoring.resources").joinpath("outlets")))
    return sorted(folder.glob("*.csv"))


def test_the_bundled_files_validate_clean() -> None:
    files = _bundled_files()
    assert files, "no bundled outlet table files"
    assert [str(p) for p in validate_table(*files)] == []


def test_the_bundled_table_is_large_and_international() -> None:
    table = bundled_table()
    outside_us = [o for o in table if o.country and o.country != "US"]
    assert len(table) >= 1000
    assert len(outside_us) >= 250
    assert re.fullmatch(r"[0-9a-f]{12}", table.version)


def test_every_bundled_label_says_it_is_bundled() -> None:
    rt = bundled_table().get("rt")
    assert rt is not None
    assert set(rt.source.values()) == {BUNDLED}


@pytest.mark.parametrize(
    ("url", "name", "outlet_name"),
    [
        ("https://twitter.com/RT_com/status/1", None, "RT"),
        ("https://x.com/Reuters/status/1", None, "Reuters"),
        ("https://t.me/s/rt_russian/1", None, "RT"),
        ("https://www.thegatewaypundit.com/2024/01/x/", None, "The Gateway Pundit"),
        ("https://abcnews.go.com/US/story?id=1", None, "ABC News"),
        ("https://edition.cnn.com/2024/01/01/world/x/index.html", None, "CNN"),
        ("https://www1.cbn.com/cbnnews/x", None, "CBN News"),
        ("https://www.google.com/amp/s/www.bbc.com/news/amp/world-1", None, "BBC News"),
        ("https://news.yahoo.com/x-123.html", "Associated Press", "Associated Press"),
        ("https://sputnikglobe.com/20240101/x.html", None, "Sputnik"),
        ("https://english.news.cn/20240101/x/c.html", None, "Xinhua"),
        ("https://www.belta.by/politics/view/x", None, "BelTA"),
        ("https://www.presstv.ir/Detail/2024/01/01/1/x", None, "Press TV"),
        ("https://www.youtube.com/@BBCNews/videos", None, "BBC News"),
        ("https://x.com/CCTV/status/1", None, "China Central Television"),
        ("https://koreajoongangdaily.joins.com/news/2024-01-01/x/1", None, "JoongAng Ilbo"),
    ],
)
def test_well_known_citations(url: str, name: str | None, outlet_name: str) -> None:
    res = default_resolver().resolve(url, name)
    assert res.outlet is not None
    assert res.outlet.name == outlet_name


def test_bbc_co_uk_and_bbc_com_are_one_outlet() -> None:
    r = default_resolver()
    a = r.resolve("https://www.bbc.co.uk/news/uk-1").outlet
    b = r.resolve("https://www.bbc.com/news/articles/c1").outlet
    assert a is not None
    assert a is b


def test_abc_news_is_not_every_go_com_site() -> None:
    r = default_resolver()
    abc = r.resolve("https://abcnews.go.com/x").outlet
    assert abc is not None
    assert r.resolve("https://go.com/").outlet is not abc


def test_default_resolver_is_built_once_across_threads() -> None:
    seen: list[Resolver] = []
    threads = [threading.Thread(target=lambda: seen.append(default_resolver())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(r) for r in seen}) == 1


def test_coverage_of_the_citation_sample() -> None:
    spec = importlib.util.spec_from_file_location(
        "coverage_outlets", ROOT / "bench" / "coverage_outlets.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    share, misses, reasons = module.coverage(default_resolver())
    assert sum(reasons["news"].values()) >= 2000
    assert share >= 0.97, misses.most_common(10)
    assert reasons["junk"] == {"unparseable": sum(reasons["junk"].values())}


# --- graded reliability over the whole table ------------------------------------------

NEUTRAL_BODY = (
    "The city council approved next year's budget on Tuesday after a two-hour meeting. "
    "The plan keeps property tax rates unchanged and adds funding for road repairs, the "
    "council's finance chair said."
)
BANDS = ("high", "mixed", "low")


def _one_source_severities() -> tuple[list[tuple[str, float, str]], list[str]]:
    """Score one story per outlet with a reliability score, citing only that outlet.

    Each story cites one plain article on the outlet's domain, with a neutral body.
    Returns (outlet id, score, severity) rows and the outlets skipped because no domain
    of theirs resolves to them from a plain article URL.
    """
    from scoring.records import Citation, Story
    from scoring.scorer import Scorer

    scorer = Scorer()
    resolver = scorer.resolver
    rows: list[tuple[str, float, str]] = []
    skipped: list[str] = []
    for outlet in bundled_table():
        if outlet.reliability_score is None:
            continue
        urls = [
            f"https://{d}/news/2025/09/11/city-council-approves-budget/" for d in outlet.domains
        ]
        url = next(
            (
                u
                for u in urls
                if (o := resolver.resolve(u, outlet.name).outlet) and o.id == outlet.id
            ),
            None,
        )
        if url is None:
            skipped.append(outlet.id)
            continue
        story = Story(
            id=outlet.id,
            title="Council approves budget",
            citations=(Citation(name=outlet.name, url=url),),
            body=NEUTRAL_BODY,
        )
        rows.append((outlet.id, outlet.reliability_score, scorer.score(story).severity))
    return rows, skipped


def test_one_source_stories_are_ranked_by_their_outlets_reliability() -> None:
    import pandas as pd

    from scoring.outlets.model import reliability_band
    from scoring.scorer import ScorerConfig

    ladder = list(ScorerConfig().severity.tiers)
    rows, skipped = _one_source_severities()
    table = bundled_table()
    # Platforms (a URL on x.com is a post of an account, not the platform's own article)
    # and governments on a public suffix (gov.uk) publish no plain article of their own.
    assert {table.get(o).category for o in skipped} <= {"platform", "government"}  # type: ignore[union-attr]
    assert len(skipped) <= 10, skipped
    assert len(rows) >= 2500
    frame = pd.DataFrame(rows, columns=["outlet", "score", "severity"])
    frame["position"] = frame["severity"].map(ladder.index)
    frame["band"] = frame["score"].map(reliability_band)
    rho = frame["score"].corr(frame["position"], method="spearman")
    counts = pd.crosstab(frame["band"], frame["severity"]).reindex(
        index=list(BANDS), columns=ladder, fill_value=0
    )
    medians = frame.groupby("band")["position"].median().reindex(list(BANDS))
    # Shown with -s or on failure; docs/scoring.md prints it.
    print(f"\nSpearman {rho:.3f}\n{counts.assign(median=medians.map(lambda p: ladder[int(p)]))}")
    assert rho <= -0.8
    assert medians.is_monotonic_increasing
    assert medians.nunique() == len(BANDS)

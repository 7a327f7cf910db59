"""The resolver over a table of tricky citation URLs, and its guarantees.

``tricky_urls.csv`` lists each URL form the resolver must handle (wrappers, AMP,
archives, social accounts, shorteners, syndication, IDN, garbage) with the outlet of
``fixture_outlets.csv`` it must find, or the reason it must give.
"""

from __future__ import annotations

import csv
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.outlets import Outlet, OutletTable, Resolution, Resolver

HERE = Path(__file__).parent


def _tricky() -> list[dict[str, str]]:
    with (HERE / "tricky_urls.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


TRICKY = _tricky()


def test_the_tricky_table_is_large_and_covers_every_reason() -> None:
    assert len(TRICKY) >= 150
    reasons = {row["reason"] for row in TRICKY}
    assert reasons == {
        "resolved",
        "unparseable",
        "shortener",
        "aggregator-unresolved",
        "unrated",
        "non-news",
    }


@pytest.mark.parametrize("row", TRICKY, ids=[f"{i + 2}-{r['note']}" for i, r in enumerate(TRICKY)])
def test_tricky_url(resolver: Resolver, row: dict[str, str]) -> None:
    res = resolver.resolve(row["url"], row["name"] or None)
    got = (res.outlet.id if res.outlet else "", res.reason, res.platform or "", res.account or "")
    want = (row["outlet"], row["reason"], row["platform"], row["account"])
    assert got == want


def test_resolved_means_an_outlet_and_unresolved_means_none(resolver: Resolver) -> None:
    for row in TRICKY:
        res = resolver.resolve(row["url"], row["name"] or None)
        assert res.resolved == (res.reason == "resolved")
        assert res.input == row["url"]


@pytest.mark.parametrize(
    ("url", "via"),
    [
        ("https://abcnews.go.com/x", "host"),
        ("https://edition.cnn.com/x", "domain"),
        ("https://www1.folha.uol.com.br/x", "parent"),
        ("https://x.com/RT_com", "handle"),
        ("https://nyti.ms/1", "shortener"),
    ],
)
def test_via_says_how_the_outlet_was_found(resolver: Resolver, url: str, via: str) -> None:
    assert resolver.resolve(url).via == via


def test_syndicated_story_is_found_through_the_name(resolver: Resolver) -> None:
    res = resolver.resolve("https://news.yahoo.com/x-123.html", "Reuters")
    assert (res.outlet and res.outlet.id, res.via, res.domain) == ("reuters", "name", "yahoo.com")


def test_ambiguous_name_is_not_evidence() -> None:
    table = OutletTable.from_outlets(
        [
            Outlet(
                id="herald-a", name="The Herald", domains=("herald-a.com",), category="mainstream"
            ),
            Outlet(
                id="herald-b", name="The Herald", domains=("herald-b.com",), category="mainstream"
            ),
        ]
    )
    res = Resolver(table).resolve("https://www.msn.com/en-gb/news/x/ar-AA1", "The Herald")
    assert (res.outlet, res.reason) == (None, "aggregator-unresolved")


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        (
            "https://www.nytimes.com/2024/x.html?smid=tw-share&utm_source=twitter&page=2",
            "https://nytimes.com/2024/x.html?page=2",
        ),
        ("https://www.theguardian.com/world/x/amp", "https://theguardian.com/world/x"),
        ("https://www.washingtonpost.com/x/?outputType=amp", "https://washingtonpost.com/x/"),
        ("HTTPS://WWW.BBC.CO.UK/news#top", "https://bbc.co.uk/news"),
        ("bbc.co.uk", "http://bbc.co.uk/"),
        (
            "https://www.google.com/amp/s/www.bbc.com/news/world-1",
            "https://bbc.com/news/world-1",
        ),
    ],
)
def test_the_normalised_url_drops_tracking_and_amp(
    resolver: Resolver, url: str, normalised: str
) -> None:
    assert resolver.resolve(url).url == normalised


def test_punycode_and_unicode_hosts_are_one_host(resolver: Resolver) -> None:
    a = resolver.resolve("https://кремль.рф/x")
    b = resolver.resolve("https://xn--e1ajeds9e.xn--p1ai/x")
    assert a.host == b.host == "xn--e1ajeds9e.xn--p1ai"
    assert a.outlet is b.outlet is not None


def test_resolve_domain_walks_parents(resolver: Resolver) -> None:
    assert [
        o.id if o else None
        for o in (
            resolver.resolve_domain("abcnews.go.com"),
            resolver.resolve_domain("m.economictimes.indiatimes.com"),
            resolver.resolve_domain("indiatimes.com"),
        )
    ] == ["abc-news", "economictimes", None]


@pytest.mark.parametrize("bad", [None, 42, b"https://bbc.co.uk"])
def test_non_string_input_is_unparseable(resolver: Resolver, bad: Any) -> None:
    assert resolver.resolve(bad).reason == "unparseable"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.from_regex(r"https?://[\w.\-/:@?=&%#\[\]]{0,60}", fullmatch=True))
def test_never_raises(url: str) -> None:
    res = _SHARED.resolve(url)
    assert isinstance(res, Resolution)
    assert res.reason in {
        "resolved",
        "unparseable",
        "shortener",
        "aggregator-unresolved",
        "unrated",
        "non-news",
    }


_SHARED = Resolver(OutletTable.from_outlets([]))


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Fail on any socket use; record any file opened for writing."""
    opened: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    real_open = open

    def watching_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(c in mode for c in "wax+"):
            opened.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watching_open)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return opened


def test_building_and_resolving_opens_no_socket_and_writes_no_file(
    no_io: list[str], table: OutletTable, tmp_path: Path
) -> None:
    resolver = Resolver(table)  # a fresh resolver builds its own suffix extractor
    for row in TRICKY:
        resolver.resolve(row["url"], row["name"] or None)
    assert resolver.resolve("https://foo.bar.example.co.uk/x").domain == "example.co.uk"
    assert no_io == []
    assert list(tmp_path.rglob("*")) == []


def test_one_resolver_serves_many_threads(table: OutletTable) -> None:
    resolver = Resolver(table, cache_size=64)  # small, so threads also evict
    urls = [(row["url"], row["name"] or None) for row in TRICKY]
    expected = [resolver.resolve(u, n) for u, n in urls]
    resolver.cache_clear()
    failures: list[str] = []

    def work(offset: int) -> None:
        for i in range(len(urls)):
            k = (i + offset) % len(urls)
            if resolver.resolve(*urls[k]) != expected[k]:
                failures.append(urls[k][0])

    threads = [threading.Thread(target=work, args=(n * 17,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_results_are_cached_per_input(resolver: Resolver) -> None:
    first = resolver.resolve("https://www.reuters.com/world/cached")
    assert resolver.resolve("https://www.reuters.com/world/cached") is first
    assert resolver.resolve("https://www.reuters.com/world/cached", "Reuters") == first


@pytest.mark.parametrize("row", TRICKY, ids=[f"{i + 2}-{r['note']}" for i, r in enumerate(TRICKY)])
def test_the_normalised_url_resolves_to_the_same_outlet(
    resolver: Resolver, row: dict[str, str]
) -> None:
    first = resolver.resolve(row["url"], row["name"] or None)
    if not first.url:
        return
    again = resolver.resolve(first.url, row["name"] or None)
    assert (again.outlet, again.reason, again.platform, again.account) == (
        first.outlet,
        first.reason,
        first.platform,
        first.account,
    )
    assert again.url == first.url


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["", "www.", "m.", "news.", "www.gov.", "foo.bar."]),
    st.sampled_from(
        [
            *("gov.uk", "rn.gov.br", "gov.cn", "nytimes.com", "bbc.co.uk", "cnn.com", "rt.com"),
            *("substack.com", "livejournal.com", "wickedlocal.com", "blogspot.com", "co.uk"),
        ]
    ),
    st.sampled_from(["", "/", "/a/b", "/x?utm_source=y&id=3", "/amp"]),
    st.sampled_from(["https://", "http://", "", "http://http://", "http:/"]),
    st.sampled_from(["", ".", "\u3002"]),
)
def test_normalised_urls_are_fixed_points(
    resolver: Resolver, sub: str, domain: str, path: str, scheme: str, dot: str
) -> None:
    first = resolver.resolve(f"{scheme}{sub}{domain}{dot}{path}")
    if not first.url:
        assert first.reason == "unparseable"
        return
    again = resolver.resolve(first.url)
    assert (again.outlet, again.reason, again.domain, again.url) == (
        first.outlet,
        first.reason,
        first.domain,
        first.url,
    )


@pytest.mark.parametrize(
    ("text", "outlet", "platform", "account"),
    [
        ("@RT_com", "rt", "x", "rt_com"),
        ("  @rt_com ", "rt", "x", "rt_com"),
        ("twitter:RT_com", "rt", "x", "rt_com"),
        ("telegram:@rt_russian", "rt", "telegram", "rt_russian"),
        ("reddit:r/worldnews", "reddit-worldnews", "reddit", "r/worldnews"),
        ("youtube:@abcnews", "abc-news", "youtube", "abcnews"),
    ],
)
def test_handles_resolve_as_documented(
    resolver: Resolver, text: str, outlet: str, platform: str, account: str
) -> None:
    res = resolver.resolve(text)
    assert (res.outlet.id if res.outlet else None, res.platform, res.account, res.via) == (
        outlet,
        platform,
        account,
        "handle",
    )


@pytest.mark.parametrize("text", ["@", "@ rt", "ftp:rt_com", "mailto:news@bbc.co.uk", "a@b"])
def test_what_is_no_handle_is_not_read_as_one(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).via != "handle"

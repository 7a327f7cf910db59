"""The platform table: every host, name and alias each layer knew before it existed.

Before the table, the resolver, the validator, the embed scan and the HTML reader each
kept a list of their own, and the lists disagreed. The literals below are the union of
those lists, per platform: no host any of them recognised may stop being recognised.
"""

from __future__ import annotations

import pytest

from scoring.features.embeds import find_embeds
from scoring.features.html import scan_html
from scoring.outlets import OutletTable, Resolver
from scoring.outlets.model import Outlet
from scoring.outlets.platforms import (
    PLATFORMS,
    Platform,
    PlatformTable,
    body_platform,
    platform_named,
    platform_table,
)

# Registered domains whose paths the resolver read accounts from.
ACCOUNT_DOMAINS = {
    "x": {"x.com", "twitter.com"},
    "youtube": {"youtube.com", "youtu.be"},
    "facebook": {"facebook.com", "fb.com"},
    "telegram": {"t.me", "telegram.me", "telegram.dog"},
    "instagram": {"instagram.com"},
    "tiktok": {"tiktok.com"},
    "truthsocial": {"truthsocial.com"},
    "bluesky": {"bsky.app"},
    "threads": {"threads.net", "threads.com"},
    "reddit": {"reddit.com"},
    "rumble": {"rumble.com"},
}
# Front-ends and mirrors the resolver read as their platform.
MIRRORS = {
    "x": {
        "nitter.net",
        "nitter.poast.org",
        "nitter.privacydev.net",
        "nitter.cz",
        "xcancel.com",
        "vxtwitter.com",
        "fxtwitter.com",
        "fixupx.com",
        "fixvx.com",
        "twittpr.com",
    },
    "instagram": {"ddinstagram.com", "instagramez.com", "imginn.com"},
    "youtube": {
        "piped.video",
        "piped.kavin.rocks",
        "yewtu.be",
        "invidious.io",
        "inv.nadeko.net",
        "vid.puffyan.us",
        "invidious.nerdvpn.de",
    },
    "reddit": {"teddit.net", "libreddit.de", "redlib.catsarch.com"},
    "tiktok": {"vxtiktok.com", "proxitok.pabloferreiro.es"},
    "bluesky": {"bskx.app"},
}
# Hosts the embed scan of plain text and the HTML reader (links and frames) knew.
BODY_HOSTS = {
    "x": {"pic.twitter.com", "pic.x.com", "t.co", "twitter.com", "x.com", "platform.twitter.com"},
    "instagram": {"instagram.com"},
    "facebook": {"facebook.com", "fb.watch"},
    "youtube": {"youtube.com", "youtu.be", "youtube-nocookie.com"},
    "tiktok": {"tiktok.com"},
    "telegram": {"t.me", "telegram.me", "telegram.org"},
    "truthsocial": {"truthsocial.com"},
    "bluesky": {"bsky.app", "embed.bsky.app"},
    "threads": {"threads.net", "threads.com"},
    "reddit": {"reddit.com", "redd.it", "embed.reddit.com", "redditmedia.com"},
    "rumble": {"rumble.com"},
}
# Short links the resolver read as shorteners.
SHORT_HOSTS = {"x": {"t.co"}, "facebook": {"fb.watch"}, "reddit": {"redd.it"}}
# Names accepted before a handle ("twitter:rt_com").
ALIASES = {
    "x": {"x", "twitter"},
    "youtube": {"youtube", "yt"},
    "facebook": {"facebook", "fb"},
    "instagram": {"instagram", "ig"},
    "telegram": {"telegram", "tg"},
    "bluesky": {"bluesky", "bsky"},
    "tiktok": {"tiktok"},
    "truthsocial": {"truthsocial"},
    "threads": {"threads"},
    "reddit": {"reddit"},
    "rumble": {"rumble"},
    "mastodon": {"mastodon"},
}
# Class names of embed markup and provider names of embed blocks.
EMBED_CLASSES = {
    "x": {"twitter-tweet", "twitter-video", "twitter-tweet-rendered"},
    "instagram": {"instagram-media"},
    "tiktok": {"tiktok-embed"},
    "bluesky": {"bluesky-embed"},
    "threads": {"text-post-media", "threads-embed"},
    "reddit": {"reddit-embed-bq", "reddit-embed", "reddit-card"},
    "mastodon": {"mastodon-embed"},
    "truthsocial": {"truthsocial-embed"},
    "facebook": {"fb-post", "fb-video"},
    "telegram": {"telegram-post"},
}
PROVIDERS = {
    "x": {"twitter", "x", "tweet"},
    "truthsocial": {"truthsocial", "truth-social"},
    **{p: {p} for p in ALIASES if p not in ("x", "truthsocial")},
}


def _pairs(table: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((platform, item) for platform, items in table.items() for item in items)


EVERY_HOST = sorted({*_pairs(ACCOUNT_DOMAINS), *_pairs(MIRRORS), *_pairs(BODY_HOSTS)})


def test_the_platforms_and_their_column_order() -> None:
    assert PLATFORMS == (
        "x",
        "instagram",
        "facebook",
        "youtube",
        "tiktok",
        "telegram",
        "truthsocial",
        "bluesky",
        "threads",
        "mastodon",
        "reddit",
        "rumble",
    )


@pytest.mark.parametrize(("platform", "domain"), _pairs(ACCOUNT_DOMAINS))
def test_the_resolver_reads_accounts_on_every_domain_it_knew(platform: str, domain: str) -> None:
    resolution = Resolver(OutletTable.from_outlets([])).resolve(f"https://{domain}/")
    assert (resolution.platform, resolution.reason) == (platform, "unrated")
    assert platform_table().by_domain[domain].name == platform


@pytest.mark.parametrize(("platform", "mirror"), _pairs(MIRRORS))
def test_the_resolver_reads_every_mirror_it_knew_as_its_platform(
    platform: str, mirror: str
) -> None:
    resolution = Resolver(OutletTable.from_outlets([])).resolve(f"https://{mirror}/")
    assert resolution.platform == platform


@pytest.mark.parametrize(("platform", "host"), _pairs(SHORT_HOSTS))
def test_platform_short_links_stay_shorteners(platform: str, host: str) -> None:
    resolution = Resolver(OutletTable.from_outlets([])).resolve(f"https://{host}/AbC123")
    assert (resolution.reason, resolution.platform) == ("shortener", None)
    assert host in platform_table().short_hosts
    assert body_platform(host) == platform


@pytest.mark.parametrize(("platform", "host"), EVERY_HOST)
def test_story_bodies_know_every_host_any_layer_knew(platform: str, host: str) -> None:
    assert body_platform(host) == platform
    assert body_platform(f"www.{host}") == platform


@pytest.mark.parametrize(("platform", "alias"), _pairs(ALIASES))
def test_every_handle_name_it_knew_names_its_platform(platform: str, alias: str) -> None:
    named = platform_named(alias.upper())
    assert named is not None
    assert named.name == platform


@pytest.mark.parametrize(("platform", "name"), _pairs(EMBED_CLASSES))
def test_every_embed_class_it_knew_names_its_platform(platform: str, name: str) -> None:
    assert platform_table().embed_classes[name] == platform


@pytest.mark.parametrize(("platform", "name"), _pairs(PROVIDERS))
def test_every_provider_name_it_knew_names_its_platform(platform: str, name: str) -> None:
    assert platform_table().providers[name] == platform


def test_hosts_one_list_lacked_are_now_known_to_every_reader() -> None:
    # fb.com and telegram.dog were known to the resolver only; a mirror to none of the
    # body readers.
    body = (
        "Seen at https://fb.com/cnn/posts/123 and https://telegram.dog/rt_russian/4567 "
        "and https://nitter.net/RT_com/status/99 today."
    )
    assert [(e.platform, e.account, e.method) for e in find_embeds(body)] == [
        ("facebook", "cnn", "post-url"),
        ("telegram", "rt_russian", "post-url"),
        ("x", "rt_com", "post-url"),
    ]
    page = scan_html('<p>As <a href="https://nitter.net/RT_com/status/99">RT wrote</a>.</p>')
    assert [(e.platform, e.account, page.text[e.start : e.end]) for e in page.links] == [
        ("x", "rt_com", "RT wrote")
    ]


def test_handles_on_reddit_are_found_with_and_without_the_prefix() -> None:
    table = OutletTable.from_outlets(
        [
            Outlet(
                id="wn",
                name="World News",
                domains=("wn.example",),
                category="aggregator",
                handles=("reddit:worldnews",),
            )
        ]
    )
    resolver = Resolver(table)
    texts = ("reddit:worldnews", "reddit:r/worldnews", "https://old.reddit.com/r/worldnews")
    found = [resolver.resolve(text).outlet for text in texts]
    assert [o.id if o is not None else None for o in found] == ["wn", "wn", "wn"]


@pytest.mark.parametrize(
    ("platform", "path", "query", "account"),
    [
        ("x", "/@RT_com", "", "rt_com"),
        ("x", "/RT_com/status/1", "", "rt_com"),
        ("x", "/home", "", None),
        ("x", "/a_name_far_too_long_for_x", "", None),
        ("youtube", "/c/DWNews/videos", "", "dwnews"),
        ("youtube", "/c", "", None),
        ("facebook", "/profile.php", "id=100064", "100064"),
        ("facebook", "/profile.php", "", None),
        ("facebook", "/pages", "", None),
        ("facebook", "/pages/CNN/123", "", "cnn"),
        ("telegram", "/s/rt_russian/1", "", "rt_russian"),
        ("telegram", "/+AbCdEf", "", None),
        ("reddit", "/user/spez", "", "u/spez"),
        ("reddit", "/comments/abc", "", None),
        ("bluesky", "/profile/rt.bsky.social/post/1", "", "rt.bsky.social"),
    ],
)
def test_account_paths(platform: str, path: str, query: str, account: str | None) -> None:
    named = platform_named(platform)
    assert named is not None
    assert named.account(path, query) == account


def test_a_table_of_other_platforms_builds_its_own_lookups() -> None:
    table = PlatformTable.from_platforms(
        (
            Platform("x", aliases=("twitter",), domains=("x.com",), short_hosts=("t.co",)),
            Platform("gab", domains=("gab.com",), mirrors=("gab.ai",), providers=("gab",)),
        )
    )
    assert table.by_name["twitter"].name == "x"
    assert table.by_mirror["gab.ai"].name == "gab"
    assert table.short_hosts == frozenset({"t.co"})
    assert dict(table.body_hosts) == {"x.com": "x", "t.co": "x", "gab.com": "gab", "gab.ai": "gab"}

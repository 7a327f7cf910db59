"""Embedded social media posts: plain-text flattenings, post links and HTML embeds."""

# ruff: noqa: RUF001  (story text carries typographic quotes on purpose)

from __future__ import annotations

import itertools
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scoring.features import PLATFORMS, extract_features
from scoring.features import html as html_module
from scoring.features.embeds import embed_features, find_embeds
from scoring.features.html import looks_like_html, scan_html, visible_text
from scoring.outlets import Outlet, OutletTable, Resolver
from scoring.records import Story

SIGNATURE = "— RT (@RT_com) September 11, 2025"


def test_seed_has_four_rt_posts_over_a_third_of_the_body(seed: Story, resolver: Resolver) -> None:
    embeds = find_embeds(seed.body)
    assert len(embeds) == 4
    assert {(e.platform, e.account, e.method) for e in embeds} == {("x", "rt_com", "signature")}
    # Each post runs from the first word of its text to the signature's date.
    openings = [
        "Lukashenko met Trump’s envoy John Cole in MINSK",
        "However cliché it might sound, I want to thank Trump",
        "Trump & Melania send belated birthday wishes to Lukashenko Praying",
        "❗️ US wants to reopen its embassy in Minsk",
    ]
    for embed, opening in zip(embeds, openings, strict=True):
        text = seed.body[embed.start : embed.end]
        assert text.startswith(opening)
        assert text.endswith(SIGNATURE)
        assert text.count("(@RT_com)") == 1
    # The "Watch: ..." captions between the posts are the story's own text.
    assert all("Watch:" not in seed.body[e.start : e.end] for e in embeds)
    features = extract_features(seed, resolver)
    assert features["social_embed_count"] == 4.0
    assert features["social_embed_x_count"] == 4.0
    assert 1 / 3 < features["social_embed_ratio"] < 0.4
    assert {e.outlet_id for e in features.embeds} == {"rt"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", []),
        ("Lukashenko met the envoy in Minsk on Thursday.", []),
        ("Stream it on netflix.com/title/81234 or see x.com today.", []),
        ("Follow instagram.com/rt and t.me/rt_russian for more.", []),
        ("Home page https://www.youtube.com/ only.", []),
        (
            "See https://twitter.com/RT_com/status/1966190511234567890 for the video.",
            [("x", "rt_com", "post-url", "https://twitter.com/RT_com/status/1966190511234567890")],
        ),
        (
            "x.com/CNN/status/1966190511234567890 opens the story",
            [("x", "cnn", "post-url", "x.com/CNN/status/1966190511234567890")],
        ),
        (
            "Mirrored at mobile.twitter.com/RT_com/status/1966190511234567890 and "
            "cdn.example.x.com/RT_com/status/1",
            [
                (
                    "x",
                    "rt_com",
                    "post-url",
                    "mobile.twitter.com/RT_com/status/1966190511234567890",
                )
            ],
        ),
        (
            "Posted at x.com/CNN/status/1966190511234567890.",
            [("x", "cnn", "post-url", "x.com/CNN/status/1966190511234567890")],
        ),
        (
            "Freed https://t.co/NxeHhBLhrs pic.twitter.com/uKWTuqY3xV and then",
            [("x", None, "media-link", "https://t.co/NxeHhBLhrs pic.twitter.com/uKWTuqY3xV")],
        ),
        (
            "Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ and https://youtu.be/dQw4w9WgXcQ",
            [
                ("youtube", None, "post-url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                ("youtube", None, "post-url", "https://youtu.be/dQw4w9WgXcQ"),
            ],
        ),
        (
            "Video: https://www.tiktok.com/@rt_com/video/7549012345678901234 here",
            [
                (
                    "tiktok",
                    "rt_com",
                    "post-url",
                    "https://www.tiktok.com/@rt_com/video/7549012345678901234",
                )
            ],
        ),
        (
            "Channel post t.me/rt_russian/251234 says",
            [("telegram", "rt_russian", "post-url", "t.me/rt_russian/251234")],
        ),
        (
            "He wrote https://truthsocial.com/@realDonaldTrump/posts/115123456789012345 today",
            [
                (
                    "truthsocial",
                    "realdonaldtrump",
                    "post-url",
                    "https://truthsocial.com/@realDonaldTrump/posts/115123456789012345",
                )
            ],
        ),
        (
            "https://bsky.app/profile/apnews.com/post/3lyqk2abcde2x",
            [
                (
                    "bluesky",
                    "apnews.com",
                    "post-url",
                    "https://bsky.app/profile/apnews.com/post/3lyqk2abcde2x",
                )
            ],
        ),
        (
            "(https://www.threads.net/@cnn/post/DOcAbC123xY)",
            [("threads", "cnn", "post-url", "https://www.threads.net/@cnn/post/DOcAbC123xY")],
        ),
        (
            "https://www.instagram.com/p/DOcAbC123xY/ shows the border.",
            [("instagram", None, "post-url", "https://www.instagram.com/p/DOcAbC123xY/")],
        ),
        (
            "https://www.facebook.com/RT/posts/1234567890123456 and",
            [("facebook", "rt", "post-url", "https://www.facebook.com/RT/posts/1234567890123456")],
        ),
        (
            "Thread: https://www.reddit.com/r/europe/comments/1nabc2d/belarus_frees_52/",
            [
                (
                    "reddit",
                    "r/europe",
                    "post-url",
                    "https://www.reddit.com/r/europe/comments/1nabc2d/belarus_frees_52/",
                )
            ],
        ),
        (
            "Clip https://rumble.com/v6xyz12-lukashenko-frees-prisoners.html.",
            [
                (
                    "rumble",
                    None,
                    "post-url",
                    "https://rumble.com/v6xyz12-lukashenko-frees-prisoners.html",
                )
            ],
        ),
        (
            "Toot https://mastodon.social/@Gargron/115123456789012345 ok",
            [
                (
                    "mastodon",
                    "gargron",
                    "post-url",
                    "https://mastodon.social/@Gargron/115123456789012345",
                )
            ],
        ),
        (
            "Watch: the vote. The vote is done. https://t.co/TVi5KUPBrw "
            "pic.twitter.com/uXYGBSxtfA — Rep. Tom Brandt (@RepTomBrandt) January 12, 2026",
            [
                (
                    "x",
                    "reptombrandt",
                    "signature",
                    "The vote is done. https://t.co/TVi5KUPBrw pic.twitter.com/uXYGBSxtfA "
                    "— Rep. Tom Brandt (@RepTomBrandt) January 12, 2026",
                )
            ],
        ),
        (
            "Lede. Our envoy is in Minsk — Belta (@BeltaNews) September 11, 2025 More text.",
            [
                (
                    "x",
                    "beltanews",
                    "signature",
                    "Our envoy is in Minsk — Belta (@BeltaNews) September 11, 2025",
                )
            ],
        ),
    ],
)
def test_plain_text_embeds(body: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    got = [(e.platform, e.account, e.method, body[e.start : e.end]) for e in find_embeds(body)]
    assert got == expected


@pytest.mark.parametrize(
    ("html", "platform", "account", "shown"),
    [
        (
            '<blockquote class="twitter-tweet"><p lang="en">Lukashenko met the envoy</p>'
            '&mdash; RT (@RT_com) <a href="https://twitter.com/RT_com/status/1966190511234567890">'
            "September 11, 2025</a></blockquote>",
            "x",
            "rt_com",
            "Lukashenko met the envoy\n— RT (@RT_com) September 11, 2025",
        ),
        (
            '<blockquote class="instagram-media" data-instgrm-permalink='
            '"https://www.instagram.com/p/DOcAbC123xY/"><a>A post shared by RT (@rt)</a>'
            "</blockquote>",
            "instagram",
            "rt",
            "A post shared by RT (@rt)",
        ),
        (
            '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@rt_com/video/'
            '7549012345678901234" data-video-id="7549012345678901234"><section></section>'
            "</blockquote>",
            "tiktok",
            "rt_com",
            "",
        ),
        (
            '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" '
            "allowfullscreen></iframe>",
            "youtube",
            None,
            "",
        ),
        (
            '<iframe src="https://www.facebook.com/plugins/post.php?href=https%3A%2F%2F'
            'www.facebook.com%2FRT%2Fposts%2F1234567890123456"></iframe>',
            "facebook",
            "rt",
            "",
        ),
        (
            '<script async src="https://telegram.org/js/telegram-widget.js?22" '
            'data-telegram-post="rt_russian/251234"></script>',
            "telegram",
            "rt_russian",
            "",
        ),
        (
            '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/3l">'
            '<p>Freed.</p>&mdash; AP (<a href="https://bsky.app/profile/apnews.com/post/3lyqk2abcde2x">'
            "@apnews.com</a>)</blockquote>",
            "bluesky",
            "apnews.com",
            "Freed.\n— AP (@apnews.com)",
        ),
        (
            '<iframe src="https://rumble.com/embed/v6xyz12/?pub=4" frameborder="0"></iframe>',
            "rumble",
            None,
            "",
        ),
        (
            '<iframe src="https://mastodon.social/@Gargron/115123456789012345/embed" '
            'class="mastodon-embed"></iframe>',
            "mastodon",
            "gargron",
            "",
        ),
    ],
)
def test_html_embeds(html: str, platform: str, account: str | None, shown: str) -> None:
    body = f"<p>Belarus freed 52 prisoners.</p>{html}<p>The envoy left.</p>"
    embeds = find_embeds(body)
    assert [(e.platform, e.account, e.method) for e in embeds] == [(platform, account, "html")]
    # The span indexes the visible text: the post's own text, or nothing for a player
    # or a placeholder, which shows none.
    text = visible_text(body)
    assert text[embeds[0].start : embeds[0].end] == shown
    assert text == "\n".join(
        t for t in ("Belarus freed 52 prisoners.", shown, "The envoy left.") if t
    )


def test_unclosed_blockquote_holds_the_rest_of_the_body_as_a_browser_reads_it() -> None:
    tag = '<blockquote class="twitter-tweet">'
    post = f"Freed https://t.co/NxeHhBLhrs {SIGNATURE}"
    embeds = find_embeds(f"<p>Lede.</p>{tag}{post} and more")
    assert [(e.account, e.method) for e in embeds] == [("rt_com", "html")]


def test_closed_blockquote_swallows_its_links_and_signature() -> None:
    html = (
        f'<blockquote class="twitter-tweet"><p>Freed https://t.co/NxeHhBLhrs</p>{SIGNATURE}'
        "</blockquote>"
    )
    embeds = find_embeds(f"Lede. {html} pic.twitter.com/uKWTuqY3xV")
    assert [(e.method, e.account) for e in embeds] == [("html", "rt_com"), ("media-link", None)]


def test_other_html_is_ignored() -> None:
    body = '<blockquote class="pullquote">Freed.</blockquote><iframe src="https://maps.example.org/embed"></iframe>'
    assert find_embeds(body) == ()


def test_embed_features_counts_and_ratio() -> None:
    body = "x" * 200
    embeds = find_embeds("")
    assert embed_features(body, embeds)["social_embed_ratio"] == 0.0
    values = embed_features("", embeds)
    assert values["social_embed_count"] == 0.0
    assert values["social_embed_ratio"] == 0.0
    assert set(values) == {
        "social_embed_count",
        "social_embed_ratio",
        *(f"social_embed_{p}_count" for p in PLATFORMS),
        "social_link_count",
    }


@pytest.mark.parametrize(
    "body",
    [
        "@" * 1_000_000,
        "(" * 1_000_000,
        "—" * 1_000_000,
        "http" * 250_000,
        " " * 1_000_000,
        "(@" * 500_000,
        "(@RT_com) " * 100_000,
        "a. b — RT (@RT_com) September 11, 2025 " * 25_000,
        "pic.twitter.com/" * 62_500,
        "https://x.com/" * 71_000,
        '<blockquote class="twitter-tweet">' * 29_000,
        "<iframe src=" * 83_000,
        "https://m.s/@a/1234567 " * 43_000,
        "’ ‘ . " * 160_000,
        "(@ — http  @( " * 71_000,
    ],
    ids=lambda b: repr(b[:16]),
)
def test_adversarial_megabyte_body_is_linear(body: str) -> None:
    # A generous bound: the patterns take tens of milliseconds here; a backtracking
    # pattern would take minutes.
    started = time.perf_counter()
    embeds = find_embeds(body)
    assert time.perf_counter() - started < 2.0
    assert all(a.end <= b.start for a, b in itertools.pairwise(embeds))


ALPHABET = st.sampled_from(
    [
        "a",
        " ",
        ".",
        "—",
        "(@RT_com)",
        " September 11, 2025",
        "pic.twitter.com/Ab1",
        "https://t.co/x1",
        "’",
        "‘",
        '<blockquote class="twitter-tweet">',
        "</blockquote>",
        "x.com/CNN/status/12",
        "\n",
        "https://mastodon.social/@a/1234567",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join))
# Media links on both sides of an embed that shows no text are two runs, not one.
@example('pic.twitter.com/Ab1<blockquote class="twitter-tweet"></blockquote>pic.twitter.com/Ab1')
def test_spans_are_ordered_disjoint_and_inside_the_body(body: str) -> None:
    embeds = find_embeds(body)
    # An HTML body's spans index its visible text; a player or placeholder shows none.
    text = visible_text(body)
    for embed in embeds:
        assert 0 <= embed.start <= embed.end <= len(text)
        assert embed.start < embed.end or embed.method == "html"
        assert embed.platform in PLATFORMS
    assert all(a.end <= b.start for a, b in itertools.pairwise(embeds))
    ratio = embed_features(text, embeds)["social_embed_ratio"]
    assert 0.0 <= ratio <= 1.0


@pytest.mark.parametrize(
    "body",
    [
        '<p>Moscow said the talks failed.</p><script async src="https://telegram.org/js/'
        'telegram-widget.js?22" data-telegram-post="RT_English/5512"></script>',
        "The channel posted it first: https://t.me/s/rt_english/5512 and deleted it later.",
        "The channel posted it first: t.me/RT_English/5512 and deleted it later.",
    ],
    ids=["widget", "web-preview", "post-link"],
)
def test_telegram_accounts_match_table_handles_whatever_their_case(body: str) -> None:
    # The table may write a handle with "@" and capitals; the body any case.
    rt = Outlet(
        id="rt",
        name="RT",
        domains=("rt.com",),
        category="state-affiliated",
        reliability="low",
        handles=("telegram:@RT_English",),
    )
    f = extract_features(Story(id="s", body=body), Resolver(OutletTable.from_outlets([rt])))
    assert [(e.platform, e.account, e.outlet_id) for e in f.embeds] == [
        ("telegram", "rt_english", "rt")
    ]
    assert f["embedded_state_media"] == 1.0
    assert f["state_media_share"] == 1.0


def test_a_telegram_channel_the_table_does_not_list_has_no_outlet(resolver: Resolver) -> None:
    # The test table, like the bundled one, lists RT's Russian channel only.
    body = (
        '<script data-telegram-post="rt_russian/21437"></script> and '
        '<script data-telegram-post="rt_english/5512"></script>'
    )
    f = extract_features(Story(id="s", body=body), resolver)
    assert [(e.account, e.outlet_id) for e in f.embeds] == [
        ("rt_russian", "rt"),
        ("rt_english", None),
    ]
    assert f["embedded_outlet_count"] == 1.0


HTML_PAGES = Path(__file__).parent / "data" / "html"


def _manifest() -> list[dict[str, Any]]:
    pages: list[dict[str, Any]] = json.loads(
        (HTML_PAGES / "manifest.json").read_text(encoding="utf-8")
    )["pages"]
    return pages


def _matched(found: list[tuple[str, str | None]], wanted: list[tuple[str, str | None]]) -> int:
    """Found posts that match a counted one on platform and account, each used once."""
    left = Counter(wanted)
    hits = 0
    for post in found:
        if left[post] > 0:
            left[post] -= 1
            hits += 1
    return hits


def test_html_pages_embeds_precision_and_recall_against_the_hand_counted_manifest() -> None:
    # The links are pinned page by page in test_html_page_features_read_the_visible_text.
    true_pos = found_total = wanted_total = 0
    report = []
    for page in _manifest():
        scan = scan_html((HTML_PAGES / page["file"]).read_text(encoding="utf-8"))
        found = [(e.platform, e.account) for e in scan.embeds]
        wanted = [(e["platform"], e["account"]) for e in page["embeds"]]
        hits = _matched(found, wanted)
        true_pos += hits
        found_total += len(found)
        wanted_total += len(wanted)
        report.append(f"{page['file']}: {hits}/{len(wanted)} counted, {len(found)} found")
    precision = true_pos / found_total
    recall = true_pos / wanted_total
    print("\n".join(report), f"\nprecision {precision:.3f} recall {recall:.3f}")
    assert wanted_total >= 25
    assert precision >= 0.95, report
    assert recall >= 0.95, report


@pytest.mark.parametrize("page", _manifest(), ids=lambda p: p["file"])
def test_html_page_features_read_the_visible_text(page: dict[str, Any], resolver: Resolver) -> None:
    body = (HTML_PAGES / page["file"]).read_text(encoding="utf-8")
    features = extract_features(Story(id=page["file"], body=body), resolver)
    text = visible_text(body)
    # Nothing a browser hides reaches the text: no markup, scripts, styles or comments.
    for hidden in ("<", "__NEXT_DATA__", "window.", "{display", "wp:paragraph", "t.co/aB3dE5fG7h"):
        assert hidden not in text
    assert features["social_embed_count"] == len(page["embeds"])
    assert features["social_link_count"] == len(page["links"])
    assert [(e.platform, e.account) for e in features.links] == [
        (e["platform"], e["account"]) for e in page["links"]
    ]
    assert features["social_embed_ratio"] == pytest.approx(page["social_embed_ratio"], abs=5e-5)


def test_a_linked_post_is_not_an_embed() -> None:
    body = (
        '<p>On March 21, 2006, Jack Dorsey posted <a href="https://twitter.com/jack/status/20">'
        "just setting up my twttr</a>.</p>"
    )
    scan = scan_html(body)
    assert scan.embeds == ()
    assert [(e.platform, e.account, e.method, scan.text[e.start : e.end]) for e in scan.links] == [
        ("x", "jack", "link", "just setting up my twttr")
    ]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            '<div data-embed-type="twitter" data-embed-id="1851200000000000001"></div>',
            [("x", None)],
        ),
        ('<div class="tweet" data-tweet-id="1851210000000000003"></div>', [("x", None)]),
        (
            '<iframe class="lazyload" data-src="https://www.youtube-nocookie.com/embed/Xn4bT7pQa2c">'
            "</iframe>",
            [("youtube", None)],
        ),
        ('<div class="ad" data-embed-type="ad"></div>', []),
        ('<!-- <blockquote class="twitter-tweet">x</blockquote> -->', []),
        ('<template><blockquote class="twitter-tweet">x</blockquote></template>', []),
        (
            '<noscript><iframe src="https://www.youtube.com/embed/Vc9ElNt2026"></iframe></noscript>',
            [],
        ),
    ],
    ids=[
        "data-embed-type",
        "data-tweet-id",
        "lazy-iframe",
        "ad-slot",
        "comment",
        "template",
        "noscript",
    ],
)
def test_placeholders_and_hidden_markup(html: str, expected: list[tuple[str, str | None]]) -> None:
    body = f"<p>Turnout passed 61 percent.</p>{html}<p>Results are unofficial.</p>"
    assert [(e.platform, e.account) for e in find_embeds(body)] == expected


def test_script_state_is_not_body_text() -> None:
    body = (
        '<p>Talks stalled.</p><script id="__NEXT_DATA__" type="application/json">'
        '{"text": "https://t.co/xyz\\\\", "u": "https://twitter.com/a/status/1"}</script>'
    )
    assert visible_text(body) == "Talks stalled."
    assert find_embeds(body) == ()


@pytest.mark.parametrize(
    "body",
    [
        "<div>" * 50_000 + "deep",
        "<p>a<p>b</div></div><blockquote class=twitter-tweet>x</p></blockquote>",
        '<blockquote class="twitter-tweet"><a href="https://twitter.com/a/status/1',
        "\x00<p>nul</p>",
        "<table><tr><td><blockquote class='twitter-tweet'>— A (@a) May 1, 2025</td></table>",
    ],
    ids=["deep", "stray-closers", "truncated", "nul", "table"],
)
def test_broken_markup_reads_without_error(body: str) -> None:
    scan = scan_html(body)
    assert "<" not in scan.text
    assert all(0 <= e.start <= e.end <= len(scan.text) for e in (*scan.embeds, *scan.links))


def test_plain_text_bodies_are_not_parsed_as_html(
    seed: Story, resolver: Resolver, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(body: str) -> None:
        raise AssertionError(f"parsed as HTML: {body[:40]!r}")

    monkeypatch.setattr(html_module, "LexborHTMLParser", refuse)
    features = extract_features(seed, resolver)
    assert features["social_embed_count"] == 4.0
    assert len(find_embeds(seed.body)) == 4
    assert visible_text(seed.body) == seed.body
    with pytest.raises(AssertionError, match="parsed as HTML"):
        find_embeds("<p>Talks ended.</p>")
    assert not looks_like_html(seed.body)
    assert not looks_like_html("If a < b and b > c, then a < c.")
    assert looks_like_html("<p>Talks ended.</p>")

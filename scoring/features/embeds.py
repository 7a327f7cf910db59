"""Social media posts embedded in a story body: where they are and whose they are.

In plain text, these shapes are recognised, each anchored on fixed tokens so every scan is linear:

- the flattened post that HTML-to-text conversion leaves behind, ending in a signature
  ``— Name (@handle) Month D, YYYY`` (the scan anchors on ``(@``);
- post and media links in plain text (status URLs, ``pic.twitter.com``, ``t.co``,
  ``youtu.be``, ``t.me/channel/123``, ...; the scan anchors on the host names);
- a Mastodon post URL on any instance (``https://host/@user/<id>``).

An HTML body is read by :mod:`scoring.features.html` instead: the posts the page shows
are found in its structure, the links to posts are kept apart, and these shapes are
then looked for in its visible text.

Span rule for a flattened post: it ends with its signature's date. It starts at the
first sentence of the post text: scanning back from the signature, the first sentence
end (``.``, ``?``, ``!`` or ``:`` possibly followed by a closing quote, then whitespace)
that is not inside a quotation nor followed only by links, the end of the previous
embed, or at most
:data:`MAX_POST_TEXT` characters back, whichever comes first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import Final

from scoring.features.model import Embed
from scoring.outlets.platforms import PLATFORMS, platform_table

__all__ = ["MAX_POST_TEXT", "embed_features", "find_embeds"]

_PLATFORM_SLOTS: Final = {p: i for i, p in enumerate(PLATFORMS)}
_PLATFORM_NAMES: Final = tuple(f"social_embed_{p}_count" for p in PLATFORMS)

MAX_POST_TEXT: Final = 600
"""Longest stretch scanned back from a signature for the post's first sentence: a post
holds at most 280 characters of text (500 on some platforms) plus links."""

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Anchored on the literal "(@"; every quantifier is bounded and followed by a token it
# cannot consume, so a failed attempt costs a constant number of steps.
_SIGNATURE = re.compile(
    r"\(@([A-Za-z0-9_.]{1,40})\)[ \u00a0]{0,3}(?:on[ \u00a0])?"
    rf"(?:{_MONTHS})[ \u00a0]\d{{1,2}},[ \u00a0]\d{{4}}"
)
_SIGNATURE_NAME_REACH = 80

# Every host of the platform table: a story body's link to any of them is a link to
# the platform, whatever the host's role.
_HOSTS: Final = platform_table().body_hosts
# Hosts of a post's media: adjacent links to them are the leftovers of one post.
_MEDIA_HOSTS: Final = platform_table().media_hosts
_HOSTS_BY_TLD: Final[dict[str, tuple[str, ...]]] = {
    tld: tuple(sorted((h for h in _HOSTS if h.endswith(f".{tld}")), key=len, reverse=True))
    for tld in {h.rsplit(".", 1)[1] for h in _HOSTS}
}
# Opens on a literal ".", which the regex engine searches for in C.
_TLD = re.compile(r"\.(" + "|".join(sorted(_HOSTS_BY_TLD, key=len, reverse=True)) + ")/")
_PATH = re.compile(r"[^\s<>\"'\)\]]{0,400}")
_HOST_PREFIXES = ("www.", "m.", "mobile.", "vm.", "web.", "old.", "np.")
_SCHEMES = ("https://", "http://", "//")
# Mastodon instances have any host; a post URL is https://host/@user/<numeric id>.
_MASTODON = re.compile(r"/@([A-Za-z0-9_]{1,30})/(\d{6,20})(?![\w/])")
_URL_START_REACH = 120

_X_STATUS = re.compile(r"([A-Za-z0-9_]{1,15})/status(?:es)?/\d+")
_ACCOUNT_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "instagram": re.compile(r"(?!p/|reel/|reels/|tv/|stories/)([A-Za-z0-9_.]{1,30})/(?:p|reel)/"),
    "facebook": re.compile(
        r"(?!watch|plugins|story\.php|permalink)([A-Za-z0-9.]{1,50})/(?:posts|videos)/"
    ),
    "tiktok": re.compile(r"@([A-Za-z0-9_.]{1,24})/video/\d+"),
    # The web preview "t.me/s/<channel>/<id>" names the same post.
    "telegram": re.compile(r"(?:s/)?([A-Za-z0-9_]{5,32})/\d+"),
    "truthsocial": re.compile(r"@([A-Za-z0-9_]{1,30})/(?:posts/)?\d+"),
    "bluesky": re.compile(r"profile/([A-Za-z0-9.:\-]{1,253})/post/\w+"),
    "threads": re.compile(r"@([A-Za-z0-9_.]{1,30})/post/[\w\-]+"),
    # Written "r/<name>", the form outlet tables give Reddit handles in.
    "reddit": re.compile(r"(r/\w{1,30})/comments/"),
}
_POST_PATHS: Final[dict[str, re.Pattern[str]]] = {
    "instagram": re.compile(r"(?:[A-Za-z0-9_.]{1,30}/)?(?:p|reel|tv)/[\w\-]+"),
    "facebook": re.compile(
        r"(?:watch|[A-Za-z0-9.]{1,50}/(?:posts|videos)/|permalink\.php|story\.php|plugins/)"
    ),
    "youtube": re.compile(r"(?:watch\?|shorts/|embed/|live/|[\w\-]{11}(?![\w\-]))"),
    "reddit": re.compile(r"(?:r/\w{1,30}/comments/|[A-Za-z0-9]{5,8}(?!\w))"),
    "rumble": re.compile(r"(?:v[\w\-]{3,}\.html|embed/)"),
}

_FACEBOOK_POST = re.compile(
    r"facebook\.com/(?!plugins/|watch)([A-Za-z0-9.]{1,50})/(?:posts|videos)/"
)
_OPENERS = "\u2018\u201c"
_CLOSERS = "\u2019\u201d"
_TERMINALS = ".?!:"
_LINKS_ONLY_REACH = 200
_LINK_TOKENS = ("http://", "https://", "pic.twitter.com/", "pic.x.com/")
# Matched on the reversed window, so a lookbehind reads the characters that follow in
# the body. Only marks that can matter are visited: a terminal where whitespace follows
# it (else it ends nothing: "U.S.", "t.co/"), a closing quote as a sentence end where a
# terminal precedes it, U+2019 where no ASCII letter follows (else an apostrophe), and
# the other quotes. The pattern opens on a character class, which the regex engine skips
# ahead on; conditions first would be tried at every position.
_MARKS = re.compile(
    "[.?!:\u2018\u201c\u2019\u201d]"
    "(?:(?<=\\s[.?!:])|(?<=\\s[\u2019\u201d])(?=[.?!])|(?<![A-Za-z]\u2019)(?<=\u2019)"
    "|(?<=[\u2018\u201c\u201d]))"
)


def find_embeds(body: str) -> tuple[Embed, ...]:
    """Find the social media posts embedded in a story body.

    Spans never overlap; an HTML embed swallows the links and signature inside it, and
    a flattened post swallows its own links. Runs in time linear in ``len(body)``.

    Args:
        body: the story body, plain text or HTML.

    Returns:
        The embeds in body order, ``outlet_id`` unset.

    Example:
        >>> body = "Look. Peace now pic.twitter.com/AbC123 — RT (@RT_com) September 11, 2025 End."
        >>> [(e.platform, e.account, body[e.start:e.end][:10]) for e in find_embeds(body)]
        [('x', 'rt_com', 'Peace now ')]
    """
    # The HTML reader builds on this module's text scans: imported on use, not at import.
    from scoring.features.html import read_body

    return read_body(body).embeds


def _text_embeds(body: str, taken: _Spans) -> list[Embed]:
    """The plain-text shapes outside the ``taken`` spans, in body order.

    Flattened signatures, post and media links, Mastodon URLs.
    """
    # Single characters first: a one-character membership test runs at memory speed.
    # The signature and Mastodon patterns open on "(@" and "/@", which the regex
    # engine finds faster than the same two-character membership test would.
    at = "@" in body
    found: list[Embed] = []
    if at:
        found.extend(_signature_embeds(body, taken))
    if "/" in body:
        found.extend(_link_embeds(body, _join(taken, found)))
        if at:
            found.extend(_mastodon_embeds(body, _join(taken, found)))
    if len(found) > 1:
        found.sort(key=lambda e: e.start)
    return found


def embed_features(
    body: str, embeds: Iterable[Embed], links: Iterable[Embed] = ()
) -> dict[str, float]:
    """Counts per platform, embed share of the body, and posts linked to but not shown.

    The share is of body characters inside embeds; the links are the posts the body
    links to without showing them.

    Args:
        body: the text the spans index (the visible text of an HTML body).
        embeds: the posts the body shows.
        links: the posts it only links to.

    Example:
        >>> embed_features("abcd", [Embed("x", None, 0, 1, "post-url")])["social_embed_ratio"]
        0.25
    """
    counts = [0] * len(PLATFORMS)
    covered = 0
    total = 0
    for embed in embeds:
        counts[_PLATFORM_SLOTS[embed.platform]] += 1
        covered += embed.end - embed.start
        total += 1
    values: dict[str, float] = {
        "social_embed_count": float(total),
        "social_embed_ratio": covered / len(body) if body else 0.0,
    }
    values.update(zip(_PLATFORM_NAMES, map(float, counts), strict=True))
    values["social_link_count"] = float(sum(1 for _ in links))
    return values


class _Spans:
    """Sorted, non-overlapping taken spans with O(log n) overlap tests.

    Built from ``(start, end)`` pairs, or from embeds with :meth:`of`.
    """

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.ends = [e for _, e in pairs]

    @classmethod
    def of(cls, embeds: Iterable[Embed]) -> _Spans:
        """The spans of ``embeds``."""
        return cls((e.start, e.end) for e in embeds)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends, strict=True)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def starts_within(self, lo: int, hi: int) -> bool:
        """True when a taken span starts in ``lo..hi`` (both included).

        An embed the page shows between two media links, even one that shows no text,
        keeps them apart.
        """
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] <= hi

    def covers(self, pos: int) -> bool:
        """True when ``pos`` lies inside a taken span."""
        i = bisect.bisect_right(self.starts, pos)
        return bool(i) and self.ends[i - 1] > pos

    def end_before(self, pos: int) -> int:
        """End of the last taken span starting at or before ``pos``, else 0.

        At: an embed the page shows with no text, right before a signature, ends the
        text before the signature's post.
        """
        i = bisect.bisect_right(self.starts, pos)
        return self.ends[i - 1] if i else 0


_NO_SPANS: Final = _Spans(())


def _join(taken: _Spans, found: list[Embed]) -> _Spans:
    # Most bodies have nothing taken before the later scans: share the instance rather
    # than sort and copy nothing for each scan.
    if not found:
        return taken
    return _Spans([*taken, *((e.start, e.end) for e in found)])


def _signature_embeds(body: str, taken: _Spans) -> list[Embed]:
    out: list[Embed] = []
    previous_end = 0
    for match in _SIGNATURE.finditer(body):
        anchor = match.start()
        if taken.overlaps(anchor, match.end()):
            continue
        reach = max(0, anchor - _SIGNATURE_NAME_REACH)
        dash = max(
            body.rfind("\u2014", reach, anchor),
            body.rfind("\u2013", reach, anchor),
            body.rfind("-", reach, anchor),
        )
        text_end = dash if dash >= 0 else anchor
        floor = max(previous_end, taken.end_before(anchor), text_end - MAX_POST_TEXT, 0)
        start = _post_start(body, floor, text_end)
        out.append(Embed("x", match.group(1).lower(), start, match.end(), "signature"))
        previous_end = match.end()
    return out


def _post_start(body: str, floor: int, end: int) -> int:
    """First character of the post text ending at ``end``; see the module docstring."""
    depth = 0
    start = floor
    # Only quotes and sentence ends matter; visit just those, last first, scanning the
    # reversed window so the scan stops at the boundary. Marks that cannot end a
    # sentence nor open or close a quotation are skipped by the pattern (see _MARKS).
    for mark in _MARKS.finditer(body[floor:end][::-1]):
        i = end - 1 - mark.start()
        char = body[i]
        following = body[i + 1] if i + 1 < len(body) else " "
        if (
            depth == 0
            and following.isspace()
            and i + 1 < end
            and (char in _TERMINALS or (char in _CLOSERS and i > floor and body[i - 1] in ".?!"))
            and not _only_links(body, i + 1, end)
        ):
            start = i + 1
            break
        if char in _CLOSERS and not (char == "\u2019" and following.isalpha()):
            depth += 1
        elif char in _OPENERS and depth:
            depth -= 1
    while start < end and body[start].isspace():
        start += 1
    return start


def _only_links(body: str, start: int, end: int) -> bool:
    """True when ``body[start:end]`` holds nothing but links.

    Then the post's text ended with a full stop right before its media links, so the
    sentence end is inside the post.
    """
    if end - start > _LINKS_ONLY_REACH:
        return False
    text = body[start:end].lstrip()
    # Most sentence ends are followed by more text: the first token refuses them
    # without splitting the rest.
    return text.startswith(_LINK_TOKENS) and all(t.startswith(_LINK_TOKENS) for t in text.split())


def _link_embeds(body: str, taken: _Spans) -> list[Embed]:
    out: list[Embed] = []
    cluster: Embed | None = None
    for host_start, host, path_end in _links(body, taken):
        start = _link_start(body, host_start)
        if start < 0:
            continue
        end = path_end
        while end > start and body[end - 1] in ".,;:!?":
            end -= 1
        if taken.overlaps(start, end):
            continue
        path = body[host_start + len(host) + 1 : path_end]
        platform = _HOSTS[host]
        if host in _MEDIA_HOSTS:
            if not path:
                continue
            # Adjacent media links are the leftovers of one post whose signature is lost.
            if (
                cluster is not None
                and not body[cluster.end : start].strip()
                and not taken.starts_within(cluster.end, start)
            ):
                cluster = Embed(platform, None, cluster.start, end, "media-link")
                out[-1] = cluster
            else:
                cluster = Embed(platform, None, start, end, "media-link")
                out.append(cluster)
            continue
        cluster = None
        account = _account_from_path(platform, path)
        if account is None and not _is_post_path(platform, path):
            continue
        out.append(Embed(platform, account, start, end, "post-url"))
    return out


def _links(body: str, taken: _Spans | None = None) -> list[tuple[int, str, int]]:
    """Host start, host and path end of every platform link, left to right, disjoint.

    The scan anchors on the literal "." of a top-level domain followed by "/", then
    checks the few known hosts with that ending; a host inside an earlier link's path
    is skipped, and so is a link whose top-level domain lies in a ``taken`` span: the
    span overlaps it, and since a path stops at whitespace and angle brackets, it ends
    inside the span with any host it holds.
    """
    out: list[tuple[int, str, int]] = []
    last_end = -1
    for match in _TLD.finditer(body):
        host_end = match.end() - 1
        if host_end < last_end or (taken is not None and taken.covers(match.start())):
            continue
        for host in _HOSTS_BY_TLD[match.group(1)]:
            if host_end >= len(host) and body.startswith(host, host_end - len(host)):
                path = _PATH.match(body, host_end + 1)
                end = path.end() if path else host_end + 1
                out.append((host_end - len(host), host, end))
                last_end = end
                break
    return out


def _link_start(text: str, host_start: int) -> int:
    """Where the URL around a host starts, or -1 when the host is inside another name."""
    start = host_start
    # Every prefix ends in "." and every scheme in "/": one character decides whether
    # to look for them.
    if start and text[start - 1] == ".":
        for prefix in _HOST_PREFIXES:
            if start >= len(prefix) and text.startswith(prefix, start - len(prefix)):
                start -= len(prefix)
                break
    if start and text[start - 1] == "/":
        for scheme in _SCHEMES:
            if start >= len(scheme) and text.startswith(scheme, start - len(scheme)):
                start -= len(scheme)
                break
    if start and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
        return -1
    return start


def _account_from_path(platform: str, path: str) -> str | None:
    if platform == "x":
        m = _X_STATUS.match(path)
        return m.group(1).lower() if m else None
    pattern = _ACCOUNT_PATTERNS.get(platform)
    if pattern is None:
        return None
    m = pattern.match(path)
    return m.group(1).lower() if m else None


def _is_post_path(platform: str, path: str) -> bool:
    pattern = _POST_PATHS.get(platform)
    return pattern is not None and pattern.match(path) is not None


def _mastodon_embeds(body: str, taken: _Spans) -> list[Embed]:
    out: list[Embed] = []
    for match in _MASTODON.finditer(body):
        scheme = body.rfind("://", max(0, match.start() - _URL_START_REACH), match.start())
        if scheme < 0:
            continue
        host = body[scheme + 3 : match.start()]
        if not host or any(c.isspace() or c in "/<>\"'" for c in host):
            continue
        start = scheme
        while start > 0 and body[start - 1].isalpha():
            start -= 1
        if taken.overlaps(start, match.end()):
            continue
        out.append(Embed("mastodon", match.group(1).lower(), start, match.end(), "post-url"))
    return out

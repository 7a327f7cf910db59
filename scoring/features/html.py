"""HTML story bodies: the text a reader sees, the posts the page shows, the posts it links.

The body is parsed with lexbor (through selectolax), which follows the HTML5 parsing
rules browsers use, so broken markup (unclosed paragraphs, stray closing tags, a
truncated page) reads as a browser would read it. One walk over the tree then does
three jobs at once:

1. Visible text. Text inside ``<script>``, ``<style>``, ``<noscript>``, ``<template>``,
   ``<head>``, ``<iframe>`` and comments is never shown, so it is never body text: a
   page's JSON state (``<script id="__NEXT_DATA__">``) or its analytics mention posts
   that no reader sees. Runs of whitespace read as one space; blocks are separated by
   a line break.
2. Embedded posts, found by structure, outermost element first, never nested: the
   platforms' own markup (``blockquote.twitter-tweet``, ``instagram-media``,
   ``tiktok-embed``, ``bluesky-embed``, Threads' ``text-post-media``, Mastodon and
   Reddit embeds, the WordPress embed block of a platform), platform players in
   ``<iframe>`` (``src`` or a lazy-loading ``data-src``), placeholders a script fills
   later (``data-embed-type="twitter"``, ``data-tweet-id``, Telegram's widget
   ``<script data-telegram-post>``), and post cards a CMS renders (a small block
   holding the post's text, its author's ``@handle`` on its own, and one link to the
   post). Its span is the visible text inside the element, empty for a player or a
   placeholder that has no text of its own.
3. Linked posts: an ``<a href>`` to a post (a status URL, an Instagram ``/p/``, a
   TikTok video, ...) outside any embed is the author pointing at a post, not the page
   showing one. They are reported apart, with the link's text as their span.

The visible text is then scanned like a plain-text body (flattened signatures, bare
post URLs), outside the spans already taken, so HTML that carries posts already
flattened to text loses nothing.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scoring.features import embeds as _plain
from scoring.features.model import Embed

__all__ = ["MAX_UNCLOSED", "HtmlScan", "looks_like_html", "scan_html", "visible_text"]

# A body is HTML when it holds a tag of the common body vocabulary: a "<" alone
# ("a < b", "<sigh>") is not enough.
_TAG: Final = re.compile(
    r"<(?:/?(?:p|div|a|br|span|blockquote|iframe|script|style|figure|article|section|"
    r"html|body|head|h[1-6]|ul|ol|li|img|em|strong|b|i|noscript|template|main|aside|"
    r"header|footer|table|tr|td|time|video|picture)[\s/>]|!--|!doctype)",
    re.IGNORECASE,
)
_HIDDEN: Final = frozenset(
    {"script", "style", "noscript", "template", "iframe", "-comment", "svg", "title"}
)
_BLOCKS: Final = frozenset(
    {
        "p",
        "div",
        "blockquote",
        "figure",
        "figcaption",
        "article",
        "section",
        "aside",
        "header",
        "footer",
        "main",
        "nav",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "hr",
        "br",
        "body",
        "html",
        "dl",
        "dt",
        "dd",
        "form",
        "address",
    }
)
_SPACE: Final = re.compile(r"\s+")
MAX_UNCLOSED: Final = 5000
"""Past this many elements left open, a body is read as text with its tags cut out
rather than parsed: real pages nest a few dozen deep."""
_VOIDS: Final = ("br", "img", "meta", "link", "input", "hr", "source", "wbr", "p>", "p ", "li")
_HIDDEN_BLOCK: Final = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|noscript|template)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_TAG_TEXT: Final = re.compile(r"<[^<>]{0,4000}>")

# Class names the platforms' embed code and publishing systems put on an embed.
_CLASS_PLATFORMS: Final = {
    "twitter-tweet": "x",
    "twitter-video": "x",
    "twitter-tweet-rendered": "x",
    "instagram-media": "instagram",
    "tiktok-embed": "tiktok",
    "bluesky-embed": "bluesky",
    "text-post-media": "threads",
    "threads-embed": "threads",
    "reddit-embed-bq": "reddit",
    "reddit-embed": "reddit",
    "reddit-card": "reddit",
    "mastodon-embed": "mastodon",
    "truthsocial-embed": "truthsocial",
    "fb-post": "facebook",
    "fb-video": "facebook",
    "telegram-post": "telegram",
}
# Provider names in embed blocks (wp-block-embed-<name>, is-provider-<name>) and in
# script placeholders (data-embed-type="<name>").
_PROVIDERS: Final = {
    "twitter": "x",
    "x": "x",
    "tweet": "x",
    "instagram": "instagram",
    "facebook": "facebook",
    "youtube": "youtube",
    "tiktok": "tiktok",
    "telegram": "telegram",
    "truthsocial": "truthsocial",
    "truth-social": "truthsocial",
    "bluesky": "bluesky",
    "threads": "threads",
    "mastodon": "mastodon",
    "reddit": "reddit",
    "rumble": "rumble",
}
_PROVIDER_CLASS: Final = re.compile(r"\b(?:wp-block-embed-|is-provider-)([a-z\-]+)")
# Hosts of players and embed frames beyond those a plain-text link names.
_FRAME_HOSTS: Final = {
    **_plain._HOSTS,
    "youtube-nocookie.com": "youtube",
    "platform.twitter.com": "x",
    "embed.bsky.app": "bluesky",
    "embed.reddit.com": "reddit",
    "redditmedia.com": "reddit",
    "telegram.org": "telegram",
}
# Attributes that carry the post's address or identity.
_URL_ATTRS: Final = (
    "href",
    "src",
    "data-src",
    "data-lazy-src",
    "cite",
    "data-instgrm-permalink",
    "data-text-post-permalink",
    "data-embed-url",
    "data-url",
    "data-href",
)
_HANDLE: Final = re.compile(r"^@([A-Za-z0-9_.]{1,60})$")
_POSTED_BY: Final = re.compile(
    r"(?:A post shared by [^()\n]{0,80}\(@|Post by @|\(@)([A-Za-z0-9_.\-]{1,60})\)?"
)
_CARD_TAGS: Final = frozenset({"div", "article", "figure", "li", "aside", "section", "blockquote"})
_CARD_REACH: Final = 4
_CARD_MAX_TEXT: Final = 1500
_CARD_MAX_PARAGRAPHS: Final = 2


@dataclass(frozen=True, slots=True)
class HtmlScan:
    """What a reader sees of an HTML body.

    Attributes:
        text: the visible text; every span below indexes it.
        embeds: the posts the page shows, in text order.
        links: the posts the text links to (``method`` is ``link``), in text order.
    """

    text: str
    embeds: tuple[Embed, ...]
    links: tuple[Embed, ...]


def looks_like_html(body: str) -> bool:
    """True when ``body`` is HTML rather than plain text.

    Example:
        >>> looks_like_html("<p>Talks ended.</p>"), looks_like_html("If a < b, then")
        (True, False)
    """
    return "<" in body and _TAG.search(body) is not None


def visible_text(body: str) -> str:
    """The text a reader sees: ``body`` itself unless it is HTML.

    Example:
        >>> visible_text('<p>Talks ended.</p><script>var u = "https://t.co/x";</script>')
        'Talks ended.'
    """
    return scan_html(body).text if looks_like_html(body) else body


def scan_html(body: str) -> HtmlScan:
    """Visible text, embedded posts and linked posts of an HTML body; see the module doc.

    Example:
        >>> scan = scan_html(
        ...     '<p>Setup <a href="https://twitter.com/jack/status/20">a post</a>.</p>'
        ...     '<blockquote class="twitter-tweet"><p>Freed.</p>&mdash; RT (@RT_com) '
        ...     '<a href="https://twitter.com/RT_com/status/1">Sep 11, 2025</a></blockquote>'
        ... )
        >>> [(e.platform, e.account, scan.text[e.start:e.end]) for e in scan.embeds]
        [('x', 'rt_com', 'Freed.\\n— RT (@RT_com) Sep 11, 2025')]
        >>> [(e.account, e.method) for e in scan.links]
        [('jack', 'link')]
    """
    if _unclosed(body) > MAX_UNCLOSED:
        return _stripped(body)
    tree = LexborHTMLParser(body)
    root = tree.root
    if root is None:
        return HtmlScan("", (), ())
    walk = _Walk(_cards(tree))
    walk.run(root)
    text = "".join(walk.pieces).rstrip()
    embeds = [e if e.end <= len(text) else _clip(e, len(text)) for e in walk.embeds]
    links = [e if e.end <= len(text) else _clip(e, len(text)) for e in walk.links]
    taken = _plain._Spans([*embeds, *links])
    found = _plain._text_embeds(text, taken)
    if found:
        embeds.extend(found)
        embeds.sort(key=lambda e: (e.start, e.end))
    return HtmlScan(text, tuple(embeds), tuple(links))


def _unclosed(body: str) -> int:
    """Elements opened and never closed, counted on the raw text: how deep the tree can
    nest. Void elements (``<br>``, ``<img>``, ...) and ``<p>``, which a new block closes,
    never deepen it."""
    lowered = body.lower()
    opens = body.count("<") - body.count("</") - body.count("<!")
    voids = sum(lowered.count(f"<{tag}") for tag in _VOIDS)
    return opens - voids - body.count("</")


def _stripped(body: str) -> HtmlScan:
    # Markup nested thousands deep is no article page, and lexbor's tree building is
    # quadratic in the depth: read it as text with the hidden parts cut out.
    text = html.unescape(_TAG_TEXT.sub(" ", _HIDDEN_BLOCK.sub(" ", body)))
    text = _SPACE.sub(" ", text).strip()
    return HtmlScan(text, tuple(_plain._text_embeds(text, _plain._NO_SPANS)), ())


def _clip(embed: Embed, size: int) -> Embed:
    # The text's trailing whitespace is dropped after the walk.
    return Embed(embed.platform, embed.account, min(embed.start, size), size, embed.method)


class _Walk:
    """One depth-first pass: text pieces, and the spans of embeds and links."""

    def __init__(self, cards: dict[int, tuple[str, str | None]]) -> None:
        self.cards = cards
        self.pieces: list[str] = []
        self.size = 0
        self.embeds: list[Embed] = []
        self.links: list[Embed] = []
        # Whether the text so far ends in whitespace (or is empty): spaces collapse.
        self.blank = True

    def emit(self, text: str) -> None:
        text = _SPACE.sub(" ", text)
        if self.blank:
            text = text.lstrip(" ")
        if text:
            self.pieces.append(text)
            self.size += len(text)
            self.blank = text[-1].isspace()

    def newline(self) -> None:
        if self.pieces and not self.blank:
            self.pieces.append("\n")
            self.size += 1
            self.blank = True
        elif self.pieces and self.pieces[-1].endswith(" "):
            # A space before a block break is not shown.
            self.pieces[-1] = self.pieces[-1][:-1] + "\n"

    def run(self, root: LexborNode) -> None:
        # An explicit stack: pages nest thousands deep at worst, past Python's recursion.
        # Entries are (node, None) to enter a node, or (node, closer) to leave one.
        stack: list[tuple[LexborNode, _Closer | None]] = [(root, None)]
        inside = 0
        while stack:
            node, closer = stack.pop()
            if closer is not None:
                if closer.block:
                    self.newline()
                if closer.kind is not None:
                    end = self.size - (1 if self.pieces and self.pieces[-1] == "\n" else 0)
                    end = max(end, closer.start)
                    platform, account = closer.kind
                    if closer.link:
                        self.links.append(Embed(platform, account, closer.start, end, "link"))
                    else:
                        inside -= 1
                        self.embeds.append(Embed(platform, account, closer.start, end, "html"))
                continue
            tag = node.tag or ""
            if tag == "-text":
                self.emit(node.text_content or "")
                continue
            if tag in _HIDDEN:
                if not inside and tag == "script":
                    kind = _telegram(node)
                    if kind is not None:
                        self.embeds.append(Embed(kind[0], kind[1], self.size, self.size, "html"))
                elif not inside and tag == "iframe":
                    kind = _frame(node)
                    if kind is not None:
                        self.newline()
                        self.embeds.append(Embed(kind[0], kind[1], self.size, self.size, "html"))
                continue
            block = tag in _BLOCKS
            if block:
                self.newline()
            kind = None
            link = False
            if not inside:
                kind = self.cards.get(node.mem_id) or _embed_kind(tag, node)
                if kind is None and tag == "a":
                    kind = _linked_post(node)
                    link = kind is not None
            if kind is not None and not link:
                inside += 1
            stack.append((node, _Closer(block, kind, self.size, link)))
            children: list[LexborNode] = []
            child = node.child
            while child is not None:
                children.append(child)
                child = child.next
            stack.extend((c, None) for c in reversed(children))


@dataclass(slots=True)
class _Closer:
    block: bool
    kind: tuple[str, str | None] | None
    start: int
    link: bool


def _classes(node: LexborNode) -> str:
    return (node.attributes.get("class") or "").lower()


def _embed_kind(tag: str, node: LexborNode) -> tuple[str, str | None] | None:
    """Platform and account of an element the page shows as a post, else None."""
    attrs = node.attributes
    if not attrs:
        return None
    classes = _classes(node)
    platform: str | None = None
    if classes:
        for token in classes.split():
            platform = _CLASS_PLATFORMS.get(token)
            if platform is not None:
                break
        if platform is None:
            m = _PROVIDER_CLASS.search(classes)
            if m is not None:
                platform = _PROVIDERS.get(m.group(1))
    if platform is None:
        embed_type = attrs.get("data-embed-type") or attrs.get("data-provider")
        if embed_type:
            platform = _PROVIDERS.get(embed_type.strip().lower())
        elif "data-tweet-id" in attrs or "data-tweetid" in attrs:
            platform = "x"
    if platform is None:
        return None
    return platform, _account_inside(platform, node)


def _telegram(node: LexborNode) -> tuple[str, str | None] | None:
    post = node.attributes.get("data-telegram-post")
    if not post:
        return None
    channel = post.split("/", 1)[0].strip().lower()
    return "telegram", channel or None


def _frame(node: LexborNode) -> tuple[str, str | None] | None:
    attrs = node.attributes
    for name in ("src", "data-src", "data-lazy-src"):
        url = attrs.get(name)
        if not url:
            continue
        hit = _classify(url, frame=True)
        if hit is not None:
            return hit[0], hit[1]
    return None


def _linked_post(node: LexborNode) -> tuple[str, str | None] | None:
    href = node.attributes.get("href")
    if not href:
        return None
    hit = _classify(href, frame=False)
    if hit is None or not hit[2]:
        return None
    return hit[0], hit[1]


@functools.lru_cache(maxsize=4096)
def _classify(url: str, *, frame: bool) -> tuple[str, str | None, bool] | None:
    """Platform, account and whether ``url`` names a post, for a platform URL.

    Cached: the same share, profile and post links recur page after page."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if not host:
        return None
    path = parts.path.lstrip("/")
    if parts.query:
        path = f"{path}?{parts.query}"
    platform = _platform_of_host(host)
    if platform is None:
        m = _plain._MASTODON.search("/" + parts.path.replace("/embed", ""))
        if m is not None and (frame or not parts.path.rstrip("/").endswith("/embed")):
            return "mastodon", m.group(1).lower(), True
        return None
    if frame:
        account = _plain._account_from_path(platform, path) or _frame_account(platform, url)
        return platform, account, True
    if platform == "reddit" and host != "redd.it" and not path.startswith("r/"):
        return None
    account = _plain._account_from_path(platform, path)
    return platform, account, account is not None or _plain._is_post_path(platform, path)


def _frame_account(platform: str, url: str) -> str | None:
    if platform == "facebook":
        m = _plain._FACEBOOK_POST.search(unquote(url))
        return m.group(1).lower() if m else None
    return None


def _platform_of_host(host: str) -> str | None:
    host = host.removeprefix("www.")
    while True:
        platform = _FRAME_HOSTS.get(host)
        if platform is not None:
            return platform
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
        if "." not in host:
            return None


def _account_inside(platform: str, node: LexborNode) -> str | None:
    """The account of the post an embed element shows, from its addresses or its text."""
    fallback: str | None = None
    for element in (node, *node.css("[href], [src], [data-src], [cite], [data-embed-url]")):
        attrs = element.attributes
        for name in _URL_ATTRS:
            value = attrs.get(name)
            if not value:
                continue
            hit = _classify(value, frame=True)
            if hit is None or hit[0] != platform or hit[1] is None:
                continue
            if hit[1].startswith("did:"):
                # A Bluesky address names the account by its permanent id; the handle
                # a reader sees is in the text.
                fallback = fallback or hit[1]
                continue
            return hit[1]
    if platform == "telegram":
        kind = _telegram(node)
        if kind is not None:
            return kind[1]
    text = node.text(deep=True, separator=" ")
    m = _POSTED_BY.search(text)
    if m is not None:
        return m.group(1).lower()
    for element in node.css("span, a, div, strong, b"):
        handle = _HANDLE.match((element.text(deep=True) or "").strip())
        if handle is not None:
            return handle.group(1).lower()
    return fallback


def _cards(tree: LexborHTMLParser) -> dict[int, tuple[str, str | None]]:
    """Post cards: for each link to a post, the nearest small block around it that
    shows the author's ``@handle`` on its own, holds at most a couple of paragraphs and
    links no other post. Keyed by the block's node id."""
    cards: dict[int, tuple[str, str | None]] = {}
    for anchor in tree.css("a[href]"):
        hit = _classify(anchor.attributes.get("href") or "", frame=False)
        if hit is None or not hit[2]:
            continue
        platform, account, _ = hit
        node = anchor.parent
        for _ in range(_CARD_REACH):
            if node is None or node.tag in ("body", "html", "main"):
                break
            if node.tag in _CARD_TAGS:
                card = _card_account(node, platform, account)
                if card == _NOT_A_CARD:
                    break
                if card is not None:
                    cards.setdefault(node.mem_id, (platform, card or account))
                    break
            node = node.parent
    return cards


_NOT_A_CARD: Final = ""


def _card_account(node: LexborNode, platform: str, account: str | None) -> str | None:
    """The handle a card shows; ``_NOT_A_CARD`` when the block is prose, not a card;
    None when the block is too small to tell."""
    if len(node.css("p")) > _CARD_MAX_PARAGRAPHS:
        return _NOT_A_CARD
    text = node.text(deep=True, separator=" ")
    if len(text) > _CARD_MAX_TEXT:
        return _NOT_A_CARD
    posts = set()
    for anchor in node.css("a[href]"):
        hit = _classify(anchor.attributes.get("href") or "", frame=False)
        if hit is not None and hit[2]:
            posts.add(anchor.attributes.get("href"))
    if len(posts) > 1:
        return _NOT_A_CARD
    for element in node.css("span, a, div, strong, b, cite"):
        m = _HANDLE.match((element.text(deep=True) or "").strip())
        if m is None:
            continue
        handle = m.group(1).lower()
        if account is None or handle == account:
            return handle
    return None

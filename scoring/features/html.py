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
from typing import Final, NamedTuple
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser, LexborNode

from scoring.features import embeds as _plain
from scoring.features.model import Embed
from scoring.outlets import urls
from scoring.outlets.platforms import body_platform, platform_table

__all__ = [
    "MAX_UNCLOSED",
    "HtmlScan",
    "looks_like_html",
    "read_body",
    "scan_html",
    "visible_text",
]

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

# Class names of the platforms' embed markup, and the platforms' names in embed blocks
# (wp-block-embed-<name>, is-provider-<name>) and script placeholders
# (data-embed-type="<name>"): the platform table's.
_CLASS_PLATFORMS: Final = platform_table().embed_classes
_PROVIDERS: Final = platform_table().providers
_PROVIDER_CLASS: Final = re.compile(r"\b(?:wp-block-embed-|is-provider-)([a-z\-]+)")
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
    """What a reader sees of a story body, and the posts in it.

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


def read_body(body: str) -> HtmlScan:
    """What a reader sees of a story body, HTML or plain text, and the posts in it.

    An HTML body is read by :func:`scan_html`; plain text is its own visible text, and
    its posts are the shapes :mod:`scoring.features.embeds` finds in text.

    Example:
        >>> read_body("Peace now pic.twitter.com/AbC123").embeds[0].method
        'media-link'
        >>> read_body("<p>Talks <b>ended</b>.</p>").text
        'Talks ended.'
    """
    if looks_like_html(body):
        return scan_html(body)
    return HtmlScan(body, tuple(_plain._text_embeds(body, _plain._NO_SPANS)), ())


def visible_text(body: str) -> str:
    """The text a reader sees: ``body`` itself unless it is HTML.

    Example:
        >>> visible_text('<p>Talks ended.</p><script>var u = "https://t.co/x";</script>')
        'Talks ended.'
    """
    return read_body(body).text


def scan_html(body: str) -> HtmlScan:
    r"""Visible text, embedded posts and linked posts of an HTML body; see the module doc.

    Example:
        >>> scan = scan_html(
        ...     '<p>Setup <a href="https://twitter.com/jack/status/20">a post</a>.</p>'
        ...     '<blockquote class="twitter-tweet"><p>Freed.</p>&mdash; RT (@RT_com) '
        ...     '<a href="https://twitter.com/RT_com/status/1">Sep 11, 2025</a></blockquote>'
        ... )
        >>> [(e.platform, e.account, scan.text[e.start:e.end]) for e in scan.embeds]
        [('x', 'rt_com', 'Freed.\n— RT (@RT_com) Sep 11, 2025')]
        >>> [(e.account, e.method) for e in scan.links]
        [('jack', 'link')]
    """
    if _too_deep(body):
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
    taken = _plain._Spans.of([*embeds, *links])
    found = _plain._text_embeds(text, taken)
    if found:
        embeds.extend(found)
        embeds.sort(key=lambda e: (e.start, e.end))
    return HtmlScan(text, tuple(embeds), tuple(links))


def _too_deep(body: str) -> bool:
    """True when more than :data:`MAX_UNCLOSED` elements are opened and never closed.

    Counted on the raw text: how deep the tree can nest. Void elements (``<br>``,
    ``<img>``, ...) and ``<p>``, which a new block closes, never deepen it.
    """
    tags = body.count("<")
    if tags <= MAX_UNCLOSED:
        # Every element opens with a "<": a body with fewer cannot nest deeper.
        return False
    lowered = body.lower()
    closes = body.count("</")
    opens = tags - closes - body.count("<!")
    voids = sum(lowered.count(f"<{tag}") for tag in _VOIDS)
    return opens - voids - closes > MAX_UNCLOSED


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

    def __init__(self, cards: dict[int, _Shown]) -> None:
        self.cards = cards
        self.pieces: list[str] = []
        self.size = 0
        self.embeds: list[Embed] = []
        self.links: list[Embed] = []
        # Whether the text so far ends in whitespace (or is empty): spaces collapse.
        self.blank = True
        # How many embeds the walk is inside: nothing inside an embed is another.
        self.inside = 0

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
        """Walk the tree under ``root``, depth first, in document order."""
        # An explicit stack: pages nest thousands deep at worst, past Python's recursion.
        # Entries are (node, None) to enter a node, or (node, closer) to leave one.
        stack: list[tuple[LexborNode, _Closer | None]] = [(root, None)]
        while stack:
            node, closer = stack.pop()
            if closer is not None:
                self._leave(closer)
            else:
                self._enter(node, stack)

    def _enter(self, node: LexborNode, stack: list[tuple[LexborNode, _Closer | None]]) -> None:
        tag = node.tag or ""
        if tag == "-text":
            self.emit(node.text_content or "")
            return
        if tag in _HIDDEN:
            if not self.inside:
                self._hidden_post(tag, node)
            return
        block = tag in _BLOCKS
        if block:
            self.newline()
        kind: _Shown | None = None
        link = False
        if not self.inside:
            kind = self.cards.get(node.mem_id) or _embed_kind(tag, node)
            if kind is None and tag == "a":
                kind = _linked_post(node)
                link = kind is not None
        if kind is not None and not link:
            self.inside += 1
        stack.append((node, _Closer(block, kind, self.size, link)))
        children: list[LexborNode] = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, None) for c in reversed(children))

    def _hidden_post(self, tag: str, node: LexborNode) -> None:
        """A post in an element that shows no text: a player or a script placeholder."""
        if tag == "script":
            kind = _telegram(node)
        elif tag == "iframe":
            kind = _frame(node)
            if kind is not None:
                self.newline()
        else:
            return
        if kind is not None:
            self.embeds.append(Embed(kind.platform, kind.account, self.size, self.size, "html"))

    def _leave(self, closer: _Closer) -> None:
        if closer.block:
            self.newline()
        if closer.kind is None:
            return
        end = self.size - (1 if self.pieces and self.pieces[-1] == "\n" else 0)
        end = max(end, closer.start)
        platform, account = closer.kind
        if closer.link:
            self.links.append(Embed(platform, account, closer.start, end, "link"))
        else:
            self.inside -= 1
            self.embeds.append(Embed(platform, account, closer.start, end, "html"))


@dataclass(slots=True)
class _Closer:
    block: bool
    kind: _Shown | None
    start: int
    link: bool


def _classes(node: LexborNode) -> str:
    return (node.attributes.get("class") or "").lower()


class _Shown(NamedTuple):
    """The post an element shows or links to: its platform, and its account if known."""

    platform: str
    account: str | None


def _embed_kind(tag: str, node: LexborNode) -> _Shown | None:
    """Platform and account of an element the page shows as a post, else None."""
    attrs = node.attributes
    if not attrs:
        return None
    platform = _class_platform(_classes(node))
    if platform is None:
        embed_type = attrs.get("data-embed-type") or attrs.get("data-provider")
        if embed_type:
            platform = _PROVIDERS.get(embed_type.strip().lower())
        elif "data-tweet-id" in attrs or "data-tweetid" in attrs:
            platform = "x"
    if platform is None:
        return None
    return _Shown(platform, _account_inside(platform, node))


def _class_platform(classes: str) -> str | None:
    """The platform whose embed markup or embed block the class names are, else None."""
    if not classes:
        return None
    for token in classes.split():
        platform = _CLASS_PLATFORMS.get(token)
        if platform is not None:
            return platform
    m = _PROVIDER_CLASS.search(classes)
    return _PROVIDERS.get(m.group(1)) if m is not None else None


def _telegram(node: LexborNode) -> _Shown | None:
    post = node.attributes.get("data-telegram-post")
    if not post:
        return None
    channel = post.split("/", 1)[0].strip().lower()
    return _Shown("telegram", channel or None)


def _frame(node: LexborNode) -> _Shown | None:
    attrs = node.attributes
    for name in ("src", "data-src", "data-lazy-src"):
        url = attrs.get(name)
        hit = _classify(url, frame=True) if url else None
        if hit is not None:
            return _Shown(hit.platform, hit.account)
    return None


def _linked_post(anchor: LexborNode) -> _Shown | None:
    hit = _post_link(anchor)
    return _Shown(hit.platform, hit.account) if hit is not None else None


def _post_link(anchor: LexborNode) -> _Hit | None:
    """The post an ``<a href>`` links to, else None."""
    href = anchor.attributes.get("href")
    hit = _classify(href, frame=False) if href else None
    return hit if hit is not None and hit.post else None


class _Hit(NamedTuple):
    """A platform URL: its platform, the account it names, and whether it is a post."""

    platform: str
    account: str | None
    post: bool


@functools.lru_cache(maxsize=4096)
def _classify(url: str, *, frame: bool) -> _Hit | None:
    """What a platform URL names, for a frame's address or a link's.

    Cached: the same share, profile and post links recur page after page.
    """
    parts = urls.parse(url.strip())
    host = urls.host(parts) if parts is not None else None
    if parts is None or host is None:
        return None
    platform = body_platform(host)
    if platform is None:
        m = _plain._MASTODON.search("/" + parts.path.replace("/embed", ""))
        if m is not None and (frame or not parts.path.rstrip("/").endswith("/embed")):
            return _Hit("mastodon", m.group(1).lower(), True)
        return None
    path = parts.path.lstrip("/")
    if parts.query:
        path = f"{path}?{parts.query}"
    if frame:
        account = _plain._account_from_path(platform, path) or _frame_account(platform, url)
        return _Hit(platform, account, True)
    if platform == "reddit" and host != "redd.it" and not path.startswith("r/"):
        return None
    account = _plain._account_from_path(platform, path)
    return _Hit(platform, account, account is not None or _plain._is_post_path(platform, path))


def _frame_account(platform: str, url: str) -> str | None:
    if platform == "facebook":
        m = _plain._FACEBOOK_POST.search(unquote(url))
        return m.group(1).lower() if m else None
    return None


def _account_inside(platform: str, node: LexborNode) -> str | None:
    """The account of the post an embed element shows, from its addresses or its text."""
    addressed = _addressed_account(platform, node)
    if addressed is not None and not addressed.startswith("did:"):
        return addressed
    if platform == "telegram":
        kind = _telegram(node)
        if kind is not None:
            return kind.account
    m = _POSTED_BY.search(node.text(deep=True, separator=" "))
    if m is not None:
        return m.group(1).lower()
    # A Bluesky address names the account by its permanent id ("did:..."): the handle a
    # reader sees, where the text shows one, is the better name.
    return _shown_handle(node) or addressed


def _addressed_account(platform: str, node: LexborNode) -> str | None:
    """The first account on ``platform`` the element's addresses name.

    One that is not a permanent id (``did:``) comes first.
    """
    fallback: str | None = None
    for element in (node, *node.css("[href], [src], [data-src], [cite], [data-embed-url]")):
        attrs = element.attributes
        for name in _URL_ATTRS:
            value = attrs.get(name)
            hit = _classify(value, frame=True) if value else None
            if hit is None or hit.platform != platform or hit.account is None:
                continue
            if not hit.account.startswith("did:"):
                return hit.account
            fallback = fallback or hit.account
    return fallback


def _shown_handle(node: LexborNode, account: str | None = None) -> str | None:
    """The ``@handle`` an element inside ``node`` shows on its own, else None.

    Lower case without ``@``; only ``account``'s when ``account`` is given.
    """
    for element in node.css("span, a, div, strong, b, cite"):
        m = _HANDLE.match((element.text(deep=True) or "").strip())
        if m is None:
            continue
        handle = m.group(1).lower()
        if account is None or handle == account:
            return handle
    return None


def _cards(tree: LexborHTMLParser) -> dict[int, _Shown]:
    """Post cards, keyed by the block's node id.

    For each link to a post, the nearest small block around it that shows the author's
    ``@handle`` on its own, holds at most a couple of paragraphs and links no other post.
    """
    cards: dict[int, _Shown] = {}
    for anchor in tree.css("a[href]"):
        hit = _post_link(anchor)
        if hit is None:
            continue
        node = anchor.parent
        for _ in range(_CARD_REACH):
            if node is None or node.tag in ("body", "html", "main"):
                break
            if node.tag in _CARD_TAGS:
                look = _card_look(node, hit.account)
                if look.handle is not None:
                    cards.setdefault(node.mem_id, _Shown(hit.platform, look.handle))
                if look.prose or look.handle is not None:
                    break
            node = node.parent
    return cards


@dataclass(frozen=True, slots=True)
class _CardLook:
    """What a block around a post link is.

    Attributes:
        prose: the block is prose, not a card: no block around it is one either.
        handle: the handle the card shows; None when the block shows none, so the block
            around it may be the card.
    """

    prose: bool = False
    handle: str | None = None


_PROSE: Final = _CardLook(prose=True)


def _card_look(node: LexborNode, account: str | None) -> _CardLook:
    """Whether ``node``, around a link to a post by ``account``, is that post's card."""
    if len(node.css("p")) > _CARD_MAX_PARAGRAPHS:
        return _PROSE
    if len(node.text(deep=True, separator=" ")) > _CARD_MAX_TEXT:
        return _PROSE
    posts = {a.attributes.get("href") for a in node.css("a[href]") if _post_link(a) is not None}
    if len(posts) > 1:
        return _PROSE
    return _CardLook(handle=_shown_handle(node, account))

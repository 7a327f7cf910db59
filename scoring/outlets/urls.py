"""URL text to parts: the repairs a browser makes, parsing, hosts, and unwrapping.

The resolver's URL work, apart from any table: :func:`parse` repairs and splits a web
URL (or refuses it), :func:`host` gives its normalised host, :func:`unwrap` the URL a
wrapper URL (AMP, redirector, archive, cache, proxy) holds, or None, and
:func:`unwrapped` the URL under every wrapper. :func:`clean` writes a URL without its
tracking parameters (``tracking_params.txt``) or an AMP tail.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit, urlunsplit

from scoring.resources import listed

__all__ = ["Split", "clean", "host", "parse", "unwrap", "unwrapped"]

Split = SplitResult
"""A split web URL (scheme, netloc, path, query, fragment)."""

# Hosts whose query parameter holds the real URL.
_REDIRECT_PARAMS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "l.facebook.com": ("u",),
        "lm.facebook.com": ("u",),
        "m.facebook.com": ("u",),
        "facebook.com": ("u",),
        "l.instagram.com": ("u",),
        "youtube.com": ("q",),
        "away.vk.com": ("to",),
        "vk.com": ("to",),
        "out.reddit.com": ("url",),
        "duckduckgo.com": ("uddg",),
        "bing.com": ("url",),
        "news.url.google.com": ("url",),
        "t.umblr.com": ("z",),
        "slack-redir.net": ("url",),
        "linkedin.com": ("url",),
        "exit.sc": ("url",),
        "safelinks.protection.outlook.com": ("url",),
        "urldefense.proofpoint.com": ("u",),
        "translate.google.com": ("u",),
        "yandex.ru": ("url", "text"),
    }
)
_REDIRECT_PATHS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "facebook.com": ("/l.php", "/flx/warn/"),
        "m.facebook.com": ("/l.php", "/flx/warn/"),
        "youtube.com": ("/redirect",),
        "vk.com": ("/away.php",),
        "bing.com": ("/news/apiclick.aspx",),
        "linkedin.com": ("/redir/redirect",),
        "yandex.ru": ("/turbo",),
    }
)
_ARCHIVE_HOSTS: Final = frozenset(
    [
        "archive.ph",
        "archive.today",
        "archive.is",
        "archive.li",
        "archive.vn",
        "archive.fo",
        "archive.md",
    ]
)
_WAYBACK_HOSTS: Final = frozenset(["web.archive.org", "wayback.archive.org", "archive.org"])
_GOOGLE_CACHE: Final = "webcache.googleusercontent.com"
_PROOFPOINT_HOSTS: Final = frozenset(["urldefense.proofpoint.com", "urldefense.com"])
_AMP_CACHE: Final = "cdn.ampproject.org"
_GOOGLE_PROXY: Final = ".translate.goog"
_YANDEX_PROXY: Final = ".turbopages.org"
_SAFE_LINKS: Final = "safelinks.protection.outlook.com"
_QUERY_IS_URL: Final = "href.li"  # the whole query is the URL
# Every host a wrapper family below knows, exactly or by suffix (and any host with a
# "google" label): a new family adds its hosts here, so other hosts, nearly all of a
# night's URLs, are passed over with one set read and one suffix test.
_WRAPPER_HOSTS: Final = frozenset(
    [
        *_REDIRECT_PARAMS,
        *_ARCHIVE_HOSTS,
        *_WAYBACK_HOSTS,
        *_PROOFPOINT_HOSTS,
        _GOOGLE_CACHE,
        _QUERY_IS_URL,
    ]
)
_WRAPPER_SUFFIXES: Final = (_AMP_CACHE, _GOOGLE_PROXY, _YANDEX_PROXY, _SAFE_LINKS)
# "/web/<ts>/<url>", "/web/<ts>id_/<url>", "/web/*/<url>", "/web/<ts>*/<url>", and
# "/web/<url>" with no timestamp at all.
_WAYBACK = re.compile(r"^/(?:web|wayback)/(?:(?:[0-9]{1,14}\*?|\*)[a-z_]*/)?(.+)$", re.S)
_ARCHIVE_TODAY = re.compile(
    r"^/(?:(?:\d{4}[\d.\-]*|newest|oldest|o/[\w-]+)/)?((?:https?:/|www\.).+)$", re.S | re.I
)
_ARCHIVE_TODAY_DATED = re.compile(r"^/(?:\d{4}[\d.\-]*|newest|oldest|o/[\w-]+)/(.+)$", re.S)
_AMP_VIEWER = re.compile(r"^/(?:c|v|i|wp|amp)/(s/)?(.+)$", re.S)
_GOOGLE_AMP = re.compile(r"^/amp/(s/)?(.+)$", re.S)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_DOUBLED_SCHEME = re.compile(r"^https?:/{0,3}(?=https?:?/)", re.I)
_NO_COLON = re.compile(r"^(https?)//(?!/)", re.I)
_ONE_SLASH = re.compile(r"^(https?):/(?!/)", re.I)
# Full stops a browser reads as the dot in a host name (IDNA mapping): ideographic,
# fullwidth and halfwidth ideographic.
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_FAST_SPLIT = re.compile(r"^(https?)://([^/?#\[\]]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$", re.I | re.S)
_HOST_OK = re.compile(r"^[a-z0-9_\-.]+$")
_MAX_UNWRAP: Final = 6


def parse(text: str) -> Split | None:
    """Repair and split a web URL; None for other schemes, garbage and control characters.

    Example:
        >>> parse("http://http://www.al-monitor.com/pulse").netloc
        'www.al-monitor.com'
    """
    if not text or any(c in text for c in "\x00\n\r\t"):
        return None
    text = _repair(text)
    if "://" not in text[:20]:
        if text.startswith("//"):
            text = "http:" + text
        else:
            m = _SCHEME.match(text)
            if m and not _looks_like_host_port(text):
                return None
            text = "http://" + text
    m = _FAST_SPLIT.match(text)
    if m is not None:
        # Plain web URLs, most of any input: a regex split is cheaper than urlsplit.
        scheme, netloc, path, query, fragment = m.groups(default="")
        return SplitResult(scheme.lower(), netloc, path, query, fragment)
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        return None
    return parts


def unwrapped(text: str) -> Split | None:
    """Parse ``text`` and unwrap it, again and again since wrappers nest.

    Example:
        >>> unwrapped("https://www.google.com/url?q=https://web.archive.org/web/2020/https://apnews.com/a").netloc
        'apnews.com'
    """
    parsed = parse(text)
    for _ in range(_MAX_UNWRAP):
        if parsed is None:
            break
        inner = unwrap(parsed)
        again = parse(inner) if inner is not None else None
        if again is None:
            break
        parsed = again
    return parsed


def _repair(text: str) -> str:
    """What a browser repairs.

    A doubled scheme (``http://http://host``, ``http://https//``) and a scheme with one
    slash (``http:/host``).
    """
    m = _DOUBLED_SCHEME.match(text)
    while m is not None:
        text = text[m.end() :]
        m = _DOUBLED_SCHEME.match(text)
    m = _NO_COLON.match(text)
    if m is not None:
        text = f"{m.group(1)}://{text[m.end() :]}"
    m = _ONE_SLASH.match(text)
    if m is not None:
        text = f"{m.group(1)}://{text[m.end() :]}"
    return text


def _looks_like_host_port(text: str) -> bool:
    head, _, rest = text.partition(":")
    return "." in head and rest[:1].isdigit()


def host(parts: Split) -> str | None:
    """The lower-case ASCII host of ``parts``; None for IP addresses and malformed hosts.

    Example:
        >>> host(parse("https://NYTimes.com\u3002/x"))
        'nytimes.com'
    """
    raw = parts.hostname
    if not raw:
        return None
    host = unquote(raw).strip().lower().translate(_DOTS).rstrip(".")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if not _HOST_OK.match(host) or "." not in host or ".." in host:
        return None
    if host[-1].isdigit():
        try:
            ipaddress.ip_address(host)
        except ValueError:
            pass
        else:
            return None
    return host


def _query(parts: Split, keys: tuple[str, ...]) -> str | None:
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    for key in keys:
        for k, v in pairs:
            if k == key and v:
                return v
    for k, v in pairs:
        if v.startswith(("http://", "https://")) and k not in ("ref", "referrer"):
            return v
    return None


def unwrap(parts: Split) -> str | None:
    """The URL inside a wrapper URL, or None when ``parts`` wraps nothing.

    Example:
        >>> unwrap(parse("http://web.archive.org/web/https://www.nytimes.com/x"))
        'https://www.nytimes.com/x'
    """
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not (
        host in _WRAPPER_HOSTS
        or host.endswith(_WRAPPER_SUFFIXES)
        or ("google" in host and "google" in host.split("."))
    ):
        return None
    # Each family knows its own hosts; the first that finds a URL inside decides.
    for family in _FAMILIES:
        found = family(host, parts)
        if found is not None:
            return found
    return None


def _google(host: str, parts: Split) -> str | None:
    """Google's redirector, AMP viewer and translation proxy, on any Google domain."""
    if "google" not in host.split("."):
        return None
    path = parts.path
    if path == "/url" or path.startswith("/url/"):
        return _query(parts, ("q", "url"))
    m = _GOOGLE_AMP.match(path)
    if m:
        return ("https://" if m.group(1) else "http://") + _with_query(m.group(2), parts)
    if host.startswith("translate.google."):
        return _query(parts, ("u",))
    return None


def _cache_or_proxy(host: str, parts: Split) -> str | None:
    """Google's cache, AMP caches, and the Google and Yandex page proxies."""
    if host == _GOOGLE_CACHE:
        q = _query(parts, ("q",)) or ""
        # The query's "+" before further terms reads as a trailing space.
        q = q.removeprefix("cache:").strip()
        m = re.match(r"^[\w-]{6,20}:(?!//)", q)
        return q[m.end() :] if m else (q or None)
    if host.endswith(_AMP_CACHE):
        m = _AMP_VIEWER.match(parts.path)
        if m:
            return ("https://" if m.group(1) else "http://") + _with_query(m.group(2), parts)
        if host != _AMP_CACHE:
            return _decode_dashed(host.removesuffix("." + _AMP_CACHE), parts)
    if host.endswith(_GOOGLE_PROXY):
        return _decode_dashed(host.removesuffix(_GOOGLE_PROXY), parts)
    if host.endswith(_YANDEX_PROXY):
        segments = parts.path.lstrip("/").split("/", 2)
        if len(segments) == 3 and segments[1] == "s":
            return f"https://{segments[0]}/{segments[2]}"
    return None


def _archive(host: str, parts: Split) -> str | None:
    """The Wayback Machine and archive.today (with its twins)."""
    if host in _WAYBACK_HOSTS:
        m = _WAYBACK.match(parts.path)
    elif host in _ARCHIVE_HOSTS:
        m = _ARCHIVE_TODAY.match(parts.path) or _ARCHIVE_TODAY_DATED.match(parts.path)
    else:
        return None
    return _fix_scheme(_with_query(m.group(1), parts)) if m else None


def _mail_guard(host: str, parts: Split) -> str | None:
    """Link guards of mail systems: Outlook safe links and Proofpoint URL defense."""
    if host.endswith(_SAFE_LINKS):
        return _query(parts, ("url",))
    if host not in _PROOFPOINT_HOSTS:
        return None
    path = parts.path
    if path.startswith("/v3/__"):
        return path[len("/v3/__") :].split("__;", 1)[0]
    v2 = _query(parts, ("u",))
    # Proofpoint v2 writes "%" as "-" and "/" as "_".
    return unquote(v2.replace("-", "%").replace("_", "/")) if v2 else None


def _redirect(host: str, parts: Split) -> str | None:
    """Redirectors that hold the URL in a query parameter (or are the query)."""
    if host == _QUERY_IS_URL:
        return parts.query or None
    keys = _REDIRECT_PARAMS.get(host)
    if keys is None:
        return None
    prefixes = _REDIRECT_PATHS.get(host)
    if prefixes is not None and not parts.path.startswith(prefixes):
        return None
    found = _query(parts, keys)
    return unquote(found) if found and "%3A" in found[:12] else found


_FAMILIES: Final = (_google, _cache_or_proxy, _archive, _mail_guard, _redirect)


def _with_query(rest: str, parts: Split) -> str:
    return f"{rest}?{parts.query}" if parts.query else rest


def _fix_scheme(rest: str) -> str:
    # Archives often collapse "https://" to "https:/".
    return re.sub(r"^(https?):/+", r"\1://", rest)


def _decode_dashed(label: str, parts: Split) -> str:
    # AMP caches and translation proxies write "www-bbc-co-uk" for "www.bbc.co.uk",
    # doubling real hyphens.
    host = label.replace("--", "\0").replace("-", ".").replace("\0", "-")
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith("_x_tr_"))
    return urlunsplit(("https", host, parts.path, query, ""))


class _Tracking(NamedTuple):
    """Tracking parameter names: exact ones, and prefixes (``utm_`` for ``utm_*``)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]


@functools.cache
def _tracking() -> _Tracking:
    names = [p[0].lower() for p in listed("tracking_params.txt")]
    return _Tracking(
        frozenset(n for n in names if not n.endswith("*")),
        tuple(n[:-1] for n in names if n.endswith("*")),
    )


def clean(parts: Split, host: str) -> str:
    """The URL of ``parts`` on ``host``, without tracking parameters, fragment or AMP tail.

    Example:
        >>> clean(parse("https://www.bbc.com/news/amp?utm_source=x&id=2#top"), "bbc.com")
        'https://bbc.com/news?id=2'
    """
    query = parts.query
    if query:
        exact, prefixes = _tracking()
        # Filter the raw pairs rather than decode and re-encode: keeps the kept
        # parameters byte for byte, and is several times faster.
        query = "&".join(
            pair
            for pair in query.split("&")
            if pair
            and (key := pair.split("=", 1)[0].lower()) not in exact
            and not key.startswith(prefixes)
        )
    # A space is no URL character: written %20, the printed URL parses back as is.
    path = (parts.path or "/").replace(" ", "%20")
    if path.endswith(("/amp", "/amp/")):
        path = path[: path.rindex("/amp")] or "/"
    netloc = host if parts.port is None else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))

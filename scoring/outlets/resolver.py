"""URL (and citation name) to outlet, offline and deterministic.

The order of the steps, and why:

0. Handles: ``@name`` is an X account, ``platform:name`` (``telegram:rt_russian``,
   ``reddit:r/worldnews``) one on that platform; either resolves through the table's
   handles.
1. Parse, repairing what a browser repairs: a doubled scheme (``http://http://host``),
   ``http:/host``, and ideographic or fullwidth full stops in the host
   (``nytimes.com。``). Scheme-less URLs get ``http://``; other schemes (``javascript:``,
   ``mailto:``, ``data:``), IP addresses, hosts without a public suffix and garbage are
   ``unparseable``. A host that is itself a public suffix (``gov.uk``, ``rn.gov.br``) is
   its own registered domain, with or without ``www.``.
2. Unwrap: AMP caches and viewers (``google.com/amp/s/``, ``*.cdn.ampproject.org``),
   redirectors (``google.com/url?q=``, ``l.facebook.com``, Outlook safe links, ...),
   archives (``web.archive.org/web/`` followed by ``<ts>/``, ``<ts>id_/``, ``*/`` or
   nothing, then the URL; ``archive.today`` and its ``.ph .is .li .vn .fo .md`` twins,
   dated or not), Google cache and translation proxies. Repeated, since wrappers nest.
3. Social platforms, and their mirrors and front-ends (nitter, vxtwitter, fxtwitter,
   fixupx, ddinstagram, piped, invidious; the platform table, ``platforms.toml``, read
   by :mod:`scoring.outlets.platforms`): the account in the path (``x.com/<handle>``, ``youtube.com/@name``, ``t.me/<channel>``, ...)
   resolves to the outlet that owns it through the table's handles. An account the
   table does not know stays unrated, with the platform and account set; a platform
   URL without an account (a bare video link) is the platform.
4. Syndication hosts (``news.yahoo.com``, ``msn.com``, ...) and Google News article
   links resolve through the citation name; else ``aggregator-unresolved``.
5. Shorteners, before the table, since a shortener host leads anywhere even where a
   table row claims it (``lnkd.in``): a branded one (``nyti.ms``, ``onforb.es``)
   resolves to its owner; others are ``shortener`` (``shorteners.txt``, and the
   platforms' own short links such as ``t.co``).
6. The table: the full host, then each parent, down to the registered domain, so
   ``abcnews.go.com`` is ABC News and ``edition.cnn.com``, ``m.``, ``amp.`` and
   ``mobile.`` hosts find their outlet. Hosted publications (``name.substack.com``,
   ``name.blogspot.*``, ``name.livejournal.com``, per-town papers such as
   ``town.wickedlocal.com``; ``hosted_platforms.txt``) are each their own registered
   domain and never fall back to the platform.
7. What is left is ``non-news`` (search, shops, ``.gov``, ``.edu``, ...) or ``unrated``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

import tldextract

from scoring.outlets import urls
from scoring.outlets.model import Outlet, Reason, Resolution
from scoring.outlets.platforms import Platform, platform_named, platform_table
from scoring.outlets.table import OutletTable
from scoring.resources import listed

__all__ = ["Resolver"]

_CACHE_SIZE: Final = 1 << 16


class _Lists(NamedTuple):
    """The resolver's host lists, from the package's list files.

    Attributes:
        shorteners: shortener host -> the outlet domain of a branded one, else None.
        syndication: hosts that syndicate other outlets' stories.
        non_news: registered domains that are no news source.
        hosted: hosted-publication domains (``substack.com``).
        hosted_anywhere: hosted-publication names under every public suffix
            (``blogspot``).
    """

    shorteners: Mapping[str, str | None]
    syndication: frozenset[str]
    non_news: frozenset[str]
    hosted: frozenset[str]
    hosted_anywhere: frozenset[str]


@functools.cache
def _lists() -> _Lists:
    shorteners: dict[str, str | None] = {}
    for parts in listed("shorteners.txt"):
        shorteners[parts[0].lower()] = parts[1].lower() if len(parts) > 1 else None
    for host in platform_table().short_hosts:
        shorteners.setdefault(host, None)
    hosted = [p[0].lower() for p in listed("hosted_platforms.txt")]
    return _Lists(
        shorteners=MappingProxyType(shorteners),
        syndication=frozenset(p[0].lower() for p in listed("syndication.txt")),
        non_news=frozenset(p[0].lower() for p in listed("non_news.txt")),
        hosted=frozenset(h for h in hosted if not h.endswith(".*")),
        hosted_anywhere=frozenset(h[:-2] for h in hosted if h.endswith(".*")),
    )


def _handle_input() -> re.Pattern[str]:
    # Platform names and aliases accepted before a handle ("telegram:rt_russian");
    # "@name" alone is X.
    names = sorted(platform_table().by_name, key=len, reverse=True)
    return re.compile(
        r"^(?:(" + "|".join(map(re.escape, names)) + r"):)?"
        r"(?(1)@?|@)((?:r/|u/)?[A-Za-z0-9_.\-]{1,100}(?:@[A-Za-z0-9.\-]{1,253})?)$",
        re.I,
    )


_HANDLE_INPUT: Final = _handle_input()
_NON_NEWS_SUFFIXES: Final = ("gov", "mil", "edu", "int")
_NAME_SPLIT = re.compile(r"\s+(?:via|-|\u2013|\u2014|\||/)\s+", re.I)


class _InTable(NamedTuple):
    """A host's row in the table, and how it was found (``host``, ``parent``, ``domain``)."""

    outlet: Outlet | None
    via: str | None


_NOT_IN_TABLE: Final = _InTable(None, None)


class _Place(NamedTuple):
    """Where a URL led after unwrapping: what every step after parsing reads."""

    input: str
    url: str
    host: str
    domain: str
    parts: urls.Split

    def found(
        self,
        outlet: Outlet | None,
        reason: Reason,
        via: str | None = None,
        platform: str | None = None,
        account: str | None = None,
    ) -> Resolution:
        return Resolution(
            self.input, self.url, self.host, self.domain, outlet, reason, platform, account, via
        )


class Resolver:
    """Resolves citation URLs (and names) to outlets of a table. Immutable and thread-safe.

    Build one per table and share it; results are cached per input (bounded LRU), and
    the public-suffix work per host.

    Args:
        table: the outlet table to resolve against.
        cache_size: how many distinct inputs to remember.

    Example:
        >>> from scoring.outlets.model import Outlet
        >>> t = OutletTable.from_outlets([
        ...     Outlet(id="abc", name="ABC News", domains=("abcnews.go.com",), category="mainstream"),
        ...     Outlet(id="rt", name="RT", domains=("rt.com",), category="state-affiliated", handles=("x:rt_com",)),
        ... ])
        >>> r = Resolver(t)
        >>> r.resolve("https://abcnews.go.com/US/story?id=1").outlet.id
        'abc'
        >>> res = r.resolve("https://x.com/RT_com/status/1")
        >>> res.outlet.id, res.platform, res.account, res.via
        ('rt', 'x', 'rt_com', 'handle')
        >>> r.resolve("javascript:void(0)").reason
        'unparseable'
    """

    def __init__(self, table: OutletTable, *, cache_size: int = _CACHE_SIZE) -> None:
        self.table = table
        self._cache_size = cache_size
        # Set by the loader on the process-wide default resolver: what builds it again.
        self._shared_as: Callable[[], Resolver] | None = None
        # No suffix-list download and no cache on disk: the bundled snapshot only.
        self._extract = tldextract.TLDExtract(
            suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
        )
        self._lists = _lists()
        self._platforms = platform_table()
        # Caches hold a reference to this resolver, not the other way round through
        # the class, so each resolver has its own bounded cache.
        self._cached: Callable[[str, str | None], Resolution] = functools.lru_cache(
            maxsize=cache_size
        )(self._resolve)
        self._domain_of: Callable[[str], str] = functools.lru_cache(maxsize=cache_size)(
            self._registered_domain
        )

    def __reduce__(self) -> tuple[Callable[..., Resolver], tuple[OutletTable, ...]]:
        """Pickle as its table: each process builds its own parser and caches.

        The process-wide default resolver unpickles as the receiving process's own.
        """
        if self._shared_as is not None:
            return self._shared_as, ()
        return functools.partial(Resolver, cache_size=self._cache_size), (self.table,)

    def resolve(self, url: str, name: str | None = None) -> Resolution:
        """Resolve one citation URL, with the citation's outlet name when known.

        Never raises on bad input: anything unresolvable has ``outlet=None`` and a reason.

        Example:
            >>> Resolver(OutletTable.from_outlets([])).resolve("https://example.com/a").reason
            'unrated'
        """
        if not isinstance(url, str):
            return Resolution.unparseable(str(url))
        return self._cached(url, name or None)

    def resolve_domain(self, domain: str) -> Outlet | None:
        """The outlet of a host: the host, then its parents, down to its registered domain.

        Example:
            >>> from scoring.outlets.model import Outlet
            >>> t = OutletTable.from_outlets([Outlet(id="cnn", name="CNN", domains=("cnn.com",), category="mainstream")])
            >>> Resolver(t).resolve_domain("edition.cnn.com").id
            'cnn'
        """
        host = domain.strip().lower().rstrip(".")
        return self._lookup_host(host, self._domain_of(host)).outlet

    def cache_clear(self) -> None:
        """Forget cached results (for cold-cache measurements)."""
        self._cached.cache_clear()  # type: ignore[attr-defined]
        self._domain_of.cache_clear()  # type: ignore[attr-defined]

    # -- the steps ---------------------------------------------------------------------

    def _resolve(self, url: str, name: str | None) -> Resolution:
        try:
            return self._resolve_unsafe(url, name)
        except (ValueError, UnicodeError):
            # urllib and the IDNA codec reject some malformed input with these.
            return Resolution.unparseable(url)

    def _resolve_unsafe(self, url: str, name: str | None) -> Resolution:
        handle = _HANDLE_INPUT.match(url.strip())
        if handle is not None:
            return self._resolve_handle(url, handle.group(1), handle.group(2))
        parts = urls.unwrapped(url.strip().replace("\\", "/"))
        full_host = urls.host(parts) if parts is not None else None
        if parts is None or full_host is None:
            return Resolution.unparseable(url)
        host = full_host.removeprefix("www.")
        domain = self._domain_of(full_host)
        if not domain:
            return Resolution.unparseable(url, host)
        place = _Place(url, urls.clean(parts, host), host, domain, parts)
        return (
            self._on_platform(place)
            or self._on_mastodon(place)
            or self._syndicated(place, name)
            or self._shortened(place)
            or self._in_table(place)
        )

    def _on_platform(self, place: _Place) -> Resolution | None:
        """Step 3: the account a platform (or mirror) URL names, else the platform."""
        platforms = self._platforms
        platform = (
            platforms.by_domain.get(place.domain)
            # Front-ends and mirrors (nitter, vxtwitter, invidious, ...) show the
            # platform's own paths: the account is the one on the platform they mirror.
            or platforms.by_mirror.get(place.host)
            or platforms.by_mirror.get(place.domain)
        )
        if platform is None:
            return None
        name = platform.name
        account = platform.account(place.parts.path, place.parts.query)
        if account is not None:
            outlet = self._by_handle(platform, account)
            if outlet is not None:
                return place.found(outlet, "resolved", "handle", name, account)
            return place.found(None, "unrated", None, name, account)
        for home in (place.host, *platform.home):
            outlet = self.table.by_domain(home)
            if outlet is not None:
                return place.found(outlet, "resolved", "domain", name)
        return place.found(None, "unrated", None, name)

    def _on_mastodon(self, place: _Place) -> Resolution | None:
        """A ``host/@user`` profile on an instance whose account a table row names."""
        path = place.parts.path
        if not path.startswith("/@") or "/" in path[2:].rstrip("/"):
            return None
        account = f"{path[2:].rstrip('/').lower()}@{place.host}"
        outlet = self.table.by_handle("mastodon", account)
        if outlet is None:
            return None
        return place.found(outlet, "resolved", "handle", "mastodon", account)

    def _syndicated(self, place: _Place, name: str | None) -> Resolution | None:
        """Step 4: a syndication host or news link, through the citation's name."""
        if not self._is_aggregated(place.host, place.parts.path):
            return None
        outlet = self._by_citation_name(name)
        if outlet is not None:
            return place.found(outlet, "resolved", "name")
        return place.found(None, "aggregator-unresolved")

    def _shortened(self, place: _Place) -> Resolution | None:
        """Step 5: a shortener, the outlet of a branded one."""
        shorteners = self._lists.shorteners
        # A shortener entry wins over a table row for the same host: "lnkd.in" links
        # lead anywhere, though LinkedIn owns the host.
        short = place.host if place.host in shorteners else place.domain
        if short not in shorteners:
            return None
        owner = shorteners[short]
        outlet = self._lookup_host(owner, self._domain_of(owner)).outlet if owner else None
        if outlet is not None:
            return place.found(outlet, "resolved", "shortener")
        return place.found(None, "shortener")

    def _in_table(self, place: _Place) -> Resolution:
        """Steps 6 and 7: the host and its parents in the table, else why not news."""
        found = self._lookup_host(place.host, place.domain)
        if found.outlet is not None:
            return place.found(found.outlet, "resolved", found.via)
        domain = place.domain
        if domain in self._lists.non_news or domain.rsplit(".", 1)[-1] in _NON_NEWS_SUFFIXES:
            return place.found(None, "non-news")
        # Every label: a host that is itself a public suffix ("gov.uk") is its own
        # registered domain.
        if any(label in _NON_NEWS_SUFFIXES for label in domain.split(".")):
            return place.found(None, "non-news")
        return place.found(None, "unrated")

    def _by_handle(self, platform: Platform, account: str) -> Outlet | None:
        for candidate in platform.handle_candidates(account):
            outlet = self.table.by_handle(platform.name, candidate)
            if outlet is not None:
                return outlet
        return None

    def _resolve_handle(self, text: str, alias: str | None, account: str) -> Resolution:
        """``@handle`` (X) or ``platform:handle``: the outlet owning the account."""
        platform = platform_named(alias or "x")
        if platform is None:
            # The input pattern accepts only the table's names and aliases.
            return Resolution.unparseable(text)
        account = account.lower()
        outlet = self._by_handle(platform, account)
        reason: Reason = "resolved" if outlet is not None else "unrated"
        via = "handle" if outlet is not None else None
        return Resolution(text, "", "", "", outlet, reason, platform.name, account, via)

    def _lookup_host(self, host: str, domain: str) -> _InTable:
        """The row of ``host`` or of a parent of it down to ``domain``, and which it was."""
        by_domain = self.table.by_domain
        outlet = by_domain(host)
        if outlet is not None:
            return _InTable(outlet, "host")
        if host.startswith("www."):
            host = host[4:]
        rest = host
        while len(rest) > len(domain) and "." in rest:
            rest = rest.split(".", 1)[1]
            outlet = by_domain(rest)
            if outlet is not None:
                return _InTable(outlet, "domain" if rest == domain else "parent")
        return _NOT_IN_TABLE

    def _registered_domain(self, host: str) -> str:
        if not host.isascii():
            host = host.encode("idna").decode("ascii")
        ext = self._extract.extract_str(host)
        if not ext.suffix:
            return ""
        if not ext.domain or (ext.domain == "www" and not ext.subdomain):
            # The host is itself a public suffix ("gov.uk", "rn.gov.br"), or one under
            # "www." ("www.gov.cn"): it is the registered domain, with or without "www.",
            # so both spellings are one site.
            return ext.suffix
        # Hosted publications are outlets of their own, like a private suffix.
        if ext.subdomain and self._hosted(ext.domain, ext.suffix):
            name = ext.subdomain.rsplit(".", 1)[-1]
            if name not in ("www", "m"):
                return f"{name}.{ext.domain}.{ext.suffix}"
        return str(ext.top_domain_under_public_suffix)

    def _hosted(self, domain: str, suffix: str) -> bool:
        lists = self._lists
        return domain in lists.hosted_anywhere or f"{domain}.{suffix}" in lists.hosted

    def _is_aggregated(self, host: str, path: str) -> bool:
        if host == "news.google.com":
            return path.startswith(("/articles/", "/rss/articles/", "/__i/rss/", "/stories/"))
        rest = host
        while True:
            if rest in self._lists.syndication:
                return True
            if "." not in rest:
                return False
            rest = rest.split(".", 1)[1]

    def _by_citation_name(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        outlet = self.table.by_name(name)
        if outlet is not None:
            return outlet
        for part in _NAME_SPLIT.split(name):
            outlet = self.table.by_name(part)
            if outlet is not None:
                return outlet
        bare = name.strip().lower()
        if "." in bare and " " not in bare:
            return self.resolve_domain(bare)
        return None

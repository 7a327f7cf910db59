"""Citation diversity: counts, concentration over outlets, independent origins, time.

Concentration is computed over *outlet keys*: the outlet's id when the table knows it,
else the registered domain (``domain:example.com``), else the citation name. Independent
origins collapse further: outlets of one owner group (:attr:`Outlet.independence_key`),
wire copies (a wire's own citations and every citation recognised as a copy of that
wire), and copies of one article carried on several sites (same URL slug).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import UTC
from typing import Final

from scoring.features.model import CitedSource
from scoring.outlets.model import Outlet, Resolution
from scoring.outlets.table import OutletTable
from scoring.records.model import Citation

__all__ = [
    "WIRES",
    "body_wire_credits",
    "citation_wire",
    "cite_sources",
    "concentration",
    "diversity_features",
    "hill_number",
    "normalized_entropy",
    "time_span_hours",
]

WIRES: Final[dict[str, tuple[str, ...]]] = {
    "AP": ("AP", "Associated Press", "The Associated Press", "ASSOCIATED PRESS"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "UPI": ("UPI", "United Press International"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "PA": ("PA Media", "Press Association"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Xinhua": ("Xinhua",),
    "TASS": ("TASS",),
}
"""Wire services, by canonical name, with the names they are credited by."""

_WIRE_BY_NAME: Final = {alias: wire for wire, aliases in WIRES.items() for alias in aliases}
_CREDIT_ALT = "|".join(re.escape(a) for a in sorted(_WIRE_BY_NAME, key=len, reverse=True))
# Datelines "MINSK (AP) —", "(Reuters) -", and bylines "By ASSOCIATED PRESS". Each
# pattern opens on a literal, so the scan skips ahead in C.
_DATELINE = re.compile(rf"\(({_CREDIT_ALT})\)[ \u00a0]{{0,2}}[\u2014\u2013-]")
_BYLINE = re.compile(rf"[ \u00a0](?:THE[ \u00a0]|The[ \u00a0])?({_CREDIT_ALT})\b")
# A wire credited in a citation name: "Seattle Times (AP)", "AP via Yahoo News".
_NAME_CREDIT = re.compile(rf"(?<!\w)({_CREDIT_ALT})(?!\w)")
_PATH_MARKERS: Final = (
    ("/ap/", "AP"),
    ("/ap-", "AP"),
    ("-ap-", "AP"),
    ("/apnews/", "AP"),
    ("associated-press", "AP"),
    ("/reuters/", "Reuters"),
    ("-reuters-", "Reuters"),
    ("/afp/", "AFP"),
    ("-afp-", "AFP"),
)
_SLUG_MIN_HYPHENS = 3


def normalized_entropy(counts: Iterable[int]) -> float:
    """Shannon entropy of ``counts`` divided by ``ln(total)``: 0..1.

    The maximum ``ln(total)`` is reached when every item is distinct, so the value
    falls both with concentration and with repeated sources. 0 for totals below 2.

    Example:
        >>> round(normalized_entropy([1, 1, 2]), 4)
        0.75
    """
    items = sorted(c for c in counts if c > 0)
    total = sum(items)
    if total < 2:
        return 0.0
    return _entropy(items, total) / math.log(total)


def hill_number(counts: Iterable[int]) -> float:
    """Hill number of order 1 (exponential of Shannon entropy); 0 when empty.

    Example:
        >>> hill_number([1, 1, 1, 1])
        4.0
    """
    items = sorted(c for c in counts if c > 0)
    total = sum(items)
    if not total:
        return 0.0
    return math.exp(_entropy(items, total))


def concentration(counts: Iterable[int]) -> tuple[float, float]:
    """Herfindahl-Hirschman index and Gini-Simpson index (``1 - HHI``); (0, 0) when empty.

    Example:
        >>> concentration([3, 1])
        (0.625, 0.375)
    """
    items = sorted(c for c in counts if c > 0)
    total = sum(items)
    if not total:
        return 0.0, 0.0
    hhi = sum((c / total) ** 2 for c in items)
    return hhi, 1.0 - hhi


def _entropy(items: Sequence[int], total: int) -> float:
    # 0.0 - sum keeps a single source at 0.0 rather than -0.0.
    return max(0.0 - sum((c / total) * math.log(c / total) for c in items), 0.0)


def body_wire_credits(body: str) -> frozenset[str]:
    """Wires credited by a dateline or byline in the body (``MINSK (AP) —``).

    Example:
        >>> sorted(body_wire_credits("WASHINGTON (AP) — Talks ended. By REUTERS"))
        ['AP', 'Reuters']
    """
    credits = {_WIRE_BY_NAME[m.group(1)] for m in _DATELINE.finditer(body)}
    # Bylines are capitalised; the lower-case "by" is too common a word to chase.
    for by in ("By", "BY"):
        pos = body.find(by)
        while pos >= 0:
            if pos == 0 or not body[pos - 1].isalnum():
                m = _BYLINE.match(body, pos + 2)
                if m is not None:
                    credits.add(_WIRE_BY_NAME[m.group(1)])
            pos = body.find(by, pos + 2)
    return frozenset(credits)


def citation_wire(citation: Citation, resolution: Resolution) -> str | None:
    """The wire a citation belongs to or copies, from its outlet, name or URL path.

    Example:
        >>> from scoring.outlets.model import Resolution
        >>> c = Citation(name="Seattle Times (AP)", url="https://www.seattletimes.com/nation/x")
        >>> citation_wire(c, Resolution(c.url, c.url, "seattletimes.com", "seattletimes.com", None, "unrated"))
        'AP'
    """
    return _wire(citation.name, resolution.outlet, _url_path(resolution.url or citation.url))


def _wire(name: str, outlet: Outlet | None, path: str) -> str | None:
    if outlet is not None and outlet.category == "wire":
        return _wire_of_outlet(outlet)
    m = _NAME_CREDIT.search(name)
    if m is not None:
        return _WIRE_BY_NAME[m.group(1)]
    for marker, wire in _PATH_MARKERS:
        if marker in path:
            return wire
    return None


def _wire_of_outlet(outlet: Outlet) -> str:
    for name in (outlet.name, *outlet.aliases):
        wire = _WIRE_BY_NAME.get(name)
        if wire is not None:
            return wire
    return outlet.name


def _url_path(url: str) -> str:
    """The lower-cased path of a URL, without query or fragment (urlsplit is slower)."""
    scheme = url.find("://")
    slash = url.find("/", scheme + 3 if scheme >= 0 else 0)
    if slash < 0:
        return ""
    path = url[slash:]
    for stop in "?#":
        cut = path.find(stop)
        if cut >= 0:
            path = path[:cut]
    return path.lower()


def _slug(path: str) -> str | None:
    """The article slug of a URL path: its longest segment of four or more words."""
    if path.count("-") < _SLUG_MIN_HYPHENS:
        return None
    best = max(path.split("/"), key=len)
    if best.count("-") < _SLUG_MIN_HYPHENS:
        best = max(
            (seg for seg in path.split("/") if seg.count("-") >= _SLUG_MIN_HYPHENS),
            key=len,
            default="",
        )
    return best.removesuffix(".html").removesuffix(".htm") or None


def cite_sources(
    citations: Sequence[Citation],
    resolutions: Sequence[Resolution],
    table: OutletTable | None,
    body_wires: frozenset[str] = frozenset(),
) -> tuple[CitedSource, ...]:
    """Pair each citation with its resolution, outlet key and independent origin.

    Origins, in order of precedence:

    1. a wire (its own citations, or a citation recognised by :func:`citation_wire`)
       is one origin, joined with the wire outlet's owner group when the table has it;
    2. citations on different domains sharing an article slug are copies of one
       article: one origin, the wire credited in the body if there is exactly one;
    3. a known outlet's :attr:`Outlet.independence_key` (owner group, else outlet);
    4. an unknown outlet's registered domain (so editions and subdomains collapse).

    Example:
        >>> from scoring.outlets.model import Resolution
        >>> c = Citation(name="X", url="https://a.example.com/p")
        >>> r = Resolution(c.url, c.url, "a.example.com", "example.com", None, "unrated")
        >>> cite_sources([c], [r], None)[0].origin
        'domain:example.com'
    """
    wire_keys: dict[str, str] = {}
    body_wire = next(iter(body_wires)) if len(body_wires) == 1 else None
    paths = [_url_path(r.url or c.url) for c, r in zip(citations, resolutions, strict=True)]
    direct = [
        _wire(c.name, r.outlet, path)
        for c, r, path in zip(citations, resolutions, paths, strict=True)
    ]
    slugs = [_slug(path) for path in paths]
    slug_domains: dict[str, set[str]] = {}
    slug_wires: dict[str, set[str]] = {}
    for slug, resolution, wire in zip(slugs, resolutions, direct, strict=True):
        if slug is not None:
            slug_domains.setdefault(slug, set()).add(resolution.domain or resolution.host)
            if wire is not None:
                slug_wires.setdefault(slug, set()).add(wire)
    out: list[CitedSource] = []
    for citation, resolution, slug, wire in zip(citations, resolutions, slugs, direct, strict=True):
        outlet = resolution.outlet
        if outlet is not None:
            outlet_key = outlet.id
        elif resolution.domain or resolution.host:
            outlet_key = f"domain:{resolution.domain or resolution.host}"
        else:
            outlet_key = f"name:{citation.name.casefold()}"
        if wire is None and slug is not None and len(slug_domains[slug]) > 1:
            # min() keeps the choice independent of citation order.
            wire = min(slug_wires[slug]) if slug in slug_wires else body_wire
            origin = f"article:{slug}"
        elif outlet is not None:
            origin = outlet.independence_key
        else:
            origin = outlet_key
        if wire is not None:
            origin = wire_keys.setdefault(wire, _wire_origin(wire, table))
        out.append(CitedSource(citation, resolution, outlet_key, origin, wire))
    return tuple(out)


def _wire_origin(wire: str, table: OutletTable | None) -> str:
    if table is not None:
        for name in WIRES.get(wire, (wire,)):
            outlet = table.by_name(name)
            if outlet is not None and outlet.category == "wire":
                return outlet.independence_key
    return f"wire:{wire}"


def time_span_hours(citations: Iterable[Citation]) -> float:
    """Hours between the first and last ``published_at``; NaN when none has one.

    Naive timestamps are read as UTC so that naive and aware ones compare.

    Example:
        >>> time_span_hours([Citation(name="A", url="a.com", published_at="2025-09-12T12:00:00"),
        ...                  Citation(name="B", url="b.com", published_at="2025-09-12T18:30:00+00:00")])
        6.5
    """
    stamps = []
    for citation in citations:
        published = citation.published
        if published is not None:
            if published.tzinfo is None:
                published = published.replace(tzinfo=UTC)
            stamps.append(published)
    if not stamps:
        return math.nan
    return (max(stamps) - min(stamps)).total_seconds() / 3600.0


def diversity_features(sources: Sequence[CitedSource]) -> dict[str, float]:
    """Counts, concentration and independence features over a story's citations.

    Example:
        >>> diversity_features(())["effective_sources"]
        0.0
    """
    n = len(sources)
    outlets: dict[str, int] = {}
    domains: dict[str, int] = {}
    origins: dict[str, int] = {}
    urls: set[str] = set()
    hosts: set[str] = set()
    registered: set[str] = set()
    unknown = wired = 0
    for source in sources:
        resolution = source.resolution
        outlets[source.outlet_key] = outlets.get(source.outlet_key, 0) + 1
        domain_key = resolution.domain or resolution.host or source.outlet_key
        domains[domain_key] = domains.get(domain_key, 0) + 1
        origins[source.origin] = origins.get(source.origin, 0) + 1
        urls.add(resolution.url or source.citation.url)
        if resolution.host:
            hosts.add(resolution.host)
        if resolution.domain:
            registered.add(resolution.domain)
        if resolution.outlet is None:
            unknown += 1
        if source.wire is not None:
            wired += 1
    hhi, gini_simpson = concentration(outlets.values())
    return {
        "citation_count": float(n),
        "unique_urls": float(len(urls)),
        "unique_hosts": float(len(hosts)),
        "unique_domains": float(len(registered)),
        "unique_outlets": float(len(outlets)),
        "unknown_outlet_share": unknown / n if n else 0.0,
        "domain_entropy": normalized_entropy(domains.values()),
        "outlet_entropy": normalized_entropy(outlets.values()),
        "outlet_hhi": hhi,
        "gini_simpson": gini_simpson,
        "effective_sources": hill_number(outlets.values()),
        "independent_sources": float(len(origins)),
        "independent_effective_sources": hill_number(origins.values()),
        "wire_share": wired / n if n else 0.0,
        "time_span_hours": time_span_hours(s.citation for s in sources),
    }

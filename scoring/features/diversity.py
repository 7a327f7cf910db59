"""Citation diversity: counts, concentration over outlets, independent origins, time.

Concentration is computed over *outlet keys*: the outlet's id when the table knows it,
else the registered domain (``domain:example.com``), else the citation name. Independent
origins collapse further: outlets of one owner group (:attr:`Outlet.independence_key`),
wire copies (a wire's own citations and every citation recognised as a copy of that
wire), copies of one article carried on several sites (same URL slug), and the
carriers of a wire dispatch (see :func:`cite_sources`).

The graded reliability of the footing is counted over the same origins: each origin
takes the best :attr:`Outlet.reliability_score` among its citations (a label alone stands
for its band's default), so five copies of one weak story weigh as one origin, and a wire
carried by a local paper keeps the wire's score when the wire is cited too. An outlet
behind an embedded post that no citation names is a source of its own, marked as
embedded: it joins its owner group's origin, or is one. Unknown and unrated outlets carry
no score; with no scored source at all ``reliability_footing`` and ``reliability_min``
are NaN. It is computed in the loop that counts the origins, which is cheaper than a
second pass.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Final

from scoring.features._facts import OutletFacts, facts_of, table_facts
from scoring.features.model import CitedSource
from scoring.features.wires import WIRES, body_credits, name_wire, path_wire
from scoring.outlets.model import Outlet, Resolution
from scoring.outlets.table import OutletTable
from scoring.records.model import Citation

__all__ = [
    "COPY_SECTIONS",
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

COPY_SECTIONS: Final = frozenset(
    {
        "nation-world",
        "nation-and-world",
        "nationworld",
        "world-nation",
        "nation",
        "national",
        "wire",
        "wires",
    }
)
"""URL path segments of the sections where regional papers run wire copy."""

_SLUG_MIN_HYPHENS = 3
# A slug copies a headline when at least this many of its words, and at least this
# share of them, are in the headline's slug.
_SLUG_MIN_SHARED = 3
_SLUG_MIN_OVERLAP = 0.75
_EMPTY: Final[frozenset[str]] = frozenset()
# Per citation: the citation, its resolution, its outlet's facts, outlet key, URL path,
# article slug and the wire it belongs to or copies.
_Row = tuple[Citation, Resolution, OutletFacts | None, str, str, str | None, str | None]


def normalized_entropy(counts: Iterable[int]) -> float:
    """Shannon entropy of ``counts`` divided by ``ln(total)``: 0..1.

    The maximum ``ln(total)`` is reached when every item is distinct, so the value
    falls both with concentration and with repeated sources. 0 for totals below 2.

    Example:
        >>> round(normalized_entropy([1, 1, 2]), 4)
        0.75
    """
    return _measures([c for c in counts if c > 0])[0]


def hill_number(counts: Iterable[int]) -> float:
    """Hill number of order 1 (exponential of Shannon entropy); 0 when empty.

    Example:
        >>> hill_number([1, 1, 1, 1])
        4.0
    """
    return _measures([c for c in counts if c > 0])[1]


def concentration(counts: Iterable[int]) -> tuple[float, float]:
    """Herfindahl-Hirschman index and Gini-Simpson index (``1 - HHI``); (0, 0) when empty.

    Example:
        >>> concentration([3, 1])
        (0.625, 0.375)
    """
    hhi = _measures([c for c in counts if c > 0])[2]
    return (hhi, 1.0 - hhi) if hhi else (0.0, 0.0)


def _measures(counts: list[int]) -> tuple[float, float, float]:
    """Normalised entropy, Hill number of order 1 and HHI of positive counts.

    Plain arithmetic: the counts are a handful, where numpy costs more than it saves.
    """
    total = sum(counts)
    if not total:
        return 0.0, 0.0, 0.0
    if total == len(counts):
        # Every count is 1: entropy is ln(total) exactly, so give the exact values
        # rather than a sum of logarithms that misses them by an ulp.
        return (1.0 if total > 1 else 0.0), float(total), 1.0 / total
    counts.sort()
    entropy = 0.0
    hhi = 0.0
    for count in counts:
        share = count / total
        entropy -= share * math.log(share)
        hhi += share * share
    entropy = max(entropy, 0.0)
    return entropy / math.log(total), math.exp(entropy), hhi


def body_wire_credits(body: str) -> frozenset[str]:
    """Wires credited by a dateline, byline or credit line in the body (``MINSK (AP) —``).

    Example:
        >>> sorted(body_wire_credits("WASHINGTON (AP) — Talks ended. By REUTERS"))
        ['AP', 'Reuters']
    """
    return body_credits(body).wires


def citation_wire(citation: Citation, resolution: Resolution) -> str | None:
    """The wire a citation belongs to or copies, from its outlet, name or URL path.

    Example:
        >>> from scoring.outlets.model import Resolution
        >>> c = Citation(name="Seattle Times (AP)", url="https://www.seattletimes.com/nation/x")
        >>> citation_wire(c, Resolution(c.url, c.url, "seattletimes.com", "seattletimes.com", None, "unrated"))
        'AP'
    """
    outlet = resolution.outlet
    facts = None if outlet is None else facts_of(outlet, {})
    return _wire(citation.name, facts, _url_path(resolution.url or citation.url))


def _wire(name: str, facts: OutletFacts | None, path: str) -> str | None:
    if facts is not None and facts.wire is not None:
        return facts.wire
    return name_wire(name) or path_wire(path)


def _url_path(url: str) -> str:
    """The lower-cased path of a URL, without query or fragment (urlsplit is slower)."""
    scheme = url.find("://")
    slash = url.find("/", scheme + 3 if scheme >= 0 else 0)
    if slash < 0:
        return ""
    end = url.find("?", slash)
    if end < 0:
        end = len(url)
    fragment = url.find("#", slash, end)
    return url[slash : fragment if fragment >= 0 else end].lower()


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


def _slug_words(slug: str | None) -> frozenset[str]:
    if slug is None:
        return _EMPTY
    return frozenset(w for w in slug.split("-") if w and not w.isdigit())


def _copies_headline(copy: frozenset[str], original: frozenset[str]) -> bool:
    """True when ``copy``'s slug words are (nearly) all in ``original``'s.

    A carrier shortens the wire's headline; it does not add words. Measured on the
    candidate's own words, so a short wire slug does not make every longer report on
    the same event a copy.
    """
    shared = len(copy & original)
    return shared >= _SLUG_MIN_SHARED and shared >= _SLUG_MIN_OVERLAP * len(copy)


def cite_sources(
    citations: Sequence[Citation],
    resolutions: Sequence[Resolution],
    table: OutletTable | None,
    body_wires: frozenset[str] = frozenset(),
    *,
    dispatch: str | None = None,
    attributed: Collection[str] = (),
) -> tuple[CitedSource, ...]:
    """Pair each citation with its resolution, outlet key and independent origin.

    Origins, in order of precedence:

    1. a wire (its own citations, or a citation recognised by :func:`citation_wire`)
       is one origin, joined with the wire outlet's owner group when the table has it;
    2. citations on different domains sharing an article slug are copies of one
       article: one origin, the wire credited in the body if there is exactly one;
    3. when the body is the dispatch of one wire (``dispatch``), a mainstream outlet's
       citation that shows it carries the copy is that wire: its URL files it in a
       wire-copy section (:data:`COPY_SECTIONS`), or three quarters of its slug's
       words (three at least) are in the slug of a known copy of the dispatch on
       another domain (a citation the wire is given by rules 1 and 2, or a carrier
       filed in a wire-copy section). An outlet the body names as a source
       (``attributed`` outlet ids) speaks for itself and is never a carrier; nor is a
       wire, a state outlet or a partisan site;
    4. a known outlet's :attr:`Outlet.independence_key` (owner group, else outlet);
    5. an unknown outlet's registered domain (so editions and subdomains collapse).

    Example:
        >>> from scoring.outlets.model import Resolution
        >>> c = Citation(name="X", url="https://a.example.com/p")
        >>> r = Resolution(c.url, c.url, "a.example.com", "example.com", None, "unrated")
        >>> cite_sources([c], [r], None)[0].origin
        'domain:example.com'
    """
    known: Mapping[int, OutletFacts] = {} if table is None else table_facts(table)
    rows: list[_Row] = []
    wires: list[str | None] = []
    slug_domains: dict[str, set[str]] = {}
    many = len(citations) > 1
    for citation, resolution in zip(citations, resolutions, strict=True):
        outlet = resolution.outlet
        name = citation.name
        path = _url_path(resolution.url or citation.url)
        if outlet is not None:
            facts = known.get(id(outlet)) or facts_of(outlet, known)
            key = facts.id
            wire = facts.wire or name_wire(name) or path_wire(path)
        else:
            facts = None
            domain = resolution.domain or resolution.host
            key = f"domain:{domain}" if domain else f"name:{name.casefold()}"
            wire = name_wire(name) or path_wire(path)
        # A slug matters only to compare citations, or to find a dispatch's carriers.
        slug = _slug(path) if many else None
        if slug is not None:
            slug_domains.setdefault(slug, set()).add(resolution.domain or resolution.host)
        rows.append((citation, resolution, facts, key, path, slug, wire))
        wires.append(wire)

    copied = {slug for slug, on in slug_domains.items() if len(on) > 1}
    if copied:
        _copies([row[5] for row in rows], wires, copied, _single(body_wires))
    if dispatch is not None:
        _carriers(rows, wires, dispatch, attributed)

    out: list[CitedSource] = []
    for (citation, resolution, facts, key, _, slug, _), wire in zip(rows, wires, strict=True):
        if wire is not None:
            origin = _wire_origin(wire, table)
        elif slug is not None and slug in copied:
            origin = f"article:{slug}"
        elif facts is not None:
            origin = facts.origin
        else:
            origin = key
        out.append(CitedSource(citation, resolution, key, origin, wire))
    return tuple(out)


def _single(wires: frozenset[str]) -> str | None:
    return next(iter(wires)) if len(wires) == 1 else None


def _copies(
    slugs: Sequence[str | None], wires: list[str | None], copied: set[str], body_wire: str | None
) -> None:
    """Give the copies of one article (rule 2 of :func:`cite_sources`) their wire."""
    # Wires found in the citations themselves, before any copy takes one.
    slug_wires: dict[str, set[str]] = {}
    for slug, wire in zip(slugs, wires, strict=True):
        if slug in copied and wire is not None:
            slug_wires.setdefault(slug, set()).add(wire)
    for i, slug in enumerate(slugs):
        if slug is not None and slug in copied and wires[i] is None:
            # min() keeps the choice independent of citation order.
            wires[i] = min(slug_wires[slug]) if slug in slug_wires else body_wire


def _carriers(
    rows: Sequence[_Row], wires: list[str | None], dispatch: str, attributed: Collection[str]
) -> None:
    """Give ``dispatch`` to the citations that carry it (rule 3 of :func:`cite_sources`)."""
    candidates = [
        i
        for i, (_, _, facts, _, _, _, _) in enumerate(rows)
        if wires[i] is None
        and facts is not None
        and facts.category == "mainstream"
        and facts.id not in attributed
    ]
    if not candidates:
        return
    domains = [resolution.domain or resolution.host for _, resolution, *_ in rows]
    sections = [i for i in candidates if not COPY_SECTIONS.isdisjoint(rows[i][4].split("/"))]
    # Known copies of the dispatch: the wire's own citations, those marked as its copies
    # (rules 1 and 2), and the carriers filed in a wire-copy section.
    originals = [
        (domains[j], words)
        for j in [j for j, wire in enumerate(wires) if wire == dispatch] + sections
        if len(words := _slug_words(rows[j][5])) >= _SLUG_MIN_SHARED
    ]
    carriers = list(sections)
    for i in candidates if originals else ():
        if i in sections:
            continue
        mine = _slug_words(rows[i][5])
        if len(mine) >= _SLUG_MIN_SHARED and any(
            domain != domains[i] and _copies_headline(mine, words) for domain, words in originals
        ):
            carriers.append(i)
    # Decided on the state before any change, so the order of citations cannot matter.
    for i in carriers:
        wires[i] = dispatch


@functools.lru_cache(maxsize=256)
def _wire_origin(wire: str, table: OutletTable | None) -> str:
    if table is not None:
        for name in WIRES.get(wire, (wire,)):
            outlet = table.by_name(name)
            if outlet is not None and outlet.category == "wire":
                return outlet.independence_key
    return f"wire:{wire}"


def time_span_hours(published: Iterable[str | None]) -> float:
    """Hours between the first and last of the citations' ``published_at`` texts.

    NaN when none has one.

    Naive timestamps are read as UTC so that naive and aware ones compare.

    Example:
        >>> time_span_hours(["2025-09-12T12:00:00", None, "2025-09-12T18:30:00+00:00"])
        6.5
    """
    stamps: list[datetime] = []
    naive = aware = False
    for text in published:
        if text is None or not text.strip():
            continue
        stamp = datetime.fromisoformat(text)
        if stamp.tzinfo is None:
            naive = True
        else:
            aware = True
        stamps.append(stamp)
    if not stamps:
        return math.nan
    if len(stamps) == 1:
        return 0.0
    if naive and aware:
        stamps = [s if s.tzinfo is not None else s.replace(tzinfo=UTC) for s in stamps]
    return (max(stamps) - min(stamps)).total_seconds() / 3600.0


class _Grades:
    """The graded reliability of a story's origins: the best of each, the weakest of all."""

    __slots__ = ("best", "weakest")

    def __init__(self) -> None:
        self.best: dict[str, float] = {}
        self.weakest = math.inf

    def add(self, origin: str, value: float | None) -> None:
        """Count one source of ``origin`` graded ``value`` (None: unrated, not counted)."""
        if value is None:
            return
        if value > self.best.get(origin, -1.0):
            self.best[origin] = value
        if value < self.weakest:
            self.weakest = value

    def footing(self) -> float:
        """The mean of the origins' best grades; NaN when none is graded."""
        best = self.best
        return math.fsum(best.values()) / len(best) if best else math.nan


def diversity_features(
    sources: Sequence[CitedSource], embedded: Sequence[Outlet] = ()
) -> dict[str, float]:
    """Counts, concentration and independence features over a story's citations.

    And the graded reliability of the origins they collapse into.

    Args:
        sources: the story's citations with their origins.
        embedded: outlets behind embedded posts that no citation names; they count only in
            ``reliability_footing`` and ``reliability_min``.

    Example:
        >>> diversity_features(())["effective_sources"]
        0.0
        >>> from scoring.outlets.model import Resolution
        >>> def cite(outlet, url):
        ...     r = Resolution(url, url, "", "", outlet, "resolved")
        ...     return CitedSource(Citation(name=outlet.name, url=url), r, outlet.id, outlet.independence_key, None)
        >>> ap = Outlet(id="ap", name="AP", domains=("apnews.com",), category="wire", reliability_score=0.96)
        >>> tabloid = Outlet(id="t", name="T", domains=("t.com",), category="tabloid", reliability="low")
        >>> f = diversity_features([cite(tabloid, "https://t.com/a"), cite(tabloid, "https://t.com/b"), cite(ap, "https://apnews.com/x")])
        >>> round(f["reliability_footing"], 2), f["reliability_min"]
        (0.58, 0.2)
    """
    n = len(sources)
    outlets: dict[str, int] = {}
    domains: dict[str, int] = {}
    origins: dict[str, int] = {}
    urls: set[str] = set()
    hosts: set[str] = set()
    registered: set[str] = set()
    published: set[str | None] = set()
    grades = _Grades()
    grade = grades.add
    unknown = wired = 0
    for source in sources:
        resolution = source.resolution
        citation = source.citation
        key = source.outlet_key
        outlets[key] = outlets.get(key, 0) + 1
        host = resolution.host
        domain = resolution.domain
        domain_key = domain or host or key
        domains[domain_key] = domains.get(domain_key, 0) + 1
        origin = source.origin
        origins[origin] = origins.get(origin, 0) + 1
        urls.add(resolution.url or citation.url)
        published.add(citation.published_at)
        if host:
            hosts.add(host)
        if domain:
            registered.add(domain)
        outlet = resolution.outlet
        if outlet is None:
            unknown += 1
        else:
            # The slot first: the property is needed only for outlets built with a label.
            value = outlet.reliability_score
            grade(origin, outlet.reliability_value if value is None else value)
        if source.wire is not None:
            wired += 1
    for outlet in embedded:
        grade(outlet.independence_key, outlet.reliability_value)
    outlet_entropy, effective, hhi = _measures(list(outlets.values()))
    domain_entropy = _measures(list(domains.values()))[0]
    independent_effective = _measures(list(origins.values()))[1]
    return {
        "citation_count": float(n),
        "unique_urls": float(len(urls)),
        "unique_hosts": float(len(hosts)),
        "unique_domains": float(len(registered)),
        "unique_outlets": float(len(outlets)),
        "unknown_outlet_share": unknown / n if n else 0.0,
        "domain_entropy": domain_entropy,
        "outlet_entropy": outlet_entropy,
        "outlet_hhi": hhi,
        "gini_simpson": 1.0 - hhi if n else 0.0,
        "effective_sources": effective,
        "independent_sources": float(len(origins)),
        "independent_effective_sources": independent_effective,
        "wire_share": wired / n if n else 0.0,
        "time_span_hours": time_span_hours(published),
        "reliability_footing": grades.footing(),
        "reliability_min": grades.weakest if grades.best else math.nan,
    }

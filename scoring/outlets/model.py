"""Outlets and their labels, and the result of resolving a citation to one.

The label vocabularies are closed: a table that uses another value is refused.
Reliability is graded: :attr:`Outlet.reliability_score` in 0..1, read in three bands by
:func:`reliability_band` (``high`` from 0.70, ``mixed`` from 0.40, ``low`` below); a
table that gives only the label stands for its band's default score
(:data:`BAND_DEFAULT_SCORES`).
Slant is read on a named scheme; the default, ``us-left-right``, is a US-centred
left/right axis mapped to -2..2 by :data:`SLANT_AXIS`. ``none`` means the scale does not
apply (a wire, a platform, a fact-checker may be rated ``none`` on purpose); an outlet the
table does not rate at all has ``slant=None``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Final, Literal

__all__ = [
    "BAND_DEFAULT_SCORES",
    "BAND_FLOORS",
    "CATEGORIES",
    "RELIABILITIES",
    "SLANTS",
    "SLANT_AXIS",
    "Outlet",
    "Reason",
    "Resolution",
    "reliability_band",
]

SLANTS: Final = ("left", "lean-left", "center", "lean-right", "right", "none")
SLANT_AXIS: Final[Mapping[str, int]] = MappingProxyType(
    {"left": -2, "lean-left": -1, "center": 0, "lean-right": 1, "right": 2}
)
RELIABILITIES: Final = ("high", "mixed", "low")
BAND_FLOORS: Final[Mapping[str, float]] = MappingProxyType(
    {"high": 0.70, "mixed": 0.40, "low": 0.0}
)
"""The lowest ``reliability_score`` of each band; a band runs up to the next one's floor."""
BAND_DEFAULT_SCORES: Final[Mapping[str, float]] = MappingProxyType(
    {"high": 0.85, "mixed": 0.55, "low": 0.20}
)
"""The score a reliability label stands for when a table gives no score."""
CATEGORIES: Final = (
    "wire",
    "mainstream",
    "public-broadcaster",
    "state-affiliated",
    "partisan",
    "tabloid",
    "satire",
    "fact-checker",
    "government",
    "academic",
    "platform",
    "aggregator",
    "blog",
)


def reliability_band(score: float) -> str:
    """The reliability label of a score: ``high`` >= 0.70, ``mixed`` >= 0.40, else ``low``.

    Example:
        >>> reliability_band(0.92), reliability_band(0.70), reliability_band(0.4), reliability_band(0.39)
        ('high', 'high', 'mixed', 'low')
    """
    if score >= BAND_FLOORS["high"]:
        return "high"
    if score >= BAND_FLOORS["mixed"]:
        return "mixed"
    return "low"


Reason = Literal[
    "resolved",
    "unparseable",
    "shortener",
    "aggregator-unresolved",
    "unrated",
    "non-news",
]
"""Why a resolution ended where it did; ``resolved`` means an outlet was found."""


@dataclass(frozen=True, slots=True)
class Outlet:
    """One outlet and its labels.

    Attributes:
        id: stable slug, unique in a table (``rt``, ``reuters``, ``gateway-pundit``).
        name: canonical display name.
        domains: registered domains or hosts it publishes on (``rt.com``, ``abcnews.go.com``).
        aliases: other names it is cited or attributed by (``Russia Today``).
        handles: social accounts as ``platform:handle`` (``x:rt_com``, ``youtube:@rt``),
            lower case.
        slant: one of :data:`SLANTS`, or None when unrated.
        reliability: one of :data:`RELIABILITIES`, or None when unrated.
        reliability_score: graded reliability in 0..1 (higher is more reliable), or None
            when unrated; its band is ``reliability``.
        category: one of :data:`CATEGORIES`.
        country: ISO 3166-1 alpha-2 code of the home country, or ``""``.
        owner: owner or parent group; outlets sharing one are not independent.
        basis: why the labels are what they are, in the curator's words.
        as_of: date the labels were last reviewed (``YYYY-MM-DD``).
        source: name of the table layer each label came from, keyed by label
            (``{"slant": "bundled", "reliability": "my-org"}``).
        scheme: the slant scheme the slant is read on.
    """

    id: str
    name: str
    domains: tuple[str, ...]
    category: str
    slant: str | None = None
    reliability: str | None = None
    reliability_score: float | None = None
    country: str = ""
    owner: str = ""
    aliases: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    basis: str = ""
    as_of: str = ""
    scheme: str = "us-left-right"
    source: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __reduce__(self) -> tuple[Callable[..., Outlet], tuple[dict[str, Any]]]:
        """Pickle by fields: the read-only ``source`` view travels as a plain dict."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["source"] = dict(self.source)
        return _outlet_from, (values,)

    @property
    def slant_value(self) -> int | None:
        """Slant on the -2..2 axis, or None for ``none`` and unrated.

        Example:
            >>> Outlet(id="x", name="X", domains=("x.com",), category="mainstream", slant="lean-right").slant_value
            1
        """
        return SLANT_AXIS.get(self.slant) if self.slant is not None else None

    @property
    def reliability_value(self) -> float | None:
        """Graded reliability: the score, else its label's band default, else None.

        Example:
            >>> Outlet(id="x", name="X", domains=("x.com",), category="tabloid", reliability="low").reliability_value
            0.2
        """
        if self.reliability_score is not None:
            return self.reliability_score
        if self.reliability is None:
            return None
        return BAND_DEFAULT_SCORES.get(self.reliability)

    @property
    def independence_key(self) -> str:
        """Outlets sharing this key are one origin: the owner group, else the outlet."""
        return self.owner.casefold() if self.owner else f"outlet:{self.id}"


def _outlet_from(values: dict[str, Any]) -> Outlet:
    return Outlet(**{**values, "source": MappingProxyType(values["source"])})


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a URL (and optional citation name) resolved to.

    Attributes:
        input: the URL as given.
        url: the unwrapped, normalised URL that was looked up ("" when unparseable).
        host: host of ``url``, lower case, without ``www.`` ("" when unparseable).
        domain: registered domain of ``host`` (public suffix aware), or "".
        outlet: the outlet, or None when unknown.
        reason: why resolution ended where it did.
        platform: social platform for account URLs (``x``, ``youtube``, ...), else None.
        account: the account handle on that platform, lower case, else None.
        via: how the outlet was found (``host``, ``parent``, ``domain``, ``handle``,
            ``name``), or None.
    """

    input: str
    url: str
    host: str
    domain: str
    outlet: Outlet | None
    reason: Reason
    platform: str | None = None
    account: str | None = None
    via: str | None = None

    @classmethod
    def unparseable(cls, text: str, host: str = "") -> Resolution:
        """The resolution of input that is no web URL (or whose host has no public suffix).

        Example:
            >>> Resolution.unparseable("javascript:void(0)").reason
            'unparseable'
        """
        return cls(text, "", host, "", None, "unparseable")

    @property
    def resolved(self) -> bool:
        """True when an outlet was found."""
        return self.outlet is not None

    def record(self) -> dict[str, object]:
        """A flat, JSON-ready view: the input, where it led, and the outlet's labels.

        ``source`` maps each label to the table layer it came from.

        Example:
            >>> o = Outlet(id="rt", name="RT", domains=("rt.com",), category="state-affiliated", slant="right", source={"slant": "bundled"})
            >>> r = Resolution("rt.com/news", "http://rt.com/news", "rt.com", "rt.com", o, "resolved", via="host")
            >>> {k: r.record()[k] for k in ("input", "domain", "outlet", "slant", "reason", "source")}
            {'input': 'rt.com/news', 'domain': 'rt.com', 'outlet': 'rt', 'slant': 'right', 'reason': 'resolved', 'source': {'slant': 'bundled'}}
        """
        o = self.outlet
        return {
            "input": self.input,
            "url": self.url,
            "host": self.host,
            "domain": self.domain,
            "outlet": o.id if o else None,
            "name": o.name if o else None,
            "slant": o.slant if o else None,
            "scheme": o.scheme if o else None,
            "reliability": o.reliability if o else None,
            "reliability_score": o.reliability_score if o else None,
            "category": o.category if o else None,
            "country": o.country if o else None,
            "owner": o.owner if o else None,
            "reason": self.reason,
            "via": self.via,
            "platform": self.platform,
            "account": self.account,
            "source": dict(o.source) if o else {},
        }

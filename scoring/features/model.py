"""The feature record: flat named numbers plus the per-citation and per-embed detail.

:data:`FEATURE_NAMES` fixes every flat name and its column order; ``docs/features.md``
defines each one, its range and how it is computed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from scoring.outlets.model import CATEGORIES, Resolution
from scoring.outlets.platforms import PLATFORMS
from scoring.records.model import Citation

__all__ = [
    "FEATURE_NAMES",
    "NAN_FEATURES",
    "Attribution",
    "CitedSource",
    "Embed",
    "Features",
]

FEATURE_NAMES: Final[tuple[str, ...]] = (
    "citation_count",
    "unique_urls",
    "unique_hosts",
    "unique_domains",
    "unique_outlets",
    "unknown_outlet_share",
    "domain_entropy",
    "outlet_entropy",
    "outlet_hhi",
    "gini_simpson",
    "effective_sources",
    "independent_sources",
    "independent_effective_sources",
    "wire_share",
    "time_span_hours",
    "source_units",
    "slant_left_share",
    "slant_lean_left_share",
    "slant_center_share",
    "slant_lean_right_share",
    "slant_right_share",
    "slant_none_share",
    "slant_unknown_share",
    "slant_entropy",
    "slant_spread",
    "slant_mean",
    "both_sides",
    "one_sided",
    "high_reliability_share",
    "mixed_reliability_share",
    "low_reliability_share",
    "unrated_reliability_share",
    "reliability_footing",
    "reliability_min",
    "state_media_share",
    *(f"category_{c.replace('-', '_')}_share" for c in CATEGORIES),
    "country_count",
    "social_embed_count",
    "social_embed_ratio",
    *(f"social_embed_{p}_count" for p in PLATFORMS),
    "social_link_count",
    "embedded_outlet_count",
    "embedded_state_media",
    "attributed_sources",
    "attributed_uncited_sources",
)
"""Every flat feature name, in the fixed column order of frames and transformers."""

NAN_FEATURES: Final = frozenset(
    {"slant_mean", "time_span_hours", "reliability_footing", "reliability_min"}
)
"""The only features that may be NaN: ``slant_mean`` when no source sits on the slant
axis, ``time_span_hours`` when no citation has a ``published_at``, ``reliability_footing``
and ``reliability_min`` when no source has a reliability score."""


@dataclass(frozen=True, slots=True)
class CitedSource:
    """One citation, what it resolved to, and the origin it was collapsed into.

    Attributes:
        citation: the citation as the story gives it.
        resolution: what the resolver made of its URL and name.
        outlet_key: the outlet it counts as for concentration (outlet id, else
            ``domain:<registered domain>``, else ``name:<citation name>``).
        origin: the independent origin it collapses into (owner group, wire, or
            registered domain for unknown outlets).
        wire: the wire it is a copy of or belongs to (``AP``, ``Reuters``), else None.
    """

    citation: Citation
    resolution: Resolution
    outlet_key: str
    origin: str
    wire: str | None


@dataclass(frozen=True, slots=True)
class Embed:
    """One social media post embedded in a story body.

    Attributes:
        platform: one of :data:`~scoring.outlets.platforms.PLATFORMS`.
        account: the account handle, lower case without ``@``, where visible; else None.
        start: offset of the first character of the embed in the body.
        end: offset one past its last character (``body[start:end]`` is the embed).
        method: how it was found: ``signature`` (flattened post ending
            ``— Name (@handle) Month D, YYYY``), ``post-url``, ``media-link``
            (``pic.twitter.com``/``t.co`` outside a signature), ``html`` (an element
            of an HTML body), or ``link`` for a post an HTML body links to.
        outlet_id: the outlet owning the account in the outlet table, else None.

    Example:
        >>> Embed("x", "rt_com", 0, 10, "signature").length
        10
    """

    platform: str
    account: str | None
    start: int
    end: int
    method: str
    outlet_id: str | None = None

    @property
    def length(self) -> int:
        """Number of body characters the embed covers."""
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Attribution:
    """An outlet named as a source in the body (``Reuters reported``, ``told CNN``).

    Attributes:
        outlet_id: id of the outlet the name resolved to.
        name: the name as written.
        phrase: the attribution phrase that introduced it (``reported``, ``according to``).
        start: offset of the name in the body.
    """

    outlet_id: str
    name: str
    phrase: str
    start: int


@dataclass(frozen=True, slots=True)
class Features:
    """The features of one story: flat values plus the detail they were computed from.

    Attributes:
        story_id: id of the story.
        values: every name of :data:`FEATURE_NAMES` mapped to a float.
        sources: one :class:`CitedSource` per citation, in story order.
        embeds: the embedded posts, in body order.
        attributions: the in-body attributions, in body order.
        links: the posts an HTML body links to without showing them, in body order.
            For an HTML body, the spans of embeds, attributions and links index its
            visible text (:func:`scoring.features.html.visible_text`).

    Example:
        >>> from scoring.records import Story
        >>> from scoring.outlets import OutletTable, Resolver
        >>> from scoring.features import extract_features
        >>> f = extract_features(Story(id="s"), Resolver(OutletTable.from_outlets([])))
        >>> f["citation_count"], len(f.to_dict()) == len(FEATURE_NAMES)
        (0.0, True)
    """

    story_id: str
    values: Mapping[str, float]
    sources: tuple[CitedSource, ...] = ()
    embeds: tuple[Embed, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    links: tuple[Embed, ...] = ()

    def __getitem__(self, name: str) -> float:
        return self.values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(FEATURE_NAMES)

    def to_dict(self) -> dict[str, float]:
        """Flat feature name -> float, in :data:`FEATURE_NAMES` order."""
        values = self.values
        return {name: values[name] for name in FEATURE_NAMES}

    def as_row(self) -> list[float]:
        """The values as a list in :data:`FEATURE_NAMES` order."""
        values = self.values
        return [values[name] for name in FEATURE_NAMES]

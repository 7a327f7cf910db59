"""What a score is made of: the two fields, the contributions, the rules, the evidence.

:class:`ScoreResult` is immutable; :meth:`ScoreResult.to_dict` gives the JSON-ready
form, :meth:`ScoreResult.render` the terminal form of ``scoring explain``. The small
records inside it (one per term, check, citation, embed) are named tuples, since a
result holds dozens of them and they are built on every call.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from scoring.features.html import visible_text
from scoring.features.model import FEATURE_NAMES
from scoring.outlets.loading import BUNDLED

if TYPE_CHECKING:
    from scoring.features.model import Features
    from scoring.outlets.table import OutletTable
    from scoring.records.model import Story

__all__ = [
    "Check",
    "CitationDetail",
    "Contribution",
    "EmbedDetail",
    "FiredRule",
    "Provenance",
    "ScoreResult",
    "citation_details",
    "embed_details",
]


_KNOWN: Final = frozenset(FEATURE_NAMES)


def _json_number(value: float) -> float | None:
    """JSON has no NaN: a missing value (NaN) is written as null."""
    return None if math.isnan(value) else value


def _fields(record: object, names: tuple[str, ...]) -> dict[str, Any]:
    """The named attributes of a record, in the order its JSON form lists them."""
    return {name: getattr(record, name) for name in names}


class Contribution(NamedTuple):
    """One term of a weighted score.

    Attributes:
        feature: the feature name.
        value: the feature's value (NaN when missing).
        transformed: the transformed value ``t`` in 0..1 (after ``invert``).
        weight: the term's weight, normalised over its section.
        contribution: what it adds to the score: ``weight * transformed``, or 0 when the
            diversity gate held.

    Example:
        >>> Contribution("slant_entropy", 0.5, 0.5, 0.2, 0.1).contribution
        0.1
    """

    feature: str
    value: float
    transformed: float
    weight: float
    contribution: float

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {**self._asdict(), "value": _json_number(self.value)}


class Check(NamedTuple):
    """One comparison of a condition, with the feature value it was checked against.

    Example:
        >>> check = Check("independent_sources <= 1", "independent_sources", 1.0, True)
        >>> str(check), check.describe()
        ('independent_sources <= 1', 'independent_sources <= 1 (independent_sources = 1)')
    """

    condition: str
    feature: str
    value: float
    held: bool

    def __str__(self) -> str:
        return self.condition

    def describe(self) -> str:
        """The comparison and the value it was checked against."""
        return f"{self.condition} ({self.feature} = {_fmt(self.value)})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"condition": self.condition, "value": _json_number(self.value), "held": self.held}


@dataclass(frozen=True, slots=True)
class FiredRule:
    """A severity rule whose condition held.

    Attributes:
        name: the rule's name.
        at_least: the tier it raises to.
        description: why, in one sentence.
        checks: each comparison of its condition, with the observed value.
        raised: True when it lifted the tier above what the risk score alone gave
            (and no other rule lifted it higher).
    """

    name: str
    at_least: str
    description: str
    checks: tuple[Check, ...]
    raised: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = _fields(self, ("name", "at_least", "raised", "description"))
        return data | {"checks": [c.to_dict() for c in self.checks]}


_CITATION_KEYS: Final = (
    "url",
    "domain",
    "outlet",
    "slant",
    "reliability",
    "reliability_score",
    "category",
    "name",
    "origin",
    "reason",
)
_EMBED_KEYS: Final = (
    "platform",
    "account",
    "start",
    "end",
    "outlet",
    "reliability",
    "reliability_score",
    "method",
)


class CitationDetail(NamedTuple):
    """One citation and the outlet labels it was scored with.

    Attributes:
        name: the citation name as the story gives it.
        url: the citation URL as the story gives it.
        domain: registered domain the resolver found ("" when unparseable).
        outlet: outlet id, or None when unknown.
        slant: the outlet's slant, or None.
        reliability: the outlet's reliability band, or None.
        reliability_score: the outlet's graded reliability in 0..1, or None.
        category: the outlet's category, or None.
        origin: the independent origin it was collapsed into.
        reason: why resolution ended where it did (``resolved``, ``unrated``, ...).
        source: the outlet-table layer each label came from (``{"slant": "bundled",
            "reliability": "our-ratings"}``); empty when no outlet was found.
    """

    name: str
    url: str
    domain: str
    outlet: str | None
    slant: str | None
    reliability: str | None
    reliability_score: float | None
    category: str | None
    origin: str
    reason: str
    source: Mapping[str, str] = MappingProxyType({})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return _fields(self, _CITATION_KEYS) | {"source": dict(self.source)}

    def layers(self) -> str:
        """Which labels came from a layer other than the bundled table, for a person.

        Example:
            >>> c = CitationDetail("CNN", "https://cnn.com/x", "cnn.com", "cnn", "lean-left", "low", 0.2, "mainstream", "cnn", "resolved", {"slant": "bundled", "reliability": "ours", "category": "bundled"})
            >>> c.layers()
            'reliability from ours'
        """
        by_layer: dict[str, list[str]] = {}
        for label, layer in self.source.items():
            if layer != BUNDLED:
                by_layer.setdefault(layer, []).append(label)
        return "; ".join(f"{', '.join(labels)} from {layer}" for layer, labels in by_layer.items())


class EmbedDetail(NamedTuple):
    """One embedded social post: where it sits in the body and whose it is.

    Attributes:
        platform: the platform (``x``, ``youtube``, ...).
        account: the account handle where visible, else None.
        start: offset of its first character in the body.
        end: offset one past its last character.
        outlet: the outlet owning the account, else None.
        method: how it was found (``signature``, ``post-url``, ``media-link``, ``html``).
        reliability: the owning outlet's reliability band, or None; the outlet counts
            as a source of the story, marked as embedded.
        reliability_score: the owning outlet's graded reliability in 0..1, or None.
    """

    platform: str
    account: str | None
    start: int
    end: int
    outlet: str | None
    method: str
    reliability: str | None = None
    reliability_score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return _fields(self, _EMBED_KEYS)


def citation_details(features: Features | None) -> tuple[CitationDetail, ...]:
    """Each cited source of extracted features, with its outlet's labels (none: empty).

    Example:
        >>> from scoring.features import extract_features
        >>> from scoring.records import Citation, Story
        >>> story = Story(id="a", citations=[Citation(name="AP", url="https://apnews.com/x")])
        >>> [(c.outlet, c.reliability) for c in citation_details(extract_features(story))]
        [('ap', 'high')]
    """
    if features is None:
        return ()
    details = []
    for source in features.sources:
        r = source.resolution
        o = r.outlet
        citation = source.citation
        if o is None:
            details.append(
                CitationDetail(
                    citation.name,
                    citation.url,
                    r.domain,
                    None,
                    None,
                    None,
                    None,
                    None,
                    source.origin,
                    r.reason,
                )
            )
        else:
            details.append(
                CitationDetail(
                    citation.name,
                    citation.url,
                    r.domain,
                    o.id,
                    o.slant,
                    o.reliability,
                    o.reliability_value,
                    o.category,
                    source.origin,
                    r.reason,
                    o.source,
                )
            )
    return tuple(details)


def embed_details(features: Features | None, table: OutletTable) -> tuple[EmbedDetail, ...]:
    """Each embedded post of extracted features, with the labels of the outlet owning it.

    Example:
        >>> from scoring.outlets import bundled_table
        >>> embed_details(None, bundled_table())
        ()
    """
    if features is None or not features.embeds:
        return ()
    details = []
    for e in features.embeds:
        where = (e.platform, e.account, e.start, e.end, e.outlet_id, e.method)
        owner = None if e.outlet_id is None else table.get(e.outlet_id)
        if owner is None:
            details.append(EmbedDetail(*where))
        else:
            details.append(EmbedDetail(*where, owner.reliability, owner.reliability_value))
    return tuple(details)


@dataclass(frozen=True, slots=True)
class Provenance:
    """What a score was computed with, so a rescoring can be reproduced and compared.

    Attributes:
        engine_version: ``scoring.__version__``.
        config_hash: :attr:`ScorerConfig.config_hash` of the configuration.
        outlet_table_version: version of the outlet table behind the features, or None
            when the features were given rather than extracted.
    """

    engine_version: str
    config_hash: str
    outlet_table_version: str | None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return _fields(self, ("engine_version", "config_hash", "outlet_table_version"))


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """The score of one story and why.

    Attributes:
        id: the story id.
        diversity_score: 0..1; equal to the sum of ``diversity`` contributions.
        severity: the tier on the configured ladder.
        risk_score: 0..1; equal to the sum of ``risk`` contributions.
        risk_tier: the tier the risk score alone gives, before the rules.
        features: every feature the score was computed from (flat, read-only).
        diversity: the contribution of each diversity term, in config order.
        risk: the contribution of each risk term, in config order.
        zeroed_by: the checks of the diversity gate when it held (the score is then 0),
            else empty.
        rules: the severity rules that fired, in config order.
        citations: the citations and their outlet labels, in story order.
        embeds: the embedded posts, in body order.
        provenance: engine version, config hash, outlet table version.
    """

    id: str
    diversity_score: float
    severity: str
    risk_score: float
    risk_tier: str
    features: Mapping[str, float]
    diversity: tuple[Contribution, ...]
    risk: tuple[Contribution, ...]
    zeroed_by: tuple[Check, ...]
    rules: tuple[FiredRule, ...]
    citations: tuple[CitationDetail, ...]
    embeds: tuple[EmbedDetail, ...]
    provenance: Provenance

    @property
    def contributions(self) -> dict[str, dict[str, float]]:
        """Feature -> contribution, per score: ``{"diversity": {...}, "risk": {...}}``."""
        return {
            "diversity": {c.feature: c.contribution for c in self.diversity},
            "risk": {c.feature: c.contribution for c in self.risk},
        }

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data; NaN feature values become None.

        Keys: ``id``, ``diversity_score``, ``severity``, ``features``,
        ``contributions``, ``explanation`` (risk score and tier, the gate, the rules
        that fired, every term in detail), ``citations``, ``embeds``, ``provenance``.
        """
        return {
            "id": self.id,
            "diversity_score": self.diversity_score,
            "severity": self.severity,
            "features": {k: _json_number(self.features[k]) for k in self._feature_order()},
            "contributions": self.contributions,
            "explanation": {
                "risk_score": self.risk_score,
                "risk_tier": self.risk_tier,
                "zeroed_by": [c.to_dict() for c in self.zeroed_by],
                "rules": [r.to_dict() for r in self.rules],
                "terms": {
                    "diversity": [c.to_dict() for c in self.diversity],
                    "risk": [c.to_dict() for c in self.risk],
                },
            },
            "citations": [c.to_dict() for c in self.citations],
            "embeds": [e.to_dict() for e in self.embeds],
            "provenance": self.provenance.to_dict(),
        }

    def _feature_order(self) -> list[str]:
        """Known features in the documented column order, then any others as given."""
        features = self.features
        known = [name for name in FEATURE_NAMES if name in features]
        if len(known) == len(features):
            return known
        return known + [name for name in features if name not in _KNOWN]

    def render(self, story: Story | None = None) -> str:
        """The result for a person reading a terminal.

        Args:
            story: the story scored, to show its title and the text of each embed.

        Example:
            >>> from scoring.features import FEATURE_NAMES
            >>> from scoring.scorer import Scorer
            >>> values = dict.fromkeys(FEATURE_NAMES, 0.0) | {"independent_sources": 1.0}
            >>> result = Scorer().score_features(values, story_id="s1")
            >>> print(result.render().splitlines()[1])
            diversity  0.000  zeroed: independent_sources <= 1 (independent_sources = 1)
        """
        lines = [self.id if story is None or not story.title else f"{self.id}  {story.title}"]
        lines.extend(self._verdict_lines())
        for title, terms in (("diversity", self.diversity), ("risk", self.risk)):
            lines.append("")
            lines.append(_table(title, terms))
        lines.append("")
        lines.extend(self._reliability_lines())
        lines.append("")
        lines.extend(self._citation_lines())
        lines.extend(self._embed_lines(story))
        p = self.provenance
        lines.append("")
        lines.append(
            f"provenance  engine {p.engine_version}  config {p.config_hash}  "
            f"outlets {p.outlet_table_version or '-'}"
        )
        return "\n".join(lines)

    def _verdict_lines(self) -> list[str]:
        """The two fields, how each came about, and the rules that fired."""
        gate = "; ".join(c.describe() for c in self.zeroed_by)
        lines = [
            f"diversity  {self.diversity_score:.3f}"
            + (f"  zeroed: {gate}" if gate else "  (sum of the contributions below)")
        ]
        raisers = [r.name for r in self.rules if r.raised]
        how = f"risk {self.risk_score:.3f} gives {self.risk_tier}"
        if raisers:
            how += f"; raised by {', '.join(raisers)}"
        lines.append(f"severity   {self.severity}  ({how})")
        if self.rules:
            lines.append("")
            lines.append("rules fired")
            for rule in self.rules:
                checks = "; ".join(c.describe() for c in rule.checks if c.held)
                lines.append(f"  {rule.name} -> at least {rule.at_least}: {checks}")
                if rule.description:
                    lines.append(f"      {rule.description}")
        return lines

    def _citation_lines(self) -> list[str]:
        """Each citation with its outlet's labels and the layer each came from."""
        if not self.citations:
            return ["citations  none"]
        lines = ["citations"]
        for i, c in enumerate(self.citations, 1):
            reliability = _graded(c.reliability, c.reliability_score)
            labels = " ".join(x or "-" for x in (c.outlet, c.slant, reliability, c.category))
            layers = c.layers()
            where = f"origin {c.origin}; {layers}" if layers else f"origin {c.origin}"
            lines.append(f"  {i}. {c.domain or c.url}  {labels}  ({where})")
        return lines

    def _embed_lines(self, story: Story | None) -> list[str]:
        """Each embedded post, with its text when the story is given."""
        if not self.embeds:
            return ["embeds  none"]
        lines = ["embeds"]
        # The spans of an HTML body index the text a reader sees.
        shown = visible_text(story.body) if story is not None else ""
        for e in self.embeds:
            who = f"@{e.account}" if e.account else "-"
            owner = (
                f"  outlet {e.outlet} {_graded(e.reliability, e.reliability_score)}, embedded"
                if e.outlet
                else ""
            )
            lines.append(f"  {e.platform} {who}  chars {e.start}-{e.end}{owner}")
            if story is not None:
                text = " ".join(shown[e.start : e.end].split())
                if not text:
                    # A player or a placeholder that a script fills shows no text.
                    text = "(no text on the page: a player or a placeholder)"
                lines.append(f"      {text[:72] + '…' if len(text) > 73 else text}")
        return lines

    def _reliability_lines(self) -> list[str]:
        """The graded footing, the weakest source, and what reliability added to the risk."""
        features = self.features
        footing = features.get("reliability_footing", math.nan)
        weakest = features.get("reliability_min", math.nan)
        if math.isnan(footing):
            head = "reliability  no scored source (unknown or unrated outlets only)"
        else:
            head = (
                f"reliability  footing {footing:.2f} (mean over origins of each origin's best "
                f"score), weakest {weakest:.2f}"
            )
        moved = [c for c in self.risk if c.feature in _RELIABILITY_FEATURES]
        if not moved:
            return [head, "  no reliability term in the risk"]
        total = math.fsum(c.contribution for c in moved)
        parts = ", ".join(f"{c.feature} +{c.contribution:.3f}" for c in moved)
        return [head, f"  moved the risk by +{total:.3f} of {self.risk_score:.3f}: {parts}"]


_RELIABILITY_FEATURES: Final = frozenset(
    {
        "reliability_footing",
        "reliability_min",
        "high_reliability_share",
        "mixed_reliability_share",
        "low_reliability_share",
        "unrated_reliability_share",
    }
)


def _graded(band: str | None, score: float | None) -> str | None:
    """A band with its score, ``low 0.06``; the band alone when there is no score."""
    if band is None:
        return None
    return band if score is None else f"{band} {score:.2f}"


def _fmt(value: float) -> str:
    if math.isnan(value):
        return "nan"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.3g}"


def _table(title: str, terms: tuple[Contribution, ...]) -> str:
    header = ("feature", "value", "t", "weight", "contribution")
    rows = [
        (
            c.feature,
            _fmt(c.value),
            f"{c.transformed:.3f}",
            f"{c.weight:.3f}",
            f"{c.contribution:.3f}",
        )
        for c in terms
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    out = [f"{title} terms"]
    for row in (header, *rows):
        cells = [
            row[0].ljust(widths[0]),
            *(cell.rjust(w) for cell, w in zip(row[1:], widths[1:], strict=True)),
        ]
        out.append("  " + "  ".join(cells))
    return "\n".join(out)

"""The scorer: a story (or its features) in, a :class:`ScoreResult` out. Pure and shareable."""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NoReturn

from scoring._version import __version__
from scoring.errors import RecordError
from scoring.features.extract import extract_features
from scoring.features.model import FEATURE_NAMES, Features
from scoring.outlets.loading import default_resolver
from scoring.outlets.resolver import Resolver
from scoring.outlets.table import OutletTable
from scoring.records.model import Story
from scoring.scorer.config import Comparison, Condition, ScorerConfig, Term
from scoring.scorer.result import (
    Check,
    CitationDetail,
    Contribution,
    EmbedDetail,
    FiredRule,
    Provenance,
    ScoreResult,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Scorer"]

_OPS: Final[Mapping[str, Callable[[float, float], bool]]] = MappingProxyType(
    {
        "<": operator.lt,
        "<=": operator.le,
        "==": operator.eq,
        "!=": operator.ne,
        ">=": operator.ge,
        ">": operator.gt,
    }
)
_KIND: Final[Mapping[str, int]] = MappingProxyType(
    {"identity": 0, "linear": 1, "saturate": 2, "hyperbolic": 3}
)
_FEATURES: Final = frozenset(FEATURE_NAMES)

# A compiled term: feature, normalised weight, transform kind, scale, offset, invert, missing.
_Term = tuple[str, float, int, float, float, bool, float]
# A compiled comparison: feature, operator, number, text.
_Cmp = tuple[str, Callable[[float, float], bool], float, str]
# A compiled condition: its `all` and `any` comparisons.
_Cond = tuple[tuple[_Cmp, ...], tuple[_Cmp, ...]]


def _compile_terms(terms: Mapping[str, Term]) -> tuple[_Term, ...]:
    total = math.fsum(term.weight for term in terms.values())
    return tuple(
        (
            name,
            term.weight / total,
            _KIND[term.transform],
            term.scale,
            term.offset,
            term.invert,
            term.missing,
        )
        for name, term in terms.items()
    )


def _compile_comparisons(comparisons: tuple[Comparison, ...]) -> tuple[_Cmp, ...]:
    return tuple((c.feature, _OPS[c.op], c.value, str(c)) for c in comparisons)


def _compile_condition(condition: Condition) -> _Cond:
    return _compile_comparisons(condition.all), _compile_comparisons(condition.any)


def _transform(x: float, kind: int, scale: float, offset: float, invert: bool) -> float:
    if kind == 0:
        t = x
    elif kind == 1:
        t = (x - offset) / scale
    elif kind == 2:
        y = x - offset
        t = 1.0 - math.exp(-y / scale) if y > 0.0 else 0.0
    else:
        y = x - offset if x > offset else 0.0
        t = y / (y + scale)
    # Clipping each term (never the sum) keeps every contribution in its share of 0..1,
    # so the contributions add up to the score with nothing taken off afterwards.
    if t < 0.0:
        t = 0.0
    elif t > 1.0:
        t = 1.0
    return 1.0 - t if invert else t


def _weighted(
    terms: tuple[_Term, ...], values: Mapping[str, float], zero: bool
) -> tuple[tuple[Contribution, ...], float]:
    parts: list[Contribution] = []
    amounts: list[float] = []
    isnan = math.isnan
    for feature, weight, kind, scale, offset, invert, missing in terms:
        x = float(values[feature])
        t = missing if isnan(x) else _transform(x, kind, scale, offset, invert)
        amount = 0.0 if zero else weight * t
        amounts.append(amount)
        parts.append(Contribution(feature, x, t, weight, amount))
    score = math.fsum(amounts)
    if score > 1.0:
        parts, score = _trim(parts, score)
    return tuple(parts), score


def _trim(parts: list[Contribution], score: float) -> tuple[list[Contribution], float]:
    """Bring a sum that rounding lifted past 1 back to 1, taking the few ulps off the
    largest contribution, so that the contributions still add up to the score exactly."""
    i = max(range(len(parts)), key=lambda k: parts[k].contribution)
    c = parts[i]

    def total(value: float) -> float:
        parts[i] = Contribution(c.feature, c.value, c.transformed, c.weight, value)
        return math.fsum(p.contribution for p in parts)

    value = c.contribution - (score - 1.0)
    while total(value) > 1.0:
        value = math.nextafter(value, 0.0)
    # Subtracting may have overshot by an ulp: step back up while the sum stays <= 1.
    while total(up := math.nextafter(value, math.inf)) <= 1.0:
        value = up
    return parts, total(value)


def _condition_holds(condition: _Cond, values: Mapping[str, float]) -> bool:
    all_of, any_of = condition
    if not all_of and not any_of:
        return False
    for feature, op, number, _ in all_of:
        if not op(float(values[feature]), number):
            return False
    return not any_of or any(op(float(values[f]), number) for f, op, number, _ in any_of)


def _checks(condition: _Cond, values: Mapping[str, float]) -> tuple[Check, ...]:
    return tuple(
        Check(text, feature, float(values[feature]), op(float(values[feature]), number))
        for feature, op, number, text in (*condition[0], *condition[1])
    )


class Scorer:
    """Scores stories: ``diversity_score``, ``severity``, and why.

    Built once and shared: it holds no state that changes, so one instance may score
    from many threads at once. Extraction uses the outlet resolver given, else the
    bundled table with the config's ``outlets.layers`` laid over it; the configuration
    is :class:`ScorerConfig` (the shipped default when None).

    Args:
        config: the configuration.
        outlets: a :class:`~scoring.outlets.Resolver`, or an
            :class:`~scoring.outlets.OutletTable` to build one on; when given, the
            config's ``outlets.layers`` are not read.

    Raises:
        OutletTableError: a layer of ``config.outlets`` cannot be read or has bad rows.

    Example:
        >>> from scoring.records import Citation, Story
        >>> scorer = Scorer()
        >>> story = Story(id="s1", citations=[Citation(name="The Gateway Pundit", url="https://www.thegatewaypundit.com/2025/09/x/")])
        >>> result = scorer.score(story)
        >>> result.diversity_score, result.severity, [r.name for r in result.rules]
        (0.0, 'high', ['low-uncorroborated'])
    """

    __slots__ = (
        "_config",
        "_diversity",
        "_gate",
        "_given",
        "_hash",
        "_ladder",
        "_needed",
        "_provenance",
        "_resolver",
        "_risk",
        "_rules",
        "_thresholds",
        "_tiers",
    )

    _config: ScorerConfig
    _resolver: Resolver
    _hash: str
    _diversity: tuple[_Term, ...]
    _risk: tuple[_Term, ...]
    _gate: _Cond
    _ladder: Mapping[str, int]
    _tiers: tuple[str, ...]
    _thresholds: tuple[tuple[str, float], ...]
    _rules: tuple[tuple[str, str, str, _Cond], ...]
    _needed: tuple[str, ...]
    _provenance: Provenance
    _given: Provenance

    def __init__(
        self,
        config: ScorerConfig | None = None,
        outlets: Resolver | OutletTable | None = None,
    ) -> None:
        if config is None:
            config = ScorerConfig()
        elif not isinstance(config, ScorerConfig):
            raise TypeError(
                f"config must be a ScorerConfig (load a file with ScorerConfig.from_toml), "
                f"not {type(config).__name__}"
            )
        if outlets is None:
            # The layers are read once, here: scoring itself touches no file.
            layers = config.outlets.layers
            resolver = Resolver(config.outlets.table()) if layers else default_resolver()
        elif isinstance(outlets, Resolver):
            resolver = outlets
        elif isinstance(outlets, OutletTable):
            resolver = Resolver(outlets)
        else:
            raise TypeError(
                f"outlets must be a Resolver or an OutletTable, not {type(outlets).__name__}"
            )
        severity = config.severity
        # The scorer compiles its own copy, so it never sees later changes to a config's
        # dictionaries and needs no lock.
        init = object.__setattr__
        init(self, "_config", config)
        init(self, "_resolver", resolver)
        init(self, "_hash", config.config_hash)
        init(self, "_diversity", _compile_terms(config.diversity.terms))
        init(self, "_risk", _compile_terms(config.risk.terms))
        init(self, "_gate", _compile_condition(config.diversity.zero_when))
        init(self, "_ladder", MappingProxyType({t: i for i, t in enumerate(severity.tiers)}))
        init(self, "_tiers", tuple(severity.tiers))
        init(
            self,
            "_thresholds",
            tuple((t, severity.thresholds[t]) for t in reversed(severity.tiers[1:])),
        )
        init(
            self,
            "_rules",
            tuple(
                (r.name, r.at_least, r.description, _compile_condition(r)) for r in severity.rules
            ),
        )
        init(self, "_needed", config.features_used())
        # Both are immutable, so every result shares one instance instead of a new one
        # per call. Features given rather than extracted name no outlet table.
        init(self, "_provenance", Provenance(__version__, self._hash, resolver.table.version))
        init(self, "_given", Provenance(__version__, self._hash, None))

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"a Scorer is immutable; build a new one to change {name!r}")

    def __reduce__(self) -> tuple[type[Scorer], tuple[ScorerConfig, Resolver]]:
        """Pickle as its config and resolver; the receiving process compiles its own."""
        return Scorer, (self._config, self._resolver)

    def __repr__(self) -> str:
        return f"<Scorer config {self._hash}, outlets {self._resolver.table.version}>"

    @property
    def config(self) -> ScorerConfig:
        """The configuration it scores with."""
        return self._config

    @property
    def resolver(self) -> Resolver:
        """The outlet resolver features are extracted with."""
        return self._resolver

    @property
    def provenance(self) -> Provenance:
        """Engine version, config hash and outlet table version of its scores."""
        return self._provenance

    def score(self, story: Story) -> ScoreResult:
        """Extract the story's features and score them.

        Example:
            >>> from scoring.records import Story
            >>> Scorer().score(Story(id="empty")).severity
            'elevated'
        """
        features = extract_features(story, self._resolver)
        return self._score(features.story_id, features.values, features, self._provenance)

    def score_features(
        self, features: Features | Mapping[str, float], *, story_id: str | None = None
    ) -> ScoreResult:
        """Score features already extracted: a :class:`~scoring.features.Features` or a
        flat mapping of feature name to number.

        A mapping needs every feature the configuration uses; its provenance has no
        outlet table version, since the scorer cannot know which table produced it.

        Raises:
            RecordError: a feature the configuration uses is missing.

        Example:
            >>> from scoring.features import FEATURE_NAMES
            >>> values = dict.fromkeys(FEATURE_NAMES, 0.0) | {"independent_sources": 5.0, "independent_effective_sources": 5.0, "reliability_footing": 1.0}
            >>> round(Scorer().score_features(values, story_id="s").diversity_score, 3)
            0.703
        """
        if isinstance(features, Features):
            return self._score(
                story_id or features.story_id, features.values, features, self._given
            )
        values = MappingProxyType({str(k): float(v) for k, v in features.items()})
        return self._score(story_id or "", values, None, self._given)

    def apply(self, story: Story) -> Story:
        """The story with ``diversity_score`` and ``severity`` filled; nothing else changes.

        Example:
            >>> from scoring.records import Story
            >>> Scorer().apply(Story(id="a", title="T")).severity
            'elevated'
        """
        result = self.score(story)
        return story.with_scores(diversity_score=result.diversity_score, severity=result.severity)

    def score_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Score a DataFrame of stories, or of features, into a DataFrame of results.

        A frame holding every feature the configuration uses as columns is read as
        features (one story per row; ids from an ``id`` column, else the index, as
        :func:`~scoring.features.features_frame` gives them); otherwise a frame with an
        ``id`` column is read as stories with :func:`~scoring.records.read_stories`.

        Returns:
            One row per story, index ``id``: ``diversity_score``, ``severity`` and
            ``risk_tier`` (ordered categoricals on the ladder), ``risk_score``, ``rules``
            (names of the rules that fired, comma separated). ``attrs["provenance"]``
            holds the provenance.

        Raises:
            RecordError: the frame is neither; or a story in it is bad.

        Example:
            >>> import pandas as pd
            >>> from scoring.features import FEATURE_NAMES
            >>> frame = pd.DataFrame([dict.fromkeys(FEATURE_NAMES, 0.0)], index=pd.Index(["s"], name="id"))
            >>> Scorer().score_frame(frame)[["diversity_score", "severity"]].to_dict("records")
            [{'diversity_score': 0.0, 'severity': 'elevated'}]
        """
        import pandas as pd

        columns = {str(c) for c in frame.columns}
        if all(name in columns for name in self._needed):
            names = [str(c) for c in frame.columns if c in _FEATURES]
            ids = frame["id"] if "id" in columns else frame.index
            matrix = frame[names].to_numpy(dtype="float64")
            provenance = self._given
            results = [
                self._score(
                    str(story_id),
                    MappingProxyType(dict(zip(names, row.tolist(), strict=True))),
                    None,
                    provenance,
                )
                for story_id, row in zip(ids, matrix, strict=True)
            ]
        elif "id" in columns:
            from scoring.records.reader import read_stories

            results = [self.score(story) for story in read_stories(frame)]
            provenance = self.provenance
        else:
            missing = [name for name in self._needed if name not in columns]
            raise RecordError(
                "neither a frame of stories (no 'id' column) nor of features (missing "
                f"{', '.join(repr(m) for m in missing[:5])}{', ...' if len(missing) > 5 else ''}); "
                "pass stories with an 'id' column, or the output of features_frame",
                source="<frame>",
            )
        ladder = pd.CategoricalDtype(list(self._ladder), ordered=True)
        out = pd.DataFrame(
            {
                "diversity_score": pd.Series([r.diversity_score for r in results], dtype="float64"),
                "severity": pd.Series([r.severity for r in results], dtype=ladder),
                "risk_score": pd.Series([r.risk_score for r in results], dtype="float64"),
                "risk_tier": pd.Series([r.risk_tier for r in results], dtype=ladder),
                "rules": pd.Series(
                    [",".join(rule.name for rule in r.rules) for r in results], dtype="object"
                ),
            }
        )
        out.index = pd.Index([r.id for r in results], name="id")
        out.attrs["provenance"] = provenance.to_dict()
        return out

    def _score(
        self,
        story_id: str,
        values: Mapping[str, float],
        features: Features | None,
        provenance: Provenance,
    ) -> ScoreResult:
        try:
            return self._evaluate(story_id, values, features, provenance)
        except KeyError as exc:
            raise RecordError(
                "the features lack this one, which the scorer's config uses; give every "
                "name of FEATURE_NAMES (extract_features does)",
                source=f"story {story_id!r}" if story_id else None,
                field=str(exc.args[0]),
            ) from None

    def _evaluate(
        self,
        story_id: str,
        values: Mapping[str, float],
        features: Features | None,
        provenance: Provenance,
    ) -> ScoreResult:
        gated = _condition_holds(self._gate, values)
        zeroed_by = tuple(c for c in _checks(self._gate, values) if c.held) if gated else ()
        diversity, diversity_score = _weighted(self._diversity, values, gated)
        risk, risk_score = _weighted(self._risk, values, False)

        ladder = self._ladder
        risk_tier = self._tiers[0]
        for tier, floor in self._thresholds:
            if risk_score >= floor:
                risk_tier = tier
                break
        fired: list[tuple[str, str, str, _Cond]] = [
            rule for rule in self._rules if _condition_holds(rule[3], values)
        ]
        rank = max([ladder[risk_tier], *(ladder[rule[1]] for rule in fired)])
        severity = self._tiers[rank]
        rules = tuple(
            FiredRule(
                name,
                at_least,
                description,
                _checks(condition, values),
                ladder[at_least] == rank > ladder[risk_tier],
            )
            for name, at_least, description, condition in fired
        )
        return ScoreResult(
            id=story_id,
            diversity_score=diversity_score,
            severity=severity,
            risk_score=risk_score,
            risk_tier=risk_tier,
            features=values,
            diversity=diversity,
            risk=risk,
            zeroed_by=zeroed_by,
            rules=rules,
            citations=_citations(features),
            embeds=_embeds(features, self._resolver.table),
            provenance=provenance,
        )


def _citations(features: Features | None) -> tuple[CitationDetail, ...]:
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


def _embeds(features: Features | None, table: OutletTable) -> tuple[EmbedDetail, ...]:
    if features is None or not features.embeds:
        return ()
    details = []
    for e in features.embeds:
        owner = None if e.outlet_id is None else table.get(e.outlet_id)
        if owner is None:
            details.append(
                EmbedDetail(e.platform, e.account, e.start, e.end, e.outlet_id, e.method)
            )
        else:
            details.append(
                EmbedDetail(
                    e.platform,
                    e.account,
                    e.start,
                    e.end,
                    e.outlet_id,
                    e.method,
                    owner.reliability,
                    owner.reliability_value,
                )
            )
    return tuple(details)

"""The scorer: a story (or its features) in, a :class:`ScoreResult` out. Pure and shareable."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from itertools import compress
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, NoReturn

from scoring._version import __version__
from scoring.errors import RecordError
from scoring.features.extract import extract_features, features_frame
from scoring.features.model import Features
from scoring.outlets.loading import default_resolver
from scoring.outlets.resolver import Resolver
from scoring.outlets.table import OutletTable
from scoring.records.model import Story
from scoring.scorer.config import LayerConfig, ScorerConfig
from scoring.scorer.formula import (
    CompiledCondition,
    CompiledTerm,
    Formula,
    holds,
    settle,
    term_value,
)
from scoring.scorer.result import (
    Check,
    Contribution,
    FiredRule,
    Provenance,
    ScoreResult,
    citation_details,
    embed_details,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Scorer"]

_MISSING: Final = (
    "the features lack this one, which the scorer's config uses; give every "
    "name of FEATURE_NAMES (extract_features does)"
)


def _contributions(
    terms: tuple[CompiledTerm, ...], values: Mapping[str, float], zero: bool
) -> tuple[tuple[Contribution, ...], float]:
    """Each term's contribution to a section's score, and the score (their sum)."""
    parts: list[Contribution] = []
    amounts: list[float] = []
    for term in terms:
        x = float(values[term.feature])
        t = term_value(x, term.transform, term.scale, term.offset, term.invert, term.missing)
        amount = 0.0 if zero else term.weight * t
        amounts.append(amount)
        parts.append(Contribution(term.feature, x, t, term.weight, amount))
    score = settle(amounts)
    if score == 1.0:
        # settle may have taken an ulp or two off one amount to keep the sum at 1.
        parts = [c._replace(contribution=a) for c, a in zip(parts, amounts, strict=True)]
    return tuple(parts), score


def _checks(condition: CompiledCondition, values: Mapping[str, float]) -> tuple[Check, ...]:
    """Each comparison of a condition, with the value it was checked against."""
    out = []
    for c in (*condition.all, *condition.any):
        x = float(values[c.feature])
        out.append(Check(c.text, c.feature, x, bool(c.compare(x, c.value))))
    return tuple(out)


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

    __slots__ = ("_config", "_formula", "_given", "_needed", "_provenance", "_resolver")

    _config: ScorerConfig
    _resolver: Resolver
    _formula: Formula
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
                "config must be a ScorerConfig (load a file with ScorerConfig.from_toml_file), "
                f"not {type(config).__name__}"
            )
        resolver = _resolver(config, outlets)
        config_hash = config.config_hash
        init = object.__setattr__
        init(self, "_config", config)
        init(self, "_resolver", resolver)
        # The scorer compiles its own copy, so it never sees later changes to a config's
        # dictionaries and needs no lock.
        init(self, "_formula", Formula.from_config(config))
        init(self, "_needed", config.features_used())
        # Both are immutable, so every result shares one instance instead of a new one
        # per call. Features given rather than extracted name no outlet table.
        init(self, "_provenance", Provenance(__version__, config_hash, resolver.table.version))
        init(self, "_given", Provenance(__version__, config_hash, None))

    @classmethod
    def from_config_file(
        cls,
        path: str | os.PathLike[str] | None,
        outlets: Resolver | OutletTable | None = None,
        *,
        layers: Sequence[LayerConfig] = (),
    ) -> Scorer:
        """The scorer with the configuration in the TOML file ``path``, or the default.

        Args:
            path: the config file; None for the shipped default configuration.
            outlets: as for :class:`Scorer`.
            layers: outlet layers laid over the config's own ``outlets.layers``.

        Raises:
            ConfigError: the file cannot be read, is not TOML, or does not validate.
            OutletTableError: an outlet layer cannot be read or has bad rows.

        Example:
            >>> Scorer.from_config_file(None).config == ScorerConfig()
            True
        """
        config = ScorerConfig() if path is None else ScorerConfig.from_toml_file(path)
        return cls(config.with_layers(*layers), outlets)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"a Scorer is immutable; build a new one to change {name!r}")

    def __reduce__(self) -> tuple[type[Scorer], tuple[ScorerConfig, Resolver]]:
        """Pickle as its config and resolver; the receiving process compiles its own."""
        return Scorer, (self._config, self._resolver)

    def __repr__(self) -> str:
        return f"<Scorer config {self._provenance.config_hash}, outlets {self._resolver.table.version}>"

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
        """Score features already extracted.

        ``features`` is a :class:`~scoring.features.Features` or a flat mapping of
        feature name to number. A mapping needs every feature the configuration uses;
        its provenance has no outlet table version, since the scorer cannot know which
        table produced it.

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

    def score_frame(self, frame: pd.DataFrame | Iterable[Story]) -> pd.DataFrame:
        """Score a features frame, or stories, into a DataFrame of results.

        A DataFrame must hold every feature the configuration uses as columns, one story
        per row (ids from an ``id`` column, else the index), as
        :func:`~scoring.features.features_frame` gives it. Stories (any iterable of
        :class:`~scoring.records.Story`) have their features extracted with the
        scorer's resolver first; a DataFrame of story records becomes stories with
        :func:`scoring.records.read_stories`. Every row is scored at once by the same
        formula as :meth:`score`, to the same numbers.

        Returns:
            One row per story, index ``id``: ``diversity_score``, ``severity`` and
            ``risk_tier`` (ordered categoricals on the ladder), ``risk_score``, ``rules``
            (names of the rules that fired, comma separated). ``attrs["provenance"]``
            holds the provenance (an outlet table version only when the scorer
            extracted the features).

        Raises:
            RecordError: a DataFrame lacks a feature the configuration uses; or a story
                cannot be scored.

        Example:
            >>> import pandas as pd
            >>> from scoring.features import FEATURE_NAMES
            >>> frame = pd.DataFrame([dict.fromkeys(FEATURE_NAMES, 0.0)], index=pd.Index(["s"], name="id"))
            >>> Scorer().score_frame(frame)[["diversity_score", "severity"]].to_dict("records")
            [{'diversity_score': 0.0, 'severity': 'elevated'}]
        """
        import pandas as pd

        if isinstance(frame, pd.DataFrame):
            self._check_frame(frame)
            features, provenance = frame, self._given
            ids = frame["id"] if "id" in frame.columns else frame.index
        else:
            features = features_frame(frame, self._resolver)
            provenance, ids = self._provenance, features.index
        formula = self._formula
        scores = formula.scores(features)
        ladder = pd.CategoricalDtype(list(formula.tiers), ordered=True)
        names = [rule.name for rule in formula.rules]
        out = pd.DataFrame(
            {
                "diversity_score": pd.Series(scores.diversity, dtype="float64"),
                "severity": pd.Categorical.from_codes(scores.positions, dtype=ladder),
                "risk_score": pd.Series(scores.risk, dtype="float64"),
                "risk_tier": pd.Categorical.from_codes(scores.risk_positions, dtype=ladder),
                "rules": pd.Series(
                    [",".join(compress(names, row)) for row in scores.fired.tolist()],
                    dtype="object",
                ),
            }
        )
        out.index = pd.Index([str(i) for i in ids], name="id")
        out.attrs["provenance"] = provenance.to_dict()
        return out

    def _check_frame(self, frame: pd.DataFrame) -> None:
        """Refuse a DataFrame that lacks a feature the configuration uses."""
        columns = {str(c) for c in frame.columns}
        missing = [name for name in self._needed if name not in columns]
        if not missing:
            return
        shown = f"{', '.join(repr(m) for m in missing[:5])}{', ...' if len(missing) > 5 else ''}"
        if "id" in columns:
            message = (
                f"a frame of story records, not of features (missing {shown}); pass "
                "read_stories(frame) from scoring.records, or the output of features_frame"
            )
        else:
            message = (
                f"neither a frame of stories (no 'id' column) nor of features (missing {shown}); "
                "pass stories with an 'id' column, or the output of features_frame"
            )
        raise RecordError(message, source="<frame>")

    def _score(
        self,
        story_id: str,
        values: Mapping[str, float],
        features: Features | None,
        provenance: Provenance,
    ) -> ScoreResult:
        """One story's score and its explanation, from its feature values."""
        formula = self._formula
        try:
            gated = holds(formula.gate, values)
            diversity, diversity_score = _contributions(formula.diversity, values, gated)
            risk, risk_score = _contributions(formula.risk, values, False)
            fired = [rule for rule in formula.rules if holds(rule.condition, values)]
        except KeyError as exc:
            raise RecordError(
                _MISSING,
                source=f"story {story_id!r}" if story_id else None,
                field=str(exc.args[0]),
            ) from None
        tiers = formula.tiers
        from_risk = formula.risk_position(risk_score)
        rank = max([from_risk, *(rule.rank for rule in fired)])
        rules = tuple(
            FiredRule(
                rule.name,
                rule.at_least,
                rule.description,
                _checks(rule.condition, values),
                rule.rank == rank > from_risk,
            )
            for rule in fired
        )
        return ScoreResult(
            id=story_id,
            diversity_score=diversity_score,
            severity=tiers[rank],
            risk_score=risk_score,
            risk_tier=tiers[from_risk],
            features=values,
            diversity=diversity,
            risk=risk,
            zeroed_by=tuple(c for c in _checks(formula.gate, values) if c.held) if gated else (),
            rules=rules,
            citations=citation_details(features),
            embeds=embed_details(features, self._resolver.table),
            provenance=provenance,
        )


def _resolver(config: ScorerConfig, outlets: Resolver | OutletTable | None) -> Resolver:
    """The resolver a scorer extracts with: the one given, or one on the config's table."""
    if outlets is None:
        # The layers are read once, here: scoring itself touches no file.
        return Resolver(config.outlets.table()) if config.outlets.layers else default_resolver()
    if isinstance(outlets, Resolver):
        return outlets
    if isinstance(outlets, OutletTable):
        return Resolver(outlets)
    raise TypeError(f"outlets must be a Resolver or an OutletTable, not {type(outlets).__name__}")

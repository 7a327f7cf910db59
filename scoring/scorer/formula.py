"""The scoring formula, defined once: terms, transforms, conditions and tiers.

A configuration is compiled into a :class:`Formula` of named parts; the scorer and the
fitter both score through it, so a change here changes every score alike.

1. Each term maps its feature ``x`` to ``t`` in 0..1 (:func:`term_value`): the
   transform of :data:`TRANSFORM_FUNCTIONS`, clipped, then inverted where asked; a NaN
   feature gives the term's ``missing`` value.
2. A score is the correctly rounded sum (:func:`math.fsum`) of ``weight * t`` over the
   section, the weights normalised to sum to 1 (:func:`normalise`). Clipping each term
   keeps the sum in 0..1; :func:`settle` takes off the few ulps rounding may add past 1,
   so the contributions still add up to the score exactly.
3. A condition holds when each comparison of ``all`` holds and, if ``any`` has some, one
   of them does; one with no comparisons never holds. A NaN value satisfies only ``!=``,
   as IEEE comparison reads it.
4. The risk score reaches a tier when it is at least the tier's threshold
   (:func:`tier_positions`); a rule that holds raises the tier to at least its own.

The per-story functions (:func:`term_value`, :func:`settle`, :func:`holds`,
:meth:`Formula.risk_position`) serve :meth:`Scorer.score <scoring.scorer.Scorer.score>`,
which explains each score. The frame functions (:func:`term_values`,
:func:`weighted_sums`, :func:`condition_holds`, :func:`rules_fired`, :func:`rule_floors`,
:func:`tier_positions`, :meth:`Formula.scores`) take a features frame, one story a row,
and give arrays; they apply the same definitions, so both give equal numbers to the bit.

The compiled parts are slotted frozen dataclasses: the per-story path reads their fields
on every call, and a slot is read faster than a named tuple is unpacked.
"""

from __future__ import annotations

import bisect
import math
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal, NamedTuple

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

    from scoring.scorer.config import Condition, Rule, ScorerConfig, Term

    Floats = npt.NDArray[np.float64]
    Flags = npt.NDArray[np.bool_]
    Positions = npt.NDArray[np.int64]

__all__ = [
    "COMPARE",
    "TRANSFORM_FUNCTIONS",
    "CompiledComparison",
    "CompiledCondition",
    "CompiledRule",
    "CompiledTerm",
    "Formula",
    "FrameScores",
    "OperatorName",
    "TransformName",
    "compile_condition",
    "compile_terms",
    "condition_holds",
    "holds",
    "normalise",
    "rule_floors",
    "rules_fired",
    "settle",
    "term_value",
    "term_values",
    "tier_positions",
    "weighted_sums",
]

TransformName = Literal["identity", "linear", "saturate", "hyperbolic"]
"""The names a term's ``transform`` may take."""

OperatorName = Literal["<=", ">=", "==", "!=", "<", ">"]
"""The comparison operators of the condition language."""

Transform = Callable[[float, float, float], float]
"""A transform: ``(x, scale, offset) -> t`` before clipping."""


def _identity(x: float, scale: float, offset: float) -> float:
    return x


def _linear(x: float, scale: float, offset: float) -> float:
    return (x - offset) / scale


def _saturate(x: float, scale: float, offset: float) -> float:
    y = x - offset
    return 1.0 - math.exp(-y / scale) if y > 0.0 else 0.0


def _hyperbolic(x: float, scale: float, offset: float) -> float:
    y = x - offset if x > offset else 0.0
    return y / (y + scale)


TRANSFORM_FUNCTIONS: Final[Mapping[str, Transform]] = MappingProxyType(
    {
        "identity": _identity,
        "linear": _linear,
        "saturate": _saturate,
        "hyperbolic": _hyperbolic,
    }
)
"""Each transform by name (see :class:`~scoring.scorer.Term` for the formulas)."""

# The operator module's functions compare floats and numpy arrays alike, so one table
# serves the per-story and the frame path.
COMPARE: Final[Mapping[str, Callable[[Any, float], Any]]] = MappingProxyType(
    {
        "<": operator.lt,
        "<=": operator.le,
        "==": operator.eq,
        "!=": operator.ne,
        ">=": operator.ge,
        ">": operator.gt,
    }
)
"""Each comparison operator by its symbol."""


@dataclass(frozen=True, slots=True)
class CompiledTerm:
    """One term, ready to evaluate.

    Attributes:
        feature: the feature name.
        weight: the term's weight, normalised over its section.
        transform: the transform function (of :data:`TRANSFORM_FUNCTIONS`).
        scale: scale of the transform.
        offset: value the transform starts at.
        invert: use ``1 - t``.
        missing: ``t`` when the feature is NaN.
    """

    feature: str
    weight: float
    transform: Transform
    scale: float
    offset: float
    invert: bool
    missing: float


@dataclass(frozen=True, slots=True)
class CompiledComparison:
    """One comparison, ready to evaluate.

    Attributes:
        feature: the feature compared.
        compare: the operator's function (of :data:`COMPARE`).
        value: the number compared with.
        text: the comparison as written, ``independent_sources <= 1``.
    """

    feature: str
    compare: Callable[[Any, float], Any]
    value: float
    text: str


@dataclass(frozen=True, slots=True)
class CompiledCondition:
    """A condition, ready to evaluate: its ``all`` and ``any`` comparisons."""

    all: tuple[CompiledComparison, ...]
    any: tuple[CompiledComparison, ...]


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A severity rule, ready to evaluate.

    Attributes:
        name: the rule's name.
        at_least: the tier it raises to.
        rank: the position of ``at_least`` on the ladder.
        description: why, in one sentence.
        condition: when it fires.
    """

    name: str
    at_least: str
    rank: int
    description: str
    condition: CompiledCondition


def normalise(weights: Iterable[float]) -> list[float]:
    """Weights divided by their correctly rounded sum.

    Example:
        >>> normalise([3.0, 1.0])
        [0.75, 0.25]
    """
    values = [float(w) for w in weights]
    total = math.fsum(values)
    return [w / total for w in values]


def compile_terms(terms: Mapping[str, Term]) -> tuple[CompiledTerm, ...]:
    """A section's terms, in config order, with their weights normalised.

    Example:
        >>> from scoring.scorer import Term
        >>> compile_terms({"one_sided": Term(weight=2.0)})[0].weight
        1.0
    """
    weights = normalise(term.weight for term in terms.values())
    return tuple(
        CompiledTerm(
            name,
            weight,
            TRANSFORM_FUNCTIONS[term.transform],
            term.scale,
            term.offset,
            term.invert,
            term.missing,
        )
        for (name, term), weight in zip(terms.items(), weights, strict=True)
    )


def compile_condition(condition: Condition) -> CompiledCondition:
    """A condition's comparisons, ready to evaluate.

    Example:
        >>> from scoring.scorer import Condition
        >>> compile_condition(Condition(any=("independent_sources <= 1",))).any[0].text
        'independent_sources <= 1'
    """

    def compiled(comparisons: Sequence[Any]) -> tuple[CompiledComparison, ...]:
        return tuple(
            CompiledComparison(c.feature, COMPARE[c.op], c.value, str(c)) for c in comparisons
        )

    return CompiledCondition(compiled(condition.all), compiled(condition.any))


# --- one story --------------------------------------------------------------------------


def term_value(
    x: float,
    transform: Transform,
    scale: float,
    offset: float,
    invert: bool,
    missing: float,
) -> float:
    """``t`` of one term for the feature value ``x``: transformed, clipped, inverted.

    Example:
        >>> term_value(3.0, TRANSFORM_FUNCTIONS["linear"], 4.0, 1.0, False, 0.0)
        0.5
        >>> term_value(float("nan"), TRANSFORM_FUNCTIONS["identity"], 1.0, 0.0, True, 0.5)
        0.5
    """
    if x != x:  # NaN, tested without a call: this runs for every term of every story
        return missing
    t = transform(x, scale, offset)
    # Clipping each term (never the sum) keeps every contribution in its share of 0..1,
    # so the contributions add up to the score with nothing taken off afterwards.
    if t < 0.0:
        t = 0.0
    elif t > 1.0:
        t = 1.0
    return 1.0 - t if invert else t


def settle(amounts: list[float]) -> float:
    """The score of a section: the correctly rounded sum of its contributions.

    A sum that rounding lifted past 1 is brought back to 1 by taking the few ulps off
    the largest contribution, in ``amounts`` itself, so that the contributions still add
    up to the score exactly.

    Example:
        >>> amounts = [0.5, 0.25]
        >>> settle(amounts), amounts
        (0.75, [0.5, 0.25])
    """
    score = math.fsum(amounts)
    if score <= 1.0:
        return score
    i = max(range(len(amounts)), key=amounts.__getitem__)

    def total(value: float) -> float:
        amounts[i] = value
        return math.fsum(amounts)

    value = amounts[i] - (score - 1.0)
    while total(value) > 1.0:
        value = math.nextafter(value, 0.0)
    # Subtracting may have overshot by an ulp: step back up while the sum stays <= 1.
    while total(up := math.nextafter(value, math.inf)) <= 1.0:
        value = up
    return total(value)


def holds(condition: CompiledCondition, values: Mapping[str, float]) -> bool:
    """Whether a condition holds for one story's feature values.

    Raises:
        KeyError: a feature the condition reads is missing from ``values``.

    Example:
        >>> from scoring.scorer import Condition
        >>> holds(compile_condition(Condition(any=("independent_sources <= 1",))), {"independent_sources": 1.0})
        True
    """
    all_of, any_of = condition.all, condition.any
    if not all_of and not any_of:
        return False
    for c in all_of:
        if not c.compare(float(values[c.feature]), c.value):
            return False
    return not any_of or any(c.compare(float(values[c.feature]), c.value) for c in any_of)


# --- a frame of stories -----------------------------------------------------------------


def _column(features: pd.DataFrame, name: str) -> Floats:
    import numpy as np

    if name not in features.columns:
        raise KeyError(name)
    return np.asarray(features[name].to_numpy(dtype=np.float64), dtype=np.float64)


def term_values(features: pd.DataFrame, terms: Sequence[CompiledTerm]) -> Floats:
    """Each term's ``t`` for each story: one row per story, one column per term.

    Raises:
        KeyError: the frame lacks a feature a term reads.

    Example:
        >>> import pandas as pd
        >>> from scoring.scorer import Term
        >>> terms = compile_terms({"independent_sources": Term(transform="linear", offset=1, scale=4)})
        >>> term_values(pd.DataFrame({"independent_sources": [1.0, 3.0]}), terms).tolist()
        [[0.0], [0.5]]
    """
    import numpy as np

    out = np.empty((len(features), len(terms)), dtype=np.float64)
    for j, term in enumerate(terms):
        rest = (term.transform, term.scale, term.offset, term.invert, term.missing)
        out[:, j] = [term_value(x, *rest) for x in _column(features, term.feature).tolist()]
    return out


def weighted_sums(
    values: Floats, weights: Sequence[float] | Floats, zero: Flags | None = None
) -> Floats:
    """Each story's score: the settled sum of ``weight * t`` over the terms.

    Args:
        values: ``t``, one row per story, one column per term (:func:`term_values`).
        weights: the normalised weight of each term.
        zero: stories whose every contribution is 0 (the diversity gate held).

    Example:
        >>> import numpy as np
        >>> weighted_sums(np.array([[1.0, 0.0], [0.5, 0.5]]), normalise([3.0, 1.0])).tolist()
        [0.75, 0.5]
    """
    import numpy as np

    amounts = np.asarray(values, dtype=np.float64) * np.asarray(weights, dtype=np.float64)
    if zero is not None:
        amounts[zero] = 0.0
    return np.array([settle(row) for row in amounts.tolist()], dtype=np.float64)


def condition_holds(features: pd.DataFrame, condition: CompiledCondition) -> Flags:
    """Where a condition holds, story by story.

    Raises:
        KeyError: the frame lacks a feature the condition reads.

    Example:
        >>> import pandas as pd
        >>> from scoring.scorer import Condition
        >>> gate = compile_condition(Condition(any=("independent_sources <= 1",)))
        >>> condition_holds(pd.DataFrame({"independent_sources": [1.0, 2.0]}), gate).tolist()
        [True, False]
    """
    import numpy as np

    n = len(features)
    all_of, any_of = condition.all, condition.any
    if not all_of and not any_of:
        return np.zeros(n, dtype=bool)

    def check(c: CompiledComparison) -> Flags:
        return np.asarray(c.compare(_column(features, c.feature), c.value), dtype=bool)

    held = np.ones(n, dtype=bool)
    for c in all_of:
        held &= check(c)
    if any_of:
        some = np.zeros(n, dtype=bool)
        for c in any_of:
            some |= check(c)
        held &= some
    return held


def rules_fired(features: pd.DataFrame, rules: Sequence[CompiledRule]) -> Flags:
    """Whether each rule fires, story by story: one row per story, one column per rule.

    Raises:
        KeyError: the frame lacks a feature a rule reads.
    """
    import numpy as np

    fired = np.zeros((len(features), len(rules)), dtype=bool)
    for j, rule in enumerate(rules):
        fired[:, j] = condition_holds(features, rule.condition)
    return fired


def rule_floors(fired: Flags, rules: Sequence[CompiledRule]) -> Positions:
    """The tier position the rules that fired require, story by story (0 where none).

    Example:
        >>> rule = CompiledRule("r", "high", 2, "", CompiledCondition((), ()))
        >>> import numpy as np
        >>> rule_floors(np.array([[True], [False]]), [rule]).tolist()
        [2, 0]
    """
    import numpy as np

    ranks = np.array([rule.rank for rule in rules], dtype=np.int64)
    floors = np.where(fired, ranks, 0).max(axis=1, initial=0)
    return np.asarray(floors, dtype=np.int64)


def tier_positions(
    risk: Floats, thresholds: Sequence[float], floors: Positions | None = None
) -> Positions:
    """Tier positions: the number of thresholds the risk reaches, raised to the floors.

    A risk equal to a threshold reaches it, as :meth:`Formula.risk_position` reads it.
    ``floors`` are the positions the rules require (:func:`rule_floors`), if any.

    Example:
        >>> import numpy as np
        >>> tier_positions(np.array([0.1, 0.6, 0.2]), [0.3, 0.5, 0.75], np.array([0, 0, 2])).tolist()
        [0, 2, 2]
    """
    import numpy as np

    reached = np.searchsorted(np.asarray(thresholds, dtype=np.float64), risk, side="right")
    positions = np.asarray(reached, dtype=np.int64)
    return positions if floors is None else np.maximum(positions, floors)


class FrameScores(NamedTuple):
    """The formula's figures for a frame of stories, one entry per story.

    Attributes:
        diversity: ``diversity_score``.
        risk: the risk score.
        gated: where the diversity gate held (diversity 0).
        risk_positions: the tier position the risk score alone gives.
        floors: the tier position the rules that fired require.
        positions: the severity's tier position.
        fired: one column per rule, in config order: whether it fired.
    """

    diversity: Floats
    risk: Floats
    gated: Flags
    risk_positions: Positions
    floors: Positions
    positions: Positions
    fired: Flags


@dataclass(frozen=True, slots=True)
class Formula:
    """A configuration compiled for scoring; immutable, so shared freely.

    Attributes:
        diversity: the diversity terms.
        risk: the risk terms.
        gate: the diversity gate (``diversity.zero_when``).
        tiers: the ladder, lowest first.
        thresholds: the risk thresholds of ``tiers[1:]``, ascending.
        rules: the severity rules, in config order.

    Example:
        >>> import pandas as pd
        >>> from scoring.features import FEATURE_NAMES
        >>> from scoring.scorer import ScorerConfig
        >>> formula = Formula.from_config(ScorerConfig())
        >>> frame = pd.DataFrame([dict.fromkeys(FEATURE_NAMES, 0.0)])
        >>> [formula.tiers[p] for p in formula.scores(frame).positions]
        ['elevated']
    """

    diversity: tuple[CompiledTerm, ...]
    risk: tuple[CompiledTerm, ...]
    gate: CompiledCondition
    tiers: tuple[str, ...]
    thresholds: tuple[float, ...]
    rules: tuple[CompiledRule, ...]

    @classmethod
    def from_config(cls, config: ScorerConfig) -> Formula:
        """Compile a configuration (its own copy: later changes to it are not seen)."""
        severity = config.severity
        rank = {tier: i for i, tier in enumerate(severity.tiers)}
        return cls(
            diversity=compile_terms(config.diversity.terms),
            risk=compile_terms(config.risk.terms),
            gate=compile_condition(config.diversity.zero_when),
            tiers=tuple(severity.tiers),
            thresholds=tuple(severity.thresholds[tier] for tier in severity.tiers[1:]),
            rules=tuple(_compile_rule(rule, rank[rule.at_least]) for rule in severity.rules),
        )

    def risk_position(self, risk: float) -> int:
        """The tier position a risk score gives: the number of thresholds it reaches."""
        return bisect.bisect_right(self.thresholds, risk)

    def scores(self, features: pd.DataFrame) -> FrameScores:
        """Every figure of the formula for a features frame, one story a row.

        Raises:
            KeyError: the frame lacks a feature the configuration reads.
        """
        gated = condition_holds(features, self.gate)
        diversity = weighted_sums(
            term_values(features, self.diversity), [t.weight for t in self.diversity], gated
        )
        risk = weighted_sums(term_values(features, self.risk), [t.weight for t in self.risk])
        fired = rules_fired(features, self.rules)
        floors = rule_floors(fired, self.rules)
        risk_positions = tier_positions(risk, self.thresholds)
        return FrameScores(
            diversity=diversity,
            risk=risk,
            gated=gated,
            risk_positions=risk_positions,
            floors=floors,
            positions=tier_positions(risk, self.thresholds, floors),
            fired=fired,
        )


def _compile_rule(rule: Rule, rank: int) -> CompiledRule:
    return CompiledRule(rule.name, rule.at_least, rank, rule.description, compile_condition(rule))

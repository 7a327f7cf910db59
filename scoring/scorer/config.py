"""The scorer's configuration: weighted terms, the severity ladder and its rules.

A :class:`ScorerConfig` is data: frozen pydantic models that refuse unknown keys, wrong
types and impossible values, loaded from TOML or built in code. Every error is a
:class:`~scoring.errors.ConfigError` whose message names the key path, e.g.
``risk.terms.low_reliability_share.weight: must be >= 0, got -1``.

Conditions (the diversity gate, the severity rules) are comparisons of a feature with a
number, written ``FEATURE OP NUMBER`` (``low_reliability_share > 0``) and joined by
``all`` and ``any``. They are parsed, never evaluated as code.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import json
import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Final, Literal, Self, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_serializer,
    model_validator,
)

from scoring.errors import ConfigError
from scoring.features.model import FEATURE_NAMES
from scoring.outlets.loading import TableLayer, load_table
from scoring.outlets.rows import ColumnMap
from scoring.outlets.table import OutletTable
from scoring.scorer.formula import OperatorName, TransformName

__all__ = [
    "DEFAULT_TIERS",
    "OPERATORS",
    "TRANSFORMS",
    "Comparison",
    "Condition",
    "DiversityConfig",
    "LayerConfig",
    "OutletsConfig",
    "RiskConfig",
    "Rule",
    "ScorerConfig",
    "SeverityConfig",
    "Term",
    "default_config_text",
]

TRANSFORMS: Final[tuple[str, ...]] = get_args(TransformName)
"""How a term maps its feature to 0..1 (see :class:`Term`)."""

OPERATORS: Final[tuple[str, ...]] = get_args(OperatorName)
"""Comparison operators of the condition language (two-character ones first)."""

DEFAULT_TIERS: Final = ("normal", "elevated", "high", "critical")
"""The default severity ladder, lowest first."""

_FEATURES: Final = frozenset(FEATURE_NAMES)
_COMPARISON = re.compile(
    rf"\s*([A-Za-z_][A-Za-z0-9_]*)\s*({'|'.join(map(re.escape, OPERATORS))})\s*"
    r"([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*"
)
_NAME_PATTERN: Final = r"^[a-z][a-z0-9_-]*$"
_NAME_RULE: Final = "lower case letters, digits, '-' or '_', starting with a letter"

Weight = Annotated[float, Field(ge=0.0, strict=True, allow_inf_nan=False)]
UnitFloat = Annotated[float, Field(ge=0.0, le=1.0, strict=True, allow_inf_nan=False)]
Name = Annotated[str, Field(pattern=_NAME_PATTERN, strict=True)]


Loc = tuple[str | int, ...]


class _KeyProblemError(ValueError):
    """Problems a validator found, each with its key path below the validated model.

    Pydantic hands it back in the error's ``ctx``, at the location of the model, so the
    full path is that location followed by each problem's own.
    """

    def __init__(self, *problems: tuple[Loc, str]) -> None:
        super().__init__("; ".join(message for _, message in problems))
        self.problems = problems


def _number(value: float) -> str:
    """Shortest text that reads back to exactly ``value`` (``1`` rather than ``1.0``)."""
    short = f"{value:g}"
    return short if float(short) == value else repr(value)


def _unknown_feature(name: str) -> str:
    close = difflib.get_close_matches(name, FEATURE_NAMES, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown feature {name!r}{hint}; the names are listed in docs/features.md"


class _Model(BaseModel):
    """Base of every config model: frozen, no unknown keys, errors as ConfigError.

    Building in code and :meth:`model_validate` are the two ways in; each turns
    pydantic's errors into one :class:`~scoring.errors.ConfigError` (:func:`_config_error`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    def __init__(self, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _config_error(exc) from None

    # This __init__ only wraps pydantic's: marked as pydantic marks its own (RootModel
    # does the same), nested models are validated without calling it, so an error deep
    # in a config reaches the outermost call once, with its full key path.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, **options: Any) -> Self:
        """Validate data (a mapping, or for a comparison its text); errors are ConfigError."""
        try:
            return super().model_validate(obj, **options)
        except ValidationError as exc:
            raise _config_error(exc) from None

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        """Refuse unknown keys, listing the allowed ones (pydantic's error cannot)."""
        if isinstance(data, dict):
            allowed = f"unknown key; allowed: {', '.join(cls.model_fields)}"
            unknown = [((key,), allowed) for key in data if key not in cls.model_fields]
            if unknown:
                raise _KeyProblemError(*unknown)
        return data


class Comparison(_Model):
    """One comparison of a feature with a number: ``low_reliability_share > 0``.

    Written in TOML as a string ``FEATURE OP NUMBER`` with OP one of
    ``<``, ``<=``, ``==``, ``!=``, ``>=``, ``>``. A NaN feature value satisfies only ``!=``.

    Example:
        >>> c = Comparison.model_validate("independent_sources <= 1")
        >>> (c.feature, c.op, c.value, str(c))
        ('independent_sources', '<=', 1.0, 'independent_sources <= 1')
    """

    feature: str = Field(default="citation_count", description="A flat feature name.")
    op: OperatorName = Field(default=">", description="The comparison operator.")
    value: float = Field(
        default=0.0, strict=True, allow_inf_nan=False, description="The number compared."
    )

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, data: Any) -> Any:
        if isinstance(data, str):
            match = _COMPARISON.fullmatch(data)
            if match is None:
                raise _KeyProblemError(
                    (
                        (),
                        f"cannot read {data!r}: write FEATURE OP NUMBER with OP one of "
                        f"{', '.join(sorted(OPERATORS))}, e.g. 'low_reliability_share > 0'",
                    )
                )
            return {"feature": match[1], "op": match[2], "value": float(match[3])}
        return data

    @field_validator("feature")
    @classmethod
    def _known(cls, name: str) -> str:
        if name not in _FEATURES:
            raise _KeyProblemError(((), _unknown_feature(name)))
        return name

    @model_serializer
    def _text(self) -> str:
        return str(self)

    def __str__(self) -> str:
        return f"{self.feature} {self.op} {_number(self.value)}"


class Condition(_Model):
    """Comparisons joined by ``all`` and ``any``.

    The condition holds when every comparison of ``all`` holds and, if ``any`` is not
    empty, at least one of ``any`` does. A condition without comparisons never holds.

    Example:
        >>> Condition(all=("low_reliability_share > 0", "high_reliability_share == 0")).describe()
        'low_reliability_share > 0 and high_reliability_share == 0'
    """

    all: tuple[Comparison, ...] = Field(default=(), description="Comparisons that must all hold.")
    any: tuple[Comparison, ...] = Field(
        default=(), description="Comparisons of which at least one must hold (if any are given)."
    )

    def describe(self) -> str:
        """The condition in words; ``never`` for an empty one."""
        parts = [str(c) for c in self.all]
        if self.any:
            alternatives = " or ".join(str(c) for c in self.any)
            parts.append(f"({alternatives})" if parts and len(self.any) > 1 else alternatives)
        return " and ".join(parts) or "never"


class Rule(Condition):
    """A severity rule: when its condition holds, the tier is at least ``at_least``.

    Example:
        >>> Rule(name="single-source", at_least="elevated", all=("independent_sources <= 1",)).at_least
        'elevated'
    """

    name: Name = Field(default="rule", description="Short unique name, shown when it fires.")
    at_least: str = Field(default="elevated", strict=True, description="The tier it raises to.")
    description: str = Field(default="", strict=True, description="Why, in one sentence.")

    @model_validator(mode="after")
    def _not_empty(self) -> Self:
        if not self.all and not self.any:
            raise _KeyProblemError(
                (("all",), "a rule needs at least one comparison in 'all' or 'any'")
            )
        return self


class Term(_Model):
    """How one feature enters a weighted score.

    The feature value ``x`` is mapped to ``t`` by the transform, clipped to 0..1, and
    replaced by ``1 - t`` when ``invert`` is set; the term contributes ``weight * t``
    (weights normalised over the section):

    - ``identity``: ``t = x`` (for shares and flags already in 0..1).
    - ``linear``: ``t = (x - offset) / scale``.
    - ``saturate``: ``t = 1 - exp(-(x - offset) / scale)`` above ``offset``, else 0.
    - ``hyperbolic``: ``t = y / (y + scale)`` with ``y = max(x - offset, 0)``.

    Example:
        >>> Term(transform="saturate", offset=1, scale=2).transform
        'saturate'
    """

    weight: Weight = Field(default=1.0, description="Relative weight; normalised over the section.")
    transform: TransformName = Field(
        default="identity", description="How the feature is mapped to 0..1."
    )
    scale: float = Field(
        default=1.0, gt=0.0, strict=True, allow_inf_nan=False, description="Scale of the transform."
    )
    offset: float = Field(
        default=0.0, strict=True, allow_inf_nan=False, description="Value the transform starts at."
    )
    invert: bool = Field(
        default=False, strict=True, description="Use 1 - t: the feature counts against."
    )
    missing: UnitFloat = Field(
        default=0.0, description="The value of t (after invert) when the feature is NaN."
    )

    @model_validator(mode="after")
    def _identity_has_no_parameters(self) -> Self:
        if self.transform == "identity":
            for key, default in (("scale", 1.0), ("offset", 0.0)):
                if getattr(self, key) != default:
                    raise _KeyProblemError(
                        ((key,), "the identity transform takes none; use transform = 'linear'")
                    )
        return self


def _check_terms(terms: dict[str, Term]) -> dict[str, Term]:
    for name in terms:
        if name not in _FEATURES:
            raise _KeyProblemError(((name,), _unknown_feature(name)))
    if not terms:
        raise _KeyProblemError(((), "give at least one term"))
    if not any(term.weight > 0 for term in terms.values()):
        raise _KeyProblemError(((), "every weight is 0; give at least one term a positive weight"))
    return terms


def _default_diversity_terms() -> dict[str, Term]:
    return {
        "independent_effective_sources": Term(
            weight=0.35, transform="saturate", offset=1.0, scale=2.0
        ),
        "slant_entropy": Term(weight=0.15),
        "slant_spread": Term(weight=0.10, transform="linear", scale=4.0),
        "reliability_footing": Term(weight=0.20),
        "unknown_outlet_share": Term(weight=0.10, invert=True),
        "social_embed_ratio": Term(weight=0.10, transform="linear", scale=0.5, invert=True),
    }


def _default_risk_terms() -> dict[str, Term]:
    return {
        "reliability_footing": Term(weight=0.26, invert=True, missing=0.5),
        "low_reliability_share": Term(weight=0.14),
        "mixed_reliability_share": Term(weight=0.07),
        "state_media_share": Term(weight=0.18),
        "social_embed_ratio": Term(weight=0.13, transform="linear", scale=0.5),
        "independent_sources": Term(
            weight=0.09, transform="saturate", offset=1.0, scale=1.5, invert=True
        ),
        "one_sided": Term(weight=0.04),
        "unknown_outlet_share": Term(weight=0.09),
    }


def _default_gate() -> Condition:
    return Condition(any=(Comparison.model_validate("independent_sources <= 1"),))


def _default_rules() -> tuple[Rule, ...]:
    def rule(name: str, at_least: str, description: str, *checks: str) -> Rule:
        return Rule(
            name=name,
            at_least=at_least,
            description=description,
            all=tuple(Comparison.model_validate(c) for c in checks),
        )

    return (
        rule(
            "low-uncorroborated",
            "elevated",
            "A low-reliability source with no high-reliability source to corroborate it.",
            "low_reliability_share > 0",
            "high_reliability_share == 0",
        ),
        rule(
            "built-from-posts",
            "elevated",
            "Half the body or more is embedded social media posts.",
            "social_embed_ratio >= 0.5",
        ),
        rule(
            "mostly-unknown",
            "elevated",
            "Half the citations or more go to outlets the table does not know.",
            "unknown_outlet_share >= 0.5",
        ),
        rule(
            "state-media-embeds",
            "high",
            "State-affiliated media among the sources, and 30% or more of the body is posts.",
            "state_media_share > 0",
            "social_embed_ratio >= 0.3",
        ),
        rule(
            "state-media-majority",
            "high",
            "Half the sources or more are state-affiliated.",
            "state_media_share >= 0.5",
        ),
    )


class _Weighted(_Model):
    terms: dict[str, Term] = Field(default_factory=dict, description="Feature name -> term.")

    @field_validator("terms")
    @classmethod
    def _terms(cls, terms: dict[str, Term]) -> dict[str, Term]:
        return _check_terms(terms)


class DiversityConfig(_Weighted):
    """``diversity_score``: a weighted sum of transformed features, in 0..1.

    Example:
        >>> sorted(DiversityConfig().terms)[:2]
        ['independent_effective_sources', 'reliability_footing']
    """

    terms: dict[str, Term] = Field(
        default_factory=_default_diversity_terms, description="Feature name -> term."
    )
    zero_when: Condition = Field(
        default_factory=_default_gate,
        description="When this holds the score is 0 and every contribution 0 "
        "(one source, one owner). An empty condition never holds.",
    )


class RiskConfig(_Weighted):
    """The risk score: a weighted sum of transformed features, in 0..1, mapped to a tier.

    Example:
        >>> RiskConfig().terms["low_reliability_share"].weight
        0.14
    """

    terms: dict[str, Term] = Field(
        default_factory=_default_risk_terms, description="Feature name -> term."
    )


class SeverityConfig(_Model):
    """The ladder of tiers, the risk thresholds of each, and the rules that raise the tier.

    Example:
        >>> SeverityConfig().tiers
        ('normal', 'elevated', 'high', 'critical')
    """

    tiers: tuple[Name, ...] = Field(
        default=DEFAULT_TIERS,
        min_length=1,
        description="Tier names, lowest first.",
    )
    thresholds: dict[str, UnitFloat] = Field(
        default_factory=lambda: {"elevated": 0.20, "high": 0.365, "critical": 0.60},
        description="Risk score from which each tier above the first applies; ascending.",
    )
    rules: tuple[Rule, ...] = Field(
        default_factory=_default_rules,
        description="Rules that raise the tier to at least their own, whatever the risk.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        """Refuse the first problem of the ladder, then its thresholds, then its rules."""
        steps = (self._tier_problems(), self._threshold_problems(), self._rule_problems())
        for problem in itertools.chain(*steps):
            raise _KeyProblemError(problem)
        return self

    def _tier_problems(self) -> Iterator[tuple[Loc, str]]:
        for i, tier in enumerate(self.tiers):
            if tier in self.tiers[:i]:
                yield ("tiers", i), f"tier {tier!r} appears twice"

    def _threshold_problems(self) -> Iterator[tuple[Loc, str]]:
        tiers = self.tiers
        for key in self.thresholds:
            if key not in tiers:
                yield ("thresholds", key), f"not a tier; the tiers are {', '.join(tiers)}"
            elif key == tiers[0]:
                yield ("thresholds", key), "the lowest tier needs no threshold; remove it"
        previous: tuple[str, float] | None = None
        for tier in tiers[1:]:
            value = self.thresholds.get(tier)
            if value is None:
                yield (
                    ("thresholds", tier),
                    f"missing; give a threshold for every tier above {tiers[0]!r}",
                )
                return
            if previous is not None and value <= previous[1]:
                yield (
                    ("thresholds", tier),
                    f"must be greater than severity.thresholds.{previous[0]} "
                    f"({previous[1]:g}), got {value:g}",
                )
            previous = (tier, value)

    def _rule_problems(self) -> Iterator[tuple[Loc, str]]:
        names: set[str] = set()
        for i, rule in enumerate(self.rules):
            if rule.at_least not in self.tiers:
                listing = ", ".join(self.tiers)
                yield (
                    ("rules", i, "at_least"),
                    f"unknown tier {rule.at_least!r}; the tiers are {listing}",
                )
            if rule.name in names:
                yield ("rules", i, "name"), f"rule name {rule.name!r} appears twice"
            names.add(rule.name)


def _anchor_layers(data: Any, base: Path) -> None:
    """Make the relative paths of ``outlets.layers`` in raw TOML data absolute.

    They are read against ``base``, the config file's folder. Anything malformed is left
    for validation to name.
    """
    outlets = data.get("outlets") if isinstance(data, dict) else None
    layers = outlets.get("layers") if isinstance(outlets, dict) else None
    for layer in layers if isinstance(layers, list) else ():
        for key in ("path", "column_map"):
            value = layer.get(key) if isinstance(layer, dict) else None
            if isinstance(value, str) and value and not Path(value).is_absolute():
                layer[key] = str(base / value)


class LayerConfig(_Model):
    """One outlet table laid over the bundled one (see ``docs/outlets.md``).

    Paths relative to a config file are read from the file's directory; elsewhere (TOML
    text, or built in code) from the working directory.

    Example:
        >>> LayerConfig(path="ratings.csv", level="organisation").table_layer().layer_name
        'ratings'
    """

    path: str = Field(
        min_length=1,
        strict=True,
        description="The table file: CSV, or JSON (a list of objects, or an object keyed "
        "by domain).",
    )
    level: Literal["organisation", "user"] = Field(
        default="user",
        description="'user' wins over everything; 'organisation' wins over the bundled table.",
    )
    name: str | None = Field(
        default=None,
        min_length=1,
        strict=True,
        description="The layer's name in explanations and Outlet.source; default the file stem.",
    )
    column_map: str | None = Field(
        default=None,
        min_length=1,
        strict=True,
        description="A column map TOML file (docs/outlets.md) for a table in another shape.",
    )

    def table_layer(self) -> TableLayer:
        """The layer, ready for :func:`~scoring.outlets.load_table` (reads the column map).

        Raises:
            OutletTableError: the column map cannot be read.
        """
        column_map = ColumnMap.from_toml(self.column_map) if self.column_map else None
        return TableLayer(self.path, name=self.name, level=self.level, column_map=column_map)


class OutletsConfig(_Model):
    """The outlet table the scorer resolves citations with: the bundled one, and layers.

    Example:
        >>> OutletsConfig().table().version == OutletsConfig().table().version
        True
    """

    layers: tuple[LayerConfig, ...] = Field(
        default=(),
        description="Tables laid over the bundled one: organisation layers first, then "
        "user layers; within a level, later wins.",
    )

    def table(self) -> OutletTable:
        """The bundled table with every layer laid over it (read from disk now).

        Raises:
            OutletTableError: a layer or column map cannot be read or has bad rows; the
                message names the file, row and column.
        """
        return load_table(*(layer.table_layer() for layer in self.layers))


class ScorerConfig(_Model):
    r"""Everything the scorer needs.

    The diversity terms, the risk terms, the severity ladder, and the outlet layers its
    table is built from. Build it in code (every field has a default: the shipped
    configuration) or load it with :meth:`from_toml_file` or :meth:`from_toml_text`;
    sections and keys left out keep their defaults, while a ``terms`` table or a
    ``rules`` list that is given replaces the default one whole.

    Example:
        >>> config = ScorerConfig.from_toml_text("[severity.thresholds]\nelevated = 0.2\nhigh = 0.4\ncritical = 0.6")
        >>> config.severity.thresholds["high"], config == ScorerConfig()
        (0.4, False)
        >>> ScorerConfig.from_toml_text(ScorerConfig().to_toml()) == ScorerConfig()
        True
    """

    diversity: DiversityConfig = Field(
        default_factory=DiversityConfig, description="How diversity_score is computed."
    )
    risk: RiskConfig = Field(
        default_factory=RiskConfig, description="How the risk score is computed."
    )
    severity: SeverityConfig = Field(
        default_factory=SeverityConfig, description="The tiers, thresholds and rules of severity."
    )
    outlets: OutletsConfig = Field(
        default_factory=OutletsConfig,
        description="Outlet tables laid over the bundled one ([[outlets.layers]]).",
    )

    @classmethod
    def from_toml_file(cls, path: str | os.PathLike[str]) -> ScorerConfig:
        """Load and validate the configuration in a TOML file.

        Relative paths of ``outlets.layers`` are read from the file's directory.

        Raises:
            ConfigError: the file cannot be read, is not TOML, or does not validate; the
                message names the file and the key path.

        Example:
            >>> ScorerConfig.from_toml_file(ScorerConfig.default_path()) == ScorerConfig()
            True
        """
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read the config file: {exc}") from exc
        try:
            return cls.from_toml_text(text, base=path.absolute().parent)
        except ConfigError as exc:
            raise ConfigError(f"{path}: {exc}") from None

    @classmethod
    def from_toml_text(
        cls, text: str, *, base: str | os.PathLike[str] | None = None
    ) -> ScorerConfig:
        r"""Load and validate a configuration from TOML text.

        Args:
            text: the TOML text; an empty text gives the default configuration.
            base: the directory relative paths of ``outlets.layers`` are read from; the
                working directory when None.

        Raises:
            ConfigError: the text is not TOML, or does not validate; the message names
                the key path.

        Example:
            >>> ScorerConfig.from_toml_text('[severity]\ntiers = ["ok", "bad"]\nrules = []\n[severity.thresholds]\nbad = 0.5').severity.tiers
            ('ok', 'bad')
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"not valid TOML: {exc}") from exc
        if base is not None:
            _anchor_layers(data, Path(base))
        return cls.model_validate(data)

    @classmethod
    def default_path(cls) -> Path:
        """Where the shipped default configuration lives (documented line by line).

        Example:
            >>> ScorerConfig.default_path().name
            'default_config.toml'
        """
        return Path(str(resources.files("scoring.resources").joinpath("default_config.toml")))

    def to_toml(self) -> str:
        """The configuration as TOML text that :meth:`from_toml_text` reads back to an equal config.

        Example:
            >>> "[severity]" in ScorerConfig().to_toml()
            True
        """
        import tomli_w

        data = self.model_dump(mode="json", exclude_none=True)
        if not self.outlets.layers:
            del data["outlets"]
        text: str = tomli_w.dumps(data)
        return text

    def with_layers(self, *layers: LayerConfig) -> ScorerConfig:
        """The configuration with ``layers`` added after its own ``outlets.layers``.

        Example:
            >>> ScorerConfig().with_layers(LayerConfig(path="/tmp/ours.csv")).outlets.layers[0].path
            '/tmp/ours.csv'
        """
        if not layers:
            return self
        outlets = OutletsConfig(layers=(*self.outlets.layers, *layers))
        return self.model_copy(update={"outlets": outlets})

    @property
    def config_hash(self) -> str:
        """A stable hash of the validated configuration (sha256 of its canonical JSON).

        Two configurations that score alike except for the order of terms share it. The
        ``outlets`` section is left out: the outlet table's version, which a score's
        provenance records beside this hash, covers the content of every layer, while a
        layer's path says nothing about what it holds.

        Example:
            >>> ScorerConfig().config_hash == ScorerConfig.from_toml_text(ScorerConfig().to_toml()).config_hash
            True
        """
        canonical = json.dumps(
            self.model_dump(mode="json", exclude={"outlets"}),
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
            allow_nan=False,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    def features_used(self) -> tuple[str, ...]:
        """Every feature the terms, the gate and the rules read, in first-use order.

        Example:
            >>> "state_media_share" in ScorerConfig().features_used()
            True
        """
        names: dict[str, None] = {}
        names.update(dict.fromkeys(self.diversity.terms))
        conditions: list[Condition] = [self.diversity.zero_when, *self.severity.rules]
        for condition in conditions:
            names.update(dict.fromkeys(c.feature for c in (*condition.all, *condition.any)))
        names.update(dict.fromkeys(self.risk.terms))
        return tuple(names)


def default_config_text() -> str:
    """The shipped default configuration file, comments included.

    Example:
        >>> ScorerConfig.from_toml_text(default_config_text()) == ScorerConfig()
        True
    """
    return ScorerConfig.default_path().read_text(encoding="utf-8")


# --- pydantic's errors as one line that names each key ---------------------------------

_GOT: Final = ", got {input!r}"
_KINDS: Final = {
    "a number": ("float_type", "float_parsing"),
    "a finite number": ("finite_number",),
    "an integer": ("int_type",),
    "true or false": ("bool_type",),
    "a string": ("string_type",),
    "a table": ("model_type", "model_attributes_type", "dict_type"),
    "a list": ("tuple_type", "list_type"),
}
_MESSAGES: Final[Mapping[str, str]] = {
    **{kind: f"must be {what}{_GOT}" for what, kinds in _KINDS.items() for kind in kinds},
    "greater_than_equal": "must be >= {ge:g}" + _GOT,
    "greater_than": "must be > {gt:g}" + _GOT,
    "less_than_equal": "must be <= {le:g}" + _GOT,
    "less_than": "must be < {lt:g}" + _GOT,
    "literal_error": "must be one of {expected}" + _GOT,
    "string_pattern_mismatch": f"must be {_NAME_RULE}{_GOT}",
    "too_short": "must not be empty",
    "missing": "is required",
    "extra_forbidden": "unknown key",
    "value_error": "{error}",
}
"""What each pydantic error type says, formatted with the error's ``ctx`` and input."""


def _key_path(loc: Loc) -> str:
    """``severity.rules[0].at_least`` for the location ``("severity", "rules", 0, "at_least")``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _config_error(exc: ValidationError) -> ConfigError:
    """Pydantic's errors as one ConfigError: each problem as ``key.path: what is wrong``.

    Pydantic gives each error's location; a problem one of our validators found comes
    back in the error's ``ctx`` with its own path below that location.
    """
    problems: list[tuple[Loc, str]] = []
    for error in exc.errors():
        loc: Loc = tuple(error["loc"])
        ctx = error.get("ctx") or {}
        cause = ctx.get("error")
        if isinstance(cause, _KeyProblemError):
            problems.extend(((*loc, *path), message) for path, message in cause.problems)
            continue
        template = _MESSAGES.get(error["type"], "{msg}" + _GOT)
        problems.append((loc, template.format(input=error.get("input"), msg=error["msg"], **ctx)))
    lines = (f"{_key_path(loc)}: {message}" if loc else message for loc, message in problems)
    return ConfigError("; ".join(dict.fromkeys(lines)))

"""The scorer: features in, ``diversity_score`` and ``severity`` out, with the reasons.

``Scorer(config, outlets)`` is built once and shared; ``ScorerConfig`` is its
configuration, loaded from TOML or built in code; ``ScoreResult`` is what it returns.
The formula itself, compiled from a config, is a :class:`Formula` (module
``scoring.scorer.formula``, which also scores a whole features frame at once).
``docs/scoring.md`` defines both fields, every config key and the explanation format.

Example:
    >>> from scoring.records import Story
    >>> from scoring.scorer import Scorer
    >>> Scorer().apply(Story(id="a")).severity
    'elevated'
"""

from scoring.scorer.config import (
    DEFAULT_TIERS,
    OPERATORS,
    TRANSFORMS,
    Comparison,
    Condition,
    DiversityConfig,
    LayerConfig,
    OutletsConfig,
    RiskConfig,
    Rule,
    ScorerConfig,
    SeverityConfig,
    Term,
    default_config_text,
)
from scoring.scorer.engine import Scorer
from scoring.scorer.formula import Formula
from scoring.scorer.result import (
    Check,
    CitationDetail,
    Contribution,
    EmbedDetail,
    FiredRule,
    Provenance,
    ScoreResult,
)

__all__ = [
    "DEFAULT_TIERS",
    "OPERATORS",
    "TRANSFORMS",
    "Check",
    "CitationDetail",
    "Comparison",
    "Condition",
    "Contribution",
    "DiversityConfig",
    "EmbedDetail",
    "FiredRule",
    "Formula",
    "LayerConfig",
    "OutletsConfig",
    "Provenance",
    "RiskConfig",
    "Rule",
    "ScoreResult",
    "Scorer",
    "ScorerConfig",
    "SeverityConfig",
    "Term",
    "default_config_text",
]

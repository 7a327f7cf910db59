"""Evaluation of scores against labeled samples: metrics, comparison, fitting, reports."""

from scoring.evaluate.labels import LABEL_COLUMNS, read_labels
from scoring.evaluate.metrics import (
    DEFAULT_LADDER,
    Difference,
    Estimate,
    EvaluationError,
    SeverityReport,
    diversity_metrics,
    paired_difference,
    severity_metrics,
)

__all__ = [
    "DEFAULT_LADDER",
    "LABEL_COLUMNS",
    "Difference",
    "Estimate",
    "EvaluationError",
    "SeverityReport",
    "diversity_metrics",
    "paired_difference",
    "read_labels",
    "severity_metrics",
]

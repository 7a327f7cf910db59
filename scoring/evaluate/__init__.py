"""Evaluation of scores against labeled samples: metrics, comparison, fitting, reports.

``scoring.evaluate(stories, labels)`` is :func:`~scoring.evaluate.run.evaluate`: the
package itself may be called, so ``import scoring.evaluate`` never hides the function.

Example:
    >>> import scoring.evaluate
    >>> callable(scoring.evaluate)
    True
"""

import sys
from types import ModuleType
from typing import Any

from scoring.evaluate.agreement import OutletAgreement, compare_outlets, parse_column_map
from scoring.evaluate.evaluation import (
    Comparison,
    Evaluation,
    compare_predictions,
    evaluate_predictions,
)
from scoring.evaluate.fitting import FitResult, SimplexWeights, fit_config
from scoring.evaluate.groups import FEATURE_GROUPS, feature_groups
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
from scoring.evaluate.report import Report, write_report
from scoring.evaluate.run import (
    StorySet,
    compare_configs,
    evaluate,
    explain,
    load_story_set,
    select_split,
    sensitivity,
)

__all__ = [
    "DEFAULT_LADDER",
    "FEATURE_GROUPS",
    "LABEL_COLUMNS",
    "Comparison",
    "Difference",
    "Estimate",
    "Evaluation",
    "EvaluationError",
    "FitResult",
    "OutletAgreement",
    "Report",
    "SeverityReport",
    "SimplexWeights",
    "StorySet",
    "compare_configs",
    "compare_outlets",
    "compare_predictions",
    "diversity_metrics",
    "evaluate",
    "evaluate_predictions",
    "explain",
    "feature_groups",
    "fit_config",
    "load_story_set",
    "paired_difference",
    "parse_column_map",
    "read_labels",
    "select_split",
    "sensitivity",
    "severity_metrics",
    "write_report",
]


class _CallableModule(ModuleType):
    """This package, callable as :func:`evaluate`."""

    def __call__(self, *args: Any, **kwargs: Any) -> Evaluation:
        return evaluate(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

"""Evaluation of scores against labeled samples: metrics, comparison, fitting, reports.

The entry is :func:`evaluate`: stories and gold labels in, an :class:`Evaluation` out.
:func:`compare_configs`, :func:`sensitivity` and :func:`fit_config` answer whether one
config beats another, which weights matter, and what the labels would choose. The
metrics themselves (one kappa, one Spearman) live in :mod:`scoring.metrics`.

Example:
    >>> from scoring.evaluate import evaluate
    >>> from scoring.records import Story
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"diversity_score": [0.0, 0.0]}, index=["a", "b"])
    >>> evaluate([Story(id="a"), Story(id="b")], labels, n_resamples=0).n
    2
"""

from scoring.evaluate.evaluation import (
    ConfigComparison,
    Evaluation,
    compare_predictions,
    evaluate_predictions,
)
from scoring.evaluate.fitting import FitResult, fit_config
from scoring.evaluate.labels import read_labels
from scoring.evaluate.metrics import (
    Difference,
    Estimate,
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
    load_story_set,
    select_split,
    sensitivity,
)
from scoring.metrics import EvaluationError

__all__ = [
    "ConfigComparison",
    "Difference",
    "Estimate",
    "Evaluation",
    "EvaluationError",
    "FitResult",
    "Report",
    "SeverityReport",
    "StorySet",
    "compare_configs",
    "compare_predictions",
    "diversity_metrics",
    "evaluate",
    "evaluate_predictions",
    "fit_config",
    "load_story_set",
    "paired_difference",
    "read_labels",
    "select_split",
    "sensitivity",
    "severity_metrics",
    "write_report",
]

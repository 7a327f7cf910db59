"""Scores news stories for source credibility and diversity, offline.

The data takes one road::

    source --records--> Story --outlets + features--> Features --scorer--> Score

Public names are loaded on first use, so ``import scoring`` stays cheap for ingestion
jobs that only need a part of it.

Example:
    >>> import scoring
    >>> scoring.Story(id="a", title="T").id
    'a'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Public name -> module that defines it.
_EXPORTS: dict[str, str] = {
    "ScoringError": "scoring.errors",
    "RecordError": "scoring.errors",
    "OutletTableError": "scoring.errors",
    "ConfigError": "scoring.errors",
    "Story": "scoring.records",
    "Citation": "scoring.records",
    "Origin": "scoring.records",
    "StoryReader": "scoring.records",
    "read_stories": "scoring.records",
    "write_stories": "scoring.records",
    "update_front_matter": "scoring.records",
    "stories_frame": "scoring.records",
    "RecordSyntaxError": "scoring.records",
    "RecordValidationError": "scoring.records",
    "RecordEncodingError": "scoring.records",
    "RecordTooLargeError": "scoring.records",
    "UnsafeRecordError": "scoring.records",
    "Outlet": "scoring.outlets",
    "Resolution": "scoring.outlets",
    "OutletTable": "scoring.outlets",
    "Resolver": "scoring.outlets",
    "ColumnMap": "scoring.outlets",
    "TableLayer": "scoring.outlets",
    "TableProblem": "scoring.outlets",
    "load_table": "scoring.outlets",
    "bundled_table": "scoring.outlets",
    "default_resolver": "scoring.outlets",
    "validate_table": "scoring.outlets",
    "extract_features": "scoring.features",
    "features_frame": "scoring.features",
    "Features": "scoring.features",
    "FeatureTransformer": "scoring.features",
    "FEATURE_NAMES": "scoring.features",
    "evaluate": "scoring.evaluate",
    "compare_configs": "scoring.evaluate",
    "fit_config": "scoring.evaluate",
    "sensitivity": "scoring.evaluate",
    "read_labels": "scoring.evaluate",
    "Evaluation": "scoring.evaluate",
    "EvaluationError": "scoring.evaluate",
    "Scorer": "scoring.scorer",
    "ScorerConfig": "scoring.scorer",
    "ScoreResult": "scoring.scorer",
    "rescore": "scoring.batch",
    "rescore_dask_frame": "scoring.batch",
    "RescoreSummary": "scoring.batch",
    "RescoreStoppedError": "scoring.batch",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from scoring.batch import RescoreStoppedError as RescoreStoppedError
    from scoring.batch import RescoreSummary as RescoreSummary
    from scoring.batch import rescore as rescore
    from scoring.batch import rescore_dask_frame as rescore_dask_frame
    from scoring.errors import ConfigError, OutletTableError, RecordError, ScoringError
    from scoring.evaluate import Evaluation as Evaluation
    from scoring.evaluate import EvaluationError as EvaluationError
    from scoring.evaluate import compare_configs as compare_configs
    from scoring.evaluate import evaluate as evaluate
    from scoring.evaluate import fit_config as fit_config
    from scoring.evaluate import read_labels as read_labels
    from scoring.evaluate import sensitivity as sensitivity
    from scoring.features import FEATURE_NAMES as FEATURE_NAMES
    from scoring.features import Features as Features
    from scoring.features import FeatureTransformer as FeatureTransformer
    from scoring.features import extract_features as extract_features
    from scoring.features import features_frame as features_frame
    from scoring.outlets import (
        ColumnMap,
        Outlet,
        OutletTable,
        Resolution,
        Resolver,
        TableLayer,
        TableProblem,
        bundled_table,
        default_resolver,
        load_table,
        validate_table,
    )
    from scoring.records import (
        Citation,
        Origin,
        RecordEncodingError,
        RecordSyntaxError,
        RecordTooLargeError,
        RecordValidationError,
        Story,
        StoryReader,
        UnsafeRecordError,
        read_stories,
        stories_frame,
        update_front_matter,
        write_stories,
    )
    from scoring.scorer import Scorer as Scorer
    from scoring.scorer import ScorerConfig as ScorerConfig
    from scoring.scorer import ScoreResult as ScoreResult


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'scoring' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

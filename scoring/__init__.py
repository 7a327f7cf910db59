"""Scores news stories for source credibility and diversity, offline.

The data takes one road::

    source --records--> Story --outlets + features--> Features --scorer--> Score

Public names, and the subpackages, are loaded on first use, so ``import scoring`` stays
cheap for ingestion jobs that only need a part of it. Each job has one name here; the
rest of each part is imported from its subpackage (``scoring.evaluate.evaluate`` measures
scores against gold labels, ``scoring.outlets.compare_outlets`` the table against a
rating list).

Example:
    >>> import scoring
    >>> scoring.Story(id="a", title="T").id
    'a'
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from scoring._version import __version__

# Public name -> module that defines it. One entry per job; the rest of each
# part (readers, tables, metrics, batch engines) is imported from its subpackage.
_EXPORTS: dict[str, str] = {
    "ScoringError": "scoring.errors",
    "RecordError": "scoring.errors",
    "OutletTableError": "scoring.errors",
    "ConfigError": "scoring.errors",
    "Story": "scoring.records",
    "Citation": "scoring.records",
    "read_stories": "scoring.records",
    "write_stories": "scoring.records",
    "Outlet": "scoring.outlets",
    "Resolver": "scoring.outlets",
    "default_resolver": "scoring.outlets",
    "Features": "scoring.features",
    "extract_features": "scoring.features",
    "features_frame": "scoring.features",
    "FeatureTransformer": "scoring.features",
    "Scorer": "scoring.scorer",
    "ScorerConfig": "scoring.scorer",
    "ScoreResult": "scoring.scorer",
    "fit_config": "scoring.evaluate",
    "rescore": "scoring.batch",
}

_SUBPACKAGES = frozenset(
    {"batch", "errors", "evaluate", "features", "metrics", "outlets", "records", "scorer"}
)
"""Parts of the package that ``scoring.<part>`` loads on first use, as ``import`` would."""

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from scoring.batch import rescore as rescore
    from scoring.errors import ConfigError as ConfigError
    from scoring.errors import OutletTableError as OutletTableError
    from scoring.errors import RecordError as RecordError
    from scoring.errors import ScoringError as ScoringError
    from scoring.evaluate import fit_config as fit_config
    from scoring.features import Features as Features
    from scoring.features import FeatureTransformer as FeatureTransformer
    from scoring.features import extract_features as extract_features
    from scoring.features import features_frame as features_frame
    from scoring.outlets import Outlet as Outlet
    from scoring.outlets import Resolver as Resolver
    from scoring.outlets import default_resolver as default_resolver
    from scoring.records import Citation as Citation
    from scoring.records import Story as Story
    from scoring.records import read_stories as read_stories
    from scoring.records import write_stories as write_stories
    from scoring.scorer import Scorer as Scorer
    from scoring.scorer import ScorerConfig as ScorerConfig
    from scoring.scorer import ScoreResult as ScoreResult


def __getattr__(name: str) -> Any:
    """A public name or a subpackage, imported on first use (PEP 562).

    Nothing is stored here: the import system caches the modules, so a second lookup
    costs a dictionary read and this module's namespace stays what its source says.
    """
    if name in _SUBPACKAGES:
        return import_module(f"scoring.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'scoring' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    """The public names, as ``__all__`` lists them."""
    return sorted(__all__)

"""What the batch needs of a scorer, and how it travels to worker processes.

A scorer is sent to each worker pickled (:class:`~scoring.scorer.Scorer` pickles, its
layered outlet table with it), and fingerprinted, so the manifest reuses a result only
under the config and outlet table that produced it.
"""

from __future__ import annotations

import hashlib
import pickle
import uuid
from dataclasses import dataclass
from typing import Any, Protocol

from scoring.errors import ScoringError
from scoring.records.model import Story

__all__ = [
    "BatchScorer",
    "Fingerprint",
    "ScoreLike",
    "default_scorer",
    "fingerprint",
    "pickled_scorer",
]


class ScoreLike(Protocol):
    """The two values a score result carries into a record."""

    @property
    def diversity_score(self) -> float: ...

    @property
    def severity(self) -> str: ...


class BatchScorer(Protocol):
    """Anything with ``score(story)``; :class:`scoring.scorer.Scorer` is one."""

    def score(self, story: Story) -> ScoreLike: ...


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What a score depends on besides the story: the config and the outlet table.

    Attributes:
        config_hash: hash of the scorer's configuration.
        table_version: version of the outlet table the scorer resolves citations with.
        engine_version: version of the scoring engine, when the scorer says.
    """

    config_hash: str
    table_version: str
    engine_version: str = ""

    def __str__(self) -> str:
        return f"{self.config_hash}/{self.table_version}/{self.engine_version}"


def default_scorer(config: str | None = None) -> BatchScorer:
    """The engine's scorer, with the config in the TOML file ``config`` if given."""
    from scoring.scorer import Scorer

    return Scorer.from_config_file(config)


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def fingerprint(scorer: BatchScorer) -> Fingerprint:
    """The config hash and outlet-table version of ``scorer``.

    A scorer that does not say (a stand-in built in code) is fingerprinted by its
    pickled form, so a changed stand-in never reuses another's results; one that does
    not pickle gets a fingerprint of its own for each run.
    """
    provenance = getattr(scorer, "provenance", None)
    if callable(provenance):
        provenance = provenance()
    config_hash = _text(getattr(provenance, "config_hash", None))
    table_version = _text(getattr(provenance, "outlet_table_version", None))
    engine_version = _text(getattr(provenance, "engine_version", None)) or ""
    if config_hash is None or table_version is None:
        try:
            digest = "pickle:" + hashlib.sha256(pickled_scorer(scorer)).hexdigest()[:16]
        except ScoringError:
            # Nothing to tell two such scorers apart by: never reuse their results.
            digest = f"run:{uuid.uuid4().hex[:16]}"
        config_hash = config_hash or digest
        table_version = table_version or "unknown"
    return Fingerprint(config_hash, table_version, engine_version)


def pickled_scorer(scorer: BatchScorer) -> bytes:
    """``scorer`` pickled, as a worker process receives it.

    Raises:
        ScoringError: the scorer does not pickle (a class defined in a function, a
            lambda, an open file), so no worker process can receive it.

    Example:
        >>> pickled_scorer(lambda story: None)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        scoring.errors.ScoringError: the scorer function cannot be sent to worker processes (...); give it a module-level class that pickles, or use one worker
    """
    try:
        return pickle.dumps(scorer)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        raise ScoringError(
            f"the scorer {type(scorer).__name__} cannot be sent to worker processes "
            f"({exc}); give it a module-level class that pickles, or use one worker"
        ) from exc

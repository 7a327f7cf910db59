"""What the batch needs of a scorer, and the scorer each worker process builds once."""

from __future__ import annotations

import hashlib
import pickle
import uuid
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Protocol

from scoring.errors import ScoringError
from scoring.records.model import Story

__all__ = [
    "BatchScorer",
    "Fingerprint",
    "ScoreLike",
    "build_scorer",
    "default_scorer",
    "fingerprint",
    "scorer_recipe",
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
            digest = "pickle:" + hashlib.sha256(scorer_recipe(scorer)).hexdigest()[:16]
        except ScoringError:
            # Nothing to tell two such scorers apart by: never reuse their results.
            digest = f"run:{uuid.uuid4().hex[:16]}"
        config_hash = config_hash or digest
        table_version = table_version or "unknown"
    return Fingerprint(config_hash, table_version, engine_version)


def scorer_recipe(scorer: BatchScorer) -> bytes:
    """How a worker process rebuilds ``scorer``: the scorer pickled, or for the
    engine's :class:`~scoring.scorer.Scorer` (which does not pickle) its config and
    outlets, from which each worker builds its own.

    Raises:
        ScoringError: the scorer can be neither pickled nor rebuilt.
    """
    try:
        return pickle.dumps(("pickle", scorer))
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        problem = exc
    config = getattr(scorer, "config", None)
    resolver = getattr(scorer, "resolver", None)
    table = getattr(resolver, "table", None)
    if config is not None and table is not None:
        from scoring.outlets import default_resolver

        # Outlets hold read-only views, which do not pickle: send plain dicts, and
        # the worker turns them back. The table travels whole, rather than the config's
        # layer files, so every worker scores with the table the run was fingerprinted by.
        outlets = (
            None
            if resolver is default_resolver()
            else ([replace(o, source=dict(o.source)) for o in table], table.version)
        )
        try:
            return pickle.dumps(("scorer", config, outlets))
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            problem = exc
    raise ScoringError(
        f"the scorer {type(scorer).__name__} cannot be sent to worker processes "
        f"({problem}); give it a module-level class that pickles, or use one worker"
    )


def build_scorer(recipe: bytes) -> BatchScorer:
    """The scorer a :func:`scorer_recipe` describes (run once in each worker)."""
    kind, *rest = pickle.loads(recipe)
    if kind == "pickle":
        scorer: BatchScorer = rest[0]
        return scorer
    from scoring.outlets import OutletTable
    from scoring.scorer import Scorer

    config, outlets = rest
    table = (
        None
        if outlets is None
        else OutletTable.from_outlets(
            [replace(o, source=MappingProxyType(o.source)) for o in outlets[0]],
            version=outlets[1],
        )
    )
    return Scorer(config, table)

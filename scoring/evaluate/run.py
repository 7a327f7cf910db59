"""Stories and labels in, an evaluation out: the entry points that call the scorer.

Features are extracted once per story set (:func:`load_story_set`) with the outlet table
of the config (the bundled one with its ``outlets.layers``); every config after that is
scored from the feature frame with :meth:`Scorer.score_frame`, so comparing, probing the
weights and fitting never resolve a citation twice on one table.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd

from scoring.evaluate.evaluation import (
    ConfigComparison,
    Evaluation,
    compare_predictions,
    evaluate_predictions,
)
from scoring.evaluate.groups import FEATURE_GROUPS, feature_groups
from scoring.evaluate.labels import read_labels
from scoring.evaluate.metrics import DIVERSITY_METRICS, SEVERITY_METRICS, EvaluationError

if TYPE_CHECKING:
    from scoring.features import Features
    from scoring.outlets import Resolver
    from scoring.records import Story
    from scoring.scorer import Scorer, ScorerConfig, ScoreResult

__all__ = [
    "StorySet",
    "compare_configs",
    "evaluate",
    "explain",
    "load_story_set",
    "select_split",
    "sensitivity",
]

ERR_NO_OVERLAP = (
    "no story id matches a label ({n_stories} stories, e.g. {story_ids}; {n_labels} labels, "
    "e.g. {label_ids}); check that the label file's 'id' column holds the stories' ids"
)
ERR_SPLIT = "the label file has no column {column!r} to select the split by; it has {columns}"

Stories = str | os.PathLike[str] | Iterable["Story"]
Labels = str | os.PathLike[str] | pd.DataFrame


class _FeaturesOnUse(Mapping[str, "Features"]):
    """Each story's :class:`~scoring.features.Features`, extracted when first asked for.

    The feature frame holds every story's figures; the full record (citations, embeds,
    the rules' inputs) is needed only to explain a few stories, so only those are
    extracted a second time, and kept.
    """

    def __init__(self, stories: Mapping[str, Story], resolver: Resolver) -> None:
        self._stories = stories
        self._resolver = resolver
        self._extracted: dict[str, Features] = {}

    def __getitem__(self, story_id: str) -> Features:
        found = self._extracted.get(story_id)
        if found is None:
            from scoring.features import extract_features

            found = extract_features(self._stories[story_id], self._resolver)
            self._extracted[story_id] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._stories)

    def __len__(self) -> int:
        return len(self._stories)


@dataclass(frozen=True)
class StorySet:
    """Stories with their features extracted once.

    Attributes:
        features: the feature frame (index: story id; columns: ``FEATURE_NAMES``).
        details: each story's :class:`~scoring.features.Features`, for explanations.
        titles: each story's title, by id.
        stories: the stories, by id, to extract again with another outlet table.
        table_version: version of the outlet table the features were extracted with.
    """

    features: pd.DataFrame
    details: Mapping[str, Features] = field(repr=False)
    titles: Mapping[str, str] = field(repr=False)
    stories: Mapping[str, Story] = field(repr=False)
    table_version: str = ""


def load_story_set(stories: Stories | StorySet, resolver: Resolver | None = None) -> StorySet:
    """Read stories (a path, or Story objects) and extract their features once.

    The frame is :func:`~scoring.features.features_frame`'s. A repeated id is one story,
    the last one read.

    Args:
        stories: a path (file or directory of records), or Story objects; a
            :class:`StorySet` is returned as is, or extracted again when ``resolver``
            resolves with another outlet table than the set was extracted with.
        resolver: the outlet resolver to extract with; the bundled table's when None
            (a config's is ``Scorer(config).resolver``).

    Example:
        >>> from scoring.records import Story
        >>> load_story_set([Story(id="a", title="Floods")]).features.index.tolist()
        ['a']
    """
    if isinstance(stories, StorySet):
        if resolver is None or resolver.table.version == stories.table_version:
            return stories
        stories = stories.stories.values()
    from scoring.features import features_frame
    from scoring.outlets import default_resolver
    from scoring.records import read_stories

    resolver = resolver if resolver is not None else default_resolver()
    source = read_stories(stories) if isinstance(stories, str | os.PathLike) else stories
    kept: dict[str, Story] = {}

    def keep(source: Iterable[Story]) -> Iterator[Story]:
        for story in source:
            kept[story.id] = story
            yield story

    frame = features_frame(keep(source), resolver)
    if frame.index.has_duplicates:
        frame = frame[~frame.index.duplicated(keep="last")].loc[list(kept)]
    titles = {story_id: story.title for story_id, story in kept.items()}
    return StorySet(frame, _FeaturesOnUse(kept, resolver), titles, kept, resolver.table.version)


def _labels(labels: Labels, ladder: Sequence[str] | None = None) -> pd.DataFrame:
    if isinstance(labels, pd.DataFrame):
        return labels
    return read_labels(Path(labels), ladder=ladder)


def select_split(
    labels: Labels, value: str | None, *, column: str = "split", exclude: bool = False
) -> pd.DataFrame:
    """The labels of one split (or, with ``exclude``, of every other split).

    Raises:
        EvaluationError: the label file has no such column.

    Example:
        >>> frame = pd.DataFrame({"diversity_score": [0.1, 0.2], "split": ["train", "test"]}, index=["a", "b"])
        >>> select_split(frame, "test").index.tolist()
        ['b']
    """
    frame = _labels(labels)
    if value is None:
        return frame
    if column not in frame.columns:
        raise EvaluationError(ERR_SPLIT.format(column=column, columns=list(frame.columns)))
    chosen = frame[column].astype(str) == value
    return frame[~chosen] if exclude else frame[chosen]


def _scorer(config: ScorerConfig | None, scorer: Scorer | None) -> Scorer:
    from scoring.scorer import Scorer

    if scorer is not None:
        return scorer
    return Scorer(config)


def _predict(scorer: Scorer, story_set: StorySet, labels: pd.DataFrame) -> pd.DataFrame:
    ids = [i for i in story_set.features.index if i in labels.index]
    features = story_set.features.loc[ids]
    scored = scorer.score_frame(features)
    gold = labels.loc[ids]
    frame = pd.DataFrame(
        {
            "gold_diversity": gold["diversity_score"].astype("float64")
            if "diversity_score" in gold
            else np.nan,
            "gold_severity": gold["severity"].astype(object) if "severity" in gold else None,
            "diversity_score": scored["diversity_score"].to_numpy(dtype=np.float64),
            "severity": scored["severity"].astype(str).to_numpy(dtype=object),
            "risk_score": scored["risk_score"].to_numpy(dtype=np.float64),
        },
        index=pd.Index(ids, name="id", dtype=object),
    )
    frame = frame.join(feature_groups(features))
    extra = [c for c in gold.columns if c not in ("diversity_score", "severity", *frame.columns)]
    frame = frame.join(gold[extra])
    frame["title"] = [story_set.titles.get(i, "") for i in ids]
    return frame


def _no_overlap(story_set: StorySet, labels: pd.DataFrame) -> EvaluationError:
    def some(ids: pd.Index) -> str:
        return ", ".join(repr(str(i)) for i in ids[:2]) or "none"

    return EvaluationError(
        ERR_NO_OVERLAP.format(
            n_stories=len(story_set.features),
            story_ids=some(story_set.features.index),
            n_labels=len(labels),
            label_ids=some(labels.index),
        )
    )


def explain(result: ScoreResult, *, top: int = 3) -> str:
    """One line on why a story scored as it did: the gate, the rules, the main terms.

    Example:
        >>> from scoring.scorer import Scorer
        >>> from scoring.records import Story
        >>> explain(Scorer().score(Story(id="a"))).split(";")[0]
        'diversity 0 (gate: independent_sources <= 1)'
    """
    if result.zeroed_by:
        gate = " and ".join(str(c) for c in result.zeroed_by if c.held)
        diversity = f"diversity 0 (gate: {gate})"
    else:
        main = sorted(result.diversity, key=lambda c: c.contribution, reverse=True)[:top]
        terms = ", ".join(f"{c.feature} +{c.contribution:.2f}" for c in main)
        diversity = f"diversity {result.diversity_score:.2f} ({terms})"
    raised = [r.name for r in result.rules if r.raised]
    why = f"by {', '.join(raised)}" if raised else f"from the risk score, tier {result.risk_tier}"
    return f"{diversity}; severity {result.severity} {why} (risk {result.risk_score:.2f})"


def evaluate(
    stories: Stories | StorySet,
    labels: Labels,
    *,
    config: ScorerConfig | None = None,
    scorer: Scorer | None = None,
    by: Sequence[str] | None = None,
    n_resamples: int = 1000,
    random_state: int = 0,
    worst: int = 20,
) -> Evaluation:
    """Score stories with a config and measure the scores against gold labels.

    Args:
        stories: a path (file or directory of records), Story objects, or a
            :class:`StorySet` already extracted.
        labels: a label file (CSV or JSON Lines) or the DataFrame of
            :func:`~scoring.evaluate.read_labels`. Select a split first with
            :func:`select_split`.
        config: the scorer config (the default when None); ignored when ``scorer`` is given.
        scorer: a scorer to use as is.
        by: label-file columns to break the metrics down by, besides the slant mix,
            dominant category and embeds groups that always appear.
        n_resamples: bootstrap resamples of the intervals.
        random_state: seed of the bootstrap.
        worst: how many worst-scored stories to keep, each with its explanation.

    Returns:
        An :class:`Evaluation`.

    Raises:
        EvaluationError: no story matches a label, or a group column is unknown.

    Example:
        >>> from scoring.records import Story, Citation
        >>> s = [Story(id="a", citations=[Citation(name="AP", url="https://apnews.com/article/x")]), Story(id="b")]
        >>> labels = pd.DataFrame({"diversity_score": [0.1, 0.0], "severity": ["normal", "high"]}, index=["a", "b"])
        >>> ev = evaluate(s, labels, n_resamples=0)
        >>> ev.n, ev.severity.confusion[3]
        (2, (0, 0, 0, 0))
    """
    scorer = _scorer(config, scorer)
    story_set = load_story_set(stories, scorer.resolver)
    label_frame = _labels(labels, scorer.config.severity.tiers)
    predictions = _predict(scorer, story_set, label_frame)
    if predictions.empty:
        raise _no_overlap(story_set, label_frame)
    result = evaluate_predictions(
        predictions,
        by=[*FEATURE_GROUPS, *(by or ())],
        ladder=scorer.config.severity.tiers,
        n_resamples=n_resamples,
        random_state=random_state,
        worst=worst,
        unlabeled_ids=[i for i in story_set.features.index if i not in label_frame.index],
        unscored_ids=[i for i in label_frame.index if i not in story_set.features.index],
    )
    explanations = [
        explain(scorer.score_features(story_set.details[i])) for i in result.worst.index
    ]
    worst_frame = result.worst.assign(explanation=explanations)
    return Evaluation(
        diversity=result.diversity,
        severity=result.severity,
        by_group=result.by_group,
        worst=worst_frame,
        predictions=predictions,
        unlabeled_ids=result.unlabeled_ids,
        unscored_ids=result.unscored_ids,
    )


def compare_configs(
    stories: Stories | StorySet,
    labels: Labels,
    config_a: ScorerConfig | None,
    config_b: ScorerConfig | None,
    *,
    n_resamples: int = 1000,
    random_state: int = 0,
) -> ConfigComparison:
    """Config B against config A on the same labeled stories, with a paired bootstrap.

    Each config scores with its own outlet table; when their tables differ (other
    ``outlets.layers``) the stories are extracted once for each.

    Example:
        >>> from scoring.scorer import ScorerConfig
        >>> from scoring.records import Story
        >>> labels = pd.DataFrame({"diversity_score": [0.0, 0.0, 0.0]}, index=["a", "b", "c"])
        >>> s = [Story(id=i) for i in "abc"]
        >>> compare_configs(s, labels, None, ScorerConfig(), n_resamples=10).differences["mae"].delta
        0.0
    """
    from scoring.scorer import Scorer

    a, b = Scorer(config_a), Scorer(config_b)
    set_a = load_story_set(stories, a.resolver)
    set_b = load_story_set(set_a, b.resolver)
    label_frame = _labels(labels, a.config.severity.tiers)
    pred_a = _predict(a, set_a, label_frame)
    pred_b = _predict(b, set_b, label_frame)
    if pred_a.empty:
        raise _no_overlap(set_a, label_frame)
    return compare_predictions(
        pred_a,
        pred_b,
        ladder=a.config.severity.tiers,
        n_resamples=n_resamples,
        random_state=random_state,
    )


SENSITIVITY_COLUMNS: Final = (
    "weight",
    "step",
    "before",
    "after",
    *(f"delta_{m}" for m in (*DIVERSITY_METRICS, *SEVERITY_METRICS)),
)


def _moved(config: ScorerConfig, section: str, term: str, factor: float) -> ScorerConfig:
    data: dict[str, Any] = config.model_dump(mode="json")
    data[section]["terms"][term]["weight"] = data[section]["terms"][term]["weight"] * factor
    return type(config).model_validate(data)


def _point_metrics(predictions: pd.DataFrame, ladder: Sequence[str]) -> dict[str, float]:
    ev = evaluate_predictions(predictions, ladder=ladder, n_resamples=0, worst=0)
    out = {k: e.value for k, e in ev.diversity.items()}
    if ev.severity is not None:
        out.update({k: e.value for k, e in ev.severity.metrics.items()})
    return out


def sensitivity(
    stories: Stories | StorySet,
    labels: Labels,
    config: ScorerConfig | None = None,
    *,
    steps: Sequence[float] = (-0.2, 0.2),
) -> pd.DataFrame:
    """How each metric moves when each weight moves, the others renormalised.

    Each weight of the diversity and risk terms is multiplied by ``1 + step``; the scorer
    normalises a section's weights to sum to 1, so the others shrink or grow in
    proportion. The stories are re-scored from their features.

    Args:
        stories: the stories (path, Story objects, or a :class:`StorySet`).
        labels: their gold labels.
        config: the config to probe; the default when None.
        steps: relative moves of each weight (``-0.2``: 20% less).

    Returns:
        One row per (weight, step): ``weight`` (``diversity.<feature>`` or
        ``risk.<feature>``), ``step``, the normalised weight ``before`` and ``after``,
        and ``delta_<metric>`` for every metric (after minus before).

    Example:
        >>> from scoring.records import Story
        >>> labels = pd.DataFrame({"diversity_score": [0.0, 0.0]}, index=["a", "b"])
        >>> frame = sensitivity([Story(id="a"), Story(id="b")], labels)
        >>> float(frame["delta_mae"].abs().max())
        0.0
    """
    from scoring.scorer import Scorer, ScorerConfig

    config = config if config is not None else ScorerConfig()
    # One table for every moved config: moving a weight never changes the layers.
    scorer = Scorer(config)
    story_set = load_story_set(stories, scorer.resolver)
    ladder = config.severity.tiers
    label_frame = _labels(labels, ladder)
    base = _point_metrics(_predict(scorer, story_set, label_frame), ladder)
    rows: list[dict[str, Any]] = []
    for section in ("diversity", "risk"):
        terms = getattr(config, section).terms
        total = sum(t.weight for t in terms.values())
        for name, term in terms.items():
            for step in steps:
                factor = 1.0 + step
                moved = _moved(config, section, name, factor)
                after_total = total - term.weight + term.weight * factor
                metrics = _point_metrics(
                    _predict(Scorer(moved, scorer.resolver), story_set, label_frame), ladder
                )
                row: dict[str, Any] = {
                    "weight": f"{section}.{name}",
                    "step": step,
                    "before": term.weight / total,
                    "after": term.weight * factor / after_total if after_total else 0.0,
                }
                for metric in (*DIVERSITY_METRICS, *SEVERITY_METRICS):
                    row[f"delta_{metric}"] = metrics.get(metric, np.nan) - base.get(metric, np.nan)
                rows.append(row)
    return pd.DataFrame.from_records(rows, columns=list(SENSITIVITY_COLUMNS))

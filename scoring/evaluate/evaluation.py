"""Scores against gold labels: overall metrics, metrics by group, the worst-scored stories.

The shape follows fairlearn's ``MetricFrame``: :attr:`Evaluation.overall` holds the
metrics over every labeled story, :attr:`Evaluation.by_group` one row per group, and
:class:`ConfigComparison` the paired differences between two configs on the same labels.

Everything here works on a *predictions frame*: one row per story, indexed by id, with
the gold labels (``gold_diversity``, ``gold_severity``), the predictions
(``diversity_score``, ``severity``) and any group columns. :func:`scoring.evaluate.evaluate`
builds one from stories and labels; :func:`evaluate_predictions` takes one directly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pandas as pd

from scoring.evaluate.metrics import (
    DIVERSITY_METRICS,
    ERR_EMPTY,
    SEVERITY_METRICS,
    Difference,
    Estimate,
    EvaluationError,
    SeverityReport,
    diversity_metrics,
    paired_difference,
    severity_metrics,
)
from scoring.scorer.config import DEFAULT_TIERS

__all__ = [
    "PREDICTION_COLUMNS",
    "ConfigComparison",
    "Evaluation",
    "compare_predictions",
    "evaluate_predictions",
]

PREDICTION_COLUMNS: Final = ("gold_diversity", "gold_severity", "diversity_score", "severity")
"""Columns every predictions frame has; others are groups or explanations."""

ERR_COLUMNS = "the predictions frame lacks column(s) {missing}; it needs {needed}"
ERR_GROUP = "no column {name!r} to group by; choose from {choices}"
ERR_IDS = "the two predictions frames score different stories; score the same stories twice"


def _check(frame: pd.DataFrame) -> None:
    missing = [c for c in PREDICTION_COLUMNS if c not in frame.columns]
    if missing:
        raise EvaluationError(ERR_COLUMNS.format(missing=missing, needed=list(PREDICTION_COLUMNS)))


def _json_dict(value: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = _json(value)
    return out


def _json(value: Any) -> Any:
    """Plain JSON values: NaN becomes None, numpy scalars become Python ones."""
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _examples(ids: Sequence[str], k: int) -> str:
    if not ids or k <= 0:
        return ""
    shown = ", ".join(repr(i) for i in ids[:k])
    more = ", ..." if len(ids) > k else ""
    return f" (e.g. {shown}{more})"


def _diversity_pairs(frame: pd.DataFrame) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    rows = frame[frame["gold_diversity"].notna() & frame["diversity_score"].notna()]
    return (
        rows["gold_diversity"].to_numpy(dtype=np.float64),
        rows["diversity_score"].to_numpy(dtype=np.float64),
    )


def _severity_pairs(frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    rows = frame[frame["gold_severity"].notna() & frame["severity"].notna()]
    return rows["gold_severity"].astype(str).tolist(), rows["severity"].astype(str).tolist()


@dataclass(frozen=True)
class Evaluation:
    """Metrics of one config's scores against gold labels.

    Attributes:
        diversity: ``spearman``, ``kendall``, ``mae``, ``rmse`` of ``diversity_score``,
            each an :class:`Estimate` with its bootstrap interval; empty when no story
            has a gold ``diversity_score``.
        severity: the severity metrics and confusion matrix, or None when no story has a
            gold ``severity``.
        by_group: one row per (grouping, group): ``n`` and each metric's value. Index
            levels ``grouping`` and ``group``.
        worst: the worst-scored stories, worst first: gold, predicted, errors and, where
            the scorer gave them, the explanations.
        predictions: the predictions frame the metrics were computed from.
        unlabeled_ids: ids of the stories read that no label names (not evaluated).
        unscored_ids: ids the labels name that match no story read (not evaluated).

    Example:
        >>> frame = pd.DataFrame({"gold_diversity": [0.1, 0.5, 0.9], "gold_severity": ["high", "normal", "normal"],
        ...                       "diversity_score": [0.2, 0.5, 0.7], "severity": ["high", "elevated", "normal"]},
        ...                      index=pd.Index(["a", "b", "c"], name="id"))
        >>> ev = evaluate_predictions(frame, n_resamples=0)
        >>> ev.n, round(ev.diversity["mae"].value, 3), ev.severity.metrics["accuracy"].value
        (3, 0.1, 0.6666666666666666)
    """

    diversity: Mapping[str, Estimate]
    severity: SeverityReport | None
    by_group: pd.DataFrame = field(repr=False)
    worst: pd.DataFrame = field(repr=False)
    predictions: pd.DataFrame = field(repr=False)
    unlabeled_ids: tuple[str, ...] = field(default=(), repr=False)
    unscored_ids: tuple[str, ...] = field(default=(), repr=False)

    @property
    def n(self) -> int:
        """Number of labeled stories scored."""
        return len(self.predictions)

    @property
    def n_unlabeled(self) -> int:
        """Number of stories read that no label names."""
        return len(self.unlabeled_ids)

    @property
    def n_unscored(self) -> int:
        """Number of labels whose id matches no story read."""
        return len(self.unscored_ids)

    def matching(self, *, examples: int = 3) -> str:
        """How the label ids met the story ids, in one line, with a few unmatched ids.

        A label whose id matches no story is left out of every metric, so a typo in the
        ids (a file name for the id, a trimmed hash) shows here first.

        Example:
            >>> frame = pd.DataFrame({"gold_diversity": [0.1], "gold_severity": [None],
            ...                       "diversity_score": [0.2], "severity": ["normal"]}, index=["a"])
            >>> ev = evaluate_predictions(frame, n_resamples=0, unscored_ids=["A ", "b"])
            >>> ev.matching()
            "1 label matched a story; 2 labels found no story (e.g. 'A ', 'b'); 0 stories had no label"
        """
        return "; ".join(
            [
                f"{_count(self.n, 'label')} matched a story",
                f"{_count(self.n_unscored, 'label')} found no story"
                + _examples(self.unscored_ids, examples),
                f"{_count(self.n_unlabeled, 'story', 'stories')} had no label"
                + _examples(self.unlabeled_ids, examples),
            ]
        )

    @property
    def overall(self) -> dict[str, Any]:
        """The overall metrics: ``diversity`` (by name) and ``severity`` (the report)."""
        return {"diversity": dict(self.diversity), "severity": self.severity}

    def to_dict(self, *, worst: int = 10, examples: int = 5) -> dict[str, Any]:
        """JSON-ready: ``n``, ``diversity``, ``severity``, ``by_group`` and ``worst``.

        ``diversity`` and ``severity`` hold each metric under its name, with ``value``,
        ``low`` and ``high``; ``worst`` the worst-scored stories. ``n_unscored`` counts the labels whose id matched no story and
        ``n_unlabeled`` the stories no label named; ``unscored_examples`` and
        ``unlabeled_examples`` give up to ``examples`` of their ids.

        NaN (a metric undefined on these labels) becomes null.
        """
        groups: dict[str, dict[str, Any]] = {}
        for (grouping, group), row in zip(
            self.by_group.index.tolist(), self.by_group.to_dict("records"), strict=True
        ):
            groups.setdefault(str(grouping), {})[str(group)] = row
        worst_rows = self.worst.head(worst).reset_index().astype(object)
        return _json_dict(
            {
                "n": self.n,
                "n_unlabeled": self.n_unlabeled,
                "n_unscored": self.n_unscored,
                "unlabeled_examples": list(self.unlabeled_ids[:examples]),
                "unscored_examples": list(self.unscored_ids[:examples]),
                "diversity": {
                    "n": int(self.predictions["gold_diversity"].notna().sum()),
                    **{name: est.to_dict() for name, est in self.diversity.items()},
                },
                "severity": (
                    {
                        "n": int(self.predictions["gold_severity"].notna().sum()),
                        **self.severity.to_dict(),
                    }
                    if self.severity is not None
                    else {"n": 0}
                ),
                "by_group": groups,
                "worst": worst_rows.to_dict("records"),
            }
        )

    def summary(self, *, worst: int = 5) -> str:
        """A plain-text summary: overall metrics with intervals, confusion matrix, groups."""

        def num(v: float) -> str:
            return "   n/a" if math.isnan(v) else f"{v:6.3f}"

        lines = [f"{self.n} labeled stories", f"ids: {self.matching()}"]
        rows = [("diversity_score", name, e) for name, e in self.diversity.items()]
        if self.severity is not None:
            rows += [("severity", name, e) for name, e in self.severity.metrics.items()]
        for label, name, e in rows:
            lines.append(f"  {label:<16}{name:<16}{num(e.value)}  [{num(e.low)}, {num(e.high)}]")
        if self.severity is not None:
            lines.append("confusion (gold by row, predicted by column):")
            width = max(len(t) for t in self.severity.ladder) + 2
            lines.append(" " * width + "".join(f"{t:>{width}}" for t in self.severity.ladder))
            for tier, row in zip(self.severity.ladder, self.severity.confusion, strict=True):
                lines.append(f"{tier:<{width}}" + "".join(f"{c:>{width}}" for c in row))
        if not self.by_group.empty:
            lines.append("by group:")
            table = self.by_group[["n", "spearman", "mae", "accuracy", "quadratic_kappa"]]
            lines.append(table.to_string(float_format=lambda v: f"{v:.3f}"))
        if not self.worst.empty and worst:
            lines.append("worst-scored stories:")
            for story_id, story in self.worst.head(worst).to_dict("index").items():
                why = story.get("explanation", "")
                lines.append(
                    f"  {story_id}: diversity {story['diversity_score']:.2f} (gold "
                    f"{story['gold_diversity']:.2f}), severity {story['severity']} (gold "
                    f"{story['gold_severity']}){'; ' + str(why) if why else ''}"
                )
        return "\n".join(lines)

    def compare(
        self, other: Evaluation, *, n_resamples: int = 1000, random_state: int = 0
    ) -> ConfigComparison:
        """Paired differences ``other - self`` on every metric (see :func:`compare_predictions`)."""
        return compare_predictions(
            self.predictions,
            other.predictions,
            ladder=self.severity.ladder if self.severity is not None else DEFAULT_TIERS,
            n_resamples=n_resamples,
            random_state=random_state,
        )


def _group_rows(frame: pd.DataFrame, ladder: Sequence[str]) -> dict[str, float]:
    row: dict[str, float] = {"n": float(len(frame))}
    gold_d, pred_d = _diversity_pairs(frame)
    row.update(dict.fromkeys(DIVERSITY_METRICS, math.nan))
    if gold_d.size:
        row.update(
            {k: e.value for k, e in diversity_metrics(gold_d, pred_d, n_resamples=0).items()}
        )
    gold_s, pred_s = _severity_pairs(frame)
    row.update(dict.fromkeys(SEVERITY_METRICS, math.nan))
    if gold_s:
        report = severity_metrics(gold_s, pred_s, ladder=ladder, n_resamples=0)
        row.update({k: e.value for k, e in report.metrics.items()})
    return row


def _by_group(frame: pd.DataFrame, by: Sequence[str], ladder: Sequence[str]) -> pd.DataFrame:
    columns = ["n", *DIVERSITY_METRICS, *SEVERITY_METRICS]
    records: list[dict[str, Any]] = []
    for grouping in by:
        if grouping not in frame.columns:
            raise EvaluationError(
                ERR_GROUP.format(
                    name=grouping,
                    choices=[c for c in frame.columns if c not in PREDICTION_COLUMNS],
                )
            )
        keys = frame[grouping].astype(object).where(frame[grouping].notna(), "(none)").astype(str)
        for group, rows in frame.groupby(keys, sort=True):
            records.append({"grouping": grouping, "group": group, **_group_rows(rows, ladder)})
    out = pd.DataFrame.from_records(records, columns=["grouping", "group", *columns])
    out["n"] = out["n"].astype(int)
    return out.set_index(["grouping", "group"])


def _worst(frame: pd.DataFrame, ladder: Sequence[str], k: int) -> pd.DataFrame:
    position = {tier: i for i, tier in enumerate(ladder)}
    error = frame["diversity_score"] - frame["gold_diversity"]
    steps = frame["severity"].map(position) - frame["gold_severity"].map(position)
    # Both errors on a 0..1 scale, so neither drowns the other.
    badness = error.abs().fillna(0) + steps.abs().fillna(0) / max(len(ladder) - 1, 1)
    out = frame.assign(diversity_error=error, severity_steps=steps, badness=badness)
    out = out[out["badness"] > 0].sort_values("badness", ascending=False, kind="stable")
    return out.head(k)


def evaluate_predictions(
    predictions: pd.DataFrame,
    *,
    by: Sequence[str] = (),
    ladder: Sequence[str] = DEFAULT_TIERS,
    n_resamples: int = 1000,
    random_state: int = 0,
    worst: int = 20,
    unlabeled_ids: Sequence[str] = (),
    unscored_ids: Sequence[str] = (),
) -> Evaluation:
    """Metrics of a predictions frame: overall, by group, and the worst-scored stories.

    Args:
        predictions: one row per story: :data:`PREDICTION_COLUMNS` and the group columns.
            A gold value may be missing (NaN / None): the story then counts only for the
            other label.
        by: columns to break the metrics down by.
        ladder: severity tiers, lowest first.
        n_resamples: bootstrap resamples of the overall intervals (0: none).
        random_state: seed of the bootstrap.
        worst: how many worst-scored stories to keep.
        unlabeled_ids: ids of stories read that had no label (reported, not evaluated).
        unscored_ids: ids the labels named that matched no story (reported, not evaluated).

    Raises:
        EvaluationError: columns are missing, a group column is unknown, a tier is not
            on the ladder, or no story has any gold label.

    Example:
        >>> frame = pd.DataFrame({"gold_diversity": [0.0, 0.8], "gold_severity": [None, "normal"],
        ...                       "diversity_score": [0.1, 0.6], "severity": ["high", "normal"],
        ...                       "embeds": ["embeds", "no embeds"]}, index=["a", "b"])
        >>> evaluate_predictions(frame, by=["embeds"], n_resamples=0).by_group["n"].tolist()
        [1, 1]
    """
    _check(predictions)
    gold_d, pred_d = _diversity_pairs(predictions)
    gold_s, pred_s = _severity_pairs(predictions)
    if not gold_d.size and not gold_s:
        raise EvaluationError(ERR_EMPTY)
    kwargs = {"n_resamples": n_resamples, "random_state": random_state}
    return Evaluation(
        diversity=diversity_metrics(gold_d, pred_d, **kwargs) if gold_d.size else {},
        severity=(severity_metrics(gold_s, pred_s, ladder=ladder, **kwargs) if gold_s else None),
        by_group=_by_group(predictions, by, ladder),
        worst=_worst(predictions, ladder, worst),
        predictions=predictions,
        unlabeled_ids=tuple(str(i) for i in unlabeled_ids),
        unscored_ids=tuple(str(i) for i in unscored_ids),
    )


@dataclass(frozen=True)
class ConfigComparison:
    """Config B against config A on the same labels, metric by metric.

    Attributes:
        differences: one :class:`Difference` per metric, by name: ``b - a``, its paired
            bootstrap interval, and the share of resamples in which B is better.

    Example:
        >>> a = pd.DataFrame({"gold_diversity": [0.1, 0.5, 0.9], "gold_severity": ["high", "normal", "normal"],
        ...                   "diversity_score": [0.5, 0.5, 0.5], "severity": ["normal"] * 3}, index=list("xyz"))
        >>> b = a.assign(diversity_score=[0.1, 0.5, 0.9])
        >>> round(compare_predictions(a, b, n_resamples=50).differences["mae"].delta, 3)
        -0.267
    """

    differences: Mapping[str, Difference]

    @property
    def frame(self) -> pd.DataFrame:
        """The differences as a DataFrame, one row per metric."""
        return pd.DataFrame.from_records(
            [d.to_dict() for d in self.differences.values()]
        ).set_index("metric")

    def summary(self) -> str:
        """A plain-text table: each metric of A and B, the difference and its interval."""
        return self.frame.to_string(float_format=lambda v: f"{v:.3f}")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: each metric's difference under its name."""
        return _json_dict(
            {
                name: {k: v for k, v in d.to_dict().items() if k != "metric"}
                for name, d in self.differences.items()
            }
        )


def compare_predictions(
    a: pd.DataFrame,
    b: pd.DataFrame,
    *,
    ladder: Sequence[str] = DEFAULT_TIERS,
    n_resamples: int = 1000,
    random_state: int = 0,
) -> ConfigComparison:
    """Paired bootstrap of ``metric(B) - metric(A)`` for every metric, on the same stories.

    Args:
        a: predictions frame of config A.
        b: predictions frame of config B, over the same stories and gold labels.
        ladder: severity tiers, lowest first; severity metrics compare tier positions.
        n_resamples: bootstrap resamples.
        random_state: seed of the bootstrap.

    Raises:
        EvaluationError: the frames score different stories, or lack columns.

    Example:
        >>> a = pd.DataFrame({"gold_diversity": [0.2, 0.6, 0.8], "gold_severity": ["high", "normal", "normal"],
        ...                   "diversity_score": [0.2, 0.6, 0.8], "severity": ["high", "normal", "normal"]}, index=list("xyz"))
        >>> compare_predictions(a, a, n_resamples=20).differences["accuracy"].delta
        0.0
    """
    _check(a)
    _check(b)
    if not a.index.equals(b.index):
        if set(a.index) != set(b.index):
            raise EvaluationError(ERR_IDS)
        b = b.loc[a.index]
    kwargs = {"n_resamples": n_resamples, "random_state": random_state}
    out: dict[str, Difference] = {}
    both = a["gold_diversity"].notna() & a["diversity_score"].notna() & b["diversity_score"].notna()
    if both.any():
        gold = a.loc[both, "gold_diversity"].to_numpy(dtype=np.float64)
        pa = a.loc[both, "diversity_score"].to_numpy(dtype=np.float64)
        pb = b.loc[both, "diversity_score"].to_numpy(dtype=np.float64)
        for name in DIVERSITY_METRICS:
            out[name] = paired_difference(gold, pa, pb, metric=name, **kwargs)
    position = {tier: float(i) for i, tier in enumerate(ladder)}
    both = a["gold_severity"].notna() & a["severity"].notna() & b["severity"].notna()
    if both.any():
        for frame in (a, b):
            unknown = set(frame.loc[both, "severity"]) - set(position)
            unknown |= set(frame.loc[both, "gold_severity"]) - set(position)
            if unknown:
                raise EvaluationError(
                    f"severity {sorted(unknown)[0]!r} is not on the ladder {list(ladder)}"
                )
        gold = a.loc[both, "gold_severity"].map(position).to_numpy(dtype=np.float64)
        pa = a.loc[both, "severity"].map(position).to_numpy(dtype=np.float64)
        pb = b.loc[both, "severity"].map(position).to_numpy(dtype=np.float64)
        for name in SEVERITY_METRICS:
            out[name] = paired_difference(gold, pa, pb, metric=name, **kwargs)
    if not out:
        raise EvaluationError(ERR_EMPTY)
    return ConfigComparison(out)

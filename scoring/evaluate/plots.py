"""The report's plots, drawn with matplotlib (the ``plots`` extra) and returned as PNG bytes.

matplotlib is imported on first use, with the Agg backend, so nothing here needs a
display and ``import scoring.evaluate`` stays light.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from scoring.errors import ScoringError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = [
    "ERR_NO_MATPLOTLIB",
    "calibration_plot",
    "confusion_plot",
    "group_plot",
    "sensitivity_plot",
]

ERR_NO_MATPLOTLIB = (
    "plots need matplotlib, which is not installed; install the plots extra: "
    "pip install 'scoring[plots]'"
)

_DPI = 110


def _figure(width: float, height: float) -> Figure:
    try:
        import matplotlib
    except ModuleNotFoundError as exc:
        raise ScoringError(ERR_NO_MATPLOTLIB) from exc
    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    # A bare Figure, not pyplot: no global state, safe from threads, nothing to close.
    return Figure(figsize=(width, height), dpi=_DPI, layout="constrained")


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def calibration_plot(gold: Sequence[float], predicted: Sequence[float], *, bins: int = 10) -> bytes:
    r"""Predicted ``diversity_score`` against gold: each story, the mean per gold bin, the diagonal.

    Example:
        >>> calibration_plot([0.0, 0.5, 1.0], [0.1, 0.4, 0.9])[:4]
        b'\x89PNG'
    """
    g = np.asarray(gold, dtype=np.float64)
    p = np.asarray(predicted, dtype=np.float64)
    fig = _figure(6.0, 5.0)
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    ax.scatter(g, p, s=18, alpha=0.5, color="tab:blue", label="story")
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(g, edges[1:-1]), 0, bins - 1)
    centres, means, spread = [], [], []
    for b in range(bins):
        mask = which == b
        if mask.any():
            centres.append(float(g[mask].mean()))
            means.append(float(p[mask].mean()))
            spread.append(float(p[mask].std()))
    ax.errorbar(
        centres,
        means,
        yerr=spread,
        color="tab:orange",
        marker="o",
        capsize=3,
        label="mean per gold bin (± sd)",
    )
    ax.set(
        xlim=(-0.03, 1.03),
        ylim=(-0.03, 1.03),
        xlabel="gold diversity_score",
        ylabel="predicted diversity_score",
        title=f"Calibration of diversity_score (n = {g.size})",
    )
    ax.legend(loc="upper left")
    ax.grid(alpha=0.3)
    return _png(fig)


def confusion_plot(confusion: Sequence[Sequence[int]], ladder: Sequence[str]) -> bytes:
    r"""The severity confusion matrix, gold tiers by row, predicted by column, counts written in.

    Example:
        >>> confusion_plot([[2, 1], [0, 3]], ["normal", "high"])[:4]
        b'\x89PNG'
    """
    matrix = np.asarray(confusion, dtype=np.int64)
    fig = _figure(5.5, 4.6)
    ax = fig.add_subplot()
    image = ax.imshow(matrix, cmap="Blues")
    fig.colorbar(image, ax=ax, label="stories")
    ticks = np.arange(len(ladder))
    ax.set_xticks(ticks, labels=list(ladder))
    ax.set_yticks(ticks, labels=list(ladder))
    # np.max, not ndarray.max(): numpy 2.5 types the method only with an axis.
    threshold = float(np.max(matrix)) / 2 if matrix.size else 0.0
    for (i, j), count in np.ndenumerate(matrix):
        ax.text(
            j,
            i,
            str(count),
            ha="center",
            va="center",
            color="white" if count > threshold else "black",
        )
    ax.set(
        xlabel="predicted severity",
        ylabel="gold severity",
        title=f"Severity confusion matrix (n = {int(matrix.sum())})",
    )
    return _png(fig)


def group_plot(by_group: pd.DataFrame) -> bytes:
    r"""Per-group bars: diversity MAE and severity accuracy for each grouping, with n.

    Args:
        by_group: :attr:`Evaluation.by_group` (index levels ``grouping``, ``group``).

    Example:
        >>> frame = pd.DataFrame({"n": [3, 2], "mae": [0.1, 0.3], "accuracy": [0.6, 1.0]},
        ...     index=pd.MultiIndex.from_tuples([("embeds", "embeds"), ("embeds", "no embeds")], names=["grouping", "group"]))
        >>> group_plot(frame)[:4]
        b'\x89PNG'
    """
    groupings = list(dict.fromkeys(by_group.index.get_level_values("grouping")))
    rows = max(len(groupings), 1)
    fig = _figure(10.0, 2.2 + 2.3 * rows)
    axes = fig.subplots(rows, 2, squeeze=False)
    panels = (
        ("mae", "diversity MAE (lower is better)", "tab:red"),
        ("accuracy", "severity accuracy (higher is better)", "tab:green"),
    )
    for r, grouping in enumerate(groupings):
        part = by_group.xs(grouping, level="grouping")
        labels = [f"{g} (n={n})" for g, n in zip(part.index, part["n"], strict=True)]
        y = np.arange(len(part))
        for c, (metric, label, colour) in enumerate(panels):
            ax: Any = axes[r][c]
            values = (
                part[metric].to_numpy(dtype=np.float64)
                if metric in part
                else np.full(len(part), np.nan)
            )
            ax.barh(y, np.nan_to_num(values), color=colour, alpha=0.75, label=label)
            ax.set_yticks(y, labels=labels)
            ax.invert_yaxis()
            ax.set_xlim(0, max(1.0, float(np.nanmax(values)) if np.isfinite(values).any() else 1.0))
            ax.set_xlabel(label)
            ax.set_title(f"{metric} by {grouping}")
            ax.grid(axis="x", alpha=0.3)
            if r == 0:
                ax.legend(loc="lower right", fontsize="small")
    fig.suptitle("Metrics by group")
    return _png(fig)


def sensitivity_plot(
    sensitivity: pd.DataFrame, metrics: Sequence[str] = ("spearman", "quadratic_kappa")
) -> bytes:
    r"""How much each metric moves when each weight moves down or up (a tornado chart).

    Args:
        sensitivity: the frame :func:`~scoring.evaluate.sensitivity` returns (columns
            ``weight``, ``step``, and one ``delta_<metric>`` per metric).
        metrics: the metrics to show, one panel each.

    Example:
        >>> frame = pd.DataFrame({"weight": ["a", "a"], "step": [-0.2, 0.2], "delta_spearman": [-0.05, 0.02]})
        >>> sensitivity_plot(frame, ["spearman"])[:4]
        b'\x89PNG'
    """
    return _png(_sensitivity_figure(sensitivity, metrics))


def _sensitivity_figure(sensitivity: pd.DataFrame, metrics: Sequence[str]) -> Figure:
    from matplotlib.ticker import MaxNLocator

    shown = [m for m in metrics if f"delta_{m}" in sensitivity.columns]
    weights = list(dict.fromkeys(sensitivity["weight"]))
    fig = _figure(4.0 + 3.6 * max(len(shown), 1), 1.8 + 0.32 * max(len(weights), 1))
    axes = fig.subplots(1, max(len(shown), 1), squeeze=False, sharey=True)[0]
    steps = sorted(set(sensitivity["step"]))
    y = np.arange(len(weights))
    height = 0.8 / max(len(steps), 1)
    for ax, metric in zip(axes, shown, strict=False):
        for k, step in enumerate(steps):
            part = sensitivity[sensitivity["step"] == step].set_index("weight")
            values = part.reindex(weights)[f"delta_{metric}"].to_numpy(dtype=np.float64)
            ax.barh(
                y + (k - (len(steps) - 1) / 2) * height,
                np.nan_to_num(values),
                height=height,
                color="tab:blue" if step < 0 else "tab:orange",
                label=f"weight {step:+.0%}",
            )
        limit = float(np.nanmax(np.abs(sensitivity[f"delta_{metric}"].to_numpy(dtype=np.float64))))
        limit = limit * 1.15 if np.isfinite(limit) and limit > 0 else 0.01
        ax.set_xlim(-limit, limit)
        # Few ticks, symmetric about 0: changes like -0.006 are wide labels, and the
        # default seven of them run into each other on a panel this narrow.
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4, symmetric=True))
        ax.axvline(0, color="black", linewidth=0.8)
        ax.set_yticks(y, labels=weights)
        ax.set_xlabel(f"change in {metric}")
        ax.set_title(f"Sensitivity of {metric}")
        ax.grid(axis="x", alpha=0.3)
    axes[0].invert_yaxis()
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=len(steps))
    fig.suptitle("Sensitivity to each weight (others renormalised)")
    return fig

"""A readable report of an evaluation: one self-contained HTML file and a Markdown twin.

The HTML embeds every plot as a base64 PNG and its style inline, so it can be mailed or
attached to a CI run and opened anywhere, offline. The Markdown links the same plots as
PNG files written beside it.

Text from the data (ids, titles, explanations, group names, file names) is escaped for
each format: HTML-escaped in the HTML, and in the Markdown every character that could
start a link, an image, emphasis, code or raw HTML is backslash-escaped, so a title such
as ``[x](javascript:...)`` shows as text in both.
"""

from __future__ import annotations

import base64
import html
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from scoring import __version__
from scoring.evaluate.evaluation import ConfigComparison, Evaluation
from scoring.evaluate.metrics import LOWER_IS_BETTER
from scoring.records.files import atomic_write

__all__ = ["Report", "write_report"]

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto;
       max-width: 1100px; color: #1f2328; line-height: 1.45; padding: 0 1rem; }
h1 { border-bottom: 2px solid #d0d7de; padding-bottom: .3rem; }
h2 { margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
table { border-collapse: collapse; margin: .8rem 0; font-size: .92rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; text-align: left; vertical-align: top;
         max-width: 30rem; }
.scroll { overflow-x: auto; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.facts th { font-weight: normal; color: #57606a; }
table.worst { width: 100%; }
table.worst td.story { max-width: none; min-width: 16rem; }
table.worst .id { display: block; color: #57606a; font-size: .8rem; word-break: break-all;
                  font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
table.worst tr.why td { max-width: none; color: #57606a; border-top: none;
                        padding-left: 1.6rem; }
table.worst tr.story td { border-bottom: none; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; border: 1px solid #eaeef2; }
figcaption { color: #57606a; font-size: .9rem; }
.note { color: #57606a; font-size: .9rem; }
"""


_SENSITIVITY_SHOWN = ("spearman", "mae", "accuracy", "quadratic_kappa")


@dataclass(frozen=True)
class Report:
    """Where a report was written.

    Attributes:
        html: the self-contained HTML file.
        markdown: the Markdown file.
        plots: the PNG files the Markdown links, by plot name.
    """

    html: Path
    markdown: Path
    plots: Mapping[str, Path]


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        if math.isnan(value):
            return "-"
        text = f"{value:.3f}"
        # A change too small to show is no change: "0.000", never "-0.000".
        return text.lstrip("-") if float(text) == 0 else text
    return str(value)


# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can
# open a link, image, emphasis, code span, autolink, raw HTML, entity or table cell.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~!#])")


def _md(text: str) -> str:
    """Text from the data, safe in a Markdown paragraph or table cell."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _is_num(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _html_cell(value: Any) -> str:
    """One table cell: numbers right-aligned, text escaped."""
    if _is_num(value):
        return f'<td class="num">{_fmt(value)}</td>'
    return f"<td>{html.escape(_fmt(value))}</td>"


def _html_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(_html_cell(c) for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _md_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    def cell(c: Any) -> str:
        return _md(_fmt(c))

    lines = ["| " + " | ".join(_md(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


class _Doc:
    """Builds the HTML and the Markdown side by side, section by section."""

    def __init__(self) -> None:
        self.html: list[str] = []
        self.md: list[str] = []
        self.plots: dict[str, bytes] = {}

    def heading(self, text: str, level: int = 2) -> None:
        self.html.append(f"<h{level}>{html.escape(text)}</h{level}>")
        self.md.append("#" * level + " " + _md(text))

    def para(self, text: str, *, note: bool = False) -> None:
        cls = ' class="note"' if note else ""
        self.html.append(f"<p{cls}>{html.escape(text)}</p>")
        self.md.append(_md(text))

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.html.append(f'<div class="scroll">{_html_table(header, rows)}</div>')
        self.md.append(_md_table(header, rows))

    def facts(self, pairs: Mapping[str, str]) -> None:
        """Name-value lines (what was evaluated, when): a table without a header row."""
        body = "".join(
            f'<tr><th scope="row">{html.escape(k)}</th><td>{html.escape(v)}</td></tr>'
            for k, v in pairs.items()
        )
        self.html.append(f'<table class="facts"><tbody>{body}</tbody></table>')
        self.md.append("\n".join(f"- {_md(k)}: {_md(v)}" for k, v in pairs.items()))

    def raw(self, html_text: str, md_text: str) -> None:
        """A section laid out by the caller, already escaped for each format."""
        self.html.append(html_text)
        self.md.append(md_text)

    def figure(self, name: str, png: bytes, caption: str) -> None:
        self.plots[name] = png
        data = base64.b64encode(png).decode("ascii")
        self.html.append(
            f'<figure id="plot-{name}"><img alt="{html.escape(caption)}" '
            f'src="data:image/png;base64,{data}"><figcaption>{html.escape(caption)}'
            "</figcaption></figure>"
        )
        self.md.append(f"![{caption}](plots/{name}.png)")


def _estimate_rows(metrics: Mapping[str, Any]) -> list[list[Any]]:
    rows = []
    for name, est in metrics.items():
        better = "lower" if name in LOWER_IS_BETTER else "higher"
        rows.append([name, est.value, est.low, est.high, better])
    return rows


def _overall(doc: _Doc, ev: Evaluation) -> None:
    doc.heading("Overall metrics")
    n_div = int(ev.predictions["gold_diversity"].notna().sum())
    n_sev = int(ev.predictions["gold_severity"].notna().sum())
    doc.para(
        f"{ev.n} labeled stories scored: {n_div} with a gold diversity_score, {n_sev} with "
        f"a gold severity. Intervals are 95% bootstrap percentile intervals."
    )
    if ev.n_unlabeled or ev.n_unscored:
        doc.para(f"Story ids against label ids: {ev.matching(examples=5)}.", note=True)
    rows = [["diversity_score", *r] for r in _estimate_rows(ev.diversity)]
    if ev.severity is not None:
        rows += [["severity", *r] for r in _estimate_rows(ev.severity.metrics)]
    doc.table(["label", "metric", "value", "95% low", "95% high", "better"], rows)


def _severity(doc: _Doc, ev: Evaluation, plots: bool) -> None:
    if ev.severity is None:
        return
    doc.heading("Severity confusion matrix")
    ladder = ev.severity.ladder
    doc.table(
        ["gold \\ predicted", *ladder],
        [[tier, *row] for tier, row in zip(ladder, ev.severity.confusion, strict=True)],
    )
    if plots:
        from scoring.evaluate.plots import confusion_plot

        doc.figure(
            "confusion",
            confusion_plot(ev.severity.confusion, ladder),
            "Severity: gold tier by row, predicted tier by column.",
        )


def _calibration(doc: _Doc, ev: Evaluation) -> None:
    rows = ev.predictions.dropna(subset=["gold_diversity", "diversity_score"])
    if rows.empty:
        return
    from scoring.evaluate.plots import calibration_plot

    doc.heading("Calibration of diversity_score")
    doc.figure(
        "calibration",
        calibration_plot(rows["gold_diversity"].tolist(), rows["diversity_score"].tolist()),
        "Predicted diversity_score against gold; points on the dashed line are exact.",
    )


def _groups(doc: _Doc, ev: Evaluation, plots: bool) -> None:
    if ev.by_group.empty:
        return
    doc.heading("Metrics by group")
    frame = ev.by_group.reset_index()
    doc.table(list(frame.columns), frame.astype(object).values.tolist())
    if plots:
        from scoring.evaluate.plots import group_plot

        doc.figure(
            "groups",
            group_plot(ev.by_group),
            "Diversity MAE and severity accuracy per group; n is the group's size.",
        )


def _sensitivity(doc: _Doc, sensitivity: pd.DataFrame | None, plots: bool) -> None:
    if sensitivity is None or sensitivity.empty:
        return
    doc.heading("Sensitivity to the weights")
    doc.para(
        "Each row moves one weight by the step shown, renormalises the others so the weights "
        "keep their sum, re-scores every story and reports how each metric changes."
    )
    shown = [c for c in ("weight", "step", "before", "after") if c in sensitivity.columns]
    shown += [f"delta_{m}" for m in _SENSITIVITY_SHOWN if f"delta_{m}" in sensitivity.columns]
    frame = sensitivity[shown].astype(object)
    header = [c.replace("delta_", "change of ") for c in frame.columns]
    doc.table(header, frame.values.tolist())
    if plots:
        from scoring.evaluate.plots import sensitivity_plot

        doc.figure(
            "sensitivity",
            sensitivity_plot(sensitivity),
            "Change of each metric when one weight moves; the longest bars matter most.",
        )


def _comparison(doc: _Doc, comparison: ConfigComparison | None, names: tuple[str, str]) -> None:
    if comparison is None:
        return
    a, b = names
    doc.heading(f"Comparison: {b} against {a}")
    doc.para(
        f"Paired bootstrap on the same stories: delta is {b} minus {a}; "
        f"'{b} better' is the share of resamples in which {b} wins on that metric."
    )
    rows = [
        [name, d.a, d.b, d.delta, d.low, d.high, d.b_better]
        for name, d in comparison.differences.items()
    ]
    doc.table(["metric", a, b, "delta", "95% low", "95% high", f"{b} better"], rows)


_WORST_FIGURES = ("gold_diversity", "diversity_score", "gold_severity", "severity")


def _worst(doc: _Doc, ev: Evaluation, k: int) -> None:
    if ev.worst.empty:
        return
    doc.heading("Worst-scored stories")
    doc.para("Ranked by |diversity error| plus the severity error in ladder steps scaled to 0..1.")
    frame = ev.worst.head(k)
    figures = [c for c in _WORST_FIGURES if c in frame.columns]
    has_title = "title" in frame.columns
    has_why = "explanation" in frame.columns
    # HTML: the story (title, id beneath) takes the room left by the figures, and the
    # explanation gets a full-width row of its own, so nothing is squeezed or scrolls.
    head = "".join(f"<th>{html.escape(c)}</th>" for c in ["story", *figures])
    body = []
    for i in frame.index:
        title = str(frame.at[i, "title"]) if has_title else ""
        # dir="auto": a title in Arabic or Hebrew reads right to left, as it should.
        story = (f'<span dir="auto">{html.escape(title)}</span>' if title else "") + (
            f'<span class="id">{html.escape(str(i))}</span>'
        )
        cells = "".join(_html_cell(frame.at[i, c]) for c in figures)
        body.append(f'<tr class="story"><td class="story">{story}</td>{cells}</tr>')
        why = str(frame.at[i, "explanation"]) if has_why else ""
        if why:
            body.append(
                f'<tr class="why"><td colspan="{1 + len(figures)}">{html.escape(why)}</td></tr>'
            )
    columns = [c for c in ("title", *figures, "explanation") if c in frame.columns]
    rows = [[str(i), *(frame.at[i, c] for c in columns)] for i in frame.index]
    doc.raw(
        f'<table class="worst"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>',
        _md_table(["id", *columns], rows),
    )


def write_report(
    evaluation: Evaluation,
    directory: str | os.PathLike[str],
    *,
    title: str = "Evaluation report",
    sensitivity: pd.DataFrame | None = None,
    comparison: ConfigComparison | None = None,
    names: tuple[str, str] = ("A", "B"),
    context: Mapping[str, str] | None = None,
    worst: int = 15,
) -> Report:
    """Write ``report.html`` (self-contained), ``report.md`` and ``plots/*.png`` to a directory.

    Args:
        evaluation: what to report.
        directory: created if missing; existing report files in it are replaced.
        title: the report's title.
        sensitivity: the frame of :func:`scoring.evaluate.sensitivity`, if computed.
        comparison: a :class:`ConfigComparison` of two configs, if any; ``names`` names them.
        names: the names of configs A and B in the comparison.
        context: lines shown under the title (config file, label file, split).
        worst: how many worst-scored stories to list.

    Raises:
        ScoringError: matplotlib is missing (install the ``plots`` extra).

    Example:
        >>> import tempfile
        >>> frame = pd.DataFrame({"gold_diversity": [0.1, 0.5, 0.9], "gold_severity": ["high", "normal", "normal"],
        ...                       "diversity_score": [0.2, 0.5, 0.7], "severity": ["high", "elevated", "normal"]}, index=list("abc"))
        >>> from scoring.evaluate.evaluation import evaluate_predictions
        >>> r = write_report(evaluate_predictions(frame, n_resamples=0), tempfile.mkdtemp())
        >>> r.html.name, sorted(r.plots)
        ('report.html', ['calibration', 'confusion'])
    """
    out = Path(directory)
    doc = _Doc()
    doc.heading(title, 1)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    doc.facts({"generated": f"{stamp} by scoring {__version__}", **(context or {})})
    _overall(doc, evaluation)
    _comparison(doc, comparison, names)
    _calibration(doc, evaluation)
    _severity(doc, evaluation, plots=True)
    _groups(doc, evaluation, plots=True)
    _sensitivity(doc, sensitivity, plots=True)
    _worst(doc, evaluation, worst)

    out.mkdir(parents=True, exist_ok=True)
    plot_dir = out / "plots"
    plot_dir.mkdir(exist_ok=True)
    paths: dict[str, Path] = {}
    for name, png in doc.plots.items():
        paths[name] = plot_dir / f"{name}.png"
        atomic_write(paths[name], png)
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(doc.html)
        + "\n</body></html>\n"
    )
    html_path = out / "report.html"
    atomic_write(html_path, page.encode("utf-8"))
    md_path = out / "report.md"
    atomic_write(md_path, ("\n\n".join(doc.md) + "\n").encode("utf-8"))
    return Report(html_path, md_path, paths)

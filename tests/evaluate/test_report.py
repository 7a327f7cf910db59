"""The HTML and Markdown report: structure always, a real browser render where one exists."""

from __future__ import annotations

import base64
import itertools
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from scoring.evaluate.evaluation import compare_predictions, evaluate_predictions
from scoring.evaluate.plots import ERR_NO_MATPLOTLIB
from scoring.evaluate.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
PNG = b"\x89PNG\r\n\x1a\n"

FRAME = pd.DataFrame(
    {
        "gold_diversity": [0.0, 0.1, 0.95, 0.8, 0.2, 0.5, 0.65, 0.3, 0.45, 0.7],
        "gold_severity": ["critical", "normal", "normal", "normal", "elevated"] * 2,
        "diversity_score": [0.1, 0.1, 0.85, 0.6, 0.35, 0.5, 0.7, 0.3, 0.4, 0.75],
        "severity": ["high", "normal", "normal", "elevated", "elevated"] * 2,
        "embeds": ["embeds", "no embeds"] * 5,
        "slant_mix": ["one-sided", "balanced", "balanced", "unknown", "one-sided"] * 2,
        "title": ["[Read more](javascript:alert(document.cookie))"]
        + [f"Story <{i}> & co" for i in range(1, 10)],
        "explanation": ["single low-reliability source"] * 10,
    },
    index=pd.Index([f"s{i}" for i in range(10)], name="id"),
)
SENSITIVITY = pd.DataFrame(
    {
        "weight": ["independent_sources", "independent_sources", "slant_entropy", "slant_entropy"],
        "step": [-0.2, 0.2, -0.2, 0.2],
        "delta_spearman": [-0.04, 0.01, 0.002, -0.003],
        # A change too small to show, on the negative side: it must read 0.000.
        "delta_mae": [-0.00004, 0.0, 0.001, -0.002],
        "delta_quadratic_kappa": [-0.1, 0.02, 0.0, 0.01],
    }
)
HEADINGS = (
    "Evaluation report",
    "Overall metrics",
    "Comparison: B against A",
    "Calibration of diversity_score",
    "Severity confusion matrix",
    "Metrics by group",
    "Sensitivity to the weights",
    "Worst-scored stories",
)
PLOTS = ("calibration", "confusion", "groups", "sensitivity")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ev = evaluate_predictions(FRAME, by=["slant_mix", "embeds"], n_resamples=50)
    comparison = compare_predictions(FRAME.assign(diversity_score=0.5), FRAME, n_resamples=50)
    out = tmp_path_factory.mktemp("report")
    write_report(
        ev,
        out,
        sensitivity=SENSITIVITY,
        comparison=comparison,
        context={"labels": "labels.csv", "split": "test"},
    )
    return out


def test_html_is_self_contained_with_every_plot_and_table(report: Path) -> None:
    page = (report / "report.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h[12]>(.*?)</h[12]>", page)
    assert headings == list(HEADINGS)
    for name in PLOTS:
        match = re.search(
            rf'<figure id="plot-{name}"><img alt="[^"]+" src="data:image/png;base64,([^"]+)"', page
        )
        assert match, name
        assert base64.b64decode(match.group(1)).startswith(PNG)
    # Nothing fetched: no external script, style sheet or image.
    assert not re.search(r'(src|href)="(https?:)?//', page)
    # The metrics table has each metric, and text from the data is escaped.
    for metric in ("spearman", "kendall", "mae", "rmse", "accuracy", "macro_f1", "quadratic_kappa"):
        assert f"<td>{metric}</td>" in page
    assert "Story &lt;3&gt; &amp; co" in page
    assert "javascript:alert" not in page.replace("[Read more](javascript:alert", "", 1)
    # The run's facts are name-value rows, with no empty header row above them.
    assert '<th scope="row">split</th><td>test</td>' in page
    assert "<th></th>" not in page


def test_numbers_never_read_minus_zero(report: Path) -> None:
    for name in ("report.html", "report.md"):
        text = (report / name).read_text(encoding="utf-8")
        assert "-0.000" not in text, name
    page = (report / "report.html").read_text(encoding="utf-8")
    # The first sensitivity row moves mae by -0.00004: shown as no change.
    row = re.search(r"<tr><td>independent_sources</td>(.*?)</tr>", page)
    assert row
    # Its numbers: step, change of spearman, change of mae, change of quadratic_kappa.
    assert re.findall(r'<td class="num">([^<]*)</td>', row.group(1)) == [
        "-0.200",
        "-0.040",
        "0.000",
        "-0.100",
    ]


def test_worst_stories_give_each_explanation_a_full_row(report: Path) -> None:
    page = (report / "report.html").read_text(encoding="utf-8")
    table = re.search(r'<table class="worst">(.*?)</table>', page)
    assert table
    header = re.findall(r"<th>(.*?)</th>", table.group(1))
    assert header == ["story", "gold_diversity", "diversity_score", "gold_severity", "severity"]
    stories = re.findall(r'<tr class="story"><td class="story">(.*?)</td>', table.group(1))
    whys = re.findall(r'<tr class="why"><td colspan="5">(.*?)</td></tr>', table.group(1))
    wrong = (FRAME["diversity_score"] != FRAME["gold_diversity"]) | (
        FRAME["severity"] != FRAME["gold_severity"]
    )
    assert len(stories) == len(whys) == int(wrong.sum())
    assert set(whys) == {"single low-reliability source"}
    # Title first, the id beneath it.
    assert re.fullmatch(r'<span dir="auto">[^<]+</span><span class="id">s\d</span>', stories[0])


def test_markdown_escapes_text_from_the_data(report: Path) -> None:
    text = (report / "report.md").read_text(encoding="utf-8")
    # A link in a title stays text: no unescaped bracket before "(javascript:".
    assert "\\[Read more\\](javascript:alert(document.cookie))" in text
    assert "](javascript:" not in text.replace("\\](javascript:", "")
    assert "Story \\<3\\> \\& co" in text
    assert "- split: test" in text


def test_markdown_links_plot_files(report: Path) -> None:
    text = (report / "report.md").read_text(encoding="utf-8")
    for heading in HEADINGS[1:]:
        escaped = heading.replace("_", "\\_")
        assert f"## {escaped}" in text
    for name in PLOTS:
        assert f"(plots/{name}.png)" in text
        assert (report / "plots" / f"{name}.png").read_bytes().startswith(PNG)
    assert "| diversity\\_score | mae |" in text


def test_missing_matplotlib_names_the_extra(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "from scoring.evaluate.plots import calibration_plot\n"
        "calibration_plot([0.1], [0.2])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    # The user sees the error type and the command that installs the extra.
    assert ERR_NO_MATPLOTLIB in result.stderr
    assert "scoring.errors.ScoringError: plots need matplotlib" in result.stderr
    assert "pip install 'scoring[plots]'" in result.stderr.splitlines()[-1]


@pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no /usr/bin/chromium to render the report (apt-get install chromium)",
)
def test_report_renders_in_chromium(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    profile = tmp_path / "profile"
    result = subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--screenshot={shot}",
            "--window-size=1200,3000",
            (report / "report.html").as_uri(),
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    from matplotlib.image import imread

    pixels = imread(shot)
    assert pixels.shape[:2] == (3000, 1200)
    # A rendered report is not a blank page: many pixels are far from white.
    assert (pixels[..., :3].mean(axis=2) < 0.6).mean() > 0.01


def test_sensitivity_plot_tick_labels_do_not_overlap() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from scoring.evaluate import sensitivity
    from scoring.evaluate.plots import _sensitivity_figure

    # The labeled set's own sensitivity: kappa moves by a few thousandths, whose tick
    # labels (-0.006, -0.004, ...) are wide for the panel.
    labeled = Path(__file__).parents[2] / "data" / "labeled"
    labels = pd.read_csv(labeled / "labels.csv", index_col="id")
    frame = sensitivity(labeled / "stories", labels[labels["split"] == "test"])
    figure = _sensitivity_figure(frame, ("spearman", "quadratic_kappa"))
    canvas = FigureCanvasAgg(figure)
    # matplotlib's Agg canvas has no annotations on these two.
    canvas.draw()  # type: ignore[no-untyped-call]
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    for ax in figure.axes:
        ticks = [t for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
        boxes = sorted((t.get_window_extent(renderer) for t in ticks), key=lambda b: b.x0)
        assert len(boxes) >= 3, ax.get_title()
        for left, right in itertools.pairwise(boxes):
            assert left.x1 + 4 <= right.x0, (ax.get_title(), [t.get_text() for t in ticks])

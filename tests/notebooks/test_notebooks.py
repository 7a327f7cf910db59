"""The analysts' notebooks run top to bottom, headless, against the bundled data.

Each notebook is executed once with nbclient in a fresh kernel whose working directory is
a temporary folder, with matplotlib on the Agg backend. A cell that raises fails the
suite (nbclient raises ``CellExecutionError`` naming the cell); so does anything a cell
writes to stderr, where warnings go.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from scoring import read_stories
from scoring.outlets import default_resolver
from scoring.scorer import Scorer, ScorerConfig

ROOT = Path(__file__).parents[2]
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
CELL_TIMEOUT = 120  # seconds for any one cell; the slowest takes a few
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
SEED = "8bcaf6925afaeda812cc2d600462767b"

pytestmark = pytest.mark.slow

# nbformat has no type hints; these name the signatures the tests call it with.
_read_notebook = cast("Callable[..., Any]", nbformat.read)
new_notebook = cast("Callable[[], Any]", nbformat.v4.new_notebook)
new_code_cell = cast("Callable[[str], Any]", nbformat.v4.new_code_cell)


def read(name: str) -> Any:
    """The committed notebook ``name``, as nbformat version 4."""
    return _read_notebook(NOTEBOOKS / name, as_version=4)


def execute(notebook: Any, workdir: Path) -> Any:
    """Run every cell in a fresh kernel started in ``workdir``; raises on a failing cell."""
    NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        startup_timeout=60,
        kernel_name="python3",
        resources={"metadata": {"path": str(workdir)}},
    ).execute()
    return notebook


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The kernels' environment: Agg plots, the repository's data, nothing written to $HOME."""
    home = tmp_path_factory.mktemp("jupyter")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MPLBACKEND", "Agg")
        mp.setenv("SCORING_DATA", str(DATA))
        mp.setenv("IPYTHONDIR", str(home / "ipython"))
        mp.setenv("JUPYTER_RUNTIME_DIR", str(home / "runtime"))
        mp.setenv("JUPYTER_PLATFORM_DIRS", "1")
        yield


@pytest.fixture(scope="module")
def run(kernel_env: None, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Executes a notebook (as committed, or changed) once per module; returns it and its folder."""
    cache: dict[str, tuple[Any, Path]] = {}

    def runner(name: str, notebook: Any = None, key: str | None = None) -> tuple[Any, Path]:
        key = key or name
        if key not in cache:
            workdir = tmp_path_factory.mktemp(key.replace(".", "_"))
            cache[key] = (execute(notebook or read(name), workdir), workdir)
        return cache[key]

    return runner


def stderr_of(notebook: Any) -> list[str]:
    return [
        f"cell {cell.id}: {output.text}"
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stderr"
    ]


def text_of(cells: list[Any]) -> str:
    parts = []
    for cell in cells:
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                parts.append(output.text)
            elif "text/plain" in output.get("data", {}):
                parts.append(output.data["text/plain"])
    return "\n".join(parts)


@pytest.mark.usefixtures("kernel_env")
def test_a_failing_cell_fails_the_run(tmp_path: Path) -> None:
    notebook = new_notebook()
    notebook.cells = [
        new_code_cell("shares = {'left': 0.5}"),
        new_code_cell("shares['right']"),
        new_code_cell("never = True"),
    ]

    with pytest.raises(CellExecutionError, match=r"shares\['right'\]") as failure:
        execute(notebook, tmp_path)
    assert (failure.value.ename, failure.value.evalue) == ("KeyError", "'right'")
    assert notebook.cells[2].outputs == []
    assert notebook.cells[2].execution_count is None


@pytest.mark.parametrize("name", ["tune_weights.ipynb", "explore_outlets.ipynb"])
def test_committed_without_outputs_and_with_public_names_only(name: str) -> None:
    notebook = read(name)
    nbformat.validate(notebook)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert code
    assert [c.id for c in code if c.outputs or c.execution_count is not None] == []
    (parameters,) = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert 'OUT_DIR = "out"' in parameters.source
    # Only the public API: no private module, function or attribute (a leading "_").
    private = re.compile(r"\._[A-Za-z]|import _|from scoring[\w.]* import \(?[^)]*\b_\w")
    assert [line for c in code for line in c.source.splitlines() if private.search(line)] == []


@pytest.mark.parametrize(
    ("name", "figures", "files"),
    [
        (
            "tune_weights.ipynb",
            {
                "default_train",
                "default_contributions",
                "hand_tuned_vs_default",
                "fitted_weights",
                "chosen_vs_default_test",
                "chosen_test",
            },
            {"tuned_config.toml"},
        ),
        (
            "explore_outlets.ipynb",
            {
                "outlet_table_counts",
                "coverage_by_reason",
                "cited_mix",
                "cited_slant_by_reliability",
                "unknown_sites",
            },
            {"ratings/newsroom_list.csv", "ratings/my_overrides.csv"},
        ),
    ],
)
def test_runs_headless_and_writes_only_to_its_output_folder(
    run: Any, name: str, figures: set[str], files: set[str]
) -> None:
    beside = sorted(p.name for p in NOTEBOOKS.iterdir())

    notebook, workdir = run(name)

    assert stderr_of(notebook) == []
    out = workdir / "out"
    assert {p.stem for p in (out / "figures").glob("*.png")} == figures
    # A figure with its title, axis labels and legend drawn is tens of kilobytes.
    assert [f for f in figures if (out / "figures" / f"{f}.png").stat().st_size < 10_000] == []
    assert [f for f in files if not (out / f).is_file()] == []
    assert sorted(p.name for p in NOTEBOOKS.iterdir()) == beside


def test_tune_weights_saves_a_config_that_the_scorer_and_the_command_line_load(
    run: Any,
) -> None:
    notebook, workdir = run("tune_weights.ipynb")

    config = ScorerConfig.from_toml_file(workdir / "out" / "tuned_config.toml")
    text = text_of(notebook.cells)
    chosen = text.split("chosen on the train split: ", 1)[1].split()[0]
    assert chosen in {"fitted", "default"}
    # The fitted config learns new weights; keeping the default saves the default.
    assert (config != ScorerConfig()) is (chosen == "fitted")
    assert f"config hash {config.config_hash}" in text
    examples = list(read_stories(DATA / "examples" / "markdown"))
    assert f"scored {len(examples)} example stories, as the notebook does" in text
    seed = next(s for s in examples if s.id == SEED)
    result = Scorer(config).score(seed)
    assert f"diversity  {result.diversity_score:.3f}" in text
    assert f"severity   {result.severity}" in text


def test_tune_weights_sliders_redraw_and_refuse_a_bad_config(run: Any) -> None:
    # The interactive path up to the sliders, then what an analyst does with them: move
    # a weight (the output area redraws), then try thresholds out of order.
    notebook = copy.deepcopy(read("tune_weights.ipynb"))
    (parameters,) = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert "INTERACTIVE = False" in parameters.source
    parameters.source = parameters.source.replace("INTERACTIVE = False", "INTERACTIVE = True")
    (sliders,) = [i for i, c in enumerate(notebook.cells) if "ipywidgets" in c.source]
    notebook.cells = notebook.cells[: sliders + 1]
    notebook.cells.append(new_code_cell('controls["diversity__slant_spread"].value = 0.4'))
    notebook.cells.append(
        new_code_cell(
            "values = {key: w.value for key, w in controls.items()}\n"
            'update(**{**values, "threshold__high": 0.1})'
        )
    )

    notebook, _ = run("tune_weights.ipynb", notebook, key="tune_weights_sliders")

    assert stderr_of(notebook) == []
    views = [o for o in notebook.cells[sliders].outputs if WIDGET_VIEW in o.get("data", {})]
    assert len(views) == 3  # two rows of sliders and the output area
    state = notebook.metadata.widgets[WIDGET_STATE]["state"]
    drawn = [
        output
        for model in state.values()
        if model["model_name"] == "OutputModel"
        for output in model["state"].get("outputs", [])
    ]
    assert [o for o in drawn if o["output_type"] == "error"] == []
    tables = [o["data"]["text/plain"] for o in drawn if "text/html" in o.get("data", {})]
    assert tables, "moving a slider drew no metrics table"
    assert "sliders" in tables[0]
    assert (
        "not a valid config: severity.thresholds.high: must be greater than "
        "severity.thresholds.elevated (0.2), got 0.1"
    ) in text_of(notebook.cells[-1:])


def test_explore_outlets_coverage_and_layer_provenance(run: Any) -> None:
    notebook, _ = run("explore_outlets.ipynb")

    resolver = default_resolver()
    stories = list(read_stories(DATA / "labeled" / "stories"))
    resolutions = [resolver.resolve(c.url, c.name) for s in stories for c in s.citations]
    resolved = sum(r.outlet is not None for r in resolutions)
    # The example lists rate three unknown sites and give dpa another domain.
    rated = {"patriotdispatch24.com", "healthfreedomwire.net", "thelibertyledger.org"}
    gained = sum(
        r.outlet is None and r.domain in {*rated, "dpa-international.com"} for r in resolutions
    )
    assert gained >= 4
    text = text_of(notebook.cells)
    n = len(resolutions)
    assert f"{n} citations; {resolved / n:.1%} resolve to an outlet" in text
    assert (
        f"citations resolved: {resolved / n:.1%} with the bundled table, "
        f"{(resolved + gained) / n:.1%} with the layers"
    ) in text
    assert (
        "provenance of The Liberty Ledger: {'slant': 'newsroom-list', "
        "'reliability': 'my-overrides', 'category': 'newsroom-list'}"
    ) in text

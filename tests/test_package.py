"""Package-level properties: the public surface, import cost, lint and types."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import scoring

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sklearn", "matplotlib", "pyarrow", "dask", "pandas", "scipy")


def test_every_public_name_resolves() -> None:
    missing = [name for name in scoring.__all__ if not hasattr(scoring, name)]
    assert missing == []


def test_names_resolve_on_use_without_rewriting_the_namespace(
    fresh_python: Callable[[str], str],
) -> None:
    code = (
        "import scoring, types\n"
        "assert scoring.Scorer.__module__ == 'scoring.scorer.engine'\n"
        "assert isinstance(scoring.evaluate, types.ModuleType)\n"
        "print(sorted({'Scorer', 'read_stories'} & set(vars(scoring))),"
        " callable(scoring.evaluate), callable(scoring.evaluate.evaluate))"
    )
    out = fresh_python(code)
    # Only the import system adds to the root (the subpackage it loaded); no resolved name.
    assert out == "[] False True"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        scoring.nope  # noqa: B018


def test_import_loads_nothing_heavy(fresh_python: Callable[[str], str]) -> None:
    code = f"import sys, scoring\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    assert fresh_python(code) == ""


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the [dev] extra")
    return found


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_lint_and_types_are_clean(argv: list[str]) -> None:
    result = subprocess.run([_tool(argv[0]), *argv[1:]], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_dash_m_runs_the_command_line(tmp_path: Path) -> None:
    seed = ROOT / "data" / "examples" / "markdown" / "000_cfbef9151dfca824.md"
    result = subprocess.run(
        [sys.executable, "-m", "scoring", "score", str(seed)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].split()[1:3] == ["0.000", "critical"]

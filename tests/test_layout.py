"""The package keeps the layout docs/architecture.md draws.

Each subpackage imports only what its row of the table allows, and no module imports
another subpackage's private module.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "scoring"
ROW = re.compile(r"^\| `scoring\.(\w+)` \| [^|]+ \| ([^|]+) \|$")


def _allowed() -> dict[str, set[str]]:
    """Each subpackage's row: the packages it may import, as the document says."""
    rows: dict[str, set[str]] = {}
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        found = ROW.match(line)
        if found is None:
            continue
        name, may = found.group(1), found.group(2).strip()
        if may == "everything":
            rows[name] = {"*"}
        elif may == "everything above":
            rows[name] = set(rows)
        elif may == "nothing of ours":
            rows[name] = set()
        else:
            rows[name] = {part.strip() for part in may.split(",")}
    # What a package may import, it may import through: the rows are transitive.
    for name in rows:
        for other in sorted(rows[name] - {"*"}):
            rows[name] |= rows[other]
    return rows


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every ``scoring...`` module ``path`` imports, at any depth, with its line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("scoring.")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("scoring."):
            found.append((node.lineno, str(node.module)))
    return found


def _subpackage(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def test_the_table_names_every_subpackage() -> None:
    names = {_subpackage(p) for p in PACKAGE.iterdir() if not p.name.startswith("_")}
    names.discard("py.typed")
    assert set(_allowed()) == names


def test_each_subpackage_imports_only_what_its_row_allows() -> None:
    allowed = _allowed()
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = _subpackage(path)
        if own not in allowed:  # the root's lazy names, __main__, _version
            continue
        for line, module in _imports(path):
            parts = module.split(".")
            other = parts[1]
            if other == "_version":  # the package's own version, for anyone to report
                continue
            where = f"{path.relative_to(ROOT)}:{line} imports {module}"
            if other != own and "*" not in allowed[own] and other not in allowed[own]:
                wrong.append(f"{where}: not in {own}'s row")
            if other != own and any(part.startswith("_") for part in parts[2:]):
                wrong.append(f"{where}: a private module of {other}")
    assert wrong == []

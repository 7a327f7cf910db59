"""Fixtures for the batch tests: real example records, copied where a test may change them."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
LABELED = ROOT / "data" / "labeled" / "stories"


def example_lines() -> list[dict[str, Any]]:
    """The example JSON Lines stories (several languages, unknown fields, key points)."""
    return [orjson.loads(line) for line in (EXAMPLES / "stories.jsonl").read_bytes().splitlines()]


def many_lines(n: int) -> bytes:
    """``n`` stories made from the examples, each with its own id, as JSON Lines."""
    base = example_lines()
    out = []
    for i in range(n):
        story = dict(base[i % len(base)])
        story["id"] = f"{story['id'][:24]}{i:08d}"
        out.append(orjson.dumps(story))
    return b"\n".join(out) + b"\n"


@pytest.fixture
def labeled_tree(tmp_path: Path) -> Path:
    """A copy of the 181 labeled Markdown stories, in a nested folder tree."""
    root = tmp_path / "stories"
    for i, path in enumerate(sorted(LABELED.glob("*.md"))):
        folder = root / f"2025-09-{i % 3 + 10}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, folder / path.name)
    return root


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` but the manifest, by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "scoring-manifest" not in p.name
    }

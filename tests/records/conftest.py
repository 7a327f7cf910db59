"""Fixtures for the record tests: the real seed record and builders of record text."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "data" / "examples"
SEED = EXAMPLES / "markdown" / "000_cfbef9151dfca824.md"
HOSTILE = ROOT / "tests" / "data" / "hostile"


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED.read_bytes()


def record(front: str, body: str = "Ports along the coast closed on Friday.\n") -> str:
    """A Markdown record: the given front-matter lines between delimiters, then body."""
    return f"---\n{front}---\n\n{body}"

"""Shared fixtures: one default scorer on the bundled table, built once."""

from __future__ import annotations

import pytest

from scoring.records import Story
from scoring.scorer import Scorer

from .builders import load_seed


@pytest.fixture(scope="session")
def scorer() -> Scorer:
    return Scorer()


@pytest.fixture(scope="session")
def seed() -> Story:
    return load_seed()

"""Shared fixtures: a small outlet table written for these tests, and its resolver."""

from __future__ import annotations

from pathlib import Path

import pytest

from scoring.outlets import OutletTable, Resolver, load_table

HERE = Path(__file__).parent
FIXTURE_TABLE = HERE / "fixture_outlets.csv"


@pytest.fixture(scope="session")
def table() -> OutletTable:
    return load_table(FIXTURE_TABLE, bundled=False)


@pytest.fixture(scope="session")
def resolver(table: OutletTable) -> Resolver:
    return Resolver(table)

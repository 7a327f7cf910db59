"""Shared fixtures: the test outlet table, its resolver and the seed story."""

from __future__ import annotations

import pytest

from scoring.outlets import OutletTable, Resolver
from scoring.records import Story

from .builders import OUTLETS, load_seed


@pytest.fixture(scope="session")
def table() -> OutletTable:
    return OutletTable.from_outlets(OUTLETS)


@pytest.fixture(scope="session")
def resolver(table: OutletTable) -> Resolver:
    return Resolver(table)


@pytest.fixture(scope="session")
def seed() -> Story:
    return load_seed()

"""Outlet identity and labels: the tables and the offline URL-to-outlet resolver.

Example:
    >>> from scoring.outlets import Outlet, OutletTable, Resolver
    >>> table = OutletTable.from_outlets([Outlet(id="bbc", name="BBC", domains=("bbc.co.uk", "bbc.com"), category="public-broadcaster")])
    >>> Resolver(table).resolve("https://www.google.com/amp/s/www.bbc.com/news/amp/world-1").outlet.id
    'bbc'
"""

from scoring.outlets.agreement import OutletAgreement, compare_outlets, parse_column_map
from scoring.outlets.loading import (
    BUNDLED,
    TableLayer,
    bundled_table,
    default_resolver,
    load_table,
)
from scoring.outlets.model import Outlet, Resolution
from scoring.outlets.resolver import Resolver
from scoring.outlets.rows import ColumnMap
from scoring.outlets.table import OutletTable
from scoring.outlets.validate import TableProblem, validate_table

__all__ = [
    "BUNDLED",
    "ColumnMap",
    "Outlet",
    "OutletAgreement",
    "OutletTable",
    "Resolution",
    "Resolver",
    "TableLayer",
    "TableProblem",
    "bundled_table",
    "compare_outlets",
    "default_resolver",
    "load_table",
    "parse_column_map",
    "validate_table",
]

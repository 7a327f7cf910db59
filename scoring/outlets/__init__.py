"""Outlet identity and labels: the table and the offline URL-to-outlet resolver."""

from scoring.outlets.model import Outlet, Resolution
from scoring.outlets.resolver import Resolver
from scoring.outlets.table import OutletTable

__all__ = ["Outlet", "OutletTable", "Resolution", "Resolver"]

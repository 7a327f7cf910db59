"""What the features read from an outlet, derived once per outlet table.

Every story touches a handful of outlets; reading their labels, casefolding their
owner and mapping their slant to the axis again for each citation costs more than the
arithmetic of the features. The derived values are computed once per table and cached,
like the attribution name index.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from scoring.features.wires import wire_of_outlet
from scoring.outlets.model import (
    CATEGORIES,
    RELIABILITIES,
    SLANT_AXIS,
    SLANTS,
    Outlet,
    reliability_band,
)
from scoring.outlets.table import OutletTable

__all__ = ["OutletFacts", "facts_of", "table_facts"]

_SLANT_SLOTS: Final = {label: i for i, label in enumerate(SLANTS)}
_RELIABILITY_SLOTS: Final = {label: i for i, label in enumerate(RELIABILITIES)}
_CATEGORY_SLOTS: Final = {label: i for i, label in enumerate(CATEGORIES)}


@dataclass(frozen=True, slots=True)
class OutletFacts:
    """The labels of one outlet in the form the features use.

    Attributes:
        id: the outlet id (its outlet key).
        origin: :attr:`Outlet.independence_key`.
        wire: the outlet's wire name (``AP``) when its category is ``wire``, else None.
        slant: the slant label, or None when unrated.
        axis: the slant on the -2..2 axis, or None (``none`` or unrated).
        reliability: the reliability label, or None.
        category: the category.
        country: the home country, or ``""``.
        state: True for ``state-affiliated`` outlets.
        slant_slot: index of the slant in :data:`SLANTS`; ``len(SLANTS)`` when unrated.
        reliability_slot: index in :data:`RELIABILITIES` of the band of
            :attr:`Outlet.reliability_value`; ``len(RELIABILITIES)`` when unrated.
        category_slot: index in :data:`CATEGORIES`, or None for another category.
    """

    id: str
    origin: str
    wire: str | None
    slant: str | None
    axis: int | None
    reliability: str | None
    category: str
    country: str
    state: bool
    slant_slot: int
    reliability_slot: int
    category_slot: int | None


def _derive(outlet: Outlet) -> OutletFacts:
    slant = outlet.slant
    value = outlet.reliability_value
    return OutletFacts(
        id=outlet.id,
        origin=outlet.independence_key,
        wire=wire_of_outlet(outlet) if outlet.category == "wire" else None,
        slant=slant,
        axis=None if slant is None else SLANT_AXIS.get(slant),
        reliability=outlet.reliability,
        category=outlet.category,
        country=outlet.country,
        state=outlet.category == "state-affiliated",
        slant_slot=_SLANT_SLOTS.get(slant, len(SLANTS)) if slant is not None else len(SLANTS),
        # The shares read the score's band, so a score and a label that disagree (an
        # Outlet built by hand) count where the score puts them.
        reliability_slot=(
            _RELIABILITY_SLOTS[reliability_band(value)] if value is not None else len(RELIABILITIES)
        ),
        category_slot=_CATEGORY_SLOTS.get(outlet.category),
    )


@functools.lru_cache(maxsize=16)
def table_facts(table: OutletTable) -> Mapping[int, OutletFacts]:
    """Facts of every outlet of ``table``, keyed by the outlet object's ``id()``.

    The cache holds the table, so its outlets stay alive and their ids stay unique for
    as long as the entry lives; tables are immutable and hash by identity, so the cache
    is safe across threads.
    """
    return {id(outlet): _derive(outlet) for outlet in table}


def facts_of(outlet: Outlet, known: Mapping[int, OutletFacts]) -> OutletFacts:
    """Facts of ``outlet``: from ``known`` when it is one of that table's outlets.

    Example:
        >>> o = Outlet(id="ap", name="AP", domains=("apnews.com",), category="wire", slant="center")
        >>> f = facts_of(o, {})
        >>> f.wire, f.axis, f.origin
        ('AP', 0, 'outlet:ap')
    """
    facts = known.get(id(outlet))
    return facts if facts is not None else _derive(outlet)

"""An immutable outlet table with lookups by domain, handle and name."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

from scoring.errors import OutletTableError
from scoring.outlets.model import Outlet

__all__ = ["OutletTable"]


def _name_key(name: str) -> str:
    return " ".join(name.casefold().replace("the ", " ", 1).split())


class OutletTable:
    """Outlets indexed by domain, social handle and name. Immutable once built.

    Example:
        >>> t = OutletTable.from_outlets([Outlet(id="rt", name="RT", domains=("rt.com",), category="state-affiliated", handles=("x:rt_com",))])
        >>> t.by_domain("rt.com").name, t.by_handle("x", "RT_com").id
        ('RT', 'rt')
    """

    __slots__ = ("_by_domain", "_by_handle", "_by_id", "_by_name", "version")

    def __init__(
        self,
        by_id: Mapping[str, Outlet],
        by_domain: Mapping[str, Outlet],
        by_handle: Mapping[str, Outlet],
        by_name: Mapping[str, Outlet],
        version: str,
    ) -> None:
        self._by_id = MappingProxyType(dict(by_id))
        self._by_domain = MappingProxyType(dict(by_domain))
        self._by_handle = MappingProxyType(dict(by_handle))
        self._by_name = MappingProxyType(dict(by_name))
        self.version = version

    @classmethod
    def from_outlets(cls, outlets: Iterable[Outlet], *, version: str = "custom") -> OutletTable:
        """Index outlets; a domain or handle claimed by two outlets is an error."""
        by_id: dict[str, Outlet] = {}
        by_domain: dict[str, Outlet] = {}
        by_handle: dict[str, Outlet] = {}
        by_name: dict[str, Outlet] = {}
        for outlet in outlets:
            if outlet.id in by_id:
                raise OutletTableError(f"outlet id {outlet.id!r} appears twice")
            by_id[outlet.id] = outlet
            for domain in outlet.domains:
                key = domain.lower()
                if key in by_domain:
                    raise OutletTableError(
                        f"domain {domain!r} is claimed by both {by_domain[key].id!r} "
                        f"and {outlet.id!r}"
                    )
                by_domain[key] = outlet
            for handle in outlet.handles:
                key = handle.lower()
                if key in by_handle:
                    raise OutletTableError(
                        f"handle {handle!r} is claimed by both {by_handle[key].id!r} "
                        f"and {outlet.id!r}"
                    )
                by_handle[key] = outlet
            for name in (outlet.name, *outlet.aliases):
                by_name.setdefault(_name_key(name), outlet)
        return cls(by_id, by_domain, by_handle, by_name, version)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._by_id.values())

    def get(self, outlet_id: str) -> Outlet | None:
        """The outlet with this id, or None."""
        return self._by_id.get(outlet_id)

    def by_domain(self, domain: str) -> Outlet | None:
        """The outlet publishing on exactly this host or domain, or None."""
        return self._by_domain.get(domain.lower())

    def by_handle(self, platform: str, handle: str) -> Outlet | None:
        """The outlet owning ``handle`` on ``platform`` (``x``, ``youtube``, ...), or None."""
        return self._by_handle.get(f"{platform}:{handle}".lower())

    def by_name(self, name: str) -> Outlet | None:
        """The outlet with this canonical name or alias (case and a leading "The" ignored)."""
        return self._by_name.get(_name_key(name))

"""An immutable outlet table with lookups by id, domain, social handle and name."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from scoring.errors import OutletTableError
from scoring.outlets.model import Outlet

__all__ = ["OutletTable", "domain_key", "handle_key", "loose_domain_key", "name_key"]

_NAME_PUNCTUATION = str.maketrans(
    {c: " " for c in ".,;:!?'\"()[]\u00ab\u00bb\u201c\u201d\u2018\u2019"}
)


def name_key(name: str) -> str:
    """The key names are matched on: case, accents' forms, punctuation and "The" ignored.

    Example:
        >>> name_key("The  Washington Post"), name_key("THE HILL"), name_key("Reuters.")
        ('washington post', 'hill', 'reuters')
    """
    text = unicodedata.normalize("NFKC", name).casefold().translate(_NAME_PUNCTUATION)
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def domain_key(domain: str) -> str:
    """The key hosts are matched on: lower case, ASCII (punycode), no ``www.``, no dot at the end.

    Example:
        >>> domain_key("WWW.BBC.co.uk."), domain_key("Bücher.de")
        ('bbc.co.uk', 'xn--bcher-kva.de')
    """
    key = domain.strip().lower().rstrip(".").removeprefix("www.")
    if not key.isascii():
        try:
            key = key.encode("idna").decode("ascii")
        except UnicodeError:
            return key
    return key


def loose_domain_key(text: str) -> str:
    """:func:`domain_key` of a domain written loosely, as users' tables do: a URL or host.

    Example:
        >>> loose_domain_key("https://www.FoxNews.com/politics"), loose_domain_key("cnn.com:443")
        ('foxnews.com', 'cnn.com')
    """
    text = text.strip()
    if "://" in text:
        text = text.split("://", 1)[1]
    text = text.split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    return domain_key(text)


def handle_key(platform: str, handle: str) -> str:
    """The key social handles are matched on: ``platform:handle``, lower case, no ``@``.

    Example:
        >>> handle_key("X", "@RT_com")
        'x:rt_com'
    """
    return f"{platform.strip().lower()}:{handle.strip().lower().removeprefix('@')}"


class OutletTable:
    """Outlets indexed by id, domain, social handle and name. Immutable once built.

    Build it with :meth:`from_outlets`, or load the bundled and layered tables with
    :func:`scoring.outlets.load_table`. Lookups are dictionary reads, safe from any thread.

    Attributes:
        version: identifies the table's content; for loaded tables a short hash of the
            table files, so a score can say which labels it used.

    Example:
        >>> t = OutletTable.from_outlets([Outlet(id="rt", name="RT", domains=("rt.com",), category="state-affiliated", aliases=("Russia Today",), handles=("x:rt_com",))])
        >>> t.by_domain("rt.com").name, t.by_handle("x", "@RT_com").id, t.by_name("russia today").id
        ('RT', 'rt', 'rt')
    """

    __slots__ = ("_by_domain", "_by_handle", "_by_id", "_by_name", "_shared_as", "version")

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
        # Set by the loader on the process-wide bundled table: what reads it again.
        self._shared_as: Callable[[], OutletTable] | None = None

    @classmethod
    def from_outlets(cls, outlets: Iterable[Outlet], *, version: str = "custom") -> OutletTable:
        """Index outlets; an id, domain or handle claimed twice is an error.

        A canonical name wins over another outlet's alias; a name two outlets claim at
        the same rank names neither (``by_name`` gives None). The validator reports such
        conflicts in table files.

        Raises:
            OutletTableError: an id, domain or handle appears in two outlets.

        Example:
            >>> OutletTable.from_outlets([]).by_domain("bbc.co.uk") is None
            True
        """
        by_id: dict[str, Outlet] = {}
        by_domain: dict[str, Outlet] = {}
        by_handle: dict[str, Outlet] = {}
        names: dict[str, list[tuple[int, Outlet]]] = {}
        for outlet in outlets:
            if outlet.id in by_id:
                raise OutletTableError(
                    f"outlet id {outlet.id!r} appears twice; give each outlet its own id"
                )
            by_id[outlet.id] = outlet
            for domain in outlet.domains:
                key = domain_key(domain)
                if key in by_domain and by_domain[key] is not outlet:
                    raise OutletTableError(
                        f"domain {domain!r} is claimed by both {by_domain[key].id!r} "
                        f"and {outlet.id!r}; keep it in one outlet"
                    )
                by_domain[key] = outlet
            for handle in outlet.handles:
                platform, _, account = handle.partition(":")
                key = handle_key(platform, account)
                if key in by_handle and by_handle[key] is not outlet:
                    raise OutletTableError(
                        f"handle {handle!r} is claimed by both {by_handle[key].id!r} "
                        f"and {outlet.id!r}; keep it in one outlet"
                    )
                by_handle[key] = outlet
            for tier, name in enumerate((outlet.name, *outlet.aliases)):
                names.setdefault(name_key(name), []).append((min(tier, 1), outlet))
        by_name: dict[str, Outlet] = {}
        for key, claims in names.items():
            best = min(tier for tier, _ in claims)
            owners = {o.id: o for tier, o in claims if tier == best}
            # An ambiguous name is no evidence: "The Herald" is a dozen papers.
            if len(owners) == 1:
                by_name[key] = next(iter(owners.values()))
        return cls(by_id, by_domain, by_handle, by_name, version)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._by_id.values())

    def __contains__(self, outlet_id: object) -> bool:
        return outlet_id in self._by_id

    def __reduce__(self) -> tuple[Callable[..., OutletTable], tuple[Any, ...]]:
        """Pickle as its outlets and version; the bundled table as a call that reads it.

        Worker processes then read the bundled table from package data once each,
        rather than receive thousands of outlets per task.
        """
        if self._shared_as is not None:
            return self._shared_as, ()
        return _table_from, (tuple(self), self.version)

    def __repr__(self) -> str:
        return f"<OutletTable of {len(self)} outlets, version {self.version!r}>"

    def get(self, outlet_id: str) -> Outlet | None:
        """The outlet with this id, or None."""
        return self._by_id.get(outlet_id)

    def by_domain(self, domain: str) -> Outlet | None:
        """The outlet publishing on exactly this host or domain (``www.`` and case ignored), or None."""
        return self._by_domain.get(domain_key(domain))

    def by_handle(self, platform: str, handle: str) -> Outlet | None:
        """The outlet owning ``handle`` on ``platform`` (``x``, ``youtube``, ...), or None."""
        return self._by_handle.get(handle_key(platform, handle))

    def by_name(self, name: str) -> Outlet | None:
        """The outlet with this canonical name or alias (case, punctuation, leading "The" ignored).

        None when no outlet, or more than one, goes by that name.
        """
        return self._by_name.get(name_key(name))

    def domains(self) -> Mapping[str, Outlet]:
        """Every indexed domain and the outlet publishing on it (read-only view)."""
        return self._by_domain


def _table_from(outlets: tuple[Outlet, ...], version: str) -> OutletTable:
    return OutletTable.from_outlets(outlets, version=version)

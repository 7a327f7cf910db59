"""Loading the bundled outlet table and layering users' tables on top of it.

Precedence, per label: user overrides > organisation list > bundled. A layer row
matches an outlet by ``id`` or by any of its domains; every label it gives replaces the
one below, and :attr:`Outlet.source` records which layer each winning label came from.
Domains, aliases and handles a layer gives are added. A layer row that matches no outlet
adds one.

Reliability is one label given two ways: ``reliability_score`` (0..1) and the
``reliability`` band. A row giving only the score takes the band it falls in; a row giving
only the label takes the band's default score (high 0.85, mixed 0.55, low 0.20). Either
way the layer replaces both, so a layer never pairs its label with the score below it, and
:attr:`Outlet.source` records the layer under ``reliability`` for both.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal

from scoring.errors import OutletTableError
from scoring.outlets.model import BAND_DEFAULT_SCORES, Outlet, reliability_band
from scoring.outlets.rows import LABELS, ColumnMap, TableRow, TableSource, read_csv_text, read_rows
from scoring.outlets.table import OutletTable, loose_domain_key
from scoring.outlets.validate import check_rows, first_problems

if TYPE_CHECKING:
    from scoring.outlets.resolver import Resolver

__all__ = ["BUNDLED", "TableLayer", "bundled_table", "default_resolver", "load_table"]

BUNDLED: Final = "bundled"
"""Name of the bundled layer in :attr:`Outlet.source`."""

Level = Literal["organisation", "user"]
_RANK: Final[Mapping[str, int]] = MappingProxyType({"organisation": 1, "user": 2})
# Problems in these columns make a table wrong, not merely untidy: loading refuses them.
_FATAL: Final = frozenset(
    {"id", "domains", "handles", "slant", "reliability", "reliability_score", "category"}
)
_DEFAULT_SCHEME: Final = "us-left-right"
# A row matching no outlet adds one only if it rates it on at least one of these.
_RATINGS: Final = ("slant", "reliability", "category", "reliability_score")


@dataclass(frozen=True, slots=True)
class TableLayer:
    """A table to lay over the bundled one.

    Attributes:
        table: a CSV path, or rows as mappings.
        name: the layer's name in :attr:`Outlet.source`; defaults to the file's stem.
        level: ``user`` (wins over everything) or ``organisation`` (wins over bundled).
        column_map: how the table's columns and values map onto ours, or None when it
            is in the bundled format.

    Example:
        >>> TableLayer("ratings/org.csv", level="organisation").layer_name
        'org'
    """

    table: TableSource
    name: str | None = None
    level: Level = "user"
    column_map: ColumnMap | None = None

    @property
    def layer_name(self) -> str:
        """The name recorded in :attr:`Outlet.source`."""
        if self.name:
            return self.name
        if isinstance(self.table, str | os.PathLike):
            return Path(self.table).stem
        return self.level


def _bundled_files() -> list[tuple[str, str]]:
    folder = resources.files("scoring.resources").joinpath("outlets")
    files = [f for f in folder.iterdir() if f.name.endswith(".csv") and f.is_file()]
    return [(f.name, f.read_text(encoding="utf-8-sig")) for f in sorted(files, key=_name)]


def _name(f: object) -> str:
    return str(getattr(f, "name", ""))


def _digest(parts: Iterable[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for name, text in parts:
        h.update(name.encode())
        h.update(b"\0")
        h.update(text.encode())
        h.update(b"\0")
    return h.hexdigest()[:12]


def _reliability(row: TableRow) -> tuple[str, float] | None:
    """The row's reliability label and score, each completed from the other.

    None when it gives neither. The rows were validated, so a score given is a number
    in 0..1.
    """
    text = row.get("reliability_score")
    label = row.get("reliability")
    if text:
        score = float(text)
        return label or reliability_band(score), score
    if label:
        return label, BAND_DEFAULT_SCORES[label]
    return None


def _outlet(row: TableRow, layer: str, scheme: str) -> Outlet:
    domains = tuple(dict.fromkeys(loose_domain_key(d) for d in row.items("domains")))
    # An outlet that only posts on platforms is named after its first account.
    outlet_id = row.get("id") or _slug(domains[0] if domains else row.items("handles")[0])
    given = {label: row.get(label) for label in LABELS if row.get(label)}
    reliability = _reliability(row)
    if reliability is not None:
        given["reliability"] = layer
    return Outlet(
        id=outlet_id,
        name=row.get("name") or outlet_id,
        domains=domains,
        category=row.get("category"),
        slant=row.get("slant") or None,
        reliability=reliability[0] if reliability else None,
        reliability_score=reliability[1] if reliability else None,
        country=row.get("country"),
        owner=row.get("owner"),
        aliases=tuple(row.items("aliases")),
        handles=tuple(h.lower() for h in row.items("handles")),
        basis=row.get("basis"),
        as_of=row.get("as_of"),
        scheme=row.get("scheme") or scheme,
        source=MappingProxyType(dict.fromkeys(given, layer)),
    )


def _overlay(base: Outlet, row: TableRow, layer: str, scheme: str) -> Outlet:
    changes: dict[str, object] = {}
    source = dict(base.source)
    for label in LABELS:
        value = row.get(label)
        if value:
            changes[label] = value
            source[label] = layer
    reliability = _reliability(row)
    if reliability is not None:
        changes["reliability"], changes["reliability_score"] = reliability
        source["reliability"] = layer
    if row.get("slant"):
        changes["scheme"] = row.get("scheme") or scheme
    for text_field in ("name", "basis", "as_of"):
        if row.get(text_field):
            changes[text_field] = row.get(text_field)
    changes["domains"] = tuple(
        dict.fromkeys((*base.domains, *(loose_domain_key(d) for d in row.items("domains"))))
    )
    changes["aliases"] = tuple(dict.fromkeys((*base.aliases, *row.items("aliases"))))
    changes["handles"] = tuple(
        dict.fromkeys((*base.handles, *(h.lower() for h in row.items("handles"))))
    )
    changes["source"] = MappingProxyType(source)
    return replace(base, **changes)  # type: ignore[arg-type]


def _slug(domain: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", domain.lower()).strip("-")


def _check(rows: list[TableRow], *, partial: bool) -> None:
    fatal = [p for p in check_rows(rows, partial=partial) if p.field in _FATAL]
    if fatal:
        raise OutletTableError(
            "the outlet table has problems; fix these rows (see `scoring outlets validate`):\n"
            + first_problems(fatal)
        )


def _apply_layer(
    outlets: dict[str, Outlet], index: dict[str, str], layer: TableLayer, rows: list[TableRow]
) -> None:
    name = layer.layer_name
    scheme = (layer.column_map.scheme if layer.column_map else None) or _DEFAULT_SCHEME
    for row in rows:
        targets = {index[k] for d in row.items("domains") if (k := loose_domain_key(d)) in index}
        if row.get("id") in outlets:
            targets.add(row.get("id"))
        if len(targets) > 1:
            raise OutletTableError(
                f"{row.source}:{row.row}: domains: the row matches several outlets "
                f"({', '.join(sorted(targets))}); split it so each row names one outlet"
            )
        if targets:
            target = targets.pop()
            merged = _overlay(outlets[target], row, name, scheme)
        elif not any(row.get(column) for column in _RATINGS):
            # A curator's open item (a row of `scoring outlets unknown` not yet rated):
            # an outlet without labels would only hide that the source is unrated.
            continue
        else:
            merged = _outlet(row, name, scheme)
            if merged.id in outlets:
                raise OutletTableError(
                    f"{row.source}:{row.row}: id: {merged.id!r} is already an outlet with "
                    "other domains; give the row that outlet's domains or another id"
                )
        outlets[merged.id] = merged
        for domain in merged.domains:
            index[domain] = merged.id


def load_table(
    *layers: TableLayer | TableSource,
    bundled: bool = True,
) -> OutletTable:
    """Build an outlet table: the bundled one, with layers laid over it.

    Args:
        layers: tables to lay over the bundled one; a bare path or rows is a ``user``
            layer in the bundled format. Organisation layers apply before user layers;
            within a level, later layers win.
        bundled: start from the bundled table; False starts from nothing.

    Returns:
        The table; its ``version`` is a short hash of every table's content.

    Raises:
        OutletTableError: a table cannot be read, has a duplicate id, domain or handle,
            an unknown label value, or a row matching two outlets; the message names the
            file, row and column.

    Example:
        >>> t = load_table([{"domains": "example.org", "name": "Example", "category": "blog", "slant": "center"}], bundled=False)
        >>> o = t.by_domain("www.example.org")
        >>> o.id, o.slant, dict(o.source)
        ('example-org', 'center', {'slant': 'user', 'category': 'user'})
    """
    outlets: dict[str, Outlet] = {}
    index: dict[str, str] = {}
    parts: list[tuple[str, str]] = []
    if bundled:
        base = bundled_table()
        outlets = {o.id: o for o in base}
        index = {d: o.id for o in base for d in o.domains}
        parts.append((BUNDLED, base.version))
    given = [layer if isinstance(layer, TableLayer) else TableLayer(layer) for layer in layers]
    for layer in sorted(given, key=lambda item: _RANK[item.level]):
        _, rows = read_rows(layer.table, layer.column_map)
        _check(rows, partial=True)
        _apply_layer(outlets, index, layer, rows)
        parts.append((layer.layer_name, repr([dict(r.fields) for r in rows])))
    if not layers and bundled:
        return bundled_table()
    return OutletTable.from_outlets(outlets.values(), version=_digest(parts))


_BUNDLED_LOCK = threading.Lock()
_bundled: OutletTable | None = None
_resolver: Resolver | None = None


def bundled_table() -> OutletTable:
    """The bundled outlet table, read once per process from the package's data.

    Every CSV file in ``scoring/resources/outlets/`` is one part of it. Its ``version`` is
    a short hash of those files.

    Example:
        >>> bundled_table() is bundled_table()
        True
    """
    global _bundled
    with _BUNDLED_LOCK:
        if _bundled is None:
            files = _bundled_files()
            rows: list[TableRow] = []
            for name, text in files:
                rows.extend(read_csv_text(text, name)[1])
            _check(rows, partial=False)
            outlets = [_outlet(r, BUNDLED, _DEFAULT_SCHEME) for r in rows]
            _bundled = OutletTable.from_outlets(outlets, version=_digest(files))
            _bundled._shared_as = bundled_table
        return _bundled


def default_resolver() -> Resolver:
    """The process-wide resolver over the bundled table, built on first use.

    Example:
        >>> default_resolver().resolve("not a url").reason
        'unparseable'
    """
    global _resolver
    if _resolver is None:
        from scoring.outlets.resolver import Resolver

        table = bundled_table()
        with _BUNDLED_LOCK:
            if _resolver is None:
                _resolver = Resolver(table)
                _resolver._shared_as = default_resolver
    return _resolver

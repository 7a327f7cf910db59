"""Row-level checks of outlet table files.

:func:`validate_table` reads one or more tables and returns every problem it finds,
each naming the file, the row (the header is row 1), the column and what to do. Nothing
is raised for bad rows: a curator wants the whole list at once. A header that lacks
required columns is one problem, and that table's rows are not checked: every row would
only repeat that the missing columns are empty. :func:`check_tables` returns the same
problems with how much was checked, for a one-line verdict.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from scoring.outlets.model import CATEGORIES, RELIABILITIES, SLANTS, reliability_band
from scoring.outlets.platforms import PLATFORMS
from scoring.outlets.rows import (
    COLUMNS,
    EVIDENCE_COLUMNS,
    ColumnMap,
    TableRow,
    TableSource,
    read_rows,
)
from scoring.outlets.table import domain_key, handle_key, loose_domain_key, name_key

__all__ = [
    "COUNTRY_CODES",
    "TableCheck",
    "TableProblem",
    "check_rows",
    "check_tables",
    "validate_table",
]

COUNTRY_CODES: Final = frozenset(
    [
        "AD",
        "AE",
        "AF",
        "AG",
        "AI",
        "AL",
        "AM",
        "AO",
        "AQ",
        "AR",
        "AS",
        "AT",
        "AU",
        "AW",
        "AX",
        "AZ",
        "BA",
        "BB",
        "BD",
        "BE",
        "BF",
        "BG",
        "BH",
        "BI",
        "BJ",
        "BL",
        "BM",
        "BN",
        "BO",
        "BQ",
        "BR",
        "BS",
        "BT",
        "BV",
        "BW",
        "BY",
        "BZ",
        "CA",
        "CC",
        "CD",
        "CF",
        "CG",
        "CH",
        "CI",
        "CK",
        "CL",
        "CM",
        "CN",
        "CO",
        "CR",
        "CU",
        "CV",
        "CW",
        "CX",
        "CY",
        "CZ",
        "DE",
        "DJ",
        "DK",
        "DM",
        "DO",
        "DZ",
        "EC",
        "EE",
        "EG",
        "EH",
        "ER",
        "ES",
        "ET",
        "FI",
        "FJ",
        "FK",
        "FM",
        "FO",
        "FR",
        "GA",
        "GB",
        "GD",
        "GE",
        "GF",
        "GG",
        "GH",
        "GI",
        "GL",
        "GM",
        "GN",
        "GP",
        "GQ",
        "GR",
        "GS",
        "GT",
        "GU",
        "GW",
        "GY",
        "HK",
        "HM",
        "HN",
        "HR",
        "HT",
        "HU",
        "ID",
        "IE",
        "IL",
        "IM",
        "IN",
        "IO",
        "IQ",
        "IR",
        "IS",
        "IT",
        "JE",
        "JM",
        "JO",
        "JP",
        "KE",
        "KG",
        "KH",
        "KI",
        "KM",
        "KN",
        "KP",
        "KR",
        "KW",
        "KY",
        "KZ",
        "LA",
        "LB",
        "LC",
        "LI",
        "LK",
        "LR",
        "LS",
        "LT",
        "LU",
        "LV",
        "LY",
        "MA",
        "MC",
        "MD",
        "ME",
        "MF",
        "MG",
        "MH",
        "MK",
        "ML",
        "MM",
        "MN",
        "MO",
        "MP",
        "MQ",
        "MR",
        "MS",
        "MT",
        "MU",
        "MV",
        "MW",
        "MX",
        "MY",
        "MZ",
        "NA",
        "NC",
        "NE",
        "NF",
        "NG",
        "NI",
        "NL",
        "NO",
        "NP",
        "NR",
        "NU",
        "NZ",
        "OM",
        "PA",
        "PE",
        "PF",
        "PG",
        "PH",
        "PK",
        "PL",
        "PM",
        "PN",
        "PR",
        "PS",
        "PT",
        "PW",
        "PY",
        "QA",
        "RE",
        "RO",
        "RS",
        "RU",
        "RW",
        "SA",
        "SB",
        "SC",
        "SD",
        "SE",
        "SG",
        "SH",
        "SI",
        "SJ",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SR",
        "SS",
        "ST",
        "SV",
        "SX",
        "SY",
        "SZ",
        "TC",
        "TD",
        "TF",
        "TG",
        "TH",
        "TJ",
        "TK",
        "TL",
        "TM",
        "TN",
        "TO",
        "TR",
        "TT",
        "TV",
        "TW",
        "TZ",
        "UA",
        "UG",
        "UM",
        "US",
        "UY",
        "UZ",
        "VA",
        "VC",
        "VE",
        "VG",
        "VI",
        "VN",
        "VU",
        "WF",
        "WS",
        "XK",
        "YE",
        "YT",
        "ZA",
        "ZM",
        "ZW",
    ]
)
"""ISO 3166-1 alpha-2 codes, and ``XK`` (Kosovo), which is in common use."""

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_DOMAIN = re.compile(rf"^{_LABEL}(?:\.{_LABEL})+$")
_HANDLE = re.compile(r"^[a-z0-9_.@/-]{1,100}$")
_REQUIRED: Final = (
    "id",
    "name",
    "domains",
    "slant",
    "reliability",
    "category",
    "country",
    "owner",
    "basis",
    "as_of",
)


@dataclass(frozen=True, slots=True)
class TableProblem:
    """One problem in one row of a table.

    Example:
        >>> str(TableProblem("us.csv", 7, "slant", "'leftish' is not one of left, ..."))
        "us.csv:7: slant: 'leftish' is not one of left, ..."
    """

    source: str
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.row}: {self.field}: {self.message}"


@dataclass(frozen=True, slots=True)
class TableCheck:
    """What :func:`check_tables` found, and how much it checked.

    Attributes:
        problems: every problem, in file and row order.
        tables: tables read.
        rows: rows checked.
        outlets: distinct outlets among those rows (by id, else by first domain).
        skipped: rows not checked, because their table's header lacks columns.

    Example:
        >>> check_tables([{"id": "rt", "domains": "rt.com"}], partial=True).summary()
        '<rows>: 1 row, 1 outlet, no problems'
    """

    problems: tuple[TableProblem, ...]
    tables: tuple[str, ...]
    rows: int
    outlets: int
    skipped: int = 0

    def summary(self) -> str:
        """One line: the tables, rows and outlets checked, and the number of problems."""
        where = self.tables[0] if len(self.tables) == 1 else f"{len(self.tables)} tables"
        found = (
            "no problems"
            if not self.problems
            else f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}"
        )
        line = f"{where}: {_plural(self.rows, 'row')}, {_plural(self.outlets, 'outlet')}, {found}"
        if self.skipped:
            line += f"; {_plural(self.skipped, 'row')} not checked, under a header lacking columns"
        return line


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def check_tables(
    *tables: TableSource,
    column_map: ColumnMap | None = None,
    partial: bool = False,
) -> TableCheck:
    """Check tables as :func:`validate_table` does, and count what was checked.

    Example:
        >>> rows = [{"id": "rt", "domains": "rt.com"}, {"id": "bbc", "domains": "bbc.co.uk"}]
        >>> check = check_tables(rows, partial=True)
        >>> check.rows, check.outlets, check.problems
        (2, 2, ())
    """
    rows: list[TableRow] = []
    problems: list[TableProblem] = []
    names: list[str] = []
    skipped = 0
    for table in tables:
        name = os.fspath(table) if isinstance(table, str | os.PathLike) else None
        header, table_rows = read_rows(
            table, column_map, name=os.path.basename(name) if name else None
        )
        source = table_rows[0].source if table_rows else (os.path.basename(name or "<rows>"))
        names.append(source)
        missing = _missing_columns(header, partial=partial)
        # With a column map, columns it leaves unmapped are the map's business: ignored.
        unknown = (
            [c for c in header if c not in COLUMNS and c not in EVIDENCE_COLUMNS]
            if column_map is None
            else []
        )
        if missing or unknown:
            problems.append(_header_problem(source, missing, unknown))
        if missing:
            skipped += len(table_rows)
            continue
        rows.extend(table_rows)
    problems.extend(check_rows(rows, partial=partial))
    outlets = {
        row.get("id") or next(iter(row.items("domains")), "") or f"{row.source}:{row.row}"
        for row in rows
    }
    return TableCheck(tuple(problems), tuple(names), len(rows), len(outlets), skipped)


def _missing_columns(header: Sequence[str], *, partial: bool) -> list[str]:
    if partial:
        return [] if "id" in header or "domains" in header else ["domains"]
    return [c for c in _REQUIRED if c not in header]


def _header_problem(source: str, missing: Sequence[str], unknown: Sequence[str]) -> TableProblem:
    """One problem for the whole header: the columns it lacks and those we do not know."""
    parts = []
    if missing:
        parts.append(f"missing column(s) {', '.join(missing)}")
    if unknown:
        parts.append(f"unknown column(s) {', '.join(unknown)}")
    advice = (
        "rename the columns, or map them onto ours with a column map; the rows were not "
        f"checked (columns: {', '.join(COLUMNS)})"
        if missing
        else "map them onto ours with a column map, or remove them"
    )
    return TableProblem(source, 1, "header", f"{'; '.join(parts)}; {advice}")


def validate_table(
    *tables: TableSource,
    column_map: ColumnMap | None = None,
    partial: bool = False,
) -> list[TableProblem]:
    """Check tables row by row; several tables are checked together, as one table.

    Checked: the header (one problem naming the missing and unknown columns; a table
    that lacks columns has its rows skipped), missing values, ids (slug, unique), unknown
    label values, a ``reliability_score`` that is not a number in 0..1 or whose band is
    not the row's ``reliability`` label, bad country codes, malformed domains, domains and
    handles claimed by two rows, a name or alias that names two outlets, and the ``as_of``
    date.

    Args:
        tables: CSV paths, or rows as mappings.
        column_map: how the tables' columns and values map onto the bundled format.
        partial: check a layer table, whose rows only override labels: only ``domains`` or
            ``id`` is required, but every value given must be valid.

    Returns:
        The problems in file and row order; empty when the tables are clean.

    Example:
        >>> rows = [
        ...     {"id": "rt", "domains": "rt.com", "slant": "right"},
        ...     {"id": "rt-2", "domains": "RT.com|https://x", "slant": "far-right"},
        ... ]
        >>> for p in validate_table(rows, partial=True):
        ...     print(p)
        <rows>:3: domains: 'RT.com' is also in row 2 of <rows>; keep each domain in one row
        <rows>:3: domains: 'https://x' is not a host name; write it lower case, without scheme, path or www. (e.g. example.co.uk)
        <rows>:3: slant: 'far-right' is not one of left, lean-left, center, lean-right, right, none
    """
    return list(check_tables(*tables, column_map=column_map, partial=partial).problems)


def check_rows(rows: Sequence[TableRow], *, partial: bool = False) -> list[TableProblem]:
    """The problems of rows already read; see :func:`validate_table`."""
    check = _RowCheck(partial)
    for row in rows:
        check.row(row)
    return check.problems


class _RowCheck:
    """The checks of one pass over rows, with what earlier rows claimed."""

    def __init__(self, partial: bool) -> None:
        self.partial = partial
        self.problems: list[TableProblem] = []
        self.ids: dict[str, TableRow] = {}
        self.domains: dict[str, TableRow] = {}
        self.handles: dict[str, TableRow] = {}
        self.names: dict[str, tuple[TableRow, str]] = {}

    def problem(self, row: TableRow, field: str, message: str) -> None:
        """Record one problem of ``row``."""
        self.problems.append(TableProblem(row.source, row.row, field, message))

    def row(self, row: TableRow) -> None:
        """Check one row, in column order."""
        outlet_id = row.get("id")
        if not self.partial:
            for col in _REQUIRED:
                if col != "domains" and not row.get(col):
                    self.problem(row, col, "is empty; every outlet needs it")
        if outlet_id:
            self.id(row, outlet_id)
        domains = row.items("domains")
        if not domains and not row.items("handles") and (not self.partial or not outlet_id):
            self.problem(
                row,
                "domains",
                "is empty; give the hosts the outlet publishes on (or, for an outlet "
                "that only posts on platforms, its handles)",
            )
        for domain in domains:
            self.domain(row, domain)
        for handle in row.items("handles"):
            self.handle(row, handle)
        self.row_names(row, outlet_id or (domains[0] if domains else f"row {row.row}"))
        self.labels(row)

    def claim(
        self, seen: dict[str, TableRow], key: str, row: TableRow, field: str, shown: str
    ) -> None:
        """``row`` claims ``key`` of ``field``: a problem when another row claimed it."""
        other = seen.setdefault(key, row)
        if other is not row:
            # "domains" -> "each domain": the advice names one item of the column.
            item = field.removesuffix("s")
            self.problem(
                row, field, f"{shown} is also {_where(other)}; keep each {item} in one row"
            )

    def id(self, row: TableRow, outlet_id: str) -> None:
        """A slug, once across the tables."""
        if not _ID.match(outlet_id):
            self.problem(
                row,
                "id",
                f"{outlet_id!r} is not a slug; use lower-case letters, digits and "
                "single hyphens (e.g. gateway-pundit)",
            )
        elif outlet_id in self.ids:
            self.problem(row, "id", f"{outlet_id!r} is also {_where(self.ids[outlet_id])}")
        else:
            self.ids[outlet_id] = row

    def domain(self, row: TableRow, domain: str) -> None:
        """A host name (written strictly in a full table), in one row across the tables."""
        # Layers may write domains loosely (URLs, www., capitals); the bundled format not.
        key = loose_domain_key(domain) if self.partial else domain_key(domain)
        strict_ok = domain == domain.strip().lower() and not domain.startswith("www.")
        if not _DOMAIN.match(key) or (not self.partial and not strict_ok):
            self.problem(
                row,
                "domains",
                f"{domain!r} is not a host name; write it lower case, without scheme, "
                "path or www. (e.g. example.co.uk)",
            )
            if not _DOMAIN.match(key):
                return
        self.claim(self.domains, key, row, "domains", f"{domain!r}")

    def handle(self, row: TableRow, handle: str) -> None:
        """``platform:handle`` on a known platform, in one row across the tables."""
        platform, sep, account = handle.partition(":")
        if not sep or platform not in PLATFORMS:
            self.problem(
                row,
                "handles",
                f"{handle!r} is not platform:handle with a platform among "
                f"{', '.join(sorted(PLATFORMS))}",
            )
            return
        if not _HANDLE.match(account) or account.startswith("@"):
            self.problem(
                row,
                "handles",
                f"{handle!r}: write the handle lower case, without @ (e.g. x:rt_com)",
            )
            return
        self.claim(self.handles, handle_key(platform, account), row, "handles", f"{handle!r}")

    def row_names(self, row: TableRow, own: str) -> None:
        """The name and aliases, each naming one outlet (``own``) across the tables."""
        for col in ("name", "aliases"):
            names = [row.get("name")] if col == "name" else row.items("aliases")
            for name in names:
                key = name_key(name)
                if not key:
                    continue
                other = self.names.get(key)
                if other is not None and other[1] != own:
                    self.problem(
                        row,
                        col,
                        f"{name!r} also names {other[1]!r} ({_where(other[0])}); "
                        "drop the alias from one of them",
                    )
                self.names.setdefault(key, (row, own))

    def labels(self, row: TableRow) -> None:
        """The labels, score, country and date: each from its vocabulary or format."""
        for col, allowed in (
            ("slant", SLANTS),
            ("reliability", RELIABILITIES),
            ("category", CATEGORIES),
        ):
            value = row.get(col)
            if value and value not in allowed:
                self.problem(row, col, f"{value!r} is not one of {', '.join(allowed)}")
        score_problem = _score_problem(row.get("reliability_score"), row.get("reliability"))
        if score_problem:
            self.problem(row, "reliability_score", score_problem)
        country = row.get("country")
        if country and country not in COUNTRY_CODES:
            self.problem(
                row,
                "country",
                f"{country!r} is not an ISO 3166-1 alpha-2 code (e.g. US, GB, RU), upper case",
            )
        as_of = row.get("as_of")
        if as_of:
            try:
                date.fromisoformat(as_of)
            except ValueError:
                self.problem(row, "as_of", f"{as_of!r} is not a date written YYYY-MM-DD")


def _score_problem(text: str, label: str) -> str | None:
    """What is wrong with a row's ``reliability_score`` beside its label, or None."""
    if not text:
        return None
    try:
        score = float(text)
    except ValueError:
        score = math.nan
    if not 0.0 <= score <= 1.0:
        return (
            f"{text!r} is not a number from 0 to 1; map another scale with the column "
            "map's scale = [low, high]"
        )
    band = reliability_band(score)
    if label in RELIABILITIES and label != band:
        return (
            f"{text} lies in the {band!r} band (high >= 0.70, mixed >= 0.40, low below), "
            f"but the row's reliability is {label!r}; change one so they agree"
        )
    return None


def _where(row: TableRow) -> str:
    return f"in row {row.row} of {row.source}"


def first_problems(problems: Iterable[TableProblem], limit: int = 10) -> str:
    """Problems as lines for an error message, at most ``limit`` of them."""
    items = list(problems)
    lines = [str(p) for p in items[:limit]]
    if len(items) > limit:
        lines.append(f"... and {len(items) - limit} more")
    return "\n".join(lines)

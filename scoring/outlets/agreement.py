"""Agreement of the outlet table with a rating list a user holds.

A user's list (their own ratings, or a licensed export they are entitled to) is read
through a :class:`~scoring.outlets.ColumnMap`, matched row by row to the table's outlets
(by domain, then id, then name), and compared label by label: coverage, exact and
within-one-step slant agreement, Cohen's kappa, reliability rank correlation, and the
rows on which the two disagree most, each with the table layer our label came from.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from scoring.errors import OutletTableError
from scoring.metrics import EvaluationError, cohen_kappa, spearman
from scoring.outlets.model import RELIABILITIES, SLANT_AXIS, SLANTS, Outlet
from scoring.outlets.resolver import Resolver
from scoring.outlets.rows import ColumnMap, TableRow, read_rows
from scoring.outlets.table import OutletTable, loose_domain_key

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DISAGREEMENT_COLUMNS", "OutletAgreement", "compare_outlets", "parse_column_map"]

RELIABILITY_RANK: Mapping[str, int] = {"low": 0, "mixed": 1, "high": 2}
"""Our reliability labels on an ordinal scale, for rank correlation."""

ERR_NO_KEY = (
    "the rating list has no 'domains', 'id' or 'name' column after mapping; "
    "map the column holding the site with --column-map domains=<their column>"
)
ERR_NO_LABEL = (
    "the rating list has neither a 'slant' nor a 'reliability' column after mapping; "
    "map one with --column-map slant=<their column> or reliability=<their column>"
)
ERR_PAIR = "{what} {text!r} is not of the form {form}; e.g. {example}"

DISAGREEMENT_COLUMNS = (
    "row",
    "theirs",
    "outlet",
    "our_slant",
    "their_slant",
    "slant_steps",
    "our_reliability",
    "their_reliability",
    "reliability_steps",
    "slant_source",
    "reliability_source",
)


@dataclass(frozen=True)
class OutletAgreement:
    """How far the outlet table agrees with a rating list.

    Attributes:
        n_rows: rows of the rating list.
        n_matched: rows matched to an outlet of the table.
        coverage: ``n_matched / n_rows``.
        slant_pairs: matched rows where both sides place the outlet on the slant axis.
        slant_exact: share of ``slant_pairs`` with the same slant.
        slant_within_one: share of ``slant_pairs`` at most one step apart.
        slant_kappa: Cohen's kappa of the two slant labellings over ``slant_pairs``.
        slant_kappa_linear: linearly weighted kappa, which counts near misses partly.
        reliability_pairs: matched rows where both sides rate reliability.
        reliability_exact: share of ``reliability_pairs`` with the same label (NaN when
            their reliability is numeric).
        reliability_spearman: Spearman rank correlation of the two reliabilities.
        unmatched: their key (domain, id or name) of each row the table does not know.
        unmapped: values of their list, by our column, that are not in our vocabulary
            after the value map; fix the map to count them.
        disagreements: matched rows whose labels differ by at least one step, largest
            difference first (see :data:`DISAGREEMENT_COLUMNS`); ``*_source`` names the
            table layer our label came from.
    """

    n_rows: int
    n_matched: int
    coverage: float
    slant_pairs: int
    slant_exact: float
    slant_within_one: float
    slant_kappa: float
    slant_kappa_linear: float
    reliability_pairs: int
    reliability_exact: float
    reliability_spearman: float
    unmatched: tuple[str, ...]
    unmapped: Mapping[str, Mapping[str, int]]
    disagreements: pd.DataFrame = field(repr=False)

    def to_dict(self, *, top: int = 10) -> dict[str, Any]:
        """JSON-ready: every figure, the unmatched keys and the ``top`` disagreements."""
        worst = self.disagreements.head(top).astype(object)
        worst = worst.where(worst.notna(), None)
        return {
            "n_rows": self.n_rows,
            "n_matched": self.n_matched,
            "coverage": _json_float(self.coverage),
            "slant": {
                "pairs": self.slant_pairs,
                "exact": _json_float(self.slant_exact),
                "within_one": _json_float(self.slant_within_one),
                "kappa": _json_float(self.slant_kappa),
                "kappa_linear": _json_float(self.slant_kappa_linear),
            },
            "reliability": {
                "pairs": self.reliability_pairs,
                "exact": _json_float(self.reliability_exact),
                "spearman": _json_float(self.reliability_spearman),
            },
            "unmatched": list(self.unmatched),
            "unmapped": {k: dict(v) for k, v in self.unmapped.items()},
            "disagreements": worst.to_dict("records"),
        }

    def summary(self, *, top: int = 10) -> str:
        """A plain-text summary: the figures, then the ``top`` disagreements as a table."""
        import pandas as pd

        def pct(value: float) -> str:
            return "n/a" if math.isnan(value) else f"{value:.1%}"

        def num(value: float) -> str:
            return "n/a" if math.isnan(value) else f"{value:.3f}"

        lines = [
            f"coverage              {self.n_matched}/{self.n_rows} rows matched ({pct(self.coverage)})",
            f"slant pairs           {self.slant_pairs} (both on the left-right axis)",
            f"slant exact           {pct(self.slant_exact)}",
            f"slant within one step {pct(self.slant_within_one)}",
            f"slant Cohen's kappa   {num(self.slant_kappa)} (linear-weighted {num(self.slant_kappa_linear)})",
            f"reliability pairs     {self.reliability_pairs}",
            f"reliability exact     {pct(self.reliability_exact)}",
            f"reliability Spearman  {num(self.reliability_spearman)}",
        ]
        for column, values in self.unmapped.items():
            listed = ", ".join(f"{v!r} ({n})" for v, n in values.items())
            lines.append(f"unmapped {column} values (add them to --value-map): {listed}")
        if self.unmatched:
            shown = ", ".join(self.unmatched[:top])
            more = f" and {len(self.unmatched) - top} more" if len(self.unmatched) > top else ""
            lines.append(f"not in the table: {shown}{more}")
        worst = self.disagreements.head(top)
        if worst.empty:
            lines.append("no disagreements")
            return "\n".join(lines)
        lines.append("")
        lines.append(f"largest disagreements (top {len(worst)}):")
        columns = list(DISAGREEMENT_COLUMNS)
        cells = [
            ["-" if pd.isna(v) else (f"{v:+.0f}" if isinstance(v, float) else str(v)) for v in row]
            for row in worst[columns].itertuples(index=False)
        ]
        widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
        for row in [columns, *cells]:
            lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        return "\n".join(lines)


def _json_float(value: float) -> float | None:
    return None if math.isnan(value) else value


def _split_pairs(text: str, what: str, example: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for part in text.split(","):
        if not part.strip():
            continue
        left, sep, right = part.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise OutletTableError(
                ERR_PAIR.format(what=what, text=part, form="OURS=THEIRS", example=example)
            )
        pairs.append((left.strip(), right.strip()))
    return pairs


def parse_column_map(
    columns: str | None = None, values: Sequence[str] = (), *, scheme: str | None = None
) -> ColumnMap:
    """Build a :class:`~scoring.outlets.ColumnMap` from command-line text.

    Args:
        columns: ``ours=theirs`` pairs separated by commas (``domains=Site,slant=Lean``);
            a path ending in ``.toml`` reads a column map file instead.
        values: one item per column, ``column:theirs=ours,theirs=ours``
            (``slant:Far L=left,Mid=center``).
        scheme: the slant scheme of their list, if not ours.

    Raises:
        OutletTableError: a pair is malformed or names a column we do not have.

    Example:
        >>> m = parse_column_map("domains=Site,slant=Lean", ["slant:Far L=left, Mid=center"])
        >>> m.columns, m.values
        ({'Site': 'domains', 'Lean': 'slant'}, {'slant': {'Far L': 'left', 'Mid': 'center'}})
    """
    from scoring.outlets.rows import COLUMNS

    if columns and columns.endswith(".toml"):
        base = ColumnMap.from_toml(columns)
    else:
        mapped: dict[str, str] = {}
        for ours, theirs in _split_pairs(columns or "", "column pair", "domains=Site"):
            if ours not in COLUMNS:
                raise OutletTableError(
                    f"column pair {ours}={theirs}: {ours!r} is not one of our columns "
                    f"({', '.join(COLUMNS)}); write OURS=THEIRS"
                )
            mapped[theirs] = ours
        base = ColumnMap(columns=mapped)
    value_maps = {k: dict(v) for k, v in base.values.items()}
    for item in values:
        column, sep, rest = item.partition(":")
        if not sep or column.strip() not in COLUMNS:
            raise OutletTableError(
                ERR_PAIR.format(
                    what="value map",
                    text=item,
                    form="COLUMN:THEIRS=OURS,...",
                    example="slant:Far L=left,Mid=center",
                )
            )
        pairs = _split_pairs(rest, "value pair", "Far L=left")
        value_maps.setdefault(column.strip(), {}).update(dict(pairs))
    return base.model_copy(update={"values": value_maps, "scheme": scheme or base.scheme})


def _match(row: TableRow, table: OutletTable, resolver: Resolver) -> tuple[Outlet | None, str]:
    for domain in row.items("domains"):
        key = loose_domain_key(domain)
        outlet = resolver.resolve_domain(key)
        if outlet is not None:
            return outlet, key
    outlet_id = row.get("id")
    if outlet_id and table.get(outlet_id) is not None:
        return table.get(outlet_id), outlet_id
    name = row.get("name")
    if name and table.by_name(name) is not None:
        return table.by_name(name), name
    key = next(iter(row.items("domains")), "") or outlet_id or name
    return None, key


def _their_reliability(text: str) -> float | None:
    if text in RELIABILITY_RANK:
        return float(RELIABILITY_RANK[text])
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


@dataclass
class _Tally:
    """What the rows of a rating list add up to, as they are read."""

    unmatched: list[str] = field(default_factory=list)
    unmapped: dict[str, Counter[str]] = field(default_factory=dict)
    records: list[dict[str, Any]] = field(default_factory=list)
    slant_ours: list[int] = field(default_factory=list)
    slant_theirs: list[int] = field(default_factory=list)
    rel_ours: list[float] = field(default_factory=list)
    rel_theirs: list[float] = field(default_factory=list)
    # Exact reliability agreement only means something when theirs are labels, not scores.
    rel_labels: bool = True

    def read(self, row: TableRow, table: OutletTable, resolver: Resolver) -> None:
        """Count one row: its vocabulary, whether it matched, and its label pairs."""
        slant = row.get("slant")
        if slant and slant not in SLANTS:
            self.unmapped.setdefault("slant", Counter())[slant] += 1
        reliability = row.get("reliability")
        their_rel = _their_reliability(reliability) if reliability else None
        if reliability and their_rel is None:
            self.unmapped.setdefault("reliability", Counter())[reliability] += 1
        if reliability and reliability not in RELIABILITIES and their_rel is not None:
            self.rel_labels = False
        outlet, key = _match(row, table, resolver)
        if outlet is None:
            self.unmatched.append(key)
            return
        self.records.append(
            {
                "row": f"{row.source}:{row.row}",
                "theirs": key,
                "outlet": outlet.id,
                "our_slant": outlet.slant,
                "their_slant": slant or None,
                "slant_steps": self._slant_steps(outlet, slant),
                "our_reliability": outlet.reliability,
                "their_reliability": reliability or None,
                "reliability_steps": self._reliability_steps(outlet, reliability, their_rel),
                "slant_source": outlet.source.get("slant"),
                "reliability_source": outlet.source.get("reliability"),
            }
        )

    def _slant_steps(self, outlet: Outlet, slant: str) -> float:
        if outlet.slant is None or outlet.slant not in SLANT_AXIS or slant not in SLANT_AXIS:
            return math.nan
        ours, theirs = SLANT_AXIS[outlet.slant], SLANT_AXIS[slant]
        self.slant_ours.append(ours)
        self.slant_theirs.append(theirs)
        return float(theirs - ours)

    def _reliability_steps(self, outlet: Outlet, text: str, theirs: float | None) -> float:
        rank = RELIABILITY_RANK.get(outlet.reliability or "")
        if rank is None or theirs is None:
            return math.nan
        ours = float(rank)
        self.rel_ours.append(ours)
        self.rel_theirs.append(theirs)
        # A score's difference from our rank is no number of steps.
        return theirs - ours if text in RELIABILITY_RANK else math.nan

    def disagreements(self) -> pd.DataFrame:
        """The matched rows whose labels differ, largest difference first."""
        import pandas as pd

        frame = pd.DataFrame.from_records(self.records, columns=list(DISAGREEMENT_COLUMNS))
        if frame.empty:
            return frame
        size = frame["slant_steps"].abs().fillna(0) + frame["reliability_steps"].abs().fillna(0)
        return (
            frame.assign(_size=size)[size > 0]
            .sort_values(["_size", "row"], ascending=[False, True], kind="stable")
            .drop(columns="_size")
            .reset_index(drop=True)
        )

    def agreement(self, n_rows: int) -> OutletAgreement:
        """The figures over every row read."""
        n_slant, n_rel = len(self.slant_ours), len(self.rel_ours)
        steps = [abs(a - b) for a, b in zip(self.slant_ours, self.slant_theirs, strict=True)]
        rel_same = sum(a == b for a, b in zip(self.rel_ours, self.rel_theirs, strict=True))
        return OutletAgreement(
            n_rows=n_rows,
            n_matched=len(self.records),
            coverage=len(self.records) / n_rows,
            slant_pairs=n_slant,
            slant_exact=steps.count(0) / n_slant if n_slant else math.nan,
            slant_within_one=sum(d <= 1 for d in steps) / n_slant if n_slant else math.nan,
            slant_kappa=cohen_kappa(self.slant_ours, self.slant_theirs),
            slant_kappa_linear=cohen_kappa(self.slant_ours, self.slant_theirs, weights="linear"),
            reliability_pairs=n_rel,
            reliability_exact=rel_same / n_rel if n_rel and self.rel_labels else math.nan,
            reliability_spearman=spearman(self.rel_ours, self.rel_theirs),
            unmatched=tuple(self.unmatched),
            unmapped={k: dict(sorted(v.items())) for k, v in self.unmapped.items()},
            disagreements=self.disagreements(),
        )


def compare_outlets(
    ratings: str | os.PathLike[str] | Sequence[Mapping[str, str]],
    *,
    column_map: ColumnMap | None = None,
    table: OutletTable | None = None,
) -> OutletAgreement:
    """Compare the outlet table with a rating list.

    Args:
        ratings: a CSV path, or rows as mappings.
        column_map: how their columns and values map onto ours; None when the list is
            in the bundled format. Their reliability may also be a number (a score):
            only its rank is compared then.
        table: the outlet table (bundled plus layers); the bundled table when None.

    Returns:
        An :class:`OutletAgreement`.

    Raises:
        OutletTableError: the list cannot be read, or has no key or label column.
        EvaluationError: the list has no rows.

    Example:
        >>> from scoring.outlets import OutletTable, Outlet
        >>> t = OutletTable.from_outlets([Outlet(id="a", name="A", domains=("a.com",), category="mainstream", slant="left", reliability="high")])
        >>> m = ColumnMap(columns={"Site": "domains", "Lean": "slant"}, values={"slant": {"L": "left"}})
        >>> r = compare_outlets([{"Site": "https://www.a.com/", "Lean": "L"}, {"Site": "b.org", "Lean": "L"}], column_map=m, table=t)
        >>> r.coverage, r.slant_exact, r.unmatched
        (0.5, 1.0, ('b.org',))
    """
    from scoring.outlets.loading import bundled_table

    table = table if table is not None else bundled_table()
    resolver = Resolver(table)
    header, rows = read_rows(ratings, column_map)
    if not rows:
        raise EvaluationError("the rating list has no rows; give a CSV with a header and rows")
    if not {"domains", "id", "name"} & set(header):
        raise OutletTableError(ERR_NO_KEY)
    if not {"slant", "reliability"} & set(header):
        raise OutletTableError(ERR_NO_LABEL)
    tally = _Tally()
    for row in rows:
        tally.read(row, table, resolver)
    return tally.agreement(len(rows))

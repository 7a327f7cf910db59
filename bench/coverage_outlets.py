"""Coverage of the bundled outlet table on the citation sample in ``data/citations/``.

Prints the share of real-news citation URLs that resolve to an outlet with a slant (or
an explicit ``none``), the commonest misses, and the reasons given for the other kinds
of citation (social, shorteners, aggregators, institutions, junk).

Run: ``python bench/coverage_outlets.py``
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path

from scoring.outlets import Resolver, default_resolver

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "citations" / "citations.csv"


def coverage(
    resolver: Resolver, sample: Path = SAMPLE
) -> tuple[float, Counter[str], dict[str, Counter[str]]]:
    """Share of news URLs with a slant, misses by host, and reasons by kind."""
    with sample.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    news = hits = 0
    misses: Counter[str] = Counter()
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        res = resolver.resolve(row["url"], row["name"] or None)
        reasons[row["kind"]][res.reason] += 1
        if row["kind"] != "news":
            continue
        news += 1
        if res.outlet is not None and res.outlet.slant is not None:
            hits += 1
        else:
            misses[res.host or row["url"]] += 1
    return (hits / news if news else 0.0), misses, reasons


def main() -> None:
    """Print how many of the sample's citations the outlet table resolves."""
    resolver = default_resolver()
    share, misses, reasons = coverage(resolver)
    print(f"table {resolver.table.version}: {len(resolver.table)} outlets")
    total = sum(reasons["news"].values())
    print(f"news citations with an outlet and a slant: {share:.1%} of {total}")
    print("commonest misses:")
    for host, n in misses.most_common(25):
        print(f"  {n:4d}  {host}")
    for kind, counter in sorted(reasons.items()):
        print(f"{kind:12s} " + ", ".join(f"{r}={n}" for r, n in counter.most_common()))


if __name__ == "__main__":
    main()

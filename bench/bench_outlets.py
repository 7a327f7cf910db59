"""Resolver speed: lookups per second over 100,000 mixed citation URLs, cold and warm.

The URLs are the citation sample in ``data/citations/`` (news, wrapped and AMP forms,
social posts, shorteners, aggregators, junk), made distinct by a query parameter and
cycled to 100,000. The baseline is bare ``urllib.parse.urlsplit`` over the same URLs in
the same run, so the ratios travel between machines.

- build: constructing a resolver and loading the public suffix snapshot, once;
- cold: a fresh resolver over the bundled table, each URL seen once (the per-host cache
  fills as it goes, as it would in a batch);
- warm: the same URLs again, answered from the per-input cache (sized to hold them).

Run: ``python bench/bench_outlets.py``
"""

from __future__ import annotations

import contextlib
import csv
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from scoring.outlets import Resolver, bundled_table

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "citations" / "citations.csv"
N = 100_000


def _urls() -> list[tuple[str, str | None]]:
    with SAMPLE.open(encoding="utf-8", newline="") as f:
        rows = [(r["url"], r["name"] or None) for r in csv.DictReader(f)]
    out = []
    for i in range(N):
        url, name = rows[i % len(rows)]
        sep = "&" if "?" in url else "?"
        out.append((f"{url}{sep}n={i}" if "://" in url else url, name))
    return out


def _rate(fn: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    fn()
    return n / (time.perf_counter() - start)


def main() -> None:
    """Time URL resolution against its baselines and print the figures."""
    urls = _urls()
    table = bundled_table()
    plain = [u for u, _ in urls]

    def baseline() -> None:
        for u in plain:
            with contextlib.suppress(ValueError):
                urlsplit(u)

    base = max(_rate(baseline, N) for _ in range(3))
    start = time.perf_counter()
    resolver = Resolver(table, cache_size=2 * N)
    resolver.resolve("https://example.com/")  # loads the public suffix snapshot
    resolver.cache_clear()
    build = time.perf_counter() - start

    def run() -> None:
        resolve = resolver.resolve
        for u, name in urls:
            resolve(u, name)

    cold = _rate(run, N)
    warm = max(_rate(run, N) for _ in range(3))
    print(f"table: {len(table)} outlets, version {table.version}; {N:,} mixed URLs")
    print(f"resolver build:    {build * 1000:12,.0f} ms (table already loaded)")
    print(f"urlsplit baseline: {base:12,.0f} /s")
    print(f"resolve cold:      {cold:12,.0f} /s  ({cold / base:.2f}x urlsplit)")
    print(f"resolve warm:      {warm:12,.0f} /s  ({warm / base:.2f}x urlsplit)")


if __name__ == "__main__":
    main()

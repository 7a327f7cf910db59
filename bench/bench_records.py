"""Benchmark: stories per second reading and writing JSON Lines and a Markdown directory.

Generates seed-like records in a temporary directory (several citations, a few
kilobytes of body, naive ISO timestamps, unknown fields), then prints stories/s for each
job and the ratio of ``read_stories`` on JSON Lines to bare ``orjson.loads`` per line of
the same file (target: within 3x).

    .venv/bin/python bench/bench_records.py            # default size, well under a minute
    .venv/bin/python bench/bench_records.py --n 50000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import orjson
from _corpus import story_record

from scoring.records import Story, read_stories, write_stories


def _rate(label: str, n: int, job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {n / seconds:>10,.0f} stories/s  ({seconds:.2f} s)")
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="stories (default 20000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    args = parser.parse_args(argv)
    n: int = args.n
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "stories.jsonl"
        with source.open("wb") as fh:
            for i in range(n):
                fh.write(
                    orjson.dumps(
                        story_record(i, rng, max_citations=4, words=(300, 700), max_posts=1)
                    )
                    + b"\n"
                )
        size = source.stat().st_size
        print(f"{n:,} seed-like stories, {size / n:,.0f} bytes each on average\n")

        def bare() -> None:
            loads = orjson.loads
            with source.open("rb") as fh:
                for line in fh:
                    loads(line)

        def read_jsonl() -> None:
            for _ in read_stories(source):
                pass

        bare_s = _rate("bare orjson.loads per line", n, bare)
        read_s = _rate("read_stories, JSON Lines", n, read_jsonl)
        stories: list[Story] = list(read_stories(source))
        _rate("write_stories, JSON Lines", n, lambda: write_stories(stories, work / "out.jsonl"))
        markdown = work / "markdown"
        _rate("write_stories, Markdown directory", n, lambda: write_stories(stories, markdown))
        from_markdown: list[Story] = []
        _rate(
            "read_stories, Markdown directory",
            n,
            lambda: from_markdown.extend(read_stories(markdown)),
        )
        rescored = [s.with_scores(diversity_score=0.5, severity="elevated") for s in from_markdown]
        _rate(
            "rewrite Markdown with new scores",
            n,
            lambda: write_stories(rescored, work / "rescored"),
        )
        print(
            f"\nread_stories / bare orjson.loads on JSON Lines: {read_s / bare_s:.2f}x (target <= 3x)"
        )


if __name__ == "__main__":
    main()

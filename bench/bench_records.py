"""Benchmark: stories per second reading and writing JSON Lines and a Markdown directory.

Generates seed-like records in a temporary directory (several citations, a few
kilobytes of body, naive ISO timestamps, unknown fields), then prints stories/s for each
job and the ratio of ``read_stories`` on JSON Lines to bare ``orjson.loads`` per line of
the same file (target: within 3x).

Then reads large hostile front matter (a base-60-looking value, an integer of millions of
digits, a list over the cap on values) and prints seconds per MB for each, as a ratio to
plain text of the same size (target: every one within a few times of plain text, and a
10 MB front matter well under 5 s).

    .venv/bin/python bench/bench_records.py            # default size, well under a minute
    .venv/bin/python bench/bench_records.py --n 50000
    .venv/bin/python bench/bench_records.py --front-matter-only
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

from scoring.errors import RecordError
from scoring.records import MAX_RECORD_BYTES, Origin, Story, read_stories, write_stories
from scoring.records.markdown import read_markdown_bytes

_CITATION = (
    "- name: Reuters\n  url: https://www.reuters.com/world/x\n  published_at: 2025-09-12T12:00:56\n"
)
# name -> front matter of about ``size`` bytes (after "id: ...").
FRONT_MATTER: dict[str, Callable[[int], str]] = {
    "plain text (baseline)": lambda size: "note: " + "word " * (size // 5),
    "base-60-looking value": lambda size: "note: 1" + ":59" * (size // 3),
    "integer of millions of digits": lambda size: "note: " + "7" * size,
    "list over the cap on values": lambda size: "note: [" + "1," * (size // 2) + "1]",
    "citations": lambda size: "citations:\n" + _CITATION * (size // len(_CITATION)),
}


def _front_matter_seconds(front: str) -> tuple[float, int, str]:
    raw = ("---\nid: a1\n" + front + "\n---\n\nBody.\n").encode()
    start = time.perf_counter()
    try:
        read_markdown_bytes(raw, Origin("bench.md"), MAX_RECORD_BYTES)
        outcome = "read"
    except RecordError as exc:
        outcome = f"refused: {type(exc).__name__}"
    return time.perf_counter() - start, len(raw), outcome


def front_matter(sizes: list[float]) -> None:
    """Print seconds per MB reading large hostile front matter, as ratios to plain text."""
    print("front matter of hostile content, seconds per MB (ratio to plain text):")
    for mb in sizes:
        size = int(mb * 1_000_000) - 100
        base = 0.0
        for name, build in FRONT_MATTER.items():
            seconds, n, outcome = _front_matter_seconds(build(size))
            per_mb = seconds / (n / 1e6)
            base = base or per_mb  # the first entry is the baseline
            print(
                f"  {name:<31} {n / 1e6:5.1f} MB {seconds:7.3f} s {per_mb:8.3f} s/MB "
                f"{per_mb / base:6.1f}x  {outcome}"
            )


def _rate(label: str, n: int, job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {n / seconds:>10,.0f} stories/s  ({seconds:.2f} s)")
    return seconds


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark named by the command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="stories (default 20000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument(
        "--front-matter-mb",
        type=float,
        nargs="+",
        default=[0.3, 3.0, 10.0],
        metavar="MB",
        help="sizes of the hostile front matter (default 0.3 3 10)",
    )
    parser.add_argument(
        "--front-matter-only", action="store_true", help="only the hostile front matter"
    )
    args = parser.parse_args(argv)
    if args.front_matter_only:
        front_matter(args.front_matter_mb)
        return
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
    print()
    front_matter(args.front_matter_mb)


if __name__ == "__main__":
    main()

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
from typing import Any

import orjson

from scoring.records import Story, read_stories, write_stories

_OUTLETS = [
    ("Reuters", "https://www.reuters.com/world/europe/"),
    ("Associated Press", "https://apnews.com/article/"),
    ("BBC News", "https://www.bbc.com/news/world-"),
    ("The Gateway Pundit", "https://www.thegatewaypundit.com/2025/09/"),
    ("RT", "https://www.rt.com/news/"),
    ("Le Monde", "https://www.lemonde.fr/international/article/2025/09/12/"),
    ("Der Spiegel", "https://www.spiegel.de/ausland/"),
]
_WORDS = (  # noqa: SIM905 - prose reads better than a list literal
    "Lukashenko released prisoners after an appeal from Washington envoy talks sanctions "
    "relief airline embassy Minsk Vilnius delegation reported statement president "
    "pic.twitter.com/dLFZKkTzpK — RT (@RT_com) September 11, 2025 “quoted” \u2018said\u2019"
).split()


def _record(i: int, rng: random.Random) -> dict[str, Any]:
    citations = [
        {
            "name": name,
            "url": f"{base}{rng.getrandbits(48):x}-story-{i}",
            "published_at": f"2025-09-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:56",
        }
        for name, base in rng.sample(_OUTLETS, rng.randint(1, 4))
    ]
    body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(300, 700)))
    return {
        "id": f"{rng.getrandbits(128):032x}",
        "title": f"Story {i}: " + " ".join(rng.choice(_WORDS) for _ in range(12)),
        "severity": "normal",
        "diversity_score": 0.0,
        "updated_at": "2025-09-12T18:22:22.961391",
        "created_at": "2025-09-12T18:22:22.961384",
        "key_points": [],
        "citations": citations,
        "lang": "en",
        "body": body,
    }


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
                fh.write(orjson.dumps(_record(i, rng)) + b"\n")
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

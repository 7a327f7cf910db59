"""Feature extraction speed on seed-like stories, against resolving their citations alone.

Prints stories/s for ``extract_features`` on ~3 KB stories with 1 to 10 citations (the
resolver warm), stories/s for just resolving the same citations in the same run, and
their ratio; stories/s on the HTML article pages of the embed tests (parsed for visible
text and structural embeds) against the seed's plain-text body in the same run; then the
time ``find_embeds`` takes on 1 MB adversarial bodies.

Run: ``.venv/bin/python bench/bench_features.py [--stories N] [--repeat R]``
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from scoring.features import extract_features
from scoring.features.embeds import find_embeds
from scoring.outlets import Resolver, default_resolver
from scoring.records import Citation, Story

SEED = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "features"
    / "data"
    / "seed_belarus_rt_embeds.md"
)
HTML_PAGES = SEED.parent / "html"
DATELINE = "MINSK, Belarus (AP) — "
ADVERSARIAL = {
    "@ run": "@" * 1_000_000,
    "( run": "(" * 1_000_000,
    "— run": "—" * 1_000_000,
    "http run": "http" * 250_000,
    "space run": " " * 1_000_000,
    "(@ run": "(@" * 500_000,
    "signatures": "a. b — RT (@RT_com) September 11, 2025 " * 25_000,
    "blockquotes": '<blockquote class="twitter-tweet">' * 29_000,
    "divs": "<div>" * 200_000,
}


def _seed_body() -> str:
    return SEED.read_text(encoding="utf-8").split("---\n", 2)[2].strip("\n")


def _stories(resolver: Resolver, count: int, rng: random.Random) -> list[Story]:
    domains = sorted(d for outlet in resolver.table for d in outlet.domains)
    seed = _seed_body()
    # The seed as is (four embedded posts), and its text as a wire copy without them.
    plain = DATELINE + seed.replace("pic.twitter.com", "").replace("(@RT_com)", "RT")
    bodies = [seed, plain]
    stories = []
    for i in range(count):
        citations = [
            Citation(
                name=f"Outlet {j}",
                url=f"https://www.{rng.choice(domains)}/2025/09/11/belarus-prisoners-{i}-{j}/",
                published_at=f"2025-09-{11 + j % 3:02d}T12:00:00",
            )
            for j in range(rng.randint(1, 10))
        ]
        stories.append(Story(id=str(i), citations=tuple(citations), body=bodies[i % 2]))
    return stories


def _rate(run: object, stories: list[Story], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run(stories)  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return len(stories) / best


def main() -> None:
    """Time feature extraction over seed-like stories and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    resolver = default_resolver()
    stories = _stories(resolver, args.stories, random.Random(0))

    def extract(batch: list[Story]) -> None:
        for story in batch:
            extract_features(story, resolver)

    def resolve(batch: list[Story]) -> None:
        for story in batch:
            for citation in story.citations:
                resolver.resolve(citation.url, citation.name)

    extract(stories)  # warm the resolver and the name index
    base = _rate(resolve, stories, args.repeat)
    full = _rate(extract, stories, args.repeat)
    citations = sum(len(s.citations) for s in stories) / len(stories)
    size = sum(len(s.body) for s in stories) / len(stories)
    print(f"stories: {len(stories)}, {citations:.1f} citations and {size:.0f} body chars each")
    print(f"resolve citations only: {base:10,.0f} stories/s")
    print(f"extract_features:       {full:10,.0f} stories/s")
    print(f"ratio extract/resolve:  {base / full:10.2f}x the time of resolving alone")
    with_posts = _rate(extract, stories[0::2], args.repeat)
    without = _rate(extract, stories[1::2], args.repeat)
    print(f"  seed body, 4 embedded posts:   {with_posts:10,.0f} stories/s")
    print(f"  wire copy, no embedded posts:  {without:10,.0f} stories/s")
    pages = [
        Story(id=p.name, body=p.read_text(encoding="utf-8"))
        for p in sorted(HTML_PAGES.glob("*.html"))
    ]
    html_size = sum(len(s.body) for s in pages) / len(pages)
    html_rate = _rate(extract, pages * 50, args.repeat)
    print(f"  HTML pages ({len(pages)}, {html_size:.0f} chars each): {html_rate:8,.0f} stories/s")
    print(f"  ratio HTML page / seed body:   {with_posts / html_rate:10.2f}x the time")
    for name, body in ADVERSARIAL.items():
        started = time.perf_counter()
        find_embeds(body)
        print(f"find_embeds, 1 MB {name:<12} {1000 * (time.perf_counter() - started):7.1f} ms")


if __name__ == "__main__":
    main()

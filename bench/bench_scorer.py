"""Scorer speed on seed-like stories, against extracting their features alone.

Prints, for one core and the default configuration: the latency of a single
``Scorer.score(story)`` call (p50, p99, timed with ``perf_counter_ns`` around each
call) and stories/s; the same for ``extract_features`` alone, measured in the same run,
and the ratio between them; and the scoring step on its own (``score_features`` on
features already extracted), which is what the scorer adds to extraction; and
``Scorer.score_frame`` on the features frame of the same stories, all rows at once, per
story.

Stories are about 3 KB with 1 to 10 citations to outlets of the bundled table; half
carry the seed's four embedded posts.

Run: ``.venv/bin/python bench/bench_scorer.py [--stories N] [--repeat R]``
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from scoring.features import extract_features, features_frame
from scoring.records import Citation, Story, read_stories
from scoring.scorer import Scorer

SEED = Path(__file__).resolve().parents[1] / "tests" / "scorer" / "data" / "seed.md"


def _stories(scorer: Scorer, count: int, rng: random.Random) -> list[Story]:
    seed = next(iter(read_stories(SEED)))
    domains = sorted(d for outlet in scorer.resolver.table for d in outlet.domains)
    # The seed as is, and its text as a wire copy without the posts.
    plain = "MINSK, Belarus (AP) — " + seed.body.replace("pic.twitter.com", "").replace(
        "(@RT_com)", "RT"
    )
    stories = []
    for i in range(count):
        citations = tuple(
            Citation(
                name=f"Outlet {j}",
                url=f"https://www.{rng.choice(domains)}/2025/09/11/belarus-prisoners-{i}-{j}/",
                published_at=f"2025-09-{11 + j % 3:02d}T12:00:00",
            )
            for j in range(rng.randint(1, 10))
        )
        body = seed.body if i % 2 == 0 else plain
        stories.append(Story(id=f"s{i}", title=seed.title, citations=citations, body=body))
    return stories


def _latencies(call: Callable[[object], object], items: list[object], repeat: int) -> list[int]:
    clock = time.perf_counter_ns
    out: list[int] = []
    gc.collect()
    for _ in range(repeat):
        for item in items:
            start = clock()
            call(item)
            out.append(clock() - start)
    return out


def _rate(call: Callable[[object], object], items: list[object], repeat: int) -> float:
    gc.collect()
    start = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            call(item)
    return len(items) * repeat / (time.perf_counter() - start)


def _report(label: str, latencies: list[int], rate: float) -> tuple[float, float]:
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    p50, p99 = cuts[49] / 1000, cuts[98] / 1000
    print(f"{label:<34} p50 {p50:8.1f} us   p99 {p99:8.1f} us   {rate:10,.0f} stories/s")
    return p50, rate


def main() -> None:
    """Time the scorer's paths against their baselines and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    scorer = Scorer()
    resolver = scorer.resolver
    stories: list[object] = list(_stories(scorer, args.stories, random.Random(7)))
    n_citations = sum(len(s.citations) for s in stories if isinstance(s, Story)) / len(stories)
    n_chars = sum(len(s.body) for s in stories if isinstance(s, Story)) / len(stories)
    print(
        f"stories: {len(stories)}, {n_citations:.1f} citations and {n_chars:.0f} body chars "
        f"each; {args.repeat} passes; one core"
    )

    def score(story: object) -> object:
        assert isinstance(story, Story)
        return scorer.score(story)

    def extract(story: object) -> object:
        assert isinstance(story, Story)
        return extract_features(story, resolver)

    features: list[object] = [extract(s) for s in stories]  # warms the resolver too

    def score_features(f: object) -> object:
        return scorer.score_features(f)  # type: ignore[arg-type]

    for call in (score, extract, score_features):
        _latencies(call, stories[:200] if call is not score_features else features[:200], 1)

    score_p50, score_rate = _report(
        "Scorer.score (extract + score)",
        _latencies(score, stories, args.repeat),
        _rate(score, stories, args.repeat),
    )
    extract_p50, extract_rate = _report(
        "extract_features alone",
        _latencies(extract, stories, args.repeat),
        _rate(extract, stories, args.repeat),
    )
    step_p50, _ = _report(
        "score_features (scoring step)",
        _latencies(score_features, features, args.repeat),
        _rate(score_features, features, args.repeat),
    )
    frame = features_frame([s for s in stories if isinstance(s, Story)], resolver)
    scorer.score_frame(frame[:200])  # warms pandas' categoricals
    gc.collect()
    start = time.perf_counter()
    for _ in range(args.repeat):
        scorer.score_frame(frame)
    per_story = (time.perf_counter() - start) / (args.repeat * len(frame)) * 1e6
    print(
        f"{'score_frame (features frame)':<34} {per_story:8.1f} us a story"
        f"{1e6 / per_story:>26,.0f} stories/s"
    )
    print(
        f"ratio score/extract_features:      {extract_rate / score_rate:.2f}x the time "
        f"(p50 {score_p50 / extract_p50:.2f}x); the scoring step is "
        f"{step_p50 / score_p50:.0%} of a score() call"
    )
    print(
        "target p50 < 100 us for score(): "
        + ("met" if score_p50 < 100 else f"not met by score(); the scoring step: {step_p50:.1f} us")
    )


if __name__ == "__main__":
    main()

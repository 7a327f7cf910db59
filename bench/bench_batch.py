"""Benchmark: nightly rescoring of JSON Lines, against the I/O floor, with peak memory.

Generates N seed-like stories (1 to 6 citations of real outlets, a few kilobytes of
body with embedded-post signatures, naive ISO timestamps, an unknown field) as JSON
Lines, then runs, each in a fresh child process so its memory is its own:

- the I/O floor: read every line, ``orjson.loads`` it, ``orjson.dumps`` it, write it;
- ``rescore`` with the default Scorer on 1 and on 2 local worker processes;
- where the time goes: ``Scorer.score`` alone over the parsed stories (one process),
  and ``rescore`` on 2 workers with a scorer that does nothing (the machinery alone);
- optionally (``--dask``) ``rescore`` on a local Dask cluster of 1 and of 2 workers.

It prints stories/s, the ratio of each run's time to the floor's, and peak RSS: of the
parent process, and of the largest worker. ``--memory`` instead rescores 100,000 and
1,000,000 stories and prints the peak RSS of each, to show it does not grow with input.

    .venv/bin/python bench/bench_batch.py                 # 200,000 stories
    .venv/bin/python bench/bench_batch.py --n 50000 --repeat 3
    .venv/bin/python bench/bench_batch.py --memory
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
from _corpus import story_record


def generate(path: Path, n: int, seed: int = 7) -> int:
    """Write ``n`` stories to ``path``; returns the file size."""
    rng = random.Random(seed)
    with path.open("wb") as fh:
        for i in range(n):
            fh.write(orjson.dumps(story_record(i, rng)) + b"\n")
    return path.stat().st_size


def _floor(source: Path, destination: Path) -> None:
    loads, dumps = orjson.loads, orjson.dumps
    with source.open("rb") as src, destination.open("wb") as out:
        for line in src:
            out.write(dumps(loads(line)) + b"\n")


class _Constant:
    """A scorer that does no work: what is left is the batch machinery's own cost."""

    diversity_score = 0.5
    severity = "elevated"

    def score(self, story: object) -> _Constant:
        return self


def _score_only(source: Path) -> float:
    """Seconds spent in ``Scorer.score`` alone over the stories (parsing not counted)."""
    from scoring.records import read_stories
    from scoring.scorer import Scorer

    scorer = Scorer()
    clock = time.perf_counter
    spent = 0.0
    for story in read_stories(source):  # streamed: a list of stories would tax the GC
        start = clock()
        scorer.score(story)
        spent += clock() - start
    return spent


def _child(args: argparse.Namespace) -> None:
    """Run one job in this process and print its time and peak memory as JSON."""
    source, destination = Path(args.source), Path(args.destination)
    start = time.perf_counter()
    if args.child == "floor":
        _floor(source, destination)
    elif args.child == "score-only":
        spent = _score_only(source)
        start = time.perf_counter() - spent
    elif args.child == "constant":
        from scoring.batch import rescore

        rescore(source, destination, workers=args.workers, scorer=_Constant())
    else:
        from scoring.batch import rescore

        rescore(
            source,
            destination,
            workers=args.workers,
            engine=args.child,
        )
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": seconds, "parent_kb": own, "worker_kb": workers}))


def _run(kind: str, source: Path, destination: Path, workers: int = 1) -> dict[str, float]:
    argv = [sys.executable, __file__, "--child", kind, "--workers", str(workers)]
    argv += ["--source", str(source), "--destination", str(destination)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    destination.unlink(missing_ok=True)
    return result


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def _throughput(n: int, repeat: int, dask: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "stories.jsonl"
        start = time.perf_counter()
        size = generate(source, n)
        print(
            f"stories: {n:,} seed-like, {size / n / 1024:.1f} KiB each, "
            f"{size / 2**20:,.0f} MiB (generated in {time.perf_counter() - start:.1f} s)"
        )
        out = folder / "out.jsonl"
        jobs: list[tuple[str, str, int]] = [
            ("I/O floor (orjson read+write)", "floor", 1),
            ("rescore, 1 worker", "local", 1),
            ("rescore, 2 workers", "local", 2),
            ("Scorer.score alone, 1 process", "score-only", 1),
            ("rescore, 2 workers, no-op scorer", "constant", 2),
        ]
        if dask:
            jobs += [("rescore, Dask 1 worker", "dask", 1), ("rescore, Dask 2 workers", "dask", 2)]
        results = {label: [] for label, _, _ in jobs}  # type: dict[str, list[dict[str, float]]]
        for _ in range(repeat):  # interleaved, so drifting load on the machine hits all alike
            for label, kind, workers in jobs:
                results[label].append(_run(kind, source, out, workers))
        floor = _median(results[jobs[0][0]])["seconds"]
        print(f"median of {repeat} run(s) each")
        print(f"{'job':<32} {'stories/s':>11} {'x floor':>8} {'parent RSS':>11} {'worker RSS':>11}")
        for label, _, _ in jobs:
            m = _median(results[label])
            print(
                f"{label:<32} {n / m['seconds']:>11,.0f} {m['seconds'] / floor:>7.1f}x "
                f"{m['parent_kb'] / 1024:>8,.0f} MB {m['worker_kb'] / 1024:>8,.0f} MB"
            )


def _memory(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(
            f"{'stories':>10} {'MiB in':>8} {'stories/s':>10} {'parent RSS':>11} {'worker RSS':>11}"
        )
        for n in sizes:
            source = folder / f"stories-{n}.jsonl"
            size = generate(source, n)
            m = _run("local", source, folder / "out.jsonl", 2)
            source.unlink()
            print(
                f"{n:>10,} {size / 2**20:>8,.0f} {n / m['seconds']:>10,.0f} "
                f"{m['parent_kb'] / 1024:>8,.0f} MB {m['worker_kb'] / 1024:>8,.0f} MB"
            )


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark named by the command line (see the module docstring)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000, help="stories (default 200000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each job; medians")
    parser.add_argument("--dask", action="store_true", help="also run on a local Dask cluster")
    parser.add_argument(
        "--memory", action="store_true", help="peak RSS on 100,000 and 1,000,000 stories"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("--destination", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args)
    elif args.memory:
        _memory([100_000, 1_000_000])
    else:
        _throughput(args.n, args.repeat, args.dask)


if __name__ == "__main__":
    main()

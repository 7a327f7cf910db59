"""Progress: a bar with rate and ETA on a terminal, periodic plain lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import IO, Any, Literal, Protocol

from scoring.errors import ScoringError

__all__ = ["ProgressMode", "Reporter", "make_reporter"]

ProgressMode = Literal["auto", "bar", "log"]

NEEDS_TQDM = "a progress bar needs tqdm: pip install 'scoring[progress]'"


class Reporter(Protocol):
    """Told how far the run has got after each chunk."""

    def update(self, stories: int, nbytes: int) -> None: ...

    def close(self) -> None: ...


class _Silent:
    def update(self, stories: int, nbytes: int) -> None:
        pass

    def close(self) -> None:
        pass


class _Lines:
    """A line every ``every`` seconds: stories, share of input read, rate, ETA."""

    def __init__(self, total_bytes: int, stream: IO[str], every: float) -> None:
        self.total_bytes = total_bytes
        self.stream = stream
        self.every = every
        self.start = self.last = time.monotonic()
        self.stories = 0
        self.nbytes = 0

    def update(self, stories: int, nbytes: int) -> None:
        self.stories += stories
        self.nbytes += nbytes
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._print(now)

    def _print(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.stories / elapsed
        line = f"rescore: {self.stories:,} stories, {rate:,.0f} stories/s"
        if self.total_bytes:
            done = min(1.0, self.nbytes / self.total_bytes)
            line += f", {done:.0%} of input"
            if 0 < done < 1:
                line += f", ETA {_clock(elapsed * (1 - done) / done)}"
        print(line, file=self.stream, flush=True)

    def close(self) -> None:
        self._print(time.monotonic())


class _Bar:
    def __init__(self, total_bytes: int, stream: IO[str]) -> None:
        try:
            from tqdm import tqdm
        except ImportError:
            raise ScoringError(NEEDS_TQDM) from None
        self.stories = 0
        self.start = time.monotonic()
        self.bar: Any = tqdm(
            total=total_bytes or None,
            unit="B",
            unit_scale=True,
            unit_divisor=1024,
            desc="rescore",
            file=stream,
            dynamic_ncols=True,
        )

    def update(self, stories: int, nbytes: int) -> None:
        self.stories += stories
        rate = self.stories / max(time.monotonic() - self.start, 1e-9)
        self.bar.set_postfix_str(f"{self.stories:,} stories, {rate:,.0f}/s", refresh=False)
        self.bar.update(nbytes)

    def close(self) -> None:
        self.bar.close()


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def make_reporter(
    mode: ProgressMode | None,
    total_bytes: int,
    *,
    stream: IO[str] | None = None,
    every: float = 10.0,
) -> Reporter:
    """A reporter for ``mode``: ``"auto"`` is a bar on a terminal, else plain lines.

    Raises:
        ScoringError: ``mode="bar"`` and tqdm is not installed.

    Example:
        >>> import io
        >>> out = io.StringIO()
        >>> r = make_reporter("log", 0, stream=out, every=3600)
        >>> r.update(5, 100); r.close()
        >>> out.getvalue().startswith("rescore: 5 stories")
        True
    """
    if mode is None:
        return _Silent()
    out = stream if stream is not None else sys.stderr
    if mode == "bar":
        return _Bar(total_bytes, out)
    if mode == "auto" and out.isatty():
        try:
            return _Bar(total_bytes, out)
        except ScoringError:
            print(f"rescore: {NEEDS_TQDM}; printing lines instead", file=out)
    return _Lines(total_bytes, out, every)

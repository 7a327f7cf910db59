"""An ordered, bounded parallel map over chunks, on local processes."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

from scoring.batch._orphans import guarded_initializer

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["chunked", "ordered_map"]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last may be shorter), read lazily.

    Example:
        >>> list(chunked(range(5), 2))
        [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(
    fn: Callable[[T], Sequence[R]],
    chunks: Iterable[T],
    *,
    workers: int,
    window: int | None = None,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
    finalizer: Callable[[], object] | None = None,
) -> Iterator[R]:
    """Apply ``fn`` to each chunk on ``workers`` processes; yield results in input order.

    At most ``window`` chunks are in flight, so memory stays bounded however long the
    input is (``Pool.imap`` would read the whole input ahead). With ``workers <= 1`` the
    chunks are processed in this process, after running ``initializer`` here, and
    ``finalizer`` runs here at the end. Worker processes end by themselves when this
    process dies.

    Example:
        >>> list(ordered_map(lambda c: [x * 2 for x in c], chunked(range(5), 2), workers=1))
        [0, 2, 4, 6, 8]
    """
    if workers <= 1:
        if initializer is not None:
            initializer(*initargs)
        try:
            for chunk in chunks:
                yield from fn(chunk)
        finally:
            if finalizer is not None:
                finalizer()
        return
    depth = window if window is not None else 4 * workers
    # spawn: workers start clean, with no copied locks or threads of the parent.
    context = multiprocessing.get_context("spawn")
    # Each worker ends by itself if this process is killed (see _orphans).
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=guarded_initializer,
        initargs=(os.getpid(), initializer, initargs),
    ) as pool:
        pending: deque[Future[Sequence[R]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk))
            if len(pending) >= depth:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

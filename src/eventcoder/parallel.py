"""Coding on several cores: streaming input, bounded queues, output in input order.

Workers are forked processes, each building its own Coder from the parent's settings (spaCy
objects are not shared between processes). At most `2 * workers` chunks are in flight, so
memory stays flat however long the input is.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Iterator
from itertools import islice

# Per-process coder, built once by the pool initializer (each worker process has its own).
_WORKER = {}


def _init(settings: dict) -> None:
    from .pipeline import Coder

    _WORKER["coder"] = Coder(**settings)


def _code_chunk(items: list) -> list:
    coder = _WORKER["coder"]
    return list(coder.code_articles(items, workers=1, chunk=len(items) or 1))


def code_in_workers(settings: dict, items: Iterable, workers: int, chunk: int) -> Iterator[tuple]:
    # forkserver: workers start from a clean interpreter (no inherited threads or locks); a
    # worker that dies raises BrokenProcessPool here instead of hanging the run.
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    it = iter(items)
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(settings,)) as pool:
        pending: deque = deque()
        while True:
            while len(pending) < 2 * workers:
                part = list(islice(it, chunk))
                if not part:
                    break
                pending.append(pool.submit(_code_chunk, part))
            if not pending:
                break
            yield from pending.popleft().result()

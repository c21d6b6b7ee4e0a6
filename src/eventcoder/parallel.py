"""Coding on several cores: streaming input, bounded queues, output in input order.

Workers are forkserver processes, each building its own Coder from the parent's settings (spaCy
objects are not shared between processes). At most `IN_FLIGHT * workers` chunks are in flight,
so memory stays flat however long the input is. A pool outlives one `code_articles` call: a
Coder that codes many batches starts its workers (several seconds each) once.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

# Chunks in flight per worker: enough that a worker never waits for the parent while the chunk
# at the head of the output order is still being coded elsewhere.
IN_FLIGHT = 3
# Seconds to wait for workers to build their coders (model, dictionaries, gazetteer).
START_TIMEOUT = 600

# Per-process coder, built once by the pool initializer (each worker process has its own).
_WORKER = {}


def _init(settings: dict, ready) -> None:
    from .pipeline import Coder

    coder = _WORKER["coder"] = Coder(**{**settings, "tune_gc": True})  # a process that only codes
    coder.nlp  # noqa: B018 -- load the model and dictionaries now, before the worker says it is ready
    ready.put(mp.current_process().pid)


def _noop() -> None:
    return None


def _code_chunk(items: list) -> list:
    coder = _WORKER["coder"]
    return list(coder.code_articles(items, workers=1, chunk=len(items) or 1))


class WorkerPool:
    """`workers` processes with a Coder each; `code` streams (item, events) in input order."""

    def __init__(self, settings: dict, workers: int):
        # forkserver: workers start from a clean interpreter (no inherited threads or locks); a
        # worker that dies raises BrokenProcessPool here instead of hanging the run.
        ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
        self.workers = workers
        self._ready = ctx.Queue()
        self._started = 0
        self._pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                                         initargs=(settings, self._ready))

    def wait_ready(self) -> None:
        """Start every worker now and return once all have built their coders."""
        # while no worker is idle, each submitted task spawns a process: one task per worker
        tasks = [self._pool.submit(_noop) for _ in range(self.workers - self._started)]
        for _ in range(START_TIMEOUT):
            if self._started >= self.workers:
                return
            try:
                self._ready.get(timeout=1)
                self._started += 1
            except queue.Empty:
                for t in tasks:
                    if t.done():
                        t.result()  # a worker that failed to start raises here
        raise TimeoutError(f"{self.workers} workers did not start within {START_TIMEOUT} s")

    def code(self, items: Iterable, chunk: int) -> Iterator[tuple]:
        it = iter(items)
        pending: deque = deque()
        while True:
            while len(pending) < IN_FLIGHT * self.workers:
                part = list(islice(it, chunk))
                if not part:
                    break
                pending.append(self._pool.submit(_code_chunk, part))
            if not pending:
                break
            yield from pending.popleft().result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

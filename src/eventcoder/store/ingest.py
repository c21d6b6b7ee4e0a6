"""Ingest: read -> skip what is stored -> code -> write in batches, streaming throughout.

Articles already stored with the current coder version are dropped *before* coding (a
read-only check on a second connection, chunk by chunk), so a resumed ingest costs little
for the part already done. The writer checks again inside its transaction, which is what
guarantees nothing is stored twice (duplicates inside one input, a concurrent chunk).
Nothing grows with the corpus: one batch of results and one chunk of inputs are in memory.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import InputError, InputWarning
from ..record import Article
from . import counters
from . import rows as R
from .writer import BatchResult, RunProgress, existing, utcnow, write_batch

if TYPE_CHECKING:
    from .database import EventStore

MAX_MESSAGES = 20  # error messages kept for the report; all of them go to `input_errors`


@dataclass
class IngestReport:
    run_id: int
    coder_version: str
    read: int = 0  # articles read (inputs that failed entirely are counted in `errors`)
    new: int = 0
    skipped: int = 0
    recoded: int = 0
    events: int = 0
    errors: int = 0
    warnings: int = 0
    messages: list[str] = field(default_factory=list)  # first errors/warnings, "file:line: message"
    recoded_from: Counter = field(default_factory=Counter)
    batches: int = 0
    clusters: int = 0  # in the whole store, at the end
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.errors > 0

    def counts(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in
                ("read", "new", "skipped", "recoded", "errors", "warnings", "events")}


class _Inputs:
    """Wraps the input stream: records input errors, drops articles stored already.

    May run in another thread (a coder with workers pulls its input from a feeder thread),
    so it reads through its own cursor and hands errors over in a deque.
    """

    def __init__(self, cursor: Any, coder_version: str, chunk: int, report: IngestReport):
        self.cursor = cursor
        self.version = coder_version
        self.chunk = max(1, chunk)
        self.report = report
        self.pending: deque[InputError] = deque()

    def __call__(self, inputs: Iterable[Article | InputError]) -> Iterator[Article]:
        buf: list[Article] = []
        for item in inputs:
            if isinstance(item, InputError):
                self.note(item)
                continue
            self.report.read += 1
            buf.append(item)
            if len(buf) >= self.chunk:
                yield from self._unseen(buf)
                buf = []
        yield from self._unseen(buf)

    def note(self, err: InputError) -> None:
        if isinstance(err, InputWarning):
            self.report.warnings += 1
        else:
            self.report.errors += 1
        if len(self.report.messages) < MAX_MESSAGES:
            kind = "warning" if isinstance(err, InputWarning) else "error"
            self.report.messages.append(f"{kind}: {err}")
        self.pending.append(err)

    def _unseen(self, buf: list[Article]) -> Iterator[Article]:
        if not buf:
            return
        hashes = [R.text_hash(a.text) for a in buf]
        done_ids, done_hashes = set(), set()
        for i, h, v in existing(self.cursor, [a.id for a in buf], hashes):
            if v == self.version:
                done_ids.add(i)
                done_hashes.add(h)
        for a, h in zip(buf, hashes):
            if a.id in done_ids or h in done_hashes:
                self.report.skipped += 1
            else:
                yield a

    def drain(self) -> list[tuple[str, int | None, str, bool]]:
        out = []
        while self.pending:
            e = self.pending.popleft()
            out.append((str(e.path), e.line, e.message, isinstance(e, InputWarning)))
        return out


def ingest(store: EventStore, coder: Any, inputs: Iterable[Article | InputError], *,
           workers: int = 1, batch_size: int = 100, label: str = "",
           progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Code `inputs` with `coder` (a pipeline.Coder) and store them; see the module docstring."""
    t0 = time.monotonic()
    con = store.con
    version = str(coder.version)
    report = IngestReport(run_id=_start_run(con, version, label), coder_version=version)
    registry = getattr(coder, "registry", None)
    saved_registry = store.registry_rows()
    reader = con.cursor()
    wrapped = _Inputs(reader, version, batch_size, report)
    batch: list[tuple[Article, list]] = []

    def flush() -> None:
        nonlocal saved_registry
        rows = registry.to_rows() if registry is not None else None
        if rows is not None and rows == saved_registry:
            rows = None  # unchanged: skip the rewrite
        res = write_batch(con, batch, coder_version=version, window_days=store.window_days,
                          registry_rows=rows,
                          run=RunProgress(report.run_id, report.counts(), wrapped.drain()))
        if rows is not None:
            saved_registry = rows
        _merge(report, res)
        report.batches += 1
        batch.clear()
        if progress:
            report.seconds = time.monotonic() - t0
            progress(report)

    status = "failed"
    try:
        for item, events in coder.code_articles(wrapped(inputs), workers=workers):
            if isinstance(item, InputError):  # the coder passes input errors through
                wrapped.note(item)
                continue
            batch.append((item, events))
            if len(batch) >= batch_size:
                flush()
        flush()  # the rest, and errors seen after the last batch
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        reader.close()
        report.seconds = time.monotonic() - t0
        report.clusters = store.counts()["clusters"]
        _finish_run(con, report, status)
    return report


def _merge(report: IngestReport, res: BatchResult) -> None:
    report.new += res.new
    report.skipped += res.skipped
    report.recoded += res.recoded
    report.events += res.events
    report.recoded_from.update(res.recoded_from)


def _start_run(con: Any, version: str, label: str) -> int:
    con.execute("BEGIN TRANSACTION")
    try:
        run_id = counters.take(con, "seq.runs")
        con.execute("INSERT INTO ingest_runs (run_id, started_at, status, coder_version, inputs)"
                    " VALUES (?, ?, 'running', ?, ?)", [run_id, utcnow(), version, label])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return run_id


def _finish_run(con: Any, report: IngestReport, status: str) -> None:
    c = report.counts()
    con.execute(
        "UPDATE ingest_runs SET finished_at = ?, status = ?, read = ?, new = ?, skipped = ?,"
        " recoded = ?, errors = ?, warnings = ?, events = ? WHERE run_id = ?",
        [utcnow(), status, c["read"], c["new"], c["skipped"], c["recoded"], c["errors"],
         c["warnings"], c["events"], report.run_id])

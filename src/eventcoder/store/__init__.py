"""The event store: DuckDB by default (docs/store.md).

    EventStore(path)            open or create a store; .ingest(), .write(), .rebuild_clusters(),
                                .events(), .clusters(), .series(), .top(), .sql(), .export(), .summary()
    Filter                      query filters shared by events, clusters, series and top
"""

from __future__ import annotations

from .database import DEFAULT_WINDOW_DAYS, EventStore
from .ingest import IngestReport
from .queries import Filter
from .summary import Summary
from .writer import BatchResult

__all__ = ["DEFAULT_WINDOW_DAYS", "BatchResult", "EventStore", "Filter", "IngestReport", "Summary"]

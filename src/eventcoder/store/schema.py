"""The store's tables and views (DuckDB DDL) and its schema version.

Column names follow the event record (../shared/docs/event-record.md) flattened with `_`:
`source.code` -> `source_code`, `plover.context` -> `plover_context`, `trigger.start` ->
`trigger_start`, `location.country` -> `location_country`.

Only `meta` and `articles` carry a primary key: ART indexes live in memory, and event and
cluster ids are unique by construction (the writer drops duplicate event ids; cluster ids
come from a counter in `meta`), so keeping them unindexed keeps memory flat as the store grows.
"""

from __future__ import annotations

import duckdb

SCHEMA_VERSION = "2"

TABLES = """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    seq BIGINT NOT NULL,            -- ingest order
    text_hash VARCHAR NOT NULL,     -- sha1 of the text: the same text under another id is the same article
    title VARCHAR,
    date DATE,                      -- publication date
    source VARCHAR,                 -- news outlet
    url VARCHAR,
    origin VARCHAR,                 -- file:line it was read from
    coder_version VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL, -- UTC
    run_id BIGINT,
    n_chars INTEGER,
    n_events INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    seq BIGINT NOT NULL,            -- global insertion order (dedup processes events in this order)
    sentence_index INTEGER,
    sentence_text VARCHAR,
    date DATE,
    date_method VARCHAR,
    date_precision VARCHAR,
    article_date DATE,
    source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_sectors VARCHAR[],
    source_text VARCHAR, source_name VARCHAR, source_rule VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_sectors VARCHAR[],
    target_text VARCHAR, target_name VARCHAR, target_rule VARCHAR,
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    cameo_name VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    plover_type VARCHAR,
    plover_mode VARCHAR,
    plover_context VARCHAR[],
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_feature VARCHAR,
    location_method VARCHAR, location_geonameid BIGINT,
    location_precision VARCHAR,     -- exact | near ("near X", "outskirts of X")
    confidence DOUBLE,
    modality VARCHAR,
    news_source VARCHAR,            -- outlet (the event's, else its article's)
    url VARCHAR,
    cluster_id BIGINT,              -- -> clusters.cluster_id
    extra JSON
);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id BIGINT NOT NULL,
    scope VARCHAR,                  -- NULL: open to every article; else the only article_id it may hold
    source_code VARCHAR,            -- the finest codes of the members (theirs are prefixes of these)
    target_code VARCHAR,
    cameo_root VARCHAR NOT NULL,
    cameo VARCHAR,                  -- most frequent code among the mentions
    cameo_name VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,               -- Goldstein score of `cameo`
    plover_type VARCHAR,
    date DATE,                      -- earliest event date (the window's anchor)
    last_date DATE,
    first_seen TIMESTAMP,           -- when the first mention was ingested (UTC)
    last_seen TIMESTAMP,
    location_name VARCHAR, location_country VARCHAR, location_admin1 VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_feature VARCHAR, location_geonameid BIGINT,
    mentions INTEGER,               -- events
    sources INTEGER,                -- distinct news outlets (an article without outlet counts as its own)
    articles INTEGER,               -- distinct articles
    event_id VARCHAR,               -- representative: the most specific mention, then the first
    url VARCHAR,
    is_root BOOLEAN                 -- some mention is an article's lead sentence
);
CREATE TABLE IF NOT EXISTS registry (
    position INTEGER NOT NULL,
    name VARCHAR,
    code VARCHAR,
    data JSON NOT NULL              -- the row as PersonRegistry.to_rows() gave it
);
CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id BIGINT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,        -- running | done | failed (a killed run stays `running`)
    coder_version VARCHAR,
    inputs VARCHAR,
    read INTEGER, new INTEGER, skipped INTEGER, recoded INTEGER,
    errors INTEGER, warnings INTEGER, events INTEGER
);
CREATE TABLE IF NOT EXISTS input_errors (
    run_id BIGINT,
    path VARCHAR,
    line INTEGER,
    message VARCHAR,
    warning BOOLEAN
);
"""

# Views: derived, so always consistent with the tables above.
VIEWS = """
CREATE OR REPLACE VIEW mentions AS
    SELECT e.cluster_id, e.event_id, e.article_id, e.sentence_index, e.sentence_text,
           e.trigger_text, e.trigger_start, e.trigger_end, e.date, e.cameo,
           e.news_source, e.url, a.ingested_at
    FROM events e JOIN articles a ON a.id = e.article_id;
CREATE OR REPLACE VIEW sentences AS
    SELECT DISTINCT article_id, sentence_index, sentence_text FROM events;
CREATE OR REPLACE VIEW actors AS
    WITH sides AS (
        SELECT source_code AS code, source_country AS country, source_sector AS sector,
               source_name AS name, 'source' AS role FROM events WHERE source_code IS NOT NULL
        UNION ALL
        SELECT target_code, target_country, target_sector, target_name, 'target'
        FROM events WHERE target_code IS NOT NULL)
    SELECT code, any_value(country) AS country, any_value(sector) AS sector,
           mode(name) AS name, count(*) AS events,
           count(*) FILTER (WHERE role = 'source') AS as_source,
           count(*) FILTER (WHERE role = 'target') AS as_target
    FROM sides GROUP BY code;
"""

# Each step brings a store from the version in its key to the next one, keeping its rows.
MIGRATIONS = {
    "1": "ALTER TABLE events ADD COLUMN location_precision VARCHAR",
}

# Counters live in `meta` so they are transactional with the rows they number.
COUNTERS = ("seq.articles", "seq.events", "seq.clusters", "seq.runs")


def create(con: duckdb.DuckDBPyConnection, window_days: int) -> None:
    """Create missing tables and views; a new store gets the schema version and the window."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(TABLES)
        con.execute(VIEWS)
        have = {k for (k,) in con.execute("SELECT key FROM meta").fetchall()}
        defaults = {"schema_version": SCHEMA_VERSION, "dedup.window_days": str(window_days)}
        defaults.update({c: "0" for c in COUNTERS})
        for key, value in defaults.items():
            if key not in have:
                con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise

"""Deduplication: several invented articles reporting one event become one cluster."""

from __future__ import annotations

from store_support import article, event, same_event_reports
from test_store_writer import consistent

from eventcoder.store import EventStore


def partition(store: EventStore) -> set[frozenset[str]]:
    rows = store.con.execute(
        "SELECT list(event_id ORDER BY event_id) FROM events GROUP BY cluster_id").fetchall()
    return {frozenset(r[0]) for r in rows}


def main_cluster(store: EventStore) -> tuple:
    return store.con.execute(
        "SELECT mentions, sources, articles, cameo, date::VARCHAR, last_date::VARCHAR,"
        " location_country, event_id, source_code, target_code, cameo_root"
        " FROM clusters ORDER BY mentions DESC, cluster_id LIMIT 1").fetchall()[0]


def test_reports_of_one_event_become_one_cluster(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write(reports, "v1")
        mentions, sources, articles, cameo, date, last, country, rep, src, tgt, root = main_cluster(store)
        # r1 (two sentences), r2 a day later, r3 without a place; Reuters twice + AP
        assert (mentions, sources, articles) == (4, 2, 3)
        assert (src, tgt, root, cameo) == ("VENGOV", "USAGOV", "11", "112")  # 112 outnumbers 111
        assert (date, last, country) == ("2017-12-01", "2017-12-02", "VEN")
        assert rep == reports[0][1][0].event_id  # the first mention represents the cluster
        # apart: another country (FRA), four days later, no source actor, another dyad
        assert store.counts()["clusters"] == 5
        assert store.summary().multi_article_share == 0.5
        links = store.con.execute(
            "SELECT count(*), count(DISTINCT article_id) FROM mentions m JOIN clusters c"
            " USING (cluster_id) WHERE c.mentions = 4").fetchall()[0]
        assert links == (4, 3)
        consistent(store.con)


def test_batches_do_not_change_the_clusters(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "one.duckdb") as one, EventStore(tmp_path / "many.duckdb") as many:
        one.write(reports, "v1")
        for item in reports:
            many.write([item], "v1")
        assert partition(one) == partition(many)
        assert main_cluster(one) == main_cluster(many)


def test_an_earlier_report_moves_the_cluster_date(tmp_path):
    a, b = article("late", date="2017-12-03"), article("early", date="2017-12-02")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([(a, [event(a, 0, "USAGOV", "PRK", "172", "2017-12-03")])], "v1")
        store.write([(b, [event(b, 0, "USAGOV", "PRK", "172", "2017-12-02")])], "v1")
        row = store.con.execute("SELECT date::VARCHAR, last_date::VARCHAR, mentions, first_seen <= last_seen"
                                " FROM clusters").fetchall()
        assert row == [("2017-12-02", "2017-12-03", 2, True)]


def test_window_zero_and_rebuild(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write(reports, "v1")
        incremental = partition(store)
        assert store.rebuild_clusters() == 5
        assert partition(store) == incremental  # same window, same order: same clusters
        assert store.rebuild_clusters(0) == 6  # the report a day later now stands alone
        assert store.window_days == 0
        assert main_cluster(store)[:3] == (3, 1, 2)
        consistent(store.con)
        assert store.rebuild_clusters(7) == 4  # four days later joins too
        assert main_cluster(store)[:3] == (5, 3, 4)
        consistent(store.con)


def test_a_finer_code_names_the_same_actor(tmp_path):
    a, b, c = article("p1"), article("p2", "AP"), article("p3", "AFP")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([(a, [event(a, 0, "IGOEUREEC", "IRN", "163", "2017-12-01")]),  # "Iran"
                     (b, [event(b, 0, "IGOEUREEC", "IRNGOV", "163", "2017-12-01")]),  # "Iranian officials"
                     (c, [event(c, 0, "IGOEUREEC", "IRNMIL", "163", "2017-12-01")])], "v1")  # not the government
        rows = store.con.execute("SELECT target_code, mentions, articles FROM clusters ORDER BY cluster_id").fetchall()
        assert rows == [("IRNGOV", 2, 2), ("IRNMIL", 1, 1)]  # the cluster takes the finer code
        rep = store.con.execute("SELECT e.article_id FROM clusters c JOIN events e USING (event_id)"
                                " WHERE c.mentions = 2").fetchall()
        assert rep == [("p2",)]  # represented by its most specific mention
        consistent(store.con)


def test_events_without_a_target_cluster_only_within_their_article(tmp_path):
    a, b = article("t1"), article("t2", "AP")
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([(a, [event(a, 0, "USAGOV", None, "016", "2017-12-01"),
                          event(a, 4, "USAGOV", None, "016", "2017-12-01")]),
                     (b, [event(b, 0, "USAGOV", None, "016", "2017-12-01")])], "v1")
        rows = store.con.execute("SELECT scope, mentions FROM clusters ORDER BY scope").fetchall()
        assert rows == [("t1", 2), ("t2", 1)]
        consistent(store.con)


def test_undated_events_cluster_only_within_their_article(tmp_path):
    a, b = article("u1", date=None), article("u2", date=None)
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write([(a, [event(a, 0, "VENGOV", "USAGOV", "112", None),
                          event(a, 1, "VENGOV", "USAGOV", "112", None)]),
                     (b, [event(b, 0, "VENGOV", "USAGOV", "112", None)])], "v1")
        sizes = sorted(r[0] for r in store.con.execute("SELECT mentions FROM clusters").fetchall())
        assert sizes == [1, 2]
        consistent(store.con)


def test_recoding_removes_mentions_from_shared_clusters(tmp_path):
    reports = same_event_reports()
    with EventStore(tmp_path / "s.duckdb") as store:
        store.write(reports, "v1")
        r2 = reports[1][0]
        store.write([(r2, [])], "v2")  # r2 no longer reports the accusation
        mentions, sources, articles = main_cluster(store)[:3]
        assert (mentions, sources, articles) == (3, 1, 2)  # AP's report is gone
        consistent(store.con)

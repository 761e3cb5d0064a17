"""Schema 4: events are stored as columns only (`event_rows`), the `events` view rebuilds the
EVENTS.md record, and a store written by schema 3 (the JSON `record` stored) migrates to it."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from sitroom.store import SCHEMA_VERSION, Store, StoreError, rows, schema
from sitroom.store.schema import EVENT_COLUMNS


def _batch(doc_factory, event_factory, rebels, edge_events) -> list:
    d1, d2, d3 = (doc_factory(f"m{i}", day=i) for i in (1, 2, 3))
    return [(d1, edge_events(event_factory(d1, 1, target=rebels))),
            (d2, [event_factory(d2, 0, "1823", "Hilltop", source=rebels, day=1)]),
            (d3, [event_factory(d3, 0, "190", None), event_factory(d3, 1, "1724", "Riverton")])]


def _snapshot(store: Store) -> dict:
    """Everything a reader sees: events (objects, view rows with the record text), actors, counts."""
    return {"events": store.query_events(),
            "view": store.sql("SELECT * EXCLUDE (record), record::VARCHAR AS record FROM events ORDER BY event_id").to_pylist(),
            "actors": store.sql("SELECT * FROM actors ORDER BY ALL").to_pylist(),
            "countries": store.sql("SELECT * FROM actor_countries ORDER BY ALL").to_pylist(),
            "counts": store.counts()}


def test_frozen_view_builds_the_record_of_the_plan() -> None:
    """A new Event field changes the plan: it then needs a migration adding its column and
    replacing the view, since an applied migration is never edited."""
    assert "".join(schema._EVENTS_VIEW_RECORD.split()) == "".join(rows.RECORD_PLAN.expression.split())


def test_event_rows_hold_every_leaf_and_the_view_keeps_the_old_columns(store_path: Path) -> None:
    with Store(store_path) as store:
        stored = store.sql("SELECT column_name, data_type FROM information_schema.columns"
                           " WHERE table_name = 'event_rows'").to_pylist()
        view = store.sql("SELECT * FROM events LIMIT 0").column_names
    assert {c["column_name"] for c in stored} == set(rows.RECORD_PLAN.columns)
    assert view == [*EVENT_COLUMNS, "record"]  # what `events` had as a table in schema 1-3


def test_schema_3_store_migrates_and_reads_the_same(tmp_path: Path, doc_factory, event_factory, rebels,
                                                    edge_events, old_store) -> None:
    batch = _batch(doc_factory, event_factory, rebels, edge_events)
    old_store(tmp_path / "old.duckdb", 3, batch)
    with pytest.raises(StoreError, match="needs migrating"):
        Store(tmp_path / "old.duckdb", read_only=True)
    with Store(tmp_path / "old.duckdb") as migrated, Store(tmp_path / "new.duckdb") as fresh:
        fresh.save_coded(batch)
        assert migrated.schema_version() == SCHEMA_VERSION
        assert _snapshot(migrated) == _snapshot(fresh)
        # and it keeps working: a document re-coded, one added
        d1, d9 = doc_factory("m1", day=1), doc_factory("m9", day=9)
        later = [(d1, [event_factory(d1, 5, "0233")]), (d9, [event_factory(d9, 0, target=rebels)])]
        migrated.save_coded(later)
        fresh.save_coded(later)
        assert _snapshot(migrated) == _snapshot(fresh)


def test_migrated_records_are_the_stored_ones(tmp_path: Path, doc_factory, event_factory, rebels,
                                              edge_events, old_store) -> None:
    batch = _batch(doc_factory, event_factory, rebels, edge_events)
    old_store(tmp_path / "old.duckdb", 3, batch)
    con = duckdb.connect(str(tmp_path / "old.duckdb"), read_only=True)
    before = dict(con.execute("SELECT event_id, record::VARCHAR FROM events").fetchall())
    con.close()
    with Store(tmp_path / "old.duckdb") as store:
        table = store.sql("SELECT event_id, record::VARCHAR AS record FROM events").to_pydict()
    after = dict(zip(table["event_id"], table["record"]))
    assert after == before


def test_long_texts_are_zstd_compressed_and_documents_keep_their_keys(store_path: Path, doc_factory,
                                                                        event_factory) -> None:
    docs = [doc_factory(f"z{i}", text=f"Story {i}: " + "soldiers and police in the town. " * 20) for i in range(50)]
    with Store(store_path) as store:
        store.save_coded([(doc, [event_factory(doc, 0)]) for doc in docs])
    con = duckdb.connect(str(store_path))
    try:
        con.execute("CHECKPOINT")
        codecs = dict(con.execute(
            "SELECT column_name, list_distinct(list(compression)) FROM (SELECT * FROM pragma_storage_info('documents')"
            " UNION ALL SELECT * FROM pragma_storage_info('event_rows'))"
            " WHERE column_name IN ('text', 'evidence_text') AND segment_type = 'VARCHAR' GROUP BY ALL").fetchall())
        keys = {r[0] for r in con.execute(
            "SELECT constraint_text FROM duckdb_constraints() WHERE table_name = 'documents'").fetchall()}
        with pytest.raises(duckdb.ConstraintException):  # the id key survived the rebuild
            con.execute("INSERT INTO documents (id, hash, text, ingested_at) VALUES ('z1', 'new', 'x', now())")
    finally:
        con.close()
    assert codecs == {"text": ["ZSTD"], "evidence_text": ["ZSTD"]}
    assert {"PRIMARY KEY(id)", "UNIQUE(hash)"} <= keys

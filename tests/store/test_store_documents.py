"""Schema creation and migration, opening errors, idempotent document ingest."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest

from sitroom.records import Document
from sitroom.store import SCHEMA_VERSION, IngestStats, Store, StoreError


def test_new_store_gets_schema(store_path: Path) -> None:
    with Store(store_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.counts() == {"documents": 0, "coded": 0, "events": 0, "actors": 0}
    con = duckdb.connect(str(store_path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert {"meta", "documents", "events", "actors"} <= tables


def test_reopen_keeps_data_and_read_only(store_path: Path, doc_factory) -> None:
    with Store(store_path) as store:
        store.add_documents([doc_factory("d1"), doc_factory("d2")])
    with Store(store_path) as again:  # migrating an up-to-date store changes nothing
        assert again.counts()["documents"] == 2
    with Store(store_path, read_only=True) as reader:
        assert reader.get_document("d1").text == doc_factory("d1").text
        with pytest.raises(StoreError, match="read-only"):
            reader.add_documents([doc_factory("d3")])


def test_migrates_from_an_older_version(store_path: Path, doc_factory, monkeypatch) -> None:
    import sitroom.store.store as store_module

    extra_step = ("ALTER TABLE documents ADD COLUMN language VARCHAR",)
    with Store(store_path) as store:
        store.add_documents([doc_factory("d1")])
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, extra_step])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(store_path) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.sql("SELECT id, language FROM documents").to_pylist() == [{"id": "d1", "language": None}]


def test_failed_migration_changes_nothing(store_path: Path, doc_factory, monkeypatch) -> None:
    import sitroom.store.store as store_module

    with Store(store_path) as store:
        store.add_documents([doc_factory("d1")])
    broken = ("ALTER TABLE documents ADD COLUMN language VARCHAR", "THIS IS NOT SQL")
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, broken])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="migration"):
        Store(store_path)
    monkeypatch.undo()
    with Store(store_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert "language" not in store.sql("SELECT * FROM documents").column_names
        assert store.counts()["documents"] == 1


def test_newer_schema_is_refused(store_path: Path) -> None:
    Store(store_path).close()
    con = duckdb.connect(str(store_path))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(store_path)


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("just some notes, not a database\n" * 50)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert str(path) in str(info.value) and "not a valid DuckDB database" in str(info.value)
    assert "\n" not in str(info.value)


def test_foreign_duckdb_database(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE inventory (item VARCHAR)")
    con.close()
    with pytest.raises(StoreError, match="not a sitroom store"):
        Store(path)


def test_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no sitroom store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_add_twice_is_idempotent(any_store, doc_factory) -> None:
    store = any_store
    docs = [doc_factory(f"d{i}", day=i + 1) for i in range(5)]
    assert store.add_documents(docs) == IngestStats(new=5, duplicate=0)
    assert store.add_documents(docs) == IngestStats(new=0, duplicate=5)
    assert store.counts()["documents"] == 5
    stored = store.get_document("d3")
    assert (stored.text, stored.date, stored.source, stored.hash) == (
        docs[3].text, docs[3].date, docs[3].source, docs[3].hash)
    assert stored.ingested_at is not None
    assert store.get_document("nope") is None


def test_same_text_new_id_becomes_a_source(any_store, doc_factory) -> None:
    store = any_store
    original = doc_factory("wire-1", source="Wire One")
    copy = Document(id="paper-9", text="  " + original.text.replace(" ", "\n  ") + " ", source="Daily Paper",
                    url="https://paper.example/9", date=date(2024, 3, 2))
    store.add_documents([original])
    assert store.add_documents([copy]) == IngestStats(new=0, duplicate=1)
    assert store.add_documents([copy]) == IngestStats(new=0, duplicate=1)  # recorded once only
    assert store.counts()["documents"] == 1
    assert store.get_document("paper-9") is None
    assert store.document_sources("wire-1") == [
        {"id": "paper-9", "source": "Daily Paper", "url": "https://paper.example/9", "origin": None,
         "date": date(2024, 3, 2)}]


def test_duplicates_inside_one_batch(store, doc_factory) -> None:
    a = doc_factory("a")
    same_text = Document(id="b", text=a.text, source="Other")
    stats = store.add_documents([a, a, same_text, doc_factory("c")], batch_size=2)
    assert stats == IngestStats(new=2, duplicate=2)
    stats = store.add_documents([doc_factory("x"), Document(id="y", text=doc_factory("x").text)])
    assert stats == IngestStats(new=1, duplicate=1)
    assert [s["id"] for s in store.document_sources("a")] == ["b"]
    assert [s["id"] for s in store.document_sources("x")] == ["y"]


def test_documents_listing_and_paging(store, doc_factory) -> None:
    store.add_documents([doc_factory(f"d{i:02d}", day=i + 1, source="A" if i % 2 else "B") for i in range(25)])
    assert [d.id for d in store.documents(page_size=4)] == [f"d{i:02d}" for i in range(25)]
    assert len(list(store.documents(limit=7, page_size=3))) == 7
    assert [d.id for d in store.documents(since=date(2024, 3, 24))] == ["d23", "d24"]
    assert len(list(store.documents(source="a"))) == 12
    assert len(list(store.uncoded_documents(page_size=5))) == 25


def test_writer_does_not_hold_the_lock_between_writes(store_path: Path, doc_factory) -> None:
    store = Store(store_path)  # per-operation connections (the default)
    store.add_documents([doc_factory("d1")])
    reader = "import sys, duckdb; c = duckdb.connect(sys.argv[1], read_only=True); " \
             "print(c.execute('SELECT count(*) FROM documents').fetchone()[0])"
    done = subprocess.run([sys.executable, "-c", reader, str(store_path)], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "1", done.stderr
    store.add_documents([doc_factory("d2")])
    assert store.counts()["documents"] == 2


def test_empty_placeholder_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "made-by-touch.duckdb"
    path.touch()
    with pytest.raises(StoreError, match="no sitroom store"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_adding_documents_caps_duckdb_memory(store_path: Path, doc_factory, monkeypatch) -> None:
    """The duplicate checks run under a memory cap (a long ingest must not grow with the store);
    writing events runs under DuckDB's default."""
    import sitroom.store.store as store_module

    seen: list[str] = []
    real = store_module.Store._insert_unique_documents

    def spy(self, con, batch):
        seen.append(con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0])
        return real(self, con, batch)

    monkeypatch.setattr(store_module.Store, "_insert_unique_documents", spy)

    def limit(store: Store) -> str:
        return store.sql("SELECT current_setting('memory_limit') AS v").to_pylist()[0]["v"]

    with Store(store_path, keep_open=True) as store:
        default = limit(store)
        store.add_documents([doc_factory("d1")])
        assert limit(store) == "488.2 MiB"  # kept for the commit and the checkpoint
    with Store(store_path, keep_open=True, memory_limit="128MB") as store:
        store.save_coded([(doc_factory("d2"), [])])
        assert limit(store) not in ("488.2 MiB", "122.0 MiB")  # events were written without it
    with Store(store_path, keep_open=True, memory_limit=None) as store:
        store.add_documents([doc_factory("d3")])
    assert seen == ["488.2 MiB", "122.0 MiB", default]  # the default 512 MB, as DuckDB shows it

"""A kept-open store connection stays usable after every single-row read (DuckDB 2 refuses
`con.sql()` while a half-read result is pending on the connection)."""
from __future__ import annotations

from sitroom.records import Document
from sitroom.store import Store


def test_single_row_reads_leave_nothing_pending(tmp_path):
    db = tmp_path / "open.duckdb"
    Store(db).add_documents([Document(id="a", text="Police met protesters in the square."),
                             Document(id="b", text="Rebels shelled the town on Monday.")])
    for read_only in (False, True):
        with Store(db, keep_open=True, read_only=read_only) as store:
            assert store.get_document("a").text.startswith("Police")
            assert store.sql("SELECT count(*) AS n FROM documents").column("n").to_pylist() == [2]
            assert store.get_document("missing") is None
            assert store.document_sources("a") == []
            assert store.sql("SELECT id FROM documents ORDER BY id").column("id").to_pylist() == ["a", "b"]
            assert store.schema_version() >= 1
            assert store.counts()["documents"] == 2
            assert store.events_table().num_rows == 0
            assert [d.id for d in store.documents()] == ["a", "b"]

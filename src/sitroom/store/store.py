"""The DuckDB store: documents, events, actors and meta in one file.

Connections and the file lock. DuckDB lets one process write a file, and a read-write
connection holds an exclusive lock on it for as long as it is open. By default (``keep_open=False``)
a `Store` therefore opens a connection per operation and closes it right after: a write holds
the lock only for its one transaction (~15 ms of open/close overhead per call), so a reader
process (``Store(path, read_only=True)``, the report or the web app) can open the file between
writes, and a writer waits (up to ``lock_timeout`` seconds) while a reader is in a query.
``keep_open=True`` keeps one connection for the life of the `Store`: faster for many small
calls in one process, but it blocks every other process until `close()`.

Every write is one transaction: on any error it is rolled back and nothing already stored is
lost. All queries take values through SQL parameters only.

Duplicates. A document is stored once per id and once per exact text (content hash); with
``near_duplicates=True`` (the default) also once per story: a rewrite or syndicated copy of a
stored text (`dedup.py`: MinHash of word 4-grams, estimated Jaccard >= ``near_duplicate_threshold``)
is recorded in the stored document's ``sources`` like an exact copy. Signatures and LSH band
keys live in ``document_signatures`` / ``document_bands`` (schema 2), so a later run finds the
copies of stories stored by earlier ones with one join; documents stored before schema 2 or with
the check off get theirs on the next write with it on.

Events (schema 4). Each event is stored as columns only, in ``event_rows``: the flattened fields,
the few leaves only the EVENTS.md record needs, and a presence flag per nested object. The view
``events`` has the columns the table had in schemas 1-3 plus ``record``, the EVENTS.md JSON built
when read, so SQL readers (``SELECT record FROM events``) see what they always saw; `query_events`
builds the Events from the columns. Writes no longer build and compress that JSON (`rows.py`).

Memory. Adding documents sets DuckDB's ``memory_limit`` to ``memory_limit``
(``DEFAULT_MEMORY_LIMIT``) for the rest of the connection (its commit and checkpoint included):
DuckDB otherwise keeps each table block it reads cached up to 80 % of RAM, and the duplicate
checks read the whole id/hash, band and signature tables on every batch, so a long ingest grew
with the store. Writing events resets it to DuckDB's default: a large transaction's uncommitted
rows would otherwise leave memory (~10 % slower per 100k events).
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from sitroom.batching import batched
from sitroom.records import Document, Event
from sitroom.store import dedup, rows
from sitroom.store.dedup import DEFAULT_THRESHOLD, MinHasher
from sitroom.store.schema import META_TABLE, MIGRATIONS, SCHEMA_VERSION, SOURCE_ENTRY_TYPE, merge_actor_statements

DEFAULT_PATH = Path("sitroom.duckdb")
DEFAULT_RADIUS_KM = 50.0
EARTH_RADIUS_KM = 6371.0088
_PAGE = 1000
DEFAULT_MEMORY_LIMIT = "512MB"  # while adding documents; 1 GB ingest peak RSS 2.3 -> 1.0 GB (docs/scale.md)
_BACKFILL_PAGE = 2000
_SCHEME_KEY = "minhash_scheme"  # meta: the signature scheme every stored document has


class StoreError(RuntimeError):
    """The store cannot be opened or used (not a DuckDB file, a newer schema, locked, ...)."""


@dataclass(slots=True)
class IngestStats:
    """new: stored; duplicate: id or exact text already stored; near_duplicate: a rewrite or
    syndicated copy of a stored story, recorded in that document's `sources`."""

    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(self.new + other.new, self.duplicate + other.duplicate,
                           self.near_duplicate + other.near_duplicate)

    @property
    def total(self) -> int:
        return self.new + self.duplicate + self.near_duplicate


class Store:
    def __init__(self, path: str | Path = DEFAULT_PATH, read_only: bool = False,
                 keep_open: bool = False, lock_timeout: float = 10.0, near_duplicates: bool = True,
                 near_duplicate_threshold: float = DEFAULT_THRESHOLD,
                 memory_limit: str | None = DEFAULT_MEMORY_LIMIT) -> None:
        """near_duplicates: merge rewrites/syndicated copies of a stored story (estimated
        Jaccard of word 4-gram sets >= near_duplicate_threshold, same incident) into it, see
        `dedup.py`; off, only exact duplicates are merged. memory_limit: DuckDB's `memory_limit`
        while documents are added (None: DuckDB's default, 80 % of RAM), see the module doc."""
        if not 0.0 < near_duplicate_threshold <= 1.0:
            raise ValueError(f"near_duplicate_threshold must be in (0, 1], not {near_duplicate_threshold}")
        self.path = Path(path)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self.near_duplicates = near_duplicates
        self.near_duplicate_threshold = near_duplicate_threshold
        self.memory_limit = memory_limit
        self._hasher = MinHasher()
        self._con: duckdb.DuckDBPyConnection | None = None
        if read_only and not (self.path.exists() and self.path.stat().st_size):
            raise StoreError(f"{self.path}: no sitroom store here (run `sitroom ingest` first)")
        if not read_only and self.path.is_file() and self.path.stat().st_size == 0:
            self.path.unlink()  # an empty placeholder file (touch, mktemp): DuckDB wants to create it
        con = self._open()
        try:
            self._prepare_schema(con)
        except BaseException:
            con.close()
            raise
        if keep_open:
            self._con = con
        else:
            con.close()

    # ---- connections -------------------------------------------------------------------
    def _open(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                # the long texts are zstd-compressed by their columns' settings (schema 4)
                return duckdb.connect(str(self.path), read_only=self.read_only)
            except duckdb.IOException as exc:
                message = str(exc)
                if "lock" in message.lower() and time.monotonic() < deadline:
                    time.sleep(delay)  # another process is inside a transaction: wait for it
                    delay = min(delay * 2, 0.5)
                    continue
                raise StoreError(f"{self.path}: cannot open the store: {_first_line(message)}") from None
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: cannot open the store: {_first_line(str(exc))}") from None

    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._con is not None:
            yield self._con
            return
        con = self._open()
        try:
            yield con
        finally:
            con.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        with self._connection() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                try:
                    con.execute("ROLLBACK")
                except duckdb.Error:
                    pass  # a failed COMMIT has already ended the transaction
                raise

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # ---- schema ------------------------------------------------------------------------
    def _prepare_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if tables and "meta" not in tables:
            raise StoreError(f"{self.path}: a DuckDB database, but not a sitroom store (no meta table)")
        version = self._schema_version(con) if "meta" in tables else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {version} is newer than this sitroom "
                             f"supports ({SCHEMA_VERSION}); upgrade sitroom")
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(f"{self.path}: schema version {version} needs migrating to {SCHEMA_VERSION}; "
                             "open it once for writing")
        self._migrate(con, version)

    @staticmethod
    def _schema_version(con: duckdb.DuckDBPyConnection) -> int:
        row = _first_row(con.execute("SELECT value FROM meta WHERE key = 'schema_version'"))
        return int(row[0]) if row else 0

    def _migrate(self, con: duckdb.DuckDBPyConnection, version: int) -> None:
        """Apply the pending migrations in one transaction: all of them or none."""
        if self.memory_limit is not None:  # schema 4 copies every document and event once
            con.execute("SET memory_limit = ?", [self.memory_limit])
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(META_TABLE)
            for steps in MIGRATIONS[version:]:
                for statement in steps:
                    con.execute(statement)
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: migration to schema {SCHEMA_VERSION} failed: {_first_line(str(exc))}") from None
        finally:
            if self.memory_limit is not None:
                con.execute("RESET memory_limit")

    def schema_version(self) -> int:
        with self._connection() as con:
            return self._schema_version(con)

    # ---- documents ---------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Document], batch_size: int = 5000) -> IngestStats:
        """Add documents idempotently, one transaction per batch of `batch_size`.

        A document whose id is already stored changes nothing. One whose text (content hash) is
        already stored under another id is recorded in that document's `sources` list instead.
        With `near_duplicates` on, so is one whose text is a near-duplicate of a stored
        document's (or of an earlier one in the same call's batch).
        """
        stats = IngestStats()
        for batch in batched(docs, batch_size):
            with self._transaction() as con:
                stats += self._insert_documents(con, batch)
        return stats

    def _insert_documents(self, con: duckdb.DuckDBPyConnection, batch: Sequence[Document]) -> IngestStats:
        if self.memory_limit is not None:  # DuckDB's block cache capped for the duplicate checks
            con.execute("SET memory_limit = ?", [self.memory_limit])  # and the checkpoint after them
        return self._insert_unique_documents(con, batch)

    def _insert_unique_documents(self, con: duckdb.DuckDBPyConnection, batch: Sequence[Document]) -> IngestStats:
        unique_ids = _first_per_id(batch)
        con.register("incoming_docs", rows.documents_table(unique_ids, rows.utc_now()))
        try:
            if not self.near_duplicates:
                new = con.execute(_INSERT_NEW_DOCUMENTS).fetchone()[0]
                if new < len(unique_ids):  # some text is stored under another id (a join over all documents)
                    con.execute(_MERGE_SOURCES)
                if new:  # these have no signatures: the next near-duplicate write adds them
                    con.execute("DELETE FROM meta WHERE key = ?", [_SCHEME_KEY]).fetchall()
                return IngestStats(new=new, duplicate=len(batch) - new)
            self._ensure_signatures(con)
            fresh = [unique_ids[r[0]] for r in con.execute(_FRESH_DOCUMENTS).fetchall()]
            texts = [d.text for d in fresh]
            signatures = self._hasher.signatures(texts)
            matches = self._near_matches(con, texts, signatures)
            kept = [i for i in range(len(fresh)) if i not in matches]
            con.register("near_matches", _near_matches_table(fresh, matches))
            con.register("kept_ids", pa.table({"id": pa.array([fresh[i].id for i in kept], pa.string())}))
            new = con.execute(_INSERT_KEPT_DOCUMENTS).fetchall()[0][0]
            if new < len(unique_ids):
                con.execute(_MERGE_SOURCES).fetchall()
            near = 0
            if matches:
                near = con.execute(_COUNT_NEAR_DUPLICATES).fetchall()[0][0]
                con.execute(_MERGE_NEAR_SOURCES).fetchall()
            self._save_signatures(con, [fresh[i] for i in kept], [signatures[i] for i in kept])
        finally:
            _unregister(con, "incoming_docs", "near_matches", "kept_ids")
        return IngestStats(new=new, duplicate=len(batch) - new - near, near_duplicate=near)

    # ---- near duplicates ---------------------------------------------------------------
    def _near_matches(self, con: duckdb.DuckDBPyConnection, texts: Sequence[str],
                      signatures: list[np.ndarray | None]) -> dict[int, dedup.NearMatch]:
        """Near-duplicate decisions for the fresh texts: stored candidates come from a join on
        the LSH band keys, then everything is verified on the signatures (`dedup.match_batch`)."""
        rows_with = [i for i, s in enumerate(signatures) if s is not None]
        if not rows_with:
            return {}
        stacked = np.stack([signatures[i] for i in rows_with])
        keys = self._hasher.band_keys(stacked)
        con.register("incoming_bands", pa.table({
            "position": pa.array(np.repeat(np.arange(len(rows_with), dtype=np.int32), keys.shape[1])),
            "key": pa.array(keys.ravel()),
        }))
        try:
            pairs = con.sql(_BAND_CANDIDATES).to_arrow_table()
        finally:
            _unregister(con, "incoming_bands")
        candidate_ids, stored_signatures = self._stored_signatures(con, pc.unique(pairs.column("doc_id")))
        stored_index = pc.index_in(pairs.column("doc_id"), value_set=candidate_ids)
        known = pc.is_valid(stored_index)  # a document without a signature (short text) is no candidate
        return dedup.match_batch(
            rows_with, [texts[i] for i in rows_with], stacked, keys,
            pairs.column("position").filter(known).to_numpy(), stored_index.filter(known).to_numpy(),
            candidate_ids.to_pylist(), stored_signatures, lambda ids: _stored_texts(con, ids),
            self.near_duplicate_threshold)

    def _stored_signatures(self, con: duckdb.DuckDBPyConnection, ids: pa.Array) -> tuple[pa.Array, np.ndarray]:
        """The ids that have a signature, and their signatures as a (n, num_perm) matrix."""
        con.register("candidate_ids", pa.table({"id": ids.cast(pa.string())}))
        try:
            found = con.sql("SELECT s.doc_id, s.signature FROM document_signatures s"
                            " SEMI JOIN candidate_ids c ON c.id = s.doc_id"
                            " WHERE s.signature IS NOT NULL").to_arrow_table()
        finally:
            _unregister(con, "candidate_ids")
        blobs = found.column("signature").to_pylist()
        matrix = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(len(blobs), self._hasher.num_perm)
        return found.column("doc_id").combine_chunks(), matrix

    def _save_signatures(self, con: duckdb.DuckDBPyConnection, docs: Sequence[Document],
                         signatures: Sequence[np.ndarray | None]) -> None:
        if not docs:
            return
        con.register("incoming_signatures", pa.table({
            "doc_id": pa.array([d.id for d in docs], pa.string()),
            "signature": pa.array([None if s is None else dedup.signature_bytes(s) for s in signatures], pa.binary()),
        }))
        with_signature = [(d.id, s) for d, s in zip(docs, signatures) if s is not None]
        if with_signature:
            keys = self._hasher.band_keys(np.stack([s for _, s in with_signature]))
            ids = pa.array([doc_id for doc_id, _ in with_signature], pa.string())
            con.register("incoming_band_keys", pa.table({
                "key": pa.array(keys.ravel()),
                "doc_id": ids.take(pa.array(np.repeat(np.arange(len(ids)), keys.shape[1]))),
            }))
        try:
            con.execute("INSERT INTO document_signatures SELECT doc_id, signature FROM incoming_signatures").fetchall()
            if with_signature:
                con.execute("INSERT INTO document_bands SELECT key, doc_id FROM incoming_band_keys").fetchall()
        finally:
            _unregister(con, "incoming_signatures", "incoming_band_keys")

    def _ensure_signatures(self, con: duckdb.DuckDBPyConnection) -> None:
        """Give every stored document a signature of the current scheme before comparing with
        them: documents stored before the migration, or while near-duplicates were off, or
        under another scheme (then all signatures are rebuilt)."""
        # fetchall, not fetchone: an unfinished result blocks the registers that follow
        stored_scheme = [r[0] for r in con.execute("SELECT value FROM meta WHERE key = ?", [_SCHEME_KEY]).fetchall()]
        if stored_scheme == [self._hasher.scheme]:
            return
        if stored_scheme:
            con.execute("DELETE FROM document_signatures").fetchall()
            con.execute("DELETE FROM document_bands").fetchall()
        last = ""
        while True:
            page = con.execute(_UNSIGNED_DOCUMENTS, [last, _BACKFILL_PAGE]).fetchall()
            if not page:
                break
            docs = [Document(id=doc_id, text=text, hash="-") for doc_id, text in page]
            self._save_signatures(con, docs, self._hasher.signatures([d.text for d in docs]))
            last = page[-1][0]
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [_SCHEME_KEY, self._hasher.scheme]).fetchall()

    def get_document(self, doc_id: str) -> Document | None:
        with self._connection() as con:
            row = _first_row(con.execute(f"SELECT {rows.DOCUMENT_SELECT} FROM documents WHERE id = ?", [doc_id]))
        return rows.document_from_row(row) if row else None

    def document_sources(self, doc_id: str) -> list[dict]:
        """The extra (id, source, url, origin, date) entries recorded for a document's text."""
        with self._connection() as con:
            row = _first_row(con.execute("SELECT sources FROM documents WHERE id = ?", [doc_id]))
        return list(row[0]) if row else []

    def uncoded_documents(self, page_size: int = _PAGE) -> Iterator[Document]:
        """Documents without `coded_at`, by id; safe to call `save_coded` while iterating."""
        return self.documents(coded=False, page_size=page_size)

    def documents(self, coded: bool | None = None, since: date | None = None, until: date | None = None,
                  source: str | None = None, limit: int | None = None, page_size: int = _PAGE) -> Iterator[Document]:
        """Stored documents ordered by id, read a page at a time (keyset paging, no open cursor)."""
        where = ["id > ?"]
        params: list = []
        if coded is not None:
            where.append("coded_at IS NOT NULL" if coded else "coded_at IS NULL")
        if since is not None:
            where.append("date >= ?")
            params.append(since)
        if until is not None:
            where.append("date <= ?")
            params.append(until)
        if source is not None:
            where.append("lower(source) = lower(?)")
            params.append(source)
        sql = f"SELECT {rows.DOCUMENT_SELECT} FROM documents WHERE {' AND '.join(where)} ORDER BY id LIMIT ?"
        return self._paged_documents(sql, params, limit, page_size)

    def _paged_documents(self, sql: str, params: list, limit: int | None, page_size: int) -> Iterator[Document]:
        last, remaining = "", limit
        while remaining is None or remaining > 0:
            size = page_size if remaining is None else min(page_size, remaining)
            with self._connection() as con:
                page = con.execute(sql, [last, *params, size]).fetchall()
            for row in page:
                yield rows.document_from_row(row)
            if len(page) < size:
                return
            last = page[-1][0]
            if remaining is not None:
                remaining -= len(page)

    # ---- coded events ------------------------------------------------------------------
    def save_coded(self, batch: Sequence[tuple[Document, list[Event]]]) -> int:
        """Store coding results in ONE transaction; returns the number of events written.

        Documents are added if missing (same rules as `add_documents`); each stored document's
        old events are replaced by the new ones, `coded_at` is set and the actors summary is
        updated (merged for first-time coding, rebuilt for actors that lost mentions). A document that is only a duplicate (its text is stored under another
        id) gets no events of its own: they would repeat the stored document's.
        """
        latest: dict[str, tuple[Document, list[Event]]] = {}
        for doc, events in batch:
            stray = next((e for e in events if e.doc_id != doc.id), None)
            if stray is not None:  # it would never be replaced when its document is re-coded
                raise StoreError(f"event {stray.event_id!r} has doc_id {stray.doc_id!r}, not {doc.id!r}")
            latest[doc.id] = (doc, events)  # the last result for a document wins
        if not latest:
            return 0
        docs = [doc for doc, _ in latest.values()]
        with self._transaction() as con:
            self._insert_documents(con, docs)
            stored = dict(con.execute(
                "SELECT id, coded_at IS NOT NULL FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                [list(latest)]).fetchall())
            events = [e for doc_id, (_, doc_events) in latest.items() if doc_id in stored for e in doc_events]
            self._replace_events(con, sorted(stored), events, recoding=any(stored.values()))
        return len(events)

    def _replace_events(self, con: duckdb.DuckDBPyConnection, doc_ids: list[str], events: list[Event],
                        recoding: bool) -> None:
        """recoding: some of the documents were coded before, so they have events to replace."""
        if self.memory_limit is not None:  # a large batch of events needs room until its commit
            con.execute("RESET memory_limit")
        con.register("coded_ids", pa.table({"id": pa.array(doc_ids, pa.string())}))
        con.register("incoming_events", rows.events_table(events))
        try:
            # the actors of the old events lose mentions: they are rebuilt, the others merged
            recounted = _NO_ACTORS
            if recoding:  # both scan the whole events table: only when there is something to replace
                recounted = con.sql(_ACTOR_KEYS.format(
                    table="event_rows", filter="AND doc_id IN (SELECT id FROM coded_ids)")).to_arrow_table()
                con.execute("DELETE FROM event_rows WHERE doc_id IN (SELECT id FROM coded_ids)")
            con.register("recounted_actors", recounted)
            clash = _first_row(con.execute(_EVENT_ID_CLASH))
            if clash is not None:
                raise StoreError(f"{self.path}: event id {clash[0]!r} is not unique; nothing was saved")
            con.execute(rows.insert_events_sql("incoming_events"))
            con.execute("UPDATE documents SET coded_at = ? WHERE id IN (SELECT id FROM coded_ids)", [rows.utc_now()])
            self._merge_actors(con, recounting=recounted.num_rows > 0)
        finally:
            _unregister(con, "recounted_actors", "incoming_events", "coded_ids")

    @staticmethod
    def _merge_actors(con: duckdb.DuckDBPyConnection, recounting: bool) -> None:
        """Add the incoming events' mentions to the actors summary (`schema.merge_actor_statements`)."""
        if recounting:
            for table in ("actors", "actor_countries"):
                con.execute(f"DELETE FROM {table} a WHERE EXISTS (SELECT 1 FROM recounted_actors r"
                            " WHERE r.code = a.code AND r.name = a.name)")
        for statement in merge_actor_statements(recounting):
            con.execute(statement)

    # ---- queries -----------------------------------------------------------------------
    def query_events(self, place: str | None = None, near: tuple[float, float] | None = None,
                     radius_km: float | None = None, actor: str | None = None, code: str | None = None,
                     since: date | None = None, until: date | None = None, source: str | None = None,
                     limit: int | None = None) -> list[Event]:
        """Events matching every given filter, ordered by date, document and position.

        place: location name, mention, admin1 or ISO-2 country (case-insensitive). near +
        radius_km: within that great-circle distance (radius defaults to 50 km). actor: a CAMEO
        code prefix or part of the canonical name / mention of the source or target
        (case-insensitive). code: CAMEO code prefix. since/until: event date (else story date),
        inclusive. source: the publication, case-insensitive.
        """
        where, params = _event_filters(place, near, radius_km, actor, code, since, until, source)
        # built from the columns, not from the `record` of the `events` view: no JSON either way
        sql = f"SELECT {rows.RECORD_PLAN.read_columns} FROM event_rows WHERE {where} ORDER BY {_EVENT_ORDER} LIMIT ?"
        with self._connection() as con:
            return rows.events_from_table(con.sql(sql, params=[*params, limit]).to_arrow_table())

    def events_table(self, place: str | None = None, near: tuple[float, float] | None = None,
                     radius_km: float | None = None, actor: str | None = None, code: str | None = None,
                     since: date | None = None, until: date | None = None, source: str | None = None,
                     limit: int | None = None, with_record: bool = False) -> pa.Table:
        """The flattened event columns (same filters as `query_events`) as an Arrow table, from the
        `events` view; `with_record` adds the EVENTS.md JSON, built for the rows read."""
        where, params = _event_filters(place, near, radius_km, actor, code, since, until, source)
        columns = "*" if with_record else "* EXCLUDE (record)"
        sql = f"SELECT {columns} FROM events WHERE {where} ORDER BY {_EVENT_ORDER} LIMIT ?"
        with self._connection() as con:
            return con.sql(sql, params=[*params, limit]).to_arrow_table()

    def counts(self) -> dict[str, int]:
        with self._connection() as con:
            row = con.execute(
                "SELECT (SELECT count(*) FROM documents), (SELECT count(coded_at) FROM documents),"
                " (SELECT count(*) FROM event_rows), (SELECT count(*) FROM actors)").fetchall()[0]
        return dict(zip(("documents", "coded", "events", "actors"), (int(v) for v in row)))

    def sql(self, query: str, params: Sequence | None = None) -> pa.Table:
        """Run a read query (analysis, exports) and get an Arrow table."""
        with self._connection() as con:
            return con.sql(query, params=list(params or [])).to_arrow_table()


_INSERT_NEW_DOCUMENTS = """
INSERT INTO documents (id, hash, date, source, url, title, origin, text, ingested_at)
SELECT i.id, i.hash, i.date, i.source, i.url, i.title, i.origin, i.text, i.ingested_at
FROM incoming_docs i
WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = i.id)
  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.hash = i.hash)
  -- within the batch, the first document with a given text is the one stored
  AND i.seq = (SELECT min(j.seq) FROM incoming_docs j WHERE j.hash = i.hash)
ORDER BY i.seq
"""

# The incoming documents that are neither stored (by id or text) nor a repeat of an earlier
# text in the batch: the ones the near-duplicate check looks at. Same rules as the insert above.
_FRESH_DOCUMENTS = """
SELECT i.seq FROM incoming_docs i
WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = i.id)
  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.hash = i.hash)
  AND i.seq = (SELECT min(j.seq) FROM incoming_docs j WHERE j.hash = i.hash)
ORDER BY i.seq
"""

_INSERT_KEPT_DOCUMENTS = """
INSERT INTO documents (id, hash, date, source, url, title, origin, text, ingested_at)
SELECT i.id, i.hash, i.date, i.source, i.url, i.title, i.origin, i.text, i.ingested_at
FROM incoming_docs i SEMI JOIN kept_ids k ON k.id = i.id
ORDER BY i.seq
"""

# Incoming ids (not stored) whose text is a near-duplicate; run after the insert.
_COUNT_NEAR_DUPLICATES = """
SELECT count(*) FROM incoming_docs i SEMI JOIN near_matches n ON n.hash = i.hash
WHERE NOT EXISTS (SELECT 1 FROM documents x WHERE x.id = i.id)
"""

# Near-duplicate texts (and exact repeats of them in the batch) become sources of the document
# they duplicate, once per id: the same entries exact duplicates get.
_MERGE_NEAR_SOURCES = f"""
UPDATE documents AS d SET sources = list_concat(d.sources, m.extra)
FROM (
    SELECT n.target_id, list(struct_pack(id := i.id, source := i.source, url := i.url,
                                         origin := i.origin, date := i.date)::{SOURCE_ENTRY_TYPE}
                             ORDER BY i.seq) AS extra
    FROM incoming_docs i JOIN near_matches n ON n.hash = i.hash JOIN documents e ON e.id = n.target_id
    WHERE NOT EXISTS (SELECT 1 FROM documents x WHERE x.id = i.id)
      AND NOT list_contains(list_transform(e.sources, lambda s: s.id), i.id)
    GROUP BY n.target_id
) AS m
WHERE d.id = m.target_id
"""

# Stored documents sharing an LSH band key with an incoming text (their signatures are read
# once per document afterwards, not once per pair).
_BAND_CANDIDATES = """
SELECT DISTINCT i.position, b.doc_id FROM incoming_bands i JOIN document_bands b ON b.key = i.key
ORDER BY i.position, b.doc_id
"""

_UNSIGNED_DOCUMENTS = """
SELECT id, text FROM documents d
WHERE id > ? AND NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.doc_id = d.id)
ORDER BY id LIMIT ?
"""

# Ids not stored as documents whose text is: recorded as extra sources, once each.
_MERGE_SOURCES = f"""
UPDATE documents AS d SET sources = list_concat(d.sources, m.extra)
FROM (
    SELECT i.hash, list(struct_pack(id := i.id, source := i.source, url := i.url,
                                    origin := i.origin, date := i.date)::{SOURCE_ENTRY_TYPE}
                        ORDER BY i.seq) AS extra
    FROM incoming_docs i JOIN documents e ON e.hash = i.hash
    WHERE NOT EXISTS (SELECT 1 FROM documents x WHERE x.id = i.id)
      AND NOT list_contains(list_transform(e.sources, lambda s: s.id), i.id)
    GROUP BY i.hash
) AS m
WHERE d.hash = m.hash
"""

# The events key: no event id twice in a batch, nor one that another document's events hold.
_EVENT_ID_CLASH = """
SELECT event_id FROM incoming_events GROUP BY event_id HAVING count(*) > 1
UNION ALL
SELECT i.event_id FROM incoming_events i JOIN event_rows e ON e.event_id = i.event_id
LIMIT 1
"""

_NO_ACTORS = pa.table({"code": pa.array([], pa.string()), "name": pa.array([], pa.string())})

_ACTOR_KEYS = """
    SELECT source_code AS code, coalesce(source_name, '') AS name FROM {table}
    WHERE source_code IS NOT NULL {filter}
    UNION
    SELECT target_code, coalesce(target_name, '') FROM {table} WHERE target_code IS NOT NULL {filter}
"""

_EVENT_ORDER = "coalesce(date, doc_date) NULLS LAST, doc_id, evidence_sentence, evidence_start, event_id"

_HAVERSINE_KM = f"""(2 * {EARTH_RADIUS_KM} * asin(sqrt(
    pow(sin(radians(location_lat - ?) / 2), 2)
    + cos(radians(?)) * cos(radians(location_lat)) * pow(sin(radians(location_lon - ?) / 2), 2))))"""


def _event_filters(place: str | None, near: tuple[float, float] | None, radius_km: float | None,
                   actor: str | None, code: str | None, since: date | None, until: date | None,
                   source: str | None) -> tuple[str, list]:
    """A WHERE clause of fixed SQL fragments and the values for its `?` placeholders."""
    where: list[str] = ["TRUE"]
    params: list = []
    if place is not None:
        where.append("(lower(location_name) = lower(?) OR lower(location_text) = lower(?)"
                     " OR lower(location_admin1) = lower(?) OR upper(location_country) = upper(?))")
        params += [place] * 4
    if near is not None:
        lat, lon = float(near[0]), float(near[1])
        radius = DEFAULT_RADIUS_KM if radius_km is None else float(radius_km)
        where.append(f"location_lat IS NOT NULL AND {_HAVERSINE_KM} <= ?")
        params += [lat, lat, lon, radius]
    elif radius_km is not None:
        raise ValueError("radius_km needs near=(lat, lon)")
    if actor is not None:
        where.append("(" + " OR ".join(
            f"starts_with(upper({side}_code), upper(?)) OR contains(lower({side}_name), lower(?))"
            f" OR contains(lower({side}_text), lower(?))" for side in ("source", "target")) + ")")
        params += [actor] * 6
    if code is not None:
        where.append("starts_with(cameo, ?)")
        params.append(code)
    if since is not None:
        where.append("coalesce(date, doc_date) >= ?")
        params.append(since)
    if until is not None:
        where.append("coalesce(date, doc_date) <= ?")
        params.append(until)
    if source is not None:
        where.append("lower(doc_source) = lower(?)")
        params.append(source)
    return " AND ".join(where), params


def _stored_texts(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    """Texts of the stored documents whose signatures passed the threshold (few per batch)."""
    con.register("wanted_ids", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        return dict(con.execute("SELECT d.id, d.text FROM documents d SEMI JOIN wanted_ids w ON w.id = d.id").fetchall())
    finally:
        _unregister(con, "wanted_ids")


def _near_matches_table(fresh: Sequence[Document], matches: dict[int, dedup.NearMatch]) -> pa.Table:
    """(hash, target_id, similarity) of each near-duplicate text; a target in the batch by its id."""
    items = sorted(matches.items())
    return pa.table({
        "hash": pa.array([fresh[row].hash for row, _ in items], pa.string()),
        "target_id": pa.array([m.target_id if m.target_row is None else fresh[m.target_row].id
                               for _, m in items], pa.string()),
        "similarity": pa.array([m.similarity for _, m in items], pa.float64()),
    })


def _first_per_id(docs: Sequence[Document]) -> list[Document]:
    seen: set[str] = set()
    unique = []
    for doc in docs:
        if doc.id not in seen:
            seen.add(doc.id)
            unique.append(doc)
    return unique


def _unregister(con: duckdb.DuckDBPyConnection, *names: str) -> None:
    for name in names:
        try:
            con.unregister(name)
        except duckdb.Error:
            pass  # never mask the error that brought us here


def _first_row(cursor: duckdb.DuckDBPyConnection) -> tuple | None:
    """The first row of a result, read to the end: a half-read result (fetchone) stays pending
    on a kept-open connection and DuckDB then refuses the next `con.sql()` on it."""
    rows_ = cursor.fetchall()
    return rows_[0] if rows_ else None


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else message

"""Short read-only store connections for the dashboard.

Concurrency design: DuckDB lets one process hold a database file for writing; while it does,
other processes cannot open the file at all, not even read-only. So nobody keeps the file open:
`Store` writers (`sitroom ingest/run`, `sitroom watch`) connect per transaction and close right
after, and the dashboard opens the store read-only for one request (one connection for all the
queries of that request) and closes it before answering. The dashboard therefore sees newly
ingested documents without a restart, and a writer waits at most one request's queries for it.
When a writer holds the lock as a request arrives, `Store` retries the open with a short
backoff; if the writer is still busy after `LOCK_WAIT_SECONDS`, the request answers 503 with
`Retry-After: 1`, and the page retries. (Measured: 60 API polls during a `watch` pass that
coded and saved 180 documents all answered 200, the slowest in 1.7 s.)
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_WAIT_SECONDS = 3.0


class StoreUnavailable(RuntimeError):
    """The store cannot be read now (missing file, or a writer kept the lock too long)."""

    def __init__(self, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@contextmanager
def open_reader(db_path: Path, wait: float | None = None, keep_open: bool = True) -> Iterator:
    """A read-only `Store` holding one connection for the length of one request.

    `Store` itself retries the open while a writer holds the lock (up to `wait` seconds);
    one connection per request (keep_open) avoids reopening the file for each query in it;
    `keep_open=False` gives each store call its own connection instead.
    """
    from sitroom.store import Store
    from sitroom.store.store import StoreError
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    if not db_path.exists():
        raise StoreUnavailable(f"no store at {db_path.name} yet: run `sitroom ingest` or `sitroom run` first")
    try:
        store = Store(db_path, read_only=True, keep_open=keep_open, lock_timeout=wait)
    except StoreError as exc:
        busy = "lock" in str(exc).lower()
        message = "the store is busy with a writer; try again shortly" if busy else str(exc)
        raise StoreUnavailable(message, retry_after=1 if busy else None) from exc
    try:
        yield store
    finally:
        store.close()

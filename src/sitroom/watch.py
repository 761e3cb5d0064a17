"""`watch`: poll feed URLs and folders, ingest what is new, code it, store it.

Each pass reads every source, hands the documents to `Store.add_documents` (idempotent: an id or
a text already stored changes nothing, so feed entries seen before are not added again), then
codes the store's uncoded documents with `Pipeline` and saves them with `save_coded`.

The store lock is held only for the short writes: documents are read and coded with no
connection open, and each batch of results is saved in its own transaction, so `sitroom serve`
(which opens the store read-only per request) keeps answering while a pass runs. Within one
process, a file or folder whose files all keep their size and modification time is not read
again on the next pass.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.batching import batched
from sitroom.records import Document

log = logging.getLogger("sitroom.watch")
SAVE_BATCH = 32  # documents per save_coded transaction
ADD_BATCH = 500


@dataclass(slots=True)
class PassStats:
    """What one pass did."""

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    coded: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


class FileMemo:
    """(size, mtime) of the files already read, so an unchanged file is skipped next pass."""

    def __init__(self) -> None:
        self._seen: dict[Path, tuple[int, int]] = {}

    def changed_files(self, root: Path) -> list[Path]:
        if root.is_file():
            files = [root]
        else:
            files = sorted(p for p in root.rglob("*") if p.is_file()
                           and not any(part.startswith(".") for part in p.relative_to(root).parts))
        changed = []
        for path in files:  # every file is checked, so each signature is recorded this pass
            stat = path.stat()
            signature = (stat.st_size, stat.st_mtime_ns)
            if self._seen.get(path) != signature:
                changed.append(path)
                self._seen[path] = signature
        return changed


def _read_changed(path: Path, memo: FileMemo, on_skip: Callable[[Exception], None]) -> Iterator[Document]:
    """The whole file or folder, read again only when one of its files changed since last pass.

    The folder is read as a whole (not file by file) so that document ids are the same as
    `sitroom ingest FOLDER` gives them ("sub/story"); the store drops what it already has.
    """
    from sitroom.ingest import read_path
    if memo.changed_files(path):
        yield from read_path(path, skip_bad=True, on_skip=on_skip)


def read_sources(sources: Iterable[str], memo: FileMemo, stats: PassStats) -> Iterator[Document]:
    """Documents from every source; a source that fails is logged and the others go on."""
    from sitroom.ingest import IngestError, read_url

    def skip(error: Exception) -> None:
        stats.errors.append(str(error))
        log.warning("skipped: %s", error)

    for source in sources:
        try:
            if is_url(source):
                yield from read_url(source, skip_bad=True, on_skip=skip)
            elif Path(source).exists():
                yield from _read_changed(Path(source), memo, skip)
            else:
                skip(IngestError(source, None, "no such file or folder"))
        except IngestError as exc:
            skip(exc)


def ingest_pass(sources: list[str], db_path: Path, memo: FileMemo, stats: PassStats) -> None:
    from sitroom.store import Store
    store = Store(db_path)  # one connection per write: the lock is held per transaction only
    for batch in batched(read_sources(sources, memo, stats), ADD_BATCH):
        added = store.add_documents(batch)
        stats.read += len(batch)
        stats.new += added.new
        stats.duplicate += added.duplicate
        stats.near_duplicate += added.near_duplicate


def code_pass(db_path: Path, pipeline, stats: PassStats) -> None:
    from sitroom.store import Store
    store = Store(db_path)
    pending = list(store.uncoded_documents())
    if not pending:
        return
    for batch in batched(pipeline.code(pending), SAVE_BATCH):
        stats.events += store.save_coded(batch)
        stats.coded += len(batch)


def run_pass(sources: list[str], db_path: Path, pipeline_factory: Callable[[], object],
             memo: FileMemo) -> PassStats:
    """One poll: ingest new documents, then code whatever is uncoded (also left from earlier runs)."""
    stats = PassStats()
    ingest_pass(sources, db_path, memo, stats)
    code_pass(db_path, _LazyPipeline(pipeline_factory), stats)
    return stats


class _LazyPipeline:
    """Loads the pipeline (spaCy and dictionaries, seconds) only when there is something to code."""

    def __init__(self, factory: Callable[[], object]) -> None:
        self._factory = factory

    def code(self, documents):
        return self._factory().code(documents)


def _cached(factory: Callable[[], object]) -> Callable[[], object]:
    made: list = []

    def get():
        if not made:
            made.append(factory())
        return made[0]
    return get


def _default_pipeline():
    from sitroom.pipeline import Pipeline
    return Pipeline()


def watch(sources: list[str], db_path: str | Path, interval: float = 60, once: bool = False,
          pipeline: object | None = None, on_pass: Callable[[PassStats], None] | None = None,
          max_passes: int | None = None) -> PassStats:
    """Poll `sources` (feed URLs, files, folders) every `interval` seconds; returns the last pass.

    `once=True` runs a single pass. `pipeline` (anything with `.code(documents)`) defaults to
    `Pipeline()`, built on first need and reused across passes. `on_pass` is told each pass's
    stats. A pass that fails is logged and retried next interval (with `once`, it raises).
    `max_passes` bounds the loop (tests).
    """
    if not sources:
        raise ValueError("watch needs at least one feed URL, file or folder")
    db_path = Path(db_path)
    get_pipeline = (lambda: pipeline) if pipeline is not None else _cached(_default_pipeline)
    memo = FileMemo()
    passes = 0
    while True:
        started = time.monotonic()
        try:
            stats = run_pass(list(sources), db_path, get_pipeline, memo)
        except Exception as exc:  # a long-running watch outlives one bad pass (store busy, ...)
            if once:
                raise
            log.exception("pass failed; trying again in %g s", interval)
            stats = PassStats(errors=[f"{type(exc).__name__}: {exc}"])
        passes += 1
        log.info("pass %d: read %d, new %d, coded %d documents, %d events", passes, stats.read, stats.new,
                 stats.coded, stats.events)
        if on_pass:
            on_pass(stats)
        if once or (max_passes is not None and passes >= max_passes):
            return stats
        time.sleep(max(0.0, interval - (time.monotonic() - started)))

"""Export coded events to the event-data formats of the ecosystem.

`write_events(events, path, fmt)` streams an iterable of `sitroom.records.Event` to one file:

| fmt | file | rows |
|---|---|---|
| gdelt | GDELT 2.0 event table, 61 tab-separated columns, no header | factual events |
| acled | ACLED CSV (31 columns, ACLED's order, header) | factual events with an ACLED type |
| phoenix | Phoenix TSV (26 columns, no header) | factual events |
| polecat | POLECAT TSV (40 columns, header) | factual events with a PLOVER type |
| plover | PLOVER JSON records, one per line | events with a PLOVER type |
| csv / parquet | sitroom's flat table, every field | all events |
| jsonl | `sitroom.records.event_to_json`, one per line | all events |

"Factual" means modality asserted or reported: formats without a modality column would present
a denied or hypothetical action as a fact (pass `factual_only=False` to export them anyway).
See docs/formats.md for every column and what sitroom fills or leaves empty.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

from sitroom.export import acled, flat, gdelt, phoenix, plover
from sitroom.export.common import (FACTUAL_MODALITIES, DocumentLookup, Documents, ExportOptions,
                                   now_utc, stable_int_id)
from sitroom.export.writers import atomic_output
from sitroom.records import Document, Event, event_to_json

try:
    # `plain_record(event) == event_to_json(event)` (pinned by the store's tests and ours),
    # compiled per dataclass instead of dataclasses.asdict's deep copies: ~10x faster.
    from sitroom.store.rows import plain_record
except ImportError:  # pragma: no cover - the store is part of the package; stay correct without it
    plain_record = event_to_json

Writer = Callable[[Iterable[Event], Path, ExportOptions, Documents], int]


def _write_jsonl(events: Iterable[Event], path: Path, options: ExportOptions,
                 documents: Documents) -> int:
    count = 0
    with atomic_output(path) as out:
        for event in events:
            out.write(json.dumps(plain_record(event), ensure_ascii=False) + "\n")
            count += 1
    return count


# format → (writer, whether the format can carry modality)
_WRITERS: dict[str, tuple[Writer, bool]] = {
    "gdelt": (gdelt.write, False),
    "acled": (acled.write, False),
    "phoenix": (phoenix.write, False),
    "polecat": (plover.write_polecat, False),
    "plover": (plover.write_plover, True),
    "csv": (flat.write_flat_csv, True),
    "parquet": (flat.write_parquet, True),
    "jsonl": (_write_jsonl, True),
}
FORMATS: tuple[str, ...] = tuple(_WRITERS)
# The usual file name ending of each format.
EXTENSIONS: dict[str, str] = {"gdelt": ".export.CSV", "acled": ".csv", "phoenix": ".txt",
                              "polecat": ".tsv", "plover": ".jsonl", "csv": ".csv",
                              "parquet": ".parquet", "jsonl": ".jsonl"}


def write_events(events: Iterable[Event], path: str | Path, fmt: str, *,
                 documents: DocumentLookup | None = None, added_at: datetime | None = None,
                 factual_only: bool = True, batch_size: int = 10_000) -> int:
    """Write `events` to `path` in format `fmt`; returns the number of rows/records written.

    documents: doc_id → Document (a mapping, e.g. `store_documents(store)`, or a function),
        used for source URLs and titles (GDELT SOURCEURL, Phoenix URLs, PLOVER cite_info).
    added_at: the export time stamped into GDELT DATEADDED, ACLED timestamp and PLOVER
        coded_date (default: now, UTC).
    factual_only: for formats without a modality column, skip events whose modality is not
        asserted/reported (default True).
    batch_size: events per Parquet row group.
    The file appears only when complete (written to `path.part`, then moved).
    """
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    writer, carries_modality = _WRITERS[fmt]
    stamp = _as_utc(added_at) if added_at else now_utc()
    options = ExportOptions(added_at=stamp, batch_size=batch_size)
    if factual_only and not carries_modality:
        events = _factual(events)
    return writer(events, Path(path), options, Documents(documents))


def _as_utc(moment: datetime) -> datetime:
    """Aware UTC time; a naive time is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _factual(events: Iterable[Event]) -> Iterator[Event]:
    return (e for e in events if e.modality in FACTUAL_MODALITIES)


def store_documents(store, doc_ids: Iterable[str] | None = None) -> dict[str, Document]:
    """doc_id → Document (date, source, url, title; no text) from a `sitroom.store.Store` in one
    query, for `write_events(documents=...)`: far cheaper than a `get_document` call per document."""
    sql = "SELECT id, date, source, url, title FROM documents"
    params: list = []
    if doc_ids is not None:
        sql += " WHERE id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(list(dict.fromkeys(doc_ids)))
    table = store.sql(sql, params)
    columns = [table.column(name).to_pylist() for name in ("id", "date", "source", "url", "title")]
    return {doc_id: Document(id=doc_id, text="", date=day, source=source, url=url, title=title)
            for doc_id, day, source, url, title in zip(*columns)}


def events_to_table(events: Iterable[Event]):
    """All events as one typed pyarrow Table with the flat CSV/Parquet columns."""
    return flat.events_to_table(events)


__all__ = ["FORMATS", "EXTENSIONS", "write_events", "events_to_table", "store_documents",
           "stable_int_id"]

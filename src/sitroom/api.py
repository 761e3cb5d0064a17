"""The Python API: code a text, open a store as DataFrames / Arrow tables, export.

    import sitroom
    events = sitroom.code("Troops shelled the town of Izium on Sunday.", date="2022-04-03")
    db = sitroom.open("sitroom.duckdb")
    frame = db.events(place="Izium", since="2022-04-01")

The coding pipeline (spaCy model, dictionaries, gazetteer) is loaded once per process, on the
first call that needs it, and shared with the spaCy component (`sitroom.spacy_component`).
"""
from __future__ import annotations

import threading
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitroom.records import Document, Event

if TYPE_CHECKING:  # heavy imports stay out of `import sitroom`
    import pandas as pd
    import pyarrow as pa

    from sitroom.analysis import Incident
    from sitroom.pipeline import Pipeline
    from sitroom.store import Store

_pipeline: Pipeline | None = None
_pipeline_lock = threading.Lock()


def get_pipeline() -> Pipeline:
    """The process-wide coding pipeline, built on first use (thread-safe)."""
    global _pipeline
    if _pipeline is None:
        with _pipeline_lock:
            if _pipeline is None:
                from sitroom.pipeline import Pipeline
                _pipeline = Pipeline()
    return _pipeline


def as_date(value: date | datetime | str | None) -> date | None:
    """A story or filter date from a date, a datetime, or an ISO string ("2024-03-10", "2024-03-10T08:00Z")."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise TypeError(f"expected a date, datetime or ISO string, not {type(value).__name__}")


def code(text: str, date: date | datetime | str | None = None, source: str | None = None,
         doc_id: str = "text") -> list[Event]:
    """The events of one text. `date` is the story date relative dates resolve against
    ("on Sunday"); `source` the publication, copied into each event's `doc_source`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    document = Document(id=doc_id, text=text, date=as_date(date), source=source)
    for _, events in get_pipeline().code([document]):
        return events
    return []


def open(db: str | Path) -> Database:  # noqa: A001 - `sitroom.open(path)` reads naturally
    """Open a sitroom store (DuckDB file) read-only."""
    return Database(db)


class Database:
    """A read-only view of a store: documents, events and incidents as pandas DataFrames,
    events as Arrow tables or `Event` records, and exports.

    Event filters (all optional, combined with AND): place (name, admin1 or ISO-2 country),
    near=(lat, lon) with radius_km, actor (CAMEO code prefix or part of a name), code (CAMEO
    prefix), since / until (dates or ISO strings), source (publication), limit.
    """

    def __init__(self, path: str | Path) -> None:
        from sitroom.store import Store
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such store")
        self.path = path
        self.store: Store = Store(path, read_only=True)

    # ---- context manager -----------------------------------------------------------------
    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"sitroom.Database({str(self.path)!r})"

    # ---- documents -----------------------------------------------------------------------
    def documents(self, coded: bool | None = None, since: date | str | None = None,
                  until: date | str | None = None, source: str | None = None,
                  limit: int | None = None, text: bool = True) -> pd.DataFrame:
        """Stored documents, one row each, ordered by id (the text column unless text=False)."""
        import pandas as pd
        columns = [name for name in Document.__dataclass_fields__ if text or name != "text"]
        rows = [_document_row(doc, text) for doc in self.store.documents(
            coded=coded, since=as_date(since), until=as_date(until), source=source, limit=limit)]
        return pd.DataFrame.from_records(rows, columns=columns)

    def document(self, doc_id: str) -> Document | None:
        return self.store.get_document(doc_id)

    # ---- events --------------------------------------------------------------------------
    def events(self, **filters: Any) -> pd.DataFrame:
        """Events as a DataFrame of flat columns (source_code, location_lat, ...)."""
        return self.events_arrow(**filters).to_pandas()

    def events_arrow(self, **filters: Any) -> pa.Table:
        """Events as an Arrow table of flat columns."""
        return self.store.events_table(**_event_filters(filters))

    def event_records(self, **filters: Any) -> list[Event]:
        """Events as `sitroom.records.Event` objects."""
        return self.store.query_events(**_event_filters(filters))

    # ---- incidents -----------------------------------------------------------------------
    def incidents(self, **filters: Any) -> pd.DataFrame:
        """Incidents (one happening, several reports), most-reported first: one row each with
        its actors, root code, place, days, number of reports, outlets, largest casualty
        figures reported, and its event and document ids."""
        import pandas as pd
        rows = [_incident_row(i) for i in self.incident_records(**filters)]
        return pd.DataFrame.from_records(rows, columns=_INCIDENT_COLUMNS)

    def incident_records(self, **filters: Any) -> list[Incident]:
        from sitroom.analysis.incidents import build_incidents
        from sitroom.analysis.lookup import Lookup
        from sitroom.export import store_documents
        events = self.event_records(**filters)
        documents = store_documents(self.store, (e.doc_id for e in events))
        incidents, _ = build_incidents(events, Lookup.build(events, documents))
        return incidents

    # ---- export --------------------------------------------------------------------------
    def export(self, path: str | Path, fmt: str, **filters: Any) -> int:
        """Write the filtered events to `path` in an export format (see `sitroom.export`)."""
        from sitroom.export import store_documents, write_events
        events = self.event_records(**filters)
        documents = store_documents(self.store, (e.doc_id for e in events))
        return write_events(events, path, fmt, documents=documents)


_FILTER_NAMES = frozenset({"place", "near", "radius_km", "actor", "code", "since", "until",
                           "source", "limit"})

_INCIDENT_COLUMNS = ["incident_id", "source", "target", "root", "place", "first_day", "last_day",
                     "reports", "outlets", "fatalities", "injured", "arrested", "event_ids",
                     "doc_ids"]


def _event_filters(filters: dict[str, Any]) -> dict[str, Any]:
    unknown = set(filters) - _FILTER_NAMES
    if unknown:
        raise TypeError(f"unknown event filter(s): {', '.join(sorted(unknown))}; "
                        f"use {', '.join(sorted(_FILTER_NAMES))}")
    out = dict(filters)
    for key in ("since", "until"):
        if key in out:
            out[key] = as_date(out[key])
    return out


def _document_row(doc: Document, text: bool) -> dict[str, Any]:
    row = asdict(doc)
    if not text:
        row.pop("text")
    return row


def _largest(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return max(known) if known else None


def _incident_row(incident: Incident) -> dict[str, Any]:
    reports = incident.reports
    return {
        "incident_id": incident.incident_id, "source": incident.source, "target": incident.target,
        "root": incident.root, "place": incident.place, "first_day": incident.first_day,
        "last_day": incident.last_day, "reports": len(reports), "outlets": incident.outlets,
        "fatalities": _largest([r.fatalities for r in reports]),
        "injured": _largest([r.injured for r in reports]),
        "arrested": _largest([r.arrested for r in reports]),
        "event_ids": incident.event_ids, "doc_ids": incident.doc_ids,
    }

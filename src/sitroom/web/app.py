"""The dashboard's FastAPI app: a JSON API over the store and the static single-page client.

All reads go through the store's parameterised query methods on a short read-only connection
per request (see `sitroom.web.readers` for the concurrency design). Handlers are plain `def`
functions, so FastAPI runs the blocking DuckDB work in its thread pool.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from sitroom.records import Event, event_from_json
from sitroom.web.readers import StoreUnavailable, open_reader
from sitroom.web.security import GuardMiddleware, resolve_static, static_type
from sitroom.web.serialize import contested_json, document_json, event_json, incident_json, situation_json

STATIC_DIR = Path(__file__).parent / "static"
DEFAULT_LIMIT = 500
MAX_LIMIT = 5000
SITUATION_CACHE_SIZE = 16
TEXT_FILTER = 200  # longest accepted place / actor / side filter


@dataclass(frozen=True, slots=True)
class EventFilters:
    place: str | None = None
    actor: str | None = None
    side: str | None = None
    code: str | None = None
    since: date | None = None
    until: date | None = None


def event_filters(
    place: Annotated[str | None, Query(max_length=TEXT_FILTER)] = None,
    actor: Annotated[str | None, Query(max_length=TEXT_FILTER)] = None,
    side: Annotated[str | None, Query(max_length=TEXT_FILTER)] = None,
    code: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$")] = None,
    since: date | None = None,
    until: date | None = None,
) -> EventFilters:
    """Query-string filters shared by every event-based route; blank strings mean no filter."""
    def clean(value: str | None) -> str | None:
        return value.strip() or None if value else None
    return EventFilters(clean(place), clean(actor), clean(side), clean(code), since, until)


Filters = Annotated[EventFilters, Depends(event_filters)]


def on_side(event: Event, prefixes: list[str]) -> bool:
    """True when the event's source or target code falls under one of the side's prefixes."""
    codes = [a.code.upper() for a in (event.source, event.target) if a is not None and a.code]
    return any(code.startswith(p.upper()) for code in codes for p in prefixes)


class Dashboard:
    """The state behind the routes: where the store is, the sides mapping, a small situation cache."""

    def __init__(self, db_path: Path, sides: dict[str, list[str]] | None) -> None:
        self.db_path = Path(db_path)
        self.sides = dict(sides or {})
        self._cache: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def store_version(self) -> tuple:
        """Changes whenever a writer touched the store (file or write-ahead log)."""
        version = []
        for path in (self.db_path, self.db_path.with_name(self.db_path.name + ".wal")):
            try:
                stat = path.stat()
                version.append((stat.st_mtime_ns, stat.st_size))
            except FileNotFoundError:
                version.append(None)
        return tuple(version)

    def side_prefixes(self, side: str | None) -> list[str] | None:
        if side is None:
            return None
        if side not in self.sides:
            raise HTTPException(400, f"unknown side {side!r}; known: {', '.join(sorted(self.sides)) or 'none'}")
        return self.sides[side]

    def query(self, store, filters: EventFilters, limit: int | None) -> list[Event]:
        prefixes = self.side_prefixes(filters.side)
        found = store.query_events(place=filters.place, near=None, radius_km=None, actor=filters.actor,
                                   code=filters.code, since=filters.since, until=filters.until,
                                   source=None, limit=None if prefixes else limit)
        if prefixes:
            found = [e for e in found if on_side(e, prefixes)]
            found = found[:limit] if limit is not None else found
        return found

    def events(self, filters: EventFilters, limit: int) -> list[Event]:
        with open_reader(self.db_path) as store:
            return self.query(store, filters, limit)

    def situation(self, filters: EventFilters):
        key = (filters, self.store_version())
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        situation = self._build_situation(filters)
        with self._lock:
            self._cache[key] = situation
            while len(self._cache) > SITUATION_CACHE_SIZE:
                self._cache.popitem(last=False)
        return situation

    def _build_situation(self, filters: EventFilters):
        from sitroom.analysis import build_situation
        with open_reader(self.db_path) as store:
            found = self.query(store, filters, None)
            documents = {doc_id: doc for doc_id in {e.doc_id for e in found}
                         if (doc := store.get_document(doc_id)) is not None}
        return build_situation(found, documents, place=filters.place, actor=filters.actor,
                               since=filters.since, until=filters.until, sides=self.sides or None)

    def document(self, doc_id: str) -> dict:
        # a connection per call: on a kept-open connection DuckDB refuses store.sql() after
        # a fetchone() left a result unfinished (as Store's own schema check does)
        with open_reader(self.db_path, keep_open=False) as store:
            events = _document_events(store, doc_id)
            document = store.get_document(doc_id)
        if document is None:
            raise HTTPException(404, "no such document")
        return document_json(document, events)

    def meta(self) -> dict:
        with open_reader(self.db_path) as store:
            counts = store.counts()
        return {"sides": self.sides, "counts": _plain_counts(counts)}


def _document_events(store, doc_id: str) -> list[Event]:
    """The events coded from one document, in text order."""
    # the store has no per-document query method; this is its parameterised read-query entry
    table = store.sql("SELECT record FROM events WHERE doc_id = ?", [doc_id])
    events = [event_from_json(json.loads(record)) for record in table.column("record").to_pylist()]
    return sorted(events, key=lambda e: (e.evidence.start, e.evidence.sentence, e.event_id))


def _plain_counts(counts: Any) -> dict:
    if isinstance(counts, dict):
        return {str(k): v for k, v in counts.items()}
    if hasattr(counts, "__dataclass_fields__"):
        from dataclasses import asdict
        return asdict(counts)
    return {"value": counts}


def create_app(db_path: str | Path, sides: dict[str, list[str]] | None = None,
               allowed_hosts: set[str] | frozenset[str] | None = None) -> FastAPI:
    """The dashboard for the store at `db_path`.

    `sides` maps a side's name to CAMEO actor-code prefixes (the `side` filter and side dyads);
    `allowed_hosts`, when given, is the set of Host header names accepted (serve() passes the
    loopback names when bound to loopback).
    """
    dashboard = Dashboard(Path(db_path), sides)
    app = FastAPI(title="sitroom dashboard", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.dashboard = dashboard
    app.add_middleware(GuardMiddleware, allowed_hosts=frozenset(allowed_hosts) if allowed_hosts else None)

    @app.exception_handler(StoreUnavailable)
    def store_unavailable(_: Request, exc: StoreUnavailable) -> JSONResponse:
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return JSONResponse({"detail": str(exc)}, status_code=503, headers=headers)

    _api_routes(app, dashboard)
    _page_routes(app)
    return app


def _api_routes(app: FastAPI, dashboard: Dashboard) -> None:
    no_store = {"Cache-Control": "no-store"}

    @app.get("/api/meta")
    def meta() -> JSONResponse:
        return JSONResponse(dashboard.meta(), headers=no_store)

    @app.get("/api/events")
    def events(filters: Filters,
               limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT) -> JSONResponse:
        found = dashboard.events(filters, limit)
        return JSONResponse({"count": len(found), "limit": limit, "events": [event_json(e) for e in found]},
                            headers=no_store)

    @app.get("/api/situation")
    def situation(filters: Filters) -> JSONResponse:
        return JSONResponse(situation_json(dashboard.situation(filters)), headers=no_store)

    @app.get("/api/incidents")
    def incidents(filters: Filters,
                  limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT) -> JSONResponse:
        found = dashboard.situation(filters).incidents
        return JSONResponse({"count": len(found), "incidents": [incident_json(i) for i in found[:limit]]},
                            headers=no_store)

    @app.get("/api/contested")
    def contested(filters: Filters) -> JSONResponse:
        found = dashboard.situation(filters).contested
        return JSONResponse({"count": len(found), "contested": [contested_json(c) for c in found]},
                            headers=no_store)

    @app.get("/api/documents/{doc_id:path}")
    def document(doc_id: str) -> JSONResponse:
        if len(doc_id) > 1000:
            raise HTTPException(414, "document id too long")
        return JSONResponse(dashboard.document(doc_id), headers=no_store)


def _page_routes(app: FastAPI) -> None:
    @app.api_route("/", methods=["GET", "HEAD"])
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache"})

    @app.api_route("/static/{requested:path}", methods=["GET", "HEAD"])
    def static(requested: str) -> Response:
        path = resolve_static(STATIC_DIR, requested)
        if path is None:
            raise HTTPException(404, "not found")
        return FileResponse(path, media_type=static_type(path), headers={"Cache-Control": "no-cache"})

"""Documents and events built directly for the store tests."""
from __future__ import annotations

from datetime import date
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

import duckdb
import pyarrow as pa
import pytest

from sitroom.records import (
    Acled,
    Actor,
    Attribution,
    Document,
    Event,
    Evidence,
    Location,
    Plover,
)
from sitroom.store import Store, rows
from sitroom.store.schema import EVENT_COLUMNS, META_TABLE, MIGRATIONS, merge_actor_statements

PLACES = {
    # name: (lat, lon, country, admin1)
    "Riverton": (10.0, 20.0, "AA", "North"),
    "Lakeside": (10.1, 20.1, "AA", "North"),   # ~16 km from Riverton
    "Hilltop": (12.0, 24.0, "BB", "South"),    # ~490 km away
}


def make_doc(doc_id: str, day: int = 1, source: str = "Wire One", text: str | None = None) -> Document:
    return Document(id=doc_id, text=text or f"Story {doc_id}: soldiers and police in the town.",
                    date=date(2024, 3, day), source=source, url=f"https://news.example/{doc_id}")


def make_event(doc: Document, n: int, cameo: str = "190", place: str | None = "Riverton",
               source: Actor | None = None, target: Actor | None = None,
               day: int | None = None) -> Event:
    location = None
    if place is not None:
        lat, lon, country, admin1 = PLACES[place]
        location = Location(text=place, name=place, geonames_id=1000 + n, lat=lat, lon=lon,
                            country=country, admin1=admin1, precision="city")
    source = source or Actor(text="the army", name="Northern Army", code="AAAMIL", country="AAA",
                             roles=["MIL"], start=0, end=8)
    return Event(
        event_id=f"{doc.id}:{n}:0", doc_id=doc.id, cameo=cameo, root=cameo[:2], goldstein=-10.0,
        quad_class=4, plover=Plover("ASSAULT", "", ["military"]), acled=Acled("Battles", "Armed clash"),
        source=source, target=target,
        evidence=Evidence(sentence=n, start=10 * n, end=10 * n + 9, trigger="attacked", text="It attacked.",
                          trigger_start=10 * n + 3, trigger_end=10 * n + 11),
        modality="reported",
        attribution=Attribution(text="officials said", source=Actor("officials", "Officials", "AAAGOV", "AAA", ["GOV"])),
        date=date(2024, 3, day) if day else doc.date, date_text="Monday" if day else None,
        date_basis="relative" if day else "story", location=location,
        fatalities=n, injured=None, arrested=0, counts_text=f"{n} killed",
        doc_source=doc.source, doc_date=doc.date,
    )


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "sitroom.duckdb"


@pytest.fixture
def store(store_path: Path):
    """One connection for the whole test: fast (opening per operation costs ~50-100 ms each)."""
    with Store(store_path, keep_open=True) as opened:
        yield opened


@pytest.fixture(params=[False, True], ids=["per-operation", "keep-open"])
def any_store(request, store_path: Path):
    """Both connection modes, for the tests that pin their equal behaviour."""
    with Store(store_path, keep_open=request.param) as opened:
        yield opened


@pytest.fixture
def doc_factory() -> Callable[..., Document]:
    return make_doc


@pytest.fixture
def event_factory() -> Callable[..., Event]:
    return make_event


@pytest.fixture
def rebels() -> Actor:
    return Actor(text="the rebels", name="Hill Front", code="BBBREB", country="BBB", roles=["REB"])


def write_old_store(path: Path, version: int, batch: Sequence[tuple[Document, list[Event]]]) -> None:
    """A store as schema `version` (2 or 3) wrote it: the `events` table with each event's EVENTS.md
    JSON in `record` (orjson's text, as the oldest stores have it), and for schema 3 the actors
    summary merged."""
    con = duckdb.connect(str(path))
    con.execute(META_TABLE)
    for steps in MIGRATIONS[:version]:
        for statement in steps:
            con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(version)])
    con.register("incoming_docs", rows.documents_table([doc for doc, _ in batch], rows.utc_now()))
    con.execute("INSERT INTO documents (id, hash, date, source, url, title, origin, text, ingested_at, coded_at)"
                " SELECT * EXCLUDE (seq), ingested_at FROM incoming_docs")
    events = [event for _, doc_events in batch for event in doc_events]
    incoming = rows.events_table(events).append_column(
        "record", pa.array([rows.record_json(e) for e in events], pa.string()))
    con.register("incoming_events", incoming)
    con.execute(f"INSERT INTO events SELECT {', '.join(EVENT_COLUMNS)}, record FROM incoming_events")
    if version >= 3:
        con.register("recounted_actors", pa.table({"code": pa.array([], pa.string()), "name": pa.array([], pa.string())}))
        for statement in merge_actor_statements(recounting=False):
            con.execute(statement)
    con.close()


@pytest.fixture
def old_store() -> Callable[[Path, int, Sequence[tuple[Document, list[Event]]]], None]:
    return write_old_store


def make_edge_events(base: Event) -> list[Event]:
    """Variants of `base` with quotes, backslashes, non-BMP text, missing objects, empty actors
    and awkward floats: what the record JSON and the columns must both carry exactly."""
    evidence = base.evidence
    return [
        base,
        replace(base, event_id=base.event_id + "q", evidence=replace(evidence, text='He said "no" \\ to A/B')),
        replace(base, event_id=base.event_id + "u", evidence=replace(evidence, text="Ḥalab – 中文 😀 \u2028 é")),
        replace(base, event_id=base.event_id + "n", plover=None, acled=None, source=None, target=None,
                attribution=None, location=None, date=None, fatalities=None, arrested=None, counts_text=None),
        replace(base, event_id=base.event_id + "a", attribution=Attribution("he said", None), evidence=None),
        replace(base, event_id=base.event_id + "e", source=Actor("", "", "", "", [], None, None), goldstein=-0.0),
        replace(base, event_id=base.event_id + "f", goldstein=0.1 + 0.2,
                location=replace(base.location, lat=33.312805, lon=-44.5)),
    ]


@pytest.fixture
def edge_events() -> Callable[[Event], list[Event]]:
    return make_edge_events

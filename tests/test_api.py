"""The Python API (`sitroom.api`) and the spaCy component, on sentences written for these tests."""
from __future__ import annotations

import csv
import importlib.util
from datetime import date, datetime, timezone

import pandas as pd
import pyarrow as pa
import pytest

from sitroom import api
from sitroom.records import (Acled, Actor, Document, Event, Evidence, Location, Plover,
                             event_to_json)


def _coder_ready() -> tuple[bool, str]:
    """The coding stages are written by other work streams; skip coding tests only while the
    event coder cannot even be imported."""
    if importlib.util.find_spec("sitroom.events") is None:
        return False, "sitroom.events is not importable yet"
    try:
        from sitroom.events import EventCoder  # noqa: F401
    except ImportError as exc:
        return False, f"sitroom.events is not importable yet: {exc}"
    return True, ""


_READY, _WHY = _coder_ready()
needs_coder = pytest.mark.skipif(not _READY, reason=_WHY)

STORY = "Police arrested twelve protesters in Baghdad on Monday, officials said."
QUIET = "The weather in the capital was mild and the markets were open."


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("value, expected", [
    (None, None), ("", None), ("2024-03-11", date(2024, 3, 11)),
    ("2024-03-11T08:15:00Z", date(2024, 3, 11)), (date(2024, 3, 11), date(2024, 3, 11)),
    (datetime(2024, 3, 11, 23, 0, tzinfo=timezone.utc), date(2024, 3, 11)),
])
def test_as_date(value, expected):
    assert api.as_date(value) == expected


def test_as_date_rejects_non_dates():
    with pytest.raises(ValueError, match="ISO date"):
        api.as_date("last Sunday")
    with pytest.raises(TypeError):
        api.as_date(20240311)


# ---------------------------------------------------------------- sitroom.code

@needs_coder
def test_code_returns_events_of_the_text():
    events = api.code(STORY, date="2024-03-12", source="Example Wire", doc_id="t1")
    assert events, "an arrest by police is an event"
    for event in events:
        assert isinstance(event, Event)
        assert event.doc_id == "t1" and event.event_id.startswith("t1")
        assert event.doc_source == "Example Wire" and event.doc_date == date(2024, 3, 12)
        assert event.evidence.text in STORY
    assert api.code(STORY, date=date(2024, 3, 12), source="Example Wire", doc_id="t1") == events


@needs_coder
def test_code_without_events_and_shared_pipeline():
    assert api.code(QUIET) == []
    assert api.get_pipeline() is api.get_pipeline()
    with pytest.raises(TypeError):
        api.code(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------- spaCy component

@pytest.fixture(scope="module")
def component_nlp():
    """A separate copy of the model, so adding a pipe leaves the shared one untouched."""
    import spacy

    import sitroom.spacy_component  # noqa: F401 - registers the factory
    from sitroom.nlp import MODEL
    nlp = spacy.load(MODEL)
    nlp.add_pipe("sitroom_events", config={"story_date": "2024-03-12", "source": "Example Wire",
                                           "doc_id": "t1"})
    return nlp


@needs_coder
def test_spacy_component_matches_sitroom_code(component_nlp):
    doc = component_nlp(STORY)
    expected = api.code(STORY, date="2024-03-12", source="Example Wire", doc_id="t1")
    assert [event_to_json(e) for e in doc._.events] == [event_to_json(e) for e in expected]
    assert component_nlp(QUIET)._.events == []


@needs_coder
def test_spacy_component_story_date_from_the_doc(component_nlp):
    doc = component_nlp.make_doc(STORY)
    doc._.story_date = "2024-05-02"
    doc._.story_id = "t2"
    for _, process in component_nlp.pipeline:
        doc = process(doc)
    assert doc._.events
    assert all(e.doc_date == date(2024, 5, 2) and e.doc_id == "t2" for e in doc._.events)


def test_spacy_component_needs_a_parser():
    import spacy

    import sitroom.spacy_component  # noqa: F401
    nlp = spacy.blank("en")
    nlp.add_pipe("sitroom_events")
    with pytest.raises(ValueError, match="dependency parse"):
        nlp("Troops withdrew from the city.")
    assert nlp("")._.events == []


# ---------------------------------------------------------------- sitroom.open

def _event(doc: Document, event_id: str, fatalities: int | None) -> Event:
    text = doc.text
    return Event(
        event_id=event_id, doc_id=doc.id, cameo="190", root="19", goldstein=-10.0, quad_class=4,
        plover=Plover("ASSAULT", "", ["military"]), acled=Acled("Battles", "Armed clash"),
        source=Actor("troops", "Iraqi Armed Forces", "IRQMIL", "IRQ", ["MIL"]),
        target=Actor("militants", "Militants", "IRQREB", "IRQ", ["REB"]),
        evidence=Evidence(0, 0, len(text), "clashed", text),
        date=date(2024, 3, 10), date_basis="explicit",
        location=Location("Mosul", "Mosul", 99072, 36.335, 43.119, "IQ", "Nineveh", "city"),
        fatalities=fatalities, doc_source=doc.source, doc_date=doc.date)


@pytest.fixture()
def store_path(tmp_path):
    from sitroom.store import Store
    wire = Document(id="wire-1", text="Troops clashed with militants near Mosul on Sunday.",
                    date=date(2024, 3, 11), source="Example Wire", url="https://news.example/1")
    daily = Document(id="daily-2", text="Soldiers and militants clashed outside Mosul.",
                     date=date(2024, 3, 11), source="Daily Example")
    calm = Document(id="calm-3", text=QUIET, date=date(2024, 3, 11), source="Daily Example")
    path = tmp_path / "api.duckdb"
    with Store(path) as store:
        store.save_coded([(wire, [_event(wire, "wire-1:0:0", 4)]),
                          (daily, [_event(daily, "daily-2:0:0", 6)]), (calm, [])])
    return path


def test_open_documents_and_events(store_path):
    with api.open(store_path) as db:
        docs = db.documents()
        assert list(docs["id"]) == ["calm-3", "daily-2", "wire-1"]
        assert {"text", "url", "source", "date"} <= set(docs.columns)
        assert "text" not in db.documents(text=False).columns
        assert db.document("wire-1").url == "https://news.example/1"

        frame = db.events()
        assert isinstance(frame, pd.DataFrame) and len(frame) == 2
        assert {"event_id", "cameo", "source_code", "location_lat", "doc_source"} <= set(frame.columns)
        assert set(frame["source_code"]) == {"IRQMIL"}
        assert len(db.events(source="Example Wire")) == 1
        assert len(db.events(place="Basra")) == 0
        assert len(db.events(since="2024-03-11")) == 0  # events happened on the 10th

        table = db.events_arrow(actor="IRQ")
        assert isinstance(table, pa.Table) and table.num_rows == 2
        records = db.event_records(code="19")
        assert {e.event_id for e in records} == {"wire-1:0:0", "daily-2:0:0"}


def test_incidents_merge_reports_of_one_happening(store_path):
    with api.open(store_path) as db:
        incidents = db.incidents()
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert (row["root"], row["place"], row["reports"]) == ("19", "Mosul", 2)
    assert row["outlets"] == ["Daily Example", "Example Wire"]
    assert row["fatalities"] == 6  # the largest figure reported
    assert sorted(row["event_ids"]) == ["daily-2:0:0", "wire-1:0:0"]


def test_export_from_the_store(tmp_path, store_path):
    from sitroom.export.gdelt import GDELT_COLUMNS
    out = tmp_path / "events.tsv"
    with api.open(store_path) as db:
        assert db.export(out, "gdelt", source="Example Wire") == 1
    frame = pd.read_csv(out, sep="\t", header=None, names=GDELT_COLUMNS, dtype=str,
                        keep_default_na=False, quoting=csv.QUOTE_NONE)
    assert frame.loc[0, "SOURCEURL"] == "https://news.example/1"


def test_store_documents_in_one_query(store_path):
    from sitroom.export import store_documents
    from sitroom.store import Store
    store = Store(store_path, read_only=True)
    every = store_documents(store)
    assert set(every) == {"wire-1", "daily-2", "calm-3"}
    assert every["wire-1"].url == "https://news.example/1" and every["daily-2"].url is None
    assert every["wire-1"].date == date(2024, 3, 11) and every["wire-1"].source == "Example Wire"
    assert set(store_documents(store, ["daily-2", "daily-2", "nope"])) == {"daily-2"}


def test_open_errors(tmp_path, store_path):
    with pytest.raises(FileNotFoundError):
        api.open(tmp_path / "missing.duckdb")
    with api.open(store_path) as db, pytest.raises(TypeError, match="unknown event filter"):
        db.events(country="IQ")

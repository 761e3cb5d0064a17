"""save_coded (atomic, idempotent), actors, query_events filters and SQL-injection safety."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pyarrow as pa
import pytest

import sitroom.store.store as store_module
from sitroom.records import Actor, event_from_json, event_to_json
from sitroom.store import StoreError
from sitroom.store.rows import plain_record, record_json


def fill(store, doc_factory, event_factory, rebels):
    """Three documents with events in different places, actors, codes and dates; one uncoded."""
    d1, d2, d3, d4 = (doc_factory(f"d{i}", day=i, source=s)
                      for i, s in ((1, "Wire One"), (2, "Wire One"), (3, "Daily Paper"), (4, "Wire One")))
    store.add_documents([d4])
    store.save_coded([
        (d1, [event_factory(d1, 0, "190", "Riverton"), event_factory(d1, 1, "0233", "Lakeside", target=rebels)]),
        (d2, [event_factory(d2, 0, "1823", "Hilltop", source=rebels, day=1)]),
        (d3, [event_factory(d3, 0, "190", None), event_factory(d3, 1, "1724", "Riverton")]),
    ])
    return store


@pytest.fixture
def coded(store, doc_factory, event_factory, rebels):
    return fill(store, doc_factory, event_factory, rebels)


def ids(events) -> list[str]:
    return [e.event_id for e in events]


def test_events_round_trip_exactly(any_store, doc_factory, event_factory, rebels) -> None:
    store = any_store
    doc = doc_factory("r1")
    events = [event_factory(doc, 0, target=rebels), event_factory(doc, 1, place=None, day=2)]
    assert store.save_coded([(doc, events)]) == 2
    assert store.query_events() == events  # record column restores every field
    assert store.counts() == {"documents": 1, "coded": 1, "events": 2, "actors": 2}
    assert list(store.uncoded_documents()) == []


def test_fast_record_matches_event_to_json(doc_factory, event_factory, rebels) -> None:
    doc = doc_factory("r1")
    for event in (event_factory(doc, 0, target=rebels), event_factory(doc, 3, place=None, day=5)):
        assert plain_record(event) == event_to_json(event)
        assert json.loads(record_json(event)) == json.loads(json.dumps(event_to_json(event)))


def _stored_records(store, doc, events) -> list[str]:
    """The record text the `events` view gives for each event (built by DuckDB from the columns)."""
    store.save_coded([(doc, events)])
    table = store.sql("SELECT event_id, record FROM events").to_pydict()
    by_id = dict(zip(table["event_id"], table["record"]))
    return [by_id[e.event_id] for e in events]


def test_stored_record_is_byte_identical_to_record_json(store, doc_factory, event_factory, rebels, edge_events) -> None:
    doc = doc_factory("r1")
    events = [*edge_events(event_factory(doc, 1, target=rebels)), event_factory(doc, 2, place=None, day=5)]
    assert _stored_records(store, doc, events) == [record_json(e) for e in events]


def test_events_read_back_as_their_records_would(store, doc_factory, event_factory, rebels, edge_events) -> None:
    """query_events builds Events from the columns: equal to parsing each record, as the store
    did when it kept the JSON (NaN comes back as None there too)."""
    doc = doc_factory("r1")
    events = [*edge_events(event_factory(doc, 1, target=rebels)),
              replace(event_factory(doc, 3), event_id="nan", goldstein=float("nan")),
              replace(event_factory(doc, 4), event_id="big", goldstein=1e20)]
    store.save_coded([(doc, events)])
    by_id = {e.event_id: e for e in store.query_events()}
    assert [by_id[e.event_id] for e in events] == [event_from_json(json.loads(record_json(e))) for e in events]
    assert by_id["nan"].goldstein is None and by_id["r1:1:0a"].evidence is None


def test_stored_record_differs_only_in_notation_at_the_edges(store, doc_factory, event_factory) -> None:
    doc = doc_factory("r1")
    base = event_factory(doc, 1)
    events = [replace(base, event_id="c", evidence=replace(base.evidence, text="a\tb\x01c\x1fd")),
              replace(base, event_id="b", goldstein=1e20),
              replace(base, event_id="nan", goldstein=float("nan"))]  # orjson: null
    for built, event in zip(_stored_records(store, doc, events), events):
        assert json.loads(built) == json.loads(record_json(event))


def test_flattened_columns(coded) -> None:
    table = coded.events_table(code="0233")
    assert isinstance(table, pa.Table) and "record" not in table.column_names
    [row] = table.to_pylist()
    assert (row["event_id"], row["root"], row["plover_type"], row["plover_context"]) == ("d1:1:0", "02", "ASSAULT", ["military"])
    assert (row["source_code"], row["target_code"], row["target_roles"]) == ("AAAMIL", "BBBREB", ["REB"])
    assert (row["location_name"], row["location_lat"], row["location_country"]) == ("Lakeside", 10.1, "AA")
    assert (row["attribution_text"], row["attribution_source_code"]) == ("officials said", "AAAGOV")
    assert (row["evidence_sentence"], row["evidence_trigger"], row["fatalities"], row["arrested"]) == (1, "attacked", 1, 0)
    assert (row["doc_source"], row["doc_date"], row["date"]) == ("Wire One", date(2024, 3, 1), date(2024, 3, 1))
    assert "record" in coded.events_table(limit=1, with_record=True).column_names


def test_recoding_replaces_events_and_actors(coded, doc_factory, event_factory) -> None:
    before = coded.counts()
    d1 = doc_factory("d1", day=1)
    coded.save_coded([(d1, [event_factory(d1, 5, "0233", "Riverton")])])
    after = coded.counts()
    assert after["events"] == before["events"] - 1
    assert ids(coded.query_events(actor="d1")) == []  # nothing matches a doc id as actor
    assert [e.event_id for e in coded.query_events() if e.doc_id == "d1"] == ["d1:5:0"]
    actors = {(a["code"], a["name"]): a for a in coded.sql("SELECT * FROM actors").to_pylist()}
    # d1's old target (the rebels) is gone from d1; the rebels still have d2's mention
    assert actors[("BBBREB", "Hill Front")]["mentions"] == 1
    assert actors[("AAAMIL", "Northern Army")]["mentions"] == 3  # d1 now has one event, d3 two
    assert actors[("AAAMIL", "Northern Army")]["aliases"] == ["the army"]
    # saving the same results again changes nothing
    coded.save_coded([(d1, [event_factory(d1, 5, "0233", "Riverton")])])
    assert coded.counts() == after


def test_actor_table_aggregates(coded) -> None:
    rows = {a["code"]: a for a in coded.sql("SELECT * FROM actors ORDER BY code").to_pylist()}
    rebels = rows["BBBREB"]
    assert (rebels["name"], rebels["country"], rebels["roles"], rebels["mentions"]) == ("Hill Front", "BBB", ["REB"], 2)
    assert (rebels["first_seen"], rebels["last_seen"]) == (date(2024, 3, 1), date(2024, 3, 1))
    army = rows["AAAMIL"]
    assert (army["first_seen"], army["last_seen"], army["mentions"]) == (date(2024, 3, 1), date(2024, 3, 3), 4)


def test_coded_and_uncoded(coded) -> None:
    assert [d.id for d in coded.uncoded_documents()] == ["d4"]
    assert coded.counts() == {"documents": 4, "coded": 3, "events": 5, "actors": 2}


def test_save_coded_while_iterating_uncoded(any_store, doc_factory, event_factory) -> None:
    store = any_store
    store.add_documents([doc_factory(f"u{i:02d}") for i in range(7)])
    for doc in store.uncoded_documents(page_size=3):
        store.save_coded([(doc, [event_factory(doc, 0)])])
    assert store.counts()["coded"] == 7 and list(store.uncoded_documents()) == []


@pytest.fixture(params=[False, True], ids=["per-operation", "keep-open"])
def coded_any(request, store_path, doc_factory, event_factory, rebels):
    from sitroom.store import Store

    with Store(store_path, keep_open=request.param) as store:
        yield fill(store, doc_factory, event_factory, rebels)


def test_failure_mid_transaction_keeps_previous_state(coded_any, doc_factory, event_factory, monkeypatch) -> None:
    coded = coded_any
    before_counts = coded.counts()
    before_events = coded.query_events()
    before_actors = coded.sql("SELECT * FROM actors ORDER BY code").to_pylist()
    d1, d9 = doc_factory("d1", day=1), doc_factory("d9", day=9)
    # the failure comes after old events were deleted and new ones inserted
    monkeypatch.setattr(store_module, "merge_actor_statements",
                        lambda recounting: ("INSERT INTO actors SELECT * FROM no_such_table",))
    with pytest.raises(Exception, match="no_such_table"):
        coded.save_coded([(d1, [event_factory(d1, 7)]), (d9, [event_factory(d9, 0)])])
    assert coded.counts() == before_counts
    assert coded.query_events() == before_events
    assert coded.sql("SELECT * FROM actors ORDER BY code").to_pylist() == before_actors
    assert coded.get_document("d9") is None
    assert [d.id for d in coded.uncoded_documents()] == ["d4"]


def test_duplicate_event_id_rolls_back(coded, doc_factory, event_factory) -> None:
    before = coded.query_events()
    d1, d4 = doc_factory("d1", day=1), doc_factory("d4", day=4)
    stolen = event_factory(d4, 0)
    stolen.event_id = "d2:0:0"  # another document's event id
    with pytest.raises(StoreError, match="not unique"):
        coded.save_coded([(d1, [event_factory(d1, 9)]), (d4, [stolen])])
    assert coded.query_events() == before
    assert [d.id for d in coded.uncoded_documents()] == ["d4"]


def test_duplicate_text_gets_no_events_of_its_own(coded, event_factory) -> None:
    original = coded.get_document("d1")
    from sitroom.records import Document

    copy = Document(id="copy-of-d1", text=original.text, source="Mirror")
    assert coded.save_coded([(copy, [event_factory(copy, 0)])]) == 0
    assert coded.get_document("copy-of-d1") is None
    assert [s["id"] for s in coded.document_sources("d1")] == ["copy-of-d1"]


def test_filter_place(coded) -> None:
    assert ids(coded.query_events(place="riverton")) == ["d1:0:0", "d3:1:0"]
    assert ids(coded.query_events(place="North")) == ["d1:0:0", "d1:1:0", "d3:1:0"]  # admin1
    assert ids(coded.query_events(place="BB")) == ["d2:0:0"]  # ISO-2 country


def test_filter_radius(coded) -> None:
    near_riverton = ids(coded.query_events(near=(10.0, 20.0), radius_km=5))
    assert near_riverton == ["d1:0:0", "d3:1:0"]
    assert ids(coded.query_events(near=(10.0, 20.0), radius_km=20)) == ["d1:0:0", "d1:1:0", "d3:1:0"]
    assert len(coded.query_events(near=(10.0, 20.0), radius_km=600)) == 4  # not the event without a place
    assert ids(coded.query_events(near=(12.0, 24.0))) == ["d2:0:0"]  # default radius
    with pytest.raises(ValueError):
        coded.query_events(radius_km=10)


def test_filter_actor(coded) -> None:
    assert ids(coded.query_events(actor="bbb")) == ["d1:1:0", "d2:0:0"]  # code prefix, either side
    assert ids(coded.query_events(actor="hill front")) == ["d1:1:0", "d2:0:0"]  # canonical name
    assert ids(coded.query_events(actor="BBBREB")) == ["d1:1:0", "d2:0:0"]
    assert len(coded.query_events(actor="aaamil")) == 4
    assert coded.query_events(actor="ZZZ") == []


def test_filter_code_dates_source_limit(coded) -> None:
    assert ids(coded.query_events(code="19")) == ["d1:0:0", "d3:0:0"]
    assert ids(coded.query_events(code="18")) == ["d2:0:0"]
    assert ids(coded.query_events(code="1823")) == ["d2:0:0"]
    # d2's event happened on the 1st (date), its story is from the 2nd (doc_date)
    assert ids(coded.query_events(since=date(2024, 3, 2))) == ["d3:0:0", "d3:1:0"]
    assert ids(coded.query_events(until=date(2024, 3, 1))) == ["d1:0:0", "d1:1:0", "d2:0:0"]
    assert ids(coded.query_events(source="daily paper")) == ["d3:0:0", "d3:1:0"]
    assert len(coded.query_events(limit=2)) == 2
    assert ids(coded.query_events(code="19", place="Riverton", source="Wire One")) == ["d1:0:0"]


INJECTIONS = [
    "'; DROP TABLE events; --",
    "x' OR '1'='1",
    "%",
    "_",
    "\" OR 1=1 --",
    "Riverton'); DELETE FROM documents; --",
]


@pytest.mark.parametrize("attack", INJECTIONS)
def test_injection_strings_match_nothing(coded, attack: str) -> None:
    before = coded.counts()
    for kwargs in ({"place": attack}, {"actor": attack}, {"code": attack}, {"source": attack}):
        assert coded.query_events(**kwargs) == [], kwargs
        assert coded.events_table(**kwargs).num_rows == 0, kwargs
    with pytest.raises(Exception):
        coded.query_events(since=attack)
    with pytest.raises(Exception):
        coded.query_events(near=(attack, attack), radius_km=10)
    with pytest.raises(Exception):
        coded.query_events(limit=attack)
    assert list(coded.documents(source=attack)) == []
    assert coded.get_document(attack) is None
    assert coded.counts() == before
    assert len(coded.query_events()) == 5


def test_actor_names_with_quotes_round_trip(store, doc_factory, event_factory) -> None:
    doc = doc_factory("q1")
    odd = Actor(text="O'Brien's men", name="O'Brien's Brigade", code="AAAREB'; --", country="AAA", roles=["REB"])
    store.save_coded([(doc, [event_factory(doc, 0, source=odd)])])
    assert ids(store.query_events(actor="o'brien")) == ["q1:0:0"]
    assert ids(store.query_events(actor="AAAREB'; --")) == ["q1:0:0"]


def test_event_of_another_document_is_refused(store, doc_factory, event_factory) -> None:
    d1, d2 = doc_factory("d1"), doc_factory("d2")
    with pytest.raises(StoreError, match="doc_id"):
        store.save_coded([(d1, [event_factory(d2, 0)])])
    assert store.counts()["documents"] == 0

"""Each export format written for known events and read back with pandas / pyarrow."""
from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitroom.export import FORMATS, write_events
from sitroom.export.acled import ACLED_COLUMNS
from sitroom.export.common import stable_int_id
from sitroom.export.flat import flat_columns
from sitroom.export.gdelt import GDELT_COLUMNS
from sitroom.export.phoenix import PHOENIX_COLUMNS
from sitroom.export.plover import POLECAT_COLUMNS
from sitroom.records import Acled, event_to_json

ADDED_AT = datetime(2024, 3, 12, 8, 30, 0, tzinfo=timezone.utc)



def _read_tsv(path: Path, names: tuple[str, ...] | None) -> pd.DataFrame:
    """Every cell as a string, empty cells as "" (never NaN), no quoting."""
    return pd.read_csv(path, sep="\t", header=None if names else 0, names=names, dtype=str,
                       keep_default_na=False, quoting=csv.QUOTE_NONE)


def _by_id(frame: pd.DataFrame, column: str) -> dict[str, pd.Series]:
    return {row[column]: row for _, row in frame.iterrows()}


# ---------------------------------------------------------------- GDELT

def test_gdelt_codebook_columns_in_order():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS.index("Actor2Code") == 15
    assert GDELT_COLUMNS.index("IsRootEvent") == 25
    assert GDELT_COLUMNS.index("AvgTone") == 34
    assert GDELT_COLUMNS.index("ActionGeo_Type") == 51
    assert GDELT_COLUMNS[-3:] == ("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")


def test_gdelt_rows_values_and_empty_columns(tmp_path, events, documents):
    out = tmp_path / "events.export.CSV"
    assert write_events(events, out, "gdelt", documents=documents, added_at=ADDED_AT) == 3
    raw_lines = out.read_text(encoding="utf-8").splitlines()
    assert all(len(line.split("\t")) == 61 for line in raw_lines)  # no header, 61 cells each
    frame = _read_tsv(out, GDELT_COLUMNS)
    assert list(frame.columns) == list(GDELT_COLUMNS)
    rows = _by_id(frame, "EventCode")
    assert set(rows) == {"190", "141", "040"}  # the denied meeting is not a fact

    clash = rows["190"]
    assert clash["GlobalEventID"] == str(stable_int_id("wire-1:0:0"))
    assert (clash["Day"], clash["MonthYear"], clash["Year"]) == ("20240310", "202403", "2024")
    assert clash["FractionDate"] == f"{2024 + 70 / 366:.4f}"
    assert (clash["Actor1Code"], clash["Actor1Name"], clash["Actor1CountryCode"]) == \
        ("IRQMIL", "Iraqi Armed Forces", "IRQ")
    assert (clash["Actor1Type1Code"], clash["Actor1Type2Code"]) == ("MIL", "")
    assert (clash["Actor2Code"], clash["Actor2Type1Code"]) == ("IRQINSMUSSUN", "INS")
    assert clash["IsRootEvent"] == "1"
    assert (clash["EventBaseCode"], clash["EventRootCode"], clash["QuadClass"]) == ("190", "19", "4")
    assert clash["GoldsteinScale"] == "-10"
    assert (clash["NumMentions"], clash["NumSources"], clash["NumArticles"]) == ("1", "1", "1")
    assert (clash["ActionGeo_Type"], clash["ActionGeo_FullName"]) == ("4", "Mosul, Nineveh, Iraq")
    assert clash["ActionGeo_CountryCode"] == "IZ"  # FIPS 10-4, not ISO "IQ"
    assert (clash["ActionGeo_Lat"], clash["ActionGeo_Long"]) == ("36.335", "43.119")
    assert clash["ActionGeo_FeatureID"] == "99072"
    assert clash["DATEADDED"] == "20240312083000"
    assert clash["SOURCEURL"] == "https://news.example/wire-1"

    protest = rows["141"]
    assert protest["ActionGeo_Type"] == "3"  # US city
    assert protest["ActionGeo_CountryCode"] == "US"
    assert protest["Actor2Code"] == "" and protest["SOURCEURL"] == ""
    assert protest["IsRootEvent"] == "0"

    un = rows["040"]
    assert (un["ActionGeo_Type"], un["ActionGeo_FullName"], un["ActionGeo_CountryCode"]) == \
        ("1", "Syria", "SY")
    assert un["Actor1Code"] == "IGOUNO" and un["Actor1CountryCode"] == ""

    never_filled = [c for c in GDELT_COLUMNS if c.startswith(("Actor1Geo", "Actor2Geo"))
                    or c.endswith(("KnownGroupCode", "EthnicCode", "Religion1Code",
                                   "Religion2Code", "ADM1Code", "ADM2Code"))] + ["AvgTone"]
    assert len(never_filled) == 27
    assert (frame[never_filled] == "").all().all()


def test_gdelt_can_include_non_factual_events(tmp_path, events, documents):
    out = tmp_path / "all.tsv"
    looked_up: list[str] = []

    def lookup(doc_id: str):  # documents may also be a function, e.g. Store.get_document
        looked_up.append(doc_id)
        return documents.get(doc_id)
    assert write_events(events, out, "gdelt", factual_only=False, added_at=ADDED_AT,
                        documents=lookup) == 4
    frame = _read_tsv(out, GDELT_COLUMNS)
    rows = _by_id(frame, "EventCode")
    denied = rows["042"]
    assert denied["Day"] == "" and denied["ActionGeo_Type"] == ""  # undated, unplaced
    assert denied["SOURCEURL"] == "https://news.example/wire-1"
    assert looked_up == ["wire-1", "daily-7", "wire-1", "wire-2"]  # once per run of a document


def test_gdelt_id_is_stable_and_positive():
    first = stable_int_id("doc:1:0")
    assert first == stable_int_id("doc:1:0") and 0 < first < 2 ** 63
    assert first != stable_int_id("doc:1:1")


# ---------------------------------------------------------------- ACLED

def test_acled_columns_and_values(tmp_path, events):
    out = tmp_path / "acled.csv"
    assert write_events(events, out, "acled", added_at=ADDED_AT) == 2  # only ACLED-typed facts
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert tuple(frame.columns) == ACLED_COLUMNS
    assert len(ACLED_COLUMNS) == 31
    rows = _by_id(frame, "event_id_cnty")

    clash = rows["wire-1:0:0"]
    assert (clash["event_date"], clash["year"], clash["time_precision"]) == ("2024-03-10", "2024", "1")
    assert (clash["disorder_type"], clash["event_type"], clash["sub_event_type"]) == \
        ("Political violence", "Battles", "Armed clash")
    assert (clash["actor1"], clash["inter1"], clash["actor2"], clash["inter2"]) == \
        ("Iraqi Armed Forces", "1", "Sunni insurgents", "2")
    assert clash["interaction"] == "12" and clash["civilian_targeting"] == ""
    assert (clash["iso"], clash["country"], clash["admin1"], clash["location"]) == \
        ("368", "Iraq", "Nineveh", "Mosul")
    assert (clash["latitude"], clash["longitude"], clash["geo_precision"]) == ("36.335", "43.119", "1")
    assert clash["source"] == "Example Wire"
    assert clash["notes"] == "Army units fought insurgents near Mosul on Sunday, killing four."
    assert clash["fatalities"] == "4"
    assert clash["timestamp"] == str(int(ADDED_AT.timestamp()))

    protest = rows["daily-7:2:0"]
    assert (protest["disorder_type"], protest["inter1"], protest["inter2"]) == ("Demonstrations", "6", "")
    assert protest["interaction"] == "60"
    assert (protest["iso"], protest["country"]) == ("840", "United States")
    assert protest["time_precision"] == "2"  # dated by the story, not the text
    assert protest["fatalities"] == ""  # no figure reported: empty, not 0

    for column in ("assoc_actor_1", "assoc_actor_2", "region", "admin2", "admin3",
                   "source_scale", "tags"):
        assert (frame[column] == "").all(), column


def test_acled_civilian_targeting_and_external_forces(tmp_path, known):
    attack = known.clash()
    attack.acled = Acled("Violence against civilians", "Attack")
    attack.source.country, attack.source.code = "USA", "USAMIL"  # foreign troops in Iraq
    attack.target.code, attack.target.country, attack.target.roles = "IRQCVL", "IRQ", ["CVL"]
    out = tmp_path / "acled.csv"
    write_events([attack], out, "acled", added_at=ADDED_AT)
    row = pd.read_csv(out, dtype=str, keep_default_na=False).iloc[0]
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "7", "78")
    assert row["civilian_targeting"] == "Civilian targeting"


# ---------------------------------------------------------------- Phoenix

def test_phoenix_rows(tmp_path, events, documents):
    out = tmp_path / "events.full.txt"
    assert write_events(events, out, "phoenix", documents=documents) == 3
    frame = _read_tsv(out, PHOENIX_COLUMNS)
    assert len(frame.columns) == 26
    rows = _by_id(frame, "EventID")
    clash = rows["wire-1:0:0"]
    assert (clash["Date"], clash["Year"], clash["Month"], clash["Day"]) == ("20240310", "2024", "3", "10")
    assert (clash["SourceActorFull"], clash["SourceActorEntity"], clash["SourceActorRole"],
            clash["SourceActorAttribute"]) == ("IRQMIL", "IRQ", "MIL", "")
    assert (clash["TargetActorEntity"], clash["TargetActorRole"], clash["TargetActorAttribute"]) == \
        ("IRQ", "INS", "MUS;SUN")
    assert (clash["EventCode"], clash["EventRootCode"], clash["QuadClass"], clash["GoldsteinScore"]) == \
        ("190", "19", "4", "-10")
    assert (clash["LocationName"], clash["StateName"], clash["CountryCode"]) == ("Mosul", "Nineveh", "IRQ")
    assert clash["SentenceID"] == "wire-1_0"
    assert (clash["URLs"], clash["NewsSources"]) == ("https://news.example/wire-1", "Example Wire")
    assert (frame["Issues"] == "").all()
    un = rows["wire-2:0:0"]
    assert (un["SourceActorEntity"], un["SourceActorRole"], un["SourceActorAttribute"]) == ("IGO", "", "UNO")


# ---------------------------------------------------------------- PLOVER and POLECAT

def test_plover_records(tmp_path, events, documents):
    out = tmp_path / "plover.jsonl"
    assert write_events(events, out, "plover", documents=documents, added_at=ADDED_AT) == 3
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    clash = records["wire-1:0:0"]
    assert clash["date"] == "2024-03-10" and clash["event"] == ["ASSAULT"]
    assert clash["actor"] == [{"code": "IRQ", "sector": "MIL", "other_sector_codes": [],
                               "entity_text": "army units", "identifier_text": "Iraqi Armed Forces",
                               "cameo_code": "IRQMIL"}]
    assert clash["recipient"][0]["sector"] == "REB"  # PLOVER folds CAMEO's INS into REB
    assert clash["mode"] == [] and clash["context"] == ["military"] and clash["quad_code"] == 4
    assert clash["event_loc"]["country_code"] == "IRQ" and clash["event_loc"]["resolution"] == 4
    assert clash["event_loc"]["geonameid"] == 99072
    assert clash["text_info"] == {"sequence": 0, "start": 0, "end": len(clash["text"])}
    assert clash["cite_info"]["url"] == "https://news.example/wire-1"
    assert clash["cite_info"]["title"] == "Fighting near Mosul"
    assert clash["size"] == {"dead": 4} and clash["coded_date"] == "2024-03-12"
    assert records["daily-7:2:0"]["mode"] == ["demo"]
    assert "recipient" not in records["daily-7:2:0"]
    un = records["wire-2:0:0"]
    assert un["actor"][0]["code"] == "UNO" and un["event_loc"]["resolution"] == 1


def test_polecat_rows(tmp_path, events):
    out = tmp_path / "polecat.tsv"
    assert write_events(events, out, "polecat") == 3
    frame = _read_tsv(out, None)
    assert tuple(frame.columns) == POLECAT_COLUMNS and len(POLECAT_COLUMNS) == 40
    rows = _by_id(frame, "Event ID")
    clash = rows["wire-1:0:0"]
    assert (clash["Event Date"], clash["Event Type"], clash["Quad Code"], clash["Contexts"]) == \
        ("2024-03-10", "ASSAULT", "4", "military")
    assert (clash["Actor Name"], clash["Actor Country"], clash["Primary Actor Sector"],
            clash["Actor Name Raw"]) == ("Iraqi Armed Forces", "IRQ", "MIL", "army units")
    assert (clash["Recipient Country"], clash["Recipient Sectors"]) == ("IRQ", "REB")
    assert (clash["Placename"], clash["City"], clash["Province"], clash["Country"]) == \
        ("Mosul", "Mosul", "Nineveh", "IRQ")
    assert (clash["GeoNames ID"], clash["Source"], clash["Publication Date"]) == \
        ("99072", "Example Wire", "2024-03-11")
    assert rows["daily-7:2:0"]["Event Mode"] == "demo"
    for column in ("Event Intensity", "Actor COW", "Actor Title", "Wikipedia Actor ID",
                   "Recipient COW", "District", "Feature Type", "Story People"):
        assert (frame[column] == "").all(), column


# ---------------------------------------------------------------- sitroom's own tables

def test_flat_csv(tmp_path, events):
    out = tmp_path / "events.csv"
    assert write_events(events, out, "csv") == 4  # every event, modality kept as a column
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(frame.columns) == [c.name for c in flat_columns()]
    rows = _by_id(frame, "event_id")
    clash = rows["wire-1:0:0"]
    assert (clash["source_code"], clash["source_roles"], clash["plover_context"]) == \
        ("IRQMIL", "MIL", "military")
    assert (clash["location_lat"], clash["date"], clash["doc_date"]) == ("36.335", "2024-03-10", "2024-03-11")
    assert clash["evidence_text"].startswith("Army units fought insurgents\tnear")  # quoted, kept
    denied = rows["wire-1:3:0"]
    assert (denied["modality"], denied["plover_type"], denied["location_name"], denied["date"]) == \
        ("denied", "", "", "")


def test_parquet_typed_and_batched(tmp_path, events):
    out = tmp_path / "events.parquet"
    assert write_events(events * 3, out, "parquet", batch_size=5) == 12
    parquet = pq.ParquetFile(out)
    assert parquet.metadata.num_row_groups == 3  # 5 + 5 + 2: written batch by batch
    table = parquet.read()
    schema = table.schema
    assert schema.names == [c.name for c in flat_columns()]
    assert str(schema.field("goldstein").type) == "double"
    assert str(schema.field("quad_class").type) == "int64"
    assert str(schema.field("date").type) == "date32[day]"
    roles_type = schema.field("source_roles").type
    assert pa.types.is_list(roles_type) and roles_type.value_type == pa.string()
    first = table.slice(0, 1).to_pylist()[0]
    assert first["source_roles"] == ["MIL"] and first["location_geonames_id"] == 99072
    assert first["fatalities"] == 4 and first["injured"] is None


def test_events_to_table_matches_the_parquet_columns(events):
    from sitroom.export import events_to_table
    table = events_to_table(events)
    assert table.num_rows == 4 and table.schema.names == [c.name for c in flat_columns()]
    assert table.column("location_name").to_pylist() == ["Mosul", "Portland", None, "Syria"]


def test_jsonl_is_event_to_json(tmp_path, events):
    out = tmp_path / "events.jsonl"
    assert write_events(iter(events), out, "jsonl") == 4  # a one-pass iterator is enough
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [event_to_json(e) for e in events]


# ---------------------------------------------------------------- behaviour shared by all

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_empty_input_and_no_part_file(tmp_path, fmt):
    out = tmp_path / f"empty.{fmt}"
    assert write_events([], out, fmt) == 0
    assert out.exists() and not (tmp_path / f"empty.{fmt}.part").exists()


def test_failed_export_leaves_no_file(tmp_path, events):
    def broken():
        yield events[0]
        raise RuntimeError("source failed")
    out = tmp_path / "broken.tsv"
    with pytest.raises(RuntimeError):
        write_events(broken(), out, "gdelt")
    assert not out.exists() and not (tmp_path / "broken.tsv.part").exists()


def test_unknown_format_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="gdelt"):
        write_events([], tmp_path / "x", "icews")


def test_acled_types_of_transnational_actors(tmp_path, known):
    event = known.un_statement()
    event.acled = Acled("Battles", "Armed clash")
    event.target.code, event.target.country, event.target.roles = "IMGMUSISI", "", []
    out = tmp_path / "acled.csv"
    write_events([event], out, "acled", added_at=ADDED_AT)
    row = pd.read_csv(out, dtype=str, keep_default_na=False).iloc[0]
    # a UN body is an external force; a transnational militant group fights as rebels do
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "2", "28")
    assert (row["geo_precision"], row["country"], row["iso"]) == ("", "Syria", "760")


def test_acled_interaction_needs_both_actor_types(tmp_path, known):
    event = known.clash()
    event.target.code, event.target.roles = "IRQOPP", ["OPP"]  # the opposition: no ACLED type
    out = tmp_path / "acled.csv"
    write_events([event], out, "acled", added_at=ADDED_AT)
    row = pd.read_csv(out, dtype=str, keep_default_na=False).iloc[0]
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "", "")

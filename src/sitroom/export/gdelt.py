"""GDELT 2.0 Event table: 61 tab-separated columns, no header row.

Column order from "The GDELT Event Database Data Format Codebook V2.0" (2/19/2015,
http://data.gdeltproject.org/documentation/GDELT-Event_Codebook-V2.0.pdf): records one per line,
tab-delimited. sitroom fills the columns it knows; tone, actor geography, known-group, ethnic
and religion codes, ADM1/ADM2 codes stay empty rather than invented.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path

from sitroom.export.common import (Documents, ExportOptions, actor_field, clean_text,
                                   compact_day, country_info, event_day, number, stable_int_id)
from sitroom.export.fips import fips_country
from sitroom.export.writers import write_tsv
from sitroom.records import Actor, Event, Location

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61

# Codebook, "ActionGeo_Type": 1 COUNTRY, 2 USSTATE, 3 USCITY, 4 WORLDCITY, 5 WORLDSTATE.
_GEO_COUNTRY, _GEO_US_STATE, _GEO_US_CITY, _GEO_WORLD_CITY, _GEO_WORLD_STATE = 1, 2, 3, 4, 5
_EMPTY_ACTOR_GEO = ("",) * 8  # Actor1Geo_* / Actor2Geo_*: sitroom does not place actors


def write(events: Iterable[Event], path: Path, options: ExportOptions, documents: Documents) -> int:
    added = options.added_at.strftime("%Y%m%d%H%M%S")
    return write_tsv(_rows(events, documents, added), path, header=None)


def _rows(events: Iterable[Event], documents: Documents, added: str) -> Iterator[list[str]]:
    for event in events:
        yield gdelt_row(event, documents.url(event), added)


def gdelt_row(event: Event, url: str, added: str) -> list[str]:
    """The 61 cells of one event, in codebook order."""
    day = event_day(event)
    row = [str(stable_int_id(event.event_id)), *_date_cells(day)]
    row += _actor_cells(event.source)
    row += _actor_cells(event.target)
    row += [
        "1" if event.evidence.sentence == 0 else "0",  # lead sentence stands for the lead paragraph
        event.cameo, event.cameo[:3], event.root, str(event.quad_class), number(event.goldstein),
        "1", "1", "1",  # NumMentions / NumSources / NumArticles: one coded report
        "",  # AvgTone: sitroom scores no tone
    ]
    row += _EMPTY_ACTOR_GEO
    row += _EMPTY_ACTOR_GEO
    row += _action_geo_cells(event.location)
    row += [added, url]
    return row


@lru_cache(maxsize=4096)
def _date_cells(day: date | None) -> tuple[str, ...]:
    if day is None:
        return ("", "", "", "")
    year_days = 366 if _leap(day.year) else 365
    fraction = day.year + day.timetuple().tm_yday / year_days
    return (compact_day(day), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}")


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _actor_cells(actor: Actor | None) -> list[str]:
    """Code, Name, CountryCode, KnownGroup, Ethnic, Religion1, Religion2, Type1-3 (roles)."""
    if actor is None:
        return [""] * 10
    roles = [*actor.roles[:3], "", "", ""][:3]
    return [actor_field(actor, "code"), actor_field(actor, "name"), actor_field(actor, "country"),
            "", "", "", "", *roles]


def _action_geo_cells(loc: Location | None) -> tuple[str, ...]:
    """Type, FullName, CountryCode (FIPS 10-4), ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if loc is None:
        return ("",) * 8
    return _place_cells(loc.name, loc.admin1, loc.country, loc.precision, loc.lat, loc.lon,
                        loc.geonames_id)


@lru_cache(maxsize=65_536)  # a story's events share few places: format each place once
def _place_cells(name: str, admin1: str | None, country: str, precision: str, lat: float,
                 lon: float, geonames_id: int | None) -> tuple[str, ...]:
    loc = Location(name, name, geonames_id, lat, lon, country, admin1, precision)
    geo_type = _geo_type(loc)
    return (str(geo_type) if geo_type else "", _full_name(loc), fips_country(country), "", "",
            number(lat), number(lon), str(geonames_id) if geonames_id else "")


def _geo_type(loc: Location) -> int | None:
    us = loc.country.upper() == "US"
    if loc.precision == "country":
        return _GEO_COUNTRY
    if loc.precision == "admin1":
        return _GEO_US_STATE if us else _GEO_WORLD_STATE
    if loc.precision in ("city", "point"):
        return _GEO_US_CITY if us else _GEO_WORLD_CITY
    return None  # a region spanning countries has no GDELT geographic type


def _full_name(loc: Location) -> str:
    """"Place, Province, Country" as GDELT writes it, down to the location's precision."""
    info = country_info(loc.country)
    country = info.name if info else ""
    if loc.precision == "country":
        parts = [country or loc.name]
    elif loc.precision == "admin1":
        parts = [loc.admin1 or loc.name, country]
    else:
        parts = [loc.name, loc.admin1 or "", country]
    return clean_text(", ".join(p for p in dict.fromkeys(parts) if p))

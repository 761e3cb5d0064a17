"""PLOVER JSON records (one per line) and the POLECAT tab-separated table.

PLOVER field names follow the "Data Fields" chapter of the PLOVER manual (openeventdata/PLOVER,
PLOVER_MANUAL.tex, 2021): id, date, actor / recipient (lists of entity objects: code, sector,
entity_text, identifier_text), event, event_loc (location object: extracted_place, resolved_place,
geonameid, lat, lon, city, province, country, country_code, resolution), event_text, quad_code,
mode, context, text, text_info (sequence, start, end), cite_info, coder, coded_date. The manual
invites extra named fields; sitroom adds modality, cameo, doc_id, attribution and size
(dead / injured / arrested, the manual's "size" object).

POLECAT columns as in the POLECAT weekly files on Dataverse (Event ID ... Version, with a header
row). Actor/recipient names, raw text, countries and sectors, place, source and publication date
are filled; COW codes, titles, Wikipedia ids, intensity, story-level people/organisations/
locations and GeoNames feature types stay empty.

Only events with a PLOVER type are written in either format.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from sitroom import __version__
from sitroom.export.common import (Documents, ExportOptions, actor_parts, chunks, clean_text,
                                   country_info, event_day, iso_day, location_alpha3, number)
from sitroom.export.writers import atomic_output, write_tsv
from sitroom.records import Actor, Event, Location

CODER = f"sitroom {__version__}"
CODEBOOK = "PLOVER 2021 via the CAMEO2PLOVER-2021 table"

# PLOVER manual, "Sector Codes": CAMEO's MED (media) is PLOVER's JRN, CAMEO's HLH (health) is
# PLOVER's MED; PLOVER drops the INS/SEP distinctions into REB; human-rights and environmental
# groups fall under civil society (SOC). Roles with no PLOVER sector are left out.
_SECTOR_FOR_ROLE = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "HRI": "SOC",
                    "ENV": "SOC"}
_PLOVER_SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"})
# PLOVER manual, "Non-state international actors": the country-name codes of bodies with no country.
_INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC")
# Location object "resolution": 5 sub-city, 4 city, 3 district, 2 province, 1 country.
_RESOLUTION = {"point": 5, "city": 4, "admin1": 2, "country": 1}

POLECAT_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
    "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name",
    "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
    "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
    "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
)


def plover_country(actor: Actor) -> str:
    """ISO alpha-3 country, or UNO / EUR / IGO / NGO / IMG / MNC for international actors."""
    if actor.country:
        return actor.country
    parts = chunks((actor.code or "").upper())
    if not parts:
        return ""
    if "UNO" in parts:
        return "UNO"
    if parts[0] == "IGO" and "EUR" in parts:
        return "EUR"
    return parts[0] if parts[0] in _INTERNATIONAL else ""


def plover_sectors(actor: Actor) -> list[str]:
    sectors: list[str] = []
    for role in actor_parts(actor).roles:
        sector = _SECTOR_FOR_ROLE.get(role, role)
        if sector in _PLOVER_SECTORS and sector not in sectors:
            sectors.append(sector)
    return sectors


# ---------------------------------------------------------------- PLOVER JSON

def write_plover(events: Iterable[Event], path: Path, options: ExportOptions,
                 documents: Documents) -> int:
    coded = options.added_at.date().isoformat()
    count = 0
    with atomic_output(path) as out:
        for event in events:
            if event.plover is None:
                continue
            record = plover_record(event, documents, coded)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def plover_record(event: Event, documents: Documents, coded_date: str) -> dict:
    plover = event.plover
    assert plover is not None
    ev = event.evidence
    record: dict = {
        "id": event.event_id,
        "date": iso_day(event_day(event)) or None,
        "actor": [_entity(event.source)] if event.source else [],
        "event": [plover.type],
    }
    if event.target is not None:
        record["recipient"] = [_entity(event.target)]
    record.update({
        "event_loc": _location(event.location),
        "event_text": [ev.trigger] if ev.trigger else [],
        "quad_code": event.quad_class,
        "mode": [plover.mode] if plover.mode else [],
        "context": list(plover.context),
        "text": ev.text,
        "text_info": {"sequence": ev.sentence, "start": ev.start, "end": ev.end},
        "cite_info": _cite(event, documents),
        "coder": CODER,
        "coded_date": coded_date,
        "modality": event.modality,
        "cameo": event.cameo,
        "doc_id": event.doc_id,
    })
    if event.attribution is not None:
        record["attribution"] = event.attribution.text
    size = {k: v for k, v in (("dead", event.fatalities), ("injured", event.injured),
                              ("arrested", event.arrested)) if v is not None}
    if size:
        record["size"] = size
    return record


def _entity(actor: Actor) -> dict:
    sectors = plover_sectors(actor)
    return {"code": plover_country(actor), "sector": sectors[0] if sectors else "",
            "other_sector_codes": sectors[1:], "entity_text": actor.text,
            "identifier_text": actor.name, "cameo_code": actor.code}


def _location(loc: Location | None) -> dict | None:
    if loc is None:
        return None
    info = country_info(loc.country)
    return {
        "extracted_place": loc.text, "resolved_place": loc.name, "geonameid": loc.geonames_id,
        "lat": loc.lat, "lon": loc.lon,
        "city": loc.name if loc.precision in ("city", "point") else None,
        "province": loc.admin1,
        "country": info.name if info else None,
        "country_code": info.alpha3 if info else None,
        "resolution": _RESOLUTION.get(loc.precision),
    }


def _cite(event: Event, documents: Documents) -> dict:
    cite = {"publication": event.doc_source, "url": documents.url(event) or None,
            "title": documents.title(event) or None, "language": "en", "coder": CODER,
            "codebook": CODEBOOK}
    return {k: v for k, v in cite.items() if v is not None}


# ---------------------------------------------------------------- POLECAT TSV

def write_polecat(events: Iterable[Event], path: Path, options: ExportOptions,
                  documents: Documents) -> int:
    return write_tsv(_polecat_rows(events), path, header=POLECAT_COLUMNS)


def _polecat_rows(events: Iterable[Event]) -> Iterator[list[str]]:
    for event in events:
        if event.plover is not None:
            yield polecat_row(event)


def polecat_row(event: Event) -> list[str]:
    plover = event.plover
    assert plover is not None
    loc = event.location
    return [
        clean_text(event.event_id), iso_day(event_day(event)), plover.type, clean_text(plover.mode),
        "",  # Event Intensity
        str(event.quad_class), ";".join(plover.context),
        *_polecat_actor(event.source), *_polecat_actor(event.target),
        clean_text(loc.name) if loc else "",
        clean_text(loc.name) if loc and loc.precision in ("city", "point") else "",
        "",  # District
        clean_text(loc.admin1) if loc else "",
        location_alpha3(event),
        number(loc.lat) if loc else "", number(loc.lon) if loc else "",
        str(loc.geonames_id) if loc and loc.geonames_id else "",
        clean_text(loc.text) if loc else "",
        "",  # Feature Type
        clean_text(event.doc_source), iso_day(event.doc_date),
        "", "", "",  # Story People / Organizations / Locations
        "en", CODER,
    ]


def _polecat_actor(actor: Actor | None) -> list[str]:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID."""
    if actor is None:
        return [""] * 8
    sectors = plover_sectors(actor)
    return [clean_text(actor.name), plover_country(actor), "", sectors[0] if sectors else "",
            ";".join(sectors), "", clean_text(actor.text), ""]

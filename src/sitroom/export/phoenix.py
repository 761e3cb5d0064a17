"""Phoenix event data TSV (Open Event Data Alliance): 26 tab-separated columns, no header row,
as in the published daily `events.full.YYYYMMDD.txt` files.

Column order as read by the Phoenix tooling (e.g. the `phoenixNet` R package's `ingest_phoenix`):
EventID, Date, Year, Month, Day, SourceActorFull/Entity/Role/Attribute, TargetActorFull/Entity/
Role/Attribute, EventCode, EventRootCode, QuadClass, GoldsteinScore, Issues, Lat, Lon,
LocationName, StateName, CountryCode, SentenceID, URLs, NewsSources. Actor codes are split the
Phoenix way: entity (country or IGO prefix), role codes, remaining attribute codes; several
roles or attributes are joined with ";". Issues (PETRARCH issue coding) stays empty.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sitroom.export.common import (Documents, ExportOptions, actor_parts, clean_text, compact_day,
                                   event_day, location_alpha3, number)
from sitroom.export.writers import write_tsv
from sitroom.records import Actor, Event

PHOENIX_COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
)


def write(events: Iterable[Event], path: Path, options: ExportOptions, documents: Documents) -> int:
    return write_tsv(_rows(events, documents), path, header=None)


def _rows(events: Iterable[Event], documents: Documents) -> Iterator[list[str]]:
    for event in events:
        yield phoenix_row(event, documents.url(event))


def phoenix_row(event: Event, url: str) -> list[str]:
    day = event_day(event)
    loc = event.location
    return [
        clean_text(event.event_id), compact_day(day),
        str(day.year) if day else "", str(day.month) if day else "", str(day.day) if day else "",
        *_actor_cells(event.source), *_actor_cells(event.target),
        event.cameo, event.root, str(event.quad_class), number(event.goldstein), "",
        number(loc.lat) if loc else "", number(loc.lon) if loc else "",
        clean_text(loc.name) if loc else "", clean_text(loc.admin1) if loc else "",
        location_alpha3(event),
        f"{clean_text(event.doc_id)}_{event.evidence.sentence}",
        url, clean_text(event.doc_source),
    ]


def _actor_cells(actor: Actor | None) -> list[str]:
    """Full code, entity, roles, attributes."""
    if actor is None:
        return ["", "", "", ""]
    parts = actor_parts(actor)
    return [clean_text(actor.code), parts.entity, ";".join(parts.roles), ";".join(parts.attributes)]

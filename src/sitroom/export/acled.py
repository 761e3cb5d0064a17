"""ACLED CSV: the columns of ACLED's exports in ACLED's order, one row per event with an ACLED type.

Column list and order as in ACLED's data since the 20 March 2023 column changes ("Guide to 2023
ACLED column changes", acleddata.com knowledge base; the acledR package codebook lists the same
31 columns). Values follow the ACLED Codebook (2023): 'inter' actor-type codes 1-8, the
interaction as the two codes lowest first, time and geo precision codes 1-3.

sitroom fills a column only from what it coded: associated actors, region, admin2/admin3,
source scale and tags stay empty; fatalities stay empty (not 0) when no figure was reported.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sitroom.export.common import (Documents, ExportOptions, actor_parts, clean_text, country_info,
                                   event_day, location_alpha3, number)
from sitroom.export.writers import write_csv
from sitroom.records import Actor, Event

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

# Codebook, "Disorder type": which event and sub-event types are political violence,
# demonstrations, both, or strategic developments.
_POLITICAL_VIOLENCE = "Political violence"
_DEMONSTRATIONS = "Demonstrations"
_DISORDER_BY_EVENT_TYPE = {
    "Battles": _POLITICAL_VIOLENCE,
    "Explosions/Remote violence": _POLITICAL_VIOLENCE,
    "Violence against civilians": _POLITICAL_VIOLENCE,
    "Protests": _DEMONSTRATIONS,
    "Riots": _DEMONSTRATIONS,
    "Strategic developments": "Strategic developments",
}
_DISORDER_BY_SUB_EVENT_TYPE = {
    "Excessive force against protesters": f"{_POLITICAL_VIOLENCE}; {_DEMONSTRATIONS}",
    "Mob violence": _POLITICAL_VIOLENCE,
}

# Codebook, "Actor types and 'inter' codes".
STATE_FORCES, REBELS, POLITICAL_MILITIAS, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL = 1, 2, 3, 5, 6, 7, 8
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_REBEL_ROLES = frozenset({"REB", "INS", "SEP"})
_MILITIA_ROLES = frozenset({"UAF"})  # ACLED files unidentified armed groups as political militias
_CIVILIAN_ROLES = frozenset({"CVL", "REF", "EDU", "HLH", "MED", "AGR", "LAB", "BUS", "REL"})
# Transnational CAMEO prefixes: intergovernmental bodies (UN missions, ...) are external forces;
# transnational militant groups fight national governments as rebel groups do; NGO staff
# (aid workers) are civilians.
_TYPE_FOR_PREFIX = {"IGO": EXTERNAL, "IMG": REBELS, "NGO": CIVILIANS}
_PROTEST_TARGETED = frozenset({"Excessive force against protesters", "Protest with intervention"})

# Codebook, "Time precision": 1 the day is known, 2 the week, 3 the month. An event the text
# does not date is filed under its report's date: it happened in the days before, so 2.
_TIME_PRECISION = {"explicit": "1", "relative": "1", "story": "2"}
# Codebook, "Geo-precision": 1 the town, 2 near a town or part of a region, 3 only the region.
_GEO_PRECISION = {"point": "1", "city": "1", "admin1": "3"}


def write(events: Iterable[Event], path: Path, options: ExportOptions, documents: Documents) -> int:
    timestamp = str(int(options.added_at.timestamp()))
    return write_csv(_rows(events, timestamp), path, ACLED_COLUMNS)


def _rows(events: Iterable[Event], timestamp: str) -> Iterator[list[str]]:
    for event in events:
        if event.acled is not None:
            yield acled_row(event, timestamp)


def acled_row(event: Event, timestamp: str) -> list[str]:
    acled = event.acled
    assert acled is not None
    day = event_day(event)
    inter1 = inter_code(event.source, event, is_initiator=True)
    inter2 = inter_code(event.target, event, is_initiator=False)
    loc = event.location
    info = country_info(loc.country) if loc else None
    return [
        clean_text(event.event_id),
        day.isoformat() if day else "",
        str(day.year) if day else "",
        _TIME_PRECISION.get(event.date_basis, "2" if day else ""),
        disorder_type(acled.event_type, acled.sub_event_type),
        acled.event_type, acled.sub_event_type,
        _actor_name(event.source), "", str(inter1 or ""),
        _actor_name(event.target), "", str(inter2 or ""),
        _interaction_of(event, inter1, inter2),
        _civilian_targeting(event, inter2),
        str(info.numeric) if info and info.numeric is not None else "",
        "",  # region: ACLED's own regional division, not derivable from GeoNames
        info.name if info else "",
        clean_text(loc.admin1) if loc else "", "", "",
        clean_text(loc.name) if loc else "",
        number(loc.lat) if loc else "", number(loc.lon) if loc else "",
        _GEO_PRECISION.get(loc.precision, "") if loc else "",
        clean_text(event.doc_source), "",
        clean_text(event.evidence.text),
        number(event.fatalities), "", timestamp,
    ]


def disorder_type(event_type: str, sub_event_type: str) -> str:
    return _DISORDER_BY_SUB_EVENT_TYPE.get(sub_event_type, _DISORDER_BY_EVENT_TYPE.get(event_type, ""))


def inter_code(actor: Actor | None, event: Event, is_initiator: bool) -> int | None:
    """ACLED actor type of a CAMEO-coded actor, or None when its roles do not say."""
    if actor is None:
        return None
    parts = actor_parts(actor)
    roles = set(parts.roles)
    if parts.entity in _TYPE_FOR_PREFIX:
        return _TYPE_FOR_PREFIX[parts.entity]
    if _abroad(actor, event):
        return EXTERNAL
    if roles & _STATE_ROLES:
        return STATE_FORCES
    if roles & _REBEL_ROLES:
        return REBELS
    if roles & _MILITIA_ROLES:
        return POLITICAL_MILITIAS
    demonstrators = _demonstrator_type(event, is_initiator)
    if demonstrators:
        return demonstrators
    if roles & _CIVILIAN_ROLES:
        return CIVILIANS
    return None


def _demonstrator_type(event: Event, is_initiator: bool) -> int | None:
    """In a demonstration the non-state side is the demonstrators: the initiator of a protest
    or riot, the target when force is used against a protest."""
    acled = event.acled
    if acled is None:
        return None
    if acled.event_type == "Protests" and (is_initiator or acled.sub_event_type in _PROTEST_TARGETED):
        return PROTESTERS
    if acled.event_type == "Riots" and is_initiator:
        return RIOTERS
    return None


def _abroad(actor: Actor, event: Event) -> bool:
    """State forces acting outside their country are 'External/Other forces' in ACLED."""
    place = location_alpha3(event)
    return bool(place and actor.country and actor.country != place
                and set(actor.roles) & {"MIL", "COP", "SPY"})


def interaction(inter1: int | None, inter2: int | None) -> str:
    """Both codes, lowest first ("17"); a lone actor type gets a trailing 0 ("60")."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return ""
    return f"{codes[0]}{codes[1] if len(codes) > 1 else 0}"


def _interaction_of(event: Event, inter1: int | None, inter2: int | None) -> str:
    """The interaction code, left empty when an actor is present but of unknown type (a
    lone-actor code would misstate the event)."""
    if (event.source is not None and inter1 is None) or (event.target is not None and inter2 is None):
        return ""
    return interaction(inter1, inter2)


def _civilian_targeting(event: Event, target_inter: int | None) -> str:
    acled = event.acled
    violent = acled is not None and _POLITICAL_VIOLENCE in disorder_type(acled.event_type,
                                                                          acled.sub_event_type)
    return "Civilian targeting" if violent and target_inter == CIVILIANS else ""


def _actor_name(actor: Actor | None) -> str:
    return clean_text(actor.name or actor.text) if actor is not None else ""

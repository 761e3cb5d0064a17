"""`build_situation`: filter events, then compute every view of the situation picture."""
from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from datetime import date

from sitroom.analysis.aggregate import (SideMap, actor_names, code_pair, consultations,
                                        daily_counts, dyads_by, term_setters)
from sitroom.analysis.incidents import (build_incidents, casualties_by_outlet,
                                        contested_casualties, contested_denials,
                                        contested_initiators)
from sitroom.analysis.lookup import Lookup
from sitroom.analysis.model import ContestedClaim, Filters, Incident, Situation
from sitroom.analysis.summary import summarise
from sitroom.records import Actor, Document, Event

TOP_EVENTS = 12
_MODALITY_RANK = {"asserted": 0, "reported": 0, "denied": 1, "demanded": 1, "threatened": 1,
                  "planned": 2, "hypothetical": 3}


def _matches_place(event: Event, wanted: str) -> bool:
    loc = event.location
    if loc is None:
        return False
    return any(wanted in value.casefold() for value in (loc.name, loc.text, loc.admin1 or "") if value)


def _matches_actor(actor: Actor | None, wanted: str) -> bool:
    """A code prefix ("IRQGOV" matches "IRQGOVMIL") or a piece of the canonical name or text."""
    if actor is None:
        return False
    return (bool(actor.code) and actor.code.upper().startswith(wanted.upper())) or \
        wanted.casefold() in (actor.name or "").casefold() or wanted.casefold() in actor.text.casefold()


def filter_events(events: Iterable[Event], lookup: Lookup, filters: Filters) -> list[Event]:
    place = filters.place.casefold() if filters.place else None
    kept = []
    for event in events:
        day = lookup.day(event)
        if filters.since and (day is None or day < filters.since):
            continue
        if filters.until and (day is None or day > filters.until):
            continue
        if place and not _matches_place(event, place):
            continue
        if filters.actor and not (_matches_actor(event.source, filters.actor)
                                  or _matches_actor(event.target, filters.actor)):
            continue
        kept.append(event)
    day_of = lookup.days.get
    kept.sort(key=lambda e: (day_of(e.event_id) or date.max, e.doc_id, e.evidence.sentence, e.event_id))
    return kept


def top_events(events: list[Event], incidents: list[Incident], membership: Mapping[str, str]) -> list[Event]:
    """The events a reader should see first: factual, with casualties, widely reported, severe;
    one per incident and per sentence, so one much-reported clash does not fill the list."""
    size = {i.incident_id: len(i.doc_ids) for i in incidents}

    def weight(e: Event) -> tuple:
        casualties = (e.fatalities or 0) + (e.injured or 0) + (e.arrested or 0)
        return (_MODALITY_RANK.get(e.modality, 2), -min(casualties, 1),
                -size.get(membership.get(e.event_id, ""), 1), -casualties, -abs(e.goldstein), e.event_id)

    chosen: list[Event] = []
    seen: set = set()
    for e in heapq.nsmallest(TOP_EVENTS * 20, events, key=weight):
        keys = {("incident", membership.get(e.event_id, e.event_id)), ("sentence", e.doc_id, e.evidence.sentence)}
        if keys & seen:
            continue
        seen |= keys
        chosen.append(e)
        if len(chosen) == TOP_EVENTS:
            break
    return chosen


def drop_repeated_claims(contested: list[ContestedClaim],
                         events_by_id: Mapping[str, Event]) -> list[ContestedClaim]:
    """Drop a contested claim whose (sentence, value) pairs all appear in a larger one of its kind.

    One sentence is often coded twice (e.g. as 'fight' and 'assault'), which would otherwise
    list the same disagreement twice. An inverted index keeps the subset test cheap.
    """
    def signature(claim: ContestedClaim) -> frozenset:
        return frozenset((c.doc_id, events_by_id[c.event_id].evidence.sentence
                          if c.event_id in events_by_id else c.event_id, c.value) for c in claim.claims)

    order = sorted(range(len(contested)), key=lambda i: -len(contested[i].claims))
    kept: set[int] = set()
    index: dict[tuple, set[int]] = {}
    for i in order:
        sig = signature(contested[i])
        covering = None
        for element in sig:
            holders = index.get((contested[i].kind, element), set())
            covering = set(holders) if covering is None else covering & holders
            if not covering:
                break
        if covering:
            continue
        kept.add(i)
        for element in sig:
            index.setdefault((contested[i].kind, element), set()).add(i)
    return [c for i, c in enumerate(contested) if i in kept]


def build_situation(events: Iterable[Event],
                    documents: Mapping[str, Document] | Iterable[Document] | None = None,
                    place: str | None = None, actor: str | None = None,
                    since: date | None = None, until: date | None = None,
                    sides: dict[str, list[str]] | None = None) -> Situation:
    """The situation picture of `events` (optionally filtered by place, actor and dates).

    `documents` (by id, or a plain list) supplies story dates and publication names events
    lack; `sides` maps a side's name to CAMEO actor-code prefixes, e.g.
    {"Government": ["IRQGOV", "IRQMIL"]}.
    """
    if documents is None:
        documents = {}
    elif not isinstance(documents, Mapping):
        documents = {d.id: d for d in documents}
    events = list(events)
    lookup = Lookup.build(events, documents)
    selected = filter_events(events, lookup, Filters(place, actor, since, until))
    by_id = {e.event_id: e for e in selected}
    incidents, membership = build_incidents(selected, lookup)
    side_map = SideMap(sides) if sides else None
    situation = Situation(
        filters=Filters(place, actor, since, until),
        events=selected,
        days=daily_counts(selected, lookup),
        dyads=dyads_by(selected, lookup, code_pair),
        side_dyads=dyads_by(selected, lookup, side_map.pair) if side_map else [],
        sides=dict(sides or {}),
        consultations=consultations(selected),
        term_setters=term_setters(selected),
        casualties=casualties_by_outlet(incidents),
        incidents=incidents,
        contested=drop_repeated_claims(
            contested_casualties(incidents) + contested_denials(selected, lookup, membership)
            + contested_initiators(selected, lookup), by_id),
        top_events=top_events(selected, incidents, membership),
        summary=[],
        actor_names=actor_names(selected),
        document_ids=sorted({e.doc_id for e in selected}),
        outlets=sorted({lookup.outlet(e) for e in selected}),
        events_by_id=by_id,
    )
    situation.summary = summarise(situation, lookup)
    return situation

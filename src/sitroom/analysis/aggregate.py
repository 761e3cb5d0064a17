"""Counts over events: daily timeline, dyads, sides, who went to whom, who set terms."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sitroom.analysis.codes import is_conditional_appeal, is_demand, talk_kind
from sitroom.analysis.lookup import NO_ACTOR, Lookup, source_code, target_code
from sitroom.analysis.model import Consultation, DayCount, Dyad, TermSetter
from sitroom.records import Event

OTHER_SIDE = "Other"
MAX_EXAMPLES = 3


def _add_to_day(days: dict[date, DayCount], day: date, event: Event) -> None:
    count = days.get(day)
    if count is None:
        count = days[day] = DayCount(day)
    count.quad[event.quad_class] = count.quad.get(event.quad_class, 0) + 1
    count.goldstein += event.goldstein
    count.events += 1


def daily_counts(events: Iterable[Event], lookup: Lookup) -> list[DayCount]:
    """Per-day counts by QuadClass and Goldstein sum; events without a date are left out."""
    days: dict[date, DayCount] = {}
    for event in events:
        day = lookup.day(event)
        if day is not None:
            _add_to_day(days, day, event)
    return [days[d] for d in sorted(days)]


@dataclass(slots=True)
class _DyadAcc:
    quad: Counter = field(default_factory=Counter)
    goldstein: float = 0.0
    days: dict[date, DayCount] = field(default_factory=dict)
    event_ids: list[str] = field(default_factory=list)


def dyads_by(events: Iterable[Event], lookup: Lookup,
             key: Callable[[Event], tuple[str, str] | None]) -> list[Dyad]:
    """Directed dyads under `key` (codes or sides), largest first, each with its daily balance."""
    accs: dict[tuple[str, str], _DyadAcc] = defaultdict(_DyadAcc)
    for event in events:
        pair = key(event)
        if pair is None:
            continue
        acc = accs[pair]
        acc.quad[event.quad_class] += 1
        acc.goldstein += event.goldstein
        acc.event_ids.append(event.event_id)
        day = lookup.day(event)
        if day is not None:
            _add_to_day(acc.days, day, event)
    dyads = [
        Dyad(source=src, target=tgt, events=len(acc.event_ids), quad=dict(acc.quad),
             goldstein=round(acc.goldstein, 2), days=[acc.days[d] for d in sorted(acc.days)],
             event_ids=acc.event_ids)
        for (src, tgt), acc in accs.items()
    ]
    dyads.sort(key=lambda d: (-d.events, d.source, d.target))
    return dyads


def code_pair(event: Event) -> tuple[str, str] | None:
    """Dyads need both ends: one-sided events count in the timeline only."""
    src, tgt = source_code(event), target_code(event)
    return (src, tgt) if src and tgt else None


class SideMap:
    """Actor code -> side by longest matching code prefix ("IRQGOV" covers "IRQGOVMIL")."""

    def __init__(self, sides: Mapping[str, list[str]]) -> None:
        self._prefixes = sorted(((p.upper(), side) for side, ps in sides.items() for p in ps),
                                key=lambda item: -len(item[0]))
        self._cache: dict[str, str] = {}

    def side(self, code: str) -> str:
        found = self._cache.get(code)
        if found is None:
            found = next((side for p, side in self._prefixes if code.upper().startswith(p)), OTHER_SIDE)
            self._cache[code] = found
        return found

    def pair(self, event: Event) -> tuple[str, str] | None:
        codes = code_pair(event)
        return None if codes is None else (self.side(codes[0]), self.side(codes[1]))


def consultations(events: Iterable[Event]) -> list[Consultation]:
    """Consultations, requests and agreements by initiator (the event's source) and counterpart."""
    found: dict[tuple[str, str], Consultation] = {}
    for event in events:
        kind, src = talk_kind(event), source_code(event)
        if kind is None or src is None:
            continue
        key = (src, target_code(event) or NO_ACTOR)
        item = found.get(key)
        if item is None:
            item = found[key] = Consultation(initiator=key[0], counterpart=key[1])
        item.count += 1
        item.kinds[kind] = item.kinds.get(kind, 0) + 1
        item.event_ids.append(event.event_id)
    return sorted(found.values(), key=lambda c: (-c.count, c.initiator, c.counterpart))


def term_setters(events: Iterable[Event]) -> list[TermSetter]:
    """Who set terms: demands (root 10 or demanded modality) and appeals with conditions."""
    found: dict[str, TermSetter] = {}
    for event in events:
        src = source_code(event)
        demand = is_demand(event)
        if src is None or not (demand or is_conditional_appeal(event)):
            continue
        item = found.get(src)
        if item is None:
            item = found[src] = TermSetter(actor=src)
        if demand:
            item.demands += 1
        else:
            item.conditional_appeals += 1
        tgt = target_code(event) or NO_ACTOR
        item.targets[tgt] = item.targets.get(tgt, 0) + 1
        item.event_ids.append(event.event_id)
        if len(item.examples) < MAX_EXAMPLES:
            item.examples.append(event.evidence.text)
    return sorted(found.values(), key=lambda t: (-t.total, t.actor))


def actor_names(events: Iterable[Event]) -> dict[str, str]:
    """Most frequent canonical name for each actor code."""
    names: dict[str, Counter] = defaultdict(Counter)
    for event in events:
        for actor in (event.source, event.target):
            if actor is not None and actor.code:
                names[actor.code][actor.name or actor.text] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in names.items()}

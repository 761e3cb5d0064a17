"""Plain-language headline sentences computed from the figures (templates, no language model)."""
from __future__ import annotations

from collections import Counter

from sitroom.analysis.aggregate import OTHER_SIDE
from sitroom.analysis.incidents import describe_incident
from sitroom.analysis.lookup import Lookup
from sitroom.analysis.model import (CONFLICT_QUADS, COOPERATION_QUADS, Consultation,
                                    Dyad, Incident, Situation, SourceCasualties,
                                    SummarySentence, TermSetter)

MAX_SIDE_SENTENCES = 3


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def overview(situation: Situation) -> SummarySentence | None:
    events = situation.events
    if not events:
        return None
    span = ""
    if situation.first_day and situation.last_day:
        span = f", {situation.first_day.isoformat()} to {situation.last_day.isoformat()}"
    return SummarySentence(
        f"{_plural(len(events), 'event')} from {_plural(len(situation.document_ids), 'document')} "
        f"by {_plural(len(situation.outlets), 'source')}{span}.",
        [e.event_id for e in events])


def balance(situation: Situation) -> SummarySentence | None:
    conflict = [e for e in situation.events if e.quad_class in CONFLICT_QUADS]
    cooperation = [e for e in situation.events if e.quad_class in COOPERATION_QUADS]
    if not conflict and not cooperation:
        return None
    material = sum(1 for e in conflict if e.quad_class == 4)
    net = round(sum(e.goldstein for e in situation.events), 1)
    return SummarySentence(
        f"{_plural(len(conflict), 'conflict event')} ({material} material) against "
        f"{len(cooperation)} cooperation; net Goldstein {net:+.1f}.",
        [e.event_id for e in conflict + cooperation])


def conflict_peak(situation: Situation, lookup: Lookup) -> SummarySentence | None:
    days = situation.days
    if not days or max(d.conflict for d in days) == 0:
        return None
    peak = max(days, key=lambda d: (d.conflict, d.material_conflict))
    ids = [e.event_id for e in situation.events
           if e.quad_class in CONFLICT_QUADS and lookup.day(e) == peak.day]
    return SummarySentence(
        f"Conflict peaked on {peak.day.isoformat()} with {_plural(peak.conflict, 'conflict event')}.",
        ids)


def top_dyad(dyads: list[Dyad]) -> SummarySentence | None:
    if not dyads:
        return None
    d = dyads[0]
    return SummarySentence(
        f"The most active pair is {d.source} → {d.target}: {_plural(d.events, 'event')}, "
        f"{d.conflict} conflict and {d.cooperation} cooperation, net Goldstein {d.goldstein:+.1f}.",
        list(d.event_ids))


def side_sentences(side_dyads: list[Dyad]) -> list[SummarySentence]:
    named = [d for d in side_dyads if OTHER_SIDE not in (d.source, d.target) and d.source != d.target]
    return [SummarySentence(
        f"{d.source} → {d.target}: {d.conflict} conflict and {d.cooperation} cooperation events "
        f"(net Goldstein {d.goldstein:+.1f}).", list(d.event_ids))
        for d in named[:MAX_SIDE_SENTENCES]]


def initiators(consultations: list[Consultation]) -> SummarySentence | None:
    total = sum(c.count for c in consultations)
    if not total:
        return None
    by_initiator: Counter = Counter()
    for c in consultations:
        by_initiator[c.initiator] += c.count
    leader, count = by_initiator.most_common(1)[0]
    ids = [i for c in consultations if c.initiator == leader for i in c.event_ids]
    return SummarySentence(
        f"{count} of {_plural(total, 'consultation event')} were initiated by {leader}.", ids)


def terms(setters: list[TermSetter]) -> SummarySentence | None:
    if not setters:
        return None
    t = setters[0]
    return SummarySentence(
        f"{t.actor} set terms most often: {_plural(t.demands, 'demand')} and "
        f"{_plural(t.conditional_appeals, 'conditional appeal')}.", list(t.event_ids))


def casualty_sources(casualties: list[SourceCasualties]) -> SummarySentence | None:
    reporting = [c for c in casualties if c.largest_fatalities]
    if not reporting:
        return None
    parts = ", ".join(f"{c.outlet} {c.largest_fatalities}" for c in reporting[:5])
    verb = "differ by source" if len({c.largest_fatalities for c in reporting}) > 1 else "by source"
    ids = [next(f.event_id for f in c.figures if f.fatalities == c.largest_fatalities) for c in reporting]
    return SummarySentence(f"Death tolls {verb} (largest figure each reports): {parts}.", ids)


def contested(situation: Situation) -> SummarySentence | None:
    kinds = Counter(c.kind for c in situation.contested)
    if not kinds:
        return None
    parts = []
    if kinds["casualties"]:
        parts.append(f"{_plural(kinds['casualties'], 'casualty figure')} disputed between sources")
    if kinds["denial"]:
        parts.append(f"{_plural(kinds['denial'], 'reported action')} denied by another source")
    if kinds["initiator"]:
        parts.append(f"{_plural(kinds['initiator'], 'exchange')} with disputed initiator")
    return SummarySentence("Contested: " + "; ".join(parts) + ".",
                           [i for c in situation.contested for i in c.event_ids])


def most_reported(incidents: list[Incident]) -> SummarySentence | None:
    if not incidents or len(incidents[0].outlets) < 2:
        return None
    top = incidents[0]
    return SummarySentence(
        f"The most widely reported incident ({describe_incident(top)}) was carried by "
        f"{_plural(len(top.outlets), 'source')} in {_plural(len(top.doc_ids), 'document')}.",
        top.event_ids)


def summarise(situation: Situation, lookup: Lookup) -> list[SummarySentence]:
    candidates = [
        overview(situation), balance(situation), conflict_peak(situation, lookup),
        top_dyad(situation.dyads), *side_sentences(situation.side_dyads),
        initiators(situation.consultations), terms(situation.term_setters),
        casualty_sources(situation.casualties), most_reported(situation.incidents),
        contested(situation),
    ]
    return [s for s in candidates if s is not None]

"""Incidents (one happening, many reports), casualties per outlet and contested claims.

Everything is bucketed by key first and compared only within a bucket, so the work grows
with the number of events, not with its square.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta

from sitroom.analysis.codes import FACTUAL_MODALITIES, root_name, talk_kind
from sitroom.analysis.lookup import (NO_ACTOR, Lookup, attribution_key, place_key, place_name,
                                     source_code, target_code)
from sitroom.analysis.model import (CasualtyFigure, Claim, ContestedClaim, Incident,
                                    IncidentReport, SourceCasualties)
from sitroom.records import Event

INCIDENT_WINDOW = timedelta(days=1)  # reports of one incident fall within a day of its first
DENIAL_WINDOW = timedelta(days=3)  # a denial may come a few days after the report it denies
MAX_DENIED_CLAIMS = 6
COUNT_FIELDS = ("fatalities", "injured", "arrested")
COUNT_WORDS = {"fatalities": "killed", "injured": "injured", "arrested": "arrested"}
PARTY_CODE_LENGTH = 6  # country + first role: IRQGOVPTY and IRQGOV are one party


def _report(event: Event, lookup: Lookup) -> IncidentReport:
    return IncidentReport(
        event_id=event.event_id, doc_id=event.doc_id, outlet=lookup.outlet(event),
        day=lookup.day(event), modality=event.modality, fatalities=event.fatalities,
        injured=event.injured, arrested=event.arrested, evidence=event.evidence.text,
        attribution=event.attribution.text if event.attribution else None,
        attributed_to=attribution_key(event), sentence=event.evidence.sentence)


def _clusters_by_day(dated: list[tuple[date | None, Event]]) -> list[list[tuple[date | None, Event]]]:
    """Split one key's (day, event) pairs into runs within INCIDENT_WINDOW of the run's first day."""
    undated = [pair for pair in dated if pair[0] is None]
    clusters = [undated] if undated else []
    anchor: date | None = None
    for pair in sorted((p for p in dated if p[0] is not None), key=lambda p: p[0]):
        if anchor is None or pair[0] - anchor > INCIDENT_WINDOW:
            clusters.append([])
            anchor = pair[0]
        clusters[-1].append(pair)
    return clusters


def _incident_key(event: Event) -> tuple:
    """Same actors, root and place. A verbal event naming no actor at all ("it was announced")
    says too little to be matched with another report, so it stays an incident of its own;
    violence without named actors ("fighting killed 40 in Kut") still merges by place and day."""
    src, tgt = source_code(event), target_code(event)
    if src is None and tgt is None and event.quad_class != 4:
        return (None, None, event.root, place_key(event), event.event_id)
    return (src, tgt, event.root, place_key(event))


def build_incidents(events: Iterable[Event], lookup: Lookup) -> tuple[list[Incident], dict[str, str]]:
    """Merge events with the same (source, target, root, place) within a day into incidents.

    Returns the incidents (most documents first) and event_id -> incident_id.
    """
    day_of = lookup.days.get
    buckets: dict[tuple, list[tuple[date | None, Event]]] = defaultdict(list)
    for event in events:
        key = _incident_key(event)
        buckets[key].append((day_of(event.event_id), event))
    incidents: list[Incident] = []
    for (src, tgt, root, *_), bucket in buckets.items():
        for cluster in _clusters_by_day(bucket):
            days = [day for day, _ in cluster if day is not None]
            reports = sorted((_report(e, lookup) for _, e in cluster),
                             key=lambda r: (r.day or date.min, r.outlet, r.event_id))
            incidents.append(Incident(
                incident_id="", source=src, target=tgt, root=root, place=place_name(cluster[0][1]),
                first_day=min(days) if days else None, last_day=max(days) if days else None,
                reports=reports))
    incidents.sort(key=lambda i: (-len(i.doc_ids), i.first_day or date.max, i.source or "",
                                  i.target or "", i.root))
    membership: dict[str, str] = {}
    for number, incident in enumerate(incidents, 1):
        incident.incident_id = f"I{number}"
        for report in incident.reports:
            membership[report.event_id] = incident.incident_id
    return incidents, membership


def describe_incident(incident: Incident) -> str:
    day = incident.first_day.isoformat() if incident.first_day else "undated"
    place = f" in {incident.place}" if incident.place else ""
    return (f"{incident.source or NO_ACTOR} → {incident.target or NO_ACTOR}: "
            f"{root_name(incident.root)}{place}, {day}")


# --- casualties -------------------------------------------------------------------------

def casualties_by_outlet(incidents: Iterable[Incident]) -> list[SourceCasualties]:
    """Per outlet: each incident's largest figures, summed; a sentence coded as two events (a
    'fight' and an 'assault') lands in two incidents but is counted once."""
    by_outlet: dict[str, SourceCasualties] = {}
    counted: set[tuple[str, str, int | None]] = set()
    for incident in incidents:
        per_outlet: dict[str, list[IncidentReport]] = defaultdict(list)
        for report in incident.reports:
            if any(getattr(report, f) is not None for f in COUNT_FIELDS):
                per_outlet[report.outlet].append(report)
        for outlet, reports in per_outlet.items():
            figure = _largest_figure(incident, outlet, reports)
            lead = next(r for r in reports if r.event_id == figure.event_id)
            if (outlet, lead.doc_id, lead.sentence) in counted:
                continue
            counted.update((outlet, r.doc_id, r.sentence) for r in reports)
            totals = by_outlet.setdefault(outlet, SourceCasualties(outlet=outlet))
            totals.figures.append(figure)
            totals.fatalities += figure.fatalities or 0
            totals.injured += figure.injured or 0
            totals.arrested += figure.arrested or 0
            totals.largest_fatalities = max(totals.largest_fatalities, figure.fatalities or 0)
    for totals in by_outlet.values():
        totals.figures.sort(key=lambda f: (f.day or date.min, f.incident_id))
    return sorted(by_outlet.values(), key=lambda s: (-s.largest_fatalities, -s.fatalities, s.outlet))


def _largest_figure(incident: Incident, outlet: str, reports: list[IncidentReport]) -> CasualtyFigure:
    def biggest(name: str) -> int | None:
        values = [getattr(r, name) for r in reports if getattr(r, name) is not None]
        return max(values) if values else None

    lead = max(reports, key=lambda r: (r.fatalities or 0, r.injured or 0, r.arrested or 0))
    return CasualtyFigure(
        incident_id=incident.incident_id, event_id=lead.event_id, doc_id=lead.doc_id,
        outlet=outlet, day=lead.day, place=incident.place, fatalities=biggest("fatalities"),
        injured=biggest("injured"), arrested=biggest("arrested"), text=lead.evidence)


# --- contested claims -------------------------------------------------------------------

def contested_casualties(incidents: Iterable[Incident]) -> list[ContestedClaim]:
    """Incidents whose claimants give different numbers for the same kind of casualty."""
    found: list[ContestedClaim] = []
    for incident in incidents:
        if len(incident.reports) < 2:
            continue
        for name in COUNT_FIELDS:
            claims = _differing_numbers(incident, name)
            if claims:
                found.append(ContestedClaim(
                    kind="casualties", incident_id=incident.incident_id, claims=claims,
                    description=f"Sources differ on the number {COUNT_WORDS[name]}: "
                                f"{describe_incident(incident)}"))
    return found


def _differing_numbers(incident: Incident, name: str) -> list[Claim]:
    """One claim per (claimant, number) when two claimants give different numbers.

    A claimant is an outlet plus the speaker it quotes, so a paper citing police and a paper
    citing hospitals, or one paper citing both, can disagree.
    """
    first: dict[tuple[tuple[str, str | None], int], IncidentReport] = {}
    for report in incident.reports:
        value = getattr(report, name)
        if value is not None and report.modality in FACTUAL_MODALITIES:
            first.setdefault((report.claimant, value), report)
    claimants = {claimant for claimant, _ in first}
    values = {value for _, value in first}
    if len(claimants) < 2 or len(values) < 2:
        return []
    ordered = sorted(first.items(), key=lambda item: (item[0][1], item[0][0][0], item[0][0][1] or ""))
    return [Claim(outlet=r.outlet, doc_id=r.doc_id, event_id=r.event_id, value=f"{v} {COUNT_WORDS[name]}",
                  evidence=r.evidence, attribution=r.attribution)
            for (_, v), r in ordered]


def _claim(event: Event, lookup: Lookup, value: str) -> Claim:
    return Claim(outlet=lookup.outlet(event), doc_id=event.doc_id, event_id=event.event_id,
                 value=value, evidence=event.evidence.text,
                 attribution=event.attribution.text if event.attribution else None)


def contested_denials(events: Iterable[Event], lookup: Lookup,
                      membership: dict[str, str]) -> list[ContestedClaim]:
    """An action one claimant asserts and another denies (same actors and root, days close)."""
    buckets: dict[tuple, tuple[list[Event], list[Event]]] = defaultdict(lambda: ([], []))
    for event in events:
        key = (source_code(event), target_code(event), event.root)
        if key[0] is None and key[1] is None:
            continue  # with no actor named, "denied that fighting started" matches any fighting
        if event.modality == "denied":
            buckets[key][0].append(event)
        elif event.modality in FACTUAL_MODALITIES:
            buckets[key][1].append(event)
    grouped: dict[str, ContestedClaim] = {}
    for denied, factual in buckets.values():
        if not denied or not factual:
            continue
        factual.sort(key=lambda e: lookup.day(e) or date.min)
        factual_days = [lookup.day(e) or date.min for e in factual]
        for denial in denied:
            asserters = _asserting(denial, factual, factual_days, lookup)
            if asserters:
                _add_denial(grouped, denial, asserters, lookup, membership)
    return list(grouped.values())


def _asserting(denial: Event, factual: list[Event], factual_days: list[date],
               lookup: Lookup) -> list[Event]:
    """Asserted reports by other claimants, within DENIAL_WINDOW and at a compatible place."""
    day = lookup.day(denial)
    if day is None:
        candidates = [e for e in factual if lookup.day(e) is None]
    else:
        lo = bisect.bisect_left(factual_days, day - DENIAL_WINDOW)
        hi = bisect.bisect_right(factual_days, day + DENIAL_WINDOW)
        candidates = factual[lo:hi]
    place, claimant = place_key(denial), lookup.claimant(denial)
    return [e for e in candidates
            if lookup.claimant(e) != claimant and (place is None or place_key(e) in (None, place))]


def _add_denial(grouped: dict[str, ContestedClaim], denial: Event, asserters: list[Event],
                lookup: Lookup, membership: dict[str, str]) -> None:
    incident_id = membership.get(denial.event_id)
    group_key = incident_id or denial.event_id
    item = grouped.get(group_key)
    if item is None:
        action = (f"{source_code(denial) or NO_ACTOR} → {target_code(denial) or NO_ACTOR}: "
                  f"{root_name(denial.root)}")
        item = grouped[group_key] = ContestedClaim(
            kind="denial", incident_id=incident_id,
            description=f"Reported by one source, denied by another: {action}")
    seen = {c.event_id for c in item.claims}
    if denial.event_id not in seen:
        item.claims.append(_claim(denial, lookup, "denied"))
    for event in asserters:
        if len(item.claims) >= MAX_DENIED_CLAIMS:
            break
        if event.event_id not in seen:
            seen.add(event.event_id)
            item.claims.append(_claim(event, lookup, event.modality))


def _party(code: str) -> str:
    return code[:PARTY_CODE_LENGTH]


def contested_initiators(events: Iterable[Event], lookup: Lookup) -> list[ContestedClaim]:
    """Claimants naming different initiators of the same consultation/request/agreement on one day."""
    buckets: dict[tuple, list[Event]] = defaultdict(list)
    for event in events:
        kind, src, tgt, day = talk_kind(event), source_code(event), target_code(event), lookup.day(event)
        if kind and src and tgt and day and event.modality in FACTUAL_MODALITIES:
            pair = frozenset((_party(src), _party(tgt)))
            if len(pair) == 2:
                buckets[(day, pair, kind)].append(event)
    found: list[ContestedClaim] = []
    for (day, pair, kind), bucket in sorted(buckets.items(), key=lambda item: item[0][0]):
        by_claimant: dict[tuple[str, str | None], dict[str, Event]] = defaultdict(dict)
        for event in bucket:
            by_claimant[lookup.claimant(event)].setdefault(_party(source_code(event)), event)
        # A claimant naming both parties contradicts no one; two claimants each naming a
        # different single initiator do.
        sole_initiators = {next(iter(i)) for i in by_claimant.values() if len(i) == 1}
        if len(sole_initiators) < 2:
            continue
        claims = [_claim(event, lookup, f"initiated by {initiator}")
                  for claimant in sorted(by_claimant, key=lambda c: (c[0], c[1] or ""))
                  for initiator, event in sorted(by_claimant[claimant].items())]
        found.append(ContestedClaim(
            kind="initiator", claims=claims,
            description=f"Sources differ on who initiated the {kind.lower()} between "
                        f"{' and '.join(sorted(pair))} on {day.isoformat()}"))
    return found

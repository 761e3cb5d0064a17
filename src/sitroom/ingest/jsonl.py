"""JSONL documents (the EVENTS.md input format), streamed one line at a time.

Each non-blank line is an object with required `id` and `text` (strings; a numeric id is
accepted and turned into a string), optional `date` (ISO date or timestamp, null allowed),
`title`, `source`, `url`. Other fields are ignored.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterator

from sitroom.ingest.common import (
    IngestError,
    Item,
    clean_field,
    decode_text,
    parse_date,
    too_big,
)
from sitroom.records import Document

_CHUNK = 1 << 20


def _line_limit(max_text_bytes: int) -> int:
    # JSON escapes (\uXXXX) may take 6 bytes per character of text; leave room for metadata
    return 6 * max_text_bytes + (1 << 20)


def _read_lines(handle: BinaryIO, limit: int) -> Iterator[tuple[bytes | None, bool]]:
    """(line, True) per line; (None, False) for a line over `limit`, whose rest is skipped unread."""
    while True:
        line = handle.readline(limit)
        if not line:
            return
        if len(line) >= limit and not line.endswith(b"\n"):
            while True:  # drain the oversized line in chunks without keeping it
                chunk = handle.readline(_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None, False
            continue
        yield line, True


def document_from_record(record: object, where: str, line: int | None, origin: str,
                         max_text_bytes: int, allow_blank_text: bool = False) -> Item:
    """One input record (a parsed JSON value) → Document, or the error that explains why not.

    `allow_blank_text`: stateless coding keeps a document whose text is "" (it gets an output
    line with no events); the store refuses it.
    """
    if not isinstance(record, dict):
        return IngestError(where, line, f"expected a JSON object, got {type(record).__name__}")
    doc_id, text = record.get("id"), record.get("text")
    if isinstance(doc_id, (int, float)) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        return IngestError(where, line, "missing or empty required field 'id'")
    if not isinstance(text, str) or not (text.strip() or allow_blank_text):
        return IngestError(where, line, f"document {doc_id!r}: missing or empty required field 'text'")
    oversize = too_big(text, max_text_bytes)
    if oversize:
        return IngestError(where, line, f"document {doc_id!r}: {oversize}")
    if "\x00" in doc_id or "\x00" in text:  # an escaped \u0000: binary data dressed as JSON
        return IngestError(where, line, f"document {doc_id!r}: NUL character in 'id' or 'text'")
    try:
        story_date = parse_date(record.get("date"))
    except ValueError as exc:
        return IngestError(where, line, f"document {doc_id!r}: {exc}")
    return Document(
        id=doc_id.strip(),
        text=text,
        date=story_date,
        source=clean_field(record.get("source")),
        url=clean_field(record.get("url")),
        title=clean_field(record.get("title")),
        origin=origin,
    )


def read_jsonl(path: Path, max_text_bytes: int, allow_blank_text: bool = False) -> Iterator[Item]:
    where = str(path)
    limit = _line_limit(max_text_bytes)
    seen_content = False
    with path.open("rb") as handle:
        for number, (raw, fits) in enumerate(_read_lines(handle, limit), start=1):
            if not fits:
                seen_content = True
                yield IngestError(where, number, f"line longer than {limit:,} bytes (document over the size cap)")
                continue
            decoded = decode_text(raw, where, number)
            if isinstance(decoded, IngestError):
                seen_content = True
                yield decoded
                continue
            if not decoded.strip():
                continue
            seen_content = True
            try:
                record = json.loads(decoded)
            except json.JSONDecodeError as exc:
                yield IngestError(where, number, f"malformed JSON: {exc.msg} (column {exc.colno})")
                continue
            yield document_from_record(record, where, number, f"{where}:{number}", max_text_bytes,
                                       allow_blank_text)
    if not seen_content:
        yield IngestError(where, 1, "empty file: no documents")

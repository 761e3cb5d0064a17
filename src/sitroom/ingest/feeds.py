"""RSS / Atom feeds via feedparser: every entry becomes a Document.

id: the entry's id/guid, else its link. text: the longest `content` value, else the summary,
stripped of HTML. date: published, else updated. source: the feed's title. origin:
``<path or URL>#<entry number>`` (feedparser gives no line numbers).
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Iterator

from sitroom.ingest.common import (
    IngestError,
    Item,
    check_binary,
    clean_field,
    html_to_text,
    parse_date,
    too_big,
)
from sitroom.records import Document

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def looks_like_feed(head: bytes) -> bool:
    """Content sniffing on the first bytes of a file or response."""
    return _FEED_ROOT.search(head[:2048]) is not None


def _entry_text(entry) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    raw = max(contents, key=len) if contents else entry.get("summary", "") or entry.get("description", "")
    return _no_nul(html_to_text(raw))


def _entry_date(entry) -> date | None:
    """published, else updated; a date string that feedparser could not read → ValueError."""
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        raw = entry.get(key)
        if raw:
            return parse_date(raw)
    return None


def _no_nul(value):
    """feedparser turns a `&#0;` reference into NUL; HTML5 reads it as U+FFFD, and so do we."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def _entry_document(entry, number: int, where: str, feed_title: str | None, max_text_bytes: int) -> Item:
    doc_id = clean_field(_no_nul(entry.get("id") or entry.get("guid") or entry.get("link")))
    label = f"entry {number}"
    if not doc_id:
        return IngestError(where, None, f"{label}: no id, guid or link")
    text = _entry_text(entry)
    if not text:
        return IngestError(where, None, f"{label} ({doc_id}): no content or summary text")
    oversize = too_big(text, max_text_bytes)
    if oversize:
        return IngestError(where, None, f"{label} ({doc_id}): {oversize}")
    try:
        story_date = _entry_date(entry)
    except ValueError as exc:
        return IngestError(where, None, f"{label} ({doc_id}): {exc}")
    return Document(
        id=doc_id,
        text=text,
        date=story_date,
        source=feed_title,
        url=clean_field(_no_nul(entry.get("link"))),
        title=clean_field(_no_nul(html_to_text(entry.get("title", "")))),
        origin=f"{where}#{number}",
    )


def parse_feed(data: bytes, where: str, max_text_bytes: int) -> Iterator[Item]:
    import feedparser  # imported here: only feed reading needs it

    binary = check_binary(data, where)
    if binary is not None:
        yield binary
        return
    if not data.strip():
        yield IngestError(where, 1, "empty file: no feed")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = parsed.get("bozo_exception")
            line = getattr(reason, "getLineNumber", lambda: None)() if reason is not None else None
            yield IngestError(where, line or 1, f"not a readable RSS/Atom feed: {reason}")
        elif parsed.get("version"):
            return  # a valid feed that has no entries right now: nothing to read, nothing wrong
        else:
            yield IngestError(where, 1, "not an RSS/Atom feed")
        return
    feed_title = clean_field(html_to_text(_no_nul(parsed.feed.get("title", ""))))
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, number, where, feed_title, max_text_bytes)


MAX_FEED_FACTOR = 25  # a feed holds many entries, but not an unbounded number


def read_feed_file(path: Path, max_text_bytes: int) -> Iterator[Item]:
    size = path.stat().st_size
    if size > MAX_FEED_FACTOR * max_text_bytes:
        yield IngestError(path, 1, f"feed file is {size:,} bytes, over the {MAX_FEED_FACTOR * max_text_bytes:,}-byte cap")
        return
    yield from parse_feed(path.read_bytes(), str(path), max_text_bytes)

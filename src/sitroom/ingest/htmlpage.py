"""HTML articles: main text and metadata (title, date, site name, URL) through trafilatura."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from sitroom.ingest.common import (
    IngestError,
    Item,
    clean_field,
    date_from_name,
    decode_text,
    parse_date,
    too_big,
)
from sitroom.records import Document

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_MAX_HTML_FACTOR = 10  # markup around a story is rarely >10x its text; cap the page before parsing


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match[1].decode("ascii").lower() if match else None


def html_document(html: str, where: str, doc_id: str, origin: str, max_text_bytes: int,
                  url: str | None = None, fallback_date=None) -> Item:
    """The main text of one page as a Document, or an error when nothing readable is found."""
    import trafilatura  # imported here: it is slow to import and only this reader needs it

    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        return IngestError(where, 1, f"cannot parse HTML: {exc}")
    text = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if not text:
        return IngestError(where, 1, "no main text found in the HTML page")
    oversize = too_big(text, max_text_bytes)
    if oversize:
        return IngestError(where, 1, oversize)
    try:
        story_date = parse_date(getattr(extracted, "date", None)) or fallback_date
    except ValueError as exc:
        return IngestError(where, 1, str(exc))
    return Document(
        id=doc_id,
        text=text,
        date=story_date,
        source=clean_field(getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None)),
        url=clean_field(getattr(extracted, "url", None) or url),
        title=clean_field(getattr(extracted, "title", None)),
        origin=origin,
    )


def decode_html(data: bytes, where: str, encoding: str | None = None) -> str | IngestError:
    """Strict decoding with the charset the page (or server) declares, UTF-8 otherwise."""
    return decode_text(data, where, encoding=encoding or declared_charset(data) or "utf-8")


def read_html_file(path: Path, max_text_bytes: int, doc_id: str | None = None) -> Iterator[Item]:
    where = str(path)
    size = path.stat().st_size
    if size > _MAX_HTML_FACTOR * max_text_bytes:
        yield IngestError(where, 1, f"file is {size:,} bytes, over the {_MAX_HTML_FACTOR * max_text_bytes:,}-byte cap")
        return
    data = path.read_bytes()
    if not data.strip():
        yield IngestError(where, 1, "empty file: no HTML")
        return
    html = decode_html(data, where)
    if isinstance(html, IngestError):
        yield html
        return
    yield html_document(html, where, doc_id or path.stem, f"{where}:1", max_text_bytes,
                        fallback_date=date_from_name(path.name))

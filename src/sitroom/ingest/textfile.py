"""Plain-text documents: one document per `.txt` file (UTF-8).

Convention for metadata: the file may start with a header block of ``Key: value`` lines,
ended by a blank line. Recognised keys (case-insensitive): ``Title``, ``Date``, ``Source``,
``URL``, ``Id``. The block counts as a header only when *every* line before the first blank
line is one of these keys, so a story that opens with "Update: ..." stays text. Example::

    Title: Clashes reported near the border
    Date: 2024-05-02
    Source: Example Wire
    URL: https://example.org/story

    The story text starts here...

Without a header (or a ``Date:`` line) the story date comes from the first valid
``YYYY-MM-DD`` in the file name, if any. The id is the ``Id:`` header, else the file name
without its suffix (inside a folder: the relative path without suffix, so same-named files in
different sub-folders keep distinct ids).
"""
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

HEADER_KEYS = ("title", "date", "source", "url", "id")
_HEADER_LINE = re.compile(r"^(title|date|source|url|id)\s*:\s*(.*)$", re.IGNORECASE)
_HEADER_SLACK = 64 * 1024  # room for a header beyond the text cap before we refuse to read a file


def split_header(text: str) -> tuple[dict[str, tuple[str, int]], str, int]:
    """(header {key: (value, line)}, body, number of lines before the body)."""
    lines = text.split("\n")
    header: dict[str, tuple[str, int]] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if not header:
                break
            return header, "\n".join(lines[index + 1:]), index + 1
        match = _HEADER_LINE.match(line.strip())
        if match is None:
            break
        header.setdefault(match[1].lower(), (match[2].strip(), index + 1))
    return {}, text, 0


def read_text_file(path: Path, max_text_bytes: int, doc_id: str | None = None) -> Iterator[Item]:
    where = str(path)
    if path.stat().st_size > max_text_bytes + _HEADER_SLACK:
        yield IngestError(where, 1, f"file is {path.stat().st_size:,} bytes, over the {max_text_bytes:,}-byte cap")
        return
    decoded = decode_text(path.read_bytes(), where)
    if isinstance(decoded, IngestError):
        yield decoded
        return
    text = decoded.replace("\r\n", "\n").replace("\r", "\n")
    header, body, _ = split_header(text)
    body = body.strip("\n")
    if not body.strip():
        yield IngestError(where, 1, "empty file: no text")
        return
    oversize = too_big(body, max_text_bytes)
    if oversize:
        yield IngestError(where, 1, oversize)
        return
    story_date = date_from_name(path.name)
    if "date" in header:
        value, line = header["date"]
        try:
            story_date = parse_date(value) or story_date  # an empty Date: keeps the file-name date
        except ValueError as exc:
            yield IngestError(where, line, str(exc))
            return

    def meta(key: str) -> str | None:
        return clean_field(header[key][0]) if key in header else None

    yield Document(
        id=meta("id") or doc_id or path.stem,
        text=body,
        date=story_date,
        source=meta("source"),
        url=meta("url"),
        title=meta("title"),
        origin=f"{where}:1",
    )

"""`read_path`: one entry point for files and folders, dispatching on the file type."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from sitroom.ingest.common import (
    DEFAULT_MAX_TEXT_BYTES,
    IngestError,
    Item,
    SkipHandler,
    apply_policy,
)
from sitroom.ingest.feeds import looks_like_feed, read_feed_file
from sitroom.ingest.htmlpage import read_html_file
from sitroom.ingest.jsonl import read_jsonl
from sitroom.ingest.textfile import read_text_file
from sitroom.records import Document

JSONL_SUFFIXES = frozenset((".jsonl", ".ndjson"))
TEXT_SUFFIXES = frozenset((".txt",))
HTML_SUFFIXES = frozenset((".html", ".htm"))
FEED_SUFFIXES = frozenset((".xml", ".rss", ".atom"))
SUPPORTED_SUFFIXES = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES


def read_path(path: str | Path, skip_bad: bool = False, on_skip: SkipHandler | None = None,
              max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES) -> Iterator[Document]:
    """Documents from a file or a folder (recursively every supported file, sorted by path).

    Bad items raise `IngestError`; with `skip_bad=True` they are skipped and passed to
    `on_skip` instead. Documents whose text exceeds `max_text_bytes` count as bad items.
    """
    return apply_policy(_items(Path(path), max_text_bytes), skip_bad, on_skip)


def _items(path: Path, max_text_bytes: int) -> Iterator[Item]:
    if path.is_dir():
        yield from _folder_items(path, max_text_bytes)
    elif path.is_file():
        yield from _file_items(path, max_text_bytes, kind=_kind_of(path))
    else:
        yield IngestError(path, None, "no such file or folder")


def _folder_items(folder: Path, max_text_bytes: int) -> Iterator[Item]:
    files = sorted(
        p for p in folder.rglob("*")
        if p.suffix.lower() in SUPPORTED_SUFFIXES and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    for file in files:
        # ids of single-document files stay unique across sub-folders: "sub/story" not "story"
        doc_id = file.relative_to(folder).with_suffix("").as_posix()
        yield from _file_items(file, max_text_bytes, kind=_kind_of(file), doc_id=doc_id)


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return _sniff(path)


def _sniff(path: Path) -> str | None:
    """The kind of a file with an unknown suffix, from its first bytes."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if looks_like_feed(head):
        return "feed"
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if lowered.startswith(b"{"):
        return "jsonl"
    return None


def _file_items(path: Path, max_text_bytes: int, kind: str | None, doc_id: str | None = None) -> Iterator[Item]:
    try:
        if kind == "jsonl":
            yield from read_jsonl(path, max_text_bytes)
        elif kind == "text":
            yield from read_text_file(path, max_text_bytes, doc_id)
        elif kind == "html":
            yield from read_html_file(path, max_text_bytes, doc_id)
        elif kind == "feed":
            yield from read_feed_file(path, max_text_bytes)
        else:
            yield IngestError(path, None, "unsupported file type (use .jsonl, .txt, .html, .xml/.rss/.atom)")
    except OSError as exc:
        yield IngestError(path, None, f"cannot read: {exc.strerror or exc}")


def read_coding_input(path: str | Path, skip_bad: bool = False, on_skip: SkipHandler | None = None,
                      max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES) -> Iterator[Document]:
    """Input of `sitroom code`: like `read_path`, but a JSONL document with blank text is kept
    (the contract wants one output line per input document, even with no events)."""
    path = Path(path)
    if path.is_file() and _kind_of(path) == "jsonl":
        return apply_policy(read_jsonl(path, max_text_bytes, allow_blank_text=True), skip_bad, on_skip)
    return read_path(path, skip_bad, on_skip, max_text_bytes)

"""Readers: JSONL, plain text, folders, HTML pages, RSS and Atom feeds (samples in conftest.py)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitroom.ingest import read_path
from sitroom.records import content_hash


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_jsonl_fields_dates_and_origin(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a1", "date": "2023-04-05", "text": "Troops moved into the valley.", "title": "Move",
         "source": "Wire One", "url": "https://example.org/a1", "extra": {"ignored": True}},
        {"id": "a2", "date": "2023-04-06T22:10:00Z", "text": "Talks resumed in the capital."},
        {"id": 7, "date": None, "text": "A ceasefire was announced."},
        {"id": "a4", "text": "Police detained several protesters."},
    ])
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n   \n")  # blank lines are not documents
    docs = list(read_path(path))
    assert [d.id for d in docs] == ["a1", "a2", "7", "a4"]
    first = docs[0]
    assert (first.date, first.title, first.source, first.url) == (
        date(2023, 4, 5), "Move", "Wire One", "https://example.org/a1")
    assert first.origin == f"{path}:1"
    assert first.hash == content_hash(first.text)
    assert docs[1].date == date(2023, 4, 6)
    assert docs[2].date is None and docs[3].date is None
    assert docs[3].origin == f"{path}:4"


def test_jsonl_is_streamed_lazily(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": f"d{i}", "text": f"Story {i}."} for i in range(3)])
    stream = read_path(path)
    assert next(stream).id == "d0"  # a generator: nothing read beyond what is asked for


def test_txt_with_header(tmp_path: Path) -> None:
    path = tmp_path / "story-one.txt"
    path.write_text(
        "Title: Bridge reopened\nDate: 2022-11-30\nSource: Valley Herald\nURL: https://example.org/b\n\n"
        "The bridge over the river reopened on Monday.\nTraffic resumed.\n", encoding="utf-8")
    [doc] = read_path(path)
    assert doc.id == "story-one"
    assert doc.title == "Bridge reopened"
    assert doc.date == date(2022, 11, 30)
    assert doc.source == "Valley Herald" and doc.url == "https://example.org/b"
    assert doc.text == "The bridge over the river reopened on Monday.\nTraffic resumed."
    assert doc.origin == f"{path}:1"


def test_txt_without_header_takes_date_from_file_name(tmp_path: Path) -> None:
    path = tmp_path / "2021-06-15_market.txt"
    path.write_text("Update: the market closed early.\n\nTraders left by noon.\n", encoding="utf-8")
    [doc] = read_path(path)
    assert doc.date == date(2021, 6, 15)
    assert doc.title is None
    assert doc.text.startswith("Update: the market closed early.")  # not a recognised header key


def test_txt_id_header_overrides_file_name(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Id: custom-7\n\nA short note about a road closure.", encoding="utf-8")
    assert next(read_path(path)).id == "custom-7"


def test_html_page(tmp_path: Path, html_page: str) -> None:
    path = tmp_path / "port.html"
    path.write_text(html_page, encoding="utf-8")
    [doc] = read_path(path)
    assert doc.id == "port"
    assert "Dock workers returned to work" in doc.text
    assert "All rights reserved" not in doc.text and "Home" not in doc.text
    assert doc.title == "Port strike ends"
    assert doc.date == date(2024, 2, 10)
    assert doc.source == "Harbour Times"
    assert doc.url == "https://harbour.example/port-strike-ends"


def test_html_in_declared_legacy_charset(tmp_path: Path, html_page: str) -> None:
    page = html_page.replace("<head>", '<head><meta charset="iso-8859-1">').replace("Dock workers", "Dock workers in Mal\u00e9")
    path = tmp_path / "legacy.htm"
    path.write_bytes(page.encode("iso-8859-1"))
    [doc] = read_path(path)
    assert "Mal\u00e9" in doc.text


def test_rss_feed(tmp_path: Path, rss_feed: str) -> None:
    path = tmp_path / "border.rss"
    path.write_text(rss_feed, encoding="utf-8")
    docs = list(read_path(path))
    assert [d.id for d in docs] == ["bw-0001", "https://bw.example/2"]  # guid, else link
    first, second = docs
    assert first.text == "Artillery fire hit the crossing point overnight.\nNo casualties were reported."
    assert first.title == "Shelling reported near crossing"
    assert first.date == date(2024, 3, 5)
    assert first.source == "Border Watch" and first.url == "https://bw.example/1"
    assert first.origin == f"{path}#1"
    assert second.text == "An aid convoy reached the town & unloaded food."


def test_atom_feed_prefers_content_and_published(tmp_path: Path, atom_feed: str) -> None:
    path = tmp_path / "coast.atom"
    path.write_text(atom_feed, encoding="utf-8")
    first, second = read_path(path)
    assert first.id == "urn:coast:ferry-1"
    assert first.text == "The ferry operator suspended crossings after storms damaged the pier."
    assert first.date == date(2024, 5, 1)  # published, not updated
    assert second.date == date(2024, 5, 3)  # no published: updated
    assert first.source == "Coast Bulletin"


def test_feed_recognised_by_content(tmp_path: Path, atom_feed: str) -> None:
    path = tmp_path / "feed.download"
    path.write_text(atom_feed, encoding="utf-8")
    assert len(list(read_path(path))) == 2


def test_folder_recursive_sorted(tmp_path: Path, html_page: str, rss_feed: str) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / "b" / "note.txt").write_text("Second folder note about a checkpoint.", encoding="utf-8")
    (tmp_path / "a" / "deep" / "note.txt").write_text("Deep note about a curfew.", encoding="utf-8")
    write_jsonl(tmp_path / "a" / "batch.jsonl", [{"id": "j1", "text": "Line one."}, {"id": "j2", "text": "Line two."}])
    (tmp_path / "a" / "page.html").write_text(html_page, encoding="utf-8")
    (tmp_path / "c.rss").write_text(rss_feed, encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden.", encoding="utf-8")
    ids = [d.id for d in read_path(tmp_path)]
    # sorted by path: a/batch.jsonl, a/deep/note.txt, a/page.html, b/note.txt, c.rss
    assert ids == ["j1", "j2", "a/deep/note", "a/page", "b/note", "bw-0001", "https://bw.example/2"]

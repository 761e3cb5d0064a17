"""`sitroom.watch`: a feed served on 127.0.0.1 is polled twice; only new entries are added."""
from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sitroom.records import Document
from sitroom.store import Store
from sitroom.watch import PassStats, watch

ENTRY = """<item><title>{title}</title><link>https://news.example/{n}</link><guid>urn:test:{n}</guid>
<pubDate>Tue, 0{n} Apr 2008 10:00:00 GMT</pubDate><description>{text}</description></item>"""
STORIES = [
    ("Talks resume", "Negotiators from both parties met in Amman on Monday to resume talks."),
    ("Convoy attacked", "Gunmen fired on a supply convoy near Mosul on Tuesday, officials said."),
    ("Curfew lifted", "The governor lifted the curfew in Kirkuk after three quiet days."),
]


def feed_xml(count: int) -> str:
    items = "\n".join(ENTRY.format(n=n + 1, title=title, text=text)
                      for n, (title, text) in enumerate(STORIES[:count]))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>https://news.example/</link>
<description>test feed</description>{items}</channel></rss>"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep the test output clean
        pass


@pytest.fixture()
def feed_server(tmp_path) -> Iterator[tuple[str, Path]]:
    """An RSS file served over HTTP on a free loopback port, from a thread."""
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml", root / "feed.xml"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class RecordingPipeline:
    """Stands in for `Pipeline` (whose stages are tested elsewhere): records what it was asked to code."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code(self, documents) -> Iterator[tuple[Document, list]]:
        for doc in documents:
            self.coded.append(doc.id)
            yield doc, []


def test_second_pass_adds_only_new_feed_entries(feed_server, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")  # the test server is local whatever the proxy settings
    url, feed_file = feed_server
    db = tmp_path / "watch.duckdb"
    pipeline = RecordingPipeline()

    feed_file.write_text(feed_xml(2), encoding="utf-8")
    first = watch([url], db, once=True, pipeline=pipeline)
    assert (first.read, first.new, first.duplicate, first.coded) == (2, 2, 0, 2)
    assert not first.errors

    feed_file.write_text(feed_xml(3), encoding="utf-8")
    second = watch([url], db, once=True, pipeline=pipeline)
    assert (second.read, second.new, second.duplicate, second.coded) == (3, 1, 2, 1)
    assert pipeline.coded == ["urn:test:1", "urn:test:2", "urn:test:3"]  # nothing coded twice

    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 3
        assert store.counts()["coded"] == 3
        third = store.get_document("urn:test:3")
    assert third is not None and third.source == "Test Wire" and "Kirkuk" in third.text


def test_folder_source_and_unchanged_files_are_not_reread(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Police arrested two men in Tikrit on Sunday.", encoding="utf-8")
    db = tmp_path / "watch.duckdb"
    pipeline = RecordingPipeline()
    passes: list[PassStats] = []

    def add_second_file(stats: PassStats) -> None:
        passes.append(stats)
        if len(passes) == 2:
            (folder / "b.txt").write_text("Protesters gathered in Najaf on Monday.", encoding="utf-8")

    watch([str(folder)], db, interval=0.01, pipeline=pipeline, on_pass=add_second_file, max_passes=3)
    assert [(p.read, p.new, p.coded) for p in passes] == [(1, 1, 1), (0, 0, 0), (2, 1, 1)]
    assert pipeline.coded == ["a", "b"]  # the same ids as `sitroom ingest FOLDER` gives


def test_a_failing_source_does_not_stop_the_others(tmp_path):
    good = tmp_path / "one.txt"
    good.write_text("Troops withdrew from the town of Hit on Thursday.", encoding="utf-8")
    stats = watch([str(tmp_path / "missing"), "http://127.0.0.1:9/feed.xml", str(good)], tmp_path / "w.duckdb",
                  once=True, pipeline=RecordingPipeline())
    assert stats.new == 1
    assert len(stats.errors) == 2


def test_watch_needs_a_source(tmp_path):
    with pytest.raises(ValueError):
        watch([], tmp_path / "w.duckdb", once=True)


def test_watch_codes_new_entries_with_the_real_pipeline(feed_server, tmp_path, monkeypatch):
    """The default `Pipeline`: every new entry is coded and its events are saved."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    url, feed_file = feed_server
    db = tmp_path / "real.duckdb"
    feed_file.write_text(feed_xml(3), encoding="utf-8")
    stats = watch([url], db, once=True)
    assert (stats.new, stats.coded) == (3, 3)
    with Store(db, read_only=True) as store:
        counts = store.counts()
        convoy = store.query_events(actor="gunmen")
    assert counts["coded"] == 3 and counts["events"] == stats.events >= 1
    assert convoy and convoy[0].doc_id == "urn:test:2"


def test_a_failed_pass_is_logged_and_the_next_one_runs(tmp_path):
    class FailsOnce:
        def __init__(self) -> None:
            self.calls = 0

        def code(self, documents):
            self.calls += 1
            if self.calls == 1:
                raise RuntimeError("coder crashed")
            return ((doc, []) for doc in documents)

    (tmp_path / "a.txt").write_text("Rebels shelled the airport near Kut on Sunday.", encoding="utf-8")
    passes: list[PassStats] = []
    watch([str(tmp_path / "a.txt")], tmp_path / "w.duckdb", interval=0.01, pipeline=FailsOnce(),
          on_pass=passes.append, max_passes=2)
    assert passes[0].errors == ["RuntimeError: coder crashed"]
    assert passes[1].coded == 1  # the document left uncoded is coded on the next pass

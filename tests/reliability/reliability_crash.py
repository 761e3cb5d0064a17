"""Kill a writing `sitroom` process at chosen moments and check what it left in the store.

Shared by tests/reliability/test_crash_safety.py and benchmarks/fuzz.py-style long runs.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sitroom.records import content_hash, event_to_json


@dataclass
class Watched:
    """A subprocess whose stderr lines are collected with their arrival times."""
    proc: subprocess.Popen
    started: float = field(default_factory=time.monotonic)
    lines: list[tuple[float, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            self.lines.append((time.monotonic() - self.started, line.rstrip("\n")))

    def wait_for(self, text: str, timeout: float) -> float | None:
        """Seconds since start when a stderr line containing `text` arrived (None: exited/timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for at, line in list(self.lines):
                if text in line:
                    return at
            if self.proc.poll() is not None:
                time.sleep(0.05)  # let the reader thread catch the last lines
                return next((at for at, line in self.lines if text in line), None)
            time.sleep(0.02)
        return None

    def kill(self) -> bool:
        """SIGKILL; True when the process was still running."""
        if self.proc.poll() is not None:
            return False
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        return True

    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)


def file_state(db: Path) -> tuple:
    """Changes whenever a writer touches the store file or its write-ahead log."""
    out = []
    for path in (db, db.with_name(db.name + ".wal")):
        try:
            stat = path.stat()
            out.append((stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def wait_for_change(db: Path, watched: Watched, since: tuple, timeout: float) -> bool:
    """Wait until the store files differ from `since` (a write began); False if the run ended."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and watched.proc.poll() is None:
        if file_state(db) != since:
            return True
        time.sleep(0.01)
    return False


def start(cmd: list[str], env: dict[str, str], cwd: Path) -> Watched:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=cwd, errors="replace")
    return Watched(proc)


@dataclass
class StoreState:
    documents: int
    coded: int
    events: int


def check_store(db: Path, corpus: dict[str, dict], fresh: dict[str, list[dict]] | None) -> StoreState:
    """Open the store after a crash and check every invariant; raise AssertionError if broken.

    - it opens (read-write, so the write-ahead log is replayed) and reads;
    - every stored document is one of the corpus, complete: text and hash intact;
    - no id twice, no event id twice, no event without its document;
    - a coded document has exactly the events a fresh coding gives (`fresh`), an uncoded none.
    """
    from sitroom.store import Store
    with Store(db) as store:
        docs = store.sql("SELECT id, text, hash, coded_at FROM documents ORDER BY id").to_pylist()
        events = store.query_events()
        counts = store.counts()
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "a document stored twice"
    for doc in docs:
        assert doc["id"] in corpus, f"unknown document {doc['id']!r}"
        assert doc["text"] == corpus[doc["id"]]["text"], f"{doc['id']}: text damaged"
        assert doc["hash"] == content_hash(doc["text"]), f"{doc['id']}: hash does not match the text"
    event_ids = [e.event_id for e in events]
    assert len(event_ids) == len(set(event_ids)), "an event stored twice"
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        by_doc[event.doc_id].append(event_to_json(event))
    assert set(by_doc) <= set(ids), "events whose document is not stored"
    for doc in docs:
        mine = sorted(by_doc.get(doc["id"], []), key=lambda e: e["event_id"])
        if doc["coded_at"] is None:
            assert not mine, f"{doc['id']}: events stored but the document is not marked coded"
        elif fresh is not None:
            expected = sorted(fresh[doc["id"]], key=lambda e: e["event_id"])
            assert _canon(mine) == _canon(expected), f"{doc['id']}: events differ from a fresh coding"
    assert counts["documents"] == len(docs) and counts["events"] == len(events)
    return StoreState(len(docs), sum(d["coded_at"] is not None for d in docs), len(events))


def _canon(events: list[dict]) -> str:
    return json.dumps(events, sort_keys=True, default=str)

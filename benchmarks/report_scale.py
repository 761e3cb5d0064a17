#!/usr/bin/env python3
"""Time to build the situation picture (analysis + terminal report + HTML) for many events.

usage: .venv/bin/python benchmarks/report_scale.py [--events 100000] [--corpus examples/basra2008]

The sample corpus is coded once by the full Pipeline; its events are then cloned (new
document ids, dates spread over a year, so incidents, dyads and days grow as in a long
archive) up to --events. Prints wall and CPU seconds for `build_situation`, the Rich
terminal report and the self-contained HTML report, and the peak RSS.
"""
from __future__ import annotations

import argparse
import io
import resource
import tempfile
import time
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from rich.console import Console

from sitroom.analysis import build_situation
from sitroom.ingest import read_path
from sitroom.pipeline import Pipeline
from sitroom.records import Document, Event
from sitroom.report import print_report, write_html

ROOT = Path(__file__).resolve().parents[1]


def coded_sample(corpus: Path) -> list[tuple[Document, list[Event]]]:
    documents = list(read_path(corpus))
    return [(doc, events) for doc, events in Pipeline().code(documents) if events]


def clone(sample: list[tuple[Document, list[Event]]], n_events: int) -> tuple[list[Event], dict[str, Document]]:
    """Copies of the sample's documents and events until there are n_events events."""
    events: list[Event] = []
    documents: dict[str, Document] = {}
    copy = 0
    while len(events) < n_events:
        shift = timedelta(days=copy % 365)
        for doc, doc_events in sample:
            doc_id = f"{doc.id}~{copy}"
            documents[doc_id] = replace(doc, id=doc_id, date=doc.date + shift if doc.date else None)
            for ev in doc_events:
                events.append(replace(ev, event_id=f"{ev.event_id}~{copy}", doc_id=doc_id,
                                      date=ev.date + shift if ev.date else None))
                if len(events) >= n_events:
                    return events, documents
        copy += 1
    return events, documents


def timed(label: str, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    print(f"{label:<28} wall {time.perf_counter() - wall:7.2f} s   cpu {time.process_time() - cpu:7.2f} s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--corpus", type=Path, default=ROOT / "examples" / "basra2008")
    a = ap.parse_args()
    sample = coded_sample(a.corpus)
    events, documents = clone(sample, a.events)
    print(f"{len(events):,} events in {len(documents):,} documents "
          f"(cloned from {sum(len(e) for _, e in sample)} coded events of the sample corpus)")
    situation = timed("build_situation", lambda: build_situation(events, documents))
    timed("terminal report", lambda: print_report(situation, Console(file=io.StringIO(), width=160)))
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "report.html"
        timed("HTML report", lambda: write_html(situation, html, documents))
        print(f"HTML report size {html.stat().st_size / 1e6:.1f} MB")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

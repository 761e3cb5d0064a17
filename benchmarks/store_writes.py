"""Store writes: events/s through `Store.save_coded` (documents and events, Arrow into DuckDB).

Realistic events: a sample of the benchmark sentences (sample corpus + dev texts, as
throughput.py) is coded once by the real pipeline, then its documents are cloned with new
ids, texts and event ids until there are at least `--events` events. Each batch size is timed
in a fresh store, after one small warm-up save (imports, first connection), best of
`--repeats`. CPU seconds are `time.process_time()` of this process, DuckDB's threads
included, so they hold on a busy machine where wall time does not.

Batch sizes are documents per `save_coded` call (one transaction each): 64 is what
`sitroom run` uses today, larger ones show the per-event cost without the per-transaction one.
By default each call opens and closes its connection, as the CLI's `Store(db)` does (closing
makes DuckDB checkpoint); `--keep-open` keeps one (`Store(..., keep_open=True)`).
The clones are near-duplicates of each other by construction, so the store's story-level
near-duplicate merging is off here (`--near-duplicates` turns it on; then most clones are merged
and get no events of their own).

    .venv/bin/python benchmarks/store_writes.py                       # 100k events; 64, 1000, all
    .venv/bin/python benchmarks/store_writes.py --batch-docs 64,500 --events 50000
    .venv/bin/python benchmarks/store_writes.py --batch-docs 512 --prefill 1000000  # a filled store
    .venv/bin/python benchmarks/store_writes.py --batch-docs all --reads             # and read timings
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_documents  # noqa: E402


def coded_sample(n_sentences: int, batch_size: int = 64) -> list[tuple]:
    """(Document, [Event]) pairs from coding `n_sentences` benchmark sentences once."""
    from datetime import date

    from sitroom.engines import build_pipeline
    from sitroom.records import Document
    pipeline = build_pipeline(batch_size=batch_size, n_process=1)
    docs = (Document(id=r["id"], text=r["text"], date=date.fromisoformat(r["date"]), source=r["source"])
            for r in build_documents(n_sentences))
    return list(pipeline.code(docs))


def clone_documents(coded: list[tuple], n_events: int, tag: str = "c") -> list[tuple]:
    """Copies of the coded documents (unique ids and texts, events renamed) until >= n_events;
    `tag` keeps the ids of different sets of copies apart."""
    per_pass = sum(len(events) for _, events in coded)
    if per_pass == 0:
        sys.exit("the coder found no events in the sample")
    out = []
    for k in range(-(-n_events // per_pass)):
        for doc, events in coded:
            doc_id = f"{doc.id}-{tag}{k}"
            copy = dataclasses.replace(doc, id=doc_id, text=f"{doc.text} [{tag}{k}]", hash="")
            out.append((copy, [dataclasses.replace(e, doc_id=doc_id, event_id=e.event_id.replace(doc.id, doc_id, 1))
                               for e in events]))
    return out


def time_saves(items: list[tuple], batch_docs: int, near_duplicates: bool = False,
               keep_open: bool = False, prefill: list[tuple] | None = None) -> dict:
    """Save `items` in batches of `batch_docs` documents into a fresh store: events, wall s, CPU s.
    keep_open=False is what the CLI does: a connection (and DuckDB's checkpoint on closing it)
    per call; the timing includes the final close either way. `prefill` is saved first, in one
    untimed call: per-transaction work that grows with the store shows against it."""
    from sitroom.store import Store
    if prefill:
        warm_up = prefill
    else:
        warm_up, items = items[:5], items[5:]
    batches = [items[i:i + batch_docs] for i in range(0, len(items), batch_docs)]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb", near_duplicates=near_duplicates, keep_open=keep_open)
        store.save_coded(warm_up)
        started, cpu = time.perf_counter(), time.process_time()
        events = sum(store.save_coded(batch) for batch in batches)
        store.close()
        seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu
        size_mb = (Path(tmp) / "bench.duckdb").stat().st_size / 2**20
    return {"events": events, "documents": len(items), "transactions": len(batches),
            "seconds": seconds, "cpu_seconds": cpu_s, "file_mb": size_mb}


def best_of(items: list[tuple], batch_docs: int, repeats: int, near_duplicates: bool, keep_open: bool,
            prefill: list[tuple] | None = None) -> dict:
    runs = [time_saves(items, batch_docs, near_duplicates, keep_open, prefill) for _ in range(repeats)]
    best = min(runs, key=lambda r: r["cpu_seconds"])
    return {**best, "seconds": min(r["seconds"] for r in runs)}


def time_reads(items: list[tuple], repeats: int) -> list[tuple[str, int, float, float]]:
    """(read, rows, best wall s, best CPU s) of the store's event reads, on a store holding `items`
    written in one call: pages of `query_events` (Events), `events_table` (flat Arrow columns,
    with and without the record) and one document's records as the web app reads them."""
    from sitroom.store import Store
    doc_ids = [doc.id for doc, events in items if events]
    reads = {
        "query_events(limit=1000)": lambda s: len(s.query_events(limit=1000)),
        "query_events(limit=20000)": lambda s: len(s.query_events(limit=20_000)),
        "query_events(code='19')": lambda s: len(s.query_events(code="19")),
        "query_events() all": lambda s: len(s.query_events()),
        "events_table(limit=100000)": lambda s: s.events_table(limit=100_000).num_rows,
        "events_table(.., with_record)": lambda s: s.events_table(limit=100_000, with_record=True).num_rows,
        "record of 100 documents": lambda s: sum(
            s.sql("SELECT record FROM events WHERE doc_id = ?", [d]).num_rows for d in doc_ids[:100]),
    }
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        with Store(Path(tmp) / "bench.duckdb", near_duplicates=False) as store:
            store.save_coded(items)
        with Store(Path(tmp) / "bench.duckdb", read_only=True, keep_open=True) as store:
            for name, read in reads.items():
                runs = []
                for _ in range(repeats):
                    started, cpu = time.perf_counter(), time.process_time()
                    n = read(store)
                    runs.append((time.perf_counter() - started, time.process_time() - cpu))
                out.append((name, n, min(r[0] for r in runs), min(r[1] for r in runs)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="at least this many events per run")
    parser.add_argument("--sentences", type=int, default=2_000, help="sentences coded once and then cloned")
    parser.add_argument("--batch-docs", default="64,1000,all",
                        help="comma-separated documents per save_coded call ('all' = one call)")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--near-duplicates", action="store_true")
    parser.add_argument("--keep-open", action="store_true", help="one connection for the run (default: one per call, as the CLI)")
    parser.add_argument("--prefill", type=int, default=0,
                        help="first store at least this many other events (one untimed call): a store that is not empty")
    parser.add_argument("--reads", action="store_true", help="also time event reads from a store of all the events")
    args = parser.parse_args()

    coded = coded_sample(args.sentences)
    items = clone_documents(coded, args.events)
    prefill = clone_documents(coded, args.prefill, tag="p") if args.prefill else None
    print(f"{sum(len(e) for _, e in items)} events in {len(items)} documents (clones of {args.sentences} "
          f"coded sentences); near_duplicates={args.near_duplicates} keep_open={args.keep_open}; "
          f"best of {args.repeats}"
          + (f"; into a store of {sum(len(e) for _, e in prefill)} events" if prefill else ""))
    print(f"{'docs/call':>9} {'calls':>6} {'events':>8} {'wall s':>8} {'events/s wall':>14} "
          f"{'CPU s':>7} {'events/s CPU':>13} {'file MB':>8}")
    for size in args.batch_docs.split(","):
        batch_docs = len(items) if size == "all" else int(size)
        r = best_of(items, batch_docs, args.repeats, args.near_duplicates, args.keep_open, prefill)
        print(f"{size:>9} {r['transactions']:>6} {r['events']:>8} {r['seconds']:>8.2f} "
              f"{r['events'] / r['seconds']:>14.0f} {r['cpu_seconds']:>7.2f} "
              f"{r['events'] / r['cpu_seconds']:>13.0f} {r['file_mb']:>8.0f}", flush=True)
    if args.reads:
        print(f"{'read':<30} {'rows':>8} {'wall s':>8} {'CPU s':>7}")
        for name, n, wall, cpu_s in time_reads(items, max(args.repeats, 3)):
            print(f"{name:<30} {n:>8} {wall:>8.3f} {cpu_s:>7.3f}", flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()

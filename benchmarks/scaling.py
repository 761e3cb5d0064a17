"""Scaling of the full `sitroom code` path (time linear, memory flat) and of store writes.

Each size runs in a fresh process (so peak RSS is that run's own): the parent writes the input
JSONL, the child loads the pipeline, notes its RSS, codes the file with the local engine (JSONL
out) and reports time, sentences/s and peak RSS. Then the DuckDB store write benchmark:
events/s through `sitroom.store.Store.save_coded`, in the CLI's batches of 64 documents
(documents and events both written, as `sitroom run` does; the copies saved are near-duplicates
by construction, so the store's story-level dedup is off for this measurement).

    .venv/bin/python benchmarks/scaling.py                     # 1k, 10k, 100k sentences
    .venv/bin/python benchmarks/scaling.py --max-sentences 10000 --store-events 20000
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_writes import clone_documents, coded_sample, time_saves  # noqa: E402
from throughput import build_documents, write_documents  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
SAVE_BATCH = 64  # documents per store transaction, as `sitroom run`


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> tuple[float, float]:
    """(this process, its largest child) high-water RSS in MB (Linux reports kB)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def run_one(src: Path, batch_size: int, n_process: int) -> dict:
    """Child side: code `src` once, report time and memory as JSON."""
    from sitroom.engines import build_pipeline, code_with_local
    pipeline = build_pipeline(batch_size=batch_size, n_process=n_process)
    loaded = current_rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        stats = code_with_local(src, Path(tmp) / "out.jsonl", pipeline=pipeline)
        seconds = time.perf_counter() - started
    peak_self, peak_child = peak_rss_mb()
    return {"seconds": seconds, "documents": stats.documents, "events": stats.events,
            "rss_loaded_mb": loaded, "peak_rss_mb": peak_self, "peak_child_rss_mb": peak_child}


def measure(n_sentences: int, batch_size: int, n_process: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = write_documents(build_documents(n_sentences), Path(tmp) / "in.jsonl")
        done = subprocess.run([sys.executable, __file__, "--child", str(src), "--batch-size", str(batch_size),
                               "--n-process", str(n_process)], check=True, capture_output=True, text=True)
    return {"sentences": n_sentences, **json.loads(done.stdout.strip().splitlines()[-1])}


def store_benchmark(n_events_wanted: int, batch_size: int) -> dict:
    """Code a small corpus once, then save copies (new ids and texts) until `n_events_wanted`,
    SAVE_BATCH documents per transaction (`store_writes.py` times other batch sizes too)."""
    items = clone_documents(coded_sample(2_000, batch_size), n_events_wanted)
    return time_saves(items, SAVE_BATCH)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-sentences", type=int, default=max(SIZES), help="skip sizes above this")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--store-events", type=int, default=20_000, help="0 skips the store benchmark")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.batch_size, args.n_process)))
        return
    print(f"full path, batch_size={args.batch_size} n_process={args.n_process}")
    print(f"{'sentences':>10} {'docs':>7} {'events':>7} {'seconds':>9} {'sent/s':>8} "
          f"{'RSS loaded MB':>14} {'peak RSS MB':>12} {'peak child MB':>14}")
    for n in (s for s in SIZES if s <= args.max_sentences):
        r = measure(n, args.batch_size, args.n_process)
        print(f"{n:>10} {r['documents']:>7} {r['events']:>7} {r['seconds']:>9.2f} {n / r['seconds']:>8.1f} "
              f"{r['rss_loaded_mb']:>14.0f} {r['peak_rss_mb']:>12.0f} {r['peak_child_rss_mb']:>14.0f}", flush=True)
    if args.store_events:
        s = store_benchmark(args.store_events, args.batch_size)
        rate = s["events"] / s["seconds"] if s["seconds"] else 0.0
        print(f"store: {s['events']} events ({s['documents']} documents, {s['transactions']} "
              f"transactions of {SAVE_BATCH} docs) in {s['seconds']:.2f} s = {rate:.0f} events/s "
              f"({s['cpu_seconds']:.2f} s CPU = {s['events'] / s['cpu_seconds']:.0f} events/s)")


if __name__ == "__main__":
    main()

"""Spark engine: local[1] against local[2] wall time on the same input.

Each master runs in a fresh process (its own JVM and Python workers). Reported: JVM start-up,
the first coding call (workers load their pipeline, then code and write), the whole first run,
and a second coding call on the same session (workers reused: pipelines already loaded).

    .venv/bin/python benchmarks/spark_scaling.py --sentences 5000
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import build_documents, write_documents  # noqa: E402

MASTERS = ("local[1]", "local[2]")


def run_child(src: Path, master: str, batch_size: int) -> dict:
    started = time.perf_counter()
    from sitroom.engines.spark import code_with_spark, spark_session
    with spark_session(master) as spark, tempfile.TemporaryDirectory() as tmp:
        session_ready = time.perf_counter()
        cold = code_with_spark(src, Path(tmp) / "cold.jsonl", spark=spark, batch_size=batch_size)
        total = time.perf_counter() - started
        # the same again: Python workers are reused, so their pipelines are already loaded
        warm = code_with_spark(src, Path(tmp) / "warm.jsonl", spark=spark, batch_size=batch_size)
    return {"total": total, "startup": session_ready - started, "coding": cold.seconds, "warm": warm.seconds,
            "documents": cold.documents, "events": cold.events, "partitions": cold.partitions}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5_000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(Path(args.child[0]), args.child[1], args.batch_size)))
        return
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = write_documents(build_documents(args.sentences), Path(tmp) / "in.jsonl")
        for master in MASTERS:
            done = subprocess.run([sys.executable, __file__, "--child", str(src), master,
                                   "--batch-size", str(args.batch_size)],
                                  check=True, capture_output=True, text=True)
            results[master] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{args.sentences} sentences, batch_size={args.batch_size}")
    print(f"{'master':>9} {'partitions':>10} {'startup s':>10} {'cold coding s':>14} {'total s':>8} "
          f"{'warm coding s':>14} {'sent/s warm':>12}")
    for master, r in results.items():
        print(f"{master:>9} {r['partitions']:>10} {r['startup']:>10.1f} {r['coding']:>14.1f} {r['total']:>8.1f} "
              f"{r['warm']:>14.1f} {args.sentences / r['warm']:>12.1f}")
    one, two = results[MASTERS[0]], results[MASTERS[1]]
    print(f"speed-up local[2] over local[1]: cold coding {one['coding'] / two['coding']:.2f}x, "
          f"total {one['total'] / two['total']:.2f}x, warm coding {one['warm'] / two['warm']:.2f}x")


if __name__ == "__main__":
    main()

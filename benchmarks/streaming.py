"""Streaming a large JSONL: `sitroom ingest` and `sitroom code` keep their memory flat.

Three steps, each printing its numbers (Linux only: memory and CPU come from /proc):

    # 1. a synthetic JSONL of realistic news documents (sample corpus + dev sentences, shuffled
    #    10±4 to a document, unique ids and texts), written under /tmp, never committed
    .venv/bin/python benchmarks/streaming.py generate /tmp/big.jsonl --size-mb 1024
    # 2. `sitroom ingest` of the whole file into a fresh store: time, CPU, peak RSS
    .venv/bin/python benchmarks/streaming.py ingest /tmp/big.jsonl --db /tmp/big.duckdb
    # 3. `sitroom code` on the same file for a fixed window (coding 1 GB takes hours at
    #    ~400 sentences/s): RSS of the process tree sampled over time against input consumed
    .venv/bin/python benchmarks/streaming.py code /tmp/big.jsonl --seconds 900

Memory is sampled every `--interval` seconds as the summed VmRSS of the command and all its
descendants (worker processes included); besides the largest sample, getrusage gives the exact
high-water RSS of the largest single process and the CPU seconds of the whole tree. "Input read" is the file
position of the command's open input file (/proc/PID/fdinfo), so it shows how far a streaming
reader has got without instrumenting sitroom.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import source_sentences  # noqa: E402

SITROOM = Path(sys.executable).with_name("sitroom")
SOURCES = ("Wire One", "Daily Herald", "Gulf Monitor", "Morning Post", "River News")


# ---- 1. the input ---------------------------------------------------------------------
def generate(path: Path, size_mb: float, seed: int, prefix: str = "gen") -> tuple[int, int]:
    """Write documents until the file reaches `size_mb`; returns (documents, bytes)."""
    sentences = source_sentences()
    rng = random.Random(seed)
    limit = int(size_mb * 1024 * 1024)
    written = n = 0
    start = date(2008, 1, 1)
    with open(path, "w", encoding="utf-8") as fh:
        while written < limit:
            k = max(2, round(rng.gauss(10, 4)))
            text = " ".join(rng.choice(sentences) for _ in range(k))
            record = {"id": f"{prefix}-{n:08d}", "date": (start + timedelta(days=n % 1500)).isoformat(),
                      "source": SOURCES[n % len(SOURCES)], "title": f"Report {n}", "text": text}
            line = json.dumps(record, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n, written


# ---- /proc sampling -------------------------------------------------------------------
def _rss_kb(pid: int) -> int:
    """VmRSS in kB of one process (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text().split()
            kids.extend(int(k) for k in text)
    except OSError:
        pass
    return kids


def process_tree(pid: int) -> list[int]:
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(_children(p))
    return tree


def _input_position(pid: int, path: Path) -> int | None:
    """How far `pid` has read into `path` (the file position of its open descriptor)."""
    target = str(path.resolve())
    try:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(fd) == target:
                    for line in Path(f"/proc/{pid}/fdinfo/{fd.name}").read_text().splitlines():
                        if line.startswith("pos:"):
                            return int(line.split()[1])
            except OSError:
                continue
    except OSError:
        pass
    return None


@dataclass
class Sample:
    seconds: float
    rss_mb: float
    processes: int
    input_mb: float | None


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    cpu_total_s: float = 0.0
    max_rss_mb: float = 0.0
    seconds: float = 0.0
    returncode: int | None = None
    stopped: bool = False

    @property
    def peak_rss_mb(self) -> float:
        return max((s.rss_mb for s in self.samples), default=0.0)


def watch(command: list[str], input_path: Path, interval: float, max_seconds: float | None) -> Run:
    """Run `command`, sampling its process tree until it ends (or is stopped after max_seconds)."""
    run = Run()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None:
        elapsed = time.perf_counter() - started
        tree = process_tree(proc.pid)
        rss = 0
        for pid in tree:
            rss += _rss_kb(pid)
        position = _input_position(proc.pid, input_path)
        run.samples.append(Sample(elapsed, rss / 1024, len(tree), None if position is None else position / 2**20))
        if max_seconds is not None and elapsed >= max_seconds:
            run.stopped = True
            proc.send_signal(signal.SIGINT)  # the command we started: stop it as Ctrl-C would
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
            break
        time.sleep(interval)
    run.returncode = proc.wait()
    run.seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its waited-for workers
    run.cpu_total_s = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    run.max_rss_mb = after.ru_maxrss / 1024  # the largest single process (Linux reports kB)
    err = proc.stderr.read() if proc.stderr else ""
    if run.returncode and not run.stopped:
        sys.exit(f"{' '.join(command)} failed ({run.returncode}):\n{err[-2000:]}")
    return run


def print_samples(run: Run, every: int) -> None:
    print(f"{'t s':>8} {'input read MB':>14} {'RSS tree MB':>12} {'processes':>9}")
    picked = run.samples[::every] + ([run.samples[-1]] if run.samples and (len(run.samples) - 1) % every else [])
    for s in picked:
        read = "" if s.input_mb is None else f"{s.input_mb:.0f}"
        print(f"{s.seconds:8.0f} {read:>14} {s.rss_mb:12.0f} {s.processes:9d}")


def print_summary(label: str, run: Run, size_mb: float) -> None:
    print(f"{label}: {run.seconds:.1f} s wall, {run.cpu_total_s:.1f} s CPU (user+system of the tree); "
          f"peak RSS of the tree {run.peak_rss_mb:.0f} MB (summed, sampled every interval); largest "
          f"single-process high-water RSS {run.max_rss_mb:.0f} MB (getrusage); input {size_mb:.0f} MB"
          + ("; stopped at the time limit" if run.stopped else ""))
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


# ---- 2. and 3. the commands -----------------------------------------------------------
def measure_ingest(path: Path, db: Path, interval: float, append: bool = False) -> None:
    if not append:  # a fresh store, unless adding to one already filled
        for stale in (db, db.with_name(db.name + ".wal")):
            stale.unlink(missing_ok=True)
    before = _stored_documents(db) if append else 0
    run = watch([str(SITROOM), "ingest", str(path), "--db", str(db)], path, interval, None)
    print_samples(run, every=max(1, len(run.samples) // 20))
    size_mb = path.stat().st_size / 2**20
    print_summary("sitroom ingest", run, size_mb)
    docs = _stored_documents(db)
    print(f"{docs - before} new documents stored ({docs} in the store); store file "
          f"{db.stat().st_size / 2**20:.0f} MB; {size_mb / run.seconds:.2f} MB/s, "
          f"{(docs - before) / run.seconds:.0f} documents/s wall, {(docs - before) / run.cpu_total_s:.0f} per CPU second")


def _stored_documents(db: Path) -> int:
    import duckdb
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]


def measure_code(path: Path, out: Path, seconds: float, interval: float, n_process: int) -> None:
    command = [str(SITROOM), "code", str(path), "-o", str(out), "--n-process", str(n_process)]
    run = watch(command, path, interval, seconds)
    print_samples(run, every=max(1, len(run.samples) // 30))
    print_summary(f"sitroom code --n-process {n_process}", run, path.stat().st_size / 2**20)
    after_warmup = [s.rss_mb for s in run.samples if s.seconds >= 60]
    if after_warmup:
        print(f"RSS after the first minute: min {min(after_warmup):.0f} MB, max {max(after_warmup):.0f} MB "
              f"over {len(after_warmup)} samples")
    read = [s.input_mb for s in run.samples if s.input_mb is not None]
    if read:
        print(f"input consumed: {read[-1]:.1f} MB of {path.stat().st_size / 2**20:.0f} MB "
              f"(reader position; the reader runs ahead of coding by at most its buffers)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    gen = steps.add_parser("generate", help="write a synthetic JSONL")
    gen.add_argument("path", type=Path)
    gen.add_argument("--size-mb", type=float, default=1024)
    gen.add_argument("--seed", type=int, default=0)
    gen.add_argument("--prefix", default="gen", help="document ids are PREFIX-00000000, ...")
    ing = steps.add_parser("ingest", help="time `sitroom ingest` of the whole file")
    ing.add_argument("path", type=Path)
    ing.add_argument("--db", type=Path, default=Path("/tmp/streaming.duckdb"))
    ing.add_argument("--interval", type=float, default=1.0)
    ing.add_argument("--append", action="store_true", help="ingest into the existing --db")
    code = steps.add_parser("code", help="run `sitroom code` on the file for a fixed window")
    code.add_argument("path", type=Path)
    code.add_argument("--out", type=Path, default=Path("/tmp/streaming-out.jsonl"))
    code.add_argument("--seconds", type=float, default=900)
    code.add_argument("--interval", type=float, default=2.0)
    code.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()
    if args.step == "generate":
        started = time.perf_counter()
        n, size = generate(args.path, args.size_mb, args.seed, args.prefix)
        print(f"wrote {n} documents, {size / 2**20:.0f} MB to {args.path} in {time.perf_counter() - started:.0f} s")
    elif args.step == "ingest":
        measure_ingest(args.path, args.db, args.interval, args.append)
    else:
        measure_code(args.path, args.out, args.seconds, args.interval, args.n_process)


if __name__ == "__main__":
    main()

"""Throughput of the full `sitroom code` path against bare spaCy, on the same sentences.

One run, one model, one batch size and process count for all sides:
  (a) bare `nlp.pipe` over the document texts;
  (b) the full path as `sitroom code` runs it: read JSONL → `Pipeline.code` (spaCy's n_process
      parses, this process runs the stages) → write JSONL;
  (c) the same through the local engine's whole-pipeline workers (`code_with_local(n_process=P)`:
      each worker parses AND codes; timed from the start, so worker start-up is included).
Sentences come from the sample corpus (examples/basra2008) and the texts of ../shared/data/dev/*.jsonl,
cycled to the requested count and packed ~10 to a document. Rates count input sentences.

    .venv/bin/python benchmarks/throughput.py --sentences 20000 --n-process 2 --batch-size 64
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CORPUS = ROOT / "examples" / "basra2008"
SHARED_DEV = ROOT.parent / "shared" / "data" / "dev"
SENTENCES_PER_DOCUMENT = 10
# a full stop, ! or ? then space and a capital or opening quote: enough to cycle and pack sentences
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def _texts_of(path: Path) -> Iterator[str]:
    if path.suffix == ".jsonl":
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    yield text
    elif path.suffix == ".txt":
        yield path.read_text(encoding="utf-8")


def source_sentences(corpus: Path = SAMPLE_CORPUS, dev: Path = SHARED_DEV) -> list[str]:
    """Every sentence of the sample corpus and the dev texts, in a fixed order."""
    files = sorted(corpus.glob("*.jsonl")) + sorted(corpus.glob("*.txt")) + sorted(dev.glob("*.jsonl"))
    sentences = [s for f in files for text in _texts_of(f) for s in split_sentences(text)]
    if not sentences:
        sys.exit(f"no sentences found under {corpus} or {dev}")
    return sentences


def build_documents(n_sentences: int, per_document: int = SENTENCES_PER_DOCUMENT) -> list[dict]:
    """`n_sentences` sentences (cycled), packed `per_document` to an EVENTS.md input record."""
    cycled = list(itertools.islice(itertools.cycle(source_sentences()), n_sentences))
    return [{"id": f"bench-{i // per_document:06d}", "date": "2008-03-30", "source": "Benchmark",
             "text": " ".join(cycled[i:i + per_document])}
            for i in range(0, len(cycled), per_document)]


def write_documents(documents: list[dict], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for doc in documents:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def cpu_seconds() -> float:
    """User+system CPU of this process and its finished children (spaCy's n_process workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def time_bare_spacy(texts: list[str], batch_size: int, n_process: int) -> tuple[float, float, int]:
    """(wall s, CPU s, sentences spaCy found)."""
    from sitroom.nlp import load_nlp
    nlp = load_nlp()
    started, cpu = time.perf_counter(), cpu_seconds()
    n_sents = sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process))
    return time.perf_counter() - started, cpu_seconds() - cpu, n_sents


def time_full_path(src: Path, out: Path, pipeline, batch_size: int) -> tuple[float, float, int]:
    """(wall s, CPU s, events)."""
    from sitroom.engines import code_with_local
    started, cpu = time.perf_counter(), cpu_seconds()
    stats = code_with_local(src, out, batch_size=batch_size, pipeline=pipeline)
    return time.perf_counter() - started, cpu_seconds() - cpu, stats.events


def time_engine_workers(src: Path, out: Path, batch_size: int, n_process: int) -> tuple[float, float, int]:
    """(wall s, CPU s, events) of the local engine with whole-pipeline worker processes."""
    from sitroom.engines import code_with_local
    started, cpu = time.perf_counter(), cpu_seconds()
    stats = code_with_local(src, out, batch_size=batch_size, n_process=n_process)
    return time.perf_counter() - started, cpu_seconds() - cpu, stats.events


def load_pipeline(batch_size: int, n_process: int):
    from sitroom.engines import build_pipeline
    return build_pipeline(batch_size=batch_size, n_process=n_process)


def warm_up(pipeline, documents: list[dict]) -> None:
    """Code a few documents first so lazy initialisation (of any stage) is not timed."""
    from sitroom.records import Document
    list(pipeline.code(Document(id=d["id"], text=d["text"]) for d in documents[:5]))


# (label, module, attribute path) of the stage entry points timed by --phases; a missing one is skipped
STAGE_PROBES = [
    ("events: EventCoder.code (incl. actor resolution)", "sitroom.events", "EventCoder.code"),
    ("  actors: DocumentActors.resolve", "sitroom.actors.resolver", "DocumentActors.resolve"),
    ("time: resolve_event_date", "sitroom.pipeline", "resolve_event_date"),
    ("  time: dateparser calls", "sitroom.time.resolve", "_dateparser"),
    ("geo: Geocoder.document", "sitroom.geo", "Geocoder.document"),
    ("counts: extract_counts", "sitroom.pipeline", "extract_counts"),
    ("classifiers: review_cameo", "sitroom.pipeline", "review_cameo"),
    ("classifiers: review_acled", "sitroom.pipeline", "review_acled"),
    ("classifiers: SentenceGuesser (event-less sentences)", "sitroom.events.guessed", "SentenceGuesser.__call__"),
    ("serialise: event_to_json (dataclasses.asdict)", "sitroom.engines.common", "event_to_json"),
]


def _probe(totals: dict[str, float], label: str, module_name: str, path: str) -> None:
    """Wrap one function or method so its CPU time (process_time) adds up under `label`."""
    import importlib
    owner = importlib.import_module(module_name)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent, None)
    original = getattr(owner, name, None) if owner is not None else None
    if original is None:
        return

    def timed(*args, **kwargs):
        started = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            totals[label] = totals.get(label, 0.0) + time.process_time() - started
    setattr(owner, name, timed)


def cpu_phases(documents: list[dict], pipeline) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds (process_time: other load on the machine does not count) of each phase of the
    full path, in this process: spaCy parse, the coder stages, EVENTS.md serialisation; and of
    the stage entry points in STAGE_PROBES (nested ones are indented)."""
    from sitroom.engines.common import document_line, events_json
    from sitroom.records import Document
    docs = [Document(id=d["id"], text=d["text"], date=date.fromisoformat(d["date"]), source=d["source"])
            for d in documents]
    t0 = time.process_time()
    parsed = list(pipeline.nlp.pipe(((d.text, d) for d in docs), as_tuples=True,
                                    batch_size=pipeline.options.batch_size))
    parse_s = time.process_time() - t0
    stages: dict[str, float] = {}
    for label, module_name, path in STAGE_PROBES:
        _probe(stages, label, module_name, path)
    t1 = time.process_time()
    coded = [(doc, pipeline.code_parsed(doc, sdoc)) for sdoc, doc in parsed]
    t2 = time.process_time()
    for doc, events in coded:
        document_line(doc.id, events_json(events))
    t3 = time.process_time()
    return {"parse": parse_s, "stages": t2 - t1, "serialise": t3 - t2}, stages


def profile_full_path(src: Path, out: Path, pipeline, html: Path) -> None:
    """pyinstrument tree of the full path (in-process: use --n-process 1 for a readable tree)."""
    from pyinstrument import Profiler
    from sitroom.engines import code_with_local
    profiler = Profiler(interval=0.002)
    profiler.start()
    code_with_local(src, out, pipeline=pipeline)
    profiler.stop()
    html.write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=False, color=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000)
    parser.add_argument("--n-process", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--phases", action="store_true", help="also print CPU seconds per phase (in-process)")
    parser.add_argument("--profile", type=Path, metavar="HTML",
                        help="only profile the full path with pyinstrument; tree to stdout, HTML here")
    args = parser.parse_args()

    documents = build_documents(args.sentences)
    texts = [d["text"] for d in documents]
    pipeline = load_pipeline(args.batch_size, args.n_process)
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        src = write_documents(documents, tmp / "in.jsonl")
        warm_up(pipeline, documents)
        if args.profile:
            profile_full_path(src, tmp / "out.jsonl", pipeline, args.profile)
            return
        bare_s, bare_cpu, spacy_sents = time_bare_spacy(texts, args.batch_size, args.n_process)
        full_s, full_cpu, n_events = time_full_path(src, tmp / "out.jsonl", pipeline, args.batch_size)
        if args.n_process > 1:
            pool_s, pool_cpu, pool_events = time_engine_workers(src, tmp / "out2.jsonl", args.batch_size,
                                                                args.n_process)
            same = (tmp / "out.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes()

    n = args.sentences
    print(f"input: {n} sentences in {len(documents)} documents ({spacy_sents} sentences by spaCy); "
          f"batch_size={args.batch_size} n_process={args.n_process}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work slows wall time)")
    print(f"(a) bare nlp.pipe      {bare_s:8.2f} s wall  {n / bare_s:8.1f} sentences/s   CPU {bare_cpu:7.2f} s")
    print(f"(b) full sitroom code  {full_s:8.2f} s wall  {n / full_s:8.1f} sentences/s   CPU {full_cpu:7.2f} s"
          f"  ({n_events} events)")
    print(f"ratio (b)/(a)          wall {full_s / bare_s:6.3f}   CPU {full_cpu / bare_cpu:6.3f}  (target <= 1.25)")
    if args.n_process > 1:
        print(f"(c) engine workers     {pool_s:8.2f} s wall  {n / pool_s:8.1f} sentences/s   CPU {pool_cpu:7.2f} s"
              f"  ({pool_events} events; output {'identical to' if same else 'DIFFERENT from'} (b))")
        print(f"ratio (c)/(a)          wall {pool_s / bare_s:6.3f}   CPU {pool_cpu / bare_cpu:6.3f}  (target <= 1.25)")
    if args.phases:
        phases, stages = cpu_phases(documents, pipeline)
        total = sum(phases.values())
        print("CPU seconds per phase, in-process: " + ", ".join(
            f"{name} {sec:.2f} ({100 * sec / total:.0f}%)" for name, sec in phases.items())
            + f"; (parse+stages+serialise)/parse = {total / phases['parse']:.3f}")
        for label, sec in stages.items():
            print(f"  {label:52} {sec:7.2f} s CPU  {100 * sec / phases['parse']:5.1f}% of parse")


if __name__ == "__main__":
    main()

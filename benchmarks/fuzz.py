"""Long fuzzing run of every reader, the dictionary parsers and the coder (hypothesis).

Each target draws hostile inputs from tests/reliability/reliability_strategies.py and checks the
same guarantees as the test suite (tests/reliability/reliability_checks.py): no exception but a
one-line `IngestError`/`DictionaryError` naming the file and line, sane Documents and Events,
bounded time per input. Unlike the tests, a failing input does not stop the run: every failure
is counted and the first few are printed.

    .venv/bin/python benchmarks/fuzz.py                      # 2000 cases per reader, 300 coder
    .venv/bin/python benchmarks/fuzz.py --examples 20000 --coder-examples 2000
    .venv/bin/python benchmarks/fuzz.py --only jsonl,coder --big
"""
from __future__ import annotations

import argparse
import logging
import random
import sys
import tempfile
import time
import traceback
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reliability"))

from reliability_checks import check_events, read_all  # noqa: E402
from reliability_strategies import (  # noqa: E402
    dict_file,
    feed_file,
    html_file,
    hostile_text,
    jsonl_file,
    nasty_text,
    text_file,
)

from sitroom.actors.dictionary import DictionaryError, parse_actor_dictionary, parse_agent_dictionary  # noqa: E402
from sitroom.ingest import read_coding_input  # noqa: E402
from sitroom.records import Document  # noqa: E402


@dataclass
class Tally:
    name: str
    cases: int = 0
    failures: list[str] = field(default_factory=list)
    slowest: float = 0.0
    seconds: float = 0.0


def run_target(name: str, strategy, check: Callable, examples: int, seed: int) -> Tally:
    tally = Tally(name)

    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), phases=("generate",))
    @given(value=strategy)
    def fuzz(value) -> None:
        tally.cases += 1
        started = time.monotonic()
        try:
            check(value)
        except Exception:  # noqa: BLE001 - counting every failure is the point
            tally.failures.append(f"{repr(value)[:300]}\n{traceback.format_exc(limit=-3)}")
        tally.slowest = max(tally.slowest, time.monotonic() - started)

    random.seed(seed)
    started = time.monotonic()
    fuzz()
    tally.seconds = time.monotonic() - started
    return tally


def file_check(folder: Path, name: str, reader=None) -> Callable[[bytes], None]:
    path = folder / name

    def check(data: bytes) -> None:
        path.write_bytes(data)
        read_all(path)
        if reader is not None:
            read_all(path, reader=reader)
    return check


def dictionary_check(folder: Path, name: str, parse) -> Callable[[bytes], None]:
    path = folder / name

    def check(data: bytes) -> None:
        path.write_bytes(data)
        problems: list[DictionaryError] = []
        parse(path, strict=False, problems=problems)
        assert all(str(p).startswith(f"{path}:") for p in problems)
        try:
            parse(path, strict=True)
        except DictionaryError as exc:
            assert str(exc).startswith(f"{path}:")
    return check


def coder_target(pipeline):
    from reliability_corpus import ACTORS, PLACES, VERBS
    sentence = st.builds(lambda a, v, b, p: f"{a} {v} {b.lower()} in {p}, killing 3 people on Monday.",
                         st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS),
                         st.sampled_from(PLACES))
    text = st.lists(st.one_of(hostile_text, sentence, nasty_text), max_size=6).map(" ".join)
    docs = st.lists(text, min_size=1, max_size=4).map(
        lambda texts: [Document(id=f"fuzz-{i}", text=t) for i, t in enumerate(texts)])

    def check(batch: list[Document]) -> None:
        results = list(pipeline.code(batch))
        assert [d.id for d, _ in results] == [d.id for d in batch]
        for doc, events in results:
            check_events(doc, events)
    return docs, check


def big_cases(pipeline) -> None:
    """The explicit giants with the default caps, timed."""
    from reliability_corpus import ACTORS, PLACES, VERBS
    rng = random.Random(3)
    words = [w for phrase in ACTORS + VERBS + PLACES for w in phrase.lower().split()]
    for name, text in [("100,000-token sentence", " ".join(rng.choice(words) for _ in range(100_000))),
                       ("5 MB paragraph", " ".join(rng.choice(words) for _ in range(800_000))[:5_000_000])]:
        started = time.monotonic()
        [(_, events)] = list(pipeline.code([Document(id=name, text=text)]))
        print(f"{name:24} {len(text):>10,} chars  {len(events):>6} events  {time.monotonic() - started:7.1f} s",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000, help="cases per reader / parser")
    parser.add_argument("--coder-examples", type=int, default=300, help="cases for the coder")
    parser.add_argument("--only", default="", help="comma-separated targets (default: all)")
    parser.add_argument("--big", action="store_true", help="also code the 100k-token and 5 MB giants")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    logging.getLogger("sitroom.pipeline").setLevel(logging.ERROR)
    folder = Path(tempfile.mkdtemp(prefix="sitroom-fuzz-"))
    targets: dict[str, tuple] = {
        "jsonl": (jsonl_file, file_check(folder, "f.jsonl", read_coding_input)),
        "text": (text_file, file_check(folder, "2024-01-02-f.txt")),
        "html": (html_file, file_check(folder, "f.html")),
        "feed": (feed_file, file_check(folder, "f.xml")),
        "sniffed": (st.one_of(jsonl_file, text_file, html_file, feed_file, st.binary()), file_check(folder, "f.dat")),
        "actor-dict": (dict_file, dictionary_check(folder, "f.actors.txt", parse_actor_dictionary)),
        "agent-dict": (dict_file, dictionary_check(folder, "f.agents.txt", parse_agent_dictionary)),
    }
    chosen = [t for t in args.only.split(",") if t] or [*targets, "coder"]
    pipeline = None
    if "coder" in chosen or args.big:
        from sitroom.pipeline import Pipeline
        pipeline = Pipeline()
    print(f"{'target':12} {'cases':>7} {'failures':>8} {'slowest s':>9} {'total s':>8}", flush=True)
    total_failures = 0
    for name in chosen:
        if name == "coder":
            strategy, check = coder_target(pipeline)
            examples = args.coder_examples
        else:
            strategy, check = targets[name]
            examples = args.examples
        tally = run_target(name, strategy, check, examples, args.seed)
        total_failures += len(tally.failures)
        print(f"{name:12} {tally.cases:>7} {len(tally.failures):>8} {tally.slowest:>9.2f} {tally.seconds:>8.1f}",
              flush=True)
        for failure in tally.failures[:3]:
            print("  FAIL", failure.replace("\n", "\n       "), flush=True)
    if args.big:
        big_cases(pipeline)
    sys.exit(1 if total_failures else 0)


if __name__ == "__main__":
    main()

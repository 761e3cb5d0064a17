"""Helpers of the reliability tests: a generated corpus, the CLI in a subprocess, free ports,
temporary pipeline caps."""
from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Iterator

# Sentences written for these tests (never taken from the dev data): actor, verb, target, place.
ACTORS = ["Police", "Rebels", "Government troops", "Protesters", "The army", "Militants",
          "Iraqi soldiers", "Security forces", "Opposition leaders", "Tribal fighters"]
VERBS = ["attacked", "fired on", "arrested", "met with", "criticized", "negotiated with",
         "clashed with", "accused", "threatened", "praised"]
PLACES = ["Basra", "Mosul", "Kirkuk", "Aleppo", "Kabul", "Homs", "Tikrit", "Najaf"]
DAYS = ["on Monday", "on Tuesday", "late on Friday", "overnight", "on Sunday"]


def story(rng: random.Random, n_sentences: int = 3) -> str:
    """A short made-up news story of simple event sentences."""
    sentences = []
    for _ in range(n_sentences):
        who, whom = rng.sample(ACTORS, 2)
        sentences.append(f"{who} {rng.choice(VERBS)} {whom.lower()} in {rng.choice(PLACES)} "
                         f"{rng.choice(DAYS)}, officials said.")
    return " ".join(sentences)


def write_corpus(path: Path, n_docs: int, seed: int = 7, n_sentences: int = 3, prefix: str = "doc") -> list[dict]:
    """A JSONL corpus of `n_docs` distinct stories; returns the records."""
    rng = random.Random(seed)
    records = [{"id": f"{prefix}-{i:05d}", "text": f"Report {prefix} {i}. " + story(rng, n_sentences),
                "date": f"2024-0{1 + i % 9}-{1 + i % 28:02d}", "source": f"Wire {i % 4}"}
               for i in range(n_docs)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


REPO = Path(__file__).resolve().parents[2]


def sitroom_cmd(*args: str) -> list[str]:
    """The `sitroom` command line, run with the interpreter of this test session."""
    return [sys.executable, "-m", "sitroom.cli", *args]


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["COLUMNS"] = "200"
    return env


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(sitroom_cmd(*args), capture_output=True, text=True, timeout=timeout,
                          env=cli_env(), cwd=REPO)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def caps(pipeline, **options) -> Iterator[None]:
    """Temporarily different PipelineOptions on the shared pipeline."""
    saved = pipeline.options
    pipeline.options = replace(saved, **options)
    try:
        yield
    finally:
        pipeline.options = saved

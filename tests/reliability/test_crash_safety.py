"""SIGKILL a `sitroom run` at several points; the store must stay whole and the rerun finish it."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from reliability_corpus import REPO, cli_env, run_cli, sitroom_cmd, write_corpus  # noqa: E402
from reliability_crash import check_store, file_state, start, wait_for_change  # noqa: E402

from sitroom.ingest import read_path
from sitroom.records import event_to_json

N_DOCS = 200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, pipeline):
    """The corpus file, its records by id, and the events a fresh in-process coding gives."""
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    records = {r["id"]: r for r in write_corpus(path, N_DOCS, seed=11)}
    fresh = {doc.id: [event_to_json(e) for e in events] for doc, events in pipeline.code(read_path(path))}
    return path, records, fresh


def test_sigkill_at_random_points_loses_nothing(tmp_path, corpus):
    path, records, fresh = corpus
    db = tmp_path / "crash.duckdb"
    cmd = sitroom_cmd("run", str(path), "--db", str(db), "--batch-size", "16", "--commit-every", "32")
    rng = random.Random(2024)
    states = []
    # kill 1: while the store is created and the documents go in; kills 2-4: while coding,
    # a random moment after the first coding write was seen (inside or between transactions)
    for kill in range(4):
        watched = start(cmd, cli_env(), REPO)
        if kill == 0:
            wait_for_change(db, watched, file_state(db), timeout=60)
            watched.wait_for("never printed", timeout=rng.uniform(0.0, 0.4))
        else:
            assert watched.wait_for("ingested", timeout=60) is not None, watched.text()
            wait_for_change(db, watched, file_state(db), timeout=60)
            watched.wait_for("never printed", timeout=rng.uniform(0.0, 0.3) if kill < 3 else rng.uniform(0.2, 1.2))
        killed = watched.kill()
        if db.exists():
            states.append((killed, check_store(db, records, fresh)))
    coded = [s.coded for killed, s in states if killed]
    assert sum(0 < c < N_DOCS for c in coded) >= 2, f"fewer than two kills landed mid-coding: {states}"
    # the same command again finishes the job, without duplicates
    done = run_cli("run", str(path), "--db", str(db), timeout=180)
    assert done.returncode == 0, done.stderr
    final = check_store(db, records, fresh)
    assert final.documents == N_DOCS and final.coded == N_DOCS
    assert final.events == sum(len(v) for v in fresh.values())
    print(f"kill points (killed, docs, coded, events): "
          f"{[(k, s.documents, s.coded, s.events) for k, s in states]}; final {final}")

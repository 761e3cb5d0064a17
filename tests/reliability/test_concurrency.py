"""`sitroom serve` answers while a `sitroom run` writes to the same store."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from reliability_corpus import REPO, cli_env, free_port, sitroom_cmd, write_corpus  # noqa: E402

from sitroom.ingest import read_path
from sitroom.store import Store

FIRST, SECOND = 40, 120


def _get_with_retry(client: httpx.Client, url: str, log: list[tuple[str, int]]) -> httpx.Response:
    """GET; a 503 must carry Retry-After, and a retry must then succeed."""
    for _ in range(20):
        response = client.get(url)
        log.append((url, response.status_code))
        if response.status_code != 503:
            assert response.status_code == 200, response.text
            return response
        assert response.headers.get("retry-after"), "503 without Retry-After"
        time.sleep(min(float(response.headers["retry-after"]), 0.3))
    pytest.fail(f"{url}: still 503 after 20 retries")


@pytest.fixture
def served_store(tmp_path, pipeline):
    """A store with a first coded corpus, served by `sitroom serve` on a free loopback port."""
    db = tmp_path / "live.duckdb"
    first = tmp_path / "first.jsonl"
    write_corpus(first, FIRST, seed=1, prefix="first")
    coded = list(pipeline.code(read_path(first)))
    Store(db).save_coded(coded)
    port = free_port()
    server = subprocess.Popen(sitroom_cmd("serve", "--db", str(db), "--port", str(port)), cwd=REPO,
                              env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/api/meta", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None, server.stderr.read()
            assert time.monotonic() < deadline, "server did not come up"
            time.sleep(0.2)
        yield db, base, sum(len(events) for _, events in coded)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_reads_succeed_while_a_writer_runs(tmp_path, served_store, pipeline):
    db, base, first_events = served_store
    second = tmp_path / "second.jsonl"
    write_corpus(second, SECOND, seed=2, prefix="second")
    second_events = sum(len(events) for _, events in pipeline.code(read_path(second)))
    writer = subprocess.Popen(sitroom_cmd("run", str(second), "--db", str(db)), cwd=REPO, env=cli_env(),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log: list[tuple[str, int]] = []
    seen_documents: list[int] = []
    with httpx.Client(base_url=base, timeout=30) as client:
        while writer.poll() is None:
            events = _get_with_retry(client, "/api/events?limit=5000", log).json()
            meta = _get_with_retry(client, "/api/meta", log).json()
            assert events["count"] >= first_events
            seen_documents.append(meta["counts"]["documents"])
        assert writer.wait() == 0, writer.stderr.read()
        meta = _get_with_retry(client, "/api/meta", log).json()
        final_events = _get_with_retry(client, "/api/events?limit=5000", log).json()["count"]
    assert seen_documents == sorted(seen_documents), "document counts went backwards"
    assert meta["counts"]["documents"] == FIRST + SECOND
    assert meta["counts"]["coded"] == FIRST + SECOND
    assert meta["counts"]["events"] == final_events == first_events + second_events
    statuses = [status for _, status in log]
    print(f"{len(statuses)} reads during the write: {statuses.count(200)} x 200, {statuses.count(503)} x 503")
    assert len(statuses) >= 10

"""SQL injection through the `sitroom events` filters: no error, no results, tables intact."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from reliability_corpus import run_cli, write_corpus  # noqa: E402

from sitroom.cli import app
from sitroom.ingest import read_path
from sitroom.store import Store

INJECTIONS = [
    "' OR 1=1 --",
    "' OR '1'='1",
    "\" OR \"\"=\"",
    "'; DROP TABLE events; --",
    "'); DELETE FROM documents; --",
    "Robert'); DROP TABLE actors;--",
    "1' UNION SELECT record FROM events --",
    "x' UNION ALL SELECT * FROM documents WHERE ''='",
    "IRQ') OR TRUE OR ('",
    "%",
    "%' OR '%'='",
    "19%",
    "*",
    "\\",
    "$$; DROP TABLE events; $$",
    "'; ATTACH '/tmp/evil.duckdb' AS evil; --",
    "'; COPY events TO '/tmp/leak.csv'; --",
    "ʼ OR 1=1 --",
    "' OR starts_with(cameo, '') --",
    "0x27204f5220313d31",
]
FILTERS = ["--place", "--actor", "--code", "--source"]


@pytest.fixture(scope="module")
def store_db(tmp_path_factory, pipeline) -> Path:
    folder = tmp_path_factory.mktemp("inject")
    corpus = folder / "corpus.jsonl"
    write_corpus(corpus, 30, seed=5)
    db = folder / "inject.duckdb"
    Store(db).save_coded(list(pipeline.code(read_path(corpus))))
    return db


def _tables(db: Path) -> dict:
    with Store(db, read_only=True) as store:
        names = sorted(store.sql("SELECT table_name FROM information_schema.tables").column(0).to_pylist())
        return {"tables": names, **store.counts()}


@pytest.mark.parametrize("option", FILTERS)
def test_injection_strings_find_nothing_and_change_nothing(store_db, option):
    before = _tables(store_db)
    assert before["events"] > 0
    runner = CliRunner()
    for value in INJECTIONS:
        result = runner.invoke(app, ["events", "--db", str(store_db), option, value, "--format", "jsonl"])
        assert result.exit_code == 0, (value, result.output)
        assert result.stdout.strip() == "", (option, value, result.stdout[:200])
    assert _tables(store_db) == before
    assert not Path("/tmp/leak.csv").exists() and not Path("/tmp/evil.duckdb").exists()


def test_an_honest_filter_still_finds_events(store_db):
    result = CliRunner().invoke(app, ["events", "--db", str(store_db), "--code", "1", "--format", "jsonl"])
    assert result.exit_code == 0
    assert all(json.loads(line)["cameo"].startswith("1") for line in result.stdout.splitlines())
    assert result.stdout.strip()


def test_injection_through_the_real_command(store_db):
    before = _tables(store_db)
    done = run_cli("events", "--db", str(store_db), "--actor", "'; DROP TABLE events; --",
                   "--source", "' OR 1=1 --", "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[1:] == []  # the CSV header only
    assert _tables(store_db) == before

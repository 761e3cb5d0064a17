"""Shared fixtures of the dashboard tests: one hand-built store per session."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from web_corpus import SIDES, build_store  # noqa: E402


@pytest.fixture(scope="session")
def web_store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "dashboard.duckdb")


@pytest.fixture(scope="session")
def sides() -> dict[str, list[str]]:
    return SIDES


SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "basra2008"


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """The sample corpus ingested and coded by the real pipeline, once per session."""
    from sitroom.ingest import read_path
    from sitroom.pipeline import Pipeline
    from sitroom.store import Store
    db = tmp_path_factory.mktemp("sample") / "basra2008.duckdb"
    store = Store(db)
    store.add_documents(read_path(SAMPLE))
    store.save_coded(list(Pipeline().code(list(store.uncoded_documents()))))
    return db


@pytest.fixture(scope="session")
def sample_sides() -> dict[str, list[str]]:
    import json
    return json.loads((SAMPLE / "sides.json").read_text(encoding="utf-8"))

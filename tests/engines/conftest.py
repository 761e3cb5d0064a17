"""Fixtures: small input documents written by the tests themselves."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

# the tests import the stand-in pipeline as a plain module (pytest runs with --import-mode=importlib)
sys.path.insert(0, str(Path(__file__).resolve().parent))
from engines_standin import DOCUMENTS, write_jsonl  # noqa: E402


@pytest.fixture
def documents_jsonl(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "docs.jsonl", DOCUMENTS)


@pytest.fixture
def documents_parquet(tmp_path: Path) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = [{key: record.get(key) for key in ("id", "text", "date", "title", "source", "url")}
            for record in DOCUMENTS]
    path = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


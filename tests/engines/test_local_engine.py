"""The local engine's plumbing (formats, order, skip policy), with a stand-in pipeline."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from engines_standin import DOCUMENTS, StandInPipeline, read_lines, stand_in_factory, write_jsonl
from sitroom.engines import ENGINES, EngineError, code_with_local
from sitroom.engines.common import document_line, format_of
from sitroom.ingest import IngestError


def test_jsonl_one_line_per_document_in_input_order(documents_jsonl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    stats = code_with_local(documents_jsonl, out, pipeline=StandInPipeline())
    lines = [json.loads(line) for line in read_lines(out)]
    assert [line["id"] for line in lines] == [d["id"] for d in DOCUMENTS]
    assert [len(line["events"]) for line in lines] == [1, 0, 1, 0, 0, 1, 0]
    assert lines[0]["events"][0]["evidence"]["trigger"] == "attacked"
    assert (stats.documents, stats.events, stats.skipped) == (7, 3, 0)
    assert not out.with_name("out.jsonl.part").exists()


def test_document_line_matches_plain_json_dumps() -> None:
    events = [{"cameo": "190", "evidence": {"text": "Ünïcode “quoted”"}}]
    expected = json.dumps({"id": "é-1", "events": events}, ensure_ascii=False)
    assert document_line("é-1", json.dumps(events, ensure_ascii=False)) == expected


def test_parquet_in_and_out_carry_the_same_events(documents_jsonl: Path, documents_parquet: Path,
                                                  tmp_path: Path) -> None:
    code_with_local(documents_jsonl, tmp_path / "a.jsonl", pipeline=StandInPipeline())
    code_with_local(documents_parquet, tmp_path / "b.parquet", pipeline=StandInPipeline())
    table = pq.read_table(tmp_path / "b.parquet").to_pylist()
    assert [row["row"] for row in table] == list(range(len(DOCUMENTS)))
    from_parquet = [document_line(row["id"], row["events"]) for row in table]
    assert from_parquet == read_lines(tmp_path / "a.jsonl")


def test_bad_record_stops_the_run_or_is_skipped(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [DOCUMENTS[0], {"id": "no-text"}, DOCUMENTS[2]])
    out = tmp_path / "out.jsonl"
    with pytest.raises(IngestError, match=r"in.jsonl:2: .*'text'"):
        code_with_local(src, out, pipeline=StandInPipeline())
    assert not out.exists()
    stats = code_with_local(src, out, pipeline=StandInPipeline(), skip_bad=True)
    assert [json.loads(line)["id"] for line in read_lines(out)] == ["t-01", "t-03"]
    assert stats.skipped == 1 and "in.jsonl:2" in stats.skipped_messages[0]


def test_formats_follow_suffix_unless_named(tmp_path: Path) -> None:
    assert format_of("x/docs.parquet", None) == "parquet"
    assert format_of("x/docs.jsonl", None) == "jsonl"
    assert format_of("x/docs.data", "parquet") == "parquet"
    with pytest.raises(EngineError):
        format_of("x", "csv")
    assert set(ENGINES) == {"local", "spark"}


def test_worker_processes_keep_input_order(tmp_path: Path) -> None:
    many = [{**doc, "id": f"{doc['id']}-{n:03d}"} for n in range(20) for doc in DOCUMENTS]
    src = write_jsonl(tmp_path / "many.jsonl", many)
    one = code_with_local(src, tmp_path / "one.jsonl", pipeline=StandInPipeline())
    two = code_with_local(src, tmp_path / "two.jsonl", n_process=2, batch_size=8,
                          pipeline_factory=stand_in_factory)
    assert read_lines(tmp_path / "two.jsonl") == read_lines(tmp_path / "one.jsonl")
    assert (two.documents, two.events) == (one.documents, one.events) == (len(many), 60)

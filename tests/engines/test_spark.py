"""The Spark engine on local[2] writes what the local engine writes, for the same input.

Skipped only when no Java runtime is installed (Spark cannot start without one).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

pytest.importorskip("pyspark", reason="PySpark is not installed (pip install pyspark==4.3.0)")

from sitroom.engines.spark import find_java  # noqa: E402

if find_java() is None:
    pytest.skip("no Java runtime (java on PATH or JAVA_HOME): Spark cannot start", allow_module_level=True)

import engines_standin  # noqa: E402
from engines_standin import DOCUMENTS, StandInPipeline, read_lines, stand_in_factory, write_jsonl  # noqa: E402
from sitroom.engines import EngineError, code_with_local  # noqa: E402
from sitroom.engines.spark import code_with_spark, spark_session  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")


@pytest.fixture(scope="module")
def spark():
    from pyspark import cloudpickle
    # the stand-in lives in a test folder that Spark's Python workers cannot import: ship it by value
    cloudpickle.register_pickle_by_value(sys.modules[engines_standin.__name__])
    with spark_session("local[2]") as session:
        yield session


def by_id(lines: list[str]) -> list[str]:
    return sorted(lines, key=lambda line: json.loads(line)["id"])


def test_real_pipeline_spark_equals_local(spark, documents_jsonl: Path, tmp_path: Path) -> None:
    local_out, spark_out = tmp_path / "local.jsonl", tmp_path / "spark.jsonl"
    local = code_with_local(documents_jsonl, local_out)
    stats = code_with_spark(documents_jsonl, spark_out, spark=spark, partitions=3)
    assert by_id(read_lines(spark_out)) == by_id(read_lines(local_out))
    assert read_lines(spark_out) == read_lines(local_out)  # and in input order
    assert (stats.documents, stats.events) == (local.documents, local.events) == (len(DOCUMENTS), local.events)
    assert stats.partitions == 3


def test_plumbing_keeps_order_and_blank_lines(spark, tmp_path: Path) -> None:
    many = [{**doc, "id": f"{doc['id']}-{n:03d}"} for n in range(30) for doc in DOCUMENTS]
    src = write_jsonl(tmp_path / "many.jsonl", many, blank_lines=True)
    code_with_local(src, tmp_path / "local.jsonl", pipeline=StandInPipeline())
    stats = code_with_spark(src, tmp_path / "spark.jsonl", spark=spark, partitions=2,
                            pipeline_factory=stand_in_factory)
    assert read_lines(tmp_path / "spark.jsonl") == read_lines(tmp_path / "local.jsonl")
    assert (stats.documents, stats.skipped) == (len(many), 0)


def test_parquet_in_and_out(spark, documents_parquet: Path, documents_jsonl: Path, tmp_path: Path) -> None:
    code_with_spark(documents_parquet, tmp_path / "spark.parquet", spark=spark, partitions=2,
                    pipeline_factory=stand_in_factory)
    code_with_local(documents_jsonl, tmp_path / "local.parquet", pipeline=StandInPipeline())
    spark_rows = pq.read_table(tmp_path / "spark.parquet").sort_by("row").to_pylist()
    assert spark_rows == pq.read_table(tmp_path / "local.parquet").to_pylist()


def test_bad_record_names_its_line_or_is_skipped(spark, tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [DOCUMENTS[0], {"id": "no-text"}, DOCUMENTS[2]])
    out = tmp_path / "out.jsonl"
    with pytest.raises(EngineError, match=r"in.jsonl:2: .*'text'"):
        code_with_spark(src, out, spark=spark, pipeline_factory=stand_in_factory)
    assert not out.exists()
    stats = code_with_spark(src, out, spark=spark, skip_bad=True, pipeline_factory=stand_in_factory)
    assert [json.loads(line)["id"] for line in read_lines(out)] == ["t-01", "t-03"]
    assert stats.skipped == 1 and "in.jsonl:2" in stats.skipped_messages[0]

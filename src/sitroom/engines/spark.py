"""The PySpark engine: the same `Pipeline` run inside each executor partition.

Input is JSONL or Parquet documents (EVENTS.md); each record gets its input position
(`zipWithIndex`) before coding, partitions are coded with `mapPartitions` by ONE pipeline per
Python worker (a lazy module-level singleton that Spark's reused workers keep across tasks),
and the output is sorted back into input order. JSONL to a local path is one file, byte-identical
to `sitroom code`; JSONL to a remote URI is a folder of ordered part files; Parquet is a folder of
one-row-per-document files (see `sitroom.engines.common` for the columns).

Spark runs locally by default, bound to 127.0.0.1 with its UI off, so nothing listens outside.
"""
from __future__ import annotations

import glob
import json
import os
import shutil
import sys
import time
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from sitroom.engines.common import (
    DOCUMENT_FIELDS,
    JSONL,
    PARQUET,
    EngineError,
    EngineStats,
    PipelineFactory,
    build_pipeline,
    code_in_order,
    document_line,
    events_json,
    format_of,
    record_from_row,
)

MAX_SKIP_MESSAGES = 20
LOCAL_SPARK_CONF = {
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.python.worker.reuse": "true",  # keeps each worker's pipeline alive across tasks
    "spark.sql.shuffle.partitions": "8",
    "spark.sql.session.timeZone": "UTC",
}


@dataclass(slots=True)
class SparkStats(EngineStats):
    master: str = ""
    partitions: int = 0


# ---------------------------------------------------------------- Java and the session


def find_java() -> str | None:
    """The java binary Spark will use: $JAVA_HOME/bin/java, else `java` on PATH, else a JDK
    under /usr/lib/jvm. Sets JAVA_HOME when it was unset so spark-submit agrees."""
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").exists():
        return str(Path(home, "bin", "java"))
    found = shutil.which("java")
    candidates = [found] if found else []
    candidates += sorted(glob.glob("/usr/lib/jvm/*/bin/java"), reverse=True)
    for java in candidates:
        real = Path(java).resolve()
        if real.exists():
            os.environ.setdefault("JAVA_HOME", str(real.parent.parent))
            return str(real)
    return None


def _is_local(master: str) -> bool:
    return master.startswith("local")


def _quiet_pandas_warning() -> None:
    # PySpark warns about pandas 3 whenever it probes for pandas; sitroom uses no pandas API of Spark
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)


@contextmanager
def spark_session(master: str = "local[2]", conf: dict[str, str] | None = None, app_name: str = "sitroom"):
    """A SparkSession for `master` (stopped on exit). Local masters are pinned to 127.0.0.1 and
    run their Python workers with this interpreter, so executors see the same sitroom and model."""
    if find_java() is None:
        raise EngineError("Spark needs Java 17 or 21 (no java on PATH, no JAVA_HOME)")
    _quiet_pandas_warning()
    from pyspark.sql import SparkSession
    settings = dict(conf or {})
    if _is_local(master):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # PySpark reads workers' python here
        settings = {**LOCAL_SPARK_CONF, "spark.pyspark.python": sys.executable,
                    "spark.pyspark.driver.python": sys.executable, **settings}
    builder = SparkSession.builder.master(master).appName(app_name)
    for key, value in settings.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()


# ---------------------------------------------------------------- executor side


@dataclass(frozen=True, slots=True)
class PipelineSpec:
    """What a Python worker needs to build its pipeline; small and picklable."""
    batch_size: int
    dictionaries: str | None
    factory: PipelineFactory

    @property
    def key(self) -> tuple:
        # by name, not identity: a factory shipped by value arrives as a new object per task
        return (self.factory.__module__, self.factory.__qualname__, self.batch_size, self.dictionaries)


_WORKER_PIPELINE: dict[tuple, Any] = {}  # at most one entry: this Python worker's pipeline


def worker_pipeline(spec: PipelineSpec):
    """This worker's pipeline, built on first use and kept while the worker lives."""
    pipeline = _WORKER_PIPELINE.get(spec.key)
    if pipeline is None:
        _WORKER_PIPELINE.clear()
        pipeline = _WORKER_PIPELINE[spec.key] = spec.factory(
            batch_size=spec.batch_size, n_process=1, dictionaries=spec.dictionaries)
    return pipeline


@dataclass(frozen=True, slots=True)
class RecordSource:
    """How a worker turns one input record into a Document (and names it in errors)."""
    path: str
    fmt: str
    skip_bad: bool


def _documents(source: RecordSource, records: Iterator[tuple[Any, int]], skipped: list[tuple[int, str]]):
    """(row, Document) for good records; a bad one raises, or under skip_bad lands in `skipped`."""
    from sitroom.ingest import DEFAULT_MAX_TEXT_BYTES, IngestError
    from sitroom.ingest.jsonl import document_from_record
    for raw, row in records:
        number = row + 1  # line (JSONL) or row (Parquet) number, 1-based as in ingest errors
        item = _parse_record(raw, source, number)
        if item is None:
            continue
        if not isinstance(item, IngestError):
            item = document_from_record(item, source.path, number, f"{source.path}:{number}",
                                        DEFAULT_MAX_TEXT_BYTES)
        if isinstance(item, IngestError):
            if not source.skip_bad:
                raise item
            skipped.append((row, str(item)))
            continue
        yield row, item


def _parse_record(raw: Any, source: RecordSource, number: int):
    """A JSONL line → dict (None for a blank line); a Parquet Row → dict."""
    from sitroom.ingest import IngestError
    if source.fmt == PARQUET:
        return record_from_row(raw.asDict())
    text = raw.lstrip("\ufeff") if number == 1 else raw
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return IngestError(source.path, number, f"malformed JSON: {exc.msg} (column {exc.colno})")


def code_partition(spec: PipelineSpec, source: RecordSource, records: Iterator[tuple[Any, int]]
                   ) -> Iterator[tuple[int, tuple]]:
    """(row, (id, events JSON, n_events)) per coded document; (row, (None, message, 0)) per skip."""
    skipped: list[tuple[int, str]] = []
    pipeline = worker_pipeline(spec)
    for row, doc, events in code_in_order(pipeline, _documents(source, records, skipped)):
        yield row, (doc.id, events_json(events), len(events))
    for row, message in skipped:
        yield row, (None, message, 0)


# ---------------------------------------------------------------- driver side


def code_with_spark(input_path: str | Path, output_path: str | Path, master: str = "local[2]",
                    input_format: str | None = None, output_format: str | None = None,
                    batch_size: int = 64, *, n_process: int = 1, dictionaries: str | Path | None = None,
                    skip_bad: bool = False, spark=None, partitions: int | None = None,
                    single_file: bool | None = None,
                    pipeline_factory: PipelineFactory = build_pipeline) -> SparkStats:
    """Code `input_path` on Spark; same arguments and output as `code_with_local`.

    `spark` reuses a running SparkSession (else one is started for `master` and stopped);
    `partitions` is how many coding tasks (default twice the parallelism); `single_file`
    (default: JSONL to a local path) writes one ordered file rather than a folder of parts.
    `n_process` is ignored: Spark's cores are the parallelism, one spaCy process per task.
    `dictionaries` must be a path every executor can read.
    """
    del n_process
    from pyspark import StorageLevel
    if spark is None:
        with spark_session(master) as session:
            return code_with_spark(input_path, output_path, master, input_format, output_format, batch_size,
                                   dictionaries=dictionaries, skip_bad=skip_bad, spark=session,
                                   partitions=partitions, single_file=single_file,
                                   pipeline_factory=pipeline_factory)
    started = time.perf_counter()
    in_path, out_path = str(input_path), str(output_path)
    in_fmt, out_fmt = format_of(in_path, input_format), format_of(out_path, output_format)
    if single_file is None:
        single_file = out_fmt == JSONL and "://" not in out_path
    n_parts = partitions or max(2, 2 * spark.sparkContext.defaultParallelism)
    spec = PipelineSpec(batch_size, str(dictionaries) if dictionaries else None, pipeline_factory)
    source = RecordSource(in_path, in_fmt, skip_bad)
    records = _indexed_records(spark, in_path, in_fmt, n_parts)
    coded = records.mapPartitions(lambda part: code_partition(spec, source, part))
    # counted, then sampled by the sort, then sorted: kept (spilling to disk) so each document is coded once
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        stats = _run(spark, coded, out_path, out_fmt, single_file, n_parts)
    except Exception as exc:  # py4j / Spark wrap worker errors; show the user the sitroom one
        raise EngineError(_worker_error(exc)) from exc
    finally:
        coded.unpersist()
    stats.master = spark.sparkContext.master
    stats.partitions = coded.getNumPartitions()
    stats.seconds = time.perf_counter() - started
    return stats


def _indexed_records(spark, path: str, fmt: str, n_parts: int):
    """(record, input position) pairs spread over `n_parts` partitions."""
    if fmt == JSONL:
        if "://" not in path and not Path(path).exists():
            raise EngineError(f"{path}:0: no such file")
        # lines keep file order within and across splits, so zipWithIndex is the line index
        return spark.sparkContext.textFile(path, minPartitions=n_parts).zipWithIndex()
    frame = spark.read.parquet(path)
    frame = frame.select(*[name for name in DOCUMENT_FIELDS if name in frame.columns])
    indexed = frame.rdd.zipWithIndex()
    if indexed.getNumPartitions() < n_parts:  # a small file is one row group: spread it out
        indexed = indexed.repartition(n_parts)
    return indexed


def _run(spark, coded, out_path: str, out_fmt: str, single_file: bool, n_parts: int) -> SparkStats:
    stats = SparkStats(engine="spark", output_path=out_path)
    stats.documents, stats.events, stats.skipped, last_row = coded.map(_tally).fold((0, 0, 0, -1), _add)
    if stats.skipped:
        skips = coded.filter(lambda kv: kv[1][0] is None)
        stats.skipped_messages = [message for _, (_, message, _) in skips.sortByKey().take(MAX_SKIP_MESSAGES)]
    ordered = _in_input_order(coded.filter(lambda kv: kv[1][0] is not None), last_row + 1, n_parts)
    if out_fmt == JSONL:
        lines = ordered.map(lambda kv: document_line(kv[1][0], kv[1][1]))
        if single_file:
            _write_single_file(lines, Path(out_path))
        else:
            lines.saveAsTextFile(out_path)
    else:
        _write_parquet(spark, ordered, out_path)
    return stats


def _in_input_order(coded, n_rows: int, n_parts: int):
    """Sorted by row, partition i holding the i-th slice of rows: rows are 0..n_rows-1 already,
    so the ranges are known and no sampling pass (as `sortByKey` makes) is needed."""
    n_rows = max(n_rows, 1)
    return coded.repartitionAndSortWithinPartitions(
        n_parts, partitionFunc=lambda row: min(n_parts - 1, row * n_parts // n_rows))


def _tally(kv: tuple[int, tuple]) -> tuple[int, int, int, int]:
    """(documents, events, skipped, highest row) of one coded record."""
    row, (doc_id, _, n_events) = kv
    return (0, 0, 1, row) if doc_id is None else (1, n_events, 0, row)


def _add(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    return a[0] + b[0], a[1] + b[1], a[2] + b[2], max(a[3], b[3])


def _write_single_file(lines, output: Path) -> None:
    """Executors write the ordered parts side by side; the driver joins them in partition order
    into OUT.part and renames it, so a failed run never leaves a truncated OUT."""
    output.parent.mkdir(parents=True, exist_ok=True)
    parts_dir = output.with_name(f".{output.name}.parts-{os.getpid()}")
    tmp = output.with_name(output.name + ".part")
    shutil.rmtree(parts_dir, ignore_errors=True)
    try:
        lines.saveAsTextFile(str(parts_dir))
        parts = sorted(parts_dir.glob("part-*"), key=lambda p: int(p.name.split("-")[1].split(".")[0]))
        with open(tmp, "wb") as fh:
            for part in parts:
                with open(part, "rb") as chunk:
                    shutil.copyfileobj(chunk, fh, 1 << 20)
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(parts_dir, ignore_errors=True)


def _write_parquet(spark, ordered, out_path: str) -> None:
    from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType
    schema = StructType([StructField("row", LongType(), False), StructField("id", StringType(), False),
                         StructField("events", StringType(), False), StructField("n_events", IntegerType(), False)])
    # dense output positions (skipped and blank records leave no gap), as the local engine writes
    rows = ordered.zipWithIndex().map(lambda kv_i: (kv_i[1], kv_i[0][1][0], kv_i[0][1][1], kv_i[0][1][2]))
    spark.createDataFrame(rows, schema).write.mode("overwrite").parquet(out_path)


def _worker_error(exc: Exception) -> str:
    """The sitroom error line out of a Spark/py4j traceback, else the exception's first line."""
    text = str(exc)
    for marker in ("sitroom.ingest.common.IngestError: ", "IngestError: "):
        at = text.rfind(marker)
        if at >= 0:
            return text[at + len(marker):].splitlines()[0]
    return f"Spark job failed: {text.strip().splitlines()[0] if text.strip() else type(exc).__name__}"


# ---------------------------------------------------------------- spark-submit entry point


def main(argv: list[str] | None = None) -> None:
    """`spark-submit …/sitroom/engines/spark.py IN OUT`: codes on the cluster spark-submit names
    (its --master and --conf apply; nothing here overrides them)."""
    import argparse
    parser = argparse.ArgumentParser(prog="sitroom-spark", description="Code documents to events on Spark.")
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--input-format", choices=(JSONL, PARQUET))
    parser.add_argument("--output-format", choices=(JSONL, PARQUET))
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--partitions", type=int)
    parser.add_argument("--dictionaries", help="folder of dictionaries readable on every executor")
    parser.add_argument("--skip-bad", action="store_true")
    args = parser.parse_args(argv)
    _quiet_pandas_warning()
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.appName("sitroom").getOrCreate()
    try:
        stats = code_with_spark(args.input, args.output, input_format=args.input_format,
                                output_format=args.output_format, batch_size=args.batch_size,
                                dictionaries=args.dictionaries, skip_bad=args.skip_bad, spark=spark,
                                partitions=args.partitions)
    finally:
        spark.stop()
    for message in stats.skipped_messages:
        print(f"skipped: {message}", file=sys.stderr)
    print(f"coded {stats.documents} document(s), {stats.events} event(s) on {stats.master} "
          f"in {stats.seconds:.1f} s → {stats.output_path}", file=sys.stderr)


if __name__ == "__main__":
    main()

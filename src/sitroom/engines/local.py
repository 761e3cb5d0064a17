"""The local engine: one process (plus spaCy's own `n_process` workers) wrapping `Pipeline`.

Same arguments and output as `sitroom.engines.spark.code_with_spark`, so the two are
interchangeable; `master` is accepted and ignored. With `n_process` > 1 the documents are coded
by worker processes that each hold a whole pipeline (`sitroom.engines.pool`).
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from sitroom.engines.common import (
    DOCUMENT_FIELDS,
    JSONL,
    PARQUET,
    CodingPipeline,
    EngineStats,
    PipelineFactory,
    build_pipeline,
    code_in_order,
    document_line,
    events_json,
    format_of,
    record_from_row,
)
from sitroom.engines.pool import CodedRow, code_in_workers
from sitroom.records import Document

PARQUET_ROWS_PER_WRITE = 1024
MAX_SKIP_MESSAGES = 20


def code_with_local(input_path: str | Path, output_path: str | Path, master: str | None = None,
                    input_format: str | None = None, output_format: str | None = None,
                    batch_size: int = 64, *, n_process: int = 1, dictionaries: str | Path | None = None,
                    skip_bad: bool = False, pipeline: CodingPipeline | None = None,
                    on_skip: Callable[[Exception], None] | None = None,
                    on_document: Callable[[], None] | None = None,
                    pipeline_factory: PipelineFactory = build_pipeline) -> EngineStats:
    """Code every document of `input_path` into `output_path` (written whole or not at all).

    `n_process` > 1 runs that many worker processes, each with a whole pipeline (parse and code,
    see `sitroom.engines.pool`); `pipeline` instead codes in this process with an already loaded
    pipeline (whatever its own options say). `on_skip` hears each bad record skipped under
    `skip_bad`; `on_document` is called once per coded document (progress).
    """
    del master  # one machine: parallelism is n_process
    started = time.perf_counter()
    stats = EngineStats(engine="local", output_path=str(output_path))
    in_fmt = format_of(input_path, input_format)
    out_fmt = format_of(output_path, output_format)

    def skipped(error: Exception) -> None:
        stats.skipped += 1
        if len(stats.skipped_messages) < MAX_SKIP_MESSAGES:
            stats.skipped_messages.append(str(error))
        if on_skip is not None:
            on_skip(error)

    dictionaries = str(dictionaries) if dictionaries else None
    documents = enumerate(read_documents(Path(input_path), in_fmt, skip_bad, skipped))
    if pipeline is None and n_process > 1:
        coded = code_in_workers(documents, n_process, batch_size, dictionaries, pipeline_factory)
    else:
        coded = _code_here(pipeline or pipeline_factory(batch_size=batch_size, n_process=1,
                                                        dictionaries=dictionaries), documents)
    writer = _write_jsonl if out_fmt == JSONL else _write_parquet
    for n_events in writer(coded, Path(output_path)):
        stats.documents += 1
        stats.events += n_events
        if on_document is not None:
            on_document()
    stats.seconds = time.perf_counter() - started
    return stats


def _code_here(pipeline: CodingPipeline, documents: Iterable[tuple[int, Document]]) -> Iterator[CodedRow]:
    for row, doc, events in code_in_order(pipeline, documents):
        yield row, doc.id, events_json(events), len(events)


def read_documents(path: Path, fmt: str, skip_bad: bool,
                   on_skip: Callable[[Exception], None]) -> Iterator[Document]:
    if fmt == PARQUET:
        return _read_parquet(path, skip_bad, on_skip)
    from sitroom.ingest import read_coding_input
    return read_coding_input(path, skip_bad=skip_bad, on_skip=on_skip)


def _read_parquet(path: Path, skip_bad: bool, on_skip: Callable[[Exception], None]) -> Iterator[Document]:
    """Rows of a Parquet file or folder, checked exactly as JSONL records are."""
    import pyarrow.dataset as ds

    from sitroom.ingest import DEFAULT_MAX_TEXT_BYTES, IngestError
    from sitroom.ingest.jsonl import document_from_record
    if not path.exists():
        raise IngestError(path, None, "no such file or folder")
    dataset = ds.dataset(str(path), format="parquet")
    columns = [name for name in DOCUMENT_FIELDS if name in dataset.schema.names]
    number = 0
    for batch in dataset.to_batches(columns=columns):
        for row in batch.to_pylist():
            number += 1
            item = document_from_record(record_from_row(row), str(path), number,
                                        f"{path}:{number}", DEFAULT_MAX_TEXT_BYTES, allow_blank_text=True)
            if isinstance(item, IngestError):
                if not skip_bad:
                    raise item
                on_skip(item)
                continue
            yield item


@contextmanager
def _replacing(output: Path) -> Iterator[Path]:
    """Write to OUT.part and move it over OUT only on success: no truncated OUT after a failure."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".part")
    try:
        yield tmp
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)


def _write_jsonl(coded, output: Path) -> Iterator[int]:
    with _replacing(output) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for _, doc_id, events, n_events in coded:
            fh.write(document_line(doc_id, events) + "\n")
            yield n_events


def _write_parquet(coded, output: Path) -> Iterator[int]:
    import pyarrow as pa
    import pyarrow.parquet as pq
    schema = parquet_schema()
    columns: dict[str, list] = {name: [] for name in schema.names}

    def flush(writer: pq.ParquetWriter) -> None:
        writer.write_table(pa.table(columns, schema=schema))
        for values in columns.values():
            values.clear()

    with _replacing(output) as tmp:
        with pq.ParquetWriter(tmp, schema) as writer:
            for coded_row in coded:
                for name, value in zip(schema.names, coded_row):
                    columns[name].append(value)
                if len(columns["row"]) >= PARQUET_ROWS_PER_WRITE:
                    flush(writer)
                yield coded_row[3]
            flush(writer)


def parquet_schema():
    import pyarrow as pa
    return pa.schema([("row", pa.int64()), ("id", pa.string()), ("events", pa.string()),
                      ("n_events", pa.int32())])

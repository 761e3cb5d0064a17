"""sitroom's own flat tables (CSV, Parquet): every field of the event record, nested records
flattened to `parent_field` columns (source_code, location_lat, evidence_text, ...).

The column list is derived from the dataclasses in `sitroom.records`, so a field added there
appears here without an edit. Parquet columns are typed (string, int64, float64, date32,
list<string>); CSV writes lists joined with ";" and dates as ISO strings.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from sitroom.export.common import ExportOptions
from sitroom.export.writers import atomic_output, write_csv
from sitroom.records import Event

_SCALARS: dict[type, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(),
                                     bool: pa.bool_(), date: pa.date32()}


@dataclass(frozen=True, slots=True)
class FlatColumn:
    name: str
    path: tuple[str, ...]  # attribute names from the event down to the value
    arrow_type: pa.DataType
    is_list: bool


def _unwrap_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def _columns_of(cls: type, prefix: tuple[str, ...]) -> Iterator[FlatColumn]:
    hints = typing.get_type_hints(cls)
    for fld in dataclasses.fields(cls):
        hint = _unwrap_optional(hints[fld.name])
        path = (*prefix, fld.name)
        if dataclasses.is_dataclass(hint):
            yield from _columns_of(hint, path)
        elif typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            yield FlatColumn("_".join(path), path, pa.list_(_SCALARS[item]), True)
        else:
            yield FlatColumn("_".join(path), path, _SCALARS[hint], False)


@lru_cache(maxsize=1)
def flat_columns() -> tuple[FlatColumn, ...]:
    """The flat columns of an event, in record order."""
    return tuple(_columns_of(Event, ()))


def flat_schema() -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow_type) for c in flat_columns()])


def _batched(events: Iterable[Event], size: int) -> Iterator[list[Event]]:
    batch: list[Event] = []
    for event in events:
        batch.append(event)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _column_values(events: list[Event], path: tuple[str, ...], cache: dict) -> list[Any]:
    """One attribute path across a batch (None below a missing object), computed column-wise so
    each nested object list (all the locations, all the sources, ...) is built once per batch."""
    if path in cache:
        return cache[path]
    parents = _column_values(events, path[:-1], cache) if len(path) > 1 else events
    get = attrgetter(path[-1])
    values = [None if obj is None else get(obj) for obj in parents]
    cache[path] = values
    return values


def batch_columns(events: list[Event]) -> list[list[Any]]:
    """The flat columns of a batch of events, each a list of values."""
    cache: dict = {}
    return [_column_values(events, c.path, cache) for c in flat_columns()]


# ---------------------------------------------------------------- CSV

def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv_rows(events: Iterable[Event], batch_size: int) -> Iterator[list[Any]]:
    converts = [c.is_list or c.arrow_type == pa.date32() for c in flat_columns()]
    for batch in _batched(events, batch_size):
        columns = [[_csv_cell(v) for v in col] if convert else
                   ["" if v is None else v for v in col]
                   for col, convert in zip(batch_columns(batch), converts)]
        yield from map(list, zip(*columns))


def write_flat_csv(events: Iterable[Event], path: Path, options: ExportOptions,
                   documents: object) -> int:
    rows = _csv_rows(events, min(options.batch_size, 2048))
    return write_csv(rows, path, [c.name for c in flat_columns()])


# ---------------------------------------------------------------- Parquet

def event_batches(events: Iterable[Event], batch_size: int) -> Iterator[pa.RecordBatch]:
    """Typed Arrow record batches of at most `batch_size` events, built column by column."""
    schema = flat_schema()
    for batch in _batched(events, batch_size):
        arrays = [pa.array(values, type=f.type) for values, f in zip(batch_columns(batch), schema)]
        yield pa.RecordBatch.from_arrays(arrays, schema=schema)


def events_to_table(events: Iterable[Event]) -> pa.Table:
    """All events as one typed Arrow table (flat columns)."""
    return pa.Table.from_batches(list(event_batches(events, 65_536)), schema=flat_schema())


def write_parquet(events: Iterable[Event], path: Path, options: ExportOptions,
                  documents: object) -> int:
    count = 0
    with atomic_output(path, "wb") as out:
        with pq.ParquetWriter(out, flat_schema(), compression="zstd") as writer:
            for batch in event_batches(events, options.batch_size):
                writer.write_batch(batch)
                count += batch.num_rows
    return count

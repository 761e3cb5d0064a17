"""Records ⇄ Arrow tables: the batched way data enters and leaves DuckDB."""
from __future__ import annotations

import gc
import json
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime, timezone
import typing
from functools import lru_cache
from types import UnionType
from typing import Any, Callable, Iterator, Sequence, Union

import pyarrow as pa

from sitroom.records import Document, Event
from sitroom.store.schema import EVENT_COLUMNS

DOCUMENT_SCHEMA = pa.schema([
    ("seq", pa.int64()),  # position in the batch: keeps the order of merged sources
    ("id", pa.string()),
    ("hash", pa.string()),
    ("date", pa.date32()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("title", pa.string()),
    ("origin", pa.string()),
    ("text", pa.string()),
    ("ingested_at", pa.timestamp("us")),
])

_TEXTS = pa.list_(pa.string())
_EVENT_TYPES: dict[str, pa.DataType] = {name: pa.string() for name in EVENT_COLUMNS}
_EVENT_TYPES.update({
    "goldstein": pa.float64(), "quad_class": pa.int8(),
    "plover_context": _TEXTS, "source_roles": _TEXTS, "target_roles": _TEXTS,
    "date": pa.date32(), "doc_date": pa.date32(),
    "location_geonames_id": pa.int64(), "location_lat": pa.float64(), "location_lon": pa.float64(),
    "fatalities": pa.int32(), "injured": pa.int32(), "arrested": pa.int32(),
    "evidence_sentence": pa.int32(), "evidence_start": pa.int32(), "evidence_end": pa.int32(),
    "evidence_trigger_start": pa.int32(), "evidence_trigger_end": pa.int32(),
})
# Arrow types of the flattened `events` columns (the record is built from them in DuckDB)
EVENT_SCHEMA = pa.schema([(name, _EVENT_TYPES[name]) for name in EVENT_COLUMNS])

def utc_now() -> datetime:
    """Naive UTC, as DuckDB TIMESTAMP columns hold it."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def documents_table(docs: Sequence[Document], now: datetime) -> pa.Table:
    columns = list(zip(*(
        (seq, d.id, d.hash, d.date, d.source, d.url, d.title, d.origin, d.text, d.ingested_at or now)
        for seq, d in enumerate(docs)
    ))) or [[] for _ in DOCUMENT_SCHEMA]
    return pa.Table.from_arrays(
        [pa.array(col, type=field.type) for col, field in zip(columns, DOCUMENT_SCHEMA)], schema=DOCUMENT_SCHEMA)


def document_from_row(row: Sequence) -> Document:
    """A row of (id, text, date, source, url, title, origin, hash, ingested_at)."""
    return Document(id=row[0], text=row[1], date=row[2], source=row[3], url=row[4], title=row[5],
                    origin=row[6], hash=row[7], ingested_at=row[8])


DOCUMENT_SELECT = "id, text, date, source, url, title, origin, hash, ingested_at"


_SCALARS = frozenset((str, int, float, bool, type(None)))
_CONVERTERS: dict[type, Callable[[Any], dict]] = {}


def plain_record(value: Any) -> Any:
    """The JSON-ready form of a record: what `records.event_to_json` returns for an event.

    Same result, several times faster: each dataclass gets a converter compiled once from its
    field types, instead of `dataclasses.asdict` (deep copies) plus a second pass. Tests pin
    the equality with `event_to_json`.
    """
    cls = type(value)
    if cls in _SCALARS:
        return value
    convert = _CONVERTERS.get(cls)
    if convert is None and is_dataclass(value):
        convert = _CONVERTERS[cls] = _compile_converter(cls)
    if convert is not None:
        return convert(value)
    if cls is list or cls is tuple:
        return [plain_record(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain_record(v) for k, v in value.items()}
    return value


def _non_none_types(hint: Any) -> set:
    """The types a field may hold besides None (`str | None` → {str})."""
    options = set(typing.get_args(hint)) if typing.get_origin(hint) in (Union, UnionType) else {hint}
    options.discard(type(None))
    return options


def _field_expression(name: str, hint: Any) -> str:
    """Python source converting `o.<name>` according to its declared type."""
    value = f"o.{name}"
    options = _non_none_types(hint)
    if options and options <= {str, int, float, bool}:
        return value
    if options == {date} or options == {datetime}:
        return f"(None if {value} is None else {value}.isoformat())"
    if len(options) == 1 and typing.get_origin(next(iter(options))) is list \
            and set(typing.get_args(next(iter(options)))) <= {str, int, float, bool}:
        return f"(None if {value} is None else list({value}))"
    return f"plain({value})"


def _compile_converter(cls: type) -> Callable[[Any], dict]:
    hints = typing.get_type_hints(cls)
    items = ", ".join(f"{f.name!r}: {_field_expression(f.name, hints.get(f.name))}" for f in fields(cls))
    namespace: dict[str, Any] = {"plain": plain_record}
    exec(f"def convert(o):\n    return {{{items}}}\n", namespace)  # noqa: S102 - source built from field names
    return namespace["convert"]


def _record_json_fallback(event: Event) -> str:
    return json.dumps(plain_record(event), ensure_ascii=False, separators=(",", ":"))


try:  # orjson serialises slotted dataclasses and dates natively: ~10x faster than json
    import orjson

    def record_json(event: Event) -> str:
        """The EVENTS.md record of `event` as JSON text (same content as `event_to_json`)."""
        return orjson.dumps(event).decode("utf-8")
except ImportError:  # pragma: no cover - orjson is a dependency; stay correct without it
    record_json = _record_json_fallback


def _column_values(events: Sequence[Event], path: tuple[str, ...], cache: dict) -> list:
    """Values of one attribute path across all events (None below a missing object); column-wise
    so each nested object list is built once per batch, not once per row."""
    if path in cache:
        return cache[path]
    parents = _column_values(events, path[:-1], cache) if len(path) > 1 else events
    values = _attribute_reader(path[-1])(parents)
    cache[path] = values
    return values


@lru_cache(maxsize=None)
def _attribute_reader(name: str) -> Callable[[Sequence], list]:
    """`[None if o is None else o.<name> for o in objs]` compiled for one attribute: a literal
    attribute access is ~1.4x faster than calling an attrgetter per object."""
    if not name.isidentifier():
        raise ValueError(f"not an attribute name: {name!r}")
    return eval(f"lambda objs: [None if o is None else o.{name} for o in objs]")  # noqa: S307 - a field name


# ---- stored event rows and the EVENTS.md record ----------------------------------------------
# `event_rows` (schema 4) keeps every leaf field of an Event as a column: the flattened columns
# that filters and analyses use (`EVENT_COLUMNS`), the few leaves only the record needs (actor
# offsets, the attribution source's text, country and roles), and one presence flag per nested
# object. The record itself is not stored: building that JSON in the write and compressing it
# at commit was half of a store write. The view `events` builds it when read, with
# `to_json(struct_pack(...))` (`RECORD_PLAN.expression`, keys in dataclass order), and
# `Store.query_events` builds the Events straight from the columns (`events_from_table`).
# The record text is byte-for-byte `record_json(event)` (orjson) for ordinary values (tests pin
# it); it differs only in notation, never in value: |x| >= 1e16 written in full
# (100000000000000000000.0 for 1e+20) and upper-case hex in control-character escapes (\u001F).
# Everything is generated from the dataclasses; a new Event field needs a new column (a schema
# migration adding it and replacing the view; a test compares the view with this plan).

_ARROW_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}


@dataclass(frozen=True)
class _Leaf:
    path: tuple[str, ...]
    column: str  # `event_rows` column and incoming Arrow column: the path joined by "_"
    type: pa.DataType


@dataclass(frozen=True)
class _Struct:
    """A dataclass at `path` (the Event itself at ()), its members in field order."""
    cls: type
    path: tuple[str, ...]
    flag: str | None  # the presence column; None for the Event, which is always there
    members: tuple[tuple[str, _Leaf | _Struct], ...]  # (field name, leaf or nested object)


@dataclass(frozen=True)
class _RecordPlan:
    root: _Struct
    leaves: tuple[_Leaf, ...]
    flags: tuple[tuple[tuple[str, ...], str], ...]  # (path of a nested object, its presence column)
    expression: str  # SQL building the record from those columns
    read_columns: str  # SQL select list for `events_from_table`

    @property
    def columns(self) -> tuple[str, ...]:
        """Every `event_rows` column, in the incoming Arrow table's order."""
        return tuple(leaf.column for leaf in self.leaves) + tuple(flag for _, flag in self.flags)


def _declared_type(hint: Any) -> Any:
    """The one non-None type of a field (`X | None` → X)."""
    options = _non_none_types(hint)
    if len(options) != 1:
        raise TypeError(f"field type {hint!r} has no single JSON shape")
    return options.pop()


def _leaf_type(kind: Any) -> pa.DataType:
    if typing.get_origin(kind) is list:
        return pa.list_(_ARROW_SCALARS[_declared_type(typing.get_args(kind)[0])])
    return _ARROW_SCALARS[kind]


def _plan_struct(cls: type, prefix: tuple[str, ...]) -> _Struct:
    hints = typing.get_type_hints(cls)
    members: list[tuple[str, _Leaf | _Struct]] = []
    for f in fields(cls):
        kind, path = _declared_type(hints[f.name]), prefix + (f.name,)
        if is_dataclass(kind):
            members.append((f.name, _plan_struct(kind, path)))
        else:
            column = "_".join(path)
            members.append((f.name, _Leaf(path, column, _FLAT_TYPES.get(column) or _leaf_type(kind))))
    return _Struct(cls, prefix, "has_" + "_".join(prefix) if prefix else None, tuple(members))


def _walk(node: _Struct) -> Iterator[_Leaf | _Struct]:
    for _, member in node.members:
        yield member
        if isinstance(member, _Struct):
            yield from _walk(member)


def _finite(leaf: _Leaf) -> str:
    """The column, with NaN and infinities as NULL for floats (orjson writes them as null)."""
    if leaf.type == pa.float64():
        return f'CASE WHEN isfinite("{leaf.column}") THEN "{leaf.column}" END'
    return f'"{leaf.column}"'


def _struct_sql(node: _Struct) -> str:
    parts = []
    for name, member in node.members:
        value = _struct_sql(member) if isinstance(member, _Struct) else _finite(member)
        if isinstance(member, _Struct):
            value = f'CASE WHEN "{member.flag}" THEN {value} END'
        parts.append(f'"{name}" := {value}')
    return "struct_pack(" + ", ".join(parts) + ")"


def _record_plan() -> _RecordPlan:
    root = _plan_struct(Event, ())
    nodes = list(_walk(root))
    leaves = tuple(n for n in nodes if isinstance(n, _Leaf))
    flags = tuple((n.path, n.flag) for n in nodes if isinstance(n, _Struct))
    names = [leaf.column for leaf in leaves] + [flag for _, flag in flags]
    if len(set(names)) < len(names):
        raise TypeError("two Event fields map to the same events column")
    missing = set(EVENT_COLUMNS) - set(names)
    if missing:
        raise TypeError(f"events columns without an Event field: {sorted(missing)}")
    read_columns = ", ".join([f'{_finite(leaf)} AS "{leaf.column}"' for leaf in leaves]
                             + [f'"{flag}"' for _, flag in flags])
    return _RecordPlan(root, leaves, flags, "to_json(" + _struct_sql(root) + ")", read_columns)


_FLAT_TYPES = {name: EVENT_SCHEMA.field(name).type for name in EVENT_COLUMNS}
RECORD_PLAN = _record_plan()
_BATCH_ROWS = 16_384  # Arrow batches DuckDB can scan on several threads


def events_table(events: Sequence[Event]) -> pa.Table:
    """Incoming events for `insert_events_sql`: every `event_rows` column (leaves and presence
    flags); column-wise, so each nested object list is walked once per batch, not once per row."""
    cache: dict = {}
    names, arrays = [], []
    for leaf in RECORD_PLAN.leaves:
        names.append(leaf.column)
        arrays.append(pa.array(_column_values(events, leaf.path, cache), type=leaf.type))
    for path, flag in RECORD_PLAN.flags:
        names.append(flag)
        arrays.append(pa.array([v is not None for v in _column_values(events, path, cache)], type=pa.bool_()))
    table = pa.Table.from_arrays(arrays, names=names)
    return pa.Table.from_batches(table.to_batches(max_chunksize=_BATCH_ROWS), schema=table.schema)


def insert_events_sql(source: str) -> str:
    """INSERT of the registered `events_table(...)` named `source` into `event_rows`."""
    columns = ", ".join(f'"{name}"' for name in RECORD_PLAN.columns)
    return f"INSERT INTO event_rows ({columns}) SELECT {columns} FROM {source}"


def events_from_table(table: pa.Table) -> list[Event]:
    """Events from the rows of `SELECT {RECORD_PLAN.read_columns} FROM event_rows`: equal to
    `event_from_json` of their records, built a column at a time (one constructor call per object)."""
    with _no_cyclic_gc():
        columns = {name: table.column(name).to_pylist() for name in table.column_names}
        return _objects(RECORD_PLAN.root, columns)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cycle collector while building many objects that form no cycles: otherwise its
    passes over the growing lists were ~70 % of the time (20,000 events: 0.45 s -> 0.13 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _objects(node: _Struct, columns: dict[str, list]) -> list:
    values = [_objects(m, columns) if isinstance(m, _Struct) else columns[m.column] for _, m in node.members]
    built = list(map(node.cls, *values))
    if node.flag is None:
        return built
    return [obj if present else None for obj, present in zip(built, columns[node.flag])]

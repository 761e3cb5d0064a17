"""Records ⇄ Arrow tables: the batched way data enters and leaves DuckDB."""
from __future__ import annotations

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime, timezone
import typing
from operator import attrgetter
from types import UnionType
from typing import Any, Callable, Sequence, Union

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
EVENT_SCHEMA = pa.schema([(name, _EVENT_TYPES[name]) for name in EVENT_COLUMNS] + [("record", pa.string())])

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


def _field_expression(name: str, hint: Any) -> str:
    """Python source converting `o.<name>` according to its declared type."""
    value = f"o.{name}"
    options = set(typing.get_args(hint)) if typing.get_origin(hint) in (Union, UnionType) else {hint}
    options.discard(type(None))
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
    loads_json = orjson.loads
except ImportError:  # pragma: no cover - orjson is a dependency; stay correct without it
    record_json = _record_json_fallback
    loads_json = json.loads

# Where each events column comes from in an Event: a path of attribute names.
EVENT_PATHS: dict[str, tuple[str, ...]] = {
    name: (name,) for name in EVENT_COLUMNS
}
EVENT_PATHS.update({
    "plover_type": ("plover", "type"), "plover_mode": ("plover", "mode"), "plover_context": ("plover", "context"),
    "acled_event_type": ("acled", "event_type"), "acled_sub_event_type": ("acled", "sub_event_type"),
    "attribution_text": ("attribution", "text"),
    "attribution_source_code": ("attribution", "source", "code"),
    "attribution_source_name": ("attribution", "source", "name"),
})
for _side in ("source", "target"):
    for _part in ("text", "name", "code", "country", "roles"):
        EVENT_PATHS[f"{_side}_{_part}"] = (_side, _part)
for _part in ("text", "name", "geonames_id", "lat", "lon", "country", "admin1", "precision", "basis"):
    EVENT_PATHS[f"location_{_part}"] = ("location", _part)
for _part in ("sentence", "start", "end", "trigger", "text", "trigger_start", "trigger_end"):
    EVENT_PATHS[f"evidence_{_part}"] = ("evidence", _part)


def _column_values(events: Sequence[Event], path: tuple[str, ...], cache: dict) -> list:
    """Values of one attribute path across all events (None below a missing object); column-wise
    so each nested object list is built once per batch, not once per row."""
    if path in cache:
        return cache[path]
    parents = _column_values(events, path[:-1], cache) if len(path) > 1 else events
    get = attrgetter(path[-1])
    values = [None if obj is None else get(obj) for obj in parents]
    cache[path] = values
    return values


def events_table(events: Sequence[Event]) -> pa.Table:
    """Events as an Arrow table in the `events` column order: flattened fields, then the record."""
    cache: dict = {}
    arrays = [pa.array(_column_values(events, EVENT_PATHS[name], cache), type=EVENT_SCHEMA.field(name).type)
              for name in EVENT_COLUMNS]
    arrays.append(pa.array([record_json(e) for e in events], type=pa.string()))
    return pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)

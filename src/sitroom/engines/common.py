"""What both engines share: formats, the output line, stats and how a pipeline is built.

Output formats (identical for both engines):
- JSONL: one line per input document, in input order, ``{"id": …, "events": [EVENT, …]}``
  (EVENTS.md, events serialised by `sitroom.records.event_to_json`); byte-identical to `sitroom code`.
- Parquet: one row per input document with columns ``row`` (int64, 0-based input position),
  ``id`` (string), ``events`` (string: the JSON array of EVENTS.md event records) and
  ``n_events`` (int32). Events stay a JSON string rather than a flattened table so the file
  round-trips losslessly through `event_from_json` and the schema never changes when an
  event record gains a field.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Protocol

from sitroom.records import Document, Event, event_to_json

JSONL, PARQUET = "jsonl", "parquet"
FORMATS = (JSONL, PARQUET)
_SUFFIXES = {".jsonl": JSONL, ".ndjson": JSONL, ".json": JSONL, ".parquet": PARQUET, ".pq": PARQUET}
DOCUMENT_FIELDS = ("id", "text", "date", "title", "source", "url")  # EVENTS.md input fields


class CodingPipeline(Protocol):
    """What an engine needs from `sitroom.pipeline.Pipeline` (tests may pass a stand-in)."""

    def code(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]: ...


PipelineFactory = Callable[..., CodingPipeline]


def build_pipeline(batch_size: int = 64, n_process: int = 1, dictionaries: str | None = None) -> CodingPipeline:
    """The real pipeline (imported late so engines load without the stages, e.g. in tests)."""
    from sitroom.pipeline import Pipeline, PipelineOptions
    return Pipeline(PipelineOptions(batch_size=batch_size, n_process=n_process,
                                    dictionaries=Path(dictionaries) if dictionaries else None))


@dataclass(slots=True)
class EngineStats:
    engine: str
    documents: int = 0
    events: int = 0
    skipped: int = 0
    seconds: float = 0.0
    output_path: str = ""
    skipped_messages: list[str] = field(default_factory=list)  # the first few, for the user

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


class EngineError(RuntimeError):
    """A run that cannot start or finish (bad options, missing Java, a failed Spark job)."""


def format_of(path: str | Path, explicit: str | None, default: str = JSONL) -> str:
    """The explicit format, else the one the suffix names, else for a folder what it holds."""
    if explicit is not None:
        fmt = explicit.lower()
        if fmt not in FORMATS:
            raise EngineError(f"format must be one of {', '.join(FORMATS)}, not {explicit!r}")
        return fmt
    text = str(path).rstrip("/")
    suffix = Path(text).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    local = Path(text)
    if "://" not in text and local.is_dir() and any(local.glob("*.parquet")):
        return PARQUET
    return default


def events_json(events: list[Event]) -> str:
    return json.dumps([event_to_json(e) for e in events], ensure_ascii=False)


def document_line(doc_id: str, events_array_json: str) -> str:
    """The `sitroom code` line; spelled out so the events JSON is encoded only once
    (equal, byte for byte, to ``json.dumps({"id": id, "events": [...]}, ensure_ascii=False)``)."""
    return '{"id": ' + json.dumps(doc_id, ensure_ascii=False) + ', "events": ' + events_array_json + "}"


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet row reduced to the EVENTS.md input fields (dates may arrive as date objects)."""
    return {name: row.get(name) for name in DOCUMENT_FIELDS if name in row}


def code_in_order(pipeline: CodingPipeline, items: Iterable[tuple[int, Document]]
                  ) -> Iterator[tuple[int, Document, list[Event]]]:
    """(row, document, events): `Pipeline.code` keeps input order, so row numbers ride a queue."""
    from collections import deque
    rows: deque[int] = deque()

    def documents() -> Iterator[Document]:
        for row, doc in items:
            rows.append(row)
            yield doc

    for doc, events in pipeline.code(documents()):
        yield rows.popleft(), doc, events

"""Whole-pipeline worker processes for the local engine.

spaCy's own `nlp.pipe(n_process=N)` parallelises only the parse: every parsed `Doc` is pickled
back to the parent, which then runs all the coder stages alone. Here each worker process holds a
full `Pipeline` (like a Spark task does), parses AND codes a chunk of documents, and sends back
only the finished output (the events JSON), so the stages run in parallel too and no `Doc`
crosses a process boundary. Chunks are submitted through a bounded window and collected in
submission order: output order is input order and memory stays flat however long the input.
"""
from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from typing import Any, Iterable, Iterator

from sitroom.engines.common import PipelineFactory, code_in_order, events_json
from sitroom.records import Document

CodedRow = tuple[int, str, str, int]  # (row, document id, events JSON array, number of events)
IN_FLIGHT_PER_WORKER = 2  # chunks queued per worker: keeps every worker busy, bounds memory

_pipeline: Any = None  # this worker process's pipeline


def _start_worker(factory: PipelineFactory, batch_size: int, dictionaries: str | None) -> None:
    global _pipeline
    _pipeline = factory(batch_size=batch_size, n_process=1, dictionaries=dictionaries)
    # the loaded dictionaries and gazetteer (~450k objects) live as long as the worker: leave
    # them out of every later full garbage collection (each cost 0.2-0.3 s)
    gc.freeze()


def _code_chunk(chunk: list[tuple[int, Document]]) -> list[CodedRow]:
    return [(row, doc.id, events_json(events), len(events)) for row, doc, events in code_in_order(_pipeline, chunk)]


def _chunks(items: Iterable[tuple[int, Document]], size: int) -> Iterator[list[tuple[int, Document]]]:
    chunk: list[tuple[int, Document]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_in_workers(items: Iterable[tuple[int, Document]], n_process: int, batch_size: int,
                    dictionaries: str | None, factory: PipelineFactory) -> Iterator[CodedRow]:
    """(row, id, events JSON, n_events) for each (row, document), in input order.

    Workers start with `spawn` (a clean interpreter each: no forked locks or threads from the
    parent's libraries) and build their pipeline once; a worker's error is raised here. As with
    any spawn pool, a script that calls this needs the `if __name__ == "__main__":` guard.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(n_process, initializer=_start_worker, initargs=(factory, batch_size, dictionaries)) as pool:
        pending: deque = deque()
        for chunk in _chunks(items, batch_size):
            pending.append(pool.apply_async(_code_chunk, (chunk,)))
            if len(pending) >= IN_FLIGHT_PER_WORKER * n_process:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()

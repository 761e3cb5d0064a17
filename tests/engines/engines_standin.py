"""A tiny stand-in for `sitroom.pipeline.Pipeline`: tests the engines' plumbing without spaCy.

It "codes" every sentence holding the word "attacked" as a CAMEO 190 event with evidence
offsets, so outputs depend on the text, the document and sentence positions.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Iterator

from sitroom.records import Document, Event, Evidence

_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


class StandInPipeline:
    def __init__(self, batch_size: int = 64, n_process: int = 1, dictionaries: str | None = None) -> None:
        self.batch_size = batch_size

    def code(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for doc in documents:
            yield doc, list(self._events(doc))

    @staticmethod
    def _events(doc: Document) -> Iterator[Event]:
        for index, match in enumerate(_SENTENCE.finditer(doc.text)):
            sentence = match.group(0)
            at = sentence.find("attacked")
            if at < 0:
                continue
            yield Event(event_id=f"{doc.id}:{index}:0", doc_id=doc.id, cameo="190", root="19",
                        goldstein=-10.0, quad_class=4, plover=None, acled=None, source=None, target=None,
                        evidence=Evidence(sentence=index, start=match.start(), end=match.end(),
                                          trigger="attacked", text=sentence.strip(),
                                          trigger_start=match.start() + at),
                        date=doc.date, date_basis="story" if doc.date else "none", doc_source=doc.source)


def stand_in_factory(batch_size: int = 64, n_process: int = 1, dictionaries: str | None = None) -> StandInPipeline:
    return StandInPipeline(batch_size, n_process, dictionaries)


# ---- test documents, written by the tests themselves (never copied from shared data)

DOCUMENTS = [
    {"id": "t-01", "date": "2024-05-02", "source": "Test Wire", "title": "Clashes",
     "text": "Rebel fighters attacked an army checkpoint near Mosul on Tuesday. Two soldiers were killed."},
    {"id": "t-02", "date": "2024-05-03", "text": "The foreign minister met his counterpart in Amman. "
     "Both said talks would continue next week."},
    {"id": "t-03", "date": None, "text": "Police arrested twelve protesters in Tunis. "
     "Gunmen attacked a convoy outside Kabul, officials said."},
    {"id": "t-04", "text": "Nothing happened at the harbour today, the mayor said."},
    {"id": "t-05", "date": "2024-06-10T08:30:00Z", "source": "Daily Example",
     "text": "Israeli aircraft struck targets in southern Lebanon. Hezbollah fired rockets at Haifa. "
             "The United Nations called for restraint."},
    {"id": "t-06", "date": "2024-06-11", "text": "Ukrainian forces attacked Russian positions near Bakhmut. "
     "Moscow accused Kyiv of shelling a village."},
    {"id": "t-07", "date": "2024-07-01", "text": "Protesters gathered outside parliament in Nairobi to demand "
     "lower taxes. Police fired tear gas to disperse them."},
]


def write_jsonl(path: Path, records: list[dict], blank_lines: bool = False) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            if blank_lines:
                fh.write("\n")
    return path


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()

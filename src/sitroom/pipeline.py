"""Wires the stages: parse → actors → events → geo / time / counts.

The same `Pipeline.code` runs under `sitroom code`, `sitroom run`, and a Spark partition, so
every engine produces identical events for identical input.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from sitroom.actors import ActorResolver
from sitroom.counts import extract_counts
from sitroom.events import EventCoder
from sitroom.geo import Geocoder
from sitroom.nlp import load_nlp
from sitroom.records import Document, Event
from sitroom.time import resolve_event_date

MAX_PARSE_CHARS = 2_000_000  # documents are capped at ingest; this keeps spaCy from refusing them


@dataclass(slots=True)
class PipelineOptions:
    batch_size: int = 64
    n_process: int = 1
    dictionaries: Path | None = None


class Pipeline:
    """Loads every stage's knowledge once; codes a stream of documents lazily."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        self.nlp = load_nlp()
        self.nlp.max_length = max(self.nlp.max_length, MAX_PARSE_CHARS)
        self.resolver = ActorResolver(self.options.dictionaries)
        self.coder = EventCoder(self.resolver)
        self.geocoder = Geocoder()

    def code(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """(document, events) in input order; streams, never holds the whole input."""
        pairs = ((doc.text, doc) for doc in documents)
        parsed = self.nlp.pipe(pairs, as_tuples=True, batch_size=self.options.batch_size,
                               n_process=self.options.n_process)
        for sdoc, doc in parsed:
            yield doc, self.code_parsed(doc, sdoc)

    def code_parsed(self, doc: Document, sdoc: Doc) -> list[Event]:
        actors = self.resolver.document(doc.date)
        events = self.coder.code(doc, sdoc, actors)
        if not events:
            return events
        places = self.geocoder.document(sdoc)
        for country in _actor_countries(events):
            places.note_country(country)
        sentences = list(sdoc.sents)
        for event in events:
            sentence = sentences[event.evidence.sentence]
            trigger = _trigger_token(sdoc, sentence, event)
            event.location = places.locate(sentence, trigger)
            _date(event, sentence, trigger, doc)
            _count(event, sentence, trigger)
        return events


def _actor_countries(events: list[Event]) -> list[str]:
    seen: dict[str, None] = {}
    for event in events:
        for actor in (event.source, event.target):
            if actor is not None and len(actor.country) == 3:
                seen.setdefault(actor.country)
    return list(seen)


def _trigger_token(sdoc: Doc, sentence: Span, event: Event) -> Token:
    """The trigger token, by offsets when the coder gave them, else by its word in the sentence."""
    ev = event.evidence
    if ev.trigger_start is not None:
        span = sdoc.char_span(ev.trigger_start, ev.trigger_end or ev.trigger_start + 1,
                              alignment_mode="expand")
        if span is not None and len(span):
            return span.root
    first_word = ev.trigger.split()[0].lower() if ev.trigger else ""
    for token in sentence:
        if token.lower_ == first_word:
            return token
    return sentence.root


def _date(event: Event, sentence: Span, trigger: Token, doc: Document) -> None:
    resolved = resolve_event_date(sentence, trigger, doc.date)
    event.date, event.date_text, event.date_basis = resolved.date, resolved.text, resolved.basis


def _count(event: Event, sentence: Span, trigger: Token) -> None:
    counts = extract_counts(sentence, trigger)
    event.fatalities, event.injured, event.arrested = counts.fatalities, counts.injured, counts.arrested
    event.counts_text = counts.text

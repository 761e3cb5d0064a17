"""Wires the stages: parse → actors → events → geo / time / counts.

The same `Pipeline.code` runs under `sitroom code`, `sitroom run`, and a Spark partition, so
every engine produces identical events for identical input.
"""
from __future__ import annotations

from datetime import timedelta
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
from spacy.attrs import IS_SPACE, ORTH
from spacy.tokens import Doc, Span, Token

from sitroom.actors import ActorResolver
from sitroom.config import dictionary_settings, load_config
from sitroom.counts import extract_counts
from sitroom.events import EventCoder
from sitroom.events.acled_model import load_acled_model, review_acled
from sitroom.events.cameo_model import load_cameo_model, review_cameo
from sitroom.events.dictionaries import UserDictionaries, load_user_dictionaries
from sitroom.events.discards import DiscardList
from sitroom.events.guessed import SentenceGuesser
from sitroom.geo import Geocoder
from sitroom.geo.gazetteer import Gazetteer
from sitroom.geo.geocoder import dateline_country, misread_places
from sitroom.nlp import (doc_text, entities, forget_entities, is_parse_of, load_nlp, remember_text,
                         sentences as sentence_list)
from sitroom.records import Document, Event
from sitroom.time import resolve_event_date

MAX_PARSE_CHARS = 1_000_000  # spaCy's own default max_length; news stories are 5-50 kB
# A news sentence is rarely over 80 tokens; text with no sentence punctuation (tables, lists,
# scraped boilerplate, hostile input) makes parsing and per-event work grow with the square of
# the run, so runs longer than this are cut into chunks before parsing.
MAX_SENTENCE_TOKENS = 256
_SENTENCE_END = (".", "!", "?", "…", "。", "؟", "！", "？")

log = logging.getLogger(__name__)


@dataclass(slots=True)
class PipelineOptions:
    batch_size: int = 64
    n_process: int = 1
    dictionaries: Path | None = None
    # None: from the config file (sitroom.toml / $SITROOM_CONFIG), else "extend" / strict
    dictionary_mode: str | None = None  # "extend" | "replace"
    dictionary_strict: bool | None = None
    config: Path | None = None  # an explicit configuration file
    # characters of a document that are parsed; the rest is ignored with a warning
    max_parse_chars: int = MAX_PARSE_CHARS
    # longest sentence the parser and coder see; longer runs are split with a warning
    max_sentence_tokens: int = MAX_SENTENCE_TOKENS
    # a coder failure on one document is logged (with the document id and traceback) and the
    # document yields no events, so one odd sentence cannot stop an archive; tests turn it off
    isolate_errors: bool = True
    # sentence classifiers' second opinions on CAMEO roots and ACLED sub-event types
    # (events/cameo_model.py, events/acled_model.py)
    cameo_model: bool = True
    acled_model: bool = True
    # events for sentences the coder leaves empty where a classifier is confident of one
    # (events/guessed.py)
    guesses: bool = True


class Pipeline:
    """Loads every stage's knowledge once; codes a stream of documents lazily."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        self.nlp = load_nlp()
        self.nlp.max_length = max(self.nlp.max_length, self.options.max_parse_chars + 1)
        self.user_dictionaries = _user_dictionaries(self.options)
        user = self.user_dictionaries
        self.resolver = user.resolver if user else ActorResolver(None)
        self.coder = EventCoder(self.resolver, lexicon=user.lexicon if user else None,
                                tables=user.tables if user else None)
        self.discards = user.discards if user else None
        self.geocoder = Geocoder()
        classifiers = load_config(self.options.config).coder.classifiers
        self.cameo_model = load_cameo_model() if classifiers and self.options.cameo_model else None
        self.acled_model = load_acled_model() if classifiers and self.options.acled_model else None

    def code(self, documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """(document, events) in input order; streams, never holds the whole input."""
        pairs = ((self.prepare(doc), doc) for doc in documents)
        parsed = self.nlp.pipe(pairs, as_tuples=True, batch_size=self.options.batch_size,
                               n_process=self.options.n_process)
        for sdoc, doc in parsed:
            yield doc, self.code_parsed(doc, sdoc)

    def prepare(self, doc: Document) -> Doc:
        """The tokenized document, capped for parsing: at most `max_parse_chars` characters, and
        no sentence longer than `max_sentence_tokens` (preset sentence starts, which the parser
        keeps). Both caps log a warning naming the document."""
        text = _capped_text(doc, self.options.max_parse_chars)
        self.nlp.max_length = max(self.nlp.max_length, len(text) + 1)
        sdoc = self.nlp.make_doc(text)
        _mark_breaks(sdoc, doc.title, text, self.geocoder.gazetteer)
        _split_long_runs(sdoc, self.options.max_sentence_tokens, doc.id)
        return sdoc

    def code_parsed(self, doc: Document, sdoc: Doc) -> list[Event]:
        if not self.options.isolate_errors:
            return self._code_parsed(doc, sdoc)
        try:
            return self._code_parsed(doc, sdoc)
        except Exception:  # noqa: BLE001 - any coder bug: skip this document, keep the run
            log.exception("coding document %s failed: its events are skipped", doc.id)
            return []

    def _code_parsed(self, doc: Document, sdoc: Doc) -> list[Event]:
        if is_parse_of(sdoc, doc.text):
            remember_text(sdoc, doc.text)  # no stage need re-join the parse's tokens
        if self.discards is not None and self.discards.story_match(doc_text(sdoc)):
            return []  # a story-level discard phrase ("+PHRASE"): the story is not coded
        _relabel_places(sdoc, self.geocoder.gazetteer)
        actors = self.resolver.document(doc.date)
        actors.filed_from = self._filed_from(sdoc) or self._headline_country(doc)
        actors.dateline_end = _dateline_end(doc_text(sdoc), self.geocoder.gazetteer) or 0
        headline = doc.title or url_headline(doc.url)
        if headline:
            actors.read_headline(headline)
        # (built per document: benchmarks swap the models for ones trained without a file)
        guess = SentenceGuesser(self.cameo_model, self.acled_model) \
            if self.options.guesses and (self.cameo_model or self.acled_model) else None
        events = self.coder.code(doc, sdoc, actors, guess)
        if events and self.discards is not None:
            events = _without_discarded_sentences(events, sdoc, self.discards)
        if not events:
            return events
        sentences = sentence_list(sdoc)
        texts = [sentence.text for sentence in sentences]
        if self.cameo_model is not None:
            events = review_cameo(events, texts, self.cameo_model)
        if self.acled_model is not None:
            review_acled(events, texts, self.acled_model)
        places = self.geocoder.document(sdoc)
        for country in _actor_countries(events):
            places.note_country(country)
        for event in events:
            sentence = sentences[event.evidence.sentence]
            trigger = _trigger_token(sdoc, sentence, event)
            event.location = places.locate(sentence, trigger)
            _date(event, sentence, trigger, doc)
            _count(event, sentence, trigger)
        return [e for e in events if not _history(e, doc)]

    def _filed_from(self, sdoc: Doc) -> str | None:
        """The country of the story's dateline, if it opens with one."""
        text = doc_text(sdoc)
        end = _dateline_end(text, self.geocoder.gazetteer)
        return dateline_country(text[:end], self.geocoder.gazetteer) if end else None

    def _headline_country(self, doc: Document) -> str | None:
        """The one country the story's title names, else the one its URL's headline words
        name ("/africa/al-shabab-militants-kill-13-somali-troops"): the context a reader of
        the article has when a quoted sentence says only "the army"."""
        for phrase in (doc.title, url_headline(doc.url)):
            if phrase:
                countries = self.resolver.countries_named(phrase, doc.date)
                if countries:
                    return countries[0] if len(countries) == 1 else None
        return None


# a URL path segment of three or more words joined by hyphens or underscores is a headline
_SLUG = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+){2,}")
# short words a lower-case slug writes that are names in the headline
_SLUG_ACRONYMS = frozenset({"us", "uk", "un", "eu", "uae", "drc", "isis", "isil", "nato", "au"})


def url_headline(url: str | None) -> str | None:
    """The headline words of an article URL's slug, capitalised as names for the actor
    dictionaries ("us-strikes-houthi-targets" → "US Strikes Houthi Targets"); None if none."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url).split("?")[0].split("#")[0]
    slugs = [m.group(0) for m in _SLUG.finditer(path)]
    if not slugs:
        return None
    words = re.split(r"[-_]", max(slugs, key=len))
    words = [w for w in words if w.isalpha()]
    return " ".join(w.upper() if w.lower() in _SLUG_ACRONYMS else w.capitalize() for w in words) or None


# Background a story recalls ("the two countries fought a border war in 1962") is not news:
# event data records what the story reports as happening now, not its history lesson.
HISTORY_GAP = timedelta(days=365)


def _history(event: Event, doc: Document) -> bool:
    """An event dated (by the text) long before the story: more than a year for an explicit
    date ("in 1962"), two for a relative one ("seven years ago"; "last year" is still news)."""
    if event.date is None or doc.date is None or event.date_basis not in ("explicit", "relative"):
        return False
    gap = HISTORY_GAP if event.date_basis == "explicit" else 2 * HISTORY_GAP
    return doc.date - event.date > gap  # (date - timedelta overflows before year 1)


def _user_dictionaries(options: PipelineOptions) -> UserDictionaries | None:
    """The user's PETRARCH dictionaries (from the options or the config file), if any."""
    settings = dictionary_settings(options.dictionaries, options.dictionary_mode,
                                   options.dictionary_strict, options.config)
    if settings.dir is None:
        return None
    return load_user_dictionaries(settings.dir, settings.mode, settings.strict)


def _without_discarded_sentences(events: list[Event], sdoc: Doc, discards: DiscardList) -> list[Event]:
    """Drop events of sentences that hold a sentence-level discard phrase."""
    sentences = sentence_list(sdoc)
    verdict: dict[int, bool] = {}
    kept = []
    for event in events:
        index = event.evidence.sentence
        if index not in verdict:
            verdict[index] = discards.sentence_match(sentences[index].text) is not None
        if not verdict[index]:
            kept.append(event)
    return kept


# an acute accent or backtick typed as an apostrophe ("Yemen´s") hides the possessive from the
# tagger; replaced one character for one, so every offset still points into the original text
_TYPED_APOSTROPHE = re.compile(r"(?<=\w)[´`](?=\w)")


def _capped_text(doc: Document, max_chars: int) -> str:
    text = _TYPED_APOSTROPHE.sub("'", doc.text)
    if len(text) <= max_chars:
        return text
    cut = text.rfind(" ", max(0, max_chars - 1000), max_chars)  # end on a word boundary if near
    cut = cut if cut > 0 else max_chars
    log.warning("document %r: %s characters, only the first %s are parsed (max_parse_chars)",
                doc.id, f"{len(text):,}", f"{cut:,}")
    return text[:cut]


def _mark_breaks(sdoc: Doc, title: str | None, text: str | None = None,
                 gazetteer: Gazetteer | None = None) -> None:
    """Preset sentence starts after a paragraph break (a blank line) and after a headline
    line that opens the text: the parser would otherwise read "Sadr orders fighters off the
    streets\nSadr told his followers ..." as one sentence, as a headline has no full stop."""
    spaces = np.flatnonzero(sdoc.to_array([IS_SPACE]).reshape(-1))
    text = sdoc.text if text is None else text  # (the text the doc was made of: Doc.text is slow)
    headline_end = _headline_end(text, title)
    dateline = _dateline_end(text, gazetteer)
    if dateline is not None:
        # the dateline's place is where the story was filed, never an actor of its first sentence
        after = sdoc.char_span(dateline, len(text), alignment_mode="expand")
        if after is not None and after.start > 0:
            sdoc[after.start].is_sent_start = True
    for i in spaces:
        tok = sdoc[int(i)]
        nxt = int(i) + 1
        if nxt >= len(sdoc) or "\n" not in tok.text:
            continue
        after_headline = headline_end is not None and tok.idx >= headline_end
        if after_headline or tok.text.count("\n") >= 2:
            sdoc[nxt].is_sent_start = True
        if after_headline:
            headline_end = None


# "KYIV, Ukraine (AP) — ", "BAGHDAD - ", "SEOUL/WASHINGTON (Reuters) - ", "KHARTOUM, Sudan, March 3 (Reuters) -", "PORT SUDAN: ",
# "COLOMBO, Nov 28: ": a wire dateline (an upper-case place); and the mixed-case forms that
# cannot open a sentence: "Rome, Italy | AFP | ", "Kinshasa, Congo — ", "Abuja : "
_PLACE = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:/[A-Z][a-z]+(?: [A-Z][a-z]+)?)?"  # "Juba/Addis Ababa"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'/ -]{1,40}(?:,[^—–\n:|]{1,40})?(?:\([A-Za-z .]{1,20}\))?\s*(?:—|–|--|-|:|>>)\s+"
    # an agency and a dash with no space after: "TOKYO (Jiji Press)—North Korea fired"
    r"|[A-Z][A-Z.'/ -]{1,40}\([A-Za-z .]{1,20}\)\s*(?:—|–|--)(?=[A-Z\"“])"
    rf"|{_PLACE}, [A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\|\s*[A-Z]{{2,8}}\s*\|\s*"
    rf"|{_PLACE}, [A-Z][a-z]+(?: [A-Z][a-z]+)?\s+(?:—|–|--)\s+"
    rf"|{_PLACE}, [A-Z]{{2,8}}\s+(?:—|–|--|-)\s+(?=[A-Z])"  # an agency: "Khartoum, MINA – The"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? : "
    r"|\([A-Za-z .]{2,20}\)\s*(?:—|–|--|-)\s+"  # an outlet alone: "(VOVWORLD) - "
    # the date first: "October 26, 2018 (JUBA) - ", "November 3, 2015 (PAGAK) – "
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*\([A-Za-z .]{2,20}\)\s*(?:—|–|--|-)\s+"
    # "New Delhi, Feb 17: ", "New York, November 21, 2008–", "Juba, May 6, 2015 (SSNA) — "
    # ... and "Beirut, Sep 8 (AP) " with the agency but no dash
    rf"|{_PLACE}, [A-Z][a-z]{{2,8}}\.? \d{{1,2}}(?:, \d{{4}})?\s*"
    r"(?:(?::|—|–|--)\s*|\([A-Za-z .]{2,20}\)\s*(?::|—|–|--|-)?\s*))")


# "Kinshasa — ": a mixed-case name and a dash open a sentence too ("Guterres — who presided
# ... — condemned"), so this form is a dateline only when the name is a known town
_PLACE_DASH = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:—|–) ")
# "Kabul, Afghanistan: The Taliban ...", "Bamako: An air raid ...": a place (checked against the
# gazetteer) and a colon
_PLACE_COLON = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?):\s+(?=[A-Z\"“])")


def _dateline_end(text: str, gazetteer: Gazetteer | None = None) -> int | None:
    """End offset of a wire dateline that opens the first line, if any."""
    first_line = text.lstrip()[:120]
    match = _DATELINE.match(first_line)
    for pattern in (_PLACE_DASH, _PLACE_COLON):
        if match is None and gazetteer is not None:
            match = pattern.match(first_line)
            if match is not None and dateline_country(match.group(1), gazetteer) is None:
                match = None
    if match is None:
        return None
    return len(text) - len(text.lstrip()) + match.end()


def _headline_end(text: str, title: str | None) -> int | None:
    """Offset of the end of the first line when it is the document's title (no full stop)."""
    if not title:
        return None
    first = text.lstrip()
    line = first.split("\n", 1)[0].strip()
    if line and line == title.strip() and not line.endswith(_SENTENCE_END):
        return len(text) - len(first) + len(line)
    return None


def _split_long_runs(sdoc: Doc, max_tokens: int, doc_id: str) -> None:
    """Preset sentence starts so that no run of tokens without a sentence end exceeds max_tokens."""
    if max_tokens <= 0 or len(sdoc) <= max_tokens:
        return
    orth = sdoc.to_array([ORTH, IS_SPACE])
    ends = np.isin(orth[:, 0], [sdoc.vocab.strings.add(p) for p in _SENTENCE_END]) | (orth[:, 1] != 0)
    # boundaries: token after a sentence end, plus the doc edges
    bounds = np.concatenate(([0], np.flatnonzero(ends) + 1, [len(sdoc)]))
    long_runs = np.flatnonzero(np.diff(bounds) > max_tokens)
    if not len(long_runs):
        return
    forced = 0
    for run in long_runs:
        for start in range(int(bounds[run]) + max_tokens, int(bounds[run + 1]), max_tokens):
            sdoc[start].is_sent_start = True
            forced += 1
    log.warning("document %r: %d run(s) of over %d tokens without a sentence end; split into "
                "chunks at %d point(s) (max_sentence_tokens)", doc_id, len(long_runs), max_tokens, forced)


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


def _relabel_places(sdoc: Doc, gazetteer: Gazetteer) -> None:
    """Places NER read as persons become places for every stage after it (the actor resolver
    and the coder take a person's name for a party, a place's for where it happened)."""
    if not any(ent.label_ == "PERSON" for ent in entities(sdoc)):
        return
    misread = {(ent.start, ent.end) for ent in misread_places(sdoc, gazetteer)}
    if misread:
        sdoc.ents = [Span(sdoc, ent.start, ent.end, label="GPE") if (ent.start, ent.end) in misread else ent
                     for ent in sdoc.ents]
        forget_entities(sdoc)

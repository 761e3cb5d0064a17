"""Toponym resolution within a document, and event → place.

Mentions: GPE/LOC/FAC entities, plus capitalised names in a place slot (object of a locative
preposition or of a verb, conjunct of a place, "the port of X") that the small model missed
or mislabelled ("in al-Kut" as ORG, "shelled Izyum and Kharkiv" as WORK_OF_ART).

Resolution, per distinct toponym: candidates score by log population, feature kind (a city
over the same-named province unless the text says "province"), exact vs folded spelling,
and context — the countries and admin1 units of the story's other places, actors' countries
(`note_country`) and nationality words ("Lebanese"). Two passes: priors, then context.

`locate(sentence, trigger)`: the toponym attached to the trigger by a locative preposition
(or as the object of a travel verb / the trigger), then a locative adjunct of the trigger's
clause, then the sentence's only place; a place that merely modifies another noun ("Basra
police", "the governor of Basra") or a destination of non-travel ranks low. With no place in
the sentence the story's main place is used, `basis="document"`, one precision step coarser.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitroom.geo.gazetteer import (
    KIND_ADM1,
    KIND_ADM2,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_POINT,
    KIND_REGION,
    Entry,
    Gazetteer,
    load_gazetteer,
)
from sitroom.geo.normalize import exact_key, light_key
from sitroom.nlp import entities
from sitroom.records import Location

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "across", "inside", "around", "throughout",
                            "within", "into", "onto", "over", "off", "along", "between", "beyond"})
DESTINATION_PREPS = frozenset({"to", "toward", "towards"})
TRAVEL_LEMMAS = frozenset({"visit", "travel", "arrive", "fly", "go", "come", "return", "tour", "head",
                           "journey", "trip", "land", "move", "deploy", "send", "dispatch",
                           "march", "flee", "evacuate", "withdraw", "retreat", "advance"})
# nouns that keep a place's role when the place modifies them ("the Baghdad district", "outskirts of Basra")
PLACE_NOUNS = frozenset({"city", "town", "village", "district", "province", "governorate", "region", "area",
                         "neighborhood", "neighbourhood", "suburb", "suburbs", "outskirts", "capital",
                         "north", "south", "east", "west", "centre", "center", "part", "parts", "heart",
                         "border", "borders", "oblast", "state", "county", "port", "coast", "streets",
                         "street", "downtown", "vicinity", "edge", "territory", "zone", "strip"})
# trailing type words: "Basra province" → "Basra" with a kind hint
TYPE_SUFFIXES = {"province": KIND_ADM1, "governorate": KIND_ADM1, "region": KIND_ADM1, "oblast": KIND_ADM1,
                 "state": KIND_ADM1, "district": KIND_ADM2, "county": KIND_ADM2, "city": KIND_CITY,
                 "town": KIND_CITY, "village": KIND_CITY}
_LEADING_DROP = ("the ", "The ")
COARSER = {"point": "city", "city": "admin1", "admin1": "country", "country": "country", "region": "region"}
_FINENESS = {KIND_POINT: 3, KIND_CITY: 3, KIND_ADM2: 2, KIND_ADM1: 2, KIND_REGION: 1, KIND_COUNTRY: 0}

# scoring weights (log10 population is the base prior)
POP_WEIGHT = 1.5
KIND_BONUS = {KIND_CITY: 1.5, KIND_POINT: 1.5, KIND_ADM1: 0.0, KIND_ADM2: -1.0, KIND_COUNTRY: 1.5,
              KIND_REGION: 0.0}
FLAT_PRIOR = {KIND_REGION: 11.0, KIND_POINT: 10.0}  # supplement places carry no population
EXACT_BONUS = 1.0
LIGHT_FOLD_BONUS = 0.8
LOOSE_FOLD_PENALTY = -1.5
TYPE_HINT_BONUS = 3.0
LABEL_HINT_BONUS = 1.0
ADMIN1_BONUS = 2.0
MAX_COUNTRY_BONUS = 3.0


@dataclass(slots=True)
class Mention:
    start: int  # token offsets in the doc
    end: int
    text: str
    label: str
    kind_hint: int | None
    candidates: list[tuple[Entry, bool]]
    entry: Entry | None = None

    @property
    def key(self) -> str:
        return exact_key(self.text)


@dataclass(slots=True)
class _Choice:
    mention: Mention
    score: float


class Geocoder:
    """Stateless per document; the gazetteer is loaded once per process."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load_gazetteer()

    def document(self, sdoc: Doc) -> "DocumentPlaces":
        places = DocumentPlaces(sdoc, collect_mentions(sdoc, self.gazetteer), self.gazetteer)
        for ent in entities(sdoc):  # "the Lebanese port", "Iraqi troops": evidence of the story's countries
            if ent.label_ == "NORP":
                alpha2 = self.gazetteer.demonyms.get(exact_key(ent.text))
                if alpha2:
                    places.note_alpha2(alpha2)
        return places


def dateline_country(dateline: str, gazetteer: Gazetteer) -> str | None:
    """ISO alpha-3 country of a wire dateline ("KATMANDU, Nepal --", "MALE (Reuters) -",
    "ZAMBOANGA CITY —"): a country it names, else its best-known place's country."""
    text = re.sub(r"\([^)]*\)", " ", dateline)
    parts = [p.strip(" -–—:|>\t") for p in text.split(",")]
    best: Entry | None = None
    for part in reversed([p for p in parts if p and not any(ch.isdigit() for ch in p)]):
        name = part.title() if part.isupper() else part
        _, _, found = _lookup(name, gazetteer)
        exact = [e for e, is_exact in found if is_exact] or [e for e, _ in found]
        country = next((e for e in exact if e.kind == KIND_COUNTRY), None)
        if country is not None:
            return gazetteer.alpha2_to_alpha3(country.country)
        biggest = max(exact, key=lambda e: e.population, default=None)
        if biggest is not None and biggest.population >= DATELINE_MIN_POPULATION \
                and (best is None or biggest.population > best.population):
            best = biggest
    return gazetteer.alpha2_to_alpha3(best.country) if best is not None else None


# a dateline names a city wire services file from, never a hamlet
DATELINE_MIN_POPULATION = 50_000


@lru_cache(maxsize=1)
def default_geocoder() -> Geocoder:
    return Geocoder()


# ---------------------------------------------------------------- mentions

def _lookup(text: str, gazetteer: Gazetteer) -> tuple[str, int | None, list[tuple[Entry, bool]]]:
    """Candidates for a toponym, trying it whole and then without a trailing type word."""
    text = text.strip()
    for prefix in _LEADING_DROP:
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    found = gazetteer.candidates(text)
    words = text.split()
    hint = TYPE_SUFFIXES.get(words[-1].lower()) if len(words) > 1 else None
    if hint is not None:
        shorter = gazetteer.candidates(" ".join(words[:-1]))
        if shorter and not any(exact for _, exact in found):
            return text, hint, shorter
    return text, hint, found


ARABIC_ARTICLES = frozenset({"al", "el", "an", "ar", "as", "ash", "ad", "az", "at", "ath", "ad-"})


def _propn_span(token: Token) -> tuple[int, int] | None:
    """The name phrase headed by `token` ("al - Kut", "an - Najaf", "Sadr City"), as doc offsets."""
    if not token.text[:1].isupper():
        return None
    doc, left = token.doc, token.i
    while left > 0:
        prev = doc[left - 1]
        if prev.head == token and prev.dep_ in ("compound", "flat") and prev.text[:1].isupper():
            left -= 1
        elif prev.text == "-" and left >= 2 and (doc[left - 2].lower_ in ARABIC_ARTICLES or (
                doc[left - 2].head == token and doc[left - 2].text[:1].isupper())):
            left -= 2
        else:
            break
    return left, token.i + 1


FACILITY_NOUNS = frozenset({"plant", "airport", "base", "refinery", "camp", "prison", "port", "border",
                            "crossing", "facility", "field", "oilfield", "checkpoint", "bridge", "dam"})


def _slot_worthy(entry: Entry, exact: bool, light: bool, slot: str) -> bool:
    """Without NER's word: in a strong slot accept exact names of real towns or spelling variants
    of big places; for a name NER took for a person, close spellings of sizeable places; in a
    weak slot ("the port of X", a parser's stray adverbial) exact names of sizeable places."""
    sizeable = entry.kind != KIND_CITY or entry.population >= 20_000
    if slot == "weak":
        return exact and sizeable
    if slot == "person":
        return (exact or light) and sizeable
    if entry.kind != KIND_CITY:
        return exact or entry.kind in (KIND_COUNTRY, KIND_ADM1, KIND_REGION)
    return entry.population >= (1_000 if exact else 100_000)


def _place_slot(token: Token, place_heads: set[int]) -> str | None:
    """"strong": object of a locative/destination preposition or of a verb, or a conjunct of a
    place; "weak": object of "of", a name modifying a place/facility noun, a stray adverbial."""
    seen = 0
    while token.dep_ in ("conj", "appos") and seen < 6:
        if token.head.i in place_heads:
            return "strong"
        token, seen = token.head, seen + 1
    dep, head = token.dep_, token.head
    if dep == "pobj":
        prep = head.lower_
        if prep in LOCATIVE_PREPS or prep in DESTINATION_PREPS or prep == "from":
            return "strong"
        return "weak" if prep == "of" else None
    if dep in ("dobj", "obj"):
        return "strong"
    if dep == "compound" and (head.lemma_.lower() in PLACE_NOUNS or head.lemma_.lower() in FACILITY_NOUNS):
        return "weak"
    if dep in ("advmod", "npadvmod") and head.pos_ == "VERB":
        return "weak"
    return None


TITLES = frozenset({"president", "minister", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen",
                    "gen.", "general", "sheikh", "king", "prince", "leader", "senator", "sen.", "governor",
                    "ayatollah", "imam", "cleric", "colonel", "col.", "commander", "spokesman", "pope"})


def _titled(token: Token) -> bool:
    """A name after a title word is a person ("President Bush", "Sheikh Najaf")."""
    return any(child.lower_ in TITLES for child in token.lefts)


def _name_like(token: Token) -> bool:
    """Capitalised, not sentence-initial (where every word is), not a verb or function word."""
    if not token.text[:1].isupper() or token.is_sent_start:
        return False
    return token.pos_ in ("PROPN", "NOUN", "ADV", "ADJ", "X")


def _following_type(sdoc: Doc, start: int, end: int) -> int | None:
    """Kind hint from the words around a name: "the Donetsk region", "the city of Donetsk"."""
    if end < len(sdoc) and sdoc[end].lower_ in TYPE_SUFFIXES:
        return TYPE_SUFFIXES[sdoc[end].lower_]
    if start >= 2 and sdoc[start - 1].lower_ == "of" and sdoc[start - 2].lower_ in TYPE_SUFFIXES:
        return TYPE_SUFFIXES[sdoc[start - 2].lower_]
    return None


CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def collect_mentions(sdoc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    mentions: list[Mention] = []
    covered: set[int] = set()
    for ent in entities(sdoc):
        if ent.label_ not in PLACE_LABELS:
            continue
        text, hint, candidates = _lookup(ent.text, gazetteer)
        if candidates:
            hint = hint if hint is not None else _following_type(sdoc, ent.start, ent.end)
            mentions.append(Mention(ent.start, ent.end, text, ent.label_, hint, candidates))
            covered.update(range(ent.start, ent.end))
    # proper nouns in a place slot that NER missed or mislabelled ("in al-Kut" as ORG,
    # "shelled Izyum and Kharkiv" as WORK_OF_ART): exact gazetteer matches only
    place_heads = {sdoc[m.end - 1].i for m in mentions}
    for token in sdoc:
        if token.i in covered or not _name_like(token):
            continue
        if token.ent_type_ in ("DATE", "TIME") or token.lower_ in CALENDAR_WORDS:
            continue  # "in March", "on Sunday": time, not a town that shares the name
        if token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN":
            continue  # part of a longer name; its head is tried instead
        slot = _place_slot(token, place_heads)
        if slot is None or _titled(token):
            continue
        if token.ent_type_ == "PERSON" and slot == "strong":  # "met Bush": a person, unless a sizeable place
            slot = "person"
        span = _propn_span(token)
        if span is None or covered.intersection(range(*span)):
            continue
        text, hint, candidates = _lookup(sdoc[span[0]:span[1]].text, gazetteer)
        kept = [c for c in candidates
                if _slot_worthy(c[0], c[1], light_key(c[0].name) == light_key(text), slot)]
        if kept:
            hint = hint if hint is not None else _following_type(sdoc, span[0], span[1])
            mentions.append(Mention(span[0], span[1], text, "SLOT", hint, kept))
            covered.update(range(*span))
            place_heads.add(token.i)
    mentions.sort(key=lambda m: m.start)
    return mentions


# verbs whose object is a place far more often than a person
PLACE_OBJECT_VERBS = frozenset({"shell", "bomb", "bombard", "strike", "pound", "capture", "seize", "retake",
                                "recapture", "enter", "besiege", "encircle", "storm", "overrun", "occupy",
                                "liberate", "evacuate", "annex", "invade", "raid", "reach", "attack", "hit",
                                "target"})


def misread_places(sdoc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """Names NER took for persons that stand where places stand and that the gazetteer knows
    as sizeable places ("shelled Kherson", "a visit to Kyiv"): the same test the mention
    collector applies to a person's name in a place slot, so every stage reads them alike."""
    place_heads = {ent.end - 1 for ent in entities(sdoc) if ent.label_ in PLACE_LABELS}
    found = []
    for ent in entities(sdoc):
        if ent.label_ != "PERSON" or not _name_like(sdoc[ent.start]) or _titled(sdoc[ent.start]):
            continue
        head = sdoc[ent.end - 1]
        slot = _place_slot(head, place_heads)
        if slot is None or head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() not in PLACE_OBJECT_VERBS:
            continue  # ("arrested Jackson": a person; "shelled Kherson": a place)
        text, _, candidates = _lookup(ent.text, gazetteer)
        slot = "person" if slot == "strong" else slot
        if any(_slot_worthy(entry, exact, light_key(entry.name) == light_key(text), slot) for entry, exact in candidates):
            found.append(ent)
    return found


# ---------------------------------------------------------------- resolution

def _prior(mention: Mention, entry: Entry, exact: bool) -> float:
    if entry.kind in FLAT_PRIOR:
        score = FLAT_PRIOR[entry.kind]
    else:
        score = POP_WEIGHT * math.log10(entry.population + 1) + KIND_BONUS[entry.kind]
    if exact:
        score += EXACT_BONUS
    elif light_key(entry.name) == light_key(mention.text):
        score += LIGHT_FOLD_BONUS  # "Basra"/"al-Basrah": article or final -h only
    else:
        score += LOOSE_FOLD_PENALTY  # "Samarra"/"Samara": a different name as often as a variant
    if mention.kind_hint is not None:
        wanted = {KIND_ADM1, KIND_ADM2} if mention.kind_hint in (KIND_ADM1, KIND_ADM2) else {KIND_CITY, KIND_POINT}
        if entry.kind in wanted:
            score += TYPE_HINT_BONUS
    if mention.label == "LOC" and entry.kind == KIND_REGION:
        score += LABEL_HINT_BONUS
    if mention.label == "FAC" and entry.kind == KIND_POINT:
        score += LABEL_HINT_BONUS
    return score


def _country_bonus(weight: float) -> float:
    return 0.0 if weight <= 0 else min(MAX_COUNTRY_BONUS, 1.0 + weight)


class DocumentPlaces:
    """The places of one document, resolved against each other; see `locate`."""

    def __init__(self, sdoc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> None:
        self.doc = sdoc
        self._mentions = mentions
        self.gazetteer = gazetteer
        self._actor_countries: set[str] = set()
        self._resolved = False
        self._main: Mention | None = None

    @property
    def mentions(self) -> list[Mention]:
        """The document's place mentions, each resolved (`.entry`) in the light of the others."""
        self._resolve()
        return self._mentions

    # -- context
    def note_country(self, iso3: str) -> None:
        """An actor's country (ISO alpha-3) as evidence for resolving ambiguous toponyms."""
        alpha2 = self.gazetteer.alpha3_to_alpha2.get((iso3 or "").upper())
        if alpha2:
            self.note_alpha2(alpha2)

    def note_alpha2(self, alpha2: str) -> None:
        if alpha2 not in self._actor_countries:
            self._actor_countries.add(alpha2)
            self._resolved = False

    def _resolve(self) -> None:
        if self._resolved:
            return
        by_key: dict[str, list[Mention]] = defaultdict(list)
        for mention in self._mentions:
            by_key[mention.key].append(mention)
        first = {key: self._best(group[0], Counter(), set()) for key, group in by_key.items()}
        for key, group in by_key.items():
            countries: Counter[str] = Counter({c: 0.5 for c in self._actor_countries})
            admin1s: set[int] = set()
            for other_key, entry in first.items():
                if other_key == key or entry is None:
                    continue
                countries[entry.country] += 1.0
                if entry.admin1_index >= 0:
                    admin1s.add(entry.admin1_index)
            entry = self._best(group[0], countries, admin1s)
            for mention in group:
                mention.entry = entry
        self._main = self._choose_main()
        self._resolved = True

    def _best(self, mention: Mention, countries: Counter[str], admin1s: set[int]) -> Entry | None:
        best, best_score = None, -math.inf
        for entry, exact in mention.candidates:
            score = _prior(mention, entry, exact)
            if entry.country:
                score += _country_bonus(countries.get(entry.country, 0.0))
            if entry.admin1_index >= 0 and entry.admin1_index in admin1s:
                score += ADMIN1_BONUS
            if score > best_score:
                best, best_score = entry, score
        return best

    def _choose_main(self) -> Mention | None:
        """The story's focus: its most-mentioned country, then that country's most-mentioned
        finer place (the dateline's place counting extra), else the country itself."""
        resolved = [m for m in self._mentions if m.entry is not None]
        if not resolved:
            return None
        first_sentence_end = next(iter(self.doc.sents)).end if self.doc.has_annotation("SENT_START") else 0
        weights: Counter[str] = Counter()
        for m in resolved:
            weights[m.entry.country] += 1.5 if m.start < first_sentence_end else 1.0
        country = weights.most_common(1)[0][0]
        in_country = [m for m in resolved if m.entry.country == country]
        counts: Counter[int] = Counter()
        for m in in_country:
            counts[m.entry.index] += 1.5 if m.start < first_sentence_end else 1.0
        def rank(m: Mention) -> tuple[int, float, int]:
            fine = _FINENESS[m.entry.kind]
            return (1 if fine >= 2 else 0, counts[m.entry.index], -m.start)
        return max(in_country, key=rank)

    @property
    def main_place(self) -> Entry | None:
        self._resolve()
        return self._main.entry if self._main else None

    # -- event place
    def locate(self, sentence: Span, trigger: Token) -> Location | None:
        """Where the event with this trigger happened; see the module docstring."""
        self._resolve()
        here = [m for m in self._mentions if sentence.start <= m.start < sentence.end and m.entry is not None]
        choices = [_Choice(m, _attachment_score(self.doc, m, trigger)) for m in here]
        if choices:
            best = max(choices, key=lambda c: (c.score, -abs(c.mention.start - trigger.i)))
            only_place = len({c.mention.entry.index for c in choices}) == 1
            if best.score >= 1.0 or only_place:
                return _location(best.mention, best.mention.entry, "sentence")
        if self._main is None:
            return None
        return _location(self._main, self._main.entry, "document")


def _location(mention: Mention, entry: Entry, basis: str) -> Location:
    precision = entry.precision if basis == "sentence" else COARSER[entry.precision]
    return Location(text=mention.text, name=entry.name, geonames_id=entry.geonames_id,
                    lat=round(entry.lat, 5), lon=round(entry.lon, 5), country=entry.country,
                    admin1=entry.admin1 if entry.kind != KIND_COUNTRY else None,
                    precision=precision, basis=basis)


# ---------------------------------------------------------------- attachment

def _climb(token: Token) -> tuple[Token, bool]:
    """From a toponym's head up through compounds, appositions, conjunctions and place nouns
    ("outskirts of Basra") to the word that says its role; True when it only modifies a
    non-place noun ("Basra police", "the governor of Basra")."""
    for _ in range(8):
        dep = token.dep_
        if dep in ("compound", "nmod", "amod", "poss"):
            head = token.head
            if head.lemma_.lower() in PLACE_NOUNS or head.ent_type_ in PLACE_LABELS:
                token = head
                continue
            return token, True
        if dep in ("appos", "conj", "flat"):
            token = token.head
            continue
        if dep == "pobj" and token.head.lower_ == "of":
            noun = token.head.head
            if noun.lemma_.lower() in PLACE_NOUNS:
                token = noun
                continue
            return token, True
        break
    return token, False


def _relation(attach: Token, trigger: Token) -> float:
    """How close the word a place hangs from is to the trigger in the parse."""
    if attach == trigger:
        return 3.0
    if trigger in attach.ancestors:  # hangs inside the trigger's phrase: "bombed positions in Basra"
        return 2.0
    if attach in trigger.ancestors:  # an adjunct of the clause the trigger sits in
        return 1.5
    return 0.5


SURFACE_PREPS = frozenset({"on", "upon"})  # locative with a place, but also "pressure on Iran": weaker


def _attachment_score(sdoc: Doc, mention: Mention, trigger: Token) -> float:
    root = sdoc[mention.start:mention.end].root
    token, modifier = _climb(root)
    if modifier:
        return 0.2
    dep, head = token.dep_, token.head
    travel = trigger.lemma_.lower() in TRAVEL_LEMMAS
    if dep == "pobj":
        prep = head.lower_
        attach = head.head
        if prep in LOCATIVE_PREPS:
            return _relation(attach, trigger)
        if prep in SURFACE_PREPS:  # "rockets fell on the Green Zone", "strikes on Gaza"
            return 0.8 * _relation(attach, trigger)
        if prep in DESTINATION_PREPS:
            return _relation(attach, trigger) if travel else 0.3
        return 0.3
    if dep in ("dobj", "obj") and head == trigger:
        return 3.0 if travel else 1.2
    if dep in ("nsubj", "nsubjpass"):
        return 0.4  # an actor named by its country or city ("Iran said")
    if dep in ("npadvmod", "ROOT", "dep", "nmod") and mention.start <= sdoc[mention.start].sent.start + 1:
        return 1.0  # dateline: "BAGHDAD, March 30 (Reuters) -"
    return 0.5

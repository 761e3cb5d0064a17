"""Noun phrase → CAMEO actor, with per-document context and coreference.

``ActorResolver`` holds the compiled dictionaries (loaded once per process and path);
``ActorResolver.document(story_date)`` gives a ``DocumentActors`` that remembers the actors and
countries of one document, so "Mr. Sadr", "the cleric" and "he" resolve to the earlier
"Muqtada al-Sadr", and agent-only phrases ("gunmen") take the document's country.
"""
from __future__ import annotations

import logging
import threading
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from spacy.tokens import Span, Token

from ..nlp import children
from ..records import Actor
from .codes import ROLE_CODES, WEAK_AGENTS, mix_agents, select_agents, split_code, with_acronym
from .dictionary import DictionaryError, norm_token, phrase_tokens, read_dictionary_dir
from .knowledge import CAPITAL, COUNTRY, EAST_ASIAN_FAMILY_NAMES, END, GROUP, PERSON, ActorKnowledge

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
DATA_FILE = DATA_DIR / "actors.json.gz"

_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "himself", "herself"})
_GROUP_PRONOUNS = frozenset({"they", "them", "themselves"})
_THING_PRONOUNS = frozenset({"it", "itself"})
_PRONOUNS = _PERSON_PRONOUNS | _GROUP_PRONOUNS | _THING_PRONOUNS
_TITLES = frozenset(
    "mr mrs ms miss dr sheikh sheik shaikh sayyid sayed gen general col colonel maj lt capt sgt "
    "president premier minister prime pm king queen prince sir lord imam ayatollah mullah cleric "
    "the a an".split()
)
_OFFICE_TITLES = frozenset("president premier minister pm chancellor".split())
_ROYAL_TITLES = frozenset("prince princess king queen sheikh sheik shaikh emir amir sultan crown".split())
# Singular nouns for bodies rather than people ("the army said" → it, not he).
_COLLECTIVE = frozenset(
    "government army military police regime administration authority authorities ministry "
    "parliament cabinet navy militia junta council committee command force forces party "
    "movement group coalition alliance opposition embassy court union association federation "
    "league organization organisation agency network front wing office commission assembly "
    "congress senate department paramilitary".split()
)
# Prepositions after a role noun whose object names whom the role belongs to
# ("leader of Hamas", "spokesman for the army", "troops from Chad").
_OWNER_PREPS = frozenset({"of", "for", "from"})
# a state's formal name split by the parse ("the Democratic Republic | of Congo")
_STATE_NOUNS = frozenset({"republic", "kingdom", "emirate", "emirates", "federation", "sultanate",
                          "principality", "commonwealth", "state"})
# Phoenix codes spokespeople as media (MED, weak): with a stronger role ("police spokesman")
# that role wins; alone they speak for the government
_SPEAKERS = frozenset("spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople".split())
# "people" (PPL) is what CAMEO codes as civilians
_PEOPLE = {"PPL": "CVL"}
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "ELI", "SPY"})
_FORMER = frozenset({"former", "ex", "retired", "deposed", "ousted"})
# CAMEO religion codes and the ethnic codes the supplement uses: who people are, not what they do
_IDENTITY_CODES = frozenset({"MUS", "SHI", "SUN", "ALE", "SUF", "MOS", "CHR", "CTH", "ORT", "PRO", "JEW", "BUD",
                             "HIN", "SIK", "JAN", "BAH", "ZRO", "TAO", "CON", "SHN", "ATH", "ADR", "DRZ",
                             "KUR", "YAZ"})
# singular nouns for a person that the agent dictionaries leave without a role
_CLERGY = frozenset({"cleric", "missionary", "preacher", "imam", "priest", "monk", "nun", "mullah",
                     "bishop", "archbishop", "rabbi", "cardinal", "pastor", "ayatollah", "clergyman",
                     "patriarch", "metropolitan", "mufti", "sheikh"})
_PERSON_HEADS = _CLERGY | {"pilgrim", "man", "woman", "boy", "girl", "child", "activist", "hacker", "convert"}
_GROUP_NOUNS = frozenset({"movement", "group", "groups", "party", "army", "front", "militia", "organisation",
                          "organization", "faction", "coalition", "alliance", "regime", "government"})
# prepositions whose object is a place, not an actor ("in Baghdad", "near Kyiv")
_PLACE_WORDS = frozenset(
    "in at near outside inside into across around throughout within from to toward towards "
    "through over of off along beyond"
    .split()
)
# "pro-Iranian group", "anti-Syria journalist": an attitude, not a nationality
_STANCE = frozenset({"pro", "anti"})
_PATRONAGE = frozenset("backed supported funded financed sponsored armed trained allied aligned linked "
                       "affiliated inspired based recognised recognized".split())
_PLACE_PREPS_ALL = frozenset({"of", "for", "from", "in", "at"})
_SECONDARY_DEPS = frozenset({"appos"})
# "positions belonging / linked to the PKK": the owner named after "to"
_BELONGING_VERBS = frozenset({"belong", "link", "affiliate", "tie"})
_OWNER_CLAUSE_PREPS = frozenset({"to", "with"})
# prepositions inside a body's dictionary name ("the Intergovernmental Authority on Development",
# "the Council for Mutual Economic Assistance"), tried only where a dictionary name crosses them
_NAME_PREPS = frozenset({"of", "on", "for", "against"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "appos", "parataxis", "prep"})

_LOCK = threading.Lock()
_KNOWLEDGE_CACHE: dict[str, ActorKnowledge] = {}


def load_knowledge(dictionaries: Path | None = None, strict: bool = False) -> ActorKnowledge:
    """The shipped knowledge, plus the PETRARCH dictionaries in `dictionaries` (these override
    the shipped entries for the same phrases). Cached per process and folder."""
    key = f"{Path(dictionaries).resolve()}|{strict}" if dictionaries else ""
    with _LOCK:
        if key not in _KNOWLEDGE_CACHE:
            knowledge = ActorKnowledge.load(DATA_FILE)
            if dictionaries:
                problems: list[DictionaryError] = []
                actors, agents = read_dictionary_dir(dictionaries, strict=strict, problems=problems)
                for problem in problems:
                    log.warning("skipped dictionary line: %s", problem)
                knowledge.add_actors(actors)
                knowledge.add_agents(agents)
            _KNOWLEDGE_CACHE[key] = knowledge
        return _KNOWLEDGE_CACHE[key]


# ---------------------------------------------------------------- token views


@dataclass(slots=True)
class _Tok:
    """What matching needs of one word (a spaCy token or a word of a plain phrase)."""

    text: str
    key: str
    lemma: str
    start: int | None = None
    end: int | None = None
    propn: bool = False
    plural: bool = False
    ent: str = ""
    is_head: bool = False
    # second part of a hyphenated word ("multi-party", "anti-government"): not a role noun
    hyphen_tail: bool = False


_UNSEEN = object()  # a token whose view is not made yet (None: a word with no view)
# words repeat across documents: normalise each spelling once per process
_norm = lru_cache(maxsize=1 << 16)(norm_token)


# a region that bears another country's name, by the word after it: the country it lies in
_REGIONS_NAMED_LIKE_COUNTRIES = {"niger": (frozenset({"state", "delta"}), "nigeria")}
# weapons named after a place or person, by the words that follow them: "Molotov cocktails"
# are no Russians (Phoenix lists Molotov, Perm's Soviet name, among Russia's), "Grad rockets"
# no Polish minister
_ROCKET_WORDS = frozenset({"rocket", "rockets", "missile", "missiles", "launcher", "launchers", "system", "systems",
                           "mlrs", "and"})
_EPONYMOUS_WEAPONS = {"molotov": frozenset({"cocktail", "cocktails"}), "grad": _ROCKET_WORDS}


def _view(token: Token, head: Token | None, text_of_doc: str | None = None) -> _Tok | None:
    """`text_of_doc` (the doc's text, if the caller has it) spares the hyphen test where no
    dash precedes the word."""
    text, pos = token.text, token.pos_
    key = _norm(text)
    if key in _REGIONS_NAMED_LIKE_COUNTRIES and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ in _REGIONS_NAMED_LIKE_COUNTRIES[key][0]:
        key = _REGIONS_NAMED_LIKE_COUNTRIES[key][1]  # "Niger State", "the Niger Delta": Nigeria's
    if key in _EPONYMOUS_WEAPONS and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].lower_ in _EPONYMOUS_WEAPONS[key]:
        return None
    if not key or (pos == "PRON" and key not in _PRONOUNS and text != "US"):
        return None  # "us", "we", "who" never match a dictionary ("US" is the country)
    if token.is_title and not token.whitespace_ and _language_of(token):
        return None  # "an English-speaking region" of Cameroon is not British
    idx = token.idx
    return _Tok(
        text=text,
        key=key,
        lemma=_norm(token.lemma_) or key,
        start=idx,
        end=idx + len(text),
        propn=pos == "PROPN",
        plural=token.tag_ in ("NNS", "NNPS"),
        ent=token.ent_type_,
        is_head=head is not None and token.i == head.i,
        # (a dash right before the word is the dash token's text with no space after it)
        hyphen_tail=(text_of_doc is None or idx > 0 and text_of_doc[idx - 1] == "-") and _after_hyphen(token),
    )


def _after_hyphen(token: Token) -> bool:
    if token.i < 2:
        return False
    dash = token.doc[token.i - 1]
    return dash.text == "-" and not dash.whitespace_ and not token.doc[token.i - 2].whitespace_


def _plain_views(phrase: str) -> list[_Tok]:
    """Words of a phrase given as text; capitalised words count as proper nouns."""
    views = []
    for word in phrase.split():
        for key, original in zip(phrase_tokens(word), _cased_pieces(word)):
            views.append(_Tok(text=original, key=key, lemma=key, propn=original[:1].isupper()))
    if views:
        views[-1].is_head = True
        views[-1].plural = views[-1].key.endswith("s") and not views[-1].key.endswith("ss")
    return views


def _cased_pieces(word: str) -> list[str]:
    """The pieces phrase_tokens() makes of a word, keeping their case."""
    lowered = phrase_tokens(word)
    pieces, rest = [], word
    for key in lowered:
        at = rest.lower().find(key)
        pieces.append(rest[at:at + len(key)] if at >= 0 else key)
        rest = rest[at + len(key):] if at >= 0 else rest
    return pieces


# ---------------------------------------------------------------- matching


@dataclass(slots=True)
class _Match:
    kind: str  # "actor" | "agent"
    ident: int
    first: int
    last: int  # exclusive


def _walk(trie: dict, toks: Sequence[_Tok], i: int) -> tuple[int, int] | None:
    """Longest phrase of `trie` starting at toks[i]: (end index, id)."""
    node, best, j, n = trie, None, i, len(toks)
    while j < n:
        tok = toks[j]
        nxt = node.get(tok.key)
        if nxt is None and tok.lemma != tok.key:
            nxt = node.get(tok.lemma)
        if nxt is None:
            break
        node, j = nxt, j + 1
        if END in node:
            best = (j, node[END])
    return best


def _opens(trie: dict, tok: _Tok) -> bool:
    """Can a phrase of the trie start at this word? (Most words start none: a walk spared.)"""
    return tok.key in trie or tok.lemma in trie


def _short_capitalised(text: str) -> bool:
    return len(text) <= 3 and text[:1].isupper() and text[1:].islower()


def _scan(knowledge: ActorKnowledge, toks: Sequence[_Tok]) -> list[_Match]:
    """Left-to-right longest matches of actor and agent phrases (actors win ties)."""
    out: list[_Match] = []
    actor_trie, agent_trie = knowledge.actor_trie, knowledge.agent_trie
    i = 0
    while i < len(toks):
        actor = _walk(actor_trie, toks, i) if _opens(actor_trie, toks[i]) else None
        if toks[i].key == "the" and i + 1 < len(toks):
            # "the UN refugee agency": a longer name after the article beats "THE_UN"
            bare = _walk(actor_trie, toks, i + 1)
            if bare and (actor is None or bare[0] > actor[0]):
                i, actor = i + 1, bare
        agent = None if toks[i].hyphen_tail or not _opens(agent_trie, toks[i]) else _walk(agent_trie, toks, i)
        if actor and actor[0] - i == 1 and _short_capitalised(toks[i].text) and knowledge.kinds[actor[1]] != PERSON:
            actor = None  # "Un" of "Kim Jong Un" is not the UN: acronyms are written in capitals
        if actor and actor[0] - i > 1 and all(t.key in _COMPASS_NAMES for t in toks[i:actor[0]]):
            # a compass-point name ("North West", a province of South Africa's and a region of
            # Cameroon's) is no actor's mark: the gazetteer reads it in context
            actor = None
        if actor and all(t.text.islower() for t in toks[i:actor[0]]):
            # names are capitalised: a lower-case "youth" is not the group "Youth", and a
            # lower-case phrase that is also a role ("the government") is the role
            if actor[0] - i == 1 or (agent and agent[0] >= actor[0]):
                actor = None
        if actor and (not agent or actor[0] >= agent[0]):
            out.append(_Match("actor", actor[1], i, actor[0]))
            i = actor[0]
        elif agent:
            out.append(_Match("agent", agent[1], i, agent[0]))
            i = agent[0]
        else:
            i += 1
    return out


@dataclass(slots=True)
class _Reading:
    """What one noun phrase says: a named actor, countries, agent codes."""

    named: int | None = None  # actor id of a person/group entry
    named_code: str | None = None
    countries: list[str] = field(default_factory=list)
    agents: list[tuple[str, bool]] = field(default_factory=list)
    unmatched_names: list[_Tok] = field(default_factory=list)
    # the name is one dictionary word ("Hassan"): a given name many people share, so a country
    # the phrase states ("King Hassan of Morocco") outranks the entry's own
    named_short: bool = False

    @property
    def empty(self) -> bool:
        return self.named is None and not self.countries and not self.agents


def _read(knowledge: ActorKnowledge, toks: Sequence[_Tok], day: int | None, as_actor: bool = True) -> _Reading:
    """Read a phrase; `as_actor` is False where the phrase is a place ("in Baghdad"), so a
    capital there gives only its country."""
    reading = _Reading()
    matches = _scan(knowledge, toks)
    covered = {i for m in matches for i in range(m.first, m.last)}
    actor_matches: list[_Match] = []
    named_words = set(covered)  # words of the phrase a dictionary accounts for
    agent_starts = {m.first for m in matches if m.kind == "agent"}
    for m in matches:
        if m.kind == "agent" and toks[m.first].key in _RANK_WORDS and m.last - m.first == 1 and m.last in agent_starts:
            continue  # "deputy spokesman", "deputy foreign minister": a rank, not a member of parliament
        if m.kind == "agent":
            reading.agents.append(knowledge.agents[m.ident])
        elif not _name_fragment(knowledge, m, toks, covered):
            actor_matches.append(m)
        else:
            named_words.difference_update(range(m.first, m.last))
    # what else the phrase says, to pick among a person's codes ("President Saddam Hussein");
    # titles inside a dictionary name count too ("PRESIDENT_BUSH")
    titles = [knowledge.agents[a] for a in _agents_within(knowledge, toks, _Match("actor", -1, 0, len(toks)))]
    roles = {code[i:i + 3] for code, _ in reading.agents + titles for i in range(0, len(code), 3)}
    if any(t.key in _FORMER for t in toks):
        roles = {"ELI"}  # "former prime minister": CAMEO codes former officials as elites
    first_prefix = {m.first: knowledge.codes[m.ident][0][0][:3] for m in actor_matches if knowledge.codes[m.ident]}
    named_candidates: list[tuple[bool, int, str, bool]] = []
    for m in actor_matches:
        kind = knowledge.kinds[m.ident]
        has_head = any(t.is_head for t in toks[m.first:m.last])
        code_then = knowledge.code_at(m.ident, day) or ""
        if kind == COUNTRY or (kind == CAPITAL and not (as_actor and has_head)) or (
            not as_actor and kind != PERSON and code_then[:3] in knowledge.country_names
            and not (kind == GROUP and code_then[3:6] in ROLE_CODES)
        ):  # "in Gaza": a place, whose country is what the phrase says (a person is no place,
            # nor is a named organisation: "targets of the Hezbollah group", "a unit of the FARC")
            code = knowledge.code_at(m.ident, day)
            if code and not _stance(toks, m) and not _continental(toks, m):
                reading.countries.append(code[:3])  # not "pro-Iranian", "anti-Syria", "Iranian-backed"
            continue
        if not has_head and _stance(toks, m):
            if _affiliate_of_armed_group(knowledge, toks, m, day) and not reading.agents:
                reading.agents.append(("REB", False))  # "al-Qaida-linked groups": armed groups
            continue  # "pro-EU demonstrators", "anti-Hamas protesters": an attitude, not the body
        others = {p for first, p in first_prefix.items() if first != m.first}
        code = _code_in_context(knowledge, m.ident, day, roles, others)
        if code:
            named_candidates.append((has_head, m.ident, code, m.last - m.first == 1))
    if not named_candidates and as_actor:
        person = _person_without_middle_name(knowledge, toks)
        # (a listed full name that proved the start of a longer one is someone else's:
        # "Le Thi Thu" of "Le Thi Thu Hang" leaves "Thu" a given name we do not know)
        others = {i for m in matches if m.kind == "actor" and m.last - m.first > 1 and m not in actor_matches
                  for i in range(m.first, m.last)}
        if person is None:
            person = _misspelt_person(knowledge, toks, covered - others)
        if person is None:
            person = _person_by_surname(knowledge, toks, covered - others, day)
        if person is not None:
            code = _code_in_context(knowledge, person, day, roles, set())
            if code and not (reading.countries and code[:3] not in reading.countries):  # (as below)
                named_candidates.append((any(t.is_head and t.propn for t in toks), person, code, False))
    if named_candidates:
        # the name containing the phrase head wins ("Hamas leader Khaled ..."), else the last
        named_candidates.sort(key=lambda c: c[0])
        has_head, ident, code, short = named_candidates[-1]
        if not has_head and knowledge.kinds[ident] in (PERSON, GROUP) and code[3:6] in ("GOV", "ELI") \
                and any(agent[0][:3] == "MIL" for agent in reading.agents):
            # "President Assad's forces", "Gaddafi's troops": the forces of the leader's state
            reading.countries.insert(0, code[:3])
        else:
            reading.named, reading.named_code, reading.named_short = ident, code, short
    reading.unmatched_names = [t for i, t in enumerate(toks) if i not in named_words and t.propn]
    return reading


def _stance(toks: Sequence[_Tok], m: _Match) -> bool:
    """The country is an attitude or a patron, not the nationality: "pro-Iranian",
    "anti-Syria", "Iranian-backed", "Saudi-funded"."""
    if m.first > 0 and toks[m.first - 1].key in _STANCE:
        return True
    return m.last < len(toks) and toks[m.last].hyphen_tail and toks[m.last].key in _PATRONAGE


_AFFILIATION = frozenset({"linked", "affiliated", "allied", "aligned", "inspired"})


def _continental(toks: Sequence[_Tok], m: _Match) -> bool:
    """"Central / Latin / South / North American" names a region of the Americas, not the
    United States."""
    return m.last - m.first == 1 and toks[m.first].key in ("american", "americans") and m.first >= 1 \
        and toks[m.first - 1].key in ("central", "latin", "south", "north")


def _affiliate_of_armed_group(knowledge: ActorKnowledge, toks: Sequence[_Tok], m: _Match, day: int | None) -> bool:
    """"al-Qaida-linked groups", "IS-affiliated militants": bodies tied to an armed group
    are armed groups themselves (the patron's country is not theirs)."""
    if m.last >= len(toks) or toks[m.last].key not in _AFFILIATION:
        return False
    code = knowledge.code_at(m.ident, day) or ""
    return code.startswith("IMG") or "REB" in code[3:] or "INS" in code[3:]


def _person_without_middle_name(knowledge: ActorKnowledge, toks: Sequence[_Tok]) -> int | None:
    """A listed person named with one more middle word than the dictionary has ("Omar Hassan
    al-Bashir" for OMAR_AL-BASHIR): the full name ending at the phrase head, minus one inner
    word, must be exactly a person entry."""
    end = next((i + 1 for i, t in enumerate(toks) if t.is_head), len(toks))
    start = end
    while start > 0 and (toks[start - 1].propn or toks[start - 1].key in ("al", "el", "bin", "ibn")):
        start -= 1
    if end - start < 3 or end - start > 6:
        return None
    for first in range(start, end - 2):  # titles may lead the run ("President Omar ...")
        for skip in range(first + 1, end - 1):
            rest = [t for i, t in enumerate(toks[first:end], first) if i != skip]
            hit = _walk(knowledge.actor_trie, rest, 0)
            if hit and hit[0] == len(rest) and knowledge.kinds[hit[1]] == PERSON:
                return hit[1]
    return None


def _misspelt_person(knowledge: ActorKnowledge, toks: Sequence[_Tok], covered: set[int]) -> int | None:
    """A listed person whose surname is misspelt by one letter ("Francois Mitterand"): the
    last two unknown proper names before the phrase head must be given name and surname."""
    end = next((i + 1 for i, t in enumerate(toks) if t.is_head), len(toks))
    if end < 2 or not all(toks[i].propn and i not in covered for i in (end - 2, end - 1)):
        return None
    if any(t.ent not in ("", "PERSON") for t in toks[end - 2:end]):
        return None  # spaCy's entity says it is a place or organisation
    return knowledge.misspelt_person(toks[end - 2].key, toks[end - 1].key)


def _person_by_surname(knowledge: ActorKnowledge, toks: Sequence[_Tok], covered: set[int],
                       day: int | None) -> int | None:
    """"Biden met ...", "President Kagame said": a lone proper name that spaCy reads as a
    person and that ends the name of exactly one listed person is that person. A name spaCy
    reads as a body, place or people ("Duque", "Museveni"), or as no name at all ("Modi held
    talks"), names one only if a single listed person of that surname held office on the
    story's day."""
    end = next((i + 1 for i, t in enumerate(toks) if t.is_head), len(toks))
    if end < 1 or end - 1 in covered:
        return None
    name = toks[end - 1]
    short = len(name.key) < MIN_SURNAME
    # (an article belongs to the surname: "Al-Sudani" alone, but not "Abdul-Qader al-Murtada")
    given = end - 3 if end >= 2 and toks[end - 2].key in _NAME_PARTICLES else end - 2
    title = toks[given].key.rstrip(".") if given >= 0 else ""
    # (an untagged name only in a parsed sentence: a bare word looked up alone may be anyone's)
    if not name.propn or name.ent not in ("PERSON", "ORG", "GPE", "NORP", "") \
            or not name.ent and (day is None or name.start is None) \
            or short and (day is None or name.key not in EAST_ASIAN_FAMILY_NAMES and title not in _OFFICE_TITLES):
        return None  # (a short East Asian family name names one person in office: "Xi said"; so
        # does a short surname after an office: "Prime Minister Oli", the one in office that day)
    if title in _ROYAL_TITLES:
        return None  # "Prince Faisal", "Sheikh Tamim": a given name follows a royal title, no surname
    if given >= 0 and (toks[given].propn or toks[given].text[:1].isupper()) and given not in covered \
            and title not in _TITLES:
        return None  # a given name we do not know: "Hunter Biden" is not Joe Biden, "Win Myint"
    if end < len(toks) and toks[end].propn and toks[end].ent == name.ent == "PERSON":
        return None  # "Hanna Tetteh" parsed with the given name as head: not a surname
    if not name.ent:
        # an untagged name alone ("Modi held talks") is a leader's only if he holds a plain
        # government office that day, not any office of a namesake ("Islam" of "ul-Islam")
        person = knowledge.person_by_surname(name.key, day, in_office=True) if sum(t.propn for t in toks) == 1 else None
        held = knowledge.code_at(person, day) if person is not None else None
        return person if held and len(held) == 6 and held.endswith("GOV") else None
    if name.ent in ("ORG", "GPE", "NORP") or short:  # (spaCy took the name for something else)
        return knowledge.person_by_surname(name.key, day, in_office=True) if day is not None else None
    return knowledge.person_by_surname(name.key, day)


def _agents_within(knowledge: ActorKnowledge, toks: Sequence[_Tok], m: _Match) -> list[int]:
    found = []
    trie, within = knowledge.agent_trie, toks[:m.last]
    for i in range(m.first, m.last):
        hit = _walk(trie, within, i) if _opens(trie, toks[i]) else None
        if hit:
            found.append(hit[1])
    return found


def _name_fragment(knowledge: ActorKnowledge, m: _Match, toks: Sequence[_Tok], covered: set[int]) -> bool:
    """A one-word person match inside a longer unknown name ("Hassan" in "Omar Hassan
    al-Bashir") is someone else's given name, not that person."""
    if knowledge.kinds[m.ident] != PERSON:
        # "Sheikh Sabah": a given name after a royal title, not the Malaysian state of that name
        # (or a family name after a name's particle: "Sabah al-Ahmad Al Sabah")
        if knowledge.kinds[m.ident] in (COUNTRY, CAPITAL) and m.last - m.first == 1 and m.first >= 1 \
                and toks[m.first].propn and (toks[m.first - 1].key in _ROYAL_TITLES - {"crown"} or m.first >= 2
                                             and toks[m.first - 1].key in _NAME_PARTICLES and toks[m.first - 2].propn):
            return True
        # "Praia" of "Mocimboa da Praia": the end of another place's name
        return m.first >= 2 and toks[m.first - 1].key in _PLACE_NAME_PARTICLES and toks[m.first - 2].propn
    if m.last - m.first > 1:
        # "Abdul Qadir" of "Abdul Qadir al-Obeidi": the name goes on, so it is someone else's
        return m.last < len(toks) and m.last not in covered and _continues_name(toks[m.last - 1], toks[m.last])
    def unknown_name(i: int) -> bool:
        return 0 <= i < len(toks) and toks[i].propn and i not in covered

    before = toks[m.first - 1].key if m.first >= 1 else ""
    if unknown_name(m.first - 1) and not unknown_name(m.last) and knowledge.is_surname(m.ident, toks[m.first].key) \
            and (before in str(knowledge.names[m.ident]).lower().split() or before in _TITLES | _TITLE_WORDS):
        # "Ali Khamenei" for KHAMENEI, listed as the surname of a full name that has the given
        # name too ("Syarhey Sikorski" is not Radoslaw Sikorski)
        return False
    return unknown_name(m.first - 1) or unknown_name(m.last)


_NAME_PARTICLES = frozenset("al el bin ibn bint abu ould ag".split())


def _continues_name(last: _Tok, nxt: _Tok) -> bool:
    """The word after a matched name carries the name on: an Arabic name particle, or a
    proper noun of the same PERSON entity."""
    if nxt.key in _NAME_PARTICLES:
        return True
    return nxt.propn and nxt.ent == "PERSON" and last.ent == "PERSON"


def _code_in_context(
    knowledge: ActorKnowledge, ident: int, day: int | None, roles: set[str], prefixes: set[str]
) -> str | None:
    """The entry's code for the story date; with no date, the code the phrase itself points to:
    the one with the role of a title in the phrase ("President" → GOV) or the prefix of another
    actor named with it ("U.N. Secretary-General Kofi Annan" → IGOUNO), else the default."""
    default = knowledge.code_at(ident, day)
    codes = [c for c, _, _ in knowledge.codes[ident]]
    titled = sorted(roles - {"ELI"}, key=lambda r: r != "GOV")
    if default and default.endswith("ELI") and titled and default[:3] in knowledge.country_names:
        # "Russian President Boris Yeltsin", "Japanese Prime Minister Shinzo Abe": the title
        # says he is in office, although the dictionary lists him as an elite then (its
        # ranges end years ago, or the story has no date)
        return default[:3] + titled[0]
    if day is not None or len(set(codes)) < 2 or not (roles or prefixes):
        return default

    def score(code: str) -> int:
        chunks = {code[i:i + 3] for i in range(3, len(code), 3)}
        return 2 * bool(chunks & roles) + (code[:3] in prefixes)

    best = max(reversed(codes), key=score)
    return best if score(best) > 0 else default


@dataclass(slots=True)
class _Phrase:
    """A noun phrase: its core words, their reading, and attached appositives/PPs."""

    toks: list[_Tok]
    reading: _Reading
    as_actor: bool = True  # False for the object of a place preposition ("in Moscow")
    parts: list[tuple[str, "_Phrase"]] = field(default_factory=list)

    @property
    def head(self) -> _Tok | None:
        return next((t for t in self.toks if t.is_head), self.toks[-1] if self.toks else None)


# Heads that only count or group what their "of" phrase names ("thousands of Iraqis",
# "a group of Moroccan diplomats", "members of Hamas").
_PARTITIVE = frozenset(
    """group groups member members thousand thousands hundred hundreds dozen dozens score scores
    ten tens million millions some many most all number numbers majority minority crowd crowds
    band bands team teams part rest one two three several few each both body unit units wing
    faction factions contingent batch couple handful supporter supporters follower followers
    loyalist loyalists""".split()
)
_GROUPING_PARTIES = frozenset({"party", "parties"})
# capitalised title words that spaCy may leave inside a person's name
_TITLE_WORDS = frozenset(
    "secretary chairman chairwoman chief commander spokesman envoy ambassador governor mayor senator "
    "speaker director".split()
)
# people against a ruler: "opponents of President X" are his country's opposition
MIN_SURNAME = 4  # "Ali", "Kim", "Lee": too short to name one person alone
_OPPONENT_NOUNS = frozenset("opponent critic foe adversary detractor".split())
_FOLLOWERS = frozenset("supporter supporters follower followers loyalist loyalists partisan partisans".split())
# Person nouns whose role comes from their "of/for" phrase ("leader of the opposition",
# "spokesman for the army", "head of the UN").
_GENERIC_ROLES = frozenset(
    """leader leaders official officials spokesman spokesmen spokeswoman spokeswomen spokesperson
    head heads chief chiefs representative representatives source sources envoy envoys delegate
    delegates commander commanders""".split()
)
_PLACE_PREPS = frozenset({"in", "at"})
# "the two countries", "both sides", "the two leaders" point back to two earlier actors
_PAIR_PEOPLE = frozenset("leaders presidents ministers men".split())
_PAIR_NOUNS = frozenset("countries nations states governments sides parties neighbours neighbors".split()) | _PAIR_PEOPLE
_NEIGHBOUR_NOUNS = frozenset("neighbour neighbor neighbours neighbors".split())
_ORDINAL_REFERENCES = {"latter": -1, "former": 0}  # "the latter": the pair's second; "the former": its first
# Organisations named after whom they gather ("Union of Teachers", "Federation of Journalists").
_MEMBER_BODIES = frozenset(
    """union unions association associations federation federations syndicate syndicates
    league guild council congress confederation organization organisation society""".split()
)


def _merge(phrase: _Phrase) -> tuple[_Reading, list[_Tok], list[_Reading]]:
    """Combine a phrase's own reading with those of its appositives and PPs.

    Returns the reading, the words the actor spans, and the readings of the parts (for the
    descriptors remembered for coreference)."""
    reading = _copy_reading(phrase.reading)
    span_toks = list(phrase.toks)
    extras: list[_Reading] = []
    head = phrase.head
    partitive = head is not None and (head.lemma in _PARTITIVE or head.key in _PARTITIVE or head.key.isdigit())
    generic = head is not None and (head.lemma in _GENERIC_ROLES or head.key in _GENERIC_ROLES)
    body = head is not None and (head.lemma in _MEMBER_BODIES or head.key in _MEMBER_BODIES)
    for relation, part in phrase.parts:
        sub, sub_toks, _ = _merge(part)
        extras.append(sub)
        if relation == "appos" and sub.empty and sub.unmatched_names and (reading.named is None or generic) \
                and not reading.unmatched_names and not reading.empty:
            # "Pakistan's interior minister, Rehman Malik": the apposition names him
            reading.unmatched_names = list(sub.unmatched_names)
            span_toks += sub_toks
        if sub.empty:
            continue
        if relation == "appos":
            # (a surname alone of another nationality than the phrase states is a namesake's:
            # "his Chinese counterpart Wang" is no Taiwanese Wang)
            foreign = sub.named is not None and len(sub_toks) == 1 and reading.countries \
                and (sub.named_code or "")[:3] not in reading.countries
            if reading.named is None and (sub.named is not None or reading.empty) and not foreign:
                _adopt(reading, sub)
                span_toks += sub_toks
        elif relation in _OWNER_PREPS or (relation == "at" and _is_institution(sub)):
            # an unknown head word over a group of people counts them ("a first batch of
            # Bangladeshi troops", "a contingent of police")
            # ("a search party of security personnel" is those personnel, no political party)
            counts = relation == "of" and (reading.empty or head.key in _GROUPING_PARTIES) and bool(sub.agents)
            if relation == "of" and (reading.empty or _people_named(reading)) and head is not None \
                    and head.key in _STATE_NOUNS and sub.countries and not sub.agents:
                # "the Democratic Republic of Congo", "the People's Republic of China"
                reading.countries, reading.agents = list(sub.countries), []
                reading.unmatched_names = []
                span_toks += sub_toks
            elif relation == "from" and reading.named is None and {a[0] for a in reading.agents} <= _PLAIN_PEOPLE \
                    and {a[0] for a in sub.agents} & _ARMED_GROUP_ROLES and not reading.countries:
                # "inmates from rival gangs", "youths from the militia": the armed group's members
                # (not "the wives of the separatists")
                reading.agents = list(sub.agents)
                reading.countries = reading.countries or list(sub.countries)
                span_toks += sub_toks
            elif (partitive or counts) and reading.named is None and not reading.countries:
                if head.key in _GROUPING_PARTIES:
                    reading.agents = []  # (the group's own word adds no role of its own)
                _adopt(reading, sub)
                span_toks += sub_toks
                if head.lemma in _FOLLOWERS or head.key in _FOLLOWERS:
                    _follow_out_of_office(reading)
            elif generic and reading.named is None:
                if sub.named is not None:
                    reading.named, reading.named_code = sub.named, sub.named_code
                    span_toks += sub_toks
                if sub.agents:
                    reading.agents = list(sub.agents)  # "leaders of the opposition" are opposition
                if sub.countries:
                    reading.countries = sub.countries + reading.countries
            elif reading.named is None and sub.named is not None and (reading.agents or reading.empty):
                reading.named, reading.named_code = sub.named, sub.named_code
                span_toks += sub_toks
            elif body and reading.named is None and sub.named is None and sub.agents:
                # "the Union of Teachers", "an association of jurists": a body of its members
                reading.agents = sub.agents + [a for a in reading.agents if a not in sub.agents]
                reading.countries = reading.countries or list(sub.countries)
            elif reading.named is None and reading.agents and not reading.countries:
                reading.countries = list(sub.countries)
            elif reading.named_short and sub.named is None and sub.countries and relation == "of":
                reading.countries = sub.countries + reading.countries  # "King Hassan of Morocco"
        elif relation in _PLACE_PREPS:
            if reading.named is None and reading.agents and not reading.countries:
                reading.countries = list(sub.countries)  # "rebels in the Ivory Coast"
    return reading, span_toks, extras


# people described by nothing but what they did or carried
_ANONYMOUS = frozenset({"man", "men", "people", "person", "individual", "assailant", "attacker"})


def _people_named(reading: _Reading) -> bool:
    """A reading that only says "people" ("the People's Republic"): a state's style, no actor."""
    return reading.named is None and all(code in ("PPL", "CVL") for code, _ in reading.agents)


def _is_institution(reading: _Reading) -> bool:
    """An international or non-governmental body: people "at" it work for it ("judges at the
    International Criminal Court"), where "at" a country's place only locates them."""
    return reading.named is not None and (reading.named_code or "")[:3] in {"IGO", "NGO"}


def _follow_out_of_office(reading: _Reading) -> None:
    """Supporters of a leader out of office ("supporters of former President X") are the
    political opposition of his country (CAMEO OPP), not the elite he now is."""
    code = reading.named_code or ""
    if reading.named is None or not code.endswith("ELI") or len(code) != 6:
        return
    reading.countries = [code[:3]] + [c for c in reading.countries if c != code[:3]]
    reading.agents = [("OPP", False)]
    reading.named = reading.named_code = None


def _copy_reading(r: _Reading) -> _Reading:
    return _Reading(r.named, r.named_code, list(r.countries), list(r.agents), list(r.unmatched_names), r.named_short)


def _adopt(reading: _Reading, sub: _Reading) -> None:
    reading.named, reading.named_code, reading.named_short = sub.named, sub.named_code, sub.named_short
    reading.countries = sub.countries + [c for c in reading.countries if c not in sub.countries]
    reading.agents = sub.agents + [a for a in reading.agents if a not in sub.agents]
    reading.unmatched_names = reading.unmatched_names + sub.unmatched_names


# ---------------------------------------------------------------- memory


@dataclass(slots=True)
class _Memory:
    actor: Actor
    kind: str
    name_keys: frozenset[str]
    descriptors: set[str]
    plural: bool = False


@lru_cache(maxsize=1 << 14)  # (a pure function of the texts; remembered actors repeat their names)
def _name_keys(*texts: str) -> frozenset[str]:
    keys: set[str] = set()
    for text in texts:
        keys.update(t for t in phrase_tokens(text) if t not in _TITLES and len(t) > 2)
    return frozenset(keys)


# "X-made drones", "X-backed militias": X supplied or backs them, it is not the party acting
MAKER_SUFFIXES = frozenset({"made", "built", "backed", "supplied", "designed", "manufactured", "funded",
                            "sponsored", "brokered", "armed", "trained", "supported", "allied", "aligned"})


def _maker_not_party(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in MAKER_SUFFIXES


# last words of the names of newspapers, agencies and broadcasters ("Sudan Tribune", "Kyiv
# Post", "South Sudan News Agency"): a country in such a name is no evidence of nationality
MEDIA_WORDS = frozenset({"tribune", "times", "post", "news", "herald", "journal", "gazette", "agency",
                         "telegraph", "observer", "radio", "tv", "television", "press", "mail", "monitor",
                         "chronicle", "daily", "broadcasting", "today", "standard", "express"})


LANGUAGE_NAMES = frozenset({"portuguese", "arabic", "english", "french", "spanish", "russian", "chinese", "mandarin",
                            "german", "persian", "farsi", "urdu", "hindi", "turkish", "hebrew", "swahili", "amharic",
                            "pashto", "dari", "japanese", "korean", "italian", "dutch", "ukrainian", "burmese",
                            "thai", "vietnamese", "bengali", "tamil", "somali", "hausa", "kurdish"})


def _language_named(tok: Token) -> bool:
    """A language, not a people: "(CPT, in Portuguese)", "said in Russian"."""
    return tok.lower_ in LANGUAGE_NAMES and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _in_media_name(tok: Token) -> bool:
    """A word of a news outlet's name: "Sudan" in "told Sudan Tribune", "Israel" in "the Times
    of Israel"."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lower_ in MEDIA_WORDS and tok.head.head.pos_ == "PROPN"
    for _ in range(4):
        if tok.dep_ not in ("compound", "flat", "nmod") or tok.head.i <= tok.i or tok.head.pos_ != "PROPN":
            break
        tok = tok.head
    return tok.pos_ == "PROPN" and tok.lower_ in MEDIA_WORDS


_STATE_FORCES = frozenset({"soldier", "troop", "army", "force", "police", "policeman", "officer", "guard",
                           "military", "serviceman", "personnel", "convoy", "patrol", "base", "post", "checkpoint"})
_SOLDIERING = frozenset({"soldier", "troop", "army", "military", "paramilitary", "navy", "marine", "serviceman"})
_POLICING = frozenset({"police", "policeman", "policemen", "policewoman", "cop", "constable"})


def _among_soldiers(token: Token) -> bool:
    """Whether the token's sentence speaks of soldiers and not of police, or the officers are
    a nation's ("Syrian officers ended their mediation"), which news says of soldiers."""
    lemmas = {t.lemma_.lower() for t in token.sent}
    national = any(c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound") for c in token.children)
    return (bool(lemmas & _SOLDIERING) or national) and not lemmas & _POLICING


class DocumentActors:
    """Actor resolution within one document (not thread-safe; one per document)."""

    def __init__(self, knowledge: ActorKnowledge, story_date: date | None = None) -> None:
        self.knowledge = knowledge
        self.story_date = story_date
        self._day = story_date.toordinal() if story_date else None
        self._memory: list[_Memory] = []
        self._country_counts: Counter[str] = Counter()
        self._country_last: dict[str, int] = {}
        self._clock = 0
        # the coder may ask about the same phrase for several events: answer once, count once
        self._resolved: dict[tuple[int, int], Actor | None] = {}
        self._sentence_doc: object | None = None
        self._sentence_cache: dict[int, list[tuple[int, str, bool]]] = {}
        self._place_preferences: dict[int, tuple[set[str], set[str]]] = {}
        self._doc_text: tuple[object, str] | None = None
        self._views: dict[int, _Tok | None] = {}
        self._head_views: dict[int, _Tok | None] = {}
        self._pairs: dict[tuple[int, int], list[Actor]] = {}  # "the two countries" → both
        # the country of the story's dateline ("KATMANDU, Nepal --"): where it was filed, the
        # last resort for a bare "police" or "troops" that nothing else places
        self.filed_from: str | None = None
        # characters of that dateline ("DAKAR — "): where the wire filed from, not where
        # anything happened, so no place the sentence names
        self.dateline_end = 0

    # ------------------------------------------------------------ context

    def note_country(self, iso3: str) -> None:
        """Count a country seen in the document (actors do this themselves; places may too)."""
        if not iso3:
            return
        self._clock += 1
        self._country_counts[iso3.upper()] += 1
        self._country_last[iso3.upper()] = self._clock

    def read_headline(self, headline: str) -> None:
        """Remember the actors a story's headline names (its title, or the words of its URL)
        as the story's first mentions: a reader's antecedents for "he" or "the militant
        group" in a sentence quoted alone. They do not count towards the story's country."""
        toks = _plain_views(headline)
        counts, last, clock = Counter(self._country_counts), dict(self._country_last), self._clock
        # (headlines capitalise every word: a surname beside "Meets" is no fragment of a name;
        # read last to first, so that the headline's subject is the latest mention)
        for m in reversed(_scan(self.knowledge, toks)):
            if m.kind != "actor":
                continue
            words = [replace(t, is_head=k == m.last - 1) for k, t in enumerate(toks) if m.first <= k < m.last]
            self._resolve_phrase(_Phrase(words, _read(self.knowledge, words, self._day)))
        for memory in self._memory:
            if memory.actor.code.startswith("IMG") and not memory.actor.country and self.filed_from:
                # a transnational group in the headline fights where the story is placed
                memory.actor = replace(memory.actor, country=self.filed_from)
        self._country_counts, self._country_last, self._clock = counts, last, clock

    @property
    def context_country(self) -> str | None:
        """The document's country: the most frequent one seen so far, the latest on ties."""
        if not self._country_counts:
            return None
        return max(self._country_counts, key=lambda c: (self._country_counts[c], self._country_last[c]))

    @property
    def actors(self) -> list[Actor]:
        """Named actors remembered so far, most recent last."""
        return [m.actor for m in self._memory]

    # ------------------------------------------------------------ public resolution

    def resolve(self, span: Span) -> Actor | None:
        """The actor a noun phrase names, or None if it names none ("the situation")."""
        if len(span) == 0:
            return None
        key = (span.start_char, span.end_char)
        if key not in self._resolved:
            self._resolved[key] = self._resolve_span(span)
        actor = self._resolved[key]
        return replace(actor, roles=list(actor.roles)) if actor else None

    def place_country(self, place: Token, own_name_only: bool = False) -> Actor | None:
        """The country of a place the sentence names as acted on ("shelled the village",
        "captured 12 villages", "hit southern Lebanon"): the place named itself, else (unless
        `own_name_only`) the places and countries around it, as for an unnamed local actor;
        None if none."""
        own = {t.i for t in place.subtree}  # "the city of Kherson": the place's own name first
        doc = place.doc  # (not where a road it lies on leads: "a town on the highway to Jordan")
        named = [c for i, c, _ in self._sentence_countries(_sentence_of(place)) if i in own and not _leads_to(doc[i])]
        if not named:
            names = [n for t in place.subtree if t.pos_ == "PROPN" and (t.i + 1 == len(t.doc) or t.nbor(1).pos_ != "PROPN")
                     and not _leads_to(t) if (n := _proper_name_before(t))]
            prefer = self._place_preferences.get(_sentence_of(place).start, ())
            named = [c for n in names if (c := _gazetteer_country(n, self.knowledge.country_names, prefer))]
        country = named[-1] if named else None if own_name_only else self._country_around(place, local=True)
        if not country or country not in self.knowledge.country_names:
            return None
        span = place.doc[place.left_edge.i:place.right_edge.i + 1]
        return Actor(text=span.text, name=self.knowledge.country_names[country], code=country, country=country,
                     roles=[], start=span.start_char, end=span.end_char)

    def country_mentions(self, sentence: Span) -> list[tuple[int, str]]:
        """(token index, country) of what the sentence names in any way (places, capitals,
        nationalities), in order."""
        return [(i, c) for i, c, _ in self._sentence_countries(_sentence_of(sentence.root))]

    def party_countries(self, sentence: Span) -> list[str]:
        """The countries the sentence names as parties (a state, its people, officials or
        forces: "Pakistan", "Indian", "Kenya's minister"), not as places, in order, once each."""
        return list(dict.fromkeys(c for _, c, place in self._sentence_countries(_sentence_of(sentence.root))
                                  if not place))

    def mentioned_countries(self, sentence: Span) -> list[str]:
        """The countries the sentence names in any way, in order, once each."""
        return list(dict.fromkeys(c for _, c in self.country_mentions(sentence)))

    def other_countries(self, phrase: Span, exclude: set[str]) -> list[str]:
        """The countries of the places the words of `phrase` name, except `exclude`: "killed
        one person ... across the Ukrainian capital" → UKR."""
        # (places only: "a town occupied by a Ugandan rebel group" is not in Uganda)
        doc = phrase.doc
        named = [c for i, c, place in self._sentence_countries(_sentence_of(phrase.root))
                 if phrase.start <= i < phrase.end and (place or doc[i].pos_ == "PROPN" and doc[i].ent_type_ in ("GPE", "LOC", "FAC"))]
        # then towns only the gazetteer knows ("the border town of Shebekino")
        # (or a name the tagger took for a body, struck "on" or hit "in": "a strike on Kharkiv")
        named += [c for t in phrase if (t.ent_type_ in ("GPE", "LOC") or _is_place_object(t) or t.dep_ == "pobj"
                                        and t.head.lower_ in ("on", "against")) and t.pos_ == "PROPN"
                  and (t.i + 1 == len(t.doc) or t.nbor(1).pos_ != "PROPN")
                  if (n := _proper_name_before(t))
                  and (c := _gazetteer_country(n, self.knowledge.country_names,
                                               self._place_preferences.get(_sentence_of(phrase.root).start, ())))]
        # (nor a namesake of an excluded country: "eastern Congo" beside the DR Congo's forces)
        names = self.knowledge.country_names
        shared = {w for c in exclude for w in names.get(c, "").split()
                  if w[:1].isupper() and len(w) > 3 and w not in _STATE_NAME_WORDS}
        return list(dict.fromkeys(c for c in named if c not in exclude and not shared & set(names.get(c, "").split())))

    def pair_of(self, actor: Actor) -> list[Actor]:
        """The two actors a pair phrase ("both countries", "the two sides") resolved to stands
        for, or [] for any other actor."""
        pair = self._pairs.get((actor.start, actor.end), [])
        return [replace(a, roles=list(a.roles)) for a in pair]

    def resolve_all(self, span: Span) -> list[Actor]:
        """Every actor a noun phrase names: resolve(), plus one actor per further country of
        coordinated modifiers ("Hungarian and Romanian officials" → HUNGOV, ROUGOV;
        "U.S. and Russian negotiators"). Conjoined heads ("Jordan and Britain") are the
        caller's to split."""
        actor = self.resolve(span)
        if actor is None:
            return []
        if (actor.start, actor.end) in self._pairs:  # "the two countries"
            return [replace(a, roles=list(a.roles)) for a in self._pairs[(actor.start, actor.end)]]
        if not actor.country or not actor.code.startswith(actor.country):
            return [actor]
        out, seen = [actor], {actor.country}
        for country, modifier, conjunct in self._coordinated_countries(span.root):
            if country in seen:
                continue
            seen.add(country)
            self.note_country(country)
            if actor.code == actor.country:
                name = self.knowledge.country_names.get(country, country)
            else:  # "Senior Hungarian officials" → "Senior Romanian officials"
                name = actor.name.replace(modifier, conjunct, 1)
            out.append(replace(actor, code=country + actor.code[3:], country=country, name=name,
                               roles=list(actor.roles)))
        return out

    def _coordinated_countries(self, head: Token) -> list[tuple[str, str, str]]:
        """(country, modifier text, conjunct text) of the conjuncts of the head's left
        modifiers, in text order."""
        found = []
        for modifier in children(head):
            if modifier.i > head.i or modifier.dep_ not in ("amod", "nmod", "compound"):
                continue
            for conj in modifier.conjuncts:
                words = [self._token_view(t, None) for t in conj.doc[conj.left_edge.i:conj.i + 1]]
                words = [w for w in words if w is not None and w.key not in ("and", "or")]
                reading = _read(self.knowledge, words, self._day, as_actor=False) if words else _Reading()
                if reading.named is None and reading.countries:
                    conjunct = conj.doc[conj.left_edge.i:conj.i + 1].text
                    found.append((reading.countries[0], modifier.text, conjunct))
        return found

    def _resolve_span(self, span: Span) -> Actor | None:
        head = span.root
        if head.lemma_.lower() in _PACT_NOUNS and any(c.dep_ == "compound" and _names_a_pact(c) for c in head.lefts):
            return None  # "the Jeddah Declaration", "the Minsk agreements": a text, no party
        # the head's own appositions and PPs count even where the caller's span stops short
        # ("Rebels | in the Ivory Coast", "Kenzo Oshima | , the UN relief coordinator ,")
        if head.right_edge.i >= span.end:
            # (but not past a coordination: "Kenya's government and the opposition party ODM"
            # is two parties, the caller's to split)
            end = span.end - 1
            for c in children(head):
                if c.i > head.i and c.dep_ in ("cc", "conj"):
                    break
                if c.i > head.i:
                    end = max(end, c.right_edge.i)
            span = span.doc[span.start:end + 1]
        phrase = self._phrase(span, head, depth=0)
        if not phrase.toks:
            return None
        if head.pos_ == "PRON" and not (len(phrase.toks) == 1 and phrase.toks[0].key in _PRONOUNS):
            return None  # "who", "something", "those"
        if head.lower_ in ("parties", "sides") and all(t.key in _ANY_SIDES or t.is_head for t in phrase.toks) \
                and not any(c.dep_ == "prep" for c in children(head)) \
                and not (any(t.key in ("both", "two") for t in phrase.toks) and self._pair_antecedents(phrase.toks)):
            return None  # "urged all parties to cease fire": the warring sides, not political parties
        followers = self._followers_of_antecedent(span, head) or self._opponents_of(span, head) \
            or self._loyal_to(span, head)
        if followers is not None:
            return followers
        half = self._half_of_korea(head)
        if half is not None:
            return Actor(text=span.text, name=self.knowledge.country_names.get(half, half), code=half,
                         country=half, roles=[], start=span.start_char, end=span.end_char)
        actor = self._resolve_phrase(phrase, self._text_of(span.doc), head)
        if actor is not None and actor.country and head.ent_type_ != "PERSON":
            actor = self._institution_of_named_state(actor, head)
        if actor is not None and actor.roles and set(actor.roles) <= {"AGR", "EDU"} \
                and head.lemma_.lower() in CIVILIAN_OCCUPATIONS:
            # "students", "fishermen": people of a trade, civilians too (the code keeps the trade)
            actor = replace(actor, roles=[*actor.roles, "CVL"])
        if actor is not None and actor.roles and "MIL" not in actor.roles and head.pos_ == "PROPN" \
                and _military_title(span, head):
            # "army chief Abdel Fattah al-Burhan", "Gen. X": a ruler or minister who is a soldier
            actor = replace(actor, roles=[*actor.roles, "MIL"])
        if actor is not None and actor.roles and "GOV" not in actor.roles and (head.pos_ == "PROPN" or head.lower_ in OFFICE_TITLES) \
                and actor.code.startswith(actor.country or "-") and _office_title(span, head):
            # "Japan's foreign minister Toshimitsu Motegi": the title tells the office held now
            actor = replace(actor, code=actor.country + "GOV", roles=["GOV", *actor.roles])
        if actor is not None and head.ent_type_ == "FAC" and actor.roles == ["CVL"]:
            return None  # "the Great Hall of the People": a building's name, not its people
        if actor is None and head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            return self._person_of_country(span, head)
        return actor

    def _institution_of_named_state(self, actor: Actor, head: Token) -> Actor:
        """"The National Security Council of South Korea", "the Senate of the Philippines":
        a body the dictionary knows by one country's name, of the state the phrase names."""
        state = self._state_named_with(head)
        if not state or state == actor.country or not actor.code.startswith(actor.country):
            return actor
        return replace(actor, code=state + actor.code[len(actor.country):], country=state,
                       name=f"{self.knowledge.country_names.get(state, state)} {head.text}")

    def _state_named_with(self, head: Token) -> str:
        """The country of a state named whole as the head's "of" object or possessor."""
        owner = _state_owner(head)
        if owner is None:
            return ""
        # (read, not resolved: a resolved name would count as a side the story has named)
        words = [w for t in owner.doc[owner.left_edge.i:owner.i + 1] if (w := self._token_view(t, None)) is not None]
        reading = _read(self.knowledge, words, self._day, as_actor=False) if words else _Reading()
        return reading.countries[0] if reading.named is None and len(reading.countries) == 1 else ""

    def _person_of_country(self, span: Span, head: Token) -> Actor | None:
        """"Diana Mondino of Argentina": someone we do not know, of the country named, holding
        the office the first conjunct's title gives ("Foreign Ministers Mauro Vieira of Brazil
        and Diana Mondino of Argentina"), if any."""
        origin = next((o for p in children(head) if p.dep_ == "prep" and p.lower_ in ("of", "from")
                       for o in children(p) if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        state = self.resolve(origin.doc[origin.left_edge.i:origin.i + 1]) if origin is not None else None
        if state is None or not state.country or state.code != state.country:
            return None
        first = head
        while first.dep_ == "conj" and first.head.pos_ == "PROPN":
            first = first.head
        lead = self.resolve(first.doc[first.left_edge.i:first.i + 1]) if first is not head else None
        roles = [r for r in (lead.roles if lead is not None else []) if r in _STATE_ROLES][:1]
        name = span.doc[head.left_edge.i:head.i + 1]
        return Actor(text=span.text, name=name.text, code=state.country + "".join(roles), country=state.country,
                     roles=roles, start=span.start_char, end=span.end_char)

    def _half_of_korea(self, head: Token) -> str | None:
        """"the North" / "the South" in a story on Korea (one that names either Korea): the
        usual short names of North and South Korea."""
        code = _KOREAS.get(head.text)
        if code is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in children(head)) \
                or any(c.dep_ in ("compound", "amod") for c in children(head)):
            return None
        named = {country for _, country, _ in self._sentence_countries(_sentence_of(head))}
        return code if named & {"KOR", "PRK"} or self._country_counts.keys() & {"KOR", "PRK"} else None

    def _followers_of_antecedent(self, span: Span, head: Token) -> Actor | None:
        """"his followers", "their fighters": the people of the actor the possessive pronoun
        refers to share its code (Sadr's followers are the Sadrist movement's)."""
        if head.lemma_.lower() not in _FOLLOWER_NOUNS:
            return None
        owner = next((c for c in children(head) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(owner.lower_) if owner is not None else None
        # ("supporters of former President Evo Morales": the leader named after "of")
        named = next((c for c in children(head) if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
            or next((o for o in [_of_object(head)] if o is not None and o.pos_ == "PROPN" and (
                o.ent_type_ == "PERSON" or any(c.dep_ == "compound" and c.lower_ in _TITLES for c in children(o)))
                and head.lemma_.lower() in ("supporter", "follower", "loyalist")), None)
        if pronoun is None and named is not None:
            # "Wine's supporters blocked roads": the people of the named leader or movement
            leader = self.resolve(named.doc[named.left_edge.i:named.i + 1])
        elif pronoun is None:
            return None
        else:
            leader = self._clause_subject_actor(head)  # "Sadr told his followers": his = Sadr
        if leader is None and pronoun is not None:
            memory = self._antecedent_for_pronoun(pronoun)
            leader = memory.actor if memory is not None else None
        if leader is None:
            return None
        if set(leader.roles) & _STATE_ROLES:
            if not leader.country or head.lemma_.lower() not in ("supporter", "follower", "loyalist"):
                return None
            # a president's supporters are not the government: civilians of his country (a
            # former one's, the opposition)
            role = "OPP" if set(leader.roles) <= {"ELI"} else "CVL"
            return Actor(text=span.text, name=span.text, code=leader.country + role,
                         country=leader.country, roles=[role], start=span.start_char, end=span.end_char)
        return replace(leader, text=span.text, name=f"{head.text} of {leader.name}",
                       start=span.start_char, end=span.end_char, roles=list(leader.roles))

    def _loyal_to(self, span: Span, head: Token) -> Actor | None:
        """"Forces loyal to the Government of National Accord", "fighters loyal to Haftar": the
        armed men of whom they are loyal to, a government's military or a leader's group."""
        if head.lemma_.lower() not in _LOYAL_NOUNS:
            return None
        loyal = next((c for c in children(head) if c.dep_ == "amod" and c.lower_ == "loyal"), None)
        master = next((o for p in children(loyal) if p.dep_ == "prep" and p.lower_ == "to"
                       for o in children(p) if o.dep_ == "pobj"), None) if loyal is not None else None
        leader = self.resolve(master.doc[master.left_edge.i:master.right_edge.i + 1]) if master is not None else None
        if leader is None or not leader.country:
            return None
        state = bool(set(leader.roles) & _STATE_ROLES) or leader.code == leader.country
        code = leader.country + "MIL" if state else leader.code
        roles = ["MIL"] if state else list(leader.roles)
        return Actor(text=span.text, name=f"forces loyal to {leader.name}", code=code, country=leader.country,
                     roles=roles, start=span.start_char, end=span.end_char)

    def _is_country_name(self, head: "_Tok", country: str) -> bool:
        """"the Philippines", "the Netherlands": a plural that is the country's own name, not
        its people."""
        name = self.knowledge.country_names.get(country, "")
        return bool(name) and _norm(name.split()[-1]) == head.key

    def _opponents_of(self, span: Span, head: Token) -> Actor | None:
        """"(thousands of) opponents of President X": the people against a ruler or government
        are the opposition of its country (CAMEO OPP), not the ruler."""
        noun = head
        while noun is not None and noun.lemma_.lower() in _PARTITIVE:
            noun = _of_object(noun)
        if noun is None or noun.lemma_.lower() not in _OPPONENT_NOUNS:
            return None
        owner = _of_object(noun)
        ruler = self.resolve(owner.doc[owner.left_edge.i:owner.right_edge.i + 1]) if owner is not None else None
        if ruler is None or not ruler.country or not set(ruler.roles) & {"GOV"}:
            return None
        country = self.knowledge.country_names.get(ruler.country, ruler.country)
        return Actor(text=span.text, name=f"{country} opposition", code=ruler.country + "OPP",
                     country=ruler.country, roles=["OPP"], start=span.start_char, end=span.end_char)

    def _clause_subject_actor(self, head: Token) -> Actor | None:
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is None or subject.pos_ == "PRON" or subject.i >= head.i or head.i <= subject.right_edge.i:
            return None
        return self.resolve(subject.doc[subject.left_edge.i:subject.i + 1])

    def _country_around(self, head: Token, local: bool = False, same_clause: bool = False) -> str:
        """A country for an agent-only phrase ("police", "rebels"): the nearest place the
        sentence names ("in Guinea", "in Baghdad"), else the document's country, else the
        nearest country the sentence names in any way ("the Pakistani minister")."""
        shared = self._owner_conjunct_country(head) or self._country_of_first_conjunct(head) \
            or self._country_of_named_side(head)
        if shared:
            return shared  # "Israeli helicopters and tanks": the tanks are Israeli too
        own = range(head.left_edge.i, head.i + 1)  # its own words named no country
        doc = head.doc
        if head.lemma_.lower() == "counterpart":
            # "Modi will hold talks with his counterpart": the other side's official, never
            # of the country of the one who meets him; only a place the sentence names tells
            # (or its own nationality, coordinated: "his Polish, Italian and Canadian counterparts")
            places = [m for m in self._sentence_countries(_sentence_of(head))
                      if m[2] and m[0] not in own or _modifies(doc[m[0]], head)]
            return min(places, key=lambda m: abs(m[0] - head.i))[1] if places else ""
        served = [c for i, c, place in self._sentence_countries(_sentence_of(head))
                  if i in own and place and _place_of_local_body(doc[i]) and doc[i].head == head]
        if served:
            return served[0]  # ("the Mato Grosso military police": the place the body serves)
        # a destination is no evidence of nationality: "a government delegation travelled to Iran"
        mentions = [m for m in self._sentence_countries(_sentence_of(head))
                    if m[0] not in own and not _is_destination(doc[m[0]]) and not _envoys_country(doc[m[0]])
                    and not _state_acted_on(doc[m[0]], head) and not _names_a_pact(doc[m[0]])]
        if head.lemma_.lower() not in _FIRE_FROM_AFAR and any(not _across_border(doc[m[0]]) for m in mentions):
            # "near the West African country's border with Mali": the country across the border,
            # when the sentence names another, is where it did not happen (but a drone strike
            # near the border with Turkey may well have come from across it)
            mentions = [m for m in mentions if not _across_border(doc[m[0]])]
        places = [m for m in mentions if m[2]]
        # a place hung on the phrase itself ("police in Guinea") is where the actor belongs;
        # one hung on the verb ("met Sadr in Iran", "sought asylum in Sweden") is where it
        # acted, weaker evidence than the document's own country
        own_places = [m for m in places if doc[m[0]].head.head.i in {t.i for t in head.subtree}]
        if local and same_clause:
            verb = _governing_verb(head)
            own_places = own_places or [m for m in mentions if (m[2] or _is_place_name(doc[m[0]]))
                                         and _governing_verb(doc[m[0]]) == verb]
        elif local:
            # civilians are people of the place where it happened ("killed seven people in
            # Kharkiv"), whoever attacked them; so are unidentified attackers ("a roadside
            # bomb near Samarra", ACLED's "Unidentified Armed Group (Iraq)")
            own_places = own_places or places or [m for m in mentions if _is_place_name(doc[m[0]])]
        if own_places:
            return min(own_places, key=lambda m: abs(m[0] - head.i))[1]
        own_mentions = [m for m in mentions if _modifies(doc[m[0]], head)]
        if own_mentions:  # "air strikes by government ally Russia", "a coalition led by Saudi Arabia"
            return min(own_mentions, key=lambda m: abs(m[0] - head.i))[1]
        if local and same_clause:
            # "militants killed eight Burkina Faso soldiers": insurgents fight in the country
            # whose forces their own act names (not in a regional hub's dateline, "DAKAR —";
            # a foreign hostage is no evidence: "beheaded a Malaysian hostage")
            verb = _governing_verb(head)
            named = [m for m in mentions if _governing_verb(doc[m[0]]) == verb and doc[m[0]].head.lemma_.lower() in _STATE_FORCES]
            if named:
                return min(named, key=lambda m: abs(m[0] - head.i))[1]
        if self.context_country:
            return self.context_country
        if places:
            return min(places, key=lambda m: abs(m[0] - head.i))[1]
        if self.filed_from:
            # the story's dateline or headline country outranks a country merely mentioned
            # ("recalled its ambassadors from France" in a story headlined on Niger's junta)
            return self.filed_from
        if mentions:
            return min(mentions, key=lambda m: abs(m[0] - head.i))[1]
        return self.filed_from or ""

    def _owner_conjunct_country(self, head: Token) -> str:
        """"the South Sudan government and its rebels": "its" is the first conjunct's country."""
        first = head.head
        if head.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or first.i > head.i or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children(head)):
            return ""
        owner = self.resolve(first.doc[first.left_edge.i:first.i + 1])
        return owner.country if owner is not None else ""

    def _place_of_clause(self, head: Token) -> str:
        """The country of the nearest place named in the head's own clause ("attacked a post
        south of Kirkuk"), or "" (a nationality, a target or a dateline is no evidence)."""
        doc = head.doc
        verb = _governing_verb(head)
        places = [m for m in self._sentence_countries(_sentence_of(head))
                  if m[2] and not _is_destination(doc[m[0]]) and _governing_verb(doc[m[0]]) == verb]
        return min(places, key=lambda m: abs(m[0] - head.i))[1] if places else ""

    def _country_of_named_side(self, head: Token) -> str:
        """"between the army and the RSF": a bare side fights in the country of the named
        group it is paired with (not in a country named elsewhere in the sentence)."""
        first = head.head if head.dep_ == "conj" else head
        if first.dep_ != "pobj" or first.head.lower_ != "between" or head.pos_ != "NOUN":
            return ""
        for side in (first, *first.conjuncts):
            if side is head or side.pos_ != "PROPN" or side.ent_type_ not in ("ORG", "NORP", ""):
                continue
            actor = self.resolve(side.doc[side.left_edge.i:side.i + 1])
            if actor is not None and actor.country and set(actor.roles) & _ARMED_GROUP_ROLES:
                return actor.country
        return ""

    def _country_of_first_conjunct(self, head: Token) -> str:
        """The country named by the modifiers of the noun this one is conjoined to, when those
        modifiers come before the whole coordination ("Iraqi soldiers and police")."""
        first = head.head
        if head.dep_ != "conj" or first.pos_ not in ("NOUN", "PROPN") or first.i > head.i:
            return ""
        if any(c.lower_ == "other" for c in children(head)):
            # "Hamas and other militant groups": others of the first one's kind and country
            named = self.resolve(first.doc[first.left_edge.i:first.i + 1])
            return named.country if named is not None and named.country else ""
        # (whole modifier phrases: "South" hangs on "Sudan" in "South Sudan army officials")
        words = [self._token_view(w, None) for t in first.lefts if t.dep_ in ("amod", "compound", "nmod")
                 for w in t.subtree]
        words = [w for w in words if w is not None]
        reading = _read(self.knowledge, words, self._day, as_actor=False) if words else _Reading()
        return reading.countries[0] if reading.named is None and reading.countries else ""

    def _sentence_countries(self, sent: Span) -> list[tuple[int, str, bool]]:
        """(token index, country, is a place) of the countries, capitals and cities a
        sentence names, and of the countries of the named actors in it; once per sentence."""
        self._use_doc(sent.doc)
        cached = self._sentence_cache.get(sent.start)
        if cached is not None:
            return cached
        tokens = [t for t in sent if not t.is_punct]
        views = [self._token_view(t, None) for t in tokens]
        pairs = [(t, v) for t, v in zip(tokens, views) if v is not None]
        toks = [v for _, v in pairs]
        found: list[tuple[int, str, bool]] = []
        matches = _scan(self.knowledge, toks)
        covered = {i for m in matches for i in range(m.first, m.last)}
        # the country each matched name ends on ("South Korea" → KOR at "Korea")
        ends = {pairs[m.last - 1][0].i: (self.knowledge.code_at(m.ident, self._day) or "")[:3]
                for m in matches if m.kind == "actor"}
        for m in matches:
            if m.kind != "actor" or _name_fragment(self.knowledge, m, toks, covered):
                continue
            code = self.knowledge.code_at(m.ident, self._day) or ""
            if code[:3] not in self.knowledge.country_names:
                continue
            last = pairs[m.last - 1][0]
            owner = _state_owner(last) if last.pos_ == "PROPN" and last.ent_type_ in ("ORG", "") else None
            if owner is not None and ends.get(owner.i, code[:3]) != code[:3]:
                continue  # "South Korea's National Security Council": the state named with it counts
            if _maker_not_party(last) or _in_media_name(last) or _language_named(last) or last.idx < self.dateline_end:
                continue  # "Chinese-made drones", "Iranian-backed militias": the maker or backer
                # ("(CPT, in Portuguese)", "said in Russian": a language)
            found.append((last.i, code[:3], _is_place_object(last)))
        known = {i for m in matches if m.kind == "actor" for i in range(m.first, m.last)}
        known_tokens = {pairs[i][0].i for i in known}
        named = {country for _, country, _ in found}
        # places the actor dictionaries do not know ("in Zamfara state"): the gazetteer, each
        # name read in the light of the sentence's countries, its unambiguous places and the
        # story's country ("Karak district" beside Khyber is Pakistan's, not Jordan's)
        unknown = [(token, name) for token in tokens if (_is_place_object(token) or _place_of_local_body(token))
                   and token.i not in known_tokens and token.idx >= self.dateline_end
                   and (name := _proper_name_before(token))]
        options = {name: _gazetteer_options(name, self.knowledge.country_names) for _, name in unknown}
        sure = {o[0] for o in options.values() if len(o) == 1}
        story = {c for c in (self.context_country, self.filed_from) if c}
        self._place_preferences[sent.start] = prefer = (named | sure, story)
        for token, name in unknown:
            country = _gazetteer_country(name, self.knowledge.country_names, prefer)
            # a small place sharing its name with one abroad does not outvote the countries the
            # sentence names ("in Mandela village" in a story on Mozambique's Cabo Delgado)
            if country and (not named or country in named or token.lower_ in _ADMIN_UNITS):
                found.append((token.i, country, True))
        self._sentence_cache[sent.start] = found
        return found

    def _use_doc(self, doc) -> None:
        """Per-parse caches belong to one doc at a time (kept by reference, not by id)."""
        if self._sentence_doc is not doc:
            self._sentence_doc, self._sentence_cache, self._views, self._head_views = doc, {}, {}, {}
            self._place_preferences = {}

    def _token_view(self, token: Token, head: Token | None) -> _Tok | None:
        """The matching view of a token, normalised once per parse (and its view as a phrase
        head, once too: views are never changed once made)."""
        doc, i = token.doc, token.i
        if self._sentence_doc is not doc:
            self._use_doc(doc)
        views = self._head_views if head is not None and i == head.i else self._views
        try:
            return views[i]
        except KeyError:
            pass
        view = self._views.get(i, _UNSEEN)
        if view is _UNSEEN:
            view = self._views[i] = _view(token, None, self._text_of(doc))
        if views is self._head_views:
            view = views[i] = replace(view, is_head=True) if view is not None else None
        return view

    def _text_of(self, doc) -> str:
        """The parse's own text (Doc.text joins every token on each access: kept once per
        parse); phrase extents are token edges, so a slice of it is the span's text."""
        if self._doc_text is None or self._doc_text[0] is not doc:
            self._doc_text = (doc, doc.text)
        return self._doc_text[1]

    def resolve_text(self, text: str) -> Actor | None:
        """Resolve a noun phrase given as text (parsed with the shared spaCy model)."""
        from ..nlp import load_nlp

        doc = load_nlp()(text)
        return self.resolve(doc[:])

    # ------------------------------------------------------------ internals

    def _phrase(self, span: Span, head: Token, depth: int) -> "_Phrase":
        toks = [v for v in (self._token_view(t, head) for t in _core_tokens(span, head)) if v is not None]
        as_actor = not (head.dep_ == "pobj" and head.head.lower_ in _PLACE_WORDS) or self._owner_object(head)
        phrase = _Phrase(toks, _read(self.knowledge, toks, self._day, as_actor) if toks else _Reading(), as_actor)
        if depth < 3:
            for child in _secondary_children(span, head):
                target = child
                if child.dep_ == "acl":  # "targets belonging to / affiliated with the PKK": the PKK's
                    child = next((c for c in children(child) if c.dep_ == "prep" and c.lower_ in _OWNER_CLAUSE_PREPS), None)
                    if child is None:
                        continue
                if child.dep_ == "prep":
                    objects = [c for c in children(child) if c.dep_ == "pobj"]
                    if not objects:
                        continue
                    target = objects[0]
                part = self._phrase(span, target, depth + 1)
                if part.toks and child.lower_ in _NAME_PREPS and phrase.reading.named is None \
                        and self._named_with(phrase, child, part):
                    continue  # "the Revolutionary Armed Forces of Colombia": one name
                if part.toks and child.lower_ == "of" and phrase.reading.named is None and self._agent_with(phrase, child, part):
                    phrase.parts.extend(part.parts)  # ("the Ministry of Defence of Armenia": Armenia's)
                    continue  # "the Ministry of Defence": one agent phrase, as "the Defence Ministry"
                if child.dep_ == "prep" and child.head is head and child.lower_ not in _PLACE_PREPS_ALL:
                    continue  # ("on", "against": only inside a name)
                if part.toks:
                    label = "of" if child.lower_ in _OWNER_CLAUSE_PREPS else child.lower_ if child.dep_ == "prep" else "appos"
                    phrase.parts.append((label, part))
            name = _name_given(span, head)
            if name is not None:
                part = self._phrase(span, name, depth + 1)
                if part.toks:
                    phrase.parts.append(("appos", part))  # "the force known as UNIFIL"
        return phrase

    def _named_with(self, phrase: "_Phrase", of: Token, part: "_Phrase") -> bool:
        """Whether the phrase's words, the preposition ("of", "on"...) and the part's words are
        one dictionary name (the phrase then takes them all): "Revolutionary Armed Forces" +
        "of Colombia"."""
        of_view = self._token_view(of, None)
        if of_view is None or not phrase.toks or not phrase.toks[-1].propn:
            return False  # (a name's words are capitalised: "the president of X" is no name)
        words = phrase.toks + [of_view] + part.toks
        k = len(phrase.toks)  # a name over the "of": "Forces of Colombia" (not "Court of" + "Dhaka")
        if not any(m.kind == "actor" and m.first < k < m.last - 1 for m in _scan(self.knowledge, words)):
            return False
        reading = _read(self.knowledge, words, self._day, phrase.as_actor)
        if reading.named is None or reading.named == part.reading.named or phrase.reading.countries \
                and (reading.named_code or "")[:3] not in phrase.reading.countries:
            return False  # ("the South Korean Joint Chiefs of Staff": not the American ones)
        phrase.toks, phrase.reading = words, reading
        return True

    def _agent_with(self, phrase: "_Phrase", of: Token, part: "_Phrase") -> bool:
        """Whether the phrase's words, "of" and the part's words are one agent phrase of the
        dictionaries ("Ministry" + "of Defence", "Chief" + "of Staff"): the phrase takes them."""
        of_view = self._token_view(of, None)
        if of_view is None or not phrase.toks or part.reading.named is not None or part.reading.countries:
            return False
        words = phrase.toks + [of_view] + part.toks
        k = len(phrase.toks)
        if not any(m.kind == "agent" and m.first < k < m.last - 1 and m.last == len(words)
                   for m in _scan(self.knowledge, words)):
            return False
        phrase.toks, phrase.reading = words, _read(self.knowledge, words, self._day, phrase.as_actor)
        return True

    def _owner_object(self, pobj: Token) -> bool:
        """The object of "of/for/from" after a person or body noun names whom it belongs to
        ("the head of the Badr Organization", "a spokesman for Hamas"), not a place."""
        prep = pobj.head
        owner = prep.head
        if prep.lower_ not in _OWNER_PREPS or prep.dep_ != "prep" or owner.pos_ not in ("NOUN", "PROPN"):
            return False
        # only nouns that take their identity from the owner: "workers of the Bus Company of
        # Tehran" are workers in Tehran, not its government
        words = {_norm(owner.lemma_), _norm(owner.text)}
        return bool(words & (_GENERIC_ROLES | _PARTITIVE | _MEMBER_BODIES))

    def _resolve_phrase(
        self, phrase: "_Phrase", doc_text: "str | None" = None, anchor: Token | None = None
    ) -> Actor | None:
        """`anchor` is the phrase head in its parsed sentence (None for plain-text lookups)."""
        toks = phrase.toks
        text, start, end = _extent(toks, doc_text)
        if len(toks) == 1 and toks[0].key in _PRONOUNS:
            found = self._antecedent_for_pronoun(toks[0].key)
            return _as_mention(found.actor, text, start, end) if found else None
        ordinal = self._latter_or_former(toks, anchor)
        if ordinal is not None:
            return _as_mention(ordinal, text, start, end)
        neighbour = self._neighbour_named_before(toks, anchor)
        if neighbour is not None:
            return Actor(text=text, name=self.knowledge.country_names.get(neighbour, neighbour), code=neighbour,
                         country=neighbour, start=start, end=end)
        pair = self._pair_antecedents(toks)
        if pair:
            mentions = [_as_mention(m.actor, text, start, end) for m in pair]
            if start is not None:
                self._pairs[(start, end)] = mentions
            return mentions[0]

        earlier = self._alias(toks, phrase.reading)
        if earlier is not None:
            return _as_mention(earlier.actor, text, start, end)

        reading, span_toks, extras = _merge(phrase)
        text, start, end = _extent(span_toks, doc_text)
        if reading.named is None and reading.agents and not reading.countries:
            earlier = self._antecedent_for_description(toks, reading)
            if earlier is not None:
                return _as_mention(earlier.actor, text, start, end)

        actor, kind = self._compose(span_toks, reading, text, start, end, anchor)
        if actor is None:
            return None
        self._remember(actor, kind, toks, reading, extras)
        return actor

    def _compose(
        self, toks: list[_Tok], reading: _Reading, text: str, start: int | None, end: int | None,
        anchor: Token | None = None,
    ) -> tuple[Actor | None, str]:
        head = next((t for t in toks if t.is_head), toks[-1])
        if reading.named is not None and reading.named_short and reading.countries \
                and (reading.named_code or "")[:3] not in reading.countries:
            reading = _copy_reading(reading)
            reading.named = reading.named_code = None  # "King Hassan of Morocco": not Jordan's
        if reading.named is not None:
            code = reading.named_code or ""
            kind = self.knowledge.kinds[reading.named]
            if kind == CAPITAL:
                kind = GROUP  # the government it stands for
            if head.ent == "PERSON":
                kind = PERSON
            name = self.knowledge.names[reading.named]
            if kind == COUNTRY:
                name = self.knowledge.country_names.get(code[:3], name)
            elif reading.countries and code[:3] != reading.countries[0] and _generic_institution(name) \
                    and code[:3] in self.knowledge.country_names:
                # "the South Korean National Security Council", "the Nigerian Senate": a body
                # every state has, of the country named, not the one the dictionary lists
                code = reading.countries[0] + code[3:]
            speaker = _unlisted_member(toks, reading, head, self.knowledge.kinds[reading.named] == PERSON)
            if speaker:  # "Taliban spokesman Zabiullah Mujahid": he acts for the group
                name, kind = speaker, PERSON
        elif reading.countries or reading.agents:
            prefixes = [c for c, prefix in reading.agents if prefix]
            if reading.countries:
                country = reading.countries[0]
            elif anchor is not None and reading.agents and not prefixes:
                # (a faith says nothing of where: "Islamist fighters" are as local as "fighters")
                local = all(c in _LOCAL_AGENTS or c in _IDENTITY_CODES for c, _ in reading.agents)
                # insurgents belong where their own clause puts them, not where others act
                country = self._country_around(anchor, local, same_clause=any(c == "REB" for c, _ in reading.agents))
            else:
                country = self.context_country or ""
            agents = select_agents([_PEOPLE.get(c, c) for c, prefix in reading.agents if not prefix])
            if agents == ["COP"] and head.lemma == "officer" and anchor is not None and _among_soldiers(anchor):
                agents = ["MIL"]  # "ten soldiers and an officer", "paramilitary forces, including two officers"
            if agents == ["MED"] and any(t.lemma in _SPEAKERS or t.key in _SPEAKERS for t in toks):
                # a spokesman of no named body ("Kremlin spokesman Dmitry Peskov") speaks for
                # the authorities
                agents = ["GOV"]
            if not agents and head.plural and (head.ent == "NORP" or head.text[:1].isupper()) \
                    and not self._is_country_name(head, country) \
                    or not agents and (head.lemma in _PARTITIVE or head.key in _PARTITIVE) \
                    and any((t.plural or t.ent == "NORP" and t.text.endswith("s")) and (t.ent == "NORP" or t.text[:1].isupper())
                            for t in toks if t is not head):
                # "Algerians", "Iraqis", "tens of thousands of Israelis": the people of a country
                # ("armed Palestinians": an armed group nobody named)
                agents = ["UAF"] if any(t.key == "armed" for t in toks) else ["CVL"]
            if anchor is not None and agents and set(agents) <= {"CVL", "PPL"} and anchor.lemma_ in _ANONYMOUS \
                    and any(c.dep_ == "acl" and c.lower_ == "armed" for c in children(anchor)) \
                    or agents and set(agents) <= {"CVL", "PPL"} and head.lemma in ("man", "men") and any(
                        t.text.isupper() and t.text.isalpha() and len(t.text) > 1 for t in toks if t is not head):
                # ("ADF men", "RSF men": the men of a group the dictionary does not know)
                # "men armed with machetes": an armed group nobody named ("villagers armed with
                # machetes" stay villagers, a mob)
                agents = ["UAF"]
            if agents and all(a[i:i + 3] in _IDENTITY_CODES for a in agents for i in range(0, len(a), 3)):
                # only a religion or ethnicity: "Muslim hackers", "the Druze" are people of it;
                # "an Islamic dress code" or "the Kurdish question" is no actor at all
                if not (head.plural or head.propn or head.ent == "NORP"
                        or head.lemma in _PERSON_HEADS or head.key in _PERSON_HEADS):
                    return None, GROUP
                clergy = head.lemma in _CLERGY or head.key in _CLERGY
                agents = ["REL" if clergy else "CVL", *agents]
            at = toks.index(head)
            # (or after a named head: "Ortega, a former guerrilla", the apposition's words)
            if agents and any(t.key in _FORMER for t in (toks if head.propn else toks[:at + 1])) \
                    and not (head.lemma in _GROUP_NOUNS or head.key in _GROUP_NOUNS):
                # "a former minister" (not "supporters of a former minister", nor "the former
                # rebel movement", an organisation that changed, not a retired official)
                agents = ["ELI"]
            if agents == ["ELI"] and any(t.lemma in _FOLLOWERS or t.key in _FOLLOWERS for t in toks):
                agents = ["OPP"]  # "(thousands of) supporters of former president X": the opposition
            code = "".join(prefixes) + mix_agents(country, agents)
            if not code:
                return None, GROUP
            if reading.agents:
                kind = GROUP if head.plural or head.key in _COLLECTIVE or head.lemma in _COLLECTIVE else PERSON
            else:
                kind = COUNTRY if not head.plural else GROUP
            name = _composed_name(toks, reading, self.knowledge, text)
        else:
            return None, GROUP
        country, roles = split_code(code, self.knowledge.country_names)
        if not country and reading.countries:
            country = reading.countries[0]
        if code.startswith("IMG"):
            # a transnational armed group ("Islamic State", "Abu Sayyaf": IMG codes) is an armed
            # non-state actor, fighting in a country: the one its own clause places it in, as
            # event coders record its branch
            roles = roles if set(roles) & _ARMED_GROUP_ROLES else [*roles, "REB"]
            if not country and anchor is not None:
                # (else where the story was filed from, or its headline places it, or the
                # country the story is about: "Iraqi aircraft struck IS militants near Tuz")
                country = self._place_of_clause(anchor) or self.filed_from or self.context_country or ""
            # (else where the group is based, for those with one home: Abu Sayyaf in the
            # Philippines, Jemaah Islamiyah in Indonesia, the Islamic State in Iraq)
            country = country or next((home for prefix, home in _IMG_HOMES.items() if code.startswith(prefix)), "")
        if code.startswith("IGO") and kind != PERSON:
            name = with_acronym(name, text)  # "African Union (AU)": the body by both its names
        return Actor(text=text, name=name, code=code, country=country, roles=roles, start=start, end=end), kind

    def _remember(
        self, actor: Actor, kind: str, toks: list[_Tok], reading: _Reading, extras: list[_Reading]
    ) -> None:
        if actor.country:
            self.note_country(actor.country)
        descriptors = set(actor.roles)
        for r in [reading, *extras]:
            for code, _ in r.agents:
                descriptors.update(code[i:i + 3] for i in range(0, len(code), 3))
        descriptors.update(t.lemma for t in toks)  # "Prime Minister ..." → "the minister"
        if reading.named is not None:  # what the dictionary says the person is ("cleric")
            descriptors.update(self.knowledge.descriptors.get(reading.named, ()))
        head = next((t for t in toks if t.is_head), toks[-1])
        plural = head.plural and kind != PERSON
        named = reading.named is not None or any(t.propn for t in toks) or kind == COUNTRY
        if named:
            # the name and the unknown proper names, not the title or body words around them
            # ("Interior Ministry spokesman X" must not make "the Defense Ministry" an alias of X)
            keys = _name_keys(actor.name, " ".join(t.text for t in reading.unmatched_names))
            if reading.named is not None and self.knowledge.kinds[reading.named] == CAPITAL:
                keys = frozenset()  # "in Moscow" later is a place, not the government again
            self._memory.append(_Memory(actor, kind, keys, descriptors, plural))
        elif kind != PERSON:
            # unnamed groups ("Iraqi troops") are antecedents for "they" / "the troops"
            self._memory.append(_Memory(actor, kind, frozenset(), descriptors, plural))

    def _alias(self, toks: list[_Tok], reading: _Reading) -> _Memory | None:
        """An earlier named actor that a short proper-name mention ("Mr. Sadr") repeats."""
        names = [t for t in toks if t.key not in _TITLES]
        if not names or len(names) > 3 or not all(t.propn or t.ent == "PERSON" for t in names):
            return None
        if (reading.named is not None or reading.countries) and len(names) > 1:
            return None  # a full name the dictionary knows is its own best reading ("North Korea")
        surname = names[-1].key
        if surname in _COLLECTIVE or names[-1].lemma in _COLLECTIVE:
            return None  # "the Defense Ministry" is a body, not someone's surname
        for memory in reversed(self._memory):
            if surname in memory.name_keys:
                return memory
        return None

    def _pair_antecedents(self, toks: list[_Tok]) -> list[_Memory]:
        """"the two countries", "both sides", "the two leaders": the latest two different
        countries (or people) of the document, earlier one first; [] if it names fewer."""
        keys = [t.key for t in toks]
        if len(keys) not in (2, 3) or keys[-1] not in _PAIR_NOUNS or keys[0] not in ("the", "both"):
            return []
        if len(keys) == 3 and keys[1] != "two" or len(keys) == 2 and keys[0] != "both":
            return []
        people = keys[-1] in _PAIR_PEOPLE
        found: list[_Memory] = []
        seen: set[str] = set()
        for memory in reversed(self._memory):
            if people:
                ok, key = memory.kind == PERSON, memory.actor.name
            else:
                ok, key = memory.kind in (COUNTRY, GROUP) and bool(memory.actor.country), memory.actor.country
            if ok and key not in seen:
                seen.add(key)
                found.append(memory)
                if len(found) == 2:
                    return found[::-1]
        return []

    def _latter_or_former(self, toks: list[_Tok], anchor: Token | None) -> Actor | None:
        """"Hezbollah and Israel ... after the latter struck": the second (or, for "the former",
        the first) of the last pair of actors coordinated earlier in the sentence."""
        keys = [t.key for t in toks]
        if anchor is None or keys[-1] not in _ORDINAL_REFERENCES or keys[:-1] not in ([], ["the"]):
            return None
        sentence = _sentence_of(anchor)
        pairs = [(t, c) for t in sentence if t.i < anchor.i and t.pos_ in ("PROPN", "NOUN")
                 for c in children(t) if c.dep_ == "conj" and c.i < anchor.i and c.pos_ in ("PROPN", "NOUN")]
        if not pairs:
            return None
        chosen = pairs[-1][1 if _ORDINAL_REFERENCES[keys[-1]] else 0]
        doc = anchor.doc
        left = chosen.left_edge.i if chosen.dep_ != "conj" else min(
            (c.left_edge.i for c in children(chosen) if c.dep_ in ("compound", "amod", "det", "poss")), default=chosen.i)
        return self.resolve(doc[left:chosen.i + 1])

    def _neighbour_named_before(self, toks: list[_Tok], anchor: Token | None) -> str | None:
        """"Somalia expelled Kenya's envoy, accusing its neighbour of meddling": the country the
        sentence named before, other than the first-named one whose neighbour it is (None when
        the sentence names no second country: a neighbour is not guessed from geography)."""
        if anchor is None or len(toks) > 2 or toks[-1].key not in _NEIGHBOUR_NOUNS or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in children(anchor)):
            return None
        earlier = [country for i, country, _ in self._sentence_countries(_sentence_of(anchor)) if i < anchor.i]
        others = [c for c in earlier if earlier and c != earlier[0]]
        return others[-1] if others else None

    def _antecedent_for_pronoun(self, pronoun: str) -> _Memory | None:
        wanted = {PERSON} if pronoun in _PERSON_PRONOUNS else {GROUP, COUNTRY}
        for memory in reversed(self._memory):
            if memory.kind in wanted and not (pronoun in _THING_PRONOUNS and memory.plural):
                return memory
        return None

    def _antecedent_for_description(self, toks: list[_Tok], reading: _Reading) -> _Memory | None:
        """"the cleric" / "the militia": the latest actor described by the same role."""
        head = next((t for t in toks if t.is_head), toks[-1])
        if not any(t.key in ("the", "this", "that") for t in toks):
            return None
        wanted_kind = {GROUP, COUNTRY} if (head.plural or head.lemma in _COLLECTIVE) else {PERSON}
        roles = {code[i:i + 3] for code, _ in reading.agents for i in range(0, len(code), 3)} - WEAK_AGENTS
        # state roles are shared by many different officials ("the president" is not the
        # prime minister), civilians by every crowd ("the demonstrators" are not the tribal
        # leaders): there only the same noun refers back
        by_role = bool(roles) and not roles <= _STATE_ROLES
        for memory in reversed(self._memory):
            if memory.kind in wanted_kind and (
                head.lemma in memory.descriptors or (by_role and roles <= memory.descriptors)
            ):
                return memory
        return None


# transnational armed groups (Phoenix IMG codes) with one home country, where they fight
# unless a story places them elsewhere
_IMG_HOMES = {"IMGSEAMUSASF": "PHL", "IMGSEAMUSJMA": "IDN", "IMGMUSISI": "IRQ", "IMGMUSRUSCNY": "RUS"}

_DESTINATION_WORDS = frozenset({"to", "into", "toward", "towards"})
# people who belong to a leader or a group: "his followers" are coded as he is
_LOYAL_NOUNS = frozenset({"force", "forces", "fighter", "troop", "soldier", "militia", "militiaman", "unit", "gunman"})
_FOLLOWER_NOUNS = frozenset({"follower", "supporter", "loyalist", "fighter", "militiaman", "militia",
                             "partisan", "disciple", "gunman", "member", "men", "man"})


# agents whose country is the place where the event happened: civilians, armed actors nobody
# identified ("gunmen", "a roadside bomb"), and insurgents, who fight where they are ("struck
# militants in Gaza City" in a story told from Israel)
_LOCAL_AGENTS = frozenset({"CVL", "PPL", "REF", "EDU", "MED", "HLH", "REL", "LAB", "AGR", "BUS", "UAF", "REB"})


def _is_place_name(token: Token) -> bool:
    """A place named in the sentence ("region of Kharkiv", "Kharkiv's mayor"), not a people or
    a state acting ("Russian", "Russia said")."""
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.dep_ not in ("nsubj", "nsubjpass", "amod")


def _modifies(token: Token, head: Token) -> bool:
    """Whether `token` is within `head`'s own phrase by prepositions, appositions and
    compounds, or a "led/backed by" phrase ("a coalition led by Saudi Arabia"); not through
    any other clause ("troops fighting Russia")."""
    node = token
    while node.i != head.i:
        if node.dep_ in ("relcl", "ccomp", "advcl", "conj") or node.i != token.i and node.pos_ in ("VERB", "AUX") \
                and node.lemma_ not in ("lead", "back"):
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return token.i != head.i


def _is_destination(token: Token) -> bool:
    """The place a verb moves towards ("went to Qom", "flew into Tehran", "visited Paris"), a
    neighbour ("an area bordering Afghanistan", "close to the Niger border"), or a venue
    ("announced in Rome", "talks in Doha"): none says whose the actor is."""
    if token.lemma_.lower() in _BORDER_WORDS or (
            token.dep_ in ("compound", "amod", "poss") and token.head.lemma_.lower() in _BORDER_WORDS):
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _VISIT_VERBS | {"border"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head.lemma_.lower() in _VENUE_VERBS | _VENUE_NOUNS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head.lemma_.lower() in _ARRIVAL_VERBS:
        return True  # "arrived in Paris"
    return (token.dep_ == "pobj" and token.head.lower_ in _DESTINATION_WORDS
            and (token.head.head.pos_ in ("VERB", "AUX") or token.head.head.lemma_.lower() in _JOURNEY_NOUNS))


_PACT_NOUNS = frozenset({"declaration", "agreement", "accord", "accords", "process", "protocol", "format",
                         "communique", "communiqué", "memorandum"})


def _names_a_pact(token: Token) -> bool:
    """A place that names a text or a forum ("the Jeddah Declaration", "the Minsk agreements",
    "the Astana process"): where it was signed, no evidence of whose anyone is."""
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.head.lemma_.lower() in _PACT_NOUNS


def _leads_to(token: Token) -> bool:
    """A place a phrase names as where it leads ("a town on the highway from Damascus to
    Jordan"), or a destination of any kind: no evidence of where the place itself is."""
    return _is_destination(token) or token.dep_ == "pobj" and token.head.lower_ in ("to", "toward", "towards") \
        or _across_the_border(token)


def _across_the_border(token: Token) -> bool:
    """"the town of Sido near the border with Chad": the neighbour across it, not the place's own country."""
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_.lower() in _BORDER_WORDS


def _state_owner(head: Token) -> Token | None:
    """A proper name given as the head's "of" object or possessor ("the Senate of the
    Philippines", "South Korea's National Security Council"), which may name its state."""
    owner = next((o for p in children(head) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in children(p) if o.dep_ == "pobj"), None) \
        or next((c for c in children(head) if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ in ("GPE", "ORG") else None


def _state_acted_on(token: Token, head: Token) -> bool:
    """A state named whole as the object of the subject's own verb ("the FO spokesperson
    urged India to respect the ceasefire"): a state does not urge, meet or condemn itself,
    so it is no evidence of the subject's country (people or places of a country are)."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or token.pos_ != "PROPN" \
            or token.ent_type_ != "GPE":
        return False
    if token.dep_ == "poss" and token.head.dep_ == "dobj" and token.head.head.i == verb.i \
            and verb.lemma_.lower() in _JUDGING_VERBS:
        return True  # "the ministry condemned Israel's decision": a state does not judge its own acts
    if any(c.dep_ == "case" for c in token.children):
        return False
    if token.dep_ in ("dobj", "dative") and token.head.i == verb.i:
        return True
    return token.dep_ == "pobj" and token.head.head.i == verb.i and token.head.lower_ in ("with", "against", "on", "to")


# verbs that judge another's act ("condemned X's decision", "welcomed X's offer")
_JUDGING_VERBS = frozenset({"condemn", "denounce", "criticise", "criticize", "slam", "blast", "decry", "deplore",
                            "reject", "protest", "welcome", "praise", "hail", "commend", "applaud"})


def _envoys_country(token: Token) -> bool:
    """"expelled the Dutch ambassador", "met his Japanese counterpart": the nationality of an
    envoy or counterpart is the other side's, no evidence about anyone else in the sentence."""
    while token.dep_ in ("amod", "compound", "poss", "appos", "nmod") and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in _ENVOY_NOUNS:
            return True
    return False


_ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "embassy", "consul", "consulate", "attache",
                          "counterpart", "chargé"})
_BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
_ARMED_GROUP_ROLES = frozenset({"REB", "INS", "UAF", "SEP", "RAD", "CRM"})
# the roles of people named only as people ("inmates", "youths"), who take a group's
_PLAIN_PEOPLE = frozenset({"CVL"})
# "a visit to Belgrade", "an urgent trip to Kyiv": the destination of a journey noun
_JOURNEY_NOUNS = frozenset({"visit", "trip", "journey", "tour", "mission", "flight", "voyage"})


_VISIT_VERBS = frozenset({"visit", "tour", "reach", "enter"})
_VENUE_VERBS = frozenset({"announce", "sign", "meet", "say", "agree", "declare", "hold", "talk", "negotiate"})
_VENUE_NOUNS = frozenset({"meeting", "talk", "talks", "conference", "summit", "ceremony", "negotiation", "negotiations"})
_ARRIVAL_VERBS = frozenset({"arrive", "land"})


def _is_place_object(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_WORDS


# local bodies named after the place they serve ("the Mato Grosso military police")
_LOCAL_BODIES = frozenset({"police", "governor", "authorities", "prosecutor", "prosecutors"})


def _place_of_local_body(token: Token) -> bool:
    """The last word of a place name that modifies a local body ("Grosso" of "the Mato Grosso
    military police")."""
    return token.pos_ == "PROPN" and token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in _LOCAL_BODIES \
        and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].pos_ != "PROPN")


def _proper_name_before(token: Token) -> str:
    """The proper-noun words of a place phrase ("Zamfara" of "Zamfara state"): the run of them
    that ends the phrase, not a possessor's ("Kulgam" of "south Kashmir's Kulgam")."""
    doc, start = token.doc, token.left_edge.i
    last = token.i if token.pos_ == "PROPN" else token.i - 1
    if last < start:
        return ""
    if doc[last].pos_ != "PROPN":
        # a name the tagger read as an adjective before a unit ("Shopian district")
        named_unit = token.lower_ in _ADMIN_UNITS and doc[last].is_title and not doc[last].is_sent_start
        return doc[last].text if named_unit and doc[last].pos_ == "ADJ" else ""
    first = last
    while first > start and (doc[first - 1].pos_ == "PROPN" or (doc[first - 1].text == "-" or doc[first - 1].text
                                                               in _PLACE_NAME_PARTICLES)
                             and first - 2 >= start and doc[first - 2].pos_ == "PROPN"):
        first -= 1  # (a particle inside a name: "Mocimboa da Praia", "Dera Ismail Khan")
    return " ".join(t.text for t in doc[first:last + 1] if t.text != "-")


_PLACE_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "la"})


_GAZETTEER_CACHE: dict[str, tuple[str, ...]] = {}
_GAZETTEER_MISSING = False


# a named province or state is known well enough to place an actor even beside another country
_ADMIN_UNITS = frozenset({"province", "region", "state", "governorate", "prefecture", "county", "district"})
_KOREAS = {"North": "PRK", "South": "KOR"}
# words of the names of bodies that most states have ("National Security Council", "Senate")
_INSTITUTION_WORDS = frozenset({"national", "security", "council", "senate", "supreme", "court", "parliament",
                                "assembly", "ministry", "defence", "defense", "interior", "foreign", "army",
                                "police", "navy", "air", "force", "forces", "house", "representatives",
                                "constitutional", "high", "federal", "central", "bank", "election",
                                "electoral", "commission", "cabinet", "of", "the", "and"})


def _generic_institution(name: str) -> bool:
    return all(w in _INSTITUTION_WORDS for w in name.lower().split())


def _language_of(token: Token) -> bool:
    """"English" of "English-speaking", "French-language": a language, not a nationality."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and doc[token.i + 2].lower_ in ("speaking", "speaker", "speakers", "language")
_COMPASS_NAMES = frozenset({
    "north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast", "central",
    "centre", "center", "northern", "southern", "eastern", "western", "midwest", "middle"})


def _of_object(noun: Token) -> Token | None:
    of = next((c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in children(of) if c.dep_ == "pobj"), None) if of is not None else None


_VARIANT_MIN_POPULATION = 50_000
# words of many countries' formal names, which make no two countries namesakes
_STATE_NAME_WORDS = frozenset({"Republic", "Democratic", "United", "Kingdom", "Federation", "State", "States",
                               "Islamic", "People's", "Arab", "Socialist", "Federal", "Union", "Plurinational",
                               "Bolivarian", "Commonwealth", "Principality", "Sultanate", "Emirates", "Islands"})


def _gazetteer_country(name: str, countries: dict[str, str], prefer: Sequence[set[str]] = ()) -> str:
    """The ISO3 country of a place name from the geocoder's gazetteer: of its plausible
    readings, one in the first of the `prefer` sets that holds any ("North West region" beside
    "Cameroonian gendarmes" is Cameroon's, not South Africa's), else the most populous exact
    match (places with under 1,000 people are too ambiguous to trust); "" if none."""
    options = _gazetteer_options(name, countries)
    for wanted in prefer:
        chosen = next((c for c in options if c in wanted), "")
        if chosen:
            return chosen
    return options[0] if options else ""


def _gazetteer_options(name: str, countries: dict[str, str]) -> tuple[str, ...]:
    """The countries a place name may be in, the default reading first (see
    `_gazetteer_country`), the rest by population."""
    global _GAZETTEER_MISSING
    if name.lower().replace("-", "") in _COMPASS_NAMES:
        return ()  # "the region of Northwest": a direction that some town somewhere is named
    if name in _GAZETTEER_CACHE or _GAZETTEER_MISSING:
        return _GAZETTEER_CACHE.get(name, ())
    try:
        from ..geo.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    except (ImportError, OSError, ValueError):
        _GAZETTEER_MISSING = True  # actors work without the geo data, only less well
        return ()
    alpha3 = {a2: a3 for a3, a2 in gazetteer.alpha3_to_alpha2.items()}
    found = gazetteer.candidates(name)
    if not found and name[:1].isupper() and " " not in name:
        # a district the gazetteer knows only with its unit ("Rajouri district")
        found = [(e, True) for unit in ("district", "province") for e, is_exact in gazetteer.candidates(f"{name} {unit}")
                 if is_exact]
    exact = [e for e, is_exact in found if is_exact]
    # a spelling variant ("Mekelle" for Mekele) only of a large place: small ones collide
    pool = exact or [e for e, _ in found if e.population >= _VARIANT_MIN_POPULATION]
    trusted = sorted((e for e in pool if e.population >= 1000 or e.precision != "city"),
                     key=lambda e: -e.population)
    best = max(pool, key=lambda e: e.population, default=None)
    ranked = ([best] if best in trusted else []) + trusted
    options = tuple(dict.fromkeys(c for e in ranked if (c := alpha3.get(e.country, "")) in countries))
    if best not in trusted:
        options = ()  # the most populous reading is a hamlet: the name is not to be trusted
    if len(_GAZETTEER_CACHE) > 50_000:
        _GAZETTEER_CACHE.clear()
    _GAZETTEER_CACHE[name] = options
    return options


_FIRE_FROM_AFAR = frozenset({"strike", "airstrike", "drone", "shelling", "shell", "missile", "rocket", "bombardment",
                             "fire", "artillery", "mortar"})


def _across_border(tok: Token) -> bool:
    """"the border with Mali": the country on the border's other side."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in ("border", "frontier", "boundary")


def _sentence_of(token: Token) -> Span:
    """token.sent, found from the sentence starts next to the token (Token.sent walks all the
    sentences of the doc before it)."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return doc[start:end]


MILITARY_RANKS = frozenset({"general", "gen.", "gen", "lt.", "lieutenant", "colonel", "col.", "brigadier", "marshal",
                            "admiral", "maj.", "major-general", "lt-gen", "lt.-gen."})
ARMY_HEADS = frozenset({"chief", "commander", "head"})


def _military_title(span: Span, head: Token) -> bool:
    """A rank or an army command before the name ("Lt. Gen. X", "army chief X")."""
    words = [t.lower_ for t in span.doc[max(head.left_edge.i, span.start):head.i] if _under(t, head, span.start)]
    return any(w in MILITARY_RANKS for w in words) or any(
        w in ("army", "military") and n in ARMY_HEADS for w, n in zip(words, words[1:]))


OFFICE_TITLES = frozenset({"minister", "president", "premier", "chancellor"})
NOT_IN_OFFICE = frozenset({"former", "ex", "ex-", "late", "opposition", "shadow", "outgoing", "elect", "president-elect"})


def _office_title(span: Span, head: Token) -> bool:
    """A government office held now before the name ("foreign minister X", not "former president X")."""
    words = [t.lower_ for t in span.doc[max(head.left_edge.i, span.start):head.i + 1] if _under(t, head, span.start)]
    return any(w in OFFICE_TITLES for w in words) and not any(w in NOT_IN_OFFICE for w in words)


CIVILIAN_OCCUPATIONS = frozenset({"student", "pupil", "schoolchild", "schoolchildren", "schoolgirl", "schoolboy",
                                  "farmer", "fisherman", "fishermen", "peasant", "villager", "herder", "herdsman",
                                  "herdsmen", "grower"})
RULED_SUFFIXES = frozenset({"ruled", "dominated", "governed", "majority"})


def _core_tokens(span: Span, head: Token) -> list[Token]:
    """The head and the words before it that modify it ("Iraqi Prime Minister Nuri al-Maliki"),
    plus name parts right after it; relative clauses, conjuncts and PPs are left out."""
    first = max(head.left_edge.i, span.start)
    doc = span.doc
    # (not who rules it: "Sunni-ruled Bahrain" is Bahrain; the text is searched first, this is a hot path)
    before = doc[first:head.i].text.lower() if head.i - first >= 3 else ""
    ruled = {t.i for t in doc[first:head.i] if t.lower_ in RULED_SUFFIXES and t.i >= 2 and doc[t.i - 1].text == "-"} \
        if "-" in before and any(w in before for w in RULED_SUFFIXES) else set()
    ruled |= {i - k for i in ruled for k in (1, 2)}
    tokens = [t for t in doc[first:head.i + 1] if _under(t, head, span.start) and t.i not in ruled]
    taken = {t.i for t in tokens}
    for token in span.doc[head.i + 1:span.end]:
        if token.head.i in taken and token.dep_ in ("compound", "flat", "nummod", "case") or (
            token.is_punct and token.text in "-–" and token.i + 1 < span.end and span.doc[token.i + 1].head.i == head.i
        ):
            tokens.append(token)
            taken.add(token.i)
        else:
            break
    return tokens


def _under(token: Token, head: Token, span_start: int = -1) -> bool:
    """Token is head or inside its left modifiers, not in a clause or conjunct hanging there
    (unless the caller's span starts at that conjunct: "[Romanian officials]" cut from
    "Hungarian and Romanian officials" is about the Romanians)."""
    node = token
    while node.i != head.i:
        if node.head.i == node.i:
            return False
        if node.dep_ == "conj" and node.head.i < span_start <= node.i and node.i < head.i:
            node = node.head
            continue
        # a PP inside a left modifier belongs to the title ("Secretary of State Warren ...")
        inner_pp = node.dep_ in ("prep", "pobj") and node.head.i != head.i and node.i < head.i
        if node.dep_ in _CLAUSE_DEPS and not inner_pp:
            return False
        node = node.head
    return True


_RANK_WORDS = frozenset({"deputy", "vice", "assistant", "acting"})
_ANY_SIDES = frozenset({"all", "both", "the", "two", "warring", "rival", "conflicting", "relevant", "concerned"})


def _governing_verb(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _name_given(span: Span, head: Token) -> Token | None:
    """The name in "X known as / called NAME" inside the span."""
    for child in children(head):
        if child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name"):
            as_ = next((c for c in children(child) if c.dep_ == "prep" and c.lower_ == "as"), None)
            name = next((c for c in children(as_) if c.dep_ == "pobj"), None) if as_ is not None else None
            name = name or next((c for c in children(child) if c.dep_ in ("oprd", "attr")), None)
            if name is not None and span.start <= name.i < span.end:
                return name
    return None


def _secondary_children(span: Span, head: Token) -> Iterable[Token]:
    for child in children(head):
        if not (span.start <= child.i < span.end):
            continue
        if child.dep_ in _SECONDARY_DEPS or (child.dep_ == "prep" and child.lower_ in _PLACE_PREPS_ALL) \
                or (child.dep_ == "prep" and child.lower_ in _NAME_PREPS and head.pos_ == "PROPN") \
                or (child.dep_ == "acl" and child.lemma_.lower() in _BELONGING_VERBS):
            yield child



def _extent(toks: list[_Tok], doc_text: "str | None" = None) -> tuple[str, int | None, int | None]:
    starts = [t.start for t in toks if t.start is not None]
    ends = [t.end for t in toks if t.end is not None]
    start, end = (min(starts), max(ends)) if starts and ends else (None, None)
    if doc_text is not None and start is not None:
        return doc_text[start:end], start, end
    return " ".join(t.text for t in toks), start, end


def _as_mention(actor: Actor, text: str, start: int | None, end: int | None) -> Actor:
    return replace(actor, text=text, start=start, end=end, roles=list(actor.roles))


def _unlisted_member(toks: list[_Tok], reading: _Reading, head: _Tok, named_person: bool) -> str:
    """The name of an unlisted person the phrase is about, who acts for the listed body it
    names ("Taliban spokesman Zabiullah Mujahid", "Sadr's spokesman, Salah al-Obeidi"): the
    head is that unknown name or a role noun; "" otherwise."""
    names = reading.unmatched_names
    if not names:
        return ""
    head_is_name = any(t is head for t in names)
    role_head = head.lemma in _GENERIC_ROLES or head.key in _GENERIC_ROLES
    if named_person and not role_head:
        return ""  # the listed person himself, under a misspelt name ("Francois Mitterand")
    if not (head_is_name or (role_head and any(t.ent == "PERSON" for t in names))):
        return ""
    return " ".join(t.text for t in _last_name_run(toks, names))


def _last_name_run(toks: list[_Tok], names: list[_Tok]) -> list[_Tok]:
    """The last run of unknown proper names in the phrase, with the particles inside it:
    the person's name ("Abdul Qadir al Obeidi" of "Defense Minister Abdul Qadir al-Obeidi")."""
    wanted = {id(t) for t in names}
    runs: list[list[_Tok]] = [[]]
    for tok in toks:
        if id(tok) in wanted or (runs[-1] and tok.key in _NAME_PARTICLES):
            runs[-1].append(tok)
        elif runs[-1]:
            runs.append([])
    run = next((r for r in reversed(runs) if r), [])
    while run and run[-1].key in _NAME_PARTICLES:
        run.pop()
    while len(run) > 1 and (run[0].key in _TITLES or run[0].key in _TITLE_WORDS):
        run.pop(0)  # "Secretary General Chadli Klibi": the title is no part of the name
    if not run and names:  # names from an attached phrase (an apposition) rather than the core
        return list(names)
    return run


def _composed_name(toks: list[_Tok], reading: _Reading, knowledge: ActorKnowledge, text: str = "") -> str:
    person = _last_name_run(toks, reading.unmatched_names)
    at = {id(t): i for i, t in enumerate(toks)}
    head = next((at[id(t)] for t in toks if t.is_head), None)
    if person and not (head is not None and at.get(id(person[-1]), head) < head):
        # a name before the head is the body's ("the Defense Ministry"), not a person's
        return " ".join(t.text for t in person)
    words = text.split() if text else [t.text for t in toks]
    while words and words[0].lower() in ("the", "a", "an", "some", "several", "many", "two", "three"):
        words = words[1:]
    if not reading.agents and reading.countries:
        return knowledge.country_names.get(reading.countries[0], " ".join(words))
    return " ".join(words)


class ActorResolver:
    """The actor dictionaries of the product (and optional user PETRARCH dictionaries)."""

    def __init__(self, dictionaries: Path | None = None, strict: bool = False) -> None:
        self.dictionaries, self.strict = dictionaries, strict
        self.knowledge = load_knowledge(dictionaries, strict=strict)

    def __reduce__(self):
        # pickled (e.g. to Spark workers) as its arguments: each process loads its own cache
        return (ActorResolver, (self.dictionaries, self.strict))

    def document(self, story_date: date | None = None) -> DocumentActors:
        return DocumentActors(self.knowledge, story_date)

    def countries_named(self, phrase: str, story_date: date | None = None) -> list[str]:
        """The countries a plain phrase names, in order, once each: by country names and
        adjectives ("Somali troops"), and by the country of each named actor ("Putin")."""
        toks = _plain_views(phrase)
        day = DocumentActors(self.knowledge, story_date)._day
        found: dict[str, None] = {}
        matches = _scan(self.knowledge, toks)
        covered = {i for m in matches for i in range(m.first, m.last)}
        for m in matches:
            if m.kind == "actor" and not _name_fragment(self.knowledge, m, toks, covered):
                code = self.knowledge.code_at(m.ident, day) or ""
                if code[:3] in self.knowledge.country_names:
                    found.setdefault(code[:3])
        return list(found)

    def lookup(self, phrase: str, story_date: date | None = None) -> Actor | None:
        """Code a phrase out of context ("Iraqi government", "Nuri al-Maliki")."""
        toks = _plain_views(phrase)
        if not toks:
            return None
        actors = DocumentActors(self.knowledge, story_date)
        actor = actors._resolve_phrase(_Phrase(toks, _read(self.knowledge, toks, actors._day)))
        return replace(actor, text=phrase.strip()) if actor else None

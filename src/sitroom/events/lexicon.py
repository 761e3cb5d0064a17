"""Verb patterns converted from PETRARCH2 (data/verbs/verbs.json), compiled for fast matching.

A verb token is looked up by lemma (irregular forms and multi-word verbs as fallbacks); the
patterns of its block are indexed by their first required word, so only the few patterns
whose key occurs among the verb's dependents are checked.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from sitroom.nlp import children

from sitroom.events.tables import load_data
from sitroom.events.vocab import PHONE_WORDS

# dependents whose words fill the PETRARCH "post-verb" slot (objects, particles, complements)
OBJ_DEPS = frozenset({"dobj", "dative", "attr", "acomp", "oprd", "prt", "xcomp", "advmod",
                      "npadvmod", "obj", "ccomp"})
PREP_DEPS = frozenset({"prep", "agent"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
DECLARING_VERBS = frozenset({"declare", "proclaim"})
AIRCRAFT_WORDS = frozenset({"jet", "jets", "aircraft", "warplane", "warplanes", "plane", "planes"})  # "a truce / an emergency was declared"
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor"})

Slot = tuple[frozenset[str], ...]  # alternatives, each a set of words that must all occur
Term = tuple[Slot, ...]  # slots that must all be filled ("{PEACE &TREATY}" has two)


@dataclass(frozen=True, slots=True)
class Pattern:
    code: str | None
    swap: bool
    subj: tuple[Term, ...]  # every term must be found in the subject's words
    obj: tuple[Term, ...]  # ... in the object-side words
    preps: tuple[tuple[frozenset[str], tuple[Term, ...]], ...]  # (preposition names, terms)
    target: str | None  # "obj" | "prep:<p>" | None
    source: str | None
    weight: int
    line: str
    negative: bool = False  # the pattern spells a negation ("DID N'T *"): it codes negated verbs
    compound: bool = False  # "% *": needs a coordinated subject, whose members act on each other


@dataclass(frozen=True, slots=True)
class VerbMatch:
    lemma: str
    block: str
    code: str | None
    swap: bool = False
    target: str | None = None
    source: str | None = None
    pattern: str | None = None  # the dictionary line that matched, for evidence/debugging
    prep: str | None = None  # preposition the pattern names (its object can be the target)
    weight: int = 0  # words the pattern matched (0: the verb's default code)
    negative: bool = False  # the matched pattern spells a negation
    mutual: bool = False  # a compound-subject pattern: the subject's members act on each other


@dataclass(slots=True)
class VerbContext:
    """Words around a verb, gathered once: object-side bag, prepositions, subject bag."""
    obj: set[str]
    preps: dict[str, set[str]]
    subj: set[str]




def _term(slots: list[list[list[str]]]) -> Term:
    return tuple(tuple(frozenset(a) for a in slot if a) for slot in slots)


def _term_weight(term: Term) -> int:
    return sum(max((len(a) for a in slot), default=0) for slot in term)


class VerbLexicon:
    # True when a user's verb dictionary replaces the shipped one: its verbs, patterns and codes
    # alone decide events, and the coder's own CAMEO rules (speech frames, appeals, negation to
    # refusal, noun events, object classes) stay out (see EventCoder._dictionary_clause)
    authoritative: bool = False

    def __init__(self, data: dict | None = None) -> None:
        data = data or load_data("verbs/verbs.json")
        self.verbs: dict[str, tuple[str, str | None]] = {
            k: (v["block"], v["code"]) for k, v in data["verbs"].items()}
        self.phrasal: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str, str | None]]] = {
            k: [(tuple(e["before"]), tuple(e["after"]), e["block"], e["code"]) for e in v]
            for k, v in data["phrasal"].items()}
        self.forms: dict[str, str] = data["forms"]
        self.nouns: dict[str, str] = data["nouns"]
        self.block_codes: dict[str, str | None] = {k: b["code"] for k, b in data["blocks"].items()}
        self.index: dict[str, dict[str, list[Pattern]]] = {}
        for name, block in data["blocks"].items():
            self.index[name] = self._index_block(block["patterns"])

    # ------------------------------------------------------------ compile
    def _compile(self, p: dict) -> Pattern:
        subj = tuple(_term(t) for t in p["subj"])
        obj = tuple(_term(t) for t in p["obj"])
        preps = tuple((frozenset(pp["prep"]), tuple(_term(t) for t in pp["words"])) for pp in p["preps"])
        weight = sum(_term_weight(t) for t in subj + obj)
        weight += sum(1 + sum(_term_weight(t) for t in words) for _, words in preps)
        negative = any(NEGATION_WORDS & alt for t in subj + obj for slot in t for alt in slot)
        compound = bool(p.get("compound"))
        return Pattern(p["code"], p["swap"], subj, obj, preps, p["target"], p["source"], weight + compound,
                       p["line"], negative, compound)

    def _index_block(self, patterns: list[dict]) -> dict[str, list[Pattern]]:
        index: dict[str, list[Pattern]] = {}
        for raw in patterns:
            pat = self._compile(raw)
            # key on the head slot of the first term: some alternative of it must be present
            if pat.obj:
                keys = {w for alt in pat.obj[0][-1] for w in alt}
            elif pat.preps:
                keys = {"(" + p for p in pat.preps[0][0]}
            elif pat.subj:
                keys = {"subj:" + w for alt in pat.subj[0][-1] for w in alt}
            else:
                keys = {COMPOUND_KEY} if pat.compound else set()
            for key in keys:
                index.setdefault(key, []).append(pat)
        return index

    # ------------------------------------------------------------ lookup
    def lookup(self, verb: Token) -> tuple[str, str, str | None] | None:
        """(lemma, block, default code) of a verb token, multi-word verbs first."""
        # the dictionary's own inflections first: the lemmatizer misreads some ("raged" -> "rag")
        lemma = self.forms.get(verb.lower_) or verb.lemma_.lower()
        if lemma not in self.verbs and lemma.startswith("re") and lemma[2:] in self.verbs:
            lemma = lemma[2:]  # "reimpose", "reopen": the repeated act is the act
        for before, after, block, code in self.phrasal.get(lemma, ()):
            if self._phrasal_fits(verb, before, after):
                return lemma, block, code
        entry = self.verbs.get(lemma)
        if entry is None:
            return None
        return lemma, entry[0], entry[1]

    @staticmethod
    def _phrasal_fits(verb: Token, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
        doc = verb.doc
        if after:
            # (a time phrase is no particle: "turned out over the weekend" is no "turn over")
            # nor a means of talk: "talked over the phone" is no "talk over" (persuade, 080)
            particles = {c.lower_ for c in children(verb) if c.dep_ in ("prt", "prep", "dobj", "advmod")
                        and not _is_time_phrase(c) and not _is_medium_phrase(c)}
            nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
            if nxt is not None and nxt.dep_ == "prt" and nxt.head.i == verb.i and nxt.lower_ != after[0]:
                return False  # the verb has another particle of its own
            if after[0] not in particles and (nxt is None or after[0] != nxt.lower_ or _is_medium_phrase(nxt)):
                return False
        if before:
            prev = doc[verb.i - 1].lower_ if verb.i > 0 else ""
            if before[-1] != prev and not (verb.i > 1 and doc[verb.i - 1].text == "-"
                                           and doc[verb.i - 2].lower_ == before[-1]):
                return False
        return True

    @staticmethod
    def context(verb: Token, patient_as_object: bool = False) -> VerbContext:
        obj: set[str] = set()
        preps: dict[str, set[str]] = {}
        subj: set[str] = set()
        # patterns describe active clauses: a passive's subject and "by" agent are not matched
        # (except, for a verb that only its patterns code, the subject as the object: "the
        # agreement was signed by both sides" is signing an agreement)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb))
        for child in children(verb):
            dep = child.dep_
            if passive and dep == "nsubjpass" and patient_as_object:
                _add_phrase(child, obj, preps)
                continue
            if passive and dep in ("nsubjpass", "agent"):
                continue
            if dep in SUBJ_DEPS:
                for t in child.subtree:
                    obj_add(subj, t)
            elif dep in PREP_DEPS:
                if not _is_time_phrase(child):
                    _add_prep(child, preps)
            elif dep == "ccomp":
                obj_add(obj, child)
            elif dep == "xcomp":
                obj_add(obj, child)
                for g in children(child):
                    if g.dep_ in ("aux", "prt", "dobj", "acomp", "attr"):
                        _add_phrase(g, obj, preps)
            elif dep in OBJ_DEPS:
                _add_phrase(child, obj, preps)
        return VerbContext(obj, preps, subj)

    def match(self, verb: Token) -> VerbMatch | None:
        found = self.lookup(verb)
        if found is None:
            return None
        lemma, block, code = found
        index = self.index.get(block)
        if not index:
            return VerbMatch(lemma, block, code)
        # ("the agreement was signed by the two sides / between the two warring factions"; a
        # verb of bare statement says nothing but by its patterns: "a ceasefire was declared")
        ctx = self.context(verb, patient_as_object=code == "010" and lemma in DECLARING_VERBS or code is None and any(
            c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "between" for c in children(verb)))
        keys = set(ctx.obj)
        keys |= {"(" + p for p in ctx.preps}
        # (PETRARCH's "FIGHTERS *" means fighter jets; in news "fighters" are mostly militants)
        keys |= {"subj:" + w for w in ctx.subj if w != "fighters" or ctx.subj & AIRCRAFT_WORDS}
        compound = _compound_subject(verb)
        if compound:
            keys.add(COMPOUND_KEY)
        best: Pattern | None = None
        seen: set[int] = set()
        # sorted keys and a line-number tie-break: the same sentence codes the same way in every
        # process, whatever PYTHONHASHSEED (Spark workers, subprocesses, reruns)
        for key in sorted(keys & index.keys()):
            for pat in index[key]:
                if id(pat) in seen:
                    continue
                seen.add(id(pat))
                if (best is None or _outranks(pat, best)) and _fits(pat, ctx) and (compound or not pat.compound):
                    best = pat
        own_code = code is not None and code != self.block_codes.get(block)
        if best is None or (own_code and (not best.obj and not best.preps or _other_root(best.code, code)
                                          and not _cooperation_named(best, code))):
            # a verb with its own code ("arrest" in a capture/seize block) keeps it against
            # block patterns that only look at the subject
            return VerbMatch(lemma, block, code)
        prep = min(best.preps[0][0]) if best.preps else None
        return VerbMatch(lemma, block, best.code, best.swap, best.target, best.source, best.line, prep,
                         best.weight, best.negative, best.compound)


COMPOUND_KEY = "subj:%"


def _compound_subject(verb: Token) -> bool:
    """Is the verb's subject coordinated ("Gondor and Osgiliath agreed")?"""
    return any(c.dep_ in SUBJ_DEPS and any(g.dep_ == "conj" for g in children(c)) for c in children(verb))


def _other_root(pattern_code: str | None, own_code: str) -> bool:
    """A block pattern written for the block's other verbs would move this verb to another root
    ("negotiate" in the COMPROMISE block: "negotiate with X" stays 046, not the block's 050)."""
    return pattern_code is not None and pattern_code[:2] != own_code[:2]


def _cooperation_named(pattern: Pattern, own_code: str) -> bool:
    """An object pattern naming cooperation (roots 02-08: "expressed SUPPORT / WILLINGNESS")
    outranks a verb's own conflict code ("express" alone is PETRARCH's 110): the object, not
    the verb, says what was expressed."""
    return bool(pattern.obj) and pattern.code is not None and "02" <= pattern.code[:2] <= "08" <= own_code[:2]


def _outranks(pattern: Pattern, best: Pattern) -> bool:
    """Higher weight wins; a tie is broken by the dictionary line's text, so it never depends on
    set iteration order."""
    return (pattern.weight, pattern.line or "") > (best.weight, best.line or "")


def obj_add(bag: set[str], tok: Token) -> None:
    bag.add(tok.lower_)
    bag.add(tok.lemma_.lower())


PARTITIVES = frozenset({"part", "series", "wave", "string", "spate", "round", "number", "some",
                        "most", "all", "rest", "dozen", "dozens", "hundred", "hundreds",
                        "thousand", "thousands", "group", "kind", "type", "portion", "bulk",
                        "half", "quarter", "third", "fraction", "majority", "many", "several", "scores"})
NP_MODIFIERS = frozenset({"compound", "amod", "nmod", "nummod", "poss", "det", "prt", "npadvmod",
                          "advmod", "quantmod", "conj", "cc", "case"})


def _add_phrase(head: Token, bag: set[str], preps: dict[str, set[str]]) -> None:
    """A noun phrase's head and modifiers (not its relative clauses or prepositional
    phrases, which are recorded under their preposition: "(OF PRISONERS)")."""
    obj_add(bag, head)
    for c in children(head):
        if c.dep_ in NP_MODIFIERS:
            for t in c.subtree:
                obj_add(bag, t)
        elif c.dep_ == "prep":
            if c.lower_ == "of" and head.lemma_.lower() in PARTITIVES:
                # "part of an aid program", "a series of attacks": the of-noun is the head
                pobj = next((g for g in children(c) if g.dep_ == "pobj"), None)
                if pobj is not None:
                    _add_phrase(pobj, bag, preps)
            _add_prep(c, preps)


TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _is_time_phrase(prep: Token) -> bool:
    """"on Tuesday", "in March": a date, not the (ON) of "call on"."""
    pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.ent_type_ in TIME_ENTITIES


def _is_medium_phrase(prep: Token) -> bool:
    """"over the phone", "by video link": the means of a conversation."""
    pobj = next((c for c in children(prep) if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in PHONE_WORDS


def _add_prep(prep: Token, preps: dict[str, set[str]]) -> None:
    bag = preps.setdefault(prep.lower_, set())
    for t in prep.subtree:
        if t is not prep:
            obj_add(bag, t)


def _term_in(term: Term, bag: set[str]) -> bool:
    return all(any(alt <= bag for alt in slot) for slot in term)


def _fits(pat: Pattern, ctx: VerbContext) -> bool:
    for term in pat.obj:
        if not _term_in(term, ctx.obj):
            return False
    for term in pat.subj:
        if not _term_in(term, ctx.subj):
            return False
    for names, words in pat.preps:
        bag = next((ctx.preps[p] for p in names if p in ctx.preps), None)
        if bag is None or not all(_term_in(t, bag) for t in words):
            return False
    return True


@lru_cache(maxsize=1)
def verb_lexicon() -> VerbLexicon:
    return VerbLexicon()

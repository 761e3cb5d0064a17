"""Reading a spaCy dependency parse: subjects, objects, negation, modality, clauses, spans."""
from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp import children

from sitroom.events.vocab import (
    CULPABLE, HYPOTHETICAL_AUX, OBLIGATION_AUX, OPTIMISM, PESSIMISM, PLANNED_AUX, READINESS, SPEECH_NOUNS,
)

# dependents left out of an actor's noun phrase (clauses, appositions, conjuncts)
SKIP_IN_NP = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "prep"})


def subjects_of(verb: Token) -> list[Token]:
    subj = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return _subjects_in_fronted_phrase(verb)
    if subj.pos_ == "PRON" and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return parties_of(subj)


def _subjects_in_fronted_phrase(verb: Token) -> list[Token]:
    """"In the region of Huanuco, police and protesters clashed": the parser made the subjects
    conjuncts of the fronted phrase's last noun; they are the conjuncts after its comma."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return []
    last = verb.doc[verb.i - 1]
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if last.dep_ != "conj" or first.dep_ != "pobj" or verb not in first.ancestors:
        return []
    comma = next((t for t in verb.doc[first.i + 1:last.i] if t.text == ","), None)
    if comma is None:
        return []
    subjects = [c for c in first.conjuncts if comma.i < c.i < verb.i]
    return [] if any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in subjects) else subjects


def parties_of(tok: Token) -> list[Token]:
    """The actors a noun phrase names: its member states or its conjuncts."""
    return _examples_named(tok) or _member_states(tok) or conjuncts_of(tok)


def sides_between(tok: Token) -> Token | None:
    """"the joint exercises / the talks between X and Y": X (Y is its conjunct)."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return None
    between = next((p for p in children(tok) if p.dep_ == "prep" and p.lower_ == "between"), None)
    side = first_child(between, ("pobj",)) if between is not None else None
    return side if side is not None and side.conjuncts else None


def _examples_named(tok: Token) -> list[Token]:
    """"international organizations such as the UN and the AU": the bodies named as examples,
    one actor each (the plural noun names no one)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return []
    for prep in children(tok):
        if prep.dep_ == "prep" and prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.lefts):
            named = first_child(prep, ("pobj",))
            if named is not None and named.pos_ == "PROPN":
                return [named, *(t for t in named.conjuncts if t.i > named.i)]
    return []


def member_of(tok: Token) -> Token | None:
    """The role noun whose member states `tok` is one of ("Pakistan" and "China" in
    "counterparts from Pakistan and China"), if any."""
    first = tok.head if tok.dep_ == "conj" else tok
    holder = first.head.head if first.dep_ == "pobj" and first.head.dep_ == "prep" else None
    return holder if holder is not None and tok in _member_states(holder) else None


def _member_states(subj: Token) -> list[Token]:
    """"Foreign ministers from the United States and Russia": the countries they come from,
    one actor each (the shared role noun names no single side)."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NNS" or any(t.dep_ == "conj" for t in children(subj)):
        return []
    pobj = next((first_child(p, ("pobj",)) for p in children(subj) if p.dep_ == "prep" and p.lower_ in ("from", "of")), None)
    if pobj is None or pobj.ent_type_ not in ("GPE", "NORP", "ORG") or not pobj.conjuncts:
        return []
    return [pobj, *(t for t in pobj.conjuncts if t.i > pobj.i)]


def conjuncts_of(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it; for a noun whose nationality or name
    modifiers are coordinated ("Hungarian and Romanian officials"), each further modifier
    stands for one more actor (its noun phrase is the modifier plus the head, see np_span)."""
    out = [tok, *[t for t in tok.conjuncts if t.i > tok.i and not _alias(t) and not _bearing(t)]]
    if tok.pos_ in ("NOUN", "PROPN") and len(out) == 1:
        # "both U.S. President Joe Biden and Secretary-General Antonio Guterres": the parser
        # may hang the second name on the first one's apposition
        out += [t for a in children(tok) if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                for t in a.conjuncts if t.i > a.i and t.ent_type_ == "PERSON"]
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in children(tok):
            if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                out.extend(t for t in c.conjuncts if c.i < t.i < tok.i and t.pos_ in ("ADJ", "PROPN"))
    return out


BEARINGS = frozenset({"north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast",
                      "outskirts"})


def _bearing(conj: Token) -> bool:
    """"..., southwest of Diyala": where the place before lies, read as one more conjunct."""
    return conj.lower_ in BEARINGS and any(c.dep_ == "prep" and c.lower_ == "of" for c in conj.children)


def _alias(conj: Token) -> bool:
    """"the 7th Brigade, or Kaniyat, ...": a name set off as another name of the same party."""
    doc = conj.doc
    return conj.i >= 2 and doc[conj.left_edge.i - 1].lower_ == "or" and doc[conj.left_edge.i - 2].text == "," \
        and conj.right_edge.i + 1 < len(doc) and doc[conj.right_edge.i + 1].text == ","


def modifier_head(tok: Token) -> Token | None:
    """The noun a coordinated modifier belongs to ("Romanian" in "Hungarian and Romanian
    officials" -> "officials"), or None for other tokens."""
    if tok.dep_ != "conj" or tok.pos_ not in ("ADJ", "PROPN"):
        return None
    first = tok.head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ in ("amod", "compound", "nmod") and first.head.i > tok.i and first.head.pos_ in ("NOUN", "PROPN"):
        return first.head
    return None


def first_child(tok: Token | None, deps: tuple[str, ...]) -> Token | None:
    if tok is None:
        return None
    return next((c for c in children(tok) if c.dep_ in deps), None)


def prep_object(tok: Token, prep: str) -> Token | None:
    """The object of `tok`'s first `prep` phrase ("gave aid to X": a dative "to" too); a later
    one when the first is a time ("called on Tuesday on Morocco to ...")."""
    dated = None
    for c in children(tok):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            obj = first_child(c, ("pobj",)) or _gerund_subject(c)
            if obj is None or obj.ent_type_ not in ("DATE", "TIME"):
                return obj if dated is None or obj is not None else dated
            dated = dated or obj
    return dated


GERUND_OBJECT_PREPS = frozenset({"at", "on", "upon", "against", "into", "toward", "towards"})


def _gerund_subject(prep: Token) -> Token | None:
    """"fired at protesters marching on ...": the parser makes the noun the subject of a
    gerund clause under the preposition; that noun is the preposition's object."""
    clause = first_child(prep, ("pcomp",))
    if clause is None or clause.tag_ != "VBG":
        return None
    described = first_child(clause, ("dobj",))
    if described is not None and described.left_edge.i == clause.i + 1 and described.pos_ in ("NOUN", "PROPN"):
        return described  # "clashed with fleeing gunmen": the participle describes the noun
    if prep.lower_ not in GERUND_OBJECT_PREPS:
        return None  # "with Yerevan saying ...": a circumstance, not an object
    subject = first_child(clause, ("nsubj",))
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def first_subject(verb: Token) -> Token | None:
    subj = subjects_of(verb)
    return subj[0] if subj else None


NOBODY = frozenset({"nobody", "nothing", "none", "noone"})


def is_negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in children(verb)):
        return True
    if any(c.dep_ in ("dobj", "dative", "nsubjpass") and _is_nobody(c) for c in children(verb)):
        return True  # "asked no one for a truce", "met no resistance", "nobody was hurt"
    if verb.dep_ == "conj" and not subjects_of(verb) and _shares_negation(verb):
        return True  # "was not planned or prepared"
    # "failed to", "no longer"
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "fail"


def _is_nobody(tok: Token) -> bool:
    if tok.lower_ in NOBODY:
        return True
    return any(negating_no(c) for c in children(tok))


def negating_no(det: Token) -> bool:
    """A "no" determiner that negates ("no one was hurt"), not a count ("no fewer than 12")."""
    return det.dep_ == "det" and det.lower_ == "no" and not _no_fewer_than(det)


def _no_fewer_than(no: Token) -> bool:
    """"No fewer than twelve soldiers were killed": a count, no negation."""
    doc = no.doc
    return no.i + 2 < len(doc) and doc[no.i + 1].lower_ in ("fewer", "less", "more") and doc[no.i + 2].lower_ == "than"


def _shares_negation(conj: Token) -> bool:
    """A conjunct without its own subject or auxiliary is under its head's negation unless
    joined by a contrast ("did not attack but withdrew")."""
    head = conj.head
    if not any(c.dep_ == "neg" for c in children(head)):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children(conj)):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children(head))


def has_mark(verb: Token, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in words for c in children(verb))


def aux_modality(verb: Token, modality: str) -> str:
    if modality in ("denied", "threatened"):
        return modality
    conditional = any(c.dep_ == "advcl" and has_mark(c, ("if", "unless")) for c in children(verb))
    for c in children(verb):
        if c.dep_ in ("aux", "auxpass"):
            low = c.lower_
            if low == "would" and modality == "reported" and not conditional:
                return "planned"  # reported speech: "said they would meet" is future-in-the-past
            if low in HYPOTHETICAL_AUX:
                return "hypothetical"
            if low in PLANNED_AUX:
                return "planned" if modality in ("asserted", "reported") else modality
        if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
            return "hypothetical"
    # "is going to attack", "is expected to"
    return modality




def mood_code(clause: Token) -> str | None:
    """"(said) he was confident / skeptical ...": CAMEO 013 optimistic / 012 pessimistic comment."""
    if clause.lemma_ != "be":
        return None
    for c in children(clause):
        if c.dep_ == "acomp":
            word = c.lower_
            if word in OPTIMISM:
                return "013"
            if word in PESSIMISM:
                return "012"
    return None




def speech_act_clause(verb: Token) -> Token | None:
    """The clause carried by a speech-act object: "issued a declaration demanding X"."""
    obj = next((c for c in children(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in SPEECH_NOUNS:
        return None
    return next((c for c in children(obj) if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ == "VERB"
                 and c.dep_ != "relcl"), None)


def has_own_agent(verb: Token, inner: Token) -> bool:
    """"wants Germany to pay": the governed act has its own agent (an object of the verb or
    a subject of the infinitive)."""
    if inner.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in children(verb)):
        return True
    return inner.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(inner)) \
        and any(c.dep_ == "nsubj" for c in children(inner))


def readiness_complement(verb: Token) -> Token | None:
    """The action of "is willing/ready/prepared to ACT", "is committed to ACTING" (the parser
    reads the last as a passive verb with a gerund under "to")."""
    if verb.lemma_ in ("be", "stand", "remain"):  # "stood ready to send rescue teams"
        word = next((c for c in children(verb) if c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in READINESS), None)
    else:
        passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children(verb))
        word = verb if passive and verb.lower_ in READINESS else None
    return _action_complement(word, "to") if word is not None else None


def culpability_complement(verb: Token) -> Token | None:
    """The act of "X is guilty of / responsible for ACTING": X did it."""
    if verb.lemma_ != "be":
        return None
    word = next((c for c in children(verb) if c.dep_ in ("acomp", "attr") and c.lower_ in CULPABLE), None)
    return _action_complement(word, CULPABLE[word.lower_]) if word is not None else None


def _action_complement(word: Token, prep: str) -> Token | None:
    """The verb of "WORD to ACT" (xcomp) or "WORD PREP ACTING" (a gerund under the preposition)."""
    for c in children(word):
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            return c
        if c.dep_ == "prep" and c.lower_ == prep:
            return next((x for x in children(c) if x.dep_ == "pcomp" and x.tag_ == "VBG"), None)
    return None


def has_obligation(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in children(verb)):
        return True
    head = verb.head if verb.dep_ == "xcomp" else None
    # "has to / needs to withdraw" obliges; a narrated "had to call in air support" does not
    return head is not None and head.lemma_ in ("have", "need") and head.tag_ != "VBD" and any(
        a.lower_ == "to" for a in children(verb))


def inner_verb(verb: Token) -> Token | None:
    for c in children(verb):
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return c
    # "vowed to fight" parsed as a purpose clause
    for c in children(verb):
        if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > verb.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
            return c
    # "called for X to stop", "appealed to X to ..."
    for c in children(verb):
        if c.dep_ == "prep":
            for g in children(c):
                if g.dep_ == "pobj":
                    v = next((x for x in children(g) if x.dep_ in ("acl", "relcl") and x.pos_ == "VERB"), None)
                    if v is not None and any(a.lower_ == "to" for a in children(v)):
                        return v
    return None


def mentions(verb: Token, words: frozenset[str]) -> bool:
    for c in children(verb):
        if c.dep_ in ("dobj", "prep", "xcomp", "nsubjpass", "attr"):
            for t in c.subtree:
                if t.lower_ in words or t.lemma_.lower() in words:
                    return True
    return False


def according_to(sent: Span) -> Span | None:
    i = next((t.i for t in sent if t.lower_ == "according"), None)
    doc = sent.doc
    if i is None or i + 1 >= sent.end or doc[i + 1].lower_ != "to":
        return None
    pobj = next((t for t in children(doc[i + 1]) if t.dep_ == "pobj"), None)
    end = pobj.right_edge.i + 1 if pobj is not None else i + 2
    return doc[i:end]


def speaker_text(tok: Token) -> str:
    span = np_span(tok)
    verb = tok.head
    return f"{span.text} {verb.text}" if verb.i > span.end - 1 else f"{verb.text} {span.text}"




# people named by whom they come from or serve: "officials from the SPLM-IO", "aides to Moon"
MEMBER_NOUNS = frozenset({"officials", "members", "leaders", "representatives", "delegates", "officers",
                          "captors", "kidnappers", "fighters", "militants", "gunmen"})
AIDE_NOUNS = frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors"})


def _belonging(head: Token, prep: Token, tok: Token) -> bool:
    """A "from" or "to" phrase that says whose people the head noun names."""
    if head is not tok or prep.dep_ != "prep":
        return False
    named = first_child(prep, ("pobj",))
    if named is not None and prep.lower_ == "from" and named.lemma_.lower() in GANG_NOUNS \
            and head.lower_ in MEMBER_NOUNS | PLAIN_PEOPLE_NOUNS:
        return True  # "inmates from rival gangs", "youths from the militia": the gang's members
    if named is None or not (named.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in named.lefts)):
        return False
    return prep.lower_ == "from" and head.lower_ in MEMBER_NOUNS or prep.lower_ == "to" and head.lower_ in AIDE_NOUNS


# armed groups named by a common noun, and people named only as people, who may belong to one
GANG_NOUNS = frozenset({"gang", "militia", "cartel", "faction", "mob"})
PLAIN_PEOPLE_NOUNS = frozenset({"inmates", "prisoners", "youths", "men", "people", "residents"})


# "positions belonging to / affiliated with the PKK", "groups linked to al-Qaeda": the owner
OWNER_VERBS = frozenset({"belong", "link", "affiliate", "tie"})


def _owned(head: Token, clause: Token, tok: Token) -> bool:
    """A participle clause on the head noun that names its owner."""
    return head is tok and clause.dep_ == "acl" and clause.lemma_.lower() in OWNER_VERBS \
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in children(clause))


def np_span(tok: Token) -> Span:
    """The noun phrase of a head token without relative clauses, appositions or conjuncts;
    "of"-phrases stay ("the leader of Hamas"). A coordinated modifier spans itself and its
    noun: "Romanian officials" out of "Hungarian and Romanian officials"."""
    head = modifier_head(tok)
    if head is not None:
        return tok.doc[tok.i:head.i + 1]
    lo = hi = tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in children(t):
            if c.dep_ in SKIP_IN_NP and not (c.dep_ == "prep" and c.lower_ == "of") and not _belonging(t, c, tok) \
                    and not _owned(t, c, tok):
                continue
            if c.dep_ == "acl":  # the owner's phrase only, not the clause's place or time
                owner = next(p for p in children(c) if p.dep_ == "prep" and p.lower_ in ("to", "with"))
                lo, hi = min(lo, c.i), max(hi, owner.right_edge.i)
                continue
            lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i)
            if c.dep_ != "prep":
                stack.append(c)
    return tok.doc[lo:hi + 1]

"""Sentence -> events: verb patterns, speech frames, modality, actors, codes, evidence.

Each sentence is read from its main verb down. Speech verbs ("said", "told") frame the
event they report; appeal, demand, intent, threat and refusal verbs turn the action they
govern into their own CAMEO family (02, 10, 03, 13, 12) following the codebook's parallel
numbering; plan verbs and modal auxiliaries set the modality of the action they govern;
negated actions are not coded. Only the main reported event(s) of a sentence are kept:
subordinate clauses are coded only when the main clause yields nothing.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from sitroom.events.acled import ARMED_ROLES, CIVILIAN_ROLES, refine_acled, weapon_subtype
from sitroom.events.lexicon import VerbLexicon, VerbMatch, verb_lexicon
from sitroom.events.syntax import (
    according_to, aux_modality, conjuncts_of, first_child, first_subject, has_mark,
    has_obligation, has_own_agent, inner_verb, is_negated, mentions, mood_code, np_span,
    prep_object, readiness_complement, speaker_text, speech_act_clause, subjects_of,
)
from sitroom.events.tables import CodeInfo, CodeTables, code_tables
from sitroom.events.vocab import (
    ACCEPT, APPEAL, ASPECTUAL, ATTEMPT, CESSATION, CONFLICT_ROOTS, CONFLICT_WORDS, DECLARE,
    DEMAND, DEMAND_NOUNS, DENIAL_NOUNS, INTENT, INTENT_ROOTS, LABOUR_STRIKE_WORDS, LIGHT_VERBS,
    NOMINAL_PREPS_TARGET, ORDER, PLAN, PROPOSAL_NOUNS, PROTEST_STRIKE_VERBS, REFUSE, SPEECH,
    TARGET_PREPS, THREAT, family_code,
)
from sitroom.records import Actor, Attribution, Document, Event, Evidence


class ActorLookup(Protocol):
    def resolve(self, span: Span) -> Actor | None: ...


# ------------------------------------------------------------------ candidate events
@dataclass(slots=True)
class Candidate:
    code: str
    trigger: Token
    sources: list[Token]
    target: Token | None
    modality: str = "asserted"
    attribution: Token | Span | None = None  # speaker token or "according to" span
    attribution_text: str | None = None
    priority: int = 0  # higher: keep over lower when deduplicating


class EventCoder:
    """CAMEO/PLOVER/ACLED event coder over spaCy parses (tables compiled once per process)."""

    def __init__(self, resolver: object | None = None, lexicon: VerbLexicon | None = None,
                 tables: CodeTables | None = None) -> None:
        self.resolver = resolver
        self.lexicon = lexicon or verb_lexicon()
        self.tables = tables or code_tables()
        self._local = threading.local()  # per-document state; one coder may serve many threads

    # -------------------------------------------------------------- public
    def code(self, document: Document, sdoc: Doc, doc_actors: ActorLookup | None) -> list[Event]:
        events: list[Event] = []
        self._local.matches = {}  # per document: one lookup per verb
        # character offsets index the document text when the parse is of that text
        self._local.text = document.text if sdoc.text == document.text else sdoc.text
        for s_index, sent in enumerate(sdoc.sents):
            cands = self._sentence_candidates(sent)
            if cands:
                events.extend(self._build_events(document, sent, s_index, cands, doc_actors))
        return events

    def _match(self, verb: Token) -> VerbMatch | None:
        matches: dict[int, VerbMatch | None] = self._local.matches
        if verb.i not in matches:
            matches[verb.i] = self.lexicon.match(verb)
        return matches[verb.i]

    # -------------------------------------------------------------- sentence
    def _sentence_candidates(self, sent: Span) -> list[Candidate]:
        text = self._local.text[sent.start_char:sent.end_char]
        if text.rstrip(" \n\t\"'”’)").endswith("?"):
            return []  # rhetorical or open questions report no action
        starts = self._clause_heads(sent)
        cands: list[Candidate] = []
        for head in starts:
            cands.extend(self._clause(head, None, "asserted"))
        if not cands:
            cands = self._nominal_events(sent)
        attribution = according_to(sent) if "according" in text.lower() else None
        if attribution is not None:
            for c in cands:
                if c.attribution is None:
                    c.attribution, c.attribution_text = attribution, attribution.text
                    if c.modality == "asserted":
                        c.modality = "reported"
        return _dedupe(cands)

    def _clause_heads(self, sent: Span) -> list[Token]:
        root = sent.root
        if root.pos_ in ("VERB", "AUX"):
            return [root]
        # verbless root (a parser slip on a headline-like sentence): use the verbs under it
        return [t for t in root.children if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "ccomp", "advcl", "conj")]

    # -------------------------------------------------------------- clauses
    def _clause(self, verb: Token, inherited: list[Token] | None, modality: str,
               attribution: Token | None = None) -> list[Candidate]:
        """Events of the clause headed by `verb` and of the verbs coordinated with it."""
        subjects = subjects_of(verb) or inherited or []
        out = self._single_clause(verb, subjects, modality, attribution)
        for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            conj_subj = subjects_of(conj) or subjects
            out.extend(self._clause(conj, conj_subj, modality, attribution))
        if not out or all(c.code == "010" for c in out):
            # subordinate clauses count only when the main clause carries no specific event
            # ("wrote to the president urging him to send troops")
            sub: list[Candidate] = []
            for adv in (c for c in verb.children if c.dep_ in ("advcl", "parataxis") and c.pos_ == "VERB"):
                mod = "hypothetical" if has_mark(adv, ("if", "unless")) else modality
                sub.extend(self._clause(adv, subjects_of(adv) or subjects, mod, attribution))
            if sub:
                out = sub
        return out

    def _single_clause(self, verb: Token, subjects: list[Token], modality: str,
                       attribution: Token | None) -> list[Candidate]:
        lemma = self._lemma(verb)
        modality = aux_modality(verb, modality)
        inner = inner_verb(verb)
        if is_negated(verb) and lemma not in REFUSE:
            return self._negated_clause(verb, subjects, modality, attribution)
        if attribution is not None and has_obligation(verb):
            # "X said Y must return the helicopter": the speaker's demand on Y (CAMEO 10)
            inner_cands = self._single_clause(verb, subjects, "asserted", None)
            code = inner_cands[0].code if inner_cands else None
            if code and code[:2] not in ("01", "02", "10"):
                return [Candidate(family_code("10", code), verb, [attribution],
                                  subjects[0] if subjects else None, "asserted", None, priority=3)]
        if attribution is not None and lemma in ("need", "have") and inner is not None \
                and inner.dep_ == "xcomp":
            # "X said Y needs to / has to enact reforms": the speaker's demand on Y
            code = self._inner_code(inner)
            if code and code[:2] not in ("01", "02", "10"):
                return [Candidate(family_code("10", code), verb, [attribution],
                                  subjects[0] if subjects else None, "asserted", None, priority=3)]
        if lemma in PLAN and inner is not None and has_own_agent(verb, inner):
            # "wants Germany to pay": wanting another actor to act is an appeal (02)
            return self._appeal(verb, inner, subjects, "02", modality, attribution)
        speech_act = speech_act_clause(verb)
        if speech_act is not None:
            # "issued a declaration demanding ...", "issued a reminder that Iraq must ...":
            # the declared content, by the issuer
            speaker = subjects[0] if subjects else None
            participle = speech_act.tag_ == "VBG"  # "a declaration demanding": the issuer acts
            framed = self._clause(speech_act, subjects if participle else None,
                                 "reported" if modality == "asserted" else modality,
                                 None if participle else speaker)
            if framed:
                return framed
        ready = readiness_complement(verb)
        if ready is not None:
            # "is willing/ready/prepared to send troops": an expressed intent (03) or threat (13)
            return self._intent_or_threat(verb, ready, subjects, modality, attribution)
        if lemma in ASPECTUAL and inner is not None and inner.dep_ == "xcomp":
            return self._clause(inner, subjects, modality, attribution)
        if lemma in ATTEMPT and inner is not None and inner.dep_ == "xcomp":
            # an attempt is an act: "tried to assassinate" is CAMEO 185, other attempts code the act
            if self._lemma(inner) in ("assassinate", "kill", "murder"):
                match = self._match(inner)
                _, target = self._actors(inner, subjects, match)
                return [Candidate("185", verb, subjects, target, modality, attribution, priority=3)]
            return self._clause(inner, subjects, modality, attribution)
        if lemma in SPEECH:
            return self._speech(verb, inner, subjects, modality)
        if lemma in PLAN and inner is not None:
            mod = modality if modality == "hypothetical" else "planned"
            return self._clause(inner, subjects if lemma != "expect" else (subjects_of(inner) or subjects), mod, attribution)
        if lemma in THREAT and inner is not None:
            return self._family(verb, inner, subjects, "13", "threatened", attribution)
        if lemma == "agree" and inner is not None and inner.dep_ == "ccomp" and self._inner_code(inner) is None:
            # "agreed (that) there was a need for ...": agreeing with a position, CAMEO 019
            # (agreeing that they should cooperate is an intent, coded below)
            return [Candidate("019", verb, subjects, prep_object(verb, "with"), modality, attribution, priority=2)]
        if lemma in INTENT and inner is not None:
            return self._intent_or_threat(verb, inner, subjects, modality, attribution)
        if lemma == "agree":
            match = self._match(verb)
            code = match.code if match is not None and match.code and match.code[:2] in ("03", "05") else "030"
            code = "030" if code.startswith("05") and code != "057" else code
            sources, target = self._actors(verb, subjects, match)
            return [Candidate(code, verb, sources, target, modality, attribution, priority=2)]
        if lemma in REFUSE:
            return self._refusal(verb, inner, subjects, modality, attribution)
        if lemma in ORDER and inner is not None:
            return self._order(verb, inner, subjects, modality, attribution)
        if (lemma in APPEAL or lemma in DEMAND) and inner is not None:
            return self._appeal(verb, inner, subjects, "10" if lemma in DEMAND else "02", modality, attribution)
        if lemma in DEMAND:
            return self._demand_without_action(verb, subjects, modality, attribution)
        if lemma in ACCEPT:
            accepted = self._accepted_demand(verb, subjects, modality, attribution)
            if accepted:
                return accepted
        return self._plain(verb, subjects, modality, attribution)

    def _accepted_demand(self, verb: Token, subjects: list[Token], modality: str,
                         attribution: Token | None) -> list[Candidate]:
        """"accepted / met the demands of X": yielding (CAMEO 08, "accede to demands")."""
        obj = first_child(verb, ("dobj",))
        match = self._match(verb)
        if obj is None or obj.lemma_.lower() not in DEMAND_NOUNS or (match is not None and match.weight > 1):
            return []
        target = prep_object(obj, "from") or prep_object(obj, "of") or next(
            (c for c in obj.children if c.dep_ == "poss"), None)
        return [Candidate("080", verb, subjects, target, modality, attribution, priority=2)]

    def _negated_clause(self, verb: Token, subjects: list[Token], modality: str,
                        attribution: Token | None) -> list[Candidate]:
        """"will not / is not willing to release": a refusal (CAMEO 12); "did not attack":
        no event (an action reported as not done is not coded, as in PETRARCH)."""
        ready = readiness_complement(verb)
        action = ready if ready is not None else verb
        if ready is None and modality not in ("planned", "hypothetical"):
            return []
        code = self._inner_code(action, allow_negated=True)
        if not code:
            return []
        _, target = self._actors(action, subjects, self._match(action))
        return [Candidate(family_code("12", code), verb, subjects, target, "asserted", attribution, priority=3)]

    def _order(self, verb: Token, inner: Token, subjects: list[Token], modality: str,
               attribution: Token | None) -> list[Candidate]:
        """"ordered troops to attack": the attack, with the one who ordered it as source;
        "ordered the newspaper to close": the coercion of the newspaper."""
        code = self._inner_code(inner)
        if code is None:
            return []
        match = self._match(inner)
        _, target = self._actors(inner, subjects, match)
        if target is None or code[:2] in ("16", "17"):
            target = first_child(verb, ("dobj", "dative"))  # the one ordered is the coerced
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _demand_without_action(self, verb: Token, subjects: list[Token], modality: str,
                               attribution: Token | None) -> list[Candidate]:
        """"demanded an admission / the release of ...": a demand (10), narrowed by the
        dictionary's pattern when it names an appeal (02x) or demand (10x)."""
        match = self._match(verb)
        code = match.code if match is not None and match.code else "100"
        if code[:2] == "02":
            code = "10" + code[2:]
        elif code[:2] != "10":
            code = "100"
        sources, target = self._actors(verb, subjects, match)
        return [Candidate(code, verb, sources, target, modality, attribution, priority=3)]

    def _plain(self, verb: Token, subjects: list[Token], modality: str,
               attribution: Token | None) -> list[Candidate]:
        match = self._match(verb)
        code = match.code if match is not None else None
        light = self._lemma(verb) in LIGHT_VERBS
        noun_code = self._object_noun_code(verb, light) if code is None or light else None
        if noun_code is not None and (code is None or match.weight <= (1 if light else 0)):
            # light verb + event noun ("staged a protest", "organized a strike", "imposed a
            # curfew"): the noun names the event when no pattern of the verb did
            code = noun_code
        if code is None:
            return []
        code = self._refine_code(code, verb)
        sources, target = self._actors(verb, subjects, match)
        announced = modality == "planned" or (modality == "hypothetical" and attribution is not None)
        if announced and code[:2] in INTENT_ROOTS | CONFLICT_ROOTS:
            # CAMEO codes announced future (or conditionally offered) actions as intent (03)
            # or threat (13); a mere possibility ("could attack") keeps its code, hypothetical
            if code[:2] in CONFLICT_ROOTS:
                return [Candidate(family_code("13", code), verb, sources, target, "threatened", attribution, priority=2)]
            if code[:2] != "03":
                code = family_code("03", code)
        return [Candidate(code, verb, sources, target, modality, attribution, priority=2)]

    def _intent_or_threat(self, verb: Token, inner: Token, subjects: list[Token], modality: str,
                          attribution: Token | None) -> list[Candidate]:
        inner_code = self._inner_code(inner)
        if inner_code and inner_code[:2] in CONFLICT_ROOTS:
            return self._family(verb, inner, subjects, "13", "threatened", attribution)
        if inner_code is None:
            return [Candidate("030", verb, subjects, first_child(inner, ("dobj",)), modality, attribution, priority=2)] \
                if self._lemma(verb) in INTENT else []
        return self._family(verb, inner, subjects, "03", modality, attribution)

    def _lemma(self, tok: Token) -> str:
        lemma = tok.lemma_.lower()
        if lemma in self.lexicon.verbs or lemma in SPEECH or lemma in THREAT:
            return lemma
        return self.lexicon.forms.get(tok.lower_, lemma)

    def _object_noun_code(self, verb: Token, light: bool) -> str | None:
        """The event noun heading the verb's object, or after a light verb a compound
        modifier of it ("undertook a mediation mission")."""
        obj = first_child(verb, ("dobj",))
        if obj is None:
            return None
        code = self.lexicon.nouns.get(obj.lemma_.lower())
        if code is None and light:
            comp = next((c for c in obj.children if c.dep_ == "compound"), None)
            code = self.lexicon.nouns.get(comp.lemma_.lower()) if comp is not None else None
        return code

    def _speech(self, verb: Token, inner: Token | None, subjects: list[Token],
                modality: str) -> list[Candidate]:
        addressee = first_child(verb, ("dative", "dobj"))
        if inner is not None and inner.dep_ == "xcomp" and addressee is not None:
            # "told militia members to end ..." is an order/appeal, not a statement
            return self._appeal(verb, inner, subjects, "02", modality, None)
        mood = mood_code(inner) if inner is not None else None
        if mood is not None:
            return [Candidate(mood, verb, subjects, None, modality, priority=2)]
        if inner is not None:
            speaker = subjects[0] if subjects else None
            mod = "reported" if modality == "asserted" else modality
            framed = self._clause(inner, None, mod, speaker) if not is_negated(verb) else []
            if framed:
                return framed
        match = self._match(verb)
        code = match.code if match and match.code else "010"
        if code == "010" and self._lemma(verb) in DECLARE:
            # "announced a ceasefire", "declared a curfew": the declared measure is the event
            noun_code = self._object_noun_code(verb, True)
            if noun_code is not None:
                return [Candidate(noun_code, verb, subjects, None, modality, priority=2)]
        if code == "010" and inner is not None and inner.dep_ == "ccomp" and addressee is None:
            # the codebook's residual statement: "not coded except when distinctions among
            # 011 to 017 cannot be made" -- a reported clause we could not code is not an event
            return []
        target = addressee if addressee is not None and addressee.pos_ in ("PROPN", "NOUN", "PRON") else None
        if target is None and match is not None and match.prep:
            target = prep_object(verb, match.prep)
        return [Candidate(code, verb, subjects, target, modality, priority=1)]

    def _inner_code(self, inner: Token, allow_negated: bool = False) -> str | None:
        if is_negated(inner) and not allow_negated:
            return None
        lemma = inner.lemma_.lower()
        if lemma in CESSATION and mentions(inner, CONFLICT_WORDS):
            return "087"  # stop/end/halt the fighting: de-escalate military engagement
        if lemma in ("release", "free"):
            return "0841"  # release of persons (0841), the usual object of such appeals
        match = self._match(inner)
        if match is None or match.code is None:
            nested = inner_verb(inner)
            return self._inner_code(nested) if nested is not None and nested is not inner else None
        return self._refine_code(match.code, inner)

    def _family(self, verb: Token, inner: Token, subjects: list[Token], family: str,
                modality: str, attribution: Token | None) -> list[Candidate]:
        inner_code = self._inner_code(inner)
        if family == "03" and inner_code is None:
            match = self._match(verb)
            if match is None or match.code is None:
                return []
            code = match.code
        else:
            code = family_code(family, inner_code)
        match = self._match(inner)
        _, target = self._actors(inner, subjects, match)
        if target is None:
            target = first_child(verb, ("dobj", "dative"))
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _appeal(self, verb: Token, inner: Token, subjects: list[Token], family: str,
                modality: str, attribution: Token | None) -> list[Candidate]:
        inner_code = self._inner_code(inner)
        code = family_code(family, inner_code)
        target = first_child(verb, ("dobj", "dative")) or prep_object(verb, "on") \
            or prep_object(verb, "upon") or first_subject(inner)
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _refusal(self, verb: Token, inner: Token | None, subjects: list[Token], modality: str,
                 attribution: Token | None) -> list[Candidate]:
        lemma = verb.lemma_.lower()
        obj = first_child(verb, ("dobj",))
        if lemma == "deny":
            if inner is not None and inner.dep_ == "ccomp":
                return self._clause(inner, None, "denied", subjects[0] if subjects else attribution)
            if obj is not None and obj.lemma_.lower() in DENIAL_NOUNS:
                return [Candidate("016", verb, subjects, prep_object(obj, "for"), modality, attribution, priority=2)]
        if obj is not None and obj.lemma_.lower() in PROPOSAL_NOUNS and not is_negated(verb):
            # "rejected/dismissed an appeal, a plan, an offer": CAMEO 12
            match = self._match(verb)
            code = match.code if match is not None and match.code and match.code[:2] == "12" else "120"
            return [Candidate(code, verb, subjects, prep_object(obj, "from") or prep_object(obj, "by"),
                              modality, attribution, priority=2)]
        if inner is not None and inner.lemma_.lower() == "comment":
            return [Candidate("011", verb, subjects, None, modality, attribution, priority=2)]
        if lemma == "reject" and obj is not None and obj.lemma_.lower() in DENIAL_NOUNS:
            return [Candidate("016", verb, subjects, None, modality, attribution, priority=2)]
        if is_negated(verb):
            return []
        if inner is not None:
            return [Candidate(family_code("12", self._inner_code(inner)), verb, subjects,
                              first_child(inner, ("dobj",)), modality, attribution, priority=3)]
        match = self._match(verb)
        code = match.code if match is not None and match.code else "120"
        target = obj if obj is not None and obj.pos_ in ("PROPN",) else None
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=2)]

    # -------------------------------------------------------------- nominal events
    def _nominal_events(self, sent: Span) -> list[Candidate]:
        """Event nouns with their actors: "air strikes on Houthi targets", "the offensive by
        Iraqi troops". Used only when no verb in the sentence carries an event."""
        out: list[Candidate] = []
        for tok in sent:
            if tok.pos_ != "NOUN":
                continue
            code = self.lexicon.nouns.get(tok.lemma_.lower()) or self.lexicon.nouns.get(tok.lower_)
            if code is None:
                continue
            source = prep_object(tok, "by")
            target = next((o for p in NOMINAL_PREPS_TARGET if (o := prep_object(tok, p)) is not None
                           and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")), None)
            if source is None and target is None:
                continue
            code = self._refine_code(code, tok)
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("be",):
                continue
            out.append(Candidate(code, tok, [source] if source is not None else [], target, priority=1))
            break  # the first event noun with actors is the reported event
        return out

    def _refine_code(self, code: str, trigger: Token) -> str:
        """Weapon words narrow a generic fight (190) to aerial (195) or artillery (194);
        an "air strike" is not a labour strike, a "hunger strike" is 142."""
        strike = trigger if trigger.lemma_.lower() == "strike" else next(
            (c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() == "strike"), None)
        if strike is not None and code.startswith("14"):
            code = _strike_code(strike, trigger)
            if code.startswith("14"):
                return code
        if code not in ("190", "19", "180"):
            return code
        words = {t.lemma_.lower() for t in trigger.subtree} | {t.lower_ for t in trigger.subtree}
        if trigger.pos_ == "VERB":
            words |= {t.lower_ for c in trigger.children if c.dep_ in ("nsubj", "dobj", "prep", "agent") for t in c.subtree}
        sub = weapon_subtype(words)
        if sub is None:
            # a bomb attack without aircraft or artillery is a non-military bombing (183)
            return "183" if {"bomb", "bombing", "explosive", "explosion"} & words else code
        if sub[1] == "Air/drone strike":
            return "195"
        if sub[1] == "Shelling/artillery/missile attack":
            return "194"
        if sub[1] in ("Suicide bomb",):
            return "1831"
        if sub[1] == "Remote explosive/landmine/IED":
            return "1832" if "car" in words else "1833" if "roadside" in words else "183"
        return code

    # -------------------------------------------------------------- actors
    def _actors(self, verb: Token, subjects: list[Token], match: VerbMatch | None
                ) -> tuple[list[Token], Token | None]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            agent_obj = first_child(agent, ("pobj",)) if agent is not None else None
            sources = conjuncts_of(agent_obj) if agent_obj is not None else []
            target = subjects[0] if subjects else None
        else:
            sources = subjects
            target = None
            if match is not None and match.target and match.target.startswith("prep:"):
                target = prep_object(verb, match.target[5:])
            if target is None:
                target = first_child(verb, ("dobj", "dative"))
            if target is None and match is not None and match.prep:
                target = prep_object(verb, match.prep)
            if target is None:
                target = next((o for p in TARGET_PREPS if (o := prep_object(verb, p)) is not None
                               and o.ent_type_ not in ("DATE", "TIME")), None)
        if match is not None and match.swap and target is not None:
            sources, target = [target], (sources[0] if sources else None)
        if target is not None and target.pos_ not in ("NOUN", "PROPN", "PRON"):
            target = None
        return sources, target

    # -------------------------------------------------------------- records
    def _build_events(self, document: Document, sent: Span, s_index: int,
                      cands: list[Candidate], doc_actors: ActorLookup | None) -> list[Event]:
        spans: dict[int, Span] = {}
        for c in cands:
            for tok in [*c.sources, c.target, c.attribution if isinstance(c.attribution, Token) else None]:
                if tok is not None:
                    spans.setdefault(tok.i, np_span(tok))
        resolved: dict[int, Actor | None] = {}
        for i, span in sorted(spans.items(), key=lambda kv: kv[1].start):
            resolved[i] = _resolve(doc_actors, span)
        events: list[Event] = []
        for c in cands:
            target = resolved.get(c.target.i) if c.target is not None else None
            if c.trigger.pos_ == "NOUN" and target is None and not any(resolved.get(s.i) for s in c.sources) \
                    and doc_actors is not None:
                continue  # a nominal event needs a recognised actor ("the battle against poverty")
            code = _civilian_target_code(c.code, target)
            info = self.tables.info(code)
            if info is None:
                continue
            sources = [resolved.get(s.i) for s in c.sources] or [None]
            for source in _unique_actors(sources):
                events.append(self._event(document, sent, s_index, len(events), c, info, source, target,
                                          resolved, _LazyWords(c.trigger)))
        return events

    def _event(self, document: Document, sent: Span, s_index: int, n: int, c: Candidate,
               info: CodeInfo, source: Actor | None, target: Actor | None,
               resolved: dict[int, Actor | None], words: _LazyWords) -> Event:
        attribution = None
        if c.attribution is not None:
            if isinstance(c.attribution, Token):
                attribution = Attribution(text=speaker_text(c.attribution), source=resolved.get(c.attribution.i))
            else:
                attribution = Attribution(text=c.attribution_text or c.attribution.text, source=None)
        acled = refine_acled(info.acled, info.code, words.get(), target,
                             c.trigger.lemma_.lower(), source) if info.acled else None
        trig = c.trigger
        return Event(
            event_id=f"{document.id}:{s_index}:{n}",
            doc_id=document.id,
            cameo=info.code, root=info.root, goldstein=info.goldstein, quad_class=info.quad_class,
            plover=self.tables.plover_record(info),
            acled=self.tables.acled_record(acled),
            source=source, target=target,
            evidence=Evidence(sentence=s_index, start=sent.start_char, end=sent.end_char,
                              trigger=trig.text, text=self._local.text[sent.start_char:sent.end_char],
                              trigger_start=trig.idx, trigger_end=trig.idx + len(trig.text)),
            modality=c.modality, attribution=attribution,
            doc_source=document.source, doc_date=document.date,
        )




def _strike_code(strike: Token, verb: Token) -> str:
    """A strike is a labour or hunger strike (14) when its words or verb say so
    ("a general strike", "went on strike"), otherwise a military strike (190)."""
    mods = {c.lower_ for c in strike.children if c.dep_ in ("compound", "amod", "nmod", "poss")}
    if "hunger" in mods:
        return "142"
    if mods & LABOUR_STRIKE_WORDS or (verb is not strike and verb.lemma_.lower() in PROTEST_STRIKE_VERBS):
        return "143"
    return "190"


def _civilian_target_code(code: str, target: Actor | None) -> str:
    """CAMEO 19 is fighting between organised forces; force used on civilians is
    unconventional violence (18), as the codebook's 180 description puts it."""
    if code in ("190", "193") and target is not None:
        roles = set(target.roles)
        if roles & CIVILIAN_ROLES and not roles & ARMED_ROLES:
            return "180"
    return code


class _LazyWords:
    """Lower-case words and lemmas of the trigger's own clause (not of clauses coordinated
    with it: "fired rockets, and jets struck" keeps the jets out of the rocket fire), built
    only if an ACLED refinement asks."""

    def __init__(self, trigger: Token) -> None:
        self.trigger = trigger
        self._words: set[str] | None = None

    def get(self) -> set[str]:
        if self._words is None:
            self._words = _clause_words(self.trigger)
        return self._words


def _clause_words(trigger: Token) -> set[str]:
    words: set[str] = set()
    stack = [trigger]
    while stack:
        tok = stack.pop()
        words.add(tok.lower_)
        words.add(tok.lemma_.lower())
        for c in tok.children:
            if c.pos_ in ("VERB", "AUX") and c.dep_ in ("conj", "ccomp", "parataxis") and tok is trigger:
                continue
            stack.append(c)
    if trigger.dep_ in ("xcomp", "advcl", "conj", "ccomp") or trigger.pos_ == "NOUN":
        head = trigger.head  # "carried out air strikes": the governing verb's words count too
        words.add(head.lower_)
        words.update(c.lower_ for c in head.children if c.dep_ in ("nsubj", "agent"))
    return words


def _resolve(doc_actors: ActorLookup | None, span: Span) -> Actor | None:
    if doc_actors is None:
        return None
    return doc_actors.resolve(span)


def _unique_actors(actors: list[Actor | None]) -> list[Actor | None]:
    out: list[Actor | None] = []
    seen: set[tuple] = set()
    for a in actors:
        key = (a.code, a.name) if a is not None else None
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One event per root and source: the highest-priority, earliest candidate."""
    best: dict[tuple, Candidate] = {}
    for c in cands:
        key = (c.code[:2], tuple(s.i for s in c.sources[:1]))
        if key not in best or c.priority > best[key].priority:
            best[key] = c
    kept = list(best.values())
    kept.sort(key=lambda c: c.trigger.i)
    return kept

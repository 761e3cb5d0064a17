"""Sentence -> events: verb patterns, speech frames, modality, actors, codes, evidence.

Each sentence is read from its main verb down. Speech verbs ("said", "told") frame the
event they report; appeal, demand, intent, threat and refusal verbs turn the action they
govern into their own CAMEO family (02, 10, 03, 13, 12) following the codebook's parallel
numbering; plan verbs and modal auxiliaries set the modality of the action they govern;
negated actions are not coded. Only the main reported event(s) of a sentence are kept:
subordinate clauses are coded only when the main clause yields nothing.

The codebook's finer distinctions come from what a verb acts on (vocab's object classes:
lifting a curfew 0813 vs. sanctions 085, expelling diplomats 161 vs. aid agencies 1663,
killing an official 186, destroying property 1712), from light verbs and their event nouns
("held talks", "made an appeal", "took steps to"), from event nouns in subject position
("fighting erupted between X and Y") and from the sector words of cooperation and aid
(0311 economic, 073 humanitarian). Editorial notes ("Note: ...") are not news text.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Protocol

from spacy.tokens import Doc, Span, Token

from sitroom.actors.codes import same_side
from sitroom.events.acled import (
    AIRBORNE_THREATS, PROTESTER_VIOLENCE, STATE_ROLES, WEAPON_SUBJECT, ARMED_ROLES, ARMED_TARGET_WORDS, VICTIM_WORDS, MERGER_WORDS, BOMB_WORDS, CIVILIAN_ROLES, CLASH_LEMMAS, FACTUAL, GROUP_CHANGE_LEMMAS, VIOLENT_DEMO, EXCESSIVE,
    LETHAL_WORDS, NONSTATE_ARMED, beyond_cameo_table, AIR as AIR_STRIKE, SHELL as SHELLING,
    BASE_WORDS, civilian, refine_acled, weapon_subtype,
)
from sitroom.events.lexicon import DECLARING_VERBS, VerbLexicon, VerbMatch, verb_lexicon
from sitroom.events.repairs import NAMING_VERBS, repair_sentence
from sitroom.nlp import children, doc_text, is_parse_of, remember_text
from sitroom.nlp import sentences as sentence_list
from sitroom.events.syntax import (
    according_to, aux_modality, conjuncts_of, first_child, first_subject, has_mark,
    has_obligation, has_own_agent, inner_verb, is_negated, member_of, negating_no, mentions, modifier_head, mood_code, np_span,
    parties_of, prep_object, sides_between, readiness_complement, culpability_complement, speaker_text, speech_act_clause, subjects_of,
)
from sitroom.events.tables import CodeInfo, CodeTables, code_tables
from sitroom.events.vocab import (
    ACCEPT, APPEAL, ASPECTUAL, ATTEMPT, BUILDUP_OBJECTS, BUILDUP_VERBS, CESSATION, CONFLICT_ROOTS,
    TRUCE_WORDS, VIOLATE_VERBS, COLLECTIVE_BODIES, MEETING_VERBS, ACCEPTED_PROPOSALS, RECEIVE_OBJECTS, RECEIVE_VERBS, ASSASSINATE_LEMMAS, ATTEMPT_NOUNS, HALT_OBJECTS, HALT_VERBS, SUPPLY_OBJECTS, SUPPLY_VERBS, SYMBOLIC_OBJECTS, SYMBOLIC_VERBS, BASE_OBJECTS, ESTABLISH_VERBS, SEIZE_VERBS, USE_VERBS, USE_WEAPON_CODES, WEAPON_CACHE_WORDS,
    CONFLICT_WORDS, CONSIDER_VERBS, CUT_RELATION_VERBS, DECLARE, DEMAND, DEMAND_NOUNS,
    ANNUL_VERBS, PACT_WORDS, DENIAL_NOUNS, DESTROY_VERBS, EASE_OBJECTS, EASE_VERBS, ENVOY_WORDS, FORCE_WORDS,
    HANDOVER_OBJECTS, HANDOVER_VERBS, IN_LIGHT_VERBS, KILL_VERBS, LEADER_WORDS, POLICY_OPTION_NOUNS,
    PROPERTY_WORDS, RELATION_WORDS, RESTORE_RELATION_VERBS, AID_TWINS, AID_WORDS, SECTOR_CODES, SECTOR_PARENTS, SECTOR_WORDS, IMPOSE_OBJECTS, IMPOSE_VERBS, INTENT, INTENT_ROOTS,
    LABOUR_STRIKE_WORDS, LIGHT_VERBS, OCCURRENCE_VERBS, OUTBREAK_VERBS, COMPLAINT_VERBS, MEASURE_NOUNS, MEASURE_PREPS, NOMINAL_PREPS_TARGET, NOTE_OPENERS, ORDER, PLAN,
    PROPOSAL_NOUNS, PROTEST_STRIKE_VERBS, REFUSE, REMOVAL_OBJECTS, REMOVAL_VERBS, RETREAT_VERBS,
    SPEECH, STEP_NOUNS, SUMMON_VERBS, TARGET_PREPS, THREAT, family_code,
)
from sitroom.events.vocab import (
    PHONE_WORDS, CROWD_WORDS, SEA_WORDS, GRATITUDE_WORDS, DISPERSE_VERBS, DISSENT_ACTION_WORDS, EMPATHY_VERBS, EMPATHY_WORDS, EXPEL_PARTICLE_VERBS,
    EXPEL_VERBS, FIRED_WEAPON_WORDS, HOME_WORDS, MASS_WORDS, PEOPLE_WORDS, PREVENT_VERBS, PURPOSE_PREP,
    RALLY_VERBS, RESORT_VERBS, SOUGHT_HELP_WORDS, SOUGHT_SHELTER_WORDS, ARREST_VERBS, AIM_FAMILIES,
    AIM_PARENTS, AIM_WORDS, WAR_CRIME_PAIRS, WRONGDOING_FAMILIES, WRONGDOING_WORDS, RELEASE_VERBS,
    RELEASED_PROPERTY, RELEASED_TEXTS, ONGOING_WORDS, YIELD_PLACE_VERBS, PLACE_WORDS, REPEL_VERBS,
    MILITARY_MOVE_WORDS, INFLICT_VERBS, INFLICTED_WORDS, REPORTED_EVENT_VERBS, ARMED_WORDS, ENTER_VERBS,
    CONTROL_VERBS, WEAPON_SUBJECT_WORDS, WEAPON_IMPACT_VERBS, PERSON_WORDS, EXECUTE_VERBS, ABDUCT_VERBS,
    NON_EVENT_VERBS, CARE_PLACES, DEATH_VERBS, ABSTRACT_FOES, HABITUAL_ADVERBS, HABITUAL_ADJECTIVES,
    THROWN_IN_RIOTS, OPPOSED_PROPOSALS, WELCOME_NOUNS, ATTACK_MODE_WORDS, TOPIC_VERBS, HAND_WEAPON_WORDS, SHARE_VERBS, INFORMATION_WORDS, AIRCRAFT_WORDS, COMMITTED, DISAPPROVAL_VERBS, FINDING_VERBS,
    CULPABLE, GROUP_NOUNS_AS_PLURAL, PRONOUN_UNIT_NOUNS,
)
from sitroom.records import Acled, Actor, Attribution, Document, Event, Evidence


class ActorLookup(Protocol):
    def resolve(self, span: Span) -> Actor | None: ...


# the CAMEO code a classifier reads in each of a document's event-less sentences (or None)
SentenceGuess = Callable[[list[str]], list["str | None"]]


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
    alternatives: tuple[Token, ...] = ()  # further targets, tried in order (user dictionaries)
    mutual: bool = False  # the sources act on each other (a user dictionary's "% *" pattern)
    reverse: str | None = None  # the target's act towards the source (a paired code "032:033")


class EventCoder:
    """CAMEO/PLOVER/ACLED event coder over spaCy parses (tables compiled once per process)."""

    def __init__(self, resolver: object | None = None, lexicon: VerbLexicon | None = None,
                 tables: CodeTables | None = None) -> None:
        self.resolver = resolver
        self.lexicon = lexicon or verb_lexicon()
        self.tables = tables or code_tables()
        self._local = threading.local()  # per-document state; one coder may serve many threads

    # -------------------------------------------------------------- public
    def code(self, document: Document, sdoc: Doc, doc_actors: ActorLookup | None,
             guess: SentenceGuess | None = None) -> list[Event]:
        """The events of every sentence. `guess`, given the texts of the sentences that
        yielded none, may name a CAMEO code for some (a sentence classifier's confident
        reading, events/guessed.py): those sentences get that code's event on their main act."""
        events: list[Event] = []
        self._local.matches = {}  # per document: one lookup per verb
        self._local.prior = events  # the document's events so far ("condemned the attack": that one)
        # character offsets index the document text when the parse is of that text
        if is_parse_of(sdoc, document.text):
            remember_text(sdoc, document.text)
        self._local.text = doc_text(sdoc)
        _note_rare_words(sdoc, self._local.text)
        note_end = -1
        empty: list[tuple[int, Span]] = []
        for s_index, sent in enumerate(sentence_list(sdoc)):
            if sent.start_char < note_end:
                continue
            if _is_note(sent.text):
                # an editorial or coding note runs to the end of its paragraph
                note_end = _paragraph_end(self._local.text, sent.start_char)
                continue
            repair_sentence(sent)
            coded = self._coded(document, sent, s_index, self._sentence_candidates(sent), doc_actors)
            events.extend(coded)
            if not coded and guess is not None and not self.lexicon.authoritative and not self._is_question(sent) \
                    and not self._background(sent):
                empty.append((s_index, sent))
        if empty:
            codes = guess([self._local.text[sent.start_char:sent.end_char] for _, sent in empty])
            for (s_index, sent), code in zip(empty, codes):
                if code and self.tables.info(code):
                    # the first word that carries the act with an actor
                    events.extend(next((coded for cand in self._guessed_candidates(sent, code)
                                        if (coded := [e for e in self._coded(document, sent, s_index, [cand], doc_actors)
                                                      if e.source is not None or e.target is not None])), []))
            events.sort(key=lambda e: e.evidence.sentence)
        return events

    def _coded(self, document: Document, sent: Span, s_index: int, cands: list[Candidate],
               doc_actors: ActorLookup | None) -> list[Event]:
        if not cands:
            return []
        self._local.partial = {}
        cands = [_foiled_attack_told_too(c) for c in cands] + _sanctions_told_in_passing(sent, cands)
        coded = _raids_that_arrested(_rioting_protesters(_drop_identical(_drop_wounded_beside_dead(
            _drop_actorless_repeats(self._build_events(document, sent, s_index, cands, doc_actors))))))
        # (sides filled in from the sentence may make two events one)
        coded = _drop_identical(_parties_from_sentence(coded, sent, self._local.partial, doc_actors, self.lexicon.nouns))
        coded = _strikes_reported_by_their_force(coded)
        coded = _holder_of_released(_summoned_abroad(coded, sent, doc_actors), sent, doc_actors)
        coded = _armed_party_over_place(_other_party_addressed(_blamed_for_attack(coded), sent, doc_actors), sent,
                                        doc_actors)
        coded = _ground_lost_to_armed_group(coded, self._local.text[sent.start_char:sent.end_char])
        coded = _drop_aimless_twins(_states_as_governments(_foreign_force_victims(coded, sent, doc_actors)))
        return self._protest_under_force(self._consultations_both_ways(coded), sent)

    def _protest_under_force(self, events: list[Event], sent: Span) -> list[Event]:
        """"Police fired tear gas at protesters who threw stones": the crowd the force met
        rioted against it (145), which CAMEO codes beside the repression (the gold files code a
        peaceful crowd's demonstration too seldom for it to be added). ACLED's one event stays
        the force's."""
        crowds = [e for e in events if e.root == "17" and e.source is not None and e.target is not None
                  and set(e.source.roles) & {"COP", "MIL", "SPY"} and civilian(e.target)
                  and PROTESTER_NOUNS & set(e.target.text.lower().split())]
        if not crowds or not PROTESTER_VIOLENCE & {t.lower_ for t in sent}:
            return events
        told = {e.source.code for e in events if e.source is not None and e.root == "14"}
        info = self.tables.info("145")
        out = list(events)
        for e in crowds:
            if e.target.code in told:
                continue
            told.add(e.target.code)
            out.append(replace(e, event_id=f"{e.event_id}p", cameo=info.code, root=info.root, goldstein=info.goldstein,
                               quad_class=info.quad_class, plover=self.tables.plover_record(info), acled=None,
                               source=e.target, target=e.source, fatalities=None, injured=None, arrested=None,
                               counts_text=None))
        return out

    def _consultations_both_ways(self, events: list[Event]) -> list[Event]:
        """A consultation has two parties, and the codebook codes it "with actors reversed":
        a call (041) or talks (046) both ways, a visit (042) with the host's hosting (043) and
        a hosting with the guest's visit ("events coded under 04 are typically reciprocal";
        PETRARCH's dictionaries pair them the same way, 042:043, 046:046). Mediation (045)
        stays one-sided."""
        told = {(e.source.code, e.root, e.target.code) for e in events if e.source and e.target}
        out = list(events)
        for e in events:
            back_code = RECIPROCAL_CONSULTATIONS.get(e.cameo) or _linked_consultation(e)
            if back_code is None or e.source is None or e.target is None or e.source.code == e.target.code \
                    or (e.target.code, e.root, e.source.code) in told:
                continue
            info = self.tables.info(back_code)
            if info is None:
                continue
            told.add((e.target.code, e.root, e.source.code))
            out.append(replace(e, event_id=f"{e.event_id}r", cameo=info.code, root=info.root,
                               goldstein=info.goldstein, quad_class=info.quad_class,
                               plover=self.tables.plover_record(info), acled=None,
                               source=e.target, target=e.source))
        return out

    def _background(self, sent: Span) -> bool:
        """A sentence whose main clause tells a habit or a toll over years ("Turkey regularly
        carries out air strikes", "the war has killed 130,000"): the coder found no act there on
        purpose, so no classifier guess is sought. (A standing measure, "have imposed sanctions
        since 2010", is still guessed: the gold files code it.)"""
        return any(_habitual(h) or _war_toll(h) or _recalled(h) for h in self._clause_heads(sent))

    def _is_question(self, sent: Span) -> bool:
        # rhetorical or open questions report no action
        return self._local.text[sent.start_char:sent.end_char].rstrip(" \n\t\"'”’)").endswith("?")

    def _guessed_candidates(self, sent: Span, code: str) -> Iterator[Candidate]:
        """The event a classifier read in `sent`, on each word that may carry it, in order:
        the verbs and event nouns whose dictionary code has the guessed root, nearest the
        sentence's root first (a noun object on its verb: "launched air strikes on X"), then
        the main act (the root verb, or what a reporting root says) unless the dictionary
        reads it as another kind of act. A verb's actors are read as for any verb, a noun's
        from its author and aim; an act told by a speaker ("officials said militants stormed
        the base") is theirs to report. Negated acts carry none."""
        root = code[:2]
        carriers = sorted((t for t in sent if self._dictionary_code(t)[:2] == root and not is_negated(t)),
                          key=lambda t: (_depth(t), t.i))  # the word nearest the sentence's root first
        tried: set[int] = set()
        for word in carriers:
            own = self._dictionary_code(word)
            if word.pos_ == "VERB" and word.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
                tried.add(word.i)  # (a gerund in a noun's place, "Russian shelling of X lasted", is one)
                yield self._guessed_on_verb(word, own)
            elif word.dep_ == "dobj" and word.head.pos_ == "VERB":
                # "launched air strikes on the capital": the act of the verb's subject
                tried.add(word.head.i)
                yield self._guessed_on_verb(word.head, own)
            else:
                source, speaker = _act_author(word), _speaker(word)
                yield Candidate(own, word, [source] if source is not None else [], _noun_aim(word),
                                "reported" if speaker is not None else "asserted", speaker)
        main = _main_act(sent.root)
        if main is None or main.i in tried or is_negated(main):
            return
        own = self.tables.info(self._verb_code(main)) if self._verb_code(main) else None
        if own is not None and own.quad_class != self.tables.info(code).quad_class:
            return  # the dictionary reads the act as another kind ("had gone missing"): no event
        yield self._guessed_on_verb(main, code)

    def _guessed_on_verb(self, verb: Token, code: str) -> Candidate:
        speaker = _speaker(verb)
        # "the army said it had taken the outposts": the pronoun is the speaker
        sources, target = self._actors(verb, _speaker_for_pronoun(subjects_of(verb), speaker), None)
        return Candidate(code, verb, sources, target, aux_modality(verb, "reported" if speaker is not None else "asserted"),
                         speaker)

    def _dictionary_code(self, word: Token) -> str:
        """The plain dictionary code of a verb or an event noun ("" if none)."""
        if word.pos_ == "VERB":
            return self._verb_code(word)
        return (self.lexicon.nouns.get(word.lemma_.lower()) or "") if word.pos_ == "NOUN" else ""

    def _verb_code(self, verb: Token) -> str:
        """The verb dictionary's plain code of the verb's lemma ("" if none)."""
        return (self.lexicon.verbs.get(verb.lemma_.lower()) or ("", ""))[1] or ""

    def _match(self, verb: Token) -> VerbMatch | None:
        matches: dict[int, VerbMatch | None] = self._local.matches
        if verb.i not in matches:
            matches[verb.i] = self.lexicon.match(verb)
        return matches[verb.i]

    # -------------------------------------------------------------- sentence
    def _sentence_candidates(self, sent: Span) -> list[Candidate]:
        if self._is_question(sent):
            return []
        text = self._local.text[sent.start_char:sent.end_char]
        starts = self._clause_heads(sent)
        cands: list[Candidate] = []
        for head in starts:
            # a verb read as a participle on the root noun acts for that noun
            doer = [sent.root] if head.dep_ == "acl" and sent.root.pos_ in ("NOUN", "PROPN") else None
            cands.extend(self._clause(head, doer, "asserted"))
        if not cands or all(not c.sources and c.target is None and c.attribution is None for c in cands):
            # (not the act a "since" phrase recalls: "since the crackdown on the opposition, the
            # EU has imposed sanctions" is a standing measure, the crackdown its background;
            # verbs that named no one, "the agreement followed a meeting between A and B", leave
            # the nouns to tell)
            # (nor the acts a habit names: "Turkey regularly carries out air strikes")
            nominal = [c for c in self._nominal_events(sent)
                       if not any(a.lower_ == "since" and a.dep_ in ("prep", "mark") or a.pos_ == "VERB" and _habitual(a)
                                  for a in c.trigger.ancestors)]
            # ("agreements were signed following talks between A and B": signed by the sides)
            sides = next((n.sources for n in nominal if n.code[:2] == "04" and len(n.sources) >= 2), None)
            signed = [Candidate(code, head, sides, None, "asserted", priority=1) for head in starts
                      if sides and any(c.dep_ == "auxpass" for c in children(head)) and not any(
                          c.dep_ == "agent" for c in children(head))
                      and (code := self._dictionary_code(head) or (self._dictionary_code(
                          first_child(head, ("nsubjpass",))) if head.lemma_.lower() in SIGN_VERBS else ""))[:2]
                      in ("03", "05", "06", "08")]
            cands = nominal + signed + [replace(c, sources=sides) for c in cands
                                        if sides and c.code[:2] in ("03", "05", "06", "08")] or cands
        else:
            cands.extend(self._protesting_crowds(sent))
        cands.extend(_blamed_relatives(sent))
        for c in cands:
            _solo_exercise(c)
            _fighting_alongside(c)
            if c.trigger.lemma_.lower() in GATHER_LEMMAS and _gathered_to_protest(c.trigger):
                c.code = "141"  # "thousands gathered in a demonstration / to march": a demonstration
        attribution = according_to(sent) if "according" in text.lower() else None
        if attribution is not None:
            for c in cands:
                if c.attribution is None:
                    c.attribution, c.attribution_text = attribution, attribution.text
                    if c.modality == "asserted":
                        c.modality = "reported"
        cands = [c for c in _both_sides_hit(_join_halves(_dedupe(cands))) if not _running_total(c)]
        cands = _captured_in_fight(cands)
        return _distinct_candidates(_pairs_named_before(cands))

    def _protesting_crowds(self, sent: Span) -> list[Candidate]:
        """"police fired on crowds protesting the results": the crowd's protest (14) is
        reported beside the main event."""
        out = []
        for tok in sent:
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ == "NOUN":
                # the verb's own code: a crowd protesting is a demonstration whatever its object
                code = "141" if _banging_pots(tok) else self.lexicon.verbs.get(tok.lemma_.lower(), ("", ""))[1]
                crowd = tok.head if tok.head.lower_ not in QUANTITY_NOUNS else (prep_object(tok.head, "of") or tok.head)
                if code and code[:2] == "14" and (crowd.lower_ in CROWD_WORDS | PEOPLE_WORDS or crowd.ent_type_ == "NORP"):
                    out.append(Candidate(code, tok, [tok.head], prep_object(tok, "against"), priority=1))
        return out

    def _clause_heads(self, sent: Span) -> list[Token]:
        root = sent.root
        if root.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "because") for c in children(root)):
                # "Bandits abducted 40 people ..., residents said, a week after the gang had
                # demanded a levy": the parser made the trailing subordinate clause the root
                mains = [c for c in children(root) if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB"
                         and c.i < root.i]
                if mains:
                    return mains
            among = prep_object(root, "among") if root.lemma_.lower() == "be" else None
            told = next((c for c in children(among) if c.dep_ == "relcl" and c.pos_ == "VERB"
                         and (self._dictionary_code(c) or "")[:2] == "14"), None) if among is not None else None
            if told is not None:
                return [told]  # "nurses were among the crowds that marched": the march
            return [root] + self._spliced_clauses(root)
        # verbless root (a parser slip on a headline-like sentence): use the verbs under it;
        # a participle with an object anywhere below is the misread main verb ("militiamen armed
        # with machetes killed 51 people" read as participles on the noun)
        transitive = [t for t in root.subtree if t.pos_ == "VERB" and t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")
                      and first_child(t, ("dobj",)) is not None]
        return transitive or [t for t in children(root) if t.pos_ == "VERB"
                              and t.dep_ in ("acl", "relcl", "ccomp", "advcl", "conj")] or [
            # ("In Tehran, the din of car horns reverberated as protesters blocked a roundabout":
            # the clause with a subject of its own under the scene)
            t for t in root.subtree if t.pos_ == "VERB" and t.dep_ == "advcl" and first_child(t, ("nsubj",)) is not None]

    def _spliced_clauses(self, root: Token) -> list[Token]:
        """"Opponents threw rocks at the police, the police fired tear gas into the crowd": two
        clauses joined by a comma, the first read as the content of the second; an act of force
        has no content, so the first is a clause of its own."""
        if root.lemma_.lower() in DISAPPROVAL_VERBS | SPEECH:
            return []  # ("..., the rebels protested": the protest's content)
        match = self._match(root)
        # (a semicolon joins two clauses whatever the second does: "police fired rubber bullets;
        # some were injured")
        # (nor what follows a scene told in the passive: "protesters gathered outside parliament,
        # traffic is paralyzed here")
        scene = any(c.dep_ == "nsubjpass" for c in children(root)) and not any(c.dep_ == "agent" for c in children(root))
        joints = (",", ";") if match is not None and match.code and match.code[:2] in FORCE_ROOTS - {"15"} \
            or scene and (match is None or not match.code) else (";",)
        return [c for c in children(root) if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.i < root.i
                and first_subject(c) is not None and root.doc[c.right_edge.i + 1].text in joints
                and not any(t.is_quote for t in root.doc[root.sent.start:c.left_edge.i + 1])]

    # -------------------------------------------------------------- clauses
    def _clause(self, verb: Token, inherited: list[Token] | None, modality: str,
               attribution: Token | None = None) -> list[Candidate]:
        """Events of the clause headed by `verb` and of the verbs coordinated with it."""
        if _habitual(verb):
            # "forces daily carry out operations, recently arresting 19 suspects": the pattern is
            # no event, the recent act told beside it is
            return [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                    and any(m.dep_ == "advmod" and m.lower_ in ("recently", "yesterday") for m in children(adv))
                    for c in self._clause(adv, subjects_of(verb) or inherited or [], modality, attribution)]
        if _recalled(verb) or _nobody_did(verb) and not _unanswered(verb):
            return []  # "ten years since fighters seized 276 schoolgirls": an anniversary recalls
        if _standing_since(verb) or _war_toll(verb) or _over_the_years(verb):
            # "Israel has occupied the West Bank since 1967", "the war has killed thousands": a
            # standing state or a toll, no act; an absolute clause on it is one ("the crisis has
            # grown, with Poland accusing Belarus of orchestrating it")
            return self._absolute_acts(verb, modality, attribution)
        own = subjects_of(verb)
        if own and inherited and all(t.pos_ == "PRON" and t.lower_ in ("they", "he", "she", "it") for t in own):
            own = []  # "X and Y spoke frankly as they held talks": the pronoun is the inherited actors
        subjects = _speaker_for_pronoun(own, attribution) or inherited or []
        out = self._single_clause(verb, subjects, modality, attribution)
        # "could prevent a bomb or ensure one": coordinated verbs without auxiliaries share the head's
        shared = aux_modality(verb, modality)
        alternative = any(c.dep_ == "cc" and c.lower_ == "or" for c in children(verb))
        for conj in (c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"):
            if alternative and (has_obligation(verb) or conj.lemma_.lower() == "face"):
                break  # "must drop the barriers or face penalties": the consequence is not an act
            if out and _elliptic_passive(conj) and self._lemma(conj) in HARM_VERBS:
                continue  # "85 were killed and 110 injured in clashes": the same event's casualties
            if _charge_continued(verb, conj):
                continue  # "accused Pakistan of arming militants and allowing them across": the charge
            if out and attribution is None and _reporting_tag(conj):
                # "14 were killed ..., a rights group said": the parser coordinated the tag
                # the subject next to the tag: the parser may give it the elliptic clause's too
                speaker = max((c for c in children(conj) if c.dep_ == "nsubj"), key=lambda c: c.i,
                              default=None) or first_subject(conj)  # ("..., was reported": passive)
                out = [replace(c, attribution=speaker, modality="reported") if c.attribution is None
                       and c.modality == "asserted" else c for c in out]
                continue
            conj_subj = subjects_of(conj) or subjects
            own_aux = any(c.dep_ in ("aux", "auxpass") for c in children(conj))
            out.extend(self._clause(conj, conj_subj, modality if own_aux else shared, attribution))
        if out and all(c.code[:2] == "18" for c in out) and self._lemma(verb) in HARM_VERBS:
            # "killed one man and wounded 11 others by shelling the region": the shelling is the
            # act, the dead and wounded its toll
            means = next((a for v in (verb, *(c for c in children(verb) if c.dep_ == "conj"))
                          if (a := _by_act(v)) is not None), None)
            acts = [c for c in self._clause(means, subjects, modality, attribution)
                    if c.code[:2] in ("19", "20")] if means is not None else []
            out = acts or out
        if any(c.code[:2] == "14" for c in out):
            # "teachers gathered in the park and staged a sit-in": the gathering is the protest
            out = [c for c in out if not (c.code[:2] == "04" and _gathering(c.trigger))]
        if out and self._lemma(verb) in MOTION_VERBS and all(c.code[:2] == "04" for c in out):
            # "travelled to Iran to negotiate with the cleric": the visit's purpose is the event,
            # with the party met as target (not the country travelled to)
            # ("travelled to Qatar to discuss a truce": no party named, the host discussed with)
            destination = prep_object(verb, "to")
            out = [replace(c, target=destination) if destination is not None and c.trigger.lemma_.lower() in TOPIC_VERBS
                   and prep_object(c.trigger, "with") is None else c
                   for c in self._purpose_events(verb, subjects, modality, attribution)] or out
        if out and all(c.code[:2] == "14" for c in out) and any(
                p.dep_ in ("advcl", "xcomp") and p.lemma_.lower() in CELEBRATE_VERBS for p in children(verb)) \
                and not any(s.lower_ in DEMONSTRATOR_WORDS for s in subjects):
            # "poured into the streets to celebrate": a celebration, not a demonstration (but
            # demonstrators gathered to mourn a protester are still protesting)
            return []
        if not out or all(c.code[:2] in ("04", "17") for c in out):
            # "thousands gathered in the capital to protest", "shunned work to protest": an act
            # done to protest is the protest
            purposes = self._purpose_events(verb, subjects, modality, attribution)
            protests = [c for c in purposes if c.code[:2] == "14"]
            # (an official who "met the ambassador to lodge a protest" met him: no crowd)
            crowd = self._lemma(verb) in MEETING_VERBS - {"meet"} | {"march", "rally"} or any(
                w.lower_ in RIOTING_CROWDS for t in subjects for w in t.subtree)
            if not protests and crowd and any(c.code[:2] in ("02", "10", "11") for c in purposes):
                # "thousands gathered outside the ministry to press the government to agree a deal":
                # a crowd gathered to demand is a demonstration
                protests = [replace(c, code="141", trigger=verb) for c in purposes if c.code[:2] in ("02", "10", "11")][:1]
            if not crowd and self._lemma(verb) == "meet":
                # "met the Chinese ambassador to lodge a protest": the complaint made at the meeting
                out = out + [c for c in purposes if c.code[:2] in ("10", "11", "12", "13")]
            if protests and any(c.code.startswith(("171", "18", "19")) for c in out):
                # "set fire to a police station in protest at a death in custody": a violent protest
                protests = [replace(c, code="145") for c in protests]
            out = protests or out
        if not out and self._lemma(verb) in ("use", "employ", "utilise", "utilize"):
            # "used kerosine to set fire to a school", "employed drones to strike the base": the
            # act the means served, by its user
            out = self._purpose_events(verb, subjects, modality, attribution)
        hosted = _hosted_act(verb)
        if hosted is not None:
            # "formed a committee to investigate the deaths", "witnessed a ceremony to sign the
            # accords": the body or ceremony is there for that act, which is the event
            out = self._single_clause(hosted, subjects, modality, attribution) or out
        if self._lemma(verb) in DISPATCH_VERBS and not _object_head_in(verb, FORCE_WORDS):
            # "sent a team of experts to investigate": the mission's purpose is the event
            # (sending troops stays a force deployment)
            purposes = [c for c in self._purpose_events(verb, subjects, modality, attribution)
                        if c.code[:2] not in CONFLICT_ROOTS]
            bound = prep_object(verb, "to")
            if bound is not None and _is_place(bound):
                # "sent relief goods to Myanmar to help those affected": who is helped is there
                purposes = [replace(c, target=bound) if c.target is None or c.target.pos_ == "PRON" else c
                            for c in purposes]
            out = purposes or out
        if self._lemma(verb) in DISPATCH_VERBS | {"deploy"} and _object_head_in(verb, AIRCRAFT_WORDS):
            # "sent fighter jets to carry out air strikes / to bomb rebel positions": warplanes
            # sent on a strike are the strike (the sender's), not aircraft given or placed
            strikes = [c for c in self._purpose_events(verb, subjects, modality, attribution)
                       if c.code[:2] in VIOLENT_ROOTS]
            out = strikes or out
        if out and all(c.code[:2] in VIOLENT_ROOTS and (c.target is None or _is_place(c.target)
                                                          or c.target.lemma_.lower() in ("camp", "site")) for c in out):
            # "stormed a protest camp ..., killing at least 35 people": the killed were the targets
            victims = next((first_child(adv, ("dobj",)) for adv in children(verb) if adv.dep_ == "advcl"
                            and adv.tag_ == "VBG" and adv.lemma_.lower() in ("kill", "wound", "injure")), None)
            if victims is not None and victims.pos_ in ("NOUN", "PROPN"):  # ("killing two": the post stays)
                out = [replace(c, target=victims) for c in out]
        if out and all(c.code == "192" and c.trigger == verb for c in out) or self._lemma(verb) in MOTION_VERBS and all(
                c.code[:2] == "04" for c in out):
            # "swept into the village, firing on residents", "arrived in trucks, firing guns":
            # a raid that attacks is the attack ("retook the district, killing 30 fighters":
            # ground taken stays an outcome of its own)
            raids = self._raid_attacks(verb, subjects, modality, attribution)
            out = (out + raids if self._lemma(verb) in CONTROL_VERBS - {"overrun"} else raids) or out
        if out and all(c.code[:2] in ("18", "19") for c in out) \
                and any(s.lower_ in POLICE_FORCE_WORDS or s.lemma_.lower() == "police" for s in subjects):
            # "police broke through the doors of the embassy to arrest him": force the police use
            # to make an arrest is the arrest (173), as ACLED and CAMEO code raids that arrest
            arrests = [c for c in self._purpose_events(verb, subjects, modality, attribution) if c.code[:3] == "173"]
            out = arrests or out
        if self._lemma(verb) in USE_VERBS and out and all(c.code[:2] in CONFLICT_ROOTS for c in out):
            # "used guns and car bombs to take control of the base": the act the means served
            purposes = [c for c in self._purpose_events(verb, subjects, modality, attribution)
                        if c.code[:2] in CONFLICT_ROOTS]
            out = purposes or out
        # "handed over the detainees after accusing Israel of violating the truce": what the
        # doers said before or after their act is a verbal act of its own
        out = out + [c for said in _said_beside(verb) for c in self._clause(said, subjects, modality, attribution)
                     if c.code[:2] in ("10", "11", "12", "13")]
        for undergone in ([] if out else _undergone_before(verb)):
            # "died in custody after being arrested": the arrest happened to the subject (the
            # event told, when the main verb tells none)
            out = out + [c for c in self._clause(undergone, subjects, modality, attribution)
                         if c.code[:2] in ("17", "18")]
        crowd = _dispersed_crowd(verb)
        # (PETRARCH files DISPERSE under circulating, 010: "dispersed a sit-in" is no statement)
        if crowd is not None and (not out or all(c.code[:2] in CONFLICT_ROOTS | {"07", "08"} and c.code[:3] != "163"
                                                 or c.code == "010" and c.trigger is verb for c in out)):
            # "opened fire / used tear gas to disperse demonstrators": violent repression (175)
            # (sanctions "to quell the protests" stay sanctions; a road "unblocked" or "cleared"
            # by dispersing a crowd is no concession, police "intervening" to disperse it no aid)
            # (a coordinated act keeps its own event: "dispersed a sit-in and arrested dozens")
            out = [Candidate("175", verb, subjects, crowd, modality, attribution, priority=3)] \
                + [c for c in out if c.trigger is not verb and c.code == "173"]
            # "... to disperse protesters and arrested several": the arrests coordinated with the purpose
            out += [c for adv in children(verb) if adv.dep_ in ("advcl", "xcomp")
                    for conj in children(adv) if conj.dep_ == "conj" and conj.lemma_.lower() in SEIZING_VERBS
                    for c in self._clause(conj, subjects, modality, attribution) if c.code[:3] == "173"]
        if out:
            out = out + self._reactions(verb, subjects, modality, attribution) \
                + _mediations(verb, subjects, modality, attribution)
            # "Hamas freed 24 hostages, while Israel released 39 prisoners": a contrasted clause
            # with its own subject is a second report
            # (so is "..., as Turkish forces pounded the fighters" or "as Israel began freeing
            # prisoners": a simultaneous attack or concession told with its doer)
            # (and "..., looting shops before police fired tear gas to disperse them": what came next)
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and subjects_of(adv) and (
                         has_mark(adv, ("while", "whereas")) or (has_mark(adv, ("as",)) and adv.tag_ == "VBD" or has_mark(
                             adv, ("before",)) and adv.tag_ in ("VBD", "VB") and not any(c.dep_ == "aux" for c in children(adv)))
                         and _named_doer(adv) and not any(self._is_act(t) for t in subjects_of(adv)))
                         for c in self._clause(adv, None, modality, attribution)
                         if c.code[:2] in (MATERIAL_ROOTS if has_mark(adv, ("while", "whereas"))
                                           else VIOLENT_ROOTS | {"08"})]
            # "when police charged at them, the activists threw stones": force met with force in a
            # street clash, each side's act told with its own named doer (not the cause of a toll)
            if any(c.code[:2] in STREET_FORCE_ROOTS for c in out) and not _casualty_clause(verb, self._lemma(verb)):
                out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ in ("VBD", "VBN")
                             and not any(p.dep_ in ("auxpass", "nsubjpass") for p in children(adv))
                             and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in children(adv)) and subjects_of(adv) and _named_doer(adv)
                             and not any(self._is_act(t) for t in subjects_of(adv))
                             for c in self._clause(adv, None, modality, attribution) if c.code[:2] in STREET_FORCE_ROOTS]
                # ("them" told before the crowd it stands for is the main clause's subject)
                out = [replace(c, target=subjects[0]) if c.trigger.dep_ == "advcl" and c.trigger.i < verb.i
                       and c.target is not None and c.target.lower_ in ("them", "him", "her") and subjects
                       and subjects[0].pos_ != "PRON" else c for c in out]
            # "Israeli aircraft struck targets in Gaza, after Hamas militants fired rockets at
            # Israel": the act it followed, when told with its own named doer, is reported too
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and has_mark(adv, ("after",))
                         and (adv.tag_ == "VBD" or adv.tag_ == "VBN" and (any(a.dep_ == "agent" for a in children(adv))
                                                                          or _act_by_named_doer(adv)))
                         and (_named_doer(adv) or _act_by_named_doer(adv)) and not _recalled(adv) and not _weeks_before(adv)
                         and not _casualty_clause(verb, self._lemma(verb))  # (there it is the cause)
                         for c in self._clause(adv, None, modality, attribution)
                         if c.code[:2] in MATERIAL_ROOTS | {"11", "12", "13"}]
            # "..., prompting Japan to scramble fighter jets": the act it provoked, by its object
            out = out + [c for adv in children(verb) if adv.dep_ in ("advcl", "xcomp") and adv.tag_ == "VBG"
                         and adv.lemma_.lower() in PROMPT_VERBS
                         for c in self._prompted(adv, modality, attribution)]
            # "suspended the talks as he blamed the ELN for the bombing", "expelled three diplomats
            # after it accused the embassy of ...": the accusation made with it
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and has_mark(adv, ("as", "after"))
                         and adv.tag_ == "VBD" and adv.lemma_.lower() in ACCUSING_VERBS
                         for c in self._clause(adv, None, modality, attribution) if c.code[:2] == "11"]
            # "..., praising their courage": the participle's praise is a second act
            out = out + [c for adv in children(verb) if adv.dep_ in ("advcl", "conj") and adv.tag_ == "VBG"
                         and adv.lemma_.lower() in PRAISING_VERBS and not any(o.code[:2] == "05" for o in out)
                         for c in self._clause(adv, subjects, modality, attribution) if c.code[:2] == "05"]
            # "..., warning of further steps / vowing stern measures": the threat beside the act
            out = out + [c for adv in children(verb) if adv.dep_ in ("advcl", "conj") and adv.tag_ == "VBG"
                         and adv.lemma_.lower() in THREATENING_VERBS
                         for c in self._clause(adv, subjects, modality, attribution) if c.code[:2] == "13"]
            # "accused Rwanda of backing the rebels, an accusation that Kigali denies", "demanded
            # talks with the M23, which Congo rejected": the rebuff of the charge or demand
            if subjects and any(o.code[:2] in ("02", "10", "11") for o in out):
                # (a charge denied is responsibility denied, 016; a demand refused is rejected, 120)
                out = out + [Candidate("016" if rebuff.lemma_.lower() == "deny" else "120", rebuff, [who], subjects[0],
                                       modality, attribution, priority=2) for rebuff, who in _rebuffs(verb)]
            # "..., accusing Paris of interference", "..., calling Ecuador's actions
            # reprehensible": the participle's accusation or censure is a second act (a
            # censure beside a protest or denial only restates it)
            censured = any(o.code[:2] in ("11", "12") or o.code[:3] == "016" for o in out)
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                         and (adv.lemma_.lower() in ACCUSING_VERBS or adv.lemma_.lower() in NAMING_VERBS and not censured)
                         for c in self._clause(adv, subjects, modality, attribution) if c.code[:2] == "11"]
            # "raided the camp, arresting 20 people": the arrests or abductions are a second act
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                         and adv.lemma_.lower() in SEIZING_VERBS
                         for c in self._clause(adv, subjects, modality, attribution) if c.code[:2] in ("17", "18")]
            # "killed some militants while retaking a town": the ground taken is a second act
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                         and adv.lemma_.lower() in RETAKING_VERBS
                         for c in self._clause(adv, subjects, modality, attribution) if c.code == OCCUPY_CODE]
            # "signed a decree, introducing a state of emergency and a curfew": the restriction
            # imposed is a second act
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                         and adv.lemma_.lower() in _IMPOSING_VERBS | {"declare"}
                         for c in self._clause(adv, subjects, modality, attribution) if c.code[:3] in ("172", "163")]
            # "..., insisting that the ELN first release the hostage", "condemned the takeover,
            # calling on all parties to exercise restraint": the demand or appeal beside it
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                         and (adv.lemma_.lower() in INSISTING_VERBS or _appeal_participle(adv)
                              and not any(o.code[:2] == "14" for o in out))
                         for c in self._clause(adv, subjects, modality, attribution) if c.code[:2] in ("02", "10")]
        told = [c for adv in _interrupting_clauses(verb) for c in self._clause(adv, None, modality, attribution)
                if c.code[:2] in FORCE_ROOTS | {"08"} or c.code[:2] == "14" and _situation_turned(verb)]
        if told:
            # "the team was heading for a village when rebels attacked them": the attack is the
            # news, the errand it interrupted (a trip, a patrol) only its setting
            # (and "them" is those interrupted)
            out = [c for c in out if c.code[:2] not in ("04", "15")] + [
                replace(c, target=subjects[0]) if subjects and c.target is not None and subjects[0].pos_ != "PRON"
                and (c.target.lower_ in ("them", "him", "her") or c.target.lower_ in ("it", "they")
                     and c.target.dep_ == "nsubjpass") else c for c in told]
        if _situation_turned(verb):
            # "tensions rose (when protesters threw stones)": the turn itself is no one's act
            out = [c for c in out if c.trigger.i != verb.i]
        # "the raid, in which gunmen killed nine villagers, ...", "the palace, where the two
        # leaders signed agreements": a relative clause telling what happened in an act or place
        # the clause names is reported as fact, by the same voice (an act noun's own "which
        # killed 12" only when the clause has no violent event of its own)
        violent = any(c.code[:2] in VIOLENT_ROOTS for c in out)
        out = out + [c for rel, setting in _event_relatives(verb, self._violent_noun)
                     # (the doers' next step is theirs: "they" are the clause's subjects)
                     for c in self._clause(rel, subjects if setting and _next_step(rel) and subjects else
                                           subjects_of(rel) or ([rel.head] if rel.dep_ == "acl" else []),
                                           modality, attribution)
                     if c.code and (c.code[:2] in VIOLENT_ROOTS and (not violent or _answered_act(rel, verb)
                                                                     or setting and _next_step(rel))
                                    or setting and c.code[:2] not in VIOLENT_ROOTS and c.code != "010")]
        # "..., with Congo accusing Rwanda of backing the militia", "with police firing tear gas":
        # an absolute clause with its own subject tells an act of its own
        out = out + self._absolute_acts(verb, modality, attribution)
        if not any(c.code[:2] in CONFLICT_ROOTS or c.code[:3] == "015" for c in out):
            # "defied the curfew, going on a rampage and burning a police station": violence
            # told in a participle beside a non-violent act is an act of its own
            out = out + [c for adv in children(verb) if adv.dep_ in ("advcl", "conj") and adv.tag_ == "VBG"
                         and not any(m.dep_ == "mark" for m in children(adv))
                         and adv.lemma_.lower() not in PRETENDING_VERBS
                         for c in self._clause(adv, subjects, modality, attribution)
                         if (c.code[:2] in VIOLENT_ROOTS or c.code[:3] == "171") and c.trigger in (adv, *(x for x in adv.conjuncts if x.tag_ == "VBG"))
                         and (c.target is not None or c.code[:2] == "18")
                         # ("..., clashing with police who fired tear gas": the forces' act back)
                         or c.code[:2] in ("17", "18", "19") and c.trigger.dep_ == "relcl" and adv.is_ancestor(c.trigger)]
        if out and any(c.code[:2] in CONFLICT_ROOTS for c in out):
            # "police fired tear gas at the crowd as supporters hurled rocks at the officers": a
            # clash told from both sides, the other side's act in a clause of its own
            # (a trailing clause in the past tense whose subject is a party, not an act or a
            # weapon: "as the offensive entered its second day" is the setting)
            out = out + [c for adv in children(verb) if adv.dep_ == "advcl" and adv.pos_ == "VERB"
                         and adv.i > verb.i and has_mark(adv, ("as", "while")) and adv.tag_ == "VBD"
                         and any(x.dep_ == "nsubj" and x.pos_ != "PRON" and not self._is_act(x)
                                 and x.lower_ not in WEAPON_SUBJECT_WORDS for x in children(adv))
                         for c in self._clause(adv, subjects_of(adv), modality, attribution)
                         if c.code[:2] in ("11", "12", "13", "14", "17", "18", "19", "20")]
        # "talks with President Putin, who promised him a loan": an aside on a named party,
        # told as fact, is that party's act
        out = out + [c for rel in _actor_asides(verb)
                     for c in self._clause(rel, subjects_of(rel), modality, attribution)
                     if c.code and c.code[:2] not in ("01",)]
        # "rescued the hostages after a gunbattle with their captors": the fight too
        out = out + self._fights_named(verb, subjects, modality, attribution) \
            + _attacks_repelled(verb, subjects, modality, attribution)
        # "fired tear gas to disperse protesters who gathered in a park": the protest too
        out = out + [c for rel in _crowd_asides(verb, out)
                     for c in self._clause(rel, [rel.head], modality, attribution) if c.code[:2] == "14"]
        if not out or all(c.code in ("010", "") or _unnamed_protest(c) for c in out):
            # subordinate clauses count only when the main clause carries no specific event
            # ("wrote to the president urging him to send troops"; "protests started after the
            # leader was arrested": the arrest too)
            sub: list[Candidate] = []
            for adv in (c for c in children(verb) if c.dep_ in ("advcl", "parataxis") and c.pos_ == "VERB"):
                mod = "hypothetical" if has_mark(adv, ("if", "unless")) else modality
                sub.extend(self._clause(adv, subjects or subjects_of(adv), mod, attribution))
            # "left Cairo after meeting with Egyptian officials", "... after holding a meeting
            # with his counterpart": a meeting told in a phrase of time
            for act in (a for p in children(verb) if p.dep_ == "prep" and p.lower_ in TIME_PREPS
                        for a in children(p) if a.dep_ == "pcomp" and a.pos_ == "VERB"):
                sub.extend(c for c in self._clause(act, subjects, modality, attribution) if c.code[:2] == "04")
            sub.extend(self._meetings_named(verb, subjects, modality, attribution))
            if sub:
                out = [c for c in out if _unnamed_protest(c)] + sub
        elif self._lemma(verb) in SPEECH:
            # "said in a phone call with Ruto that the violence must end": the call, beside
            # what was said in it
            out = out + self._meetings_named(verb, subjects, modality, attribution)
        return out

    def _fights_named(self, verb: Token, subjects: list[Token], modality: str,
                      attribution: Token | None) -> list[Candidate]:
        """"X rescued the hostages after a gunbattle with their captors": the subject fought
        the party the fight noun names, when the clause itself is no fight."""
        if not subjects or any(c.dep_ == "nsubjpass" for c in children(verb)):
            return []  # (not "soldiers were killed during clashes with militants": the dead)
        return [Candidate("190", noun, subjects, partner, modality, attribution, priority=1)
                for p in children(verb) if p.dep_ == "prep" and p.lower_ in TIME_PREPS - {"before", "ahead"}
                for noun in children(p) if noun.dep_ == "pobj" and noun.lemma_.lower() in CLASH_NOUNS
                if (partner := prep_object(noun, "with")) is not None]

    def _other_work(self, verb: Token) -> Token | None:
        """What one is "engaged in" that is no fight, talks or any act the noun dictionary codes
        ("engaged in opening a road", "engaged in farming")."""
        work = next((o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "in"
                     for o in children(p) if o.dep_ in ("pobj", "pcomp")), None)
        if work is None:
            return None
        if work.tag_ == "VBG":
            fight = (self.lexicon.verbs.get(work.lemma_.lower(), ("", None))[1] or "")[:2] in VIOLENT_ROOTS
        else:
            fight = work.lemma_.lower() in CLASH_NOUNS or bool(self.lexicon.nouns.get(work.lemma_.lower()))
        return None if fight else work

    def _meetings_named(self, verb: Token, subjects: list[Token], modality: str,
                        attribution: Token | None) -> list[Candidate]:
        """"The announcement came during a meeting between X and Y", "made the remarks during his
        phone talks with Putin": a meeting its noun names, with the parties it names."""
        out: list[Candidate] = []
        # (not "a day before a meeting between X and Y": one yet to come)
        for p in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ in TIME_PREPS - {"before", "ahead"} | {"in", "at"}):
            for noun in (o for o in children(p) if o.dep_ == "pobj" and (o.lemma_.lower() in MEETING_NOUNS or _phone_call(o))):
                code = self.lexicon.nouns.get(noun.lemma_.lower(), "040") if noun.lemma_.lower() in MEETING_NOUNS else "041"
                code = "041" if any(c.lower_ in ("phone", "telephone", "video") for c in children(noun)) else code
                between = prep_object(noun, "between")
                partner = prep_object(noun, "with") or (prep_object(noun, "to") if noun.lemma_.lower() in PHONE_WORDS else None)
                own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(noun)) or (
                    # "in a phone call with / to Ruto, Blinken said ...": the speaker's own call
                    self._lemma(verb) in SPEECH and partner is not None and _named_party(partner))
                if between is not None and len(conjuncts_of(between)) >= 2:
                    out.append(Candidate(code, noun, conjuncts_of(between), None, modality, attribution, priority=1))
                elif partner is not None and subjects and own:
                    out.append(Candidate(code, noun, subjects, partner, modality, attribution, priority=1))
        return out

    def _prompted(self, prompt: Token, modality: str, attribution: Token | None) -> list[Candidate]:
        """The act of X in "prompting / forcing / leading X to ACT"."""
        actor = first_child(prompt, ("dobj",))
        act = next((c for c in (children(actor) if actor is not None else []) if c.dep_ in ("acl", "relcl", "xcomp")
                    and c.pos_ == "VERB"), None) or next(
            (c for c in children(prompt) if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
        if actor is None or act is None:
            return []
        return [c for c in self._clause(act, [actor], modality, attribution) if c.code and c.code != "010"]

    def _reactions(self, verb: Token, subjects: list[Token], modality: str,
                   attribution: Token | None) -> list[Candidate]:
        """"X began patrols, a move China denounced": the named party's reaction to the act,
        aimed at its doers."""
        out: list[Candidate] = []
        heads = [verb, *(c for c in children(verb) if c.dep_ == "dobj")]
        for move in (c for h in heads for c in children(h) if c.dep_ in ("npadvmod", "appos", "dobj", "attr")
                     and c.lemma_.lower() in REACTION_NOUNS and c.i > verb.i):
            for rel in (r for r in children(move) if r.dep_ == "relcl" and r.pos_ == "VERB"):
                reactors = [s for s in subjects_of(rel) if s.lower_ not in ("that", "which", "who")]
                if not reactors:
                    continue
                out += [replace(c, target=c.target or (subjects[0] if subjects else None))
                        for c in self._clause(rel, reactors, modality, attribution)
                        if c.code and c.code[:2] not in VIOLENT_ROOTS]
        return out

    def _absolute_acts(self, verb: Token, modality: str, attribution: Token | None) -> list[Candidate]:
        """Conflict told in an absolute clause on `verb` ("..., with Congo accusing Rwanda of
        backing the militia", "with police firing tear gas")."""
        acts = [c for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with"
                for pc in children(p) if pc.dep_ == "pcomp" and pc.tag_ == "VBG"
                and any(x.dep_ == "nsubj" and x.pos_ != "PRON" for x in children(pc))
                and pc.lemma_.lower() not in SAYING_VERBS
                for c in self._clause(pc, subjects_of(pc), modality, attribution) if c.code[:2] >= "11"]
        # "eliminated nine terrorists, with two (terrorists) apprehended": the arrests are the
        # doers' second act
        held = [(pc, x) for pc in _with_participles(verb) if pc.tag_ == "VBN" and pc.lemma_.lower() in ARREST_VERBS
                for x in children(pc) if x.dep_ in ("nsubj", "nsubjpass") and x.pos_ != "PRON"]
        doers = subjects_of(verb)
        return acts + [Candidate("173", pc, doers, x, modality, attribution, priority=2) for pc, x in held if doers]

    def _raid_attacks(self, verb: Token, subjects: list[Token], modality: str,
                      attribution: Token | None) -> list[Candidate]:
        """Violent acts of the participle clauses on an entering verb ("..., shooting residents")."""
        return [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                for c in self._clause(adv, subjects_of(adv) or subjects, modality, attribution)
                if c.code[:2] in ("18", "19", "20")]

    def _purpose_events(self, verb: Token, subjects: list[Token], modality: str,
                        attribution: Token | None) -> list[Candidate]:
        """Events of a motion verb's infinitive purpose clause ("went to Qom to meet X")."""
        found: list[Candidate] = []
        # ("gathered ..., chanting and waving ribbons, to press the government": the purpose may
        # hang on an accompanying participle)
        holders = [verb, *(c for c in children(verb) if c.dep_ == "advcl" and c.tag_ == "VBG")]
        for purpose in (p for h in holders for p in children(h)):
            if purpose.dep_ in ("advcl", "xcomp") and purpose.pos_ == "VERB" \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(purpose)):
                found.extend(self._clause(purpose, subjects_of(purpose) or subjects, modality, attribution))
        return found

    def _single_clause(self, verb: Token, subjects: list[Token], modality: str,
                       attribution: Token | None) -> list[Candidate]:
        lemma = self._lemma(verb)
        modality = aux_modality(verb, modality)
        if self.lexicon.authoritative:
            return self._dictionary_clause(verb, subjects, modality, attribution)
        if any(_blaze(s) for s in subjects):
            return []  # "a fire broke out at the depot": a blaze, no one's act
        joined = _act_joined(verb, lemma)
        acts = self._single_clause(joined, subjects, modality, attribution) if joined is not None else []
        if acts:
            # "Bahrain joined Saudi Arabia in cutting ties with Iran": the subject cut ties too
            # (with Saudi Arabia, not to it)
            ally = first_child(verb, ("dobj",))
            return [replace(c, target=None) if c.target is not None and c.target.i == ally.i else c for c in acts]
        inner = inner_verb(verb)
        suspended = self._suspension(verb, lemma, subjects, modality, attribution)
        if suspended:
            return suspended
        changed = _group_changed(verb, lemma, subjects)
        if changed is not None:
            return [replace(changed, modality=modality, attribution=attribution)]
        reported = self._reported_act(verb, lemma, subjects)
        if reported is not None:
            return [reported]
        burnt = first_child(verb, ("dobj",)) if lemma in RIOT_DAMAGE_VERBS else None
        if burnt is not None and subjects and (burnt.lemma_.lower() in ("tire", "tyre") or any(
                s.lower_ in DEMONSTRATOR_WORDS - {"supporters", "activists", "opponents"} | MOB_CROWDS
                for s in subjects)):
            # "supporters blocked roads and burned tyres", "protesters burned dumpsters": protest
            # turned violent (145), which outranks the rest of the protest it was part of
            return [Candidate("145", verb, subjects, None, modality, attribution, priority=3)]
        if lemma == "be" and _combat_ready(verb) and any(s.lower_ in FORCE_WORDS | {"police"} for s in subjects):
            # "the army and police are fully combat-ready": forces on alert (152), not an intent
            return [Candidate("152", verb, subjects, None, modality, attribution, priority=3)]
        held = first_child(verb, ("dobj",)) if lemma == "take" else None
        if held is not None and held.lower_ == "hold" and prep_object(held, "of") is None \
                and prep_object(verb, "of") is None:
            return []  # "before a truce took hold": it came into force, nothing was seized
        lives = first_child(verb, ("dobj",)) if lemma in ("claim", "take") else None
        if lives is not None and lives.lemma_.lower() == "life" and subjects \
                and subjects[0].lemma_.lower() not in TOLL_CAUSES:  # ("the war has claimed 500,000 lives": a toll)
            # "a landmine explosion claimed the lives of four soldiers": a killing, by the
            # weapon's unknown layers or the act's author
            cause = subjects[0]
            code = _weapon_code(cause, cause) if cause.lower_ in WEAPON_SUBJECT_WORDS else (
                self._violent_act_code(cause) or "190")
            author = _act_author(cause) if self._is_act(cause) or cause.lower_ in WEAPON_SUBJECT_WORDS else cause
            return [Candidate(self._refine_code(code, cause), verb, [author or cause], prep_object(lives, "of"),
                              modality, attribution, priority=2)]
        undergone = _undergone_act(verb, lemma)
        if undergone is not None:
            # "troops came under fire from Azerbaijani positions", "positions were subjected to
            # intensive fire by Armenian troops": the attackers' act on the subject
            act, attacker = undergone
            code = self._violent_act_code(act) or self.lexicon.nouns.get(act.lemma_.lower()) or "190"
            victim = first_child(verb, ("dobj",))
            if victim is not None:
                # active: "soldiers subjected women to rapes": the subject's act on the object
                return [Candidate(self._refine_code(code, act), verb, subjects, victim, modality, attribution,
                                  priority=2)]
            return [Candidate(self._refine_code(code, act), verb, [attacker] if attacker is not None else [],
                              subjects[0] if subjects else None, modality, attribution, priority=2)]
        proposal = first_child(verb, ("dobj",)) if lemma in ("dismiss", "brush") else None
        if proposal is not None and proposal.lemma_.lower() in CHARGE_NOUNS:
            # "dismissed the (EU's) accusations as baseless": accusations discarded, CAMEO 016,
            # aimed at whoever made them
            return [Candidate("016", verb, subjects, _author_of_act(proposal), modality, attribution, priority=2)]
        if proposal is not None and proposal.lemma_.lower() in DISMISSED_PROPOSALS:
            # "dismissed the idea of negotiating directly with Russia": a rejection (120) of
            # the party the proposal names
            party = next((t for t in proposal.subtree if t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
                          and t.dep_ != "compound"), None)
            return [Candidate("120", verb, subjects, party, modality, attribution, priority=2)]
        payer = _made_to_pay(verb, self.lexicon.nouns)
        speaker = attribution if isinstance(attribution, Token) else first_subject(verb.head) \
            if verb.dep_ == "ccomp" else None
        if payer is not None and speaker is not None and speaker.i != payer.i:
            # "the commander said Israel will pay for the attack", "vowed the rebels would pay
            # dearly": the speaker threatens the payer (130)
            return [Candidate("130", verb, [speaker], payer, "threatened", None, priority=3)]
        unwelcome = _declared_unwelcome(verb, lemma)
        if unwelcome is not None:
            # "declared two Russian diplomats persona non grata", "the envoy is now considered
            # persona non grata": diplomats expelled, relations cut (161); a passive's declarer
            # is who announces it ("the ministry said the envoy is considered persona non grata")
            declarers = subjects
            if any(c.dep_ == "nsubjpass" for c in children(verb)):
                agent = _passive_agent(verb)
                speaker = attribution if isinstance(attribution, Token) else None
                declarers = [agent] if agent is not None else [speaker] if speaker is not None else []
            return [Candidate("161", verb, declarers, unwelcome, modality, attribution, priority=2)]
        mission = first_child(verb, ("dobj",)) if lemma in ("open", "reopen") else None
        if mission is not None and (mission.lemma_.lower() in ("embassy", "consulate") or mission.lemma_.lower() == "mission"
                                    and any(c.lower_ == "diplomatic" for c in children(mission))):
            # "Iran reopened three diplomatic missions in Saudi Arabia": PETRARCH's "REOPEN EMBASSY"
            # (054), which its pattern misses in the plural; the host is where they are
            host = prep_object(mission, "in") or prep_object(verb, "in")
            return [Candidate("054", verb, subjects, host, modality, attribution, priority=2)]
        told = _content_of_reports_received(verb) or _account_given(verb, lemma)
        if told is not None:
            # "the UN has received reports that soldiers raped civilians", "she described how she
            # was raped by ...": what was reported, as reported to the receiver or by the witness
            # (receiving a report is no aid received, CAMEO 0861)
            return self._clause(told, None, "reported" if modality == "asserted" else modality,
                                subjects[0] if subjects else None)
        if _unanswered(verb):
            # "said any US attack on the group would not go unanswered": the speaker threatens
            # whoever would attack (CAMEO 138), no refusal to go anywhere
            author = _author_of_act(subjects[0]) if subjects else None
            return [Candidate("138", verb, [attribution] if attribution is not None else [], author,
                              "threatened", None, priority=2)]
        if is_negated(verb) and lemma in ("hesitate", "tolerate") and _threatened_response(verb):
            # "would not hesitate to take further action", "will not tolerate attacks": a threat
            return [Candidate("130", verb, subjects, None, "threatened", attribution, priority=2)]
        if is_negated(verb) and lemma not in REFUSE:
            return self._negated_clause(verb, subjects, modality, attribution)
        real = _act_after_description(verb)
        if real is not None:
            # "Gunmen suspected to be herders killed 27 villagers": the parser made the
            # description the verb; the act is the clause it hung below it
            return self._clause(real, subjects, modality, attribution)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma in ("arm", "equip") and prep_object(verb, "with") is not None:
            return []  # "militiamen armed with machetes": a description, not an arming
        sentenced = self._sentence_handed(verb, lemma, subjects, modality, attribution) \
            or self._reaction_drawn(verb, lemma, subjects, modality, attribution)
        if sentenced:
            return sentenced
        named = _denounced_as(verb, lemma, first_child(verb, ("dobj",)))
        if named is not None:
            # "called the attack a barbaric act of terrorism": a denunciation (111) of its author
            return [Candidate("111", verb, subjects, _author_of(named, verb) or named, modality, attribution,
                              priority=2)]
        feared = lemma == "fear" and any(c.dep_ in ("auxpass", "nsubjpass") for c in children(verb))
        if _long_running(verb) or _rising_trend(verb):
            # (a situation, not an act: its nouns are not read as acts of their own either; an
            # absolute clause on it is: "the crisis has grown, with Poland accusing Belarus")
            return [Candidate("", verb, [], None, modality, attribution)] + \
                self._absolute_acts(verb, modality, attribution)
        if lemma in NON_EVENT_VERBS and not feared or _habitual(verb) or _slogan(verb) or _naming(verb):
            return []  # "fled, fearing an imminent assault", "carries out frequent bombings"
        if _shown(verb) or _counterfactual(verb) or _standing_restriction(verb, self._match(verb)) \
                or lemma in ("mean", "intend") and verb.tag_ == "VBN" or _office_taken(verb):
            return []  # "the ruling demonstrated bad faith", "could have been intercepted", "is proscribed"
        if lemma in ("encounter", "confront") and (_armed_object(verb) or _named_band_met_by_forces(verb, subjects)):
            # "troops encountered 40 members of Abu Sayyaf during combat operations": a clash
            return [Candidate("190", verb, subjects, first_child(verb, ("dobj",)), modality, attribution, priority=2)]
        crowd = first_child(verb, ("dobj",)) if lemma == "confront" else None
        if crowd is not None and crowd.lower_ in DEMONSTRATOR_WORDS | PROTEST_CROWD_WORDS \
                and any(t.lower_ in STATE_FORCE_WORDS for s in subjects for t in s.subtree):
            # "riot police confronted protesters": the state's force facing down a protest (as
            # dispersing it), not a meeting
            return [Candidate("175", verb, subjects, crowd, modality, attribution, priority=2)]
        if lemma in INTENT and (obj := first_child(verb, ("dobj",))) is not None and obj.lemma_.lower() in REVENGE_WORDS:
            # "promised vengeance": a threat of force, not an intent to cooperate
            return [Candidate("138", verb, subjects, prep_object(obj, "against") or prep_object(obj, "on"),
                              "threatened", attribution, priority=2)]
        if lemma in ("respond", "retaliate") and modality in ("planned", "hypothetical", "threatened") \
                and first_child(verb, ("dobj",)) is None and prep_object(verb, "to") is None:
            # "said Israel would respond forcefully": a promised reprisal is a threat of force
            return [Candidate("138", verb, subjects, None, "threatened", attribution, priority=2)]
        envoy = next((c for c in children(verb) if c.dep_ in ("dobj", "dative") and _is_envoy(c)), None) \
            if lemma in ("order", "tell", "ask", "instruct") else None
        if envoy is not None and any(t.lemma_.lower() in ("leave", "depart", "go") or t.lower_ == "home"
                                     for t in verb.subtree if t.i > envoy.i):
            # "ordered embassy staff to fly home", "told the ambassador to leave":
            # an expulsion of diplomats (161)
            return [Candidate("161", verb, subjects, envoy, modality, attribution, priority=3)]
        if lemma in ("give", "issue", "deliver", "hand", "send") and any(
                t.lower_ == "ultimatum" for o in children(verb) if o.dep_ in ("dobj", "dative") for t in o.subtree):
            # "had given the TPLF (...) an ultimatum to lay down their arms": a threat (139)
            told = first_child(verb, ("dative",)) or prep_object(verb, "to") or next(
                (o for o in children(verb) if o.dep_ == "dobj" and o.lower_ != "ultimatum"), None)
            return [Candidate("139", verb, subjects, told, modality, attribution, priority=2)]
        marked = _marked_as_target(verb) if lemma in MARKING_VERBS else None
        if marked is not None:
            # "declared American and British interests legitimate targets", "consider the ships
            # hostile targets": a threat of force against them (138)
            return [Candidate("138", verb, subjects, marked, "threatened", attribution, priority=2)]
        if lemma in DEATH_VERBS or _injuries_suffered(verb):
            # ("seven rangers sustained injuries in a bomb explosion": the hurt, as the dead)
            return self._deaths(verb, subjects, modality, attribution)
        if attribution is not None and has_obligation(verb):
            # "X said Y must return the helicopter": the speaker's demand on Y (CAMEO 10)
            inner_cands = self._single_clause(verb, subjects, "asserted", None)
            code = inner_cands[0].code if inner_cands else None
            if code and code[:2] not in ("01", "02", "10"):
                return [Candidate(family_code("10", code), verb, [attribution],
                                  subjects[0] if subjects else None, "asserted", None, priority=3)]
            if not inner_cands and subjects and first_child(verb, ("dobj",)) is not None:
                # "X said the government must cut spending": a demand on the government (100)
                return [Candidate("100", verb, [attribution], subjects[0], "asserted", None, priority=3)]
        if attribution is not None and lemma in ("need", "have") and inner is not None \
                and inner.dep_ == "xcomp" and verb.tag_ != "VBD":
            # "X said Y needs to / has to enact reforms": the speaker's demand on Y
            code = self._inner_code(inner)
            if code and code[:2] not in ("01", "02", "10"):
                return [Candidate(family_code("10", code), verb, [attribution],
                                  subjects[0] if subjects else None, "asserted", None, priority=3)]
        if lemma in FORECAST_VERBS and (first_child(verb, ("dobj", "ccomp")) is not None
                                        or (inner is not None and has_own_agent(verb, inner))):
            return []  # "economists expect inflation to ease": a forecast about others, no act
        if lemma in PLAN and inner is not None and has_own_agent(verb, inner):
            # "wants Germany to pay": wanting another actor to act is an appeal (02)
            return self._appeal(verb, inner, subjects, "02", modality, attribution)
        appealed = self._appeal_noun_events(verb, subjects, modality, attribution)
        if appealed:
            return appealed
        ordered_out = _ordered_to_leave(verb)
        if ordered_out is not None:
            # "the ambassador has been ordered to leave Nairobi immediately": expelled (161 for
            # an envoy, 174 for anyone else), by the agent named or whoever says so
            agent = prep_object(verb, "by")
            doers = [agent] if agent is not None else [attribution] if isinstance(attribution, Token) else []
            return [Candidate("161" if _is_envoy(ordered_out) else "174", verb, doers, ordered_out,
                              modality, None if doers and doers[0] is attribution else attribution, priority=3)]
        leaving = _days_to_leave(verb)
        if leaving is not None and isinstance(attribution, Token):
            # "the ministry said the ambassador has 48 hours to leave the country": expelled by
            # whoever says so (161 for an envoy, 174 for anyone else)
            return [Candidate("161" if _is_envoy(leaving) else "174", verb, [attribution], leaving, modality,
                              None, priority=3)]
        deadline = _deadline_target(verb)
        given = first_child(verb, ("nsubjpass",))
        if deadline is not None and given is not None:
            # "residents were given two days to leave the area": an ultimatum to them, by whoever
            # the agent or the speaker is
            agent = prep_object(verb, "by")
            doers = [agent] if agent is not None else [attribution] if isinstance(attribution, Token) else []
            return [Candidate("139", verb, doers, given, modality, None if doers else attribution, priority=3)]
        if deadline is not None:
            # "gave the gunmen 72 hours to hand over their weapons": an ultimatum (139)
            if deadline is not False and _is_envoy(deadline):
                # "gave the French ambassador 72 hours to leave the country": an expulsion (161)
                return [Candidate("161", verb, subjects, deadline, modality, attribution, priority=3)]
            return [Candidate("139", verb, subjects, deadline or None, modality, attribution, priority=3)]
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
            return self._intent_or_threat(verb, ready, subjects, modality, attribution, pledge=_pledged(verb))
        culpable = culpability_complement(verb)
        if culpable is not None:
            # "both sides are guilty of violating the truce": they did it (as the speaker says)
            return self._clause(culpable, subjects, modality, attribution)
        if isinstance(attribution, Token) and subjects and self._lemma(verb) in ("violate", "breach") \
                and not is_negated(verb) and subjects[0].pos_ != "PRON":
            # "the ministry said Armenian forces violated the ceasefire": the speaker accuses them
            # of the violation (112), as CAMEO codes a charge of breaking an agreement
            return [Candidate("112", verb, [attribution], subjects[0], "asserted", None, priority=2)]
        if attribution is not None and subjects and _blamed_for_harm(verb):
            # "Biden said Putin was responsible for Navalny's death": the speaker accuses (112)
            return [Candidate("112", verb, [attribution], subjects[0], "asserted", None, priority=2)]
        if lemma in ASPECTUAL and inner is not None and inner.dep_ == "xcomp" \
                and first_child(verb, ("dobj",)) is None:  # "began a hunger strike to demand": the strike
            return self._clause(inner, subjects, modality, attribution)
        achieved = _achieved(verb)
        if achieved is not None:
            # "troops were able to repel the attackers", "managed to free the hostages": done
            return self._clause(achieved, subjects, modality, attribution)
        if lemma in ATTEMPT and inner is not None and inner.dep_ == "xcomp":
            # an attempt is an act: "tried to assassinate" is CAMEO 185, other attempts code the act
            if self._lemma(inner) in ("assassinate", "kill", "murder"):
                match = self._match(inner)
                _, target = self._actors(inner, subjects, match)
                return [Candidate("185", verb, subjects, target, modality, attribution, priority=3)]
            return self._clause(inner, subjects, modality, attribution)
        if (lemma in OPINION_VERBS or feared) and inner is not None:
            # ("100 people are feared to have been killed": a report of deaths, not a fear)
            # "men thought to be members of the movement have been attacking buses", "are
            # believed to have killed": a belief is no event; what it reports is, as a report
            # "is believed to have killed" reports; "X believes the talks will fail" is X's guess
            passive = verb.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass", "xcomp") for c in children(verb))
            mod = ("reported" if passive else "hypothetical") if modality == "asserted" else modality
            return [c for clause in children(verb) if clause.dep_ in ("xcomp", "ccomp") and clause.pos_ in ("VERB", "AUX")
                    for c in self._clause(clause, subjects_of(clause) or subjects, mod, attribution)]
        if lemma in ("suggest", "indicate", "show") and inner is not None and inner.dep_ == "ccomp" \
                and (inner.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ == "had" for a in children(inner))):
            # "evidence suggested that government forces had dropped barrel bombs": what the
            # evidence points to, as reported; no appeal
            mod = "reported" if modality == "asserted" else modality
            return self._clause(inner, subjects_of(inner) or None, mod, attribution)
        work = self._other_work(verb) if lemma == "engage" else None
        if work is not None:
            # "soldiers engaged in opening a road (when they were attacked)": busy, no fight;
            # what they were doing may tell what happened to them
            return self._clause(work, subjects, modality, attribution) if work.tag_ == "VBG" else []
        unwelcome = _declared_persona_non_grata(verb) if lemma == "declare" else None
        if unwelcome is not None:
            # "declared 40 German diplomats personae non gratae": diplomats expelled (161)
            return [Candidate("161", verb, subjects, unwelcome, modality, attribution, priority=2)]
        added = first_child(verb, ("dobj",)) if lemma == "add" else None
        kept = lemma == "maintain" and inner is None  # "to maintain the safety of students": no assertion
        if lemma in SPEECH and not kept and not (
                added is not None and (prep_object(verb, "to") or prep_object(added, "to")) is not None) \
                or (lemma in FINDING_VERBS and inner is not None and inner.dep_ == "ccomp"
                    and first_subject(inner) is not None):
            # ("added 36 people to the sanctions list": no statement)
            spoken = self._speech(verb, inner, subjects, modality)
            if all(c.code[:2] == "01" for c in spoken) and inner is None and lemma in IMPOSE_VERBS \
                    and _object_head_in(verb, IMPOSED_MEASURES):
                return self._plain(verb, subjects, modality, attribution)  # "announced tariffs on Australian wine"
            return spoken
        complaint = self._complaint(verb, inner, subjects, modality, attribution)
        if complaint:
            return complaint
        if lemma == "seek" and inner is None:
            sought = self._sought(verb, subjects, modality, attribution)
            if sought:
                return sought
        if lemma == "prepare" and inner is not None and inner.dep_ == "xcomp" and verb.tag_ in ("VBD", "VBG", "VBZ", "VBP") \
                and (self._inner_code(inner) or "")[:2] in CONFLICT_ROOTS:
            # "the army prepared to resume shelling": readying force is a military posture
            # (15), a deed rather than a spoken threat (13)
            _, target = self._actors(inner, subjects, self._match(inner))
            return [Candidate("150", verb, subjects, target, modality, attribution, priority=2)]
        if lemma in PLAN and inner is not None:
            # "is expected to attack": a forecast by others (hypothetical), not the actor's plan
            forecast = lemma == "expect" and any(c.dep_ == "auxpass" for c in children(verb))
            mod = modality if modality == "hypothetical" else "hypothetical" if forecast else "planned"
            return self._clause(inner, subjects if lemma != "expect" else (subjects_of(inner) or subjects), mod, attribution)
        if lemma in THREAT and inner is not None:
            payer = _made_to_pay(inner, self.lexicon.nouns)
            if payer is not None and not is_negated(verb):
                # "warned / vowed that the rebels would pay dearly": a threat (130) to the payer
                return [Candidate("130", verb, subjects, payer, "threatened", attribution, priority=2)]
            if _threatened_response(inner) and not is_negated(verb):
                # "warned that the US will not tolerate attacks", "warned an attack will carry
                # severe consequences for Iran": the speaker's threat
                aim = prep_object(inner, "for") or prep_object(inner, "on") or first_child(inner, ("dobj",))
                return [Candidate("130", verb, subjects, aim, "threatened", attribution, priority=2)]
            if inner.dep_ == "ccomp" and _foreign_subject(inner):
                # "experts warn that a confrontation feels inevitable", "Kenya warned that the
                # rebels would attack": a forecast about others, no threat by the speaker
                return []
            own = self.lexicon.verbs.get(inner.lemma_.lower(), ("", None))[1]  # ("attack" stays a threat)
            if lemma in ("vow", "swear") and not (own and own[:2] in CONFLICT_ROOTS | {"13"}) and (
                    (self._inner_code(inner) or "13")[:2] not in CONFLICT_ROOTS | {"13"}
                    or {t.lemma_.lower() for t in inner.subtree} & GOODWILL_WORDS):
                # "vowed to deepen relations / to keep working with him" is a pledge (03); "vowed
                # to attack", "to come down hard on the insurgents" a threat (13)
                return self._intent_or_threat(verb, inner, subjects, modality, attribution, pledge=True)
            return self._family(verb, inner, subjects, "13", "threatened", attribution)
        if lemma == "agree" and inner is not None and inner.dep_ == "ccomp" and self._inner_code(inner) is None:
            # "agreed (that) there was a need for ...": agreeing with a position, CAMEO 019
            # (agreeing that they should cooperate is an intent, coded below)
            return [Candidate("019", verb, subjects, prep_object(verb, "with"), modality, attribution, priority=2)]
        if lemma in INTENT and inner is not None and _threatened_response(verb) and not is_negated(verb):
            # "promised to respond immediately to attempts by American diplomats": a threat
            aim = prep_object(inner, "to") or prep_object(inner, "against")
            return [Candidate("130", verb, subjects, _author_of(aim, inner) or aim, "threatened", attribution, priority=2)]
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
        envoy = _called_in_envoy(verb) if lemma == "call" else None
        if envoy is not None:
            # "called in Moldova's ambassador to address the accusations": summoned (110), not
            # asked to address anything
            return [Candidate("110", verb, subjects, envoy, modality, attribution, priority=2)]
        host = _courtesy_call(verb) if lemma == "call" else None
        if host is not None:
            # "Prime Minister Prachanda also called on President Murmu": a visit paid (042)
            return [Candidate("042", verb, subjects, host, modality, attribution, priority=2)]
        if lemma in ("call", "phone", "telephone") and inner is not None and inner.dep_ in ("xcomp", "advcl") \
                and self._lemma(inner) in CALL_PURPOSES and first_child(verb, ("dobj",)) is not None:
            # "Kerry called Museveni to voice concerns": a telephone call (041), its purpose said
            # by the caller; not an appeal that Museveni voice them
            return [Candidate("041", verb, subjects, first_child(verb, ("dobj",)), modality, attribution, priority=2)]
        if (lemma in APPEAL or lemma in DEMAND) and inner is not None:
            return self._appeal(verb, inner, subjects, "10" if lemma in DEMAND else "02", modality, attribution)
        if lemma in DEMAND:
            return self._demand_without_action(verb, subjects, modality, attribution)
        addressee = first_child(verb, ("dobj", "dative"))
        if lemma in APPEAL and lemma != "call" and addressee is not None \
                and (prep_object(verb, "for") is not None or prep_object(addressee, "for") is not None):
            # "pushed the parliament for a new law", "asked Egypt for help": an appeal (02)
            return self._demand_without_action(verb, subjects, modality, attribution, family="02")
        if lemma in ACCEPT:
            accepted = self._accepted_demand(verb, subjects, modality, attribution)
            if accepted:
                return accepted
        return self._plain(verb, subjects, modality, attribution)

    def _dictionary_clause(self, verb: Token, subjects: list[Token], modality: str,
                           attribution: Token | None) -> list[Candidate]:
        """PETRARCH's reading of a clause when a user verb dictionary is authoritative: the
        verb's entry and patterns decide the code; a negated verb is coded only by a pattern
        that spells the negation ("DID N'T *"); a verb without a code of its own ("is about
        to restore", "was seen to break") and a verb reporting a clause ("said (that) X
        restored ties") give the events of the verb they govern, which keep the upper
        subject when they have none."""
        match = self._match(verb)
        if is_negated(verb) and not (match is not None and match.negative):
            return []
        complement = _governed_verb(verb)
        own = match is not None and match.code is not None
        if complement is not None and (not own or complement.dep_ == "ccomp" and match.weight == 0):
            inner = self._clause(complement, subjects, modality, attribution) if not _pronoun_subjects(complement) \
                else self._single_clause(complement, subjects, modality, attribution)  # "X said it would"
            if inner:
                return inner
        if not own:
            return []
        sources, targets = self._dictionary_actors(verb, subjects, match)
        if complement is not None and complement.dep_ == "ccomp":
            targets += subjects_of(complement)  # "allowed that Mordor isn't ...": PETRARCH's (a b P+Q)
        code, _, reverse = match.code.partition(":")
        return [Candidate(code, verb, sources, targets[0] if targets else None, modality, attribution,
                          priority=2, alternatives=tuple(targets[1:]), mutual=match.mutual, reverse=reverse or None)]

    @staticmethod
    def _dictionary_actors(verb: Token, subjects: list[Token], match: VerbMatch
                           ) -> tuple[list[Token], list[Token]]:
        """Sources and target candidates in PETRARCH's order: the subject acts on the verb's
        objects, then its prepositional objects (a pattern's '+' phrase first); a passive's
        "by", "from" or "in" phrase acts on its subject or its "at/against/into/towards"
        phrase; a [:code] pattern swaps the roles."""
        preps = [c for c in children(verb) if c.dep_ in ("prep", "agent")]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)):
            sources = [o for p in preps if p.lower_ in PASSIVE_SOURCE_PREPS for o in _prep_objects(p)]
            targets = subjects + [o for p in preps if p.lower_ in PASSIVE_TARGET_PREPS for o in _prep_objects(p)]
        else:
            sources = subjects
            named = [prep_object(verb, match.target[5:])] if match.target and match.target.startswith("prep:") else []
            targets = [t for t in named if t is not None]
            targets += [c for c in children(verb) if c.dep_ in DICTIONARY_OBJECT_DEPS]
            targets += [o for p in preps for o in _prep_objects(p) if o not in targets]
        if match.swap and targets:
            sources, targets = targets[:1], sources
        return sources, targets

    def _accepted_demand(self, verb: Token, subjects: list[Token], modality: str,
                         attribution: Token | None) -> list[Candidate]:
        """"accepted / met the demands of X": yielding (CAMEO 08, "accede to demands")."""
        obj = first_child(verb, ("dobj",))
        match = self._match(verb)
        if obj is not None and obj.lemma_.lower() in ACCEPTED_PROPOSALS and (match is None or match.weight <= 1):
            words = {t.lemma_.lower() for t in obj.subtree} | {t.lower_ for t in obj.subtree}
            code = "036" if words & {"invitation", "talks", "meeting", "visit"} else \
                "037" if words & {"dispute", "settlement", "peace", "conflict"} else "030"
            return [Candidate(code, verb, subjects, _author_of(obj, verb) or prep_object(obj, "from"),
                              modality, attribution, priority=2)]  # "accepted the government's offer"
        if obj is None or obj.lemma_.lower() not in DEMAND_NOUNS or (match is not None and match.weight > 1):
            return []
        target = prep_object(obj, "from") or prep_object(obj, "of") or next(
            (c for c in children(obj) if c.dep_ == "poss"), None)
        return [Candidate("080", verb, subjects, target, modality, attribution, priority=2)]

    def _negated_clause(self, verb: Token, subjects: list[Token], modality: str,
                        attribution: Token | None) -> list[Candidate]:
        """"will not / is not willing to release": a refusal (CAMEO 12); "did not attack":
        no event (an action reported as not done is not coded, as in PETRARCH)."""
        ready = readiness_complement(verb)
        action = ready if ready is not None else verb
        if ready is None and modality not in ("planned", "hypothetical"):
            return []
        if _passive_agent(verb) is None and any(c.dep_ == "auxpass" for c in children(verb)):
            return []  # "could not be independently verified": no one refuses anything
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
        ordered = first_child(verb, ("dobj", "dative"))
        if ordered is not None and ordered.pos_ == "NOUN" and self._dictionary_code(ordered) and inner.i > ordered.i and inner.dep_ in ("xcomp", "advcl"):
            # "ordered the expulsion of two diplomats to teach the government a lesson": the
            # act ordered is the noun; the infinitive is its purpose
            return self._plain(verb, subjects, modality, attribution)
        if ordered is not None and (ordered.like_num or ordered.lower_ in _PARTITIVES) \
                and (picked := prep_object(ordered, "of")) is not None:
            ordered = picked  # "ordered five of Moscow's diplomats to leave": the diplomats
        envoy = ordered is not None and _is_envoy(ordered)  # ("French ambassador Sylvain Itte")
        if envoy and self._lemma(inner) in ("leave", "depart", "quit"):
            # "ordered the French ambassador to leave the country": an expulsion (161), as "expelled"
            return [Candidate("161", verb, subjects, ordered, modality, attribution, priority=3)]
        if ordered is not None and ordered.lemma_.lower() in OWN_STAFF_WORDS and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in children(ordered)) \
                and (code is None or code[:2] not in CONFLICT_ROOTS):
            return []  # "instructed his government to gather information": the leader's own administration
        forces = ordered is not None and all(o.lower_ in FORCE_WORDS | POLICE_FORCE_WORDS | {"forces", "police", "military"}
                                              for o in conjuncts_of(ordered))
        if code is None and forces and (self._lemma(inner) in FORCE_MOVES | {"send", "dispatch"}):
            # "ordered its army to advance to the border", "extra police to be sent to the area":
            # forces mobilised by the one ordering
            return [Candidate("154", verb, subjects, None, modality, attribution, priority=3)]
        if code is None and forces and self._lemma(inner) == "be" \
                and (alert := prep_object(inner, "on")) is not None and alert.lemma_.lower() == "alert":
            # "ordered the army and police to be on high alert": alert status raised (151/152)
            military = any(o.lower_ in FORCE_WORDS | {"forces", "military"} for o in conjuncts_of(ordered))
            return [Candidate("152" if military else "151", verb, subjects, None, modality, attribution, priority=3)]
        if code is None:
            # "a judge ordered the former president to appear for questioning": a demand on him
            return [Candidate("100", verb, subjects, ordered, modality, attribution, priority=3)] \
                if ordered is not None and ordered.pos_ in ("PROPN", "NOUN") else []
        match = self._match(inner)
        _, target = self._actors(inner, subjects, match)
        own_staff = ordered is not None and ordered.lemma_.lower() in OWN_STAFF_WORDS | FORCE_WORDS and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in children(ordered))
        if target is None and not own_staff or code[:2] in ("16", "17") and not own_staff:
            target = first_child(verb, ("dobj", "dative"))  # the one ordered is the coerced
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _demand_without_action(self, verb: Token, subjects: list[Token], modality: str,
                               attribution: Token | None, family: str = "10") -> list[Candidate]:
        """"demanded an admission / the release of ...": a demand (10), narrowed by the
        dictionary's pattern when it names an appeal (02x) or demand (10x); with family "02"
        the same for an appeal ("pushed X for a new law")."""
        match = self._match(verb)
        code = match.code if match is not None and match.code else family + "0"
        if code[:2] in ("02", "10"):
            code = family + code[2:]
        else:
            code = family + "0"
        sources, target = self._actors(verb, subjects, match)
        return [Candidate(code, verb, sources, target, modality, attribution, priority=3)]

    def _subject_event(self, verb: Token, modality: str, attribution: Token | None) -> list[Candidate]:
        """"Fighting erupted between the army and rebels", "riots are continuing": an event
        noun as the subject of a verb of occurrence is the event."""
        protest = first_child(verb, ("nsubj",))
        if protest is not None and protest.lemma_.lower() in PROTEST_EVENT_NOUNS - {"strike"} \
                and verb.lemma_ in ("turn", "become", "grow") and any(
                    c.dep_ in ("acomp", "oprd") and c.lower_ in ("violent", "ugly", "chaotic") for c in children(verb)) \
                and not any(c.dep_ == "advcl" for c in children(verb)):
            # "a protest over the shooting turned violent": a riot (145) by those protesting (not
            # "turned violent when police fired tear gas": the violence is the police's)
            return [Candidate("145", protest, [protest], None, modality, attribution, priority=3)]
        ongoing = verb.lemma_ == "be" and (any(c.dep_ == "acomp" and c.lower_ in ONGOING_WORDS for c in children(verb))
                                           or any(c.dep_ == "prep" and c.lower_ == "under" and any(
                                               x.lower_ == "way" for x in children(c)) for c in children(verb)))
        obj = first_child(verb, ("dobj",))
        took_place = obj is not None and obj.lower_ in ("place", "effect") and verb.lemma_ == "take"  # "took effect"
        # "clashes were reported between X and Y", "the clashes were between X and Y"
        reported = verb.lemma_ in ("report", "hear") and any(c.dep_ == "auxpass" for c in children(verb))
        # "protest rallies were held in the cities of X and Y", "a march was staged": held by
        # the unnamed people who made them
        held = verb.lemma_ in ("hold", "stage", "organise", "organize") and any(c.dep_ == "auxpass" for c in children(verb))
        between_be = verb.lemma_ == "be" and prep_object(verb, "between") is not None
        # "there was gunfire between X and Y": a fight told as what there was
        there_was = verb.lemma_ == "be" and any(c.dep_ == "expl" for c in children(verb)) \
            and (a := first_child(verb, ("attr",))) is not None and a.lemma_.lower() in CLASH_NOUNS | {"gunfire"}
        # "the student-led demonstration moved to a park", "the march swelled": a protest under way
        marching = self._lemma(verb) in PROTEST_MOTION_VERBS and (s := first_child(verb, ("nsubj",))) is not None \
            and s.lemma_.lower() in PROTEST_EVENT_NOUNS
        if (self._lemma(verb) not in OCCURRENCE_VERBS and not (ongoing or reported or held or between_be or marching
                                                                or there_was)) \
                or (obj is not None and not took_place):
            return []
        subj = first_child(verb, ("nsubj", "nsubjpass") if reported or held else ("attr",) if there_was else ("nsubj",))
        if subj is not None and subj.lemma_.lower() in MEASURE_OF_EVENTS:
            subj = _measured_event(subj) or subj  # "several rounds of talks took place between ..."
        if held and subj is not None and subj.lemma_.lower() not in PROTEST_EVENT_NOUNS:
            return []  # (talks or meetings held name their parties elsewhere)
        code = self.lexicon.nouns.get(subj.lemma_.lower()) if subj is not None and (
            subj.pos_ == "NOUN" or subj.tag_ == "VBG") and not _blaze(subj) else None  # "Fighting ..." may be tagged a verb
        if subj is not None and (_fire_exchange(subj) or code is None and subj.lemma_.lower() in CLASH_NOUNS - {"exchange"}
                                 | {"gunfire"}):
            code = "190"  # "an exchange of fire ensued between X and Y", "a confrontation ...": they fought
        if code is None:
            # (what "took place" is no act the dictionaries know: never "take" as seizing)
            return [Candidate("", verb, [], None, modality, attribution)] if took_place else []
        between = prep_object(verb, "between") or prep_object(subj, "between") or next(
            (o for h in (verb, subj) for p in children(h) if p.dep_ == "prep" for place in children(p)
             if place.dep_ == "pobj" if (o := prep_object(place, "between")) is not None and o.conjuncts), None)
        # ("fighting erupted in the country's east between the army and M23": the phrase hung
        # on the place)
        parties = between is not None or any(prep_object(subj, p) is not None for p in ("by", "against", "on", "at", "with")) \
            or any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ not in ("DATE", "TIME")
                   and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")) for c in children(subj))
        if not parties and self._refine_code(code, subj)[:2] == "14" \
                and subj.lemma_.lower() in CROWD_EVENT_NOUNS:
            # "protests / riots broke out in Bijbehara": by the unnamed civilians who made them
            return [Candidate(code, subj, [subj], None, modality, attribution, priority=2)]
        if not parties and self._lemma(verb) not in OUTBREAK_VERBS \
                and weapon_subtype({t.lower_ for t in subj.subtree if t.i < subj.i} | {subj.lower_}
                                   | {t.lower_ for t in verb.subtree}) is None:
            # "sporadic clashes continued": no party named, a situation rather than an act
            # (but "the suicide attack came as ...": an attack of a named kind happened, and
            # "fighting broke out in the district" reports a new clash, whoever fought; so does
            # fighting that went on or took place that day, ACLED's armed clash)
            if not (_fire_exchange(subj) or subj.lemma_.lower() in CLASH_NOUNS - {"exchange", "confrontation", "encounter"}) \
                    or self._lemma(verb) not in GOING_ON_VERBS or self._other_violent_verb(verb):
                return [Candidate("", verb, [], None, modality, attribution)]
        if not parties:
            return [Candidate(self._refine_code(code, subj), subj, [], None, modality, attribution, priority=2)]
        if between is not None:
            sources, target = conjuncts_of(between), None
        else:
            by = prep_object(subj, "by")
            # "a Turkish offensive against Kurdish fighters entered its second day": its author
            sources = [by] if by is not None else [_act_author(subj) or subj]
            # ("fighting with the Taliban was continuing": the side fought; "Kerry's visit to
            # China began": the host)
            preps = ("against", "on", "at", "with") + (("to",) if code[:2] == "04" else ())
            target = next((o for p in preps if (o := prep_object(subj, p)) is not None), None)
        code = self._refine_code(code, subj)
        trigger = subj if ongoing else verb  # "fighting ... has been ongoing": the noun is the word
        return [Candidate(code, trigger, sources, target, modality, attribution, priority=2)]

    def _other_violent_verb(self, verb: Token) -> bool:
        """Does the sentence tell force with a verb of its own ("the clash took place where an
        army team was attacked by rebels"), which then carries the event?"""
        return any(t.pos_ == "VERB" and t.i != verb.i and (self.lexicon.verbs.get(t.lemma_.lower(), ("", None))[1] or "")[:2]
                   in VIOLENT_ROOTS for t in verb.sent)

    def _act_carried_out(self, verb: Token, modality: str, attribution: Token | None) -> list[Candidate]:
        """"The attack was carried out by gunmen", "the raid was launched on the camp": a light
        verb in the passive reports its subject, the act, by the agent against the act's aim."""
        act = first_child(verb, ("nsubjpass",))
        if act is None or self._lemma(verb) not in LIGHT_VERBS:
            return []
        code = self.lexicon.nouns.get(act.lemma_.lower()) or self._violent_act_code(act)
        if code is None or code[:2] not in CONFLICT_ROOTS:
            return []
        agent = prep_object(verb, "by") or prep_object(act, "by")
        target = next((o for p in ("on", "against", "at") for h in (act, verb)
                       if (o := prep_object(h, p)) is not None and o.ent_type_ not in ("DATE", "TIME")), None)
        return [Candidate(self._refine_code(code, act), act, conjuncts_of(agent) if agent is not None else [],
                          target, modality, attribution, priority=2)]

    def _announced_accord(self, verb: Token) -> Candidate | None:
        """"announced the signing of a ceasefire agreement", "announced a deal with X": the
        accord, truce or release announced is the event (05-08), by the announcers."""
        if self._lemma(verb) not in ("announce", "confirm", "declare", "unveil"):
            return None
        act = first_child(verb, ("dobj",))
        if act is not None and act.lemma_.lower() in ("signing", "conclusion", "agreement") \
                and prep_object(act, "of") is not None:
            act = prep_object(act, "of")
        if act is None:
            return None
        # the most specific noun of the phrase: a "ceasefire agreement" is a truce
        nouns = [t for t in (*(c for c in children(act) if c.dep_ == "compound"), act)
                 if self.lexicon.nouns.get(t.lemma_.lower(), "")[:2] in ("05", "06", "07", "08")]
        if not nouns:
            return None
        code = min((self.lexicon.nouns[t.lemma_.lower()] for t in nouns), key=lambda c: c[:2] != "08")
        return Candidate(code, verb, [], prep_object(act, "with"), priority=2)

    def _ordered_of_others(self, verb: Token, code: str | None, noun_code: str | None) -> Candidate | None:
        """"The Security Council ordered the withdrawal of rebel forces": an order that others
        act is a demand on them (CAMEO 10, in the family of the act), not their act."""
        if self._lemma(verb) not in ORDER or noun_code is None or code != noun_code:
            return None
        act = first_child(verb, ("dobj",))
        if act is None or act.lemma_.lower() not in DOER_OF_NOUNS:
            return None  # "ordered the release of prisoners": "of" names what is released
        doer = prep_object(act, "of")
        if doer is None or doer.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in children(doer)):
            return None  # "ordered the withdrawal of his troops": his own forces withdraw
        return Candidate(family_code("10", noun_code), verb, [], doer, "asserted", None, priority=2)

    def _reported_act(self, verb: Token, lemma: str, subjects: list[Token]) -> Candidate | None:
        """"Activists are reporting clashes between government forces and insurgents": the clash
        reported, between the sides its noun names, by the reporter's account."""
        if lemma not in ("report", "describe") or not subjects:
            return None
        obj = first_child(verb, ("dobj",))
        if obj is None or prep_object(obj, "between") is None:
            return None  # (an act with its author, "reported an attack by the rebels", is read elsewhere)
        code = self._violent_act_code(obj)
        return self._parties_of_act(obj, code, "reported", subjects[0]) if code is not None else None

    def _parties_of_act(self, act: Token | None, code: str, modality: str,
                        attribution: Token | None) -> Candidate | None:
        """The act a noun names, with the parties the noun phrase itself names."""
        if act is None:
            return None
        sides = _consultation_sides(act)  # ("clashes between the army and the RSF", "a meeting in Luanda between ...")
        if sides:
            return Candidate(self._refine_code(code, act), act, sides, None, modality, attribution, priority=2)
        author = _act_author(act)
        if author is None or author == act:
            return None
        target = next((o for p in ("on", "against") if (o := prep_object(act, p)) is not None), None)
        return Candidate(self._refine_code(code, act), act, conjuncts_of(author), target, modality, attribution,
                         priority=2)

    def _wished_cooperation(self, verb: Token, subjects: list[Token], modality: str,
                            attribution: Token | None) -> list[Candidate] | None:
        """"expressed their desire to strengthen bilateral cooperation": the wish names an
        intent to cooperate (03), whatever PETRARCH's bare "EXPRESS" [110] says."""
        wish = first_child(verb, ("dobj",))
        act = next((c for c in children(wish) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None) \
            if wish is not None and wish.lemma_.lower() in WISH_NOUNS else None
        if act is None:
            return None
        match = self._match(act)
        act_code = match.code if match is not None else None
        if act_code is not None and not "03" <= act_code[:2] <= "08":
            return None
        partner = prep_object(act, "with") or prep_object(wish, "with")
        code = family_code("03", act_code) if act_code else "030"
        return [Candidate(code, verb, subjects, partner, modality, attribution, priority=2)]

    def _plain(self, verb: Token, subjects: list[Token], modality: str,
               attribution: Token | None) -> list[Candidate]:
        occurred = self._subject_event(verb, modality, attribution) or self._act_carried_out(verb, modality, attribution)
        if occurred:
            return [c for c in occurred if c.code]
        if self._lemma(verb) in MEETING_VERBS and first_child(verb, ("dobj",)) is None \
                and prep_object(verb, "with") is None and len(subjects) == 1 \
                and subjects[0].lemma_.lower() in COLLECTIVE_BODIES and subjects[0].tag_ != "NNS":
            return []  # "the cabinet met on Sunday": an internal session
        lemma = self._lemma(verb)
        if lemma == "fire" and any(c.lower_ == "back" for c in children(verb)) and first_child(verb, ("dobj",)) is None \
                and (any(s.ent_type_ == "PERSON" or s.lemma_.lower() in LEADER_WORDS for s in subjects) or any(
                    adv.dep_ == "advcl" and adv.tag_ == "VBG" and adv.lemma_.lower() in SPEECH | NAMING_VERBS | ACCUSING_VERBS
                    for adv in children(verb)) and not any(s.lower_ in STATE_FORCE_WORDS | ARMED_WORDS for s in subjects)):
            # "the president fired back, calling the arrest a violation": a retort, told by its
            # participle, not gunfire (a name the tagger takes for no person too, when the
            # participle speaks: "López Obrador fired back, calling ...")
            return [c for adv in children(verb) if adv.dep_ == "advcl" and adv.tag_ == "VBG"
                    for c in self._clause(adv, subjects, modality, attribution)]
        stance = prep_object(verb, "in") if lemma == "stand" else None
        if stance is not None and stance.lemma_.lower() in ("solidarity", "support"):
            # "Estonia stands in solidarity with Lithuania": support voiced (051, as "expressed
            # solidarity with")
            return [Candidate("051", verb, subjects, prep_object(stance, "with") or prep_object(verb, "with")
                              or prep_object(stance, "of"), modality, attribution, priority=2)]
        signed = first_child(verb, ("dobj",)) if lemma in SIGN_VERBS else None
        partner = (prep_object(signed, "with") or prep_object(verb, "with")) if signed is not None else None
        if signed is not None and signed.lemma_.lower() in ("statement", "declaration", "communique", "communiqué") \
                and (partner is not None or any(c.lower_ in ("joint", "partnership", "cooperation")
                                                for c in children(signed))):
            # "signed a new partnership statement with New Zealand", "a joint declaration": an
            # accord signed (057), as "signed an agreement"
            return [Candidate("057", verb, subjects, partner, modality, attribution, priority=2)]
        blast = first_child(verb, ("dobj",))
        if blast is not None and blast.lemma_.lower() in ("explosion", "detonation") \
                and any(c.lower_ == "controlled" for c in children(blast)):
            # "carried out a controlled explosion of the device": a bomb made safe (as "defused", 150)
            return [Candidate("150", blast, subjects, None, modality, attribution, priority=2)]
        accord = prep_object(verb, "to") if lemma == "come" else None
        if accord is not None and accord.lemma_.lower() in PACT_WORDS | {"understanding", "consensus", "settlement"}:
            # "came to an agreement to hold a meeting": agreeing (no journey), to what the
            # agreement names
            act = next((c for c in children(accord) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
            return [Candidate(family_code("03", self._inner_code(act) if act is not None else None), verb, subjects,
                              None, modality, attribution, priority=2)]
        wished = self._wished_cooperation(verb, subjects, modality, attribution) if lemma in EXPRESSING_VERBS else None
        if wished is not None:
            return wished
        call = first_child(verb, ("dobj",))
        if call is not None and call.lemma_.lower() == "call" and lemma in ("hold", "have", "make", "conduct") \
                and any(c.lower_ in ("phone", "telephone", "video") for c in children(call)):
            # "Putin and Erdogan held a phone call": they consulted each other (040)
            partner = prep_object(call, "with") or prep_object(verb, "with")
            return [Candidate("040", verb, subjects, partner, modality, attribution, priority=2)]
        if lemma in NON_PARTY_OBJECT_VERBS and _object_head_in(verb, NON_PARTY_OBJECTS[lemma]):
            # "heard blasts", "offered a grim assessment", "confirmed the attack to AFP": a
            # perception, an opinion or a source's confirmation, not a meeting, offer or statement
            return []
        if lemma == "threaten" and any(s.lemma_.lower() in ABSTRACT_DOERS for s in subjects):
            return []  # "Sudan's collapse into warfare threatened a wider conflict": a risk, no threat
        if lemma == "threaten" and _object_head_in(verb, ENDANGERED_GOODS) or lemma in ("pose", "present", "constitute") \
                and _object_head_in(verb, frozenset({"threat", "danger", "risk"})):
            # "its behaviour threatens international peace", "poses the greatest threat to
            # stability": a judgement of danger, no threat made
            return []
        proven = _proof_of(verb) if lemma in PROOF_VERBS else None
        if proven is not None:
            # "said it had proof that an ELN member drove the truck bomb": an accusation (112)
            # of the one the proof names
            return [Candidate("112", verb, subjects, proven, modality, attribution, priority=2)]
        result = prep_object(verb, "to") if lemma == "lead" and first_child(verb, ("dobj",)) is None else None
        if result is not None and not _is_place(result) and result.ent_type_ not in ("GPE", "LOC", "FAC"):
            # "the operation led to the deaths of seven militants": what the act caused is no
            # trip (PETRARCH's "lead ... to"); the act is the event, on the dead it names
            act = subjects[0] if subjects else None
            code = self._violent_act_code(act) if act is not None else None
            if code is None:
                return []
            dead = prep_object(result, "of") if result.lemma_.lower() in CASUALTY_RESULTS else None
            author = _act_author(act)
            return [Candidate(self._refine_code(code, act), act, [author] if author is not None else [], dead,
                              modality, attribution, priority=2)]
        if lemma in ("lead", "prompt", "spur", "cause") and first_child(verb, ("dobj",)) is not None:
            prompted = self._prompted(verb, modality, attribution)
            if prompted:
                # "the explosion led Bangkok to withdraw its ambassador": the act it led to,
                # by the one led (the leading itself is no act)
                return prompted
        blamed = first_child(verb, ("nsubjpass",)) if lemma in ("blame", "attribute") else None
        culprit = prep_object(verb, "on") or prep_object(verb, "to") if blamed is not None else None
        if culprit is not None and first_child(verb, ("agent",)) is None and (
                act_code := self._violent_act_code(blamed) or self.lexicon.nouns.get(blamed.lemma_.lower())):
            # "a deadly drone strike on a displacement centre has been blamed on the RSF": the
            # act, by the one it is blamed on, as reported
            aim = next((o for p in ("on", "at", "against") if (o := prep_object(blamed, p)) is not None), None)
            return [Candidate(self._refine_code(act_code, blamed), blamed, [culprit], aim, "reported", attribution,
                              priority=2)]
        if lemma == "form" and any(c.lower_ == "human" for o in children(verb) if o.dep_ == "dobj"
                                   and o.lemma_.lower() == "chain" for c in children(o)):
            # "families formed a human chain demanding ...": a demonstration (141)
            return [Candidate("141", verb, subjects, None, modality, attribution, priority=2)]
        if lemma == "take" and _object_head_in(verb, frozenset({"law"})) and prep_object(verb, "into") is not None:
            # "took the law into their own hands by burning a suspected thief to death": mob
            # justice, the act it was done by (else an assault)
            by_act = next((a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "by"
                           for a in children(p) if a.dep_ == "pcomp" and a.pos_ == "VERB"), None)
            acts = self._clause(by_act, subjects, modality, attribution) if by_act is not None else []
            return acts or [Candidate("180", verb, subjects, None, modality, attribution, priority=2)]
        faced = first_child(verb, ("dobj",)) if lemma in ("face", "encounter") else None
        faced_code = self.lexicon.nouns.get(faced.lemma_.lower()) if faced is not None else None
        if faced_code is not None and faced_code[:2] in ("11", "14", "16", "17", "18", "19") \
                and not has_obligation(verb) and verb.tag_ in ("VBD", "VBN"):
            # "police faced violent protests", "faced heavy shelling": undergone, by others
            code = self._refine_code(faced_code, faced)
            if faced_code[:2] == "14" and any(c.lower_ in ("violent", "angry") for c in children(faced)):
                code = "145"
            by = prep_object(faced, "from") or prep_object(verb, "from")
            return [Candidate(code, faced, [by] if by is not None else [], subjects[0] if subjects else None,
                              modality, attribution, priority=2)]
        thrown = first_child(verb, ("nsubjpass",)) if lemma in THROW_VERBS else None
        if thrown is not None and thrown.lemma_.lower() in THROWN_THINGS | {"grenade"} \
                and first_child(verb, ("agent",)) is None:
            # "petrol bombs and stones were thrown at police": rioting, the throwers unnamed ("a
            # grenade was thrown at the convoy": an attack)
            aim = next((o for p in ("at", "on", "toward", "towards", "into") if (o := prep_object(verb, p)) is not None),
                       None)
            code = "190" if thrown.lemma_.lower() == "grenade" else "145"
            return [Candidate(code, verb, [], aim, modality, attribution, priority=2)] if aim is not None else []
        deployed = first_child(verb, ("nsubjpass",)) if lemma in ("deploy", "dispatch", "mobilize", "mobilise") else None
        if deployed is not None and (deployed.like_num or deployed.lower_ in QUANTITY_NOUNS) \
                and (counted := prep_object(deployed, "of")) is not None:
            deployed = counted  # "hundreds of police were deployed": the police
        if deployed is not None and deployed.lower_ in FORCE_WORDS | POLICE_FORCE_WORDS and first_child(verb, ("agent",)) is None:
            # "security forces have been deployed": forces mobilised (154), not an attack on them
            return [Candidate("154", verb, [deployed], None, modality, attribution, priority=2)]
        cut = first_child(verb, ("dobj",)) if lemma in REDUCING_VERBS else None
        if cut is not None and any(t.lower_ in RELATION_OBJECTS for t in conjuncts_of(cut)):
            # "the bloc reduced high-level visits, contacts and financial cooperation with the
            # Balkan country": relations reduced (160)
            partner = next((o for h in (cut, verb, *conjuncts_of(cut)) for p in ("with", "to")
                            if (o := prep_object(h, p)) is not None), None)
            return [Candidate("160", verb, subjects, partner, modality, attribution, priority=2)]
        if lemma in RECOVERY_VERBS and _object_head_in(verb, REMAINS_WORDS):
            return []  # "60 bodies have been pulled from the rubble": the aftermath, not a seizure
        if lemma == "approach" and first_child(verb, ("dobj",)) is None and prep_object(verb, "to") is None:
            return []  # "a coast guard ship approached": drew near, no approach to a party
        met = prep_object(verb, "with") if self._lemma(verb) == "meet" and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) else None
        if met is not None and (_crowd_control({t.lower_ for t in met.subtree}) or met.lower_ in FIRED_WEAPON_WORDS
                                | {"gunfire", "fire", "resistance"}):
            # "marchers were met with volleys of tear gas": repression by unnamed police, no meeting
            # ("soldiers were met with gunfire": fired on, by unnamed attackers)
            crowd = first_child(verb, ("nsubjpass",)) or (subjects[0] if subjects else None)
            fired_on = met.lower_ in ("gunfire", "fire", "resistance") and not _protesting_crowd(crowd)
            return [Candidate("190" if fired_on else "175", verb, [], crowd, modality, attribution, priority=2)]
        shield = prep_object(verb, "as")
        if shield is not None and shield.lemma_.lower() == "shield":
            # "held / used civilians as human shields": CAMEO 184
            return [Candidate("184", verb, subjects, first_child(verb, ("dobj",)), modality, attribution, priority=2)]
        ground = self._ground_action(verb, subjects, modality, attribution)
        if ground is not None:
            return ground
        joined = _part_taken_in(verb)
        if joined is not None and self.lexicon.nouns.get(joined.lemma_.lower()):
            # "took part in the sit-in demonstration": the event joined
            aim = next((o for p in ("against", "on", "at") if (o := prep_object(joined, p)) is not None), None)
            return [Candidate(self._refine_code(self.lexicon.nouns[joined.lemma_.lower()], joined), verb, subjects,
                              aim, modality, attribution, priority=2)]
        if _to_the_streets(verb) or _public_space_filled(verb, subjects) or _crowd_at_seat_of_power(verb, subjects) \
                or _crowd_gathered(verb, subjects) \
                or (_gathering(verb) or _displayed(verb)
                                     or verb.lemma_.lower() in DEMONSTRATORS_MOVING) and any(
                t.lower_ in DEMONSTRATOR_WORDS for s in subjects for t in s.subtree) or _gathering(verb) and any(
                o.lemma_.lower() in PROTEST_EVENT_NOUNS - {"strike"} for p in ("at", "for", "in")
                if (o := prep_object(verb, p)) is not None):
            # ("18,000 people gathered at the candlelight march": the march is the protest)
            # "protesters gathered outside parliament", "turned out in their thousands": a
            # demonstration (141), not a meeting
            return [Candidate("141", verb, subjects, prep_object(verb, "against"), modality, attribution, priority=2)]
        beneficiary = _aid_announced(verb)
        if beneficiary is not None:
            # "unveiled a fresh support package for Ukraine", "announced $500 million in military
            # aid for Ukraine": aid promised (033, by sector), not yet delivered
            return [Candidate(_sector_code("033", verb), verb, subjects, beneficiary or None, modality, attribution,
                              priority=2)]
        if _verbal_attack(verb, subjects):
            # "Lapid slammed Netanyahu", "the minister blasted the decision": criticism (111),
            # not a crash or an explosion
            return [Candidate("111", verb, subjects, first_child(verb, ("dobj",)), modality, attribution, priority=2)]
        match = self._match(verb)
        code = match.code if match is not None else None
        if _threatened_response(verb):
            # "promised a tough response", "would not hesitate to take further action", "will
            # not tolerate attacks": a threat (130), not a promise of cooperation
            if self._lemma(verb) in ("carry", "bring", "have", "entail", "face", "meet") and isinstance(attribution, Token):
                # "any attack on Israel will carry severe consequences": the speaker threatens
                # whoever would act
                author = _author_of_act(subjects[0]) if subjects else None
                return [Candidate("130", verb, [attribution], author, "threatened", None, priority=2)]
            return [Candidate("130", verb, subjects, prep_object(verb, "against") or prep_object(verb, "to"),
                              "threatened", attribution, priority=2)]
        taker = _fallen_to(verb)
        if taker is not None:
            # "two towns have fallen into the hands of al-Shabab", "the town fell to the rebels":
            # they occupied it (192)
            return [Candidate("192", verb, conjuncts_of(taker), first_subject(verb), modality, attribution, priority=2)]
        guest = _guest_received(verb)
        if guest is not None:
            # "welcomed / received the Turkish foreign minister in Kyiv": hosted his visit (043)
            host, visitor = guest
            return [Candidate("043", verb, host or subjects, visitor, modality, attribution, priority=2)]
        conversation = _conversation(verb) if code in (None, "010") else None
        if conversation is not None:
            # "spoke to his Chinese counterpart", "the two presidents spoke by phone": they
            # consulted (040; by telephone 041), a meeting rather than a statement
            return [Candidate(conversation[0], verb, subjects, conversation[1], modality, attribution, priority=2)]
        own_code = self.lexicon.verbs.get(self._lemma(verb), ("", None))[1]
        if code is not None and match.prep and match.weight <= 1 and own_code and (
                code.startswith("036") and verb.tag_ in ("VBD", "VBN")
                or own_code[:2] in ("18", "19", "20") and code[:2] < "14"):
            # "met ... at the Great Hall": a meeting held, not an intent to meet; "beat a youth
            # to death with iron rods": a beating, not a threat (PETRARCH's "MEET (AT) [036]" and
            # "BEAT (WITH) [130]" name only the preposition)
            code = own_code
        if code is not None and code[:2] == "04" and self._lemma(verb) in PRAISE_VERBS:
            code = "051"  # PETRARCH's "ACCLAIM * VISIT [043]" fits "welcomed the visit", not "praised" it
        if code == "166" and self._lemma(verb) in ("deploy", "send", "dispatch"):
            code = "154"  # "deployed ships and aircraft": forces mobilised (PETRARCH's "&AIRCRAFT [166]")
        if code is not None and code[:2] == "19" and self._lemma(verb) == "target" \
                and any(s.lemma_.lower() in DOCUMENT_NOUNS for s in subjects):
            return []  # "the order targeted the government by banning transactions": no attack
        if code is not None and code[:2] == "11" and (self.lexicon.verbs.get(self._lemma(verb), ("", None))[1] or "")[:2] \
                in VIOLENT_ROOTS and _object_head_in(verb, PREMISES | BURNT_PROPERTY_WORDS | {"building", "compound"}):
            # "stormed the municipal government building": PETRARCH's "ATTACK * GOVERNMENT" (a
            # verbal attack) read in the building's modifier; a building stormed is force
            code = self.lexicon.verbs[self._lemma(verb)][1]
        if code is not None and code[:2] == "04" and self._lemma(verb) == "confront" \
                and _armed_parties(verb, subjects):
            code = "190"  # "the armed youths confronted the raiders": a fight, no meeting
        if code == "190" and self._lemma(verb) == "engage" and prep_object(verb, "with") is not None \
                and not _armed_parties(verb, subjects):
            code = "040"  # "a committee to engage with the military council": talks (PETRARCH's default is 190)
        if code is None and self._lemma(verb) == "deploy" and first_child(verb, ("dobj",)) is None \
                and any(s.lower_ in FORCE_WORDS | {"forces"} for s in subjects):
            code = "154"  # "troops have deployed around the house": forces deployed
        if _campaign_widened(verb):
            code = "190"  # "will expand its campaign against Hamas": more war (a threat when to come)
        light = self._lemma(verb) in LIGHT_VERBS or (
            self._lemma(verb) in IN_LIGHT_VERBS and prep_object(verb, "in") is not None) or (
            self._lemma(verb) == "go" and prep_object(verb, "on") is not None)
        noun_code = self._object_noun_code(verb, light) if code is None or light else None
        if noun_code is not None and self._lemma(verb) in FLIGHT_VERBS:
            return []  # "fleeing fighting", "survived the attack": the event is someone else's
        if noun_code is not None and (code is None or match.weight <= (1 if light else 0)):
            # light verb + event noun ("staged a protest", "organized a strike", "imposed a
            # curfew"): the noun names the event when no pattern of the verb did
            code = noun_code
            subject = first_subject(verb)
            # (an infinitive's inherited doers are its subject: "witnessed a ceremony to sign accords")
            infinitive = bool(subjects) and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(verb))
            relating = not light and (subject is None and not infinitive or subject is not None and (
                subject.lemma_.lower() in self.lexicon.nouns or subject.lemma_.lower() in OUTCOME_NOUNS
                or self._is_act(subject)))
            own = self._parties_of_act(first_child(verb, ("dobj",)), noun_code, modality, attribution) \
                if relating else None
            if own is not None:
                # "the shelling followed clashes between the army and the RSF": a verb of no
                # code of its own relates the act; the act's own parties are its actors
                return [own]
        if code is not None and code[:2] != "02" and self._lemma(verb) == "call" and match is not None \
                and match.prep == "for":
            # "called for a halt to the fighting": an appeal for the act (0256), not the act
            code = family_code("02", code)
        ordered = self._ordered_of_others(verb, code, noun_code)
        if ordered is not None:
            return [replace(ordered, modality=modality, attribution=attribution, sources=subjects)]
        step = self._step_action(verb)
        if step is not None:
            # "took steps / measures to release prisoners": the act the steps name
            return self._clause(step, subjects, modality, attribution)
        held = first_child(verb, ("oprd", "xcomp", "ccomp")) if self._lemma(verb) == "keep" else None
        if held is not None and held.lemma_.lower() in BLOCKING_VERBS \
                and (first_child(verb, ("dobj",)) or first_child(held, ("nsubj",))) is not None:
            # "protesters kept the highway blocked": the blockade, kept up
            return [Candidate(self._verb_code(held) or "144", verb, subjects, None, modality, attribution, priority=2)]
        if self._lemma(verb) == "take" and _object_head_in(verb, frozenset({"swipe", "swipes"})):
            # "took a swipe at the crown prince": criticism (111), not a seizure
            swiped = first_child(verb, ("dobj",))
            return [Candidate("111", verb, subjects, prep_object(swiped, "at") or prep_object(verb, "at"),
                              modality, attribution, priority=2)]
        if code is not None and code.startswith("171") and self._lemma(verb) == "take" and modality in FACTUAL and (
                _particle(verb) in ("up", "out", "off", "on") or _object_head_in(verb, TAKEN_LIGHTLY)):
            # "took measures", "took time out", "took up the subject": nothing seized (measures
            # promised are still a threat: "will take all necessary measures")
            return []
        code = _object_class_code(self._lemma(verb), verb, code)
        if _raided_premises(verb):
            # "police stormed the opposition party's headquarters": a raid by the state on
            # civilians (coercion, 170), not a battle for ground
            code = "170"
        if (code is None or code[:2] not in VIOLENT_ROOTS) and _to_death(verb):
            code = "1823"  # "burnt / hacked / clubbed to death": kill by physical assault
        if _set_fire_to_property(verb):
            code = "1712"  # "set fire to the offices": destroy property (PLOVER ASSAULT destroy)
        talks = self._journey_purpose(verb)
        if talks is not None:
            code = self.lexicon.nouns[talks.lemma_.lower()]
        if _banging_pots(verb):
            code = "141"  # "residents banged pots and pans": the cacerolazo, a demonstration
        if (_in_protest(verb) or _in_solidarity(verb)) \
                and (code is None or code[:2] not in VIOLENT_ROOTS | {"14"} | STATE_PROTEST_ROOTS):
            # "gathered outside parliament in protest at the decision": a demonstration; "set fire
            # to a police station in protest at a death in custody": a violent one
            code = "145" if code is not None and code.startswith("171") else "141"
        if code is not None and code[:2] == "15" and self._lemma(verb) == "rally" \
                and first_child(verb, ("dobj",)) is None \
                and not any(s.lower_ in FORCE_WORDS | ARMED_WORDS for s in subjects):
            code = "141"  # "thousands rallied against the amnesty": people demonstrating, not troops massed
        taken = _taken_by(verb) if self._lemma(verb) == "fall" else None
        if taken is not None:
            # "the island fell to Al Shabaab": taken by them (192), the place lost by its holders
            return [Candidate("192", verb, [taken[0]], taken[1], modality, attribution, priority=2)]
        expelled_from = _driven_out_of(verb)
        if expelled_from is not None:
            # "drove the insurgents out of Macomia": the place taken from them (192)
            return [Candidate("192", verb, subjects, first_child(verb, ("dobj",)), modality, attribution, priority=2)]
        envoy = _called_in_envoy(verb) if self._lemma(verb) == "call" else None
        if envoy is not None:
            # "called in the Russian ambassador": a summons, coded like "summoned" (110)
            return [Candidate("110", verb, subjects, envoy, modality, attribution, priority=2)]
        if self._lemma(verb) == "call" and (_particle(verb) == "in" or (
                called := prep_object(verb, "in")) is not None and called.lemma_.lower() in SENT_FOR_FORCES):
            return []  # "warplanes were called in", "called in air support": forces sent for, no call
        left = prep_object(verb, "from") if self._lemma(verb) in ("withdraw", "pull", "quit", "leave") else None
        if left is not None and (left.lemma_.lower() in LEFT_BODIES or left.ent_type_ == "ORG"):
            # "withdrew from ECOWAS / the treaty": PETRARCH's "WITHDRAW FROM &TREATY" [161]
            return [Candidate("161", verb, subjects, left, modality, attribution, priority=2)]
        if self._lemma(verb) in ("dissolve", "disband") and _object_head_in(verb, DISBANDED_OBJECTS):
            code = "0873"  # "the group dissolved itself / its armed wing": demobilize armed forces
        if self._lemma(verb) in ("fire", "shoot") and (o := prep_object(verb, "into")) is not None and o.lower_ == "air":
            return []  # "fighters fired into the air in celebration": no one fired on
        halted = first_child(verb, ("dobj",))
        halted = _measured_event(halted) or halted if halted is not None and halted.lemma_.lower() in MEASURE_OF_EVENTS else halted
        if self._lemma(verb) in CESSATION and halted is not None and halted.lemma_.lower() in CONFLICT_WORDS:
            code = "0871"  # "halted 11 days of fighting": a truce observed (0871), not the fighting
        means = prep_object(verb, "with") if self._lemma(verb) in RESPONSE_VERBS else None
        if means is not None and means.lemma_.lower() in MEASURE_OF_EVENTS:
            means = _measured_event(means) or means  # "responded with a string of air raids"
        if means is not None:
            # "Israel answered with air strikes on Gaza", "Beijing retaliated with duties of its
            # own": the response is the act its means name
            means_code = self._violent_act_code(means) or self.lexicon.nouns.get(means.lemma_.lower()) \
                or _first_class({means.lower_, means.lemma_.lower()}, IMPOSE_OBJECTS) \
                or ("175" if _crowd_control({t.lower_ for t in means.subtree}) else None) \
                or (_weapon_code(verb, means) if weapon_subtype({t.lower_ for t in means.subtree})
                    and first_child(verb, ("dobj",)) is None else None)
            # ("with tear gas": repression; "responded with artillery": shelling)
            if means_code is not None:
                means_code = self._refine_code(means_code, means)  # "air strikes" are no labour strike
                aim = next((o for p in ("on", "against", "at") if (o := prep_object(means, p)) is not None), None)
                return [Candidate(means_code, verb, subjects, aim, modality, attribution, priority=2)]
        by_act = _by_act(verb) if self._lemma(verb) in RESPONSE_VERBS else None
        if by_act is not None:
            # "retaliated by bombing Yemen", "by firing at Pakistani posts": the response is that act
            acts = self._clause(by_act, subjects, modality, attribution)
            if acts:
                return acts
        if self._lemma(verb) == "charge" and (crowd := prep_object(verb, "at") or prep_object(verb, "into")) is not None:
            # "riot police charged at crowds of voters": a physical charge, not an accusation
            return [Candidate("175" if _protesting_crowd(crowd) or _is_crowd(crowd) else "180", verb, subjects, crowd,
                              modality, attribution, priority=2)]
        if self._lemma(verb) == "shake" and _object_head_in(verb, frozenset({"hands", "hand"})):
            # "Trump and Kim shook hands": they met, each the other's counterpart (or the one
            # shaken hands "with")
            return [Candidate("040", verb, subjects, prep_object(verb, "with"), modality, attribution, priority=2)]
        if self._lemma(verb) in ("dismantle", "defuse", "deactivate", "disarm", "remove") \
                and _object_head_in(verb, WEAPON_CACHE_WORDS | TESTED_WEAPONS | DEFUSED_DEVICES) \
                or self._lemma(verb) == "dispose" and (disposed := prep_object(verb, "of")) is not None \
                and disposed.lower_ in WEAPON_CACHE_WORDS | DEFUSED_DEVICES:
            code = "150"  # "engineers dismantled a rocket launcher", "disposed of both IEDs": a weapon disrupted (ACLED)
        if self._lemma(verb) == "take" and _taken_by_gunmen(verb):
            # "11 men were taken from their homes by armed men": abducted by them
            return [Candidate("181", verb, [prep_object(verb, "by")], first_child(verb, ("nsubjpass",)),
                              modality, attribution, priority=2)]
        if self._lemma(verb) == "exchange" and _object_head_in(verb, EXCHANGED_FIRE):
            code = "190"  # "the army and Palestinian groups have been exchanging strikes": fighting
        exchanged = first_child(verb, ("dobj",)) if self._lemma(verb) in EXCHANGE_VERBS else None
        words_code = self.lexicon.nouns.get(exchanged.lemma_.lower(), "") or TRADED_WORDS.get(exchanged.lemma_.lower(), "") \
            if exchanged is not None else ""
        if words_code[:2] in EXCHANGED_WORDS_ROOTS:
            # "Iran and Israel traded threats / accusations": each threatens or accuses the other
            code = words_code
        if self._lemma(verb) == "open" and _object_head_in(verb, GUNFIRE_WORDS):
            code = "193"  # "opened cross-border gunfire on the soldiers": PETRARCH's "OPEN FIRE"
        if lemma == "welcome" and _hosted_visitor(verb):
            code = "043"  # "welcomed his Ukrainian counterpart at the White House": hosted a visit
        if lemma in ("extend", "grant", "approve") and _object_head_in(verb, AID_OBJECTS):
            code = "071" if _object_head_in(verb, MONEY_AID) else "070"  # "extended grant aid of $2 million"
        if lemma in ("be", "remain", "stay") and _on_alert(verb, subjects):
            code = "152"  # "Rwandan forces at the border were on high alert": military alert status
        if self._lemma(verb) in ("put", "place") and _on_alert(verb):
            code = "152"  # "put its army on the highest state of combat readiness": raise alert status
            alerted = first_child(verb, ("nsubjpass",))
            if alerted is not None:
                # "Armenia's armed forces have been put on combat alert": the forces' own alert
                return [Candidate(code, verb, conjuncts_of(alerted), None, modality, attribution, priority=2)]
        if code is None and self._lemma(verb) == "test" and _object_head_in(verb, TESTED_WEAPONS):
            code = "150"  # "tested a ballistic missile": a show of military power
        if code is None or (code == "010" and match is not None and match.weight == 0
                            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children(verb))):
            return []  # "the crowd dispersed": a statement verb's block, nothing stated
        if code[:2] == "01" and any(c.lower_ == "it" and c.dep_ in ("nsubjpass", "expl") for c in children(verb)):
            return []  # "it is estimated that 400,000 were displaced": a statement by no one
        if any(c.dep_ in ("dobj", "dative") and c.lower_ in REFLEXIVES for c in children(verb)) and (
                code[:2] in ("02", "04", "10") or self._lemma(verb) in BLOCKING_VERBS):
            # "diplomats are asking themselves": no appeal to anyone; "fighters had barricaded
            # themselves in a house": holed up, no blockade
            return []
        if self._lemma(verb) in ("gather", "collect") and code[:2] == "04" \
                and (o := first_child(verb, ("dobj",))) is not None and o.ent_type_ not in ("PERSON", "NORP", "ORG", "GPE") \
                and o.lemma_.lower() not in LEADER_WORDS | PEOPLE_WORDS:
            return []  # "gathered evidence / information": collecting, no meeting
        if self._lemma(verb) == "leave" and code[:2] == "04" and (o := first_child(verb, ("dobj",))) is not None \
                and not _is_place(o) and o.ent_type_ not in ("GPE", "LOC", "FAC"):
            return []  # "the conflict left deep scars": no departure
        if code[:2] == "04" and any(c.dep_ == "ccomp" and has_mark(c, ("whether", "if")) for c in children(verb)) \
                and prep_object(verb, "with") is None:
            return []  # "historians still debate whether ...": an open question, no meeting
        if code[:2] == "04" and self._lemma(verb) in ("travel", "drive", "ride") and not any(
                prep_object(verb, p) is not None for p in ("to", "toward", "towards", "into", "for")):
            return []  # "soldiers were travelling in a vehicle when ...": a journey, no visit
        if code[:2] in ("03", "04") and self._lemma(verb) in MOTION_VERBS and _going_home(verb):
            return []  # "families began heading back to their villages": a return home, no visit
        if code[:2] == "04" and self._lemma(verb) in MOTION_VERBS and any(
                s.lower_ in WEAPON_SUBJECT_WORDS for s in subjects):
            return []  # "the missile traveled about 800 kilometers": a flight, no visit
        if code[:2] == "04" and self._lemma(verb) == "land" and not any(
                s.ent_type_ == "PERSON" or s.lemma_.lower() in LEADER_WORDS | ENVOY_WORDS | {"delegation"}
                for s in subjects):
            return []  # "the plane landed", "troops landed on the island": no visitor named
        code = self._refine_code(code, verb)
        sources, target = self._actors(verb, subjects, match)
        if code[:2] == "15" and target is not None and target.dep_ == "dobj" \
                and target.lower_ in AIRCRAFT_WORDS | WARSHIP_WORDS | FORCE_WORDS | {"military", "fleet", "fleets", "navy"}:
            target = None  # "deployed ships and aircraft": its own forces, moved, not acted on
        if code[:2] == "18" and (target is None and len(sources) > 1 or _two_sides(sources)) \
                and sources == _clash_parties(verb):
            # "183 were injured in the clash between X and Y", "a volunteer was killed in a
            # gunfight between two armed groups": the sides fought
            code = "190"
        if code.startswith("087") and target is None and (left := _left_origin(verb)) is not None \
                and (left.ent_type_ in ("GPE", "LOC", "FAC") or _is_place(left)):
            target = left  # "the army withdrew from Jenin": the place's people, left to them
        if talks is not None:
            target = prep_object(talks, "with") or target  # the party talked with, not the venue
        if target is not None and code[:2] == "04" and target.dep_ == "pobj" and target.head.lower_ in TOPIC_PREPS:
            target = None  # "held talks on border security": the topic, not a party
        if target is not None and code[:2] == "04" and len(sources) > 1 and _venue_phrase(target):
            target = None  # "X and Y shook hands at a Singapore hotel": they met each other there
        if target is not None and code[:2] == "04" and target.lower_ in ("eye", "view") and target.head.lower_ == "with":
            target = None  # "with an eye on China, X and Y held talks": a concern, not a party
        if self._lemma(verb) in HANDOVER_VERBS and code[:2] in ("06", "07", "08"):
            # "handed over control of four villages to Azerbaijan": the recipient is the target
            recipient = prep_object(verb, "to") or next((prep_object(c, "to") for c in children(verb)
                                                         if c.dep_ in ("prt", "dobj")), None)
            target = recipient or target
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb))
        if code[:2] in VIOLENT_ROOTS and (any(w.lower_ in RIOTING_CROWDS for t in subjects for w in t.subtree)
                                          and not passive or (
                _in_protest(verb) and self._lemma(verb) in ("invade", "storm", "occupy", "overrun"))) \
                and self._lemma(verb) not in ("clash", "fight", "battle"):
            # "protesters stormed parliament": a violent protest (CAMEO 145); "protesters were
            # killed" are its victims
            code = "145"
        if code[:2] in VIOLENT_ROOTS:
            target = _housed(target)
        if code[:2] == "09":
            # "opened an investigation into the killings by the militia": CAMEO codes the
            # perpetrator of the investigated act as the target
            probe = first_child(verb, ("dobj",))
            act = next((o for h in (verb, probe) if h is not None for p in ("into", "of")
                        if (o := prep_object(h, p)) is not None), None)
            author = _act_author(act) if act is not None else None
            target = author if author is not None and author != act else target
        if code[:2] == "11":
            # "complained to the UN over Israeli air raids": the complaint is about the raids' author
            about = next((o for p in ("over", "about") if (o := prep_object(verb, p)) is not None), None)
            author = _act_author(about) if about is not None else None
            target = author if author is not None and author is not about else target
        topic = first_child(verb, ("dobj",))
        if target is not None and code[:2] == "04" and self._lemma(verb) in TOPIC_VERBS and topic is not None \
                and (topic.left_edge.i <= target.i <= topic.right_edge.i
                     or target.dep_ == "pobj" and target.head.lower_ == "to"):  # ("support to Kyiv")
            # "discussed the ceasefire (with X)": the topic is no party; the parser may hang
            # "with X" deep inside a long topic ("the delivery of aid through the crossing with Biden")
            target = prep_object(verb, "with") or next(
                (o for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "with"
                 and (o := first_child(t, ("pobj",))) is not None
                 and (o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or o.lower_ in LEADER_WORDS
                      or o.lemma_.lower() in COUNTERPART_WORDS)), None)
        if code[:2] == "14" and self._lemma(verb) in HARASS_VERBS and {
                t.lower_ for w in (prep_object(verb, "with"),) if w is not None for t in w.subtree} & (
                FIRED_WEAPON_WORDS | HAND_WEAPON_WORDS | {"gunfire", "fire"}):
            code = "190"  # "posts were harassed with bursts of rifle fire and explosives": attacked
        if code[:2] == "14" and self._lemma(verb) in HARASS_VERBS and any(
                s.lower_ in STATE_FORCE_WORDS | ARMED_WORDS for s in sources):
            code = "170"  # "security forces harassed journalists": coercion, not dissent
        if code[:2] == "14" and self._lemma(verb) in BLOCKING_VERBS and any(
                s.lower_ in STATE_FORCE_WORDS | {"guard", "guards"} or s.lemma_.lower() in ("ship", "vessel")
                for s in sources):
            # "riot police barricaded the road", "coast guard ships blocked the supply boats":
            # forces restricting movement (191), not a protest blockade (144)
            code = "191"
        if code[:2] in ("18", "19") and _protesting_crowd(target):
            code = "175"  # "fired on protesters": force against a crowd is violent repression
        elif code == "175" and self._lemma(verb) in USE_VERBS and first_child(verb, ("dobj",)) is not None \
                and not (target is not None and target.lower_ in PROTEST_CROWD_WORDS):
            # PETRARCH's "USE &WEAPON" is repression (175); arms used on anyone but a crowd are
            # fighting by that means ("used heavy weapons against the rebels")
            code = _weapon_code(verb, first_child(verb, ("dobj",)))
        # a speaker's own possible act ("said it could strike") is a threat; a commentator's
        # guess about someone else's ("said the U.S. could increase its presence") is not
        if code[:2] == "11" and self._lemma(verb) in ("accuse", "blame") and not any(
                c.dep_ == "nsubjpass" for c in children(verb)):
            # "blamed the RSF for a barrage of mortar rounds that crashed into the camp": an act
            # the sentence tells as fact is reported beside the blame; an act only alleged
            # ("accused the army of shelling the town") is the accuser's claim, not an event
            alleged = self._alleged_act(verb, target, subjects[0] if subjects else None, modality)
            if alleged is not None and _told_as_fact(alleged.trigger):
                return [Candidate(code, verb, sources, target, modality, attribution, priority=2), alleged]
        if code[:2] == "11" and self._lemma(verb) in ("accuse", "blame") \
                and any(c.dep_ == "nsubjpass" for c in children(verb)) and first_child(verb, ("agent",)) is None:
            # "the RSF has been accused of killing dozens of civilians": by no one named, so no
            # accusation; only a specific act it names, as reported (an accuser's charge is the
            # accusation alone: CAMEO 112, the act alleged is the accuser's claim)
            accused = [c for c in children(verb) if c.dep_ == "nsubjpass"]
            alleged = self._alleged_act(verb, accused[-1], None, modality)
            return [replace(alleged, attribution=attribution)] if alleged is not None else []
        if code == OCCUPY_CODE and self._lemma(verb) in ("capture", "seize") and target is not None \
                and target.dep_ == "dobj" and (_is_person(target) or target.lower_ in ARMED_WORDS
                                               or target.ent_type_ == "NORP"):
            # PETRARCH's "&MILITARY captured" is taking ground; people captured are detained
            # ("the army captured two Palestinians / five militants")
            code = "173"
        announced = modality == "planned" or (modality == "hypothetical" and attribution is not None
                                              and attribution.lemma_.lower() not in COMMENTATOR_WORDS)
        if announced and code[:2] in INTENT_ROOTS | CONFLICT_ROOTS:
            # CAMEO codes announced future (or conditionally offered) actions as intent (03)
            # or threat (13); a mere possibility ("could attack") keeps its code, hypothetical
            if (code[:2] == "16" or _frontier_shut(verb)) and not _on_condition(verb):
                # "will close its borders with Mali", "said it would impose sanctions": a cut in
                # relations announced outright is that cut, planned (a threat names a condition:
                # "unless the junta hands over power"); in the real-news gold 8 of 9 were 16
                return [Candidate(code, verb, sources, target, "planned", attribution, priority=2)]
            if code[:2] in CONFLICT_ROOTS:
                return [Candidate(family_code("13", code), verb, sources, target, "threatened", attribution, priority=2)]
            if code[:2] != "03":
                code = family_code("03", code)
        if code == "041" and self._lemma(verb) == "call" and prep_object(verb, "for") is not None \
                and first_child(verb, ("dobj",)) is None:
            code = "020"  # "called for three days of mourning": an appeal, not a telephone call
        return [Candidate(code, verb, sources, target, modality, attribution, priority=2)]

    def _deaths(self, verb: Token, subjects: list[Token], modality: str,
                attribution: Token | None) -> list[Candidate]:
        """"two men died in an attack by the rebels": the attack, by its author, on the dead;
        a death with no one named as its cause is not an event."""
        authors = _cause_subjects(verb) or _custodians(verb)
        hurt = first_child(verb, ("dobj",)) if _injuries_suffered(verb) else None  # ("injuries in a blast")
        act = next((a for a in (*(prep_object(h, p) for h in (verb, hurt) if h is not None
                                  for p in ("in", "during", "from")),
                                _result_of(verb), *_acts_followed(verb))
                    if a is not None and (a.lemma_.lower() in self.lexicon.nouns or a.lemma_.lower() in EXPLOSION_NOUNS)),
                   None)  # ("died from a mine explosion": a blast, 183 until its weapon says more)
        if not authors and act is not None and act.head.lower_ in ("after", "following"):
            # "died after / following heavy artillery fire by the RSF": the fire's author (the
            # "by" may hang on the verb)
            by = prep_object(act, "by") or prep_object(verb, "by")
            authors = [by] if by is not None else []
        mine = _mine_struck(verb)
        act = mine or act  # "died after their vehicle hit a landmine": the mine's code
        if not authors and act is None:
            return []  # a death with no cause named
        code = self.lexicon.nouns.get(act.lemma_.lower(), "183" if act.lemma_.lower() in EXPLOSION_NOUNS else "190") \
            if act is not None else "190"
        code = self._refine_code(code, act if act is not None else verb)
        weapon = authors[0] if authors and act is None else None
        if weapon is not None and weapon.lower_ in WEAPON_SUBJECT_WORDS | TESTED_WEAPONS:
            code = _weapon_code(weapon, weapon)  # "died after missiles slammed into the district"
        sides = conjuncts_of(subjects[0]) if subjects else []
        if not authors and code[:2] == "19" and len(sides) > 1:
            # "two soldiers and four rebels died in a firefight": the dead of both sides fought
            return [Candidate(code, verb, sides, None, modality, attribution, priority=2)]
        return [Candidate(code, verb, authors, subjects[0] if subjects else None, modality, attribution, priority=2)]

    def _ground_action(self, verb: Token, subjects: list[Token], modality: str,
                       attribution: Token | None) -> list[Candidate] | None:
        """Acts on the ground the verb dictionary misses or misreads: weapons as subjects
        ("mortar rounds landed near the palace"), armed parties entering or taking control of
        places (192), retreating from them (0874), executing (1823) or seizing (181) people,
        fighting or attacking armed parties and property (190), dispersing protests (175).
        None when no such rule applies; [] when the clause is no event ("fight corruption",
        "were taken to hospital")."""
        lemma = self._lemma(verb)
        obj = first_child(verb, ("dobj",))
        subject = subjects[0] if subjects else None
        armed = subject is not None and subject.lower_ in ARMED_WORDS
        if lemma in ("run", "drive", "roll") and obj is None:
            obj = prep_object(verb, "over") or prep_object(verb, "onto")  # "ran over an IED"
        if lemma in ("step", "tread") and obj is None:
            obj = prep_object(verb, "on") or prep_object(verb, "onto")  # "a villager stepped on a landmine"
        hit = obj if lemma in ("hit", "strike", "trigger", "run", "drive", "roll", "step", "tread") and obj is not None \
            and obj.lemma_.lower() in STRUCK_DEVICES and subject is not None else None
        if lemma in ("strike", "hit", "seal", "clinch", "ink"):
            settled = _deal_struck(verb)
            if settled is not None:
                return settled if settled else []
        agent = first_child(verb, ("agent",)) if lemma in ("hit", "strike") else None
        imposed = first_child(agent, ("pobj",)) if agent is not None else None
        if imposed is not None and imposed.lemma_.lower() in PENALTY_NOUNS:
            # "were hit by a global visa ban and assets freeze": sanctioned (163), by whoever imposed it
            return [Candidate("163", verb, [], first_child(verb, ("nsubjpass",)), modality, attribution, priority=2)]
        if lemma == "hang" and any(o.lower_ == "balance" for p in children(verb) if p.lower_ == "in" for o in children(p)):
            return []  # "hangs in the balance": at stake, no execution
        if lemma == "fire" and (_into_the_air(verb) or obj is not None and obj.lower_ == "shots" and _into_the_air(obj)) \
                and any(t.lemma_.lower() == "warn" for t in verb.subtree) \
                and not any(t.lower_ in DEMONSTRATOR_WORDS | PROTEST_CROWD_WORDS for t in verb.sent):
            # "fired shots into the air to warn them": a show of force (150), not an attack (over
            # a crowd it is crowd control; in celebration, nothing)
            return [Candidate("150", verb, subjects, None, modality, attribution, priority=2)]
        if lemma in ("fire", "shoot") and _into_the_air(verb) and (
                verb.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in children(verb))):
            return []  # "shot in the air and fired tear gas at protesters": the act beside it tells it
        if hit is not None:
            # "the soldiers' vehicle hit an improvised explosive device", "struck a landmine":
            # a mine or bomb laid by someone unnamed hit those who ran over it
            return [Candidate("183", verb, [], subject, modality, attribution, priority=2)]
        weapon = _weapon_subject(verb, lemma, subject)
        fired = first_child(verb, ("nsubj", "nsubjpass")) if lemma in ("fire", "launch") else None
        if weapon is None and fired is not None and _projectile_act(fired) and first_child(verb, ("dobj",)) is None:
            # "rockets fired from Lebanon drew Israeli shelling" (read as the main verb), "rockets
            # were fired from Gaza into Israel": fired from that land at whatever they were fired at
            origin = prep_object(verb, "from")
            aim = next((o for p in ("at", "into", "on", "toward", "towards") if (o := prep_object(verb, p)) is not None),
                       None)
            if origin is not None and origin.ent_type_ == "GPE":
                return [Candidate(_weapon_code(verb, fired), verb, [origin], aim, modality, attribution, priority=2)]
        if weapon is not None:
            owner = _act_author(weapon) or next((a for w in conjuncts_of(weapon)[1:] if (a := _participle_agent(w))
                                                 is not None), None)  # "strikes by the army", "Rebel missile strikes"
            # ("a missile and a drone, fired by the Houthis, hit ...": the agent hung on the last)
            target = obj if obj is not None else _victims(verb)  # ("strikes hit southern Lebanon": Lebanon)
            if target is None:  # "a shell landed inside the former US embassy compound": what it fell in
                target = next((o for p in ("inside", "into", "on") if (o := prep_object(verb, p)) is not None
                               and o.ent_type_ not in ("DATE", "TIME")), None)
            # no named owner: the weapon stands as the unknown perpetrator (resolved as such)
            return [Candidate(_weapon_code(verb, weapon), verb, [owner or weapon], target,
                              modality, attribution, priority=2)]
        if lemma in ("throw", "hurl", "lob", "pelt", "toss", "fling") and obj is not None and (
                obj.lower_ in THROWN_IN_RIOTS or any(c.lower_ in THROWN_IN_RIOTS for c in children(obj))) \
                and not (subject is not None and subject.lower_ in ARMED_WORDS):
            # "protesters threw stones and petrol bombs at the police": a riot (145)
            target = prep_object(verb, "at") or prep_object(obj, "at")
            return [Candidate("145", verb, subjects, target, modality, attribution, priority=2)]
        platform = prep_object(verb, "to") if lemma == "take" and obj is None else None
        if platform is not None and platform.lemma_.lower() in PLATFORM_WORDS:
            # "took to Twitter to accuse Maduro of ...": the act it was taken there for
            purpose = next((c for c in children(verb) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"), None)
            return self._clause(purpose, subjects, modality, attribution) if purpose is not None else []
        if lemma in ("suspend", "close", "shut") and obj is not None and obj.lemma_.lower() in SCHOOLING_WORDS \
                and not any(t.lower_ in DISSENT_ACTION_WORDS | PROTEST_CROWD_WORDS for t in verb.subtree):
            # "the ministry suspended schools to keep students safe": an administrative step
            return [Candidate("", verb, [], None, modality, attribution)]
        if lemma == "aim" and any(c.dep_ == "auxpass" for c in children(verb)):
            # "the sanctions are aimed at hurting Russia's economy": their purpose, described
            return [Candidate("", verb, [], None, modality, attribution)]
        if lemma in ("expand", "extend", "spread") and obj is None and prep_object(verb, "into") is not None:
            return []  # "the cartel has expanded into other parts of the state": its reach, no act
        if lemma in ("hurt", "harm", "damage", "weaken", "cripple", "hit") and obj is not None \
                and obj.lemma_.lower() in ECONOMY_WORDS:
            return []  # "sanctions hurting Russia's economy": an effect, no assault
        jail = prep_object(verb, "to") if lemma in ("send", "take", "remand", "commit") and obj is not None else None
        if jail is not None and jail.lemma_.lower() in ("jail", "prison", "custody", "detention", "gaol"):
            # "rejected their bail and sent them to jail": detained (173)
            return [Candidate("173", verb, subjects, obj, modality, attribution, priority=2)]
        if lemma in ("push", "press", "advance", "move") and obj is None and any(
                c.dep_ in ("advmod", "prt") and c.lower_ in ADVANCE_WORDS for c in children(verb)) \
                and any(t.lower_ in FORCE_WORDS | ARMED_WORDS for s in subjects for t in s.subtree):
            # "Syrian forces pushed deeper in their offensive on the rebel stronghold": an advance
            # in fighting (190), on the offensive's aim
            drive = prep_object(verb, "in") or prep_object(verb, "into")
            aim = (prep_object(drive, "on") or prep_object(drive, "against")) if drive is not None else None
            return [Candidate("190", verb, subjects, aim or (drive if drive is not None and _is_place(drive) else None),
                              modality, attribution, priority=2)]
        if lemma in ("take", "bring", "push", "raise") and obj is not None and obj.lemma_.lower() in TALLY_WORDS:
            # "taking the number sentenced since last month to over 400": a running tally
            return [Candidate("", verb, [], None, modality, attribution)]
        if lemma == "contact" and (o := prep_object(verb, "for")) is not None and o.lemma_.lower() == "comment":
            return []  # "the junta was contacted for comment": a reporter's call, no consultation
        if lemma in ("free", "rescue", "liberate") and obj is not None and any(
                t.lower_ in FORCE_WORDS | ARMED_WORDS for s in subjects for t in s.subtree):
            # "troops freed 800 people held by Boko Haram": a rescue fought from the captors (190)
            captor = next((prep_object(a, "by") for a in children(obj) if a.dep_ == "acl"
                           and a.lemma_.lower() in ("hold", "kidnap", "abduct", "take", "capture", "seize")), None)
            if captor is not None:
                return [Candidate("190", verb, subjects, captor, modality, attribution, priority=2)]
        cleared = next((t for t in obj.subtree if t.lower_ in ARMED_WORDS - FORCE_WORDS), None) \
            if lemma in ("clear", "flush", "purge") and obj is not None else None
        if cleared is not None:
            # "cleared the remnants of the Boko Haram terrorists": fighting them out (190)
            return [Candidate("190", verb, subjects, cleared, modality, attribution, priority=2)]
        if lemma in ("battle", "fight") and obj is not None and (obj.lower_ in FORCE_WORDS | ARMED_WORDS):
            # "has been battling government troops and proxies": fighting, whatever the pattern says
            return [Candidate("190", verb, subjects, obj, modality, attribution, priority=2)]
        if lemma in ("pound", "pummel") and obj is not None and not any(
                t.lower_ in AIRCRAFT_WORDS | {"air", "warplanes", "aircraft", "airstrikes"} for s in subjects for t in s.subtree):
            # "the RSF pounded the village": heavy shelling (194), whoever is hit
            return [Candidate("194", verb, subjects, obj, modality, attribution, priority=2)]
        if _alert_raised(verb):
            # "said it was going on alert and raising its readiness": military alert (152)
            return [Candidate("152", verb, subjects, None, modality, attribution, priority=2)]
        if lemma == "scramble" and obj is not None and obj.lower_ in FORCE_WORDS:
            # "scrambled jets to warn away Chinese aircraft": a show of force (150) at them
            warned = next((first_child(c, ("dobj",)) for c in children(verb) if c.dep_ in ("advcl", "xcomp")), None)
            return [Candidate("150", verb, subjects, warned, modality, attribution, priority=2)]
        readied = prep_object(verb, "for") if lemma in ("prepare", "gear", "brace", "ready") else None
        if readied is not None and readied.lemma_.lower() in CONFLICT_WORDS | {"conflict", "battle", "invasion"} \
                and any(t.lower_ in FORCE_WORDS | ARMED_WORDS or t.ent_type_ in ("GPE", "NORP", "ORG")
                        for s in subjects for t in s.subtree):
            # "rebel forces are preparing for a new conflict", "told his troops to prepare for
            # war": forces readied for combat, a military posture (152), no fighting yet
            return [Candidate("152", verb, subjects, prep_object(readied, "with") or prep_object(readied, "against"),
                              modality, attribution, priority=2)]
        if lemma in ("fire", "launch") and obj is not None and (
                obj.lemma_.lower() == "shot" and any(c.lower_ == "warning" for c in children(obj))
                or obj.lemma_.lower() in ("missile", "rocket", "projectile") and any(
                    c.lower_ in ("ballistic", "intercontinental", "hypersonic") for c in obj.subtree)
                and not any(o is not None and o.lemma_.lower() not in SEA_WORDS and o.ent_type_ not in ("DATE", "TIME")
                            for o in (prep_object(verb, p) for p in ("at", "on", "into", "toward", "towards")))
                and not any(t.lower_ in ("direction", "target", "targeting", "targeted") for t in verb.subtree)
                and not _fired_among_people(verb)):
            # "fired warning shots in the air", "North Korea fired a ballistic missile" (also
            # "into the Sea of Japan"): a show of military power (150), no one attacked
            return [Candidate("150", verb, subjects, None, modality, attribution, priority=2)]
        if lemma in LAUNCH_VERBS and obj is not None and obj.lower_ in FIRED_WEAPON_WORDS | WEAPON_SUBJECT_WORDS:
            # "launched drones at the base", "fired rockets into Israel": an attack by that means
            target = next((o for p in ("at", "on", "against", "into", "toward", "towards")
                           if (o := prep_object(verb, p) or prep_object(obj, p)) is not None), None)
            # (a grenade or bomb thrown into a crowd is an attack on it, not crowd control)
            lethal = obj.lower_ in ("grenade", "grenades", "bomb", "bombs", "explosive", "explosives")
            code = "175" if _protesting_crowd(target) and not lethal else _weapon_code(verb, obj)
            return [Candidate(code, verb, subjects, _housed(target), modality, attribution, priority=2)]
        if lemma == "receive" and obj is not None and (
                obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN" and obj.ent_type_ in ("", "NORP", "ORG")
                or obj.lemma_.lower() in LEADER_WORDS | COUNTERPART_WORDS | ENVOY_WORDS):
            # "the king received both presidents at his palace": hosted them (043)
            return [Candidate("043", verb, subjects, obj, modality, attribution, priority=2)]
        if lemma == "pay" and obj is not None and obj.lemma_.lower() == "price" and subject is not None \
                and isinstance(attribution, Token) and any(c.lower_ in ("will", "would", "must") for c in children(verb)):
            # "said Israel will pay the price for these crimes": the speaker threatens it (130)
            return [Candidate("130", verb, [attribution], subject, "threatened", None, priority=2)]
        listed = prep_object(verb, "to") or (prep_object(obj, "to") if obj is not None else None) \
            if lemma in ("add", "put", "place") else None
        if listed is not None and listed.lemma_.lower() in ("blacklist", "list") and obj is not None and (
                listed.lemma_.lower() == "blacklist" or any(c.lower_ in ("sanctions", "terror", "terrorist", "entity")
                                                            for c in children(listed))):
            # "added Huawei to a trade blacklist", "put the group on its terror list": sanctions (163)
            return [Candidate("163", verb, subjects, obj, modality, attribution, priority=2)]
        if lemma == "target" and (subject is not None and subject.lemma_.lower() in SANCTION_SUBJECTS
                                  or _sanctions_aim(verb)):
            # "the sanctions target 40 officials", "expanded sanctions, targeting 54 individuals":
            # sanctions on them (163), no attack
            return [Candidate("163", verb, [], obj, modality, attribution, priority=2)]
        amount = prep_object(verb, "to") if lemma == "come" else None
        if amount is not None and (amount.like_num or amount.lower_ in QUANTITY_NOUNS
                                   or any(c.like_num or c.lower_ in QUANTITY_NOUNS for c in amount.subtree)
                                   or subject is not None and subject.lemma_.lower() in TALLY_WORDS):
            return []  # "the demonstrators came to several hundred": a number, not a visit
        swap = obj if lemma in ("hold", "conduct", "carry", "complete") and obj is not None \
            and obj.lemma_.lower() in ("exchange", "swap") else None
        if swap is not None and any(t.lemma_.lower() in ("prisoner", "prisoner-of-war", "captive", "detainee", "pow")
                                    or "prisoner" in t.lower_ for t in swap.subtree):
            # "held a large prisoner-of-war exchange": prisoners released both ways (0841)
            return [Candidate("0841", verb, subjects, None, modality, attribution, priority=2)]
        if lemma == "dispute" and first_child(verb, ("nsubjpass",)) is not None and first_child(verb, ("agent",)) is None:
            return []  # "half of the border is disputed": a standing dispute, no act
        if lemma == "consider" and first_child(verb, ("nsubjpass",)) is not None and first_child(verb, ("agent",)) is None:
            return []  # "Abu Sayyaf is considered the most violent group": a description
        if lemma == "go" and any(c.dep_ in ("acomp", "oprd") and (c.pos_ == "ADJ" or c.lower_ == "missing")
                                 for c in children(verb)):
            return []  # "the pilot had gone missing": a state, no visit
        rally = prep_object(verb, "for") if lemma in ("gather", "assemble", "converge") else None
        if rally is not None and rally.lemma_.lower() in DISSENT_ACTION_WORDS | {"rally", "vigil"}:
            # "people were gathering for a rally": a demonstration (141), no meeting
            return [Candidate("141", verb, subjects, None, modality, attribution, priority=2)]
        thrown = first_child(verb, ("nsubjpass",)) if obj is None and lemma in LAUNCH_VERBS else None
        if thrown is not None and thrown.lower_ in FIRED_WEAPON_WORDS | WEAPON_SUBJECT_WORDS:
            # "a grenade was hurled at the patrol by militants": an attack by that means
            target = next((o for p in ("at", "on", "into") if (o := prep_object(verb, p)) is not None), None)
            agent = prep_object(verb, "by")
            return [Candidate(_weapon_code(verb, thrown), verb, [agent] if agent is not None else [thrown],
                              _housed(target), modality, attribution, priority=2)]
        if lemma == "burn" and obj is None and first_child(verb, ("nsubjpass",)) is None and _particle(verb) != "down":
            return []  # "the fire burned for hours", "houses burned": no one burnt anything
        if lemma == "burn" and obj is not None and obj.lemma_.lower() in BURNT_PROPERTY_WORDS:
            # "burning a police post and two cars": property destroyed (1712; the dictionary
            # names only homes, offices and towns, and keeps flags and effigies as protest)
            return [Candidate("1712", verb, subjects, obj, modality, attribution, priority=2)]
        driven = _driven_into(verb, lemma, obj, subject)
        if driven is not None:
            return [replace(driven, modality=modality, attribution=attribution)]
        place = _entered_place(verb, lemma, obj)
        if armed and place is not None:
            return [Candidate("192", verb, subjects, None, modality, attribution, priority=2)]
        if lemma in CONTROL_VERBS and (obj is not None and obj.lemma_.lower() == "control"
                                       or lemma in PLACE_TAKING_VERBS and _is_place(obj)):
            held = obj if obj is not None and any(c.lower_ in ("army", "military") for c in children(obj)) else None
            # (from whom: "seized the town from the rebels"; "took an army base": the army's)
            return [Candidate("192", verb, subjects, prep_object(verb, "from") or held, modality, attribution,
                              priority=2)]
        if lemma in RETREAT_VERBS | {"retreat"} and obj is None and _left_place(verb):
            # (the place's people are left: "withdrew from Jenin")
            return [Candidate("0874", verb, subjects, _left_origin(verb), modality, attribution, priority=2)]
        if obj is not None and lemma in EXECUTE_VERBS and _is_person(obj):
            return [Candidate("1823", verb, subjects, obj, modality, attribution, priority=2)]
        if obj is not None and lemma in KILLING_EUPHEMISMS and (obj.lower_ in ARMED_WORDS or _is_person(obj)):
            # military statements' "eliminated / neutralised 14 militants": killed them (190)
            return [Candidate("190", verb, subjects, obj, modality, attribution, priority=2)]
        seized = first_child(verb, ("nsubjpass",)) if obj is None else None
        if seized is not None and lemma in KILLING_EUPHEMISMS and (seized.lower_ in ARMED_WORDS or _is_person(seized)):
            # "five terrorists were neutralised in drone strikes": killed (190), by whoever is named
            agent = prep_object(verb, "by")
            return [Candidate("190", verb, [agent] if agent is not None else [], seized, modality, attribution,
                              priority=2)]
        if obj is not None and lemma == "take" and obj.lower_ in ("hostage", "hostages", "captive", "captives"):
            seized = first_child(verb, ("nsubjpass",))  # "fifteen policemen were taken hostage by militants"
        if seized is not None and lemma in ABDUCT_VERBS and (lemma != "take" or obj is not None) and (
                _is_person(seized) or seized.lemma_.lower() in STATE_FORCE_NOUNS | {"force"}):
            # "four critics were seized by men in plain clothes": taken (181), or held by the state (173)
            agent = prep_object(verb, "by")
            state = agent is not None and agent.lower_ in STATE_FORCE_WORDS
            return [Candidate("173" if state else "181", verb, [agent] if agent is not None else [], seized,
                              modality, attribution, priority=2)]
        if obj is not None and lemma in ABDUCT_VERBS and _is_person(obj) and (lemma != "take" or _taken_hostage(verb)):
            state = subject is not None and subject.lower_ in STATE_FORCE_WORDS
            return [Candidate("173" if state else "181", verb, subjects, obj, modality, attribution, priority=2)]
        if lemma == "take" and any(o is not None and o.lower_ in CARE_PLACES for o in (prep_object(verb, "to"),)):
            return []  # "were taken to hospital"
        custody = prep_object(verb, "to") if lemma == "take" else None
        if custody is not None and custody.lemma_.lower() in CUSTODY_PLACES:
            # "was arrested and taken to a police station": the arrest's custody, no seizure; an
            # active "police took him to the station" detains him (173)
            return [Candidate("173", verb, subjects, obj, modality, attribution, priority=2)] \
                if obj is not None and _is_person(obj) else []
        if lemma == "fight" and obj is not None and obj.lower_ in ABSTRACT_FOES:
            return []  # "fight corruption": a policy, not combat
        if obj is not None and obj.lemma_.lower() in FIRE_WORDS and lemma in FIREFIGHTING_VERBS:
            return []  # "workers contained the blaze"
        attack = self._attack_subject(verb, lemma, subject)
        if attack is not None and lemma in RESULT_VERBS:
            harm = _deaths_caused(verb)  # "resulted in the deaths of dozens": the dead; "damage to / in" the place
            obj = prep_object(harm, "of") or prep_object(harm, "to") or prep_object(harm, "in") or prep_object(verb, "in")
        if attack is not None:
            # "a missile attack on a residential area injured seven": the attack, by its author
            between = prep_object(attack, "between")
            if between is not None:  # "clashes between protesters and police killed two": both sides
                return [Candidate(self._refine_code(self.lexicon.nouns[attack.lemma_.lower()], attack), verb,
                                  conjuncts_of(between), None, modality, attribution, priority=2)]
            author = _act_author(attack)
            target = obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") and obj.lower_ not in (
                "people", "persons") else next((o for p in ("on", "against") if (o := prep_object(attack, p)) is not None), obj)
            code = self._refine_code(self.lexicon.nouns[attack.lemma_.lower()], attack)
            return [Candidate(self._refine_code(code, attack), verb,
                              [author] if author is not None else [attack], target, modality, attribution, priority=2)]
        if lemma in ("fight", "attack") and obj is not None and (
                obj.lower_ in ARMED_WORDS | PROPERTY_WORDS | PLACE_WORDS | TARGET_SITE_WORDS):
            code = self._refine_code("190", verb)  # "fought government soldiers", "attacked a shelter"
            return [Candidate(code, verb, subjects, obj, modality, attribution, priority=2)]
        opposed = _opposed_proposal(verb, lemma, obj)
        if opposed is not None:
            return [Candidate(opposed[0], verb, subjects, _author_of(opposed[1], verb), modality, attribution, priority=2)]
        if obj is not None and obj.lemma_.lower() in WELCOME_NOUNS and lemma in ("give", "extend", "accord"):
            # "gave a warm welcome to de Klerk": hosting his visit (043)
            return [Candidate("043", verb, subjects, prep_object(verb, "to") or prep_object(obj, "to"),
                              modality, attribution, priority=2)]
        if lemma in DISPERSE_VERBS and obj is not None and _is_crowd(obj):
            return [Candidate("175", verb, subjects, _author_of(obj, verb) or obj, modality, attribution, priority=2)]
        charged = obj or (next((o for p in ("at", "into") if (o := prep_object(verb, p)) is not None), None)
                          if lemma == "charge" else prep_object(verb, "on") if lemma in BATON_CHARGE_VERBS else None)
        if charged is not None and _crowd_charged_or_broken_up(verb, lemma, charged, subjects):
            # "police charged (at) the crowd", "police dispersed them", "broke up a concert in
            # the square": force against a gathering (175)
            return [Candidate("175", verb, subjects, charged, modality, attribution, priority=2)]
        driven = _crowd_driven_off(verb, lemma, obj)
        if driven is not None:
            # "pushed the protesters from the avenue", "broke up the sit-in", "unblocked the roads
            # blocked by protesters": a protest dispersed (175)
            # (the crowd behind a blockade: "broke up a blockade by farm workers", which the parser
            # may hang on the verb)
            crowd = _author_of(driven, verb) or (prep_object(verb, "by") if driven.lower_ in BLOCKED_WAY_WORDS else None)
            return [Candidate("175", verb, subjects, crowd or driven, modality, attribution, priority=2)]
        crowd = first_child(verb, ("nsubjpass",))
        if lemma in DISPERSE_VERBS and crowd is not None and _is_crowd(crowd):
            # "the crowd was dispersed (by police) using tear gas": the agent, or the state implied
            agent = prep_object(verb, "by")
            return [Candidate("175", verb, [agent] if agent is not None else [], crowd, modality, attribution, priority=2)]
        return None

    def _suspension(self, verb: Token, lemma: str, subjects: list[Token], modality: str,
                    attribution: Token | None) -> list[Candidate]:
        """"suspended Mali from its decision-making bodies" (160, on Mali), "suspending all
        financial flows between its members and Mali" (163), "froze aid to X" (162): relations
        reduced, by the kind of tie suspended."""
        obj = first_child(verb, ("dobj",))
        if obj is None or lemma not in SUSPEND_VERBS and not (
                lemma in REVOKE_VERBS and obj.lemma_.lower() in LICENCE_WORDS):
            return []  # ("revoked the licences of five newspapers": as suspended)
        if prep_object(verb, "from") is not None and (obj.pos_ == "PROPN" or obj.ent_type_ in ("GPE", "ORG")):
            return [Candidate("160", verb, subjects, obj, modality, attribution, priority=2)]
        named_as = {k.lemma_.lower() for k in children(obj) if k.dep_ in ("compound", "nmod", "appos")}
        code = next((c for words, c in SUSPENDED_TIES if obj.lemma_.lower() in words), None) or (
            "1721" if named_as & SUSPENDED_TIES[-1][0] else None)  # ("French broadcasters RFI")
        if code is None:
            return []
        if code == "1721":  # the outlet itself is acted on (a licence's: its holder)
            holder = prep_object(obj, "of") or first_child(obj, ("poss",)) \
                if obj.lemma_.lower() in LICENCE_WORDS else None
            return [Candidate(code, verb, subjects, holder or obj, modality, attribution, priority=2)]
        partner = prep_object(obj, "to") or prep_object(obj, "with") or prep_object(verb, "to") \
            or prep_object(verb, "with")
        between = prep_object(obj, "between")
        if partner is None and between is not None:
            partner = conjuncts_of(between)[-1]  # "between its members and Mali": the other party
        return [Candidate(code, verb, subjects, partner, modality, attribution, priority=2)]

    def _sentence_handed(self, verb: Token, lemma: str, subjects: list[Token], modality: str,
                         attribution: Token | None) -> list[Candidate]:
        """"were handed jail terms by a court", "gave him a life sentence": a sentence passed,
        coded as the verb "sentence" is (172), by the court on the convicted."""
        term = first_child(verb, ("dobj",)) if lemma in ("hand", "give") else None
        if term is None or term.lemma_.lower() not in SENTENCE_NOUNS:
            return []
        passive = any(c.dep_ == "nsubjpass" for c in children(verb))
        judge = prep_object(verb, "by") if passive else (subjects[0] if subjects else None)
        convict = first_child(verb, ("nsubjpass",)) if passive else (
            first_child(verb, ("dative",)) or prep_object(verb, "to"))
        code = self.lexicon.verbs.get("sentence", ("", None))[1] or "172"
        return [Candidate(code, verb, [judge] if judge is not None else [], convict, modality, attribution,
                          priority=2)]

    def _reaction_drawn(self, verb: Token, lemma: str, subjects: list[Token], modality: str,
                        attribution: Token | None) -> list[Candidate]:
        """"The strike drew condemnation / criticism from the EU": the EU condemned the strike's
        author (the one "from" whom the reaction came is its source, not its target)."""
        reaction = first_child(verb, ("dobj",)) if lemma in REACTION_DRAWING_VERBS else None
        critic = prep_object(verb, "from") or (prep_object(reaction, "from") if reaction is not None else None)
        code = self.lexicon.nouns.get(reaction.lemma_.lower()) if reaction is not None and critic is not None else None
        if code is None or code[:2] not in ("11", "12", "14"):
            return []
        drawer = subjects[0] if subjects else None
        author = _act_author(drawer) if drawer is not None else None
        target = author if author is not None and author != drawer else drawer
        return [Candidate(code, verb, [critic], target, modality, attribution, priority=2)]

    def _attack_subject(self, verb: Token, lemma: str, subject: Token | None) -> Token | None:
        """The attack noun of "the strike killed seven", "a missile attack injured seven"."""
        if subject is None or lemma not in HARM_VERBS and not (lemma in RESULT_VERBS and _deaths_caused(verb) is not None):
            return None
        code = self.lexicon.nouns.get(subject.lemma_.lower())
        code = self._refine_code(code, subject) if code is not None else None  # "missile strikes" are not labour strikes
        return subject if code is not None and code[:2] in ("18", "19", "20") else None

    def _appeal_noun_events(self, verb: Token, subjects: list[Token], modality: str,
                            attribution: Token | None) -> list[Candidate]:
        """"renewed its appeal to Turkey to hand over the suspects", "issued a call on the
        factions to lay down arms": an appeal (02) or demand (10) about the named act."""
        obj = first_child(verb, ("dobj",))
        if obj is None or obj.lemma_.lower() not in APPEAL_NOUNS or self._lemma(verb) not in APPEAL_ISSUING_VERBS:
            return []  # "rejected an appeal to ..." is the rejection, coded elsewhere
        if any(c.lower_ in ("phone", "telephone", "video") for c in children(obj)):
            return []  # "held a phone call to discuss ...": a conversation, not an appeal
        act = next((c for holder in (obj, verb) for c in children(holder)
                    if c.dep_ in ("acl", "relcl", "advcl", "xcomp", "ccomp") and c.pos_ == "VERB" and c.i > obj.i
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
        if act is None:
            return []
        family = "10" if obj.lemma_.lower() in ("demand", "condition") else "02"
        code = family_code(family, self._inner_code(act))
        target = prep_object(obj, "to") or prep_object(obj, "on") or prep_object(obj, "upon") \
            or prep_object(obj, "for") or first_subject(act)
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _sought(self, verb: Token, subjects: list[Token], modality: str,
                attribution: Token | None) -> list[Candidate]:
        """"sought asylum in Sweden" (appeal for humanitarian aid, 0233, to the country of
        refuge), "sought help from X" (an appeal, narrowed by sector)."""
        obj = first_child(verb, ("dobj",))
        if obj is None:
            return []
        head = obj.lemma_.lower()
        if head in SOUGHT_SHELTER_WORDS:
            code = "0233"
            target = prep_object(verb, "from") or prep_object(verb, "in")
        elif head in SOUGHT_HELP_WORDS:
            code = _sector_code("020", verb)
            target = prep_object(verb, "from") or prep_object(obj, "from")
        else:
            return []
        if target is not None and target.ent_type_ not in ("GPE", "ORG", "NORP", "PERSON", ""):
            target = None
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=2)]

    def _journey_purpose(self, verb: Token) -> Token | None:
        """The consultation noun of "returned to Geneva for talks": a journey for a
        consultation is the consultation."""
        if self._lemma(verb) not in MOTION_VERBS:
            return None
        purpose = prep_object(verb, PURPOSE_PREP)
        code = self.lexicon.nouns.get(purpose.lemma_.lower()) if purpose is not None else None
        return purpose if code is not None and code[:2] == "04" else None

    def _intent_or_threat(self, verb: Token, inner: Token, subjects: list[Token], modality: str,
                          attribution: Token | None, pledge: bool = False) -> list[Candidate]:
        inner_code = self._inner_code(inner)
        if inner_code and (inner_code[:2] == "16" and self._lemma(verb) in ("agree", "vote")
                           or inner_code == "050" and self._lemma(verb) == "agree"
                           and self._lemma(inner) in RESUMED_RELATION_VERBS) \
                and verb.tag_ in ("VBD", "VBN"):
            # "EU ministers agreed to impose sanctions on X": a body that agrees on a measure
            # has decided it; the measure is the act (as "decided to"); so do two states that
            # agreed to restore relations (050)
            decided = [c for c in self._clause(inner, subjects, modality, attribution) if c.code[:2] == inner_code[:2]]
            if decided:
                return decided
        if inner_code and inner_code[:2] in CONFLICT_ROOTS and self._lemma(verb) in ("agree", "accept"):
            # "agreed to deploy troops to the border": a concession, not a threat
            return [Candidate("030", verb, subjects, None, modality, attribution, priority=2)]
        if inner_code and inner_code[:2] in CONFLICT_ROOTS:
            return self._family(verb, inner, subjects, "13", "threatened", attribution)
        payer = _made_to_pay(inner, self.lexicon.nouns)
        if payer is not None:
            # "vowed that they would pay a heavy price": a threat (130) against the payer
            return [Candidate("130", verb, subjects, payer, "threatened", attribution, priority=2)]
        defier = _defiance_condition(inner, subjects)
        if defier is not None:
            # "vowed to turn the area into a death zone if Thailand failed to pull back its
            # soldiers": what a party is promised should it not comply is a threat (130) to it
            return [Candidate("130", verb, subjects, defier, "threatened", attribution, priority=2)]
        if self._lemma(inner) in ("retaliate", "avenge"):
            # "promised to retaliate for the killing": a threat of force (13), not a pledge
            return [Candidate("138", verb, subjects, None, "threatened", attribution, priority=2)]
        if inner_code is None:
            return [Candidate("030", verb, subjects, first_child(inner, ("dobj",)), modality, attribution, priority=2)] \
                if pledge or self._lemma(verb) in INTENT else []
        return self._family(verb, inner, subjects, "03", modality, attribution)

    @staticmethod
    def _step_action(verb: Token) -> Token | None:
        """The act of "take steps / measures / action to ACT" (the light "take" names no event),
        or of "resorted to ACTING"."""
        if verb.lemma_.lower() in RESORT_VERBS:
            to = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
            act = first_child(to, ("pcomp",)) if to is not None else None
            return act if act is not None and act.pos_ == "VERB" else None
        if verb.lemma_.lower() != "take":
            return None
        obj = first_child(verb, ("dobj",))
        if obj is None or obj.lemma_.lower() not in STEP_NOUNS | {"time"}:
            return None  # ("took time out to visit Honiara": the visit)
        # (time taken out "of the campaign to visit ...": the parser may hang the purpose on the
        # campaign)
        holders = (obj, verb) if obj.lemma_.lower() != "time" else (verb, *(t for t in verb.subtree if t.i >= obj.i))
        for holder in holders:
            for c in children(holder):
                if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.pos_ == "VERB" and c.i > obj.i \
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
                    return c
        of = next((c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        act = first_child(of, ("pcomp",)) if of is not None else None
        return act if act is not None and act.pos_ == "VERB" else None  # "took the step of expelling"

    def _lemma(self, tok: Token) -> str:
        if tok.lemma_.lower() == "lose" and _object_head_in(tok, LIFE_WORDS):
            return "die"  # "five soldiers lost their lives in an attack": they died in it
        form = self.lexicon.forms.get(tok.lower_)  # the dictionary's inflections first ("raged")
        return form if form is not None and tok.pos_ in ("VERB", "AUX") else tok.lemma_.lower()

    def _object_noun_code(self, verb: Token, light: bool) -> str | None:
        """The event noun heading the verb's object, or after a light verb a compound
        modifier of it ("undertook a mediation mission")."""
        obj = first_child(verb, ("dobj",))
        if obj is None and self._lemma(verb) in IN_LIGHT_VERBS:
            obj = prep_object(verb, "in")  # "engaged in / took part in ethnic cleansing"
        if obj is None and self._lemma(verb) in RESORT_VERBS:
            obj = prep_object(verb, "to") or _misread_infinitive_object(verb)  # "resorted to violence"
        if obj is None and self._lemma(verb) == "go":
            obj = prep_object(verb, "on")  # "went on strike", "went on hunger strike"
        if self._lemma(verb) in ("put", "place") and prep_object(verb, "under") is not None:
            obj = prep_object(verb, "under")  # "put under investigation / house arrest"
        if obj is None:
            return None
        if obj.lemma_.lower() in MEASURE_OF_EVENTS:
            obj = _measured_event(obj) or obj  # "10 days of war games", "a new round of talks"
        if _emergency_rule(obj):
            return "1724"  # "an extension of the state of emergency", "martial law": 1724
        whole = _hyphenated(obj)  # "sit-ins": the plural of a hyphenated noun is not lemmatised
        # ("resorted to air strikes" misread as the infinitive "to air": an airstrike)
        joined = self.lexicon.nouns.get(obj.head.lower_ + obj.lemma_.lower()) if obj.head is not verb else None
        code = joined or self.lexicon.nouns.get(obj.lemma_.lower()) or self.lexicon.nouns.get(whole) \
            or ("-" in whole and self.lexicon.nouns.get(whole.removesuffix("s"))) or None
        if obj.lemma_.lower() in ("withdrawal", "exit", "pullout") and (left := prep_object(obj, "from")) is not None \
                and left.lemma_.lower() in PACT_WORDS:
            return "160"  # "announced its withdrawal from the treaty": a pact undone, no retreat
        if code is None and self._lemma(verb) in SIGN_VERBS and obj.lemma_.lower() in SIGNED_DOCUMENTS:
            code = "057"  # "signed a peace plan / a roadmap with": 057 Sign formal agreement
        if obj.lemma_.lower() == "game" and any(c.lower_ == "war" for c in children(obj)):
            code = "150"  # "war games" are exercises, not war
        if code is None and self._lemma(verb) == "pay" and obj.lemma_.lower() == "call":
            code = "042"  # "paid a courtesy call on the prime minister": a visit
        if code == "150" and (any(c.lower_ in ("joint", "combined") for c in children(obj))
                              or prep_object(verb, "with") is not None or prep_object(obj, "with") is not None
                              or _named_sides(subjects_of(verb)) > 1):
            return "062"  # joint exercises: military cooperation
        if code is None and (light or self._lemma(verb) in COMPLAINT_VERBS):
            comp = next((c for c in children(obj) if c.dep_ == "compound"), None)
            if comp is None and obj.lemma_.lower() in ("note", "letter"):
                comp = prep_object(obj, "of")  # "handed a note of protest": a protest note
            code = self.lexicon.nouns.get(comp.lemma_.lower()) if comp is not None else None
        if code is not None and code[:2] == "14" and self._lemma(verb) in COMPLAINT_VERBS:
            return "114"  # "lodged a protest with the embassy", "issued a protest note"
        return code

    def _speech(self, verb: Token, inner: Token | None, subjects: list[Token],
                modality: str) -> list[Candidate]:
        misread = _content_read_as_subject(verb)
        if misread is not None:
            # "Gunmen swept into the village, firing on residents, Ali Musa, a resident said":
            # the parser made the report's subject the speaker; the apposition is the speaker
            content, speaker = misread
            return self._clause(content, [content.head], "reported" if modality == "asserted" else modality, speaker)
        if self._lemma(verb) == "claim" and _object_head_in(verb, frozenset({"control"})):
            return self._plain(verb, subjects, modality, None)  # "claimed control of the camp": took it
        beneficiary = _aid_announced(verb)
        if beneficiary is not None:
            # "announced $500 million in military aid for Ukraine": aid promised (033, by sector)
            return [Candidate(_sector_code("033", verb), verb, subjects, beneficiary or None, modality, None,
                              priority=2)]
        claimed_act = self._claimed_act(verb, subjects, modality)
        if claimed_act:
            return claimed_act
        if self._lemma(verb) == "estimate" and all(s.lower_ == "it" for s in subjects):
            return []  # "it is estimated that up to 2,000 people have been killed": a tally, by no one
        if any(c.dep_ == "auxpass" for c in children(verb)):
            occurred = self._subject_event(verb, modality, None)  # "clashes were reported between X and Y"
            if occurred:
                return occurred
        if inner is None:
            inner = _statement_clause(verb)  # "said in a statement that the RSF shelled ..."
        quoted = _quoted_saying(verb)
        if quoted is not None:
            # "X was quoted as saying (that) ...": X's statement
            # (the content may come first: "... were killed, a source was quoted as saying")
            return self._speech(quoted, inner_verb(quoted) or inner, subjects, modality)
        addressee = first_child(verb, ("dative", "dobj"))
        if inner is not None and inner.dep_ in ("xcomp", "advcl") and addressee is not None and addressee.pos_ == "NOUN" \
                and self._dictionary_code(addressee)[:2] in CONFLICT_ROOTS:
            # "announced a curfew to stop further demonstrations": the measure, its purpose told
            return self._plain(verb, subjects, modality, None)
        if inner is not None and inner.dep_ == "xcomp" and addressee is not None:
            # "told militia members to end ..." is an order/appeal, not a statement
            return self._appeal(verb, inner, subjects, "02", modality, None)
        if inner is not None and inner.dep_ == "ccomp" and inner.tag_ == "VB" \
                and not any(c.dep_ in ("aux", "auxpass") for c in children(inner)) \
                and (self._lemma(verb) not in PLAIN_SAYING and first_subject(inner) is not None or _slogan(inner)):
            # "insisted that the government release all prisoners": a bare subjunctive is a
            # demand; so is a quoted imperative ('"Release them," the minister told Hamas')
            return self._appeal(verb, inner, subjects, "10", modality, None)
        mood = mood_code(inner) if inner is not None else None
        if mood is not None:
            return [Candidate(mood, verb, subjects, None, modality, priority=2)]
        judged = _judged_act(inner) if inner is not None and not is_negated(verb) else None
        if judged is not None:
            # "said China's maneuvers were dangerous / the Israeli strike was illegal": a
            # denunciation (111) of whoever did it
            return [Candidate("111", verb, subjects, judged, modality, priority=2)]
        charged = _crime_committed(inner) if inner is not None and inner.dep_ == "ccomp" else None
        if charged is not None:
            # "claimed that the RSF had committed war crimes": the speaker charges the RSF with
            # them (112), as CAMEO codes an accusation however it is worded
            return [Candidate("112", verb, subjects, charged, modality, priority=2)]
        if inner is not None:
            speaker = subjects[0] if subjects else None
            mod = "reported" if modality == "asserted" else modality
            # "claimed to have killed 50 militants": an infinitive's doer is the speaker
            inherited = subjects if inner.dep_ == "xcomp" else None
            framed = self._clause(inner, inherited, mod, speaker) if not is_negated(verb) else []
            if framed:
                return framed
            if inner.dep_ == "ccomp" and is_negated(inner):
                return []  # "said the operation had not been planned": no act reported
        reported = self._reported_event_noun(verb, subjects, modality)
        if reported:
            return reported
        match = self._match(verb)
        code = match.code if match and match.code else "010"
        if code == "010" and self._lemma(verb) in DECLARE | RESTATE_VERBS:
            # "announced a ceasefire", "declared a curfew": the declared measure is the event;
            # "reiterated its rejection of the demand": the restated stance is
            noun_code = self._object_noun_code(verb, True)
            if noun_code is not None and (self._lemma(verb) in DECLARE or noun_code[:2] < "17"):
                return [Candidate(noun_code, verb, subjects, _measure_target(first_child(verb, ("dobj",))),
                                  modality, priority=2)]
        if code[:2] == "10" and inner is not None and inner.dep_ == "ccomp" and not has_obligation(inner) \
                and inner.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            # "insisted (that) the unrest reflected old tensions": an assertion, not a demand
            # (a demand's clause is an obligation or a bare subjunctive: "insisted he leave")
            code = "010"
        if code == "010" and addressee is not None and (addressee.lower_ in PRESS_WORDS | NEWS_AGENCIES) \
                and (inner is None or not self._clause(inner, None, "reported", None)):
            return []  # "relatives told reporters", '"...," a shopkeeper told Reuters': nothing coded in it
        if code == "010" and inner is None and addressee is None and (
                verb.dep_ in ("conj", "parataxis") or first_child(verb, ("dobj",)) is None):
            # "..., the agency said": a reporting tag the parser coordinated with its content,
            # or one whose content it failed to attach: nothing said that can be coded
            return []
        if inner is not None and inner.dep_ == "ccomp" and addressee is None and (
                code == "010" or (self._lemma(verb) == "say" and (match is None or not match.target))):
            # the codebook's residual statement: "not coded except when distinctions among
            # 011 to 017 cannot be made" -- a reported clause we could not code is not an event
            return []
        lemma = self._lemma(verb)
        if lemma in NON_PARTY_OBJECT_VERBS and _object_head_in(verb, NON_PARTY_OBJECTS[lemma]):
            # "an army source confirmed the attack to AFP": a source, not a statement; "the
            # islands are claimed by China": a territorial claim, not an accusation
            return []
        if not subjects and any(c.lower_ == "it" and c.dep_ in ("nsubjpass", "expl") for c in children(verb)):
            return []  # "it is estimated that 400,000 were displaced": no one says it
        if lemma in DECLARE and _object_head_in(verb, frozenset({"alert"})):
            # "declared a military alert": raised alert status (152)
            return [Candidate("152", verb, subjects, None, modality, priority=2)]
        target = addressee if addressee is not None and addressee.pos_ in ("PROPN", "NOUN", "PRON") else None
        if target is None and match is not None and match.prep:
            target = prep_object(verb, match.prep)
        announced = (target or first_child(verb, ("dobj",))) if code[:2] in ("08", "17") else None
        if announced is not None and announced.lemma_.lower() in ANNOUNCED_ACTS_ON_PEOPLE:
            target = prep_object(announced, "of")  # "announced the release of 22 Ukrainian captives"
        decided = _decided_act(verb) if code == RESIDUAL_STATEMENT else None
        if decided is not None:
            # "announced its decision to sanction five entities": the act decided, announced
            acts = self._clause(decided, subjects, modality, None)
            if acts:
                return acts
        accord = self._announced_accord(verb) if code == RESIDUAL_STATEMENT else None
        if accord is not None:
            return [replace(accord, sources=subjects, modality=modality)]
        if lemma in DECLARING_VERBS and any(c.dep_ == "nsubjpass" for c in children(verb)):
            # "a truce was declared by X / between X and Y": the declaring parties, not the truce
            subjects, target = self._actors(verb, subjects, match)
            target = target if target is not None and target.dep_ != "nsubjpass" else None
        claimed = [Candidate(code, verb, subjects, target, modality, priority=1)]
        if code == "015" and self._lemma(verb) == "claim" and subjects:
            # "IS claimed responsibility for an attack in which a suicide bomber ...": the attack
            # too, by the claimant, as it reports it
            alleged = self._alleged_act(verb, subjects[0], subjects[0], modality)
            claimed += [alleged] if alleged is not None else []
        return claimed

    def _claimed_act(self, verb: Token, subjects: list[Token], modality: str) -> list[Candidate]:
        """"The blast was claimed by Boko Haram": the group's claim of responsibility (015) and
        the act, by the claimant, as it reports it."""
        if self._lemma(verb) != "claim":
            return []
        agent = prep_object(verb, "by")
        act = subjects[0] if subjects else None
        if agent is None and act is not None and act.dep_ == "nsubj" and act.pos_ != "PRON":
            # "Hezbollah claimed the rocket fire on the town": the active form
            agent, act = act, first_child(verb, ("dobj",))
        elif act is None or act.dep_ != "nsubjpass":
            act = None
        code = self._violent_act_code(act) if act is not None else None
        if agent is None or code is None:
            return []
        victims = next((o for p in ("on", "against", "at") if (o := prep_object(act, p)) is not None), None)
        if victims is None:
            told = next((c for c in children(act) if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
            victims = first_child(told, ("dobj",)) if told is not None else None
        return [Candidate("015", verb, [agent], None, modality, priority=1),
                Candidate(code, act, [agent], victims, "reported", agent, priority=1)]

    def _complaint(self, verb: Token, inner: Token | None, subjects: list[Token], modality: str,
                   attribution: Token | None) -> list[Candidate]:
        """"charged / complained / protested that the army shelled the town": disapproval (11)
        of the clause's subject; a protest voiced this way is a complaint, not a demonstration."""
        if self._lemma(verb) not in DISAPPROVAL_VERBS or inner is None or inner.dep_ != "ccomp" or is_negated(verb):
            return []
        if subjects and all(s.lemma_.lower() in FINDING_DOCUMENTS for s in subjects):
            # "the report alleged that forces subjected women to rapes": a document that finds
            # an act reports it (no one complains); the act with its own doer, as reported
            return self._clause(inner, None, "reported", subjects[0])
        accused = first_subject(inner)
        if accused is None or accused.pos_ == "PRON" and accused.lower_ in ("it", "there", "this"):
            return []
        match = self._match(verb)
        code = match.code if match is not None and match.code and match.code[:2] == "11" else "111"
        return [Candidate(code, verb, subjects, accused, modality, attribution, priority=2)]

    def _reported_event_noun(self, verb: Token, subjects: list[Token], modality: str) -> list[Candidate]:
        """"the network reported a second RSF strike on the camp", "confirmed the attack by
        the rebels": the reported act with its own actors, attributed to the reporter."""
        if self._lemma(verb) not in REPORTED_EVENT_VERBS:
            return []
        act = first_child(verb, ("dobj",))
        code = self.lexicon.nouns.get(act.lemma_.lower()) if act is not None else None
        if code is None or code[:2] not in CONFLICT_ROOTS:
            return []
        author = _act_author(act)
        holders = [act] + ([author] if author is not None else [])  # "by X on Y": Y may hang on X
        target = next((o for h in holders for p in NOMINAL_PREPS_TARGET[:4] if (o := prep_object(h, p)) is not None), None)
        if author is None and target is None:
            return []
        speaker = subjects[0] if subjects else None
        mod = "reported" if modality == "asserted" else modality
        return [Candidate(self._refine_code(code, act), act, [author] if author is not None else [],
                          target, mod, speaker, priority=2)]

    def _inner_code(self, inner: Token, allow_negated: bool = False) -> str | None:
        if is_negated(inner) and not allow_negated:
            return None
        lemma = inner.lemma_.lower()
        if lemma in CESSATION and mentions(inner, CONFLICT_WORDS):
            return "087"  # stop/end/halt the fighting: de-escalate military engagement
        if _alert_raised(inner):
            return "152"  # "ordered the military to go on high alert"
        if lemma in ("release", "free"):
            return "0841"  # release of persons (0841), the usual object of such appeals
        match = self._match(inner)
        code = _object_class_code(self._lemma(inner), inner, match.code if match is not None else None)
        if self._lemma(inner) in LIGHT_VERBS and (match is None or match.weight == 0):
            # "to conduct a missile drill", "to stage a protest": the event the object names
            code = self._object_noun_code(inner, True) or code
        if code is None:
            nested = inner_verb(inner)
            return self._inner_code(nested) if nested is not None and nested is not inner else None
        return self._refine_code(code, inner)

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
        addressee = first_child(verb, ("dobj", "dative"))
        if target is None or addressee is not None and inner.dep_ in ("xcomp", "advcl") and addressee.i < inner.i \
                and (addressee.pos_ == "PROPN" or addressee.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
            # "warned the United States to halt threats": the one warned (object control)
            target = addressee or target
        if target is None:
            # "offered to help rebuild Syria": the party the governed act is for
            target = next((o for x in children(inner) if x.dep_ in ("xcomp", "ccomp")
                           if (o := first_child(x, ("dobj",))) is not None), None)
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _appeal(self, verb: Token, inner: Token, subjects: list[Token], family: str,
                modality: str, attribution: Token | None) -> list[Candidate]:
        opposed = _rallied_against(inner)
        if opposed is not None:
            # "called on Arabs to rise up against X": rallying opposition against X (113)
            return [Candidate("113", verb, subjects, opposed, modality, attribution, priority=3)]
        inner_code = self._inner_code(inner)
        if family == "02" and _insistent(inner):
            family = "10"  # "urged X to release them immediately and unconditionally": a demand
        code = family_code(family, inner_code)
        target = first_child(verb, ("dobj", "dative")) or prep_object(verb, "on") \
            or prep_object(verb, "upon") or first_subject(inner)
        return [Candidate(code, verb, subjects, target, modality, attribution, priority=3)]

    def _refusal(self, verb: Token, inner: Token | None, subjects: list[Token], modality: str,
                 attribution: Token | None) -> list[Candidate]:
        lemma = verb.lemma_.lower()
        obj = first_child(verb, ("dobj",))
        refuser = _passive_agent(verb)
        if refuser is not None and obj is None:
            # "Israel's offer was spurned by the Palestinians": the agent refuses what was proposed
            obj = first_child(verb, ("nsubjpass",))
            subjects = conjuncts_of(refuser)
        if lemma == "deny":
            if inner is not None and inner.dep_ == "ccomp":
                return self._clause(inner, None, "denied", subjects[0] if subjects else attribution)
            if inner is not None and inner.tag_ == "VBG":
                # "denied shelling the market": the act, denied by its alleged author;
                # "denied committing any violations": a denial of responsibility (016)
                denied = self._clause(inner, subjects, "denied", attribution)
                return denied or [Candidate("016", verb, subjects, None, modality, attribution, priority=2)]
            if obj is not None and obj.lemma_.lower() in DENIAL_NOUNS:
                return [Candidate("016", verb, subjects, prep_object(obj, "for"), modality, attribution, priority=2)]
        if obj is not None and obj.lemma_.lower() in PROPOSAL_NOUNS and not is_negated(verb):
            # "rejected/dismissed an appeal, a plan, an offer": CAMEO 12, by what was proposed
            # ("rejected calls for negotiations": 125)
            match = self._match(verb)
            code = match.code if match is not None and match.code and match.code[:2] == "12" else "120"
            content = prep_object(obj, "for") or prep_object(obj, "of") or obj
            code = next((c for vocab, c in OPPOSED_PROPOSALS if content.lemma_.lower() in vocab
                         or content.lower_ in vocab), code)
            proposer = prep_object(obj, "from") or prep_object(obj, "by") or first_child(obj, ("poss",))
            return [Candidate(code, verb, subjects, proposer, modality, attribution, priority=2)]
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

    def _violent_act_code(self, tok: Token) -> str | None:
        """The CAMEO code of a noun naming a violent act ("the raid", "the blast"), else None."""
        code = self.lexicon.nouns.get(tok.lemma_.lower()) or self.lexicon.nouns.get(tok.lower_) \
            or ("190" if _fire_exchange(tok) else None)
        if code is None and tok.lemma_.lower() in UNATTRIBUTED_ATTACKS:
            code = "183" if tok.lemma_.lower() in BOMB_WORDS else "190"
        code = self._refine_code(code, tok) if code is not None else None  # ("air strike": 195, not 143)
        return code if code is not None and code[:2] in VIOLENT_ROOTS else None

    def _violent_noun(self, tok: Token) -> bool:
        return self._violent_act_code(tok) is not None

    def _is_act(self, tok: Token) -> bool:
        """A noun or gerund naming a violent act ("the attack", "shelling")."""
        if tok.tag_ == "VBG":
            code = (self._match(tok) or None) and self._match(tok).code
            return bool(code) and code[:2] in VIOLENT_ROOTS
        return self._violent_noun(tok)

    # -------------------------------------------------------------- nominal events
    def _nominal_events(self, sent: Span) -> list[Candidate]:
        """Event nouns with their actors: "air strikes on Houthi targets", "the offensive by
        Iraqi troops". Used only when no verb in the sentence carries an event."""
        out: list[Candidate] = []
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(negating_no(d) for d in children(c))
               for c in children(sent.root)):
            return []  # "no casualties were reported from the attacks": nothing happened to report
        for tok in sent:
            if tok.pos_ != "NOUN":
                continue
            attempt = _assassination_attempt(tok)
            if attempt is not None:
                # "an attempt to assassinate the governor (was foiled)": CAMEO 185
                out.append(Candidate("185", tok, [], first_child(attempt, ("dobj",)), priority=1))
                break
            code = self.lexicon.nouns.get(tok.lemma_.lower()) or self.lexicon.nouns.get(tok.lower_)
            if code is None or any(a.lemma_.lower() in NON_EVENT_VERBS for a in tok.ancestors):
                continue  # "fearing an assault by the rebels": feared, not done
            if any(c.lower_ in UNREAL_DETERMINERS for c in children(tok) if c.dep_ in ("det", "amod")):
                continue  # "any further incursion by drones", "a possible attack": not an act
            sides = _consultation_sides(tok) if code[:2] == "04" else []
            if len(sides) >= 2:
                # "the agreement followed a meeting in Luanda between Kagame and Lourenco": the
                # sides consulted each other
                out.append(Candidate(code, tok, sides, None, priority=1))
                break
            of = prep_object(tok, "of")
            # "the expulsion of five diplomats by Russia": the parser may hang "by" on the object
            source = prep_object(tok, "by") or _participle_agent(tok) or (prep_object(of, "by") if of is not None else None)
            target = next((o for p in NOMINAL_PREPS_TARGET if (o := prep_object(tok, p)) is not None
                           and o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
                           and o.lemma_.lower() not in SIDELINE_WORDS), None)
            if target is None and of is not None and code[:2] in ("16", "17", "18") and source is not None:
                target = of  # "the arrest / expulsion / abduction of X": X is acted on
            if code == "174" and target is not None and target.lemma_.lower() in ENVOY_WORDS | {"diplomat"}:
                code = "161"  # expelled diplomats, as the verb "expelled the ambassador": relations cut
            if source is None and target is None:
                continue
            code = self._refine_code(code, tok)
            if code in ("190", "180"):
                # a sentence no verb could code ("A bomb ... ripped through a convoy ..., in an
                # attack claimed by X"): its weapon words name the attack's kind
                by_weapon = _weapon_code(tok, sent.root)
                code = by_weapon if by_weapon != "190" else code
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in ("be",) and source is None:
                continue  # "the attack was a tragedy" (but "the expulsion of X by Y ... was a reprisal")
            if tok.dep_ == "nsubj" and tok.tag_ == "NNS" and tok.head.lemma_.lower() in STATIVE_VERBS \
                    and any(c.dep_ in ("acomp", "attr") for c in children(tok.head)):
                continue  # "attacks by drones remain contentious": a kind of act judged, none done
            if _characterised(tok):
                # '"This is another barbaric attack by Russia," the EU said': the speaker's
                # condemnation of the attacker (111), not a report of an attack
                speaker = _sentence_speaker(sent)
                if speaker is None or source is None:
                    continue
                out.append(Candidate("111", tok, [speaker], source, priority=1))
                break
            out.append(Candidate(code, tok, [source] if source is not None else [], target, priority=1))
            break  # the first event noun with actors is the reported event
        return out

    def _refine_code(self, code: str, trigger: Token) -> str:
        """Weapon words narrow a generic fight (190) to aerial (195) or artillery (194);
        an "air strike" is not a labour strike, a "hunger strike" is 142."""
        if code == "194" and (arms := prep_object(trigger, "with")) is not None and arms.lower_ in HAND_WEAPON_WORDS:
            return "193"  # PETRARCH's "(WITH &WEAPON) [194]": "opened up with assault rifles" is small arms
        if code[:2] in VIOLENT_ROOTS and _test_launch(trigger):
            return "150"
        if code[:2] in ("03", "04", "05", "06") and _fighting_joined(trigger):
            return "190"  # "more than 100 gunmen took part in a series of shootouts": they fought
        if code[:2] in ("18", "19") and _police_search(trigger):
            return "170"  # "police raided the offices of an election monitoring group": coercion, no battle
        if code[:2] == "19" and _retort(trigger):
            return "111"  # "the spokesman hit back, denying the rebels' account": a retort
        if code[:2] == "18" and trigger.lemma_.lower() in ("wound", "injure", "hurt") \
                and (struck := prep_object(trigger, "in")) is not None and struck.lemma_.lower() in ("strike", "airstrike"):
            # "people were wounded in the strike": hurt in an air strike, the strike's code
            return "195"
        if code in ("052", "053") and trigger.lemma_.lower() in DENOUNCING_VERBS:
            # PETRARCH's "DENOUNCE * SANCTIONS / &DETENTION [053]" reads a denunciation as support
            # for the sanctioned or detained; the codebook's 111 is the denunciation itself
            return "111"
        if code == "154" and prep_object(trigger, "to") is not None and _words_below(trigger, OTHER_CLAUSES) & PEACEKEEPING_WORDS:
            # "sent airborne troops to Kazakhstan as peacekeepers": CAMEO 074, "provide military
            # protection or peacekeeping", not a mobilisation against the host
            return "074"
        obj = first_child(trigger, ("dobj",))
        taken = obj or first_child(trigger, ("nsubjpass",))
        if code.startswith("171") and trigger.lemma_.lower() in SNATCH_VERBS and taken is not None \
                and (_is_person(taken) or _bare_count(taken) and taken.dep_ == "nsubjpass"
                     or taken.dep_ == "nsubjpass" and taken.lower_ in ("they", "he", "she", "we")):
            return "181"  # "were taken at gunpoint", "snatched four aid workers": people seized are abducted
        if code[:2] == "17" and trigger.lemma_.lower() in SNATCH_VERBS and taken is not None \
                and any(t.lower_ == "unknown" for t in trigger.subtree):
            return "181"  # "took the journalist to an unknown location": disappeared, whoever took him
        if obj is not None and obj.lemma_.lower() in MEASURE_OF_EVENTS:
            obj = _measured_event(obj) or obj  # "carried out a wave of strikes"
        strike = trigger if trigger.lemma_.lower() == "strike" else (
            obj if obj is not None and obj.lemma_.lower() == "strike" else None) or (
            prep_object(trigger, "on") if trigger.lemma_.lower() == "go" else None)
        if strike is not None and strike.lemma_.lower() != "strike":
            strike = None
        if strike is not None and code.startswith("14"):
            code = _strike_code(strike, trigger)
            if code.startswith("14"):
                return code
        if code[:2] in ("18", "19") and code != "1831" and _suicide_attack(trigger):
            return "1831"  # a suicide attack whatever the verb's dictionary code ("rammed", "struck")
        killing = trigger if trigger.pos_ == "NOUN" else first_child(trigger, ("dobj",))
        if code in ("190", "180") and killing is not None and killing.lemma_.lower() == "killing" \
                and any(c.lower_ == "mass" for c in children(killing)):
            return "202"  # "(carried out) mass killings": CAMEO 202 Engage in mass killings
        if code[:2] not in ("18", "19") and code not in KILLING_CODES:
            return code
        if _particle(trigger) == "down" or trigger.lemma_.lower() in ("intercept", "down"):
            return code  # "shot down a helicopter": the aircraft is the target, not the means
        # the act's own words and its subject's, not those of clauses hung on it ("opened fire
        # after the explosion" is no bombing); a passive killing's cause clause is its own
        # ("were killed when the rebels shelled the town")
        passive = any(c.dep_ == "nsubjpass" for c in children(trigger))
        gear = _doers_gear(trigger) if trigger.pos_ == "VERB" else set()
        words = _words_below(trigger, OTHER_CLAUSES - ({"advcl"} if passive else set()), gear) \
            | {trigger.lower_, trigger.lemma_.lower()}
        if passive:  # ("were killed and 100 wounded in rebel rocket fire": the means on the coordinated verb)
            for conj in (c for c in children(trigger) if c.dep_ == "conj" and c.tag_ == "VBN"):
                words |= _words_below(conj, OTHER_CLAUSES)
        if trigger.pos_ == "VERB":
            # (the doers' words even in clauses of their own: "bombers, who ...")
            for doer in (c for c in children(trigger) if c.dep_ in ("nsubj", "agent")):
                words |= {t.lower_ for t in doer.subtree if t.i not in gear}
        words -= _bombers_killed(trigger)  # "troops killed four suicide bombers": the bombers are the dead
        if _crowd_control(words) and code[:2] == "19":
            return "175"  # "hit with tear gas canisters": crowd control, not artillery
        if trigger.pos_ == "VERB" and any(a.dep_ == "advcl" and a.tag_ == "VBG" and a.lemma_.lower() in ("fire", "use")
                                          and _crowd_control(_words_below(a, OTHER_CLAUSES)) for a in children(trigger)):
            return "175"  # "clashed with supporters, firing tear gas and rubber bullets": repression
        if passive and code[:2] == "18" and (_cause_clash_opponent(trigger) is not None or _cause_clash(trigger)):
            code = "190"  # "were wounded when troops exchanged fire with rebels": hurt in a fight
        if passive and code[:2] == "18" and _crowd_control(words):
            return "175"  # "were injured as police fired tear gas": repression
        if code not in ("190", "19", "180", "193", "183") and code not in KILLING_CODES:
            return code
        sub = weapon_subtype(words)
        if code in KILLING_CODES:
            # "helicopters killed 12 civilians": the means names the code (195 aerial, 194 artillery)
            return {"Air/drone strike": "195", "Shelling/artillery/missile attack": "194"}.get(
                sub[1] if sub else "", code)
        if sub is None:
            # a bomb attack without aircraft or artillery is a non-military bombing (183); the
            # dictionary's weapon-subject pattern (183) also takes machetes and guns, which bomb nothing
            bombing = bool({"bomb", "bombing", "explosive", "explosion", "blast", "ied", "device"} & words)
            return "183" if bombing else "190" if code == "183" else code
        if sub[1] == "Air/drone strike":
            return "195"
        if sub[1] == "Shelling/artillery/missile attack":
            return "194"
        if sub[1] in ("Suicide bomb",):
            return "1831"
        if sub[1] == "Remote explosive/landmine/IED":
            return _ied_code(words)
        return code

    # -------------------------------------------------------------- actors
    def _actors(self, verb: Token, subjects: list[Token], match: VerbMatch | None
                ) -> tuple[list[Token], Token | None]:
        passive = (any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) or _elliptic_passive(verb)
                   or _participle_complement(verb)
                   or (_reduced_passive(verb) and bool(subjects) and subjects[0] == verb.head)) and not (
            verb.lemma_.lower() in IN_LIGHT_VERBS and prep_object(verb, "in") is not None)
        if passive:  # ("were engaged in ..." is a state of the subject, not a passive)
            agent = next((c for c in children(verb) if c.dep_ == "agent"), None) or _shared_agent(verb)
            agent_obj = first_child(agent, ("pobj", "pcomp")) if agent is not None else None
            if agent_obj is not None and agent_obj.lemma_.lower() in MEASURE_OF_EVENTS:
                agent_obj = _measured_event(agent_obj) or agent_obj  # "by a series of attacks by gangs"
            author = _act_author(agent_obj) if agent_obj is not None and self._is_act(agent_obj) else None
            fired_from = prep_object(verb, "from") if agent_obj is not None and author in (None, agent_obj) else None
            if fired_from is not None and (fired_from.lower_ in ARMED_WORDS or fired_from.ent_type_ in ("NORP", "ORG")):
                author = fired_from  # "killed by mortar fire from Tajik forces", the phrase on the verb
            if author is not None and author != agent_obj:
                agent_obj = author  # "killed by shelling launched by the RSF": the shelling's author
            agent_obj = agent_obj if agent_obj is not None else _summoner(verb)
            parties = _clash_parties(verb) if agent_obj is None else []
            if not parties and agent_obj is None and subjects and _caught_in_a_clash(verb):
                parties = _dead_of_both_sides(subjects[0])
            between = prep_object(verb, "between") if agent_obj is None and not parties else None
            if between is not None and between.pos_ != "PRON":
                parties = conjuncts_of(between)  # "an agreement was signed between X and Y"
            if parties:
                # "85 civilians were killed in clashes between the army and the RSF": the
                # event is the clash, side against side; the dead are its casualties
                return parties, None
            opponent = _clash_opponent(verb) if agent_obj is None else None
            sources = conjuncts_of(agent_obj) if agent_obj is not None else (
                [opponent] if opponent is not None else _cause_subjects(verb))
            if not sources and agent_obj is None:
                # "soldiers were killed in Pakistani firing / in shelling by the RSF": the author of
                # the act they were hurt in
                # ("in Russian shelling" may be parsed as the nationality alone in the phrase, the
                # gerund hung on the verb)
                setting = next((a for p in ("in", "during") if (a := prep_object(verb, p)) is not None), None)
                wrecked = setting is not None and setting.ent_type_ == "NORP" and setting.i + 1 < len(setting.doc) \
                    and setting.nbor(1).head.i == verb.i and self._is_act(setting.nbor(1))
                author = setting if wrecked else _act_author(setting) if setting is not None \
                    and self._is_act(setting) else None
                sources = [author] if author is not None and (wrecked or author.i != setting.i) else []
            target = subjects[0] if subjects else None
            fought = _cause_clash_opponent(verb) if agent_obj is None and opponent is None and sources else None
            if fought is None and agent_obj is None and opponent is None and _cause_clash(verb):
                # "one was killed when Tajik and Kyrgyz forces exchanged fire": the sides fought
                return sources, None
            if fought is not None:
                # "four people were killed as troops clashed with militants": the clash, side on
                # side; the dead are its casualties
                return sources, fought
            # (or hurt men of the force itself: "two policemen were injured when police charged
            # the agitators": hurt by the crowd, the force's act aimed at the crowd)
            aim = _cause_aim(verb) if agent_obj is None and opponent is None and sources \
                and target is not None and (_bare_count(target) or _fellow_force(target, sources)) else None
            if aim is not None:
                # "dozens were injured as police fired tear gas at opposition activists": the
                # uncounted hurt are among those fired on
                return sources, aim
        else:
            between = prep_object(verb, "between") if verb.tag_ == "VBG" and not subjects else None
            if between is not None:
                # "Fighting between the army and the rebels flared ...": the sides, on each other
                return conjuncts_of(between), None
            sources = subjects
            target = None
            if match is not None and match.target and match.target.startswith("prep:"):
                target = prep_object(verb, match.target[5:])
            if target is None:
                target = first_child(verb, ("dobj", "dative"))
            if target is not None and target.dep_ == "dobj" and target.lemma_.lower() in MEASURE_OF_EVENTS:
                target = _measured_event(target) or target  # "a package of sanctions against Russia"
            if match is not None and match.code and target is not None and target.dep_ == "dobj" \
                    and target.lemma_.lower() in self.lexicon.nouns:
                # "welcomed the talks / criticised the exercises between X and Y": the two sides
                target = sides_between(target) or target
            author = _author_of(target, verb) if target is not None and target.dep_ == "dobj" and (
                target.lemma_.lower() in self.lexicon.nouns or target.lower_ in MILITARY_MOVE_WORDS) else None
            repelled = target is not None and target.lower_ in MILITARY_MOVE_WORDS and (
                _repelling(verb))
            if author is None and repelled and target.dep_ == "dobj":
                # "fought off a rebel assault", "repelled a Russian attack": on its authors
                author = _act_author(target)
                author = None if author == target else author
            if author is None and target is not None and target.dep_ == "dobj" and match is not None \
                    and (match.code or "")[:2] in ("11", "12") and (
                        target.lemma_.lower() in self.lexicon.nouns or target.lemma_.lower() in TESTED_ACTS):
                # "condemned the North Korean missile tests", "criticised the Russian attack"
                named = _act_author(target)
                if named == target:  # "South Korean military exercises": its nationality
                    named = next((c for c in target.lefts if c.ent_type_ in ("NORP", "GPE")), None)
                author = named if named is not None and (
                    named.ent_type_ in ("NORP", "GPE", "ORG") or named.pos_ == "PROPN") else None
            if author is not None:
                # "condemned the attack by the rebels", "blocked a march by students": the
                # act's author is the one acted on
                target = author
            elif repelled:
                target = None  # "repelled an attack on the village": by no one named
            elif target is not None and target.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS \
                    and target.lemma_.lower() in self.lexicon.nouns:
                # "carried out strikes on the suburbs", "ordered the arrest of the leader": the
                # act's aim, not the act ("held talks with X": the party talked with)
                # ("lodged a protest with the Indian government": the one complained to)
                preps = ("with",) if self.lexicon.nouns[target.lemma_.lower()][:2] == "04" else \
                    ("with", "to", "against") if self._lemma(verb) in COMPLAINT_VERBS else ("on", "against", "at", "of")
                target = next((o for p in preps if (o := prep_object(target, p)) is not None
                               and o.ent_type_ not in ("DATE", "TIME")), None)
            elif target is not None and target.dep_ == "dobj" and (
                    target.lemma_.lower() in MEASURE_NOUNS or target.lower_ in MEASURE_NOUNS
                    or target.lower_ in FIRED_WEAPON_WORDS | GUNFIRE_WORDS or self._used_means(verb, target)
                    or (target.lower_ in SUPPLY_HEADS and self._lemma(verb) in SUPPLY_VERBS)):
                # "imposed sanctions on Iran", "cut aid to Egypt": the measure's addressee
                target = next((o for p in MEASURE_PREPS if (o := prep_object(target, p) or prep_object(verb, p))
                               is not None and o.ent_type_ not in ("DATE", "TIME")), None)
            elif target is not None and target.dep_ == "dobj" and target.lemma_.lower() in ("note", "letter") \
                    and self._lemma(verb) in COMPLAINT_VERBS:
                # "handed a note of protest to Tajikistan": the one it was handed to
                carried = prep_object(target, "of")
                target = next((o for h in (verb, target, carried) if h is not None
                               if (o := prep_object(h, "to")) is not None), None)
            if target is not None and target.dep_ == "dobj" and target.lemma_.lower() in PRAISED_QUALITIES:
                # "praised the bravery of the detachment / their courage": whose it is
                target = prep_object(target, "of") or first_child(target, ("poss",)) or target
            if target is None and match is not None and match.prep:
                target = prep_object(verb, match.prep)
                if target is not None and target.lemma_.lower() == "control" and match.prep == "for":
                    target = None  # "battled for control of the base": the place fought over, no party
            if target is None and verb.lemma_.lower() in GROUP_CHANGE_LEMMAS and match is not None \
                    and match.code == "120":
                # "broke away from the movement", "defected with 40 fighters": the side left
                return sources, next((o for h in (verb, *children(verb)) if (o := prep_object(h, "from")) is not None), None)
            if target is None:
                target = next((o for p in TARGET_PREPS if (o := prep_object(verb, p)) is not None
                               and o.ent_type_ not in ("DATE", "TIME")), None)
            if target is None and (match is None or not match.prep):
                target = _shared_object(verb)  # "attacked and overran the checkpoint"
            if target is not None and target.dep_ == "pobj" and target.head.lower_ == "with" \
                    and target.ent_type_ != "PERSON" \
                    and (target.lemma_.lower() in INSTRUMENT_NOUNS and target.lower_ != "forces"
                         or target.lemma_.lower() in self.lexicon.nouns or target.lower_ in HAND_WEAPON_WORDS):
                # "retaliated with artillery strikes / with force": the means, not the one hit
                # (but "exchanged fire with Iraqi forces"); "fired at officers with rifles": the
                # one fired at; "talks with Jeremy Hunt": a person, whatever his name means
                target = next((o for p in TARGET_PREPS if p != "with" and (o := prep_object(verb, p)) is not None
                               and o.ent_type_ not in ("DATE", "TIME")), None)
        if match is not None and match.swap and target is not None:
            sources, target = [target], (sources[0] if sources else None)
        if target is not None and target.pos_ not in ("NOUN", "PROPN", "PRON") \
                and not (target.dep_ == "amod" and (target.lower_ in ARMED_WORDS or target.ent_type_ == "NORP")):
            target = None  # (but "a rebel / Russian assault": its author, read as an adjective)
        return sources, target

    def _alleged_act(self, verb: Token, doer: Token | None, speaker: Token | None,
                     modality: str) -> Candidate | None:
        """The violent act of "X of/for ACT" when X is said to have done it: "accused the army of
        shelling the town", "blamed the RSF for a barrage of mortar rounds", "claimed
        responsibility for an attack in which a suicide bomber blew himself up"."""
        # ("claimed responsibility on Thursday for ...": the parser may hang "for" on the verb)
        holders = [first_child(verb, ("dobj",)), verb] if self._lemma(verb) == "claim" else \
            [verb, doer, *(c for c in children(verb) if c.dep_ == "dobj")]
        if doer is None or holders[0] is None or modality not in ("asserted", "reported") or verb.tag_ not in ("VBD", "VBN"):
            return None  # "rights groups accuse the army of killings" (present): a pattern, not an act
        # the parser hangs "of / for ACT" on the verb or on the accused
        for prep in (c for h in holders for c in children(h) if c.dep_ == "prep" and c.lower_ in ("of", "for")):
            act = first_child(prep, ("pcomp", "pobj"))
            if act is None:
                continue
            act = _measured_event(act) or act if act.lemma_.lower() in MEASURE_OF_EVENTS else act
            if act.lower_ == "one":
                act = prep_object(act, "of") or act  # "one of the deadliest attacks on the police"
            if act.pos_ == "VERB":
                code = self._inner_code(act)
            elif act.lower_ in WEAPON_SUBJECT_WORDS | FIRED_WEAPON_WORDS:
                code = _weapon_code(act, act)  # "blamed the RSF for a barrage of mortar rounds"
            else:
                code = self.lexicon.nouns.get(act.lemma_.lower())
            if code is None or code[:2] not in VIOLENT_ROOTS:
                continue
            code = self._refine_code(code, act)
            if act.pos_ == "VERB":
                _, target = self._actors(act, [doer], self._match(act))
            else:
                target = next((o for p in ("on", "against", "at") if (o := prep_object(act, p)) is not None), None)
            return Candidate(code, act, [doer], target, "reported", speaker, priority=1)
        return None

    def _not_acted_on(self, c: Candidate, targets: list[Actor]) -> bool:
        """The target phrase names no party: an act or text ("lodged an official protest"), or
        the source's own forces in a non-violent act ("offered its troops to Mali")."""
        tok = c.target
        if tok is None or not targets:
            return False
        lemma = tok.lemma_.lower()
        if lemma in UNIT_NOUNS and any(a.roles for a in targets):
            return False  # "attacked an army patrol": the soldiers on it, not the act of patrolling
        if lemma in self.lexicon.nouns or lemma in PROPOSAL_NOUNS | RELEASED_TEXTS | INFORMATION_WORDS:
            return True
        if tok.dep_ == "dobj" and c.trigger.lemma_.lower() in CONVEYING_VERBS and prep_object(c.trigger, "to") is not None \
                and not _is_person(tok):
            return True  # "conveyed the government's appreciation to China": what is conveyed
        if lemma in FORCE_WORDS and c.code[:2] not in VIOLENT_ROOTS and any(
                x.dep_ == "poss" and x.lower_ in ("its", "their") for x in children(tok)):
            return True  # "threatened to pull its troops out of Mali": its own forces
        if c.code[:2] == "13" and lemma in STEP_NOUNS | REACTION_NOUNS | THREATENED_RESPONSES:
            return True  # "threatened military action / a military response": the act threatened
        own = any(x.dep_ == "poss" and x.pos_ == "PRON" for x in children(tok)) or tok.dep_ == "dobj"
        # "mobilized army reservists for a war against Iraq": the forces are the doer's own
        # (but forces accused, urged or praised are the ones spoken of: "accused government troops of ...")
        return (lemma in FORCE_WORDS or tok.lower_ in OWN_FORCE_WORDS) and own and c.code[:2] not in VIOLENT_ROOTS \
            and c.code[:2] not in ADDRESSED_ROOTS

    def _implied_targets(self, c: Candidate, sources: list[Actor | None],
                         doc_actors: ActorLookup | None) -> list[Actor]:
        """Who is acted on when the object names no one: the author of a rejected or welcomed
        proposal ("a Ugandan request", "Tanzania's demand", "calls by the UN"), the party a
        measure or act is aimed at ("the curfew on Palestinians", "asylum to Rwandan rebels",
        "ties with Iran"), the subject of a demanded clause ("demanded that Israel withdraw")."""
        if doc_actors is None or c.trigger.pos_ not in ("VERB", "AUX"):
            return []
        own = {a.code for a in sources if a is not None}
        # (a show of force is on others: "mobilised its navy fleet" names its own forces)
        posture_own = {a.country for a in sources if a is not None and a.country} if c.code[:2] == "15" else set()
        dead = _victims(c.trigger) if c.code[:2] in ("18", "19", "20") else None
        if dead is not None:
            # "a suicide bomber blasted an outdoor market, killing six people": those it killed
            found = [a for a in _unique_actors([_resolve_party(doc_actors, t) for t in conjuncts_of(dead)])
                     if _coded(a) and a.code not in own]
            if found:
                return found
        act = first_child(c.trigger, ("dobj",))
        if c.code[:2] == "11" and act is not None and act.lemma_.lower() in STANCE_NOUNS:
            # "expressed disapproval of the launch by North Korea": the act judged is inside
            act = next((o for p in ("of", "over", "at", "about") if (o := prep_object(act, p)) is not None), act)
        judged = c.code[:2] == "11" and act is not None and (
            act.lemma_.lower() in self.lexicon.nouns or act.lower_ in MILITARY_MOVE_WORDS
            or act.lemma_.lower() in CONFLICT_WORDS | _JUDGED_ACTS)
        if _object_head_in(c.trigger, MILITARY_MOVE_WORDS) and (
                _repelling(c.trigger)) or judged:
            # "repelled an attack by the RSF on the village": its authors were fought, not the
            # village; "condemned the attacks by the ADF": their authors are condemned
            author = _act_author(act) if act is not None else None
            if author is None and judged and not any(x.dep_ in ("auxpass", "nsubjpass") for x in children(c.trigger)):
                author = prep_object(c.trigger, "by")  # (the act's "by" hung on the active verb)
            # ("the drills by the US and South Korea": each author)
            found = [a for a in _unique_actors([_resolve(doc_actors, np_span(t)) for t in conjuncts_of(author)])
                     if _coded(a) and a.code not in own] if author is not None and author != act else []
            if found:
                return found
            if not judged:
                return []
        provocation = _provocation(c.trigger) if c.code[:2] == "13" else None
        author = _act_author(provocation) if provocation is not None else None
        if provocation is not None and author in (None, provocation) \
                and not any(x.dep_ in ("auxpass", "nsubjpass") for x in children(c.trigger)):
            author = prep_object(c.trigger, "by")  # (the act's "by" hung on the verb)
        if author is not None and author != provocation:
            # "threatened retaliation over / in response to drills by the US and South Korea":
            # the threat is aimed at those whose act provoked it
            found = [a for a in _unique_actors([_resolve(doc_actors, np_span(t)) for t in conjuncts_of(author)])
                     if _coded(a) and a.code not in own]
            if found:
                return found
        restriction = _restriction_object(c.trigger)
        # an appeal for an act there, or force used on unnamed targets there ("struck several
        # targets in southern Lebanon", "held drills off Taiwan"), or an act condemned there
        # ("condemned the attack on a village in Sagaing"), is aimed at the place's side
        place_aimed = c.code[:2] in ("02", "10", "15", "19") or judged
        for tok in _implied_target_tokens(c.trigger, c.target, place_aimed=place_aimed):
            if c.code[:2] == "14" and tok.head.lower_ == "for":
                continue  # "rallied against an amnesty for separatists": they gain by it, not protested at
            if tok.head.lower_ == "with" and (tok.lemma_.lower() in INSTRUMENT_NOUNS
                                              or tok.lemma_.lower() in self.lexicon.nouns):
                continue  # "retaliated with artillery strikes": the means
            found = [a for a in _unique_actors([_resolve_party(doc_actors, t) for t in conjuncts_of(tok)])
                     if _coded(a) and a.code not in own and a.country not in posture_own]
            if found and restriction and tok.head.lower_ == "in":
                # "a curfew in Abidjan": a restriction on a place falls on its people
                found = [replace(a, code=a.country + "CVL", roles=["CVL"]) if a.code == a.country else a
                         for a in found]
            if found:
                return found
        return []

    def _condemned_attackers(self, c: Candidate, sources: list[Actor | None], sent: Span,
                             doc_actors: ActorLookup | None) -> list[Actor]:
        """"Condemned the attack" with no author named: the attack is one already told, so its
        doer is condemned (the story's last attack with a known doer); failing that, the
        unidentified armed men of the condemning state's own country, as event coders record
        a state condemning an attack at home (X/ARMED) when no foreign state is in the sentence."""
        act = first_child(c.trigger, ("dobj",))
        if act is not None and act.lemma_.lower() in STANCE_NOUNS | {"rejection", "repudiation"}:
            # "expressed his total rejection of the armed attack": the act judged is inside
            act = next((o for p in ("of", "over", "at") if (o := prep_object(act, p)) is not None), act)
        if act is None or act.lemma_.lower() not in TERROR_ACT_NOUNS or not _definite(act):
            return []  # (not "the raid", "the strikes": a state's forces' acts, named elsewhere)
        own = {a.code for a in sources if a is not None}
        told = next((e.source for e in reversed(getattr(self._local, "prior", []))
                     if e.cameo[:2] in ("18", "19", "20") and e.source is not None and e.source.code
                     and e.source.code not in own), None)
        if told is not None:
            return [told]
        state = next((a for a in sources if a is not None and a.country and a.code.startswith(a.country)), None)
        if state is None or not hasattr(doc_actors, "mentioned_countries") \
                or set(doc_actors.mentioned_countries(sent)) - {state.country}:
            return []
        return [Actor(text="", name=f"unidentified armed group ({state.country})", code=f"{state.country}UAF",
                      country=state.country, roles=["UAF"])]

    def _used_means(self, verb: Token, obj: Token) -> bool:
        """"used force / tear gas / barrel bombs against X": the means, not the one acted on."""
        words = {obj.lower_, obj.lemma_.lower()}
        return self._lemma(verb) in USE_VERBS and (
            _first_class(words, USE_WEAPON_CODES) is not None
            or bool(words & (HAND_WEAPON_WORDS | WEAPON_SUBJECT_WORDS | FIRED_WEAPON_WORDS)))

    # -------------------------------------------------------------- records
    def _build_events(self, document: Document, sent: Span, s_index: int,
                      cands: list[Candidate], doc_actors: ActorLookup | None) -> list[Event]:
        spans: dict[int, Span] = {}
        for c in cands:
            _sender_acts(c)
            _conditioned_party(c)
            _reported_gerund_doer(c)
            _sanctioned_in_place(c)
            _forces_hosted(c)
            _goods_to_origin(c)
            if c.code in ("074", "0334") and _self_defence(c.trigger):
                # "would defend itself if Ethiopia goes ahead", "will take measures to defend its
                # sovereignty": force promised against whoever threatens it, a threat (138)
                c.code = "138"
                c.target = c.target if c.target is not None and c.target.lower_ not in REFLEXIVES else None
            if c.target is None and c.code[:2] in VIOLENT_ROOTS | {"17"}:
                c.target = _partitive_sufferer(c.trigger)  # (not a show of force: the deployed are its own)
            if not [s for s in c.sources if s is not None] and c.code[:2] in VIOLENT_ROOTS \
                    and c.trigger.lemma_.lower() in DEATH_VERBS and (foe := _clash_opponent(c.trigger)) is not None:
                c.sources = [foe]  # "six soldiers died in clashes with rebels": the rebels fought them
            if c.target is not None and c.target.pos_ == "PRON":
                c.target = (_object_pronoun_antecedent(c.target, c.sources)
                            or _group_pronoun_antecedent(c.target, c.sources, doc_actors) or c.target)
            if c.target is not None and (c.target.lower_ in MEDIA_CHANNELS and c.target.head.lower_ == "on"
                                         or c.target.ent_type_ in ("DATE", "TIME")):
                # "claimed the attack on social media / on Telegram": where it said so; "an
                # attack ... on Saturday has killed four": when, and the dead are the ones hit
                c.target = _aim_not_a_time(c.trigger) if c.target.ent_type_ in ("DATE", "TIME") else None
            held = c.target if c.target is not None else first_child(c.trigger, ("dobj",))
            if held is not None and held.lemma_.lower() == "control" and c.code.startswith("192"):
                c.target = prep_object(held, "of") or c.target  # "seized control of the town": the town
            targets = parties_of(c.target) if c.target is not None else []
            for tok in [*c.sources, *targets, c.attribution if isinstance(c.attribution, Token) else None]:
                if tok is not None:
                    spans.setdefault(tok.i, np_span(tok))
        resolved: dict[int, Actor | None] = {}
        for i, span in sorted(spans.items(), key=lambda kv: kv[1].start):
            resolved[i] = None if _names_an_act(span.root) else (
                _resolve(doc_actors, span) or _led_coalition(span.root, doc_actors))
        for i, span in spans.items():
            holder = member_of(span.root) if resolved.get(i) is not None else None
            if holder is not None:
                # "counterparts from Pakistan and China": each country's counterpart (PAKGOV, CHNGOV)
                resolved[i] = _in_role_of(resolved[i], _resolve(doc_actors, np_span(holder)))
            resolved[i] = _armed_forces_of_hardware(_modifier_nationality(resolved.get(i), span, doc_actors), span)
        events: list[Event] = []
        for c in cands:
            if not c.sources and c.target is None and c.attribution is None and not _attack_that_came(c):
                continue  # no one acts and no one is acted on: a fragment or a heading
            if c.code[:2] in ("18", "19") and _accidental_blast(c.trigger):
                continue  # "five workers died in a gas explosion at a factory": an accident
            if self.lexicon.authoritative:
                events.extend(self._dictionary_events(document, sent, s_index, len(events), c, resolved,
                                                      doc_actors))
                continue
            # one event per target actor, as per source actor: "visited Mauritania and Senegal"
            # "killed ten civilians, locals and media reports said": reports are never acted on
            targets = _distinct_codes([resolved.get(t.i) for t in parties_of(c.target)
                                       if t.lemma_.lower() not in RELEASED_TEXTS]) if c.target is not None else []
            if not targets and c.code[:2] in ("18", "19", "20"):
                # "murdered Florentino Mesa Noscue": a person no dictionary lists is a civilian
                victim = _unlisted_victim(c, [resolved.get(s.i) for s in c.sources], sent, doc_actors)
                targets = [victim] if victim is not None else targets
            mutual_pair = len(c.sources) == 2 and c.code[:2] in RECIPROCAL_ROOTS and c.target is None
            if (not targets or self._not_acted_on(c, targets)) and not mutual_pair:
                # (two sides of a clash or talks act on each other, not on the place)
                targets = self._implied_targets(c, [resolved.get(s.i) for s in c.sources], doc_actors) or (
                    [] if c.target is not None and self._not_acted_on(c, targets) else targets)
            if not targets and c.code == "145" and c.trigger.lemma_.lower() in THROW_VERBS | {"pelt"} \
                    and any(resolved.get(s.i) is not None for s in c.sources):
                # "when police charged at them, activists began throwing brickbats": stones are
                # thrown at the police the sentence names
                own = {id(resolved.get(s.i)) for s in c.sources}
                targets = [a for a in resolved.values() if a is not None and id(a) not in own
                           and "COP" in a.roles and a.country][:1]
            if not targets and (c.code[:2] == "14" or c.code.startswith("082")):
                targets = _protest_addressee([resolved.get(s.i) for s in c.sources])
            if not targets and c.code[:2] == "11":
                targets = self._condemned_attackers(c, [resolved.get(s.i) for s in c.sources], sent, doc_actors)
            if not targets and c.code[:2] == "17":
                targets = _crowd_repressed(c, sent, [resolved.get(s.i) for s in c.sources], doc_actors)
            if not targets and _place_acted_on(c) and hasattr(doc_actors, "place_country"):
                # "shelled the village", "abandoned the city of Kherson": the place's country is
                # acted on, as CAMEO codes a named country or city
                place = doc_actors.place_country(c.target)
                # (not the doer's own country, which an unnamed place would borrow: "the city has
                # been subject to Russian airstrikes")
                doers = {a.country for s in c.sources if (a := resolved.get(s.i)) is not None}
                if place is not None and place.country in doers:
                    # (but a place named in the doer's own country is: "Ethiopia's air strike on Mekelle")
                    place = doc_actors.place_country(c.target, own_name_only=True)
                    others = [k for k in doc_actors.mentioned_countries(sent) if k not in doers] \
                        if place is None and doers else []
                    if len(others) == 1 and c.code[:2] in ("18", "19", "20") and c.target.lower_ in BARE_PLACE_NOUNS \
                            and any(d.dep_ == "det" and d.lower_ == "the" for d in children(c.target)):
                        # "Kharkiv police said Moscow fired missiles at the city": the one other
                        # country the sentence places anything in
                        place = replace(doc_actors.place_country(c.target), code=others[0], country=others[0],
                                        name=doc_actors.knowledge.country_names[others[0]])
                targets = [place] if place is not None else []
            # (armed groups' conquests only: a state's forces retaking a town are in their own
            # country, and a place's name alone can mislead there, "the Russian-occupied village")
            nonstate = any(a is not None and set(a.roles) & ARMED_ROLES and not set(a.roles) & {"MIL", "GOV", "COP"}
                           for a in (resolved.get(s.i) for s in c.sources))
            taken = first_child(c.trigger, ("dobj",)) if not targets and c.target is None and nonstate \
                and c.code.startswith("192") else None
            if taken is not None and _is_place(taken) and taken.lemma_.lower() not in HELD_POSITIONS \
                    and hasattr(doc_actors, "place_country"):
                # "seized the town of Bunia", "captured the village of Robotyne": the place's
                # country, by the place's own name
                place = doc_actors.place_country(taken, own_name_only=True)
                targets = [place] if place is not None else []
            if not targets and c.code[:2] in ("18", "19", "20") and hasattr(doc_actors, "place_country"):
                # "bombed a house in the village of X", "hit a vessel in Odesa port": what was
                # struck is in a named place, whose country is acted on
                where = _place_of_thing_struck(c)
                place = doc_actors.place_country(where, own_name_only=True) if where is not None else None
                targets = [place] if place is not None else []
            if not targets and c.code[:2] == "04" and len(c.sources) == 1 and hasattr(doc_actors, "country_mentions"):
                host = _host_country(c, resolved.get(c.sources[0].i), doc_actors)
                targets = [host] if host is not None else []
            states = [a for s in c.sources if (a := resolved.get(s.i)) is not None and a.country
                      and (a.code == a.country or set(a.roles) & _STATE_FORCE_ROLES)]
            if targets and c.code[:2] in ("18", "19", "20") and doc_actors is not None:
                targets = [_armed_among_victims(t, c, doc_actors) for t in targets]
            if targets and states and c.code[:2] in ("18", "19", "20") and hasattr(doc_actors, "other_countries"):
                targets = [_victims_not_of_doer(t, c, {a.country for a in states}, doc_actors) for t in targets]
            if c.trigger.pos_ == "NOUN" and not any(resolved.get(s.i) for s in c.sources) and c.code[:2] == "14" \
                    and c.sources and hasattr(doc_actors, "place_country"):
                # "protest rallies were held in the cities of X and Y": the people of the place
                # (placeless only when it is the sentence's one protest)
                crowd = _protesters_of_place(c, doc_actors, sum(1 for x in cands if x.code[:2] == "14") == 1)
                if crowd is not None:
                    resolved[c.sources[0].i] = crowd
            if c.code[:2] in ("18", "19", "20") and len(c.sources) == 1 and resolved.get(c.sources[0].i) is None:
                # "the killings were carried out by a group called 3R": a group no dictionary
                # lists that kills is an armed one, unidentified
                resolved[c.sources[0].i] = _unlisted_armed_group(c.sources[0], doc_actors)
            if c.trigger.pos_ == "NOUN" and not targets and not any(resolved.get(s.i) for s in c.sources) \
                    and doc_actors is not None and not _attack_that_came(c):
                continue  # a nominal event needs a recognised actor ("the battle against poverty")
            sources = _unique_actors([resolved.get(s.i) for s in c.sources] or [None])
            if sources == [None] and c.code[:2] == "14" and c.sources and hasattr(doc_actors, "place_country"):
                sources = [_crowd_of_place(c, doc_actors)]
            pair = doc_actors.pair_of(sources[0]) if len(sources) == 1 and sources[0] is not None \
                and hasattr(doc_actors, "pair_of") else []
            if len(pair) == 2:
                # "both countries blamed each other", with the pair named only by the headline
                sources = pair
                targets = [] if _each_other(c.trigger) else targets
            if sources == [None] and c.code[:2] == "17" and targets:
                sources = [_speaking_force(c, doc_actors) or _implied_authority(c.trigger, targets[0], doc_actors)]
            if sources == [None] and c.code[:2] == "19" and targets and targets[0] is not None \
                    and set(targets[0].roles) & (ARMED_ROLES - {"MIL", "COP", "SPY"}):
                # "an air raid neutralised 57 terrorists, the army said": its own strike
                sources = [_speaking_force(c, doc_actors, passive_only=False)]
            if c.modality == "hypothetical" and not targets and sources == [None] and doc_actors is not None:
                continue  # "analysts say the offensive could stall": speculation about no one named
            if not targets and sources == [None] and doc_actors is not None and _trend(c):
                continue
            for target in targets or [None]:
                made = self._pair_events(document, sent, s_index, len(events), c, sources, target, resolved)
                if c.reverse and target is not None and len(sources) == 1 and sources[0] is not None:
                    # the target's act on the source told with it ("repelled an attack by X": X's attack)
                    # (one incident to ACLED: the told-back act carries no ACLED record of its own)
                    made += [replace(e, acled=None) for e in self._pair_events(
                        document, sent, s_index, len(events) + len(made), replace(c, code=c.reverse, reverse=None),
                        [target], sources[0], resolved)]
                if sources == [None] or target is None:
                    self._local.partial.update((e.event_id, c) for e in made)
                events.extend(made)
        return events

    def _pair_events(self, document: Document, sent: Span, s_index: int, n: int, c: Candidate,
                     sources: list[Actor | None], target: Actor | None,
                     resolved: dict[int, Actor | None]) -> list[Event]:
        # (a proper name that the dictionaries read as civilians is a place: "el-Fasher")
        # (but no place is murdered or abducted: "murdered Florentino Mesa")
        named_place = c.target is not None and c.target.pos_ == "PROPN" and c.target.ent_type_ not in ("PERSON", "NORP") \
            and c.trigger.lemma_.lower() not in PERSON_HARM_VERBS
        target = _dead_of_fight(c, target, sources)
        code = _remote_state_force_code(_wrongdoing_code(_aim_code(_sector_code(c.code, c.trigger), c.trigger),
                                                         c.trigger), c, sources)
        code = _combatant_target_code(_civilian_target_code(code, target, sources, named_place or _caught_in_a_clash(c.trigger),
                                                            _by_strike(c.trigger)), target, sources)
        code = _armed_forces_in_combat_code(code, c.trigger, sources)
        code = _destructive_protest_code(_combat_destruction_code(_envoys_expelled_code(code, target, c.trigger), sources,
                                                                  target, c.target), sources)
        code = _civilians_fighting_police_code(code, sources, target, c.trigger)
        code = _mass_killing_code(_state_bombing_code(code, c.trigger, sources), c, target, sources)
        code = _border_closed_code(_foreign_entry_ban_code(code, c.trigger, sources, target), c.trigger, sources, target)
        if code[:2] == "14" and c.trigger.lemma_.lower() == "protest" and c.trigger.pos_ == "VERB" \
                and any(_official(s) for s in sources):
            # a government "protested" a neighbour's support for militants: an official complaint
            # (114); CAMEO 14 is collective action by civilians, states do not demonstrate
            code = "114"
        if code == "036" and c.trigger.tag_ == "VBD" and c.modality in ("asserted", "reported") \
                and c.trigger.lemma_.lower() in ("meet", "hold"):
            # "met for talks": a meeting that took place is a consultation (04), not the
            # intent to meet (036 is "future commitments to meet", its codebook note says)
            code = "040"
        if code[:2] == "03" and c.modality in FACTUAL and len(sources) == 1 and c.trigger.lemma_.lower() in ("agree", "reach"):
            # "EU ministers agreed to impose new sanctions / on a package of sanctions": one
            # side's decision taken, the measure itself (16), not an intent to cooperate
            code = self._measure_agreed(c.trigger) or code
        if code[:2] == "03" and c.modality in FACTUAL and (_agreed_truce(c.trigger) or _truce_reached(c.trigger)):
            # "the factions agreed a ceasefire / agreed to a truce / agreed to cease hostilities /
            # reached a ceasefire agreement": concluded between them, a truce (0871; the
            # codebook's example files "agreed to a ceasefire" under 0356, intent, but the
            # news reports a truce settled, as the 0871 note has it: "agreements to commence a
            # cease-fire")
            code = "0871"
        info = self.tables.info(code)
        if info is None or info.code == RESIDUAL_STATEMENT:
            # the codebook's 010 is "not coded except when distinctions among 011 to 017 cannot
            # be made": a statement whose content this coder could not code ("announced",
            # "estimates", "told reporters") is no event of its own (dictionary mode keeps it)
            return []
        if info.code == "060" and c.trigger.lemma_.lower() not in SHARING_LEMMAS | GROUP_CHANGE_LEMMAS and not any(
                t.lemma_.lower() in GROUP_CHANGE_LEMMAS | MERGER_WORDS for t in children(c.trigger)):
            # the dictionary's bare 060 verbs ("controls four states", "leads the group",
            # "exchanged", "improved", "increased"): news coders record none of them (1 of 22
            # in the real-news gold sets); sharing and providing are cooperation, and armed
            # groups merging a change of group ACLED records
            return []
        if info.code == "192" and c.trigger.lemma_.lower() == "take" and _particle(c.trigger) in ("over", "back") \
                and c.target is not None:
            if c.target.lemma_.lower() in OFFICES_TAKEN_OVER:
                return []  # "took over the government / the presidency": an office, not territory
            if c.target.lemma_.lower() in ("road", "highway", "route", "street") or not (
                    _is_place(c.target) or c.target.lemma_.lower() in MILITARY_MATERIEL):
                info = self.tables.info("171")  # "took over the road" (to rob travellers): seized, no ground held
        if info.root in FORCE_ROOTS:
            target = _city_not_government(target)
            sources = [_people_as_state(s) for s in sources]
            if c.target is not None and _military_thing(c.target) or target is not None and target.text \
                    and target.text.split()[-1].lower() in MILITARY_THINGS:
                # "fired at Pakistani posts", "thwarted a Ukrainian offensive": the country's forces
                target = _state_role(target, "MIL")
                if target is not None and target.country and target.roles == ["CVL"] and c.target is not None \
                        and c.target.lower_ in MILITARY_THINGS and target.text.split()[-1].lower() not in MILITARY_THINGS:
                    # ("attacked the base in the village of Kekeno": a base, not the village's people)
                    target = replace(target, code=target.country + "MIL", roles=["MIL"], text=c.target.text)
                    info = self.tables.info("190") if info.code == "180" else info
        # a country named as the doer acts through its government, or its forces when it uses
        # force ("Kenya rejected the plan", "Russia shelled the town"); the CAMEO code is kept
        sources = [_state_role(s, "MIL" if info.root in FORCE_ROOTS else "GOV") for s in sources]
        if info.root in ("18", "19", "20"):
            sources = [_armed_islamists(_capital_in_arms(s)) for s in sources]
        if info.root not in FORCE_ROOTS:
            target = _state_role(target, "GOV")
        if info.code in ("040", "042") and c.trigger.lemma_.lower() in MOTION_VERBS and sources and all(
                s is not None and set(s.roles) & ARMED_ROLES and not set(s.roles) & {"GOV", "LEG"} for s in sources):
            return []  # "the fighters arrived in the village", "police teams have gone to the area": no visit
        out: list[Event] = []
        for source in sources:
            own = target
            if len(sources) == 2 and (c.trigger.lemma_.lower() in EXCHANGE_VERBS or _each_did(c.trigger)):
                # "Ukraine and Russia exchanged 300 prisoners", "had each released 175
                # prisoners": with each other
                own = None
            if own is not None and source is not None and c.target is not None and c.target.pos_ == "PRON" \
                    and own.code == source.code:
                own = None  # "the government welcomed it": a pronoun object is not the subject itself
            if own is not None and source is not None and own.code == source.code and own.name == source.name \
                    and (own.roles == source.roles or own.text == source.text) and not _place_acted_on(c):
                continue  # an actor listed on both sides of a compound does not act on itself
            if source is not None and any(e.source is not None and e.source.code == source.code for e in out) \
                    and target is not None:
                continue  # "U.S. warships and aircraft struck ...": one act of one side, coded once
            partner = own or _counterpart(info.root, source, sources, c.trigger) or _rival_within(info.root, source, c)
            event = self._event(document, sent, s_index, n + len(out), c, info, source, partner, resolved,
                                _LazyWords(c.trigger, c.sources))
            out.append(event if own is not None else self._street_clash_sides(event, c.trigger))
            if own is not None and source is not None and event.cameo == "145" \
                    and c.trigger.lemma_.lower() in CLASH_LEMMAS and set(own.roles) & {"COP", "MIL"}:
                # "protesters clashed with police": the police side of the clash is its
                # repression of the crowd (175), as when both are subjects
                out.append(replace(self._event(document, sent, s_index, n + len(out), c, self.tables.info("175"),
                                               own, source, resolved, _LazyWords(c.trigger, c.sources)), acled=None))
            elif own is not None and source is not None and event.cameo == "175" \
                    and c.trigger.lemma_.lower() in CLASH_LEMMAS and set(source.roles) & {"COP", "MIL"} and civilian(own):
                # "police clashed with protesters": the crowd's side of the clash is a riot (145)
                out.append(replace(self._event(document, sent, s_index, n + len(out), c, self.tables.info("145"),
                                               own, source, resolved, _LazyWords(c.trigger, c.sources)), acled=None))
        return out

    def _street_clash_sides(self, event: Event, trigger: Token) -> Event:
        """"Police and opposition protesters clashed": each side's CAMEO act by who it is, the
        crowd rioting against the police (145), the state's forces repressing the crowd (175);
        ACLED's one clash keeps its type."""
        source, partner = event.source, event.target
        if event.root != "19" or source is None or partner is None:
            return event
        code = _civilians_fighting_police_code(event.cameo, [source], partner, trigger)
        if code == event.cameo and set(source.roles) & {"COP", "MIL"} and set(partner.roles) & CIVILIAN_ROLES \
                and not set(partner.roles) & ARMED_ROLES:
            code = "175"
        info = self.tables.info(code) if code != event.cameo else None
        if info is None:
            return event
        return replace(event, cameo=info.code, root=info.root, goldstein=info.goldstein, quad_class=info.quad_class,
                       plover=self.tables.plover_record(info))

    def _measure_agreed(self, verb: Token) -> str | None:
        """The sanction or cut in relations a body "agreed to impose / on"."""
        if verb.tag_ not in ("VBD", "VBN"):
            return None
        act = next((x for x in children(verb) if x.dep_ == "xcomp" and x.pos_ == "VERB"), None) \
            if verb.lemma_.lower() == "agree" else None
        if act is not None:
            match = self._match(act)
            code = match.code if match is not None and match.code else None
            # (the measure named by the object only after a verb of imposing it: "agreed to lift
            # embargoes" is easing them, 08)
            noun = self._object_noun_code(act, True) if (code is None or code[:2] != "16") \
                and self._lemma(act) in _IMPOSING_VERBS else None
            code = code if code and code[:2] == "16" else noun
            return code if code and code[:2] == "16" else None
        deal = first_child(verb, ("dobj",))
        on_deal = prep_object(deal, "on") if deal is not None and deal.lemma_.lower() in ("agreement", "deal") else None
        # ("agreed on Tuesday to sanction 27 Russians": the infinitive read as "to" + noun;
        # "reached an agreement on a new series of sanctions": what was agreed on)
        for agreed in (prep_object(verb, "on"), deal, prep_object(verb, "to"), on_deal):
            if agreed is not None and agreed.lemma_.lower() in MEASURE_OF_EVENTS | {"package", "set"}:
                agreed = prep_object(agreed, "of") or agreed
            code = self.lexicon.nouns.get(agreed.lemma_.lower()) if agreed is not None else None
            if code and code[:2] == "16":
                return code
        return None

    def _dictionary_events(self, document: Document, sent: Span, s_index: int, n: int, c: Candidate,
                           resolved: dict[int, Actor | None], doc_actors: ActorLookup | None) -> list[Event]:
        """PETRARCH's events of a candidate: the dictionary's code as written, one event per
        source and target ("A and B welcomed ties with C and D" gives four); a target phrase
        that names no actor itself gives the first actor nested in it ("ties with Gondor");
        several sources of a cooperative act (roots 03-06) with no target act on each other."""
        info = self.tables.info(c.code)
        if info is None:
            return []
        sources = _unique_actors([resolved.get(s.i) for s in c.sources] or [None])
        heads = [c.target, *c.alternatives] if c.target is not None else []
        targets = _nested_targets(heads, doc_actors)
        words = _LazyWords(c.trigger, c.sources)
        out: list[Event] = []
        for source in sources:
            mutual = [t for t in sources if t is not source and t is not None] \
                if source is not None and (c.mutual or c.code[:2] in MUTUAL_ROOTS) else []
            for target in (mutual if c.mutual else targets or mutual) or [None]:
                out.append(self._event(document, sent, s_index, n + len(out), c, info, source, target,
                                       resolved, words))
                back = self.tables.info(c.reverse) if c.reverse and source and target in targets else None
                if back is not None:  # "X arrived in Y": X visits Y (032), Y hosts X (033)
                    out.append(self._event(document, sent, s_index, n + len(out), c, back, target, source,
                                           resolved, words))
        return out

    def _event(self, document: Document, sent: Span, s_index: int, n: int, c: Candidate,
               info: CodeInfo, source: Actor | None, target: Actor | None,
               resolved: dict[int, Actor | None], words: _LazyWords) -> Event:
        attribution = None
        if c.attribution is not None:
            if isinstance(c.attribution, Token):
                attribution = Attribution(text=speaker_text(c.attribution), source=resolved.get(c.attribution.i))
            else:
                attribution = Attribution(text=c.attribution_text or c.attribution.text, source=None)
        # ACLED records what happened: never threats, plans, forecasts or denied acts
        # (a merger announced as decided, "said they would combine their forces", is ACLED's
        # change to a group: the decision is the development)
        acled = refine_acled(info.acled, info.code, words.get(), target, c.trigger.lemma_.lower(),
                             source) if (c.modality in FACTUAL or c.modality == "planned"
                                         and c.trigger.lemma_.lower() in MERGE_LEMMAS) \
            and (info.acled or beyond_cameo_table(info.code, c.trigger.lemma_.lower(), source)) else None
        if acled is None and c.modality in FACTUAL and (
                _agreed_truce(c.trigger) or _accord_of_belligerents(c.trigger, info.root, source, target)):
            # "the factions agreed to a ceasefire" (CAMEO 0356), "the Houthis and the government
            # agreed to reopen the road": an accord reached between conflict actors (ACLED)
            acled = AGREEMENT
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




def _measure_target(noun: Token | None) -> Token | None:
    """Whom a declared measure is aimed at: "a curfew on X", "a suspension of links with X"."""
    if noun is None:
        return None
    for holder in (noun, prep_object(noun, "of")):
        if holder is None:
            continue
        for p in MEASURE_PREPS:
            o = prep_object(holder, p)
            if o is not None and o.ent_type_ not in ("DATE", "TIME") and o.pos_ in ("PROPN", "NOUN", "PRON"):
                return o
    return None


# clause dependents whose noun phrases are searched for event relatives (not other clauses)
_NOMINAL_PATH = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "prep", "attr", "appos", "agent", "dative"})


def _event_relatives(verb: Token, is_act: Callable[[Token], bool]) -> list[tuple[Token, bool]]:
    """Relative clauses on the clause's noun phrases that tell an act as fact, each with
    whether it is a setting ("in / during which ...", "where ...") rather than an act noun's
    own "which killed ..." ("the blast, which killed 12")."""
    out: list[tuple[Token, bool]] = []
    stack = [c for c in children(verb) if c.dep_ in _NOMINAL_PATH]
    while stack:
        tok = stack.pop()
        for c in children(tok):
            if c.dep_ == "relcl" and c.pos_ == "VERB" and _is_setting(c):
                out.append((c, True))
            elif _reduced_passive(c) and (c.lemma_.lower() in HARM_VERBS | MURDER_VERBS or _abduction_told(c)) \
                    and c.lemma_.lower() not in ("claim", "leave") \
                    and not any(a.lemma_.lower() in TALLY_WORDS for a in c.ancestors):
                # "were among 11 people killed when jets bombed ..." (not "the toll of people
                # killed in the war": a running count, no one act)
                out.append((c, False))
            elif c.dep_ == "relcl" and c.pos_ == "VERB" and is_act(tok) \
                    and any(x.dep_ == "nsubj" and x.lower_ in ("which", "that") for x in children(c)):
                out.append((c, False))
            elif c.dep_ == "relcl" and c.pos_ == "VERB" and c.lemma_.lower() in COMBAT_RELATIVE_VERBS \
                    and c.tag_ == "VBD" and any(x.dep_ == "nsubj" and x.lower_ == "who" for x in children(c)) \
                    and c.i >= 2 and c.doc[c.left_edge.i - 1].text == ",":
                # "sent in reinforcements, who killed a number of the attackers": the people
                # the phrase names did it (a fact told in passing, not their background)
                out.append((c, False))
            elif c.dep_ in _NOMINAL_PATH:
                stack.append(c)
    return sorted(out, key=lambda r: r[0].i)


def _is_setting(rel: Token) -> bool:
    """A relative clause opened by "in / during which", or by "where" on a common noun ("the
    village where rebels had ambushed a convoy"); "Kosovo, where 24 people were killed last
    March" or "where ... have been killed this year" recalls the place's background."""
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during")
           and any(p.lower_ == "which" for p in children(c) if p.dep_ == "pobj") for c in children(rel)):
        return True
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(rel)):
        return False
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in children(rel))
    dated = any(t.ent_type_ == "DATE" for t in rel.subtree)
    # (but what broke out there "on Saturday" is this week's news: "called for a ceasefire in
    # Sudan, where clashes broke out on Saturday between the army and the RSF")
    recent = any(t.ent_type_ == "DATE" and t.lower_ in RECENT_DAYS for t in rel.subtree)
    # (and the doers' next step, told with their pronoun, is no background: "advanced to Gwa
    # Township, where they launched attacks on junta forces")
    return not perfect and (recent and rel.tag_ == "VBD" or not dated and (
        _next_step(rel) or rel.head.pos_ != "PROPN" and rel.head.ent_type_ not in ("GPE", "LOC")))


RECENT_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
                         "today", "overnight"})


def _next_step(rel: Token) -> bool:
    """"advanced to Gwa Township, where they launched attacks": the doers' own next act, told
    in the past with their pronoun."""
    return rel.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she") for c in children(rel))


def _achieved(verb: Token) -> Token | None:
    """The act of "was / were able to ACT", "managed to ACT" or "succeeded in ACTing" in the
    past tense."""
    if verb.tag_ != "VBD":
        return None
    if verb.lemma_ == "be":
        able = next((c for c in children(verb) if c.dep_ == "acomp" and c.lower_ == "able"), None)
        holder = able if able is not None and any(c.dep_ == "xcomp" for c in children(able)) else verb if able else None
    else:
        holder = verb if verb.lemma_.lower() in ("manage", "succeed") else None
    if holder is None:
        return None
    # "succeeded in recapturing the town": the act is the gerund of "in"
    gerund = next((g for p in children(holder) if p.dep_ == "prep" and p.lower_ == "in"
                   for g in children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return gerund or next((c for c in children(holder) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)


def _statement_clause(verb: Token) -> Token | None:
    """The that-clause the parser hung on the statement noun of "said in a statement that ..."."""
    # "told a U.N. mission that ...": the clause the parser hung on the addressee
    nouns = [c for c in children(verb) if c.dep_ in ("dobj", "dative")]
    for noun in nouns:
        clause = next((c for c in children(noun) if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ == "VERB"
                       and (any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))
                            or _that_clause_read_as_relative(noun, c))), None)
        if clause is not None:
            return clause
    for prep in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("in", "on", "during")):
        for noun in (o for o in children(prep) if o.dep_ == "pobj" and o.lemma_.lower() in RELEASED_TEXTS | {"interview"}):
            clause = next((c for c in children(noun) if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ == "VERB"
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in children(c))), None)
            if clause is not None:
                return clause
    return None


def _that_clause_read_as_relative(noun: Token, clause: Token) -> bool:
    """"told a mission that fighters had raped ...": "that" right after the addressee opens a
    clause with a subject of its own, so it reports, it does not describe the addressee."""
    that = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    own_subject = first_child(clause, ("nsubj", "nsubjpass"))
    return that is not None and that.lower_ == "that" and clause.dep_ == "relcl" \
        and own_subject is not None and own_subject.i > that.i


def _content_read_as_subject(verb: Token) -> tuple[Token, Token] | None:
    """(reported verb, speaker) when a trailing "..., NAME, a TITLE said" was parsed with the
    report's subject as the speaker and the report as a clause on it (acl) before the
    apposition, or the second subject, that names the real speaker."""
    subject = first_child(verb, ("nsubj",))
    if subject is None or subject.i > verb.i:
        return None
    content = next((c for c in children(subject) if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > subject.i
                    and c.tag_ in ("VBD", "VBN") and not any(x.dep_ in ("auxpass", "agent") for x in children(c))), None)
    if content is None:
        return None
    # "..., NAME, a resident said" (an apposition) or "..., the governor added" (a second subject)
    speaker = next((c for c in children(subject) if c.dep_ == "appos" and c.i > content.i), None) or next(
        (c for c in children(verb) if c.dep_ == "nsubj" and c.i > content.i), None)
    return (content, speaker) if speaker is not None else None


def _quoted_saying(verb: Token) -> Token | None:
    """The "saying" of "was quoted as saying"."""
    if verb.lemma_.lower() != "quote":
        return None
    for c in children(verb):
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in children(c) if g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in ("say", "tell")), None)
    return None


def _rallied_against(inner: Token) -> Token | None:
    """The one opposed in an appeal "to rise up / unite / mobilize against X" or "to oppose X"."""
    for verb in (inner, *(c for c in children(inner) if c.dep_ == "conj" and c.pos_ == "VERB")):
        lemma = verb.lemma_.lower()  # "to unite and mobilize against X"
        opposed = None
        if lemma in ("oppose", "resist"):
            opposed = first_child(verb, ("dobj",))
        elif lemma in RALLY_VERBS:
            opposed = prep_object(verb, "against")
        if opposed is not None:
            return opposed
    return None


PLURAL_PRONOUNS = frozenset({"they", "we"})
BYSTANDERS = frozenset({"resident", "witness", "eyewitness", "villager", "local", "onlooker", "passer-by"})
PERSON_NOUNS = LEADER_WORDS | frozenset({"spokesman", "spokeswoman", "spokesperson", "aide",
                                         "adviser", "advisor", "cleric", "negotiator", "analyst",
                                         "witness", "resident", "doctor", "officer", "lawmaker"})


def _speaker_for_pronoun(subjects: list[Token], speaker: Token | Span | None) -> list[Token]:
    """In "X said it / he / they would ...", the pronoun is the speaker when number agrees
    (the usual reading of reported speech; the resolver's last-mention guess may name
    someone else)."""
    if len(subjects) != 1 or not isinstance(speaker, Token) or speaker.pos_ == "PRON":
        return subjects
    owner = next((c for c in children(subjects[0]) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is not None and _same_party(owner.lower_, speaker):
        # "the US military said its aircraft struck ...": the speaker's own forces ("the defence
        # ministry said its air force ...": its forces, which the resolver reads through "its")
        return subjects if subjects[0].lower_ in OWN_FORCE_HEADS else [speaker]
    pron = subjects[0].lower_
    if pron == "they" and speaker.lemma_.lower() in BYSTANDERS:
        return subjects  # "they arrested three people, residents said": those seen, not those who saw
    if pron in ("they", "we") and len(conjuncts_of(speaker)) > 1:
        return conjuncts_of(speaker)  # "Erdogan and Putin announced that they had agreed ..."
    return [speaker] if _same_party(pron, speaker) else subjects


def _same_party(pronoun: str, speaker: Token) -> bool:
    """Can `pronoun` (he, it, they, his, its, their...) refer to `speaker` by number and person?"""
    # (an acronym ending in S, "ECOWAS", is one body, whatever its tag)
    plural = speaker.tag_ in ("NNS", "NNPS") and not speaker.text.isupper() or (
        speaker.pos_ == "PROPN" and speaker.lower_.endswith("s") and not speaker.lower_.endswith("ss")
        and any(c.lower_ == "the" or c.dep_ == "poss" for c in children(speaker)))
    person = speaker.ent_type_ == "PERSON" or speaker.lemma_.lower() in PERSON_NOUNS
    if pronoun in ("he", "she", "i", "his", "her", "my"):
        return person and not plural
    if pronoun in ("it", "its"):
        return not person and not plural
    if pronoun in ("we", "our"):
        # a body speaks as "we" ("we urge all parties," the force said), and so does a person
        # for the body he speaks for ("we condemn the attacks," the secretary of state said)
        return True
    return pronoun in ("they", "their") and plural


DEADLINE_VERBS = frozenset({"give", "set", "grant", "issue", "allow"})
DEADLINE_WORDS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months",
                            "deadline", "time", "time-limit"})


# what a party "will pay for": hostile acts (beside the dictionary's act nouns)
PAID_FOR_WRONGS = frozenset({"crime", "crimes", "aggression", "provocation", "provocations", "mistake",
                             "actions", "action", "act", "acts", "behaviour", "behavior", "this", "it", "that"})


def _made_to_pay(verb: Token, act_nouns: dict[str, str]) -> Token | None:
    """Who "will pay a heavy price" or "will pay for the attack" (a threat against the payer),
    or None; paying money or for goods ("will pay compensation", "pay for the repairs") is no
    threat."""
    if verb.lemma_.lower() != "pay":
        return None
    payer = first_child(verb, ("nsubj",))
    obj = first_child(verb, ("dobj",))
    wrong = prep_object(verb, "for")
    threatening = obj is not None and obj.lemma_.lower() in ("price", "cost") or any(
        c.dep_ == "advmod" and c.lower_ in ("dearly", "heavily") for c in children(verb)) or obj is None and (
        wrong is not None and (wrong.lower_ in PAID_FOR_WRONGS or act_nouns.get(wrong.lemma_.lower(), "")[:2] >= "11"))
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in children(verb))
    return payer if threatening and future and payer is not None else None


def _defiance_condition(act: Token, subjects: list[Token]) -> Token | None:
    """The other party of an "if X fails to / does not / refuses to ..." condition on a promised
    act ("if Thailand failed to pull back its soldiers"), or None."""
    condition = next((c for c in children(act) if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))), None)
    if condition is None:
        return None
    party = first_child(condition, ("nsubj",))
    if party is None or party.pos_ == "PRON" or any(party.i == s.i for s in subjects):
        return None
    unless = any(m.lower_ == "unless" for m in children(condition))
    defied = unless or is_negated(condition) or condition.lemma_.lower() in ("fail", "refuse", "reject", "ignore")
    return party if defied else None


def _ordered_to_leave(verb: Token) -> Token | None:
    """Who "has been ordered / told to leave the country (Nairobi)", "was given 72 hours to leave
    the country": the passive subject of an order or a deadline to leave a country or a named
    place, or None."""
    if verb.lemma_.lower() not in ("order", "tell", "instruct", "ask", "give") or verb.tag_ != "VBN":
        return None
    # ("was given 72 hours to leave the country": the time span's infinitive)
    span = first_child(verb, ("dobj",)) if verb.lemma_.lower() == "give" else None
    if verb.lemma_.lower() == "give" and (span is None or span.lower_ not in DEADLINE_WORDS):
        return None
    leave = next((c for h in (verb, span) if h is not None for c in children(h)
                  if c.dep_ in ("xcomp", "acl", "relcl", "advcl") and c.lemma_.lower() == "leave"), None)
    place = first_child(leave, ("dobj",)) if leave is not None else None
    if place is None or not (place.lower_ in ("country", "territory", "nation") or place.pos_ == "PROPN"):
        return None
    return first_child(verb, ("nsubjpass",))


def _days_to_leave(verb: Token) -> Token | None:
    """Who "has 72 hours to leave the country": the subject of a "have" whose time span must
    be used to leave, or None."""
    span = first_child(verb, ("dobj",)) if verb.lemma_.lower() == "have" else None
    if span is None or span.lower_ not in DEADLINE_WORDS:
        return None
    leave = next((c for c in children(span) if c.dep_ in ("relcl", "acl") and c.lemma_.lower() == "leave"
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
    country = first_child(leave, ("dobj",))
    if country is None or not (country.lower_ in ("country", "territory", "nation") or country.pos_ == "PROPN"):
        return None  # ("residents have two days to leave the area": an evacuation)
    subject = first_child(verb, ("nsubj",))
    if subject is not None and subject.lower_ in ("he", "she"):
        # "summoned the ambassador and said he had 72 hours to leave": the envoy named before
        subject = next((t for t in reversed(verb.doc[verb.sent.start:subject.i]) if _is_envoy(t)), subject)
    return subject


def _deadline_target(verb: Token) -> Token | bool | None:
    """Who is given a time limit to act ("gave the rebels 72 hours / until Friday to leave",
    "set a deadline for the rebels to disarm"): that party, False when unnamed, None when
    the clause is no time limit."""
    if verb.lemma_.lower() not in DEADLINE_VERBS:
        return None
    limit = first_child(verb, ("dobj",))
    span = next((c for c in children(verb) if c.dep_ == "npadvmod" and c.lower_ in DEADLINE_WORDS), None)
    if span is None and limit is not None:
        # ("gave French Ambassador Joel Meyer, 72 hours to leave": the span read as an apposition)
        span = next((c for c in children(limit) if c.dep_ == "appos" and c.lower_ in DEADLINE_WORDS), None)
    timed = (limit is not None and limit.lower_ in DEADLINE_WORDS) or prep_object(verb, "until") is not None \
        or span is not None  # "gave the coup leaders one week to reinstate him"
    if not timed:
        return None
    holders = [verb] + ([limit] if limit is not None else []) + ([span] if span is not None else [])
    act = next((c for h in holders for c in children(h)
                if c.dep_ in ("relcl", "acl", "advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)
    if act is None:
        return None
    party = first_child(verb, ("dative",)) or first_subject(act)
    if party is None and limit is not None and limit.lower_ not in DEADLINE_WORDS:
        party = limit  # "gave the rebels until Friday to leave", "gave the leaders one week to ..."
    return party if party is not None else False


def _cause_subjects(verb: Token) -> list[Token]:
    """The agents of "two civilians were killed when Russian missiles struck a block" (the
    subject of a when/after/as clause saying what did it) or "... killed in an attack by
    the RSF" (the author of the attack). The cause may hang on a coordinated verb: "five were
    killed and many wounded when the rebels attacked"."""
    for holder in [verb, *(c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]:
        found = _own_cause_subjects(holder)
        if found:
            return found
    return []


def _clash_parties(verb: Token) -> list[Token]:
    """The sides of "killed in clashes / fighting between X and Y" (on the verb or a coordinated one)."""
    # (the parser may make the coordinated verb a second clause of the speaker: "one was killed
    # and two were injured during a gunfight ..., police said")
    split = [s for s in children(verb.head) if s.dep_ == "ccomp" and s.i > verb.i] \
        if verb.dep_ == "ccomp" and any(c.dep_ == "cc" for c in children(verb)) else []
    for holder in [verb, verb.head if verb.dep_ == "conj" else None,
                   *(c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"), *split[:1]]:
        act = next((o for p in ("in", "during", "amid") if holder is not None and (o := prep_object(holder, p)) is not None), None)
        if act is not None and act.lemma_.lower() in MEASURE_OF_EVENTS | {"day", "week", "month", "hour"}:
            act = _measured_event(act) or act  # "during several days of fighting between X and Y"
        result = prep_object(holder, "as") if holder is not None and act is None else None
        if result is not None and result.lemma_.lower() == "result":
            act = prep_object(result, "of")  # "were injured as a result of the clash between X and Y"
        between = prep_object(act, "between") if act is not None else None
        if between is not None and between.pos_ != "PRON":  # ("a gunfight between them": the dead's sides)
            sides = conjuncts_of(between)
            # ("between the army and the RSF in the capital, Khartoum": the city is no side)
            return [t for t in sides if t is between or between.ent_type_ in ("GPE", "NORP")
                    or t.ent_type_ not in ("GPE", "LOC", "FAC")]
    return []


CLASH_VERBS = frozenset({"clash", "fight", "battle", "exchange", "skirmish"})
PEOPLE_COUNT_WORDS = frozenset({"dozen", "dozens", "several", "many", "scores", "hundreds", "thousands",
                                "people", "persons", "others", "some"})


def _bare_count(tok: Token) -> bool:
    """"Dozens", "12 people", "several others": a number of people, no one named."""
    return tok.lower_ in PEOPLE_COUNT_WORDS or tok.like_num


def _act_joined(verb: Token, lemma: str) -> Token | None:
    """The act of "joined X in cutting ties": the gerund under "in"."""
    if lemma != "join" or first_child(verb, ("dobj",)) is None:
        return None
    return next((g for p in children(verb) if p.dep_ == "prep" and p.lower_ == "in"
                 for g in children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def _fellow_force(hurt: Token, doers: list[Token]) -> bool:
    """"Two policemen" hurt when "police" acted: men of the same force."""
    police = POLICE_FORCE_WORDS | {"policeman", "policemen"}
    return hurt.lower_ in police and any(d.lower_ in police for d in doers)


def _cause_clauses(verb: Token) -> list[Token]:
    return [c for c in children(verb) if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as", "while") for m in children(c))]


def _provocation(verb: Token) -> Token | None:
    """The act a threat answers: "over X", "in response to X", "in retaliation for X" (on the
    verb or its object: "threatened retaliation over X")."""
    for holder in (h for h in (verb, first_child(verb, ("dobj",))) if h is not None):
        over = prep_object(holder, "over")
        if over is not None:
            return over
        for noun, prep in (("response", "to"), ("retaliation", "for"), ("reaction", "to")):
            held = next((o for p in children(holder) if p.dep_ == "prep" and p.lower_ == "in"
                         for o in children(p) if o.dep_ == "pobj" and o.lower_ == noun), None)
            if held is not None:
                return prep_object(held, prep)
    return None


def _blaze(subj: Token) -> bool:
    """"A fire broke out at the refinery": a blaze (gunfire is "fire", "heavy fire", never
    "a fire")."""
    return subj.lower_ == "fire" and any(c.dep_ == "det" and c.lower_ == "a" for c in children(subj))


def _two_sides(sides: list[Token]) -> bool:
    """"Two armed groups", "rival factions": one phrase naming both sides of a fight."""
    return len(sides) == 1 and any(c.lower_ in ("two", "rival", "both") for c in children(sides[0]))


def _weeks_before(clause: Token) -> bool:
    """"... two weeks / months after the Taliban took over Kabul": background long past, not
    a second report ("a day after the rebels killed dozens" is still news)."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("week", "month", "year") for c in children(clause))


def _interrupting_clauses(verb: Token) -> list[Token]:
    """"was patrolling / were travelling ... when militants ambushed them": a clause with a
    subject of its own that broke into an act in progress."""
    if _situation_turned(verb):
        return [c for c in children(verb) if c.dep_ == "advcl" and c.pos_ == "VERB" and subjects_of(c)
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as", "after") for m in children(c))]
    errand = verb.lemma_ == "be" and any((o := prep_object(verb, p)) is not None and o.lemma_.lower() in ERRAND_NOUNS
                                          for p in ("on", "in"))  # "were on their way / on patrol"
    if not errand and (verb.tag_ != "VBG" or not any(a.dep_ == "aux" and a.lemma_ == "be" for a in children(verb))):
        return []
    # (the parser may hang the when-clause on a second errand: "were clearing land for farming
    # and collecting firewood when they were taken", "collecting" read under "farming")
    return [c for c in verb.subtree if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i != verb.i and subjects_of(c)
            and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in children(c))
            and not any(a.pos_ in ("VERB", "AUX") and subjects_of(a) for a in c.ancestors if a.i != verb.i
                        and verb in a.ancestors)]


def _situation_turned(verb: Token) -> bool:
    """"The situation escalated / tensions rose / the protest turned violent (when ...)": a turn
    of events, whose when-clause tells the act."""
    return verb.lemma_.lower() in TURNING_VERBS and any(s.lemma_.lower() in SITUATION_WORDS for s in subjects_of(verb))


# the turns a situation takes, and the situations that take them
TURNING_VERBS = frozenset({"escalate", "deteriorate", "worsen", "intensify", "rise", "flare", "turn", "heat",
                           "spiral", "sour"})
SITUATION_WORDS = frozenset({"situation", "tension", "tensions", "crisis", "standoff", "stand-off", "unrest",
                             "protest", "demonstration", "rally", "march", "confrontation", "dispute", "row"})


def _cause_aim(verb: Token) -> Token | None:
    """Those fired on in "... were hurt as police fired tear gas at activists", or the forces
    attacked in "17 people were killed after fighters stormed a military base"."""
    return next((o for c in _cause_clauses(verb) for p in ("at", "on") if (o := prep_object(c, p)) is not None
                 and o.ent_type_ not in ("DATE", "TIME")), None) \
        or next((o for c in _cause_clauses(verb) if c.lemma_.lower() in STORMING_VERBS
                 and (o := first_child(c, ("dobj",))) is not None and o.lower_ in ARMED_TARGET_WORDS), None)


# what "take" takes when it seizes nothing (PETRARCH files TAKE under seizing, 171)
TAKEN_LIGHTLY = STEP_NOUNS | frozenset({"time", "part", "note", "notice", "care", "look", "turn", "turns", "office",
                                        "oath", "question", "questions", "stance", "position", "view", "decision",
                                        "decisions", "precaution", "precautions", "initiative", "lead", "break",
                                        "stock", "issue", "exception", "offence", "offense", "heart", "aim", "shape",
                                        "form", "root", "hold", "interest", "course", "approach", "line"})
# attacks that strike those at a place, its holders among them
STORMING_VERBS = frozenset({"attack", "storm", "raid", "overrun", "assault", "ambush", "besiege"})


def _object_pronoun_antecedent(pronoun: Token, doers: list[Token]) -> Token | None:
    """Who "him / her / them" is within its sentence: the object of the verb its verb is
    coordinated with ("convicted an opposition leader ... and sentenced him"), else, for a
    person, the nearest person named before it outside its own subject ("offered in a call
    with Vladimir Putin to host him")."""
    word = pronoun.lower_
    if word not in ("him", "her", "them") or pronoun.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    # (or the one it was done with: "spoke with Qatar's emir and urged him to ...")
    if verb.dep_ == "conj" and (earlier := first_child(verb.head, ("dobj",)) or prep_object(verb.head, "with")) \
            is not None and earlier.pos_ in ("NOUN", "PROPN") and earlier.i < pronoun.i:
        return earlier
    if word == "them":
        return None
    own = {t.i for d in doers for t in d.subtree}
    names = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i]
             if t.ent_type_ == "PERSON" and t.ent_iob_ in ("B", "I") and t.i not in own
             and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_type_ != "PERSON")]
    return names[-1] if names else None


def _self_defence(verb: Token) -> bool:
    """Is the act a state's defence of itself ("defend itself", "protect its sovereignty")?"""
    if verb.lemma_.lower() not in ("defend", "protect", "safeguard"):
        return False
    obj = first_child(verb, ("dobj",))
    return obj is not None and (obj.lower_ in REFLEXIVES or obj.lemma_.lower() in OWN_STAKES and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her") for c in children(obj)))


OWN_STAKES = frozenset({"sovereignty", "territory", "interest", "security", "integrity", "border", "country",
                        "independence", "people", "citizen", "right"})


def _partitive_sufferer(verb: Token) -> Token | None:
    """The people of "one of the men was abducted", "two of the workers were shot": those the
    passive's counted subject is taken from."""
    counted = first_child(verb, ("nsubjpass",))
    if counted is None or not (counted.like_num or counted.lower_ in _PARTITIVES):
        return None
    return prep_object(counted, "of")


def _group_pronoun_antecedent(pronoun: Token, doers: list[Token], doc_actors: ActorLookup | None) -> Token | None:
    """Who "them" (or "it" of a unit) is within its sentence when it names a group: the nearest
    party named before it outside the doers' own phrase ("the forces were searching the area
    when the militants fired at them"; "demonstrators pelted them" after "riot police
    arrived"); a thing ("set them on fire" after "houses") is no party and is skipped."""
    word = pronoun.lower_
    if word not in ("them", "it") or pronoun.dep_ not in ("dobj", "pobj", "dative") or doc_actors is None:
        return None
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    # (the subject's own phrase: "gunmen, identified by locals as separatist fighters, abducted them")
    subjects = subjects_of(verb) or (subjects_of(verb.head) if verb.dep_ == "conj" else [])
    if verb.dep_ in ("acl", "relcl"):
        subjects = [*subjects, verb.head]  # "the militants besieging them": not the militants
    own = {t.i for d in [*doers, *subjects] for t in d.subtree}
    doer_actors = [a for d in doers if _coded(a := _resolve(doc_actors, np_span(d)))]
    for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if tok.i in own or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "poss", "nmod"):
            continue
        if word == "them" and tok.tag_ not in ("NNS", "NNPS") and tok.lemma_.lower() not in GROUP_NOUNS_AS_PLURAL:
            continue
        if word == "it" and tok.lemma_.lower() not in PRONOUN_UNIT_NOUNS:
            continue
        while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head  # "sanctions on the army and four officers, accusing them": the first named
        actor = _resolve_party(doc_actors, tok)
        # (nor the doers' own side: "riot police fired tear gas to disperse them" after
        # "stones hurled at security forces" are the hurlers)
        if _coded(actor) and not any(same_side(actor, d) for d in doer_actors):
            return tok
    return None


def _said_beside(verb: Token) -> list[Token]:
    """The active gerunds of "after / before accusing X", "while warning X" on the verb."""
    return [c for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("after", "before", "while")
            for c in children(p) if c.dep_ == "pcomp" and c.tag_ == "VBG"
            and not any(a.dep_ in ("auxpass", "nsubj") for a in children(c))]


def _undergone_before(verb: Token) -> list[Token]:
    """The passive participles of "after / since being arrested" on the verb."""
    return [c for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("after", "since", "following")
            for c in children(p) if c.dep_ == "pcomp" and c.tag_ == "VBN"
            and any(a.dep_ == "auxpass" for a in children(c))]


def _cause_clash(verb: Token) -> bool:
    """Is the cause clause of "... were killed when X and Y clashed / exchanged fire" (on the
    verb or a coordinated one) a clash with no "with"?"""
    holders = [verb, *(c for c in children(verb) if c.dep_ == "conj")]
    return any(c.lemma_.lower() in CLASH_VERBS and prep_object(c, "with") is None
               for h in holders for c in _cause_clauses(h))


def _cause_clash_opponent(verb: Token) -> Token | None:
    """Y of "... were killed as / when X clashed with Y" (a cause clause that is a clash, or
    "were engaged in fighting with Y")."""
    for c in _cause_clauses(verb):
        if c.lemma_.lower() in CLASH_VERBS:
            return prep_object(c, "with")
        fight = prep_object(c, "in") if c.lemma_.lower() == "engage" else None
        if fight is not None and fight.lemma_.lower() in CLASH_NOUNS | {"fight", "fighting", "gunfight", "battle"}:
            return prep_object(fight, "with") or prep_object(c, "with")
    return None


DOCUMENT_NOUNS = frozenset({"order", "decree", "sanction", "law", "measure", "bill", "resolution", "policy", "rule",
                           "ban", "directive", "legislation", "regulation", "tariff"})


def _taken_by(fell: Token) -> tuple[Token, Token] | None:
    """(Y, the place) of "the town / the base / much of the city fell to Y", when Y is an armed
    force or a named body (not "prices fell to a record low")."""
    place = first_child(fell, ("nsubj",))
    place = prep_object(place, "of") if place is not None and place.lower_ in ("much", "most", "part", "parts") \
        else place
    taker = prep_object(fell, "to")
    if place is None or taker is None or not (_is_place(place) or place.lower_ in BASE_WORDS | HELD_PLACES
                                              or place.pos_ == "PROPN"):
        return None
    armed = taker.lower_ in ARMED_WORDS | RAIDER_WORDS or taker.ent_type_ in ("ORG", "NORP") \
        or taker.pos_ == "PROPN" and taker.ent_type_ not in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "GPE")
    return (taker, place) if armed else None


HELD_PLACES = frozenset({"island", "islands", "capital", "port", "dam", "bridge", "crossing", "airbase", "airfield",
                         "headquarters", "barracks", "fort", "fortress", "pass"})


def _armed_parties(verb: Token, subjects: list[Token]) -> bool:
    """Is a party of the clause armed: forces, fighters, raiders, or people said to be armed?"""
    parties = [*subjects, first_child(verb, ("dobj",)), prep_object(verb, "by"), prep_object(verb, "with")]
    return any(p is not None and (p.lower_ in ARMED_WORDS | RAIDER_WORDS or any(
        c.lower_ == "armed" for c in children(p))) for p in parties)


RAIDER_WORDS = frozenset({"raiders", "gunmen", "attackers", "assailants", "bandits", "insurgents"})


def _dead_of_both_sides(dead: Token) -> list[Token]:
    """"Three militia fighters and 11 Boko Haram militants were killed in a clash": the dead
    named as two or more bands of fighters are the sides that fought, or [] if they are not."""
    bands = conjuncts_of(dead)
    if len(bands) < 2 or any(_bare_count(b) or b.lemma_.lower() in NONCOMBATANT_NOUNS for b in bands):
        return []
    # ("two soldiers and a police officer were wounded": the state's men, one side)
    return [] if sum(b.lemma_.lower() in STATE_FORCE_NOUNS for b in bands) > 1 else bands


STATE_FORCE_NOUNS = frozenset({"soldier", "troop", "policeman", "officer", "police", "marine", "gendarme", "guard",
                               "serviceman", "personnel", "trooper", "policemen", "servicemen"})
NONCOMBATANT_NOUNS = frozenset({"civilian", "resident", "villager", "person", "people", "child", "woman", "man",
                                "bystander", "passerby", "worker", "farmer", "student", "other", "passenger"})


def _caught_in_a_clash(verb: Token) -> bool:
    """"six people were killed in a shootout / caught in crossfire": the dead fell in fighting
    between armed sides (ACLED's armed clash, CAMEO 19), whoever they were."""
    # ("killed following / amid shootouts": the same, told as what came before or around)
    # ("a gunfight left 16 people dead", "the clashes killed five": the fight as the killer)
    return verb.pos_ == "VERB" and (any(o.lemma_.lower() in CLASH_NOUNS for p in ("in", "during", "following", "amid")
                                        if (o := prep_object(verb, p)) is not None)
                                    or verb.lemma_.lower() in ("leave", "kill") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in CLASH_NOUNS for c in children(verb)))


def _clash_opponent(verb: Token) -> Token | None:
    """X of "23 militants were killed in an exchange of fire / a gunbattle with X": the side
    the dead fought, who killed them (the phrase may hang on a coordinated verb: "two were
    killed and three wounded in clashes with troops")."""
    holders = [verb, *(c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
    act = next((o for h in holders for p in ("in", "during", "after", "following", "amid")
                if (o := prep_object(h, p)) is not None), None)
    if act is None:
        return None
    if act.lemma_.lower() in RAID_NOUNS:
        # "four soldiers were killed during a raid on suspected militants": those raided
        # (not a place raided: "a raid on the village", "on their hideout", "on Kalma")
        return next((o for p in ("on", "against") if (o := prep_object(act, p)) is not None
                     and o.lemma_.lower() not in PLACE_WORDS | HIDEOUT_WORDS and o.ent_type_ not in ("GPE", "LOC", "FAC")), None)
    if act.lemma_.lower() not in CLASH_NOUNS:
        return None
    # ("died in clashes with rebels": the "with" may hang on the verb; "a firefight against X")
    return prep_object(act, "with") or prep_object(act, "against") or next(
        (prep_object(o, "with") for o in (prep_object(act, "of"),) if o is not None), None) \
        or next((prep_object(h, "with") for h in holders if prep_object(h, "with") is not None), None)


RAID_NOUNS = frozenset({"raid", "operation", "offensive", "assault", "sweep", "crackdown"})
# verbs that tell fighting going on or taking place that day (not "the fighting comes after ...")
GOING_ON_VERBS = frozenset({"continue", "rage", "persist", "resume", "intensify", "take", "occur", "happen",
                            "resurge", "reignite", "drag", "escalate", "last", "result", "transpire"})
HIDEOUT_WORDS = frozenset({"hideout", "hideouts", "hide-out", "den", "dens", "house", "home", "homes", "houses",
                           "compound", "building", "office", "offices", "headquarters", "market", "school"})


def _elliptic_passive(verb: Token) -> bool:
    """"were killed and 110 injured": a participle coordinated with a passive, with no
    subject or auxiliary of its own, is passive too (so is one with its own "by" agent that
    the tagger read as a past tense: "were offloaded ... and shot dead by gunmen")."""
    # ("killed and dozens of people wounded": a participle with a subject but no auxiliary
    # is passive too)
    own = ("nsubjpass", "aux", "auxpass", "dobj") if verb.tag_ == "VBN" else ("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
    # ("were tied to trees, raped and then beaten": a chain of such participles, each passive)
    # (or a bare participle after a comma: "were tied to poles, raped for hours")
    coordinated = verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ == "mark" for c in children(verb))
    return coordinated and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in children(verb))) and not any(
        c.dep_ in own for c in children(verb)) and (any(
            c.dep_ in ("nsubjpass", "auxpass") for c in children(verb.head)) or _elliptic_passive(verb.head))


def _participle_complement(verb: Token) -> bool:
    """"100 people are feared / believed killed": a bare participle completing a passive."""
    return verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "aux", "dobj") for c in children(verb)) and any(
        c.dep_ == "auxpass" for c in children(verb.head))


def _reduced_passive(verb: Token) -> bool:
    """"11 people killed when jets bombed a monastery": a participle on its noun is passive."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "dobj") for c in children(verb))


def _own_cause_subjects(verb: Token) -> list[Token]:
    acts = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "during", "under", "following", "after")
            for o in children(p) if (o.dep_ == "pobj" or o.dep_ == "pcomp" and o.tag_ == "VBG")  # ("in shelling by X")
            and o.pos_ != "PROPN" and not _is_place(o)]  # (where)
    misread = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "during", "under", "following", "after")
               for o in children(p) if o.dep_ in ("pobj", "dobj") and o.pos_ == "PROPN" and any(
                   a.dep_ == "acl" and a.tag_ == "VBG" and a.lower_ in UNDERGONE_ACTS for a in children(o))]
    if misread:
        return misread  # "following intense RSF shelling", read as the RSF with a participle
    # ("in a flare-up, ... killed in ceasefire violations by Pakistani troops": the act with its
    # doer named first)
    acts.sort(key=lambda a: prep_object(a, "by") is None)
    for act in acts or [None]:  # ("killed in Kharkiv in a Russian missile strike", "under Israeli shelling")
        opponent = (prep_object(act, "with") or prep_object(verb, "with")) \
            if act is not None and act.lower_ in CLASH_NOUNS else None
        if opponent is not None:
            return conjuncts_of(opponent)  # "wounded in a firefight with gunmen": the gunmen fought them
        author = _act_author(act) if act is not None else None
        if author is not None:
            return conjuncts_of(author)
        if act is not None and act.lemma_.lower() in UNATTRIBUTED_ATTACKS:
            return [act]  # "killed in a car bomb explosion": the blast stands for its unknown authors
    mine = _mine_struck(verb)
    if mine is not None:
        return [mine]  # "killed when their truck hit a landmine": the mine stands for its layers
    for c in children(verb):
        # (the parser may hang "when" on a coordinated verb: "when fighters attacked and overran")
        marks = [*children(c), *(m for x in children(c) if x.dep_ == "conj" for m in children(x))]
        if c.dep_ == "advcl" and c.pos_ == "VERB" \
                and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as") for m in marks) \
                and (not any(x.dep_ in ("nsubjpass", "auxpass") for x in children(c)) or c.lemma_.lower() == "engage"):
            # (but "after marines were engaged in fighting with ...": the fighters)
            # (a pronoun there is the victim again: "was detained as he took part in a protest")
            subjects = [s for s in subjects_of(c) if s.pos_ != "PRON"]
            if subjects:
                return subjects
        agent = prep_object(c, "by") if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("when", "after", "as") for m in children(c)) else None
        thrown = first_child(c, ("nsubjpass",)) if agent is not None else None
        if thrown is not None and thrown.lower_ in FIRED_WEAPON_WORDS | WEAPON_SUBJECT_WORDS:
            return conjuncts_of(agent)  # "hurt after a grenade was hurled at them by militants"
    return []


def _measured_event(measure: Token) -> Token | None:
    """The events of "a series of attacks"; of "a series of shelling attacks" parsed as a
    gerund with an object, the object ("attacks")."""
    of = next((c for c in children(measure) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    pobj = first_child(of, ("pobj",))
    if pobj is not None:
        return pobj
    gerund = first_child(of, ("pcomp",))
    return (first_child(gerund, ("dobj",)) or gerund) if gerund is not None else None


MEASURE_OF_EVENTS = frozenset({"day", "week", "month", "hour", "year", "series", "wave", "round",
                               "spate", "string", "barrage", "volley", "flurry", "campaign",
                               "extension", "renewal", "imposition", "package"})


def _hyphenated(noun: Token) -> str:
    """The whole hyphenated word a noun ends ("sit-in" parsed as "sit" "-" "in")."""
    doc, i = noun.doc, noun.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i:noun.i + 1].text.lower()


def _emergency_rule(noun: Token) -> bool:
    """"a state of emergency / siege", "martial law": CAMEO 1724's emergency rule."""
    lemma = noun.lemma_.lower()
    if lemma == "state":
        of = prep_object(noun, "of")
        return of is not None and of.lemma_.lower() in ("emergency", "siege")
    return lemma == "law" and any(c.lower_ == "martial" for c in children(noun))
OTHER_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis", "csubj"})
CROWD_CONTROL_WORDS = frozenset({"tear", "teargas", "rubber", "pepper", "batons", "baton", "stun", "birdshot", "pellets",
                                 "lathicharged", "lathicharge", "lathi"})


def _crowd_control(words: set[str]) -> bool:
    """Tear gas, rubber bullets, batons ("tear" alone may be the lemma of "tore through")."""
    found = words & CROWD_CONTROL_WORDS
    if "rubber" in found and not words & RUBBER_ROUNDS:
        found = found - {"rubber"}  # ("shot dead at work on a rubber farm")
    return bool(found - {"tear"} or found and words & TEAR_GAS_ROUNDS) or {"water", "cannon"} <= words


RUBBER_ROUNDS = frozenset({"bullet", "bullets", "round", "rounds", "pellet", "pellets", "coated"})


TEAR_GAS_ROUNDS = frozenset({"gas", "gases", "shell", "shells", "canister", "canisters", "smoke"})
# "the strike resulted in / caused / led to the deaths of dozens": the strike harmed them
RESULT_VERBS = frozenset({"result", "cause", "lead"})
DEATH_NOUNS = frozenset({"death", "deaths", "killing", "killings", "casualty", "casualties", "injury", "injuries"})
DAMAGE_NOUNS = frozenset({"damage", "destruction", "havoc", "devastation"})


RESTATE_VERBS = frozenset({"reiterate", "restate"})
# "drew / sparked / prompted condemnation from X": X's reaction
REACTION_DRAWING_VERBS = frozenset({"draw", "spark", "prompt", "provoke", "trigger", "attract", "earn", "elicit"})
SENTENCE_NOUNS = frozenset({"sentence", "term", "penalty"})  # "handed jail terms", "gave the death penalty to"
NAMING_AS_VERBS = frozenset({"call", "brand", "label", "term", "dub", "describe", "characterize", "characterise",
                             "denounce", "condemn", "decry", "name", "slam", "blast", "deride"})
# verbs that only name (no act of their own to fall back on when the name hangs loose)
NAMING_ONLY_VERBS = frozenset({"call", "brand", "label", "term", "dub", "describe", "characterize", "characterise",
                               "slam", "blast", "deride"})
# what a denouncing name calls something ("a barbaric act of terrorism", "banal revenge")
PEJORATIVE_WORDS = frozenset({
    "terrorism", "terrorist", "terrorists", "barbaric", "barbarism", "barbarity", "crime", "crimes", "criminal",
    "revenge", "aggression", "provocation", "provocative", "violation", "massacre", "genocide", "lie", "lies",
    "farce", "sham", "outrage", "outrageous", "unacceptable", "illegal", "illegitimate", "hostile", "disgraceful",
    "shameful", "cowardly", "heinous", "atrocity", "atrocities", "blackmail", "piracy", "fascist", "fascism",
    "injustice", "savage", "brutal", "brutality", "irresponsible", "reckless", "hypocrisy", "hypocritical",
    "dirty", "charade", "circus", "hoax", "propaganda", "interference", "meddling", "insult", "betrayal",
    "arbitrary", "unjust", "motivated", "orchestrated", "dictatorship", "tyranny", "aggressive", "inhumane",
    # (a danger or a foe named: "a declaration of war", "a threat to his country", "the principal enemy")
    "war", "threat", "enemy", "senseless", "unfortunate", "dangerous", "destabilising", "destabilizing",
    "escalation", "escalatory", "subversion", "unlawful", "un-islamic", "unprofessional", "invasion",
    # (a charge dismissed or a foe mocked: "called the allegations frivolous", "Western puppets")
    "frivolous", "absurd", "ridiculous", "preposterous", "nonsense", "shameless", "cynical", "slanderous",
    "slander", "smear", "puppet", "puppets", "fabricated", "fabrication", "malicious", "baseless",
    "groundless", "unfounded", "slap", "spit", "occupiers", "occupier", "occupying", "thugs", "bandits",
    "reprehensible", "deplorable", "unjustified", "despicable", "abhorrent", "appalling", "egregious", "flagrant"})


JUDGED_WORDS = PEJORATIVE_WORDS | frozenset({"dangerous", "unlawful", "regrettable", "deplorable",
                                             "unjustified", "unjustifiable", "reprehensible", "baseless",
                                             "groundless", "unfounded", "politically-motivated", "totalitarian",
                                             "provocations", "destabilising", "destabilizing"})


def _judged_act(clause: Token) -> Token | None:
    """The subject of "(said) X was illegal / a provocation": an act or party the speaker
    condemns; None for any other clause."""
    if clause.lemma_ in ("seem", "appear") and (be := first_child(clause, ("xcomp",))) is not None:
        subject, verdict = first_child(clause, ("nsubj",)), first_child(be, ("acomp", "attr"))
        # "the court ruling seems to be politically motivated"
        political = verdict is not None and any(t.lower_ == "politically" for t in verdict.subtree)
        return _act_author(subject) if subject is not None and political and not is_negated(clause) else None
    if clause.lemma_ != "be" or is_negated(clause):
        return None
    subject = first_child(clause, ("nsubj",))
    verdict = first_child(clause, ("acomp", "attr"))
    if subject is None or verdict is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(t.lower_ in JUDGED_WORDS for t in verdict.subtree):
        return None
    if subject.pos_ == "PROPN":
        return subject  # "said Moscow was irresponsible"
    author = _act_author(subject)  # "China's maneuvers", "the Israeli strike"; not "the situation"
    return author if author is not None and author != subject else None


def _denounced_as(verb: Token, lemma: str, obj: Token | None) -> Token | None:
    """The object of "called / branded X a barbaric act", "described X as an injustice": named
    with a pejorative, it is denounced."""
    if lemma not in NAMING_AS_VERBS:
        return None
    name = first_child(verb, ("oprd",)) or prep_object(verb, "as") or (next(
        (c for c in children(obj) if c.dep_ == "prep" and c.lower_ == "as"), None) if obj is not None else None)
    if obj is None and name is not None:
        # "called the attack barbaric" parsed as one phrase "the attack barbaric"
        obj = next((c for c in children(name) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if name is None:
        # "described the arrival as unfortunate": the parser hangs the adjective on "as"
        name = next((g for c in children(verb) if c.dep_ == "prep" and c.lower_ == "as"
                     for g in children(c) if g.dep_ in ("amod", "acomp", "advmod")), None)
    if name is None and obj is not None:
        # ("called the verdict "politically motivated"": the quoted verdict read as a modifier;
        # "called South Korea its principal enemy": the name read as an apposition)
        name = next((c for c in children(obj) if c.dep_ in ("acl", "amod", "appos") and c.i > obj.i), None)
    if name is None and obj is not None and lemma in NAMING_ONLY_VERBS and not any(
            c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("for", "on", "upon") for c in children(verb)):
        # the name hung anywhere after the thing named ("called Boluarte's plans a dirty game"
        # read as two objects; "described the attack by the jihadists as cowardly")
        name = next((t for t in verb.subtree if t.i > obj.i and t.lower_ in PEJORATIVE_WORDS), None)
    if name is None or obj is None:
        return None
    words = {t.lower_ for t in name.subtree}
    # ("called the sentence politically motivated": a charge of persecution)
    return obj if words & PEJORATIVE_WORDS or {"politically", "motivated"} <= words else None


def _to_death(verb: Token) -> bool:
    """"burnt to death", "hacked a man to death": a killing, whatever the verb alone means."""
    death = prep_object(verb, "to")
    return death is not None and death.lower_ == "death"


def _deaths_caused(verb: Token) -> Token | None:
    """The "deaths" of "resulted in / led to / caused the deaths of ..."."""
    found = first_child(verb, ("dobj",)) or prep_object(verb, "in") or prep_object(verb, "to")
    # ("Russia's drone attack caused serious damage in the Kyiv region": harm done, the place hit)
    return found if found is not None and found.lower_ in DEATH_NOUNS | DAMAGE_NOUNS else None


# "six members of the same family murdered in ...": killings told in a reduced relative
MURDER_VERBS = frozenset({"murder", "slay", "massacre", "behead", "execute"})
def _abduction_told(participle: Token) -> bool:
    """"passengers abducted on Tuesday by gunmen on the Benin-Auchi road": an abduction told
    in passing is one, unless the sentence tells the captives' release (then it is their past)."""
    return participle.lemma_.lower() in ("abduct", "kidnap") and not any(
        t.lemma_.lower() in ("free", "release", "rescue", "return", "reunite") for t in participle.sent)


# violent acts a non-restrictive "who" clause may tell: "troops, who killed three militants"
COMBAT_RELATIVE_VERBS = frozenset({"kill", "attack", "shoot", "ambush", "repel", "storm", "abduct", "kidnap",
                                   "capture", "seize", "arrest", "bomb", "shell", "raid", "wound", "injure"})
HARM_VERBS = frozenset({"kill", "injure", "wound", "hit", "strike", "target", "destroy", "damage", "maim",
                        "claim", "leave"})
FIRE_WORDS = frozenset({"fire", "blaze", "flame", "wildfire", "inferno"})
FIREFIGHTING_VERBS = frozenset({"contain", "extinguish", "douse", "battle", "fight", "control", "tackle", "put"})
LAUNCH_VERBS = frozenset({"launch", "fire", "drop", "lob", "hurl", "shoot"})
STATE_FORCE_WORDS = frozenset({"police", "policemen", "authorities", "security", "forces", "troops",
                               "soldiers", "army", "officers", "agents", "gendarmes"})
CAR_BOMB_VEHICLES = frozenset({"car", "cars", "vehicle", "truck", "lorry", "van", "motorcycle", "motorbike", "bus"})
# devices a vehicle or a patrol runs into ("hit an IED", "struck a landmine")
STRUCK_DEVICES = frozenset({"mine", "landmine", "ied", "device", "bomb", "explosive", "explosives"})
TARGET_SITE_WORDS = frozenset({"shelter", "camp", "camps", "convoy", "convoys", "checkpoint",
                               "checkpoints", "patrol", "patrols", "barracks", "hospital", "hotel",
                               "embassy", "consulate", "prison", "jail", "headquarters"})


def _weapon_subject(verb: Token, lemma: str, subject: Token | None) -> Token | None:
    """The weapon of "mortar rounds landed", "a bomb went off", "explosions rocked Baghdad",
    "one of the mines went off"."""
    if subject is not None and subject.lower_ in ("one", "some", "two", "three", "several"):
        subject = prep_object(subject, "of") or subject
    if subject is None:  # "Shelling by Russian forces killed ...", parsed as a clause subject
        subject = next((c for c in children(verb) if c.dep_ == "csubj" and c.lower_ in ("shelling", "bombing")
                        and not any(d.dep_ == "dobj" for d in children(c))), None)
    if subject is None or lemma not in WEAPON_IMPACT_VERBS or subject.lower_ not in WEAPON_SUBJECT_WORDS and not (
            subject.lower_ in CAR_BOMB_VEHICLES and any(t.lower_ in ("explosives", "explosive", "bomb", "booby")
                                                        for t in subject.subtree if t.i < subject.i)) \
            and not _gunfire(subject):
        return None  # (a weapon, or "the explosives-laden car went off")
    if lemma == "go" and _particle(verb) != "off":
        return None
    return subject


FIRING_ARMS = frozenset({"gun", "machine", "machine-gun", "sniper", "mortar", "artillery", "tank", "rocket", "heavy",
                         "automatic", "small-arms", "cross-border"})


def _gunfire(subject: Token) -> bool:
    """"gun fire from Kyrgyzstan", "sniper fire", "fire from the militants": shots that hit,
    not a blaze (a fire that killed is a weapon only when arms or a side fired it)."""
    return subject.lower_ in GUNFIRE_WORDS and (any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in FIRING_ARMS for c in children(subject))
        or any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") for c in children(subject)))


def _test_launch(verb: Token) -> bool:
    """"test-fired a missile", "fired a missile into the sea": a show of military power (150),
    no one attacked."""
    return any(c.dep_ in ("npadvmod", "compound") and c.lower_ == "test" for c in children(verb)) \
        or verb.lemma_.lower() in ("fire", "launch", "shoot") and any(
            (o.lower_ in ("sea", "ocean", "waters") or h is not verb and o.lower_ in ("coast", "coastline"))
            and o.pos_ == "NOUN"
            for h in (verb, _fired_missile(verb)) if h is not None
            for p in ("into", "in", "toward", "towards", "off") if (o := prep_object(h, p)) is not None) \
        or verb.lemma_.lower() in ("fire", "launch") and _missiles_into_the_sea(verb)


PEOPLED_PLACES = frozenset({"area", "neighbourhood", "neighborhood", "district", "village", "town", "city", "market",
                            "camp", "suburb", "quarter", "street"})


def _fired_among_people(verb: Token) -> bool:
    """"fired a ballistic missile in a densely populated area": at those who live there."""
    return any(o is not None and o.lemma_.lower() in PEOPLED_PLACES
               for h in (verb, first_child(verb, ("dobj",))) if h is not None
               for o in (prep_object(h, "in"),))


def _fired_missile(verb: Token) -> Token | None:
    """The missiles or rockets a verb fires (not "shot down a balloon off the coast")."""
    obj = first_child(verb, ("dobj",))
    return obj if obj is not None and obj.lemma_.lower() in ("missile", "rocket", "projectile") else None


def _missiles_into_the_sea(verb: Token) -> bool:
    """"fired what appeared to be ten ballistic missiles off its east coast"."""
    words = list(verb.subtree)
    if any(t.dep_ == "prep" and t.lower_ in ("at", "on", "against") for t in words):
        return False  # "fired missiles at targets off the coast": an attack
    return any(t.lower_ in ("missile", "missiles") for t in words) and any(
        t.lower_ in ("sea", "coast", "waters", "ocean") and t.head.lower_ in ("off", "into", "toward", "towards")
        for t in words)


BURNT_PROPERTY_WORDS = frozenset({"station", "post", "building", "office", "school", "shop", "store", "market",
                                  "car", "vehicle", "truck", "bus", "house", "home", "hut", "church", "mosque",
                                  "temple", "hall", "headquarters", "court", "courthouse", "warehouse", "property"})
VEHICLE_WORDS = frozenset({"car", "truck", "vehicle", "van", "lorry", "motorcycle", "motorbike", "bus",
                           "tanker", "minibus", "pickup", "suv"})


GROUPISH_WORDS = frozenset({"group", "faction", "rebel", "militia", "movement", "force", "fighter", "insurgent",
                            "militant", "organisation", "organization", "jihadist", "guerrilla"})
DEMOBILISATION_WORDS = frozenset({"disarmament", "demobilization", "demobilisation"})


def _group_changed(verb: Token, lemma: str, subjects: list[Token]) -> Candidate | None:
    """An armed group's change the codebooks name: "announced a merger / the formation of an
    alliance" (joining forces, 060), "swore allegiance to the new leader" (030), "ended its
    existence as an armed group", "completed a disarmament process" (0873)."""
    obj = first_child(verb, ("dobj",))
    if obj is None:
        return None
    head = obj.lemma_.lower()
    if lemma == "announce" and head in ("merger", "formation", "unification") and any(
            t.lemma_.lower() in GROUPISH_WORDS for s in subjects for t in s.subtree):
        return Candidate("060", verb, subjects, None, priority=2)
    if lemma in ("swear", "pledge") and head == "allegiance":
        return Candidate("030", verb, subjects, prep_object(verb, "to"), priority=2)
    if lemma in ("end", "cease") and head == "existence" or lemma in ("complete", "finish") and head == "process" \
            and any(c.lower_ in DEMOBILISATION_WORDS for c in children(obj)):
        return Candidate("0873", verb, subjects, None, priority=2)
    return None


def _driven_into(verb: Token, lemma: str, obj: Token | None, subject: Token | None) -> Candidate | None:
    """"drove the rebels from the town": forces taking the place (192, from the driven);
    "a suicide bomber drove a car laden with explosives into a checkpoint": a car bomb on it."""
    if lemma not in ("drive", "ram", "crash", "steer", "plough", "plow") or obj is None:
        return None
    from_place = prep_object(verb, "from") or prep_object(verb, "out")
    if lemma == "drive" and from_place is not None and _is_place(from_place) \
            and (obj.lower_ in ARMED_WORDS or _is_person(obj)) and subject is not None:
        return Candidate("192", verb, [subject], obj, priority=2)
    # (the parser may hang "into" on the vehicle's participle: "a truck packed with explosives into")
    into = prep_object(verb, "into") or next((o for a in children(obj) if a.dep_ == "acl"
                                              if (o := prep_object(a, "into")) is not None), None)
    if subject is not None and subject.lemma_.lower() == "bomber" and obj.lemma_.lower() in VEHICLE_WORDS \
            and into is not None:
        suicide = any(c.lower_ == "suicide" for c in subject.subtree)
        return Candidate("1831" if suicide else "183", verb, [subject], _housed(into), priority=2)
    return None


def _weapon_code(verb: Token, weapon: Token) -> str:
    if _test_launch(verb):
        return "150"
    words = {t.lower_ for t in weapon.subtree} | {t.lemma_.lower() for t in weapon.subtree}
    if _crowd_control(words):
        return "175"  # tear gas, water cannon, rubber bullets: repression, not artillery
    sub = weapon_subtype(words)
    by_type = {"Air/drone strike": "195", "Shelling/artillery/missile attack": "194",
               "Suicide bomb": "1831", "Remote explosive/landmine/IED": _ied_code(words), "Grenade": "183"}
    if sub is not None and sub[1] in by_type:
        return by_type[sub[1]]
    return "183" if words & {"bomb", "bombs", "explosion", "explosions", "blast", "blasts", "device",
                             "explosive", "explosives", "ied"} else "190"


def _courtesy_call(verb: Token) -> Token | None:
    """The official visited in "called on President Murmu", "called on the Prime Minister in
    Delhi to discuss bilateral relations": "call on" an office holder, with no act asked of
    them, is paying a visit; "called on the president to resign" asks an act (an appeal)."""
    host = prep_object(verb, "on") or prep_object(verb, "upon")
    if host is None or host.tag_ in ("NNS", "NNPS") or prep_object(verb, "for") is not None \
            or not (host.ent_type_ == "PERSON" or host.lower_ in LEADER_WORDS | {"counterpart", "king", "queen"}):
        return None
    asked = [c for c in children(verb) if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    asked += [c for c in children(host) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if not asked:
        return host
    place = next((o for h in (verb, host) for p in ("in", "at") if (o := prep_object(h, p)) is not None), None)
    # (the talks the visitor came for: "called on Modi in Delhi to discuss bilateral relations")
    visited = place is not None and place.ent_type_ in ("GPE", "FAC", "LOC")
    return host if visited and all(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in TOPIC_VERBS for c in asked) else None


ATTACK_NOUNS_REPELLED = frozenset({"attack", "attacks", "assault", "offensive", "raid", "incursion", "advance"})


def _attacks_repelled(verb: Token, subjects: list[Token], modality: str,
                      attribution: Token | None) -> list[Candidate]:
    """"The army killed 15 insurgents after repelling an attack by the terrorists", "while
    repelling the RSF assault": the attackers' attack on the subject told beside its own act
    (the side whose attack was repelled fought too); with no attacker named, those the
    subject killed."""
    if not subjects:
        return []
    out = []
    for clause in (c for c in children(verb) if c.dep_ == "advcl" or c.dep_ == "prep" and c.lower_ in TIME_PREPS):
        repel = clause if clause.dep_ == "advcl" else first_child(clause, ("pcomp",))
        attack = first_child(repel, ("dobj",)) if repel is not None and repel.tag_ == "VBG" \
            and repel.lemma_.lower() in ("repel", "repulse", "thwart", "foil", "fend") else None
        if attack is None or attack.lower_ not in ATTACK_NOUNS_REPELLED:
            continue
        attacker = prep_object(attack, "by") or next(
            (c for c in children(attack) if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None) \
            or first_child(verb, ("dobj",))
        if attacker is not None:
            out.append(Candidate("190", attack, [attacker], subjects[0], modality, attribution, priority=1))
    return out


def _declared_persona_non_grata(verb: Token) -> Token | None:
    """Who "was declared persona non grata" or whom a state "declared personae non gratae" (the
    parser splits the Latin phrase every way: the one declared is the noun before it)."""
    persona = next((t for t in verb.subtree if t.lower_ in ("persona", "personae")), None)
    if persona is None or not any(t.lower_ in ("grata", "gratae") for t in verb.subtree):
        return None
    passive = first_child(verb, ("nsubjpass",))
    if passive is not None:
        return passive
    return next((t for t in reversed(verb.doc[verb.i + 1:persona.i]) if t.pos_ in ("NOUN", "PROPN")), None)


def _called_in_envoy(verb: Token) -> Token | None:
    """The envoy of "called in the ambassador" (the parser reads "in" as particle or preposition)."""
    if not any(c.lower_ == "in" and c.dep_ in ("prt", "prep") for c in children(verb)):
        return None
    envoy = first_child(verb, ("dobj",)) or prep_object(verb, "in")
    return envoy if envoy is not None and envoy.lower_ in ENVOY_WORDS else None


def _in_protest(verb: Token) -> bool:
    """"gathered ..., blowing whistles in protest at the decision": done as a protest."""
    for tok in verb.subtree:
        # (not "took part in the protest": a protest joined)
        if tok.lower_ == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and tok.head.head.lemma_.lower() not in ("part", "participate", "involve", "engage") \
                and not (tok.head.head.lemma_.lower() == "take" and _object_head_in(tok.head.head, frozenset({"part"}))):
            between = [a for a in tok.ancestors if a.i != verb.i and verb in a.ancestors]
            # not inside another clause with a subject of its own, nor another act coordinated
            # with this one ("summoned the ambassador and threatened to expel diplomats in protest")
            return not any(a.pos_ == "VERB" and (subjects_of(a) or a.dep_ == "conj") for a in between)
    return False


def _banging_pots(verb: Token) -> bool:
    """"Banging pots and pans": the pot-banging protest (cacerolazo)."""
    return verb.lemma_.lower() in ("bang", "beat", "clang") and _object_head_in(verb, frozenset(
        {"pot", "pots", "pan", "pans", "casserole", "casseroles", "saucepans"}))


def _in_solidarity(verb: Token) -> bool:
    """"Crowds flocked to the square to show solidarity with the strikers", "gathered in support
    of the jailed activist": a gathering that takes a side is a demonstration."""
    if not (_gathering(verb) or verb.lemma_.lower() in ("flock", "pour", "march")) \
            or any(s.lemma_.lower() in LEADER_WORDS | {"delegate"} for s in subjects_of(verb)):
        return False  # (ministers gathered "in support of Ukraine" met)
    shown = [o for c in children(verb) if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("show", "express", "voice")
             for o in children(c) if o.dep_ == "dobj"]
    shown += [o for c in children(verb) if c.dep_ == "prep" and c.lower_ == "in" for o in children(c) if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in ("solidarity", "support") for t in shown)


def _protesting_crowd(tok: Token | None) -> bool:
    """Protesters, a crowd, or people shown protesting ("a crowd of students staging a sit-in",
    "students demonstrating against the law")."""
    if tok is None:
        return False
    if tok.lower_ in PROTEST_CROWD_WORDS and tok.lower_ not in ("crowd", "crowds"):
        return True
    counted = prep_object(tok, "of") if tok.lower_ in CROWD_SIZES | {"scores"} else None
    if counted is not None and counted.lower_ in PROTEST_CROWD_WORDS:
        return True  # "thousands of protesters"
    people = [tok, *(o for o in [prep_object(tok, "of")] if o is not None)]
    for person in people:
        # (not one who "had led several marches in the past": an activist, not a crowd)
        for act in (c for c in children(person) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                    and not any(a.dep_ == "aux" and a.lower_ == "had" for a in children(c))):
            obj = first_child(act, ("dobj",))
            if act.lemma_.lower() in ("protest", "demonstrate", "march", "rally") or (
                    obj is not None and obj.lemma_.lower() in DISSENT_ACTION_WORDS | {"sit-in", "vigil"}):
                return True
    return tok.lower_ in ("crowd", "crowds")


def _mine_struck(verb: Token) -> Token | None:
    """The mine or bomb of "... when / after their vehicle hit / struck a landmine"."""
    for holder in [verb, *(c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]:
        for clause in children(holder):
            if clause.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "after", "as")
                                                 for m in children(clause)):
                continue
            obj = first_child(clause, ("dobj",)) or prep_object(clause, "on")
            if obj is not None and obj.lemma_.lower() in UNATTRIBUTED_ATTACKS | {"ied", "device"}:
                return obj
    return None


def _blamed_for_harm(verb: Token) -> bool:
    """"X was responsible for / to blame for / guilty of <a harm>" with no act clause."""
    if verb.lemma_ != "be" or is_negated(verb):
        return False
    word = next((c for c in children(verb) if c.dep_ in ("acomp", "attr") and (c.lower_ in CULPABLE or c.lower_ == "blame")), None)
    return word is not None and any(p.dep_ == "prep" and p.lower_ in ("for", "of") for p in children(word))


def _driven_out_of(verb: Token) -> Token | None:
    """The place of "drove / pushed / forced X out of PLACE"."""
    if verb.lemma_.lower() not in ("drive", "push", "force", "chase", "flush", "oust"):
        return None
    out = next((c for c in children(verb) if c.lower_ == "out" and c.dep_ in ("prt", "advmod", "prep")), None)
    place = prep_object(out, "of") if out is not None else None
    if place is None:
        place = prep_object(verb, "of") if out is not None else None
    driven = first_child(verb, ("dobj",))
    fighters = ARMED_WORDS | FORCE_WORDS | {"insurgents", "militants", "rebels", "jihadists", "fighters"}
    if driven is None or not (driven.lower_ in fighters or any(s.lower_ in fighters for s in subjects_of(verb))):
        return None  # "forced the UN refugee agency out of the country" is an expulsion, not a battle
    return place


def _recalled(verb: Token) -> bool:
    """A clause dated by "N years since / after" it: "marks ten years since X seized ..."."""
    mark = next((c for c in children(verb) if c.dep_ == "mark" and c.lower_ in ("since", "after")), None)
    if mark is None or verb.dep_ not in ("advcl", "acl"):
        return False
    if mark.lower_ == "since" and _dated_long_ago(verb):
        return True  # "has seen an uptick since the Taliban recaptured Afghanistan two years ago"
    if mark.i == 0:
        return False
    span = verb.doc[mark.i - 1]  # "ten years since", "a decade after"
    return span.lemma_.lower() in ("year", "decade") and any(
        c.dep_ == "nummod" or c.lower_ in ("a", "one") for c in children(span))


LONG_AGO_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades"})


def _dated_long_ago(verb: Token) -> bool:
    """A clause or phrase dated months or years back ("two years ago", "since 1967")."""
    if any(t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100 for t in verb.subtree):
        return True
    words = [t for t in verb.subtree if t.ent_type_ == "DATE" or t.lower_ == "ago"]
    return any(t.lower_ == "ago" for t in words) and any(t.lower_ in LONG_AGO_UNITS for t in words)


def _accord_of_belligerents(trigger: Token, root: str, source: Actor | None, target: Actor | None) -> bool:
    """Two sides agree or sign, at least one of them an armed force or group."""
    if root not in ("03", "05", "06", "08") or trigger.lemma_.lower() not in ("agree", "sign", "conclude", "reach"):
        return False
    if source is None or target is None:
        return False
    return bool((set(source.roles) | set(target.roles)) & (ARMED_ROLES | {"MIL"}))


def _act_after_description(verb: Token) -> Token | None:
    """The act of "X suspected / believed / said to be Y killed ...", misparsed with the
    participle as the verb and the act as its clausal complement."""
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in ("suspect", "believe", "think", "say", "know", "report"):
        return None
    act = next((c for c in children(verb) if c.dep_ in ("ccomp", "conj") and c.pos_ == "VERB" and c.i > verb.i
                and (c.tag_ in ("VBD", "VBZ", "VBP") or first_child(c, ("dobj",)) is not None)), None)
    # "suspected to be herders" hangs as an xcomp on the participle or as "to be" on the act
    described = any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in children(verb)) or (
        act is not None and any(c.lemma_ == "be" and c.i < act.i and (
            any(t.lower_ == "to" for t in children(c)) or verb.doc[c.i - 1].lower_ == "to") for c in children(act)))
    return act if described else None


# things that may "threaten" (endanger) but cannot make a threat
ABSTRACT_DOERS = frozenset({"collapse", "crisis", "situation", "escalation", "conflict", "war", "violence",
                           "fighting", "instability", "unrest", "turmoil", "chaos", "dispute", "standoff",
                           "tension", "development", "spread", "outbreak", "drought", "famine", "flood",
                           "flooding", "shortage", "inflation", "surge", "slump", "downturn", "deadlock"})
RECOVERY_VERBS = frozenset({"pull", "recover", "retrieve", "dig", "exhume", "remove", "collect", "find"})
REMAINS_WORDS = frozenset({"body", "bodies", "corpse", "corpses", "remains", "survivor", "survivors", "dead"})
THROW_VERBS = frozenset({"throw", "hurl", "lob", "fling", "toss"})
THROWN_THINGS = frozenset({"stone", "rock", "bomb", "brick", "bottle", "molotov", "cocktail", "projectile",
                           "firebomb", "object"})
RETAKING_VERBS = frozenset({"retake", "recapture", "seize", "capture", "liberate", "overrun", "regain"})
STAGING_VERBS = frozenset({"stage", "carry", "launch", "mount", "conduct", "claim", "perpetrate", "commit"})
STAGED_FORMS = frozenset({"staged", "stages"})  # (the tagger's lemma of "staged" may be "stag")
REDUCING_VERBS = frozenset({"reduce", "cut", "curtail", "downgrade", "scale", "limit", "restrict"})
RELATION_OBJECTS = frozenset({"visits", "contacts", "cooperation", "ties", "relations", "exchanges", "dialogue"})
THREATENING_VERBS = frozenset({"warn", "vow", "threaten", "pledge", "promise"})
MARKING_VERBS = frozenset({"declare", "consider", "deem", "regard", "name", "designate", "brand"})
PROOF_VERBS = frozenset({"have", "present", "show", "provide", "possess", "cite", "produce", "find", "gather"})
PROOF_NOUNS = frozenset({"proof", "evidence"})


def _proof_of(verb: Token) -> Token | None:
    """The doer named by "had proof / evidence that X did ...", the clause hung on the noun."""
    proof = first_child(verb, ("dobj",))
    if proof is None or proof.lemma_.lower() not in PROOF_NOUNS or is_negated(verb):
        return None
    clause = next((c for c in children(proof) if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                   and has_mark(c, ("that",))), None)
    return first_subject(clause) if clause is not None else None


def _is_envoy(tok: Token) -> bool:
    """An ambassador, a diplomat or an embassy's staff."""
    words = {t.lower_ for t in tok.subtree if t.i <= tok.i}
    return bool(words & (ENVOY_WORDS | {"diplomats"})) or tok.lower_ == "staff" and bool(
        words & {"embassy", "diplomatic", "consulate", "mission"})


def _marked_as_target(verb: Token) -> Token | None:
    """X of "declared X (to be) legitimate / hostile targets", "consider X as hostile targets"."""
    marked = first_child(verb, ("dobj", "nsubj")) if verb.lemma_.lower() != "declare" else first_child(verb, ("dobj",))
    words = list(verb.subtree)
    named_target = any(t.lemma_.lower() == "target" and any(c.lower_ in ("legitimate", "hostile", "military")
                                                             for c in children(t)) for t in words)
    if not named_target:
        return None
    obj = first_child(verb, ("dobj",)) or next((c for c in children(verb) if c.dep_ in ("ccomp", "oprd", "xcomp")
                                                and first_child(c, ("nsubj",)) is not None), None)
    if obj is not None and obj.dep_ != "dobj":
        obj = first_child(obj, ("nsubj",))
    return obj if obj is not None and obj.lemma_.lower() != "target" else (marked if marked is not None
                                                                          and marked.dep_ == "dobj" else None)


def _hosted_visitor(verb: Token) -> bool:
    """"welcomed Zelensky at the White House / to Beijing": a person received somewhere."""
    guest = first_child(verb, ("dobj",))
    return guest is not None and (guest.ent_type_ == "PERSON" or guest.lower_ in LEADER_WORDS | COUNTERPART_WORDS) \
        and any(prep_object(verb, p) is not None for p in ("at", "to", "in"))


COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "delegation", "delegations", "guest", "guests",
                               "envoy", "envoys", "visitor", "visitors"})
AID_OBJECTS = frozenset({"aid", "assistance", "grant", "grants", "loan", "loans", "credit", "credits", "relief",
                         "support", "help", "funding", "funds", "donation", "donations"})
MONEY_AID = frozenset({"grant", "grants", "loan", "loans", "credit", "credits", "funding", "funds"})


ALERT_WORDS = frozenset({"alert", "readiness", "standby", "high-alert"})


def _alert_raised(verb: Token) -> bool:
    """"went on high alert", "raised its combat readiness"."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        on = prep_object(verb, "on")
        return on is not None and on.lower_ in ALERT_WORDS
    return lemma in ("raise", "increase", "heighten", "boost") and _object_head_in(verb, ALERT_WORDS)


def _on_alert(verb: Token, subjects: list[Token] | None = None) -> bool:
    """"put its forces on alert / on the highest state of combat readiness"; with `subjects`,
    forces that are on alert."""
    on = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "on"), None)
    forces = any(t.lower_ in FORCE_WORDS | {"military"} for t in subjects) if subjects is not None \
        else _object_head_in(verb, FORCE_WORDS | {"military"})
    return on is not None and forces and any(t.lower_ in ("alert", "readiness", "standby", "high-alert")
                                             for t in on.subtree)


def _combat_ready(verb: Token) -> bool:
    """"are combat-ready", "ready for combat / war", "battle-ready"."""
    ready = next((c for c in children(verb) if c.dep_ == "acomp" and c.lower_ == "ready"), None)
    return ready is not None and (
        any(c.lower_ in ("combat", "battle") for c in children(ready) if c.i < ready.i)
        or any(o.lower_ in ("combat", "battle", "war") for p in ("for",) if (o := prep_object(ready, p)) is not None))


def _named_sides(subjects: list[Token]) -> int:
    """How many subjects name a side of their own ("Russia and China", "Russian and Chinese
    bombers"; not "Chinese warships and fighter jets")."""
    return sum(1 for t in subjects if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")
               or any(c.ent_type_ in ("GPE", "NORP") or c.pos_ == "PROPN" for c in children(t) if c.i < t.i)
               or modifier_head(t) is not None)


def _mediations(verb: Token, subjects: list[Token], modality: str, attribution: Token | None) -> list[Candidate]:
    """"Israel and Hamas halted fighting under a ceasefire brokered by Egypt": the broker
    mediates (045) with each side."""
    out: list[Candidate] = []
    holders = [verb, *(c for c in children(verb) if c.dep_ == "xcomp")]  # "agreed to restore ties under a deal"
    stack = [c for h in holders for c in children(h) if c.dep_ in _NOMINAL_PATH]
    seen: set[int] = set()
    while stack:
        tok = stack.pop()
        for c in children(tok):
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MEDIATE_VERBS and c.i not in seen:
                seen.add(c.i)
                broker = prep_object(c, "by")
                if broker is not None and subjects:  # (the first side's conjuncts are the others)
                    out.append(Candidate("045", c, [broker], subjects[0], modality, attribution, priority=1))
            elif c.dep_ in _NOMINAL_PATH:
                stack.append(c)
    return out


def _casualty_clause(verb: Token, lemma: str) -> bool:
    """"two soldiers died / were killed (after ...)": the people hurt, whose cause clause is
    the event itself."""
    return lemma in DEATH_VERBS or (lemma in HARM_VERBS and any(c.dep_ == "nsubjpass" for c in children(verb)))


def _taken_by_gunmen(verb: Token) -> bool:
    """People "taken (from their homes) by armed men / gunmen"."""
    agent = prep_object(verb, "by")
    subject = first_child(verb, ("nsubjpass",))
    return agent is not None and subject is not None and _is_person(subject) and (
        agent.lower_ in ARMED_WORDS or any(c.lower_ == "armed" for c in children(agent)))


def _housed(target: Token | None) -> Token | None:
    """"two Iraqi bases housing U.S. troops": those housed, not the place, are attacked."""
    if target is None:
        return None
    housed = next((first_child(a, ("dobj",)) for a in children(target) if a.dep_ == "acl"
                   and a.lemma_.lower() in ("house", "host", "shelter")), None)
    return housed or target


def _named_doer(clause: Token) -> bool:
    """Does the clause have a subject of its own that is not a pronoun (or, passive, a named
    agent: "after they were attacked by jihadists")?"""
    return any(t.pos_ != "PRON" for t in subjects_of(clause)) or any(
        o.pos_ != "PRON" for a in children(clause) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj")


def _on_condition(verb: Token) -> bool:
    """"would impose sanctions unless / if ...": the act is set on a condition."""
    holders = [verb, *(a for a in verb.ancestors if a.pos_ in ("VERB", "AUX"))][:3]
    return any(c.dep_ == "advcl" and has_mark(c, ("if", "unless", "until", "should")) for h in holders for c in children(h)) \
        or any(t.lower_ in ("unless", "otherwise") for t in verb.sent)


def _act_by_named_doer(clause: Token) -> bool:
    """"(after four soldiers were killed) in shelling by Indian forces": the act that did it
    names its doer."""
    return any(o.pos_ != "PRON" for p in children(clause) if p.dep_ == "prep" and p.lower_ in ("in", "during")
               for a in children(p) if a.dep_ in ("pobj", "pcomp") and (o := prep_object(a, "by")) is not None)


def _going_home(verb: Token) -> bool:
    """"headed back to their villages", "flew home": a journey to one's own home, meeting no one."""
    if any(c.lower_ == "home" for c in children(verb)):
        return True
    to = prep_object(verb, "to") or next((prep_object(c, "to") for c in children(verb) if c.lower_ == "back"), None)
    return to is not None and to.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(to))


SIDELINE_WORDS = frozenset({"sideline", "sidelines", "margin", "margins", "fringe", "fringes"})  # "on the sidelines of"


def _fighting_joined(verb: Token) -> bool:
    """"took part / participated in (a series of) shootouts": joining a fight is fighting."""
    lemma = verb.lemma_.lower()
    if not (lemma == "participate" or lemma == "take" and any(c.lower_ == "part" for c in children(verb))):
        return False
    fight = prep_object(verb, "in")
    if fight is not None and fight.lemma_.lower() in MEASURE_OF_EVENTS:
        fight = prep_object(fight, "of")  # ("a series / wave of clashes")
    return fight is not None and fight.lemma_.lower() in CLASH_NOUNS


def _police_search(verb: Token) -> bool:
    """"Police raided the offices of the newspaper": a police raid on premises."""
    premises = first_child(verb, ("dobj",))
    return verb.lemma_.lower() == "raid" and premises is not None and premises.lower_ in PREMISES \
        and premises.lower_ not in ("home", "homes") \
        and any(s.lemma_.lower() in POLICE_FORCE_WORDS | {"policeman"} for s in children(verb) if s.dep_ == "nsubj")


def _retort(verb: Token) -> bool:
    """"hit back, denying ... and accusing ...", "struck back, saying ...": words, not blows."""
    back = _particle(verb) == "back" or any(c.dep_ == "advmod" and c.lower_ == "back" for c in children(verb))
    return back and verb.lemma_.lower() in ("hit", "strike", "lash") and first_child(verb, ("dobj",)) is None \
        and any(c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in SPEECH | ACCUSING_VERBS | {"deny"}
                for c in children(verb))


MILITARY_CAMPAIGN_NOUNS = frozenset({"campaign", "operation", "operations", "offensive", "war", "strikes", "attacks",
                                    "bombing", "bombardment", "assault"})


def _campaign_widened(verb: Token) -> bool:
    """"expanded / widened its campaign against Hamas": fighting, not cooperation."""
    obj = first_child(verb, ("dobj",))
    return verb.lemma_.lower() in ("expand", "widen", "broaden", "extend") and obj is not None \
        and obj.lemma_.lower() in MILITARY_CAMPAIGN_NOUNS \
        and (prep_object(obj, "against") or prep_object(verb, "against")) is not None


def _conditioned_party(c: Candidate) -> None:
    """"warned the North will take fiercer military actions if the United States sticks to
    the move": a threat is aimed at whoever must not do what its condition names."""
    if c.code[:2] != "13" or c.trigger.lemma_.lower() not in THREATENING_VERBS:
        return
    if c.target is not None and (c.target.pos_ == "PROPN" or c.target.ent_type_ in ("NORP", "GPE", "ORG")):
        return  # (a party named as the threatened: "warned Israel it would respond if ...")
    party = next((s for clause in children(c.trigger) if clause.dep_ == "ccomp"
                  for cond in children(clause) if cond.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(cond))
                  for s in children(cond) if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")), None)
    if party is not None and party not in c.sources:
        c.target = party


def _strikes_reported_by_their_force(events: list[Event]) -> list[Event]:
    """"The US Africa Command says the airstrike was carried out at an al-Shabaab base": a
    strike told with no doer by a state's armed forces, on another side, is theirs."""
    out = []
    for e in events:
        speaker = e.attribution.source if e.attribution is not None else None
        if e.source is None and e.cameo in ("194", "195") and speaker is not None and "MIL" in speaker.roles \
                and speaker.country and (e.target is None or e.target.country != speaker.country
                                         or set(e.target.roles) & ARMED_ROLES):
            e = replace(e, source=speaker)
        out.append(e)
    return out


def _venue_phrase(target: Token) -> bool:
    """"at a Singapore hotel", "in Phnom Penh, Cambodia": where a meeting was held."""
    place = target.head if target.dep_ in ("appos", "conj") and target.head.dep_ == "pobj" else target
    return place.dep_ == "pobj" and place.head.lower_ in ("at", "in")


def _each_other(verb: Token) -> bool:
    """"accused each other", "fired on one another": the sources act on each other."""
    return any(t.lower_ == "other" and any(c.lower_ in ("each", "one") for c in children(t))
               or t.lower_ == "another" and any(c.lower_ == "one" for c in children(t))
               or t.lower_ == "one" and any(c.lower_ == "another" for c in children(t))  # "one" read as the head
               for t in verb.subtree if t.dep_ in ("dobj", "pobj"))


def _each_did(verb: Token) -> bool:
    """"Russia and Ukraine had each released 175 prisoners": each side did it to the other."""
    return any(c.lower_ == "each" and c.dep_ in ("advmod", "appos", "dep", "npadvmod", "nsubj") for c in children(verb)) \
        or any(c.lower_ == "each" for s in children(verb) if s.dep_ == "nsubj" for c in children(s))


QUOTING_VERBS = frozenset({"cite", "quote"})


def _speaker(act: Token) -> Token | None:
    """The subject of a reporting verb the act is told under ("officials said ...")."""
    teller = next((a for a in act.ancestors if a.lemma_.lower() in SAYING_VERBS | QUOTING_VERBS), None)
    return first_subject(teller) if teller is not None else None


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _noun_aim(noun: Token) -> Token | None:
    """Who an act a noun names was aimed at: "strikes on Houthi targets", "the arrest of X"."""
    return next((o for p in NOMINAL_PREPS_TARGET if (o := prep_object(noun, p)) is not None
                 and o.ent_type_ not in ("DATE", "TIME")), None) or prep_object(noun, "of")


def _main_act(verb: Token) -> Token | None:
    """The act a sentence reports: its root verb, or what a reporting root says ("officials
    said militants stormed the base", "the agency quoted a source as saying troops ...")."""
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if verb.lemma_.lower() not in SAYING_VERBS | QUOTING_VERBS:
            return verb
        said = next((c for c in verb.subtree if c is not verb and c.dep_ in ("ccomp", "conj", "pcomp", "xcomp")
                     and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in SAYING_VERBS | QUOTING_VERBS), None)
        if said is None:
            return None
        verb = said
    return verb


def _charge_continued(verb: Token, conj: Token) -> bool:
    """"accused X of arming militants and allowing them across the border": a gerund the parser
    coordinated with the accusing verb continues the charge ("of ...ing")."""
    return verb.lemma_.lower() in DISAPPROVAL_VERBS | {"blame"} and conj.tag_ == "VBG" \
        and verb.tag_ != "VBG" and any(p.dep_ == "prep" and p.lower_ in ("of", "for") and any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" for c in children(p)) for p in children(verb))


def _reporting_tag(verb: Token) -> bool:
    """A trailing "..., officials said" with nothing said of its own."""
    return verb.lemma_.lower() in ("say", "report", "add", "tell") and verb.i > verb.head.i \
        and first_subject(verb) is not None and not any(
            c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in children(verb)) \
        and any(t.text == "," for t in verb.doc[verb.head.i:verb.i])


def _shared_agent(verb: Token) -> Token | None:
    """The agent of an elliptic passive beside `verb`: "14 were killed and dozens injured by
    the RSF" (the parser hangs the agent on the second participle)."""
    return next((a for t in verb.subtree if 0 < t.i - verb.i <= 6 and t.tag_ == "VBN"
                 and t.lemma_.lower() in HARM_VERBS for a in children(t) if a.dep_ == "agent"), None)


def _participle_agent(act: Token) -> Token | None:
    """The agent of a participle on an act noun: "shelling launched by the RSF", "an attack
    later claimed by the BLA"."""
    participles = [c for c in children(act) if c.dep_ in ("acl", "xcomp") and c.tag_ == "VBN"]
    done = participles[0] if participles else None
    if done is not None and done.lemma_.lower() in ("blame", "attribute"):
        # "an attack west of Kirkuk blamed on IS": the one it is blamed on
        return prep_object(done, "on") or prep_object(done, "to")
    # ("a drone packed with explosives, fired by the Houthis": the participle with an agent;
    # "rockets fired from Gaza": the land they were fired from, across a border)
    return next((a for d in participles if (a := prep_object(d, "by")) is not None), None) or next(
        (a for d in participles if d.lemma_.lower() in ("fire", "launch") and (a := prep_object(d, "from")) is not None
         and a.ent_type_ == "GPE" and _projectile_act(act)), None)


CUSTODY_PLACES = frozenset({"station", "prison", "jail", "custody", "cell", "court", "courthouse", "barracks",
                            "headquarters", "lockup", "detention"})
# a speaker's words in an absolute clause ("with Yerevan saying dozens had been killed") report,
# they add no act of their own
SAYING_VERBS = frozenset({"say", "claim", "tell", "report", "add", "insist", "state", "note", "argue"})
PRETENDING_VERBS = frozenset({"simulate", "rehearse", "practise", "practice", "mimic", "imitate"})


def _unnamed_protest(c: Candidate) -> bool:
    """"Protests broke out": a protest whose only actor is the protest itself."""
    return c.code[:2] == "14" and c.sources == [c.trigger] and c.trigger.pos_ == "NOUN"


def _answered_act(rel: Token, verb: Token) -> bool:
    """The relative clause tells the act answered ("fired rockets in response to an Israeli raid
    that targeted a town"): an earlier act of the other side, not the clause's own event again."""
    tok = rel.head
    while tok != verb and tok.head != tok:
        if tok.lemma_.lower() in RESPONSE_NOUNS | REVENGE_WORDS or tok.dep_ == "prep" and tok.lower_ == "after":
            return True
        if tok.dep_ == "prep" and tok.lower_ in ("to", "for") and any(
                (o := prep_object(tok.head, p)) is not None and o.lemma_.lower() in RESPONSE_NOUNS | REVENGE_WORDS
                for p in ("in", "as")):
            return True  # ("launched rockets "in response" to a raid that ...": the phrase split by quotes)
        tok = tok.head
    return False


def _told_as_fact(act: Token) -> bool:
    """An act noun the sentence describes in a past-tense clause of its own ("a barrage of mortar
    rounds that crashed into the camp, killing 11"): told as having happened."""
    if act.pos_ == "VERB":
        return False
    holders = [act, *(c for c in children(act) if c.dep_ == "prep" for c in children(c) if c.dep_ == "pobj")]
    if act.dep_ == "pobj" and act.head.lower_ == "of":
        holders.append(act.head.head)  # "a volley of rockets that slammed into ...": the measure's clause
    return any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBG")
               for h in holders for c in children(h))


def _demonym_adjective(tok: Token) -> bool:
    """A capitalised adjective inside the sentence ("under Israeli shelling") that the
    tagger left without an entity: a nationality."""
    return tok.tag_ == "JJ" and tok.text[:1].isupper() and tok.i != tok.sent.start and not tok.is_sent_start \
        and tok.text.lower().endswith(("i", "n", "ian", "ese", "ish", "ic", "an"))


GATHER_LEMMAS = frozenset({"gather", "assemble", "converge", "throng", "flock", "mass", "congregate"})
STREET_PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "demand", "denounce", "condemn"})


def _gathered_to_protest(verb: Token) -> bool:
    """"gathered in an orderly demonstration", "gathered to march on parliament"."""
    if any(o.lemma_.lower() in PROTEST_EVENT_NOUNS for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("in", "for", "to")
           for o in children(p) if o.dep_ == "pobj"):
        return True
    if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in STREET_PROTEST_VERBS
           and any(a.lower_ == "to" for a in c.lefts) for c in children(verb)):
        return True
    # "thousands gathered near the square, demanding the prime minister resign": a crowd
    # (not officials) that voices demands as it gathers is demonstrating
    crowd = not any(s.lemma_.lower() in LEADER_WORDS | {"delegate"} for s in subjects_of(verb))
    return crowd and any(c.tag_ == "VBG" and c.lemma_.lower() in CROWD_DEMANDS and _voiced_by_gathering(c, verb)
                         for c in verb.subtree)


def _voiced_by_gathering(participle: Token, verb: Token) -> bool:
    """Is the participle the gathering crowd's own ("gathered in the square chanting slogans",
    hung on the square by the parser): no finite verb between them, and a thing held is a
    banner or placard, not talks?"""
    if participle.lemma_.lower() in ("carry", "wave", "hold", "raise", "brandish") and not _displayed(participle):
        return False
    head = participle.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX") and head.tag_ not in ("VBG", "VBN") or head.dep_ == "ROOT":
            return False
        head = head.head
    return True


# what a crowd voices as it gathers ("chanting", "demanding")
CROWD_DEMANDS = frozenset({"demand", "chant", "call", "shout", "denounce", "condemn", "wave", "carry", "hold"})


def _projectile_act(act: Token) -> bool:
    """An act of fire from afar: "rocket attacks", "mortar fire", "cross-border shelling"."""
    return act.lemma_.lower() in PROJECTILE_WORDS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in PROJECTILE_WORDS for c in children(act))


PROJECTILE_WORDS = frozenset({"rocket", "missile", "mortar", "shell", "shelling", "artillery", "drone", "projectile"})


def _leading_name(act: Token) -> Token | None:
    """"a Taliban-linked raid", "a Saudi-led coalition airstrike": the side named before
    "-led" / "-linked" / "-claimed" carried out the act."""
    for mod in children(act):
        if mod.dep_ == "amod" and mod.i < act.i and mod.lower_ in ("led", "linked", "claimed"):
            name = next((c for c in children(mod) if c.dep_ in ("npadvmod", "compound", "nmod")
                         and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "ORG", "GPE"))), None)
            if name is not None:
                return name
    return None


def _act_author(act: Token) -> Token | None:
    """Who did the act a noun names: "an attack by the RSF", "an RSF attack", "the army's raid",
    "shelling launched by the RSF"."""
    by = prep_object(act, "by")
    if by is not None:
        return _named_in_apposition(by)
    by = _participle_agent(act)
    if by is not None:
        return by
    staged = next((c for c in children(act) if c.dep_ == "relcl" and (
        c.lemma_.lower() in STAGING_VERBS or c.lower_ in STAGED_FORMS)), None)
    stager = first_child(staged, ("nsubj",)) if staged is not None else None
    if stager is not None and stager.lower_ not in ("that", "which", "who"):
        return stager  # "an attack that the Taliban staged on a checkpoint"
    fired_by = prep_object(act, "from")
    if fired_by is not None and (fired_by.lower_ in ARMED_WORDS or fired_by.ent_type_ in ("NORP", "ORG")
                                 or fired_by.ent_type_ == "GPE" and (_projectile_act(act) or _gunfire(act))):
        # "heavy shelling from Tajik forces", "rocket fire from Hezbollah", "rocket attacks
        # from Gaza into Israel" (fired across a border: the place fired from is the side)
        return fired_by
    leader = _leading_name(act)
    if leader is not None:
        return leader
    modifiers = [c for c in children(act) if c.dep_ in ("poss", "compound", "nmod", "amod")
                 and (c.dep_ != "amod" or c.pos_ in ("PROPN", "NOUN") or c.ent_type_ in ("NORP", "ORG", "GPE")
                      or c.lower_ in ARMED_WORDS or _demonym_adjective(c))
                 and c.lower_ not in ATTACK_MODE_WORDS and not _hyphen_compound(c)]
    if not modifiers:
        # "US drone strikes": the parser may hang the side on the mode word
        modifiers = [n for c in children(act) if c.dep_ == "compound" and c.lower_ in ATTACK_MODE_WORDS
                     for n in children(c) if n.dep_ in ("compound", "amod") and n.ent_type_ in ("NORP", "GPE", "ORG")]
    # a named side before a common noun: "a long-range Ukrainian artillery attack"
    modifiers.sort(key=lambda c: c.dep_ != "poss" and c.ent_type_ not in ("NORP", "ORG", "GPE") and c.pos_ != "PROPN")
    armed = next((c for c in modifiers if c.lower_ in ARMED_WORDS), None)
    if armed is not None and len(modifiers) > 1:
        return act  # "a Myanmar military airstrike": the phrase names the force with its country
    if sum(c.pos_ == "PROPN" for c in modifiers) > 1:
        return act  # "an Islamic State (ISIS) attack": a name of several words
    return armed or (modifiers[0] if modifiers else None)


def _hyphen_compound(modifier: Token) -> bool:
    """A compound adjective ("long-range", "cross-border", "two-day") describes the act, it
    does not name who did it."""
    return any(c.text == "-" for c in children(modifier))


def _custodians(verb: Token) -> list[Token]:
    """The police of "died ... in Israeli police custody"."""
    custody = next((t for t in verb.subtree if t.lower_ == "custody"), None)
    keeper = next((c for c in children(custody) if c.dep_ in ("compound", "poss", "amod") and c.pos_ != "ADJ"),
                  None) if custody is not None else None
    return [keeper] if keeper is not None else []


def _result_of(verb: Token) -> Token | None:
    """X of "died as a result of X"."""
    result = prep_object(verb, "as")
    return prep_object(result, "of") if result is not None and result.lower_ == "result" else None


def _bombers_killed(trigger: Token) -> set[str]:
    """The words of "(killed) four suicide bombers / attackers": people the act was done to,
    whose weapon is not the act's."""
    if not trigger.doc.user_data.get(_BOMBER_KEY, True):
        return set()  # (most documents name no bomber: skip the walk)
    # (or, passive, its subject: "a suicide bomber was lynched by a mob")
    victims = first_child(trigger, ("dobj", "nsubjpass")) if trigger.pos_ == "VERB" else None
    if victims is None or not any(t.lemma_.lower() in ("bomber", "attacker") for t in victims.subtree):
        return set()
    return {w for t in victims.subtree for w in (t.lower_, t.lemma_.lower())}


def _suicide_attack(trigger: Token) -> bool:
    holders = [trigger] + [c for c in children(trigger) if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    # (not the trigger's object: "troops killed four suicide bombers" is no suicide attack)
    victims = {t.i for c in children(trigger) if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree} \
        if _bombers_killed(trigger) else set()
    if any(t.lower_ in ("suicide", "self-immolation") and t.i not in victims for h in holders for t in h.subtree):
        return True
    if any(h.lower_ == "bomber" and h.dep_ == "nsubj" and not any(t.lower_ in AIRCRAFT_NAMES for t in h.subtree)
           for h in holders):
        return True  # "a teenage bomber targeted the mosque": a person with a bomb, not an aircraft
    # "blew herself up" (here or in the clause saying what killed them): a bomber killed by
    # her own bomb
    # ("detonated himself", "exploded herself": the same)
    return any(any(c.lower_ in ("himself", "herself", "themselves") for c in children(v))
               and (any(c.dep_ == "prt" and c.lower_ == "up" for c in children(v))
                    or v.lemma_.lower() in ("detonate", "explode"))
               for v in trigger.subtree if v.pos_ == "VERB")


def _opposed_proposal(verb: Token, lemma: str, obj: Token | None) -> tuple[str, Token] | None:
    """The code and noun of "opposes the plan", "is opposed to French mediation"."""
    if lemma == "oppose":
        proposal = obj or prep_object(verb, "to")  # "is opposed to French mediation"
    elif lemma == "be":
        opposed = next((c for c in children(verb) if c.dep_ == "acomp" and c.lower_ == "opposed"), None)
        proposal = prep_object(opposed, "to") if opposed is not None else None
    else:
        return None
    if proposal is None:
        return None
    code = next((c for vocab, c in OPPOSED_PROPOSALS if proposal.lemma_.lower() in vocab or proposal.lower_ in vocab), None)
    return (code, proposal) if code is not None else None


POSITION_WORDS = frozenset({"position", "positions", "up"})
# PETRARCH's DISTURB verbs (140) done by armed or state forces are coercion
PRAISING_VERBS = frozenset({"praise", "commend", "hail", "laud", "salute", "thank", "applaud"})
PRAISED_QUALITIES = frozenset({"bravery", "courage", "effort", "efforts", "work", "role", "commitment",
                               "professionalism", "sacrifice", "sacrifices", "contribution", "contributions",
                               "leadership", "determination", "heroism", "resilience", "achievement",
                               "achievements", "performance", "restraint", "valour", "valor", "dedication"})
EXPRESSING_VERBS = frozenset({"express", "voice", "reiterate", "reaffirm", "signal", "indicate", "convey", "stress"})
WISH_NOUNS = frozenset({"desire", "wish", "hope", "willingness", "readiness", "intention", "determination",
                        "commitment", "eagerness", "interest", "resolve"})
# objects that make a verb no act on a party: what was heard, what view was offered, what a
# source confirmed
NON_PARTY_OBJECT_VERBS = frozenset({"hear", "offer", "confirm", "claim", "clear"})
NON_PARTY_OBJECTS: dict[str, frozenset[str]] = {
    "hear": frozenset({"blast", "blasts", "explosion", "explosions", "gunfire", "shots", "shot", "sound",
                       "sounds", "noise", "noises", "sirens", "siren", "bang", "bangs", "shelling"}),
    "offer": frozenset({"assessment", "analysis", "view", "views", "opinion", "account", "explanation",
                        "insight", "insights", "prediction", "forecast", "picture", "glimpse", "perspective",
                        "overview", "update", "details", "evaluation", "verdict", "reading", "appraisal"}),
    "confirm": frozenset({"attack", "attacks", "death", "deaths", "incident", "report", "reports", "news",
                          "toll", "casualties", "explosion", "blast", "number", "figure", "figures"}),
    "claim": frozenset({"island", "islands", "territory", "territories", "land", "lands", "region", "sea",
                        "waters", "sovereignty", "reef", "reefs", "shoal", "area", "areas", "islets"}),
    # "villagers were clearing land for farming": work on the ground
    "clear": frozenset({"land", "field", "fields", "farmland", "bush", "rubble", "debris", "trees", "weeds", "snow"}),
}
BLOCKING_VERBS = frozenset({"block", "barricade", "blockade", "obstruct"})
HARASS_VERBS = frozenset({"harass", "intimidate", "hassle", "harry", "disturb"})
# taking a place itself (not its control): "retook / reoccupied the town"
PLACE_TAKING_VERBS = frozenset({"liberate", "retake", "recapture", "overrun", "reoccupy", "reclaim", "regain", "capture",
                                "seize"})  # ("seized a district": territory, CAMEO 192)
# verbs of escaping an event named by their object: not the object's event
FLIGHT_VERBS = frozenset({"flee", "escape", "evade", "survive", "avoid", "witness", "cover", "report"})
# verbs of belief: opinions, never events themselves
OPINION_VERBS = frozenset({"think", "believe", "suppose", "presume", "doubt"})
# people who comment on events rather than act in them
COMMENTATOR_WORDS = frozenset({"analyst", "expert", "observer", "commentator", "professor", "scholar",
                               "researcher", "economist", "historian", "fellow", "pundit", "academic"})


def _foreign_subject(clause: Token) -> bool:
    """The clause has an active subject of its own that is no pronoun (so not the speaker's own
    act; "the rebels would be crushed" is)."""
    subject = first_child(clause, ("nsubj",))
    # "warned that police will no longer tolerate rallies": the state's forces are the
    # official speaker's own side, so that is a threat; so is "his country", "its army"
    own = subject is not None and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their", "our")
                                      for c in children(subject))
    return subject is not None and subject.pos_ != "PRON" and not own \
        and subject.lower_ not in STATE_FORCE_WORDS | {"government"}


# what a caller rings someone up to do ("called X to voice concern / to congratulate him")
CALL_PURPOSES = frozenset({"voice", "express", "discuss", "congratulate", "convey", "thank", "offer",
                           "condole", "brief", "inform", "update", "reassure", "review"})
# what is dismissed when a proposal is rejected ("dismissed the idea of talks")
DISMISSED_PROPOSALS = frozenset({"idea", "proposal", "offer", "plan", "call", "calls", "demand", "demands",
                                 "suggestion", "request", "appeal", "possibility", "initiative", "prospect"})
PREMISES = frozenset({"headquarters", "office", "offices", "home", "homes", "house", "residence", "studio",
                      "studios", "premises", "newsroom"})
CIVIC_OWNERS = frozenset({"party", "opposition", "newspaper", "television", "tv", "radio", "ngo", "charity",
                          "union", "campaign", "paper", "broadcaster", "activist", "activists", "leader"})


def _raided_premises(verb: Token) -> bool:
    """State forces storming or raiding the offices of a party, a paper or an NGO."""
    if verb.lemma_.lower() not in ("storm", "raid"):
        return False
    subject, place = first_subject(verb), first_child(verb, ("dobj",))
    if subject is not None and (subject.lower_ in POLICE_FORCE_WORDS or subject.lemma_.lower() == "police") \
            and place is not None and place.lemma_.lower() in SETTLED_SITES \
            and any(t.lower_ in SETTLERS for t in place.subtree):
        return True  # "riot police stormed a settlement of landless workers": an eviction
    premises = next((t for t in place.subtree if t.lemma_.lower() in PREMISES), None) if place is not None else None
    if subject is None or subject.lower_ not in STATE_FORCE_WORDS or premises is None:
        return False
    return any(t.lower_ in CIVIC_OWNERS for t in place.subtree if t.i < premises.i)


# sites people live or protest in, and the people, that the police clear
SETTLED_SITES = frozenset({"settlement", "encampment", "camp", "squat", "occupation", "sit-in"})
SETTLERS = frozenset({"workers", "farmers", "squatters", "protesters", "families", "residents", "migrants",
                      "peasants", "demonstrators", "students", "landless"})
CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "assertion", "report", "criticism"})
AIRCRAFT_NAMES = frozenset({"b-52", "b-1", "b-2", "stealth", "strategic", "russian", "su-34", "tu-95", "tu-22",
                            "jet", "plane", "aircraft", "heavy", "long-range"})
SUSPEND_VERBS = frozenset({"suspend", "freeze", "halt", "cut"})
REVOKE_VERBS = frozenset({"revoke", "cancel", "withdraw", "rescind", "strip"})
LICENCE_WORDS = frozenset({"license", "licence", "licenses", "licences", "accreditation", "accreditations"})
# what is suspended, and the CAMEO 16 code for it
SUSPENDED_TIES: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"flow", "trade", "transaction", "export", "import", "exchange"}), "163"),
    (frozenset({"aid", "assistance", "funding", "loan", "support"}), "162"),
    (frozenset({"relation", "tie", "cooperation", "membership"}), "160"),
    # "suspended the news magazine / broadcasters RFI and France 24": press freedom curbed (1721)
    (frozenset({"magazine", "newspaper", "broadcaster", "broadcast", "broadcasting", "outlet", "paper", "daily",
                "weekly", "publication", "license", "licence", "accreditation"}), "1721"),
)
TOLL_CAUSES = frozenset({"fighting", "war", "conflict", "violence", "clash", "unrest", "crisis", "insurgency",
                         "disease", "epidemic", "famine"})
UNDERGONE_ACTS = frozenset({"attack", "attacks", "fire", "gunfire", "shelling", "bombardment", "assault",
                            "siege", "barrage", "shellfire", "bombing", "bombings", "airstrikes", "strikes",
                            "raids", "airstrike", "rape", "rapes", "torture", "beatings", "abuse", "abuses"})


def _undergone_act(verb: Token, lemma: str) -> tuple[Token, Token | None] | None:
    """(act, attacker) of "came under fire from X" / "were subjected to shelling by X"."""
    # ("came / remained / was under attack from X")
    prep = "under" if lemma in ("come", "remain", "be", "stay") else "to" if lemma == "subject" else None
    act = prep_object(verb, prep) if prep is not None else None
    if lemma == "be" and act is None:  # "has been subject to intense Russian airstrikes"
        subject = next((c for c in children(verb) if c.dep_ == "acomp" and c.lower_ == "subject"), None)
        act = prep_object(subject, "to") if subject is not None else None
    if act is None or act.lower_ not in UNDERGONE_ACTS:
        return None
    attacker = next((o for h in (act, verb) for p in ("from", "by") if (o := prep_object(h, p)) is not None), None)
    if attacker is None and (agent := next((c for c in children(verb) if c.dep_ == "agent"), None)) is not None:
        attacker = first_child(agent, ("pobj",))
    if attacker is None and (author := _act_author(act)) is not None and author != act:
        attacker = author
    return act, attacker


REPORT_NOUNS = frozenset({"report", "information", "word", "allegation", "account", "complaint", "news"})
# documents that find or allege acts ("the report alleged that ...")
FINDING_DOCUMENTS = frozenset({"report", "study", "survey", "investigation", "inquiry", "probe", "document",
                               "documents", "findings", "footage", "video", "dossier", "audit"})


def _account_given(verb: Token, lemma: str) -> Token | None:
    """The clause of "described / recounted how she was raped by ...": what the witness tells."""
    if lemma not in ("describe", "recount", "recall", "explain"):
        return None
    return next((c for c in children(verb) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "advmod" and a.lower_ == "how" for a in children(c))), None)


def _content_of_reports_received(verb: Token) -> Token | None:
    """The clause of "received / got reports that ...", if that is what the verb is."""
    if verb.lemma_.lower() not in ("receive", "get") or verb.pos_ != "VERB":
        return None
    report = first_child(verb, ("dobj",))
    if report is None or report.lemma_.lower() not in REPORT_NOUNS:
        return None
    return next((c for c in children(report) if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                 and has_mark(c, ("that",))), None)


UNANSWERED_WORDS = frozenset({"unanswered", "unpunished", "unavenged", "unchallenged"})
ANSWER_NOUNS = frozenset({"response", "answer", "reply", "retaliation", "punishment", "reaction",
                          "consequence", "consequences", "retribution"})


def _unanswered(verb: Token) -> bool:
    """"would not go unanswered / unpunished / without a response": a warning of reprisal."""
    # (or said of none: "no attack on the police will go unpunished")
    if verb.lemma_.lower() != "go" or not (is_negated(verb) or any(
            negating_no(d) for s in children(verb) if s.dep_ == "nsubj" for d in children(s))):
        return False
    without = prep_object(verb, "without")
    return without is not None and without.lemma_.lower() in ANSWER_NOUNS or any(
        c.lower_ in UNANSWERED_WORDS for c in children(verb))


def _author_of_act(act: Token) -> Token | None:
    """Who does an act a noun names: "an attack by X", "any US attack", "Israel's aggression"."""
    by = prep_object(act, "by")
    if by is not None:
        return by
    return next((c for c in children(act) if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < act.i
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"))), None)


def _agreed_truce(trigger: Token, accepted: bool = True) -> bool:
    """A ceasefire agreed, done: an agreement for ACLED. CAMEO's own example codes "agreed
    to a ceasefire" as intent (0356); a truce agreed on or agreed outright ("agreed a
    ceasefire") is concluded, as its 0871 note has it ("agreements to commence a cease-fire");
    `accepted=False` asks for that form only."""
    objects = (prep_object(trigger, "on"), first_child(trigger, ("dobj",)))
    objects += (prep_object(trigger, "to"),) if accepted else ()
    return trigger.lemma_.lower() == "agree" and trigger.tag_ in ("VBD", "VBN") and any(
        o is not None and _truce_noun(o) for o in objects)


OFFICES_TAKEN_OVER = frozenset({"government", "power", "presidency", "leadership", "company", "firm",
                                "ministry", "management", "role", "duty", "responsibility", "office", "job",
                                "command", "chairmanship", "portfolio", "helm", "reins", "country"})


# hostile acts a response is promised to ("respond to attempts / attacks / provocations")
PROVOCATION_NOUNS = frozenset({"attempt", "attack", "provocation", "aggression", "threat", "violation", "incursion",
                               "interference", "move", "sanction", "strike", "escalation", "act"})
RESPONSE_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "reprisals", "consequences",
                            "punishment", "measures", "action", "countermeasures"})
HARSH_WORDS = frozenset({"tough", "stern", "strong", "harsh", "severe", "decisive", "firm", "crushing",
                         "forceful", "swift", "appropriate", "befitting", "further", "serious", "retaliatory",
                         "punitive"})


def _threatened_response(verb: Token) -> bool:
    """"vowed / promised a tough response", "would not hesitate to take further action",
    "will not tolerate attacks on shipping"."""
    lemma = verb.lemma_.lower()
    answer = first_child(verb, ("xcomp",))
    provocation = (prep_object(answer, "to") or prep_object(answer, "against")) if answer is not None else None
    if lemma in ("vow", "promise", "pledge") and answer is not None \
            and answer.lemma_.lower() in ("respond", "retaliate", "react", "avenge") \
            and provocation is not None and (provocation.lemma_.lower() in PROVOCATION_NOUNS
                                             or answer.lemma_.lower() != "respond"):
        return True  # "promised to respond immediately to attempts by American diplomats"
    if lemma in ("vow", "promise", "pledge", "threaten", "warn"):
        obj = first_child(verb, ("dobj",))
        if obj is not None and obj.lemma_.lower() in ("range", "series", "number", "set", "raft", "host", "package"):
            obj = prep_object(obj, "of") or obj  # "pledged a range of retaliatory actions"
        return obj is not None and (obj.lemma_.lower() in RESPONSE_NOUNS or obj.lower_ in RESPONSE_NOUNS) and (
            obj.lemma_.lower() in ("retaliation", "revenge", "reprisal", "consequences", "punishment")
            or any(a.lower_ in HARSH_WORDS for a in children(obj) if a.dep_ in ("amod", "compound")))
    if lemma == "hesitate" and is_negated(verb):
        act = next((x for x in children(verb) if x.dep_ == "xcomp"), None)
        obj = first_child(act, ("dobj",)) if act is not None else None
        return obj is not None and obj.lemma_.lower() in RESPONSE_NOUNS
    if lemma == "meet" and any(a.dep_ == "auxpass" for a in children(verb)) and any(
            a.dep_ == "aux" and a.lower_ in ("will", "would") for a in children(verb)):
        # "any escalation would be met with a crushing response / with force"
        means = prep_object(verb, "with")
        return means is not None and (means.lemma_.lower() in RESPONSE_NOUNS | {"force"}) and (
            means.lemma_.lower() != "response" or any(a.lower_ in HARSH_WORDS for a in children(means)))
    if lemma in ("carry", "bring", "have", "entail", "face") and any(
            a.dep_ == "aux" and a.lower_ in ("will", "would", "could") for a in children(verb)):
        # "an attack on Israel will carry severe consequences for Iran"
        obj = first_child(verb, ("dobj",))
        # (or bare: "actions that violate the agreement will have consequences")
        return obj is not None and obj.lemma_.lower() in ("consequence", "consequences", "price", "repercussion") \
            and (any(a.lower_ in HARSH_WORDS | {"negative", "grave", "dire"} for a in children(obj))
                 or obj.lower_ in ("consequences", "repercussions") and not any(children(obj)))
    return lemma == "tolerate" and is_negated(verb) and any(
        a.dep_ == "aux" and a.lower_ in ("will", "would", "wo") for a in children(verb))


def _fallen_to(verb: Token) -> Token | None:
    """The side a place "fell to / into the hands of / under the control of"."""
    if verb.lemma_.lower() != "fall":
        return None
    into = prep_object(verb, "into") or prep_object(verb, "under")
    if into is not None and into.lemma_.lower() in ("hand", "control"):
        return prep_object(into, "of")  # (an idiom of conquest whatever the parser made of the subject)
    if not _is_place(first_subject(verb)):
        return None
    taker = prep_object(verb, "to")
    return taker if taker is not None and (taker.lower_ in ARMED_WORDS or taker.ent_type_ in ("ORG", "NORP")
                                           or taker.pos_ == "PROPN") else None


def _guest_received(verb: Token) -> tuple[list[Token], Token] | None:
    """(host, visitor) of "X welcomed / received Y" (a person), or "Y was received by X"."""
    if verb.lemma_.lower() not in ("welcome", "receive", "greet"):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb))
    visitor = first_child(verb, ("nsubjpass",)) if passive else first_child(verb, ("dobj",))
    if visitor is None or not (visitor.ent_type_ == "PERSON" or visitor.lower_ in LEADER_WORDS | COUNTERPART_WORDS
                               or visitor.pos_ == "PROPN" and any(c.lower_ in LEADER_WORDS for c in children(visitor))):
        return None
    if passive:
        agent = next((first_child(a, ("pobj",)) for a in children(verb) if a.dep_ == "agent"), None)
        return (conjuncts_of(agent) if agent is not None else [], visitor)
    return [], visitor


def _phone_call(noun: Token) -> bool:
    """"a (phone) call with / to X", not "a call for calm" or "a call to X to step down"."""
    if noun.lemma_.lower() != "call" or any(c.dep_ in ("acl", "relcl") or c.lower_ == "for" for c in children(noun)):
        return False
    to = prep_object(noun, "to")
    return any(c.lower_ in ("phone", "telephone", "video") for c in children(noun)) or (
        prep_object(noun, "with") is not None or to is not None and not any(c.dep_ in ("acl", "relcl") for c in children(to)))


def _misread_infinitive_object(verb: Token) -> Token | None:
    """"resorted to live fire / to air strikes", the parser reading "to live" and "to air" as
    infinitives: the noun it made their object."""
    inf = next((c for c in children(verb) if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                      for a in children(c))), None)
    obj = first_child(inf, ("dobj",)) if inf is not None else None
    return obj if obj is not None and obj.i == inf.i + 1 else None


def _named_party(tok: Token) -> bool:
    """A name, or a counterpart or leader, rather than "reporters" or "the press"."""
    return tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.lower_ in COUNTERPART_WORDS | LEADER_WORDS \
        or tok.pos_ == "PROPN"


def _conversation(verb: Token) -> tuple[str, Token | None] | None:
    """(code, partner) of "spoke / talked to or with X", "spoke on the phone / by telephone"."""
    if verb.lemma_.lower() not in ("speak", "talk", "converse", "chat"):
        return None
    phone = any(o.lemma_.lower() in PHONE_WORDS for p in ("on", "by", "over") if (o := prep_object(verb, p)) is not None) \
        or any(t.lemma_.lower() in ("call", "conversation") and t.head.lower_ in ("in", "during", "over")
               and any(c.lower_ in ("phone", "telephone", "video") for c in t.children) for t in verb.subtree)
    # ("spoke about the situation in a 30-minute phone call")
    partner = next((o for p in ("with", "to") if (o := prep_object(verb, p)) is not None and _named_party(o)), None)
    if partner is None and not phone:
        return None
    return ("041" if phone else "040"), partner



def _truce_reached(trigger: Token) -> bool:
    """"agreed to cease hostilities / halt the fighting", "reached a ceasefire agreement"."""
    lemma = trigger.lemma_.lower()
    if trigger.tag_ not in ("VBD", "VBN"):
        return False
    if lemma == "agree":
        act = next((x for x in children(trigger) if x.dep_ == "xcomp" and x.lemma_.lower() in CESSATION), None)
        halted = first_child(act, ("dobj",)) if act is not None else None
        return halted is not None and halted.lemma_.lower() in CONFLICT_WORDS | {"hostility"}
    deal = first_child(trigger, ("dobj",)) if lemma in ("reach", "strike", "sign", "seal") else None
    return deal is not None and deal.lemma_.lower() in ("agreement", "deal", "accord") and any(
        x.dep_ == "compound" and _truce_noun(x) for x in children(deal))


def _truce_noun(noun: Token) -> bool:
    """"a ceasefire", "a truce", "a (formal) cessation / halt of hostilities"."""
    if noun.lower_ in TRUCE_WORDS or _hyphenated(noun) in TRUCE_WORDS:  # ("cease-fire": "cease" "-" "fire")
        return True
    halted = prep_object(noun, "of") if noun.lemma_.lower() in ("cessation", "halt", "suspension") else None
    return halted is not None and halted.lemma_.lower() in ("hostility", "hostilities", "fighting")


AGREEMENT = ("Strategic developments", "Agreement")


def _pledged(verb: Token) -> bool:
    """"is committed / determined to ...": a pledge even when the act itself has no code."""
    return verb.lower_ in COMMITTED or any(c.dep_ in ("acomp", "attr") and c.lower_ in COMMITTED for c in children(verb))


def _habitual(verb: Token) -> bool:
    """A present-tense pattern of behaviour ("the group often attacks convoys", "carries
    out frequent bombings"), not a reported act."""
    tag = verb.head.tag_ if verb.dep_ == "conj" and verb.tag_ == "VB" else verb.tag_  # "... and carry out"
    if tag not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children(verb)):
        return False
    if verb.lemma_.lower() in DISAPPROVAL_VERBS | {"blame"}:
        return False  # "India regularly accuses Pakistan of arming militants": a standing charge is still made
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in children(verb)):
        return True
    obj = first_child(verb, ("dobj",))
    return obj is not None and any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for c in children(obj))


PLATFORM_WORDS = frozenset({"twitter", "x", "facebook", "instagram", "telegram", "media", "airwaves", "television",
                            "radio", "internet", "podium", "stage", "microphone"})
RESIDUAL_STATEMENT = "010"
SCHOOLING_WORDS = frozenset({"school", "classes", "class", "lesson", "university", "universities", "college", "exam"})
ECONOMY_WORDS = frozenset({"economy", "economies", "industry", "industries", "trade", "exports", "growth",
                           "business", "businesses", "market", "markets", "revenue", "revenues", "finances"})
OWN_STAFF_WORDS = frozenset({"government", "cabinet", "ministers", "minister", "ministry", "ministries", "officials",
                             "staff", "administration", "agencies", "aides", "departments"})
ANNOUNCED_ACTS_ON_PEOPLE = frozenset({"release", "freeing", "arrest", "detention", "handover", "return", "pardon"})
_SHOTS = frozenset({"fire", "gunfire", "shots", "fires", "gun", "bullets"})


def _fire_exchange(tok: Token) -> bool:
    """"an exchange of fire", "intense fire exchange": a fight."""
    if tok.lemma_.lower() != "exchange":
        return False
    shots = prep_object(tok, "of")
    return shots is not None and shots.lower_ in _SHOTS or any(
        c.dep_ in ("compound", "nmod") and c.lower_ in _SHOTS for c in children(tok))


CRIME_WORDS = frozenset({"crime", "crimes", "atrocity", "atrocities", "genocide", "abuses", "violations", "massacre",
                         "massacres", "war-crimes"})


def _crime_committed(clause: Token) -> Token | None:
    """The doer of "X (had) committed war crimes / atrocities / abuses", else None."""
    if clause.lemma_.lower() not in ("commit", "perpetrate"):
        return None
    obj = first_child(clause, ("dobj",))
    if obj is None or obj.lower_ not in CRIME_WORDS:
        return None
    return first_subject(clause)


# positions a side holds, not places of a country ("targeted each other's positions on the LoC")
HELD_POSITIONS = frozenset({"position", "base", "post", "checkpoint", "outpost", "garrison", "stronghold",
                            "front", "camp"})


def _place_acted_on(c: Candidate) -> bool:
    """A place (not a party) as the target of force, ground taken or left."""
    target = c.target
    return target is not None and (c.code[:2] in ("18", "19", "20") or c.code.startswith(("087", "192"))) \
        and _is_place(target) and target.ent_type_ not in ("PERSON", "NORP", "ORG") \
        and target.lemma_.lower() not in HELD_POSITIONS \
        and not any(x.dep_ == "poss" and not _is_place(x) for x in children(target))  # ("each other's positions": a party's)


def _summoner(verb: Token) -> Token | None:
    """"The ambassador was summoned to the Foreign Ministry / to Moscow": who summons is the
    body or capital the envoy was summoned to."""
    if verb.lemma_.lower() not in SUMMON_VERBS:
        return None
    office = prep_object(verb, "to")
    if office is None or not (office.ent_type_ in ("ORG", "GPE") or office.lemma_.lower() in OFFICE_NOUNS):
        return None
    return office


# what a pledge to keep or build is made of ("vowed to deepen ties", "to keep working with him")
GOODWILL_WORDS = frozenset({"relation", "tie", "cooperation", "friendship", "partnership", "support", "work",
                            "dialogue", "peace", "trade", "help", "assist", "aid", "cooperate", "engagement"})
# what a policy or conduct is said to endanger (a judgement, not a threat made)
ENDANGERED_GOODS = frozenset({"peace", "stability", "security", "order", "interests", "interest", "safety",
                              "relationship", "relations", "ties"})


def _insistent(inner: Token) -> bool:
    """An appeal's act wanted at once or without conditions ("to withdraw immediately", "to
    release them unconditionally", "without delay"): CAMEO's demand, not a request."""
    words = [t.lower_ for t in inner.subtree]
    return bool(INSISTENT_WORDS & set(words)) or any(a == "without" and b == "delay" for a, b in zip(words, words[1:]))


INSISTENT_WORDS = frozenset({"immediately", "unconditionally", "forthwith"})


def _deal_struck(verb: Token) -> list[Candidate] | None:
    """"Struck / sealed a deal with Iran", "a deal struck with Iran": an agreement (057), its
    parties the subject and the one it was struck with. None when no deal is struck; an empty
    list when one is but no party is named."""
    deal = first_child(verb, ("dobj", "nsubjpass")) or (verb.head if verb.dep_ == "acl" else None)
    if deal is None or deal.lemma_.lower() not in DEAL_NOUNS:
        return None
    partner = prep_object(verb, "with") or prep_object(deal, "with")
    subjects = [s for s in subjects_of(verb) if s.i != deal.i]
    if not subjects and partner is None:
        return []
    return [Candidate("057", verb, subjects, partner, "asserted", None, priority=2)]


DEAL_NOUNS = frozenset({"deal", "agreement", "accord", "bargain", "compromise", "pact", "truce", "settlement"})
# penalties a party is "hit by"
PENALTY_NOUNS = frozenset({"sanction", "sanctions", "ban", "freeze", "embargo", "penalty", "penalties", "tariff",
                           "tariffs"})


def _into_the_air(head: Token) -> bool:
    """"(fired shots) into / in the air": warning fire, aimed at no one."""
    return any(o.lower_ == "air" for p in children(head) if p.lower_ in ("into", "in") for o in children(p))


def _acts_followed(verb: Token) -> list[Token]:
    """The acts of "after X", "following X" (read as a preposition or a participle) on `verb`,
    or on its object ("sustained injuries following a bomb explosion")."""
    obj = first_child(verb, ("dobj",))
    return [o for h in (verb, obj) if h is not None for p in children(h) if p.lower_ in ("after", "following")
            for o in children(p) if o.dep_ in ("pobj", "dobj") and o.pos_ in ("NOUN", "PROPN")]


def _forces_hosted(c: Candidate) -> None:
    """"Rockets hit an Iraqi base hosting American troops", "struck the Al Udeid Air Base in
    Qatar, home to U.S. forces": a base struck for the forces it hosts is an attack on them."""
    base = c.target
    if c.code[:2] not in ("18", "19", "20") or base is None or base.lemma_.lower() not in HOSTING_SITES:
        return
    hosted = next((first_child(k, ("dobj",)) for k in children(base) if k.dep_ == "acl"
                   and k.lemma_.lower() in ("host", "house")), None)
    home = next((k for k in (*children(base), *children(c.trigger)) if k.lower_ == "home" and k.i > base.i), None)
    hosted = hosted or (prep_object(home, "to") if home is not None else None)
    if hosted is not None and hosted.lower_ in FORCE_WORDS | {"forces", "personnel"}:
        c.target = hosted


# military sites named for whom they host
HOSTING_SITES = frozenset({"base", "airbase", "camp", "garrison", "barracks", "outpost", "compound"})


def _sanctioned_in_place(c: Candidate) -> None:
    """"Sanctions targeting individuals in China and Iran": unnamed people or firms sanctioned
    are their country's (each place named, as the coordinated places are each a target)."""
    if c.code[:2] != "16" or c.target is None:
        return
    if c.target.lemma_.lower() == "sanction":  # "announced sanctions targeting individuals in X"
        aimed = next((k for k in children(c.target) if k.dep_ in ("acl", "relcl")
                      and k.lemma_.lower() in ("target", "hit")), None)  # (", which target eight officials")
        c.target = first_child(aimed, ("dobj",)) or c.target if aimed is not None else c.target
    if c.target.lemma_.lower() not in SANCTIONED_ENTITY_WORDS:
        return
    place = prep_object(c.target, "in") or prep_object(c.target, "from")
    if place is not None and _is_place(place):
        c.target = place


# unnamed people and firms a sanction lists, known only by where they are
SANCTIONED_ENTITY_WORDS = frozenset({"individual", "entity", "company", "firm", "person", "people", "business",
                                     "organization", "organisation", "network", "vessel", "ship", "bank"})


def _reported_gerund_doer(c: Candidate) -> None:
    """"Witnesses reported shelling by the RSF" (the gerund read as the verb's complement):
    the shelling's doer is the RSF, the witnesses only tell of it."""
    act = c.trigger
    if act.dep_ != "xcomp" or act.tag_ != "VBG" or act.head.lemma_.lower() not in ("report", "describe", "witness"):
        return
    by = prep_object(act, "by")
    if by is not None and by.pos_ in ("NOUN", "PROPN", "ADJ") and any(s.head.i == act.head.i for s in c.sources):
        c.sources = [by]


def _sender_acts(c: Candidate) -> None:
    """"The president received a phone call / letter from X": X called or wrote, the receiver
    is its target (not the other way round, as a verb of receiving reads)."""
    verb = c.trigger
    message = first_child(verb, ("dobj",)) if verb.lemma_.lower() == "receive" else None
    if message is None or message.lemma_.lower() not in RECEIVED_MESSAGES:
        return
    sender = prep_object(verb, "from") or prep_object(message, "from")
    receiver = first_child(verb, ("nsubj",))
    if sender is not None and receiver is not None:
        c.sources, c.target = [sender], receiver


LIFE_WORDS = frozenset({"life", "lives"})
# what a party receives from another that is the other's act towards it (not a delegation it hosts)
RECEIVED_MESSAGES = frozenset({"call", "letter", "message", "invitation"})


def _names_an_act(tok: Token) -> bool:
    """"carried out military operations", "conducted exercises": the object of a light verb
    that names the act itself is no party (the "military" in it is no target)."""
    return tok.dep_ == "dobj" and tok.lemma_.lower() in EXERCISE_NOUNS


# acts named as the object of a light verb ("conducted military exercises"), never a party
EXERCISE_NOUNS = frozenset({"operation", "exercise", "drill", "maneuver", "manoeuvre", "offensive",
                            "campaign", "wargame"})
# the seats of a government's departments an envoy is summoned to
OFFICE_NOUNS = frozenset({"ministry", "office", "department", "palace", "chancellery"})


def _by_act(verb: Token) -> Token | None:
    """The act of "... by shelling the region" hung on `verb`."""
    return next((a for p in children(verb) if p.dep_ == "prep" and p.lower_ == "by"
                 for a in children(p) if a.dep_ == "pcomp" and a.pos_ == "VERB"), None)


_PRESENT_AUX = frozenset({"is", "are", "'s", "has", "have", "'ve"})
_SPANS_OF_YEARS = frozenset({"year", "decade", "century"})
_RECENT_SPANS = frozenset({"day", "days", "week", "weeks", "hour", "hours", "night", "nights", "weekend"})


def _rising_trend(verb: Token) -> bool:
    """"Gangs have been launching increasingly brazen attacks on police": a trend over time,
    told in the perfect progressive, not one act."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ in ("been",) for c in children(verb)):
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("for", "over", "in", "since") and (o := first_child(p, ("pobj",)))
           is not None and (o.lemma_.lower() in _RECENT_SPANS or o.ent_type_ == "DATE" and p.lower_ == "since")
           for p in children(verb)):
        return False  # "for the past several days": strikes of this week, news
    obj = first_child(verb, ("dobj",))
    return obj is not None and (any(c.dep_ == "advmod" and c.lower_ == "increasingly" for c in children(verb))
                                or any(m.lower_ == "increasingly" or m.lower_ in HABITUAL_ADJECTIVES
                                       for c in children(obj) if c.dep_ in ("amod", "compound")
                                       for m in (c, *children(c))))


def _long_running(verb: Token) -> bool:
    """A state that has lasted years, told in the present ("a guerrilla war is going on ...
    since 1989", "the group has been fighting the government for four decades"): background,
    not an act reported now."""
    if verb.tag_ not in ("VBZ", "VBP") and not any(c.dep_ == "aux" and c.lower_ in _PRESENT_AUX for c in children(verb)):
        return False
    ongoing = verb.tag_ == "VBG"  # "is going on": a phrase on a participle of it counts too
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in ("since", "for") or not (
                prep.head == verb or ongoing and prep.head.dep_ == "acl" and prep.head.tag_ == "VBN"):
            continue
        span = first_child(prep, ("pobj",))
        if span is None:
            continue
        if prep.lower_ == "since" and span.tag_ == "CD" and len(span.text) == 4 and span.text.isdigit():
            return True
        if prep.lower_ == "for" and span.lemma_.lower() in _SPANS_OF_YEARS and span.tag_ == "NNS":
            return True
    return False


def _victims(verb: Token) -> Token | None:
    """The object of "..., killing / wounding two officers"."""
    for c in children(verb):
        if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in ("kill", "wound", "injure", "maim"):
            return first_child(c, ("dobj",))
    return None


def _ied_code(words: set[str]) -> str:
    """CAMEO 1832 car bomb, 1833 roadside bomb, else 183 (a bombing)."""
    return "1832" if "car" in words else "1833" if "roadside" in words else "183"


_AMONG_WORDS = frozenset({"including", "include", "among", "affiliated", "belonging", "members", "member"})


def _armed_among_victims(target: Actor, c: Candidate, doc_actors: ActorLookup) -> Actor:
    """"killed four people, including a commander of Hezbollah", "three people, all affiliated
    with Islamic Jihad", "eight people including foreign militants": the dead counted were
    fighters, of the group the phrase names."""
    if c.target is None or set(target.roles) - {"CVL"}:
        return target
    after = [t for t in c.target.subtree if t.i > c.target.i]
    start = next((t.i for t in after if t.lower_ in _AMONG_WORDS), None)
    if start is None:
        return target
    for tok in (t for t in after if t.i > start and t.pos_ in ("NOUN", "PROPN")):
        armed = doc_actors.resolve(np_span(tok))
        if armed is not None and set(armed.roles) & ARMED_ROLES and not set(armed.roles) & {"MIL", "COP"} \
                or armed is not None and armed.code[:3] not in ("", armed.country) and not armed.roles and armed.code != armed.country:
            country = armed.country or target.country
            return replace(target, country=country, code=armed.code if armed.country else country + armed.code,
                           roles=list(armed.roles) or ["UAF"], name=armed.name)
    return target


def _named_victims_country(clause: Span, doers: set[str], doc_actors: ActorLookup) -> list[str]:
    """Another country the clause names as a possessor or with "in" ("attacked Yemen's port",
    "in Yemen"): where unnamed fighters acted on by a foreign force are from."""
    doc = clause.doc
    return [k for i, k in doc_actors.country_mentions(clause) if clause.start <= i < clause.end and k not in doers
            and (doc[i].dep_ == "poss" or doc[i].head.lower_ == "in") and doc[i].pos_ == "PROPN"
            and doc[i].text in doc_actors.knowledge.country_names.get(k, "")]  # (a country named, not a town)


def _victims_not_of_doer(target: Actor, c: Candidate, doers: set[str], doc_actors: ActorLookup) -> Actor:
    """Victims, unnamed fighters or a place with no country of their own in their words ("killed
    one person", "killed 250 rebels", "hit the village") borrow the sentence's country, which may be the attacking state's own:
    "a Russian missile strike killed at least one person across the Ukrainian capital" hit
    Ukraine. The place's own name decides, else another country the act's clause names."""
    if target.country not in doers or c.target is None or set(target.roles) - {"CVL", "REB", "UAF", "INS", "REF"} \
            or target.code not in {target.country, *(target.country + r for r in ("CVL", "REB", "UAF", "INS", "REF"))} \
            or any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP") for t in c.target.subtree):
        # (a phrase that names its place was resolved from its own words, unless the name is a
        # town's the resolver lent the doer's country: "the Jenin refugee camp")
        own = doc_actors.place_country(c.target, own_name_only=True) if hasattr(doc_actors, "place_country") \
            and target.country in doers and not set(target.roles) - {"CVL", "REF"} and c.target is not None \
            and c.target.pos_ == "NOUN" else None
        if own is None or own.country == target.country:
            return target
        return replace(target, country=own.country, code=own.country + target.code[len(target.country):],
                       name=target.name.replace(target.country, own.country) if target.name else target.name)
    top = c.trigger if c.trigger.pos_ in ("VERB", "AUX") else c.trigger.head  # ("a strike killed ...")
    # (the act's own words, its subject's included: "an attack in the city of Sumy has killed
    # three", not what goes before it, a dateline)
    start = min([c.trigger.i] + [s.left_edge.i for s in subjects_of(top) if s.pos_ == "NOUN"])
    clause = c.trigger.doc[start:top.right_edge.i + 1]
    main = c.trigger.head if c.trigger.dep_ in ("advcl", "conj", "xcomp") else top  # ("attacked X, killing 30")
    others = doc_actors.other_countries(clause, doers) if set(target.roles) <= {"CVL", "REF"} \
        else _named_victims_country(c.trigger.doc[main.i:main.right_edge.i + 1], doers, doc_actors)
    country = others[0] if others else target.country
    if country == target.country:
        return target
    return replace(target, country=country, code=country + target.code[len(target.country):],
                   name=target.name.replace(target.country, country) if target.name else target.name)


def _protesters_of_place(c: Candidate, doc_actors: ActorLookup, placeless: bool = True) -> Actor | None:
    """The civilians of the named place a protest noun was held in ("a rally was held in Lagos");
    with `placeless`, of the story's country or of none when no place is named."""
    if c.trigger.lemma_.lower() not in CROWD_EVENT_NOUNS:
        return None
    where = next((o for h in (c.trigger, c.trigger.head) for p in ("in", "at", "across", "throughout", "outside")
                  if (o := prep_object(h, p)) is not None), None)
    place = doc_actors.place_country(where, own_name_only=True) if where is not None else None
    if place is None and (not placeless or c.trigger.head.dep_ in ("relcl", "acl", "advcl")):
        return None  # (nor the protest of a clause about something else: "the square where the march took place")
    # (else the story's own country, else civilians of no known country: "the protest started
    # with some 200 activists" still tells of a protest)
    country = place.country if place is not None else (
        getattr(doc_actors, "context_country", None) or getattr(doc_actors, "filed_from", None) or "")
    return Actor(text="", name=f"{country} civilians".strip(), code=f"{country}CVL", country=country, roles=["CVL"])


def _unlisted_victim(c: Candidate, doers: list[Actor | None], sent: Span,
                    doc_actors: ActorLookup | None) -> Actor | None:
    """The person named as hurt by an act whom no dictionary lists (no title, no office): a
    civilian, of the doer's country or else of the one country the sentence names."""
    victim = c.target
    # (by a verb only people suffer: "attacked Joupi" may be a village; the tagger may take a
    # name for a body)
    person = victim is not None and victim.ent_type_ in ("PERSON", "ORG", "") and (
        c.trigger.lemma_.lower() in PERSON_HARM_VERBS
        or victim.ent_type_ == "PERSON" and victim.dep_ in ("nsubj", "nsubjpass"))  # ("Betancourt ... was attacked")
    if victim is None or not person or victim.pos_ != "PROPN" or any(
            t.lower_ in PERSON_TITLE_WORDS | WEAPON_SUBJECT_WORDS | FIRED_WEAPON_WORDS | AIRCRAFT_WORDS
            for t in victim.subtree):
        return None  # (nor "Iskander-M ballistic missiles" shot down)
    if hasattr(doc_actors, "place_country") and doc_actors.place_country(victim, own_name_only=True) is not None:
        return None  # "attacked Joupi": a village the gazetteer knows
    countries = [a.country for a in doers if a is not None and a.country]
    if not countries and hasattr(doc_actors, "mentioned_countries"):
        named = list(doc_actors.mentioned_countries(sent))
        countries = named if len(named) == 1 else []
    country = countries[0] if countries else ""
    span = np_span(victim)
    return Actor(text=span.text, name=span.text, code=f"{country}CVL", country=country, roles=["CVL"],
                 start=span.start_char, end=span.end_char)


PERSON_HARM_VERBS = frozenset({"murder", "kill", "assassinate", "shoot", "stab", "behead", "abduct", "kidnap",
                               "execute", "lynch", "torture", "hack"})
# words that make a named person more than a civilian (left to the dictionaries' roles)
PERSON_TITLE_WORDS = frozenset({"president", "minister", "general", "colonel", "commander", "officer", "soldier",
                                "leader", "governor", "mayor", "senator", "mp", "lawmaker", "judge", "chief",
                                "captain", "major", "lieutenant", "sergeant", "commissioner", "inspector"})


def _crowd_of_place(c: Candidate, doc_actors: ActorLookup) -> Actor | None:
    """"Thousands rallied in Niamey": a crowd with no one named is the civilians of the place
    it gathered in (a named place only), as event coders record a protest's source."""
    crowd = c.sources[0]
    if not (_bare_count(crowd) or crowd.lower_ in CROWD_WORDS | PEOPLE_WORDS):
        return None
    where = next((o for p in ("in", "at", "outside", "across", "through") for h in (c.trigger, crowd)
                  if (o := prep_object(h, p)) is not None and (o.pos_ == "PROPN" or _is_place(o))), None)
    place = doc_actors.place_country(where, own_name_only=True) if where is not None else None
    if place is None:
        return None
    return Actor(text=np_span(crowd).text, name=f"{place.country} civilians", code=f"{place.country}CVL",
                 country=place.country, roles=["CVL"], start=np_span(crowd).start_char, end=np_span(crowd).end_char)


_PERSON_NOUNS = frozenset({"other", "others", "person", "persons", "man", "men", "woman", "women",
                           "child", "children", "boy", "boys", "girl", "girls"})


def _place_of_thing_struck(c: Candidate) -> Token | None:
    """The named place a struck thing (not itself a place or a party) is in: "a house in the
    village of X", "a vessel in Odesa port", "struck a school in Gaza"."""
    thing = c.target
    # (places are _place_acted_on's, except positions: "shelled positions in Tavush province")
    if thing is None or thing.pos_ != "NOUN" or _is_place(thing) and thing.lemma_.lower() not in HELD_POSITIONS \
            or thing.lower_ in PEOPLE_WORDS | _PERSON_NOUNS or any(x.dep_ == "nummod" for x in children(thing)):
        return None  # (people counted or named are a party the resolver could not place)
    during = [o for p in children(c.trigger) if p.dep_ == "prep" and p.lower_ == "during"
              for o in children(p) if o.dep_ == "pobj"]  # ("during a siege in the village of X")
    # ("a compound beneath a mosque in the West Bank": the place may be further down the phrase)
    beside = [o for p in children(c.trigger) if p.dep_ == "prep" and p.lower_ in ("beneath", "under", "near", "inside")
              for o in children(p) if o.dep_ == "pobj"]  # ("struck a compound beneath a mosque in X")
    for holder in (*(t for t in thing.subtree if t.pos_ == "NOUN"), c.trigger, *during, *beside):
        for prep in children(holder):
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "near", "at", "inside", "outside"):
                continue
            where = first_child(prep, ("pobj",))
            if where is not None and _is_place(where) and any(t.pos_ == "PROPN" for t in where.subtree):
                return where
    return None


def _is_place(tok: Token | None) -> bool:
    """A place by its name or noun, or a name its apposition calls one ("Douentza, a town")."""
    return tok is not None and (tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in PLACE_WORDS or any(
        c.dep_ == "appos" and c.lemma_.lower() in PLACE_WORDS for c in children(tok)) or _named_state(tok))


def _named_state(tok: Token) -> bool:
    """"Mexico's western state of Sinaloa", "the state of Zamfara": a state of a federation, a
    place (not the government "the state" names)."""
    named = prep_object(tok, "of")
    return tok.lemma_.lower() == "state" and named is not None and named.pos_ == "PROPN"


def _entered_place(verb: Token, lemma: str, obj: Token | None) -> Token | None:
    """The place of "entered the city", "marched / moved into the town"."""
    if lemma not in ENTER_VERBS:
        return None
    if lemma == "enter" and _is_place(obj):
        return obj
    into = prep_object(verb, "into")
    if into is not None and not _is_place(into) and into.lower_ in ("parts", "part", "areas", "outskirts", "districts"):
        into = prep_object(into, "of")  # "advanced into parts of Aleppo" (any proper name there)
        return into if into is not None and (into.pos_ == "PROPN" or _is_place(into)) else None
    return into if _is_place(into) else None


def _hosted_act(verb: Token) -> Token | None:
    """The infinitive a convened body or ceremony is for: "set up a panel to probe the
    killings", "attended a ceremony to sign the deal"."""
    obj = first_child(verb, ("dobj",))
    if verb.lemma_.lower() not in HOSTING_VERBS or obj is None or obj.lemma_.lower() not in HOSTED_BODIES:
        return None
    # (the parser may hang the infinitive on the verb: "formed a committee to investigate")
    return next((c for c in (*children(obj), *children(verb)) if c.dep_ in ("acl", "relcl", "advcl")
                 and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)


HOSTING_VERBS = frozenset({"form", "set", "establish", "create", "appoint", "constitute", "convene", "attend",
                           "witness", "hold", "host", "organise", "organize"})
HOSTED_BODIES = frozenset({"committee", "commission", "panel", "team", "body", "board", "ceremony", "task",
                           "force", "taskforce", "tribunal", "inquiry", "mission"})


def _left_place(verb: Token) -> bool:
    """"withdrew from the town", "pulled out of the city" (not "withdrew from the talks")."""
    return _is_place(_left_origin(verb))


def _left_origin(verb: Token) -> Token | None:
    """What "withdrew from X" / "pulled out of X" left."""
    origin = prep_object(verb, "from")
    if origin is None:
        out = next((c for c in children(verb) if c.dep_ in ("prep", "prt") and c.lower_ == "out"), None)
        of = next((c for c in (children(out) if out is not None else []) if c.lower_ == "of"), None) \
            or next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "of"), None)
        origin = first_child(of, ("pobj",)) if of is not None else None
    return origin


def _with_participles(verb: Token) -> list[Token]:
    """The participles of absolute "with" clauses on `verb` ("..., with two suspects arrested"),
    however the parser hangs them."""
    return [pc for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with"
            for pc in children(p) if pc.dep_ == "pcomp"] + [
        a for a in children(verb) if a.dep_ == "advcl" and has_mark(a, ("with",))]


def _is_person(tok: Token) -> bool:
    if tok.lower_ in QUANTITY_NOUNS:  # "executed dozens of civilians"
        of = prep_object(tok, "of")
        return of is not None and _is_person(of)
    return tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_WORDS or tok.lemma_.lower() in PERSON_WORDS


POLICE_FORCE_WORDS = frozenset({"police", "policemen", "officers", "gendarmes", "personnel"})
QUANTITY_NOUNS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "dozen", "hundred",
                            "number", "group", "handful", "several", "many"})


def _taken_hostage(verb: Token) -> bool:
    return any(c.lower_ in ("hostage", "hostages", "captive", "captives", "prisoner") for c in verb.subtree)


def _author_of(act: Token, verb: Token) -> Token | None:
    """X of "the attack by X" or "X's advance"; the parser may hang "by X" on the active
    verb as its agent."""
    by = prep_object(act, "by") or first_child(act, ("poss",))
    if by is None:
        agent = first_child(verb, ("agent",))
        by = first_child(agent, ("pobj",)) if agent is not None and agent.i > act.i else None
    return _named_in_apposition(by)


def _named_in_apposition(by: Token | None) -> Token | None:
    """"by the paramilitary Rapid Support Forces": the parser may head the phrase with the
    adjective and hang the name on it as an apposition; the name is the doer."""
    return first_child(by, ("appos",)) or by if by is not None and by.pos_ == "ADJ" else by


def _set_fire_to_property(verb: Token) -> bool:
    if verb.lemma_.lower() != "set":
        return False
    if _set_alight(verb):
        return True
    fire = first_child(verb, ("dobj",))
    if fire is None or fire.lower_ not in ("fire", "ablaze", "alight"):
        return False
    owner = prep_object(verb, "to") or prep_object(fire, "to")
    if owner is not None and owner.lower_ in QUANTITY_NOUNS:
        owner = prep_object(owner, "of")  # "set fire to dozens of homes"
    return owner is not None and any(t.lower_ in PROPERTY_WORDS or t.lemma_.lower() in PROPERTY_WORDS
                                     for t in conjuncts_of(owner))


def _set_alight(verb: Token) -> bool:
    """"set a supermarket alight", "the station was set ablaze by rioters"."""
    agent = {t.i for a in children(verb) if a.dep_ == "agent" for t in a.subtree}
    words = [t for t in verb.subtree if t.i not in agent]
    return any(t.lower_ in ("alight", "ablaze") for t in words) \
        and any(t.lower_ in PROPERTY_WORDS or t.lemma_.lower() in PROPERTY_WORDS for t in words)


def _dispersed_crowd(verb: Token) -> Token | None:
    """The crowd of "... to disperse the demonstrators" hung on `verb`, or of `verb` itself
    ("broke up thousands of demonstrators"), if any; "to try to disperse" and a conjunct's
    purpose ("opened fire and used tear gas to disperse crowds") count too."""
    # (a conjunct with a doer of its own is another's act: "protesters blocked the streets and
    # the police used tear gas to disperse them")
    acts = [verb] + ([c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and not subjects_of(c)]
                     if verb.dep_ != "conj" else [])
    purposes = [verb, *(c for act in acts for c in children(act))]
    # "cleared the road using tear gas to disperse ...": the means' purpose (the parser may hang
    # the participle on the object)
    purposes += [c for o in children(verb) if o.dep_ == "dobj" for c in children(o)
                 if c.dep_ == "acl" and c.lemma_.lower() in USE_VERBS]
    purposes += [g for c in purposes[1:] if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in ATTEMPT | USE_VERBS
                 for g in children(c)]
    # "resorted to water cannon to disperse ...": the means' purpose (the parser may read "to
    # water" as a verb)
    # ("resorted to beating protesters ... to break up demonstrations": the beating is told)
    purposes += [g for c in children(verb) if verb.lemma_.lower() == "resort" and (
                 c.dep_ == "prep" and not any(o.dep_ == "pcomp" for o in children(c))
                 or c.dep_ == "xcomp" and c.tag_ != "VBG") for g in c.subtree if g.dep_ == "advcl"]
    for purpose in purposes:
        # (a clause with a doer of its own is no purpose: "... were arrested as the police
        # cleared out rioters")
        doer = first_child(purpose, ("nsubj",)) if purpose is not verb and purpose.dep_ == "advcl" else None
        if doer is not None and doer.pos_ != "PRON":
            continue
        if (purpose is verb or purpose.dep_ in ("advcl", "xcomp")) and (
                purpose.lemma_.lower() in DISPERSE_VERBS or purpose.lemma_.lower() == "break"
                and any(c.dep_ == "prt" and c.lower_ == "up" for c in children(purpose))):
            obj = first_child(purpose, ("dobj",))
            if obj is not None and not _crowd_or_sit_in(obj):
                obj = prep_object(obj, "of") or obj  # "hundreds of demonstrators"
            # whoever is dispersed is a gathering ("to disperse pro-democracy activists")
            if obj is not None and (_crowd_or_sit_in(obj) or purpose is not verb and (
                    obj.lower_ in GATHERED_PEOPLE or obj.lemma_.lower() in GATHERED_PEOPLE)):
                return obj
    return None


# verbs that move a crowd off when told with where from or away ("pushed the protesters back")
DRIVING_OFF_VERBS = frozenset({"push", "drive", "chase", "force", "evict", "remove", "kick", "beat"})
DRIVING_OFF_WORDS = frozenset({"from", "out", "back", "away", "off"})
# a protest's blockade: what is unblocked or cleared of protesters
BLOCKED_WAY_WORDS = frozenset({"road", "roads", "highway", "highways", "street", "streets", "bridge", "bridges",
                               "square", "blockade", "blockades", "roadblock", "roadblocks", "barricade", "barricades"})


def _crowd_driven_off(verb: Token, lemma: str, obj: Token | None) -> Token | None:
    """The crowd a clause disperses in other words than "disperse": driven from a place or off
    ("pushed the protesters from the avenue", "drove the crowd back"), broken up ("broke up the
    sit-in", "broke it up" with the protest named before), or cleared from the roads it blocked
    ("unblocked all roads blocked by the protesters"), or None."""
    if obj is None:
        return None
    if lemma in DRIVING_OFF_VERBS and _crowd_or_sit_in(obj) and (
            _particle(verb) in DRIVING_OFF_WORDS
            or any(c.dep_ in ("prep", "advmod") and c.lower_ in DRIVING_OFF_WORDS for c in children(verb))):
        return obj
    if lemma == "break" and _particle(verb) == "up":
        if _crowd_or_sit_in(obj) or obj.lower_ in BLOCKED_WAY_WORDS:
            return obj
        if obj.lower_ in ("it", "them"):  # ("the blockade went on for hours before police broke it up")
            return next((t for t in reversed(verb.doc[verb.sent.start:obj.i])
                         if _crowd_or_sit_in(t) or t.lower_ in BLOCKED_WAY_WORDS), None)
    if lemma in ("unblock", "clear", "reopen") and obj.lower_ in BLOCKED_WAY_WORDS:
        blocker = next((prep_object(a, "by") for a in children(obj) if a.dep_ == "acl"
                        and a.lemma_.lower() in ("block", "barricade", "occupy")), None)
        return blocker if blocker is not None and _crowd_or_sit_in(blocker) else None
    return None


# the acts of a street clash between police and a crowd
STREET_FORCE_ROOTS = frozenset({"14", "17", "18"})
EXPLOSION_NOUNS = frozenset({"explosion", "blast", "detonation"})
# what blows up by accident (gas, coal dust, a boiler), with no weapon or attacker named
ACCIDENT_WORDS = frozenset({"gas", "coal", "cylinder", "cylinders", "boiler", "factory", "refinery", "fireworks",
                            "tanker", "pipeline", "accidental", "accidentally", "accident", "leak", "mining"})
ATTACK_EVIDENCE = frozenset({"bomb", "bombs", "bomber", "ied", "ieds", "attack", "attacker", "attackers", "militant",
                             "militants", "suicide", "planted", "device", "grenade", "landmine", "rocket", "missile",
                             "shell", "drone", "gunmen", "terrorist", "terrorists", "explosives", "tear"})


REBUFF_VERBS = frozenset({"deny", "reject", "refuse", "dismiss", "rebuff"})


def _rebuffs(verb: Token) -> list[tuple[Token, Token]]:
    """(verb, rejecter) of relative clauses below `verb` that reject what it says ("..., an
    accusation that Kigali denies", "..., which Havana refused"), their rejecter named."""
    found = []
    for t in verb.subtree:
        if t == verb or t.pos_ != "VERB" or t.lemma_.lower() not in REBUFF_VERBS \
                or not any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in children(t)):
            continue
        who = first_child(t, ("nsubj",))
        if who is not None and who.pos_ in ("PROPN", "NOUN"):
            found.append((t, who))
    return found


AID_ANNOUNCING_VERBS = frozenset({"announce", "unveil", "approve", "earmark", "allocate", "set"})
AID_PACKAGE_WORDS = frozenset({"support", "military", "financial", "economic", "humanitarian", "security", "aid"})


def _aid_announced(verb: Token) -> Token | bool | None:
    """Who an announced aid package is for ("unveiled a support package for Ukraine", "set out a
    new aid package for Ukraine"): that party, False when unnamed, None when the clause
    announces no aid."""
    lemma = verb.lemma_.lower()
    obj = first_child(verb, ("dobj",))
    if lemma not in AID_ANNOUNCING_VERBS or obj is None or lemma == "set" and _particle(verb) != "out":
        return None
    # (the package's own words, not a clause on it: "sanctions on companies accused of aiding")
    words = _words_below(obj, frozenset({"relcl", "acl"})) | {obj.lower_, obj.lemma_.lower()}
    if not (words & AID_WORDS or "package" in words and words & AID_PACKAGE_WORDS):
        return None
    return next((o for h in (verb, *obj.subtree) for p in ("for", "to") if (o := prep_object(h, p)) is not None
                 and (o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG"))), False)


def _appeal_participle(adv: Token) -> bool:
    """"..., urging / calling on Kigali to withdraw": an appeal told beside another act (a
    protest's "calling for" voices its aim instead)."""
    return adv.lemma_.lower() == "urge" or adv.lemma_.lower() == "call" and any(
        p.dep_ == "prep" and p.lower_ in ("on", "upon", "for") for p in children(adv))


def _goods_to_origin(c: Candidate) -> None:
    """A tariff or ban on goods acts on the country they come from ("a tax on goods imported
    from Serbia": on Serbia)."""
    goods = c.target if c.target is not None else (first_child(c.trigger, ("dobj",)) if c.trigger.pos_ == "VERB" else None)
    if not c.code.startswith("163") or goods is None:
        return
    goods = prep_object(goods, "on") or goods if goods.lemma_.lower() in ("tax", "tariff", "duty", "ban") else goods
    if goods.lemma_.lower() not in ("good", "product", "import", "export"):
        return
    origin = next((o for t in goods.subtree if t.dep_ == "prep" and t.lower_ == "from"
                   for o in children(t) if o.dep_ == "pobj"), None)
    if origin is not None:
        c.target = origin


def _injuries_suffered(verb: Token) -> bool:
    """"sustained / suffered injuries (wounds, burns)": the subject was hurt, by whatever the
    clause names as the cause."""
    obj = first_child(verb, ("dobj",))
    return verb.lemma_.lower() in ("suffer", "sustain", "receive") and obj is not None \
        and obj.lemma_.lower() in ("injury", "wound", "burn")


def _accidental_blast(trigger: Token) -> bool:
    """An explosion of gas, coal dust or a boiler, with no weapon or attacker named: an
    accident, no act of anyone's (CAMEO and ACLED code violence, not industrial disasters)."""
    words = _clause_words(trigger)
    return bool(EXPLOSION_NOUNS & words or {"explode", "exploded"} & words) and bool(ACCIDENT_WORDS & words) \
        and not ATTACK_EVIDENCE & words
PEACEKEEPING_WORDS = frozenset({"peacekeepers", "peacekeeper", "peacekeeping", "stabilisation", "stabilization"})
# gatherings of people that the state breaks up ("broke up a concert taking place in the square")
GATHERING_NOUNS = frozenset({"event", "gathering", "meeting", "concert", "ceremony", "celebration", "assembly",
                             "party", "procession", "congress", "conference", "vigil", "funeral", "festival"})


def _crowd_charged_or_broken_up(verb: Token, lemma: str, obj: Token, subjects: list[Token]) -> bool:
    """Force by the state on a gathering in other words: the crowd charged (not "charged the
    protesters with rioting", an accusation), a place cleared with tear gas, a crowd named
    before dispersed ("police dispersed them"), a gathering broken up."""
    if not any(s.lower_ in STATE_FORCE_WORDS for s in subjects):
        return False
    named_before = obj.lower_ in ("them", "it") and any(_is_crowd(t) for t in verb.doc[verb.sent.start:verb.sent.end])
    if lemma in BATON_CHARGE_VERBS:
        return True  # "police lathicharged (on) the agitators": a baton charge is crowd control
    if lemma == "charge":
        # ("charged at the crowd with batons": a physical charge, the "with" its means)
        return (_is_crowd(obj) or named_before or obj.dep_ == "pobj") and (
            prep_object(verb, "with") is None or obj.dep_ == "pobj") and prep_object(verb, "for") is None
    means = prep_object(verb, "with")
    if lemma == "clear" and means is not None and _crowd_control({t.lower_ for t in means.subtree}):
        return True  # "cleared the avenue with water cannons and tear gas"
    if lemma in DISPERSE_VERBS:
        return named_before
    return lemma == "break" and _particle(verb) == "up" and obj.lemma_.lower() in GATHERING_NOUNS


# South Asian English for a police baton charge ("lathi-charged" is repaired to "charged")
BATON_CHARGE_VERBS = frozenset({"lathicharge", "lathi-charge"})


def _crowd_or_sit_in(tok: Token) -> bool:
    """A crowd word, or the "in" of a "sit-in" (which the tokenizer splits)."""
    return _is_crowd(tok) or tok.lower_ == "in" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "sit"


def _is_crowd(tok: Token) -> bool:
    """A crowd word, or people shown demonstrating ("the masses demonstrating in the square")."""
    return tok.lower_ in CROWD_WORDS or tok.lemma_.lower() in CROWD_WORDS or any(
        c.dep_ == "acl" and c.lemma_.lower() in ("demonstrate", "protest", "rally", "march") for c in children(tok))


def _consultation_sides(noun: Token) -> list[Token]:
    """The parties of "talks / a meeting / clashes (on Monday in Luanda) between A and B" (the
    parser may hang "between" on the date or the place of the act)."""
    # (nor a clause's own "between", but a participle's: "talks held between A and B")
    between = next((t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "between"
                    and not any(a.pos_ in ("VERB", "AUX") and a.dep_ != "acl" for a in t.ancestors
                                if noun in a.ancestors)), None)
    sides = first_child(between, ("pobj",)) if between is not None else None
    return conjuncts_of(sides) if sides is not None else []


def _assassination_attempt(noun: Token) -> Token | None:
    if noun.lemma_.lower() not in ATTEMPT_NOUNS:
        return None
    return next((c for c in children(noun) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in ASSASSINATE_LEMMAS), None)


def _is_note(text: str) -> bool:
    return text.lstrip(" \n\t\"'“(").lower().startswith(NOTE_OPENERS) or \
        text.lstrip().lower().startswith(NOTE_OPENERS)


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _object_words(verb: Token) -> set[str]:
    """Lower-case words of the verb's direct object (or passive subject) and its particle
    ("pulled out its peacekeepers"), without clauses."""
    words: set[str] = set()
    for c in children(verb):
        if c.dep_ in ("dobj", "nsubjpass"):
            for t in c.subtree:
                if t.dep_ not in ("relcl", "acl") or t is c:
                    words.add(t.lower_)
                    words.add(t.lemma_.lower())
    return words


def _first_class(words: set[str], table: tuple[tuple[frozenset[str], str], ...]) -> str | None:
    return next((code for vocab, code in table if vocab & words), None)


DEPLOY_VERBS = frozenset({"send", "dispatch", "deploy", "move", "redeploy", "transfer"})
WARSHIP_WORDS = frozenset({"ship", "ships", "warship", "warships", "vessel", "vessels", "frigate", "frigates",
                           "destroyer", "destroyers", "carrier", "boats", "submarine", "submarines"})
# trade cut ("limited / restricted imports of Turkish goods"): CAMEO 163, "cut or reduce trade"
TRADE_CUT_VERBS = frozenset({"limit", "restrict", "curb", "halt", "cut", "reduce", "block"})
TRADE_WORDS = frozenset({"imports", "import", "exports", "export", "trade"})


OBJECT_CLASS_VERBS = (EASE_VERBS | ANNUL_VERBS | IMPOSE_VERBS | REMOVAL_VERBS | BUILDUP_VERBS | SUMMON_VERBS
                      | HANDOVER_VERBS | CONSIDER_VERBS | KILL_VERBS | DESTROY_VERBS
                      | RESTORE_RELATION_VERBS | CUT_RELATION_VERBS | ESTABLISH_VERBS
                      | SEIZE_VERBS | USE_VERBS | SUPPLY_VERBS | SYMBOLIC_VERBS | HALT_VERBS
                      | RECEIVE_VERBS | VIOLATE_VERBS | EMPATHY_VERBS | EXPEL_VERBS | DEPLOY_VERBS
                      | EXPEL_PARTICLE_VERBS | PREVENT_VERBS | ARREST_VERBS | RELEASE_VERBS | YIELD_PLACE_VERBS | REPEL_VERBS | INFLICT_VERBS
                      | TRADE_CUT_VERBS
                      | SHARE_VERBS | {"call", "accuse", "blame", "down", "take", "intercept", "shoot", "push",
                                       "drive", "fight", "force"})


# what an act "led to" that names its victims ("the deaths of seven militants")
CASUALTY_RESULTS = frozenset({"death", "killing", "injury", "neutralisation", "neutralization", "arrest",
                              "capture", "elimination"})
# a diplomatic post whose official a government summons ("an official of the High Commission")
DIPLOMATIC_POSTS = frozenset({"embassy", "commission", "consulate", "legation"})


def _object_class_code(lemma: str, verb: Token, code: str | None) -> str | None:
    """The codebook's object-specific code for easing, imposing, removal, build-up, hand-over,
    killing, destruction and relations verbs (see the tables in vocab); `code` when no
    class applies."""
    if lemma not in OBJECT_CLASS_VERBS:
        return code
    words = _object_words(verb)
    if lemma in SUMMON_VERBS:  # (the parser may hang the envoy on a time phrase: "summoned on Wednesday X")
        words |= {t.lower_ for p in children(verb) if p.dep_ == "prep" for t in p.subtree}
    left = prep_object(verb, "from") if lemma in RETREAT_VERBS else None
    if left is not None and left.lemma_.lower() in DIPLOMATIC_POSTS and words & {"staff", "personnel", "employees"}:
        words |= {"embassy"}  # "evacuating staff from its embassy in Tehran": diplomats withdrawn (161)
    if not words:
        return code
    if lemma == "call" and _particle(verb) == "off":
        lemma = "cancel"  # "called off the strike"
    return _class_of(lemma, verb, words) or code


DECISION_NOUNS = frozenset({"decision", "plan", "plans", "intention", "readiness", "move"})


def _decided_act(verb: Token) -> Token | None:
    """The act of "announced its decision / plan to ACT"."""
    noun = first_child(verb, ("dobj",))
    if noun is None or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    return next((c for c in children(noun) if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))), None)


ADVANCE_WORDS = frozenset({"deeper", "forward", "ahead", "further", "on"})
INTERCEPTED_WEAPONS = frozenset({"missile", "missiles", "rocket", "rockets", "projectile", "projectiles"})


def _foiled_attack_told_too(c: Candidate) -> Candidate:
    """"Troops repelled an attack by the rebels on their base": the fight (190) the repelling
    forces joined, and the attack its authors made on them, which news coders record as well
    (in the gold files 13 of 30 such sentences code the attack, 19 the fight back)."""
    attack = first_child(c.trigger, ("dobj", "nsubjpass"))
    if c.code[:2] not in ("17", "19") or c.reverse or attack is None:
        return c
    if attack.lower_ in INTERCEPTED_WEAPONS | DRONE_WORDS and _intercepting(c.trigger):
        # "air defences intercepted a missile fired by the Houthis at the kingdom": the launchers'
        # strike too (in the gold files 13 of 13 such sentences code it, 7 of them with the
        # interception)
        launcher = _launcher_of(attack)
        if launcher is not None and (c.target is None or c.target.i in (attack.i, launcher.i)):
            return replace(c, target=launcher, reverse="190")
    if c.code[:2] != "19" or c.target is None or c.target.i == attack.i:
        return c
    if attack.lower_ in MILITARY_MOVE_WORDS - {"advance", "advances", "push"} and _repelling(c.trigger):
        return replace(c, reverse="190")
    return c


def _launcher_of(weapon: Token) -> Token | None:
    """Who fired a weapon: "a missile fired / launched by the Houthis", "drones that Russia
    launched"."""
    for clause in children(weapon):
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = first_child(clause, ("agent",))
            if agent is not None:
                return first_child(agent, ("pobj",))
        if clause.dep_ == "relcl":
            doer = first_child(clause, ("nsubj",))
            if doer is not None and doer.lower_ not in ("that", "which", "who"):
                return doer
    return None


DRONE_WORDS = frozenset({"drone", "drones", "uav", "uavs"})


def _intercepting(verb: Token) -> bool:
    """"intercepted", "shot down", "downed", "destroyed" (a weapon in flight)."""
    lemma = verb.lemma_.lower()
    return lemma in ("intercept", "down", "destroy") or lemma == "shoot" and _particle(verb) == "down"


def _repelling(verb: Token) -> bool:
    """"repelled", "halted", "fought off", "pushed / beat / drove back" (an attack)."""
    back = _particle(verb) == "back" or any(c.dep_ == "advmod" and c.lower_ == "back" for c in children(verb))
    return verb.lemma_.lower() in REPEL_VERBS or _particle(verb) == "off" or (
        back and verb.lemma_.lower() in ("push", "beat", "drive", "force", "fight"))


def _particle(verb: Token) -> str | None:
    prt = first_child(verb, ("prt",))
    return prt.lower_ if prt is not None else None


def _class_of(lemma: str, verb: Token, words: set[str]) -> str | None:
    found = None
    if lemma in TRADE_CUT_VERBS and _object_head_in(verb, TRADE_WORDS):
        return "163"
    if lemma == "take" and _object_head_in(verb, POSITION_WORDS):
        return "150"  # "tanks took positions over the hilltops": military posture, no seizure
    if lemma in EMPATHY_VERBS and _object_head_in(verb, EMPATHY_WORDS):
        return "018"
    if lemma in EMPATHY_VERBS and _object_head_in(verb, GRATITUDE_WORDS):
        return "051"
    if lemma in HALT_VERBS and _object_head_in(verb, DISSENT_ACTION_WORDS):
        # "broke up a demonstration" is dispersing it (175); "called off / ended" one, easing dissent
        return "175" if lemma == "break" and _particle(verb) == "up" else "082"
    if lemma in YIELD_PLACE_VERBS and (_object_head_in(verb, PLACE_WORDS) or _object_is_place(verb)):
        return "0874"  # "vacated the city": retreat or surrender militarily
    if _repelling(verb) and _object_head_in(verb, MILITARY_MOVE_WORDS):
        return "190"  # "halted the RSF's advance", "pushed back the attack": fighting the one advancing
    if lemma in INFLICT_VERBS and _object_head_in(verb, INFLICTED_WORDS):
        return "190"  # "inflicted heavy losses on the rebels"
    if lemma in ("accuse", "blame"):
        return "112"  # an accusation whatever it alleges (the wrongdoing narrows it later)
    if (lemma == "down" or lemma == "intercept" or lemma == "shoot" and _particle(verb) == "down") \
            and _object_head_in(verb, AIRCRAFT_WORDS | INTERCEPTED_WEAPONS):
        # "downed a US drone", "intercepted a missile launched by the Houthis": shooting down
        # an aircraft or a missile is fighting (its owner is the target)
        return "190"
    if lemma in SHARE_VERBS and _object_head_in(verb, INFORMATION_WORDS):
        return "064"  # "shared intelligence with the US": 064 Share intelligence or information
    if lemma in RELEASE_VERBS:
        # released persons (0841) or property (0842); "released a statement" is no release
        if _object_head_in(verb, RELEASED_PROPERTY):
            return "0842"
        obj = first_child(verb, ("dobj", "nsubjpass"))
        if obj is not None and obj.lemma_.lower() in RELEASED_TEXTS:
            return "010"  # "released a statement / a video": a statement, not a release
        if obj is not None:
            return "0841"
    if lemma in ARREST_VERBS and not words & WEAPON_CACHE_WORDS:
        return "173"  # arresting people is 173 whatever the setting ("arrested ... in raids")
    if lemma in PREVENT_VERBS and _object_head_in(verb, DISSENT_ACTION_WORDS | PROTEST_CROWD_WORDS):
        return "1721"  # "blocked / banned a march": restricting political freedoms
    expelled = _expulsion_code(lemma, verb, words)
    if expelled is not None:
        return expelled
    if words & RELATION_WORDS:
        if lemma in CUT_RELATION_VERBS:
            return "161"
        if lemma in RESTORE_RELATION_VERBS:
            return "050"
    if lemma in ANNUL_VERBS and _object_head_in(verb, PACT_WORDS) and not words & TRUCE_WORDS:
        return "160"
    if lemma in EASE_VERBS or lemma == "raise" and words & {"blockade", "siege"}:
        found = _first_class(words, EASE_OBJECTS)  # (a siege raised is lifted: "raise the blockade")
    if found is None and lemma in IMPOSE_VERBS:
        found = _first_class(words, IMPOSE_OBJECTS)
        if found is None and words & {"tax", "taxes"} and (words & {"imports", "import"} or words & {"goods", "products"}
                                                           and "from" in words):
            found = "163"  # "a 100 percent tax on goods imported from Serbia": a tariff, an economic sanction
    if found is None and lemma in REMOVAL_VERBS and (lemma != "send" or any(
            c.lower_ in ("home", "back") for c in children(verb))) and (lemma != "ship" or any(
            c.lower_ == "out" for c in children(verb))):
        found = _first_class(words, REMOVAL_OBJECTS)
        if found is None and lemma in RETREAT_VERBS and words & FORCE_WORDS:
            found = "0874"
    if found is None and lemma in BUILDUP_VERBS:
        found = _first_class(words, BUILDUP_OBJECTS)
    if found is None and lemma in SUMMON_VERBS and words & (ENVOY_WORDS | DIPLOMATIC_POSTS):
        found = "110"
    if found is None and lemma in HANDOVER_VERBS:
        found = _first_class(words, HANDOVER_OBJECTS)
    if found is None and lemma in CONSIDER_VERBS and words & POLICY_OPTION_NOUNS:
        found = "014"
    if found is None and lemma in KILL_VERBS and _object_head_in(verb, LEADER_WORDS) \
            and not (_clause_words(verb) & (CLASH_NOUN_WORDS | {"strike", "strikes", "airstrike", "airstrikes"})
                     and _object_head_in(verb, MILITARY_RANKS)):
        # (commanders killed "in fighting" or "in an air strike" fell in combat, not assassinated)
        found = "186"
    if found is None and lemma in DESTROY_VERBS and _object_head_in(verb, PROPERTY_WORDS) \
            and weapon_subtype(_clause_words(verb)) is None:
        found = "1712"
    if found is None and lemma in ESTABLISH_VERBS and _object_head_in(verb, BASE_OBJECTS):
        found = "150"
    if found is None and lemma in SEIZE_VERBS and _object_head_in(verb, WEAPON_CACHE_WORDS):
        found = "1711"
    if found is None and lemma in DEPLOY_VERBS and _object_head_in(verb, FORCE_WORDS | AIRCRAFT_WORDS) \
            and any(prep_object(verb, p) is not None for p in ("to", "toward", "towards", "into")):
        found = "154"  # "sent a carrier / deployed jets to the region": forces moved, not used or given
    if found is None and lemma == "deploy" and _object_head_in(verb, WEAPON_SUBJECT_WORDS | AIRCRAFT_WORDS | WARSHIP_WORDS):
        found = "154"  # "deployed missiles to monitor the incursion", "ships and aircraft": placed, not fired
    if found is None and lemma in USE_VERBS:
        found = _first_class(words, USE_WEAPON_CODES)
    if found is None and lemma in RECEIVE_VERBS:
        found = _first_class(words, RECEIVE_OBJECTS)
        if found == "0863" and not words & {"humanitarian", "aid", "relief"}:
            found = None  # "allowed access" alone is not humanitarian access
    if found is None and lemma in VIOLATE_VERBS and words & TRUCE_WORDS:
        found = "196"
    if found is None and lemma in HALT_VERBS:
        found = _first_class(words, HALT_OBJECTS)
        if found is None and _object_head_in(verb, SUPPLY_HEADS | AID_WORDS):
            found = "162"
    if found is None and lemma in SYMBOLIC_VERBS and _object_head_in(verb, SYMBOLIC_OBJECTS):
        found = "017"
    if found is None and lemma in SUPPLY_VERBS and _object_head_in(verb, SUPPLY_HEADS):
        found = _first_class(words, SUPPLY_OBJECTS)
    return found


def _object_is_place(verb: Token) -> bool:
    """A named place as object (what one vacates is a place, whatever the tagger says of an
    unknown name: "vacated Kudhaa")."""
    obj = first_child(verb, ("dobj",))
    return obj is not None and (obj.ent_type_ in ("GPE", "LOC", "FAC") or verb.lemma_.lower() == "vacate"
                                and obj.pos_ == "PROPN")


def _expulsion_code(lemma: str, verb: Token, words: set[str]) -> str | None:
    """Expelling people: many from their homes is a mass expulsion (201), one or a few
    named people a deportation (174); other objects (diplomats, peacekeepers) are classed
    by the removal table."""
    out = _particle(verb) or next((c.lower_ for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("out", "away")), None)
    if lemma not in EXPEL_VERBS and not (lemma in EXPEL_PARTICLE_VERBS and out in ("out", "away")):
        return None
    if _object_head_in(verb, ARMED_WORDS):
        # "drove the fighters out of the village": taking the place (192), not an expulsion
        return "192" if _left_place(verb) or prep_object(verb, "from") is not None else "190"
    if not words & PEOPLE_WORDS and not _object_head_in(verb, PEOPLE_WORDS):
        return None
    obj = first_child(verb, ("dobj", "nsubjpass"))
    many = bool(words & MASS_WORDS) or any(
        c.dep_ == "nummod" and c.like_num and _number(c.text) >= 100 for c in (children(obj) if obj else []))
    from_home = any(o is not None and o.lower_ in HOME_WORDS for o in (prep_object(verb, "from"), prep_object(verb, "of")))
    return "201" if many or from_home else "174"


def _number(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


SUPPLY_HEADS = frozenset().union(*(v for v, _ in SUPPLY_OBJECTS)) | frozenset({"tons", "tonnes", "worth"})


def _object_head_in(verb: Token, vocab: frozenset[str]) -> bool:
    """Is the head (or a compound of the head) of the verb's object in `vocab`?"""
    for c in children(verb):
        if c.dep_ in ("dobj", "nsubjpass"):
            counted = prep_object(c, "of") if c.lower_ in COUNT_WORDS or c.like_num else None
            c = counted or c  # "torched dozens of houses": the houses
            heads = [c, *[g for g in children(c) if g.dep_ == "compound"]]
            return any(h.lower_ in vocab or h.lemma_.lower() in vocab for h in heads)
    return False


COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens", "several", "some", "many",
                         "number", "dozen", "hundred", "thousand", "most", "all"})


def _strike_code(strike: Token, verb: Token) -> str:
    """A strike is a labour or hunger strike (14) when its words or verb say so
    ("a general strike", "went on strike"), otherwise a military strike (190)."""
    mods = {c.lower_ for c in children(strike) if c.dep_ in ("compound", "amod", "nmod", "poss")}
    if "hunger" in mods:
        return "142"
    if any(prep_object(strike, p) is not None for p in ("on", "against", "at")):
        return "190"  # "a wave of strikes on Houthi positions": aimed at someone, military
    # (the tagger lemmatises "staged" as "stag")
    if mods & LABOUR_STRIKE_WORDS or (verb is not strike and (verb.lemma_.lower() in PROTEST_STRIKE_VERBS
                                                              or verb.lower_ in STAGED_FORMS)):
        return "143"
    return "190"


def _aim_code(code: str, trigger: Token) -> str:
    """A political-reform or protest code narrowed by its aim (CAMEO's leadership / policy /
    rights / institutions subdivisions): "staged rallies demanding the president's
    resignation" 1411, "demanded democratic elections" 1044."""
    family = code if code in AIM_FAMILIES else AIM_PARENTS.get(code)
    if family is None:
        return code
    words = _aim_words(trigger)
    suffix = next((s for vocab, s in AIM_WORDS if vocab & words), None)
    reform = bool(words & {"reform", "reforms"})
    if suffix is None:
        return family if reform and code in AIM_PARENTS else code  # "demanded political reforms": 104
    if code in AIM_PARENTS and suffix == "2" and not (reform or words & {"policy", "policies"}):
        return code  # a generic demand about a law or a price is not yet one for political reform
    return family + suffix


def _wrongdoing_code(code: str, trigger: Token) -> str:
    """An accusation (112) or investigation (09) narrowed by the wrongdoing it names:
    "accused X of embezzling funds" 1121, "investigating war crimes" 094."""
    family = WRONGDOING_FAMILIES.get(code)
    if family is None:
        return code
    words = _aim_words(trigger)
    if any(a in words and b in words for a, b in WAR_CRIME_PAIRS):
        suffix = "4"
    else:
        suffix = next((s for vocab, s in WRONGDOING_WORDS if vocab & words), None)
    if suffix is None or (family == "09" and suffix == "5"):
        return code
    return family + suffix


AIM_SKIP = frozenset({"nsubj", "nsubjpass", "csubj", "relcl", "parataxis", "conj", "appos", "npadvmod"})


def _aim_words(trigger: Token) -> set[str]:
    """Words of what the act is for: objects, complements, prepositional phrases and purpose
    clauses ("to demand ...", "calling for ..."), not its subject."""
    return _words_below(trigger, AIM_SKIP)


def _words_below(trigger: Token, skip: frozenset[str], skip_tokens: set[int] | None = None) -> set[str]:
    """Lower-case words and lemmas under `trigger`, not following the dependencies in `skip`
    nor the tokens in `skip_tokens`."""
    words: set[str] = set()
    skip_tokens = skip_tokens or set()
    stack = [c for c in children(trigger) if c.dep_ not in skip and c.i not in skip_tokens]
    while stack:
        tok = stack.pop()
        words.add(tok.lower_)
        words.add(tok.lemma_.lower())
        stack.extend(c for c in children(tok) if c.dep_ not in skip and c.i not in skip_tokens)
    return words


def _doers_gear(trigger: Token) -> set[int]:
    """The tokens that describe what the doers carry, not how they act: "fighters armed with
    rocket-propelled grenades", and what unarmed people throw ("farmers throwing homemade
    explosives clashed with police" riot; they bomb nothing)."""
    gear: set[int] = set()
    for doer in (c for c in children(trigger) if c.dep_ in ("nsubj", "agent")):
        tokens = list(doer.subtree)
        carrying = ("arm", "equip") if any(t.lower_ in ARMED_WORDS for t in tokens) \
            else ("arm", "equip", "pelt") + tuple(THROW_VERBS)
        gear |= {t.i for a in tokens if a.dep_ == "acl" and a.lemma_.lower() in carrying for t in a.subtree}
    return gear


def _sector_code(code: str, trigger: Token) -> str:
    """A generic cooperation, aid, appeal, intent, demand or rejection code narrowed to its
    sector by the clause's words (CAMEO 0311 "cooperate economically", 073 "humanitarian
    aid", ...). Generic statements of intent (030), appeals (020), demands (100) and
    rejections (120) are narrowed only when the clause names a sector."""
    key = code if code in SECTOR_CODES else SECTOR_PARENTS.get(code)
    if key is None:
        return code
    words = _sector_words(trigger)
    if key in AID_TWINS and words & AID_WORDS:
        key = AID_TWINS[key]
        code = key
    for sector, specific in SECTOR_CODES[key]:
        if SECTOR_WORDS[sector] & words:
            return specific
    return code


SECTOR_SKIP = frozenset({"relcl", "acl", "advcl", "nsubj", "nsubjpass", "csubj", "parataxis", "conj",
                         "ccomp", "appos", "npadvmod"})


def _sector_words(trigger: Token) -> set[str]:
    """Words of what the act is about: the trigger's objects, complements and prepositional
    phrases, not its subject nor the clauses hung on them ("aid to refugees fleeing the
    war" is not military)."""
    return _words_below(trigger, SECTOR_SKIP)


def _armed_forces_in_combat_code(code: str, trigger: Token, sources: list[Actor | None]) -> str:
    """A state's armed forces who kill or wound in a raid, under fire or by strikes ("Israeli
    forces killed two Palestinians in clashes during a raid", "killed by firing by the Indian
    forces along the LoC") use conventional military force (190), as the codebook's 19
    examples of raids and exchanges of fire, whoever falls; force on a crowd stays repression."""
    if code not in ("180", "182") or not any(s is not None and "MIL" in s.roles for s in sources):
        return code
    words = {t.lower_ for t in trigger.sent}
    return "190" if words & MILITARY_COMBAT_WORDS and not words & (DEMONSTRATOR_WORDS | PROTEST_CROWD_WORDS) else code


# words that set a killing by armed forces in combat: fire exchanged, strikes, raids, clashes
MILITARY_COMBAT_WORDS = frozenset({"fire", "firing", "fired", "shelling", "shelled", "strike", "strikes", "airstrike",
                                   "airstrikes", "drone", "drones", "missile", "missiles", "rocket", "rockets",
                                   "artillery", "mortar", "mortars", "clashes", "clash", "raid", "raids", "offensive",
                                   "operation", "operations", "bombardment", "bombing", "ceasefire", "gunfire",
                                   "shooting", "crossfire"})


def _by_strike(trigger: Token) -> bool:
    """An act done by strikes from the air or with heavy weapons ("a missile strike on", "struck
    a building", "shelling killed")."""
    return trigger.lemma_.lower() in STRIKE_LEMMAS or any(
        t.lower_ in HEAVY_STRIKE_WORDS for t in trigger.subtree if t.i - trigger.i < 8)


STRIKE_LEMMAS = frozenset({"strike", "bomb", "shell", "bombard", "pound", "airstrike"})
HEAVY_STRIKE_WORDS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "air-strike", "missile", "missiles",
                                "shelling", "bombing", "bombardment", "drone", "drones", "rocket", "rockets",
                                "artillery", "warplanes", "jets", "aircraft"})


def _civilian_target_code(code: str, target: Actor | None, sources: list[Actor | None],
                          named_place: bool = False, by_strike: bool = False) -> str:
    """CAMEO 19 is fighting between organised forces; force used on civilians is
    unconventional violence (18), as the codebook's 180 description puts it, unless a
    state's forces attack a place: a military operation on a village or town is
    conventional force (the 195 example: "an attack on a village"). An attack on a city or
    region named ("launched a major attack on el-Fasher") is an assault on a place its
    defenders hold, fighting whoever attacks."""
    if code[:3] == "173" and target is not None and set(target.roles) & CIVILIAN_ROLES and sources and all(
            s is not None and set(s.roles) & NONSTATE_ARMED and not set(s.roles) & STATE_FORCE_ROLES for s in sources):
        return "181"  # "militants rounded up / detained 20 villagers": armed men seizing people abduct them
    if code in ("190", "193") and target is not None and not named_place:
        roles = set(target.roles)
        place = bool(target.text) and target.text.split()[-1].lower() in PLACE_WORDS
        # (a state's forces, or the state named as the doer, striking with heavy weapons use
        # conventional force even where civilians are hit: "Russia struck a residential
        # building with missiles" is 19, as the codebook's 195 / 194 examples of strikes)
        state_force = (place or by_strike) and any(
            s is not None and (set(s.roles) & STATE_FORCE_ROLES or s.code == s.country and s.country) for s in sources)
        if roles & CIVILIAN_ROLES and not roles & ARMED_ROLES and not state_force:
            return "180"
    return code


def _combatant_target_code(code: str, target: Actor | None, sources: list[Actor | None]) -> str:
    """Killing or wounding fighters, soldiers or police ("troops killed six militants in a gun
    battle", "rebels killed an infantryman and injured a dozen soldiers") is fighting between
    organised forces (190), not the unconventional assault (18) the verb's own code names,
    when whoever did it is armed or unnamed."""
    if code not in ("180", "182") or target is None:
        return code
    roles = set(target.roles)
    if not roles & ARMED_ROLES or roles & CIVILIAN_ROLES:
        return code
    doers = [s for s in sources if s is not None]
    return "190" if all(set(s.roles) & ARMED_ROLES or s.code == s.country for s in doers) else code


STATE_FORCE_ROLES = frozenset({"MIL", "SPY"})
MASS_COUNT_WORDS = frozenset({"hundreds", "thousands", "tens"})
MASS_ATROCITY_WORDS = frozenset({"cleansing", "genocide", "massacre", "massacres", "extermination"})


SANCTION_SUBJECTS = frozenset({"sanction", "measure", "embargo", "tariff", "ban", "restriction", "penalty"})


def _sanctions_aim(verb: Token) -> bool:
    """"imposed / expanded sanctions on Russia, targeting 54 individuals": the participle names
    whom the sanctions hit."""
    head = verb.head
    return verb.dep_ in ("advcl", "acl", "xcomp", "conj") and head is not verb and any(
        t.lemma_.lower() in SANCTION_SUBJECTS for c in children(head) if c.dep_ == "dobj" for t in (c, *c.children))


def _remote_state_force_code(code: str, c: Candidate, sources: list[Actor | None]) -> str:
    """A state that killed with air strikes or shelling ("killed in Israeli strikes pounding
    Gaza") used aerial weapons (195) or artillery (194): the codebook's weapon codes whoever
    was hit, not the unconventional violence (18) a killing of civilians otherwise is."""
    if code not in ("180", "182", "190") or c.trigger.lemma_.lower() not in HARM_VERBS | {"die"} or not any(
            s is not None and (s.code == s.country or set(s.roles) & {"MIL", "GOV"}) for s in sources):
        return code  # (the toll of a weapon named: "killed in Israeli strikes", "wounded by shelling")
    words = _LazyWords(c.trigger, c.sources).get()
    weapon = weapon_subtype(words)
    if weapon is None and ("strikes" in words or "strike" in words and c.trigger.lemma_.lower() != "strike"):
        return "195"  # a state's "strikes" are struck from the air, as ACLED reads them too
    return {AIR_STRIKE: "195", SHELLING: "194"}.get(weapon, code) if weapon else code


def _state_bombing_code(code: str, trigger: Token, sources: list[Actor | None]) -> str:
    """A state's forces that "bombed" a village dropped the bombs from the air (195), not a
    planted device (183, "conduct non-military bombing")."""
    if code != "183" or trigger.pos_ != "VERB":
        return code
    if trigger.lemma_.lower() == "drop" and any(
            any(t.lower_ in AIRCRAFT_WORDS for t in s.subtree) or s.lower_ == "force"
            and any(c.lower_ == "air" for c in s.children) for s in _subjects_of_trigger(trigger)):
        return "195"  # "fighter jets (jet fighters) dropped eight bombs on villages": an air strike
    if trigger.lemma_.lower() not in ("bomb", "bombard"):
        return code
    return "195" if any(s is not None and set(s.roles) & {"MIL", "GOV"} for s in sources) else code


def _subjects_of_trigger(trigger: Token) -> list[Token]:
    return [c for c in children(trigger) if c.dep_ == "nsubj"]


def _mass_killing_code(code: str, c: Candidate, target: Actor | None, sources: list[Actor | None]) -> str:
    """Civilians killed by the hundreds by an armed force, or in a campaign the sentence calls
    a massacre or ethnic cleansing, are mass killing (202: "engage in mass killings"), not one
    assault (a crash or a war's toll kills no one deliberately)."""
    if code[:2] != "18" or c.trigger.lemma_.lower() not in ("kill", "massacre", "slaughter", "execute") \
            or target is None or not set(target.roles) & CIVILIAN_ROLES or c.target is None \
            or not any(s is not None and set(s.roles) & (ARMED_ROLES | {"GOV", "IMG"}) for s in sources):
        return code
    counted = {t.lower_ for t in c.target.subtree}
    numbers = [t for t in c.target.subtree if t.like_num and t.text.replace(",", "").isdigit()]
    large = counted & MASS_COUNT_WORDS or any(int(t.text.replace(",", "")) >= 100 for t in numbers)
    atrocity = any(t.lower_ in MASS_ATROCITY_WORDS for t in c.trigger.sent)
    return "202" if large or atrocity else code


class _LazyWords:
    """Lower-case words and lemmas of the trigger's own clause (not of clauses coordinated
    with it: "fired rockets, and jets struck" keeps the jets out of the rocket fire), built
    only if an ACLED refinement asks."""

    def __init__(self, trigger: Token, doers: list[Token] | None = None) -> None:
        self.trigger = trigger
        self.doers = doers or []
        self._words: set[str] | None = None

    def get(self) -> set[str]:
        if self._words is None:
            self._words = _clause_words(self.trigger)
            # a doer inherited from another clause still names the weapon ("a suicide bomber
            # ... killed 40 people" when the parse hangs the bomber elsewhere)
            # (or in a clause coordinated with the trigger's: "died and 15 others injured in a
            # grenade explosion")
            self._words.update(t.lower_ for d in self.doers for t in d.lefts if t.dep_ in ("compound", "amod"))
        return self._words


MEANS_VERBS = frozenset({"use", "employ", "deploy", "send", "dispatch"})


WOUNDING_LEMMAS = frozenset({"injure", "wound", "hurt", "maim"})


def _clause_words(trigger: Token) -> set[str]:
    words: set[str] = set()
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj":
        # "the protest turned violent": what the event noun's verb says it became
        words.update(c.lower_ for c in children(trigger.head) if c.dep_ in ("acomp", "oprd"))
    stack = [trigger]
    while stack:
        tok = stack.pop()
        if tok.ent_type_ != "DATE":  # "in March" is no march
            words.add(tok.lower_)
            words.add(tok.lemma_.lower())
        for c in children(tok):
            if c.pos_ in ("VERB", "AUX") and c.dep_ in ("conj", "ccomp", "parataxis") and tok is trigger:
                if c.dep_ == "conj" and c.lemma_.lower() in WOUNDING_LEMMAS:
                    # "a civilian was killed and ten injured as troops shelled Donetsk": one
                    # incident, its weapon told once for the dead and the hurt
                    stack.append(c)
                continue
            if c.dep_ == "advcl" and c.tag_ == "VBN" and prep_object(c, "by") is not None:
                # "Backed by troops and helicopter gunships, soldiers drove ...": support, not
                # the act; only the verb of "after it was abandoned by the army" says how
                words.update((c.lower_, c.lemma_.lower()))
                continue
            if tok is trigger and _is_reason_phrase(c):
                continue  # "detained on charges of organising rallies": the charge, not the setting
            if c.dep_ == "prep" and c.lower_ == "without":
                words.add("without")  # "fled without battles": no battle
                continue
            if c.dep_ == "acl" and c.lemma_.lower() in ("arm", "equip"):
                continue  # "fighters armed with rocket-propelled grenades attacked": what they carry, not the act
            stack.append(c)
    if trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in MEANS_VERBS \
            and (means := first_child(trigger.head, ("dobj",))) is not None:
        # "used two helicopters to attack a base": the means the verb of use names
        words.update(w for t in means.subtree for w in (t.lower_, t.lemma_.lower()))
    if _chemical_agent_near(trigger):
        words.add("chemical")  # "chlorine gas poisoning during an attack": the attack's weapon
    if any(c.dep_ == "nsubj" and c.lower_ in AIRBORNE_THREATS for c in children(trigger)):
        words.add(WEAPON_SUBJECT)  # "a Russian missile destroyed a building": the weapon hit, not downed
    if any(c.dep_ == "nsubjpass" for c in children(trigger)):
        # "a boy was killed and others wounded when police fired on a march": the cause
        # clause may hang on the coordinated verb
        words.update(t.lower_ for conj in children(trigger) if conj.dep_ == "conj"
                     for cause in children(conj) if cause.dep_ in ("advcl", "prep", "agent") for t in cause.subtree
                     if t.ent_type_ != "DATE")  # ("on March 2": no march)
    subordinate = any(c.dep_ == "mark" and c.lower_ in ("after", "while", "whereas", "before", "as", "when")
                      for c in children(trigger))
    if (trigger.dep_ in ("xcomp", "advcl", "conj", "ccomp") or trigger.pos_ == "NOUN") and not subordinate:
        head = trigger.head  # "carried out air strikes": the governing verb's words count too
        words.add(head.lower_)
        # (and its passive subject for a coordinated verb: "a grenade was lobbed and exploded")
        words.update(c.lower_ for c in children(head) if c.dep_ in ("nsubj", "agent")
                     or c.dep_ == "nsubjpass" and trigger.dep_ == "conj")
        if trigger.dep_ == "nsubj":  # "the strike occurred, with a guided bomb slamming into ..."
            words.update(t.lower_ for p in children(head) if p.dep_ == "prep" and p.lower_ == "with"
                         for t in p.subtree)
    return words


REASON_NOUNS = frozenset({"charge", "charges", "suspicion", "accusation", "accusations", "allegation",
                          "allegations", "grounds"})


def _is_reason_phrase(prep: Token) -> bool:
    """A phrase giving why someone was held or punished ("on charges of ...", "for taking part
    in ...") rather than where or how."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "on":
        return any(c.dep_ == "pobj" and c.lower_ in REASON_NOUNS for c in children(prep))
    # (not what they were doing when held: "detained for joining an unauthorized march",
    # "arrested for blocking the city's roads" tell the protest the police stopped)
    return prep.lower_ == "for" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_.lower() not in SCENE_ACTS
                                        for c in children(prep))


# what people are held for doing on the spot (a protest broken up), unlike "for organising" or
# "for taking part in" protests, charges that may come days after
SCENE_ACTS = frozenset({"join", "hold", "block", "burn", "protest", "march", "stage", "glue", "chant", "demonstrate"})


def _passive_agent(verb: Token) -> Token | None:
    """The doer named in a passive's "by" phrase."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)):
        return None
    agent = first_child(verb, ("agent",))
    return first_child(agent, ("pobj",)) if agent is not None else None


def _governed_verb(verb: Token) -> Token | None:
    """The verb a verb phrase governs: its complement clause, or the infinitive of an
    adjective complement ("is about / set / ready to restore")."""
    inner = inner_verb(verb)
    if inner is not None:
        return inner
    for c in children(verb):
        if c.dep_ in ("acomp", "attr"):
            x = next((g for g in children(c) if g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX")), None)
            if x is not None:
                return x
    return None


DICTIONARY_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})
PASSIVE_SOURCE_PREPS = frozenset({"by", "from", "in"})  # PETRARCH's passive agents
PASSIVE_TARGET_PREPS = frozenset({"at", "against", "into", "towards", "toward"})
MUTUAL_ROOTS = frozenset({"03", "04", "05", "06"})  # PETRARCH codes these between co-sources
NESTED_SKIP = frozenset({"relcl", "advcl", "ccomp", "appos", "punct", "cc", "det", "case"})


def _pronoun_subjects(verb: Token) -> bool:
    """Is the clause's subject a personal pronoun (then it stands for the governing subject)?"""
    subjects = subjects_of(verb)
    return bool(subjects) and all(s.tag_ == "PRP" for s in subjects)


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a prepositional phrase that are not dates or times."""
    return [o for o in children(prep) if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")]


def _actor_heads(head: Token) -> list[Token]:
    """A phrase's head, then the nouns nested in it (its prepositional objects,
    possessors, compounds), nearest first: where PETRARCH looks for an actor in a phrase
    whose own words name none ("ties with Gondor", "the population of Gondor")."""
    out, frontier = [head], [head]
    while frontier:
        frontier = [c for t in frontier for c in children(t) if c.dep_ not in NESTED_SKIP]
        out.extend(t for t in frontier if t.pos_ in ("NOUN", "PROPN"))
    return out


def _restriction_object(verb: Token) -> bool:
    """Does the verb, or the act it governs, impose or lift a restriction ("a curfew",
    "martial law", "a state of siege", "blockades")?"""
    holders = [verb] + [c for c in children(verb) if c.dep_ == "xcomp"]
    return any(_object_head_in(h, RESTRICTION_NOUNS) or
               any(o.lemma_.lower() in RESTRICTION_NOUNS for o in h.subtree if o.dep_ in ("dobj", "pobj", "compound"))
               for h in holders)


VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# verbal acts aimed at their object: appeal, praise, demand, disapprove, reject, threaten
ADDRESSED_ROOTS = frozenset({"02", "05", "10", "11", "12", "13"})
# attack nouns that stand for unidentified attackers (the agents dictionary reads them as UAF)
UNATTRIBUTED_ATTACKS = frozenset({"bomb", "bombing", "explosion", "blast", "attack", "ambush", "landmine", "mine"})
OWN_FORCE_WORDS = frozenset({"reservists", "reserves", "reinforcements", "troops", "forces", "soldiers", "units"})
# restrictions imposed on, or lifted from, a place's people
RESTRICTION_NOUNS = frozenset({"curfew", "law", "emergency", "siege", "blockade", "lockdown", "closure",
                               "closures", "restriction", "restrictions", "blockades"})


# prepositions naming who an act or measure is aimed at, nearest reading first
AIMED_PREPS = ("to", "with", "on", "against", "from", "at", "into", "toward", "towards", "for")
# where a measure applies or a visit goes: "lifted the curfew in Hebron", "arrived in Amman"
PLACE_AIMED_LEMMAS = frozenset({"arrive", "land", "touch", "visit", "lift", "ease", "relax", "impose", "declare",
                                "deploy", "open", "close", "extend", "institute", "reimpose", "enforce"})


def _implied_target_tokens(verb: Token, target: Token | None, place_aimed: bool = False) -> list[Token]:
    """Candidate heads for an implied target, in order of preference (see _implied_targets)."""
    # the verb and the act it governs ("refused to lift the curfew", "is willing to withdraw")
    holders = [verb] + [x for c in [verb, *(c for c in children(verb) if c.dep_ in ("acomp", "attr"))]
                        for x in children(c) if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    objects = [o for h in holders if (o := first_child(h, ("dobj",))) is not None]
    # "hit dozens of targets in the Gaza Strip": what the quantity counts
    objects += [o for q in objects if q.lower_ in QUANTITY_NOUNS and (o := prep_object(q, "of")) is not None]
    if target is not None and target.dep_ in ("dobj", "pobj", "nsubjpass") and target not in objects:
        objects.insert(0, target)
    # "conveyed the government's appreciation to China": whom it is conveyed to, first
    out: list[Token] = [o for o in (prep_object(verb, "to"),) if o is not None and verb.lemma_.lower() in CONVEYING_VERBS]
    convened = verb.lemma_.lower() in CONVENING_VERBS  # ("convened a National Security Council meeting": its own)
    for obj in objects:  # who made, owns or is aimed at by the object: "a Ugandan request"
        out += [x for x in children(obj) if x.dep_ == "poss" and x.pos_ != "PRON"]
        if obj.lemma_.lower() in DOER_OF_NOUNS:  # "demanded the withdrawal of Rwandan troops from X"
            out += [o for o in (prep_object(obj, "of"),) if o is not None]
        if obj.lower_ in FIRED_WEAPON_WORDS | WEAPON_SUBJECT_WORDS:  # "drones launched by X" (not
            # "a ceasefire brokered by X": the broker is no party to it)
            out += [o for a in children(obj) if a.dep_ == "acl" and a.tag_ == "VBN"
                    if (o := prep_object(a, "by")) is not None]
        out += [o for p in ("by", "from") if (o := prep_object(obj, p)) is not None]
        # "rejected accusations brought by Gambia" (not "a ceasefire brokered by Egypt")
        out += [o for a in children(obj) if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() not in MEDIATE_VERBS
                if (o := prep_object(a, "by")) is not None]
        out += [x for x in children(obj) if x.dep_ in ("amod", "compound", "nmod") and not convened
                and (x.ent_type_ in ("NORP", "GPE", "ORG") or x.pos_ == "PROPN")]
        out += [o for p in AIMED_PREPS if (o := prep_object(obj, p)) is not None]
        if place_aimed:  # "condemned the attack that targeted a village in Sagaing": its aim
            out += [o for r in children(obj) if r.dep_ in ("relcl", "acl") and r.pos_ == "VERB"
                    for o in (first_child(r, ("dobj",)), prep_object(r, "in")) if o is not None]
            # "bombarded a house where fighters had barricaded themselves": those inside
            out += [o for r in children(obj) if r.dep_ == "relcl" and any(
                a.dep_ == "advmod" and a.lower_ == "where" for a in children(r)) for o in subjects_of(r)]
        owner = prep_object(obj, "of")  # "a checkpoint of the SDF", "positions of the army"
        out += [owner] if owner is not None else []
    # "sanctions over Russia's involvement", "a protest over India's violations": whose doing
    out += [x for h in holders + objects if (o := prep_object(h, "over")) is not None
            for x in children(o) if x.dep_ == "poss" and x.pos_ != "PRON"]
    for holder in holders:
        out += [o for p in AIMED_PREPS if (o := prep_object(holder, p)) is not None]
    for clause in (c for c in children(verb) if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
                   and c.lemma_.lower() not in DESCRIBING_VERBS):  # ("what New Delhi described as a camp")
        out += subjects_of(clause)
    # a threat or offer is aimed at whoever its condition names: "... unless Baghdad accepts"
    out += [t for h in holders for c in children(h) if c.dep_ == "advcl" and has_mark(c, ("if", "unless", "until"))
            for t in subjects_of(c)]
    # a visit or measure goes to its place; so does an appeal for an act there ("called for a
    # ceasefire in Sudan": the parties in Sudan are asked)
    if place_aimed or any(h.lemma_.lower() in PLACE_AIMED_LEMMAS for h in holders):
        places = [o for h in holders + objects for p in ("in", "off", "to", "into", "around", "near", "across", "throughout")
                  if (o := prep_object(h, p)) is not None]
        # "strikes on what it called terrorist camps in Pakistan": the country inside the aim
        places += [t for h in holders + objects for p in children(h) if p.dep_ == "prep" and p.lower_ in ("on", "against", "at")
                   for t in p.subtree if t.ent_type_ == "GPE" and t.dep_ == "pobj"
                   and t.head.lower_ in ("in", "inside", "across", "throughout")]
        # "off the coast of Taiwan", "in the north of the country": the place named inside
        # ("its border with Belarus": the neighbour across it)
        # (but "a town near the border with Kenya" is on this side of it)
        out += places + [o for p in places for q in ("of", "with", "around", "near", "off")
                         if (o := prep_object(p, q)) is not None and not (q == "with" and _near(p))]
    # "fired at one of the Pakistani check posts": what the number picks out of
    out = [o if (t.like_num or t.lower_ in _PARTITIVES) and (o := prep_object(t, "of")) is not None else t
           for t in out]
    return [t for t in out if (t.pos_ in ("NOUN", "PROPN") or t.ent_type_ == "NORP")
            and t.ent_type_ not in ("DATE", "TIME") and not (t.lower_ in MEDIA_CHANNELS and t.head.lower_ == "on")]


_PARTITIVES = frozenset({"one", "some", "several", "many", "most", "all", "each", "dozens", "hundreds"})


def _near(place: Token) -> bool:
    """"near / close to the border": by it, not across it."""
    prep = place.head
    return place.dep_ == "pobj" and (prep.lower_ in ("near", "along") or prep.lower_ == "to" and prep.head.lower_ == "close")


def _nested_targets(heads: list[Token], doc_actors: ActorLookup | None) -> list[Actor]:
    """The actors of the first phrase among `heads` that names one, with its conjuncts."""
    for head in heads:
        for tok in _actor_heads(head):
            if _coded(_resolve(doc_actors, np_span(tok))):
                found = [_resolve_party(doc_actors, t) for t in conjuncts_of(tok)]
                return [a for a in _unique_actors(found) if _coded(a)]
    return []


def _coded(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.code)


def _in_role_of(state: Actor, holder: Actor | None) -> Actor:
    """A bare country given the role its role noun names ("ministers from France" → FRAGOV)."""
    if holder is None or not holder.roles or state.code != state.country or not state.country:
        return state
    return replace(state, code=state.country + "".join(holder.roles), roles=list(holder.roles))


def _resolve_party(doc_actors: ActorLookup | None, tok: Token) -> Actor | None:
    """The actor of one party's noun phrase, its nationality and war machines read."""
    span = np_span(tok)
    return _armed_forces_of_hardware(_modifier_nationality(_resolve(doc_actors, span), span, doc_actors), span)


def _modifier_nationality(actor: Actor | None, span: Span, doc_actors: ActorLookup | None) -> Actor | None:
    """"his Polish, Italian and Canadian counterparts": each coordinated nationality is one
    more actor in the head's role, whatever other nationality its phrase also spans."""
    tok = span[0]
    if actor is None or not actor.country or modifier_head(tok) is None:
        return actor
    own = _resolve(doc_actors, span[:1])
    if own is None or not own.country or own.country == actor.country or own.code != own.country:
        return actor
    return replace(actor, code=own.country + actor.code[len(actor.country):], country=own.country, name=own.name)


def _armed_forces_of_hardware(actor: Actor | None, span: Span) -> Actor | None:
    """"Downed an Israeli drone", "fired on a Russian warship": a state's war machine is its
    armed forces (MIL), not the bare state."""
    head = span.root.head
    if actor is None or actor.code != actor.country or not actor.country or span.root.dep_ not in ("amod", "compound", "nmod") \
            or head.i == span.root.i or head.lower_ not in MILITARY_HARDWARE:
        return actor
    return replace(actor, code=actor.country + "MIL", roles=["MIL"])


# military machines only: an airliner, a plane or a ship may be civilian
MILITARY_HARDWARE = frozenset({"drone", "drones", "uav", "uavs", "warplane", "warplanes", "fighter", "fighters",
                               "helicopter", "helicopters", "gunship", "gunships", "warship", "warships",
                               "frigate", "frigates", "destroyer", "destroyers", "submarine", "submarines",
                               "tank", "tanks", "jet", "jets", "bomber", "bombers"})


def _resolve(doc_actors: ActorLookup | None, span: Span) -> Actor | None:
    if doc_actors is None:
        return None
    actor = doc_actors.resolve(span)
    if actor is not None and span.root.lemma_.lower() == "peacekeeper" and actor.roles == ["MIL"] \
            and not any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in span):
        # "rebels killed two peacekeepers": no state's or body's named, the UN's (as most are),
        # not the host country's army
        return Actor(text=actor.text, name="United Nations peacekeepers", code="IGOUNO", country="", roles=[],
                     start=actor.start, end=actor.end)
    return actor


SNATCH_VERBS = frozenset({"take", "snatch", "grab", "seize"})
# relations taken up again or anew, done by agreeing to it ("agreed to restore diplomatic
# relations"), unlike relations to be "strengthened", an intent
RESUMED_RELATION_VERBS = frozenset({"restore", "resume", "establish", "normalize", "normalise", "reestablish"})
# measures that announcing imposes ("announced tariffs / a curfew")
IMPOSED_MEASURES = frozenset().union(*(words for words, _ in IMPOSE_OBJECTS))
# what talks may lead to: "the announcement / the signing followed talks between A and B"
OUTCOME_NOUNS = frozenset({"announcement", "signing", "decision", "move", "statement", "breakthrough", "development"})
MOTION_VERBS = frozenset({"travel", "go", "fly", "come", "arrive", "land", "head", "journey", "return", "rush"})
DISPATCH_VERBS = frozenset({"send", "dispatch", "mobilize", "mobilise", "enlist", "recruit"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
APPEAL_NOUNS = DEMAND_NOUNS - {"ultimatum"}  # an ultimatum is a threat (139), its noun code
APPEAL_ISSUING_VERBS = LIGHT_VERBS | {"repeat", "address", "direct", "present", "submit", "send", "put"}
KILLING_CODES = frozenset({"202", "1823", "18"})  # killings whose weapon, if named, sets the code
# crowds that are a protest by definition (students or mourners may be attacked as civilians)
PROTEST_CROWD_WORDS = CROWD_WORDS - {"students", "supporters", "mourners", "worshippers", "gathering"}
# "A and B met / signed an accord / clashed": each acts on the other (a joint intent, 03, keeps
# no invented target)
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08", "19"})
# a consultation told one way and its other side: the visitor's visit is the host's hosting
RECIPROCAL_CONSULTATIONS = {"041": "041", "044": "044", "046": "046"}
# a meeting between two sides (040 "typically ... reciprocal"), a host's hosting with the
# guest's visit (043 "typically accompanied by ... 042"), a call paid on someone with his receiving
# it; a visit to a place ("visited Russia") stays one-way
MEETING_TRIGGERS = frozenset({"met", "meet", "meets", "meeting", "sat", "sit", "sits", "confer", "conferred"})
CALL_PAID_TRIGGERS = frozenset({"paid", "pays", "pay", "called", "calls"})


# the crowd a force met, named as demonstrating
PROTESTER_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "protester", "demonstrator"})


def _linked_consultation(e: Event) -> str | None:
    """The code of the other side's part in a meeting, hosting or call paid, or None."""
    trigger = e.evidence.trigger.lower()
    if e.cameo == "040" and trigger in MEETING_TRIGGERS:
        return "040"
    if e.cameo == "043":
        return "042"
    return "043" if e.cameo == "042" and trigger in CALL_PAID_TRIGGERS else None
EXCHANGE_VERBS = frozenset({"trade", "exchange", "swap"})
SENT_FOR_FORCES = frozenset({"support", "reinforcement", "troop", "army", "military", "police", "aircraft",
                             "warplane", "helicopter", "airstrike", "backup"})
# words two sides trade: criticism and accusations (11), threats and warnings (13)
EXCHANGED_WORDS_ROOTS = frozenset({"11", "13"})
# what sides trade that the noun dictionary does not code on its own ("traded blame", "exchanged
# insults"): blame and charges accuse (112), barbs and insults denounce (111)
TRADED_WORDS = {"blame": "112", "charge": "112", "allegation": "112", "recrimination": "112",
                "barb": "111", "insult": "111", "jibe": "111", "invective": "111", "taunt": "111"}
TESTED_WEAPONS = FIRED_WEAPON_WORDS | {"missile", "missiles", "rocket", "rockets", "warhead", "device"}
UNREAL_DETERMINERS = frozenset({"any", "no", "possible", "potential", "future", "hypothetical"})
TALLY_WORDS = frozenset({"toll", "number", "total", "count", "tally", "figure"})
DISBANDED_OBJECTS = frozenset({"itself", "themselves", "wing", "militia", "militias", "brigade", "brigades",
                               "faction", "factions", "fighters", "units", "forces"})
ACCUSING_VERBS = frozenset({"accuse", "blame", "condemn", "denounce", "criticize", "criticise"})
INSISTING_VERBS = frozenset({"insist"})  # (a protest "calling for" X voices the protest's aim)
LEFT_BODIES = frozenset({"bloc", "alliance", "organisation", "organization", "union", "treaty", "agreement",
                         "pact", "accord", "deal", "community", "court", "convention", "coalition", "council"})
RIOTING_CROWDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "marchers"})
MATERIAL_ROOTS = frozenset({"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"})
# verbs that report rather than require: a bare verb after them is a tagging slip ("said
# soldiers retook the town" tagged "retook" VB), not a subjunctive demand
PLAIN_SAYING = frozenset({"say", "report", "tell", "add", "announce", "state", "claim", "confirm"})
PROMPT_VERBS = frozenset({"prompt", "force", "lead", "spur", "push", "cause"})
MEDIATE_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor", "negotiate"})
CELEBRATE_VERBS = frozenset({"celebrate", "cheer", "rejoice", "welcome", "mourn", "pray", "shop"})
PRESS_WORDS = frozenset({"reporters", "journalists", "press", "media", "newsmen", "correspondents"})
NEWS_AGENCIES = frozenset({"reuters", "afp", "ap", "xinhua", "tass", "ria", "bbc", "cnn", "anadolu", "bernama",
                           "yonhap", "kyodo", "dpa", "efe", "ansa", "pti", "ani", "irna", "wafa", "sana"})
RESPONSE_VERBS = frozenset({"respond", "retaliate", "answer", "reply", "hit"})
DESCRIBING_VERBS = frozenset({"describe", "call", "term", "label", "brand", "regard", "consider"})
REFLEXIVES = frozenset({"themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself"})
CONVENING_VERBS = frozenset({"convene", "chair"})
ERRAND_NOUNS = frozenset({"way", "patrol", "route", "mission", "journey", "trip", "operation", "duty", "transit"})
# a state's own ways of protesting (summons, demands, threats, reduced ties, expulsions) stay
# what they are when done "in protest"
STATE_PROTEST_ROOTS = frozenset({"10", "11", "12", "13", "16"})
CONVEYING_VERBS = frozenset({"convey", "express", "extend", "offer", "send", "pass", "deliver", "relay"})
THREATENED_RESPONSES = frozenset({"response", "retaliation", "reprisal", "reprisals", "consequences"})
REACTION_NOUNS = frozenset({"move", "step", "decision", "action", "development", "result", "outcome",
                            "verdict", "ruling"})
FORECAST_VERBS = frozenset({"expect", "predict", "anticipate", "forecast"})  # "traded accusations": each accuses the other


def _rival_within(root: str, source: Actor | None, c: Candidate) -> Actor | None:
    """"clashes between rival SPLA-IO factions", "fighting between two rival armed groups":
    one actor's sides fight each other, so the actor is also the target."""
    if root != "19" or source is None or len(c.sources) != 1:
        return None
    rival = any(m.dep_ == "amod" and m.lower_ in ("rival", "warring") for m in children(c.sources[0]))
    return replace(source, roles=list(source.roles)) if rival else None


def _counterpart(root: str, source: Actor | None, sources: list[Actor | None], trigger: Token) -> Actor | None:
    """For a mutual act by exactly two parties with no object, the other party is the target
    (CAMEO codes "clashes between A and B", "A and B held talks" and "A and B agreed to a
    ceasefire" in both directions, "two reciprocal events ... with actors reversed")."""
    mutual = root in RECIPROCAL_ROOTS or (root in EXCHANGED_WORDS_ROOTS and trigger.lemma_.lower() in EXCHANGE_VERBS) \
        or _each_other(trigger) or trigger.lemma_.lower() in CLASH_LEMMAS or _each_did(trigger)
    if not mutual or source is None or None in sources:
        return None
    if root == "19" and len(sources) == 2 and sources[0].code == sources[1].code \
            and sources[0].text.lower() != sources[1].text.lower() and set(source.roles) & NONSTATE_ARMED:
        # "clashes between FARC dissidents and ELN rebels": rival armed groups of one country
        return sources[1] if sources[0] is source else sources[0]
    # ("Wang Yi and his Indian counterpart Sushma Swaraj": the counterpart and his name are one side)
    sides = list({a.code: a for a in sources}.values())
    if len(sides) != 2:
        return None
    other = sides[1] if sides[0].code == source.code else sides[0]
    return None if other.code == source.code else other  # "an allied and US warship": one side


FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
MEDIA_CHANNELS = frozenset({"media", "telegram", "twitter", "facebook", "website", "channel", "channels",
                            "x", "instagram", "tiktok", "youtube", "television", "radio", "platform", "platforms"})
TIME_PREPS = frozenset({"after", "before", "during", "following", "amid", "ahead"})
MEETING_NOUNS = frozenset({"meeting", "talk", "talks", "discussion", "discussions", "consultation", "consultations",
                           "conversation", "summit", "negotiation", "negotiations"})
BARE_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "port", "region", "province"})
PRAISE_VERBS = frozenset({"praise", "commend", "laud", "applaud", "hail"})
# what forces are ordered to do when they are mobilised ("ordered the army to advance to the border")
FORCE_MOVES = frozenset({"advance", "deploy", "redeploy", "move", "mobilize", "mobilise", "mass", "prepare"})
# acts of a state that others condemn by naming them ("condemned the missile launch")
TESTED_ACTS = frozenset({"test", "launch", "exercise", "drill", "decision", "move"})
OCCUPY_CODE = "192"  # Occupy territory
KILLING_EUPHEMISMS = frozenset({"eliminate", "neutralize", "neutralise", "liquidate"})
# people a force disperses: a gathering of them
GATHERED_PEOPLE = PEOPLE_WORDS | frozenset({"activists", "supporters", "students", "workers", "youths",
                                            "opponents", "members", "teachers", "followers"})
CLASH_NOUNS = frozenset({"clash", "exchange", "fighting", "gunbattle", "gunfight", "shootout", "firefight",
                         "battle", "encounter", "skirmish", "confrontation", "crossfire"})
# participles that add a second act to a raid or crackdown ("..., arresting 20 people")
SEIZING_VERBS = frozenset({"arrest", "detain", "abduct", "kidnap"})
# nouns of acts that also name the people doing them ("an army patrol", "a police escort")
UNIT_NOUNS = frozenset({"patrol", "convoy", "escort"})


# who arrests, tries or expels when a passive names no one: the police, the courts, the government
_AUTHORITY_ROLES = {"sentence": "JUD", "convict": "JUD", "jail": "JUD", "imprison": "JUD", "try": "JUD",
                    "indict": "JUD", "deport": "GOV", "expel": "GOV", "ban": "GOV"}


def _speaking_force(c: Candidate, doc_actors: ActorLookup | None, passive_only: bool = True) -> Actor | None:
    """"The Israeli army said 14 Palestinians were arrested": a passive arrest told by a
    security force is that force's own (no agent named, the speaker made it)."""
    speaker = c.attribution
    if not isinstance(speaker, Token) or doc_actors is None or passive_only and not any(
            x.dep_ in ("nsubjpass", "auxpass") for x in children(c.trigger)):
        return None
    actor = doc_actors.resolve(np_span(speaker))
    return actor if actor is not None and actor.country and set(actor.roles) & {"MIL", "COP", "SPY"} else None


def _implied_authority(verb: Token, target: Actor, doc_actors: ActorLookup | None) -> Actor | None:
    """"An opposition leader was arrested in Nairobi": coercion in the passive with no agent
    is the state's, as event coders record it (ICEWS's "Police (Kenya)"): the country where
    it happened, else the target's own. Implied, so it has no words in the text."""
    # ("were beaten and arrested": a coordinated passive; "the arrest of X": the act named)
    if not (any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb)) or _elliptic_passive(verb)
            or verb.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in children(verb))
            and prep_object(verb, "by") is None):
        return None
    place = prep_object(verb, "in")
    where = _resolve(doc_actors, np_span(place)) if place is not None and place.pos_ == "PROPN" else None
    country = where.country if where is not None and where.country else target.country
    if len(country) != 3:
        return None
    role = _AUTHORITY_ROLES.get(verb.lemma_.lower(), "COP")
    return Actor(text="", name=f"{country} authorities", code=country + role, country=country, roles=[role])


def _city_not_government(target: Actor | None) -> Actor | None:
    """A capital struck by missiles is the city (its country), not its government: the
    resolver reads "Kyiv" as the government it stands for, right for talks, wrong here."""
    if target is None or not target.name.endswith("government)") or target.code != target.country + "GOV":
        return target
    return replace(target, code=target.country, roles=[], name=target.name.split(" (")[0])


def _state_role(actor: Actor | None, role: str) -> Actor | None:
    """A bare country actor ("Kenya", code KEN) with the role it acts in."""
    if actor is None or not actor.country or actor.code != actor.country or actor.roles:
        return actor
    return replace(actor, roles=[role])


def _aim_not_a_time(trigger: Token) -> Token | None:
    """The one acted on when a time was taken for it: the object of "at / on / against" that
    is no date, else the verb's object ("an attack on Saturday has killed four")."""
    if trigger.pos_ != "VERB":
        return None
    aimed = next((o for p in ("at", "on", "against") if (o := prep_object(trigger, p)) is not None
                  and o.ent_type_ not in ("DATE", "TIME")), None)
    # (not the missile of "launched a missile ... on Sunday")
    return aimed or (first_child(trigger, ("dobj",)) if trigger.lemma_.lower() not in _WEAPON_USE_LEMMAS else None)


_WEAPON_USE_LEMMAS = frozenset({"launch", "fire", "use", "deploy", "drop", "detonate"})


def _host_country(c: Candidate, source: Actor | None, doc_actors: ActorLookup) -> Actor | None:
    """"South Korean envoys held talks in North Korea": one side meeting in another country
    met its government (a country named, not a venue city: "talks in Geneva" name no host)."""
    verb = c.trigger if c.trigger.pos_ == "VERB" else c.trigger.head
    where = next((o for h in (verb, first_child(verb, ("dobj",))) if h is not None
                  if (o := prep_object(h, "in")) is not None), None)
    if where is None or source is None or not source.country:
        return None
    names = doc_actors.knowledge.country_names
    country = next((k for i, k in doc_actors.country_mentions(where.doc[where.i:where.i + 1])
                    if where.left_edge.i <= i <= where.i and where.text in names.get(k, "")), None)
    if country is None or country == source.country:
        return None
    span = np_span(where)
    return Actor(text=span.text, name=names[country], code=country + "GOV", country=country, roles=["GOV"],
                 start=span.start_char, end=span.end_char)


def _led_coalition(head: Token, doc_actors: ActorLookup | None) -> Actor | None:
    """"A coalition led by Saudi Arabia attacked the port": an alliance the dictionary cannot
    name is its leading state's forces."""
    if head.lower_ not in ("coalition", "alliance") or doc_actors is None:
        return None
    led = next((c for c in children(head) if c.dep_ == "acl" and c.lemma_.lower() == "lead"), None)
    agent = first_child(led, ("agent",)) if led is not None else None
    leader = first_child(agent, ("pobj",)) if agent is not None else prep_object(led, "by") if led is not None else None
    state = _resolve(doc_actors, np_span(leader)) if leader is not None else None
    if state is None or not state.country or state.code != state.country:
        return None
    span = np_span(head)
    return Actor(text=span.text, name=f"{state.name} coalition", code=state.country + "MIL", country=state.country,
                 roles=["MIL"], start=span.start_char, end=span.end_char)


def _capital_in_arms(actor: Actor | None) -> Actor | None:
    """"Moscow fired two missiles at the city": a capital standing for its state fights through
    its forces, as a country named alone does ("Russia shelled the town")."""
    if actor is None or actor.roles != ["GOV"] or not actor.name.endswith(" government)") \
            or actor.text != actor.name.split(" (")[0]:
        return actor
    return replace(actor, code=actor.country + "MIL", roles=["MIL"])


def _armed_islamists(actor: Actor | None) -> Actor | None:
    """"The Islamists stormed the base": the dictionary's "Islamists" are a religious
    community (CVL MUS); fighting, they are an armed group."""
    if actor is None or actor.roles != ["CVL"] or actor.text.split()[-1].lower() not in ("islamists", "islamist"):
        return actor
    return replace(actor, code=actor.code.replace("CVL", "REB", 1), roles=["REB"])


def _people_as_state(source: Actor | None) -> Actor | None:
    """"Russians shelled the town": a bare plural demonym using force is the country, not
    its civilians (as victims, "killed three Israelis", they stay civilians)."""
    bare = source.text[4:] if source is not None and source.text[:4].lower() == "the " else source and source.text
    if source is None or not source.country or source.code != source.country + "CVL" \
            or not _DEMONYM_PLURAL.match(source.text) or source.name == source.text \
            or bare[:4].lower() != source.name[:4].lower():
        return source  # only "Russians" named after "Russia", not "Villagers"
    return replace(source, code=source.country, roles=[])


_DEMONYM_PLURAL = re.compile(r"^(?:[Tt]he )?[A-Z][a-z]+s$")


def _distinct_codes(actors: list[Actor | None]) -> list[Actor]:
    """Resolved actors with distinct codes, in order ("Chaudhry and 30 ministers": one target)."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if a is not None and a.code not in seen:
            seen.add(a.code)
            out.append(a)
    return out


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


def _crowd_repressed(c: Candidate, sent: Span, sources: list[Actor | None],
                     doc_actors: ActorLookup | None) -> list[Actor]:
    """Force or arrests by the state with no one named, in a sentence about a protest ("police
    fired tear gas to break up the demonstration", "... as demonstrators threw stones"): the
    protesters are the ones repressed (CAMEO 17 is against them). The crowd's own phrase when
    it names people, else the country's civilians, implied."""
    # (forces of no country named repress civilians of none: "security forces used their
    # firearms to disperse a massive demonstration")
    state = next((a for a in sources if a is not None and set(a.roles) & _STATE_FORCE_ROLES), None)
    if state is None or doc_actors is None:
        return []
    crowd = [t for t in sent if t.pos_ == "NOUN" and t.lower_ in PROTEST_CROWD_WORDS]
    if c.code == "175" and c.target is not None and c.target.pos_ in ("NOUN", "PROPN", "PRON"):
        crowd.append(c.target)  # "dispersed the gathering", "broke up an event in the square"
    if not crowd:
        return []
    people = next((a for t in crowd if t.lower_ in RIOTING_WORDS | {"crowd", "crowds"}
                   if (a := _resolve(doc_actors, np_span(t))) is not None and a.country == state.country), None)
    return [people or Actor(text="", name=f"{state.country} protesters", code=f"{state.country}CVL",
                            country=state.country, roles=["CVL"])]


MILITARY_RANKS = frozenset({"commander", "commanders", "general", "generals", "colonel", "colonels", "officer",
                            "officers", "chief", "chiefs", "leader", "leaders"})
CLASH_NOUN_WORDS = frozenset({"fighting", "clash", "clashes", "battle", "battles", "gunfight", "firefight",
                              "encounter", "combat", "shootout", "operation", "offensive"})
_IMPOSING_VERBS = frozenset({"impose", "slap", "introduce", "adopt", "approve", "expand", "widen", "extend",
                             "tighten", "place", "levy", "apply"})
MERGE_LEMMAS = frozenset({"combine", "merge", "unite", "unify", "amalgamate"})
SIGN_VERBS = frozenset({"sign", "ink", "initial", "ratify"})
# what is signed is agreed ("signed a peace plan / roadmap / joint declaration with")
SIGNED_DOCUMENTS = frozenset({"plan", "roadmap", "charter", "declaration", "document", "protocol",
                              "communique", "convention", "compact", "settlement", "arrangement"})
# acts condemned whose doer is the one condemned ("condemned the launch by North Korea")
_JUDGED_ACTS = frozenset({"launch", "test", "firing", "coup", "execution", "incursion", "provocation"})
# nouns of a stance taken on an act: "expressed disapproval / concern over the launch"
STANCE_NOUNS = frozenset({"disapproval", "condemnation", "concern", "outrage", "anger", "displeasure",
                          "dismay", "indignation", "protest", "objection", "opposition"})
_STATE_FORCE_ROLES = frozenset({"COP", "MIL", "GOV", "SPY"})


def _definite(noun: Token) -> bool:
    """A noun phrase that refers back: "the attack", "this bombing", "Monday's attack"."""
    return any(x.dep_ == "det" and x.lower_ in ("the", "this", "these", "that", "those")
               or x.dep_ == "poss" and (x.ent_type_ == "DATE" or x.lower_ in ("yesterday", "today"))
               for x in children(noun))


UNLISTED_GROUP_NOUNS = frozenset({"group", "outfit", "faction", "cell"})
# acts of armed men, not of a state's forces (raids, air strikes, shelling): what a state
# condemning "the attack" at home means
TERROR_ACT_NOUNS = frozenset({"attack", "bombing", "blast", "explosion", "ambush", "assault", "massacre",
                              "killing", "kidnapping", "abduction", "beheading", "shooting"})


def _unlisted_armed_group(doer: Token, doc_actors: ActorLookup | None) -> Actor | None:
    if doer.lemma_.lower() not in UNLISTED_GROUP_NOUNS:
        return None
    country = getattr(doc_actors, "context_country", None) or ""
    span = np_span(doer)
    return Actor(text=span.text, name=span.text, code=country + "UAF", country=country, roles=["UAF"],
                 start=span.start_char, end=span.end_char)


def _other_party_addressed(events: list[Event], sent: Span, doc_actors: ActorLookup | None) -> list[Event]:
    """A state's statement, appeal or protest left with no one acted on, even after the
    sentence's other actors were tried ("Pakistan lodged a strong protest over the Indian
    violations", "Seoul voiced concern, saying Japanese officials ..."): aimed at the one other
    country the sentence names as a party (not a place or a venue), if there is exactly one;
    a state's force used on no one named, at the one other country named at all. So, too, a
    diplomatic act on a state with no doer named ("the envoy was summoned over Kenyan
    remarks"): by the one other country named as a party. Implied, so it has no words in the text."""
    if not hasattr(doc_actors, "party_countries"):
        return events
    # (the other doers of the same act are no addressee: "Namibia and Botswana condemned it")
    doers: dict[int, set[str]] = {}
    for e in events:
        doers.setdefault(e.evidence.trigger_start, set()).add(e.source.country if e.source is not None else "")
    out = []
    for e in events:
        # (a state's own force used with no one named: where it struck, any country named)
        force = e.root in ("15", "18", "19", "20") and e.source is not None and (
            bool(set(e.source.roles) & {"MIL", "GOV"}) or e.source.code == e.source.country)
        convened = e.evidence.trigger.lower().startswith(("conven", "chair", "summon"))  # (its own council or envoy)
        if e.target is None and (e.root in STATE_ACT_ROOTS or force) and e.source is not None and e.source.country \
                and not convened:
            # (force used near a border is not aimed across it, "seized a town near the border with
            # Kenya"; forces massed near it are: "massing troops near the border with Ukraine")
            named = list(dict.fromkeys(c for i, c in doc_actors.country_mentions(sent) if e.root == "15"
                                       or not _at_border(sent.doc[i]) or not _near(sent.doc[i].head.head))) \
                if force and e.root not in STATE_ACT_ROOTS else doc_actors.party_countries(sent)
            # (but sides that met or agreed act on each other)
            own = {e.source.country} if e.root in RECIPROCAL_ROOTS else doers[e.evidence.trigger_start]
            others = [k for k in named if k not in own]
            if len(others) == 1:
                name = doc_actors.knowledge.country_names.get(others[0], others[0])
                e = replace(e, target=Actor(text="", name=name, code=others[0], country=others[0], roles=[]))
        elif e.source is None and e.root in STATE_ACT_ROOTS and e.target is not None and e.target.country:
            others = [k for k in doc_actors.party_countries(sent) if k != e.target.country]
            if len(others) == 1:
                name = doc_actors.knowledge.country_names.get(others[0], others[0])
                e = replace(e, source=Actor(text="", name=name, code=others[0], country=others[0], roles=[]))
        out.append(e)
    return out


BORDER_WORDS = frozenset({"border", "frontier", "boundary", "borders", "line"})
STRIKING_STATE_ROLES = frozenset({"MIL", "GOV", "COP"})
HOLDER_PARTICIPLES = frozenset({"controlled", "held", "occupied", "installed", "backed", "run", "led", "allied",
                                "annexed", "administered"})


def _foreign_force_victims(events: list[Event], sent: Span, doc_actors: ActorLookup | None) -> list[Event]:
    """Those a foreign state's force strikes belong to the place struck, not to the force: "a
    Russian drone killed five civilians in Sumi" (Ukraine's), "Israeli strikes on two southern
    Lebanese villages killed six people" (Lebanon's). When a force whose own words name its
    state strikes a target whose words name no country and that was given the force's, while the
    act's clause names exactly one other country (not a border, not a co-doer), it is that
    country's. Armed groups and what they strike keep the country: insurgents fight at home."""
    if not hasattr(doc_actors, "country_mentions"):
        return events
    mentions = doc_actors.country_mentions(sent)
    doers = [(e.source.start, e.source.end) for e in events if _has_words(e.source)]
    out = []
    for e in events:
        src, tgt = e.source, e.target
        if e.root in ("18", "19", "20") and src is not None and tgt is not None and src.country \
                and tgt.country == src.country and _has_words(tgt) and _has_words(src) \
                and not set(tgt.roles) & NONSTATE_ARMED and set(src.roles) <= STRIKING_STATE_ROLES:
            within = _clause_mentions(e, sent, mentions)
            own = [c for i, c in within if tgt.start <= sent.doc[i].idx < tgt.end]
            named_by_doer = [c for i, c in within if src.start <= sent.doc[i].idx < src.end]
            others = list(dict.fromkeys(
                c for i, c in within if c != src.country and not _at_border(sent.doc[i])
                and not any(a <= sent.doc[i].idx < b for a, b in doers)))
            if not others:  # ("Tajik police said fire from Kyrgyzstan killed a border guard": theirs)
                others = list(dict.fromkeys(c for i, c in _reporter_mentions(e, sent, mentions) if c != src.country))
            if not own and src.country in named_by_doer and len(others) == 1:
                e = replace(e, target=replace(tgt, country=others[0], code=others[0] + tgt.code[len(src.country):]))
        out.append(e)
    return out


# a place taken: "the town fell to the rebels", "is now under jihadist control", "seized control"
_CONQUEST = re.compile(r"\b(?:fell|fallen|falls)\s+(?:to|into the hands of)\b"
                       r"|\bunder\s+(?:the\s+)?(?P<holder>(?:[\w-]+\s+){0,4})control\b"
                       r"|\b(?:seized|took|taken|gained|assumed|claimed)\s+(?:\w+\s+){0,2}control\b", re.IGNORECASE)
# the state's forces losing ground: "government forces retreating", "the army was driven out"
_STATE_ROUTED = re.compile(r"\b(?:government|state|army|national|junta|regime)\s+(?:forces|troops|soldiers)\s+"
                           r"(?:(?:had|have|has|were|was)\s+)?(?:\w+ly\s+)?(?:retreat\w*|withdr[ae]w\w*|fled|left|abandon\w*)\b"
                           r"|\b(?:the\s+)?(?:army|military|troops|soldiers)\s+(?:was|were|had\s+been)\s+(?:driven|pushed|forced)\s+(?:out|from)\b"
                           r"|\bdislodging\s+(?:the\s+)?(?:soldiers|troops|army)\b"
                           r"|\bforc\w+\s+(?:the\s+)?(?:government\s+|army\s+)?(?:forces|troops|soldiers|army)\s+to\s+"
                           r"(?:retreat|withdraw|flee|abandon|leave|pull\s+back)\b",
                           re.IGNORECASE)
_STATE_HOLDERS = frozenset({"government", "army", "military", "state", "regime", "police", "federal", "junta"})


def _ground_lost_to_armed_group(events: list[Event], text: str) -> list[Event]:
    """A battle an armed group wins ground in ("the town fell to al-Shabaab after heavy fighting",
    "clashed overnight, forcing government forces to retreat", "is under jihadist control after
    the army was driven out") is ACLED's "Non-state actor overtakes territory", not a clash."""
    if not any(e.acled is not None and e.acled.sub_event_type == "Armed clash" for e in events):
        return events
    won = any(not set(m.group("holder").lower().split()) & _STATE_HOLDERS if m.group("holder") is not None
              else True for m in _CONQUEST.finditer(text)) or _STATE_ROUTED.search(text) is not None
    if not won:
        return events
    if any(e.acled is not None and e.acled.sub_event_type == "Government regains territory" for e in events):
        return events  # ("recaptured the town that had fallen to the rebels")
    # (a battle with a non-state side, or with a side unnamed: "fell to al-Shabaab after a gun battle")
    battles = [e for e in events if e.acled is not None and e.acled.sub_event_type == "Armed clash" and any(
        a is None or set(a.roles) & NONSTATE_ARMED and not set(a.roles) & STATE_FORCE_ROLES
        for a in (e.source, e.target))]
    for e in battles:
        e.acled = Acled("Battles", "Non-state actor overtakes territory")
    return events


def _blamed_for_attack(events: list[Event]) -> list[Event]:
    """"An ambush left 24 soldiers dead, the army said, blaming the assault on jihadists": an
    attack told with no doer is by whom the sentence blames (one party, blamed or accused)."""
    blamed = {e.target.code: e.target for e in events if e.root == "11" and e.target is not None
              and e.evidence.trigger.lower().startswith(("blam", "accus"))}
    if len(blamed) != 1:
        return events
    [author] = blamed.values()
    return [replace(e, source=author) if e.root in ("18", "19", "20") and e.source is None
            and (e.target is None or e.target.code != author.code) else e for e in events]


def _armed_party_over_place(events: list[Event], sent: Span, doc_actors: ActorLookup | None) -> list[Event]:
    """A state's force that strikes or fights in a place, where the act's clause names the armed
    group struck ("conducted an airstrike in south Lebanon, targeting a Hezbollah commander",
    "took three towns in eastern Congo in fighting against the M23 rebels"): the group is who
    is acted on, not the place (which only locates the act). The group keeps the place's country
    when its own words name none."""
    if doc_actors is None:
        return events
    out = []
    for e in events:
        tgt = e.target
        if e.root in ("18", "19", "20") and tgt is not None and _has_words(tgt) and not tgt.roles \
                and tgt.code == tgt.country and e.source is not None and e.source.roles \
                and set(e.source.roles) <= STRIKING_STATE_ROLES:
            group = _armed_group_in_clause(e, sent, doc_actors)
            if group is not None:
                e = replace(e, target=group if group.country else replace(
                    group, country=tgt.country, code=tgt.country + group.code))
        out.append(e)
    return out


def _armed_group_in_clause(e: Event, sent: Span, doc_actors: ActorLookup) -> Actor | None:
    """The first non-state armed actor named in the subtree of the event's trigger, outside its
    doer's words."""
    trigger = next((t for t in sent if t.idx == e.evidence.trigger_start), None)
    if trigger is None:
        return None
    for tok in trigger.subtree:
        if tok.pos_ not in ("NOUN", "PROPN") or e.source.start is not None and e.source.start <= tok.idx < e.source.end:
            continue
        actor = doc_actors.resolve(tok.doc[tok.i:tok.i + 1]) if tok.dep_ == "compound" else doc_actors.resolve(np_span(tok))
        if actor is not None and set(actor.roles) & NONSTATE_ARMED:
            return actor
    return None


def _has_words(actor: Actor | None) -> bool:
    """Does the actor stand for words of the text (not one implied)?"""
    return actor is not None and actor.start is not None and actor.end is not None and actor.end > actor.start


def _clause_mentions(e: Event, sent: Span, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The country mentions inside the clause of the event's trigger."""
    trigger = next((t for t in sent if t.idx == e.evidence.trigger_start), None)
    if trigger is None:
        return []
    clause = {t.i for t in trigger.subtree}
    return [(i, c) for i, c in mentions if i in clause and not _holder_prefix(sent.doc[i])]


def _reporter_mentions(e: Event, sent: Span, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The country mentions in the words of whoever reports the event's clause ("Tajik police
    said ..."): the side that tells of a cross-border attack is the side it struck."""
    trigger = next((t for t in sent if t.idx == e.evidence.trigger_start), None)
    report = trigger
    while report is not None and report.dep_ in ("ccomp", "conj") and report.head is not report:
        report = report.head
    if report is None or report is trigger or report.lemma_.lower() not in SAYING_VERBS:
        return []
    speaker = first_child(report, ("nsubj",))
    words = {t.i for t in speaker.subtree} if speaker is not None else set()
    return [(i, c) for i, c in mentions if i in words and not _holder_prefix(sent.doc[i])]


def _holder_prefix(tok: Token) -> bool:
    """A nationality that tells who holds a place, not where it is ("a Russian-controlled village")."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in HOLDER_PARTICIPLES


def _at_border(tok: Token) -> bool:
    """Does the name stand in a border's phrase ("near the border with Kenya", "the Afghan border")?"""
    return any(a.lemma_.lower() in BORDER_WORDS for a in [tok, *list(tok.ancestors)[:3]])


def _protest_addressee(sources: list[Actor | None]) -> list[Actor]:
    """Dissent with no one named is aimed at the protesters' own government, as event-data
    coders record it ("students demonstrated to demand reforms" → their GOV). Implied, so
    it has no words or offsets in the text."""
    actor = next((a for a in sources if a is not None and a.country), None)
    if actor is None or set(actor.roles) & {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}:
        return []
    return [Actor(text="", name=f"{actor.country} government", code=f"{actor.country}GOV",
                  country=actor.country, roles=["GOV"])]


RIOTING_WORDS = frozenset({"protesters", "protestors", "demonstrators", "marchers"})


PELTING_VERBS = frozenset({"pelt", "stone"})


def _civilians_fighting_police_code(code: str, sources: list[Actor | None], target: Actor | None,
                                    trigger: Token | None = None) -> str:
    """"About 5,000 miners clashed with police", "students fought the police": unarmed people
    who fight the police riot (145); they wage no war (19)."""
    if code[:2] != "19" or not sources:
        return code
    if (target is None or not set(target.roles) & {"COP", "MIL"}) and not (
            trigger is not None and trigger.lemma_.lower() in PELTING_VERBS):
        return code
    # (beside people no dictionary names: "anarchists and members of anti-establishment groups")
    named = [s for s in sources if s is not None]
    unarmed = bool(named) and all(civilian(s) for s in named)
    if unarmed and trigger is not None and trigger.lemma_.lower() in PELTING_VERBS:
        return "145"  # "citizens pelted the entrance of parliament with eggs": a riot, whoever is hit
    if target is None or not set(target.roles) & {"COP", "MIL"}:
        return code
    if "COP" not in target.roles and (trigger is None or not any(
            t.lemma_.lower() in CLASH_LEMMAS for t in (trigger, *children(trigger), *_setting_of(trigger)))):
        return code  # (a crowd clashes with soldiers: "youths clashed with security forces")
    return "145" if unarmed else code


def _setting_of(trigger: Token) -> list[Token]:
    """What a harm happened in ("were injured in a clash between ..."): its "in" object."""
    return [o for o in (prep_object(trigger, "in"),) if o is not None]


def _destructive_protest_code(code: str, sources: list[Actor | None]) -> str:
    """Demonstrators who burn, storm or fight: CAMEO 145, "protest violently, riot: engage in
    violent protest, riot, or destructive protest" (not the soldiers' 17-19); civilians who
    blockade roads obstruct passage (144), they impose no military blockade (191)."""
    unarmed = bool(sources) and all(s is not None and set(s.roles) & CIVILIAN_ROLES
                                    and not set(s.roles) & ARMED_ROLES for s in sources)
    if code == "191" and unarmed:
        return "144"
    if code == "192" and unarmed:
        return "141"  # "families of the Landless Movement occupied a farm": a land occupation, a protest
    if code[:2] not in ("17", "18", "19") or code == "1823":
        return code
    # (or unarmed crowds: "hundreds of supporters of the ex-president stormed Congress")
    rioters = [s for s in sources if s is not None and (RIOTING_WORDS & set(s.text.lower().split()) or civilian(s)
                                                        and CROWD_SIZE_WORDS & set(s.text.lower().split()))]
    return "145" if rioters and len(rioters) == len(sources) else code


CROWD_SIZE_WORDS = frozenset({"hundreds", "thousands", "supporters"})




def _rioting_protesters(events: list[Event]) -> list[Event]:
    """"Youths blocked the road and pelted security vehicles with stones": violence by people
    the same sentence shows demonstrating is a violent demonstration (ACLED), not mob violence."""
    protesting = {e.source.text for e in events if e.source is not None and e.acled is not None
                  and e.acled.event_type == "Protests"}
    for e in events:
        if e.acled is not None and e.acled.sub_event_type == "Mob violence" and e.source is not None \
                and e.source.text in protesting:
            e.acled = Acled(*VIOLENT_DEMO)
    return _force_on_demonstrators(events)


def _force_on_demonstrators(events: list[Event]) -> list[Event]:
    """"Security forces shot dead 15 people as thousands took to the streets": civilians
    killed by the state's forces where the same sentence shows civilians demonstrating met
    lethal force at a protest (ACLED's excessive force), not a one-sided attack."""
    demonstrating = any(e.acled is not None and e.acled.event_type == "Protests" and e.source is not None
                        and not set(e.source.roles) & ({"MIL", "COP"} | ARMED_ROLES) for e in events)
    for e in events:
        if demonstrating and e.acled is not None and e.acled.sub_event_type in ("Attack", "Armed clash") and e.source is not None \
                and set(e.source.roles) & {"MIL", "COP"} and e.target is not None and set(e.target.roles) & CIVILIAN_ROLES:
            e.acled = Acled(*EXCESSIVE)
    return events


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _slogan(verb: Token) -> bool:
    """A bare imperative in quotation marks ("chanted 'release Imran Khan'"): a slogan, no act."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "aux", "mark", "nsubjpass") for c in children(verb)):
        return False
    start = verb.left_edge.i
    return verb.doc[start].text in QUOTE_MARKS or start > 0 and verb.doc[start - 1].text in QUOTE_MARKS


# event nouns whose "of" phrase names who acts ("the withdrawal of rebel forces")
DOER_OF_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "retreat", "surrender", "disarmament",
                           "demobilization", "demobilisation", "departure", "exit", "redeployment"})


def _characterised(noun: Token) -> bool:
    """"This / it is an attack ...": the noun says what something is, not that it happened."""
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in children(noun.head))


def _sentence_speaker(sent: Span) -> Token | None:
    """The subject of the sentence's verb of saying ('"...," the minister said')."""
    root = sent.root
    return first_subject(root) if root.lemma_.lower() in SPEECH else None


GATHER_VERBS = frozenset({"gather", "assemble", "converge", "congregate", "mass", "throng", "arrive", "flood",
                          "fill", "pack", "swarm", "line", "jam"})
STREET_VERBS = frozenset({"go", "take", "pour", "spill", "head", "come", "return", "flood", "stream"})


PROTEST_MOTION_VERBS = frozenset({"move", "march", "proceed", "head", "swell", "grow", "wind", "snake"})
# what demonstrators do as they demonstrate ("marchers passed along the avenue", "protesters
# braved the rain", "stood outside the embassy")
DEMONSTRATORS_MOVING = frozenset({"march", "pass", "parade", "walk", "file", "brave", "proceed", "stand", "sit",
                                  "fill", "crowd", "converge"})
PROTEST_EVENT_NOUNS = frozenset({"demonstration", "protest", "rally", "march", "sit-in", "strike", "vigil"})
CROWD_EVENT_NOUNS = PROTEST_EVENT_NOUNS | {"riot"}  # a riot too is made by its unnamed crowd


def _part_taken_in(verb: Token) -> Token | None:
    """The event noun of "take part in ...", "attended / joined the demonstration"."""
    part = first_child(verb, ("dobj",))
    if verb.lemma_.lower() in ("attend", "join") and part is not None and part.lemma_.lower() in PROTEST_EVENT_NOUNS:
        return part
    if verb.lemma_.lower() != "take" or part is None or part.lower_ != "part":
        return None
    return prep_object(part, "in") or prep_object(verb, "in")


DISPLAY_VERBS = frozenset({"carry", "wave", "hold", "raise", "brandish", "chant", "shout", "sing"})
DISPLAYED_THINGS = frozenset({"banner", "placard", "sign", "flag", "poster", "portrait", "slogan", "effigy"})


def _displayed(verb: Token) -> bool:
    """"protesters carried banners / chanted slogans": demonstrating."""
    obj = first_child(verb, ("dobj",))
    return verb.lemma_.lower() in DISPLAY_VERBS and obj is not None and obj.lemma_.lower() in DISPLAYED_THINGS


def _to_the_streets(verb: Token) -> bool:
    """"Thousands went / poured / returned to the streets": out in protest."""
    if verb.lemma_.lower() == "be":  # "teachers are back on the streets to demand better pay"
        return any(a.dep_ == "advmod" and a.lower_ in ("back", "out") and (o := prep_object(a, "on")) is not None
                   and o.lower_ == "streets" for a in children(verb)) or any(
            (o := prep_object(verb, "on")) is not None and o.lower_ == "streets" and purpose.dep_ in ("advcl", "xcomp")
            for purpose in children(verb))
    subject = first_child(verb, ("nsubj",))
    if subject is not None and (subject.lemma_.lower() in SPREADING_STRIFE or subject.lower_ in SPREADING_STRIFE):
        return False  # "infighting within the cartel spilled over into the streets": no one protests
    return verb.lemma_.lower() in STREET_VERBS and any(
        (o := prep_object(verb, p)) is not None and o.lemma_.lower() == "street" for p in ("to", "into", "onto"))


SPREADING_STRIFE = frozenset({"violence", "fighting", "infighting", "unrest", "war", "conflict", "clash", "chaos",
                              "tension", "feud", "bloodshed", "crisis"})


FILLING_VERBS = frozenset({"fill", "crowd", "throng", "pack", "jam", "flood", "swarm", "occupy"})
PUBLIC_SPACES = frozenset({"square", "plaza", "street", "avenue", "boulevard", "roundabout", "park", "esplanade"})
CROWD_SIZES = frozenset({"hundreds", "thousands", "tens", "dozens"})


def _public_space_filled(verb: Token, subjects: list[Token]) -> bool:
    """"Thousands of Chileans filled a plaza", "teachers crowded the square": a crowd numbered in
    hundreds or thousands filling a public space is demonstrating (141)."""
    if verb.lemma_.lower() not in FILLING_VERBS:
        return False
    space = first_child(verb, ("dobj",)) or prep_object(verb, "into")
    if space is None or space.lemma_.lower() not in PUBLIC_SPACES:
        return False
    return any(t.lower_ in CROWD_SIZES or t.like_num and t.text.replace(",", "").isdigit()
               and int(t.text.replace(",", "")) >= 100 for s in subjects for t in s.subtree)


# what a crowd gathers for that is no demonstration
NON_PROTEST_OCCASIONS = frozenset({"funeral", "burial", "wedding", "prayer", "prayers", "celebration", "festival",
                                   "ceremony", "mass", "concert", "match", "game", "aid", "food", "distribution",
                                   "service", "worship", "feast", "parade", "inauguration", "swearing", "summit",
                                   "meeting", "conference", "talks", "session", "congress", "convention"})
# who gathers to meet, not to demonstrate
ASSEMBLED_OFFICIALS = frozenset({"delegate", "official", "minister", "diplomat", "representative", "lawmaker",
                                 "leader", "envoy", "legislator", "senator", "mp", "mayor", "governor"})


def _crowd_gathered(verb: Token, subjects: list[Token]) -> bool:
    """"Thousands of people assembled at the Democracy Monument", "hundreds gathered in the
    capital": a crowd numbered in hundreds or thousands gathering is demonstrating (141), in
    news as in both codebooks' practice, unless it gathered for a funeral, a prayer or aid."""
    if verb.lemma_.lower() not in GATHER_LEMMAS:
        return False
    occasion = any(o.lemma_.lower() in NON_PROTEST_OCCASIONS or o.lower_ in NON_PROTEST_OCCASIONS
                   for p in ("for", "to", "at") if (o := prep_object(verb, p)) is not None)
    purpose = any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CELEBRATE_VERBS | {"wait", "watch", "receive",
                                                                                         "collect", "bury", "greet"}
                  for c in children(verb))
    officials = any(t.lemma_.lower() in ASSEMBLED_OFFICIALS for s in subjects for t in s.subtree)
    return not occasion and not purpose and not officials and any(
        t.lower_ in CROWD_SIZES or t.lemma_.lower() == "crowd" or t.like_num and t.text.replace(",", "").isdigit()
        and int(t.text.replace(",", "")) >= 100 for s in subjects for t in s.subtree)


# buildings that hold power, outside which a crowd gathers to be heard
SEATS_OF_POWER = frozenset({"parliament", "ministry", "embassy", "consulate", "palace", "court", "courthouse",
                            "headquarters", "legislature", "congress", "senate", "station", "hall", "office",
                            "offices", "residence", "secretariat", "commission"})


def _crowd_at_seat_of_power(verb: Token, subjects: list[Token]) -> bool:
    """"Thousands of people gathered in front of the parliament", "about 300 people gathered
    outside the police station": a crowd of hundreds or thousands gathering at a seat of power
    is demonstrating (141), not meeting."""
    if verb.lemma_.lower() not in GATHER_VERBS - {"arrive", "line"}:
        return False
    front = prep_object(verb, "in")
    place = next((o for p in ("outside", "at", "near", "before") if (o := prep_object(verb, p)) is not None), None) \
        or (prep_object(front, "of") if front is not None and front.lower_ == "front" else None)
    if place is None:
        return False
    owner = {c.lower_ for c in children(place) if c.dep_ in ("compound", "amod")}
    # ("city hall", "the government building", "the parliament building"; not a conference hall)
    seat = place.lemma_.lower() in SEATS_OF_POWER - {"hall"} or place.lemma_.lower() == "hall" and "city" in owner \
        or place.lemma_.lower() in ("building", "complex", "compound") and bool(owner & (SEATS_OF_POWER | {"government"}))
    if not seat:
        return False
    # (people, not delegates: "hundreds of delegates gathered at the ministry" meet)
    people = [p for s in subjects for p in (s, prep_object(s, "of")) if p is not None]
    return any(p.lower_ in GATHERED_PEOPLE | CROWD_SIZES or p.ent_type_ == "NORP" for p in people) and any(
        t.lower_ in CROWD_SIZES or t.like_num and t.text.replace(",", "").isdigit()
        and int(t.text.replace(",", "")) >= 100 for s in subjects for t in s.subtree)


def _gathering(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in GATHER_VERBS or lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children(verb))


MOB_CROWDS = frozenset({"mob", "mobs", "rioters", "rioter"})
RIOT_DAMAGE_VERBS = frozenset({"burn", "torch", "ransack", "vandalise", "vandalize"})
DEMONSTRATOR_WORDS = frozenset({"protesters", "protestors", "demonstrators", "marchers", "protester",
                                "demonstrator", "supporters", "activists", "opponents"})


_ASIDE_KEY = "sitroom.who_clauses"
_BLAME_KEY = "sitroom.blames"
_BOMBER_KEY = "sitroom.bombers"


def _actor_asides(verb: Token) -> list[Token]:
    """Non-restrictive "who" clauses on the named parties of a clause: its subject, objects and
    prepositional objects ("..., who agreed to a plan")."""
    if not verb.doc.user_data.get(_ASIDE_KEY, True):  # (most documents have none: see _note_rare_words)
        return []
    parties = [c for c in children(verb) if c.dep_ in ("nsubj", "dobj", "dative")]
    parties += [o for p in children(verb) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]
    parties += [o for n in list(parties) for p in children(n) if p.dep_ == "prep" for o in children(p)
                if o.dep_ == "pobj"]  # "talks with President X, who ..."
    out = []
    for party in (t for n in parties for t in conjuncts_of(n)):
        # "stones thrown at police who responded with tear gas": what the forces did back
        forces = party.lower_ in STATE_FORCE_WORDS
        if party.pos_ != "PROPN" and party.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE") and not forces:
            continue
        for rel in (c for c in children(party) if c.dep_ == "relcl" and c.pos_ == "VERB"):
            who = first_child(rel, ("nsubj",))
            if who is not None and who.lower_ in ("who", "which") and (
                    rel.doc[rel.left_edge.i - 1].text == "," or forces and rel.tag_ == "VBD"):
                out.append(rel)
    return out


# verbs of violence that wire copy uses for harsh criticism of a party or its decision
VERBAL_ATTACK_VERBS = frozenset({"slam", "blast", "assail", "lash", "rap", "savage", "hammer"})
# who criticises: people and bodies that speak (not jets, bombs or vehicles)
SPEAKING_SUBJECT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


# others' acts a speaker slams ("slammed the military exercises held by Seoul and Washington")
CENSURED_ACTS = frozenset({"exercise", "drill", "move", "action", "remark", "statement", "comment", "decision",
                           "deployment", "launch", "test", "raid", "arrest", "detention", "crackdown", "sanction",
                           "resolution", "verdict", "ruling", "visit", "report"})


def _verbal_attack(verb: Token, subjects: list[Token]) -> bool:
    """"slammed Netanyahu for ...", "blasted the decision", "lashed out at the West"."""
    if verb.lemma_.lower() not in VERBAL_ATTACK_VERBS or not subjects:
        return False
    obj = first_child(verb, ("dobj",)) or (prep_object(verb, "at") if _particle(verb) == "out" else None)
    if obj is None or any(s.lower_ in FORCE_WORDS | WEAPON_SUBJECT_WORDS | AIRCRAFT_WORDS | WARSHIP_WORDS
                          or s.lemma_.lower() in FORCE_WORDS for s in subjects):
        return False
    speaker = all(s.ent_type_ in SPEAKING_SUBJECT_ENTS or s.pos_ == "PROPN" or s.lemma_.lower() in LEADER_WORDS
                  | {"government", "ministry", "opposition", "party", "official", "spokesman", "spokeswoman"}
                  for s in subjects)
    aimed = obj.ent_type_ in SPEAKING_SUBJECT_ENTS or obj.pos_ == "PROPN" or obj.lemma_.lower() in (
        LEADER_WORDS | DISMISSED_PROPOSALS | REACTION_NOUNS | CENSURED_ACTS | {"government", "policy", "law", "bill", "regime"})
    return speaker and aimed


def _crowd_asides(verb: Token, found: list[Candidate]) -> list[Token]:
    """Relative clauses telling what the protesters a force acted on were doing ("dispersed
    protesters who gathered in the park / who threw stones"): their protest."""
    if not any(c.code[:2] == "17" for c in found) or any(c.code[:2] == "14" for c in found):
        return []
    crowds = [t for c in found if c.code[:2] == "17" and c.target is not None for t in conjuncts_of(c.target)]
    crowds += [o for x in children(verb) if x.dep_ in ("advcl", "xcomp") for o in children(x) if o.dep_ == "dobj"]
    out = []
    for crowd in crowds:  # ("thousands of protesters who gathered": the clause may hang on the count)
        people = prep_object(crowd, "of") if crowd.lower_ in QUANTITY_NOUNS else crowd
        if people is None or people.lower_ not in DEMONSTRATOR_WORDS - {"supporters", "opponents"}:
            continue
        out += [rel for holder in {crowd, people} for rel in children(holder)
                if rel.dep_ in ("relcl", "acl") and rel.pos_ == "VERB" and rel.lemma_.lower() in CROWD_ACTS]
    return out


CROWD_ACTS = frozenset({"gather", "march", "rally", "protest", "demonstrate", "hold", "throw", "hurl", "block",
                        "barricade", "pour", "defy", "chant", "take", "light", "burn", "occupy", "stage"})


CHEMICAL_AGENTS = frozenset({"chlorine", "sarin", "phosgene", "vx", "novichok"})
STATIVE_VERBS = frozenset({"be", "remain", "become", "seem", "appear", "prove", "stay"})


def _attack_that_came(c: Candidate) -> bool:
    """"The suicide attack came as ...": an attack of a named kind that happened, with no one
    named; ACLED codes it all the same."""
    return not c.sources and c.code[:2] in FORCE_ROOTS and c.trigger.dep_ == "nsubj" and c.trigger.pos_ == "NOUN"


OWN_FORCE_HEADS = frozenset({"force", "forces", "troops", "army", "navy", "military", "soldiers",
                             "police", "jets", "warplanes", "aircraft", "drones", "units"})


INSTRUMENT_NOUNS = frozenset({"artillery", "fire", "force", "weapon", "missile", "rocket", "drone", "bomb",
                              "gun", "tank", "airstrike", "strike", "barrage", "mortar", "shell", "grenade"})


def _shared_object(verb: Token) -> Token | None:
    """The object of a verb coordinated with this one, when this one has none of its own:
    "troops overpowered and repelled the militants"; "opened fire on and captured the
    vessels" (a preposition left without its object)."""
    stranded = any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in children(verb))
    if not stranded and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in children(verb)):
        return None
    conj = next((c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and not subjects_of(c)), None)
    obj = first_child(conj, ("dobj",)) if conj is not None else None
    # ("stormed and claimed control of the camp": the camp)
    return prep_object(obj, "of") or obj if obj is not None and obj.lower_ == "control" else obj


def _standing_since(verb: Token) -> bool:
    """"Israel has occupied the West Bank since 1967": a state held for years, not an act."""
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children(verb)):
        return False
    since = next((c for c in children(verb) if c.dep_ == "prep" and c.lower_ == "since"), None)
    return since is not None and _dated_long_ago(since)


LONG_WARS = frozenset({"war", "conflict", "insurgency", "crisis", "civil"})


PERIOD_NOUNS = frozenset({"past", "decade", "decades", "years", "months"})


def _office_taken(verb: Token) -> bool:
    """"since the president took office", "took the oath": assuming office, no seizure."""
    obj = first_child(verb, ("dobj",))
    return verb.lemma_.lower() in ("take", "assume") and obj is not None and obj.lower_ in ("office", "oath", "charge")


ARMED_OBJECT_WORDS = frozenset({"militants", "rebels", "insurgents", "fighters", "gunmen", "jihadists",
                                "militia", "militiamen", "guerrillas", "members", "troops", "soldiers", "gang",
                                "gangs", "gangsters", "bandits", "terrorists", "cartel"})


def _armed_object(verb: Token) -> bool:
    obj = first_child(verb, ("dobj",))
    if obj is None:
        return False
    words = {t.lower_ for t in obj.subtree}
    return bool(words & ARMED_OBJECT_WORDS) and (obj.lower_ != "members" or any(
        t.ent_type_ == "ORG" or t.pos_ == "PROPN" for t in obj.subtree))


def _named_band_met_by_forces(verb: Token, subjects: list[Token]) -> bool:
    """"troops from the 16th Infantry Battalion encountered a group of New People's Army": the
    state's forces meeting a named group (an organisation's name) in the field."""
    obj = first_child(verb, ("dobj",))
    band = prep_object(obj, "of") if obj is not None and obj.lemma_.lower() in ("group", "band", "unit", "column") else None
    return band is not None and any(t.ent_type_ == "ORG" for t in band.subtree) \
        and any(t.lower_ in STATE_FORCE_WORDS for s in subjects for t in s.subtree)


def _nobody_did(verb: Token) -> bool:
    """"No group has claimed responsibility", "no one was hurt": nothing done."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or c.lower_ == "one" and any(
        d.lower_ == "no" for d in children(c)) or any(negating_no(d) for d in children(c)))
               for c in children(verb))


def _over_the_years(verb: Token) -> bool:
    """"In the past, militants have struck at mosques", "over the last decade, Burkina Faso has
    been fighting ...": a pattern over a period, not an event. (Not a purpose: "gathered to
    protest salaries unpaid in recent months", the period the parser hung on the infinitive; nor
    charges and warnings: "have accused each other of attacks over the past two months" is a
    quarrel reported now.)"""
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)) \
            or verb.lemma_.lower() in ACCUSING_VERBS | THREAT:
        return False
    for prep in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("in", "over", "during", "for")):
        period = first_child(prep, ("pobj",))
        if period is not None and period.lower_ in PERIOD_NOUNS and (
                period.lower_ == "past" or any(m.lower_ in ("last", "past", "recent") for m in children(period))):
            return True
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children(verb))
    # "which has acted as a mediator (...) for more than a decade": a standing role
    return perfect and any(t.dep_ == "prep" and t.lower_ == "for" and (period := first_child(t, ("pobj",))) is not None
                           and period.lower_ in LONG_PERIODS for t in verb.subtree)


LONG_PERIODS = frozenset({"decade", "decades", "years", "generations", "century"})


def _war_toll(verb: Token) -> bool:
    """"The war in Yemen has left tens of thousands dead": a conflict's toll, background."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children(verb))
    subject = first_child(verb, ("nsubj",))
    if perfect and verb.lemma_.lower() in ("kill", "leave", "claim"):
        # "airstrikes and fighting have killed more than 130,000 people", "the group has killed
        # thousands": a toll of thousands told in the perfect is years of war, not one act
        dead = first_child(verb, ("dobj",))
        if dead is not None and _thousands(dead):
            return True
    return subject is not None and subject.lemma_.lower() in LONG_WARS and perfect


def _thousands(phrase: Token) -> bool:
    """Does the noun phrase count thousands ("tens of thousands of people", "more than 4,500")?"""
    for t in phrase.subtree:
        if t.lower_ in ("thousands", "millions"):
            return True
        digits = t.text.replace(",", "")
        if t.like_num and digits.isdigit() and int(digits) >= 1000:
            return True
    return False


def _naming(verb: Token) -> bool:
    """"called them terrorist acts": naming something, no call made."""
    if verb.lemma_.lower() != "call" or first_child(verb, ("dobj",)) is None:
        return False
    return first_child(verb, ("oprd", "acomp", "attr")) is not None or any(
        t.text in QUOTE_MARKS for t in verb.subtree if t.i > verb.i) and not any(
        c.dep_ == "prep" and c.lower_ in ("for", "on") for c in children(verb))  # 'called X "frivolous"'


REVENGE_WORDS = frozenset({"vengeance", "revenge", "retaliation", "retribution", "reprisal", "reprisals"})


def _shown(verb: Token) -> bool:
    """"demonstrated / showed the absence of good faith": to demonstrate something is to show it."""
    return verb.lemma_.lower() == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") for c in children(verb))


def _counterfactual(verb: Token) -> bool:
    """"could have been intercepted", "would have killed": what did not happen."""
    auxes = [c.lower_ for c in children(verb) if c.dep_ in ("aux", "auxpass")]
    return "have" in auxes and any(a in ("could", "would", "might", "should") for a in auxes)


def _standing_restriction(verb: Token, match: VerbMatch | None) -> bool:
    """"The PKK is proscribed (as a terrorist group)": a standing ban, not an act that day."""
    if match is None or not match.code or not match.code.startswith(("16", "172")):
        return False  # (bans and sanctions; "two leaders are arrested" is a headline's present)
    return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children(verb))


def _blamed_relatives(sent: Span) -> list[Candidate]:
    """"killed in an attack the army has blamed on ELN guerrillas": the blame is an
    accusation (112) by the relative clause's subject against the one it names."""
    out: list[Candidate] = []
    if not sent.doc.user_data.get(_BLAME_KEY, True):
        return out
    for rel in sent:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in ("blame", "attribute") and rel.head.pos_ == "NOUN":
            subject, accused = first_child(rel, ("nsubj",)), prep_object(rel, "on") or prep_object(rel, "to")
        elif rel.dep_ == "acl" and rel.lemma_.lower() in ("blame", "attribute") and any(
                c.dep_ == "det" and c.lower_ in ("which", "that") for c in children(rel.head)):
            # "the attack, which officials blamed on X" parsed with "which officials" a phrase
            subject, accused = rel.head, prep_object(rel, "on") or prep_object(rel, "to")
        else:
            continue
        if subject is not None and subject.pos_ != "PRON" and accused is not None:
            out.append(Candidate("112", rel, [subject], accused, "asserted", None, priority=2))
    return out


_CHEMICAL_KEY = "sitroom.chemical_agents"


def _chemical_agent_near(tok: Token) -> bool:
    """A chemical agent named within the trigger's sentence (a window of it: the positions are
    found once per document, as most documents name none)."""
    doc = tok.doc
    positions = doc.user_data.get(_CHEMICAL_KEY)
    if positions is None:
        positions = doc.user_data[_CHEMICAL_KEY] = [t.i for t in doc if t.lower_ in CHEMICAL_AGENTS]
    return any(abs(p - tok.i) <= 40 for p in positions)


def _note_rare_words(doc: Doc, text: str) -> None:
    """Flags for rules whose words most documents lack, found once in the text (Doc.text and
    token loops are slow): chemical agents, "who"/"which" asides, blame."""
    lower = text.lower()
    doc.user_data[_CHEMICAL_KEY] = [t.i for t in doc if t.lower_ in CHEMICAL_AGENTS] \
        if any(agent in lower for agent in CHEMICAL_AGENTS) else []
    doc.user_data[_ASIDE_KEY] = " who " in lower or " which " in lower
    doc.user_data[_BLAME_KEY] = "blame" in lower or "attribut" in lower
    doc.user_data[_BOMBER_KEY] = "bomber" in lower or "attacker" in lower


def _trend(c: Candidate) -> bool:
    """An act with no one named doing it or suffering it, whose subject is a thing ("shipping has
    declined", "mediation has failed to bring a ceasefire"): a trend, not an event. Force and
    protest stay (a bomb that killed five is an event whoever set it)."""
    if c.code[:2] in FORCE_ROOTS or c.code[:2] in ("14", "17"):
        return False
    return bool(c.sources) and all(not s.ent_type_ and s.lower_.endswith(ABSTRACT_SUFFIXES)
                                   and s.lemma_.lower() not in GROUP_NOUNS_LIKE_ABSTRACT for s in c.sources)


# nouns of processes and states, not of people or bodies ("shipping", "mediation", "violence")
ABSTRACT_SUFFIXES = ("ing", "tion", "sion", "ment", "ity", "ance", "ence", "ness", "ism")
GROUP_NOUNS_LIKE_ABSTRACT = frozenset(
    "faction coalition opposition organisation organization administration delegation federation "
    "association commission mission population nation congregation government parliament movement "
    "establishment regiment detachment authority community majority minority generation corporation "
    "foundation institution confederation division alliance presidency agency audience "
    "intelligence resistance leadership".split())


EXERCISE_WORDS = frozenset({"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver",
                            "maneuvers", "wargame", "wargames"})
EXERCISE_PLACE_PREPS = ("near", "around", "off")


def _solo_exercise(c: Candidate) -> None:
    """Military exercises with a partner are military cooperation (062: "joint military games
    and maneuvers"); held alone near another's land, they demonstrate military power (150)
    at that land's owner: "Chinese ships conducted drills near Taiwan"."""
    if not c.code.startswith("06") or not c.sources or prep_object(c.trigger, "with") is not None:
        return
    if len(c.sources) > 1 and any(s.pos_ != "NOUN" for s in c.sources):
        return  # "Russian and Belarusian troops", "China and Russia": partners
    drills = first_child(c.trigger, ("dobj",)) if c.trigger.pos_ in ("VERB", "AUX") else c.trigger
    if drills is None or drills.lower_ not in EXERCISE_WORDS:
        return
    if c.target is None or c.target == drills:
        c.target = next((o for p in EXERCISE_PLACE_PREPS if (o := prep_object(c.trigger, p) or prep_object(drills, p))
                         is not None), None)
        if c.target is not None:
            c.code = "150"


def _fighting_alongside(c: Candidate) -> None:
    """"troops sent to fight alongside Mozambique's forces": fighting beside someone is
    military cooperation with them (062), not a fight."""
    ally = prep_object(c.trigger, "alongside") if c.code[:2] == "19" and c.trigger.pos_ == "VERB" else None
    if ally is not None:
        c.code, c.target = "062", ally


# an enemy's war materiel and works, destroyed in fighting (lemmas)
MILITARY_MATERIEL = frozenset({"position", "post", "outpost", "base", "bunker", "trench", "depot", "vehicle",
                               "launcher", "shelter", "weapon", "ammunition", "hideout", "tunnel", "missile",
                               "rocket", "drone", "tank", "artillery", "stockpile", "cache", "camp", "boat",
                               "fortification", "checkpoint", "headquarters"})
MILITARY_THINGS = frozenset({"post", "posts", "position", "positions", "outpost", "outposts", "base", "bases",
                             "bunker", "bunkers", "trench", "trenches", "garrison", "garrisons", "checkpoint",
                             "checkpoints", "convoy", "convoys", "offensive", "offensives", "counteroffensive",
                             "advance", "incursion", "assault", "troops", "warship", "warships", "jet", "jets",
                             "drone", "drones", "aircraft", "helicopter", "helicopters", "tank", "tanks"})


def _military_thing(tok: Token) -> bool:
    """A country's posts, positions, offensive or aircraft, named by the country's adjective or
    possessive ("Pakistani posts", "a Ukrainian offensive", "Israel's drones")."""
    if tok.lower_ in MILITARY_THINGS:
        return True
    return tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.lower_ in MILITARY_THINGS


def _official(actor: Actor | None) -> bool:
    """A state or an intergovernmental body: a bare country, its government, an IGO."""
    if actor is None or set(actor.text.lower().split()) & (CROWD_WORDS | PEOPLE_WORDS):
        return False  # "crowds in Niger's capital": people, whatever the resolver made of the place
    return (bool(actor.country) and actor.code == actor.country and not actor.roles) or "GOV" in actor.roles \
        or actor.code.startswith("IGO")


def _drop_identical(events: list[Event]) -> list[Event]:
    """One event per (source, kind of act, target), as PETRARCH keeps one per sentence: "ships,
    aircraft and drones held drills" is one Chinese military act, not three; "were shot at
    and beaten by a gang" is one assault."""
    seen: dict[tuple, int] = {}
    out: list[Event] = []
    for e in events:
        key = (e.source and e.source.code, _dedupe_kind(e.cameo), e.target and e.target.code, e.modality)
        if key not in seen:
            seen[key] = len(out)
            out.append(e)
        elif e.cameo == ABDUCTION_CODE and out[seen[key]].cameo == "180" and not out[seen[key]].fatalities \
                and out[seen[key]].evidence.trigger.lower() not in LETHAL_WORDS:
            # "attacked a village, abducting a dozen residents": an assault that killed no one
            # is told by what it did, the abduction
            out[seen[key]] = e
    return out


ABDUCTION_CODE = "181"


# acts only a state's government performs for it: statements, appeals, pledges, consultations,
# cooperation, aid, concessions, inquiries, demands, disapproval, rejections, threats, and the
# cutting of relations (force, coercion and protest are done by its forces or its people)
STATE_ACT_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16"})


def _states_as_governments(events: list[Event]) -> list[Event]:
    """A country named in a diplomatic or verbal act acts, or is acted on, through its
    government, as _pair_events gives it: here for the sides filled in from the sentence
    after pairing ("Iran ... summoned"); one that uses force, through its military. The CAMEO
    code stays the bare country."""
    for event in events:
        if event.root in STATE_ACT_ROOTS:
            event.source, event.target = _state_role(event.source, "GOV"), _state_role(event.target, "GOV")
        elif event.root in ARMED_FORCE_ROOTS:
            # ("Israel struck targets in Gaza", "Israeli strikes killed six"): a state that uses
            # or shows armed force does so through its military
            event.source = _government_force(_state_role(event.source, "MIL"))
            if event.root == "19":
                # (a state fought, its forces; a government body fought too, not its officials)
                target = _state_role(event.target, "MIL")
                event.target = _government_force(target) if target is not None and set(
                    target.text.lower().split()) & GOVERNMENT_BODY_WORDS else target
    return events


GOVERNMENT_BODY_WORDS = frozenset({"government", "regime", "junta", "administration", "authorities", "state"})


def _government_force(actor: Actor | None) -> Actor | None:
    """A government that strikes or fights ("the regime launched airstrikes", "Beijing sent
    warplanes", "fought the government") does so through its forces: MIL beside GOV (the gold
    files code such doers MIL)."""
    if actor is None or not actor.country or actor.roles != ["GOV"]:
        return actor
    return replace(actor, roles=["GOV", "MIL"])


ARMED_FORCE_ROOTS = frozenset({"15", "18", "19", "20"})


def _summoned_abroad(events: list[Event], sent: Span, doc_actors: ActorLookup | None) -> list[Event]:
    """"India's envoy was summoned to the Foreign Office to hear Pakistan's protest": a state
    summons another's envoy, so a ministry read as the envoy's own country is the one other
    country the sentence names."""
    if doc_actors is None or not hasattr(doc_actors, "mentioned_countries"):
        return events
    out = []
    for e in events:
        if e.evidence.trigger.lower().startswith("summon") and e.source is not None and e.target is not None \
                and e.source.country and e.source.country == e.target.country:
            others = [c for c in doc_actors.mentioned_countries(sent) if c != e.target.country]
            if len(others) == 1 and e.target.text and e.target.text.islower():
                # "Pakistan summoned the envoy after Indian shelling": an envoy of no stated
                # country took the summoner's; it is the other country's
                e = replace(e, target=replace(e.target, code=others[0] + e.target.code[3:], country=others[0]))
            elif len(others) == 1:
                code = others[0] + e.source.code[3:]
                e = replace(e, source=replace(e.source, code=code, country=others[0]))
        out.append(e)
    return out


def _holder_of_released(events: list[Event], sent: Span, doc_actors: ActorLookup | None) -> list[Event]:
    """"The EU demanded the release of 200 protesters": a demand is made of whoever holds them,
    not of the prisoners. A state's nationals held are its government's to free; a state's own
    people, another's: the one other party the sentence names (none if it names no other);
    people of a group's own country, their government's. Implied, so no words in the text."""
    if doc_actors is None or not hasattr(doc_actors, "party_countries"):
        return events
    out = []
    for e in events:
        held = e.target
        if e.root in ("02", "10") and held is not None and held.start is not None and _released_persons(sent, held.start):
            country = held.country
            source = e.source.country if e.source is not None else ""
            state = e.source is not None and (bool(set(e.source.roles) & STATE_ROLES) or e.source.code == source)
            if not country or country == source and state:
                others = [k for k in doc_actors.party_countries(sent) if k != source]
                country = others[0] if len(others) == 1 else ""
                holder = Actor(text="", name=doc_actors.knowledge.country_names.get(country, country),
                               code=country, country=country, roles=[]) if country else None
            else:
                holder = Actor(text="", name=f"{country} government", code=f"{country}GOV", country=country, roles=["GOV"])
            e = replace(e, target=holder)
        out.append(e)
    return out


def _released_persons(sent: Span, start: int) -> bool:
    """Is the actor at character `start` the people in "the release of ..."?"""
    tok = next((t for t in sent if t.idx == start), None)
    return tok is not None and any(a.lower_ == "of" and a.head.lemma_.lower() == "release" and a.head.pos_ == "NOUN"
                                   for a in tok.ancestors)


def _raids_that_arrested(events: list[Event]) -> list[Event]:
    """"Was taken into custody after the police raided her home": a raid by the state's
    forces that made an arrest is the arrest (ACLED's arrests, CAMEO 173), no attack."""
    if not any(e.cameo.startswith("173") for e in events):
        return events
    return [e for e in events if not (_raid_trigger(e) and e.root in ("17", "18", "19")
                                      and not e.cameo.startswith("173") and (e.source is None or set(e.source.roles) & ARRESTING_ROLES))]


def _raid_trigger(e: Event) -> bool:
    """Is the event's trigger a raid, or a light verb carrying one ("conducted a raid")?"""
    word = e.evidence.trigger.lower()
    if word in RAID_WORDS:
        return True
    return word in RAID_LIGHT_VERBS and bool(RAID_WORDS & set(re.findall(r"[a-z]+", e.evidence.text.lower())))


RAID_WORDS = frozenset({"raid", "raided", "raids", "raiding", "stormed", "storm", "storming", "searched"})
ARRESTING_ROLES = frozenset({"COP", "MIL", "SPY"})
RAID_LIGHT_VERBS = frozenset({"conducted", "carried", "launched", "staged", "mounted", "conduct", "carry", "launch"})


SANCTION_NOUNS = frozenset({"sanction", "embargo"})


def _sanctions_told_in_passing(sent: Span, cands: list[Candidate]) -> list[Candidate]:
    """"condemned Washington's sanctions on Zarif", "slammed the sanctions imposed on him by
    Washington": sanctions named with who imposed them and on whom are an act of their own
    (163), whatever the sentence's main act; ("denounced the new sanctions": no one named)."""
    if any(c.code[:2] == "16" for c in cands):
        return []
    out: list[Candidate] = []
    for noun in sent:
        if noun.lemma_.lower() not in SANCTION_NOUNS or noun.pos_ != "NOUN" \
                or noun.dep_ == "dobj" and noun.head.lemma_.lower() in _IMPOSING_VERBS:
            continue  # ("imposed sanctions on X": the verb's own event)
        asker = noun.head.head if noun.dep_ == "pobj" else noun.head
        if asker.lemma_.lower() in APPEAL | DEMAND | {"threaten", "seek", "want", "propose", "consider"}:
            continue  # ("called for new EU sanctions against Belarus": sanctions not yet imposed)
        imposing = next((c for c in children(noun) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _IMPOSING_VERBS),
                        None)
        author = next((c for c in children(noun) if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None) \
            or (prep_object(imposing, "by") if imposing is not None else None)
        target = next((o for holder in (imposing, noun) if holder is not None for p in ("on", "against")
                       if (o := prep_object(holder, p)) is not None), None)
        if author is not None and target is not None:
            out.append(Candidate("163", noun, [author], target, "asserted", None, priority=1))
    return out


def _drop_aimless_twins(events: list[Event]) -> list[Event]:
    """"pressed forward with its offensive ..., where they launched attacks on junta forces":
    one side's fighting told twice, once with whom it fought; the aimless telling adds nothing."""
    aimed = {(e.source.code, _dedupe_kind(e.cameo)) for e in events if e.source is not None and e.target is not None}
    return [e for e in events if not (e.target is None and e.source is not None and e.root in FORCE_ROOTS
                                      and (e.source.code, _dedupe_kind(e.cameo)) in aimed)]


def _drop_actorless_repeats(events: list[Event]) -> list[Event]:
    """A sentence's event with neither source nor target adds nothing beside one of the same
    kind that has them: "five were killed and many wounded when the rebels attacked"."""
    def kind(e: Event) -> str:
        return "force" if e.root in FORCE_ROOTS else e.root
    with_actors = {kind(e) for e in events if e.source is not None or e.target is not None}
    return [e for e in events if e.source is not None or e.target is not None
            or kind(e) not in with_actors]


GUNFIRE_WORDS = frozenset({"fire", "gunfire", "crossfire"})
EXCHANGED_FIRE = GUNFIRE_WORDS | frozenset({"strikes", "blows", "shots", "attacks", "rockets", "salvos", "shelling",
                                           "artillery", "barrages"})
HURT_WORDS = frozenset({"injured", "wounded", "hurt", "maimed", "injuring", "wounding"})


def _drop_wounded_beside_dead(events: list[Event]) -> list[Event]:
    """"Six soldiers died and 10 were injured when militants attacked": one attack with its
    dead and its wounded, not a second assault on no one. Of the two, the one that names the
    weapon ("wounded by a bomb placed on a road": ACLED's remote violence) stays."""
    lethal = [e for e in events if e.root in FORCE_ROOTS and e.target is not None
              and e.evidence.trigger.lower() in LETHAL_WORDS]
    dropped: set[int] = set()
    kept: dict[int, Event] = {}
    for e in events:
        if e.root not in FORCE_ROOTS or e.evidence.trigger.lower() not in HURT_WORDS:
            continue
        twin = next((f for f in lethal if id(f) not in dropped and (f.source and f.source.code) == (e.source and e.source.code)
                     and (e.target is None or e.target.code == f.target.code)), None)
        if twin is None and e.source is None and any(
                f is not e and f.root in FORCE_ROOTS and f.source is not None for f in events):
            # "police fired rubber bullets at the crowd; some were injured": the wounded of that act
            dropped.add(id(e))
            continue
        if twin is None:
            continue
        if _remote(e) and not _remote(twin):
            # the dead's act, typed by the weapon the wounded clause names ("killed six soldiers
            # and injured 28 in a drone and mortar attack")
            dropped.add(id(e))
            kept[id(twin)] = replace(twin, acled=e.acled)
        else:
            dropped.add(id(e))
    return [kept.get(id(e), e) for e in events if id(e) not in dropped]


def _remote(event: Event) -> bool:
    """Typed by its weapon (ACLED's explosions and remote violence)."""
    return event.acled is not None and event.acled.event_type == "Explosions/Remote violence"


# verbs of verbal disapproval alone (a crowd that "protested the arrest" is demonstrating)
DENOUNCING_VERBS = frozenset({"condemn", "denounce", "criticize", "criticise", "deplore", "lament"})
# verbs that pronounce someone "persona non grata"
UNWELCOME_DECLARERS = frozenset({"declare", "consider", "deem", "name", "label", "brand", "proclaim", "pronounce"})


def _declared_unwelcome(verb: Token, lemma: str) -> Token | None:
    """Whom a clause declares "persona non grata" (the parser splits the Latin into nouns:
    the one declared is the object, the passive subject, or hangs on "persona"), or None."""
    if lemma not in UNWELCOME_DECLARERS or verb.dep_ in ("acl", "relcl", "amod"):
        return None
    doc = verb.doc
    persona = next((t for t in verb.subtree if t.lower_ == "persona" and t.i + 2 < len(doc)
                    and doc[t.i + 1].lower_ == "non" and doc[t.i + 2].lower_ == "grata"), None)
    if persona is None or next((a for a in persona.ancestors if a.pos_ == "VERB"), None) != verb:
        return None
    # (the declarer is the verb's subject: the one declared is the object or passive subject,
    # or the subject or modifier the parser hung on "persona")
    for holder, deps in ((persona, ("nsubj", "compound")), (verb, ("nsubjpass", "dobj"))):
        for child in children(holder):
            if child.dep_ in deps and child.i < persona.i and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    return None


def _envoys_expelled_code(code: str, target: Actor | None, trigger: Token) -> str:
    """"announced the expulsion of 12 Russian diplomats / of staff of the Russian mission",
    "declared them persona non grata": expelling diplomats reduces relations (161), as the
    codebook's 174 note says, however the act is worded."""
    if trigger.lemma_.lower() in ("declare", "name", "label") and any(
            t.lower_ == "grata" for t in trigger.doc[trigger.i + 1:trigger.i + 30]):
        return "161"  # (the phrase follows the verb: a short look ahead, not the whole subtree)
    if code[:2] == "10" and trigger.lemma_.lower() in ("order", "tell", "instruct", "ask", "leave") and any(
            t.lower_ in ("out", "leave", "depart", "expel") for t in trigger.subtree):
        # "ordered Colombia's diplomats out of the country", "told the embassy that 10 of its
        # staff must leave": diplomats expelled (161)
        words = {t.lower_.rstrip("s") for t in trigger.subtree}
        if words & (ENVOY_WORDS | {"diplomat", "embassy", "mission", "consulate", "diplomatic"}):
            return "161"
        if any(x.lemma_.lower() == "leave" and any(o.lower_ in ("country", "territory") for o in children(x))
               for x in children(trigger) if x.dep_ in ("xcomp", "ccomp")):
            return "174"  # "ordered the correspondents to leave the country": expelled (174)
    if code != "174":
        return code
    words = {w.rstrip("s") for w in target.text.lower().split()} if target is not None else set()
    words |= {t.lower_.rstrip("s") for o in children(trigger) if o.dep_ in ("dobj", "prep") for t in o.subtree}
    return "161" if words & (ENVOY_WORDS | {"diplomat", "embassy", "mission", "consulate", "diplomatic"}) else code


# what is defused or disarmed besides weapons and caches: "disarmed the (suicide) vest"
DEFUSED_DEVICES = frozenset({"launcher", "launchers", "vest", "vests", "bomb", "ied", "device", "devices", "mine",
                             "landmine", "landmines", "explosive", "charge", "charges", "belt"})
# verbs whose bare 060 the news gold keeps: cooperation named as such
SHARING_LEMMAS = frozenset({"share", "provide", "cooperate", "collaborate", "supply", "grant", "offer"})
_POLICE_TARGET_WORDS = frozenset({"policemen", "policeman"})
_FIGHT_NOUNS = frozenset({"ambush", "clash", "battle", "firefight", "gunfight", "gunbattle", "shootout", "encounter"})


def _dead_of_fight(c: Candidate, target: Actor | None, sources: list[Actor | None]) -> Actor | None:
    """"17 people were killed after al-Shabaab attacked a military base": the dead, counted but
    not said to be civilians, fell in a fight with the forces attacked (as ACLED codes it)."""
    if target is None or set(target.roles) != {"CVL"} or not target.country \
            or not any(s is not None and set(s.roles) & ARMED_ROLES for s in sources):
        return target
    words = {w.lower() for w in target.text.split()}
    if not words & {"people", "persons", "others"} or words & VICTIM_WORDS:
        return target
    if any(s is not None and set(s.roles) & {"MIL", "COP"} for s in sources) and any(
            t.lemma_.lower() in _FIGHT_NOUNS for t in c.trigger.sent) and not {t.lower_ for t in c.trigger.sent} & VICTIM_WORDS:
        # "an army ambush in the mountains killed at least 60 people": the forces' enemies
        return replace(target, roles=["UAF"], code=target.country + "UAF", name=f"{target.country} armed group")
    doers = {t.lower_ for s in sources if s is not None and s.start is not None
             for t in c.trigger.sent if s.start <= t.idx < (s.end or s.start)}
    rest = {t.lower_ for t in c.trigger.sent} - doers - words
    police = rest & _POLICE_TARGET_WORDS or any(t.lower_ == "police" and t.i + 1 < t.sent.end and t.nbor(1).lower_
                                                in ("station", "post", "checkpoint", "headquarters") for t in c.trigger.sent)
    military = rest & (ARMED_TARGET_WORDS - {"policemen", "post", "checkpoint"}) and not police
    if rest & VICTIM_WORDS or not (police or military) \
            or not any(t.lemma_.lower() in ("attack", "storm", "raid", "ambush", "overrun", "assault")
                       for t in c.trigger.sent):
        return target
    role = "MIL" if military else "COP"
    return replace(target, roles=[role], code=target.country + role, name=f"{target.country} forces")


def _foreign_entry_ban_code(code: str, trigger: Token, sources: list[Actor | None], target: Actor | None) -> str:
    """"imposed visa restrictions / a travel ban on Venezuelan officials", "banned eight EU
    officials from entering the country": a state barring another's officials is a sanction
    (163), not a domestic restriction (172); so is a ban on another's goods (an embargo)."""
    if code[:3] not in ("170", "172") or target is None or not (target.country or target.code.startswith("IGO")):
        return code
    foreign = {s.country for s in sources if s is not None and s.country} - {target.country}
    barred = first_child(trigger, ("dobj",)) if trigger.pos_ == "VERB" else trigger
    if not foreign:
        return code
    if trigger.lemma_.lower() in ("ban", "bar") and any(
            p.lower_ == "from" and any(g.lemma_.lower() in ("enter", "visit") for g in p.children)
            for p in children(trigger)):
        return "163"
    if barred is None or barred.lemma_.lower() not in ("restriction", "ban", "sanction", "embargo"):
        return code
    if any(c.lower_ in ("visa", "travel", "entry") for c in barred.subtree):
        return "163"
    on = prep_object(barred, "on")
    return "163" if on is not None and on.lemma_.lower() in TRADED_GOODS else code


CLOSING_VERBS = frozenset({"close", "seal", "shut"})
FRONTIER_WORDS = frozenset({"border", "borders", "frontier", "frontiers", "airspace"})


def _border_closed_code(code: str, trigger: Token, sources: list[Actor | None], target: Actor | None) -> str:
    """"Burundi closed the border with Rwanda", "will close their borders with Mali", "closed its
    airspace to Indian airlines": a state or bloc shutting its frontier to another state cuts
    relations (160), as the real-news gold codes it (4 of 4); an army or police sealing a
    border crossing keeps the dictionary's blockade or ban (191, 172)."""
    if trigger.lemma_.lower() not in CLOSING_VERBS or target is None or not target.country \
            or not sources or not all(_official(s) for s in sources) \
            or target.country in {s.country for s in sources if s is not None}:
        return code
    return "160" if _frontier_shut(trigger) else code


def _frontier_shut(verb: Token) -> bool:
    shut = first_child(verb, ("dobj", "nsubjpass")) if verb.lemma_.lower() in CLOSING_VERBS else None
    return shut is not None and shut.lower_ in FRONTIER_WORDS


TRADED_GOODS = frozenset({"good", "goods", "import", "export", "truck", "product", "trade", "cargo", "shipment",
                          "commodity", "oil", "grain"})


def _combat_destruction_code(code: str, sources: list[Actor | None], target: Actor | None,
                             thing: Token | None = None) -> str:
    """Forces destroying their enemy's vehicles, shelters or positions ("destroyed 12 RSF
    vehicles", "jets destroyed weapon positions and ammunition depots") are fighting (190),
    not destroying property (1712, which is for homes, crops and offices)."""
    if code != "1712":
        return code
    if target is not None and set(target.roles) & ARMED_ROLES:
        armed = any(s is not None and set(s.roles) & ARMED_ROLES for s in sources)
        return "190" if armed else code
    military = thing is not None and thing.lemma_.lower() in MILITARY_MATERIEL
    forces = any(s is not None and set(s.roles) & {"MIL"} for s in sources)
    return "190" if military and forces else code


def _captured_in_fight(cands: list[Candidate]) -> list[Candidate]:
    """"Troops killed 26 insurgents and captured two", "killed or captured 20 jihadists": the
    fighters taken are part of the fight (19), not property seized (171)."""
    fights = {tuple(s.i for s in c.sources[:1]) for c in cands if c.code[:2] in ("18", "19")}
    return [c for c in cands if not (
        c.code[:3] == "171" and c.trigger.lemma_.lower() in ("capture", "seize") and c.sources
        and tuple(s.i for s in c.sources[:1]) in fights
        and (c.target is None or c.target.pos_ in ("NUM", "PRON") or c.target.lower_ in FIGHTER_NOUNS))]


FIGHTER_NOUNS = frozenset({"militants", "fighters", "insurgents", "rebels", "jihadists", "terrorists", "soldiers",
                           "troops", "gunmen", "militiamen", "others", "combatants"})


def _generic_untargeted(c: Candidate) -> bool:
    """A root's generic code with no one acted on ("launched a crackdown": 170)."""
    return c.target is None and c.code[2:] == "0"


def _join_halves(cands: list[Candidate]) -> list[Candidate]:
    """"The army repelled the attack and 13 extremists were killed": one fight told in two
    halves, its doer in one clause and those it hit in the other; one event, doer on them."""
    force = [c for c in cands if c.code[:2] in FORCE_ROOTS and c.modality in FACTUAL]
    # (not sides that clashed: "rival militias clashed and two people were killed")
    doers = [c for c in force if len(c.sources) == 1 and c.target is None
             and c.trigger.lemma_.lower() not in CLASH_VERBS]
    hit = [c for c in force if not c.sources and c.target is not None and c.trigger.tag_ == "VBN"]
    if len(doers) != 1 or len(hit) != 1:
        return cands
    doer, victims = doers[0], hit[0]
    doer.target = victims.target
    return [c for c in cands if c is not victims]


LONG_PERIOD_NOUNS = frozenset({"week", "month", "year", "decade"})


def _running_total(c: Candidate) -> bool:
    """"So far this year, 411 people have been killed in Kashmir", "6,000 people were killed in
    six weeks of fighting": a count over a long period with no doer named, not one act."""
    verb = c.trigger
    if c.sources or verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_VERBS \
            or not any(x.dep_ in ("nsubjpass", "auxpass") for x in children(verb)):
        return False
    for x in children(verb):
        if x.dep_ == "advmod" and x.lower_ == "far" and any(a.lower_ == "so" for a in children(x)):
            return True  # "so far (this year)"
        if x.dep_ == "npadvmod" and x.lemma_.lower() in LONG_PERIOD_NOUNS \
                and any(d.lower_ == "this" for d in children(x)):
            return True  # "this year"
        if x.dep_ == "prep" and x.lower_ == "since" or x.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ == "since" for m in children(x)):
            return True  # "since January", "since the war began"
        period = first_child(x, ("pobj",)) if x.dep_ == "prep" and x.lower_ in ("in", "over", "during") else None
        if period is not None and period.lemma_.lower() in LONG_PERIOD_NOUNS \
                and (period.tag_ == "NNS" or any(d.lower_ in ("past", "last") for d in children(period))):
            return True  # "in six weeks of fighting", "over the past year"
    return False


PAIR_NOUNS = frozenset({"side", "country", "leader", "nation", "neighbour", "neighbor", "government", "party",
                        "capital", "foe", "rival", "adversary"})


def _distinct_candidates(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per root, sources and target once pair phrases are read ("traded
    accusations, with each side accusing the other": one accusation each way)."""
    seen: set[tuple] = set()
    out: list[Candidate] = []
    for c in cands:
        kind = _dedupe_kind(c.code)
        keys = {(kind, (s.i,), c.target.i if c.target is not None else None) for s in c.sources}
        if len(c.sources) == 2 and c.target is None:  # two sides acting on each other: both ways
            a, b = c.sources
            keys = {(kind, (a.i,), b.i), (kind, (b.i,), a.i)}
        if not keys or not keys <= seen:
            seen |= keys
            out.append(c)
    return out


def _pair_phrase(tok: Token | None) -> bool:
    """"the two sides", "both countries", "the two leaders": a pair named before."""
    if tok is not None and tok.lemma_.lower() in ("side", "party") and tok.tag_ == "NN" \
            and any(c.lower_ == "each" and c.dep_ == "det" for c in children(tok)):
        return True  # "each side accusing the other"
    return tok is not None and tok.lemma_.lower() in PAIR_NOUNS and tok.tag_ == "NNS" and any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in children(tok))


def _pair_before(phrase: Token) -> tuple[Token, Token] | None:
    """The last pair the sentence names before the phrase: coordinated parties ("the government
    and the rebels signed ..., and the two sides ...") or a meeting's host and guest ("X held
    talks with Y ..., and the two leaders agreed")."""
    found = None
    for tok in phrase.sent:
        if tok.i >= phrase.i:
            break
        named = tok.pos_ in ("PROPN", "NOUN") or tok.ent_type_ == "NORP"  # ("Armenian and Azerbaijani forces")
        if not named or tok.dep_ == "conj" or _pair_phrase(tok):
            continue
        other = next((c for c in children(tok) if c.dep_ == "conj"
                      and (c.pos_ in ("PROPN", "NOUN") or c.ent_type_ == "NORP")), None)
        if other is None and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            other = prep_object(tok.head, "with") or next(
                (prep_object(o, "with") for o in children(tok.head) if o.dep_ == "dobj"), None)
        if other is not None and other.i < phrase.i:
            found = (tok, other)
    return found


def _pairs_named_before(cands: list[Candidate]) -> list[Candidate]:
    """"The government and the rebels signed a truce, but the two sides blamed each other":
    the pair phrase stands for the two named before it (as sources acting on each other, or as
    the two targets of one act)."""
    out: list[Candidate] = []
    for c in cands:
        source = c.sources[0] if len(c.sources) == 1 else None
        pair = _pair_before(source) if _pair_phrase(source) else None
        if pair is not None:
            obj = c.target if c.target is not None else first_child(c.trigger, ("dobj",))
            other = obj is not None and (obj.lower_ in ("other", "another")
                                         or obj.dep_ == "pobj" and obj.head.lower_ == "each") or _each_other(c.trigger)
            if other:  # "the two sides blamed each other", "each side accusing the other": both ways
                out.extend((replace(c, sources=[pair[0]], target=pair[1]), replace(c, sources=[pair[1]], target=pair[0])))
                continue
            c = replace(c, sources=list(pair))
        pair = _pair_before(c.target) if _pair_phrase(c.target) else None
        if pair is not None:
            out.extend(replace(c, target=side) for side in pair)
            continue
        out.append(c)
    return out


# the dead or hurt of each side of a fight: state forces, and the armed men they fought
SECURITY_VICTIM_WORDS = frozenset({"soldier", "troop", "policeman", "police", "officer", "marine", "personnel",
                                   "serviceman", "servicemen", "trooper", "jawan", "guard", "gendarme",
                                   "commando", "paramilitary"})
ARMED_VICTIM_WORDS = frozenset({"militant", "rebel", "insurgent", "fighter", "gunman", "gunmen", "terrorist",
                                "jihadist", "extremist", "attacker", "assailant", "bandit", "guerrilla"})


# an attack or fight named as the subject of "killed", with no doer of its own
UNAUTHORED_ATTACKS = frozenset({"attack", "assault", "raid", "ambush", "fighting", "clash", "encounter",
                                "gunbattle", "firefight", "gunfight", "battle", "shootout"})


def _side_of_victims(tok: Token) -> str | None:
    """"five soldiers" are the state's side of a fight, "three militants" the armed men's."""
    lemma = tok.lemma_.lower()
    if lemma in SECURITY_VICTIM_WORDS:
        return "state"
    if lemma in ARMED_VICTIM_WORDS or (lemma == "member" and any(
            c.dep_ == "compound" and c.ent_type_ in ("ORG", "NORP") for c in children(tok))):
        return "armed"  # ("three Abu Sayyaf members")
    return None


def _both_sides_hit(cands: list[Candidate]) -> list[Candidate]:
    """"Three soldiers and two militants were killed in an encounter", "two rebels died while
    five soldiers were wounded in a firefight": the dead and hurt of both sides, with no doer
    named, tell of a fight between the two sides (190, each on the other)."""
    hit = [c for c in cands if all(s.lemma_.lower() in UNAUTHORED_ATTACKS for s in c.sources)
           and c.target is not None and c.code[:2] in FORCE_ROOTS and c.modality in FACTUAL]
    sides: dict[str, Token] = {}
    for c in hit:
        for tok in parties_of(c.target):
            side = _side_of_victims(tok)
            if side is not None:
                sides.setdefault(side, tok)
    if len(sides) < 2:
        return cands
    first = hit[0]
    fight = Candidate("190", first.trigger, [sides["state"], sides["armed"]], None, first.modality,
                      first.attribution, first.attribution_text, priority=first.priority)
    return sorted([c for c in cands if c not in hit] + [fight], key=lambda c: c.trigger.i)


def _dedupe_kind(code: str) -> str:
    """The family two candidates must share to be one event: the root, but taking ground is an
    outcome of its own beside the fighting ("attacked and seized the base"), and within coercion
    arrests beside repression ("fired tear gas at the marchers, arresting dozens") are two acts,
    and within assault a sexual assault beside an abduction ("abducted and raped")."""
    return code if code in (OCCUPY_CODE, SEXUAL_ASSAULT_CODE) else code[:3] if code[:3] == "175" else code[:2]


SEXUAL_ASSAULT_CODE = "1821"


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One event per root, source and target: the highest-priority, earliest candidate (a
    candidate with no target gives way to one of the same root and source with a target)."""
    best: dict[tuple, Candidate] = {}
    for c in cands:
        # verbal acts to different parties are different events; a material act is one per source
        by_target = c.target is not None and c.code[:2] < "14"
        key = (_dedupe_kind(c.code), tuple(s.i for s in c.sources[:1]), c.target.i if by_target else None)
        if key not in best or c.priority > best[key].priority or (
                c.priority == best[key].priority and _generic_untargeted(best[key]) and c.target is not None) or (
                # ("advanced to Gwa Township, where they attacked junta forces": the foe over the place)
                c.priority == best[key].priority and c.code[:2] in FORCE_ROOTS and best[key].target is not None
                and best[key].target.pos_ == "PROPN" and _is_place(best[key].target)
                and c.target is not None and not _is_place(c.target)) or (
                c.priority == best[key].priority and best[key].code == "170" and c.code != "170"
                and best[key].trigger.lemma_.lower() in ("storm", "raid")):
            # ("launched a crackdown, arresting 300 people": the arrests; "stormed the party's
            # offices and arrested eight people": the arrests too)
            best[key] = c
        elif c.priority == best[key].priority and best[key].target is None and c.target is not None:
            # "fired tear gas and used batons against protesters": one act, on the protesters
            best[key] = replace(best[key], target=c.target)
        elif c.priority == best[key].priority and best[key].code in ("180", "190") and c.code[:2] == best[key].code[:2] \
                and c.code != best[key].code:
            # "killed one man and wounded 11 others by shelling the region": one act, the shelling
            best[key] = replace(best[key], code=c.code)
    targeted = {k[:2] for k in best if k[2] is not None}
    kept = [c for k, c in best.items() if k[2] is not None or k[:2] not in targeted
            or best[k].target is not None]
    kept.sort(key=lambda c: c.trigger.i)
    return kept



# Where the parse lost an act's doer or the one acted on, TABARI's default holds: the actors
# named nearest the verb. A doer stands as a subject, a name set beside one, or the object of
# by/with/between; the one acted on as any noun phrase naming an actor.
_DOER_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "conj", "ROOT"})
_DOER_PREPS = frozenset({"by", "with", "between"})
_DOER_ENTITY_TYPES = frozenset({"ORG", "NORP", "GPE", "PERSON"})
_UNNAMED_PARTY_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _parties_from_sentence(events: list[Event], sent: Span, partial: dict[str, Candidate],
                           doc_actors: ActorLookup | None, event_nouns: dict[str, str]) -> list[Event]:
    """Events the coder left without a doer or without anyone acted on ("Ecowas, as the bloc
    is known, imposed sanctions on Niger", "the Taliban" read as an apposition to the country
    before it): each missing side is the actor named closest to the trigger in the tree (then
    in the text), other than the other side. The codes stay those the act was given without it."""
    if doc_actors is None or not partial:
        return events
    out = []
    for e in events:
        c = partial.get(e.event_id)
        if c is not None and e.source is None and not c.sources and not _has_subject(c.trigger):
            doer = _closest_party(sent, c, doc_actors, e.target, _doer_position)
            e = replace(e, source=doer) if doer is not None else e
        if c is not None and e.target is None and c.target is None and e.root != "15":
            # (a show of force has no one acted on unless named: "deployed ships near the islands")
            acted_on = _closest_party(sent, c, doc_actors, e.source,
                                      lambda t: _acted_on_position(t) and t.lemma_.lower() not in event_nouns,
                                      by_itself=True)
            e = replace(e, target=acted_on) if acted_on is not None else e
        out.append(e)
    return out


def _speech_parties(trigger: Token) -> set[int]:
    """The words of who tells the act and whom it is told to ("a spokesman for the ministry
    told news agency PTI that ...", "X, spokesperson for Y, claimed that ..."): no party to it."""
    out: set[int] = set()
    for verb in trigger.ancestors:
        if verb.lemma_.lower() not in SPEECH or not any(
                x.dep_ in ("ccomp", "parataxis") and trigger in x.subtree for x in children(verb)):
            continue  # (only the verb whose content the act is: not "announced sanctions and warned")
        for c in children(verb):
            held = first_child(c, ("pobj",)) if c.dep_ == "prep" and c.lower_ == "to" else c
            if held is not None and c.dep_ in ("nsubj", "dobj", "dative", "prep") and trigger not in held.subtree:
                out |= {t.i for t in held.subtree} if c.dep_ != "prep" or c.lower_ == "to" else set()
    return out


def _has_subject(trigger: Token) -> bool:
    """A verb with a doer of its own, named or not ("their truck hit a mine": the truck, not
    another actor of the sentence); a passive's doer is its agent, which may be named
    elsewhere ("were killed in the shelling, police said, as rebels pressed their attack")."""
    return trigger.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "agent", "csubj") for c in children(trigger))


def _doer_position(tok: Token) -> bool:
    """A subject (not of a verb of saying or denying: the speaker reports the act, the denier
    disowns it), an apposition or conjunct, or the object of by/with/between; never a place
    named in a phrase."""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _DOER_PREPS and not _is_place(tok)
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head.lemma_.lower() not in SPEECH | REFUSE
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and (_is_place(tok.head) or tok.head.lemma_.lower() == "capital"):
        return False  # "north of the Somali capital, Mogadishu": the place's name, no doer
    return tok.dep_ in _DOER_DEPS and not (tok.dep_ != "ROOT" and _is_place(tok) and tok.ent_type_ != "GPE")


def _acted_on_position(tok: Token) -> bool:
    """An object, or a name set beside one, that names an actor by itself (not "Russian
    airstrikes", whose actor is only its modifier); never a place named in a phrase ("talks in
    Geneva"), a doer ("brokered by Egypt"), a weapon ("detonated a bomb"), the channel something
    was said on or the source it is told by ("according to the army")."""
    if tok.dep_ not in ("dobj", "pobj", "appos", "conj", "dative", "attr", "oprd") or tok.lower_ in MEDIA_CHANNELS \
            or tok.lemma_.lower() in INSTRUMENT_NOUNS | CAR_BOMB_VEHICLES:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return False
    if tok.dep_ == "dobj" and tok.lower_ in AIRCRAFT_WORDS and tok.head.lemma_.lower() in DISPATCH_VERBS | {"deploy"}:
        return False  # "sent fighter jets to carry out strikes": the doer's own aircraft
    if tok.dep_ == "appos" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("in", "at") and _is_place(tok.head):
        return False  # "meeting in Phnom Penh, Cambodia": the place's country, named beside it
    return not (tok.dep_ == "pobj" and (tok.head.lower_ in ("by", "via", "through") or _is_place(tok)))


def _closest_party(sent: Span, c: Candidate, doc_actors: ActorLookup, other: Actor | None,
                   position: Callable[[Token], bool], by_itself: bool = False) -> Actor | None:
    """The actor named nearest the trigger in a position the side can stand in; with
    `by_itself`, only a name or a noun that is an actor alone."""
    # (nor the one acted on's fellows: "nine soldiers and four civilians have been killed")
    used = {t.i for t in c.sources} | ({t.i for t in conjuncts_of(c.target)} if c.target is not None else set()) \
        | {c.trigger.i}
    if c.target is not None and c.target.dep_ == "nsubjpass":
        # (nor anyone in the description of the one it was done to: "X, a reporter who covered
        # the police beat, was killed"; but "sailors abducted by Abu Sayyaf were freed")
        used |= {t.i for a in children(c.target) if a.dep_ == "appos" for t in a.subtree}
    if isinstance(c.attribution, Span):
        # ("according to a statement by the army"; up to a comma: the parser may run an
        # opening "According to X," on into the subject)
        cut = next((t.i for t in c.attribution if t.text == ","), c.attribution.end)
        used |= set(range(c.attribution.start, cut))
    if isinstance(c.attribution, Token):
        # (nor anyone in the speaker's phrase: "a spokesman for the Armenian ministry said")
        speaker = {t.i for t in c.attribution.subtree}
        used |= speaker if c.trigger.i not in speaker and c.attribution.pos_ in ("NOUN", "PROPN") else {c.attribution.i}
    used |= _speech_parties(c.trigger)
    heads = [t for t in sent if t.i not in used and t.pos_ in ("NOUN", "PROPN")
             and t.ent_type_ not in _UNNAMED_PARTY_TYPES and position(t)]
    path = {a.i: k for k, a in enumerate([c.trigger, *c.trigger.ancestors])}

    def tree_distance(tok: Token) -> int:
        # steps up to the first common ancestor with the trigger, and down again
        for k, a in enumerate([tok, *tok.ancestors]):
            if a.i in path:
                return k + path[a.i]
        return len(sent)

    for tok in sorted(heads, key=lambda t: (tree_distance(t), abs(t.i - c.trigger.i))):
        if by_itself and tok.ent_type_ not in _DOER_ENTITY_TYPES and doc_actors.resolve(tok.doc[tok.i:tok.i + 1]) is None:
            continue
        actor = doc_actors.resolve(np_span(tok))
        if actor is not None and actor.code and _may_stand_beside(actor, other):
            return actor
    return None


def _may_stand_beside(actor: Actor, other: Actor | None) -> bool:
    """Not the other side itself, nor its own state's forces or government (a state does not
    strike its own army), nor the press that told the story."""
    if "MED" in actor.roles:
        return False
    if other is None:
        return True
    own_state = actor.country and actor.country == other.country and set(actor.roles) & _STATE_FORCE_ROLES \
        and (other.code == other.country or set(other.roles) & _STATE_FORCE_ROLES)
    return actor.code != other.code and not own_state

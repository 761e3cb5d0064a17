"""Repairs of parser attachments the coder depends on, made on the parse before coding.

- The small English model often hangs a speaker's second act on the last verb of the report
  ("the minister said the talks had failed and urged Hamas to ..."): "urged" becomes a
  conjunct of "failed" and the talks would urge. A verb of speaking, appealing, accusing or
  threatening with no subject of its own, coordinated inside a report, is the speaker's.
- A reduced relative read as the main verb ("demonstrators opposed to the tax torched a
  post": "opposed" the verb, "torched" a clause under it): the later verb with an
  object and neither subject nor conjunction is the main one, the participle describes the
  subject.
- "called Ukrainian President X" read as naming someone X (an object predicate): with no
  other object, the named person is the one called.
- "Secretary X on Friday and Foreign Minister Y held talks" read with the first name as a
  modifier of the second: the two titled names are the coordinated subject.
- "Minister X and his Japanese counterpart held talks" read with two subjects of one verb:
  the second is the first one's conjunct.
- "The foreign minister of Peru, Ana Soto, and Chilean President X met" read with the second
  person coordinated with the first one's name: the two are the coordinated subject.
- "struck what New Delhi called a militant camp", "signed what they say is the final peace
  agreement": the named thing is the object; the naming clause describes it.
- "said in a video address published the same day that Russia shelled the city": the "that"
  clause is what was said, not a modifier of "published".
- "A group of armed militants, hiding in mountains, fired at the forces, they said": with the
  report's subject left as a loose dependent of "said" and its verb read as a participle on
  it, the participle is the report's verb.
- "a car bombing that killed 21, injured 68 and ...": a casualty verb after a comma, read as a
  conjunct of the main verb, continues the list of the casualty verb before it.
- "Sudan's army and rival paramilitary Rapid Support Forces signed": an adjective read as
  the second conjunct with the name as an apposition; the name is the conjunct.
- "called the agreement illegal and retaliated by expelling": a verb coordinated with the
  predicate adjective is the first verb's conjunct.
- "Moon Jae-in and Japanese Prime Minister Shinzo Abe" read with the title and the name as two
  conjuncts: the title names the person.
- "During the scuffle he detonated himself," X said: a clause hung on the opening phrase's
  noun as a relative clause is the report.
- "arrested officials from his party", "talks with aides to Moon" with the phrase hung on
  the verb: it says whose people they are.
- "held a noisy, but small rally" read with the adjective as the object: the noun is.
- "fighting broke out between a coalition of militias, known as the TPF, and the 7th Brigade":
  the second side coordinated with the verb is the first side's conjunct.
- "between the Congolese army and M23 rebels" read as "[army and M23] rebels": a modifier
  with its own determiner is the first conjunct.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.nlp import forget_children

from sitroom.events.syntax import AIDE_NOUNS, MEMBER_NOUNS
from sitroom.events.vocab import APPEAL, DEMAND, DISAPPROVAL_VERBS, SPEECH, THREAT, THROWN_IN_RIOTS

# acts a speaker performs by speaking: they belong to the speaker, not to the report
SPEAKER_ACTS = APPEAL | DEMAND | DISAPPROVAL_VERBS | THREAT | frozenset(
    {"announce", "add", "deny", "reject", "blame", "praise", "welcome", "condemn", "insist", "vow",
     "pledge", "promise", "appeal"})
_THROWING_VERBS = frozenset({"throw", "hurl", "lob", "fling", "toss", "pelt"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize", "characterise"})
_OPINION_VERBS = frozenset({"say", "believe", "consider", "claim", "think"})
# prepositions that open a participle's phrase (not "said on Monday": a time)
_PARTICIPLE_PREPS = frozenset({"to", "by", "with", "over", "against", "from"})


def repair_sentence(sent: Span) -> None:
    """Apply the repairs to one sentence of a parse (idempotent). The repairs read the live
    tree (`Token.children`), and the dependents listed before them are dropped after."""
    _repair(sent)
    forget_children(sent.doc)


def _repair(sent: Span) -> None:
    _report_told_as_emerging(sent.root)
    _report_under_trailing_phrase(sent.root)
    _participle_read_as_noun(sent.root)
    _verb_read_as_participle(sent.root)
    _adjective_participle_read_as_verb(sent.root)
    _open_fire_read_as_modifier(sent.root)
    _verb_read_as_adjective(sent.root)
    _acronym_root_before_verb(sent.root)
    _act_hung_on_supposed_identity(sent.root)
    _passive_split_by_time(sent.root)
    _content_hung_on_noun(sent.root)
    _content_after_published_address(sent.root)
    _clause_under_according_to(sent.root)
    for tok in sent:
        _misread_word(tok)
        if tok.lower_ in ("persona", "personae") and tok.head.lemma_.lower() == "declare":
            _latin_phrase_read_as_clause(tok)
        if tok.dep_ == "oprd" and tok.pos_ == "PROPN" and tok.head.lemma_.lower() == "call" \
                and not any(c.dep_ == "dobj" for c in tok.head.children):
            tok.dep_ = "dobj"
        elif tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.pos_ == "PROPN":
            _split_titled_pair(tok)
        if tok.dep_ == "csubj":
            _participle_read_as_clause(tok)
            _supposed_identity_read_as_clause(tok)
        elif tok.dep_ == "ccomp" and tok.pos_ == "NOUN":
            _verb_read_as_participle(tok)
        if tok.dep_ in ("pobj", "dobj") and tok.ent_type_ == "DATE":
            _date_read_as_name_head(tok)
        if tok.lower_ in _LOWER_CASE_AGENCIES:
            _agency_read_as_verb(tok)
        if tok.lower_ in ("from", "to") and tok.dep_ == "prep" and tok.i > 0:
            _belonging_phrase_hung_on_verb(tok)
        if tok.lower_ == "with" and tok.dep_ == "prep" and tok.i > 0:
            _border_partner_hung_on_verb(tok)
        if tok.lower_ == "between" and tok.dep_ == "prep":
            _sides_hung_on_place(tok)
            _second_side_hung_on_verb(tok)
        if tok.pos_ == "NOUN" and tok.lower_ in _PAST_FORMS_AS_NOUNS:
            _past_verb_read_as_noun(tok)
            _past_verb_read_as_compound_head(tok)
        if tok.dep_ == "conj" and tok.ent_type_ == "GPE":
            _possessor_read_as_conjunct(tok)
        if tok.dep_ == "conj":
            _toll_read_as_noun(tok)
        elif tok.dep_ == "pobj" and tok.ent_type_ == "GPE":
            _name_read_as_conjunct(tok)
        if tok.dep_ == "dobj" and tok.head.i < tok.i:
            _object_after_time(tok)
        elif tok.dep_ == "prep" and tok.lower_ in ("as", "after", "before"):
            _as_clause_read_as_phrase(tok)
        if tok.dep_ == "nsubj" and tok.head.dep_ in ("aux", "auxpass") and tok.head.head.i > tok.head.i:
            # "Three militants were on Friday killed": the subject hung on the auxiliary
            tok.dep_ = "nsubjpass" if tok.head.dep_ == "auxpass" else "nsubj"
            tok.head = tok.head.head
        if tok.dep_ == "agent":
            _second_agent_of_means(tok)
        if tok.pos_ == "NOUN" and tok.dep_ in ("ROOT", "ccomp"):
            _verb_read_as_modifier_of_root(tok)
        if tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN"):
            _reported_verb_read_as_modifier(tok)
        elif tok.pos_ == "NOUN" and tok.dep_ == "xcomp":
            _infinitive_read_as_noun(tok)
        if tok.pos_ == "ADJ" and tok.lower_ == "dead":
            _shot_read_as_noun(tok)
        if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in SPEECH:
            _report_read_as_object(tok)
        if tok.dep_ == "relcl" and tok.head.dep_ == "pobj":
            _who_hung_on_a_thing(tok)
            _clause_hung_on_opening_phrase(tok)
        if tok.tag_ in ("VBN", "VBD") and tok.lemma_.lower() in _TOLL_VERBS - {"die"}:
            _reduced_passive_toll(tok)
        if tok.dep_ == "ccomp" and tok.lemma_.lower() in _SPEAKER_PARTICIPLES:
            _speakers_participle_read_as_verb(tok)
        if tok.lemma_.lower() in ("say", "tell", "add") and tok.dep_ in ("advcl", "ccomp", "conj", "parataxis"):
            _speakers_read_as_victims(tok)
        if tok.dep_ == "relcl" and tok.head.ent_type_ in ("DATE", "TIME") and tok.head.dep_ == "npadvmod":
            _when_clause_hung_on_date(tok)
        if tok.pos_ == "ADJ" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
            _adjective_read_as_head(tok)
            _adjectives_read_as_object(tok)
        if tok.lower_ in ("lathi", "baton") and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
            _baton_read_as_subject(tok)
        if tok.lower_ == "riot" and tok.dep_ == "conj":
            _riot_police_read_as_verb(tok)
        if tok.dep_ == "nsubj":
            _name_read_as_subject(tok)
            _preposition_object_read_as_second_subject(tok)
            _second_subject_as_conjunct(tok)
            _name_read_as_second_subject(tok)
            _object_read_as_second_subject(tok)
        if tok.dep_ in ("ccomp", "pcomp") and tok.lemma_.lower() in NAMING_VERBS:
            _object_of_naming(tok)
        elif tok.dep_ == "ccomp" and tok.lemma_.lower() in _OPINION_VERBS:
            _object_said_to_be(tok)
        if tok.dep_ == "conj" and tok.pos_ == "VERB":
            _verb_hung_on_predicate_adjective(tok)
            _infinitive_series(tok)
            _lift_speaker_act(tok)
            _speakers_read_as_conjuncts(tok)
            _casualty_series(tok)
        elif tok.dep_ == "conj" and tok.pos_ == "PROPN" and tok.head.dep_ == "appos":
            _conjunct_of_named_subject(tok)
        if tok.dep_ == "advcl" and (tok.head.pos_ in ("NOUN", "PROPN") or tok.head.dep_ == "xcomp"
                                    and tok.head.head.pos_ == "ADJ"):
            _subordinate_clause_hung_on_noun(tok)
        if tok.dep_ == "conj" and tok.lower_ in THROWN_IN_RIOTS:
            _thrown_thing_read_as_conjunct(tok)
        if tok.dep_ == "conj" and tok.ent_type_ == "PERSON":
            _title_split_from_name(tok)
        if tok.dep_ == "appos" and tok.pos_ == "PROPN":
            _adjective_conjunct_before_name(tok)
        elif tok.dep_ == "appos" and tok.pos_ == "NOUN":
            _count_read_as_object(tok)
        if tok.dep_ in ("nmod", "compound") and tok.pos_ == "NOUN":
            _determined_modifier_coordinated(tok)
        elif tok.dep_ in ("nmod", "compound") and tok.pos_ == "PROPN":
            _name_coordinated_as_modifier(tok)
        elif tok.dep_ in ("advcl", "ccomp") and tok.pos_ == "VERB":
            _promote_over_participle(tok)
            if tok.tag_ == "VBG" and tok.lemma_.lower() in _CASUALTY_VERBS:
                _toll_of_alleged_act(tok)


_SUBORDINATORS = frozenset({"as", "when", "while", "after", "before", "because", "since", "until", "although",
                            "though", "whereas"})


def _subordinate_clause_hung_on_noun(clause: Token) -> None:
    """"tried to reach the square as police fired tear gas at them", "were unable to reach the
    square as police ...": a subordinate clause with its own subject hung on the object, or on
    an infinitive under an adjective, belongs to the main verb above it."""
    if not any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in clause.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    head = clause.head
    if head.pos_ in ("NOUN", "PROPN"):
        if head.dep_ not in ("dobj", "pobj") or head.dep_ == "pobj" and head.head.head.pos_ not in ("VERB", "AUX"):
            return  # (only an object of the verb: not "a brazen assault likely to raise questions as ...")
        head = head.head if head.dep_ == "dobj" else head.head.head
    # (the main verb, not an infinitive under it: "were unable to reach the square as ...")
    while head.dep_ in ("xcomp", "acomp") and head.head != head:
        head = head.head
    if head.pos_ in ("VERB", "AUX") and head != clause:
        clause.head = head


def _latin_phrase_read_as_clause(persona: Token) -> None:
    """"declared 40 German diplomatic staff personae non gratae": the parser read "personae"
    as a verb with the staff its subject; the staff are the object declared, the Latin phrase
    what they are declared."""
    verb = persona.head
    declared = next((c for c in persona.children if c.dep_ in ("nsubj", "compound") and c.i < persona.i), None)
    if persona.dep_ != "ccomp" or declared is None or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    declared.head, declared.dep_ = verb, "dobj"
    persona.pos_, persona.tag_, persona.dep_ = "NOUN", "NN", "oprd"


def _thrown_thing_read_as_conjunct(thing: Token) -> None:
    """"Peruvians throwing explosives and rocks clashed": the parser coordinated the rocks with
    the people; they are the participle's second object."""
    # (the participle may hang on the people counted: "hundreds of Peruvians throwing ...")
    people = [thing.head, *(o for p in thing.head.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj")]
    thrown = next((o for h in people for a in h.children if a.dep_ == "acl" and a.lemma_.lower() in _THROWING_VERBS
                   for o in a.children if o.dep_ == "dobj" and o.i < thing.i), None)
    if thrown is None:
        return
    for cc in [c for c in thing.head.children if c.dep_ == "cc" and thrown.i < c.i < thing.i]:
        cc.head = thrown
    thing.head = thrown


def _lift_speaker_act(verb: Token) -> None:
    report = verb.head
    while report.dep_ == "xcomp" and report.head.i != report.i:
        report = report.head  # "said the ruling seems to be motivated and called for ..."
    if verb.lemma_.lower() not in SPEAKER_ACTS or any(c.dep_ in _SUBJECTS for c in verb.children) \
            or report.i > verb.i:
        return
    if report.dep_ == "pcomp" and report.head.dep_ == "prep" and report.head.head.pos_ == "VERB":
        # "accused X of seeking to topple him and appealed to Y": the accuser appeals
        speaker_verb = report.head.head
        if speaker_verb.lemma_.lower() not in SPEAKER_ACTS:
            return
    elif report.dep_ == "ccomp" and report.head.lemma_.lower() in SPEECH and report.head.i < report.i \
            and report.lemma_.lower() not in SPEAKER_ACTS | SPEECH:
        # (a report that is itself an accusation or appeal shares its subject with its
        # conjunct: "X accused Y ... and appealed to Z, aides said")
        speaker_verb = report.head
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in report.children):
            return  # only a report with its own subject can have misled the parser
    else:
        return
    if not any(c.dep_ == "nsubj" for c in speaker_verb.children):
        return
    for cc in [c for c in verb.head.children if c.dep_ in ("cc", "punct") and verb.head.i < c.i < verb.i]:
        cc.head = speaker_verb
    verb.head = speaker_verb


# verbs of a trailing source tag: "..., officials and witnesses told AFP"
_TAG_VERBS = frozenset({"say", "tell", "report", "add", "confirm"})


def _speakers_read_as_conjuncts(verb: Token) -> None:
    """"killed in a bombing claimed by the group, military officials and witnesses told AFP":
    the parser listed the speakers with the group and coordinated "told" with "killed"; the
    phrase after the comma is the subject of a source tag on the report."""
    if verb.lemma_.lower() not in _TAG_VERBS or verb.head.i >= verb.i or verb.head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return
    speaker = verb.doc[verb.i - 1]
    while speaker.dep_ == "conj" and speaker.head.dep_ == "conj" and speaker.head.i < speaker.i:
        speaker = speaker.head  # "officials and witnesses": the first of the listed speakers
    if speaker.dep_ not in ("conj", "appos") or speaker.right_edge.i != verb.i - 1 \
            or speaker.pos_ not in ("NOUN", "PROPN") or speaker.left_edge.i < 1:
        return
    comma = verb.doc[speaker.left_edge.i - 1]
    if comma.text != "," or speaker.head.i >= comma.i:
        return
    speaker.head, speaker.dep_ = verb, "nsubj"
    verb.dep_ = "parataxis"


def _adjective_conjunct_before_name(name: Token) -> None:
    """"Sudan's army and rival paramilitary Rapid Support Forces signed": the parser
    coordinated the adjective with "army" and made the name an apposition; the name is the
    second conjunct and the adjective describes it."""
    adjective = next((c for c in name.head.children if c.dep_ == "conj" and c.pos_ == "ADJ" and c.i < name.i), None)
    if adjective is None or name.left_edge.i != adjective.i + 1:
        return
    adjective.head, adjective.dep_ = name, "amod"
    name.dep_ = "conj"


_PARTY_NOUNS = frozenset({"army", "military", "police", "government", "regime", "junta", "troops", "forces"})


def _determined_modifier_coordinated(first: Token) -> None:
    """"between the Congolese army and M23 rebels" read as "[army and M23] rebels": a
    modifier with its own determiner heads a noun phrase of its own, the first conjunct."""
    second = next((c for c in first.children if c.dep_ == "conj" and c.i > first.i), None)
    head = first.head
    # ("between the army and M23 rebels": the parser gave "the" to "rebels"; a force noun
    # before it is a party of its own)
    det = next((c for c in head.children if c.dep_ == "det" and c.i < first.i), None) \
        if first.lemma_.lower() in _PARTY_NOUNS else None
    # ("Police and opposition protesters clashed": a capitalised force noun opening the sentence
    # names a party of its own too)
    opening = first.i == first.sent.start and first.lemma_.lower() in _PARTY_NOUNS
    if second is None or not (any(c.dep_ == "det" for c in first.children) or det is not None or opening) \
            or not second.i < head.i or head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("nmod", "compound"):
        return
    if det is not None:
        det.head = first
    head_dep, head_head = head.dep_, head.head
    first.head = first if head_head is head else head_head
    first.dep_ = head_dep
    head.head, head.dep_ = first, "conj"
    second.head, second.dep_ = head, "compound"


def _border_partner_hung_on_verb(with_: Token) -> None:
    """"took a town near the border with Kenya" with "with Kenya" hung on the verb: the
    phrase names the border's other side, not a partner of the act."""
    border = with_.doc[with_.i - 1]
    if border.lemma_.lower() in ("border", "frontier", "boundary") and border.dep_ == "pobj" \
            and with_.head.pos_ in ("VERB", "AUX") and border.head.head == with_.head:
        with_.head = border


_REPORTER_NOUNS = frozenset({"police", "official", "officials", "witness", "witnesses", "resident", "residents",
                             "source", "sources", "spokesman", "spokesperson", "authorities", "military", "army",
                             "medic", "medics", "doctor", "doctors", "media", "agency", "activists", "monitors"})


def _speakers_read_as_victims(say: Token) -> None:
    """"..., killing nine people, police and a witness said": the speakers after the comma read
    as further conjuncts of the victims; they are the subject of "said"."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in say.children) or say.i < 3:
        return
    last = say.doc[say.i - 1]
    chain = [last]
    while chain[-1].dep_ == "conj" and chain[-1].head.i < chain[-1].i:
        chain.append(chain[-1].head)
    speaker = next((t for t in chain if t.dep_ == "conj" and t.lower_ in _REPORTER_NOUNS
                    and t.left_edge.i > 0 and say.doc[t.left_edge.i - 1].text == ","), None)
    if speaker is None:
        return
    speaker.head, speaker.dep_ = say, "nsubj"


def _name_coordinated_as_modifier(first: Token) -> None:
    """"Al-Shabab and government forces battled" read as "[Al-Shabab and government] forces":
    a name with its own "and" but no conjunct, hung on the plural noun after it, is the first
    of two parties; the noun phrase is the second."""
    head = first.head
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None or any(c.dep_ == "conj" for c in first.children) or head.tag_ != "NNS" or head.i < first.i \
            or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or cc.i != first.i + 1:
        return
    head_dep, head_head = head.dep_, head.head
    first.head, first.dep_ = head_head, head_dep
    head.head, head.dep_ = first, "conj"


_CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "maim"})


def _casualty_series(verb: Token) -> None:
    """"blamed the ELN for a car bombing that killed 21, injured 68 and rattled the nation":
    the parser coordinated "injured" with the main verb; it continues the list of "killed"."""
    if verb.lemma_.lower() not in _CASUALTY_VERBS or any(c.dep_ in _SUBJECTS for c in verb.children) \
            or verb.i < 3 or verb.doc[verb.i - 1].text != ",":
        return
    previous = verb.doc[verb.i - 2]  # "killed 21 ,": the object that ends the earlier verb's phrase
    listed = previous.head if previous.dep_ == "dobj" else None
    if listed is None or listed.lemma_.lower() not in _CASUALTY_VERBS or listed.right_edge.i != verb.i - 2 \
            or not verb.head.i < listed.i or listed.is_ancestor(verb):
        return
    verb.head = listed


def _promote_over_participle(verb: Token) -> None:
    participle = verb.head
    subject = next((c for c in participle.children if c.dep_ == "nsubj"), None)
    if subject is None or participle.tag_ not in ("VBD", "VBN") or verb.tag_ != "VBD" or not \
            subject.i < participle.i < verb.i:
        return
    if any(c.dep_ in ("dobj", "xcomp", "aux", "auxpass") for c in participle.children):
        return  # a verb with its own object or auxiliaries is a verb
    after = participle.nbor(1) if participle.i + 1 < len(participle.doc) else None
    if after is None or after.dep_ not in ("prep", "agent") or after.lower_ not in _PARTICIPLE_PREPS:
        return  # "opposed to", "angered by", "armed with": the participle's own phrase follows it
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") and c.i < verb.i for c in verb.children) \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return
    is_root = participle.dep_ == "ROOT"
    head, dep = participle.head, participle.dep_
    verb.head = verb if is_root else head
    verb.dep_ = dep
    subject.head = verb
    participle.head = subject
    participle.dep_, participle.tag_ = "acl", "VBN"  # (a participle now, whatever the tagger said)


def _split_titled_pair(second: Token) -> None:
    """`second` heads "[first ... and title] second": make `first` the head, `second` its conjunct."""
    first = next((c for c in second.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"), None)
    if first is None:
        return
    title = next((c for c in first.children if c.dep_ == "conj" and c.i > first.i), None)
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if title is None or cc is None or title.right_edge.i >= second.i or second.left_edge.i > first.left_edge.i:
        return
    if any(t.head.i != second.i for t in second.doc[title.right_edge.i + 1:second.i]):
        return  # the words between the title and the name must all be the name's
    head, dep = second.head, second.dep_
    title.head = second
    title.dep_ = "compound"
    first.head = first if head.i == second.i else head
    first.dep_ = dep
    second.head = first
    second.dep_ = "conj"


# irregular past participles the tagger takes for nouns after "have" ("have overrun two towns")
_IRREGULAR_PARTICIPLES = frozenset({"overrun", "retaken", "overtaken", "struck", "shot", "hit", "beaten",
                                    "driven", "thrown", "stolen", "shut", "cut", "split", "withdrawn"})


def _participle_read_as_noun(root: Token) -> None:
    """"Taliban fighters have overrun two district centres": the parser made "have" the verb
    and the participle a noun modifying the object; the participle is the verb."""
    if root.lemma_ != "have" or root.i + 1 >= len(root.doc):
        return
    participle = root.doc[root.i + 1]
    if participle.lower_ not in _IRREGULAR_PARTICIPLES or participle.dep_ != "compound":
        return
    obj = participle.head
    while obj.dep_ in ("compound", "nummod", "amod") and obj.head != obj:
        obj = obj.head
    if obj.dep_ != "dobj" or obj.head != root:
        return
    for child in list(root.children):
        if child != obj:
            child.head = participle
    obj.head = participle
    participle.head, participle.dep_ = participle, "ROOT"
    participle.pos_, participle.tag_ = "VERB", "VBN"
    root.head, root.dep_, root.pos_ = participle, "aux", "AUX"


def _verb_read_as_adjective(root: Token) -> None:
    """"Islamist militants in Mali on Saturday captured Douentza, a strategic town": with no
    verb left, the parser took the verb for an adjective on the name after it and made the
    subject the root; a past-tense verb before a name is the sentence's verb, the name its
    object."""
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NNS", "NN", "NNP", "NNPS"):
        return
    verb = next((t for t in root.subtree if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.i > root.i
                 and t.head.pos_ == "PROPN" and t.head.i == t.i + 1 and t.head.head == root), None)
    if verb is None:
        return
    obj = verb.head
    for child in list(root.children):
        if child.i > verb.i and child != obj:
            child.head = verb
    for child in list(obj.children):
        if child.dep_ == "punct" and child.i > obj.right_edge.i - 1:
            child.head = verb
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    obj.head, obj.dep_ = verb, "dobj"
    root.head, root.dep_ = verb, "nsubj"


_SUPPOSING_VERBS = frozenset({"suspect", "believe", "think"})


def _acronym_root_before_verb(root: Token) -> None:
    """"ECOWAS imposed sanctions on Niger": the parser read the capitalised acronym as the verb
    (a plural "-S") and the real verb as an adjective on its object; the acronym is the
    subject, the past-tense word after it the verb."""
    text = root.text
    if root.pos_ not in ("VERB", "AUX") or len(text) < 3 or not text.isalpha() or not text.isupper():
        return
    verb = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    if verb is None or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.head.head != root \
            or verb.head.dep_ != "dobj":
        return
    obj = verb.head
    for child in list(root.children):
        if child != obj:
            child.head = verb
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    obj.head, obj.dep_ = verb, "dobj"
    root.head, root.dep_, root.pos_, root.tag_ = verb, "nsubj", "PROPN", "NNP"


def _act_hung_on_supposed_identity(root: Token) -> None:
    """"Unknown gunmen suspected to be cattle thieves attacked and killed 15 herdsmen": with the
    verb hung on the supposed identity, the parser made the subject the root."""
    if root.dep_ != "ROOT":
        return
    if root.lemma_.lower() in _SUPPOSING_VERBS and root.tag_ in ("VBN", "VBD") \
            and any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in root.children) \
            and not any(c.dep_ == "dobj" for c in root.children):
        # ("Gunmen suspected to be bandits abducted 21 farmers", "Armed men believed to be
        # bandits attacked ...": the supposing verb made the root)
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i), None)
        if subject is None:
            return
        supposed = root
    elif root.pos_ != "NOUN":
        return
    else:
        subject, supposed = root, next((c for c in root.children if c.dep_ == "acl"
                                        and c.lemma_.lower() in _SUPPOSING_VERBS), None)
        if supposed is None:
            # ("Unknown gunmen suspected to be thieves attacked ... in X village, Y district in Z
            # State": the subject hung on a place noun read as the root)
            subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
            supposed = next((c for c in subject.children if c.dep_ == "acl"
                             and c.lemma_.lower() in _SUPPOSING_VERBS), None) if subject is not None else None
    if supposed is None:
        return
    old_root = root if subject is not root and root.pos_ == "NOUN" else None
    verb = next((t for t in supposed.subtree if t.dep_ == "acl" and t.tag_ in ("VBD", "VBN") and t.i > supposed.i
                 and (any(c.dep_ == "dobj" for c in t.children) or any(
                     c.dep_ == "conj" and any(x.dep_ == "dobj" for x in c.children) for c in t.children))), None)
    if verb is None:
        # ("Gunmen suspected to be kidnappers on Friday, abducted passengers": the act read as
        # a modifier of its object, the object as the supposing verb's clause or the subject's
        # apposition)
        holder = supposed if supposed.dep_ == "ROOT" else subject
        obj = next((c for c in holder.children if c.dep_ in ("ccomp", "appos") and c.pos_ == "NOUN"
                    and c.i > supposed.i), None)
        verb = next((c for c in obj.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i == obj.left_edge.i),
                    None) if obj is not None else None
        if verb is not None:
            for child in [c for c in holder.children if c.i > verb.i]:
                child.head = verb
            obj.head, obj.dep_ = verb, "dobj"
    if verb is None:
        return  # (the parse stays as it was when no act is found below)
    if supposed.dep_ == "ROOT":
        supposed.head, supposed.dep_ = subject, "acl"
        subject.head, subject.dep_ = subject, "ROOT"
    root = subject
    for child in [c for c in root.children if c.dep_ == "punct" and c.i > verb.i]:
        child.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    if old_root is not None:
        old_root.head, old_root.dep_ = verb, "npadvmod"


def _supposed_identity_read_as_clause(supposed: Token) -> None:
    """"Gunmen suspected to be kidnappers yesterday invaded the village": the supposing
    participle, read as a clausal subject with the gunmen as its own subject, describes them;
    they are the subject of the verb."""
    subject = next((c for c in supposed.children if c.dep_ == "nsubj" and c.i < supposed.i), None)
    if supposed.lemma_.lower() not in _SUPPOSING_VERBS or supposed.tag_ != "VBN" or subject is None \
            or not any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in supposed.children):
        return
    subject.head, subject.dep_ = supposed.head, "nsubj"
    supposed.head, supposed.dep_ = subject, "acl"


def _shot_read_as_noun(dead: Token) -> None:
    """"Two gunmen on a motorcycle shot dead a radio journalist": "shot" read as a noun of the
    gunmen's phrase and "dead" as the verb; "shot" is the verb, "dead" its complement."""
    if dead.i == 0 or dead.lower_ != "dead" or not any(c.dep_ == "dobj" for c in dead.children):
        return
    shot = dead.doc[dead.i - 1]
    if shot.lower_ != "shot" or shot.pos_ != "NOUN":
        return
    if shot.dep_ == "pobj":  # "on a motorcycle": the vehicle is what the preposition governs
        vehicle = next((c for c in shot.children if c.dep_ == "compound"), None)
        if vehicle is not None:
            for child in [c for c in shot.children if c.i != vehicle.i]:
                child.head = vehicle
            vehicle.head, vehicle.dep_ = shot.head, "pobj"
    for child in list(dead.children):
        child.head = shot
    shot.head = shot if dead.dep_ == "ROOT" else dead.head
    shot.dep_, shot.pos_, shot.tag_ = dead.dep_, "VERB", "VBD"
    dead.head, dead.dep_ = shot, "oprd"


def _verb_read_as_modifier_of_root(root: Token) -> None:
    """"Al-Shabaab seized control of the town": the parser made the object the root and the
    verb its modifier, with the subject still hung on the verb; the verb is the root."""
    if root.pos_ != "NOUN" or root.dep_ not in ("ROOT", "ccomp"):
        return
    verb = next((c for c in root.children if c.dep_ == "amod" and c.tag_ == "VBD" and c.i == root.i - 1
                 and any(x.dep_ == "nsubj" for x in c.children)), None)
    if verb is None:
        return
    for child in list(root.children):
        if child.i != verb.i and child.dep_ in ("punct", "advmod", "npadvmod", "cc", "conj"):
            child.head = verb  # (its "of" phrase stays: "control of the town")
    head = verb if root.dep_ == "ROOT" else root.head
    verb.head, verb.dep_, verb.pos_ = head, root.dep_, "VERB"
    root.head, root.dep_ = verb, "dobj"


def _report_told_as_emerging(root: Token) -> None:
    """"Armed men attacked a church ..., it has emerged": a report with no speaker, the news
    its clause; read as "it was reported"."""
    if root.lemma_.lower() not in ("emerge", "transpire") or not any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in root.children) \
            or not any(c.dep_ == "ccomp" and c.i < root.i for c in root.children):
        return
    root.lemma_ = "report"


def _reported_verb_read_as_modifier(verb: Token) -> None:
    """"said an Israeli rocket killed officer Mahdi Khreis": the parser made the reported verb
    a modifier of its object's title, its subject still hung on it, and the object the speech
    verb's; the verb is the reported clause, the name its object."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    top = verb.head
    while top.dep_ == "compound" and top.head.i > top.i:
        top = top.head
    speech = top.head
    # (or a second subject of the speech verb, after it)
    if subject is None or top.dep_ not in ("dobj", "nsubj") or speech.lemma_.lower() not in SPEECH \
            or speech.i > subject.i:
        return
    verb.head, verb.dep_, verb.pos_ = speech, "ccomp", "VERB"
    top.head, top.dep_ = verb, "dobj"


def _passive_split_by_time(root: Token) -> None:
    """"Four rebels were on Monday killed in a gunfight": a time phrase between the auxiliary
    and the participle made the parser take "were" for the verb and the participle for a
    clause on it; the participle is the passive verb."""
    if root.lemma_ != "be" or root.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("attr", "acomp", "xcomp", "ccomp", "neg") for c in root.children):
        return
    participle = next((c for c in root.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > root.i
                       and not any(g.dep_ in ("mark", "advmod", "nsubj", "nsubjpass") and g.i < c.i for g in c.children)
                       and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "prep"
                               for t in root.doc[root.i + 1:c.i])), None)
    if participle is None:
        return
    for child in list(root.children):
        if child != participle:
            child.head = participle
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"
    participle.head, participle.dep_ = participle, "ROOT"
    root.head, root.dep_ = participle, "auxpass"


# verbs of a fight told with whom, never passive ("clashed with police")
_ENCOUNTER_VERBS = frozenset({"clash", "scuffle", "skirmish", "brawl"})
_HAPPENING_VERBS = frozenset({"ensue", "erupt", "flare", "rage", "occur", "continue", "escalate", "resume"})


def _verb_read_as_participle(root: Token) -> None:
    """"A force of rebels fired at officers.", "A group of gunmen stormed the hotel.": with no
    verb left, the parser made the subject the root and the verb a participle on it; a
    participle with an object of its own (or "fired at / on" someone) and no agent is the
    sentence's verb."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    holders = [root] + [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
    # "Hundreds of farmers throwing stones clashed with police": the verb hung on the
    # object of the subject's own participle
    holders += [o for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"
                for o in c.children if o.dep_ == "dobj"]
    verb = next((c for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                 and c.i > h.i and _acts_as_main_verb(c)), None)
    if verb is None:
        return
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
    # the verb takes the noun's place (the sentence's root, or a reported clause: "said that
    # a heavy exchange of fire ensued between ...")
    verb.head, verb.dep_ = (verb, "ROOT") if root.head == root else (root.head, root.dep_)
    verb.tag_ = "VBD"
    root.head, root.dep_ = verb, "nsubj"


def _adjective_participle_read_as_verb(root: Token) -> None:
    """"On September 28, hired assassins killed Cifuentes": the parser made the participle
    adjective ("hired", "armed", "masked") the root with the doers its object, and the real
    verb a clause on them; the clause is the sentence, the participle describes its subject."""
    if root.tag_ != "VBN" or root.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux")
                                                         for c in root.children):
        return
    doers = next((c for c in root.children if c.dep_ == "dobj" and c.i == root.i + 1 and c.pos_ == "NOUN"), None)
    # (the verb hung on the doers, or coordinated with the participle: "hired assassins killed")
    verb = next((c for h in (doers, root) for c in h.children if c.dep_ in ("acl", "relcl", "conj")
                 and c.tag_ == "VBD" and not any(o.dep_ in ("nsubj", "nsubjpass") for o in c.children)
                 and any(o.dep_ in ("dobj", "prep") for o in c.children)), None) if doers is not None else None
    if verb is None:
        return
    for child in list(root.children):
        if child != doers:
            child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    doers.head, doers.dep_ = verb, "nsubj"
    root.head, root.dep_, root.pos_, root.tag_ = doers, "amod", "ADJ", "JJ"


def _open_fire_read_as_modifier(root: Token) -> None:
    """"Two gunmen on a motorcycle opened fire on a car": the parser read "opened" as an
    adjective of "fire", the object of "on a motorcycle ... fire"; the doers open fire, the
    motorcycle is what they rode."""
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT":
        return
    verb = next((t for t in root.subtree if t.lemma_.lower() == "open" and t.dep_ == "amod"
                 and t.head.lemma_.lower() == "fire" and t.head.dep_ == "pobj"), None)
    if verb is None:
        return
    fire, prep = verb.head, verb.head.head
    ridden = next((t for t in reversed(root.doc[prep.i + 1:verb.i]) if t.pos_ in ("NOUN", "PROPN")), None)
    if prep.head != root or ridden is None:
        return
    for tok in root.doc[prep.i + 1:verb.i]:
        if tok != ridden and tok.head in (fire, verb):
            tok.head = ridden
    ridden.head, ridden.dep_ = prep, "pobj"
    for child in list(root.children):
        if child.i > fire.i:
            child.head = verb
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    fire.head, fire.dep_ = verb, "dobj"
    root.head, root.dep_ = verb, "nsubj"


def _clause_under_according_to(root: Token) -> None:
    """"According to a report by BBC Amharic, armed men killed over 50 people": the parser made
    "According" the root and hung the main clause on the source's noun; the clause after the
    comma, with its own subject, is the sentence."""
    if root.lemma_.lower() != "accord" or root.i != root.sent.start:
        return
    verb = next((t for t in root.subtree if t.pos_ in ("VERB", "AUX") and t.dep_ in ("acl", "relcl", "ccomp", "advcl")
                 and t.i > 0 and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                 and any(x.text == "," for x in root.doc[t.head.i:t.left_edge.i])), None)
    if verb is None:
        return
    for child in list(root.children):
        if child.i > verb.i:
            child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "prep"


def _acts_as_main_verb(verb: Token) -> bool:
    """A participle that reads as a sentence's verb: no agent or subject of its own, and an
    object (its own or its conjunct's: "attacked and killed 15 herdsmen"), or "fired at / on",
    "clashed with", or a verb of happening."""
    if any(g.dep_ in ("auxpass", "agent", "aux", "nsubj", "nsubjpass") for g in verb.children):
        return False
    lemma = verb.lemma_.lower()
    return any(g.dep_ == "dobj" for x in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"))
               for g in x.children) \
        or lemma == "fire" and any(g.dep_ == "prep" and g.lower_ in ("at", "on") for g in verb.children) \
        or lemma in _ENCOUNTER_VERBS and any(g.dep_ == "prep" and g.lower_ == "with" for g in verb.children) \
        or lemma in _HAPPENING_VERBS  # ("an exchange of fire ensued": no passive)


# gerunds that news uses as nouns naming an attack ("heavy shelling shook the city")
_EVENT_GERUNDS = frozenset({"shelling", "bombing", "bombardment", "fighting", "gunfire", "firing"})


def _infinitive_read_as_noun(tok: Token) -> None:
    """"agreed to sanction Lukashenko": after "to", with an object, the word is the verb."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children):
        tok.pos_, tok.tag_ = "VERB", "VB"


def _misread_word(tok: Token) -> None:
    """Words the tagger misreads: "IS" as the verb, a name's tail after its hyphen ("Jae-in"),
    an attack's gerund as a verb ("heavy shelling shook the city")."""
    text = tok.text
    if not tok.whitespace_ and tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "-":
        if text[:1].isupper() and (tok.i < 2 or tok.nbor(-1).text != "-" or tok.nbor(-2).whitespace_):
            _hyphenated_name(tok)
        elif text.islower():
            _hyphenated_word_split(tok)
    if text == "IS":
        if tok.pos_ in ("AUX", "VERB"):
            _acronym_read_as_verb(tok)
    elif len(text) <= 3:
        if text.islower() and tok.i >= 2 and tok.nbor(-1).text == "-":
            _name_split_at_hyphen(tok)
    elif text.lower() in _EVENT_GERUNDS and tok.pos_ == "VERB":
        _gerund_read_as_verb(tok)
    elif text.lower() in ("martyred", "martyring") and tok.pos_ == "VERB":
        tok.lemma_ = "kill"  # "seven soldiers were martyred": killed (South Asian official usage)
    elif text.lower() == "martyrdom" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("embrace", "attain", "achieve"):
        # "five soldiers embraced martyrdom": they died
        tok.head.lemma_, tok.dep_ = "die", "npadvmod"


def _gerund_read_as_verb(gerund: Token) -> None:
    """"Heavy shelling shook the city", "the heaviest shelling in weeks has shaken Donetsk":
    the parser read the gerund as a verb modifying the real verb or the adjective before it;
    it is the noun subject."""
    head = gerund.head
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in gerund.children):
        return
    if gerund.dep_ == "advmod" and head.pos_ == "VERB" and gerund.i < head.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        gerund.dep_ = "nsubj"
    elif gerund.dep_ == "advcl" and head.pos_ == "VERB" and gerund.i == gerund.sent.start and gerund.i < head.i \
            and any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in gerund.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in head.children):
        # "Shelling by Sudanese paramilitaries of the city killed 13 civilians": the act that killed
        gerund.dep_ = "nsubj"
    elif gerund.dep_ == "acl" and head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass") and head.i == gerund.i - 1:
        for child in list(head.children):
            if child != gerund:
                child.head = gerund
        gerund.head, gerund.dep_ = head.head, head.dep_
        head.head, head.dep_ = gerund, "amod"
    else:
        return
    gerund.pos_, gerund.tag_ = "NOUN", "NN"


def _hyphenated_word_split(first: Token) -> None:
    """"leading a counter-attack": the parser gave "counter", "-" and "attack" the same head
    and relation, as three objects; the first part modifies the last."""
    hyphen, last = first.nbor(1), first.nbor(2)
    if hyphen.whitespace_ or not last.is_alpha or not (first.head == hyphen.head == last.head != last) \
            or not first.dep_ == hyphen.dep_ == last.dep_:
        return
    first.head, first.dep_ = last, "compound"
    hyphen.head, hyphen.dep_ = last, "punct"


# lower-case links inside South Asian and Arabic names ("Jamaat-e-Islami", "Hizb-ut-Tahrir")
_NAME_LINKS = frozenset({"e", "i", "ul", "ut", "ud", "ur", "us", "al", "el", "o"})


def _hyphenated_name(first: Token) -> None:
    """"Jamaat-e-Islami leader X was arrested", "opposition force SPLM-IO has accused": the
    tokenizer split the name at its hyphens and the parser hung the parts on different words.
    A name with a link word or all-capital parts is one name: its last part heads the others
    and takes the attachment nearest to the name (its relation to the sentence)."""
    doc = first.doc
    parts, i = [first], first.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text == "-" and not doc[i + 1].whitespace_ \
            and (doc[i + 2].text[:1].isupper() or doc[i + 2].text in _NAME_LINKS):
        parts.append(doc[i + 2])
        i += 2
    names = [p for p in parts if p.text not in _NAME_LINKS]
    linked = len(names) < len(parts)
    acronyms = all(p.is_upper and p.is_alpha for p in names) and len(names[0]) >= 3
    if len(names) < 2 or parts[-1].text in _NAME_LINKS or not (linked or acronyms):
        return
    span = doc[first.i: parts[-1].i + 1]
    outside = [t for t in span if not first.i <= t.head.i <= parts[-1].i or t.head == t]
    if not outside:
        return
    anchor = min(outside, key=lambda t: (t.head == t, abs(t.head.i - t.i)))
    last = parts[-1]
    head, dep = (last, anchor.dep_) if anchor.head == anchor else (anchor.head, anchor.dep_)
    for tok in span:
        if tok != last:
            tok.head, tok.dep_ = last, "flat" if tok.text != "-" else "punct"
    last.head, last.dep_ = head, dep
    for tok in names:
        tok.pos_, tok.tag_ = "PROPN", "NNP"


def _name_split_at_hyphen(tail: Token) -> None:
    """"Moon Jae-in", "Kim Jong-un": the tokenizer split the given name at its hyphen and the
    parser took the tail for a word of the sentence (a second subject "in"); it ends the name."""
    doc = tail.doc
    hyphen, name = doc[tail.i - 1], doc[tail.i - 2]
    if name.whitespace_ or hyphen.whitespace_ or name.pos_ != "PROPN" or not name.text[:1].isupper():
        return
    if name.head == tail and hyphen.head == tail and tail.dep_ in ("nmod", "compound", "nsubj", "dobj", "pobj", "conj"):
        # ("Moon Jae-in and North Korean leader Kim": the tail already heads the name, a
        # proper noun, so the coordination around it can be read)
        tail.pos_, tail.tag_ = "PROPN", "NNP"
        return
    if tail.head == name or any(True for _ in tail.children):
        return
    for tok in (hyphen, tail):
        tok.head, tok.dep_ = name, "flat"
    tail.pos_, tail.tag_ = "PROPN", "NNP"


def _acronym_read_as_verb(acronym: Token) -> None:
    """"arrested nine IS militants": the parser read the group's acronym as the verb "is"
    (with "nine" the object and "militants" its complement); it names the militants."""
    doc = acronym.doc
    verb = acronym.head
    if acronym.dep_ in ("aux", "auxpass") and verb.i == acronym.i + 1 and verb.text.islower() \
            and verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # "IS claimed responsibility": the group is the subject of an active verb
        acronym.dep_, acronym.pos_, acronym.tag_ = "nsubj", "PROPN", "NNP"
        verb.tag_ = "VBD"
        return
    noun = doc[acronym.i + 1] if acronym.i + 1 < len(doc) else None
    if acronym.dep_ in ("aux", "auxpass") and noun is not None and noun.pos_ == "NOUN" and noun.text.islower() \
            and noun.head == verb and noun.dep_ in ("nsubj", "nsubjpass"):
        # "IS fighters attacked the town": the group's acronym names the fighters
        acronym.head, acronym.dep_, acronym.pos_, acronym.tag_ = noun, "compound", "PROPN", "NNP"
        return
    if noun is None or noun.pos_ != "NOUN" or not noun.text.islower() or noun.head != acronym:
        return
    count = doc[acronym.i - 1] if acronym.i > 0 and doc[acronym.i - 1].pos_ == "NUM" else None
    if count is not None and count.dep_ == "dobj" and count.head.pos_ == "VERB" and count.head != acronym.head:
        # "said its forces arrested 11 IS terrorists": the acronym was hung on "said" as a
        # conjunct; the count's verb holds the phrase
        acronym.head, acronym.dep_ = count.head, "dobj"
    count = count if count is not None and count.head == acronym.head != acronym else None
    is_root = acronym.head == acronym
    head = noun if is_root else acronym.head
    dep = "ROOT" if is_root else (count.dep_ if count is not None else
                                  "dobj" if acronym.dep_ in ("advcl", "ccomp", "conj", "xcomp") else acronym.dep_)
    for child in list(acronym.children):
        if child != noun:
            child.head = noun
    noun.head, noun.dep_ = head, dep
    acronym.head, acronym.dep_, acronym.pos_, acronym.tag_ = noun, "compound", "PROPN", "NNP"
    if count is not None:
        count.head, count.dep_ = noun, "nummod"


def _report_under_trailing_phrase(root: Token) -> None:
    """"Armed men killed a dozen people, authorities said, the latest in a string of
    attacks": the parser made the trailing noun phrase the root and the report a clause of
    its source tag; the report is the sentence, the phrase a comment on it."""
    if root.pos_ not in ("NOUN", "ADJ") or root.dep_ != "ROOT":
        return
    tag = next((c for c in root.children if c.dep_ == "parataxis" and c.i < root.i
                and c.lemma_.lower() in SPEECH), None)
    report = next((c for c in tag.children if c.dep_ == "ccomp" and c.i < tag.i), None) if tag is not None else None
    if report is None or report.pos_ not in ("VERB", "AUX"):
        return
    for child in list(root.children):
        if child.i < root.i and child.dep_ == "punct":
            child.head = report
    tag.head, tag.dep_ = report, "parataxis"
    report.head, report.dep_ = report, "ROOT"
    root.head, root.dep_ = report, "npadvmod"


def _date_read_as_name_head(day: Token) -> None:
    """"met with Prime Minister Abiy Ahmed Thursday": the parser made the weekday the head of
    the name; the name is the object and the day only says when."""
    name = next((c for c in day.children if c.dep_ == "compound" and c.i == day.i - 1
                 and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)
    if name is None:
        return
    verb = day.head.head if day.dep_ == "pobj" else day.head
    for child in list(day.children):
        if child.i < name.i:
            child.head = name
    name.head, name.dep_ = day.head, day.dep_
    day.head, day.dep_ = verb, "npadvmod"


_ACCUSING = frozenset({"accuse", "blame", "charge"})


def _toll_of_alleged_act(participle: Token) -> None:
    """"accused the army of bombarding the town, killing 14 civilians": the killing is the
    toll of the alleged bombardment, not an act of the accuser."""
    verb = participle.head
    if verb.lemma_.lower() not in _ACCUSING:
        return
    act = next((a for o in verb.children if o.dep_ in ("dobj", "prep") for p in (o, *o.children)
                if p.dep_ == "prep" and p.lower_ in ("of", "for") for a in p.children
                if a.dep_ in ("pcomp", "pobj") and a.i < participle.i), None)
    if act is not None:
        participle.head = act


def _infinitive_series(verb: Token) -> None:
    """"instructed his government to gather information, provide it to the public and ensure
    safety": a bare verb after the infinitive continues the infinitives, not the finite verb."""
    head = verb.head
    if verb.tag_ != "VB" or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return
    infinitive = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i < verb.i
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if infinitive is not None:
        verb.head = infinitive


def _count_read_as_object(noun: Token) -> None:
    """"the release of 22 severely wounded Ukrainian captives": the parser made the number the
    object of "of" and the noun an apposition; the noun is the object, the number counts it."""
    count = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if count is None or count.dep_ != "pobj" or not count.like_num or any(True for _ in count.children) \
            or count.head.head != noun.head:
        return
    noun.head, noun.dep_ = count.head, "pobj"
    count.head, count.dep_ = noun, "nummod"


# past forms the tagger may read as nouns ("a helicopter shot at both villages")
_PAST_FORMS_AS_NOUNS = {"shot": "shoot", "fired": "fire", "struck": "strike", "hit": "hit"}


# agencies written in lower case, which the tagger may read as verbs ("told dpa that ...")
_LOWER_CASE_AGENCIES = frozenset({"dpa", "afp", "efe", "ansa", "tass", "irna", "kuna", "wafa", "sana", "mena"})


def _agency_read_as_verb(tok: Token) -> None:
    """"An official told dpa that al-Shabaab has retaken Janaale": "dpa" read as a participle
    completing "told", with the report hung on it; the agency is the addressee."""
    verb = tok.head
    if tok.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ("tell", "say", "confirm") or tok is verb:
        return
    for content in [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]:
        content.head, content.dep_ = verb, "ccomp"
    tok.pos_, tok.tag_, tok.dep_ = "PROPN", "NNP", "dobj"


def _past_verb_read_as_noun(tok: Token) -> None:
    """"A military helicopter shot at both villages, residents said": the tagger read "shot"
    as a noun, yet it heads a clause with a subject; it is the clause's verb."""
    lemma = _PAST_FORMS_AS_NOUNS.get(tok.lower_)
    if lemma is None or tok.pos_ != "NOUN" or tok.dep_ not in ("ROOT", "ccomp", "conj", "advcl") \
            or not any(c.dep_ == "nsubj" for c in tok.children):
        return
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma


def _past_verb_read_as_compound_head(tok: Token) -> None:
    """"Two hitmen on another motorcycle shot at them": the tagger read "motorcycle shot" as
    one noun in the subject's phrase, leaving the sentence no verb; "shot at" is the verb,
    the phrase it ended the subject."""
    lemma = _PAST_FORMS_AS_NOUNS.get(tok.lower_)
    # (or a "when" clause read as a noun phrase: "were travelling when two hitmen on another
    # motorcycle shot at them")
    root = tok.head.head
    clause = root.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in root.children)
    noun = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1), None)
    if lemma is None or tok.dep_ != "pobj" or noun is None or not (root.dep_ == "ROOT" or clause) \
            or root.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children) \
            or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in (root.subtree if clause else tok.sent)):
        return  # (a participle describing the doers is no verb: "suspected")
    for child in list(tok.children):
        if child.dep_ == "det" or child.i < noun.i:
            child.head = noun
    noun.head, noun.dep_ = tok.head, "pobj"
    for child in list(root.children):
        if child.dep_ == "punct" and child.i > tok.i or child.dep_ == "advmod" and child.i < root.i and clause:
            child.head = tok
    if clause:
        tok.head, tok.dep_ = root.head, "advcl"
    else:
        tok.head, tok.dep_ = tok, "ROOT"
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
    root.head, root.dep_ = tok, "nsubj"


_CLASH_HEADS = frozenset({"clash", "clashes", "fighting", "shootout", "gunfight", "gunbattle", "firefight",
                          "battle", "battles", "skirmish", "skirmishes", "confrontation", "exchange", "encounter"})


_PLACE_HEADS = frozenset({"town", "city", "village", "area", "region", "border", "district", "province", "outskirts"})


def _sides_hung_on_place(between: Token) -> None:
    """"A shootout in rural western Mexico between gunmen and army troops": the parser hung
    "between" on the place; the sides are the clash's."""
    place = between.head
    if place.dep_ != "pobj" or place.ent_type_ not in ("GPE", "LOC") and place.pos_ != "PROPN" \
            and place.lower_ not in _PLACE_HEADS:
        return
    clash = place.head.head
    if place.head.lower_ not in ("in", "near", "at", "around", "outside"):
        return
    if clash.lower_ in _CLASH_HEADS:
        between.head = clash
    elif clash.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ in _CLASH_HEADS for c in clash.children):
        between.head = clash  # "fighting erupted near the town of Kidal between X and Y"


def _second_side_hung_on_verb(between: Token) -> None:
    """"Fighting broke out between a coalition of militias, known as the TPF, and the 7th
    Brigade": past the first side's long modifier the parser coordinated the second side with
    the verb; it is the first side's conjunct."""
    side = next((c for c in between.children if c.dep_ == "pobj"), None)
    verb = between.head
    if side is None or verb.pos_ != "VERB" or any(c.dep_ == "conj" for c in side.children):
        return
    second = next((c for c in verb.children if c.dep_ == "conj" and c.i > side.i
                   and c.pos_ in ("NOUN", "PROPN")), None)
    cc = next((c for c in verb.children if c.dep_ == "cc" and side.i < c.i < (second.i if second else 0)), None)
    if second is not None and cc is not None:
        second.head = cc.head = side


def _verb_hung_on_predicate_adjective(verb: Token) -> None:
    """"Somalia called the agreement illegal and retaliated by expelling ...": the parser
    coordinated the second verb with the adjective "illegal"; it is the first verb's conjunct."""
    adjective = verb.head
    if adjective.pos_ != "ADJ" or adjective.dep_ not in ("oprd", "acomp") or verb.tag_ not in ("VBD", "VBN") \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    cc = next((c for c in adjective.children if c.dep_ == "cc" and adjective.i < c.i < verb.i), None)
    verb.head = adjective.head
    verb.tag_ = "VBD"
    if cc is not None:
        cc.head = adjective.head


_TITLES = frozenset({"minister", "president", "leader", "premier", "secretary", "chancellor", "king", "emir",
                     "counterpart", "envoy", "chief", "commander", "spokesman", "ambassador"})


def _title_split_from_name(name: Token) -> None:
    """"Moon Jae-in and Japanese Prime Minister Shinzo Abe": the parser coordinated the title
    and the name as two parties; the title names the person."""
    doc = name.doc
    title = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if title is None or title.dep_ != "conj" or title.head != name.head or title.lower_ not in _TITLES \
            or any(c.dep_ == "conj" for c in title.children):
        return
    title.head, title.dep_ = name, "compound"


_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})


def _clause_hung_on_opening_phrase(clause: Token) -> None:
    """""During the scuffle he detonated himself," Rehman said.": the parser hung the quoted
    clause on the noun of its opening phrase as a relative clause; with a personal pronoun
    for subject and no relative word it is the report itself, and the phrase is its own."""
    noun = clause.head
    prep = noun.head
    speech = prep.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _PERSONAL_PRONOUNS or prep.dep_ != "prep" \
            or prep.i != prep.sent.start + (1 if prep.sent[0].is_quote else 0) \
            or speech.lemma_.lower() not in SPEECH or speech.dep_ != "ROOT" or clause.i > speech.i:
        return
    clause.head, clause.dep_ = speech, "ccomp"
    prep.head = clause


def _belonging_phrase_hung_on_verb(prep: Token) -> None:
    """"arrested officials from his SPLA-IO party", "talks with top aides to South Korea's
    Moon": the parser hung the phrase on the verb or noun before; it says whose people they are."""
    people = prep.doc[prep.i - 1]
    named = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.head == people or people.dep_ not in ("dobj", "pobj", "nsubj") or named is None \
            or not (named.pos_ == "PROPN" or any(c.pos_ == "PROPN" for c in named.lefts)):
        return
    if prep.lower_ == "from" and people.lower_ in MEMBER_NOUNS or prep.lower_ == "to" and people.lower_ in AIDE_NOUNS:
        prep.head = people


def _possessor_read_as_conjunct(country: Token) -> None:
    """"India's S. Jaishankar and China's Wang Yi met": the parser coordinated "China" and hung
    the name after its "'s" elsewhere (an apposition of the first name); the name is the
    conjunct, the country its possessor."""
    case = next((c for c in country.children if c.dep_ == "case" and c.text in ("'s", "’s")), None)
    if case is None or case.i + 1 >= len(country.doc):
        return
    doc = country.doc
    for t in doc[case.i + 1:min(case.i + 7, len(doc))]:
        if t.head.i <= case.i or t.head.i > t.i + 6:  # the phrase's own root, hung outside it
            if t.pos_ in ("PROPN", "NOUN") and t.dep_ in ("appos", "conj", "dep", "npadvmod") \
                    and t.head == country.head:
                t.head, t.dep_ = country.head, "conj"
                country.head, country.dep_ = t, "poss"
            return


def _name_read_as_conjunct(place: Token) -> None:
    """"The president of Afghanistan, Ashraf Ghani, and Chinese President Xi Jinping met": the
    parser coordinated the president's name, and the next party after it, with the country of
    "of"; the name is the head's apposition and the next party the head's conjunct."""
    of = place.head
    head = of.head
    if place.dep_ != "pobj" or of.lower_ != "of" or head.pos_ != "NOUN" or place.ent_type_ != "GPE":
        return
    name = next((c for c in place.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    if name is None or name.i < 2 or name.doc[name.left_edge.i - 1].text != ",":
        return
    name.head, name.dep_ = head, "appos"
    for other in [c for c in name.children if c.dep_ in ("conj", "cc")]:
        other.head = head


_TOLL_VERBS = frozenset({"die", "kill", "injure", "wound", "hurt", "perish"})


def _toll_read_as_noun(noun: Token) -> None:
    """"A civilian died and 15 others injured in a grenade explosion": the parser coordinated
    "others" with the verb and hung "injured" on it as a modifier; it is an elliptic passive
    ("15 others [were] injured"), a clause coordinated with the first."""
    verb = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "NUM", "PRON") or verb.pos_ != "VERB" \
            or verb.lemma_.lower() not in _TOLL_VERBS:
        return
    harm = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in _TOLL_VERBS), None)
    if harm is None:
        return
    harm.head, harm.dep_ = verb, "conj"
    noun.head, noun.dep_ = harm, "nsubj"  # (as the parser itself has "and 110 [were] injured")
    if not any(c.dep_ in ("prep", "advcl") and c.i > verb.i for c in verb.children):
        # the cause told after the toll is the cause of both ("... injured when X lobbed a grenade")
        for mod in [c for c in harm.children if c.dep_ in ("prep", "advcl") and c.i > harm.i]:
            mod.head = verb
        for clause in [c for c in noun.children if c.dep_ == "relcl" and any(
                x.dep_ == "advmod" and x.lower_ == "when" for x in c.children)]:
            clause.head, clause.dep_ = verb, "advcl"  # ("20 others injured when X lobbed ...")


def _as_clause_read_as_phrase(as_: Token) -> None:
    """"fired tear gas at protesters as supporters of the leader took to the streets": "as" read
    as a preposition with the subject as its object, the clause's verb left with no subject
    (so "after": "entered a crisis after army chief, Gen. Burhan, arrested Hamdok")."""
    noun = next((c for c in as_.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or noun.right_edge.i + 1 >= len(as_.doc):
        return
    verb = as_.doc[noun.right_edge.i + 1]
    # ("embraced martyrdom as a bomb struck their vehicle": also read as a coordinated verb)
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head != as_.head \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "cc") for c in verb.children):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    as_.head, as_.dep_ = verb, "mark"
    verb.dep_ = "advcl"


def _object_after_time(obj: Token) -> None:
    """"troops encountered Tuesday afternoon 20 armed militants": a time phrase between the
    verb and its object made the parser hang the object on an earlier verb; a verb with no
    object right before the time phrase takes it."""
    doc = obj.doc
    i = obj.left_edge.i - 1
    while i > obj.head.i and doc[i].ent_type_ in ("DATE", "TIME"):
        i -= 1
    verb = doc[i]
    if i == obj.left_edge.i - 1 or verb.pos_ != "VERB" or verb.i <= obj.head.i \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return
    obj.head = verb


def _participle_read_as_clause(participle: Token) -> None:
    """"Pursuing troops clashed with ...", "Fleeing civilians were shot": a participle right
    before a noun, read as a clausal subject with the noun as its object, describes the noun,
    which is the subject."""
    noun = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if participle.tag_ != "VBG" or noun is None or noun.left_edge.i != participle.i + 1 \
            or any(c.dep_ == "nsubj" for c in participle.head.children):
        return
    noun.head, noun.dep_ = participle.head, "nsubj"
    participle.head, participle.dep_ = noun, "amod"


def _name_read_as_subject(noun: Token) -> None:
    """"IS militants attacked": a name right before a common-noun subject, read as a second
    subject of the verb, modifies that noun."""
    if noun.pos_ != "NOUN" or noun.i == 0:
        return
    name = noun.doc[noun.i - 1]
    if name.dep_ == "nsubj" and name.pos_ == "PROPN" and name.head == noun.head:
        name.head = noun
        name.dep_ = "compound"


def _second_subject_as_conjunct(second: Token) -> None:
    """"Minister X and his Japanese counterpart held talks" read with two subjects of one verb:
    the second, after the first's "and", is its conjunct."""
    first = next((c for c in second.head.children if c.dep_ == "nsubj" and c.i < second.i), None)
    if first is None:
        return
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < second.i), None)
    if cc is not None and first.right_edge.i < second.left_edge.i:
        second.head = first
        second.dep_ = "conj"


def _report_read_as_object(noun: Token) -> None:
    """"The governor says an artillery strike wounded one person": the parser made the strike
    the object of "says" and the verb its modifier; the strike did the wounding."""
    # (the verb right after the noun, or after the noun's own phrase: "an RSF drone strike on
    # a civilian gathering in the neighbourhood killed eight")
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and (
        c.i == noun.i + 1 or c.left_edge.i == c.i and all(t.text not in (",", "—", "–") for t in noun.doc[noun.i:c.i]))),
        None)
    if verb is None or not any(c.dep_ == "dobj" for c in verb.children):
        return
    speech = noun.head
    verb.dep_, verb.head, verb.tag_ = "ccomp", speech, "VBD"
    noun.dep_, noun.head = "nsubj", verb


_THINGS_NOT_PEOPLE = frozenset({"base", "bases", "area", "areas", "town", "towns", "city", "cities", "village",
                                "villages", "camp", "camps", "country", "countries", "region", "province"})


def _who_hung_on_a_thing(clause: Token) -> None:
    """"reinforcements from other bases, who killed the attackers": "who" is the people the
    phrase names, not the place they came from."""
    thing = clause.head
    if thing.lower_ not in _THINGS_NOT_PEOPLE or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return
    doc = thing.doc
    # the nearest noun before the place's phrase ("reinforcements [sent] from other bases")
    people = next((doc[i] for i in range(thing.left_edge.i - 1, max(thing.sent.start, thing.left_edge.i - 5) - 1, -1)
                   if doc[i].pos_ == "NOUN" and doc[i].dep_ in ("dobj", "pobj") and doc[i].lower_ not in _THINGS_NOT_PEOPLE),
                  None)
    if people is not None:
        clause.head = people


def _reduced_passive_toll(verb: Token) -> None:
    """"left 12 guerrillas dead and two soldiers wounded": a participle with no auxiliary and
    no object says what befell its subject, which is no doer."""
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in subject.children):
        subject.dep_ = "nsubjpass"


_SPEAKER_PARTICIPLES = frozenset({"link", "affiliate", "ally", "align", "attach", "base", "back", "close"})


def _speakers_participle_read_as_verb(participle: Token) -> None:
    """"Militia shot nine people, a doctors committee linked to the protest movement said":
    the participle describing the speaker was read as a verb whose object is the report."""
    speech = participle.head
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    content = next((c for c in participle.children if c.dep_ == "ccomp" and c.i < participle.i), None)
    if speech.lemma_.lower() not in SPEECH or subject is None or content is None \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in speech.children) or subject.i + 1 != participle.i:
        return
    subject.dep_, subject.head = "nsubj", speech
    content.dep_, content.head = "ccomp", speech
    participle.dep_, participle.head, participle.tag_ = "acl", subject, "VBN"


def _second_agent_of_means(second: Token) -> None:
    """"killed by aerial bombardment by the Syrian government": the second "by" names whose
    bombardment it was, not a second agent of the verb."""
    first = next((c for c in second.head.children if c.dep_ == "agent" and c.i < second.i), None)
    means = next((c for c in first.children if c.dep_ == "pobj"), None) if first is not None else None
    if means is not None and means.pos_ == "NOUN" and means.right_edge.i + 1 == second.i:
        second.dep_, second.head = "prep", means


def _when_clause_hung_on_date(clause: Token) -> None:
    """"were killed Wednesday when Taliban attacked": the "when" clause modifies the verb the
    day modifies, not the day."""
    if any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
        clause.dep_ = "advcl"
        clause.head = clause.head.head


def _adjective_read_as_head(adjective: Token) -> None:
    """"by the paramilitary Rapid Support Forces": the name the parser hung on the adjective
    as an apposition heads the phrase."""
    name = next((c for c in adjective.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.left_edge.i == adjective.i + 1), None)
    if name is None:
        return
    name.dep_, name.head = adjective.dep_, adjective.head
    for child in [c for c in adjective.children if c.i != name.i]:
        child.head = name  # ("the" now determines the name; "in Darfur" places it)
    adjective.dep_, adjective.head = "amod", name


def _adjectives_read_as_object(adjective: Token) -> None:
    """"held a noisy, but small rally": the parser made the first adjective the object and the
    noun a conjunct of the verb; the noun is the object, the adjective its modifier."""
    verb = adjective.head
    if adjective.dep_ != "dobj" or verb.pos_ != "VERB":
        return
    noun = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > adjective.i
                 and c.left_edge.i <= adjective.i + 4), None)
    if noun is None or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in noun.children):
        return
    noun.head, noun.dep_ = verb, "dobj"
    for child in [c for c in adjective.children] + [c for c in verb.children if c.dep_ == "cc" and adjective.i < c.i < noun.i]:
        child.head = noun
    adjective.head, adjective.dep_ = noun, "amod"


def _name_read_as_second_subject(name: Token) -> None:
    """"Air strikes by government ally Russia hit": a name right after the first subject's
    last noun, read as a second subject of the verb, names that noun."""
    if name.dep_ != "nsubj" or name.pos_ != "PROPN" or name.i == 0:
        return
    before = name.doc[name.i - 1]
    first = next((c for c in name.head.children if c.dep_ == "nsubj" and c.i < name.i), None)
    if first is not None and before.pos_ == "NOUN" and first.right_edge.i == before.i and before.i != first.i:
        name.head = before
        name.dep_ = "appos"


def _object_read_as_second_subject(second: Token) -> None:
    """"Rebel groups fighting to overthrow President Assad announced ...": the name right after a
    transitive verb of the first subject's phrase that has no object, read as a second subject
    of the main verb, is that verb's object."""
    if second.dep_ != "nsubj" or second.left_edge.i == 0:
        return
    before = second.doc[second.left_edge.i - 1]
    first = next((c for c in second.head.children if c.dep_ == "nsubj" and c.i < second.i), None)
    if first is None or before.pos_ != "VERB" or before.tag_ not in ("VB", "VBG") or before.i > first.right_edge.i \
            or not first.is_ancestor(before) or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in before.children) \
            or before.lemma_.lower() not in _TAKING_OBJECTS:
        return
    second.head, second.dep_ = before, "dobj"


def _baton_read_as_subject(baton: Token) -> None:
    """"Police lathi-charged the protesters": "lathi" read as the subject, "Police" as its
    modifier; the police charged, the baton is how."""
    charged = baton.nbor(2)
    if charged.lemma_.lower() != "charge" or baton.head.i != charged.i or baton.dep_ != "nsubj":
        return
    police = next((c for c in baton.children if c.dep_ == "compound"), None)
    if police is None:
        return
    police.head, police.dep_ = charged, "nsubj"
    baton.dep_ = "npadvmod"


def _riot_police_read_as_verb(riot: Token) -> None:
    """"clashes between protesters and riot police": "riot" read as a verb coordinated with the
    main verb, "police" as its object; it is the police's modifier, the police the conjunct."""
    doc = riot.doc
    if riot.dep_ != "conj" or riot.i < 2 or riot.i + 1 >= len(doc):
        return
    police, cc, first = doc[riot.i + 1], doc[riot.i - 1], doc[riot.i - 2]
    if police.head.i != riot.i or police.dep_ != "dobj" or cc.dep_ != "cc" or first.dep_ != "pobj" \
            or first.pos_ not in ("NOUN", "PROPN"):
        return
    police.head, police.dep_ = first, "conj"
    cc.head = first
    riot.head, riot.dep_, riot.pos_, riot.tag_ = police, "compound", "NOUN", "NN"


def _preposition_object_read_as_second_subject(second: Token) -> None:
    """"army officials and rebels loyal to former vice president Riek Machar traded accusations":
    the name right after a preposition of the first subject's phrase that has no object, read
    as a second subject of the verb, is that preposition's object."""
    if second.dep_ != "nsubj" or second.left_edge.i == 0:
        return
    before = second.doc[second.left_edge.i - 1]
    first = next((c for c in second.head.children if c.dep_ == "nsubj" and c.i < second.i), None)
    if first is None or before.dep_ != "prep" or before.i > first.right_edge.i or not first.is_ancestor(before) \
            or any(c.dep_ in ("pobj", "pcomp") for c in before.children):
        return
    second.head, second.dep_ = before, "pobj"


# transitive verbs whose object the parser may take for the next verb's subject
_TAKING_OBJECTS = frozenset({"overthrow", "topple", "oust", "unseat", "support", "back", "oppose", "fight", "attack",
                             "defend", "protect", "replace", "remove", "challenge", "target"})


def _conjunct_of_named_subject(second: Token) -> None:
    """"The foreign minister of Peru, Ana Soto, and Chilean President Luis Vera met": the
    second person is coordinated with the subject, not with the name given to it."""
    name = second.head
    subject = name.head
    cc = next((c for c in name.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if subject.dep_ not in ("nsubj", "nsubjpass") or name.pos_ != "PROPN" or cc is None \
            or "PERSON" not in (name.ent_type_, second.ent_type_):
        return
    cc.head = subject
    second.head = subject


def _object_said_to_be(saying: Token) -> None:
    """"signed what they say is the final peace agreement": the agreement is the object of
    "signed"; "what they say is" only qualifies it."""
    what = next((c for c in saying.children if c.lower_ == "what" and c.dep_ == "dobj"), None)
    being = next((c for c in saying.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    named = next((c for c in being.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None) \
        if being is not None else None
    verb = saying.head
    if what is None or named is None or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return
    named.head = verb
    named.dep_ = "dobj"


def _object_of_naming(naming: Token) -> None:
    what = next((c for c in naming.children if c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass")), None)
    named = next((c for c in naming.children if c.dep_ in ("oprd", "dobj", "attr") and c != what
                  and c.pos_ in ("NOUN", "PROPN")), None) or next(
        (o for p in naming.children if p.dep_ == "prep" and p.lower_ == "as"  # "characterized as an attack"
         for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    if what is None or named is None or named.i < naming.i:
        return
    head = naming.head
    for late in [c for c in naming.children if c.dep_ == "prep" and c.i > named.i]:
        late.head = head if naming.dep_ == "ccomp" else named  # "near Balakot", "on Tuesday"
    named.head = head
    named.dep_ = "dobj" if naming.dep_ == "ccomp" else "pobj"
    naming.head = named
    naming.dep_ = "relcl"


def _content_hung_on_noun(root: Token) -> None:
    """"A group of militants, hiding in mountains, fired at the forces, they said" (the subject
    left loose before "said"), and "He said a large force of rebels fired at officers" (the
    subject read as what was said, its verb as a participle on it): the participle is the
    reported verb and the noun its subject."""
    if root.lemma_.lower() not in SPEECH or any(c.dep_ == "ccomp" for c in root.children):
        return
    noun = next((c for c in root.children if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i < root.i), None)
    speakers = [c for c in root.children if c.dep_ == "nsubj"]
    if noun is None and len(speakers) == 2 and speakers[0].right_edge.i < speakers[1].i < root.i:
        # "Hundreds of fighters from three rebel armies united to attack a village, officials
        # said": the first subject is the report's (its verb read as a participle on it)
        noun = speakers[0]
    if noun is None and root.lemma_.lower() == "say":
        noun = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i > root.i
                     and not any(g.dep_ == "acl" and g.tag_ == "VBG" for g in c.children)), None)
        if noun is None:
            return
        # the participle may hang on the noun or on its "of" phrase ("a force of rebels fired")
        holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]
        verb = next((c for h in holders for c in h.children if c.dep_ == "acl" and (
            c.tag_ == "VBD" or any(g.dep_ == "conj" and g.tag_ == "VBD" for g in c.children))), None)
        if verb is not None and not any(g.dep_ in ("auxpass", "agent", "aux") for g in verb.children):
            verb.head, verb.dep_ = root, "ccomp"
            noun.head, noun.dep_ = verb, "nsubj"
        return
    if noun is None:
        return
    holders = [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                        for o in p.children if o.dep_ == "pobj"]
    verb = next((c for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                 and c.i < root.i and not any(g.dep_ in ("auxpass", "agent") for g in c.children)
                 and any(g.dep_ in ("prep", "dobj", "xcomp") for g in c.children)), None)
    if verb is None:
        return
    verb.head = root
    verb.dep_ = "ccomp"
    noun.head = verb
    noun.dep_ = "nsubj"


_PUBLISHING = frozenset({"publish", "post", "release", "broadcast", "air", "issue", "deliver"})


def _content_after_published_address(root: Token) -> None:
    if root.lemma_.lower() not in SPEECH:
        return
    for published in [c for c in root.children if c.dep_ == "ccomp" and c.lemma_.lower() in _PUBLISHING
                      and c.tag_ == "VBN" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]:
        content = next((g for g in published.children if g.dep_ in ("acl", "ccomp", "advcl") and g.pos_ == "VERB"
                        and any(h.dep_ == "nsubj" for h in g.children)
                        and any(h.lower_ == "that" for h in g.children)), None)
        if content is None:
            continue
        content.head = root
        content.dep_ = "ccomp"
        address = next((o for p in root.children if p.dep_ == "prep" and p.i < published.i
                        for o in p.children if o.dep_ == "pobj"), None)
        if address is not None:
            published.head = address  # "a video address published the same day"
            published.dep_ = "acl"

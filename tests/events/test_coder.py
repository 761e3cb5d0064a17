"""Event coder behaviour on sentences written for these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitroom.events import family_code
from sitroom.records import Actor, Document, event_to_json

# a tiny actor table standing in for sitroom.actors: head word -> (code, country, roles)
FAKE_ACTORS = {
    "troops": ("IRQMIL", "IRQ", ["MIL"]), "army": ("IRQMIL", "IRQ", ["MIL"]),
    "rebels": ("IRQREB", "IRQ", ["REB"]), "militants": ("IRQREB", "IRQ", ["REB"]),
    "militia": ("IRQREB", "IRQ", ["REB"]), "members": ("IRQREB", "IRQ", ["REB"]),
    "police": ("IRQCOP", "IRQ", ["COP"]), "government": ("IRQGOV", "IRQ", ["GOV"]),
    "delegation": ("IRQGOV", "IRQ", ["GOV"]), "cleric": ("IRQREL", "IRQ", ["REL"]),
    "sadr": ("IRQREL", "IRQ", ["REL"]), "villagers": ("IRQCVL", "IRQ", ["CVL"]),
    "protesters": ("IRQCVL", "IRQ", ["CVL"]), "students": ("IRQEDU", "IRQ", ["EDU"]),
    "russia": ("RUS", "RUS", []), "ukraine": ("UKR", "UKR", []), "iran": ("IRN", "IRN", []),
    "israel": ("ISR", "ISR", []), "syria": ("SYR", "SYR", []), "minister": ("SYRGOV", "SYR", ["GOV"]),
    "officials": ("USAGOV", "USA", ["GOV"]), "military": ("USAMIL", "USA", ["MIL"]),
}


class FakeDocumentActors:
    """Resolves a span by its head word; records call order to check document order."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def resolve(self, span: Span) -> Actor | None:
        self.calls.append(span.start_char)
        hit = FAKE_ACTORS.get(span.root.lower_)
        if hit is None:
            return None
        code, country, roles = hit
        return Actor(text=span.text, name=span.root.text, code=code, country=country, roles=roles,
                     start=span.start_char, end=span.end_char)


def code(nlp, coder, text: str, actors: FakeDocumentActors | None = None):
    doc = Document(id="t1", text=text, source="Test Wire")
    return coder.code(doc, nlp(text), actors or FakeDocumentActors())


def roots(events) -> list[str]:
    return [e.root for e in events]


def test_active_attack_has_source_target_and_evidence(nlp, coder):
    text = "Government troops attacked the rebels near the city on Sunday."
    (ev,) = code(nlp, coder, text)
    assert ev.root == "19" and ev.quad_class == 4 and ev.goldstein == -10.0
    assert ev.source.code == "IRQMIL" and ev.target.code == "IRQREB"
    assert ev.plover.type == "ASSAULT"
    assert ev.evidence.trigger == "attacked"
    assert text[ev.evidence.trigger_start:ev.evidence.trigger_end] == "attacked"
    assert ev.event_id == "t1:0:0" and ev.doc_source == "Test Wire"
    assert ev.modality == "asserted"
    assert event_to_json(ev)["root"] == "19"


def test_passive_agent_is_source(nlp, coder):
    (ev,) = code(nlp, coder, "The rebels were attacked by government troops.")
    assert ev.root == "19"
    assert ev.source.code == "IRQMIL" and ev.target.code == "IRQREB"


def test_negated_action_is_not_asserted(nlp, coder):
    events = code(nlp, coder, "The troops did not attack the village.")
    assert all(e.modality != "asserted" or e.root != "19" for e in events)


def test_compound_subject_gives_one_event_per_actor(nlp, coder):
    events = code(nlp, coder, "Russia and Ukraine signed a peace agreement on Friday.")
    assert sorted(e.source.code for e in events) == ["RUS", "UKR"]
    assert all(e.cameo == "057" for e in events)
    assert events[0].acled.sub_event_type == "Agreement"


def test_resolve_called_in_document_order(nlp, coder):
    actors = FakeDocumentActors()
    code(nlp, coder, "The police arrested the protesters. The rebels attacked the troops.", actors)
    assert actors.calls == sorted(actors.calls) and len(actors.calls) >= 4


def test_nominal_event_with_by_and_on(nlp, coder):
    events = code(nlp, coder, "The offensive by government troops on the rebels.")
    assert roots(events) == ["19"]
    assert events[0].source.code == "IRQMIL"


def test_appeal_to_stop_fighting_is_request_not_fight(nlp, coder):
    events = code(nlp, coder, "In his sermon, the cleric told militia members to end all military actions.")
    assert roots(events) == ["02"]
    ev = events[0]
    assert ev.plover.type == "REQUEST" and ev.cameo == "0256"
    assert ev.source.code == "IRQREL"


def test_consultation_travel(nlp, coder):
    events = code(nlp, coder, "A government delegation travelled to Iran to negotiate with the cleric.")
    # (talks are coded with actors reversed too: the cleric negotiates with the delegation)
    assert roots(events) == ["04", "04"]
    assert events[0].source.code == "IRQGOV" and events[1].target.code == "IRQGOV"


def test_threat_is_never_an_asserted_fight(nlp, coder):
    events = code(nlp, coder, "The rebels threatened to attack the capital.")
    assert roots(events) == ["13"]
    assert events[0].modality == "threatened" and events[0].plover.type == "THREATEN"
    vowed = code(nlp, coder, "The militants vowed to attack government troops.")
    assert roots(vowed) == ["13"]


def test_denial_sets_modality(nlp, coder):
    events = code(nlp, coder, "The army denied that its troops attacked the villagers.")
    assert events and all(e.modality == "denied" for e in events)
    resp = code(nlp, coder, "The rebels denied responsibility for the bombing.")
    assert roots(resp) == ["01"] and resp[0].cameo == "016"


def test_reported_event_keeps_speaker_as_attribution(nlp, coder):
    events = code(nlp, coder, "The troops arrested five militants, officials said.")
    assert roots(events) == ["17"]
    ev = events[0]
    assert ev.attribution is not None and ev.attribution.source.code == "USAGOV"
    assert ev.modality == "reported"


def test_according_to_attribution(nlp, coder):
    events = code(nlp, coder, "Rebels attacked a convoy, according to the U.S. military.")
    assert roots(events) == ["19"]
    assert events[0].attribution.text.startswith("according to")
    assert events[0].modality == "reported"


def test_planned_and_hypothetical(nlp, coder):
    planned = code(nlp, coder, "The government plans to release the prisoners.")
    assert planned and all(e.modality == "planned" for e in planned)
    hypo = code(nlp, coder, "The rebels could attack the city if talks fail.")
    assert all(e.modality != "asserted" for e in hypo)


def test_commentary_and_questions_yield_nothing(nlp, coder):
    assert code(nlp, coder, "Who will win the war?") == []
    assert code(nlp, coder, "It is hard to figure out who has won.") == []


@pytest.mark.parametrize("text, sub", [
    ("Israeli warplanes carried out air strikes on militant positions.", "Air/drone strike"),
    ("The army shelled rebel positions with artillery.", "Shelling/artillery/missile attack"),
    ("Militants detonated a roadside bomb near a police convoy.", "Remote explosive/landmine/IED"),
    ("Government troops clashed with rebels in the north.", "Armed clash"),
    ("Police arrested three suspects in the capital.", "Arrests"),
    ("Thousands of students demonstrated peacefully in the capital.", "Peaceful protest"),
])
def test_acled_subtypes(nlp, coder, text, sub):
    events = code(nlp, coder, text)
    assert events, text
    assert events[0].acled is not None and events[0].acled.sub_event_type == sub


def test_family_codes_follow_codebook_parallels():
    assert family_code("02", "0841") == "0253"
    assert family_code("10", "0841") == "1053"
    assert family_code("03", "046") == "036"
    assert family_code("13", "190") == "1384"
    assert family_code("12", "084") == "1243"
    assert family_code("02", None) == "020"


def test_future_cooperation_is_intent_and_future_attack_a_threat(nlp, coder):
    coop = code(nlp, coder, "Russia will send humanitarian aid to Syria.")
    assert roots(coop) == ["03"] and coop[0].modality == "planned"
    threat = code(nlp, coder, "Russia said it would bomb the rebels.")
    assert roots(threat) == ["13"] and threat[0].modality == "threatened"


def test_will_not_is_a_refusal(nlp, coder):
    events = code(nlp, coder, "The government said it will not release the prisoners.")
    assert roots(events) == ["12"]


def test_reported_obligation_is_the_speakers_demand(nlp, coder):
    events = code(nlp, coder, "The minister said Israel must release the prisoners.")
    assert roots(events) == ["10"]
    assert events[0].source.code == "SYRGOV" and events[0].target.code == "ISR"


def test_order_codes_the_ordered_act_by_the_orderer(nlp, coder):
    events = code(nlp, coder, "The government ordered the troops to attack the rebels.")
    assert roots(events) == ["19"] and events[0].source.code == "IRQGOV"


def test_rejecting_a_proposal(nlp, coder):
    events = code(nlp, coder, "The rebels dismissed an appeal from the government to lay down their arms.")
    assert roots(events) == ["12"]


def test_optimistic_and_pessimistic_comments(nlp, coder):
    assert [e.cameo for e in code(nlp, coder, "The minister said he was confident about the talks.")] == ["013"]
    assert [e.cameo for e in code(nlp, coder, "The minister said he was skeptical about the plan.")] == ["012"]


def test_reported_clause_without_event_is_not_a_statement_event(nlp, coder):
    assert code(nlp, coder, "The minister said the weather was cold.") == []


def test_speculation_keeps_its_code_as_hypothetical(nlp, coder):
    events = code(nlp, coder, "The rebels could attack the city.")
    assert all(e.modality == "hypothetical" for e in events)
    assert all(e.root != "13" for e in events)


def test_air_strikes_are_aerial_attacks_not_labour_strikes(nlp, coder):
    events = code(nlp, coder, "Air strikes by government troops on the rebels.")
    assert [e.cameo for e in events] == ["195"]
    assert events[0].acled.sub_event_type == "Air/drone strike"


def test_not_willing_is_a_refusal_and_did_not_is_nothing(nlp, coder):
    assert roots(code(nlp, coder, "The rebels are not willing to release the hostages.")) == ["12"]
    assert code(nlp, coder, "The rebels did not release the hostages.") == []


def test_weapon_words_of_another_clause_do_not_leak(nlp, coder):
    events = code(nlp, coder, "The rebels fired rockets at the troops, and government jets bombed the rebels.")
    subs = [e.acled.sub_event_type for e in events]
    assert subs[0] == "Shelling/artillery/missile attack"
    assert "Air/drone strike" in subs[1:]


def test_abduction_of_civilians_stays_an_abduction(nlp, coder):
    (ev,) = code(nlp, coder, "The militants abducted five villagers.")
    assert ev.cameo == "181" and ev.acled.sub_event_type == "Abduction/forced disappearance"


def test_fighting_civilians_is_unconventional_violence(nlp, coder):
    (ev,) = code(nlp, coder, "The militants attacked the villagers.")
    assert ev.root == "18" and ev.acled.event_type == "Violence against civilians"


def test_strike_senses(nlp, coder):
    labour = code(nlp, coder, "The students staged a general strike in the capital.")
    assert [e.cameo for e in labour] == ["143"]
    military = code(nlp, coder, "Government troops carried out a strike on the rebels.")
    assert [e.root for e in military] == ["19"]


def test_tear_gas_is_protest_with_intervention(nlp, coder):
    events = code(nlp, coder, "Police fired tear gas to disperse the protesters.")
    assert events and events[0].acled.sub_event_type == "Protest with intervention"


def test_protest_violence_subtypes(nlp, coder):
    killed = code(nlp, coder, "Police killed five protesters in the capital.")
    assert killed and killed[0].acled.sub_event_type == "Excessive force against protesters"
    riot = code(nlp, coder, "Students clashed with police in the capital.")
    assert riot and riot[0].acled.event_type == "Riots"


def test_agreeing_with_a_position_and_wanting_another_to_act(nlp, coder):
    assert [e.cameo for e in code(nlp, coder, "The two ministers agreed that the situation was serious.")] == ["019"]
    assert roots(code(nlp, coder, "The minister wants Israel to release the prisoners.")) == ["02"]

"""ACLED event and sub-event types: the table's pair refined by weapon, actors and context.

Unit tests call `refine_acled` with a clause's words; end-to-end tests code sentences written
for these tests (none from the dev sets) and check the ACLED pair the coder attaches.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitroom.events.acled import primary_acled, refine_acled
from sitroom.events.tables import code_tables
from sitroom.records import Actor, Document

# head word -> (code, country, roles): a stand-in for sitroom.actors
ACTORS = {
    "troops": ("SSDMIL", "SSD", ["MIL"]), "army": ("SSDMIL", "SSD", ["MIL"]),
    "forces": ("SSDMIL", "SSD", ["MIL"]), "soldiers": ("SSDMIL", "SSD", ["MIL"]),
    "rebels": ("SSDREB", "SSD", ["REB"]), "militants": ("SSDREB", "SSD", ["REB"]),
    "militiamen": ("SSDUAF", "SSD", ["UAF"]), "gunmen": ("SSDUAF", "SSD", ["UAF"]),
    "police": ("SSDCOP", "SSD", ["COP"]), "villagers": ("SSDCVL", "SSD", ["CVL"]),
    "protesters": ("SSDOPP", "SSD", ["OPP"]), "demonstrators": ("SSDOPP", "SSD", ["OPP"]),
    "students": ("SSDEDU", "SSD", ["EDU"]), "residents": ("SSDCVL", "SSD", ["CVL"]),
    "government": ("SSDGOV", "SSD", ["GOV"]), "factions": ("SSDREB", "SSD", ["REB"]),
    "activists": ("SSDOPP", "SSD", ["OPP"]), "women": ("SSDCVL", "SSD", ["CVL"]),
    "rioters": ("SSDCVL", "SSD", ["CVL"]), "mob": ("SSDCVL", "SSD", ["CVL"]),
}


class Actors:
    def resolve(self, span: Span) -> Actor | None:
        hit = ACTORS.get(span.root.lower_)
        if hit is None:
            return None
        code, country, roles = hit
        return Actor(text=span.text, name=span.root.text, code=code, country=country, roles=roles,
                     start=span.start_char, end=span.end_char)


def actor(roles: list[str]) -> Actor:
    return Actor(text="x", name="x", code="SSD" + roles[0], country="SSD", roles=roles, start=0, end=1)


def acled(nlp, coder, text: str) -> list[tuple[str, str] | None]:
    events = coder.code(Document(id="a1", text=text), nlp(text), Actors())
    return [(e.acled.event_type, e.acled.sub_event_type) if e.acled else None for e in events]


def sub_events(nlp, coder, text: str) -> list[str | None]:
    return [pair[1] if pair else None for pair in acled(nlp, coder, text)]


# ------------------------------------------------------------------ unit: refine_acled
BATTLE = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")


def test_weapon_words_pick_remote_violence_subtypes():
    cases = {
        frozenset({"drone", "strike"}): "Air/drone strike",
        frozenset({"mortar", "shell"}): "Shelling/artillery/missile attack",
        frozenset({"roadside", "bomb"}): "Remote explosive/landmine/IED",
        frozenset({"grenade", "throw"}): "Grenade",
        frozenset({"suicide", "bomber"}): "Suicide bomb",
        frozenset({"chlorine", "gas"}): "Chemical weapon",
    }
    for words, sub in cases.items():
        assert refine_acled(BATTLE, "190", words) == ("Explosions/Remote violence", sub), words


def test_air_needs_an_attack_sense():
    assert refine_acled(BATTLE, "190", {"air", "strike"})[1] == "Air/drone strike"
    assert refine_acled(BATTLE, "190", {"air", "crisis", "fight"}) == BATTLE


def test_battle_against_civilians_is_an_attack():
    assert refine_acled(BATTLE, "190", {"attack"}, actor(["CVL"]), "attack", actor(["UAF"])) == \
        ("Violence against civilians", "Attack")


def test_civilians_fighting_are_riots():
    assert refine_acled(BATTLE, "190", {"protesters", "clash"}, actor(["COP"]), "clash", actor(["OPP"])) == \
        ("Riots", "Violent demonstration")
    assert refine_acled(BATTLE, "190", {"clash", "villager"}, actor(["CVL"]), "clash", actor(["CVL"])) == \
        ("Riots", "Mob violence")


def test_mob_words_make_mob_violence():
    assert refine_acled(("Violence against civilians", "Attack"), "1823", {"mob", "lynch"}) == \
        ("Riots", "Mob violence")


def test_repression_of_protest_subtypes():
    exc = ("Protests", "Excessive force against protesters")
    assert refine_acled(exc, "175", {"tear", "gas", "disperse", "protesters"}, trigger_lemma="fire") == \
        ("Protests", "Protest with intervention")
    assert refine_acled(exc, "175", {"shoot", "kill", "protesters"}, trigger_lemma="shoot") == exc
    assert refine_acled(exc, "175", {"crackdown", "journalists"}) == ("Violence against civilians", "Attack")


def test_lethal_force_on_protesters_is_excessive():
    assert refine_acled(BATTLE, "190", {"shoot", "protesters"}, actor(["OPP"]), "shoot", actor(["MIL"])) == \
        ("Protests", "Excessive force against protesters")


def test_territory_by_who_takes_it():
    nsa = ("Battles", "Non-state actor overtakes territory")
    assert refine_acled(nsa, "192", {"seize", "town"}, None, "seize", actor(["REB"])) == nsa
    assert refine_acled(nsa, "192", {"recapture", "town"}, None, "recapture", actor(["MIL"])) == \
        ("Battles", "Government regains territory")
    assert refine_acled(nsa, "192", {"take", "town", "withdrew"}, None, "take", actor(["REB"])) == \
        ("Strategic developments", "Non-violent transfer of territory")


def test_bases_and_disrupted_weapons():
    change = ("Strategic developments", "Change to group/activity")
    assert refine_acled(change, "150", {"establish", "base"}, trigger_lemma="establish") == \
        ("Strategic developments", "Headquarters or base established")
    assert refine_acled(change, "150", {"defuse", "bomb"}, trigger_lemma="defuse") == \
        ("Strategic developments", "Disrupted weapons use")
    looting = ("Strategic developments", "Looting/property destruction")
    assert refine_acled(looting, "1711", {"seize", "weapons", "cache"}, trigger_lemma="seize") == \
        ("Strategic developments", "Disrupted weapons use")
    assert refine_acled(looting, "171", {"loot", "shops"}, trigger_lemma="loot") == looting


def test_out_of_scope_stays_none():
    assert refine_acled(None, "042", {"visit"}) is None


def test_table_types_are_acled_spellings():
    tables = code_tables()
    allowed = {
        "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
        "Explosions/Remote violence": {"Air/drone strike", "Shelling/artillery/missile attack",
                                       "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                       "Chemical weapon"},
        "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
        "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
        "Riots": {"Violent demonstration", "Mob violence"},
        "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                                   "Disrupted weapons use", "Headquarters or base established",
                                   "Looting/property destruction", "Non-violent transfer of territory",
                                   "Other"},
    }
    for code in tables.cameo:
        info = tables.info(code)
        if info and info.acled:
            assert info.acled[1] in allowed[info.acled[0]], (code, info.acled)


# ------------------------------------------------------------------ end to end
@pytest.mark.parametrize("text, expected", [
    ("A drone strike killed three militants near the river.", "Air/drone strike"),
    ("Government forces shelled rebel positions outside the town.", "Shelling/artillery/missile attack"),
    ("A roadside bomb killed two soldiers on the highway.", "Remote explosive/landmine/IED"),
    ("Gunmen threw a grenade at a police post.", "Grenade"),
    ("A suicide bomber blew himself up at a checkpoint.", "Suicide bomb"),
    ("Government forces used chlorine gas against the rebels.", "Chemical weapon"),
    ("Soldiers clashed with rebels near the border.", "Armed clash"),
    ("Militiamen attacked villagers in the valley.", "Attack"),
    ("Gunmen abducted twenty students from a school.", "Abduction/forced disappearance"),
    ("Soldiers raped women in the village.", "Sexual violence"),
    ("Police arrested thirty activists in the capital.", "Arrests"),
    ("Thousands of protesters marched peacefully through the capital.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters in the square.", "Protest with intervention"),
    ("Security forces shot dead twelve protesters in the square.", "Excessive force against protesters"),
    ("Protesters threw stones at police in the market.", "Violent demonstration"),
    ("A mob lynched a suspected thief in the market.", "Mob violence"),
    ("Armed men looted the aid warehouse near the airport.", "Looting/property destruction"),
    ("Rebels seized the town after heavy fighting.", "Non-state actor overtakes territory"),
    ("Government troops recaptured the town from the rebels.", "Government regains territory"),
    ("Rebels took control of the town after the army withdrew.", "Non-violent transfer of territory"),
    ("The two factions signed a peace agreement in the capital.", "Agreement"),
    ("Rebels established a base in the forest.", "Headquarters or base established"),
    ("Police defused a bomb near the market.", "Disrupted weapons use"),
    ("Soldiers seized a weapons cache in the hills.", "Disrupted weapons use"),
    # the codebook's tests of weapon, sides and victims beyond the CAMEO code
    ("Rebels captured the city after two days of fighting with the army.", "Non-state actor overtakes territory"),
    ("Soldiers drove the rebels out of the village on Sunday.", "Government regains territory"),
    ("Rival militias clashed with heavy weapons in the capital.", "Armed clash"),
    ("Militants attacked a church congregation on Sunday.", "Attack"),
    ("Security forces fired live ammunition at demonstrators in the square.", "Excessive force against protesters"),
    ("Gunmen detained an activist and took him to an unknown location.", "Abduction/forced disappearance"),
    ("Militiamen sexually assaulted women in the camp.", "Sexual violence"),
    ("Police dispersed a demonstration by students with water cannon.", "Protest with intervention"),
    ("Protesters attacked a hotel housing migrants in the town.", "Violent demonstration"),
    ("Rioters torched cars during the protests.", "Violent demonstration"),
    ("Air defence forces shot down twelve drones over the region.", "Disrupted weapons use"),
])
def test_sentence_sub_event(nlp, coder, text, expected):
    assert expected in sub_events(nlp, coder, text)


def test_looting_by_rioters_is_a_riot(nlp, coder):
    assert ("Riots", "Mob violence") in acled(nlp, coder, "Rioters looted shops in the city centre.")


def test_strike_verb_is_not_an_air_strike():
    """ "struck" names no weapon; the noun "strikes" does (air strikes in news usage)."""
    state = actor(["MIL"])
    assert refine_acled(BATTLE, "190", {"strikes", "target"}, None, "target", state)[1] == "Air/drone strike"
    assert refine_acled(BATTLE, "190", {"strike", "struck", "base"}, None, "strike", state) == BATTLE


def test_clash_verbs_keep_a_battle_even_with_artillery():
    shell = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert refine_acled(shell, "194", {"clash", "heavy", "artillery"}, None, "clash", actor(["UAF"])) == BATTLE
    assert refine_acled(shell, "194", {"shell", "artillery"}, None, "shell", actor(["MIL"])) == shell


def test_victims_words_make_an_attack_but_not_for_the_attackers_own_words():
    protesters = Actor(text="protesters", name="protesters", code="GBRCVL", country="GBR", roles=["CVL"],
                       start=0, end=10)
    assert refine_acled(BATTLE, "190", {"attack", "villagers"}, None, "attack", actor(["UAF"])) == VAC
    assert refine_acled(BATTLE, "190", {"attack", "hotel", "protesters"}, None, "attack", protesters) == \
        ("Riots", "Violent demonstration")
    assert refine_acled(BATTLE, "190", {"attack", "village", "soldiers"}, None, "attack", actor(["UAF"])) == BATTLE


def test_arrests_split_by_who_detains_and_where():
    arrests = ("Strategic developments", "Arrests")
    assert refine_acled(arrests, "173", {"arrest", "leader"}, actor(["OPP"]), "arrest", actor(["COP"])) == arrests
    assert refine_acled(arrests, "173", {"detain", "aid", "workers"}, None, "detain", actor(["REB"])) == \
        ("Violence against civilians", "Abduction/forced disappearance")
    assert refine_acled(arrests, "173", {"detain", "protesters"}, actor(["OPP"]), "detain", actor(["COP"])) == \
        ("Protests", "Protest with intervention")


def test_violent_protest_code_needs_violence_by_demonstrators():
    riot = ("Riots", "Violent demonstration")
    assert refine_acled(riot, "145", {"rally", "parliament", "pay"}) == ("Protests", "Peaceful protest")
    assert refine_acled(riot, "145", {"throw", "stones", "police"}) == riot


def test_victims_dying_is_not_a_riot():
    assert refine_acled(BATTLE, "190", {"die", "woman", "man"}, actor(["CVL"]), "die", actor(["CVL"])) != \
        ("Riots", "Mob violence")


def test_taking_place_is_not_taking_a_town():
    looting = ("Strategic developments", "Looting/property destruction")
    assert refine_acled(looting, "171", {"take", "place", "city"}, None, "take", actor(["REB"])) == looting


def test_primary_acled_prefers_the_specific_factual_event(nlp, coder):
    text = "Gunmen stormed the village and killed twelve villagers."
    events = coder.code(Document(id="a2", text=text), nlp(text), Actors())
    assert primary_acled(events) == VAC
    for e in events:
        e.modality = "threatened"
    assert primary_acled(events) is None


def test_statement_has_no_acled_type(nlp, coder):
    assert acled(nlp, coder, "The government criticized the rebels for the attack.") == [None]


def test_chemical_code_keeps_its_type_whatever_delivers_it():
    chem = ("Explosions/Remote violence", "Chemical weapon")
    assert refine_acled(chem, "2041", {"helicopter", "drop", "canister"}, None, "drop", actor(["MIL"])) == chem


def test_a_person_seized_is_detained_not_looted():
    looting = ("Strategic developments", "Looting/property destruction")
    assert refine_acled(looting, "171", {"seize", "priest"}, actor(["REL"]), "seize", actor(["CRM"])) == \
        ("Violence against civilians", "Abduction/forced disappearance")
    assert refine_acled(looting, "171", {"seize", "journalist"}, actor(["MED"]), "seize", actor(["COP"])) == \
        ("Strategic developments", "Arrests")
    # "took them to an unknown destination"
    assert refine_acled(looting, "171", {"take", "unknown", "destination"}, actor(["LAB"]), "take", actor(["REB"])) == \
        ("Violence against civilians", "Abduction/forced disappearance")


def test_fighters_captured_are_detained_not_a_place_taken():
    looting = ("Strategic developments", "Looting/property destruction")
    rebels = Actor(text="three rebels", name="rebels", code="COLREB", country="COL", roles=["REB"], start=0, end=12)
    bag = {"capture", "rebels", "operation", "area"}
    assert refine_acled(looting, "171", bag, rebels, "capture", actor(["MIL"])) == ("Strategic developments", "Arrests")
    held = Actor(text="the rebel stronghold", name="rebel", code="COLREB", country="COL", roles=["REB"], start=0, end=20)
    assert refine_acled(looting, "171", bag | {"stronghold"}, held, "capture", actor(["MIL"])) != \
        ("Strategic developments", "Arrests")


def test_armed_people_killing_civilians_attack_them():
    """Herders or settlers the resolver reads as civilians are an identity militia when they raid."""
    herders = Actor(text="armed herders", name="herders", code="SSDAGR", country="SSD", roles=["AGR"],
                    start=0, end=13)
    assert refine_acled(BATTLE, "180", {"attack", "dead", "killed", "village"}, actor(["CVL"]), "attack",
                        herders) == VAC
    # herders or settlers who raid a village are a communal militia (ACLED's attacks by identity
    # militias), armed or not in the words; a crowd of villagers is a mob
    unarmed = Actor(text="herders", name="herders", code="SSDAGR", country="SSD", roles=["AGR"], start=0, end=7)
    assert refine_acled(BATTLE, "180", {"attack", "dead", "village"}, actor(["CVL"]), "attack", unarmed) == VAC
    crowd = Actor(text="villagers", name="villagers", code="SSDCVL", country="SSD", roles=["CVL"], start=0, end=9)
    assert refine_acled(BATTLE, "180", {"attack", "dead", "village"}, actor(["CVL"]), "attack", crowd) == \
        ("Riots", "Mob violence")


@pytest.mark.parametrize("text, expected", [
    ("Police arrested dozens of protesters at a rally in the capital.", "Protest with intervention"),
    ("Police arrested the activists at their homes on charges of organising protests.", "Arrests"),
    ("Police arrested two students for taking part in last week's protests.", "Arrests"),
])
def test_arrests_at_a_protest_and_arrests_for_one(nlp, coder, text, expected):
    assert sub_events(nlp, coder, text) == [expected]


def test_participle_read_as_main_verb_is_repaired(nlp, coder):
    """"demonstrators opposed to X torched Y": the parser made "opposed" the verb."""
    assert "Violent demonstration" in sub_events(
        nlp, coder, "Demonstrators opposed to the new fuel levy torched a police station on Monday.")


@pytest.mark.parametrize("text, expected", [
    ("The villagers suffered chlorine gas poisoning during an attack by the rebels.", "Chemical weapon"),
    ("Seven people were killed when a guided bomb struck a school.", "Air/drone strike"),
    ("The suicide attack came as the president left the capital.", "Suicide bomb"),
    ("The rebels withdrew from the town without clashes on Monday.", "Non-violent transfer of territory"),
    ("The protesters held a blockade of the main highway.", "Peaceful protest"),
    ("Protesters set fire to the governor's office and clashed with police.", "Violent demonstration"),
])
def test_real_news_constructions(nlp, coder, text, expected):
    assert expected in sub_events(nlp, coder, text)


def test_peacekeepers_taking_a_town_from_rebels_regain_it(nlp, coder):
    """Forces fighting on the state's side regain territory (ACLED), not a non-state actor."""
    from sitroom.events.acled import refine_acled
    mission = Actor(text="African Union troops", name="AU", code="IGOAFRAFU", country="", roles=[], start=0, end=1)
    assert refine_acled(("Battles", "Armed clash"), "192", {"captured", "town"}, actor(["REB"]), "capture",
                        mission) == ("Battles", "Government regains territory")


def test_a_kind_of_attack_judged_is_no_attack(nlp, coder):
    assert sub_events(nlp, coder, "Attacks by drones remain deeply unpopular in the country.") == []


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber at a crowded mosque killed 40 villagers on Friday.", "Suicide bomb"),
    ("The villagers set fire to a police station in protest at the death of a suspect.", "Violent demonstration"),
    ("The army seized a town held by the rebels, who fled without battles.", "Non-violent transfer of territory"),
    ("The strike came at noon, with a guided bomb slamming into a school.", "Air/drone strike"),
    ("The rebels have managed to seize control of two towns.", "Non-state actor overtakes territory"),
])
def test_more_real_news_constructions(nlp, coder, text, expected):
    assert expected in sub_events(nlp, coder, text)


def test_patterns_over_years_are_no_events(nlp, coder):
    assert sub_events(nlp, coder, "In the past, the rebels have struck at mosques in the north.") == []
    assert sub_events(nlp, coder, "Over the last decade, the army has been fighting the rebels.") == []


@pytest.mark.parametrize("text, expected", [
    ("The villagers beat a thief to death with iron rods and sticks.", "Mob violence"),
    ("Police fired bullets and tear gas into crowds of protesters to disperse them.",
     "Excessive force against protesters"),
    ("Police fired rubber bullets and tear gas at the protesters.", "Protest with intervention"),
])
def test_weapons_named_only_by_a_preposition_and_live_fire(nlp, coder, text, expected):
    assert expected in sub_events(nlp, coder, text)


def test_a_missile_that_destroys_is_no_missile_downed(nlp, coder):
    assert sub_events(nlp, coder, "A missile destroyed a building held by the rebels.") == [
        "Shelling/artillery/missile attack"]


def test_rioters_fighting_police_are_a_violent_demonstration_a_lynching_mob_is_not():
    from sitroom.events.acled import MOB, VIOLENT_DEMO, _riot
    from sitroom.records import Actor
    rioters = Actor(text="Rioters", name="Rioters", code="CVL", country="", roles=["CVL"])
    mob = Actor(text="A mob", name="mob", code="CVL", country="", roles=["CVL"])
    assert _riot({"set", "fire", "cars", "clashes", "with", "police"}, rioters) == VIOLENT_DEMO
    assert _riot({"lynched", "a", "man", "accused", "of", "theft"}, mob) == MOB


def test_a_leader_detained_ahead_of_a_protest_is_an_arrest_a_crowd_at_one_an_intervention():
    from sitroom.events.acled import ARRESTS, INTERVENTION, _repression
    from sitroom.records import Actor
    leader = Actor(text="the opposition leader", name="leader", code="OPP", country="", roles=["OPP"])
    crowd = Actor(text="40 protesters", name="protesters", code="CVL", country="", roles=["CVL"])
    police = Actor(text="Police", name="Police", code="COP", country="", roles=["COP"])
    ahead = {"detained", "the", "opposition", "leader", "ahead", "of", "a", "planned", "protest"}
    at_rally = {"police", "detained", "40", "protesters", "at", "the", "rally"}
    assert _repression(ARRESTS, "173", ahead, "detain", leader, police) == ARRESTS
    assert _repression(ARRESTS, "173", at_rally, "detain", crowd, police) == INTERVENTION

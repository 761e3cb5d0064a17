"""ACLED event/sub-event types: the table's type for a CAMEO code, refined by the sentence.

ACLED separates remote violence by weapon (air/drone strike, shelling/artillery/missile,
IED, grenade, suicide bomb, chemical weapon), tells battles from violence against civilians
by who is targeted, and protests from repression by context. The CAMEO code alone cannot say
this, the sentence's weapon and context words can.
"""
from __future__ import annotations

from collections.abc import Iterable

from sitroom.records import Actor

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
GRENADE = ("Explosions/Remote violence", "Grenade")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
CHEMICAL = ("Explosions/Remote violence", "Chemical weapon")
VAC_ATTACK = ("Violence against civilians", "Attack")
INTERVENTION = ("Protests", "Protest with intervention")

# (words, sub-event) in priority order: the most specific weapon wins
WEAPON_WORDS: tuple[tuple[frozenset[str], tuple[str, str]], ...] = (
    (frozenset({"chemical", "sarin", "chlorine", "nerve", "mustard", "toxic"}), CHEMICAL),
    (frozenset({"suicide", "self-detonate", "martyrdom"}), SUICIDE),
    (frozenset({"airstrike", "air-strike", "airstrikes", "warplane", "drone", "jet", "bomber",
                "aircraft", "helicopter", "gunship", "air", "aerial", "sortie"}), AIR),
    (frozenset({"ied", "roadside", "landmine", "mine", "booby", "car-bomb", "explosive",
                "device", "detonate", "remote"}), IED),
    (frozenset({"grenade"}), GRENADE),
    (frozenset({"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer",
                "barrage", "tank", "cannon", "bombard", "bombardment"}), SHELL),
)
# a word qualifies as "air" only in these senses (not "air of crisis")
AIR_HEADS = frozenset({"strike", "raid", "attack", "bombing", "bomb", "campaign", "power", "force", "support"})
PROTEST_WORDS = frozenset({"protest", "protester", "protesters", "protestor", "demonstrator",
                           "demonstrators", "demonstration", "rally", "march", "marcher", "crowd",
                           "strike", "striker", "sit-in"})
INTERVENTION_WORDS = frozenset({"disperse", "tear", "teargas", "baton", "water", "cannon", "break",
                                "rubber", "pepper"})
LETHAL_WORDS = frozenset({"kill", "killed", "killing", "dead", "death", "die", "died", "live",
                          "massacre", "shoot", "shot"})
CIVILIAN_ROLES = frozenset({"CVL", "REF", "EDU", "MED", "HLH", "REL", "LAB", "BUS", "NGO", "AGR",
                            "OPP", "PTY", "MOD", "HRI", "ENV", "DEV"})
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ARMED_ROLES = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP", "RAD", "CRM"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# a bomb with a ground carrier is a remote explosive, not an air strike
BOMB_WORDS = frozenset({"bomb", "bombing", "bomber", "explosion", "blast"})
GROUND_BOMB_CONTEXT = frozenset({"car", "truck", "roadside", "vehicle", "parcel", "letter", "planted",
                                 "motorcycle", "market", "bus"})
ARREST_LEMMAS = frozenset({"arrest", "detain", "apprehend", "round", "nab", "jail", "seize"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
NONSTATE_ARMED = frozenset({"REB", "INS", "UAF", "SEP", "RAD", "CRM"})
GOV_REGAINS = ("Battles", "Government regains territory")
NSA_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
NONVIOLENT_TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
HQ = ("Strategic developments", "Headquarters or base established")
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
LOOTING = ("Strategic developments", "Looting/property destruction")
# "took the town without a fight", "after the army withdrew": no violent interaction
NONVIOLENT_WORDS = frozenset({"peacefully", "unopposed", "uncontested", "without", "handed",
                              "hand", "handover", "withdraw", "withdrew", "withdrawal",
                              "abandon", "abandoned", "cede", "ceded", "vacate", "vacated"})
TERRITORY_WORDS = frozenset({"town", "city", "village", "territory", "area", "district", "base",
                             "province", "region", "control", "airport", "port", "border",
                             "crossing", "hill", "camp", "garrison", "outpost", "stronghold"})
BASE_WORDS = frozenset({"base", "bases", "headquarters", "hq", "camp", "camps", "outpost",
                        "outposts", "stronghold", "command"})
BASE_LEMMAS = frozenset({"establish", "set", "open", "build", "set-up", "relocate", "move"})
# ACLED: "an explosion or remote violence is prevented": devices defused, missiles
# intercepted, weapons caches seized
DISRUPT_LEMMAS = frozenset({"defuse", "dismantle", "intercept", "neutralize", "neutralise",
                            "seize", "confiscate", "recover", "destroy", "clear", "detonate",
                            "shoot", "down", "foil", "thwart", "disarm"})
DISRUPT_WORDS = frozenset({"bomb", "bombs", "ied", "ieds", "mine", "mines", "landmine",
                           "landmines", "explosive", "explosives", "device", "devices", "missile",
                           "missiles", "rocket", "rockets", "drone", "drones", "weapon", "weapons",
                           "arms", "cache", "caches", "ammunition", "grenade", "grenades"})
AIRBORNE_THREATS = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones"})
MOB_WORDS = frozenset({"mob", "mobs", "vigilante", "vigilantes", "lynch", "lynched", "lynching"})



def weapon_subtype(words: set[str]) -> tuple[str, str] | None:
    if BOMB_WORDS & words and GROUND_BOMB_CONTEXT & words and "suicide" not in words:
        return IED  # car bombs and roadside bombs are remote explosives, not air strikes
    for vocab, sub in WEAPON_WORDS:
        hits = vocab & words
        if not hits:
            continue
        if sub is AIR and hits <= {"air"} and not (AIR_HEADS & words):
            continue
        return sub
    return None


def _roles(actor: Actor | None) -> set[str]:
    return set(actor.roles) if actor is not None else set()


def _territory(code: str, bag: set[str], source: Actor | None) -> tuple[str, str] | None:
    """Territory taken (CAMEO 192, or a hand-over of control 0874): by the state or by a
    non-state actor, with or without fighting."""
    if code[:3] == "192" or (code == "0874" and {"hand", "handed", "handover", "cede", "ceded"} & bag
                             and TERRITORY_WORDS & bag):
        if code == "0874" or (NONVIOLENT_WORDS & bag and not {"fighting", "battle", "clash", "clashes"} & bag):
            return NONVIOLENT_TRANSFER
        roles = _roles(source)
        if roles & STATE_ROLES and not roles & NONSTATE_ARMED:
            return GOV_REGAINS
        return NSA_OVERTAKES
    return None


def _strategic(code: str, bag: set[str], trigger_lemma: str, source: Actor | None) -> tuple[str, str] | None:
    """Strategic developments the CAMEO code alone cannot name: territorial change, bases
    established, weapons disrupted, property looted."""
    territory = _territory(code, bag, source)
    if territory is not None:
        return territory
    if code[:2] == "15" and trigger_lemma in BASE_LEMMAS and BASE_WORDS & bag:
        return HQ
    if (code[:2] == "15" or code[:3] == "171") and trigger_lemma in DISRUPT_LEMMAS and DISRUPT_WORDS & bag:
        return DISRUPTED
    if code[:2] == "19" and trigger_lemma in ("intercept", "shoot") and AIRBORNE_THREATS & bag:
        return DISRUPTED  # a missile or drone shot down: remote violence prevented
    if code[:3] == "171" and {"loot", "looted", "looting", "plunder", "pillage", "ransack"} & bag:
        return LOOTING
    return None


def _civilian(actor: Actor | None) -> bool:
    roles = set(actor.roles) if actor is not None else set()
    return bool(roles & CIVILIAN_ROLES) and not roles & ARMED_ROLES


def refine_acled(base: tuple[str, str] | None, code: str, words: Iterable[str],
                 target: Actor | None = None, trigger_lemma: str = "",
                 source: Actor | None = None) -> tuple[str, str] | None:
    """The ACLED pair for an event of CAMEO `code` whose clause has these lower-case words
    and lemmas, between these actors."""
    if base is None:
        return None
    bag = set(words)
    root = code[:2]
    special = _strategic(code, bag, trigger_lemma, source)
    if special is not None:
        return special
    if MOB_WORDS & bag and root in VIOLENT_ROOTS:
        return MOB  # "a mob lynched ...": violence by a disorganised crowd
    if root in VIOLENT_ROOTS:
        weapon = weapon_subtype(bag)
        if weapon is not None and code not in ("181", "1821", "184"):
            return weapon
        if base[0] in ("Battles", "Violence against civilians") and _civilian(target) \
                and PROTEST_WORDS & bag:
            return EXCESSIVE  # demonstrators killed or beaten by the authorities
        if base[0] in ("Battles", "Violence against civilians") and _civilian(source):
            # civilians fighting the police or each other: a riot, not a battle
            return VIOLENT_DEMO if PROTEST_WORDS & bag or "supporter" in bag else MOB
        if base[0] == "Battles" and _civilian(target):
            return VAC_ATTACK  # a battle needs two armed sides; force on civilians is an attack
        return base
    if code == "175" and (trigger_lemma in ARREST_LEMMAS or (INTERVENTION_WORDS & bag and not LETHAL_WORDS & bag)):
        # arrests, tear gas, dispersal without deaths: ACLED's "protest with intervention";
        # "excessive force" is kept for lethal or grave violence against demonstrators
        return INTERVENTION
    if code == "175" and not (PROTEST_WORDS & bag):
        return VAC_ATTACK  # repression outside a protest is violence against civilians
    if root == "14" and code[:3] != "145" and INTERVENTION_WORDS & bag and {"police", "security"} & bag:
        return INTERVENTION
    return base

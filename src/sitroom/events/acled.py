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
    if root in VIOLENT_ROOTS:
        weapon = weapon_subtype(bag)
        if weapon is not None and code not in ("181", "1821", "184"):
            return weapon
        if base[0] in ("Battles", "Violence against civilians") and _civilian(target) \
                and PROTEST_WORDS & bag:
            return EXCESSIVE  # demonstrators killed or beaten by the authorities
        if base[0] == "Battles" and _civilian(source):
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

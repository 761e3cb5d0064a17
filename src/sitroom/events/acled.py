"""ACLED event/sub-event types: the table's type for a CAMEO code, refined by the sentence.

The tests follow the ACLED Codebook (2023 and 2024 editions, "Event Types and Sub-Event
Types"; ACLED's 2019 note introducing the sub-event types gives the event-type definitions):
- remote violence is told apart by weapon (air/drone strike, shelling/artillery/missile,
  remote explosive/landmine/IED, grenade, suicide bomb, chemical weapon) whoever it hits,
  but a two-sided fight is an armed clash whatever weapons it uses;
- a battle needs two organised armed sides: force on civilians is violence against
  civilians (attack, abduction/forced disappearance, sexual violence);
- protests are peaceful unless the demonstrators turn violent (riots: violent demonstration,
  or mob violence without a demonstration); force used on them is an intervention, or
  excessive force when lethal;
- arrests are a strategic development when the state detains; detention by an armed group,
  or to an unknown place, is an abduction; arrests at a protest are an intervention;
- territory taken in fighting is filed by who takes it (government regains / non-state
  actor overtakes), without fighting it is a non-violent transfer; weapons defused, caches
  seized and missiles or drones shot down are disrupted weapons use; looting by rioters is a
  riot.
ACLED records what happened: `primary_acled` types a report from its factual events only.
The CAMEO code alone cannot say all this; the clause's words and the resolved actors can.
"""
from __future__ import annotations

from collections.abc import Iterable

from sitroom.records import Actor, Event

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
    # ("chemical" alone may be a plant or a factory: weapon_subtype wants it with a weapon word)
    (frozenset({"sarin", "chlorine", "nerve", "mustard", "toxic"}), CHEMICAL),
    (frozenset({"suicide", "self-detonate", "martyrdom"}), SUICIDE),
    # "bombers" (aircraft), not "the bomber" (a man with a bomb): singular is left out
    (frozenset({"airstrike", "air-strike", "airstrikes", "warplane", "drone", "jet", "bombers",
                "aircraft", "helicopter", "gunship", "air", "aerial", "sortie", "kamikaze",
                "shahed", "shaheds", "uav", "uavs", "quadcopter", "loitering", "glide"}), AIR),
    # a grenade named is the weapon even on a roadside or in a market
    (frozenset({"grenade", "grenades"}), GRENADE),
    (frozenset({"ied", "roadside", "landmine", "mine", "booby", "car-bomb", "explosive",
                "device"}), IED),
    (frozenset({"shell", "shelling", "artillery", "mortar", "rocket", "missile", "howitzer",
                "barrage", "tank", "cannon", "bombard", "bombardment"}), SHELL),
)
AMBUSH_WORDS = frozenset({"ambush", "ambushed", "ambushes"})
ROADSIDE_BLAST_WORDS = frozenset({"bomb", "bombs", "blast", "explosion", "explosive", "explosives", "ied", "ieds",
                                  "device", "mine", "landmine"})
AIRCRAFT_WORDS = frozenset().union(*(v for v, sub in WEAPON_WORDS if sub is AIR)) - {"air", "aerial"}
# a word qualifies as "air" only in these senses (not "air of crisis")
AIR_HEADS = frozenset({"strike", "raid", "attack", "bombing", "bomb", "campaign", "power", "force", "support"})
# not "march" (the month) nor "strike" (air strikes): their unambiguous forms only
PROTEST_WORDS = frozenset({"protest", "protester", "protesters", "protestor", "protestors",
                           "demonstrator", "demonstrators", "demonstration", "rally", "marcher",
                           "marchers", "marched", "marching", "crowd", "striker", "strikers", "sit-in",
                           "march", "marches", "rallies", "protests", "demonstrations", "vigil",
                           "demonstrating", "protesting", "demonstrate"})
INTERVENTION_WORDS = frozenset({"disperse", "tear", "teargas", "baton", "water", "cannon", "break",
                                "rubber", "pepper"})
LETHAL_WORDS = frozenset({"kill", "killed", "killing", "dead", "deadly", "death", "die", "died", "live", "martyred",
                          "massacre", "shoot", "shot"})
CIVILIAN_ROLES = frozenset({"CVL", "REF", "EDU", "MED", "HLH", "REL", "LAB", "BUS", "NGO", "AGR",
                            "OPP", "PTY", "MOD", "HRI", "ENV", "DEV"})
EXCESSIVE = ("Protests", "Excessive force against protesters")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
MOB = ("Riots", "Mob violence")
ARMED_ROLES = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP", "RAD", "CRM"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# a bomb with a ground carrier is a remote explosive, not an air strike
REMOTE_DETONATION = frozenset({"controlled", "control", "detonated", "detonation", "detonator"})
BOMB_WORDS = frozenset({"bomb", "bombing", "bomber", "explosion", "blast"})
EXPLOSIVE_WORDS = BOMB_WORDS | frozenset({"device", "devices", "explosive", "explosives", "ied", "mine", "bombs"})
CHEMICAL_USE = frozenset({"weapon", "weapons", "attack", "attacks", "gas", "agent", "agents", "munitions"})
DRIVEN_BOMB_VERBS = frozenset({"drive", "driving", "drove", "ram", "rammed", "ramming"})
PLACED_BOMB_CONTEXT = frozenset({"attack", "explosion", "blast", "exploded", "explode", "device", "detonated",
                                 "went"})
GROUND_BOMB_CONTEXT = frozenset({"car", "truck", "roadside", "vehicle", "parcel", "letter", "planted",
                                 "motorcycle", "market", "bus"})
ARREST_LEMMAS = frozenset({"arrest", "detain", "apprehend", "round", "nab", "jail", "seize"})
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
NONSTATE_ARMED = frozenset({"REB", "INS", "UAF", "SEP", "RAD", "CRM"})
GOV_REGAINS = ("Battles", "Government regains territory")
NSA_OVERTAKES = ("Battles", "Non-state actor overtakes territory")
NONVIOLENT_TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
HQ = ("Strategic developments", "Headquarters or base established")
GROUP_CHANGE = ("Strategic developments", "Change to group/activity")
# ACLED "Change to group/activity": an armed group splits, merges, defects or pledges
# allegiance to another (the CAMEO codes are verbal: reject, cooperate, intend)
GROUP_CHANGE_LEMMAS = frozenset({"split", "splinter", "break", "defect", "merge", "secede", "pledge", "swear",
                                 "join", "combine", "unite"})
# an armed group formed, merged or dissolved ("announced a merger", "the formation of a new alliance")
MERGER_WORDS = frozenset({"merger", "merge", "formation", "unification", "alliance", "coalition", "existence",
                          "disarmament"})
VIGIL_WORDS = frozenset({"vigil", "vigils"})
VIGIL_DEMAND_WORDS = frozenset({"demand", "demanding", "protest", "protesting", "against", "justice",
                                "denounce", "denouncing", "condemn", "condemning", "call", "calling"})


def beyond_cameo_table(code: str, trigger_lemma: str, source: Actor | None = None) -> bool:
    """Events ACLED types though the CAMEO-to-ACLED table leaves their code out: an armed
    group's split or merger, a vigil held as a protest, a crowd's protest coded as its appeal."""
    return code == "017" or trigger_lemma in GROUP_CHANGE_LEMMAS or (trigger_lemma == "announce" and code[:2] == "06") \
        or (trigger_lemma == "agree" and code[:2] == "03") \
        or _crowd_voicing(code, trigger_lemma, source)  # ("agreed to merge": _group_change decides)


# verbs a crowd protests with in the street
STREET_PROTEST_LEMMAS = frozenset({"protest", "demonstrate", "march", "rally"})


def _crowd_voicing(code: str, trigger_lemma: str, source: Actor | None) -> bool:
    """"Supporters protested the arrest of their leader" (PETRARCH's 053, rallying for the
    detained), "several hundred protesters called for elections" (an appeal, 02): what a
    crowd says in the street is a demonstration to ACLED."""
    if source is None or _state_or_country(source):
        return False
    if code[:3] == "053" and trigger_lemma in STREET_PROTEST_LEMMAS:
        return True
    return code[:2] in ("02", "10") and bool(DEMO_WORDS & _words_of(source))


GROUP_WORDS = frozenset({"group", "groups", "faction", "factions", "movement", "militia", "militias",
                         "alliance", "coalition", "wing", "rebels", "fighters", "commander", "commanders",
                         "allegiance"})
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
LOOTING = ("Strategic developments", "Looting/property destruction")
# "took the town without a fight", "after the army withdrew": no violent interaction
NONVIOLENT_WORDS = frozenset({"peacefully", "unopposed", "uncontested", "without", "handed",
                              "hand", "handover", "withdraw", "withdrew", "withdrawal",
                              "abandon", "abandoned", "cede", "ceded", "vacate", "vacated"})
SEIZED_GOODS_WORDS = frozenset({"convoy", "convoys", "truck", "trucks", "lorry", "lorries", "vehicle", "vehicles",
                                "car", "cars", "cattle", "livestock", "goods", "cargo", "shipment", "tanker",
                                "supplies", "aid"})
TERRITORY_WORDS = frozenset({"town", "city", "village", "territory", "area", "district", "base", "capital",
                             "neighbourhood", "neighborhood", "quarter", "districts", "towns", "villages",
                             "province", "region", "control", "airport", "port", "border",
                             "crossing", "hill", "camp", "garrison", "outpost", "stronghold"})
BASE_WORDS = frozenset({"base", "bases", "headquarters", "hq", "camp", "camps", "outpost",
                        "outposts", "stronghold", "command"})
BASE_LEMMAS = frozenset({"establish", "set", "open", "build", "set-up", "relocate", "move"})
# ACLED: "an explosion or remote violence is prevented": devices defused, missiles
# intercepted, weapons caches seized
DISRUPT_LEMMAS = frozenset({"defuse", "dismantle", "intercept", "neutralize", "neutralise", "remove",
                            "seize", "confiscate", "recover", "destroy", "clear", "detonate",
                            "discover", "find", "uncover", "unearth", "explosion", "detonation",
                            "shoot", "down", "foil", "thwart", "disarm", "dispose"})
DISRUPT_WORDS = frozenset({"bomb", "bombs", "ied", "ieds", "mine", "mines", "landmine",
                           "landmines", "explosive", "explosives", "device", "devices", "missile",
                           "missiles", "rocket", "rockets", "drone", "drones", "weapon", "weapons",
                           "arms", "cache", "caches", "ammunition", "grenade", "grenades",
                           "bomber", "bombers"})  # a suicide bomber stopped before detonating
# marker the coder adds to a clause whose subject is the weapon ("a missile destroyed ...")
WEAPON_SUBJECT = "<weapon-subject>"
FIGHTER_WORDS = frozenset({"militants", "fighters", "terrorists", "rebels", "insurgents", "soldiers", "troops",
                           "members", "gunmen", "jihadists", "militiamen", "commanders"})
AIRBORNE_THREATS = frozenset({"missile", "missiles", "rocket", "rockets", "drone", "drones", "shahed",
                              "shaheds", "uav", "uavs", "projectile", "projectiles"})
# "shot down by air defences", "destroyed by air defence forces": an attack prevented
AIR_DEFENCE_WORDS = frozenset({"defense", "defence", "defences", "defenses", "anti-aircraft",
                               "interceptor", "interceptors"})
DOWNING_LEMMAS = frozenset({"intercept", "shoot", "down", "destroy", "neutralize", "neutralise"})
# the victims' own verbs: "two men died" names no one who used force
VICTIM_VERBS = frozenset({"die", "perish", "succumb", "drown"})
ARSON_WORDS = frozenset({"afire", "ablaze", "torch", "torched", "burn", "burned", "burnt", "fire"})
MOB_WORDS = frozenset({"mob", "mobs", "vigilante", "vigilantes", "lynch", "lynched", "lynching"})
CROWD_STRIFE_WORDS = frozenset({"communal", "sectarian", "rioters", "riot", "riots", "rioting"})
CLASH = ("Battles", "Armed clash")
ARRESTS = ("Strategic developments", "Arrests")
SEXUAL = ("Violence against civilians", "Sexual violence")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")
PEACEFUL = ("Protests", "Peaceful protest")
# demonstrators, without "crowd": an angry crowd beating a thief is a mob, not a protest
DEMO_WORDS = PROTEST_WORDS - {"crowd"}
RIOTER_WORDS = frozenset({"rioter", "rioters", "riot", "rioting", "looter", "looters"})
POLICE_WORDS = frozenset({"police", "policemen", "officers", "gendarmes", "riot-police"})
# the clash verbs: both sides fight, even if one uses artillery (ACLED: "Armed clash")
SHOOTING_WORDS = frozenset({"shot", "shooting", "shoot", "gunfire", "gunshot", "gunshots", "rifles", "guns", "gunned"})
JUDICIAL_LEMMAS = frozenset({"sentence", "convict", "acquit", "indict", "try", "fine"})
CLASH_LEMMAS = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "engage", "confront"})
CLASH_NOUNS = frozenset({"firefight", "gunfight", "shootout", "skirmish", "skirmishes", "clash", "clashes",
                         "gunbattle", "gun-battle"})
# the dead or hurt of a fight ("killed in clashes", "wounded during a gun battle")
HARM_LEMMAS = frozenset({"kill", "injure", "wound", "die", "hurt", "leave"})  # ("the gunfight left 16 dead")
FIGHT_SETTINGS = CLASH_NOUNS | frozenset({"shootouts", "gunfights", "firefights", "gunbattles", "battle", "encounter",
                                          "crossfire", "fighting"})
FIGHT_WORDS = frozenset({"fighting", "fight", "battle", "battles", "battling", "clash", "clashes",
                         "clashed", "offensive", "assault", "firefight"})
# members of an armed group named as people ("three rebels", "a militant commander")
CAPTIVE_WORDS = FIGHTER_WORDS | frozenset({"rebel", "militant", "fighter", "insurgent", "commander", "gunman",
                                           "guerrilla", "guerrillas", "suspects", "leader", "leaders"})
SEIZE_PERSON_LEMMAS = frozenset({"seize", "grab", "snatch", "capture"})  # not "take": "taken to hospital"
CAPTURE_LEMMAS = frozenset({"capture", "seize", "take", "overrun", "retake", "recapture", "regain", "drive", "oust",
                            "occupy", "liberate", "storm", "control"})
WITHDRAW_LEMMAS = frozenset({"withdraw", "pull", "retreat", "evacuate", "abandon", "vacate"})
LEFT_BEHIND_LEMMAS = frozenset({"abandon", "vacate"})  # ("abandoned the town": the place is their object)
HANDOVER_WORDS = frozenset({"hand", "handed", "handover", "cede", "ceded", "leave", "leaving", "left"})
SEXUAL_WORDS = frozenset({"rape", "raped", "raping", "gang-raped", "sexual", "sexually"})
DISAPPEAR_WORDS = frozenset({"unknown", "whereabouts", "disappear", "disappeared",
                             "disappearance", "incommunicado", "masked"})
# protest actions that make detained activists demonstrators
PROTEST_ACTIONS = frozenset({"block", "blocked", "blockade", "sit-in", "march", "rally", "picket"})
STOP_LEMMAS = frozenset({"prevent", "stop", "block", "halt", "confront"})  # "stopped the march": an intervention
DISPERSE_LEMMAS = frozenset({"disperse", "break", "scatter", "crush", "suppress"})
# what only a crowd brings or does at a demonstration the police break up ("hurled rocks",
# "burned tyres"): the demonstration was violent, whoever dispersed it
PROTESTER_VIOLENCE = frozenset({"stone", "stones", "rock", "rocks", "bricks", "tyres", "tires", "molotov",
                                "petrol", "firebombs", "torched", "looted", "ransacked", "vandalised",
                                "vandalized", "vandalism"})
# people hurt: with force against demonstrators, ACLED's "serious injuries" of excessive force
INJURY_WORDS = frozenset({"injured", "injuring", "wounded", "wounding", "hurt", "injuries", "wounds", "beaten",
                          "casualties", "hospitalised", "hospitalized"})
THROWN_OBJECTS = frozenset({"stone", "stones", "rock", "rocks", "bricks", "stoning", "stoned"})
# what demonstrators do that makes a demonstration violent (ACLED "Violent demonstration")
RIOT_EVIDENCE = frozenset({"stone", "stones", "rock", "rocks", "burn", "burned", "burnt", "burning", "pelt", "pelted",
                           "alight", "ablaze",
                           "torch", "torched", "fire", "loot", "looted", "looting", "vandalize",
                           "vandalise", "vandalism", "smash", "smashed", "riot", "rioting", "rioter",
                           "rioters", "clash", "clashed", "clashes", "attack", "attacked", "storm",
                           "stormed", "barricade", "barricades", "molotov", "petrol", "throw",
                           "threw", "hurl", "hurled", "violent", "violently", "violence",
                           "ransack", "ransacked", "beat", "destroy", "damage", "damaged",
                           # (crowds that overpower or chase off the police use force)
                           "overwhelm", "overwhelmed", "overpower", "overpowered", "chase", "chased"})
# victims whom the codebook counts as civilians; places that hold them
VICTIM_WORDS = frozenset({"civilian", "civilians", "villager", "villagers", "resident", "residents",
                          "worshipper", "worshippers", "worshiper", "worshipers", "congregation",
                          "farmer", "farmers", "herder", "herders", "passenger", "passengers",
                          "pupil", "pupils", "student", "students", "child", "children", "woman",
                          "women", "family", "families", "journalist", "journalists", "displaced",
                          "refugee", "refugees", "patient", "patients", "mourner", "mourners",
                          "trader", "traders", "shopper", "shoppers", "teacher", "teachers",
                          "aid", "detainee", "detainees", "prisoner", "prisoners",
                          # (people at work, worship or leisure, and those who speak for others)
                          "activist", "activists", "reporter", "reporters", "lawyer", "lawyers", "priest",
                          "priests", "pastor", "pastors", "imam", "imams", "businessman", "businessmen",
                          "doctor", "doctors", "nurse", "nurses", "vendor", "vendors", "driver", "drivers",
                          "worker", "workers", "employee", "employees", "patrons", "guests", "dancers",
                          "bartender", "pilgrims", "tourists", "fishermen", "miners", "boy", "boys", "girl",
                          "girls", "teenager", "teenagers", "vaccinators", "volunteers"})
VICTIM_PLACES = frozenset({"village", "church", "mosque", "school", "market", "hospital", "wedding",
                           "funeral", "camp", "festival", "home", "homes", "house", "houses",
                           # people's vehicles and gathering places ("opened fire on a moving car")
                           "car", "cars", "bus", "buses", "minibus", "taxi", "passenger", "passengers",
                           "shop", "shops", "restaurant", "hotel", "bar", "cafe"})
ARMED_WORDS = frozenset({"soldier", "soldiers", "troops", "army", "forces", "police", "policemen",
                         "officers", "fighter", "fighters", "militant", "militants", "rebel",
                         "rebels", "militia", "militias", "militiamen", "insurgents", "jihadists",
                         "patrol", "convoy", "checkpoint", "base", "position", "positions",
                         "guards", "personnel", "military"})


DROPPED_BOMB_WORDS = frozenset({"guided", "glide", "barrel", "aerial", "gravity"})


# a rocket-propelled grenade is a direct-fire weapon of ground combat (an armed clash), not a
# hand-thrown grenade nor artillery
RPG_WORDS = frozenset({"propelled", "rocket-propelled", "rpg", "rpgs"})


def weapon_subtype(words: set[str]) -> tuple[str, str] | None:
    if "martyrdom" in words and {"embraced", "embrace", "attained", "achieved"} & words:
        words = words - {"martyrdom"}  # "soldiers embraced martyrdom": they were killed
    if "roadside" in words and AMBUSH_WORDS & words and not ROADSIDE_BLAST_WORDS & words:
        words = words - {"roadside"}  # "shot in a roadside ambush": gunfire, no bomb
    if RPG_WORDS & words:
        words = words - RPG_WORDS - {"grenade", "grenades", "rocket", "rockets"}
    if {"chlorine", "sarin", "toxic", "mustard"} & words or "chemical" in words and CHEMICAL_USE & words:
        return CHEMICAL  # "barrel bombs filled with toxic chemicals": the agent, however delivered
    if DRIVEN_BOMB_VERBS & words and {"car", "truck", "vehicle", "van"} & words \
            and {"explosives", "explosive", "bomb", "bombs"} & words:
        return SUICIDE  # "driving a car packed with explosives through the gate": a suicide VBIED
    if {"bomb", "bombs"} & words and DROPPED_BOMB_WORDS & words:
        return AIR  # "a guided bomb", "barrel bombs": dropped from aircraft
    if BOMB_WORDS & words and GROUND_BOMB_CONTEXT & words and "suicide" not in words \
            and not AIRCRAFT_WORDS & words and not {"grenade", "grenades"} & words:
        # car bombs and roadside bombs are remote explosives, not air strikes; warplanes
        # bombing a market are still an air strike
        return IED
    if {"bomb", "bombs"} & words and PLACED_BOMB_CONTEXT & words and "suicide" not in words \
            and not (AIRCRAFT_WORDS | {"air", "airstrike", "airstrikes"}) & words and not {"grenade", "grenades"} & words:
        return IED  # "killed in a bomb attack / a bomb explosion": a bomb set off, not dropped
    if "remote" in words and REMOTE_DETONATION & words and (
            REMOTE_DETONATION & words != {"control"} or EXPLOSIVE_WORDS & words):
        # "a remote-controlled bomb"; "a remote village" names no weapon, nor does "battled for
        # control of a remote base"
        return IED
    for vocab, sub in WEAPON_WORDS:
        hits = vocab & words
        if not hits:
            continue
        if sub is AIR and hits <= {"air"} and not (AIR_HEADS & words):
            continue
        return sub
    # something detonated with no weapon named: an explosive device ("a rocket detonated" is a rocket)
    return IED if {"detonate", "detonated", "detonation"} & words else None


def _roles(actor: Actor | None) -> set[str]:
    return set(actor.roles) if actor is not None else set()


LONE_PERSON_NOUNS = frozenset({"man", "woman", "person", "assailant", "attacker", "gunman", "youth", "individual",
                               "suspect", "teenager", "boy", "assassin", "shooter"})


def _lone_person(actor: Actor | None) -> bool:
    """"A man", "an unidentified assailant": one person, no crowd."""
    words = actor.text.lower().split() if actor is not None else []
    return len(words) >= 2 and words[0] in ("a", "an", "one") and words[-1] in LONE_PERSON_NOUNS


def _few_people(actor: Actor | None) -> bool:
    """"Two men", "three unidentified assailants": a handful of people, no crowd."""
    words = actor.text.lower().split() if actor is not None else []
    return len(words) >= 2 and words[0] in FEW_WORDS and words[-1] in FEW_PEOPLE_NOUNS


FEW_WORDS = frozenset({"two", "three", "four", "2", "3", "4"})
FEW_PEOPLE_NOUNS = frozenset({"men", "assailants", "attackers", "individuals", "persons", "people", "youths"})


NONSTATE_FIGHTER_WORDS = frozenset({"rebel", "rebels", "fighter", "fighters", "militant", "militants", "combatant",
                                    "combatants", "guerrilla", "guerrillas", "militiamen", "insurgents"})


def civilian(actor: Actor | None) -> bool:
    """People of no armed body: civilians, parties, workers (radicals among civilians too:
    anarchists throw stones, they wage no war), notables out of office ("a former soldier")."""
    roles = _roles(actor)
    armed = ARMED_ROLES - {"RAD"} if "CVL" in roles else ARMED_ROLES
    # ("armed youths", "armed villagers": civilians no more)
    # (nor an intergovernmental body, whatever chunks its code holds: ECOWAS is IGOWAFBUSWAS)
    words = actor.text.lower().split() if actor is not None else []
    # (a notable out of office, "a former village chief", but not "former rebels", who still fight)
    out_of_office = roles == {"ELI"} and not NONSTATE_FIGHTER_WORDS & set(words)
    return bool(roles & CIVILIAN_ROLES or out_of_office) and not roles & armed \
        and "armed" not in words and not actor.code.startswith("IGO")


def _state(actor: Actor | None) -> bool:
    roles = _roles(actor)
    return bool(roles & STATE_ROLES) and not roles & NONSTATE_ARMED


def _armed_nonstate(actor: Actor | None) -> bool:
    return bool(_roles(actor) & NONSTATE_ARMED)


def _people(actor: Actor | None) -> bool:
    """Unarmed people or a group of them (a priest, journalists, a party), not a country or a
    government, which a capital's name also resolves to."""
    # (a bare role, "LAB" for workers of no named country, is people too)
    return actor is not None and (len(actor.code or "") > 3 or bool(actor.roles)) \
        and not (actor.code or "").startswith("IGO") and not _roles(actor) & (STATE_ROLES | ARMED_ROLES)


def _fighters_taken(target: Actor | None, bag: set[str]) -> bool:
    """Members of an armed group captured, away from any fighting ("captured three rebels in
    an operation in the area"): the phrase names people, not a place they held."""
    words = _words_of(target)
    return target is not None and bool(_roles(target) & ARMED_ROLES) and not (TERRITORY_WORDS | BASE_WORDS) & words \
        and not FIGHT_WORDS & bag and bool(CAPTIVE_WORDS & words)


def _state_or_country(actor: Actor | None) -> bool:
    """A state's forces or a country named as the actor ("Russia", "Israeli")."""
    return actor is not None and not _armed_nonstate(actor) and not civilian(actor) \
        and (not actor.roles or _state(actor))


def _taken_by(source: Actor | None, target: Actor | None = None) -> tuple[str, str]:
    """ACLED files territory taken in fighting by who takes it: the state, or forces fighting
    on its side (peacekeepers, an intergovernmental mission: "AU troops captured a town held
    by al-Shabab"), regain it."""
    allied = source is not None and source.code.startswith("IGO") and _armed_nonstate(target)
    # a state's forces taking ground in another country are, for ACLED, "a non-state actor or
    # foreign state actor" overtaking territory ("Russian forces captured a village in Donetsk")
    abroad = source is not None and target is not None and bool(source.country) and bool(target.country) \
        and source.country != target.country and not _roles(target) & (STATE_ROLES | ARMED_ROLES) \
        and target.text.lower() != target.name.lower()  # a place in the country, not a neighbour named near it
    return GOV_REGAINS if (_state(source) or allied) and not abroad else NSA_OVERTAKES


INVASION_WORDS = frozenset({"invasion", "invade", "invaded", "offensive"})


def _territory(code: str, bag: set[str], trigger_lemma: str, source: Actor | None,
               target: Actor | None) -> tuple[str, str] | None:
    """Territory changing hands: occupied (CAMEO 192), captured ("captured the city", which
    the coder may file as seizing property, 171), armed fighters driven out of a place (201),
    handed over or left behind in a retreat (0874). Without fighting it is a non-violent
    transfer."""
    captured = trigger_lemma in CAPTURE_LEMMAS and not (trigger_lemma == "take" and "place" in bag)
    # ("seized a convoy of trucks near the village": goods taken, not the village)
    seized = code[:3] == "192" or (code[:3] == "171" and captured and TERRITORY_WORDS & bag
                                   and not SEIZED_GOODS_WORDS & bag)
    expelled = code[:3] == "201" and _roles(target) & ARMED_ROLES and TERRITORY_WORDS & bag
    if seized and not TERRITORY_WORDS & bag and INVASION_WORDS & bag:
        return CLASH  # "launched a large-scale invasion": a war begun, no place taken yet
    if seized or expelled:
        fighting = FIGHT_WORDS & bag
        # ("fell into the hands of the rebels" is conquest, not a handover)
        peaceful = NONVIOLENT_WORDS & bag and not fighting and trigger_lemma != "fall"
        return NONVIOLENT_TRANSFER if peaceful else _taken_by(source, target)
    # (what is vacated is a place, named or not: "vacated Kudhaa")
    if code == "0874" and (TERRITORY_WORDS & bag or trigger_lemma == "vacate") and (
            HANDOVER_WORDS & bag or trigger_lemma in WITHDRAW_LEMMAS and (
            "from" in bag or {"out", "of"} <= bag or trigger_lemma in LEFT_BEHIND_LEMMAS)):
        # "handed over the base", "withdrew from / pulled out of the town", "abandoned the village"
        return NONVIOLENT_TRANSFER
    return None


def _strategic(code: str, bag: set[str], trigger_lemma: str, source: Actor | None,
               target: Actor | None) -> tuple[str, str] | None:
    """Strategic developments the CAMEO code alone cannot name: weapons disrupted,
    territorial change, bases established, property looted (by rioters: a riot)."""
    if (code[:2] == "15" or code[:3] == "171") and trigger_lemma in DISRUPT_LEMMAS \
            and (DISRUPT_WORDS & (bag | _words_of(target)) or trigger_lemma in ("explosion", "detonation")):
        # ("defused and removed the bomb": the shared object; "a controlled explosion": of a bomb)
        return DISRUPTED  # a cache seized in a town is a disrupted weapon, not a captured town
    if code[:2] in ("18", "19") and trigger_lemma in DISRUPT_LEMMAS and WEAPON_SUBJECT not in bag \
            and _state(source) and DISRUPT_WORDS & _words_of(target) and not _roles(target) & ARMED_ROLES - {"UAF"}:
        return DISRUPTED  # "troops destroyed an IED": the bomb is what the state's forces acted on
    # (people "taken" to an unknown place are seized too: "took them to an unknown destination")
    seizing = trigger_lemma in SEIZE_PERSON_LEMMAS or trigger_lemma == "take" and bool(DISAPPEAR_WORDS & bag)
    if code[:3] == "171" and seizing and (
            _people(target) and not TERRITORY_WORDS & bag or _fighters_taken(target, bag)):
        # a person "seized" is detained, not property taken: an arrest by the state, an
        # abduction by anyone else
        return ARRESTS if _state(source) else ABDUCT
    territory = _territory(code, bag, trigger_lemma, source, target)
    if territory is not None:
        return territory
    if code[:2] == "15" and trigger_lemma in BASE_LEMMAS and BASE_WORDS & bag:
        return HQ
    if code[:2] == "19" and trigger_lemma in DOWNING_LEMMAS and (AIRBORNE_THREATS | AIR_DEFENCE_WORDS) & bag \
            and WEAPON_SUBJECT not in bag and (trigger_lemma == "intercept" or not (
                target is not None and _roles(target) & ARMED_ROLES and (
                    FIGHTER_WORDS & _words_of(target) or FIGHTER_WORDS & bag and not AIRBORNE_THREATS & bag))):
        # (fighters "neutralised in drone strikes" were killed by the drones, not downed them;
        # what is intercepted is the weapon, whoever fired it: "intercepted a missile fired by the rebels")
        return DISRUPTED  # a missile or drone shot down (not "a missile destroyed a building")
    if code[:3] == "171" and (civilian(source) or RIOTER_WORDS & bag):
        # ACLED: property destruction and looting by demonstrators or mobs is a riot
        return _riot(bag, source, target)
    if code[:3] == "171" and LETHAL_WORDS & bag:
        # ACLED files looting and destruction as such only outside other violence: homes
        # burnt with people killed are an attack on civilians
        return VAC_ATTACK
    return None


def _group_change(code: str, bag: set[str], trigger_lemma: str, source: Actor | None) -> bool:
    if code == "0873" and _armed_nonstate(source):
        return True  # an armed group disarmed or disbanded
    if code[:2] not in ("03", "06", "12", "16") or not (
            trigger_lemma in GROUP_CHANGE_LEMMAS or trigger_lemma == "announce" and MERGER_WORDS & bag
            or trigger_lemma == "agree" and {"merge", "unite", "unify", "combine"} & bag):
        return False  # ("the three rebel groups agreed to merge")
    if trigger_lemma in ("pledge", "swear") and "allegiance" not in bag:
        return False  # "pledged aid" is a promise, not a change of sides
    if trigger_lemma in ("join", "combine", "unite", "announce"):
        # (a state joining a coalition is no armed group's change; groups that "joined forces" merged)
        return _armed_nonstate(source) or ("forces" in bag and not _state(source) and GROUP_WORDS & bag != set())
    return _armed_nonstate(source) or bool(GROUP_WORDS & bag)


def _struck_from_afar(bag: set[str], trigger_lemma: str) -> bool:
    """ "strikes" as a noun ("US strikes killed four"); the verb ("the bomber struck a base")
    says nothing about the weapon, nor does it in a clause beside the trigger: "killed when a
    home was struck by artillery fire")."""
    return "strikes" in bag or ("strike" in bag and trigger_lemma != "strike" and not {"struck", "striking"} & bag)


def _lethal(bag: set[str]) -> bool:
    """Killing, or live fire: bullets that are not rubber or plastic ones, fire opened (not
    into the air)."""
    return bool(LETHAL_WORDS & bag) or "bullets" in bag and not {"rubber", "plastic"} & bag \
        or "open" in bag and "fire" in bag and not {"air", "warning"} & bag


def _words_of(actor: Actor | None) -> set[str]:
    return set(actor.text.lower().split()) if actor is not None else set()


def _tear_gas(bag: set[str]) -> bool:
    """Tear gas in the clause ("tear" alone is also the lemma of "war-torn", "tore")."""
    return "teargas" in bag or "tear" in bag and bool({"gas", "gases"} & bag)


def _others(bag: set[str], actor: Actor | None) -> set[str]:
    """The clause's words without the actor's own ("protesters attacked a hotel": the
    protest word belongs to the attacker, not to the victims), nor posts that are no
    soldiers' ("the Dacia administrative post", a district; "gunmen at a mock checkpoint",
    their own)."""
    rest = bag if actor is None else bag - {w.lower() for w in actor.text.split()}
    if "administrative" in rest:
        rest = rest - {"post"}
    if {"mock", "fake", "illegal", "makeshift"} & rest:
        rest = rest - {"checkpoint", "checkpoints"}
    return rest


def _armed_people(source: Actor | None) -> bool:
    """People the resolver reads as civilians but the text calls armed ("armed herders",
    "armed settlers"): ACLED codes their killings as attacks by an identity militia."""
    return source is not None and "armed" in source.text.lower().split()


# what an attack on armed men names in its clause: their posts, ranks, a fight with them
# (not "police" or "military": "police said", "gunmen wearing military uniforms")
ARMED_TARGET_WORDS = frozenset({"soldier", "soldiers", "troops", "marines", "policemen", "gendarmes", "gendarme",
                                "base", "post", "checkpoint", "barracks", "patrol", "convoy", "auxiliaries"})
FIRE_EXCHANGE = frozenset({"gunfire", "firefight", "exchanged", "battle"})


def _uncounted_dead(target: Actor | None) -> bool:
    """"17 people", "at least 20 people": the dead counted, not said to be civilians."""
    words = _words_of(target)
    return bool(words & {"people", "persons", "others"}) and not words & VICTIM_WORDS


# words of a state's body or ground, not of one official
STATE_BODY_WORDS = frozenset({"government", "stronghold", "strongholds", "positions", "regime", "authorities",
                              "administration", "ministry", "office", "offices", "building", "buildings"})
# officials out of uniform: civilians to ACLED when armed men attack them
UNARMED_STATE_ROLES = frozenset({"GOV", "ELI", "LEG", "JUD"})


CIVIL_SERVANT_WORDS = frozenset({"servant", "servants", "teacher", "teachers", "clerk", "clerks", "councillor",
                                 "councillors", "councilor", "councilors", "administrator", "administrators"})


def _unarmed_target(target: Actor | None, bag: set[str], source: Actor | None) -> bool:
    """Whom armed men attack is unarmed: an official or politician, or no one named where the
    clause names no armed side or fight (a truck, a man shot at his door)."""
    own = _words_of(source)
    rest = {w for w in _others(bag, source) if not any(o.startswith(w) for o in own)}  # (and their lemmas)
    roles = _roles(target)
    if "ELI" in roles and not roles & (ARMED_ROLES | {"MIL", "COP"}) and not {"between", "encounter"} & bag \
            and not (ARMED_TARGET_WORDS | CLASH_NOUNS | FIRE_EXCHANGE | FIGHT_WORDS) & (rest - _words_of(target)):
        return True  # "a former village head", "a former soldier": out of office, out of uniform
    if (ARMED_TARGET_WORDS | CLASH_NOUNS | FIRE_EXCHANGE | FIGHT_WORDS | ARMED_WORDS) & rest \
            or {"between", "encounter", "encounters"} & bag:
        return False  # (a fight between two sides: "killed in an encounter between troops and the NPA")
    if target is None:
        return bool(SHOOTING_WORDS & bag or LETHAL_WORDS & bag or {"opened", "fire"} <= bag)
    person = _one_person(target) and not _words_of(target) & (TERRITORY_WORDS | BASE_WORDS | STATE_BODY_WORDS) \
        or bool(_words_of(target) & CIVIL_SERVANT_WORDS)  # ("two civil servants who teach")
    if roles & UNARMED_STATE_ROLES and not (person or roles & CIVILIAN_ROLES):
        # ("authorities were attacked during an operation": the state's men on duty; "attacks
        # on the government's last stronghold": its ground)
        return False
    return bool(roles) and roles <= UNARMED_STATE_ROLES | CIVILIAN_ROLES and target.code != target.country


def _civilian_victims(bag: set[str], target: Actor | None, source: Actor | None) -> bool:
    """Force used on unarmed people: a resolved civilian target, or civilian victims named
    in the clause (and, for places like a village or church, no armed side named)."""
    rest = _others(bag, source)
    if civilian(target) and not (_uncounted_dead(target) and (ARMED_TARGET_WORDS | CLASH_NOUNS | FIRE_EXCHANGE) & rest):
        return True  # ("17 people were killed after militants attacked a military base": the
        # dead, unnamed, fell in a fight with the base's soldiers)
    if target is not None and _roles(target) & ARMED_ROLES:
        return False
    return bool(VICTIM_WORDS & rest) or bool(VICTIM_PLACES & rest and not ARMED_WORDS & rest)


# what is burned when no one is hurt: property (ACLED's looting / property destruction)
BURNED_PROPERTY = frozenset({"house", "houses", "home", "homes", "shop", "shops", "building", "buildings",
                             "hut", "huts", "village", "villages", "market", "office", "offices", "ministry",
                             "ministries", "track", "vehicles", "cars", "crops", "granary", "granaries"})


# communal armed groups the resolver reads as civilians ("Israeli settlers", "herdsmen")
COMMUNAL_RAIDERS = frozenset({"settler", "settlers", "herdsman", "herdsmen", "herder", "herders"})


def _property_burned(bag: set[str], trigger_lemma: str, source: Actor | None, two_sided: bool) -> bool:
    """"Troops torched the village, burning ten houses", "insurgents burnt down 40 houses":
    arson of property with no one killed, hurt or fought (ACLED: looting/property destruction;
    a crowd's arson stays a riot)."""
    rest = _others(bag, source)
    return trigger_lemma in ("torch", "burn", "set", "raze", "loot") and bool(ARSON_WORDS & bag or trigger_lemma == "loot") \
        and bool(BURNED_PROPERTY & rest) and not two_sided and not _lethal(bag) \
        and not (VICTIM_WORDS | {"injured", "wounded", "injuring", "wounding"}) & rest \
        and not civilian(source) and not DEMO_WORDS & bag


def _violent(base: tuple[str, str], code: str, bag: set[str], trigger_lemma: str,
             target: Actor | None, source: Actor | None) -> tuple[str, str]:
    """Battles, remote violence and violence against civilians (CAMEO 18-20) told apart
    by the codebook's tests: weapon, who fights, who is hurt."""
    # both sides fight: a clash verb, or two named sides of a clash noun ("died in a firefight")
    # (forces that repel or fight off an attack fight its authors: "repelled four Russian attacks")
    two_sided = trigger_lemma in CLASH_LEMMAS | {"repel", "repulse"} or bool(CLASH_NOUNS & bag and (
        source is not None and target is not None or "between" in bag)) \
        or bool("between" in bag and {"fighting", "battles", "gunbattle"} & bag and weapon_subtype(bag) is None)
    # ("gunfights / fighting between X and Y"; artillery fire told beside it keeps its weapon)
    # (and the dead or hurt of a fight whose sides go unnamed: "13 people were killed
    # following numerous shootouts", "five people were injured during a gun battle")
    two_sided = two_sided or source is None and trigger_lemma in HARM_LEMMAS and bool(FIGHT_SETTINGS & bag) \
        and weapon_subtype(bag) is None
    # (a clash with armed men, the other side unnamed: "after a clash with the PKK")
    two_sided = two_sided or source is None and bool(CLASH_NOUNS & bag) \
        and (bool(_roles(target) & ARMED_ROLES) or "with" in bag) and weapon_subtype(bag) is None
    if code == "1831":
        return SUICIDE  # the coder saw a suicide attack ("blew herself up")
    if SEXUAL_WORDS & bag:
        return SEXUAL
    if MOB_WORDS & bag and code[:3] != "181":  # (gunmen who abduct and kill a vigilante abduct)
        # "a mob lynched ...": violence by a disorganised crowd; a mob that burns a police
        # station riots against the state (a violent demonstration)
        against_state = _state(target) or bool(POLICE_WORDS & _words_of(target))
        return VIOLENT_DEMO if against_state and ARSON_WORDS & bag else MOB
    if _property_burned(bag, trigger_lemma, source, two_sided):
        return LOOTING
    if code[:2] == "18" and _roles(source) & {"MIL", "COP"} and not two_sided and _lethal(bag) \
            and not {"rubber", "plastic", "teargas", "tear"} & bag and DEMO_WORDS & (_others(bag, source) | _words_of(target)):
        return EXCESSIVE  # "police shot and killed a protester": lethal force on demonstrators
    weapon = weapon_subtype(bag)
    if base == CHEMICAL:
        return base  # a chemical weapon whatever delivers it (helicopters dropping chlorine)
    if weapon is not None and code not in ("181", "1821", "184") and not two_sided:
        return weapon  # remote violence keeps its weapon type whoever is hit
    if base[0] not in ("Battles", "Violence against civilians", "Explosions/Remote violence"):
        return base
    if weapon is None and not two_sided and _struck_from_afar(bag, trigger_lemma) \
            and (source is None or _state_or_country(source)):
        return AIR  # "Israeli strikes on Gaza", "a Russian strike on Kharkiv"
    if weapon is None and _tear_gas(bag) and not civilian(source):
        # tear gas: crowd control; with killing or live bullets (not rubber ones) excessive force
        return EXCESSIVE if _lethal(bag) else INTERVENTION
    if COMMUNAL_RAIDERS & _words_of(source) and not two_sided and _civilian_victims(bag, target, source):
        # armed settlers or herders who raid a village attack civilians (ACLED), no mob; with
        # stones and fires and no guns they are a mob
        return MOB if THROWN_OBJECTS & bag and not SHOOTING_WORDS & bag else VAC_ATTACK
    if civilian(source) and trigger_lemma not in VICTIM_VERBS and code[:3] not in ("181", "183"):
        # (abductions and bombings by people the resolver read as civilians stay what they are)
        # civilians fighting the police or each other: a riot, not a battle; demonstrators
        # (named in the source phrase or the clause) riot, a crowd is a mob, and armed men who
        # shoot people dead attack them
        if (SHOOTING_WORDS & bag or code[:3] == "193" or LETHAL_WORDS & bag and _armed_people(source)) \
                and not DEMO_WORDS & bag and (_civilian_victims(bag, target, source) or _lone_person(source)):
            return VAC_ATTACK  # (one man who shoots an official attacks him: no riot)
        if _few_people(source) and not (DEMO_WORDS | RIOTER_WORDS | MOB_WORDS) & bag \
                and _civilian_victims(bag, target, source):
            return VAC_ATTACK  # "a journalist was attacked by two men": assailants, no mob
        return _riot(bag, source, target)
    if DEMO_WORDS & _others(bag, source) and not (_armed_nonstate(source) and not two_sided):
        # force against demonstrators; a two-sided clash means the crowd fought back (gunmen
        # who kill an activist attack her: excessive force is the state's)
        return VIOLENT_DEMO if two_sided else EXCESSIVE
    if code[:3] == "201" and _roles(target) & ARMED_ROLES:
        return CLASH  # armed fighters driven out: a battle, not an expulsion of civilians
    if base[0] == "Battles" and not two_sided and _civilian_victims(bag, target, source):
        return VAC_ATTACK  # a battle needs two armed sides; force on civilians is an attack
    if base[0] == "Battles" and not two_sided and _armed_nonstate(source) and _unarmed_target(target, bag, source):
        # "gunmen shot dead a former village head", "militants opened fire on two civil
        # servants", "insurgents shot at a truck": armed men on the unarmed (officials out of
        # uniform are civilians to ACLED), no battle
        return VAC_ATTACK
    if base == VAC_ATTACK and _uncounted_dead(target) and _roles(source) & ARMED_ROLES \
            and (ARMED_TARGET_WORDS | CLASH_NOUNS | FIRE_EXCHANGE) & _others(bag, source):
        return CLASH  # "17 people were killed after militants attacked a military base": a battle
    if base == VAC_ATTACK and _roles(target) & ARMED_ROLES and _roles(source) & ARMED_ROLES:
        # "police officers were wounded when guerrillas attacked a police station": armed
        # sides fighting, a battle, not violence against civilians
        return CLASH
    if two_sided:
        return CLASH  # both sides fight, whatever weapons they use
    return base


# words that set a protest before or after the act, not around it
# a protest told as before or after the arrest, or only called for ("as tensions rise over its
# calls for nationwide protests"): the arrest is no intervention in one
TIMING_WORDS = frozenset({"ahead", "before", "after", "following", "eve", "calls", "planned", "upcoming"})
# a protest still to come, whoever was held
PROTEST_TO_COME = frozenset({"ahead", "eve", "planned", "upcoming", "prevent", "way", "prepared", "preparing",
                             "headed", "heading", "scheduled", "attending", "attend", "joining"})


def _one_person(actor: Actor | None) -> bool:
    """A single person ("the opposition leader", "Alexei Navalny"), not a crowd or a number."""
    if actor is None or not actor.text:
        return False
    words = actor.text.split()
    return not words[-1].lower().endswith("s") and not any(w[:1].isdigit() for w in words)


def _riot(bag: set[str], source: Actor | None, target: Actor | None = None) -> tuple[str, str]:
    """Demonstrators who turn violent, and rioters who fight the police or burn its cars,
    riot against the state (ACLED's violent demonstration), as do crowds that burn a police
    station; a mob's violence is against others, outside demonstrations (mob violence)."""
    doers = bag | set(source.text.lower().split()) if source is not None else bag
    against_police = bool(RIOTER_WORDS & doers and POLICE_WORDS & bag)
    against_state = target is not None and bool(_roles(target) & STATE_ROLES) and not MOB_WORDS & bag
    return VIOLENT_DEMO if DEMO_WORDS & doers or against_police or against_state or "supporter" in bag else MOB


def _repression(base: tuple[str, str], code: str, bag: set[str], trigger_lemma: str,
                target: Actor | None, source: Actor | None) -> tuple[str, str]:
    """Coercion (CAMEO 17): arrests, disappearances, dispersal of demonstrations."""
    protest = bool(DEMO_WORDS & _others(bag, source)) or (civilian(target) and PROTEST_ACTIONS & bag) \
        or (code == "175" and (bool({"crowd", "crowds"} & bag) or civilian(target)))  # the coder saw a gathering repressed
    lethal = _lethal(bag)
    if code[:3] == "173":
        if _armed_nonstate(source) or DISAPPEAR_WORDS & bag:
            return ABDUCT  # detention by an armed group, or to an unknown place
        if protest and (_one_person(target) and TIMING_WORDS & bag or PROTEST_TO_COME & bag):
            # "the opposition leader was detained ahead of a planned protest", "activists
            # detained on their way to the rally": arrests before any protest took place
            return base
        return INTERVENTION if protest else base  # arrests at a protest are an intervention
    if protest and trigger_lemma in STOP_LEMMAS and not lethal:
        return INTERVENTION  # "police prevented the march": a protest stopped, no one killed
    if code == "175" and (trigger_lemma in ARREST_LEMMAS or (INTERVENTION_WORDS & bag and not lethal)):
        # arrests, tear gas, dispersal without deaths: ACLED's "protest with intervention";
        # "excessive force" is kept for lethal or grave violence against demonstrators; a
        # crowd that threw stones or burned tyres was a violent demonstration, dispersed
        return VIOLENT_DEMO if PROTESTER_VIOLENCE & bag else INTERVENTION
    if code == "175" and protest and not lethal and not INJURY_WORDS & bag:
        # ("security forces clashed with angry demonstrators, who burned tyres": force that
        # killed or hurt no one is no excessive force; the crowd's own violence makes a riot,
        # and so does a clash, a fight of both sides)
        return VIOLENT_DEMO if PROTESTER_VIOLENCE & bag or trigger_lemma in CLASH_LEMMAS else INTERVENTION
    if code == "175":
        return base if protest else VAC_ATTACK  # repression outside a protest: an attack
    if protest and (trigger_lemma in DISPERSE_LEMMAS or INTERVENTION_WORDS & bag):
        return EXCESSIVE if lethal else INTERVENTION
    return base


def _crowd_strife(pair: tuple[str, str] | None, bag: set[str], source: Actor | None) -> tuple[str, str] | None:
    """Homes torched "during communal clashes" or by rioters, with no armed group named: a
    crowd's violence (mob violence), not a group's looting or property destruction."""
    armed = source is not None and bool(_roles(source) & (NONSTATE_ARMED | STATE_ROLES))
    return MOB if pair == LOOTING and CROWD_STRIFE_WORDS & bag and not armed else pair


def refine_acled(base: tuple[str, str] | None, code: str, words: Iterable[str],
                 target: Actor | None = None, trigger_lemma: str = "",
                 source: Actor | None = None) -> tuple[str, str] | None:
    """The ACLED pair for an event of CAMEO `code` whose clause has these lower-case words
    and lemmas, between these actors."""
    bag = set(words)
    if _group_change(code, bag, trigger_lemma, source):
        return GROUP_CHANGE
    if code == "017" and VIGIL_WORDS & bag and VIGIL_DEMAND_WORDS & bag and not _state_or_country(source):
        return PEACEFUL  # a vigil held to demand or denounce something is a demonstration
    if _crowd_voicing(code, trigger_lemma, source):
        return PEACEFUL
    if base is None or trigger_lemma in JUDICIAL_LEMMAS or code == "172" and {"sentence", "sentences", "term", "terms", "penalty"} & bag:
        return None  # court rulings and sentences ("handed a prison sentence") are outside ACLED's scope
    root = code[:2]
    special = _strategic(code, bag, trigger_lemma, source, target)
    if special is not None:
        return special
    if root in VIOLENT_ROOTS:
        return _crowd_strife(_violent(base, code, bag, trigger_lemma, target, source), bag, source)
    if root == "17":
        return _crowd_strife(_repression(base, code, bag, trigger_lemma, target, source), bag, source)
    if code[:3] == "145" and MOB_WORDS & (bag | _words_of(source)) and not DEMO_WORDS & bag:
        return MOB  # "a mob burned police motorcycles": rioters with no demonstration
    if root == "14" and PROTESTER_VIOLENCE & bag and not _state_or_country(source):
        return VIOLENT_DEMO  # "supporters blocked roads and burned tyres": a violent demonstration
    if root == "14" and code[:3] != "145" and INTERVENTION_WORDS & bag and {"police", "security"} & bag:
        return VIOLENT_DEMO if PROTESTER_VIOLENCE & bag else INTERVENTION
    if root == "14" and FIGHT_WORDS & bag and not DEMO_WORDS & (bag | _words_of(source)):
        if civilian(source) and "COP" in _roles(target):
            return _riot(bag, source, target)  # "miners clashed with police": a riot
        if civilian(source) and (target is None or civilian(target)):
            return MOB  # "supporters of both parties clashed": civilians fighting civilians
        return CLASH  # "fighting raged": a battle, whatever verb carried it
    if code[:3] == "145" and not RIOT_EVIDENCE & bag:
        return PEACEFUL  # ACLED: a demonstration is violent only if the demonstrators are
    return base


# One report, one ACLED event: when a sentence yields several typed events ("stormed the
# village and killed 40 residents"), the codebook's most specific reading wins: a prevented
# or weapon-defined strike before territory changes, repression and riots, before the
# generic attack and clash, before non-violent developments.
PRIMARY_ORDER: tuple[str, ...] = (
    "Disrupted weapons use", "Chemical weapon", "Suicide bomb", "Air/drone strike",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade",
    "Government regains territory", "Non-state actor overtakes territory",
    "Non-violent transfer of territory", "Excessive force against protesters", "Sexual violence",
    "Violent demonstration", "Protest with intervention", "Mob violence", "Abduction/forced disappearance",
    "Attack", "Armed clash", "Headquarters or base established",
    "Looting/property destruction", "Peaceful protest", "Agreement", "Arrests",
    "Change to group/activity", "Other",
)
_PRIMARY_RANK = {sub: i for i, sub in enumerate(PRIMARY_ORDER)}
# ACLED records events that happened, never threats, plans or denied acts
FACTUAL = frozenset({"asserted", "reported"})


def primary_acled(events: Iterable[Event]) -> tuple[str, str] | None:
    """The one ACLED (event type, sub-event type) a coder would give a report that yielded
    these events: factual events only, the most specific sub-event type first."""
    event = primary_acled_event(events)
    return None if event is None else (event.acled.event_type, event.acled.sub_event_type)


def primary_acled_event(events: Iterable[Event]) -> Event | None:
    """The event whose ACLED type is the report's (`primary_acled`)."""
    factual = [e for e in events if e.acled is not None and e.modality in FACTUAL]
    if not factual:
        return None
    candidates = factual
    if any(e.acled.event_type == "Violence against civilians" for e in factual):
        # "gunmen invaded the village and abducted 30 people": a raid on its people, no ground held
        candidates = [e for e in candidates
                      if not (_pair(e) == NSA_OVERTAKES and e.evidence.trigger.lower() in RAID_TRIGGERS)] or candidates
    if any(e.acled.sub_event_type == "Attack" and _deadly(e) for e in factual):
        # people killed as well as taken ("killed a dozen and kidnapped several"): an attack
        candidates = [e for e in candidates if e.acled.sub_event_type != "Abduction/forced disappearance"]
    clash_acts = {_act_of(e) for e in factual if e.acled.sub_event_type == "Armed clash"}
    if any(e.acled.sub_event_type == "Attack" and _act_of(e) in clash_acts for e in factual):
        # one act that killed soldiers and civilians ("killed three soldiers and nine civilian
        # auxiliaries"): a battle with the forces, the civilians its casualties
        candidates = [e for e in candidates if e.acled.sub_event_type != "Attack"] or candidates
    if not candidates:
        return None
    return min(candidates, key=lambda e: _PRIMARY_RANK.get(e.acled.sub_event_type, len(PRIMARY_ORDER)))


def outranks(sub_event_type: str, other: str) -> bool:
    """Whether ACLED's precedence puts `sub_event_type` before `other` (more specific)."""
    last = len(PRIMARY_ORDER)
    return _PRIMARY_RANK.get(sub_event_type, last) < _PRIMARY_RANK.get(other, last)


def _pair(event: Event) -> tuple[str, str]:
    return event.acled.event_type, event.acled.sub_event_type


RAID_TRIGGERS = frozenset({"invaded", "invade", "invades", "invading", "stormed", "storm", "storms", "storming",
                           "raided", "raid", "raids", "raiding", "entered", "enter", "overran", "overrun"})


def _act_of(event: Event) -> tuple[int, int | None]:
    return event.evidence.sentence, event.evidence.trigger_start


def _deadly(event: Event) -> bool:
    return bool(event.fatalities) or event.evidence.trigger.lower() in LETHAL_WORDS

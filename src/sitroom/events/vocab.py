"""Word classes and code-family rules of the event coder.

The verb classes say how a verb relates to the action it governs (reports it, appeals for
it, promises or threatens it, refuses it, plans it); the family rules follow the CAMEO
codebook's parallel numbering of appeals (02), intents (03), demands (10), rejections (12)
and threats (13) with the material categories they are about.
"""
from __future__ import annotations

SPEECH = frozenset({"say", "tell", "announce", "state", "add", "report", "claim", "confirm",
                    "note", "declare", "stress", "reiterate", "explain", "write", "comment",
                    "indicate", "insist", "argue", "assert", "maintain", "disclose", "reveal",
                    "inform", "quote", "acknowledge", "emphasize", "emphasise", "remark",
                    "tweet", "post", "mention", "read", "estimate"})
DECLARE = frozenset({"announce", "declare", "proclaim", "unveil", "order", "impose"})
APPEAL = frozenset({"urge", "appeal", "ask", "request", "call", "plead", "implore", "beg",
                    "invite", "encourage", "petition", "press", "push", "lobby"})
DEMAND = frozenset({"demand", "require", "pressure", "pressurize", "pressurise"})
# an order to one's own forces or subjects is carried out as the ordered act, by the orderer
ORDER = frozenset({"order", "command", "direct", "instruct", "authorize", "authorise"})
INTENT = frozenset({"promise", "pledge", "offer", "agree", "commit", "undertake",
                    "volunteer", "consent", "resolve"})
ACCEPT = frozenset({"accept", "heed", "grant", "meet", "satisfy", "fulfil", "fulfill", "accede"})
DEMAND_NOUNS = frozenset({"demand", "request", "call", "appeal", "ultimatum", "condition", "plea"})
THREAT = frozenset({"threaten", "vow", "swear", "warn"})
REFUSE = frozenset({"refuse", "reject", "decline", "rebuff", "spurn", "veto", "deny", "dismiss"})
PROPOSAL_NOUNS = frozenset({"appeal", "request", "demand", "call", "offer", "proposal", "plan",
                            "initiative", "ultimatum", "proposition", "invitation", "bid", "plea"})
PLAN = frozenset({"plan", "intend", "expect", "prepare", "aim", "schedule", "seek",
                  "hope", "want", "wish", "consider", "mull", "weigh", "propose"})
ATTEMPT = frozenset({"attempt", "try"})
# verbs whose object noun names the event: "held talks", "opened an investigation"
LIGHT_VERBS = frozenset({"launch", "stage", "mount", "wage", "conduct", "carry", "hold", "open", "order", "take",
                         "begin", "start", "continue", "resume", "undertake", "complete",
                         "intensify", "escalate", "unleash", "step", "make", "pay",
                         "initiate", "renew", "organize", "organise", "lead", "join",
                         "issue", "lodge", "file", "voice", "extend", "deliver", "reiterate"})
# the governed act is what happened: "continued to send", "decided to allow"
ASPECTUAL = frozenset({"continue", "begin", "start", "resume", "keep", "go", "renew", "step", "manage",
                       "decide", "move", "proceed"})
READINESS = frozenset({"willing", "ready", "prepared", "committed", "determined", "set", "poised", "eager"})
# "is guilty of shelling", "was responsible for killing": the preposition that takes the act
CULPABLE = {"guilty": "of", "responsible": "for", "culpable": "for"}
# a commitment is a pledge even when the committed act has no code: "is committed to reform" (030)
COMMITTED = frozenset({"committed", "determined"})
# "concluded / found / ruled that ...", "saw (that) ...": a finding states its clause as a speaker does
# ("AFP journalists saw", "witnesses saw police fire on the crowd": a witness reports what he saw)
FINDING_VERBS = frozenset({"conclude", "find", "rule", "see", "witness", "observe"})
# "charged / complained / protested that X did Y": disapproval of X, the clause's subject
DISAPPROVAL_VERBS = frozenset({"charge", "complain", "protest", "allege", "accuse", "criticize",
                             "criticise", "condemn", "denounce", "deplore", "lament"})
OBLIGATION_AUX = frozenset({"must", "should"})
CESSATION = frozenset({"stop", "end", "halt", "cease", "suspend", "freeze", "abandon"})
DENIAL_NOUNS = frozenset({"responsibility", "involvement", "role", "charge", "allegation",
                          "accusation", "report", "claim", "link", "participation", "complicity",
                          "account", "version", "allegations", "reports", "claims", "charges"})
CONFLICT_WORDS = frozenset({"fighting", "fight", "violence", "hostility", "hostilities", "war",
                            "attack", "attacks", "military", "operation", "offensive", "bombing",
                            "shelling", "clash", "clashes", "combat", "strike", "raid", "assault",
                            "firing", "killing", "action"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "can"})
PLANNED_AUX = frozenset({"will", "shall", "'ll", "wo"})
TARGET_PREPS = ("against", "on", "upon", "with", "to", "into", "toward", "towards", "at", "from")
NOMINAL_PREPS_TARGET = ("on", "against", "upon", "at", "in")

# moods, speech-act nouns, strike senses
OPTIMISM = frozenset({"confident", "optimistic", "hopeful", "upbeat", "encouraged", "positive",
                      "sure", "certain"})
PESSIMISM = frozenset({"skeptical", "sceptical", "pessimistic", "worried", "concerned", "doubtful",
                       "gloomy", "wary", "uncertain", "alarmed", "dismayed", "troubled", "anxious",
                       "apprehensive", "fearful", "afraid", "disappointed"})
SPEECH_NOUNS = frozenset({"declaration", "statement", "communique", "communiqué", "reminder",
                          "warning", "message", "letter", "appeal", "call", "note",
                          "resolution", "decree", "order", "report", "video", "recording", "tweet"})
LABOUR_STRIKE_WORDS = frozenset({"general", "labor", "labour", "worker", "workers", "union",
                                 "nationwide", "national", "teachers", "doctors", "indefinite",
                                 "wildcat", "token", "day-long", "one-day"})
PROTEST_STRIKE_VERBS = frozenset({"go", "call", "stage", "organize", "organise", "hold", "join",
                                  "end", "continue", "declare", "begin", "start"})

# ------------------------------------------------------------------ family codes
# CAMEO numbers its appeal (02), demand (10), intent (03), rejection (12) and threat (13)
# families in parallel with the material categories they are about; these prefix rules
# (inner action code prefix -> family code) follow the codebook's category names.
FAMILY_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "02": (("0841", "0253"), ("0842", "0253"), ("084", "0253"), ("081", "0251"), ("082", "0252"),
           ("085", "0254"), ("086", "0255"), ("087", "0256"), ("08", "025"), ("061", "0211"),
           ("062", "0212"), ("063", "0213"), ("064", "0214"), ("06", "021"), ("071", "0231"),
           ("072", "0232"), ("073", "0233"), ("074", "0234"), ("07", "023"), ("045", "028"),
           ("04", "026"), ("05", "022"), ("03", "022")),
    "03": (("0841", "0353"), ("084", "0353"), ("081", "0351"), ("082", "0352"), ("085", "0354"),
           ("086", "0355"), ("087", "0356"), ("08", "035"), ("061", "0311"), ("062", "0312"),
           ("063", "0313"), ("064", "0314"), ("06", "031"), ("071", "0331"), ("072", "0332"),
           ("073", "0333"), ("074", "0334"), ("07", "033"), ("045", "039"), ("04", "036"),
           ("057", "037"), ("05", "032")),
    "12": (("084", "1243"), ("081", "1241"), ("082", "1242"), ("085", "1244"), ("086", "1245"),
           ("087", "1246"), ("08", "124"), ("06", "121"), ("07", "122"), ("045", "126"),
           ("04", "125"), ("057", "127"), ("05", "120")),
    "13": (("1723", "1323"), ("1724", "1324"), ("1722", "1322"), ("1721", "1321"), ("162", "1311"), ("163", "1312"), ("161", "1313"), ("172", "132"), ("14", "133"),
           ("164", "134"), ("165", "135"), ("166", "136"), ("175", "137"), ("173", "137"),
           ("191", "1381"), ("192", "1382"), ("204", "1385"), ("18", "1383"), ("20", "1383"),
           ("19", "1384"), ("15", "138"), ("16", "131"), ("17", "131")),
}
FAMILY_ROOT_CODE = {"02": "020", "10": "100", "03": "030", "12": "120", "13": "130"}
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08"})


def family_code(family: str, inner: str | None) -> str:
    """The code in CAMEO family `family` (02, 10, 03, 12, 13) about the action `inner`."""
    if family == "10":
        mapped = family_code("02", inner)
        return "10" + mapped[2:] if mapped != "020" else "100"
    if inner:
        for prefix, code in FAMILY_RULES.get(family, ()):
            if inner.startswith(prefix):
                return code
    return FAMILY_ROOT_CODE[family]

# ------------------------------------------------------------------ object classes
# Verbs whose CAMEO code depends on what they act on. The codebook separates lifting a
# curfew (0813) from lifting a state of emergency (0814), sanctions (085) or a blockade
# (0872); withdrawing peacekeepers (1661), inspectors (1662), aid agencies (1663) or
# diplomats (161, "withdrawal or expulsion of diplomats") from withdrawing troops (0874)
# and deporting individuals (174). (object head words, code) in priority order.
EASE_VERBS = frozenset({"lift", "ease", "relax", "end", "remove", "scrap", "revoke", "rescind",
                        "loosen", "cancel", "suspend", "repeal", "abolish", "waive", "unfreeze",
                        "shorten"})
EASE_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"curfew"}), "0813"),
    (frozenset({"emergency", "martial"}), "0814"),
    (frozenset({"blockade", "siege"}), "0872"),
    (frozenset({"sanction", "sanctions", "embargo", "boycott", "tariff", "tariffs"}), "085"),
    (frozenset({"ban"}), "0812"),
    (frozenset({"restriction", "restrictions", "censorship", "controls"}), "081"),
)
IMPOSE_VERBS = frozenset({"impose", "reimpose", "declare", "introduce", "enforce", "extend",
                          "slap", "levy", "order", "announce", "tighten", "adopt", "approve", "unveil", "raise",
                          "hike", "expand", "widen", "broaden", "renew", "prolong", "strengthen"})
IMPOSE_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"curfew"}), "1723"),
    (frozenset({"emergency", "martial"}), "1724"),
    (frozenset({"blockade", "siege"}), "191"),
    (frozenset({"sanction", "sanctions", "embargo", "boycott", "tariff", "tariffs", "duty", "duties",
                "freeze", "freezes", "blacklist"}), "163"),  # ("asset freezes and travel bans on officials")
    (frozenset({"restriction", "restrictions", "censorship"}), "172"),
)
REMOVAL_VERBS = frozenset({"withdraw", "pull", "expel", "evacuate", "recall", "kick", "oust",
                           "deport", "throw", "remove", "send", "ship"})
REMOVAL_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"peacekeeper", "peacekeepers", "peacekeeping", "blue", "helmets"}), "1661"),
    (frozenset({"inspector", "inspectors", "observer", "observers", "monitor", "monitors",
                "verifier", "verifiers"}), "1662"),
    (frozenset({"aid", "relief", "ngo", "ngos", "charity", "charities", "humanitarian"}), "1663"),
    (frozenset({"diplomat", "diplomats", "ambassador", "envoy", "attache", "consul",
                "chargé", "charge", "embassy"}), "161"),
)
# "withdraw/pull out troops": retreat (0874); expelling or deporting soldiers is not a retreat
RETREAT_VERBS = frozenset({"withdraw", "pull", "evacuate", "recall"})
FORCE_WORDS = frozenset({"troops", "troop", "forces", "force", "soldiers", "army", "units",
                         "battalion", "battalions", "brigade", "contingent", "garrison", "tanks",
                         "carrier", "carriers", "warship", "warships", "destroyer", "destroyers",
                         "submarine", "submarines", "frigate", "frigates", "bomber", "bombers",
                         "jets", "fighter", "fighters", "marines", "paratroopers", "reinforcements"})
# "strengthened / reinforced its forces": increase armed forces (154), police power (153)
BUILDUP_VERBS = frozenset({"strengthen", "reinforce", "bolster", "boost", "increase", "beef",
                           "mass", "amass", "augment", "double", "triple", "expand"})
BUILDUP_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"police", "policemen", "gendarmes", "gendarmerie"}), "153"),
    (FORCE_WORDS | frozenset({"presence", "deployment", "military", "navy", "warships"}), "154"),
)
# "took steps / measures / action to release prisoners": the step is the act it names
STEP_NOUNS = frozenset({"step", "measure", "action", "move", "steps", "measures"})
# "summoned the ambassador": in CAMEO usage and PLOVER ("summoning an in-country ambassador
# to present such grievances is just coded ACCUSE") a complaint, not a consultation
SUMMON_VERBS = frozenset({"summon"})
ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "attache", "consul",
                         "commissioner"})  # ("the Indian High Commissioner": a Commonwealth ambassador)
# an editorial or coding note is not news text ("Note: ...", "Editor's note: ...")
NOTE_OPENERS = ("note:", "editor's note", "editor’s note", "editors' note", "(note", "[note")
# "handed over medicine / the suspects / the city": aid (07), judicial cooperation (063, as
# "extradite"), military retreat (0874, "yield control of a location")
HANDOVER_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"suspect", "suspects", "fugitive", "fugitives", "bomber", "bombers", "militant",
                "militants", "killer", "killers", "accused", "criminal", "criminals"}), "063"),
    (frozenset({"prisoner", "prisoners", "hostage", "hostages", "detainee", "detainees",
                "captive", "captives", "body", "bodies", "remains"}), "0841"),
    (frozenset({"control", "city", "town", "territory", "base", "province", "area", "power"}), "0874"),
    (frozenset({"medicine", "medicines", "food", "aid", "supplies", "blankets", "tents",
                "relief", "equipment", "vaccines", "drugs"}), "073"),
    (frozenset({"weapons", "arms", "guns", "rifles"}), "0873"),
)
HANDOVER_VERBS = frozenset({"hand", "turn"})
# "considering / exploring the possibility of ...": CAMEO 014 Consider policy option
CONSIDER_VERBS = frozenset({"consider", "explore", "study", "weigh", "mull", "review", "ponder",
                            "contemplate", "examine", "discuss", "debate", "evaluate", "assess"})
POLICY_OPTION_NOUNS = frozenset({"possibility", "option", "options", "idea", "proposal", "plan",
                                 "measure", "measures", "step", "steps", "move", "request",
                                 "offer", "alternative", "alternatives", "suggestion", "bill",
                                 "draft", "prospect", "feasibility", "introduction", "imposition"})
# "engaged in / took part in ethnic cleansing": the event noun after "in" is the event
IN_LIGHT_VERBS = frozenset({"engage", "participate", "involve", "indulge", "take"})
# killing a political leader or official is assassination (186): "Kill, murder, assassinate ..."
KILL_VERBS = frozenset({"kill", "murder", "shoot", "gun", "slay"})
LEADER_WORDS = frozenset({"leader", "chief", "minister", "governor", "mayor", "president",
                          "commander", "deputy", "official", "officials", "judge", "prosecutor",
                          "senator", "lawmaker", "mp", "legislator", "candidate", "premier",
                          "general", "colonel", "imam", "cleric", "councillor", "councilor",
                          "chairman", "head", "envoy", "ambassador", "diplomat"})
# "blew up / demolished houses, a bridge, power lines": CAMEO 1712 Destroy property
DESTROY_VERBS = frozenset({"blow", "destroy", "demolish", "raze", "bulldoze", "torch", "burn",
                           "dynamite", "sabotage", "level", "wreck", "vandalize", "vandalise"})
PROPERTY_WORDS = frozenset({"house", "houses", "home", "homes", "building", "buildings", "bridge",
                            "bridges", "line", "lines", "pipeline", "pipelines", "tower", "towers",
                            "pylon", "pylons", "station", "plant", "depot", "office", "offices",
                            "shop", "shops", "store", "stores", "crop", "crops", "property",
                            "properties", "road", "railway", "rail", "school", "schools", "mosque",
                            "church", "temple", "shrine", "market", "supermarket", "supermarkets", "warehouse", "factory",
                            "hut", "huts", "dwelling", "dwellings", "well", "wells", "car", "cars",
                            "vehicle", "vehicles", "infrastructure", "facility", "facilities",
                            "centre", "center", "clinic", "clinics", "hospital", "church", "churches",
                            "mosques", "markets", "village", "villages", "granary", "granaries", "tent",
                            "tents", "truck", "trucks", "bus", "buses", "shelter", "shelters"})
# restoring or cutting relations: 050 diplomatic cooperation / 161 reduce or break relations
RELATION_WORDS = frozenset({"ties", "relations", "relationship", "contacts", "membership"})
RESTORE_RELATION_VERBS = frozenset({"upgrade", "restore", "establish", "normalize", "normalise",
                                    "resume", "renew", "improve", "strengthen", "forge", "reestablish"})
CUT_RELATION_VERBS = frozenset({"sever", "break", "cut", "downgrade", "suspend", "freeze", "end"})
# "revoked / scrapped / terminated its military agreements with France": undoing a pact is
# reducing relations (16), not signing one (057)
ANNUL_VERBS = frozenset({"revoke", "scrap", "cancel", "terminate", "annul", "abrogate", "rescind", "renounce",
                         "end", "suspend", "ditch", "abandon", "repudiate", "denounce", "void", "nullify",
                         "quit", "exit", "freeze"})
PACT_WORDS = frozenset({"agreement", "agreements", "accord", "accords", "pact", "pacts", "treaty", "treaties",
                        "deal", "deals", "memorandum", "alliance", "partnership"})
# objects that name a measure, not the party it is aimed at ("imposed sanctions on Iran",
# "cut aid to Egypt"): the target is then the object of the measure's preposition
MEASURE_NOUNS = frozenset({"aid", "assistance", "support", "loan", "loans", "grant", "funding",
                           "funds", "sanction", "sanctions", "embargo", "ban", "restriction",
                           "restrictions", "curfew", "ties", "relations", "relationship",
                           "contacts", "tariff", "tariffs", "blockade", "siege", "pressure",
                           "ultimatum", "warning", "demand", "appeal", "offer", "proposal",
                           "plan", "invitation", "apology", "condolences", "praise",
                           "criticism", "accusation", "accusations", "charge", "charges",
                           "weapons", "arms", "supplies", "food", "medicine", "talks", "negotiations",
                           "recognition", "cooperation", "attack", "attacks", "strike", "strikes",
                           "airstrike", "airstrikes", "raid", "raids", "offensive", "assault",
                           "fire", "rocket", "rockets", "missile", "missiles", "shell", "shells"})
MEASURE_PREPS = ("on", "against", "to", "for", "with", "at", "upon", "into", "from")
# "established / set up a base": a force posture move (150; ACLED "Headquarters or base
# established"); "seized weapons": confiscation (1711; ACLED "Disrupted weapons use")
ESTABLISH_VERBS = frozenset({"establish", "set", "build", "open", "relocate"})
BASE_OBJECTS = frozenset({"base", "bases", "headquarters", "hq", "camp", "camps", "outpost",
                          "outposts", "stronghold", "garrison"})
SEIZE_VERBS = frozenset({"seize", "confiscate", "recover", "capture", "find", "discover", "uncover"})
WEAPON_CACHE_WORDS = frozenset({"weapons", "weapon", "arms", "ammunition", "explosives", "cache",
                                "caches", "rifles", "guns", "bombs", "ieds", "grenades", "mines"})
# "used chemical weapons / chlorine gas / barrel bombs": the weapon names the code
USE_VERBS = frozenset({"use", "employ", "deploy", "drop", "unleash", "apply"})
USE_WEAPON_CODES: tuple[tuple[frozenset[str], str], ...] = (
    # crowd-control means first: tear gas is repression (175), not a chemical weapon
    (frozenset({"tear", "teargas", "pepper", "rubber", "batons", "cannon", "cannons"}), "175"),
    (frozenset({"chemical", "chlorine", "sarin", "nerve", "mustard", "toxic", "gas", "biological"}), "2041"),
    (frozenset({"nuclear", "atomic"}), "2042"),
    (frozenset({"barrel", "aircraft", "warplanes", "jets", "drones", "helicopters", "airstrikes"}), "195"),
    (frozenset({"artillery", "tanks", "mortars", "rockets", "missiles", "howitzers"}), "194"),
    (frozenset({"shield", "shields"}), "184"),
    # "used (excessive) force against": military force (190); against a crowd, repression (175)
    (frozenset({"force"}), "190"),
)

# ------------------------------------------------------------------ cooperation contexts
# CAMEO splits material cooperation, aid and the appeals, intents, demands and rejections
# about them by sector (economic, military, judicial, intelligence; humanitarian aid,
# peacekeeping). The clause's words name the sector.
SECTOR_WORDS: dict[str, frozenset[str]] = {
    "economic": frozenset({"trade", "economic", "economy", "investment", "investments", "invest",
                           "loan", "loans", "finance", "financial", "financing", "finances",
                           "credit", "credits", "debt", "fund", "funds", "funding", "money",
                           "business", "commerce", "commercial", "tariff", "tariffs", "export",
                           "exports", "import", "imports", "oil", "energy", "pipeline", "bank",
                           "budget", "free-trade", "currency", "dollars", "euros", "grant",
                           "grants", "development", "infrastructure", "market", "markets"}),
    "military": frozenset({"military", "defense", "defence", "arms", "weapons", "weapon", "troops",
                           "army", "soldiers", "exercises", "exercise", "drills", "maneuvers",
                           "manoeuvres", "naval", "warships", "jets", "fighter", "missiles",
                           "tanks", "ammunition", "armed", "war", "combat"}),
    "judicial": frozenset({"extradite", "extradition", "judicial", "legal", "court", "courts",
                           "justice", "prosecution", "prosecute", "suspect", "suspects",
                           "fugitive", "fugitives", "tribunal", "criminal", "criminals"}),
    "intelligence": frozenset({"intelligence", "information", "data", "espionage", "surveillance"}),
    "humanitarian": frozenset({"humanitarian", "food", "medicine", "medicines", "medical",
                               "refugees", "relief", "shelter", "blankets", "tents", "vaccines",
                               "famine", "starvation", "hunger", "earthquake", "flood", "floods",
                               "drought", "victims", "wheat", "rice", "grain"}),
    "peacekeeping": frozenset({"peacekeeping", "peacekeepers", "peacekeeper", "protection",
                               "protective"}),
}
# generic code -> ((sector, specific code), ...) in priority order
SECTOR_CODES: dict[str, tuple[tuple[str, str], ...]] = {
    "031": (("judicial", "0313"), ("intelligence", "0314"), ("military", "0312"), ("economic", "0311")),
    "033": (("peacekeeping", "0334"), ("humanitarian", "0333"), ("military", "0332"), ("economic", "0331")),
    "060": (("judicial", "063"), ("intelligence", "064"), ("military", "062"), ("economic", "061")),
    "070": (("peacekeeping", "074"), ("humanitarian", "073"), ("military", "072"), ("economic", "071")),
    "021": (("judicial", "0213"), ("intelligence", "0214"), ("military", "0212"), ("economic", "0211")),
    "023": (("peacekeeping", "0234"), ("humanitarian", "0233"), ("military", "0232"), ("economic", "0231")),
    "101": (("judicial", "1013"), ("intelligence", "1014"), ("military", "1012"), ("economic", "1011")),
    "103": (("peacekeeping", "1034"), ("humanitarian", "1033"), ("military", "1032"), ("economic", "1031")),
    "121": (("judicial", "1213"), ("military", "1212"), ("economic", "1211")),
    "162": (("humanitarian", "1623"), ("military", "1622"), ("economic", "1621")),
    "122": (("peacekeeping", "1224"), ("humanitarian", "1223"), ("military", "1222"), ("economic", "1221")),
}
# the generic parents read as the material-cooperation code they stand for
# (generic appeals, demands and rejections, 020/100/120, are left as they are: their clause
# often names a sector only in passing)
SECTOR_PARENTS = {"03": "031", "030": "031", "06": "060", "07": "070", "020": "021"}
# cooperation codes whose clause speaks of aid are the parallel aid codes (CAMEO keeps
# "material cooperation" 031/06/021/101/121 apart from "aid" 033/07/023/103/122)
AID_TWINS = {"031": "033", "060": "070", "021": "023", "101": "103", "121": "122"}
AID_WORDS = frozenset({"aid", "assistance", "relief", "donation", "donations", "grant", "grants"})
# "fighting erupted between X and Y", "riots are continuing": the event noun in subject
# position is the event; its parties are the objects of "between" (both sides) or "by"
OCCURRENCE_VERBS = frozenset({"erupt", "break", "continue", "resume", "spread", "escalate",
                              "intensify", "rage", "flare", "occur", "happen", "take", "persist",
                              "broaden", "widen", "go", "enter", "start", "begin", "renew", "come",
                              "lead", "ensue", "resurge", "reignite", "rekindle", "drag", "transpire", "unfold",
                              "last", "result"})  # ("a firefight lasted 20 minutes", "the encounter resulted in")
# of those, the verbs that tell a new act begin, not one going on ("fighting broke out")
OUTBREAK_VERBS = frozenset({"erupt", "break", "flare", "ensue", "start", "begin"})
# "sent food and medicine", "shipped arms": provide aid (07; the sector rule narrows it,
# weapons and ammunition are military aid 072)
SUPPLY_VERBS = frozenset({"send", "ship", "airlift", "fly", "deliver", "dispatch", "supply",
                          "provide", "give", "donate", "truck", "channel"})
SUPPLY_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"arms", "weapons", "weaponry", "ammunition", "munitions", "missiles", "rifles", "tanks",
                "howitzers", "artillery", "shells", "drones", "jets", "launchers", "systems"}), "072"),
    (frozenset({"aid", "food", "medicine", "medicines", "supplies", "blankets", "tents", "relief",
                "assistance", "vaccines", "grain", "wheat", "rice", "flour", "water", "fuel",
                "shelter", "clothes", "clothing"}), "070"),
)
# CAMEO 017 Engage in symbolic act: "holding vigils, attending funerals, and laying wreath"
SYMBOLIC_VERBS = frozenset({"lay", "place", "attend", "observe", "hold", "light", "keep"})
SYMBOLIC_OBJECTS = frozenset({"wreath", "wreaths", "funeral", "funerals", "vigil", "vigils",
                              "silence", "candle", "candles", "memorial", "commemoration"})
# "lodged / filed / delivered a protest": an official complaint (114), not a demonstration
COMPLAINT_VERBS = frozenset({"lodge", "file", "deliver", "register", "hand", "send", "submit", "issue",
                             "present", "make", "convey"})
# "reduced / suspended food supplies": reduce or stop aid (162; the sector rule narrows it);
# "ended / broke off talks": halt negotiations (164), "... mediation": halt mediation (165)
HALT_VERBS = frozenset({"reduce", "cut", "halt", "suspend", "stop", "freeze", "withhold", "slash",
                        "end", "cancel", "terminate", "discontinue", "break", "abandon", "curtail"})
HALT_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"mediation"}), "165"),
    (frozenset({"talks", "negotiations", "dialogue", "negotiation"}), "164"),
)
# "attempt / plot / bid to assassinate": CAMEO 185 Attempt to assassinate
ATTEMPT_NOUNS = frozenset({"attempt", "bid", "plot", "try"})
ASSASSINATE_LEMMAS = frozenset({"assassinate", "kill", "murder"})
# "received / admitted / allowed in observers, peacekeepers, aid agencies": allow international
# involvement (0861 peacekeepers, 0862 inspectors and observers, 0863 humanitarian access)
RECEIVE_VERBS = frozenset({"receive", "welcome", "admit", "allow", "host", "accept", "permit",
                           "grant", "let"})
RECEIVE_OBJECTS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"peacekeeper", "peacekeepers", "peacekeeping"}), "0861"),
    (frozenset({"inspector", "inspectors", "observer", "observers", "monitor", "monitors",
                "inspection", "inspections", "verifiers"}), "0862"),
    (frozenset({"humanitarian", "aid", "relief", "access"}), "0863"),
)
# "accepted the peace plan / the offer / a formula": agreeing to a proposal is an expressed
# intent to cooperate (030); to meet (036) for invitations and talks; to settle a dispute (037)
ACCEPTED_PROPOSALS = frozenset({"plan", "proposal", "offer", "formula", "deal", "compromise",
                                "settlement", "terms", "invitation", "initiative", "roadmap",
                                "framework", "mediation", "resolution", "package"})
# a body meeting by itself ("the cabinet met on Sunday") is an internal session, not a
# consultation between actors (CAMEO 04 needs a counterpart)
COLLECTIVE_BODIES = frozenset({"cabinet", "council", "parliament", "committee", "board", "assembly",
                               "government", "congress", "senate", "politburo", "legislature",
                               "commission", "party", "court", "jury", "panel", "conference"})
MEETING_VERBS = frozenset({"meet", "convene", "gather", "assemble"})
# "violated / breached the ceasefire": CAMEO 196 Violate ceasefire
VIOLATE_VERBS = frozenset({"violate", "breach", "break", "flout"})
TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice"})

# ------------------------------------------------------------------ codebook constructions
# CAMEO 018 Make empathetic comment: "expressed / offered / sent condolences, sympathy"
EMPATHY_VERBS = frozenset({"express", "offer", "extend", "convey", "send", "voice", "pass"})
EMPATHY_WORDS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "sorrow",
                           "grief", "commiseration", "commiserations"})
# CAMEO 051 Praise or endorse: "expressed / conveyed his gratitude to Rwanda"
GRATITUDE_WORDS = frozenset({"gratitude", "thanks", "appreciation", "admiration"})
# CAMEO 082 Ease political dissent: the dissenters "called off / suspended / ended" their
# strike, protest or boycott of work
DISSENT_ACTION_WORDS = frozenset({"strike", "strikes", "protest", "protests", "demonstration",
                                  "demonstrations", "sit-in", "sit-ins", "walkout", "march",
                                  "marches", "rally", "rallies", "stoppage", "agitation",
                                  # a road blocked by demonstrators ("broke up a blockade by farmers")
                                  "blockade", "blockades", "roadblock", "roadblocks"})
# CAMEO 113 Rally opposition against: "mobilize, rally, or call upon others to oppose"
RALLY_VERBS = frozenset({"rise", "mobilize", "mobilise", "rally", "unite", "revolt", "rebel",
                         "oppose", "resist", "stand", "turn"})
# CAMEO 175 Use tactics of violent repression: force used "to disperse / break up" protests
DISPERSE_VERBS = frozenset({"disperse", "scatter", "quell", "suppress", "crush", "clear"})
CROWD_WORDS = frozenset({"protesters", "protestors", "demonstrators", "crowd", "crowds",
                         "protest", "protests", "demonstration", "demonstrations", "rally",
                         "rallies", "marchers", "march", "gathering", "mob", "rioters",
                         "sit-in", "students", "supporters", "mourners", "worshippers"})
# CAMEO 201 Engage in mass expulsion ("forcibly remove or expel large numbers of people from
# their homes, village, or country") vs 174 Expel or deport individuals
EXPEL_VERBS = frozenset({"expel", "evict", "deport", "uproot", "banish"})
EXPEL_PARTICLE_VERBS = frozenset({"force", "drive", "push", "chase", "kick", "throw"})
PEOPLE_WORDS = frozenset({"residents", "villagers", "civilians", "refugees", "families",
                          "inhabitants", "people", "population", "tribesmen", "farmers",
                          "migrants", "minorities", "households", "peasants", "settlers",
                          "worshippers", "squatters", "nomads", "herders"})
MASS_WORDS = frozenset({"thousands", "hundreds", "tens", "millions", "entire", "whole", "mass"})
HOME_WORDS = frozenset({"home", "homes", "village", "villages", "land", "lands", "town",
                        "towns", "houses", "neighbourhood", "neighborhood", "camp", "district"})
# "travelled / returned to Geneva for talks": the journey's purpose noun is the event
PURPOSE_PREP = "for"
# weapons as the object of firing verbs ("fired tear gas at the crowd"): the target is the
# object of the preposition, not the weapon
FIRED_WEAPON_WORDS = frozenset({"drone", "drones", "uav", "uavs", "gas", "teargas", "bullets", "bullet", "shots", "shot", "rounds", "ammunition",
                                "round", "grenades", "grenade", "bombs", "bomb", "mortars",
                                "mortar", "shells", "cannon", "cannons", "munitions", "projectiles",
                                "volley", "volleys", "salvo", "salvoes", "salvos", "barrage"})
# verbs whose object is a topic, not a party: "discussed the ceasefire with X"
TOPIC_VERBS = frozenset({"discuss", "debate", "review", "examine", "address", "explore"})
# arms carried and used by hand: the means of an act, never the one acted on
HAND_WEAPON_WORDS = frozenset({"gun", "guns", "weapon", "weapons", "rifle", "rifles", "arms",
                               "explosives", "knife", "knives", "machete", "machetes", "firearms",
                               "ammunition"})
# 064 Share intelligence or information
SHARE_VERBS = frozenset({"share", "exchange", "pass", "hand"})
INFORMATION_WORDS = frozenset({"intelligence", "information", "evidence", "data", "details", "files",
                               "documents", "findings", "info"})
# aircraft shot down ("downed a drone / helicopter")
AIRCRAFT_WORDS = frozenset({"drone", "drones", "aircraft", "plane", "planes", "jet", "jets", "helicopter",
                            "helicopters", "warplane", "warplanes", "uav", "uavs", "airliner", "fighter"})
# how or where an attack was made, not who made it: "a roadside / suicide / market bombing"
ATTACK_MODE_WORDS = FIRED_WEAPON_WORDS | frozenset({
    "roadside", "car", "truck", "lorry", "bicycle", "motorcycle", "vehicle", "parcel", "letter",
    "suicide", "market", "mosque", "church", "bus", "night", "dawn", "border", "ground",
    "rocket", "rockets", "missile", "missiles", "artillery", "sniper", "knife", "gun", "arson", "acid",
    "minefield", "mine", "landmine", "hour", "day", "minute", "week", "month"})
# "resorted to throwing stones / to violence": the act resorted to is the event
RESORT_VERBS = frozenset({"resort", "turn"})
# CAMEO 1721 Impose restrictions on political freedoms: "blocked / banned / prevented a march"
PREVENT_VERBS = frozenset({"prevent", "block", "ban", "bar", "forbid", "prohibit", "disrupt",
                           "outlaw", "thwart", "foil", "contain", "stop", "halt"})
# "sought asylum / refuge / help": a request (02), humanitarian when it is for shelter
SOUGHT_SHELTER_WORDS = frozenset({"asylum", "refuge", "shelter", "sanctuary", "protection"})
SOUGHT_HELP_WORDS = frozenset({"help", "aid", "assistance", "support", "backing", "loan", "loans",
                               "funds", "funding", "investment", "mediation", "intervention"})
# arresting people is CAMEO 173 whatever the setting ("arrested ... in raids")
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "jail", "imprison", "incarcerate"})

# ------------------------------------------------------------------ political aims
# CAMEO splits appeals (024), intents (034), concessions (083), demands (104), rejections
# (123) about political reform, and demonstrations (141), hunger strikes (142), strikes
# (143), blockades (144) and riots (145), by their aim: leadership change (1), policy
# change (2), rights (3), change in institutions or regime (4). (aim words, suffix) in
# priority order; policy words are the most generic and come last.
AIM_WORDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"resign", "resignation", "ouster", "oust", "removal", "impeach", "impeachment",
                "dismissal", "overthrow", "topple", "quit", "step-down", "downfall"}), "1"),
    (frozenset({"constitution", "constitutional", "regime", "independence", "autonomy",
                "self-rule", "referendum", "election", "elections", "democracy", "democratic",
                "democratize", "democratise", "secession", "federalism", "multiparty",
                "multi-party", "parliamentary", "electoral"}), "4"),
    (frozenset({"rights", "right", "freedom", "freedoms", "liberty", "liberties", "equality",
                "discrimination", "abuses", "persecution"}), "3"),
    (frozenset({"policy", "policies", "law", "laws", "tax", "taxes",
                "wage", "wages", "price", "prices", "subsidy", "subsidies", "bill", "decision",
                "budget", "pension", "pensions", "salary", "salaries", "fees"}), "2"),
)
AIM_FAMILIES = frozenset({"024", "034", "083", "104", "123", "141", "142", "143", "144", "145"})
# generic codes that become their political-reform code when their clause names an aim
AIM_PARENTS = {"020": "024", "030": "034", "080": "083", "100": "104", "120": "123"}

# CAMEO splits accusations (112) and investigations (09) by the wrongdoing: war crimes
# (1124 / 094), espionage or treason (1125), human rights abuses (1122 / 092), military
# action or aggression (1123 / 093), crime or corruption (1121 / 091). (words, suffix) in
# priority order ("war crimes" before "crimes").
WRONGDOING_WORDS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"genocide", "atrocities", "atrocity", "massacre", "massacres", "war-crimes",
                "cleansing", "humanity"}), "4"),
    (frozenset({"espionage", "spying", "spy", "spies", "treason", "sedition", "collaborating",
                "collaboration", "traitor", "traitors"}), "5"),
    (frozenset({"torture", "torturing", "abuse", "abuses", "abusing", "mistreatment", "rights",
                "repression", "persecution", "persecuting", "discrimination", "disappearances"}), "2"),
    (frozenset({"ceasefire", "cease-fire", "truce", "aggression", "incursion", "incursions",
                "attack", "attacks", "attacking", "shelling", "bombing", "invasion", "violations",
                "armistice"}), "3"),
    (frozenset({"corruption", "fraud", "embezzlement", "embezzling", "bribery", "bribes",
                "kickbacks", "misusing", "misuse", "misappropriation", "theft", "stealing",
                "smuggling", "laundering", "trafficking", "crime", "crimes", "criminal", "murder",
                "graft", "racketeering", "tax-evasion", "evasion"}), "1"),
)
# "war crimes" is two words: the class of the pair, before its parts are read alone
WAR_CRIME_PAIRS = frozenset({("war", "crimes"), ("war", "crime")})
WRONGDOING_FAMILIES = {"112": "112", "090": "09", "09": "09"}

# CAMEO 084 Return, release: persons (0841) or property (0842)
RELEASE_VERBS = frozenset({"release", "free", "unfreeze"})
RELEASED_PROPERTY = frozenset({"ship", "ships", "vessel", "vessels", "tanker", "tankers", "boat",
                               "boats", "plane", "planes", "aircraft", "assets", "asset", "property",
                               "properties", "funds", "cargo", "equipment", "vehicle", "vehicles",
                               "bodies", "remains", "land", "lands", "goods", "shipment"})
RELEASED_TEXTS = SPEECH_NOUNS | frozenset({"report", "video", "footage", "figures", "details",
                                           "results", "data", "list", "recording", "photos",
                                           "images", "document", "documents", "findings"})

# "fighting has been ongoing / is continuing": an event noun with a verb of being in progress
ONGOING_WORDS = frozenset({"ongoing", "continuing", "underway", "raging", "intensifying", "escalating"})
# "vacated / abandoned / ceded the city": retreat or surrender militarily (0874)
YIELD_PLACE_VERBS = frozenset({"vacate", "abandon", "cede", "surrender", "relinquish"})
PLACE_WORDS = frozenset({"city", "town", "village", "villages", "base", "bases", "position",
                         "positions", "area", "areas", "territory", "district", "districts",
                         "stronghold", "strongholds", "region", "province", "garrison", "post",
                         "posts", "airport", "port", "hill", "front", "neighbourhood",
                         "neighborhood", "checkpoint", "checkpoints", "outpost", "outposts",
                         "commune", "county", "locality", "municipality", "suburb", "camp"})
# "halted / repelled the RSF's advance", "inflicted heavy losses on the rebels": fighting (190)
REPEL_VERBS = frozenset({"halt", "repel", "repulse", "thwart", "stop", "foil", "block", "beat", "suppress"})
MILITARY_MOVE_WORDS = frozenset({"advance", "advances", "attack", "attacks", "offensive",
                                 "assault", "assaults", "incursion", "incursions", "push", "raid",
                                 "raids", "infiltration"})
INFLICT_VERBS = frozenset({"inflict"})
INFLICTED_WORDS = frozenset({"defeat", "defeats", "losses", "loss", "casualties", "damage",
                             "blow", "blows"})
# report verbs whose object noun is itself a reported event ("reported a strike on the camp")
REPORTED_EVENT_VERBS = frozenset({"report", "confirm", "claim", "document", "record", "describe"})

# ------------------------------------------------------------------ armed action on the ground
# nouns naming armed parties, for rules that need to know an armed actor acts before the
# resolver has run ("fighters entered the city", "drove the fighters out")
ARMED_WORDS = FORCE_WORDS | frozenset({"rebels", "rebel", "fighters", "fighter", "militants",
                                       "militant", "militia", "militias", "militiamen",
                                       "insurgents", "insurgent", "gunmen", "jihadists",
                                       "guerrillas", "guerillas", "paramilitaries", "mercenaries",
                                       "soldier", "troopers", "commandos", "marines", "police",
                                       "policemen", "combatants", "military", "terrorists", "terrorist",
                                       "extremists", "jihadist", "bandits"})
# "militants entered / marched into / stormed the city": occupy territory (192)
ENTER_VERBS = frozenset({"enter", "march", "move", "roll", "storm", "sweep", "pour", "push", "advance"})
# "regained / seized / took control of the district": occupy territory (192)
CONTROL_VERBS = frozenset({"regain", "retake", "recapture", "seize", "take", "gain", "wrest",
                           "assume", "reassert", "establish", "restore", "liberate", "capture",
                           "secure", "reclaim", "recover", "overrun", "reoccupy", "claim"})
# "Mortar rounds landed near the palace", "a bomb went off": the weapon is the subject
WEAPON_SUBJECT_WORDS = frozenset({"mortar", "mortars", "rocket", "rockets", "missile", "missiles",
                                  "shell", "shells", "bomb", "bombs", "device", "devices", "ied",
                                  "ieds", "explosion", "explosions", "blast", "blasts", "drone",
                                  "drones", "grenade", "grenades", "mine", "mines", "landmine", "landmines", "projectile",
                                  "projectiles", "round", "rounds", "airstrike", "airstrikes",
                                  "strike", "strikes", "bombardment", "artillery", "barrage",
                                  "car-bomb", "explosive", "explosives", "shelling", "shellfire"})
WEAPON_IMPACT_VERBS = frozenset({"land", "hit", "strike", "explode", "go", "rock", "detonate",
                                 "slam", "rain", "fall", "tear", "pound", "target", "kill",
                                 "wound", "injure", "destroy", "damage", "shake"})
# "executed seven civilians", "seized a priest": acts on persons
PERSON_WORDS = PEOPLE_WORDS | LEADER_WORDS | frozenset({
    "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls",
    "priest", "priests", "journalist", "journalists", "worker", "workers", "student", "students",
    "tourist", "tourists", "teacher", "teachers", "doctor", "doctors", "nurse", "nurses",
    "soldier", "soldiers", "prisoner", "prisoners", "hostage", "hostages", "passenger",
    "passengers", "villager", "resident", "activist", "activists", "businessman", "engineer",
    "engineers", "nun", "nuns", "pilgrims", "fishermen", "sailors", "crew", "member", "members",
    "person", "persons", "individuals", "youths", "youth", "suspect", "suspects", "critic", "critics",
    "dissident", "dissidents", "opponent", "opponents", "lawyer", "lawyers", "villagers", "residents",
    "farmer", "farmers", "traders", "officials", "official", "pastor", "missionaries", "aid",
    "fisherman", "sailor", "trader", "herder", "herders", "pilgrim", "missionary", "businessmen",
    "businesswoman", "driver", "drivers", "villager"})
EXECUTE_VERBS = frozenset({"execute", "behead", "lynch", "slaughter"})
ABDUCT_VERBS = frozenset({"seize", "grab", "snatch", "take"})
# verbs whose object is feared or expected, not done ("fled, fearing an assault")
NON_EVENT_VERBS = frozenset({"fear", "dread", "anticipate", "predict", "forecast", "foresee"})
# "four people were taken to hospital / to safety": care, not seizure
CARE_PLACES = frozenset({"hospital", "hospitals", "clinic", "clinics", "safety", "shelter"})
# "died in the attack": the victims' death; the attack's author, if named, is the actor
DEATH_VERBS = frozenset({"die", "perish", "succumb"})
# objects that make "fight" a struggle against a problem, not combat
ABSTRACT_FOES = frozenset({"corruption", "poverty", "crime", "disease", "inflation", "drugs",
                           "fire", "fires", "wildfire", "wildfires", "virus", "pandemic",
                           "epidemic", "hunger", "illiteracy", "discrimination", "climate",
                           "cancer", "malaria", "extremism", "unemployment", "fraud"})
# habitual present ("al-Shabaab carries out frequent bombings"): a pattern, not a reported act
HABITUAL_ADVERBS = frozenset({"frequently", "often", "regularly", "routinely", "usually", "effectively",
                              "sometimes", "occasionally", "periodically", "repeatedly", "typically",
                              "generally", "habitually", "daily", "constantly", "nightly", "weekly"})
HABITUAL_ADJECTIVES = frozenset({"frequent", "regular", "sporadic", "occasional", "periodic",
                                 "repeated", "routine", "daily", "weekly", "nightly", "constant",
                                 "near-daily", "almost-daily", "continual"})
# "protesters threw stones and petrol bombs": rioting (145), not a bombing
# open water a test missile is fired into ("toward the Sea of Japan", "into the East Sea")
SEA_WORDS = frozenset({"sea", "waters", "water", "ocean", "gulf", "coast", "strait"})
THROWN_IN_RIOTS = frozenset({"stone", "stones", "rock", "rocks", "bottle", "bottles", "brick",
                             "bricks", "brickbat", "brickbats", "pebbles", "egg", "eggs", "molotov", "molotovs", "cocktail", "cocktails",
                             "firebomb", "firebombs", "petrol", "projectiles", "tyres", "tires",
                             "fireworks", "debris", "chairs", "objects", "projectile", "object"})
# "opposed to French mediation", "opposes the plan": rejecting a proposal (12), by what it is
OPPOSED_PROPOSALS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"mediation", "arbitration"}), "126"),
    (frozenset({"talks", "negotiations", "meeting", "summit", "dialogue"}), "125"),
    (frozenset({"plan", "proposal", "deal", "agreement", "accord", "resolution", "initiative",
                "deployment", "roadmap", "offer", "settlement"}), "127"),
)
# "gave a warm welcome / reception to X": hosting a visit (043)
WELCOME_NOUNS = frozenset({"welcome", "reception"})

# the means of a conversation at a distance ("spoke by phone", "talked over the telephone")
PHONE_WORDS = frozenset({"phone", "telephone", "call", "videoconference", "video", "line", "hotline"})
# group nouns a plural pronoun may stand for though tagged singular ("riot police ... pelted them")
GROUP_NOUNS_AS_PLURAL = frozenset({"police", "military", "army", "militia", "gendarmerie", "infantry", "crowd", "mob"})
# units "it" may stand for ("as the team advanced, the Maoists opened fire on it")
PRONOUN_UNIT_NOUNS = frozenset({"team", "convoy", "patrol", "unit", "squad", "column", "contingent", "battalion",
                        "company", "platoon", "brigade", "detachment", "force", "delegation", "motorcade"})

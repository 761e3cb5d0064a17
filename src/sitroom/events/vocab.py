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
                    "tweet", "post", "mention"})
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
LIGHT_VERBS = frozenset({"launch", "stage", "mount", "wage", "conduct", "carry", "hold", "open",
                         "begin", "start", "continue", "resume", "undertake", "complete",
                         "intensify", "escalate", "unleash", "step", "make", "pay",
                         "initiate", "renew", "organize", "organise", "lead", "join"})
# the governed act is what happened: "continued to send", "decided to allow"
ASPECTUAL = frozenset({"continue", "begin", "start", "resume", "keep", "go", "renew", "step",
                       "decide", "move", "proceed"})
READINESS = frozenset({"willing", "ready", "prepared", "committed", "determined", "set", "poised", "eager"})
OBLIGATION_AUX = frozenset({"must", "should"})
CESSATION = frozenset({"stop", "end", "halt", "cease", "suspend", "freeze", "abandon"})
DENIAL_NOUNS = frozenset({"responsibility", "involvement", "role", "charge", "allegation",
                          "accusation", "report", "claim", "link", "participation", "complicity"})
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
                          "resolution", "decree", "order"})
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

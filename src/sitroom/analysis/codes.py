"""What the analysis needs to know about CAMEO roots and PLOVER types."""
from __future__ import annotations

import re

from sitroom.records import Event

# CAMEO 2.0 root event classes (codebook names, shortened for tables).
ROOT_NAMES: dict[str, str] = {
    "01": "make public statement",
    "02": "appeal",
    "03": "express intent to cooperate",
    "04": "consult",
    "05": "engage in diplomatic cooperation",
    "06": "engage in material cooperation",
    "07": "provide aid",
    "08": "yield",
    "09": "investigate",
    "10": "demand",
    "11": "disapprove",
    "12": "reject",
    "13": "threaten",
    "14": "protest",
    "15": "exhibit force posture",
    "16": "reduce relations",
    "17": "coerce",
    "18": "assault",
    "19": "fight",
    "20": "use unconventional mass violence",
}

# Consultation-like exchanges, grouped into three kinds for "who went to whom".
ROOT_TALK_KIND: dict[str, str] = {
    "02": "REQUEST",
    "10": "REQUEST",
    "03": "AGREE",
    "05": "AGREE",
    "04": "CONSULT",
}
PLOVER_TALK_KINDS = frozenset({"CONSULT", "REQUEST", "AGREE"})

# Words that turn an appeal into an appeal with terms attached ("if", "in exchange for" ...).
_CONDITION_RE = re.compile(
    r"\b(?:if|unless|on condition|provided that|as long as|in exchange for|in return for|"
    r"only after|until|conditions?|terms|demand(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)

# Modalities that report an action as having happened (as opposed to denied, planned ...).
FACTUAL_MODALITIES = frozenset({"asserted", "reported"})


def root_name(root: str) -> str:
    return ROOT_NAMES.get(root, root)


def talk_kind(event: Event) -> str | None:
    """REQUEST / CONSULT / AGREE for consultation-like events, else None.

    PLOVER's type wins where it is one of the three (it distinguishes better than CAMEO
    roots, e.g. 03 'express intent' that PLOVER files as AGREE or CONSULT).
    """
    if event.plover is not None and event.plover.type in PLOVER_TALK_KINDS:
        return event.plover.type
    return ROOT_TALK_KIND.get(event.root)


def is_demand(event: Event) -> bool:
    return event.root == "10" or event.modality == "demanded"


def is_conditional_appeal(event: Event) -> bool:
    """An appeal (root 02 / PLOVER REQUEST) whose sentence attaches conditions."""
    is_appeal = event.root == "02" or (event.plover is not None and event.plover.type == "REQUEST")
    return is_appeal and not is_demand(event) and bool(_CONDITION_RE.search(event.evidence.text))

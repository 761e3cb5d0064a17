"""CAMEO actor codes: splitting a code into country and role parts, composing codes.

A CAMEO actor code is a run of 3-letter chunks: an optional country (ISO 3166-1 alpha-3 or a
CAMEO region/organisation prefix such as IGO, NGO, IMG), then role codes (GOV, MIL, REB, ...),
then religion/ethnic or organisation chunks (MUS, SHI, UNO, HMS, ...).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitroom.records import Actor

# CAMEO primary and secondary role codes (CAMEO manual ch. 3, "Actor codes").
PRIMARY_ROLES = frozenset({"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF"})
SECONDARY_ROLES = frozenset(
    {"AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
     "MOD", "RAD", "REF", "REL", "PTY", "NGM", "SET", "NGO"}
)
ROLE_CODES = PRIMARY_ROLES | SECONDARY_ROLES
# Prefixes of codes for actors that belong to no single country.
TRANSNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "INT", "UIS"})
# Agent codes that only add colour: dropped when a more specific agent is present
# ("police spokesman" is police, not media; "people" only counts alone).
WEAK_AGENTS = frozenset({"MED", "PPL", "CVL"})
# the state's armed bodies, one side in a street clash or a fight
FORCE_ROLES = frozenset({"MIL", "COP", "SPY"})


def chunks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code) - len(code) % 3, 3)]


def split_code(code: str, countries: frozenset[str] | set[str]) -> tuple[str, list[str]]:
    """(country ISO3 or "", role codes) of a CAMEO actor code."""
    parts = chunks(code.upper())
    if not parts:
        return "", []
    country = parts[0] if parts[0] in countries else ""
    rest = parts[1:] if (country or parts[0] in TRANSNATIONAL_PREFIXES) else parts
    roles: list[str] = []
    for part in rest:
        if part in ROLE_CODES and part not in roles:
            roles.append(part)
    return country, roles


def mix_agents(base: str, agent_codes: list[str]) -> str:
    """Append agent codes to an actor code, skipping chunks it already has (PETRARCH's mix_codes).

    Role chunks come first, then religion/ethnic chunks, as CAMEO writes them (IRQREBMUSSHI)."""
    have = chunks(base)
    roles: list[str] = []
    others: list[str] = []
    for agent in agent_codes:
        for part in chunks(agent):
            if part in have or part in roles or part in others:
                continue
            (roles if part in ROLE_CODES else others).append(part)
    return base + "".join(roles) + "".join(others)


def select_agents(agent_codes: list[str]) -> list[str]:
    """Drop weak agent codes (MED for "spokesman", PPL, CVL) when a stronger role is present;
    a religion or ethnic code is no role ("Shiite protesters" stay civilians)."""
    strong = [c for c in agent_codes if c[:3] not in WEAK_AGENTS]
    if not any(part in ROLE_CODES for c in strong for part in chunks(c)):
        return agent_codes
    return strong


# The short names international bodies go by, for canonical names that carry them: "Economic
# Community of West African States (ECOWAS)", as analysts (and gold specs such as `IGO:ECOWAS`)
# call the body whichever way the story spells it. Keyed by the full name, lower-cased.
ORGANISATION_ACRONYMS = {
    "economic community of west african states": "ECOWAS", "african union": "AU",
    "north atlantic treaty organization": "NATO", "north atlantic treaty organisation": "NATO",
    "association of southeast asian nations": "ASEAN", "collective security treaty organization": "CSTO",
    "collective security treaty organisation": "CSTO", "gulf cooperation council": "GCC",
    "organization for security and co-operation in europe": "OSCE",
    "organization for security and cooperation in europe": "OSCE", "international criminal court": "ICC",
    "intergovernmental authority on development": "IGAD", "international atomic energy agency": "IAEA",
    "southern african development community": "SADC", "international monetary fund": "IMF",
    "world food programme": "WFP", "world food program": "WFP", "organisation of islamic cooperation": "OIC",
    "organization of islamic cooperation": "OIC", "organization of american states": "OAS",
    "shanghai cooperation organisation": "SCO", "shanghai cooperation organization": "SCO",
    "east african community": "EAC", "economic community of central african states": "ECCAS",
}


def with_acronym(name: str, text: str = "") -> str:
    """`name` with the acronym of the international body it (or the `text` it was read from)
    spells out, if any and if absent: "African Union Mission in Somalia (AU)"."""
    low = f"{name} {text}".lower()
    acronym = next((a for full, a in ORGANISATION_ACRONYMS.items() if full in low), None)
    return name if acronym is None or acronym.lower() in name.lower().split() else f"{name} ({acronym})"


def same_side(actor: "Actor", other: "Actor") -> bool:
    """The same actor, or a state's forces beside forces of no other country ("security
    forces" and "riot police"): never the ones those forces act on."""
    if actor.code == other.code:
        return True
    return bool(set(actor.roles) & FORCE_ROLES and set(other.roles) & FORCE_ROLES) \
        and (not actor.country or not other.country or actor.country == other.country)

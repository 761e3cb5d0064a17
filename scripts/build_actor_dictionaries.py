#!/usr/bin/env python3
"""Compile the Phoenix actor/agent dictionaries and the project supplement for sitroom.

Reads the PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance) and the project's own
files in src/sitroom/data/actors/ (demonyms.actors.txt, supplement.txt, supplement.parties.txt,
supplement.leaders.txt, supplement.agents.txt), and writes src/sitroom/data/actors/actors.json.gz,
which ``sitroom.actors`` loads at run time. Later sources override earlier ones for the same
phrase: Phoenix < demonyms < supplement < parties < leaders (supplement.parties.txt: governing
and opposition parties and international missions, dated GOV/OPP/REB; supplement.leaders.txt:
heads of state and government, ministers, commanders, opposition and armed-group leaders
2010-2025 that Phoenix lacks or dates wrongly).

    .venv/bin/python scripts/build_actor_dictionaries.py [--phoenix DIR]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitroom.actors.dictionary import (  # noqa: E402
    ActorEntry,
    DictionaryError,
    parse_actor_dictionary,
    parse_agent_dictionary,
)
from sitroom.actors.knowledge import ActorKnowledge  # noqa: E402

DEFAULT_PHOENIX = ROOT.parent / "shared" / "data" / "petrarch2" / "dictionaries"
DATA = ROOT / "src" / "sitroom" / "data" / "actors"
PHOENIX_ACTORS = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
PHOENIX_AGENTS = "Phoenix.agents.txt"
# the project's actor files, in override order (same parser, errors stop the build)
SUPPLEMENT_ACTORS = ("supplement.txt", "supplement.parties.txt", "supplement.leaders.txt")
# CAMEO country codes that differ from ISO 3166-1 alpha-3 (EVENTS.md asks for ISO codes)
ISO_FOR_CAMEO = {"TMP": "TLS", "ANG": "AGO"}  # East Timor, Angola
# One-word names that Phoenix gives as English translations of a group's name ("+ORGANIZATION_"
# of Tanzim, "+ORDER_" of an American militia) but that are ordinary nouns: capitalised at a
# sentence's or a longer name's start ("The Organization of Islamic Cooperation") they are far
# likelier the noun, so the one-word name is dropped (the group's full names stay).
COMMON_NOUN_ALIASES = ("organization", "order", "lightning", "foundation", "zero")


def to_iso(entries: list[ActorEntry]) -> list[ActorEntry]:
    """Rewrite CAMEO-only country prefixes to their ISO codes (TMPGOV → TLSGOV)."""
    for entry in entries:
        for span in entry.codes:
            prefix = span.code[:3]
            if prefix in ISO_FOR_CAMEO:
                span.code = ISO_FOR_CAMEO[prefix] + span.code[3:]
    return entries


def uninverted_articles(entries: list[ActorEntry]) -> list[ActorEntry]:
    """Phoenix writes a few names article last ("ORDER,_THE_"): read as phrases they match
    ordinary text ("the army ordered the rebels"), so the article goes back in front."""
    for entry in entries:
        if entry.root.rstrip(" _").upper().endswith(", THE"):
            entry.phrases = [("the", *phrase[:-1]) if len(phrase) > 1 and phrase[-1] == "the" else phrase
                             for phrase in entry.phrases]
    return entries


def build(phoenix: Path, out: Path) -> ActorKnowledge:
    problems: list[DictionaryError] = []
    knowledge = ActorKnowledge()
    for name in PHOENIX_ACTORS:
        # the Phoenix files have a handful of malformed lines: skip them, and say which
        entries = uninverted_articles(to_iso(parse_actor_dictionary(phoenix / name, strict=False, problems=problems)))
        knowledge.add_actors(entries, countries_file=name.startswith("Phoenix.Countries"))
    knowledge.add_agents(parse_agent_dictionary(phoenix / PHOENIX_AGENTS, strict=False, problems=problems))
    # our own files must be clean: any error stops the build
    knowledge.add_actors(parse_actor_dictionary(DATA / "demonyms.actors.txt"), countries_file=True)
    for name in SUPPLEMENT_ACTORS:
        knowledge.add_actors(parse_actor_dictionary(DATA / name))
    knowledge.add_agents(parse_agent_dictionary(DATA / "supplement.agents.txt"))
    for word in knowledge.drop_role_word_aliases():
        print(f"dropped name {word!r}: a role word of the agent dictionary", file=sys.stderr)
    for word in knowledge.drop_aliases(COMMON_NOUN_ALIASES):
        print(f"dropped name {word!r}: an ordinary English noun", file=sys.stderr)
    for problem in problems:
        print(f"skipped: {problem}", file=sys.stderr)
    knowledge.save(out)
    return knowledge


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX, help="folder of the Phoenix dictionaries")
    parser.add_argument("--out", type=Path, default=DATA / "actors.json.gz")
    args = parser.parse_args()
    started = time.perf_counter()
    try:
        knowledge = build(args.phoenix, args.out)
    except DictionaryError as exc:
        sys.exit(f"error: {exc}")
    print(
        f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB): {len(knowledge.names)} actors, "
        f"{len(knowledge.agents)} agent codes, {len(knowledge.country_names)} countries "
        f"in {time.perf_counter() - started:.1f} s"
    )


if __name__ == "__main__":
    main()

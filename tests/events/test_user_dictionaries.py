"""A user verb dictionary in replace mode is authoritative: PETRARCH's semantics decide events.

Invented dictionaries and sentences (Freedonia, Sylvania, Marvelia): targets found inside the
object phrase, one event per source and target, governed verbs ("is about to"), reported
clauses, negation only through patterns that spell it, TABARI's '%' compound marker, and no
built-in CAMEO rule adding codes the dictionary does not have.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.events import EventCoder
from sitroom.events.dictionaries import load_user_dictionaries, read_verb_dictionary
from sitroom.events.lexicon import VerbLexicon
from sitroom.records import Document

VERBS = """\
&NOTAUX
+DID N'T
+DID NOT

--- MEND [064] ---
MEND

--- PROCLAIM [023] ---
PROCLAIM

--- SPURN [120] ---
SPURN
- &NOTAUX * OVERTURES [129]
- * OVERTURES [121]

--- CONVENE [040] ---
CONVENE
- % * [046]

--- DISEMBARK [032:033] ---
DISEMBARK
"""
ACTORS = """\
FREEDONIA [FRD]
SYLVANIA [SYL]
MARVELIA [MRV]
RUFUS_FIREFLY [FRDGOV]
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("user_dicts")
    (root / "toy.verbs.txt").write_text(VERBS, encoding="utf-8")
    (root / "toy.actors.txt").write_text(ACTORS, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def code(nlp, folder):
    user = load_user_dictionaries(folder, "replace")
    coder = EventCoder(user.resolver, lexicon=user.lexicon, tables=user.tables)

    def run(text: str) -> set[tuple[str | None, str | None, str]]:
        events = coder.code(Document(id="t", text=text), nlp(text), user.resolver.document(None))
        return {(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                for e in events}
    return run


def test_replace_mode_makes_the_verb_dictionary_authoritative(folder) -> None:
    assert load_user_dictionaries(folder, "replace").lexicon.authoritative
    assert not load_user_dictionaries(folder, "extend").lexicon.authoritative
    assert not VerbLexicon.authoritative  # the shipped lexicon keeps the coder's own rules


def test_target_is_found_inside_the_object_phrase(code) -> None:
    assert code("Freedonia mended its diplomatic ties with Sylvania.") == {("FRD", "SYL", "064")}


def test_a_verb_without_an_entry_defers_to_the_verb_it_governs(code) -> None:
    assert code("Freedonia is about to mend relations with Sylvania.") == {("FRD", "SYL", "064")}


def test_a_reported_clause_gives_its_own_event(code) -> None:
    assert code("Rufus Firefly proclaimed that Sylvania had mended relations with Marvelia.") == \
        {("SYL", "MRV", "064")}


def test_a_pronoun_subject_stands_for_the_governing_subject(code) -> None:
    assert code("Sylvania announced it would mend relations with Marvelia.") == {("SYL", "MRV", "064")}


def test_coordinated_targets_give_one_event_each(code) -> None:
    assert code("Marvelia mended relations with Freedonia and Sylvania.") == \
        {("MRV", "FRD", "064"), ("MRV", "SYL", "064")}


def test_negation_codes_only_through_a_pattern_that_spells_it(code) -> None:
    assert code("Freedonia did not mend relations with Sylvania.") == set()
    assert code("Freedonia didn't spurn the overtures of Sylvania.") == {("FRD", "SYL", "129")}
    assert code("Freedonia spurned the overtures of Sylvania.") == {("FRD", "SYL", "121")}


def test_compound_marker_codes_the_members_on_each_other(code) -> None:
    assert code("Freedonia and Sylvania convened in the capital.") == {("FRD", "SYL", "046"), ("SYL", "FRD", "046")}
    assert code("Freedonia convened in the capital.") <= {("FRD", None, "040")}


def test_paired_code_gives_the_target_its_own_event(code) -> None:
    # TABARI's [a:b]: the source's act a, and the target's act b towards the source
    assert code("Freedonia disembarked in Sylvania.") == {("FRD", "SYL", "032"), ("SYL", "FRD", "033")}


def test_paired_codes_keep_their_first_code_in_extend_mode(folder) -> None:
    lexicon = load_user_dictionaries(folder, "extend").lexicon
    assert lexicon.verbs["disembark"][1] == "032"


def test_no_built_in_rule_adds_codes_the_dictionary_lacks(code) -> None:
    # sitroom's own rules would code an appeal (02x) or a threat (13x) here
    for text in ("Freedonia urged Sylvania to mend relations with Marvelia.",
                 "Freedonia threatened to mend relations with Marvelia."):
        assert {c for _, _, c in code(text)} <= {"064"}


def test_compound_and_negation_flags_are_read(tmp_path: Path) -> None:
    path = tmp_path / "flags.verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    data = read_verb_dictionary(path)
    convene = data["blocks"]["CONVENE"]["patterns"]
    assert [p["compound"] for p in convene] == [True]
    lexicon = VerbLexicon(data)
    spurn = [p for pats in lexicon.index["SPURN"].values() for p in pats]
    assert {p.code: p.negative for p in spurn} == {"129": True, "121": False}

"""PETRARCH/TABARI dictionary readers: synonyms, codes with date ranges, agents, errors."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitroom.actors.dictionary import (
    DictionaryError,
    parse_actor_dictionary,
    parse_agent_dictionary,
    parse_dict_date,
    phrase_tokens,
    read_dictionary_dir,
)
from sitroom.actors.knowledge import ActorKnowledge, code_for_date, display_name

ACTORS = """\
# a comment line
<!-- an XML comment -->
ZENDIA_  [ZND]
+ZENDIAN_
+ZENDIANS

ORLA_VANTREE_  # CountryInfo.txt
+PRESIDENT_VANTREE
\t[ZNDELI 800101-050301]
\t[ZNDGOV 20050301-20120615]
\t[ZNDELI]
KASPAR_MOLL\t[ZNDGOV 990101-010101] [ZNDELI >010101]
RED_HAND_FRONT [ZNDREB] # inline code
+RED_HAND

DOLA_KIRR
PRESIDENT_KIRR
\t[ZNDGOV >20120615]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
TROOP [~MIL]
MILITIA [~UAF]
POLICE {} [~COP]
THIEF {THIEVES} [~CRM]
SPOKES!PERSON! [~MED]
AID_AGENCY [NGO~]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_phrase_tokens_follow_spacy_splitting():
    assert phrase_tokens("MUQTADA_AL-SADR_") == ("muqtada", "al", "sadr")
    assert phrase_tokens("APO'S_REVENGE_HAWKS") == ("apo", "'s", "revenge", "hawks")
    assert phrase_tokens("U.N._SECURITY_COUNCIL") == ("u.n.", "security", "council")
    assert phrase_tokens("MR._SADR") == ("mr", "sadr")
    assert phrase_tokens("ISLAMIC_ARMY_OF_ADEN_(IAA)_") == ("islamic", "army", "of", "aden", "iaa")


def test_dates_two_and_four_digit_years():
    assert parse_dict_date("060520") == date(2006, 5, 20)
    assert parse_dict_date("680717") == date(1968, 7, 17)
    assert parse_dict_date("20140908") == date(2014, 9, 8)
    with pytest.raises(ValueError):
        parse_dict_date("20140931")


def test_actor_entries_synonyms_and_codes(tmp_path):
    entries = {e.root: e for e in parse_actor_dictionary(write(tmp_path, "t.actors.txt", ACTORS))}
    zendia = entries["ZENDIA"]
    assert zendia.phrases == [("zendia",), ("zendian",), ("zendians",)]
    assert [c.code for c in zendia.codes] == ["ZND"]
    vantree = entries["ORLA VANTREE"]
    assert ("president", "vantree") in vantree.phrases
    gov = vantree.codes[1]
    assert (gov.code, gov.start, gov.end) == ("ZNDGOV", date(2005, 3, 1).toordinal(), date(2012, 6, 15).toordinal())
    assert vantree.codes[2].start is None and vantree.codes[2].end is None
    # several codes on one line, one of them open-ended
    moll = entries["KASPAR MOLL"].codes
    assert [c.code for c in moll] == ["ZNDGOV", "ZNDELI"] and moll[1].start == date(2001, 1, 1).toordinal()
    assert entries["RED HAND FRONT"].phrases[1] == ("red", "hand")
    # consecutive roots without codes share the codes that follow them
    assert [c.code for c in entries["DOLA KIRR"].codes] == ["ZNDGOV"]
    assert [c.code for c in entries["PRESIDENT KIRR"].codes] == ["ZNDGOV"]


def test_code_for_date_prefers_the_period_that_covers_the_story():
    codes = [("ZNDELI", 1, 100), ("ZNDGOV", 100, 200), ("ZNDELI", None, None)]
    assert code_for_date(codes, 150, {"ZND"}) == "ZNDGOV"
    assert code_for_date(codes, 250, {"ZND"}) == "ZNDELI"
    assert code_for_date(codes, None, {"ZND"}) == "ZNDELI"  # undated default
    open_ended = [("ZNDELI", None, 100), ("ZNDGOV", 100, None)]
    assert code_for_date(open_ended, None, {"ZND"}) == "ZNDGOV"  # still in office
    assert code_for_date([("ZNDGOV", 100, 200)], 50, {"ZND"}) == "ZND"  # out of office: country only


def test_agents_plurals_markers_and_prefix_codes(tmp_path):
    agents = parse_agent_dictionary(write(tmp_path, "t.agents.txt", AGENTS))
    by_phrase = {a.phrase: a for a in agents}
    assert by_phrase[("troops",)].code == "MIL"
    assert by_phrase[("militias",)].code == "UAF"  # Y → IES
    assert ("polices",) not in by_phrase and by_phrase[("police",)].code == "COP"  # {} = no plural
    assert by_phrase[("thieves",)].code == "CRM"
    assert {("spokesman",), ("spokeswomen",)} <= set(by_phrase)
    assert by_phrase[("aid", "agency")].prefix is True and by_phrase[("aid", "agency")].code == "NGO"


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("ZENDIA_ [ZND]\n+ZENDIAN\n\t[ZNDGOV 990101-\n", 3, "unbalanced"),
        ("ZENDIA_ [ZND]\nORLA\n\t[ZNDGOV 991341-000101]\n", 3, "date"),
        ("\t[ZND]\n", 1, "before any actor"),
        ("ZENDIA_ [ZN D!]\n", 1, "bad actor code"),
    ],
)
def test_actor_parse_errors_name_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(DictionaryError) as caught:
        parse_actor_dictionary(path)
    assert caught.value.line == line and caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}:{line}:") and message in str(caught.value)


def test_agent_parse_error_and_lenient_mode(tmp_path):
    path = write(tmp_path, "bad.agents.txt", "TROOP [~MIL]\nWARLORD\nMILITIA [~UAF]\n")
    with pytest.raises(DictionaryError, match=r"bad\.agents\.txt:2: agent phrase without"):
        parse_agent_dictionary(path)
    problems: list[DictionaryError] = []
    agents = parse_agent_dictionary(path, strict=False, problems=problems)
    assert [p.line for p in problems] == [2]
    assert {a.phrase for a in agents} == {("troop",), ("troops",), ("militia",), ("militias",)}


def test_read_dictionary_dir_and_compile(tmp_path):
    write(tmp_path, "Zendia.actors.txt", ACTORS)
    write(tmp_path, "Zendia.agents.txt", AGENTS)
    write(tmp_path, "CAMEO.verbs.txt", "not an actor file [")  # ignored
    actors, agents = read_dictionary_dir(tmp_path)
    knowledge = ActorKnowledge()
    knowledge.add_actors(actors, countries_file=True)
    knowledge.add_agents(agents)
    saved = tmp_path / "k.json.gz"
    knowledge.save(saved)
    loaded = ActorKnowledge.load(saved)
    assert loaded.country_names == {"ZND": "Zendia"}
    assert loaded.names == knowledge.names and len(loaded.agents) == len(knowledge.agents)


def test_display_names():
    assert display_name("NURI AL MALIKI") == "Nuri al Maliki"
    assert display_name("THE UNITED NATIONS") == "United Nations"
    assert display_name("Muqtada al-Sadr") == "Muqtada al-Sadr"
    assert display_name("PKK") == "PKK"
    assert display_name("NATO") == "NATO"
    assert display_name("HAMAS") == "Hamas"


def test_man_plurals_and_marker_forms(tmp_path):
    agents = parse_agent_dictionary(write(tmp_path, "m.agents.txt", "!PERSON! = MAN, MEN\nGUNMAN [~UAF]\nPOLICE!PERSON! [~COP]\n"))
    phrases = {a.phrase for a in agents}
    assert ("gunmen",) in phrases and ("policemen",) in phrases
    assert ("policemens",) not in phrases and ("policemans",) not in phrases


def test_a_bare_minist_stem_reads_as_the_files_minist_marker(tmp_path):
    text = "!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES\nDEFENCE_MINIST [~GOVMIL]\n"
    by_phrase = {a.phrase: a for a in parse_agent_dictionary(write(tmp_path, "m.agents.txt", text))}
    assert by_phrase[("defence", "ministry")].code == "GOVMIL"
    assert by_phrase[("defence", "minister")].code == "GOVMIL"
    # without the marker the stem stays a word of its own
    plain = {a.phrase for a in parse_agent_dictionary(write(tmp_path, "p.agents.txt", "DEFENCE_MINIST [~GOVMIL]\n"))}
    assert ("defence", "ministry") not in plain

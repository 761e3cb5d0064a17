"""Actor resolution: dictionary phrases, date ranges, composition, context and coreference.

All sentences are written for these tests."""
from __future__ import annotations

import time
from datetime import date

import pytest

from sitroom.actors import ActorResolver, DocumentActors
from sitroom.records import Actor


def code(actor: Actor | None) -> str | None:
    return actor.code if actor else None


# ---------------------------------------------------------------- direct lookups


def test_loading_is_cached_and_fast(resolver):
    started = time.perf_counter()
    again = ActorResolver()
    assert again.knowledge is resolver.knowledge
    assert time.perf_counter() - started < 0.1


@pytest.mark.parametrize(
    "phrase, story, expected",
    [
        ("Nuri al-Maliki", date(2008, 3, 30), "IRQGOV"),
        ("Nouri al-Maliki", date(2016, 5, 1), "IRQELI"),
        ("Nouri al-Maliki", None, "IRQELI"),  # no story date: the undated code
        ("Rapid Support Forces", date(2021, 6, 1), "SDNMIL"),
        ("Rapid Support Forces", date(2024, 6, 1), "SDNREB"),
        ("the Taliban", date(2012, 1, 1), "AFGREB"),
        ("the Taliban", date(2023, 1, 1), "AFGGOV"),
        ("the Taliban", None, "AFGGOV"),  # no date: the open-ended (current) code
    ],
)
def test_date_limited_codes(resolver, phrase, story, expected):
    assert code(resolver.lookup(phrase, story)) == expected


@pytest.mark.parametrize(
    "phrase, expected, country, roles",
    [
        ("Iraqi security forces", "IRQMIL", "IRQ", ["MIL"]),
        ("U.S. troops", "USAMIL", "USA", ["MIL"]),
        ("American soldiers", "USAMIL", "USA", ["MIL"]),
        ("Iraqi government", "IRQGOV", "IRQ", ["GOV"]),
        ("Iranian officials", "IRNGOV", "IRN", ["GOV"]),
        ("British diplomats", "GBRGOV", "GBR", ["GOV"]),
        ("Ukrainian police", "UKRCOP", "UKR", ["COP"]),
        ("Sudanese protesters", "SDNCVL", "SDN", ["CVL"]),
        ("Yemeni rebels", "YEMREB", "YEM", ["REB"]),
        ("Russian warplanes", "RUSMIL", "RUS", ["MIL"]),
        ("a former Iraqi minister", "IRQELI", "IRQ", ["ELI"]),
    ],
)
def test_demonym_and_agent_composition(resolver, phrase, expected, country, roles):
    actor = resolver.lookup(phrase)
    assert (actor.code, actor.country, actor.roles) == (expected, country, roles)


@pytest.mark.parametrize(
    "phrase, expected, name",
    [
        ("the Houthis", "YEMREB", "Houthis"),
        ("Ansar Allah", "YEMREB", "Houthis"),
        ("the Mahdi Army", "IRQREB", "Mahdi Army"),
        ("Jaish al-Mahdi", "IRQREB", "Mahdi Army"),
        ("Moqtada al-Sadr", "IRQREB", "Muqtada al-Sadr"),
        ("the Sadrists", "IRQOPP", "Sadrist movement"),
        ("the Badr Organization", "IRQREB", "Badr Organization"),
        ("the RSF", "SDNREB", "Rapid Support Forces"),
        ("the Sudanese Armed Forces", "SDNMIL", "Sudanese Armed Forces"),
        ("the Wagner Group", "RUSUAF", "Wagner Group"),
        ("M23", "CODREB", "M23"),
        ("Hezbollah", "LBNREB", "Hezbollah"),
        ("Hamas", "PSEREB", "Hamas"),
        ("al-Shabaab", "SOMREB", "Al-Shabaab"),
    ],
)
def test_supplement_groups(resolver, phrase, expected, name):
    actor = resolver.lookup(phrase, date(2024, 3, 1))
    assert (actor.code, actor.name) == (expected, name)


def test_named_group_beats_generic_agent_words(resolver):
    # "fighters" is an agent word, but the named group decides the code
    assert code(resolver.lookup("Houthi fighters")) == "YEMREB"
    assert code(resolver.lookup("Hezbollah militants")) == "LBNREB"


@pytest.mark.parametrize("phrase", ["the UN", "the United Nations", "U.N.", "United Nations"])
def test_igos(resolver, phrase):
    actor = resolver.lookup(phrase)
    assert actor.code == "IGOUNO" and actor.country == ""


@pytest.mark.parametrize("phrase", ["the situation", "the offensive", "the ceasefire", "heavy rain", "the road"])
def test_ordinary_nouns_are_not_actors(resolver, phrase):
    assert resolver.lookup(phrase) is None


def test_agent_alone_without_context_codes_the_role(resolver):
    actor = resolver.lookup("gunmen")
    assert (actor.code, actor.country, actor.roles) == ("UAF", "", ["UAF"])


# ---------------------------------------------------------------- in documents


def test_agent_only_phrases_take_the_document_country(nlp, resolver, subject_of):
    doc = nlp("Iraqi officials met in Baghdad. Gunmen attacked a checkpoint. Shiite militias withdrew.")
    actors = resolver.document(date(2008, 3, 30))
    assert code(actors.resolve(subject_of(doc, "meet"))) == "IRQGOV"
    assert actors.context_country == "IRQ"
    assert code(actors.resolve(subject_of(doc, "attack"))) == "IRQUAF"
    militias = actors.resolve(subject_of(doc, "withdraw"))
    assert militias.country == "IRQ" and "REB" in militias.roles


def test_note_country_sets_context(nlp, resolver, subject_of):
    doc = nlp("Police arrested three men.")
    actors = resolver.document(None)
    actors.note_country("SDN")
    assert actors.context_country == "SDN"
    assert code(actors.resolve(subject_of(doc, "arrest"))) == "SDNCOP"


def test_police_spokesman_is_police(nlp, resolver, subject_of):
    doc = nlp("A police spokesman said the road was closed.")
    actors = resolver.document(None)
    actors.note_country("YEM")
    assert code(actors.resolve(subject_of(doc, "say"))) == "YEMCOP"


def test_coreference_title_surname_description_and_pronoun(nlp, resolver, subject_of):
    text = (
        "The Shiite cleric Muqtada al-Sadr ordered his followers to leave the streets. "
        "Police officers said Mr. Sadr had met tribal leaders. "
        "The cleric warned that the truce could end. "
        "He spoke from Najaf. "
        "Sadr later denied the report."
    )
    doc = nlp(text)
    actors = resolver.document(date(2008, 3, 30))
    first = actors.resolve(subject_of(doc, "order"))
    assert (first.name, first.code) == ("Muqtada al-Sadr", "IRQREB")
    assert text[first.start:first.end] == first.text
    for verb, words in (("meet", "Mr. Sadr"), ("warn", "The cleric"), ("speak", "He"), ("deny", "Sadr")):
        actor = actors.resolve(subject_of(doc, verb))
        assert (actor.name, actor.code, actor.text) == ("Muqtada al-Sadr", "IRQREB", words)
        assert text[actor.start:actor.end] == words


def test_they_refers_to_a_group_not_a_person(nlp, resolver, subject_of):
    doc = nlp("Houthi forces seized the port. Their commander Abdul-Malik al-Houthi praised them. They fired rockets.")
    actors = resolver.document(date(2024, 1, 10))
    assert code(actors.resolve(subject_of(doc, "seize"))) == "YEMREB"
    they = actors.resolve(subject_of(doc, "fire"))
    assert they is not None and they.name == "Houthis"


def test_pronoun_without_antecedent_is_none(nlp, resolver, subject_of):
    doc = nlp("She left early.")
    assert resolver.document(None).resolve(subject_of(doc, "leave")) is None


def test_relative_clause_is_not_part_of_the_actor(nlp, resolver, subject_of):
    doc = nlp("Prime Minister Nuri al-Maliki, who visited Tehran last week, praised the army.")
    actor = resolver.document(date(2008, 3, 30)).resolve(subject_of(doc, "praise"))
    assert (actor.code, actor.text) == ("IRQGOV", "Prime Minister Nuri al-Maliki")


def test_partitive_and_owner_phrases(nlp, resolver, subject_of):
    doc = nlp("Thousands of Sudanese protesters marched. A spokesman for the Rapid Support Forces denied it.")
    actors = resolver.document(date(2024, 2, 1))
    assert code(actors.resolve(subject_of(doc, "march"))) == "SDNCVL"
    spokesman = actors.resolve(subject_of(doc, "deny"))
    assert (spokesman.code, spokesman.name) == ("SDNREB", "Rapid Support Forces")


def test_resolve_text_helper(resolver):
    actors: DocumentActors = resolver.document(date(2008, 3, 30))
    assert code(actors.resolve_text("Iraqi soldiers")) == "IRQMIL"


def test_user_dictionaries_override_shipped_entries(tmp_path):
    (tmp_path / "local.actors.txt").write_text("HOUTHIS\n+HOUTHI_MOVEMENT\n\t[YEMOPP]\nZORBAN_FRONT [YEMREB]\n")
    (tmp_path / "local.agents.txt").write_text("SKIRMISHER [~REB]\n")
    custom = ActorResolver(dictionaries=tmp_path)
    assert code(custom.lookup("the Houthis")) == "YEMOPP"
    assert code(custom.lookup("Zorban Front")) == "YEMREB"
    assert code(custom.lookup("Yemeni skirmishers")) == "YEMREB"
    assert code(ActorResolver().lookup("the Houthis")) == "YEMREB"  # shipped data untouched


def test_capital_is_the_government_as_actor_but_a_country_as_place(nlp, resolver, subject_of):
    doc = nlp("Moscow rejected the proposal. Two people were wounded in Moscow.")
    actors = resolver.document(date(2023, 5, 1))
    assert code(actors.resolve(subject_of(doc, "reject"))) == "RUSGOV"
    place = next(t for t in doc if t.text == "Moscow" and t.dep_ == "pobj")
    assert code(actors.resolve(doc[place.i:place.i + 1])) == "RUS"


def test_surname_after_a_preposition_still_corefers(nlp, resolver, subject_of):
    doc = nlp("Muqtada al-Sadr called for calm. Fighters loyal to Sadr left the city. Police spoke with Mr. Sadr.")
    actors = resolver.document(date(2008, 3, 30))
    actors.resolve(subject_of(doc, "call"))
    sadr = [t for t in doc if t.text == "Sadr" and t.dep_ == "pobj"]
    assert sadr, [(t.text, t.dep_) for t in doc]
    for token in sadr:
        span = doc[token.left_edge.i:token.right_edge.i + 1]
        assert actors.resolve(span).name == "Muqtada al-Sadr"


def test_pronoun_us_is_not_the_united_states(nlp, resolver):
    doc = nlp("The US warned that some of us would leave.")
    actors = resolver.document(None)
    us_country = next(t for t in doc if t.text == "US")
    assert code(actors.resolve(doc[us_country.left_edge.i:us_country.i + 1])) == "USA"
    some = next(t for t in doc if t.text == "some")
    assert actors.resolve(doc[some.left_edge.i:some.right_edge.i + 1]) is None


def test_a_different_title_does_not_corefer(nlp, resolver, subject_of):
    doc = nlp("Iraqi Prime Minister Nuri al-Maliki arrived in Basra. The president stayed in Baghdad. The prime minister spoke.")
    actors = resolver.document(date(2008, 3, 30))
    actors.resolve(subject_of(doc, "arrive"))
    president = actors.resolve(subject_of(doc, "stay"))
    assert president.name != "Nuri al-Maliki" and president.code == "IRQGOV"
    assert actors.resolve(subject_of(doc, "speak")).name == "Nuri al-Maliki"


def test_resolver_pickles_as_its_arguments(resolver):
    import pickle

    data = pickle.dumps(resolver)
    assert len(data) < 1000
    assert pickle.loads(data).knowledge is resolver.knowledge  # same process: same cache


@pytest.mark.parametrize("phrase, story, expected", [
    ("Japanese Prime Minister Shinzo Abe", date(2017, 8, 29), "JPNGOV"),  # ranges end in 2007
    ("Shinzo Abe", date(2017, 8, 29), "JPNELI"),  # no title: the dictionary's code
    ("former Prime Minister Shinzo Abe", date(2017, 8, 29), "JPNELI"),
])
def test_a_title_of_office_outweighs_an_elite_code(resolver, phrase, story, expected):
    assert code(resolver.lookup(phrase, story)) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("the People's Republic of China", "CHN"),
    ("the Democratic People's Republic of Korea", "PRK"),
])
def test_state_styles_with_people_are_the_state(resolver, phrase, expected):
    assert code(resolver.lookup(phrase)) == expected


# ---------------------------------------------------------------- twenty-seventh session
@pytest.mark.parametrize("sentence, phrase, story, expected", [
    # a royal title before a place's name makes it a given name: not Malaysia's Sabah state
    ("Sheikh Sabah later telephoned the emir.", "Sheikh Sabah", date(2017, 6, 8), "KWTGOV"),
    ("Doha applauded Emir Sheikh Sabah al-Ahmed Al Sabah for his warning.",
     "Emir Sheikh Sabah al-Ahmed Al Sabah", date(2017, 6, 8), "KWTGOV"),
    # a surname after a listed full name that goes on is no one listed ("Le Thi Thu" + "Hang")
    ("Spokeswoman Le Thi Thu Hang spoke at the briefing in Hanoi.", "Spokeswoman Le Thi Thu Hang",
     date(2020, 1, 1), "VNMGOV"),
    # South Sudan's army by its full name, since independence
    ("South Sudan People's Liberation Army soldiers fought rebels outside Malakal.",
     "South Sudan People's Liberation Army soldiers", date(2014, 2, 1), "SSDMIL"),
    ("Anarchists threw stones at the police in Athens.", "Anarchists", date(2020, 1, 1), "GRCCVLRAD"),
])
def test_names_that_are_no_country(nlp, resolver, sentence, phrase, story, expected):
    doc = nlp(sentence)
    start = sentence.index(phrase)
    actor = resolver.document(story).resolve(doc.char_span(start, start + len(phrase)))
    assert code(actor) == expected


def test_a_person_of_a_country_holds_the_office_of_the_first_conjunct(nlp, resolver):
    sentence = "Foreign Ministers Mauro Vieira of Brazil and Diana Mondino of Argentina met in Brasilia."
    doc = nlp(sentence)
    start = sentence.index("Diana")
    actors = resolver.document(date(2024, 4, 29))
    assert code(actors.resolve(doc.char_span(start, start + len("Diana Mondino of Argentina")))) == "ARGGOV"
    doc = nlp("John Smithers of Britain said the talks failed.")
    assert code(actors.resolve(doc[0:4])) == "GBR"


def test_a_weapon_named_after_a_place_is_no_country(nlp, resolver):
    # (Perm's Soviet name, Molotov, is one of Russia's in Phoenix)
    doc = nlp("Protesters threw Molotov cocktails at the police.")
    actors = resolver.document(None)
    assert actors.resolve(doc[3:5]) is None and actors.mentioned_countries(doc[:]) == []


@pytest.mark.parametrize("phrase, expected", [
    ("Northern Liech", "SSD"),  # South Sudan's state, not a misspelt Liechtenstein
    ("Abu Sayyaf gunmen", "PHL"),  # a transnational group with one home, no place told
])
def test_countries_of_weapons_states_and_home_bases(resolver, phrase, expected):
    actor = resolver.lookup(phrase)
    assert (actor.country if actor is not None else None) == expected


# ---------------------------------------------------------------- twenty-eighth session
@pytest.mark.parametrize("phrase, expected", [
    # a body's dictionary name over "on" ("the Intergovernmental Authority on Development")
    ("the Intergovernmental Authority on Development", "IGOEAFDEVIAD"),
    ("the Organization of Islamic Cooperation", "IGOMOSOIC"),
    # Myanmar's ethnic armed organisations by name and acronym
    ("the Kachin Independence Army", "MMRREB"),
    ("the TNLA", "MMRREB"),
])
def test_bodies_named_over_a_preposition_and_armed_organisations(nlp, resolver, phrase, expected):
    sentence = f"On Monday {phrase} issued a statement."
    doc = nlp(sentence)
    start = sentence.index(phrase)
    actor = resolver.document(date(2023, 5, 2)).resolve(doc.char_span(start, start + len(phrase)))
    assert code(actor) == expected


def test_an_ordinary_noun_is_no_group_name(nlp, resolver):
    # (Phoenix translates Tanzim as "the Organization")
    doc = nlp("The Organization said the vote was fair.")
    assert resolver.document(None).resolve(doc[0:2]) is None


@pytest.mark.parametrize("phrase, expected", [
    ("Ecuadoran soldiers", "ECUMIL"),  # the variant spelling of Ecuadorian
    ("Chechen fighters", "RUS"),
    ("Uyghur activists", "CHN"),
])
def test_demonym_variants_and_peoples_of_a_state(nlp, resolver, phrase, expected):
    doc = nlp(f"{phrase} gathered in the square.")
    actor = resolver.document(date(2022, 3, 1)).resolve(doc[0:len(phrase.split())])
    assert actor is not None and actor.code.startswith(expected)


@pytest.mark.parametrize("phrase, expected", [
    ("rival Tigray forces", "ETHREB"),
    ("A suicide car bomber", "UAF"),  # a person who drove a bomb, no bomber aircraft
])
def test_tigray_forces_and_car_bombers(nlp, resolver, phrase, expected):
    doc = nlp(f"{phrase} attacked the town.")
    actor = resolver.document(date(2021, 6, 1)).resolve(doc[0:len(phrase.split())])
    assert code(actor) == expected


# ---------------------------------------------------------------- twenty-ninth session
@pytest.mark.parametrize("phrase, story, expected_code, expected_roles", [
    # people of a trade are civilians too; the code keeps the trade
    ("Indian fishermen", date(2020, 1, 1), "INDAGR", {"AGR", "CVL"}),
    ("Chilean students", date(2020, 1, 1), "CHLEDU", {"EDU", "CVL"}),
    # an office the title names, held now (the dictionary's term ended, or never listed it)
    ("Foreign Minister Toshimitsu Motegi", date(2020, 6, 1), "JPNGOV", {"GOV"}),
    # "an Islamist group" in a report of fighting is an armed group
    ("an Islamist group", date(2020, 1, 1), "UAFMUS", {"UAF"}),
])
def test_trades_ranks_and_offices_named_with_the_actor(nlp, resolver, phrase, story, expected_code, expected_roles):
    doc = nlp(f"{phrase} attacked the town.")
    actor = resolver.document(story).resolve(doc[0:len(phrase.split())])
    assert actor is not None and actor.code.endswith(expected_code) and expected_roles <= set(actor.roles)


def test_the_university_itself_is_no_civilian(nlp, resolver):
    doc = nlp("The university condemned the raid.")
    actor = resolver.document(date(2020, 1, 1)).resolve(doc[0:2])
    assert actor is not None and "CVL" not in actor.roles


def test_former_office_holders_take_no_office_from_the_title(nlp, resolver):
    doc = nlp("Former president Donald Trump criticized the deal.")
    actor = resolver.document(date(2022, 5, 1)).resolve(doc[0:4])
    assert actor is not None and "GOV" not in actor.roles


@pytest.mark.parametrize("phrase", ["army chief Abdel Fattah al-Burhan", "Lt. Gen. Abdel Fattah al-Burhan"])
def test_a_soldiers_rank_or_command_before_a_rulers_name(nlp, resolver, phrase):
    sentence = f"The envoy spoke with {phrase} on Monday."
    doc = nlp(sentence)
    start = sentence.index(phrase)
    actor = resolver.document(date(2023, 5, 1)).resolve(doc.char_span(start, start + len(phrase)))
    assert actor is not None and actor.code == "SDNGOV" and {"GOV", "MIL"} <= set(actor.roles)


@pytest.mark.parametrize("phrase, expected", [
    ("the Guardia Civil", "ESPCOP"),
    ("the Mossos d'Esquadra", "ESPCOP"),
    ("the Tatmadaw", "MMRMIL"),
    ("the Special Deterrence Force", "LBYUAF"),
    ("the Koglweogo", "BFAUAF"),
])
def test_police_and_militias_by_their_own_names(nlp, resolver, phrase, expected):
    doc = nlp(f"On Monday {phrase} detained five men.")
    start = 2
    actor = resolver.document(date(2022, 1, 1)).resolve(doc[start:start + len(nlp(phrase))])
    assert code(actor) == expected


@pytest.mark.parametrize("phrase, expected", [
    # a short surname after a government office: the one holding it that day (late rule)
    ("Prime Minister Oli", "NPLGOV"),
    # a short surname alone, or after a mere courtesy title, names no one
    ("Oli", None),
    ("Mr Oli", None),
])
def test_a_short_surname_after_an_office(nlp, resolver, phrase, expected):
    sentence = f"On Monday {phrase} rejected the demands."
    doc = nlp(sentence)
    start = sentence.index(phrase)
    actor = resolver.document(date(2019, 11, 1)).resolve(doc.char_span(start, start + len(phrase)))
    assert code(actor) == expected or (expected is None and (actor is None or not actor.country))

"""Per-Doc caches of the parse: listed once, dropped when a repair moves heads."""
import pytest

from sitroom.nlp import children, entities, forget_children, load_nlp, parse_derived


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_children_are_listed_once_and_match_spacy(nlp):
    doc = nlp("Iraqi troops stormed the compound of the militia in Basra on Monday.")
    for token in doc:
        first = children(token)
        assert [c.i for c in first] == [c.i for c in token.children]
        assert children(token) is first  # the same tuple: no new Token objects


def test_forget_children_drops_every_parse_derived_cache(nlp):
    doc = nlp("The army shelled the town.")
    verb = next(t for t in doc if t.lemma_ == "shell")
    before = children(verb)
    key = parse_derived("tests.parse_derived")
    assert parse_derived("tests.parse_derived") == key  # registering twice is harmless
    doc.user_data[key] = "read from the heads"
    doc.user_data["tests.lexical"] = "read from the words"
    forget_children(doc)
    assert key not in doc.user_data
    assert doc.user_data["tests.lexical"] == "read from the words"  # not derived from the parse
    assert children(verb) is not before and [c.i for c in children(verb)] == [c.i for c in before]


def test_entities_are_the_docs_entities_listed_once(nlp):
    doc = nlp("Nouri al-Maliki flew to Basra on Monday.")
    listed = entities(doc)
    assert [(e.start, e.end, e.label_) for e in listed] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is listed

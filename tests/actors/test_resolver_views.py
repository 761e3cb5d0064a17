"""The resolver's per-parse word views: made once per token, the same answers every time."""
from dataclasses import replace

from sitroom.actors.resolver import _view


def _span(doc, words):
    text = doc.text
    start = text.index(words)
    return doc.char_span(start, start + len(words))


def test_the_same_phrase_resolves_alike_twice(nlp, resolver):
    doc = nlp("Iraqi Prime Minister Nuri al-Maliki met Sadr in Najaf, and al-Maliki later left.")
    actors = resolver.document()
    phrase = _span(doc, "Iraqi Prime Minister Nuri al-Maliki")
    first, second = actors.resolve(phrase), actors.resolve(phrase)
    assert first == second and first is not second
    assert first.text == "Iraqi Prime Minister Nuri al-Maliki" and first.code.startswith("IRQ")
    # a fresh document resolver sees the same words the same way
    assert resolver.document().resolve(phrase) == first


def test_actor_text_is_the_parsed_text_at_its_offsets(nlp, resolver):
    doc = nlp("Gunmen attacked a police station in Kirkuk, the Iraqi police said.")
    actor = resolver.document().resolve(_span(doc, "the Iraqi police"))
    assert actor is not None and actor.text == doc.text[actor.start:actor.end] == "the Iraqi police"


def test_hyphenated_tail_is_read_with_or_without_the_doc_text(nlp):
    doc = nlp("An anti-government protest and a multi - party vote were held.")
    for token in doc:
        with_text, without = _view(token, None, doc.text), _view(token, None)
        assert with_text == without
    tail = next(t for t in doc if t.text == "government")
    assert _view(tail, None, doc.text).hyphen_tail
    spaced = next(t for t in doc if t.text == "party")
    assert not _view(spaced, None, doc.text).hyphen_tail  # "multi - party": spaces, not one word


def test_a_head_view_differs_only_in_being_the_head(nlp):
    doc = nlp("Hamas fighters fired rockets.")
    head = next(t for t in doc if t.text == "fighters")
    assert _view(head, head) == replace(_view(head, None), is_head=True)

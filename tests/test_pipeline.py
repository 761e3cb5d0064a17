"""Pipeline preparation: headline lines and paragraph breaks end sentences. Texts are
written for these tests."""
from __future__ import annotations

import datetime

import pytest

from sitroom.pipeline import Pipeline
from sitroom.records import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_headline_without_full_stop_is_its_own_sentence(pipeline):
    title = "Cleric tells fighters to lay down arms"
    text = f"{title}\nMuqtada al-Sadr told his followers on Sunday to stop fighting the army."
    sdoc = pipeline.prepare(Document(id="h", text=text, title=title, date=datetime.date(2008, 3, 30)))
    sents = [s.text.strip() for s in pipeline.nlp(sdoc).sents]
    assert sents[0] == title
    assert sents[1].startswith("Muqtada")


def test_paragraph_break_ends_a_sentence(pipeline):
    text = "Fighting in the south\n\nThe army attacked the rebels near the port on Monday."
    sdoc = pipeline.nlp(pipeline.prepare(Document(id="p", text=text)))
    assert [s.text.strip() for s in sdoc.sents][-1] == "The army attacked the rebels near the port on Monday."


def test_a_wrapped_line_is_not_broken(pipeline):
    text = "The army attacked the rebels near\nthe port on Monday, officials said."
    sdoc = pipeline.nlp(pipeline.prepare(Document(id="w", text=text, title="Clashes")))
    assert len(list(sdoc.sents)) == 1

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


def test_seed_scenario_appeal_and_consultation(pipeline):
    """A leader's statement telling his militia to end military actions is his appeal (02,
    REQUEST) to the militia, not a fight; the government delegation travelling to Iran to
    negotiate with him is a consultation (04) by IRQGOV with him."""
    text = ("Muqtada al-Sadr issued a statement from Najaf on Sunday telling members of the Mahdi Army "
            "to end all military actions. On Saturday a delegation of Iraqi government officials had "
            "travelled to Iran to negotiate with the cleric.")
    [(_, events)] = list(pipeline.code([Document(id="seed", text=text, date=datetime.date(2008, 3, 30))]))
    appeal, talks = events
    assert (appeal.root, appeal.plover.type) == ("02", "REQUEST")
    assert appeal.source.name == "Muqtada al-Sadr" and appeal.target.name == "Mahdi Army"
    assert appeal.location.name.startswith("Najaf") and appeal.date == datetime.date(2008, 3, 30)
    assert (talks.root, talks.source.code, talks.target.name) == ("04", "IRQGOV", "Muqtada al-Sadr")


@pytest.mark.parametrize("opening", ["KYIV, Ukraine (AP) — ", "BAGHDAD - ", "KHARTOUM, Sudan (Reuters) -- "])
def test_a_wire_dateline_is_not_part_of_the_first_sentence(pipeline, opening):
    text = opening + "The army attacked the rebels near the port on Monday."
    sdoc = pipeline.nlp(pipeline.prepare(Document(id="d", text=text)))
    assert list(sdoc.sents)[-1].text.strip() == "The army attacked the rebels near the port on Monday."


@pytest.mark.parametrize("text, dateline", [
    ("Rome, Italy | AFP | The government signed a deal.", "Rome, Italy | AFP | "),
    ("PORT SUDAN: A paramilitary attack killed 14.", "PORT SUDAN: "),
    ("COLOMBO, Nov 28: Pakistan and Sri Lanka signed four agreements.", "COLOMBO, Nov 28: "),
    ("Israel, Egypt and Jordan met in Cairo.", None),
])
def test_wire_datelines_are_recognised(text, dateline):
    from sitroom.pipeline import _dateline_end
    end = _dateline_end(text)
    assert (text[:end] if end is not None else None) == dateline

"""Events for sentences the coder leaves empty, from a classifier's confident reading."""
from __future__ import annotations

import pytest

from sitroom.events.guessed import ACLED_CAMEO, SentenceGuesser
from sitroom.events.sentence_model import Guess
from sitroom.events.tables import code_tables
from sitroom.records import Document


class ScriptedModel:
    """A stand-in classifier: the guess for each sentence containing a key word."""

    def __init__(self, **by_word: Guess) -> None:
        self.by_word = by_word
        self.seen: list[str] = []  # the sentences the guesser asked about
        self.meta = {"event_types": {"Shelling/artillery/missile attack": "Explosions/Remote violence"}}

    def guess(self, texts):
        self.seen.extend(texts)
        return self._read(texts)

    def confident(self, texts):  # the reviews' second opinions on sentences with events: none
        return [None for _ in texts]

    def _read(self, texts):
        return [next((g for w, g in self.by_word.items() if w in t), Guess(None, 0.3)) for t in texts]


def _events(pipeline, text: str, cameo=None, acled=None):
    kept = pipeline.cameo_model, pipeline.acled_model
    pipeline.cameo_model, pipeline.acled_model = cameo, acled
    try:
        _, events = next(pipeline.code([Document(id="g1", text=text)]))
        return events
    finally:
        pipeline.cameo_model, pipeline.acled_model = kept


# "walloped" is in no verb dictionary: the coder alone finds no event in this sentence
UNKNOWN_VERB = "Ukrainian forces walloped Russian positions near Bakhmut on Tuesday."


def test_an_empty_sentence_gets_the_event_a_confident_classifier_reads(pipeline):
    assert _events(pipeline, UNKNOWN_VERB) == []
    [event] = _events(pipeline, UNKNOWN_VERB, cameo=ScriptedModel(walloped=Guess("19", 0.9)))
    assert event.root == "19" and event.evidence.trigger == "walloped"
    assert (event.source.code, event.target.code) == ("UKRMIL", "RUS")
    assert event.modality == "asserted" and event.acled is not None


def test_an_unsure_or_eventless_reading_adds_nothing(pipeline):
    assert _events(pipeline, UNKNOWN_VERB, cameo=ScriptedModel(walloped=Guess("19", 0.5))) == []
    # the CAMEO classifier's confident "no event" settles it: the ACLED one is not asked
    acled = ScriptedModel(walloped=Guess("Armed clash", 0.95))
    assert _events(pipeline, UNKNOWN_VERB, cameo=ScriptedModel(walloped=Guess(None, 0.9)), acled=acled) == []
    assert acled.seen == []


def test_a_confident_acled_type_implies_its_cameo_code(pipeline):
    acled = ScriptedModel(walloped=Guess("Shelling/artillery/missile attack", 0.9))
    [event] = _events(pipeline, UNKNOWN_VERB, acled=acled)
    assert event.cameo == "194"
    assert event.acled.sub_event_type == "Shelling/artillery/missile attack"


def test_sentences_with_events_are_not_asked(pipeline):
    model = ScriptedModel(walloped=Guess("19", 0.9))
    events = _events(pipeline, "Rebels attacked an army post. " + UNKNOWN_VERB, cameo=model)
    assert [e.evidence.sentence for e in events] == [0, 1]
    assert model.seen == [UNKNOWN_VERB]


@pytest.mark.parametrize("text", [
    "Ukrainian forces did not wallop Russian positions near Bakhmut on Tuesday.",
    "Did Ukrainian forces wallop Russian positions near Bakhmut?",
])
def test_negated_acts_and_questions_get_no_guessed_event(pipeline, text):
    assert _events(pipeline, text, cameo=ScriptedModel(wallop=Guess("19", 0.99))) == []


def test_a_reported_act_is_attributed_to_its_speaker(pipeline):
    text = "Officials said Ukrainian forces walloped Russian positions near Bakhmut."
    [event] = _events(pipeline, text, cameo=ScriptedModel(walloped=Guess("19", 0.9)))
    assert event.evidence.trigger == "walloped" and event.modality == "reported"
    assert event.attribution is not None and event.attribution.source.code == "UKRGOV"


def test_every_acled_type_maps_to_a_cameo_code_of_the_tables():
    tables = code_tables()
    assert all(tables.info(code) is not None for code in ACLED_CAMEO.values())


def test_guesser_reads_cameo_roots_as_base_codes():
    guesser = SentenceGuesser(ScriptedModel(a=Guess("04", 0.9), b=Guess("19", 0.6)), None)
    assert guesser(["a", "b", "c"]) == ["040", None, None]


def test_an_event_noun_of_the_guessed_root_carries_the_act_with_its_author(pipeline):
    text = "Heavy Russian shelling of Kharkiv kept residents awake through the night."
    assert _events(pipeline, text) == []
    [event] = _events(pipeline, text, cameo=ScriptedModel(shelling=Guess("19", 0.9)))
    assert event.evidence.trigger == "shelling" and event.source.code.startswith("RUS")


def test_no_event_where_the_dictionary_reads_the_act_as_another_kind(pipeline):
    # the classifier reads fighting; the only act, "gone", is a movement (CAMEO 04): no event
    text = "The army said the pilot had gone missing."
    assert _events(pipeline, text, cameo=ScriptedModel(pilot=Guess("19", 0.95))) == []


def test_a_guessed_act_without_any_actor_is_no_event(pipeline):
    assert _events(pipeline, "Sporadic clashes went on.", cameo=ScriptedModel(clashes=Guess("19", 0.95))) == []


def test_a_pronoun_under_a_reporting_verb_is_its_speaker(pipeline):
    text = "The Myanmar army said on Tuesday it had battered rebel outposts near the border."
    assert _events(pipeline, text) == []
    [event] = _events(pipeline, text, cameo=ScriptedModel(outposts=Guess("19", 0.9)))
    assert event.source.code == "MMRMIL" and event.attribution.source.code == "MMRMIL"

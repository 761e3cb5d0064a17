"""How the CAMEO classifier's opinion checks the coder's events."""
from __future__ import annotations

from sitroom.events.cameo_model import review_cameo
from sitroom.events.sentence_model import Guess

from tests.conftest import build_event
from tests.events.test_acled_model import FixedOpinion


def _event(cameo: str, sentence: int = 0):
    event = build_event("d1", cameo, "AAA", "BBB", "2024-05-01")
    event.evidence.sentence = sentence
    return event


TEXTS = ["First invented sentence.", "Second invented sentence.", "Third invented sentence."]


def test_a_sentence_judged_eventless_loses_its_events():
    kept, dropped, also_dropped = _event("190", 0), _event("112", 1), _event("042", 1)
    events = review_cameo([kept, dropped, also_dropped], TEXTS, FixedOpinion(Guess("19", 0.9), Guess(None, 0.9)))
    assert events == [kept]


def test_unsure_or_other_opinions_change_nothing():
    single = _event("010", 0)
    assert review_cameo([single], TEXTS, FixedOpinion(Guess(None, 0.4))) == [single]
    assert review_cameo([single], TEXTS, FixedOpinion(Guess("19", 0.99))) == [single]
    assert single.cameo == "010"


def test_guesses_follow_the_sentences_that_have_events():
    first, third = _event("010", 0), _event("190", 2)
    # one guess per sentence with events, in order: the second guess belongs to the third sentence
    assert review_cameo([first, third], TEXTS, FixedOpinion(Guess("01", 0.9), Guess(None, 0.9))) == [first]

"""The ACLED sentence classifier: training, its saved form, and how its opinion is applied."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from sitroom.events.acled_model import AcledSentenceModel, SentenceGuess, TrainingSentence, review_acled, train
from sitroom.records import Acled

from tests.conftest import build_event

EVENT_TYPES = {"Air/drone strike": "Explosions/Remote violence", "Peaceful protest": "Protests",
               "Armed clash": "Battles", "Agreement": "Strategic developments"}


def _sentences() -> list[TrainingSentence]:
    strikes = [f"Warplanes bombed positions near village {i} in an air strike." for i in range(6)]
    protests = [f"Hundreds of people marched peacefully through town {i} to demand jobs." for i in range(6)]
    quiet = [f"The region {i} has long been poor and dry." for i in range(6)]
    return ([TrainingSentence(t, "Air/drone strike") for t in strikes]
            + [TrainingSentence(t, "Peaceful protest") for t in protests] + [TrainingSentence(t, None) for t in quiet])


@pytest.fixture(scope="module")
def small_model() -> AcledSentenceModel:
    return train(_sentences(), EVENT_TYPES)


def test_trained_model_reads_the_words_of_each_type(small_model):
    guesses = small_model.guess(["An air strike by warplanes bombed the village.",
                                 "People marched peacefully to demand jobs.", "The region is poor."])
    assert [g.sub_event_type for g in guesses] == ["Air/drone strike", "Peaceful protest", None]
    assert all(0.0 < g.probability <= 1.0 for g in guesses)
    assert small_model.guess([]) == []


def test_saved_model_loads_with_the_same_opinions(small_model, tmp_path):
    path = tmp_path / "model.npz"
    small_model.save(path, {"files": ["invented"]})
    loaded = AcledSentenceModel.load(path)
    text = ["Warplanes bombed the positions."]
    assert loaded.guess(text)[0].sub_event_type == small_model.guess(text)[0].sub_event_type
    assert loaded.guess(text)[0].probability == pytest.approx(small_model.guess(text)[0].probability, abs=1e-5)
    assert loaded.threshold == small_model.threshold and loaded.event_types == EVENT_TYPES


def test_shipped_model_loads_and_knows_acled_types():
    model = AcledSentenceModel.load()
    assert "Armed clash" in model.classes and "none" in model.classes
    assert model.event_types["Air/drone strike"] == "Explosions/Remote violence"


@dataclass
class _FixedOpinion:
    """A stand-in model with one fixed guess per sentence."""
    guesses: list[SentenceGuess]
    threshold: float = 0.6
    event_types: dict = None

    def __post_init__(self):
        self.event_types = EVENT_TYPES

    def guess(self, texts):
        return self.guesses[:len(texts)]


def _event(cameo: str, acled: tuple[str, str] | None = None, modality: str = "asserted"):
    event = build_event("d1", cameo, "AAA", "BBB", "2024-05-01", modality=modality)
    event.acled = Acled(*acled) if acled else None
    return event


def test_confident_opinion_retypes_the_primary_event():
    event = _event("190", ("Battles", "Armed clash"))
    review_acled([event], ["One invented sentence."], _FixedOpinion([SentenceGuess("Air/drone strike", 0.9)]))
    assert event.acled == Acled("Explosions/Remote violence", "Air/drone strike")


def test_opinion_never_overrules_a_more_specific_type():
    event = _event("190", ("Explosions/Remote violence", "Air/drone strike"))
    review_acled([event], ["One invented sentence."], _FixedOpinion([SentenceGuess("Armed clash", 0.95)]))
    assert event.acled == Acled("Explosions/Remote violence", "Air/drone strike")


def test_opinion_never_overrules_a_type_read_from_an_explicit_marker():
    event = _event("190", ("Strategic developments", "Disrupted weapons use"))
    review_acled([event], ["One invented sentence."], _FixedOpinion([SentenceGuess(None, 0.95)]))
    assert event.acled == Acled("Strategic developments", "Disrupted weapons use")


def test_unsure_opinion_leaves_the_coder_type():
    event = _event("190", ("Battles", "Armed clash"))
    review_acled([event], ["One invented sentence."], _FixedOpinion([SentenceGuess("Air/drone strike", 0.4)]))
    assert event.acled == Acled("Battles", "Armed clash")


def test_confident_no_event_clears_factual_types_only():
    done, threatened = _event("190", ("Battles", "Armed clash")), _event("190", ("Battles", "Armed clash"), "threatened")
    review_acled([done, threatened], ["One invented sentence."], _FixedOpinion([SentenceGuess(None, 0.9)]))
    assert done.acled is None and threatened.acled is not None


def test_opinion_goes_on_a_conflict_event_the_coder_left_untyped():
    statement, fight = _event("010"), _event("190")
    review_acled([statement, fight], ["One invented sentence."], _FixedOpinion([SentenceGuess("Armed clash", 0.8)]))
    assert statement.acled is None and fight.acled == Acled("Battles", "Armed clash")


def test_violent_opinion_never_goes_on_a_cooperative_act():
    meeting = _event("040")
    review_acled([meeting], ["One invented sentence."], _FixedOpinion([SentenceGuess("Armed clash", 0.9)]))
    assert meeting.acled is None

"""How the ACLED classifier's opinion refines the coder's sub-event types."""
from __future__ import annotations

from sitroom.events.acled_model import review_acled
from sitroom.events.sentence_model import Guess
from sitroom.records import Acled

from tests.conftest import build_event

EVENT_TYPES = {"Air/drone strike": "Explosions/Remote violence", "Armed clash": "Battles",
               "Suicide bomb": "Explosions/Remote violence"}


class FixedOpinion:
    """A stand-in model with one fixed guess per sentence."""

    def __init__(self, *guesses: Guess, threshold: float = 0.5) -> None:
        self.guesses, self.threshold, self.meta = list(guesses), threshold, {"event_types": EVENT_TYPES}

    def confident(self, texts):
        return [g if g.probability >= self.threshold else None for g in self.guesses[:len(texts)]]


def _event(cameo: str, acled: tuple[str, str] | None = None, modality: str = "asserted"):
    event = build_event("d1", cameo, "AAA", "BBB", "2024-05-01", modality=modality)
    event.acled = Acled(*acled) if acled else None
    return event


TEXT = ["One invented sentence."]


def test_confident_opinion_retypes_the_primary_event_to_a_more_specific_type():
    event = _event("190", ("Battles", "Armed clash"))
    review_acled([event], TEXT, FixedOpinion(Guess("Air/drone strike", 0.9)))
    assert event.acled == Acled("Explosions/Remote violence", "Air/drone strike")


def test_opinion_never_overrules_a_more_specific_type():
    event = _event("195", ("Explosions/Remote violence", "Air/drone strike"))
    review_acled([event], TEXT, FixedOpinion(Guess("Armed clash", 0.95)))
    assert event.acled == Acled("Explosions/Remote violence", "Air/drone strike")


def test_opinion_never_overrules_a_type_read_from_an_explicit_marker():
    event = _event("190", ("Strategic developments", "Disrupted weapons use"))
    review_acled([event], TEXT, FixedOpinion(Guess(None, 0.95)))
    assert event.acled == Acled("Strategic developments", "Disrupted weapons use")


def test_unsure_opinion_leaves_the_coder_type():
    event = _event("190", ("Battles", "Armed clash"))
    review_acled([event], TEXT, FixedOpinion(Guess("Air/drone strike", 0.4)))
    assert event.acled == Acled("Battles", "Armed clash")


def test_confident_no_event_clears_factual_types_only():
    done, threatened = _event("190", ("Battles", "Armed clash")), _event("190", ("Battles", "Armed clash"), "threatened")
    review_acled([done, threatened], TEXT, FixedOpinion(Guess(None, 0.9)))
    assert done.acled is None and threatened.acled is not None


def test_opinion_goes_on_a_conflict_event_the_coder_left_untyped():
    statement, fight = _event("010"), _event("190")
    review_acled([statement, fight], TEXT, FixedOpinion(Guess("Armed clash", 0.8)))
    assert statement.acled is None and fight.acled == Acled("Battles", "Armed clash")


def test_violent_opinion_never_goes_on_a_cooperative_act():
    meeting = _event("040")
    review_acled([meeting], TEXT, FixedOpinion(Guess("Armed clash", 0.9)))
    assert meeting.acled is None


def test_opinion_never_swaps_one_weapon_for_another():
    event = _event("194", ("Explosions/Remote violence", "Shelling/artillery/missile attack"))
    review_acled([event], TEXT, FixedOpinion(Guess("Air/drone strike", 0.95)))
    assert event.acled.sub_event_type == "Shelling/artillery/missile attack"


def test_opinion_may_tell_a_bomb_a_suicide_bomb():
    event = _event("183", ("Explosions/Remote violence", "Remote explosive/landmine/IED"))
    review_acled([event], TEXT, FixedOpinion(Guess("Suicide bomb", 0.95)))
    assert event.acled.sub_event_type == "Suicide bomb"

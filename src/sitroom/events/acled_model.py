"""A second opinion on ACLED sub-event types from a sentence classifier (`sentence_model`).

The dictionary coder decides which acts a sentence reports and who did them; ACLED's
sub-event type, though, often rests on words outside the act's own clause ("in a drone
strike", "as police fired tear gas", "the group seized the town"). The classifier, trained
on the project's labelled real-news sentences, reads those words. Where it is confident,
`review_acled` lets its sentence-level type refine the coder's; elsewhere the coder's stands.
It never creates or drops an event and never touches CAMEO or PLOVER codes.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from sitroom.events.acled import AIR, CHEMICAL, FACTUAL, SUICIDE, outranks, primary_acled_event
from sitroom.events.sentence_model import SentenceClassifier
from sitroom.records import Acled, Event

MODEL_PARTS = ("acled", "sentence_model.npz")
# below this probability the coder's own type stands (chosen by leave-one-file-out runs,
# benchmarks/sentence_models_cv.py)
THRESHOLD = 0.5
# types the coder gives only on an explicit marker (a merger announced, a base set up, a bomb
# defused, a chemical agent named, a town abandoned or handed over): the sentence's other words
# cannot overrule them
MARKED_TYPES = frozenset({"Change to group/activity", "Headquarters or base established",
                          "Disrupted weapons use", "Chemical weapon", "Non-violent transfer of territory"})


def load_acled_model() -> SentenceClassifier:
    return SentenceClassifier.shipped(*MODEL_PARTS)


def review_acled(events: list[Event], sentence_texts: Sequence[str], model: SentenceClassifier) -> None:
    """Give each sentence's events the model's ACLED type where the model is confident and
    disagrees with the coder: the sentence's primary ACLED event is retyped to a more specific
    type; a confident "no ACLED event" clears the sentence's factual ACLED types; a sentence
    the coder left without any ACLED type gets the model's on its first factual conflict event.
    The model's metadata maps each sub-event type to its event type."""
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.evidence.sentence].append(event)
    indexes = sorted(by_sentence)
    for index, guess in zip(indexes, model.confident([sentence_texts[i] for i in indexes])):
        if guess is not None:
            _retype(by_sentence[index], guess.label, model.meta["event_types"])


def _retype(events: list[Event], sub_event_type: str | None, event_types: dict[str, str]) -> None:
    primary = primary_acled_event(events)
    if primary is not None and primary.acled.sub_event_type in MARKED_TYPES:
        return
    if sub_event_type is None:
        for event in events:
            if event.modality in FACTUAL:
                event.acled = None
        return
    if primary is not None:
        # the words can reveal a more specific type the coder missed ("a grenade attack"), but
        # never overrule a more specific one it found (a bomb defused, stones thrown by protesters)
        # (nor swap one weapon for another, "tank shells" are shelling whatever the model reads,
        # but a bomber's death or a chemical agent is the more specific reading)
        if outranks(sub_event_type, primary.acled.sub_event_type) and not (
                primary.acled.event_type == event_types[sub_event_type] == AIR[0]
                and sub_event_type not in (SUICIDE[1], CHEMICAL[1])):
            primary.acled = Acled(event_types[sub_event_type], sub_event_type)
        return
    event_type = event_types[sub_event_type]
    carrier = next((e for e in events if e.modality in FACTUAL and _may_carry(e, event_type)), None)
    if carrier is not None:
        carrier.acled = Acled(event_type, sub_event_type)


def _may_carry(event: Event, event_type: str) -> bool:
    """Violence, protest and riot types go on conflict events only (CAMEO QuadClass 3-4);
    a strategic development (an agreement, a handover) on any act."""
    return event_type == "Strategic developments" or (event.quad_class or 0) >= 3

"""A second opinion on whether a sentence reports any event, from a sentence classifier
(`sentence_model`) trained to read the CAMEO root of a sentence's first event, or none.

The dictionary coder matches verb patterns clause by clause, so background, history and
commentary that use an act's verb ("the ceasefire signed in 2020 has largely held") can yield
events. `review_cameo` drops the events of a sentence the classifier is confident reports no
event. It never adds an event, changes a code or touches an actor: letting it also set the
root of a sentence's single event raised mean root F1 by 0.005 on unseen files but overruled
the codebook's finer distinctions (bombings as 183, fighting beside an ally as 062), so the
coder's codes stand. Measured leave-one-file-out by `benchmarks/sentence_models_cv.py cameo`.
"""
from __future__ import annotations

from typing import Sequence

from sitroom.events.sentence_model import SentenceClassifier
from sitroom.records import Event

MODEL_PARTS = ("cameo", "sentence_model.npz")
# below this probability the coder's events stand. Leave-one-file-out on the real-news files,
# mean root / triple F1: coder alone 0.7858 / 0.5156, dropping at 0.6 0.7881 / 0.5175, at 0.8
# 0.7874 / 0.5165; but at 0.6 and 0.7 the codebook's and PLOVER's short example sentences lost
# events (cameo_manual root F1 0.866 → 0.857, plover_gsr recall 0.859 → 0.843), at 0.8 none.
THRESHOLD = 0.8


def load_cameo_model() -> SentenceClassifier:
    return SentenceClassifier.shipped(*MODEL_PARTS)


def review_cameo(events: list[Event], sentence_texts: Sequence[str], model: SentenceClassifier) -> list[Event]:
    """The events, less those of sentences the model is confident report no event."""
    sentences = sorted({event.evidence.sentence for event in events})
    guesses = model.confident([sentence_texts[i] for i in sentences])
    eventless = {i for i, guess in zip(sentences, guesses) if guess is not None and guess.label is None}
    return [e for e in events if e.evidence.sentence not in eventless]

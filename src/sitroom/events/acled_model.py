"""A second opinion on ACLED sub-event types: a sentence classifier over word n-grams.

The dictionary coder decides which acts a sentence reports and who did them; ACLED's
sub-event type, though, often rests on words outside the act's own clause ("in a drone
strike", "as police fired tear gas", "the group seized the town"). A multinomial logistic
regression over TF-IDF word uni- and bigrams of the whole sentence, trained on the project's
labelled real-news sentences (`scripts/train_acled_model.py`), reads those words. Where it is
confident, its sentence-level type replaces the coder's (`review_acled`); elsewhere the
coder's stands. It never creates an event and never touches CAMEO or PLOVER codes.

The model ships as arrays (vocabulary, idf, coefficients), not a pickle, so it loads under
any scikit-learn release and carries no code.
"""
from __future__ import annotations

import json
from contextlib import nullcontext
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from sitroom.events.acled import FACTUAL, outranks, primary_acled_event
from sitroom.records import Acled, Event

NONE_LABEL = "none"  # the sentence reports no event in ACLED's scope
MODEL_FILE = "sentence_model.npz"
# below this probability the coder's own type stands (chosen by leave-one-file-out runs,
# benchmarks/acled_model_cv.py)
DEFAULT_THRESHOLD = 0.5
NGRAMS = (1, 2)
# types the coder gives only on an explicit marker (a merger announced, a base set up, a bomb
# defused, a chemical agent named): the sentence's other words cannot overrule them
MARKED_TYPES = frozenset({"Change to group/activity", "Headquarters or base established",
                          "Disrupted weapons use", "Chemical weapon"})


@dataclass(frozen=True, slots=True)
class SentenceGuess:
    sub_event_type: str | None  # None: no ACLED event
    probability: float


@dataclass(frozen=True, slots=True)
class TrainingSentence:
    text: str
    sub_event_type: str | None


class AcledSentenceModel:
    """TF-IDF + logistic regression, applied with scikit-learn's own vectorizer."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray, classes: Sequence[str], event_types: dict[str, str],
                 threshold: float = DEFAULT_THRESHOLD) -> None:
        self.vectorizer = _vectorizer({term: i for i, term in enumerate(vocabulary)})
        self.vectorizer.idf_ = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.classes = list(classes)
        self.event_types = dict(event_types)  # sub-event type → its ACLED event type
        self.threshold = threshold

    def guess(self, texts: Sequence[str]) -> list[SentenceGuess]:
        if not texts:
            return []
        scores = self.vectorizer.transform(texts) @ self.coef.T + self.intercept
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        probabilities = scores / scores.sum(axis=1, keepdims=True)
        best = probabilities.argmax(axis=1)
        return [SentenceGuess(_label(self.classes[k]), float(probabilities[row, k]))
                for row, k in enumerate(best)]

    def save(self, path: Path, metadata: dict) -> None:
        vocabulary = sorted(self.vectorizer.vocabulary_, key=self.vectorizer.vocabulary_.get)
        np.savez_compressed(path, vocabulary=np.array(vocabulary), idf=self.vectorizer.idf_.astype(np.float32),
                            coef=self.coef, intercept=self.intercept, classes=np.array(self.classes),
                            meta=np.array(json.dumps({**metadata, "threshold": self.threshold,
                                                      "event_types": self.event_types})))

    @classmethod
    def load(cls, path: Path | None = None) -> "AcledSentenceModel":
        source = path or resources.files("sitroom").joinpath("data", "acled", MODEL_FILE)
        with resources.as_file(source) if path is None else nullcontext(path) as file, np.load(file) as arrays:
            meta = json.loads(str(arrays["meta"]))
            return cls(arrays["vocabulary"].tolist(), arrays["idf"], arrays["coef"], arrays["intercept"],
                       arrays["classes"].tolist(), meta["event_types"], meta["threshold"])


def train(sentences: Iterable[TrainingSentence], event_types: dict[str, str],
          threshold: float = DEFAULT_THRESHOLD, regularisation: float = 10.0) -> AcledSentenceModel:
    """Fit the model on labelled sentences (scikit-learn does the fitting)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    items = list(sentences)
    vectorizer = _vectorizer(None, min_df=2)
    features = vectorizer.fit_transform([s.text for s in items])
    labels = [s.sub_event_type or NONE_LABEL for s in items]
    with threadpool_limits(1):  # many BLAS threads on a small problem only contend for cores
        fitted = LogisticRegression(C=regularisation, max_iter=3000).fit(features, labels)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return AcledSentenceModel(vocabulary, vectorizer.idf_, fitted.coef_, fitted.intercept_,
                              list(fitted.classes_), event_types, threshold)


def review_acled(events: list[Event], sentence_texts: Sequence[str], model: AcledSentenceModel) -> None:
    """Give each sentence's events the model's ACLED type where the model is confident and
    disagrees with the coder: the sentence's primary ACLED event is retyped to a more specific
    type; a confident "no ACLED event" clears the sentence's factual ACLED types; a sentence
    the coder left without any ACLED type gets the model's on its first factual conflict event."""
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        by_sentence[event.evidence.sentence].append(event)
    indexes = sorted(by_sentence)
    guesses = model.guess([sentence_texts[i] for i in indexes])
    for index, guess in zip(indexes, guesses):
        if guess.probability >= model.threshold:
            _retype(by_sentence[index], guess.sub_event_type, model.event_types)


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
        if outranks(sub_event_type, primary.acled.sub_event_type):
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


def _vectorizer(vocabulary: dict[str, int] | None, min_df: int = 1):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=NGRAMS, min_df=min_df, sublinear_tf=True, vocabulary=vocabulary,
                           dtype=np.float32)


def _label(name: str) -> str | None:
    return None if name == NONE_LABEL else name

"""Sentence classifiers that give the dictionary coder a second opinion.

A multinomial logistic regression over TF-IDF word uni- and bigrams of the whole sentence.
scikit-learn fits it (`scripts/train_sentence_models.py`, from the project's labelled
real-news sentences; a development dependency). The model ships as arrays (vocabulary, idf,
coefficients, labels) in an `.npz` file, not a pickle: it carries no code and stores no
sentence. Applying it needs only NumPy: the n-grams are scikit-learn's default word analyzer
(lower case, tokens of two or more word characters, then adjacent pairs), and the scores
equal `TfidfVectorizer.transform` followed by the linear model (a test checks both). Starting
scikit-learn in every worker, and a `transform` call per document, cost more than the
classification itself. `acled_model` and `cameo_model` decide what the opinions may change.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

NONE_LABEL = "none"  # the sentence reports no event of the kind the model was trained on
MIN_DF = 2  # an n-gram seen in one training sentence only is noise
# scikit-learn's default `token_pattern`
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True, slots=True)
class Guess:
    label: str | None  # None: no event
    probability: float


def word_ngrams(text: str) -> list[str]:
    """The unigrams, then the bigrams, of `TfidfVectorizer(ngram_range=(1, 2))`."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


class SentenceClassifier:
    """TF-IDF + logistic regression with a confidence threshold and free-form metadata."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray,
                 classes: Sequence[str], threshold: float, meta: dict | None = None) -> None:
        self.vocabulary = {term: i for i, term in enumerate(vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float32)
        self.coef = np.asarray(coef, dtype=np.float32)
        self._by_feature = np.ascontiguousarray(self.coef.T)  # a row per n-gram: gathering rows is cheap
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.classes = list(classes)
        self.threshold = threshold  # below it the coder's own reading stands
        self.meta = dict(meta or {})

    def guess(self, texts: Sequence[str]) -> list[Guess]:
        if not texts:
            return []
        scores = np.stack([self.scores(text) for text in texts])
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        probabilities = scores / scores.sum(axis=1, keepdims=True)
        best = probabilities.argmax(axis=1)
        return [Guess(_label(self.classes[k]), float(probabilities[row, k])) for row, k in enumerate(best)]

    def confident(self, texts: Sequence[str]) -> list[Guess | None]:
        """The guesses at or above the threshold; None where the model is unsure."""
        return [g if g.probability >= self.threshold else None for g in self.guess(texts)]

    def scores(self, text: str) -> np.ndarray:
        """The class scores of one sentence: sublinear tf times idf, scaled to unit length,
        multiplied only over the n-grams present."""
        counts: dict[int, int] = {}
        for gram in word_ngrams(text):
            column = self.vocabulary.get(gram)
            if column is not None:
                counts[column] = counts.get(column, 0) + 1
        if not counts:
            return self.intercept.copy()
        columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
        weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * self.idf[columns]
        weights /= np.sqrt(np.dot(weights, weights))
        return self.intercept + weights @ self._by_feature[columns]

    def save(self, path: Path) -> None:
        vocabulary = sorted(self.vocabulary, key=self.vocabulary.get)
        meta = {**self.meta, "threshold": self.threshold}
        np.savez_compressed(path, vocabulary=np.array(vocabulary), idf=self.idf, coef=self.coef,
                            intercept=self.intercept, classes=np.array(self.classes), meta=np.array(json.dumps(meta)))

    @classmethod
    def load(cls, path: Path) -> "SentenceClassifier":
        with np.load(path) as arrays:
            meta = json.loads(str(arrays["meta"]))
            return cls(arrays["vocabulary"].tolist(), arrays["idf"], arrays["coef"], arrays["intercept"],
                       arrays["classes"].tolist(), meta.pop("threshold"), meta)

    @classmethod
    def shipped(cls, *parts: str) -> "SentenceClassifier":
        """A model shipped in sitroom's data folder, e.g. `shipped("acled", "sentence_model.npz")`."""
        with resources.as_file(resources.files("sitroom").joinpath("data", *parts)) as path:
            return cls.load(path)


def train_classifier(texts: Sequence[str], labels: Sequence[str | None], threshold: float,
                     regularisation: float = 10.0, meta: dict | None = None) -> SentenceClassifier:
    """Fit the model on labelled sentences with scikit-learn (None: no event)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True, dtype=np.float32)
    features = vectorizer.fit_transform(texts)
    targets = [label or NONE_LABEL for label in labels]
    with threadpool_limits(1):  # many BLAS threads on a small problem only contend for cores
        fitted = LogisticRegression(C=regularisation, max_iter=3000).fit(features, targets)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    return SentenceClassifier(vocabulary, vectorizer.idf_, fitted.coef_, fitted.intercept_, list(fitted.classes_),
                              threshold, meta)


def _label(name: str) -> str | None:
    return None if name == NONE_LABEL else name

"""Sentence classifiers that give the dictionary coder a second opinion.

A multinomial logistic regression over TF-IDF n-grams of the whole sentence: word uni- and
bigrams, and optionally character 3-5-grams within words. scikit-learn fits it
(`scripts/train_sentence_models.py`, from the project's labelled real-news sentences) and
applies it with its own vectorizers. The model ships as arrays (vocabulary, idf,
coefficients, labels) in an `.npz` file, not a pickle: it loads under any scikit-learn
release, carries no code and stores no sentence. `acled_model` and `cameo_model` decide what
the opinions may change.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

NONE_LABEL = "none"  # the sentence reports no event of the kind the model was trained on
MIN_DF = {"word": 2, "char": 3}  # an n-gram seen once is noise


@dataclass(frozen=True, slots=True)
class Guess:
    label: str | None  # None: no event
    probability: float


class SentenceClassifier:
    """TF-IDF + logistic regression with a confidence threshold and free-form metadata."""

    def __init__(self, vocabularies: dict[str, Sequence[str]], idfs: dict[str, np.ndarray], coef: np.ndarray,
                 intercept: np.ndarray, classes: Sequence[str], threshold: float, meta: dict | None = None) -> None:
        self.vectorizers = {}
        for kind, vocabulary in vocabularies.items():
            vectorizer = _vectorizer(kind, {term: i for i, term in enumerate(vocabulary)})
            vectorizer.idf_ = np.asarray(idfs[kind], dtype=np.float64)
            self.vectorizers[kind] = vectorizer
        self.coef = np.asarray(coef, dtype=np.float32)
        self.intercept = np.asarray(intercept, dtype=np.float32)
        self.classes = list(classes)
        self.threshold = threshold  # below it the coder's own reading stands
        self.meta = dict(meta or {})
        self._views = []  # (analyzer, vocabulary, idf, first column) per vectorizer, as `_features` stacks them
        offset = 0
        for vectorizer in self.vectorizers.values():
            self._views.append((vectorizer.build_analyzer(), vectorizer.vocabulary_,
                                vectorizer.idf_.astype(np.float32), offset))
            offset += len(vectorizer.vocabulary_)

    def guess(self, texts: Sequence[str]) -> list[Guess]:
        if not texts:
            return []
        scores = np.stack([self._scores(text) for text in texts])
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        probabilities = scores / scores.sum(axis=1, keepdims=True)
        best = probabilities.argmax(axis=1)
        return [Guess(_label(self.classes[k]), float(probabilities[row, k])) for row, k in enumerate(best)]

    def _scores(self, text: str) -> np.ndarray:
        """The class scores of one sentence: the TF-IDF vector scikit-learn's `transform` makes
        (its own analyzers; sublinear tf, idf, unit length per vectorizer), multiplied only over
        the n-grams present. A call to `transform` per document costs more than the
        sentence itself (input checks, sparse matrix building)."""
        scores = self.intercept.copy()
        for analyze, vocabulary, idf, offset in self._views:
            counts: dict[int, int] = {}
            for gram in analyze(text):
                column = vocabulary.get(gram)
                if column is not None:
                    counts[column] = counts.get(column, 0) + 1
            if not counts:
                continue
            columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
            weights = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * idf[columns]
            weights /= np.linalg.norm(weights)
            scores += self.coef[:, columns + offset] @ weights
        return scores

    def confident(self, texts: Sequence[str]) -> list[Guess | None]:
        """The guesses at or above the threshold; None where the model is unsure."""
        return [g if g.probability >= self.threshold else None for g in self.guess(texts)]

    def save(self, path: Path) -> None:
        arrays = {}
        for kind, vectorizer in self.vectorizers.items():
            arrays[f"vocabulary_{kind}"] = np.array(_terms(vectorizer))
            arrays[f"idf_{kind}"] = vectorizer.idf_.astype(np.float32)
        meta = {**self.meta, "features": list(self.vectorizers), "threshold": self.threshold}
        np.savez_compressed(path, coef=self.coef, intercept=self.intercept, classes=np.array(self.classes),
                            meta=np.array(json.dumps(meta)), **arrays)

    @classmethod
    def load(cls, path: Path) -> "SentenceClassifier":
        with np.load(path) as arrays:
            meta = json.loads(str(arrays["meta"]))
            kinds = meta.pop("features")
            return cls({k: arrays[f"vocabulary_{k}"].tolist() for k in kinds}, {k: arrays[f"idf_{k}"] for k in kinds},
                       arrays["coef"], arrays["intercept"], arrays["classes"].tolist(), meta.pop("threshold"), meta)

    @classmethod
    def shipped(cls, *parts: str) -> "SentenceClassifier":
        """A model shipped in sitroom's data folder, e.g. `shipped("acled", "sentence_model.npz")`."""
        with resources.as_file(resources.files("sitroom").joinpath("data", *parts)) as path:
            return cls.load(path)


def train_classifier(texts: Sequence[str], labels: Sequence[str | None], threshold: float,
                     features: Sequence[str] = ("word",), regularisation: float = 10.0,
                     meta: dict | None = None) -> SentenceClassifier:
    """Fit the model on labelled sentences (scikit-learn does the fitting; None: no event)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vectorizers = {kind: _vectorizer(kind, None, min_df=MIN_DF[kind]) for kind in features}
    for vectorizer in vectorizers.values():
        vectorizer.fit(texts)
    targets = [label or NONE_LABEL for label in labels]
    with threadpool_limits(1):  # many BLAS threads on a small problem only contend for cores
        fitted = LogisticRegression(C=regularisation, max_iter=3000).fit(_features(vectorizers.values(), texts), targets)
    return SentenceClassifier({k: _terms(v) for k, v in vectorizers.items()}, {k: v.idf_ for k, v in vectorizers.items()},
                              fitted.coef_, fitted.intercept_, list(fitted.classes_), threshold, meta)


def _vectorizer(kind: str, vocabulary: dict[str, int] | None, min_df: int = 1):
    from sklearn.feature_extraction.text import TfidfVectorizer

    shape = {"analyzer": "word", "ngram_range": (1, 2)} if kind == "word" else \
        {"analyzer": "char_wb", "ngram_range": (3, 5)}
    return TfidfVectorizer(min_df=min_df, sublinear_tf=True, vocabulary=vocabulary, dtype=np.float32, **shape)


def _features(vectorizers: Iterable, texts: Sequence[str]):
    from scipy.sparse import hstack

    return hstack([v.transform(texts) for v in vectorizers]).tocsr()


def _terms(vectorizer) -> list[str]:
    return sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)


def _label(name: str) -> str | None:
    return None if name == NONE_LABEL else name

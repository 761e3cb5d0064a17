"""The sentence classifiers: training, their saved form, and the shipped models."""
from __future__ import annotations

import pytest

from sitroom.events import acled_model, cameo_model
from sitroom.events.sentence_model import SentenceClassifier, train_classifier, word_ngrams


def _labelled() -> tuple[list[str], list[str | None]]:
    strikes = [f"Warplanes bombed positions near village {i} in an air strike." for i in range(6)]
    protests = [f"Hundreds of people marched peacefully through town {i} to demand jobs." for i in range(6)]
    quiet = [f"The region {i} has long been poor and dry." for i in range(6)]
    return strikes + protests + quiet, ["strike"] * 6 + ["protest"] * 6 + [None] * 6


@pytest.fixture(scope="module")
def small_model() -> SentenceClassifier:
    return train_classifier(*_labelled(), threshold=0.5, meta={"note": "invented"})


def test_trained_model_reads_the_words_of_each_label(small_model):
    guesses = small_model.guess(["An air strike by warplanes bombed the village.",
                                 "People marched peacefully to demand jobs.", "The region is poor."])
    assert [g.label for g in guesses] == ["strike", "protest", None]
    assert all(0.0 < g.probability <= 1.0 for g in guesses)
    assert small_model.guess([]) == []


def test_only_confident_guesses_are_given(small_model):
    small_model.threshold = 1.01
    try:
        assert small_model.confident(["Warplanes bombed the village."]) == [None]
    finally:
        small_model.threshold = 0.5
    assert small_model.confident(["Warplanes bombed the village."])[0].label == "strike"


def test_saved_model_loads_with_the_same_opinions(small_model, tmp_path):
    path = tmp_path / "model.npz"
    small_model.save(path)
    loaded = SentenceClassifier.load(path)
    text = ["Warplanes bombed the positions."]
    assert loaded.guess(text)[0].label == small_model.guess(text)[0].label
    assert loaded.guess(text)[0].probability == pytest.approx(small_model.guess(text)[0].probability, abs=1e-5)
    assert loaded.threshold == 0.5 and loaded.meta == {"note": "invented"}


def test_shipped_models_load_with_their_labels():
    acled = acled_model.load_acled_model()
    assert "Armed clash" in acled.classes and "none" in acled.classes
    assert acled.meta["event_types"]["Air/drone strike"] == "Explosions/Remote violence"
    cameo = cameo_model.load_cameo_model()
    assert {"19", "04", "none"} <= set(cameo.classes)
    assert (acled.threshold, cameo.threshold) == (acled_model.THRESHOLD, cameo_model.THRESHOLD)


def test_scores_equal_scikit_learns_own_transform():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts, labels = _labelled()
    model = train_classifier(texts, labels, threshold=0.5)
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, vocabulary=model.vocabulary)
    vectorizer.idf_ = model.idf
    probes = ["Warplanes bombed the village twice, and warplanes returned.", "Nothing matches zzz.", "",
              "Ünïcode wörds: in the air-strike's wake, 3 villages."]
    expected = vectorizer.transform(probes) @ model.coef.T + model.intercept
    for row, text in enumerate(probes):
        assert model.scores(text) == pytest.approx(expected[row], abs=1e-4)


def test_word_ngrams_are_scikit_learns():
    from sklearn.feature_extraction.text import TfidfVectorizer

    analyze = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    for text in ["The army's 3rd brigade re-took Al-Qaim, a town of 1,200.", "", "a I x", "Ünïcode wörds ŞEHİR"]:
        assert word_ngrams(text) == analyze(text)

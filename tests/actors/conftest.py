"""Shared fixtures: the spaCy model and the actor resolver are loaded once per session."""
from __future__ import annotations

import pytest

from sitroom.actors import ActorResolver


@pytest.fixture(scope="session")
def nlp():
    from sitroom.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return ActorResolver()


def _subject_of(doc, verb_lemma: str):
    """The subtree span of the subject of the first verb with this lemma."""
    for token in doc:
        if token.lemma_ == verb_lemma:
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return doc[child.left_edge.i:child.right_edge.i + 1]
    raise AssertionError(f"no subject for {verb_lemma!r} in {doc.text!r}")


@pytest.fixture(scope="session")
def subject_of():
    return _subject_of

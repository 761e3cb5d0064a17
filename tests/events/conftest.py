"""Shared fixtures of the coder tests: the parser and a coder with the shipped tables."""
from __future__ import annotations

import pytest

from sitroom.events import EventCoder
from sitroom.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


@pytest.fixture(scope="session")
def coder():
    return EventCoder(None)


@pytest.fixture(scope="session")
def pipeline():
    """The whole pipeline (real actor dictionaries and gazetteer), for rules that need them."""
    from sitroom.pipeline import Pipeline, PipelineOptions
    return Pipeline(PipelineOptions(isolate_errors=False))  # coder bugs fail the tests

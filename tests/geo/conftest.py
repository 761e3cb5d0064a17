import pytest

from sitroom.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()

"""The parse keeps titled names whole: a title's full stop ends no sentence."""
from __future__ import annotations

from sitroom.nlp import load_nlp, sentences


def test_military_titles_do_not_end_a_sentence():
    doc = load_nlp()("Rebel spokesman Brig. Gen. Ali Saleh said the town had fallen. Col. Omar Musa denied it.")
    assert [s.text for s in sentences(doc)] == [
        "Rebel spokesman Brig. Gen. Ali Saleh said the town had fallen.", "Col. Omar Musa denied it."]

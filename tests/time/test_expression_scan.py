"""Date expressions are found the same way whatever the case and script of the sentence: the
scan lower-cases ASCII sentences (fast) and lets the regex fold case otherwise."""
import pytest

from sitroom.time import find_expressions
from sitroom.time.resolve import PATTERNS


def _expressions(nlp, text):
    doc = nlp(text)
    return [(e.text, e.kind, e.groups) for e in find_expressions(doc[:])]


def _by_patterns(text):
    """What the patterns alone find, each matched as written (with re's own case folding)."""
    return [(m.group(0), kind) for kind, pattern in PATTERNS for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "Rebels shelled the town on MONDAY and again last week.",
    "Rebels shelled the town on Monday and again LAST WEEK.",
    "Rebels shelled the town on “Monday” and again last week.",  # curly quotes: not ASCII
    "Talks held in Zürich on 3/30/2008 ended two days ago.",
    "Talks held in Zurich on 3/30/2008 ended TWO DAYS AGO.",
    "The ceasefire signed on March 5, 2008 collapsed overnight.",
    "The ceasefire signed on 5 MARCH 2008 collapsed the previous night.",
    "Since Tuesday evening, the militia has held the bridge.",
    "The blockade lasted throughout the past six weeks, officials said on 2008-03-28.",
])
def test_scan_finds_what_each_pattern_finds(nlp, text):
    found = _expressions(nlp, text)
    kept = {(t, k) for t, k, _ in found}
    for match in _by_patterns(text):
        # every pattern match is found, unless a longer expression covers it
        assert match in kept or any(match[0] in t and match[0] != t for t, _ in kept), match


def test_groups_keep_the_sentence_spelling(nlp):
    (text, kind, groups), = _expressions(nlp, "Gunmen attacked the convoy LAST FRIDAY night.")
    assert (text, kind) == ("LAST FRIDAY night", "weekday")
    assert groups == {"mod": "LAST", "weekday": "FRIDAY", "part": "night"}


def test_ascii_and_other_sentences_agree(nlp):
    plain = _expressions(nlp, "Police said the raid on Sunday morning killed two men.")
    quoted = _expressions(nlp, "Police said the raid “on Sunday morning” killed two men.")
    assert plain == quoted


def test_unicode_case_folding_is_kept(nlp):
    # re folds the long s (ſ) to s; a lower-cased scan would miss it, so such text is not lower-cased
    found = _expressions(nlp, "Fighting eased in the paſt week.")
    assert ("in the paſt week", "past_span") in [(t, k) for t, k, _ in found]


def test_sentence_with_no_date_word_has_no_expression(nlp):
    assert _expressions(nlp, "Rebels seized the bridge and cut the road to the port.") == []


def test_a_bare_past_year_is_found(nlp):
    assert ("in 1962", "year") in [(t, k) for t, k, _ in _expressions(nlp, "The two states fought a war in 1962.")]

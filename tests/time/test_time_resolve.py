"""Table-driven: each sentence's event date against a story dated Monday 31 March 2008."""
from datetime import date

import pytest

from sitroom.time import resolve_event_date

STORY = date(2008, 3, 31)  # a Monday


def _trigger(sent, word):
    return next(t for t in sent if t.text == word)


# (sentence, trigger word, expected date or None, expected basis, expected date_text or None)
CASES = [
    # weekdays: the most recent one on or before the story date
    ("Troops stormed the compound on Sunday.", "stormed", date(2008, 3, 30), "relative", "Sunday"),
    ("Troops stormed the compound on Saturday.", "stormed", date(2008, 3, 29), "relative", "Saturday"),
    ("Troops stormed the compound on Friday.", "stormed", date(2008, 3, 28), "relative", "Friday"),
    ("Troops stormed the compound on Thursday.", "stormed", date(2008, 3, 27), "relative", "Thursday"),
    ("Troops stormed the compound on Wednesday.", "stormed", date(2008, 3, 26), "relative", "Wednesday"),
    ("Troops stormed the compound on Tuesday.", "stormed", date(2008, 3, 25), "relative", "Tuesday"),
    ("Troops stormed the compound on Monday.", "stormed", date(2008, 3, 31), "relative", "Monday"),
    ("Troops stormed the compound last Monday.", "stormed", date(2008, 3, 24), "relative", "last Monday"),
    ("Gunmen ambushed a patrol on Friday night.", "ambushed", date(2008, 3, 28), "relative", "Friday night"),
    ("Gunmen ambushed a patrol Saturday morning.", "ambushed", date(2008, 3, 29), "relative", "Saturday morning"),
    ("Gunmen ambushed a patrol late Sunday.", "ambushed", date(2008, 3, 30), "relative", "late Sunday"),
    ("Protesters have marched daily since Tuesday.", "marched", date(2008, 3, 25), "relative", "since Tuesday"),
    # future: after the story date
    ("The ministers will meet on Thursday.", "meet", date(2008, 4, 3), "relative", "Thursday"),
    ("The ministers will meet next Sunday.", "meet", date(2008, 4, 6), "relative", "next Sunday"),
    ("The talks resume next Monday.", "resume", date(2008, 4, 7), "relative", "next Monday"),
    ("The army will withdraw on Monday.", "withdraw", date(2008, 4, 7), "relative", "Monday"),
    ("Leaders will gather tomorrow.", "gather", date(2008, 4, 1), "relative", "tomorrow"),
    # days around the story date
    ("Police arrested the suspects yesterday.", "arrested", date(2008, 3, 30), "relative", "yesterday"),
    ("Police arrested the suspects yesterday afternoon.", "arrested", date(2008, 3, 30), "relative", "yesterday afternoon"),
    ("Police arrested the suspects the day before yesterday.", "arrested", date(2008, 3, 29), "relative", "the day before yesterday"),
    ("The minister resigned today.", "resigned", date(2008, 3, 31), "relative", "today"),
    ("The minister resigned earlier today.", "resigned", date(2008, 3, 31), "relative", "earlier today"),
    ("The minister resigned this morning.", "resigned", date(2008, 3, 31), "relative", "this morning"),
    ("The minister spoke this evening.", "spoke", date(2008, 3, 31), "relative", "this evening"),
    ("Rockets struck the base overnight.", "struck", date(2008, 3, 30), "relative", "overnight"),
    ("Rockets struck the base last night.", "struck", date(2008, 3, 30), "relative", "last night"),
    ("Rockets had struck the base the previous day.", "struck", date(2008, 3, 30), "relative", "the previous day"),
    ("A second blast followed earlier in the day.", "followed", date(2008, 3, 31), "relative", "earlier in the day"),
    ("Villagers said the convoy was shelled last weekend.", "shelled", date(2008, 3, 29), "relative", "last weekend"),
    ("Sunday's bombing killed nine people.", "bombing", date(2008, 3, 30), "relative", "Sunday"),
    # spans and distances
    ("A car bomb exploded two days ago.", "exploded", date(2008, 3, 29), "relative", "two days ago"),
    ("A car bomb exploded 3 days ago.", "exploded", date(2008, 3, 28), "relative", "3 days ago"),
    ("A car bomb exploded a week ago.", "exploded", date(2008, 3, 24), "relative", "a week ago"),
    ("The envoy visited the capital last week.", "visited", date(2008, 3, 24), "relative", "last week"),
    ("The envoy visited the capital last month.", "visited", date(2008, 3, 1), "relative", "last month"),
    ("The envoy visits the capital this week.", "visits", date(2008, 3, 31), "relative", "this week"),
    ("Fighting has killed 200 people over the past six days.", "killed", date(2008, 3, 25), "relative", "the past six days"),
    ("Fighting has killed 200 people over the last six days.", "killed", date(2008, 3, 25), "relative", "the last six days"),
    ("Fighting has killed 200 people in the past 10 days.", "killed", date(2008, 3, 21), "relative", "the past 10 days"),
    ("Fighting has displaced thousands during the past week.", "displaced", date(2008, 3, 24), "relative", "the past week"),
    ("Fighting has displaced thousands over the past two weeks.", "displaced", date(2008, 3, 17), "relative", "the past two weeks"),
    # explicit dates
    ("Militants shelled the town on March 25.", "shelled", date(2008, 3, 25), "explicit", "March 25"),
    ("Militants shelled the town on 25 March.", "shelled", date(2008, 3, 25), "explicit", "25 March"),
    ("Militants shelled the town on 25 March 2008.", "shelled", date(2008, 3, 25), "explicit", "25 March 2008"),
    ("Militants shelled the town on March 25, 2008.", "shelled", date(2008, 3, 25), "explicit", "March 25, 2008"),
    # a span of days: its first day (the second number is no year)
    ("Both sides freed hundreds of prisoners Dec. 14-15 in a swap.", "freed", date(2007, 12, 14), "explicit", "Dec. 14-15"),
    ("The envoys met on March 3-4, 2007 in Geneva.", "met", date(2007, 3, 3), "explicit", "March 3-4, 2007"),
    # ("and 10" is the span's last day, not 2010)
    ("The envoys met in Doha on March 9 and 10.", "met", date(2008, 3, 9), "explicit", "March 9 and 10"),
    ("Militants shelled the town on Mar. 25.", "shelled", date(2008, 3, 25), "explicit", "Mar. 25"),
    ("Militants shelled the town on the 25th of March.", "shelled", date(2008, 3, 25), "explicit", "the 25th of March"),
    ("Militants shelled the town on 3/25.", "shelled", date(2008, 3, 25), "explicit", "3/25"),
    ("Militants shelled the town on 3/25/2008.", "shelled", date(2008, 3, 25), "explicit", "3/25/2008"),
    ("The report dated 2008-03-12 described the raid.", "described", date(2008, 3, 12), "explicit", "2008-03-12"),
    ("The ceasefire took effect on December 12.", "took", date(2007, 12, 12), "explicit", "December 12"),
    ("The ceasefire took effect on April 2.", "took", date(2007, 4, 2), "explicit", "April 2"),
    ("The ceasefire will take effect on April 2.", "take", date(2008, 4, 2), "explicit", "April 2"),
    ("The offensive began in January 2007.", "began", date(2007, 1, 1), "explicit", "January 2007"),
    ("The army invaded on 20 March 2003.", "invaded", date(2003, 3, 20), "explicit", "20 March 2003"),
    ("Elections were held on Jan. 30, 2005.", "held", date(2005, 1, 30), "explicit", "Jan. 30, 2005"),
    ("Talks collapsed in December.", "collapsed", date(2007, 12, 1), "explicit", "December"),
    # the expression that governs the trigger wins
    ("The minister, who arrived on Saturday, said troops withdrew on Thursday.", "withdrew", date(2008, 3, 27), "relative", "Thursday"),
    ("The minister, who arrived on Saturday, said troops withdrew on Thursday.", "arrived", date(2008, 3, 29), "relative", "Saturday"),
    ("Police said on Sunday that gunmen had attacked the convoy on Friday.", "attacked", date(2008, 3, 28), "relative", "Friday"),
    ("Police said on Sunday that gunmen had attacked the convoy on Friday.", "said", date(2008, 3, 30), "relative", "Sunday"),
    ("On March 20, rebels seized the airport, which they had lost on March 2.", "seized", date(2008, 3, 20), "explicit", "March 20"),
    # no expression → the story date
    ("Rebels attacked the base.", "attacked", date(2008, 3, 31), "story", None),
    ("Officials condemned the bombing in a statement.", "condemned", date(2008, 3, 31), "story", None),
    ("The militia laid down its weapons after three years of fighting.", "laid", date(2008, 3, 31), "story", None),
    ("Police detained 300 people at the rally.", "detained", date(2008, 3, 31), "story", None),
]


@pytest.mark.parametrize(("text", "word", "expected", "basis", "date_text"), CASES)
def test_event_date(nlp, text, word, expected, basis, date_text):
    sent = next(nlp(text).sents)
    result = resolve_event_date(sent, _trigger(sent, word), STORY)
    assert (result.date, result.basis) == (expected, basis)
    assert result.text == date_text


def test_table_is_large_enough():
    assert len(CASES) >= 60


@pytest.mark.parametrize(("text", "word"), [
    ("Troops stormed the compound on Sunday.", "stormed"),
    ("Police arrested the suspects yesterday.", "arrested"),
    ("Fighting has killed 200 people over the past six days.", "killed"),
    ("Militants shelled the town on March 25.", "shelled"),
])
def test_without_story_date_relative_stays_unresolved(nlp, text, word):
    sent = next(nlp(text).sents)
    result = resolve_event_date(sent, _trigger(sent, word), None)
    assert result.date is None
    assert result.basis == "relative"
    assert result.text


def test_without_story_date_full_date_still_resolves(nlp):
    sent = next(nlp("Militants shelled the town on 25 March 2008.").sents)
    result = resolve_event_date(sent, _trigger(sent, "shelled"), None)
    assert (result.date, result.basis) == (date(2008, 3, 25), "explicit")


def test_without_any_date(nlp):
    sent = next(nlp("Rebels attacked the base.").sents)
    result = resolve_event_date(sent, _trigger(sent, "attacked"), None)
    assert (result.date, result.text, result.basis) == (None, None, "none")


def test_the_date_of_a_deed_charged_is_not_the_date_of_the_arrest(nlp):
    sent = next(nlp("Police arrested him on Sunday over his role in the 2006 riots.").sents)
    result = resolve_event_date(sent, _trigger(sent, "arrested"), STORY)
    assert (result.date, result.basis) == (date(2008, 3, 30), "relative")

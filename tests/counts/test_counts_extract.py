"""Casualty and arrest counts, with ACLED's conventions for vague quantities."""
import pytest

from sitroom.counts import extract_counts, words_to_number


def _counts(nlp, text, word=None):
    sent = next(nlp(text).sents)
    trigger = next(t for t in sent if t.text == word) if word else sent.root
    return extract_counts(sent, trigger)


# (sentence, trigger, fatalities, injured, arrested)
CASES = [
    ("Troops shelled the village, killing at least 11 people and wounding 20 others.", "shelled", 11, 20, None),
    ("Eleven people were killed and 20 wounded in the blast.", "killed", 11, 20, None),
    ("At least 11 people died when the bus was hit.", "died", 11, None, None),
    ("The death toll from the floods rose to 30.", "rose", 30, None, None),
    ("Dozens of protesters were arrested outside parliament.", "arrested", None, None, 12),
    ("Police detained two hundred protesters.", "detained", None, None, 200),
    ("The explosion left 11 dead.", "left", 11, None, None),
    ("A dozen soldiers and two civilians were killed.", "killed", 14, None, None),
    ("Gunmen killed 1,200 people, including 500 children.", "killed", 1200, None, None),
    ("More than 500 people were killed in the assault.", "killed", 500, None, None),
    ("Several people were killed in the raid.", "killed", 10, None, None),
    ("Hundreds were injured in the stampede.", "injured", None, 100, None),
    ("Thousands were detained after the coup.", "detained", None, None, 1000),
    ("Police arrested 25 suspects; the 25 suspects were released later.", "arrested", None, None, 25),
    ("The strike killed 11 people, and 11 others were wounded.", "killed", 11, 11, None),
    ("Three gunmen shot dead a policeman.", "shot", None, None, None),
    ("Three gunmen killed a policeman.", "killed", 1, None, None),
    ("Forces captured 40 militants in three days.", "captured", None, None, 40),
    ("The army said it had killed twenty-five insurgents.", "killed", 25, None, None),
    ("Rebels abducted 12 aid workers.", "abducted", None, None, None),
    ("The ministry said 3 soldiers were wounded.", "wounded", None, 3, None),
    ("Fighting in the city killed scores of civilians.", "killed", 20, None, None),
    ("A suicide bomber killed two and injured nine.", "killed", 2, 9, None),
    ("Two years ago, five soldiers died in a similar attack.", "died", 5, None, None),
    ("The protest drew 5,000 people.", "drew", None, None, None),
    ("Security forces rounded up 60 people.", "rounded", None, None, 60),
    ("The attack killed at least 11.", "killed", 11, None, None),
    ("The toll stood at 45 dead and 120 wounded.", "stood", 45, 120, None),
    ("Eleven people, including three children, were killed.", "killed", 11, None, None),
    ("The clashes left dozens dead and hundreds injured.", "left", 12, 100, None),
    ("Nearly 300 suspects were detained in raids across the country.", "detained", None, None, 300),
    ("Two soldiers died and five were hurt.", "died", 2, 5, None),
    ("Police arrested a number of activists.", "arrested", None, None, 10),
]


@pytest.mark.parametrize(("text", "word", "fatalities", "injured", "arrested"), CASES)
def test_counts(nlp, text, word, fatalities, injured, arrested):
    counts = _counts(nlp, text, word)
    assert (counts.fatalities, counts.injured, counts.arrested) == (fatalities, injured, arrested)


def test_text_is_the_words_used(nlp):
    counts = _counts(nlp, "Troops shelled the village, killing at least 11 people and wounding 20 others.", "shelled")
    assert counts.text == "killing at least 11 people; wounding 20 others"


@pytest.mark.parametrize(("text", "word", "words"), [
    ("Nearly 300 suspects were detained in raids.", "detained", "Nearly 300 suspects were detained"),
    ("The explosion left 11 dead.", "left", "11 dead"),
    ("More than 500 people were killed.", "killed", "More than 500 people were killed"),
])
def test_text_keeps_the_qualifier(nlp, text, word, words):
    assert _counts(nlp, text, word).text == words


def test_no_counts_gives_empty_record(nlp):
    counts = _counts(nlp, "The two leaders met in Minsk.", "met")
    assert counts.text is None and counts.fatalities is None


def test_count_nearest_the_trigger_wins(nlp):
    text = "The airstrike killed 8 people in the north, while a bomb in the south killed 3."
    assert _counts(nlp, text, "airstrike").fatalities == 8


@pytest.mark.parametrize(("words", "value"), [
    (["eleven"], 11), (["a", "dozen"], 12), (["two", "dozen"], 24), (["two", "hundred"], 200),
    (["two", "hundred", "and", "fifty"], 250), (["1,200"], 1200), (["dozens"], 12), (["hundreds"], 100),
    (["tens"], 10), (["several"], 10), (["three", "thousand"], 3000), (["twenty-five"], 25),
    (["a", "hundred"], 100), (["1.5", "million"], 1_500_000), (["banana"], None),
    (["half", "a", "dozen"], 6), (["twenty", "-", "five"], 25), (["one", "thousand", "two", "hundred"], 1200),
])
def test_words_to_number(words, value):
    assert words_to_number(words) == value


def test_events_of_one_sentence_share_its_counts(nlp):
    """The sentence is read once; each event still takes the counts nearest its own trigger."""
    sent = next(nlp("Gunmen killed four policemen and wounded nine civilians at a checkpoint.").sents)
    killed = next(t for t in sent if t.text == "killed")
    wounded = next(t for t in sent if t.text == "wounded")
    first, second = extract_counts(sent, killed), extract_counts(sent, wounded)
    assert (first.fatalities, first.injured) == (4, 9)
    assert (second.fatalities, second.injured) == (4, 9)
    assert extract_counts(sent, killed) == first


def test_counts_follow_a_repaired_parse(nlp):
    """A repair that moves a head drops the sentence's remembered counts."""
    from sitroom.nlp import forget_children

    doc = nlp("Police arrested 25 protesters outside the ministry.")
    sent = next(doc.sents)
    verb = next(t for t in sent if t.text == "arrested")
    assert extract_counts(sent, verb).arrested == 25
    noun = next(t for t in sent if t.text == "protesters")
    noun.head = next(t for t in sent if t.text == "ministry")  # a (contrived) repair: no longer arrested
    forget_children(doc)
    assert extract_counts(sent, verb).arrested is None


@pytest.mark.parametrize("text, word, expected", [
    ("Half a dozen soldiers were killed.", "killed", 6),
    ("Twenty - five people were killed.", "killed", 25),
    ("Many people were killed.", "killed", 10),
    ("They killed many.", "killed", 10),
])
def test_quantity_groups_at_the_edges(nlp, text, word, expected):
    assert _counts(nlp, text, word).fatalities == expected

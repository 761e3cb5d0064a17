"""The event's date from the date expression that governs its trigger, against the story date.

Own rules (precompiled regexes) cover what news uses most: weekdays ("on Sunday" = the most
recent Sunday on or before the story date, "next Sunday"/future tense → after), "yesterday",
"last night", "overnight", "two days ago", "the past six days" (→ its start), "since
Tuesday", month-day without year (year from the story date, the year before if that would
be in the future), ISO and numeric dates. `dateparser` handles only leftover spaCy DATE
entities that contain a month name or a number, with RELATIVE_BASE and PREFER_DATES_FROM.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from spacy.tokens import Span, Token

from sitroom.nlp import children, doc_text, entities
from sitroom.records import EventDate

MONTHS = {name: i for i, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sunday"))}
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
                 "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "few": 3, "couple": 2}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_NUM = r"(?P<num>\d{1,3}|" + "|".join(SMALL_NUMBERS) + r")"
_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_FLAGS = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Expression:
    start: int  # character offsets within the document
    end: int
    text: str
    kind: str
    groups: dict[str, str | None]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(r"\b" + pattern + r"\b", _FLAGS)


# (kind, pattern): the first groups of each kind are read by its resolver below
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _rx(r"(?P<year>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")),
    ("numeric", _rx(r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?:/(?P<y>\d{4}|\d{2}))?")),
    # (a span of days dates the event by its first: "Oct. 15-16")
    ("month_day", _rx(_MONTH + r"\s+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                      r"(?:\s*(?:[-–]|and|to|through)\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)?"
                      r"(?:,?\s+" + _YEAR + r")?")),
    ("day_month", _rx(r"(?:the\s+)?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                      + r"(?:,?\s+" + _YEAR + r")?")),
    ("month_year", _rx(_MONTH + r"\s+" + _YEAR)),
    ("today", _rx(r"(?:(?:earlier|later)\s+)?(?:today|tonight)|this\s+(?:morning|afternoon|evening)"
                  r"|(?:earlier|later)\s+in\s+the\s+day")),
    ("yesterday", _rx(r"(?:the\s+day\s+before\s+)?yesterday" + _PART + r"|last\s+night|overnight"
                      r"|the\s+(?:previous|preceding)\s+(?:day|night)|the\s+day\s+before|a\s+day\s+(?:earlier|before)")),
    ("tomorrow", _rx(r"tomorrow" + _PART)),
    ("ago", _rx(_NUM + r"\s+" + _UNIT + r"\s+ago")),
    ("past_span", _rx(r"(?:(?:over|in|during|for|throughout)\s+)?the\s+(?:past|last|previous|preceding)\s+"
                      r"(?:" + _NUM + r"\s+)?" + _UNIT)),
    ("week_rel", _rx(r"(?P<which>last|this|next|past)\s+(?P<unit>week|weekend|month|year)")),
    ("weekday", _rx(r"(?:(?P<mod>last|next|this|this\s+coming|coming|since|early|late)\s+)?" + _WEEKDAY + _PART)),
    # a bare year: "fought a border war in 1962" (only a past year names a usable date)
    ("year", _rx(r"(?:in|during)\s+(?P<year>(?:19|20)\d{2})")),
]
# one cheap scan first: most sentences have no date word at all
_ANY_CUE = re.compile(r"\d|\b(?:" + "|".join(list(MONTHS) + list(WEEKDAYS)) + r"|today|tonight|yesterday|tomorrow"
                      r"|overnight|ago|past|last|next|this|previous|preceding|day|earlier|later)\b", _FLAGS)
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", _FLAGS)
_HAS_DIGIT = re.compile(r"\d")
# A literal each pattern's matches must contain: a sentence without it skips that pattern's scan
_CUES = {"iso": r"\d-\d", "numeric": r"\d/\d", "today": r"day|tonight|this", "yesterday": r"day|night",
         "tomorrow": r"tomorrow", "ago": r"ago", "past_span": r"past|last|previous|preceding",
         "week_rel": r"week|month|year", "weekday": r"(?:mon|tues|wednes|thurs|fri|satur|sun)day",
         "year": r"\d\d"}
_MONTH_KINDS = frozenset({"month_day", "day_month", "month_year"})  # all need a whole month word


@dataclass(frozen=True, slots=True)
class _Scanner:
    """The cue and date patterns compiled with one set of flags."""

    any_cue: re.Pattern[str]
    month_word: re.Pattern[str]
    cues: dict[str, re.Pattern[str]]
    patterns: list[tuple[str, re.Pattern[str]]]

    @classmethod
    def compiled(cls, flags: int) -> "_Scanner":
        return cls(re.compile(_ANY_CUE.pattern, flags), re.compile(_MONTH_WORD.pattern, flags),
                   {kind: re.compile(cue, flags) for kind, cue in _CUES.items()},
                   [(kind, re.compile(p.pattern, flags)) for kind, p in PATTERNS])


# re's case folding is slow; on ASCII text it agrees with str.lower(), so the lower-cased text
# is scanned case-sensitively (same matches, same offsets); other text as the patterns say
_FOLDING = _Scanner.compiled(_FLAGS)
_LOWERED = _Scanner.compiled(0)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
GOVERNING_PREPS = frozenset({"on", "in", "at", "since", "during", "over", "by", "from", "until", "throughout"})


_EXPRESSIONS_KEY = "sitroom.date_expressions"


def find_expressions(sentence: Span) -> list[Expression]:
    """Date expressions in the sentence: regex matches, plus leftover DATE entities; found
    once per sentence (each of a sentence's events asks)."""
    memo = sentence.doc.user_data.setdefault(_EXPRESSIONS_KEY, {})
    found = memo.get((sentence.start, sentence.end))
    if found is None:
        found = memo[(sentence.start, sentence.end)] = tuple(_find_expressions(sentence))
    return list(found)


def _find_expressions(sentence: Span) -> list[Expression]:
    doc, base = sentence.doc, sentence.start_char
    # Doc.text and Span.text rebuild the string token by token: keep the document's once
    text = doc_text(doc)[base:sentence.end_char]
    found: list[Expression] = []
    scan, subject = (_LOWERED, text.lower()) if text.isascii() else (_FOLDING, text)
    if not scan.any_cue.search(subject):
        return found
    has_month = scan.month_word.search(subject) is not None
    for kind, pattern in scan.patterns:
        if not (has_month if kind in _MONTH_KINDS else scan.cues[kind].search(subject)):
            continue
        for match in pattern.finditer(subject):
            start, end = match.span()
            found.append(Expression(base + start, base + end, text[start:end], kind, _groups(match, text)))
    if has_month or _HAS_DIGIT.search(text):  # only then can a DATE entity help
        for ent in _date_entities(doc):
            if ent.start >= sentence.start and ent.end <= sentence.end \
                    and (_MONTH_WORD.search(ent.text) or _HAS_DIGIT.search(ent.text)):
                found.append(Expression(ent.start_char, ent.end_char, ent.text, "entity", {}))
    return _drop_overlaps(found)


def _groups(match: re.Match[str], text: str) -> dict[str, str | None]:
    """`match.groupdict()`, read from `text` (the scanned string may be its lower-cased copy)."""
    spans = ((name, match.span(name)) for name in match.re.groupindex)
    return {name: text[a:b] if a >= 0 else None for name, (a, b) in spans}


_DATE_ENTS_KEY = "sitroom.date_entities"


def _date_entities(doc) -> list[Span]:
    """The document's DATE entities, listed once (Doc.ents builds every span on each access)."""
    cached = doc.user_data.get(_DATE_ENTS_KEY)
    if cached is None:
        cached = doc.user_data[_DATE_ENTS_KEY] = [e for e in entities(doc) if e.label_ == "DATE"]
    return cached


def _drop_overlaps(found: list[Expression]) -> list[Expression]:
    """Longest first; a regex match wins over a DATE entity of the same extent."""
    found.sort(key=lambda e: (-(e.end - e.start), e.kind == "entity", e.start))
    kept: list[Expression] = []
    for expr in found:
        if all(expr.end <= k.start or expr.start >= k.end for k in kept):
            kept.append(expr)
    kept.sort(key=lambda e: e.start)
    return kept


# ---------------------------------------------------------------- resolution

def _is_future(trigger: Token) -> bool:
    for child in children(trigger):
        if child.dep_ in ("aux", "auxpass") and child.lower_ in FUTURE_AUX:
            return True
    return trigger.tag_ == "VB" and trigger.dep_ == "xcomp" and trigger.head.lemma_ in ("plan", "schedule", "expect")


def _number(value: str | None) -> int:
    if not value:
        return 1
    value = value.lower()
    return int(value) if value.isdigit() else SMALL_NUMBERS.get(value, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearless(month: int, day: int, story: date | None, future: bool) -> date | None:
    if story is None:
        return None
    candidate = _safe_date(story.year, month, day)
    if candidate is None:
        return None
    if candidate > story and not future:
        return _safe_date(story.year - 1, month, day)
    if candidate < story - timedelta(days=300) and future:
        return _safe_date(story.year + 1, month, day)
    return candidate


def _weekday(expr: Expression, story: date | None, future: bool) -> date | None:
    if story is None:
        return None
    target = WEEKDAYS[expr.groups["weekday"].lower()]
    mod = (expr.groups.get("mod") or "").lower()
    if mod in ("next", "coming", "this coming") or (future and mod not in ("last", "since")):
        ahead = (target - story.weekday()) % 7 or 7
        return story + timedelta(days=ahead)
    back = (story.weekday() - target) % 7
    if mod == "last" and back == 0:
        back = 7
    return story - timedelta(days=back)


def _relative_span(expr: Expression, story: date) -> date | None:
    kind, groups = expr.kind, expr.groups
    if kind == "today":
        return story
    if kind == "yesterday":
        return story - timedelta(days=2 if "before yesterday" in expr.text.lower() else 1)
    if kind == "tomorrow":
        return story + timedelta(days=1)
    if kind in ("ago", "past_span"):
        return story - timedelta(days=_number(groups.get("num")) * UNIT_DAYS[groups["unit"].lower()])
    if kind == "week_rel":
        which, unit = groups["which"].lower(), groups["unit"].lower()
        if unit == "weekend":  # the Saturday of that weekend
            back = (story.weekday() - 5) % 7 or 7
            return story - timedelta(days=back) if which != "next" else story + timedelta(days=(5 - story.weekday()) % 7 or 7)
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        if unit == "year":
            return _safe_date(story.year + step, story.month, min(story.day, 28))
        return story + timedelta(days=step * UNIT_DAYS[unit])
    return None


@lru_cache(maxsize=4096)
def _dateparser(text: str, story: date | None) -> date | None:
    import dateparser  # imported on first use: it is slow to import and rarely needed

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"],
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if story is not None:
        settings["RELATIVE_BASE"] = datetime(story.year, story.month, story.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


_DURATION = re.compile(r"(?:\w+[\s-]+){0,3}(?:years?|months?|weeks?|days?|decades?|hours?)(?:[\s-]+(?:long|old))?",
                       re.IGNORECASE)
_ANCHORED = re.compile(r"\b(?:ago|last|past|next|earlier|later|previous|coming|this|since|before|after)\b",
                       re.IGNORECASE)


def _bare_duration(text: str) -> bool:
    """A length of time with nothing that places it ("12 years", "three-day"), unlike "two
    years ago" or "the past week"."""
    text = text.strip()
    return bool(_DURATION.fullmatch(text)) and not _ANCHORED.search(text)


def resolve_expression(expr: Expression, story: date | None, future: bool) -> tuple[date | None, str] | None:
    """(date, basis) for one expression; None when it names no day we can use."""
    g, kind = expr.groups, expr.kind
    if kind == "iso":
        return _safe_date(int(g["year"]), int(g["m"]), int(g["d"])), "explicit"
    if kind == "numeric":
        year = g.get("y")
        if year:
            full = int(year) + (2000 if len(year) == 2 else 0)
            return _safe_date(full, int(g["m"]), int(g["d"])), "explicit"
        return _yearless(int(g["m"]), int(g["d"]), story, future), "explicit" if story else "relative"
    if kind in ("month_day", "day_month"):
        month, day = MONTHS[g["month"].lower()], int(g["day"])
        if g.get("year"):
            return _safe_date(int(g["year"]), month, day), "explicit"
        return _yearless(month, day, story, future), "explicit" if story else "relative"
    if kind == "month_year":
        return _safe_date(int(g["year"]), MONTHS[g["month"].lower()], 1), "explicit"
    if kind == "weekday":
        return _weekday(expr, story, future), "relative"
    if kind == "year":
        # no day within the year is known: only a year before the story's last one dates the
        # event at all (mid-year), so that background history can be told from news
        year = int(g["year"])
        return (date(year, 7, 1), "explicit") if story is not None and year < story.year - 1 else None
    if kind == "entity":
        if _bare_duration(expr.text):
            return None  # "sentenced to 12 years in jail", "a two-week offensive": a length, not a date
        parsed = _dateparser(expr.text, story)
        if parsed is None:
            return None
        return parsed, "explicit" if _MONTH_WORD.search(expr.text) else "relative"
    if story is None:
        return None, "relative"
    resolved = _relative_span(expr, story)
    return (resolved, "relative") if resolved else None


# ---------------------------------------------------------------- which expression governs

def _expression_root(sentence: Span, expr: Expression) -> Token | None:
    span = sentence.doc.char_span(expr.start, expr.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _governance(root: Token | None, trigger: Token) -> float:
    """How directly an expression attaches to the trigger (higher is closer)."""
    if root is None:
        return 0.0
    attach = root.head
    if root.dep_ == "pobj" and root.head.lower_ in GOVERNING_PREPS:
        attach = root.head.head
    if attach == trigger or root == trigger:
        return 3.0
    if trigger in attach.ancestors:
        return 2.0
    if attach in trigger.ancestors:
        return 1.5
    return 0.5


def _clause_head(tok: Token) -> Token:
    """The nearest verb at or above `tok` that has a subject of its own (its clause)."""
    for cand in [tok, *tok.ancestors]:
        if cand.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(cand)):
            return cand
    return tok.sent.root


def _in_subordinate_clause(root: Token, own_clause: Token) -> bool:
    """Is the expression inside a clause that is subordinate to the event's own clause?"""
    head = _clause_head(root)
    return head != own_clause and own_clause in head.ancestors and head.dep_ in ("advcl", "relcl", "ccomp", "acl")


def _in_other_complement(root: Token, trigger: Token, own_clause: Token) -> bool:
    """Is the expression inside a verbal complement that does not hold the trigger? "accused
    Iran of orchestrating attacks in 2019": 2019 dates the attacks, not the accusation."""
    for tok in [root, *root.ancestors]:
        if tok == own_clause or tok == trigger:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "pcomp" and not tok.is_ancestor(trigger):
            return True
    return False


def resolve_event_date(sentence: Span, trigger: Token, story_date: date | None) -> EventDate:
    """The event's date: the governing expression's date, else the story date (basis "story")."""
    ranked: list[tuple[float, int, Expression]] = []
    expressions = find_expressions(sentence)
    # (most sentences name no date: then neither the trigger's clause nor its tense matters)
    own_clause = _clause_head(trigger) if expressions else trigger
    for expr in expressions:
        root = _expression_root(sentence, expr)
        if root is not None and (_in_subordinate_clause(root, own_clause)
                                 or _in_other_complement(root, trigger, own_clause)
                                 or _in_reason_phrase(root, trigger)):
            continue  # "met ... for the first time since ties were cut seven years ago": not its date
        distance = abs((root.i if root is not None else trigger.i) - trigger.i)
        ranked.append((_governance(root, trigger), -distance, expr))
    ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
    future = _is_future(trigger) if ranked else False
    for _, _, expr in ranked:
        result = resolve_expression(expr, story_date, future)
        if result is None:
            continue
        resolved, basis = result
        if resolved is None and story_date is not None:
            continue  # e.g. 30 February
        return EventDate(date=resolved, text=_clean_text(expr.text), basis=basis)
    if story_date is None:
        return EventDate(date=None, text=None, basis="none")
    return EventDate(date=story_date, text=None, basis="story")


def _in_reason_phrase(root: Token, trigger: Token) -> bool:
    """"sentenced 12 activists to seven years for violence in 2015", "arrested over the riots
    of 2019": the date of the deed charged, not of the sentence or arrest."""
    # (or right after it, hung on the verb: "sentenced them ... for violence in 2015")
    after = root if root.dep_ == "prep" else root.head if root.head.dep_ == "prep" else None
    return any(p.dep_ == "prep" and p.lower_ in ("for", "over") and p.i < root.i
               and (root in p.subtree or after is not None and after.i == p.right_edge.i + 1 and after.head == p.head)
               and any(o.dep_ in ("pobj", "pcomp") and (o.pos_ == "NOUN" or o.tag_ == "VBG")
                       and o.lemma_.lower() not in _NOT_DEEDS
                       for o in p.children)
               for p in trigger.subtree)


_NOT_DEEDS = frozenset({"time", "year", "month", "week", "day", "decade", "period", "first"})


_LEADING = re.compile(r"^(?:over|in|during|for|throughout|on)\s+", _FLAGS)


def _clean_text(text: str) -> str:
    return _LEADING.sub("", text.strip())


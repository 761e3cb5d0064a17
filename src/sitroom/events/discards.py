"""PETRARCH/TABARI discard lists: phrases that stop a sentence or a whole story from being coded.

Format (PETRARCH2 PETRreader.read_discard_list): one phrase a line, ``#`` starts a comment.
``+PHRASE`` discards the whole story when the phrase occurs in any of its sentences; a bare
PHRASE discards only the sentence it occurs in. Matching ignores case and starts at a word
start; a phrase ending in ``_`` must also end at a word end, otherwise it is a stem
("BASEBALL" also matches "baseballs"). Words inside a phrase are separated by spaces or ``_``.

All phrases of a kind are compiled into one regular expression, so a check is one scan of
the text however long the list is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sitroom.actors import DictionaryError

_WORD_START = r"(?<![0-9A-Za-z])"
_WORD_END = r"(?![0-9A-Za-z])"


@dataclass(frozen=True, slots=True)
class DiscardPhrase:
    words: tuple[str, ...]
    exact: bool  # written with a final "_": must end at a word end
    story: bool  # "+PHRASE": discards the whole story
    origin: str  # file:line

    def pattern(self) -> str:
        body = r"[\s_]+".join(re.escape(w) for w in self.words)
        return _WORD_START + body + (_WORD_END if self.exact else "")


def _compile(phrases: list[DiscardPhrase]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # longest first so the reported match is the most specific phrase
    ordered = sorted(phrases, key=lambda p: -sum(map(len, p.words)))
    return re.compile("|".join(p.pattern() for p in ordered), re.IGNORECASE)


class DiscardList:
    """Compiled story- and sentence-level discard phrases."""

    def __init__(self, phrases: list[DiscardPhrase]) -> None:
        self.phrases = phrases
        self._story = _compile([p for p in phrases if p.story])
        self._sentence = _compile([p for p in phrases if not p.story])

    @classmethod
    def combine(cls, lists: list["DiscardList"]) -> "DiscardList":
        return cls([p for lst in lists for p in lst.phrases])

    def story_match(self, text: str) -> str | None:
        """The story-level phrase found in the text (then no sentence of it is coded)."""
        m = self._story.search(text) if self._story else None
        return m.group(0) if m else None

    def sentence_match(self, text: str) -> str | None:
        """The sentence-level phrase found in one sentence (then that sentence is not coded)."""
        m = self._sentence.search(text) if self._sentence else None
        return m.group(0) if m else None

    def __len__(self) -> int:
        return len(self.phrases)


def parse_discard_line(text: str, origin: str) -> DiscardPhrase | None:
    """One discard line (comment already removed) -> phrase; None for a blank line; ValueError
    when the line has a marker but no words."""
    phrase = text.strip()
    if not phrase:
        return None
    story = phrase.startswith("+")
    phrase = phrase[1:].strip() if story else phrase
    exact = phrase.endswith("_")
    words = tuple(w for w in re.split(r"[\s_]+", phrase) if w)
    if not words:
        raise ValueError("a '+' story marker with no phrase")
    return DiscardPhrase(words, exact, story, origin)


def read_discard_file(path: str | Path, strict: bool = True,
                      problems: list[DictionaryError] | None = None) -> DiscardList:
    path = Path(path)
    phrases: list[DiscardPhrase] = []
    in_comment = False
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw
        if in_comment or "<!--" in line:
            line, in_comment = _drop_xml_comment(line, in_comment)
        try:
            phrase = parse_discard_line(line.split("#", 1)[0], f"{path.name}:{number}")
        except ValueError as exc:
            error = DictionaryError(path, number, str(exc))
            if strict:
                raise error from None
            if problems is not None:
                problems.append(error)
            continue
        if phrase is not None:
            phrases.append(phrase)
    return DiscardList(phrases)


def _drop_xml_comment(line: str, in_comment: bool) -> tuple[str, bool]:
    out = ""
    while line:
        if in_comment:
            end = line.find("-->")
            if end < 0:
                return out, True
            line, in_comment = line[end + 3:], False
        else:
            start = line.find("<!--")
            if start < 0:
                return out + line, False
            out, line, in_comment = out + line[:start], line[start + 4:], True
    return out, in_comment

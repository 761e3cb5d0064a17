"""Readers for PETRARCH/TABARI actor and agent dictionaries.

Actor dictionaries (``*.actors.txt``): an entry is a root phrase line, optional ``+synonym``
lines, and codes, either inline on the root line (``TAIWAN_ [TWN]``) or on indented lines
(``\t[IRQGOV 20060520-20140908]``). Words are joined by ``_`` or spaces; a trailing ``_`` is a
TABARI stem marker and is ignored. Date restrictions: ``>D`` (from D on), ``<D`` (before D),
``D1-D2`` (D1 inclusive to D2 exclusive); dates are YYMMDD (00-30 → 20YY) or YYYYMMDD.
``#`` starts a comment, ``<!-- ... -->`` too.

Agent dictionaries (``*agents*.txt``): ``PHRASE {PLURALS} [~CODE]``; ``~CODE`` is appended to
the actor code, ``CODE~`` put in front of it. Regular plurals are generated unless ``{...}``
gives them (``{}`` = none). ``!MARKER! = A, B`` defines substitution sets used as ``X!MARKER!``.

Errors raise :class:`DictionaryError` naming file and line; with ``strict=False`` they are
collected in ``problems`` and the line is skipped (the shipped Phoenix files have a few).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator

_CODE_RE = re.compile(r"^(?:---|[A-Za-z0-9]{3,}|~[A-Za-z0-9]{3,}|[A-Za-z0-9]{3,}~)$")
_BRACKET_RE = re.compile(r"\[([^\[\]]*)\]")
_SPLIT_RE = re.compile(r"[\s_]+")
_PUNCT_ONLY_RE = re.compile(r"^[\W_]+$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})


class DictionaryError(ValueError):
    """A malformed dictionary line; str() is ``path:line: message``."""

    def __init__(self, path: str | Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = str(path), line, message


@dataclass(slots=True)
class CodeSpan:
    code: str
    start: int | None = None  # date.toordinal(), inclusive
    end: int | None = None  # exclusive


@dataclass(slots=True)
class ActorEntry:
    root: str  # the root phrase as written (underscores → spaces)
    phrases: list[tuple[str, ...]]
    codes: list[CodeSpan] = field(default_factory=list)
    comment: str = ""
    origin: str = ""  # file:line of the root
    variants: list[str] = field(default_factory=list)  # synonyms as written (for display)


@dataclass(slots=True)
class AgentEntry:
    phrase: tuple[str, ...]
    code: str  # without the tilde, e.g. "MIL", "GOVMIL", "NGO"
    prefix: bool = False  # CODE~: goes in front of the actor code
    origin: str = ""


# ---------------------------------------------------------------- tokens shared with matching


def norm_token(word: str) -> str:
    """Matching key of one word: lower case, no edge quotes/brackets, no final stop of an
    abbreviation ("Mr." → "mr", but "u.n." stays); "" for punctuation-only tokens."""
    w = word.translate(_QUOTES).lower().strip("()[]{}\"+,;:!?*")
    if not w or _PUNCT_ONLY_RE.match(w):
        return ""
    if w.endswith(".") and "." not in w[:-1]:
        w = w[:-1]
    if w.startswith("'") and w != "'s":
        w = w.lstrip("'")
    return w


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """Split a dictionary phrase the way spaCy splits text: on spaces, underscores and
    word-internal hyphens, with possessive 's as its own token; punctuation is dropped."""
    out: list[str] = []
    for piece in _SPLIT_RE.split(phrase.translate(_QUOTES)):
        for part in re.split(r"(?<=\w)-(?=\w)|-$|^-", piece):
            if part.lower().endswith("'s") and len(part) > 2:
                out.extend((norm_token(part[:-2]), "'s"))
            elif part.lower() == "peoples":  # PEOPLES_REPUBLIC_OF_CHINA is written "People's Republic"
                out.extend(("people", "'s"))
            else:
                out.append(norm_token(part))
    return tuple(t for t in out if t)


# ---------------------------------------------------------------- lines and dates


def _clean_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line number, content without comments, comment text) of the non-blank lines."""
    in_xml_comment = False
    with path.open(encoding="utf-8", errors="replace") as fh:
        for number, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if in_xml_comment:
                if "-->" in line:
                    in_xml_comment = False
                    line = line[line.index("-->") + 3:]
                else:
                    continue
            while "<!--" in line:
                head, _, tail = line.partition("<!--")
                if "-->" in tail:
                    line = head + tail[tail.index("-->") + 3:]
                else:
                    line, in_xml_comment = head, True
            comment = ""
            if "#" in line:
                line, _, comment = line.partition("#")
            if line.strip():
                yield number, line, comment.strip()


def parse_dict_date(text: str) -> date:
    """YYMMDD (years 00-30 are 20YY, as KEDS/TABARI) or YYYYMMDD; ValueError if invalid."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 6:
        raise ValueError(f"bad date {text!r}")
    if len(digits) > 7:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    else:
        yy = int(digits[:2])
        year, month, day = (2000 + yy if yy <= 30 else 1900 + yy), int(digits[2:4]), int(digits[4:6])
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"bad date {text!r} ({exc})") from None


def parse_code_group(body: str) -> CodeSpan:
    """``IRQGOV 060520-140908`` / ``IGOUNO >070201`` / ``ELI`` → CodeSpan (ValueError if bad)."""
    parts = body.split(None, 1)
    if not parts:
        raise ValueError("empty code []")
    code = parts[0]
    if not _CODE_RE.match(code) or "~" in code:
        raise ValueError(f"bad actor code {code!r}")
    if len(parts) == 1:
        return CodeSpan(code.upper())
    restriction = parts[1].replace(" ", "")
    if restriction.isdigit():  # a bare date (Phoenix has a few): valid from that date on
        return CodeSpan(code.upper(), start=parse_dict_date(restriction).toordinal())
    if restriction[0] == ">":
        return CodeSpan(code.upper(), start=parse_dict_date(restriction[1:]).toordinal())
    if restriction[0] == "<":
        return CodeSpan(code.upper(), end=parse_dict_date(restriction[1:]).toordinal())
    first, sep, second = restriction.partition("-")
    if not sep:
        raise ValueError(f"bad date restriction {parts[1]!r}")
    return CodeSpan(code.upper(), parse_dict_date(first).toordinal(), parse_dict_date(second).toordinal())


def _split_codes(text: str) -> tuple[str, list[str]]:
    """Text before the first '[' and the bodies of all [...] groups; ValueError if unbalanced."""
    head = text.split("[", 1)[0]
    bodies = _BRACKET_RE.findall(text)
    rest = _BRACKET_RE.sub("", text[len(head):])
    if "[" in rest or "]" in rest or ("[" in text and not bodies):
        raise ValueError("unbalanced '[' ... ']'")
    return head, bodies  # text after the codes is ignored, as PETRARCH does


# ---------------------------------------------------------------- actors


class _Problems:
    def __init__(self, path: Path, strict: bool, sink: list[DictionaryError] | None) -> None:
        self.path, self.strict, self.sink = path, strict, sink

    def report(self, line: int, message: str) -> None:
        error = DictionaryError(self.path, line, message)
        if self.strict:
            raise error
        if self.sink is not None:
            self.sink.append(error)


def parse_actor_dictionary(
    path: str | Path, strict: bool = True, problems: list[DictionaryError] | None = None
) -> list[ActorEntry]:
    """Entries of a PETRARCH actor dictionary, in file order."""
    path = Path(path)
    issues = _Problems(path, strict, problems)
    entries: list[ActorEntry] = []
    current: ActorEntry | None = None
    closed = False  # a code line ended the current block: a following '+' starts a new entry
    # Root lines without codes directly followed by another root share the next codes
    # (Phoenix lists name variants as consecutive roots: LEONID_BREZHNEV / PRESIDENT_BREZHNEV).
    pending: list[ActorEntry] = []
    # the roots that share the code lines being read (all their code lines, not only the first)
    sharing: list[ActorEntry] = []

    def add_codes(codes: list[CodeSpan]) -> None:
        # variants listed as roots of their own share the first root's comment too
        comment = next((e.comment for e in [*pending, current] if e.comment), "")
        for entry in [*pending, current]:
            entry.comment = entry.comment or comment
        for entry in pending:
            entries.append(entry)
            sharing.append(entry)
        pending.clear()
        for entry in sharing:
            entry.codes.extend(codes)
        current.codes.extend(codes)

    for number, line, comment in _clean_lines(path):
        stripped = line.strip()
        try:
            head, bodies = _split_codes(stripped)
            codes = [parse_code_group(b) for b in bodies]
        except ValueError as exc:
            issues.report(number, str(exc))
            continue
        if not head.strip():  # a code line
            if current is None:
                issues.report(number, "code line before any actor phrase")
                continue
            add_codes(codes)
            closed = True
            continue
        synonyms = [s for s in re.split(r"(?:^|\s)\+", head) if s.strip()]
        if not synonyms:  # a bare "+" line: nothing to add
            issues.report(number, f"empty actor phrase {head.strip()!r}")
            continue
        # '+' lines after a finished block have no root of their own (Phoenix does this):
        # they start a new entry whose first synonym is the root
        if not stripped.startswith("+") or current is None or closed:
            if current is not None:
                (entries if current.codes else pending).append(current)
            if current is not None and current.codes:
                sharing.clear()  # a root after a coded one starts a new group
            current = ActorEntry(root=" ".join(_SPLIT_RE.split(synonyms[0].strip().strip("_"))),
                                 phrases=[], comment=comment, origin=f"{path.name}:{number}")
            closed = False
        for synonym in synonyms:
            tokens = phrase_tokens(synonym)
            if tokens:
                current.phrases.append(tokens)
                current.variants.append(synonym.strip())
            else:
                issues.report(number, f"empty actor phrase {synonym!r}")
        if codes:
            add_codes(codes)
    if current is not None:
        (entries if current.codes else pending).append(current)
    for entry in pending:
        issues.report(int(entry.origin.rsplit(":", 1)[1]), f"actor {entry.root!r} has no code")
    return [e for e in entries if e.phrases and e.codes]


# ---------------------------------------------------------------- agents


def _regular_plural(words: str) -> str:
    if words.upper().endswith("MAN"):
        return words[:-2] + ("EN" if words[-1].isupper() else "en")  # GUNMAN → GUNMEN
    if words.endswith("Y") or words.endswith("y"):
        return words[:-1] + ("IES" if words[-1].isupper() else "ies")
    if words.upper().endswith(("S", "X", "CH", "SH")):
        return words + ("ES" if words[-1].isupper() else "es")
    return words + ("S" if words[-1].isupper() else "s")


MAX_MARKER_EXPANSIONS = 1000  # phrases one agent line may generate (hostile files: 60^4 …)


class _MarkerError(ValueError):
    pass


def _expand_markers(phrase: str, markers: dict[str, list[str]]) -> list[str] | None:
    """All substitutions of !MARKER! in phrase; None if a marker is undefined.

    A marker whose values hold markers again, or a line with more than MAX_MARKER_EXPANSIONS
    substitutions, raises _MarkerError (a bad line, not a hang or a RecursionError)."""
    out = [phrase]
    while True:
        match = re.search(r"!([A-Za-z]+)!", out[0]) if out else None
        if match is None:
            return out
        name = match.group(1).upper()
        options = markers.get(name)
        if options is None:
            return None
        if any(re.search(r"![A-Za-z]+!", option) for option in options):
            raise _MarkerError(f"substitution marker !{name}! holds another marker")
        if len(out) * len(options) > MAX_MARKER_EXPANSIONS:
            raise _MarkerError(f"over {MAX_MARKER_EXPANSIONS} substitutions of markers in one line")
        # every phrase in `out` has the same markers in the same places: substitute the first
        out = [text[:m.start()] + option + text[m.end():]
               for text in out for m in [re.search(r"!([A-Za-z]+)!", text)] for option in options]


def parse_agent_dictionary(
    path: str | Path, strict: bool = True, problems: list[DictionaryError] | None = None
) -> list[AgentEntry]:
    """Agent phrases (singular and plural forms) with their codes, in file order."""
    path = Path(path)
    issues = _Problems(path, strict, problems)
    markers: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, line, _comment in _clean_lines(path):
        if "=" in line and re.match(r"\s*![A-Za-z]+!\s*=", line):
            name, _, values = line.partition("=")
            markers[name.strip().strip("!").upper()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        if "[" not in line or "]" not in line:
            issues.report(number, "agent phrase without a [~CODE]")
            continue
        phrase_part, _, code_part = line.partition("[")
        code = code_part.split("]", 1)[0].strip()
        if not _CODE_RE.match(code) or "~" not in code:
            issues.report(number, f"bad agent code {code!r} (expected ~CODE or CODE~)")
            continue
        prefix = code.endswith("~")
        code = code.strip("~").upper()
        plurals: list[str] | None = None
        if "{" in phrase_part:
            if "}" not in phrase_part:
                issues.report(number, "missing '}'")
                continue
            inner = phrase_part[phrase_part.index("{") + 1:phrase_part.index("}")]
            plurals = inner.split()
            phrase_part = phrase_part[:phrase_part.index("{")]
        singular = phrase_part.strip()
        if not singular:
            issues.report(number, "empty agent phrase")
            continue
        if re.search(r"(^|_)MINIST$", singular) and "MINIST" in markers:
            # ("DEFENCE_MINIST [~GOVMIL]": the stem the file's !MINIST! marker spells out)
            singular = singular[:-len("MINIST")] + "!MINIST!"
        if plurals is None:  # marker sets already list plural forms (!PERSON! = MAN, MEN, ...)
            plurals = [] if re.search(r"![A-Za-z]+!$", singular) else [_regular_plural(singular.rstrip("_ "))]
        forms = [singular] + plurals
        for form in forms:
            try:
                expanded = _expand_markers(form, markers)
            except _MarkerError as exc:
                issues.report(number, str(exc))
                break
            if expanded is None:
                issues.report(number, f"undefined substitution marker in {form!r}")
                break
            for text in expanded:
                tokens = phrase_tokens(text)
                if tokens:
                    entries.append(AgentEntry(tokens, code, prefix, f"{path.name}:{number}"))
    return entries


# ---------------------------------------------------------------- directories


def is_agent_file(path: Path) -> bool:
    return "agent" in path.name.lower()


def is_actor_file(path: Path) -> bool:
    name = path.name.lower()
    return "actor" in name or name.startswith("supplement") or name.startswith("demonym")


def read_dictionary_dir(
    directory: str | Path, strict: bool = True, problems: list[DictionaryError] | None = None
) -> tuple[list[ActorEntry], list[AgentEntry]]:
    """Actor and agent entries of all PETRARCH dictionaries in a folder (sorted by file name);
    verb, discard and issue dictionaries are not actor knowledge and are skipped."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"no dictionary folder {directory}")
    actors: list[ActorEntry] = []
    agents: list[AgentEntry] = []
    for path in sorted(directory.iterdir()):
        if not path.is_file() or path.suffix.lower() not in {".txt", ".actors", ".agents"}:
            continue
        if is_agent_file(path):
            agents.extend(parse_agent_dictionary(path, strict, problems))
        elif is_actor_file(path):
            actors.extend(parse_actor_dictionary(path, strict, problems))
    return actors, agents

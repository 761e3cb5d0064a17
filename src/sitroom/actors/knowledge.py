"""Compiled actor knowledge: phrase tries over actor and agent dictionaries, stored as gzip JSON.

Tries are nested dicts keyed by normalised tokens (see ``dictionary.norm_token``); the key ""
holds the id of the entry a phrase ends in. A lookup walks one dict per token, so matching
never scans the dictionary. Later entries override earlier ones for the same phrase, so the
project supplement and user dictionaries beat Phoenix.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from .codes import ROLE_CODES, TRANSNATIONAL_PREFIXES
from .dictionary import ActorEntry, AgentEntry

FORMAT = 1
END = ""  # trie key of a phrase end (never a token: empty tokens are dropped)

PERSON, GROUP, COUNTRY = "p", "g", "c"
CAPITAL = "m"  # a capital standing for its government ("Moscow said") or just a place
# Words that make a name an organisation rather than a person.
_ORG_WORDS = frozenset(
    """army front movement party organization organisation group groups brigade brigades council
    ministry forces force union league committee association agency government authority
    commission corps guard guards battalion battalions network state alliance coalition
    federation bank company corporation institute foundation fund court police militia faction
    cell cells assembly parliament congress senate office department service mission centre
    center university news radio television tv times post press daily journal club jihad
    resistance liberation revolutionary nuclei command regime administration cabinet society
    trust board bureau secretariat council's forum conference summit tribunal division""".split()
)
_SHORT_NAMES = frozenset("xi li hu wu yu ma ng oh an jo bo ko mo al".split())
_LOWER_PARTICLES = frozenset(
    "al el ad ash as at az bin ibn bint of the and for de du des la le van von der den da dos das y e".split()
)


_CODES_ON_LIMIT = 200_000  # (actor, day) codes remembered before the memo starts afresh


@dataclass(slots=True)
class ActorKnowledge:
    names: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    codes: list[list[tuple[str, int | None, int | None]]] = field(default_factory=list)
    actor_trie: dict = field(default_factory=dict)
    agents: list[tuple[str, bool]] = field(default_factory=list)
    agent_trie: dict = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    # entry id → nouns that describe the actor ("cleric"): a supplement root's comment
    # "# person cleric" lets "the cleric" refer back to it
    descriptors: dict[int, list[str]] = field(default_factory=dict)
    # (given name, surname with one letter deleted) → person entry ids, and person entry id →
    # the last words of its multi-word names (surnames); both built on first use
    _misspellings: dict[tuple[str, str], set[int]] | None = None
    _surnames: dict[int, set[str]] | None = None
    _by_surname: dict[str, set[int]] | None = None  # surname → person entry ids
    # (entry id, day) → its code that day: the same actors recur story after story
    _codes_on: dict[tuple[int, int | None], str | None] = field(default_factory=dict)

    # ------------------------------------------------------------ building

    def add_actors(self, entries: list[ActorEntry], countries_file: bool = False) -> None:
        """Add actor entries; in a countries file, bare 3-letter codes define countries (a
        mixed-case root, as in our demonym table, also renames the country)."""
        self._codes_on.clear()
        for entry in entries:
            index = len(self.names)
            self.names.append(display_name(_best_spelling(entry)))
            self.kinds.append(guess_kind(entry))
            self.codes.append([(c.code, c.start, c.end) for c in entry.codes if c.code != "---"])
            described = _comment_descriptors(entry.comment)
            if described:
                self.descriptors[index] = described
            for phrase in entry.phrases:
                _trie_insert(self.actor_trie, phrase, index)
                if len(phrase) > 1 and phrase[0] == "the":
                    # "THE_UNITED_NATIONS" should also match "United Nations officials"
                    _trie_insert(self.actor_trie, phrase[1:], index, replace=False)
            if countries_file and _is_country_entry(entry):
                for span in entry.codes:
                    if not _is_bare_country(span.code):
                        continue
                    if span.code not in self.country_names or entry.root != entry.root.upper():
                        self.country_names[span.code] = self.names[index]

    def add_agents(self, entries: list[AgentEntry]) -> None:
        ids: dict[tuple[str, bool], int] = {a: i for i, a in enumerate(self.agents)}
        for entry in entries:
            key = (entry.code, entry.prefix)
            if key not in ids:
                ids[key] = len(self.agents)
                self.agents.append(key)
            _trie_insert(self.agent_trie, entry.phrase, ids[key])

    def drop_role_word_aliases(self) -> list[str]:
        """Remove one-word actor names that are words for ordinary people (or radicals) in the agent
        dictionary ("+YOUTH_" of a Basque armed group): in text the common noun is far
        likelier. ("Senate" stays the US Congress, as Phoenix has it.) Returns the words dropped."""
        dropped = []
        for word, node in self.actor_trie.items():
            agent = self.agent_trie.get(word, {}).get("")
            actor = node.get("")
            if agent is None or actor is None or self.agents[agent][0][:3] not in ("CVL", "PPL", "RAD"):
                continue
            codes = {c[3:] if c[:3] in self.country_names else c for c, _, _ in self.codes[actor]}
            if codes != {self.agents[agent][0]}:
                del node[""]
                dropped.append(word)
        return dropped

    def drop_aliases(self, words: Sequence[str]) -> list[str]:
        """Remove the given one-word actor names (longer names that start with them stay).
        Returns the words dropped."""
        dropped = []
        for word in words:
            node = self.actor_trie.get(word)
            if node is not None and "" in node:
                del node[""]
                dropped.append(word)
        return dropped

    # ------------------------------------------------------------ storage

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "names": self.names,
            "kinds": "".join(self.kinds),
            "codes": self.codes,
            "actor_trie": self.actor_trie,
            "agents": [[c, int(p)] for c, p in self.agents],
            "agent_trie": self.agent_trie,
            "country_names": self.country_names,
            "descriptors": {str(k): v for k, v in self.descriptors.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> "ActorKnowledge":
        if data.get("format") != FORMAT:
            raise ValueError(f"actor data format {data.get('format')!r}, expected {FORMAT}")
        return cls(
            names=data["names"],
            kinds=list(data["kinds"]),
            codes=data["codes"],  # lists of [code, start, end]: unpacked like tuples
            actor_trie=data["actor_trie"],
            agents=[(c, bool(p)) for c, p in data["agents"]],
            agent_trie=data["agent_trie"],
            country_names=data["country_names"],
            descriptors={int(k): v for k, v in data.get("descriptors", {}).items()},
        )

    def save(self, path: Path) -> None:
        raw = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))

    @classmethod
    def load(cls, path: Path) -> "ActorKnowledge":
        return cls.from_json(json.loads(gzip.decompress(path.read_bytes())))

    # ------------------------------------------------------------ queries

    @property
    def countries(self) -> set[str]:
        return set(self.country_names)

    def code_at(self, actor: int, day: int | None) -> str | None:
        key = (actor, day)
        if key not in self._codes_on:
            if len(self._codes_on) >= _CODES_ON_LIMIT:
                self._codes_on.clear()
            self._codes_on[key] = code_for_date(self.codes[actor], day, self.country_names)
        return self._codes_on[key]

    def misspelt_person(self, given: str, surname: str) -> int | None:
        """The one person entry whose name is `given` + a surname one edit away from
        `surname` ("Francois Mitterand" → FRANCOIS_MITTERRAND); None if none or several."""
        if len(surname) < MIN_FUZZY_SURNAME:
            return None
        self._index_people()
        found: set[int] = set()
        for variant in _deletions(surname):
            found |= self._misspellings.get((given, variant), set())
        codes = {tuple(map(tuple, self.codes[i])) for i in found}
        return min(found) if len(codes) == 1 else None

    def is_surname(self, person: int, word: str) -> bool:
        """Is `word` the last word of one of the person's multi-word names?"""
        self._index_people()
        return word in self._surnames.get(person, ())

    def person_by_surname(self, surname: str, day: int | None = None, in_office: bool = False) -> int | None:
        """The one listed person (several entries with the same codes count as one) whose
        multi-word name ends in `surname` ("Biden" → JOE_BIDEN); None if none or several.
        With a story day, entries that hold the same code on that day count as one ("Kiir"
        is listed twice, SSDGOV both times); `in_office` keeps only those holding a dated
        office on that day."""
        self._index_people()
        found = self._by_surname.get(surname, set())
        if day is not None and in_office:
            found = {i for i in found if any(s is not None and s <= day and (e is None or day < e)
                                             for _, s, e in self.codes[i])}
        codes = {tuple(map(tuple, self.codes[i])) for i in found}
        if len(codes) == 1:
            return min(found)
        on_day = {i: self.code_at(i, day) for i in found} if day is not None and found else {}
        active = {c for c in on_day.values() if c and len(c) > 3}  # (a bare country: out of office)
        if not active:
            return min(found) if len(set(on_day.values())) == 1 and None not in on_day.values() else None
        # (one person listed twice, "IRQGOV" and "IRQGOVHRI", is one; a namesake out of office
        # on the story's day is not the one meant: "al-Sudani" in 2024 is the prime minister)
        base = min(active, key=len)
        if not all(c.startswith(base) for c in active):
            return None
        # (of namesakes holding the same office, the one who took it last: an entry with no end
        # date may have outlived its term, "Yoon" in 2024 is the president elected in 2022)
        return max((i for i, c in on_day.items() if c == base), key=lambda i: (self._term_start(i, day), -i))

    def _term_start(self, person: int, day: int | None) -> int:
        """When the person's dated term that holds on `day` began (0 if none does)."""
        return max((s for _, s, e in self.codes[person]
                    if s is not None and day is not None and s <= day and (e is None or day < e)), default=0)

    def _index_people(self) -> None:
        if self._misspellings is None:
            self._misspellings, self._surnames = _person_indexes(self)
            self._by_surname = {}
            for ident, names in self._surnames.items():
                for name in names:
                    self._by_surname.setdefault(name, set()).add(ident)


MIN_FUZZY_SURNAME = 6  # shorter surnames are one letter away from too many others


def _comment_descriptors(comment: str) -> list[str]:
    """"person cleric" → ["cleric"]: the words after a leading "person" in a root's comment."""
    words = comment.lower().split()
    return words[1:] if len(words) > 1 and words[0] == PERSON_MARK else []


PERSON_MARK = "person"


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _person_indexes(knowledge: "ActorKnowledge") -> tuple[dict[tuple[str, str], set[int]], dict[int, set[str]]]:
    """From every multi-word person phrase: (first word, surname minus one letter) → ids, so
    symmetric deletion finds names one insertion, deletion or substitution apart; and
    id → surnames."""
    index: dict[tuple[str, str], set[int]] = {}
    surnames: dict[int, set[str]] = {}
    stack: list[tuple[dict, tuple[str, ...]]] = [(knowledge.actor_trie, ())]
    while stack:
        node, words = stack.pop()
        ident = node.get(END)
        if ident is not None and len(words) >= 2 and knowledge.kinds[ident] == PERSON:
            family_first = _FAMILY_NAME_FIRST.match(knowledge.names[ident])
            # ("Moon Jae-in", "Xi Jinping": an East Asian name, family name first, "Moon" the surname)
            # ("Yoon Suk Yeol", "Kim Jong Un": three words, family name first, of an East Asian state)
            east_asian = words[0] in EAST_ASIAN_FAMILY_NAMES and (len(words) == 2 or len(words) == 3 and any(
                (code or "")[:3] in FAMILY_FIRST_COUNTRIES for code, _, _ in knowledge.codes[ident]))
            surname = family_first.group(1).lower() if family_first else words[0] if east_asian else words[-1]
            surnames.setdefault(ident, set()).add(surname)
            if len(words[-1]) >= MIN_FUZZY_SURNAME:
                for variant in _deletions(words[-1]):
                    index.setdefault((words[0], variant), set()).add(ident)
        stack.extend((child, words + (key,)) for key, child in node.items() if key != END)
    return index, surnames


# a family name before a hyphenated given name ("Moon Jae-in", "Tsai Ing-wen")
_FAMILY_NAME_FIRST = re.compile(r"^(?:.* )?(\S+) [A-Z][a-z]+-[A-Za-z][a-z]+$")


# states whose people's names are written family name first
FAMILY_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "VNM"})
# common Chinese, Korean and Vietnamese family names, written first ("Xi Jinping", "Wang Yi")
EAST_ASIAN_FAMILY_NAMES = frozenset({
    "xi", "li", "hu", "wen", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
    "zhu", "guo", "lin", "qin", "han", "kim", "park", "moon", "yoon", "choi", "chung", "kang", "nguyen", "tran"})


def _trie_insert(trie: dict, phrase: tuple[str, ...], value: int, replace: bool = True) -> None:
    node = trie
    for token in phrase:
        node = node.setdefault(token, {})
    if replace or END not in node:
        node[END] = value


def _is_bare_country(code: str) -> bool:
    return len(code) == 3 and code.isalpha() and code not in TRANSNATIONAL_PREFIXES and code not in ROLE_CODES


def _is_country_entry(entry: ActorEntry) -> bool:
    """A country (or its cities): a bare country code, and no role in any code (Phoenix gives
    countries historical codes such as IRQOCC, UKRUNR, YUGSRB)."""
    if not any(_is_bare_country(c.code) for c in entry.codes):
        return False
    return not any(c.code[i:i + 3] in ROLE_CODES for c in entry.codes for i in range(3, len(c.code), 3))


def code_for_date(
    codes: list[tuple[str, int | None, int | None]], day: int | None, countries: dict[str, str] | set[str]
) -> str | None:
    """The code valid on `day` (an ordinal date).

    Date-restricted codes that cover the day win (the last such, in file order), then the
    unrestricted code. With no date: an open-ended code (``>D``: still valid), else the
    unrestricted code, else the most recent one. If only other periods are listed, the
    person's country is still known: its 3-letter prefix."""
    undated = [c for c, s, e in codes if s is None and e is None]
    dated = [(c, s, e) for c, s, e in codes if s is not None or e is not None]
    if day is not None:
        hits = [c for c, s, e in dated if (s is None or s <= day) and (e is None or day < e)]
        if hits:
            return hits[-1]
        if undated:
            return undated[-1]
        prefixes = {c[:3] for c, _, _ in dated}
        return prefixes.pop() if len(prefixes) == 1 and prefixes <= set(countries) else None
    open_ended = [c for c, s, e in dated if e is None]
    if open_ended:
        return open_ended[-1]
    if undated:
        return undated[-1]
    if dated:
        return max(dated, key=lambda d: d[2] or 0)[0]
    return None


def _best_spelling(entry: ActorEntry) -> str:
    """The root, or a synonym with the same words spelled with hyphens (NURI_AL-MALIKI for
    NURI_AL_MALIKI), which reads better."""
    if entry.root != entry.root.upper() or "-" in entry.root or not entry.phrases:
        return entry.root
    for variant, phrase in zip(entry.variants, entry.phrases):
        if phrase == entry.phrases[0] and "-" in variant:
            return " ".join(variant.replace("_", " ").split())
    return entry.root


def display_name(root: str) -> str:
    """A readable canonical name: mixed-case roots as written; all-caps ones title-cased with
    Arabic/European particles in lower case ("NURI AL MALIKI" → "Nuri al Maliki")."""
    root = root.strip().strip("_").strip()
    if root != root.upper():
        return root
    words = root.split()
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]  # "THE UNITED NATIONS" → "United Nations"
        root = " ".join(words)
    letters = re.sub(r"\W", "", root)
    if len(words) == 1 and (len(letters) <= 4 or sum(ch in "AEIOU" for ch in letters) <= 1):
        return root  # acronyms: UN, NATO, UNHCR (country names come from the demonym table)
    out = []
    for i, word in enumerate(words):
        out.append(_title_word(word, first=(i == 0)))
    return " ".join(out)


def _title_word(word: str, first: bool) -> str:
    if word.startswith("(") or "." in word:
        return word  # (AAIA), U.N., U.S.
    if len(word) == 2 and word.isalpha() and word.lower() not in _LOWER_PARTICLES | _SHORT_NAMES:
        return word  # UN, EU, AU
    parts = word.split("-")
    titled = []
    for j, part in enumerate(parts):
        low = part.lower()
        if low in _LOWER_PARTICLES and not (first and j == 0 and len(parts) == 1):
            titled.append(low)
        else:
            titled.append(part[:1].upper() + part[1:].lower())
    return "-".join(titled)


def guess_kind(entry: ActorEntry) -> str:
    """person / group / country of a dictionary entry.

    Bare country codes → country; a "# person" comment (our supplement) or CountryInfo-derived
    leaders (Phoenix marks them with that comment, or with ELI/dated codes) → person unless the
    name has an organisation word; everything else is a group."""
    if _is_country_entry(entry):
        return COUNTRY
    words = {w for phrase in entry.phrases[:1] for w in phrase}
    comment = entry.comment.lower()
    if PERSON_MARK in comment.split():
        return PERSON
    if "capital" in comment.split():
        return CAPITAL
    if words & _ORG_WORDS:
        return GROUP
    if "countryinfo" in comment:
        return PERSON  # leaders' lists: also one-word entries such as HASSAN_ (a given name)
    leaderish = any(c.code.endswith("ELI") or c.start is not None or c.end is not None for c in entry.codes)
    return PERSON if leaderish and len(entry.phrases[0]) >= 2 else GROUP

"""PETRARCH/TABARI verb dictionaries read at run time, and user dictionary folders.

`read_verb_dictionary(path)` turns a PETRARCH verb dictionary (PETRARCH2's CAMEO.2.0.txt, or
an older PETRARCH1/TABARI-style file such as PETR.Validate.verbs.txt) into the structure of
the shipped `data/verbs/verbs.json`, so `VerbLexicon(data)` compiles it like the shipped one.
`scripts/build_verb_patterns.py` uses the same reader to build the shipped file.

Format (PETRARCH2 PETRreader.read_verb_dictionary, PETRARCH1/TABARI verb files):
  &NAME / +phrase          synsets (label ending in '_' : no plurals); a member may be a synset
  --- NAME [code] ---      a verb block; its code is the default for the block's verbs
  VERB {forms} [code]      a member verb, irregular forms in {...}, own code optional
  +ASK_FOR, RE_+ARREST     multi-word verbs: '+' marks the word the parser calls the verb
  - PRE * POST [code]      a pattern: words before/after the verb; (PREP words) is a
                           prepositional phrase, {A B} a noun phrase (last word = head),
                           &SYN a synset, A/B alternatives, '+' target, '$' source,
                           '^' and '%' skip / compound markers (ignored here)
  [a:b]                    a = code for source->target; ':b' alone = code with the roles
                           swapped (the verb's subject is the target); [---] = no event
Files may carry the section markers "####### SYNONYM SETS" / "####### VERB PATTERNS" (then
lines before them are a header) or none (synsets and blocks interleave, as in TABARI files).
Synsets may be used before they are defined. "~" transformation lines are not supported and
are skipped. Malformed lines raise `DictionaryError("path:line: message")` (strict) or are
collected in `problems` and skipped.

Output layout (lower-case words; a "term" is a list of slots that must all be filled,
a slot a list of alternatives, an alternative a list of words that must all occur):
  verbs   lemma -> {"block", "code"}                      single-word verbs
  phrasal lemma -> [{"before", "after", "block", "code"}] multi-word verbs
  forms   inflected form -> lemma                          irregular forms (parser fallback)
  blocks  name -> {"code", "patterns": [{"code", "swap", "subj", "obj", "preps",
                                          "target", "source", "line"}]}
  nouns   event noun -> code (the shipped build derives these; user files give none)
"""
from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from sitroom.actors import ActorResolver, DictionaryError, read_dictionary_dir
from sitroom.actors.knowledge import ActorKnowledge
from sitroom.config import ConfigError
from sitroom.events.discards import DiscardList, read_discard_file
from spacy.tokens import Token

from sitroom.nlp import children

from sitroom.events.lexicon import VerbContext, VerbLexicon, obj_add
from sitroom.events.tables import CodeInfo, CodeTables

log = logging.getLogger(__name__)

Term = list[list[list[str]]]  # slots; a slot lists alternatives; an alternative lists words
MODES = ("extend", "replace")

_CODE_TEXT = re.compile(r"^[A-Za-z0-9:+\-!]*$")
_BLOCK_HEADER = re.compile(r"^---\s+(.+?)\s*\[([^\]]*)\]")
_SYNSET_LABEL = re.compile(r"^&[A-Za-z0-9_\-]+$")
# TABARI/PETRARCH1 patterns write prepositions bare ("* EID AT ^ WITH +"); PETRARCH2 wraps
# them in parentheses. In files without parentheses these words open a prepositional phrase.
BARE_PREPOSITIONS = frozenset(
    "about above across after against along among amongst around at before behind below beneath "
    "beside between beyond by despite during for from in inside into near of off on onto out "
    "outside over since through throughout to toward towards under until upon via with within "
    "without".split())


class VerbDictionaryReader:
    """Reads one or more PETRARCH verb dictionaries into verbs.json's structure.

    codes: the CAMEO codebook (code -> row); pattern codes missing from it fall back to their
    longest listed prefix. Without it (user dictionaries) codes are kept exactly as written.
    user_mode: also index regular verb forms (-s, -ed, -ing) and the verb words themselves
    as forms, join spaced verb lines ("LASH OUT") into multi-word verbs, and read bare
    prepositions of parenthesis-free (TABARI-style) files as prepositional phrases.
    """

    def __init__(self, codes: dict[str, dict] | None = None, strict: bool = True,
                 user_mode: bool = False, problems: list[DictionaryError] | None = None) -> None:
        self.codes = codes
        self.strict = strict
        self.user_mode = user_mode
        self.problems = problems if problems is not None else []
        self.synsets: dict[str, list[list[str]]] = {}
        self.verbs: dict[str, dict] = {}
        self.phrasal: dict[str, list[dict]] = defaultdict(list)
        self.forms: dict[str, str] = {}
        self.blocks: dict[str, dict] = {}
        self.skipped: Counter[str] = Counter()
        self._raw_synsets: dict[str, list[str]] = {}
        self._bare_preps = False
        self._file_problems: list[DictionaryError] = []

    # ------------------------------------------------------------ problems
    def _problem(self, path: Path, line: int, message: str) -> None:
        # gathered per file and raised (strict) or kept once the file is read, so the
        # error reported is the file's first one whatever pass found it
        self._file_problems.append(DictionaryError(path, line, message))
        self.skipped["malformed"] += 1

    def _settle_problems(self) -> None:
        found = sorted(self._file_problems, key=lambda e: e.line)
        self._file_problems = []
        if found and self.strict:
            raise found[0]
        self.problems.extend(found)

    # ------------------------------------------------------------ codes
    def normalise_code(self, raw: str) -> tuple[str | None, bool]:
        """'042:043' -> ('042', False); ':173' -> ('173', True); '---' -> (None, False).
        User files keep a pair ('032:033'): TABARI's paired event, the second code being the
        target's act towards the source (arrive: visit 032 / host 033); see split_paired."""
        raw = raw.strip().rstrip("!")
        first, _, second = raw.partition(":")
        swap = False
        code = first.strip()
        if not code and second.strip():
            code, swap = second.strip(), True
        if not code or code.startswith(("-", "+")):
            return None, False
        if self.user_mode and self.codes is None and second.strip() and not swap \
                and not second.strip().startswith(("-", "+")):
            return f"{code}:{second.strip()}", False
        return (self.valid_code(code) if self.codes is not None else code), swap

    def valid_code(self, code: str) -> str | None:
        """Codes missing from the codebook fall back to their longest listed prefix."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.codes:
                c = code[:n]
                return c + "0" if len(c) == 2 else c
        return None

    # ------------------------------------------------------------ synsets
    def add_synonym(self, label: str, phrase: str) -> None:
        self._raw_synsets.setdefault(label, []).append(phrase)

    def _resolve_synsets(self) -> None:
        """Expand members that are themselves synsets (+&TIETYPES), at any depth."""
        def expand(label: str, seen: frozenset[str]) -> list[list[str]]:
            out: list[list[str]] = []
            for member in self._raw_synsets.get(label, []):
                if member.startswith("&"):
                    name = member.split()[0]
                    if name in self._raw_synsets and name not in seen:
                        out.extend(expand(name, seen | {name}))
                    continue
                words = member.replace("_", " ").lower().split()
                if words:
                    out.append(words)
            return out
        for label in self._raw_synsets:
            self.synsets[label] = expand(label, frozenset({label}))

    # ------------------------------------------------------------ verbs
    def add_verb_line(self, block: str, block_code: str | None, line: str) -> None:
        own_code = None
        m = re.search(r"\[([^\]]*)\]", line)
        if m:
            own_code, _ = self.normalise_code(m.group(1))
            if own_code is None and m.group(1).strip().startswith(("-", "+")):
                own_code = "---"
            line = line[: m.start()]
        forms = []
        fm = re.search(r"\{([^}]*)\}", line)
        if fm:
            forms = fm.group(1).split()
            line = line[: fm.start()]
        words = line.split()
        if not words:
            return
        code = None if own_code == "---" else (own_code or block_code)
        head = words[0]
        if self.user_mode and len(words) > 1 and "_" not in head:
            head = "_".join(words)  # "LASH OUT": a multi-word verb written with spaces
        if "_" in head:
            self.add_phrasal(block, code, head)
            return
        lemma = head.lower()
        self.verbs.setdefault(lemma, {"block": block, "code": code})
        for f in forms:
            if "_" not in f:
                self.forms.setdefault(f.lstrip("+").lower(), lemma)
        if self.user_mode:
            self.forms.setdefault(lemma, lemma)  # "KILLED", "BEGAN": the entry is itself a form
            if not fm:  # PETRARCH makes the regular forms unless {...} lists the forms
                for f in regular_verb_forms(lemma):
                    self.forms.setdefault(f, lemma)

    def add_phrasal(self, block: str, code: str | None, head: str) -> None:
        parts = head.split("_")
        idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        lemma = parts[idx].lstrip("+").lower()
        if not lemma:
            return
        entry = {"before": [p.lower() for p in parts[:idx] if p],
                 "after": [p.lower() for p in parts[idx + 1:] if p],
                 "block": block, "code": code}
        if entry not in self.phrasal[lemma]:
            self.phrasal[lemma].append(entry)

    # ------------------------------------------------------------ patterns
    def term(self, token: str) -> Term | None:
        """One pattern word / synset / A/B set -> a one-slot term (its alternatives)."""
        alts: list[list[str]] = []
        for piece in token.split("/"):
            piece = piece.strip("{}()")
            if not piece:
                continue
            if self.user_mode and "&" in piece and "_" in piece.strip("_"):
                # NEW_&TIETYPES_RELATIONS: consecutive words, one of them a synset
                return self.phrase_term([w for w in piece.split("_") if w])
            if piece.startswith("&"):
                syn = self._synset(piece)
                if syn is None:
                    return None  # PETRARCH ignores patterns with undefined synsets
                alts.extend(syn)
            else:
                alts.append([w for w in piece.replace("_", " ").lower().split() if w])
        alts = [a for a in alts if a]
        return [alts] if alts else None

    def _synset(self, label: str) -> list[list[str]] | None:
        """A synset by label; "&NAME" also finds a synset defined as "&NAME_" (no plurals)."""
        found = self.synsets.get(label)
        if found is None and self.user_mode:
            found = self.synsets.get(label + "_", self.synsets.get(label.rstrip("_")))
        return found

    def parse_segment(self, tokens: list[str]) -> tuple[list[Term], list[dict], dict] | None:
        """Nouns and prepositional phrases of one side of the '*'."""
        if self._bare_preps:
            tokens = _bracket_bare_preps(tokens)
        nouns: list[Term] = []
        preps: list[dict] = []
        roles: dict[str, str] = {}
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.startswith("("):
                j = i
                while not tokens[j].endswith(")") and j + 1 < len(tokens):
                    j += 1
                inner = " ".join(tokens[i:j + 1]).strip("()").split()
                parsed = self.parse_prep(inner, roles)
                if parsed is None:
                    return None
                preps.append(parsed)
                i = j + 1
                continue
            if tok.startswith("{"):
                j = i
                while not tokens[j].endswith("}") and j + 1 < len(tokens):
                    j += 1
                words = " ".join(tokens[i:j + 1]).strip("{}").split()
                phrase = self.phrase_term(words)
                if phrase is None:
                    return None
                nouns.append(phrase)
                i = j + 1
                continue
            if tok in ("+", "$"):
                roles["target" if tok == "+" else "source"] = "obj"
            elif tok == "%":
                roles["compound"] = "obj"  # TABARI's compound-actor marker
            elif tok != "^":
                t = self.term(tok)
                if t is None:
                    return None
                nouns.append(t)
            i += 1
        return nouns, preps, roles

    def phrase_term(self, words: list[str]) -> Term | None:
        """{A &SYN B}: one slot per word; every slot must be filled (a synset slot by any
        of its phrases). Kept as slots, not expanded, so matching stays cheap."""
        slots: Term = []
        for w in words:
            if w in ("+", "$", "^", "%"):
                continue
            t = self.term(w)
            if t is None:
                return None
            slots.extend(t)
        return slots or None

    def parse_prep(self, inner: list[str], roles: dict[str, str]) -> dict | None:
        if not inner:
            return None
        preps = [p.lower() for p in inner[0].split("/")]
        words: list[Term] = []
        rest = inner[1:]
        k = 0
        while k < len(rest):
            tok = rest[k]
            if tok in ("+", "$"):
                roles["target" if tok == "+" else "source"] = "prep:" + preps[0]
            elif tok in ("^", "%"):
                pass
            elif tok.startswith("{"):
                j = k
                while not rest[j].endswith("}") and j + 1 < len(rest):
                    j += 1
                t = self.phrase_term(" ".join(rest[k:j + 1]).strip("{}").split())
                if t is None:
                    return None
                words.append(t)
                k = j
            else:
                t = self.term(tok)
                if t is None:
                    return None
                words.append(t)
            k += 1
        return {"prep": preps, "words": words}

    def add_pattern(self, block: str, line: str, path: Path | None = None, number: int = 0) -> None:
        body = line[1:].split("#", 1)[0]
        m = re.search(r"\[([^\]]*)\]", body)
        if not m or "*" not in body:
            if path is not None and self.user_mode:
                self._problem(path, number, "pattern needs a '*' (the verb) and a [code]: "
                                            f"{line.strip()!r}")
                return
            self.skipped["no code or verb slot"] += 1
            return
        if self.user_mode and not _CODE_TEXT.match(m.group(1).strip()):
            self._problem(path or Path("?"), number, f"bad code [{m.group(1)}]")
            return
        code, swap = self.normalise_code(m.group(1))
        pre, _, post = body[: m.start()].partition("*")
        pre_parsed = self.parse_segment(pre.split())
        post_parsed = self.parse_segment(post.split())
        if pre_parsed is None or post_parsed is None:
            self.skipped["undefined synset"] += 1
            return
        subj, subj_preps, roles_pre = pre_parsed
        obj, preps, roles = post_parsed
        # "% * [030]": a compound subject whose members act on each other ("X and Y agreed")
        compound = self.user_mode and "compound" in roles_pre  # (the shipped build keeps its patterns)
        if not (subj or subj_preps or obj or preps or compound):
            self.skipped["empty"] += 1
            return
        roles = {**roles_pre, **roles}
        self.blocks[block]["patterns"].append({
            "code": code, "swap": swap, "subj": subj, "obj": obj, "preps": preps + subj_preps,
            "target": roles.get("target"), "source": roles.get("source"),
            "line": " ".join(line.split("#", 1)[0].split()), "compound": compound,
        })

    # ------------------------------------------------------------ driver
    def read(self, path: str | Path) -> "VerbDictionaryReader":
        path = Path(path)
        lines = list(_verb_file_lines(path))
        # synsets first, so patterns may use synsets defined further down (TABARI files do)
        entries = self._classify(path, lines)
        self._resolve_synsets()
        self._bare_preps = self.user_mode and not any(
            "(" in text for _, kind, text in entries if kind == "pattern")
        block: str | None = None
        bad_block = False  # lines under a malformed header were reported with it
        for number, kind, text in entries:
            if kind == "block":
                block = self._open_block(path, number, text)
                bad_block = block is None
            elif block is None:
                if not bad_block:
                    self._problem(path, number, f"{kind} line outside a '--- NAME [code] ---' block")
            elif kind == "pattern":
                self.add_pattern(block, text, path, number)
            else:
                self.add_verb_line(block, self.blocks[block]["code"], text)
        self._settle_problems()
        return self

    def _classify(self, path: Path, lines: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        """(line, kind, text) of verb-section lines; synset lines are stored on the way."""
        entries: list[tuple[int, str, str]] = []
        label: str | None = None
        for number, section, line in lines:
            if self.user_mode and not _balanced(line):
                self._problem(path, number, f"unbalanced brackets: {line.strip()!r}")
                continue
            if line.startswith("&") and section != "verbs":
                label = line.split()[0]
                if not _SYNSET_LABEL.match(label):
                    self._problem(path, number, f"bad synset name {label!r}")
                    label = None
                else:
                    self._raw_synsets.setdefault(label, [])
                continue
            if line.startswith("+") and label is not None and section != "verbs":
                self.add_synonym(label, line[1:].strip())
                continue
            if section == "synsets":
                continue  # PETRARCH2 reads only &/+ lines in the synset section
            label = None
            if line.startswith("---"):
                entries.append((number, "block", line))
            elif line.lstrip().startswith("-"):
                entries.append((number, "pattern", line.strip()))
            else:
                entries.append((number, "verb", line.strip()))
        return entries

    def _open_block(self, path: Path, number: int, line: str) -> str | None:
        m = _BLOCK_HEADER.match(line)
        if not m:
            self._problem(path, number, f"verb block header needs a code, '--- NAME [code] ---': {line.strip()!r}")
            return None
        if not _CODE_TEXT.match(m.group(2).strip()):
            self._problem(path, number, f"bad code [{m.group(2)}]")
            return None
        name = "_".join(m.group(1).split())
        code, _ = self.normalise_code(m.group(2))
        self.blocks.setdefault(name, {"code": code, "patterns": []})
        return name

    def data(self) -> dict:
        """The verbs.json structure (no event nouns: those are a shipped-build policy)."""
        return {
            "verbs": dict(sorted(self.verbs.items())),
            "phrasal": dict(sorted(self.phrasal.items())),
            "forms": dict(sorted(self.forms.items())),
            "blocks": dict(sorted(self.blocks.items())),
            "nouns": {},
        }


def _verb_file_lines(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line number, section, text without comments) of the content lines of a verb file;
    section is "synsets", "verbs" or "any" (a file without section markers)."""
    raw_lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    marked = any(r.startswith(("####### SYNONYM SETS", "####### VERB PATTERNS")) for r in raw_lines)
    section = "header" if marked else "any"
    in_comment = False
    for number, raw in enumerate(raw_lines, 1):
        if raw.startswith("####### SYNONYM SETS"):
            section = "synsets"
            continue
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line, in_comment = _strip_xml_comment(raw, in_comment)
        line = "" if line.lstrip().startswith(("#", "~")) else line.split("#", 1)[0].rstrip()
        if section != "header" and line.strip():
            yield number, section, line


def _strip_xml_comment(line: str, in_comment: bool) -> tuple[str, bool]:
    if in_comment:
        if "-->" not in line:
            return "", True
        line = line[line.index("-->") + 3:]
    while "<!" in line:
        head, _, tail = line.partition("<!")
        if "-->" in tail:
            line = head + tail[tail.index("-->") + 3:]
        elif tail.startswith("--"):
            return head, True
        else:
            return head, False  # a "<!" line without "--" (PETRARCH2 skips these)
    return line, False


def _balanced(line: str) -> bool:
    body = line.split("#", 1)[0]
    return all(body.count(o) == body.count(c) for o, c in ("()", "{}", "[]"))


def _bracket_bare_preps(tokens: list[str]) -> list[str]:
    """TABARI style "WITH + AT ^" -> "(WITH +) (AT ^)": a bare preposition followed by words
    opens a prepositional phrase that runs to the next preposition or the end."""
    out: list[str] = []
    open_phrase = False
    for i, tok in enumerate(tokens):
        word = tok.strip("_").lower()
        starts = word in BARE_PREPOSITIONS and i + 1 < len(tokens) and not tok.startswith(("(", "{"))
        if starts:
            if open_phrase:
                out[-1] += ")"
            out.append("(" + tok.strip("_"))
            open_phrase = True
        else:
            out.append(tok)
    if open_phrase:
        out[-1] += ")"
    return out


def regular_verb_forms(lemma: str) -> list[str]:
    """PETRARCH's regular forms of a verb: -s/-es/-ies, -ed/-d, -ing."""
    if lemma.endswith(("s", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y"):
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    ing = lemma[:-1] + "ing" if lemma.endswith("e") and len(lemma) > 2 and lemma[-2] not in "aeiou" else lemma + "ing"
    return [third, past, ing]


def read_verb_dictionary(path: str | Path, codes: dict[str, dict] | None = None, strict: bool = True,
                         problems: list[DictionaryError] | None = None) -> dict:
    """A user PETRARCH verb dictionary as verbs.json data (codes kept as written unless the
    CAMEO codebook `codes` is given)."""
    return VerbDictionaryReader(codes, strict, user_mode=True, problems=problems).read(path).data()


def read_verb_dictionaries(paths: list[Path], strict: bool = True,
                           problems: list[DictionaryError] | None = None) -> dict:
    """Several verb files into one lexicon (later files add to earlier ones)."""
    reader = VerbDictionaryReader(None, strict, user_mode=True, problems=problems)
    for path in paths:
        reader.read(path)
    return reader.data()


USER_BLOCK_PREFIX = "user:"


def merge_verb_data(base: dict, user: dict) -> dict:
    """Extend mode: the user's verbs override shipped verbs of the same lemma; user blocks
    are kept apart (prefixed) so shipped verbs keep their own patterns."""
    def rename(block: str) -> str:
        return USER_BLOCK_PREFIX + block
    verbs = dict(base["verbs"])
    verbs.update({k: {**v, "block": rename(v["block"])} for k, v in user["verbs"].items()})
    phrasal = {k: list(v) for k, v in base["phrasal"].items()}
    for lemma, entries in user["phrasal"].items():
        mine = [{**e, "block": rename(e["block"])} for e in entries]
        phrasal[lemma] = mine + [e for e in phrasal.get(lemma, []) if e not in mine]
    blocks = dict(base["blocks"])
    blocks.update({rename(k): v for k, v in user["blocks"].items()})
    return {"verbs": verbs, "phrasal": phrasal, "forms": {**base["forms"], **user["forms"]},
            "blocks": blocks, "nouns": dict(base["nouns"])}


def verb_data_codes(data: dict) -> set[str]:
    codes = {v["code"] for v in data["verbs"].values()}
    codes |= {e["code"] for entries in data["phrasal"].values() for e in entries}
    for block in data["blocks"].values():
        codes.add(block["code"])
        codes |= {p["code"] for p in block["patterns"]}
    return {part for c in codes if c for part in c.split(":") if part}


def split_paired(code: str) -> tuple[str, str | None]:
    """'032:033' -> ('032', '033'): the source's act, and the target's act towards the source."""
    first, _, second = code.partition(":")
    return first, second or None


def first_codes(data: dict) -> dict:
    """The verb data with paired codes reduced to their first code (extend mode: sitroom's own
    rules read one code per verb)."""
    def first(code: str | None) -> str | None:
        return split_paired(code)[0] if code else code
    return {
        **data,
        "verbs": {k: {**v, "code": first(v["code"])} for k, v in data["verbs"].items()},
        "phrasal": {k: [{**e, "code": first(e["code"])} for e in v] for k, v in data["phrasal"].items()},
        "blocks": {k: {**b, "code": first(b["code"]),
                       "patterns": [{**p, "code": first(p["code"])} for p in b["patterns"]]}
                   for k, b in data["blocks"].items()},
    }


# ---------------------------------------------------------------------------- TABARI-style matching
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "parataxis", "acl"})


class LinearVerbLexicon(VerbLexicon):
    """Matching for TABARI/PETRARCH1-style files (no parenthesised phrases): pattern words
    before the '*' are looked for among the sentence's words before the verb ("INDICATED
    WOULD *", "NOT *"), words after it among the verb's clause after the verb, and a bare
    preposition's words among the words that follow that preposition, as TABARI read them."""

    @staticmethod
    def context(verb: Token, patient_as_object: bool = False) -> VerbContext:
        ctx = VerbLexicon.context(verb, patient_as_object)
        sent = verb.sent
        for tok in sent[: verb.i - sent.start]:
            obj_add(ctx.subj, tok)
        after = [t for t in _own_clause(verb) if t.i > verb.i]
        for pos, tok in enumerate(after):
            obj_add(ctx.obj, tok)
            if tok.lower_ in BARE_PREPOSITIONS:
                bag = ctx.preps.setdefault(tok.lower_, set())
                for later in after[pos + 1:]:
                    obj_add(bag, later)
        return ctx


def _own_clause(verb: Token) -> list[Token]:
    """The verb's subtree without the clauses hanging off it (adverbial, relative)."""
    out: list[Token] = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in children(tok) if c.dep_ not in _CLAUSE_DEPS or tok is not verb)
    return sorted(out, key=lambda t: t.i)


# ---------------------------------------------------------------------------- code tables
class UserCodeTables(CodeTables):
    """CAMEO tables that keep user dictionary codes as written ("1010", "903", "174K"),
    borrowing the codebook facts of their longest CAMEO prefix when there is one."""

    def __init__(self, user_codes: set[str]) -> None:
        super().__init__()
        self.user_codes = frozenset(user_codes)
        self._user_cache: dict[str, CodeInfo | None] = {}

    def info(self, code: str) -> CodeInfo | None:
        if code not in self.user_codes or code in self.cameo:
            return super().info(code)
        if code not in self._user_cache:
            base = super().info(code)
            if base is not None:
                info = CodeInfo(code, base.root, base.name, base.goldstein, base.quad_class,
                                base.plover, base.acled)
            else:
                info = CodeInfo(code, code[:2], "user dictionary code " + code, 0.0, 0, None, None)
            self._user_cache[code] = info
        return self._user_cache[code]


# ---------------------------------------------------------------------------- folders
@dataclass(slots=True)
class DictionaryFiles:
    """The files of a user dictionary folder, by kind (recognised by file name)."""
    verbs: list[Path] = field(default_factory=list)
    actors: list[Path] = field(default_factory=list)
    agents: list[Path] = field(default_factory=list)
    discards: list[Path] = field(default_factory=list)
    issues: list[Path] = field(default_factory=list)
    ignored: list[Path] = field(default_factory=list)


def dictionary_kind(path: Path) -> str | None:
    """verbs | actors | agents | discards | issues | None, from the file name."""
    name = path.name.lower()
    if "verb" in name or re.match(r"cameo\..*\.txt$", name):
        return "verbs"
    if "discard" in name:
        return "discards"
    if "issue" in name:
        return "issues"
    if "agent" in name:
        return "agents"
    if "actor" in name or name.startswith(("supplement", "demonym")):
        return "actors"
    return None


def classify_dictionary_files(directory: str | Path) -> DictionaryFiles:
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"no dictionary folder {directory}")
    files = DictionaryFiles()
    for path in sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith(".")):
        kind = dictionary_kind(path)
        getattr(files, kind).append(path) if kind else files.ignored.append(path)
    return files


@dataclass(slots=True)
class UserDictionaries:
    """Everything a pipeline needs from a user dictionary folder."""
    directory: Path
    mode: str
    files: DictionaryFiles
    resolver: ActorResolver
    lexicon: VerbLexicon | None  # None: the shipped verbs
    tables: CodeTables | None  # None: the shipped code tables
    discards: DiscardList | None
    problems: list[DictionaryError] = field(default_factory=list)


class UserActorResolver(ActorResolver):
    """An ActorResolver whose actor and/or agent knowledge is replaced by the user's files."""

    def __init__(self, dictionaries: Path, replace_actors: bool, replace_agents: bool,
                 strict: bool = True) -> None:
        super().__init__(None, strict)
        self.dictionaries = dictionaries
        self.replace_actors, self.replace_agents = replace_actors, replace_agents
        self.knowledge = _replaced_knowledge(str(Path(dictionaries).resolve()), replace_actors,
                                             replace_agents, strict)

    def __reduce__(self):
        return (UserActorResolver, (self.dictionaries, self.replace_actors, self.replace_agents, self.strict))


@lru_cache(maxsize=8)
def _replaced_knowledge(directory: str, replace_actors: bool, replace_agents: bool,
                        strict: bool) -> ActorKnowledge:
    from sitroom.actors.resolver import DATA_FILE
    # the shipped knowledge is loaded afresh (not the cached copy) because it is edited here
    knowledge = ActorKnowledge() if replace_actors and replace_agents else ActorKnowledge.load(DATA_FILE)
    if replace_actors:
        knowledge.names, knowledge.kinds, knowledge.codes = [], [], []
        knowledge.actor_trie, knowledge.country_names = {}, {}
    if replace_agents:
        knowledge.agents, knowledge.agent_trie = [], {}
    problems: list[DictionaryError] = []
    actors, agents = read_dictionary_dir(directory, strict=strict, problems=problems)
    for problem in problems:
        log.warning("skipped dictionary line: %s", problem)
    knowledge.add_actors(actors)
    knowledge.add_agents(agents)
    return knowledge


def load_user_dictionaries(directory: str | Path, mode: str = "extend", strict: bool = True) -> UserDictionaries:
    """Read a folder of PETRARCH/TABARI dictionaries. mode "extend": user entries on top of
    the shipped ones; "replace": each kind of dictionary the folder supplies (verbs, actors,
    agents) replaces the shipped one; kinds it does not supply stay shipped. Raises
    DictionaryError("path:line: message") on a malformed line when strict."""
    if mode not in MODES:
        raise ConfigError(f"dictionary mode must be one of {MODES}, not {mode!r}")
    directory = Path(directory)
    if not directory.is_dir():
        raise ConfigError(f"{directory}: no such dictionary folder")
    files = classify_dictionary_files(directory)
    for path in files.ignored:
        log.warning("dictionary folder %s: %s is not a recognised dictionary (verbs, actors, agents, "
                    "discards, issues) and is ignored", directory, path.name)
    if files.issues:
        log.warning("issue dictionaries (%s) are recognised but not used: events carry no issue codes yet",
                    ", ".join(p.name for p in files.issues))
    problems: list[DictionaryError] = []
    if mode == "replace" and (files.actors or files.agents):
        resolver: ActorResolver = UserActorResolver(directory, bool(files.actors), bool(files.agents), strict)
    else:
        resolver = ActorResolver(directory, strict=strict)
    lexicon, tables = None, None
    if files.verbs:
        user = read_verb_dictionaries(files.verbs, strict, problems)
        data = user if mode == "replace" else merge_verb_data(_shipped_verb_data(), first_codes(user))
        linear = mode == "replace" and not any(_has_parenthesised_patterns(p) for p in files.verbs)
        lexicon = LinearVerbLexicon(data) if linear else VerbLexicon(data)
        # replace mode: the user's verbs alone decide events (no built-in CAMEO rules on top)
        lexicon.authoritative = mode == "replace"
        tables = UserCodeTables(verb_data_codes(user))
    discards = None
    if files.discards:
        discards = DiscardList.combine([read_discard_file(p, strict, problems) for p in files.discards])
    for problem in problems:
        log.warning("skipped dictionary line: %s", problem)
    return UserDictionaries(directory, mode, files, resolver, lexicon, tables, discards, problems)


def _has_parenthesised_patterns(path: Path) -> bool:
    """PETRARCH2-style files write prepositional phrases in parentheses: "(AGAINST +)"."""
    return any(line.lstrip().startswith("-") and "(" in line.split("#", 1)[0]
               for line in path.read_text(encoding="utf-8", errors="replace").splitlines())


def _shipped_verb_data() -> dict:
    from sitroom.events.tables import load_data
    return load_data("verbs/verbs.json")


__all__ = [
    "DictionaryFiles", "UserDictionaries", "UserActorResolver", "UserCodeTables", "VerbDictionaryReader",
    "classify_dictionary_files", "dictionary_kind", "load_user_dictionaries", "merge_verb_data",
    "read_verb_dictionaries", "read_verb_dictionary", "regular_verb_forms", "split_paired",
    "LinearVerbLexicon",
]

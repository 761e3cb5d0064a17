#!/usr/bin/env python3
"""Convert PETRARCH2's CAMEO 2.0 verb dictionary into sitroom's verb-pattern file.

Input : PETRARCH2 dictionaries/CAMEO.2.0.txt (MIT, Open Event Data Alliance)
Output: src/sitroom/data/verbs/verbs.json

PETRARCH2 format (see PETRreader.read_verb_dictionary):
  &NAME / +phrase          synsets (label ending in '_' : no plurals)
  --- NAME [code] ---      a verb block; its code is the default for the block's verbs
  VERB {forms} [code]      a member verb, irregular forms in {...}, own code optional
  +ASK_FOR, RE_+ARREST     multi-word verbs: '+' marks the word the parser calls the verb
  - PRE * POST [code]      a pattern: words before/after the verb; (PREP words) is a
                           prepositional phrase, {A B} a noun phrase (last word = head),
                           &SYN a synset, A/B alternatives, '+' target, '$' source,
                           '^' and '%' skip / compound markers (ignored here)
  [a:b]                    a = code for source->target; ':b' alone = code with the roles
                           swapped (the verb's subject is the target)

Output layout (lower-case words; a "term" is a list of slots that must all be filled,
a slot a list of alternatives, an alternative a list of words that must all occur):
  verbs   lemma -> {"block", "code"}                      single-word verbs
  phrasal lemma -> [{"before", "after", "block", "code"}] multi-word verbs
  forms   inflected form -> lemma                          irregular forms (parser fallback)
  blocks  name -> {"code", "patterns": [{"code", "swap", "subj", "obj", "preps",
                                          "target", "source", "line"}]}
  nouns   event noun -> code   (nouns that carry the event after light verbs such as
                                stage/launch/continue, and gerunds of coded verbs)

usage: python3 scripts/build_verb_patterns.py [--dict PATH] [--codes PATH] [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DICT = ROOT.parent / "shared" / "data" / "petrarch2" / "dictionaries" / "CAMEO.2.0.txt"
DEFAULT_CODES = ROOT / "src" / "sitroom" / "data" / "cameo" / "codes.json"
DEFAULT_OUT = ROOT / "src" / "sitroom" / "data" / "verbs" / "verbs.json"

Term = list[list[list[str]]]  # slots; a slot lists alternatives; an alternative lists words


class Converter:
    def __init__(self, codes: dict[str, dict]) -> None:
        self.codes = codes
        self.synsets: dict[str, list[list[str]]] = {}
        self.verbs: dict[str, dict] = {}
        self.phrasal: dict[str, list[dict]] = defaultdict(list)
        self.forms: dict[str, str] = {}
        self.blocks: dict[str, dict] = {}
        self.skipped: Counter[str] = Counter()

    # ------------------------------------------------------------ codes
    def normalise_code(self, raw: str) -> tuple[str | None, bool]:
        """'042:043' -> ('042', False); ':173' -> ('173', True); '---' -> (None, False)."""
        raw = raw.strip().rstrip("!")
        first, _, second = raw.partition(":")
        swap = False
        code = first.strip()
        if not code and second.strip():
            code, swap = second.strip(), True
        if not code or code.startswith("-"):
            return None, False
        return self.valid_code(code), swap

    def valid_code(self, code: str) -> str | None:
        """Codes missing from the codebook fall back to their longest listed prefix."""
        for n in range(len(code), 1, -1):
            if code[:n] in self.codes:
                c = code[:n]
                return c + "0" if len(c) == 2 else c
        return None

    # ------------------------------------------------------------ synsets
    def add_synonym(self, label: str, phrase: str) -> None:
        words = phrase.replace("_", " ").lower().split()
        if words:
            self.synsets.setdefault(label, []).append(words)

    # ------------------------------------------------------------ verbs
    def add_verb_line(self, block: str, block_code: str | None, line: str) -> None:
        own_code = None
        m = re.search(r"\[([^\]]*)\]", line)
        if m:
            own_code, _ = self.normalise_code(m.group(1))
            if own_code is None and m.group(1).strip().startswith("-"):
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
        if "_" in head:
            self.add_phrasal(block, code, head)
            return
        lemma = head.lower()
        self.verbs.setdefault(lemma, {"block": block, "code": code})
        for f in forms:
            if "_" not in f:
                self.forms.setdefault(f.lower(), lemma)

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
            if piece.startswith("&"):
                syn = self.synsets.get(piece)
                if syn is None:
                    return None  # PETRARCH ignores patterns with undefined synsets
                alts.extend(syn)
            else:
                alts.append([w for w in piece.replace("_", " ").lower().split() if w])
        alts = [a for a in alts if a]
        return [alts] if alts else None

    def parse_segment(self, tokens: list[str]) -> tuple[list[Term], list[dict], dict] | None:
        """Nouns and prepositional phrases of one side of the '*'."""
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
            elif tok not in ("^", "%"):
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

    def add_pattern(self, block: str, line: str) -> None:
        body = line[1:].split("#", 1)[0]
        m = re.search(r"\[([^\]]*)\]", body)
        if not m or "*" not in body:
            self.skipped["no code or verb slot"] += 1
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
        if not (subj or subj_preps or obj or preps):
            self.skipped["empty"] += 1
            return
        roles = {**roles_pre, **roles}
        self.blocks[block]["patterns"].append({
            "code": code, "swap": swap, "subj": subj, "obj": obj, "preps": preps + subj_preps,
            "target": roles.get("target"), "source": roles.get("source"),
            "line": " ".join(line.split("#", 1)[0].split()),
        })

    # ------------------------------------------------------------ driver
    def read(self, path: Path) -> None:
        section = "header"
        label = None
        block = None
        for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if raw.startswith("####### SYNONYM SETS"):
                section = "synsets"
                continue
            if raw.startswith("####### VERB PATTERNS"):
                section = "verbs"
                continue
            if raw.startswith("######## TRANSFORMATIONS"):
                break
            line = raw.split(" #", 1)[0].rstrip() if not raw.startswith("#") else ""
            if not line.strip() or line.startswith("<!"):
                continue
            if section == "synsets":
                if line.startswith("&"):
                    label = line.split()[0]
                elif line.startswith("+") and label:
                    self.add_synonym(label, line[1:].strip())
            elif section == "verbs":
                if line.startswith("---"):
                    m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
                    if not m:
                        continue
                    block = m.group(1)
                    code, _ = self.normalise_code(m.group(2))
                    self.blocks.setdefault(block, {"code": code, "patterns": []})
                elif line.lstrip().startswith("-") and block:
                    self.add_pattern(block, line.strip())
                elif block:
                    self.add_verb_line(block, self.blocks[block]["code"], line.strip())

    # ------------------------------------------------------------ event nouns
    def event_nouns(self) -> dict[str, str]:
        """Nouns that carry the event by themselves: single-noun objects of code-less
        ('---') verb blocks (stage an attack, continue the offensive, launch raids), kept
        when they code to material action (roots 14-20) or talks/visits (04); plus the
        -ing forms of coded material-action verbs (bombing, shelling, killing)."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        event_words = {alt[0] for label in EVENT_SYNSETS for alt in self.synsets.get(label, []) if len(alt) == 1}
        for name, block in self.blocks.items():
            if name not in LIGHT_VERB_BLOCKS:
                continue
            for p in block["patterns"]:
                obj = p["obj"]
                if not p["code"] or p["subj"] or p["preps"] or len(obj) != 1 or len(obj[0]) != 1:
                    continue
                slot = obj[0][0]
                for alt in slot:
                    # a plain word, or a member of a synset of event nouns (&INVESTIGATION ...)
                    if len(alt) == 1 and (len(slot) == 1 or alt[0] in event_words):
                        votes[singular(alt[0])][p["code"]] += 1
        nouns: dict[str, str] = {}
        for noun, counter in votes.items():
            code, _ = counter.most_common(1)[0]
            if code[:2] in MATERIAL_ROOTS or code[:2] in ("04", "08", "09", "16"):
                nouns[noun] = code
        pattern_nouns = self.pattern_object_words()
        for lemma, entry in self.verbs.items():
            code = entry["code"]
            if code and code[:2] in MATERIAL_ROOTS and code[:2] != "15":
                nouns.setdefault(gerund(lemma), code)
                # zero-derived nouns name the same event (an attack, a raid, a blockade) when
                # the dictionary itself uses the word as an event object somewhere
                if lemma in pattern_nouns:
                    nouns.setdefault(lemma, code)
        nouns.update(CODEBOOK_NOUNS)
        return {k: v for k, v in sorted(nouns.items()) if k not in NOT_EVENT_NOUNS}

    def pattern_object_words(self) -> set[str]:
        words: set[str] = set()
        for block in self.blocks.values():
            for p in block["patterns"]:
                for term in p["obj"]:
                    for slot in term:
                        if len(slot) == 1:  # plain words, not synset members
                            words.update(singular(w) for w in slot[0])
        return words

    def output(self) -> dict:
        return {
            "source": "PETRARCH2 CAMEO.2.0.txt verb dictionary (MIT, Open Event Data Alliance)",
            "verbs": dict(sorted(self.verbs.items())),
            "phrasal": dict(sorted(self.phrasal.items())),
            "forms": dict(sorted(self.forms.items())),
            "blocks": dict(sorted(self.blocks.items())),
            "nouns": self.event_nouns(),
        }


MATERIAL_ROOTS = {"14", "15", "17", "18", "19", "20"}
# synsets whose members are events (not weapons, places or people)
EVENT_SYNSETS = ("&CEASEFIRE", "&NEGOTIATION", "&MEDIATION", "&INVESTIGATION", "&FIGHT")
# code-less blocks of "light" verbs whose object noun names the event:
# launch/begin/start, stage, mount, wage, continue, resume, unleash, carry out
LIGHT_VERB_BLOCKS = {"START", "ARRANGE", "MOUNT", "WAGE", "CONTINUE", "RESTART", "UNLEASH",
                     "PERPETUATE", "UTILIZE", "IMPOSE"}

# words the rules above pick up whose usual noun sense is not an event ("security force",
# "under control", "a stone", "a bill") or which are not nouns at all
NOT_EVENT_NOUNS = {"force", "control", "best", "bill", "pressure", "target", "tear", "stone",
                   "pound", "blow", "bar", "sentence", "damage", "into", "across", "ablaze",
                   "afire", "armor", "guideline", "fine", "tax", "session", "workshop",
                   "border", "bridge", "diplomat", "free", "import", "bid"}

# nouns the CAMEO codebook's category names use for their events
CODEBOOK_NOUNS: dict[str, str] = {
    "ceasefire": "0871", "cease-fire": "0871", "truce": "0871", "armistice": "0871",  # 0871 Declare truce, ceasefire
    "blockade": "191",                      # 191 Impose blockade
    "curfew": "1723",                       # 1723 Impose curfew
    "embargo": "163", "sanction": "163",    # 163 Impose embargo, boycott, or sanctions
    "boycott": "143", "strike": "143",      # 143 Conduct strike or boycott
    "riot": "145",                          # 145 Protest violently, riot
    "demonstration": "141", "rally": "141", "protest": "141", "march": "141",  # 141 Demonstrate or rally
    "ultimatum": "139",                     # 139 Give ultimatum
    "mediation": "045", "negotiation": "046", "talk": "046",  # 045 Mediate, 046 Negotiate
    "airstrike": "195", "air-strike": "195", "bombardment": "195",  # 195 Employ aerial weapons
    "shelling": "194",                      # 194 Fight with artillery and tanks
    "assassination": "186", "kidnapping": "181", "abduction": "181",  # 186, 181
    "massacre": "202",                      # 202 Engage in mass killings
    "investigation": "090", "inquiry": "090", "probe": "090",  # 09 Investigate
    "lawsuit": "115",                       # 115 Bring lawsuit against
    "visit": "042",                         # 042 Make a visit
}

# The dictionary lost a few verbs the CAMEO codebook names for its categories (URGE survives
# only in comments of the DEMAND block) and files NEGOTIATE/MEDIATE under a generic "yield"
# block. These entries restore the codebook's own verbs: (block whose patterns apply, code);
# block "" = the verb's own code with no patterns (its dictionary block was written for
# verbs of another sense).
CODEBOOK_VERBS: dict[str, tuple[str, str]] = {
    "urge": ("DEMAND", "020"),       # 02 Appeal: "urge", "call on"
    "implore": ("DEMAND", "020"),
    "beseech": ("DEMAND", "020"),
    "negotiate": ("COMPROMISE", "046"),  # 046 Engage in negotiation
    "mediate": ("COMPROMISE", "045"),    # 045 Mediate
    "sanction": ("", "163"),       # 163 Impose embargo, boycott, or sanctions
    "boycott": ("", "143"),        # 143 Conduct strike or boycott
    "shell": ("", "194"),         # 194 Fight with artillery and tanks
    "airstrike": ("", "195"),
    "obstruct": ("", "144"),      # 144 Obstruct passage, block
    "block": ("", "144"),
    "barricade": ("", "144"),
    "donate": ("", "070"),          # 07 Provide aid
    "deliver": ("", "070"),
    "demobilize": ("", "0873"),   # 0873 Demobilize armed forces
    "demobilise": ("", "0873"),
    "disarm": ("", "0873"),
    "surrender": ("", "0874"),    # 0874 Retreat or surrender militarily
    "sue": ("", "115"),               # 115 Bring lawsuit against
    "convict": ("", "116"),           # 116 Find guilty or liable (legally)
}


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.search(r"[^aeiou][aeiou][bdgmnpt]$", verb) and len(verb) <= 5:
        return verb + verb[-1] + "ing"  # short stressed CVC verbs double: hit -> hitting
    return verb + "ing"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dict", type=Path, default=DEFAULT_DICT)
    ap.add_argument("--codes", type=Path, default=DEFAULT_CODES)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args()
    conv = Converter(json.loads(a.codes.read_text(encoding="utf-8")))
    conv.read(a.dict)
    for verb, (block, code) in CODEBOOK_VERBS.items():
        conv.verbs[verb] = {"block": block, "code": code}
        if block == "":
            conv.phrasal.pop(verb, None)
    out = conv.output()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    n_pat = sum(len(b["patterns"]) for b in out["blocks"].values())
    print(f"verbs {len(out['verbs'])}, phrasal {sum(map(len, out['phrasal'].values()))}, "
          f"blocks {len(out['blocks'])}, patterns {n_pat}, nouns {len(out['nouns'])}, "
          f"skipped {dict(conv.skipped)}")


if __name__ == "__main__":
    main()

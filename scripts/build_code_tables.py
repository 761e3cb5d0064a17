#!/usr/bin/env python3
"""Build the code tables the event coder ships with.

Inputs (shared, read only at build time):
  cameo-codes.csv        CAMEO codebook (MIT, andybega/icews); its punctuation was
                         UTF-8 read as Mac Roman and saved as cp1252, repaired here.
  CAMEO2PLOVER-2021.txt  official CAMEO -> PLOVER type/mode/context table (CC BY-SA 4.0).

Outputs (committed under src/sitroom/data/):
  cameo/codes.json         code -> {name, goldstein, root, quad_class, description, usage_notes}
  plover/cameo2plover.json code -> {type, mode, context}
  acled/cameo2acled.json   code -> {event_type, sub_event_type} | null, reasoned from the
                           ACLED codebook (see ACLED_RULES below); lookups use the longest prefix.

usage: python3 scripts/build_code_tables.py [--shared DIR] [--out DIR]
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "sitroom" / "data"

# ---------------------------------------------------------------- CAMEO codebook


def repair_mojibake(raw: bytes) -> str:
    """Undo UTF-8 -> Mac Roman -> cp1252 double encoding run by run (ASCII stays as is)."""
    # one damaged name: a decomposed C-cedilla whose second byte was lost ("C\xac? ankaya")
    raw = re.sub(rb"C\xac\? ?", "Ç".encode("cp1252"), raw)

    def fix(match: re.Match[bytes]) -> bytes:
        run = match.group(0)
        try:
            return run.decode("cp1252").encode("mac_roman").decode("utf-8").encode("utf-8")
        except (UnicodeDecodeError, UnicodeEncodeError):
            return run.decode("cp1252", errors="replace").encode("utf-8")

    return re.sub(rb"[\x80-\xff]+", fix, raw).decode("utf-8")


def quad_class(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def clean_field(value: str | None) -> str:
    value = (value or "").strip()
    return "" if value == "NA" else " ".join(value.split())


def build_cameo(csv_path: Path) -> dict[str, dict]:
    text = repair_mojibake(csv_path.read_bytes())
    codes: dict[str, dict] = {}
    for row in csv.DictReader(io.StringIO(text)):
        code = row["code"].strip()
        root = code[:2]
        codes[code] = {
            "name": clean_field(row["name"]),
            "goldstein": float(row["goldstein"]),
            "root": root,
            "quad_class": quad_class(root),
            "description": clean_field(row["description"]),
            "usage_notes": clean_field(row["usage_notes"]),
        }
    return codes


# ---------------------------------------------------------------- CAMEO -> PLOVER


def build_plover(table_path: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for line in table_path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        code, rest = m.groups()
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        context = [c.strip() for c in parts[2].split(";") if c.strip()] if len(parts) > 2 else []
        # the table lists 175 twice with the same values; first one wins
        out.setdefault(code, {"type": ptype, "mode": mode, "context": context})
    return out


# ---------------------------------------------------------------- CAMEO -> ACLED
# ACLED codebook (2023): six event types, 25 sub-event types. Only material events are in
# ACLED's scope; statements, appeals, consultations and most verbal conflict are outside
# (null). The weapon-specific sub-types of "Explosions/Remote violence" are refined from the
# sentence's weapon words at coding time (sitroom.events.acled).
BATTLE = ("Battles", "Armed clash")
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
CHEM = ("Explosions/Remote violence", "Chemical weapon")
VAC_ATTACK = ("Violence against civilians", "Attack")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")
SEXUAL = ("Violence against civilians", "Sexual violence")
PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
EXCESSIVE = ("Protests", "Excessive force against protesters")
AGREEMENT = ("Strategic developments", "Agreement")
ARRESTS = ("Strategic developments", "Arrests")
CHANGE = ("Strategic developments", "Change to group/activity")
LOOTING = ("Strategic developments", "Looting/property destruction")
OTHER = ("Strategic developments", "Other")

ACLED_RULES: dict[str, tuple[str, str] | None] = {
    # 01-05, 09-13: verbal events are outside ACLED's scope ...
    "01": None, "02": None, "03": None, "04": None, "05": None,
    "09": None, "10": None, "11": None, "12": None, "13": None,
    # ... except formal agreements, which ACLED records as strategic developments
    "057": AGREEMENT,
    # 06/07 material cooperation and aid: not political violence or demonstrations
    "06": None, "07": None,
    # 08 yield: ceasefires, releases, demobilisation and withdrawals are strategic developments
    "08": None,
    "0841": AGREEMENT,  # release of prisoners/hostages (usually negotiated exchanges)
    "086": None,
    "0861": AGREEMENT,  # receiving peacekeepers under an accord
    "087": CHANGE,  # de-escalation changes a group's activity
    "0871": AGREEMENT,  # truce / ceasefire
    "0872": CHANGE,  # easing a blockade
    "0873": CHANGE,  # demobilisation
    "0874": CHANGE,  # retreat / surrender: a change in the group's activity
    # 14 protest
    "14": PEACEFUL, "145": VIOLENT_DEMO,
    # 15 force posture: deployments and alerts (bases established and weapons defused or
    # seized are refined at coding time: "Headquarters or base established", "Disrupted
    # weapons use")
    "15": CHANGE,
    # 16 reduce relations: diplomatic, outside scope
    "16": None,
    # 17 coerce
    "17": OTHER,
    "171": LOOTING, "1711": LOOTING, "1712": LOOTING,  # seizure of weapons: "Disrupted weapons use"
    "172": OTHER,
    "173": ARRESTS,
    "174": OTHER,
    "175": EXCESSIVE,  # repression of demonstrators (refined by protest context)
    # 18 unconventional violence
    "18": VAC_ATTACK,
    "181": ABDUCT,
    "1821": SEXUAL,
    "183": IED, "1831": SUICIDE, "1832": IED, "1833": IED,
    "184": VAC_ATTACK,
    # 19 conventional military force
    "19": BATTLE,
    "191": OTHER,  # blockade
    # ACLED files territorial change by force under Battles ("Government regains territory",
    # "Non-state actor overtakes territory"); which one is decided by the source's role at
    # coding time, and a take-over without fighting is "Non-violent transfer of territory"
    "192": ("Battles", "Non-state actor overtakes territory"),
    "194": SHELL, "195": AIR,
    # 20 mass violence
    "20": VAC_ATTACK,
    "201": ("Violence against civilians", "Attack"),
    "204": CHEM, "2041": CHEM, "2042": SHELL,
}


def longest_prefix(code: str, table: dict) -> str | None:
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return code[:n]
    return None


def build_acled(codes: dict[str, dict]) -> dict[str, dict | None]:
    out: dict[str, dict | None] = {}
    for code in codes:
        key = longest_prefix(code, ACLED_RULES)
        pair = ACLED_RULES.get(key) if key else None
        out[code] = None if pair is None else {"event_type": pair[0], "sub_event_type": pair[1]}
    return out


def add_appeals(plover: dict[str, dict], codes: dict[str, dict]) -> dict[str, dict]:
    """PLOVER folds CAMEO 02 (appeal) and 10 (demand) into REQUEST, but the 2021 table lists
    only 10x. CAMEO numbers the two families in parallel (021<->101, 0233<->1033, ...), so
    each 02x code takes the entry of its 10x twin. 01x statements have no PLOVER type."""
    out = dict(plover)
    for code in codes:
        if code.startswith("02"):
            twin = "10" + code[2:] if len(code) > 2 else "10"
            key = longest_prefix(twin, plover)
            if key:
                out.setdefault(code, dict(plover[key]))
    return out


# Where the PLOVER 2021 type definitions (PLOVER manual, openeventdata/PLOVER,
# PLOVER_MANUAL.tex, draft of 2021 and later) contradict the CAMEO2PLOVER-2021 table, the
# definitions win. Every deviation, with the manual's words it rests on:
PLOVER_DEVIATIONS: dict[str, dict] = {
    # 163 Impose embargo, boycott, or sanctions: the table says COERCE 'restrict', but SANCTION
    # covers "all reductions in existing, routine, or cooperative relations" and its mode
    # table says "International (political or economic) sanctions are coded as 'discontinue'".
    "163": {"type": "SANCTION", "mode": "discontinue", "context": ["economic"]},
    # 0813 Ease curfew / 0814 Ease state of emergency or martial law: the table says RETREAT,
    # but CONCEDE "covers verbal concessions ... including ... removing curfews" and adds that
    # "the lifting of a curfew is, effectively, a promise"; RETREAT is for acts with
    # "immediate (not simply promised) material consequences". CONCEDE has no modes.
    "0813": {"type": "CONCEDE", "mode": "", "context": ["legal"]},
    "0814": {"type": "CONCEDE", "mode": "", "context": ["legal"]},
    # (Not changed: 035x Express intent to yield stays AGREE as in the table. The manual says
    # "Announcements of future retreats should be coded as CONCEDE", but AGREE's own
    # definition, "Agree to, offer, promise, or otherwise indicate willingness or commitment
    # to cooperate", covers the codebook's 035x, which are agreements and promises to yield.)
    # 0871 Declare truce, ceasefire: the table says RETREAT 'ceasefire' ("Implement ceasefire"),
    # but CONCEDE covers "declarations (but not implementations) of ceasefires" while RETREAT
    # is "observing a ceasefire" with "immediate (not simply promised) material consequences".
    "0871": {"type": "CONCEDE", "mode": "", "context": ["military"]},
    # 0831 Accede to demands for change in leadership ("yield by relinquishing political
    # power"): the table says CONCEDE, but "RETREAT also covers resignations of government
    # officials" (RETREAT mode 'resign': "Official resignation").
    "0831": {"type": "RETREAT", "mode": "resign", "context": ["political_institutions"]},
    # 0874 Retreat or surrender militarily: the table's mode is 'disarm'; RETREAT's mode
    # 'withdraw' is "Retreat from territory or withdraw forces from an area".
    "0874": {"type": "RETREAT", "mode": "withdraw", "context": ["military"]},
    # 192 Occupy territory ("occupy, seize control of a territory using armed forces"): the
    # table says COERCE 'seize', but COERCE is "coercive uses of power falling short of
    # violence" and its 'seize' mode is "Execute search, confiscate property, raid"; taking
    # territory with armed forces is ASSAULT, "deliberate actions which can potentially
    # result in substantial physical harm".
    "192": {"type": "ASSAULT", "mode": "", "context": ["military"]},
    # 181 Abduct, hijack, take hostage: kept as ASSAULT 'abduct' (table and definitions agree;
    # COERCE's notes: "Combatants captured during conflict should be coded as ASSAULT
    # 'abduct' rather than COERCE 'arrest'").
}


def fill_plover_prefixes(plover: dict[str, dict], codes: dict[str, dict]) -> dict[str, dict]:
    """Every codebook code gets a PLOVER entry, falling back to its longest listed prefix;
    then the PLOVER_DEVIATIONS (and the codes under them) are applied."""
    out = add_appeals(plover, codes)
    for code in codes:
        if code not in out:
            key = longest_prefix(code, plover)
            if key:
                out[code] = dict(plover[key])
    for code in codes:
        key = longest_prefix(code, PLOVER_DEVIATIONS)
        if key and (code == key or code not in plover):
            out[code] = dict(PLOVER_DEVIATIONS[key])
    return dict(sorted(out.items()))


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args()
    codes = build_cameo(a.shared / "cameo" / "cameo-codes.csv")
    plover = fill_plover_prefixes(build_plover(a.shared / "plover" / "CAMEO2PLOVER-2021.txt"), codes)
    acled = build_acled(codes)
    write_json(a.out / "cameo" / "codes.json", codes)
    write_json(a.out / "plover" / "cameo2plover.json", plover)
    write_json(a.out / "acled" / "cameo2acled.json", acled)
    print(f"cameo codes {len(codes)}, plover entries {len(plover)}, "
          f"acled in scope {sum(v is not None for v in acled.values())}")


if __name__ == "__main__":
    main()

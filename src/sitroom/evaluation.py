"""Scoring predicted events against a gold file (EVENTS.md "Gold files" and "Scoring").

The headline figures follow the shared reference scorer exactly (same greedy matching: full
triples first, then root only), so `sitroom eval` and `score_events.py` agree on the same files.
On top of them: per-root precision/recall/F1, full-code accuracy, a root confusion table, and
source-actor country+role agreement.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROLE_CLASSES = {
    "STATE": {"GOV", "LEG", "JUD", "ELI"},
    "SECURITY": {"MIL", "COP", "SPY"},
    "ARMED": {"REB", "INS", "UAF", "SEP", "RAD", "CRM"},
    "CIVIL": {"OPP", "PTY", "CVL", "MED", "BUS", "NGO", "EDU", "LAB", "REF", "HLH", "REL", "MOD",
              "AGR", "DEV", "HRI", "ENV"},
}
IGO_ALIASES = {"EU": ("EU", "EEC"), "UN": ("UN",), "UNO": ("UN",)}
COUNTRY_RADIUS_KM, PLACE_RADIUS_KM = 400.0, 30.0
NONE = "--"  # confusion-table label for "no event"


class GoldFileError(ValueError):
    """A gold or prediction line that is not a JSON object; names file and line."""


def load_jsonl(path: str | Path) -> dict[str, dict]:
    records: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFileError(f"{path}:{number}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise GoldFileError(f"{path}:{number}: not a JSON object")
            records[str(record.get("id"))] = record
    return records


def _actor_parts(actor: Any) -> tuple[str, set[str], str]:
    """(country, roles, lower-case name+text) of a predicted actor record or bare code."""
    if not actor:
        return "", set(), ""
    if isinstance(actor, str):
        actor = {"code": actor}
    code = (actor.get("code") or "").upper()
    country = (actor.get("country") or code[:3] or "").upper()
    roles = {r.upper() for r in actor.get("roles") or []}
    roles |= {code[i:i + 3] for i in range(3, len(code) - 2, 3)}
    name = " ".join(str(actor.get(k) or "") for k in ("name", "text")).lower()
    return country, roles, name


def _igo_matches(spec: str, actor: Any) -> bool:
    keys = IGO_ALIASES.get(spec[4:], (spec[4:],))
    code = ((actor.get("code") if isinstance(actor, dict) else actor) or "").upper()
    name = _actor_parts(actor)[2]
    return bool(actor) and (code.startswith("IGO") and any(k in code[3:] for k in keys)
                            or any(k.lower() in name for k in keys))


def spec_reachable(spec: str, countries: set[str] | frozenset[str]) -> bool:
    """Could any CAMEO actor code satisfy this gold spec? Old gold uses specs no code can meet:
    a bare "IGO:IGO", retired country codes (ITL, JAP), "***" or lower-case ethnic suffixes
    glued to a role ("CVLkur"), which the scorer compares against three-letter role blocks."""
    if spec.startswith("IGO:"):
        return spec[4:] != "IGO"
    country, _, roles = spec.partition("/")
    if country and country not in countries:
        return False
    return all(role in ROLE_CLASSES or re.fullmatch(r"[A-Z]{3}", role) for role in roles.split(",")) \
        if roles else True


def actor_matches(spec: str | None, actor: Any) -> bool:
    """Does a predicted actor satisfy a gold actor spec (`CCC`, `CCC/CLASS,…`, `IGO:X`, null)?"""
    if spec is None:
        return True
    if spec.startswith("IGO:"):
        return _igo_matches(spec, actor)
    country, roles, _ = _actor_parts(actor)
    want_country, _, want_roles = spec.partition("/")
    if want_country and want_country != country:
        return False
    if not want_roles:
        return True
    allowed: set[str] = set()
    for role in want_roles.split(","):
        allowed |= ROLE_CLASSES.get(role, {role})
    return bool(roles & allowed)


def alternatives(value: Any) -> set[str]:
    return set(str(value).split("|")) if value else set()


def pred_root(event: dict) -> str:
    root = event.get("root") or str(event.get("cameo") or "")[:2]
    return str(root).zfill(2) if root else ""


def pred_plover(event: dict) -> str:
    plover = event.get("plover")
    return ((plover.get("type") if isinstance(plover, dict) else plover) or "").upper()


def km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def location_ok(gold: dict, pred: Any) -> bool:
    if not pred or pred.get("lat") is None or pred.get("lon") is None:
        return False
    radius = COUNTRY_RADIUS_KM if gold.get("kind") == "country" else PLACE_RADIUS_KM
    same_name = str(pred.get("name", "")).lower() == gold["name"].lower()
    return same_name or km(gold, pred) <= radius


def triple_ok(gold: dict, pred: dict) -> bool:
    return (pred_root(pred) in alternatives(gold.get("root"))
            and actor_matches(gold.get("source"), pred.get("source"))
            and actor_matches(gold.get("target"), pred.get("target")))


def match(gold_events: list[dict], pred_events: list[dict]) -> list[tuple[dict, dict, bool]]:
    """Greedy one-to-one matching: full triples first, then root only."""
    free = list(range(len(pred_events)))
    pairs, left = [], []
    for g in gold_events:
        hit = next((i for i in free if triple_ok(g, pred_events[i])), None)
        if hit is None:
            left.append(g)
        else:
            free.remove(hit)
            pairs.append((g, pred_events[hit], True))
    for g in left:
        hit = next((i for i in free if pred_root(pred_events[i]) in alternatives(g.get("root"))), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((g, pred_events[hit], False))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


@dataclass
class Tally:
    """Running counts over records; `headline()` gives the reference scorer's figures."""
    records: int = 0
    n_gold: int = 0
    n_pred: int = 0
    root_tp: int = 0
    triple_tp: int = 0
    plover_gold: int = 0
    plover_tp: int = 0
    loc_n: int = 0
    loc_ok: int = 0
    date_n: int = 0
    date_ok: int = 0
    quiet_n: int = 0
    quiet_ok: int = 0
    code_n: int = 0
    code_ok: int = 0
    source_n: int = 0
    source_ok: int = 0
    countries: frozenset[str] = frozenset()  # set: also count the source specs a code can satisfy
    source_reachable_n: int = 0
    source_reachable_ok: int = 0
    plover_triple_tp: int = 0  # PLOVER type with source and target specs, one-to-one
    plover_pred: int = 0
    gold_roots: Counter = field(default_factory=Counter)
    pred_roots: Counter = field(default_factory=Counter)
    tp_roots: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold root, predicted root) per record

    def add(self, gold: dict, pred_events: list[dict]) -> None:
        self.records += 1
        gold_events = [e for e in gold.get("events", []) if e.get("root")]
        self.n_gold += len(gold_events)
        self.n_pred += len(pred_events)
        if not gold.get("events"):
            self.quiet_n += 1
            self.quiet_ok += not pred_events
        self._roots(gold_events, pred_events)
        for g, p, is_triple in match(gold_events, pred_events):
            self._matched(g, p, is_triple)
        self._plover(gold, pred_events)
        self._sources(gold, pred_events)

    def _roots(self, gold_events: list[dict], pred_events: list[dict]) -> None:
        gold_roots = [min(alternatives(e["root"])) for e in gold_events]
        pred_roots = [pred_root(e) for e in pred_events]
        self.gold_roots.update(gold_roots)
        self.pred_roots.update(pred_roots)
        for root in gold_roots:
            self.confusion[(root, pred_roots[0] if pred_roots else NONE)] += 1

    def _matched(self, g: dict, p: dict, is_triple: bool) -> None:
        self.root_tp += 1
        self.triple_tp += is_triple
        self.tp_roots[pred_root(p)] += 1
        if g.get("cameo"):
            self.code_n += 1
            self.code_ok += str(p.get("cameo")) in alternatives(g["cameo"])
        if g.get("location"):
            self.loc_n += 1
            self.loc_ok += location_ok(g["location"], p.get("location"))
        if g.get("date"):
            self.date_n += 1
            self.date_ok += p.get("date") == g["date"]

    def _plover(self, gold: dict, pred_events: list[dict]) -> None:
        wanted = [e for e in gold.get("events", []) if e.get("plover")]
        if not wanted:
            return
        self.plover_gold += len(wanted)
        self.plover_pred += len(pred_events)
        free = [pred_plover(p) for p in pred_events]
        for e in wanted:
            hit = next((t for t in free if t in alternatives(e["plover"])), None)
            if hit:
                free.remove(hit)
                self.plover_tp += 1
        self.plover_triple_tp += _plover_triples(wanted, pred_events)

    def _sources(self, gold: dict, pred_events: list[dict]) -> None:
        """Source-actor agreement: each gold source spec against any predicted source."""
        specs = [e.get("source") for e in gold.get("events", []) if e.get("source")]
        free = [p.get("source") for p in pred_events]
        for spec in specs:
            reachable = bool(self.countries) and spec_reachable(spec, self.countries)
            self.source_n += 1
            self.source_reachable_n += reachable
            hit = next((i for i, actor in enumerate(free) if actor and actor_matches(spec, actor)), None)
            if hit is not None:
                free.pop(hit)
                self.source_ok += 1
                self.source_reachable_ok += reachable

    def headline(self) -> dict[str, Any]:
        out: dict[str, Any] = {"records": self.records, "gold_events": self.n_gold,
                               "pred_events": self.n_pred,
                               "root": prf(self.root_tp, self.n_pred, self.n_gold),
                               "triple": prf(self.triple_tp, self.n_pred, self.n_gold)}
        if self.plover_gold:
            out["plover_recall"] = round(self.plover_tp / self.plover_gold, 3)
        if self.loc_n:
            out["location_accuracy"] = round(self.loc_ok / self.loc_n, 3)
        if self.date_n:
            out["date_accuracy"] = round(self.date_ok / self.date_n, 3)
        if self.quiet_n:
            out["no_event_records_left_empty"] = round(self.quiet_ok / self.quiet_n, 3)
        return out

    def extra(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.code_n:
            out["full_code_accuracy"] = round(self.code_ok / self.code_n, 3)
        if self.source_n:
            out["source_country_role_match"] = round(self.source_ok / self.source_n, 3)
        if self.source_reachable_n:
            out["source_specs_reachable"] = round(self.source_reachable_n / self.source_n, 3)
            out["source_match_where_reachable"] = round(self.source_reachable_ok / self.source_reachable_n, 3)
        if self.plover_gold:
            # the (source, type, target) analogue of the scorer's CAMEO triple, on PLOVER types
            out["plover_triple"] = prf(self.plover_triple_tp, self.plover_pred, self.plover_gold)
        return out

    def per_root(self) -> dict[str, dict[str, float]]:
        roots = sorted(set(self.gold_roots) | set(self.pred_roots))
        table = {}
        for root in roots:
            scores = prf(self.tp_roots[root], self.pred_roots[root], self.gold_roots[root])
            scores.update(gold=self.gold_roots[root], pred=self.pred_roots[root])
            table[root] = scores
        return table


def _plover_triples(wanted: list[dict], pred_events: list[dict]) -> int:
    """Gold events matched one-to-one by a predicted event of the same PLOVER type whose
    source and target meet the gold specs (a null spec is unchecked)."""
    free = list(pred_events)
    hits = 0
    for e in wanted:
        hit = next((p for p in free if pred_plover(p) in alternatives(e["plover"])
                    and actor_matches(e.get("source"), p.get("source"))
                    and actor_matches(e.get("target"), p.get("target"))), None)
        if hit is not None:
            free.remove(hit)
            hits += 1
    return hits


def score(gold: dict[str, dict], pred: dict[str, dict], countries: frozenset[str] = frozenset()) -> Tally:
    tally = Tally(countries=countries)
    for record_id, record in gold.items():
        tally.add(record, (pred.get(record_id) or {}).get("events") or [])
    return tally


def score_files(gold_path: str | Path, pred_path: str | Path) -> Tally:
    return score(load_jsonl(gold_path), load_jsonl(pred_path))

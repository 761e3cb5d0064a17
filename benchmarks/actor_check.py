#!/usr/bin/env python3
"""Quick check of the actor stage: load time, lookups/second, and source-actor accuracy.

Accuracy approximates the coder: the subject (nsubj/nsubjpass) noun phrase of each sentence's
root verb is resolved and compared with the gold ``source`` specs of
../shared/data/dev/plover_gsr.jsonl using the reference scorer's actor matching
(country + role class). Only records whose gold has a non-null source are counted.

    .venv/bin/python benchmarks/actor_check.py [--show-misses N]
    .venv/bin/python benchmarks/actor_check.py --pipeline [--show-misses N]

--pipeline codes the gold texts with the real pipeline (as `sitroom eval` does) and sorts every
missed gold source into: unmatchable (a spec no CAMEO code can meet: IGO:IGO, lower-case or
non-CAMEO chunks, non-ISO countries), no-events (the coder found none), shortage (a predicted
source matches but was used by another gold event: fewer events than gold), not-chosen (some
phrase of the sentence resolved to a matching actor, but the coder did not make it a source)
and actor (the actor stage's own misses).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "data" / "dev" / "plover_gsr.jsonl"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_events", SHARED / "tools" / "score_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def subject_span(sent):
    root = sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return sent.doc[child.left_edge.i:child.right_edge.i + 1]
    return None


ROLE_WORDS = {"GOV", "LEG", "JUD", "ELI", "MIL", "COP", "SPY", "REB", "INS", "UAF", "SEP", "RAD", "CRM", "OPP",
              "PTY", "CVL", "MED", "BUS", "NGO", "EDU", "LAB", "REF", "HLH", "REL", "MOD", "AGR", "DEV", "HRI",
              "ENV", "STATE", "SECURITY", "ARMED", "CIVIL"}


def matchable(spec: str, countries: set[str]) -> bool:
    """Can any actor code meet this gold spec under the reference scorer?"""
    if spec.startswith("IGO:"):
        return spec != "IGO:IGO"  # the scorer looks for "IGO" after the IGO prefix: never there
    country, _, roles = spec.partition("/")
    if country and country not in countries | {"NGO", "IMG"}:
        return False
    return not roles or all(r in ROLE_WORDS for r in roles.split(","))


def pipeline_check(scorer, show: int) -> None:
    from collections import Counter

    from sitroom.actors.resolver import DocumentActors
    from sitroom.cli import event_to_json
    from sitroom.ingest import read_coding_input
    from sitroom.pipeline import Pipeline

    calls: list[tuple[str, str | None]] = []
    original = DocumentActors.resolve

    def logged(self, span):
        actor = original(self, span)
        calls.append((span.text, actor.code if actor else None))
        return actor

    DocumentActors.resolve = logged
    pipeline = Pipeline()
    countries = set(pipeline.resolver.knowledge.country_names)
    gold = {r["id"]: r for r in (json.loads(x) for x in GOLD.open(encoding="utf-8") if x.strip())}
    kinds: Counter[str] = Counter()
    shown = 0
    for doc, events in pipeline.code(read_coding_input(GOLD)):
        record, seen = gold[doc.id], list(calls)
        calls.clear()
        if record["text"] != doc.text:
            continue  # a repeated id: the scorer keeps the last record of that id, so do we
        sources = [event_to_json(e).get("source") for e in events]
        free = list(sources)
        for spec in (e["source"] for e in record["events"] if e.get("source")):
            hit = next((i for i, a in enumerate(free) if a and scorer.actor_matches(spec, a)), None)
            if hit is not None:
                free.pop(hit)
                kinds["ok"] += 1
                continue
            if not matchable(spec, countries):
                kind = "unmatchable"
            elif not events:
                kind = "no-events"
            elif any(a and scorer.actor_matches(spec, a) for a in sources):
                kind = "shortage"
            elif any(code and scorer.actor_matches(spec, {"code": code}) for _, code in seen):
                kind = "not-chosen"
            else:
                kind = "actor"
            kinds[kind] += 1
            if kind in ("actor", "not-chosen") and shown < show:
                shown += 1
                print(f"  {kind:10} gold {spec:12} sources {[a and a.get('code') for a in sources]} resolved {seen}")
    total = sum(kinds.values())
    print(f"source_country_role_match: {kinds['ok'] / total:.3f} ({kinds['ok']}/{total})")
    print("misses: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common() if k != "ok"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--pipeline", action="store_true", help="score through the real pipeline")
    args = parser.parse_args()
    scorer = load_scorer()
    if args.pipeline:
        pipeline_check(scorer, args.show_misses)
        return

    started = time.perf_counter()
    from sitroom.actors import ActorResolver  # noqa: PLC0415 (timed import)
    from sitroom.actors.resolver import _KNOWLEDGE_CACHE

    resolver = ActorResolver()
    load_s = time.perf_counter() - started
    _KNOWLEDGE_CACHE.clear()
    started = time.perf_counter()
    ActorResolver()
    data_s = time.perf_counter() - started

    phrases = ["Iraqi security forces", "Nuri al-Maliki", "the United Nations", "U.S. troops",
               "Shiite militias", "the situation", "Hamas", "police spokesman", "Rapid Support Forces"]
    n = 20000
    started = time.perf_counter()
    for i in range(n):
        resolver.lookup(phrases[i % len(phrases)], date(2008, 3, 30))
    lookups_per_s = n / (time.perf_counter() - started)

    from sitroom.nlp import load_nlp  # noqa: PLC0415

    nlp = load_nlp()
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]
    rows = [r for r in rows if any(e.get("source") for e in r.get("events", []))]
    docs = list(nlp.pipe([r["text"] for r in rows], batch_size=64))
    for doc in docs:  # warm-up: one-time loads (the gazetteer behind place names) are not timed
        span = subject_span(next(iter(doc.sents)))
        if span is not None:
            resolver.document(None).resolve(span)
    hits = country_hits = resolved = spans_total = 0
    resolve_time = 0.0
    misses = []
    for row, doc in zip(rows, docs):
        story = date.fromisoformat(row["date"][:10]) if row.get("date") else None
        actors = resolver.document(story)
        sent = next(iter(doc.sents))
        span = subject_span(sent)
        actor = None
        if span is not None:
            spans_total += 1
            t0 = time.perf_counter()
            actor = actors.resolve(span)
            resolve_time += time.perf_counter() - t0
        resolved += actor is not None
        specs = [e["source"] for e in row["events"] if e.get("source")]
        pred = {"code": actor.code, "country": actor.country, "roles": actor.roles,
                "name": actor.name, "text": actor.text} if actor else None
        ok = any(scorer.actor_matches(s, pred) for s in specs)
        country_ok = any(scorer.actor_matches(s.split("/")[0], pred) for s in specs)
        hits += ok
        country_hits += country_ok
        if not ok:
            misses.append((specs, span.text if span is not None else None, pred and pred["code"]))
    total = len(rows)
    print(f"load (imports + data): {load_s:.2f} s; data alone: {data_s:.2f} s")
    print(f"lookups/second: {lookups_per_s:,.0f}; span resolutions/second: {spans_total / resolve_time:,.0f}")
    print(f"records with a gold source: {total}; subject resolved to an actor: {resolved}")
    print(f"source accuracy (country + role class): {hits / total:.3f}  ({hits}/{total})")
    print(f"source country accuracy: {country_hits / total:.3f}  ({country_hits}/{total})")
    for specs, text, code in misses[: args.show_misses]:
        print(f"  gold {specs} | subject {text!r} -> {code}")


if __name__ == "__main__":
    main()

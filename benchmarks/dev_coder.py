#!/usr/bin/env python3
"""Code the shared dev sets and score them with the shared scorer.

usage: .venv/bin/python benchmarks/dev_coder.py [--shared DIR] [--out DIR] [--no-actors]

For cameo_manual.jsonl and plover_gsr.jsonl: parse with sitroom.nlp.parse, code with
EventCoder, write predictions (EVENTS.md format) to OUT/pred_<name>.jsonl, run
../shared/tools/score_events.py, then print a per-root precision/recall table and the
coder's own cost per sentence (parse time excluded).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sitroom.events import EventCoder
from sitroom.nlp import parse
from sitroom.records import Document, event_to_json

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
SETS = ("cameo_manual", "plover_gsr")


def actor_layer(disabled: bool):
    """The real actor resolver when sitroom.actors is available, else no actors."""
    if disabled:
        return None, lambda doc: None
    try:
        from sitroom.actors import ActorResolver  # type: ignore[attr-defined]
    except ImportError:
        print("(sitroom.actors not importable: coding without actors)", file=sys.stderr)
        return None, lambda doc: None
    resolver = ActorResolver()
    return resolver, lambda doc: resolver.document(doc.date)


def code_set(path: Path, out: Path, no_actors: bool) -> tuple[list[dict], list[dict], float, int]:
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(id=g["id"], text=g["text"]) for g in gold]
    resolver, per_doc = actor_layer(no_actors)
    coder = EventCoder(resolver)
    preds: list[dict] = []
    sdocs = list(parse([d.text for d in docs]))
    for doc, sdoc in zip(docs, sdocs):
        events = coder.code(doc, sdoc, per_doc(doc))
        preds.append({"id": doc.id, "events": [event_to_json(e) for e in events]})
    # the coder's own cost: extra passes without actor resolution (another stage's work);
    # the best of three, as other processes share the CPU
    n_sent = sum(1 for sdoc in sdocs for _ in sdoc.sents)
    spent = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for doc, sdoc in zip(docs, sdocs):
            coder.code(doc, sdoc, None)
        spent = min(spent, time.perf_counter() - t0)
    with out.open("w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p) + "\n")
    return gold, preds, spent, n_sent


def per_root_table(gold: list[dict], preds: list[dict]) -> str:
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, preds):
        groots = [str(e["root"]) for e in g["events"] if e.get("root")]
        proots = [e["root"] for e in p["events"]]
        free = list(proots)
        for r in groots:
            n_gold[r] += 1
            alt = set(r.split("|"))
            hit = next((x for x in free if x in alt), None)
            if hit is not None:
                free.remove(hit)
                tp[hit] += 1
        for r in proots:
            n_pred[r] += 1
    lines = ["root  gold  pred    P      R"]
    for r in sorted(set(n_gold) | set(n_pred)):
        p = tp[r] / n_pred[r] if n_pred[r] else 0.0
        rec = tp[r] / n_gold[r] if n_gold[r] else 0.0
        lines.append(f"{r:>4}  {n_gold[r]:>4}  {n_pred[r]:>4}  {p:5.2f}  {rec:5.2f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=Path("/tmp"))
    ap.add_argument("--no-actors", action="store_true")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    for name in a.sets:
        gold_path = a.shared / "data" / "dev" / f"{name}.jsonl"
        pred_path = a.out / f"pred_{name}.jsonl"
        gold, preds, spent, n_sent = code_set(gold_path, pred_path, a.no_actors)
        print(f"== {name}: {len(gold)} records, {n_sent} sentences -> {pred_path}")
        subprocess.run([sys.executable, str(a.shared / "tools" / "score_events.py"), str(gold_path),
                        str(pred_path)], check=True)
        if any(e.get("root") for g in gold for e in g["events"]):
            print(per_root_table(gold, preds))
        print(f"coder cost: {1000 * spent / max(n_sent, 1):.3f} ms/sentence "
              "(parse and actor resolution excluded)\n")


if __name__ == "__main__":
    main()

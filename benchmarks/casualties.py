"""Casualty extraction accuracy on sentences written for the purpose (benchmarks/data/casualties.jsonl).

Each line gives a sentence and the killed / injured / arrested figures an ACLED coder would record
(vague quantities by ACLED's conventions: "dozens" 12, "hundreds" 100; conflicting figures: the lower,
as ACLED codes the most conservative estimate; null = no figure). Every
sentence is run through the full pipeline; a field's prediction is the largest figure among the
sentence's events. Prints field-level precision / recall / F1 and the misses.
"""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from sitroom.pipeline import Pipeline
from sitroom.records import Document

FIELDS = ("fatalities", "injured", "arrested")
DATA = Path(__file__).parent / "data" / "casualties.jsonl"


def predicted(events) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for field in FIELDS:
        values = [getattr(e, field) for e in events if getattr(e, field) is not None]
        out[field] = max(values) if values else None
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = [Document(id=f"c{i}", text=row["text"], date=date(2008, 3, 30)) for i, row in enumerate(rows)]
    tp = n_pred = n_gold = 0
    misses = []
    for row, (_, events) in zip(rows, Pipeline().code(docs)):
        got = predicted(events)
        for field in FIELDS:
            gold, pred = row.get(field), got[field]
            n_gold += gold is not None
            n_pred += pred is not None
            hit = gold is not None and pred == gold
            tp += hit
            if (gold is not None or pred is not None) and not hit:
                misses.append((row["text"], field, gold, pred))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences {len(rows)}  gold figures {n_gold}  predicted {n_pred}  correct {tp}")
    print(f"precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    if args.verbose:
        for text, field, gold, pred in misses:
            print(f"  {field:10} gold={gold} pred={pred}  {text}")


if __name__ == "__main__":
    main()

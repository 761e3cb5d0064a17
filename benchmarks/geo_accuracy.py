"""Toponym resolution accuracy over benchmarks/data/toponyms.jsonl, and stage timings.

Each line: a short text, the toponym as written, and the place meant (GeoNames id, lat/lon,
ISO country; written by hand for this benchmark, ambiguity included: Basra, Georgia, Tripoli,
Paris, Kiev/Kyiv, Izyum, al-Kut, Sadr City...). Lines with "split": "dev" were written while the
geocoder was tuned; "heldout" lines were written afterwards and not tuned on. Prints, per split,
exact-entry accuracy, accuracy within 30 km, and correct-country accuracy; then the per-sentence
cost of geo + time + counts (one warm-up pass first, so dateparser's import is not counted).

Run:  .venv/bin/python benchmarks/geo_accuracy.py [--verbose]
"""
from __future__ import annotations

import argparse
import json
import math
import time
from datetime import date
from pathlib import Path

from sitroom.counts import extract_counts
from sitroom.geo import Geocoder
from sitroom.geo.normalize import exact_key
from sitroom.nlp import load_nlp
from sitroom.time import resolve_event_date

DATA = Path(__file__).parent / "data" / "toponyms.jsonl"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = load_nlp()
    t0 = time.perf_counter()
    geocoder = Geocoder()
    load_s = time.perf_counter() - t0
    docs = list(nlp.pipe([r["text"] for r in rows]))

    scores: dict[str, list[int]] = {}
    for row, doc in zip(rows, docs):
        places = geocoder.document(doc)
        places.main_place  # resolve
        want = exact_key(row["mention"])
        mention = next((m for m in places.mentions if exact_key(m.text) == want or want in exact_key(m.text)), None)
        entry = mention.entry if mention else None
        tally = scores.setdefault(row.get("split", "dev"), [0, 0, 0, 0, 0])  # n, found, exact, 30 km, country
        tally[0] += 1
        if entry is None:
            if args.verbose:
                print(f"NOT FOUND  {row['mention']!r} in {row['text']!r}")
            continue
        same = (entry.geonames_id == row["geonames_id"]) if row["geonames_id"] else entry.name == row["name"]
        dist = km(entry.lat, entry.lon, row["lat"], row["lon"])
        tally[1] += 1
        tally[2] += same
        tally[3] += dist <= 30
        tally[4] += entry.country == row["country"]
        if args.verbose and not same:
            print(f"MISS  {row['mention']!r} → {entry.name} ({entry.country}, {entry.geonames_id}) "
                  f"want {row['name']} ({row['country']}, {row['geonames_id']}), {dist:.0f} km")
    scores["all"] = [sum(t[i] for t in scores.values()) for i in range(5)]
    for split, (n, found, exact, near, country) in scores.items():
        print(f"{split:8s} toponyms {n:3d}  found {found / n:.3f}  exact entry {exact / n:.3f}  "
              f"within 30 km {near / n:.3f}  country {country / n:.3f}")
    print(f"gazetteer load: {load_s * 1000:.0f} ms")
    timings(geocoder, docs)


def timings(geocoder: Geocoder, docs: list) -> None:
    """Per-sentence cost of the three stages (spaCy parsing excluded), taking the root as trigger."""
    story = date(2024, 3, 31)
    sentences = [(doc, sent) for doc in docs for sent in doc.sents]
    rounds = 5
    totals = {"geo": 0.0, "time": 0.0, "counts": 0.0}
    for _, sent in sentences:  # warm-up: imports and caches
        resolve_event_date(sent, sent.root, story)
        extract_counts(sent, sent.root)
    for _ in range(rounds):
        for doc in docs:
            t = time.perf_counter()
            places = geocoder.document(doc)
            for sent in doc.sents:
                places.locate(sent, sent.root)
            totals["geo"] += time.perf_counter() - t
        for _, sent in sentences:
            t = time.perf_counter()
            resolve_event_date(sent, sent.root, story)
            totals["time"] += time.perf_counter() - t
            t = time.perf_counter()
            extract_counts(sent, sent.root)
            totals["counts"] += time.perf_counter() - t
    n = len(sentences) * rounds
    per = {k: v / n * 1e6 for k, v in totals.items()}
    print("per sentence: " + "  ".join(f"{k} {v:.0f} µs" for k, v in per.items())
          + f"  total {sum(per.values()):.0f} µs")


if __name__ == "__main__":
    main()

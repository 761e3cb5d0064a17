#!/usr/bin/env python3
"""Train the ACLED sentence classifier (sitroom.events.acled_model) on the labelled real-news
sentences in benchmarks/data/acled_subevents*.jsonl and write
src/sitroom/data/acled/sentence_model.npz, which `sitroom code` loads at run time.

Each line of those files is one sentence with its gold ACLED event and sub-event type (or
none). Only the model's arrays are written: no sentence is stored. Files measured as held-out
are kept out with --exclude, so their scores stay unseen.

    .venv/bin/python scripts/train_acled_model.py [--exclude REGEX] [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitroom.events.acled_model import MODEL_FILE, TrainingSentence, train  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
OUT = ROOT / "src" / "sitroom" / "data" / "acled" / MODEL_FILE


def training_files(data: Path, exclude: str | None) -> list[Path]:
    files = sorted(data.glob("acled_subevents*.jsonl"))
    return [f for f in files if not (exclude and re.search(exclude, f.stem))]


def read_labelled(paths: list[Path]) -> tuple[list[TrainingSentence], dict[str, str]]:
    """The sentences and each sub-event type's event type, as the files label them."""
    sentences: list[TrainingSentence] = []
    event_types: dict[str, str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            gold = record.get("acled") or {}
            sub = gold.get("sub_event_type")
            if sub and event_types.setdefault(sub, gold["event_type"]) != gold["event_type"]:
                raise SystemExit(f"{path}:{number}: {sub!r} filed under two event types")
            sentences.append(TrainingSentence(record["text"], sub))
    return sentences, event_types


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--exclude", help="regular expression of file names to leave out")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    files = training_files(args.data, args.exclude)
    sentences, event_types = read_labelled(files)
    model = train(sentences, event_types)
    model.save(args.out, {"files": [f.name for f in files], "sentences": len(sentences)})
    print(f"{len(sentences)} sentences from {len(files)} files, {len(model.classes)} labels, "
          f"{len(model.vectorizer.vocabulary_)} n-grams → {args.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Train the sentence classifiers that give the coder a second opinion and write them where
`sitroom code` loads them:

- acled: ACLED sub-event type (or none) of each sentence in
  benchmarks/data/acled_subevents*.jsonl → src/sitroom/data/acled/sentence_model.npz;
- cameo: CAMEO root of the first event (or none) of each sentence in
  benchmarks/data/cameo_triples*.jsonl → src/sitroom/data/cameo/sentence_model.npz.

Only the models' arrays are written: no sentence is stored. Files measured as held-out are
kept out with --exclude, so their scores stay unseen.

    .venv/bin/python scripts/train_sentence_models.py [acled|cameo ...] [--exclude REGEX]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitroom.events import acled_model, cameo_model  # noqa: E402
from sitroom.events.sentence_model import SentenceClassifier, train_classifier  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
DATA_OUT = ROOT / "src" / "sitroom" / "data"


@dataclass(frozen=True)
class Task:
    pattern: str  # the labelled files
    threshold: float
    parts: tuple[str, ...]  # where the model ships


TASKS = {"acled": Task("acled_subevents*.jsonl", acled_model.THRESHOLD, acled_model.MODEL_PARTS),
         "cameo": Task("cameo_triples*.jsonl", cameo_model.THRESHOLD, cameo_model.MODEL_PARTS)}


def training_files(task: str, data: Path = DATA, exclude: str | None = None) -> list[Path]:
    files = sorted(data.glob(TASKS[task].pattern))
    return [f for f in files if not (exclude and re.search(exclude, f.stem))]


def read_labelled(task: str, paths: list[Path]) -> tuple[list[str], list[str | None], dict]:
    """Texts, labels (None: no event) and the model's metadata."""
    texts: list[str] = []
    labels: list[str | None] = []
    event_types: dict[str, str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            texts.append(record["text"])
            if task == "cameo":
                events = record.get("events") or []
                labels.append(str(events[0]["root"]).split("|")[0] if events else None)
                continue
            gold = record.get("acled") or {}
            sub = gold.get("sub_event_type")
            if sub and event_types.setdefault(sub, gold["event_type"]) != gold["event_type"]:
                raise SystemExit(f"{path}:{number}: {sub!r} filed under two event types")
            labels.append(sub)
    meta = {"task": task, "files": [p.name for p in paths], "sentences": len(texts)}
    return texts, labels, meta | ({"event_types": event_types} if task == "acled" else {})


def train_task(task: str, paths: list[Path]) -> SentenceClassifier:
    texts, labels, meta = read_labelled(task, paths)
    return train_classifier(texts, labels, TASKS[task].threshold, meta=meta)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tasks", nargs="*", help=f"of {sorted(TASKS)}; default: all")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--exclude", help="regular expression of file names to leave out")
    args = ap.parse_args()
    unknown = set(args.tasks) - set(TASKS)
    if unknown:
        ap.error(f"unknown task {sorted(unknown)}; known: {sorted(TASKS)}")
    for task in args.tasks or sorted(TASKS):
        files = training_files(task, args.data, args.exclude)
        model = train_task(task, files)
        out = DATA_OUT.joinpath(*TASKS[task].parts)
        out.parent.mkdir(parents=True, exist_ok=True)
        model.save(out)
        print(f"{task}: {model.meta['sentences']} sentences from {len(files)} files, {len(model.classes)} labels, "
              f"{len(model.vocabulary)} n-grams → {out}")


if __name__ == "__main__":
    main()

"""Leave-one-file-out measure of the sentence classifiers (sitroom.events.sentence_model).

The shipped models are trained on every labelled file, so scoring those files with them
would measure memory, not skill. Here each real-news file is coded with a model trained on
all the other files of its task, and compared with the dictionary coder alone:

- acled: ACLED sub-event weighted F1 on benchmarks/data/acled_subevents_realnews*.jsonl;
- cameo: CAMEO root and (source, root, target) triple F1 on cameo_triples_realnews*.jsonl.

    .venv/bin/python benchmarks/sentence_models_cv.py acled|cameo [--only REGEX] [--threshold 0.5 0.6 ...]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from acled_subevents import code_rows, load, summary  # noqa: E402
from train_sentence_models import TASKS, train_task, training_files  # noqa: E402

from sitroom.evaluation import score  # noqa: E402
from sitroom.events.sentence_model import SentenceClassifier  # noqa: E402
from sitroom.pipeline import Pipeline, PipelineOptions  # noqa: E402

ATTRIBUTE = {"acled": "acled_model", "cameo": "cameo_model"}


def figures(task: str, pipeline: Pipeline, path: Path) -> dict[str, float]:
    if task == "acled":
        return {"sub": summary(code_rows(pipeline, load(path)))["sub_event_f1"]}
    from accuracy import run_set
    gold, pred, _ = run_set(pipeline, path)
    headline = score(gold, pred).headline()
    return {"root": headline["root"]["f1"], "triple": headline["triple"]["f1"]}


def with_model(task: str, pipeline: Pipeline, path: Path, model: SentenceClassifier | None) -> dict[str, float]:
    """The file's figures with `model` (None: the coder alone) as the task's second opinion."""
    kept = getattr(pipeline, ATTRIBUTE[task])
    setattr(pipeline, ATTRIBUTE[task], model)
    try:
        return figures(task, pipeline, path)
    finally:
        setattr(pipeline, ATTRIBUTE[task], kept)


def unseen_model(task: str, path: Path) -> SentenceClassifier:
    """A model trained on every labelled file of the task but `path`."""
    return train_task(task, [f for f in training_files(task) if f != path])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("task", choices=sorted(TASKS))
    ap.add_argument("--only", default="realnews", help="regular expression of the files to test")
    ap.add_argument("--threshold", type=float, nargs="*", help="default: the task's own")
    args = ap.parse_args()
    thresholds = args.threshold or [TASKS[args.task].threshold]
    tested = [f for f in training_files(args.task) if re.search(args.only, f.stem)]
    # the other task's model stays on: it is part of the pipeline being measured
    pipeline = Pipeline(PipelineOptions(**{ATTRIBUTE[args.task]: False}))
    table: dict[str, list[dict[str, float]]] = {"coder": []} | {f"model>={t}": [] for t in thresholds}
    for path in tested:
        table["coder"].append(with_model(args.task, pipeline, path, None))
        model = unseen_model(args.task, path)
        for threshold in thresholds:
            model.threshold = threshold
            table[f"model>={threshold}"].append(with_model(args.task, pipeline, path, model))
        print(f"{path.stem:36} " + "  ".join(f"{k} " + "/".join(f"{v:.3f}" for v in rows[-1].values())
                                             for k, rows in table.items()), flush=True)
    print(f"\nmean over {len(tested)} files:")
    for name, rows in table.items():
        print(f"  {name:12} " + "  ".join(f"{key} {mean(r[key] for r in rows):.4f}" for key in rows[0]))


if __name__ == "__main__":
    main()

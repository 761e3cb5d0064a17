"""Leave-one-file-out measure of the ACLED sentence classifier (sitroom.events.acled_model).

The shipped model is trained on every labelled file, so scoring those files with it would
measure memory, not skill. Here each real-news file is coded with a model trained on all the
other files, and its ACLED sub-event weighted F1 is compared with the dictionary coder's
alone (the model turned off).

    .venv/bin/python benchmarks/acled_model_cv.py [--only REGEX] [--threshold 0.5 0.6 ...]
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
from train_acled_model import read_labelled, training_files  # noqa: E402

from sitroom.events.acled_model import DEFAULT_THRESHOLD, train  # noqa: E402
from sitroom.pipeline import Pipeline, PipelineOptions  # noqa: E402

DATA = ROOT / "benchmarks" / "data"


def unseen_rows(pipeline: Pipeline, path: Path, files: list[Path], threshold: float = DEFAULT_THRESHOLD) -> list:
    """The file coded with a model trained on every other labelled file."""
    model = train(*read_labelled([f for f in files if f != path]))
    model.threshold = threshold
    kept, pipeline.acled_model = pipeline.acled_model, model
    try:
        return code_rows(pipeline, load(path))
    finally:
        pipeline.acled_model = kept


def coder_rows(pipeline: Pipeline, path: Path) -> list:
    """The file coded by the dictionary coder alone."""
    kept, pipeline.acled_model = pipeline.acled_model, None
    try:
        return code_rows(pipeline, load(path))
    finally:
        pipeline.acled_model = kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="realnews", help="regular expression of the files to test")
    ap.add_argument("--threshold", type=float, nargs="*", default=[DEFAULT_THRESHOLD])
    args = ap.parse_args()
    files = training_files(DATA, None)
    tested = [f for f in files if re.search(args.only, f.stem)]
    pipeline = Pipeline(PipelineOptions(acled_model=False))
    rows: dict[str, list[float]] = {"coder": []} | {f"model>={t}": [] for t in args.threshold}
    for path in tested:
        rows["coder"].append(summary(coder_rows(pipeline, path))["sub_event_f1"])
        for threshold in args.threshold:
            rows[f"model>={threshold}"].append(summary(unseen_rows(pipeline, path, files, threshold))["sub_event_f1"])
        print(f"{path.stem:36} " + "  ".join(f"{k} {v[-1]:.3f}" for k, v in rows.items()), flush=True)
    print(f"\nmean over {len(tested)} files (sub-event weighted F1): "
          + "  ".join(f"{k} {mean(v):.4f}" for k, v in rows.items()))


if __name__ == "__main__":
    main()

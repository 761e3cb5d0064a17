"""Identical input gives identical events in every process (Spark partitions, reruns after a
crash): nothing may depend on Python's per-process string hash seed (set iteration order)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from reliability_corpus import ACTORS, PLACES, REPO, VERBS, cli_env, sitroom_cmd  # noqa: E402


def test_coding_does_not_depend_on_the_hash_seed(tmp_path):
    import json
    # every verb with every ordered pair of actors: ties between verb patterns get exercised
    lines = []
    for n, verb in enumerate(VERBS):
        sentences = [f"{a} {verb} {b.lower()} in {PLACES[(i + n) % len(PLACES)]} on Monday."
                     for i, a in enumerate(ACTORS) for b in ACTORS if a != b]
        lines.append(json.dumps({"id": f"verb-{n}", "text": " ".join(sentences), "date": "2024-03-04"}))
    corpus = tmp_path / "pairs.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    runs = []
    for seed in ("1", "3"):
        env = {**cli_env(), "PYTHONHASHSEED": seed}
        out = tmp_path / f"out-{seed}.jsonl"
        runs.append((out, subprocess.Popen(sitroom_cmd("code", str(corpus), "-o", str(out)), cwd=REPO, env=env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)))
    for out, proc in runs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    outputs = [out.read_text(encoding="utf-8") for out, _ in runs]
    assert outputs[0].count('"cameo"') > 100
    assert outputs[1] == outputs[0]

#!/usr/bin/env python3
"""ACLED sub-event typing on news-style sentences written for sitroom (benchmarks/data/acled_subevents*.jsonl).

usage: .venv/bin/python benchmarks/acled_subevents.py [--data FILE ...] [--verbose]

Each line holds one sentence in wire style and the ACLED event type / sub-event type a coder
following the ACLED Codebook (2023; definitions of the 6 event types and 25 sub-event types)
would give it, or null when the sentence reports no ACLED event (commentary, threats,
diplomacy, denials). The sentences were written from the codebook's definitions, not taken
from ACLED data or from the dev sets. `acled_subevents.jsonl` (150) was used while tuning
`sitroom.events.acled`. `acled_subevents_heldout.jsonl` was written in three batches of 30,
each after a round of tuning: rows 000-059 (batches 1 and 2) were measured and then prompted
a few fixes (weapon precedence, looting with killings, chemical codes, people "seized"), so
they are no longer strictly held out; rows 060-089 were written after the last change to the
module and measured once (0.833 sub-event weighted F1). The coder rules added afterwards
(weapons as subjects, territory, withdrawals, executions, dispersals...) followed a list of
coder errors drawn from all three files, so no row is strictly held out for the coder now.
`acled_subevents_heldout2.jsonl` (60, written by a helper from the codebook definitions without
seeing the coder) was measured once, unseen, on 2026-11-25: sub-event weighted F1 0.819,
event-type 0.828, 8/8 no-event sentences empty. The general coder bugs it exposed were fixed
afterwards (0.945 after), so it is no longer held out either. `acled_subevents_heldout3.jsonl`
(60 more, different countries and wording, written by another helper after those fixes) was
measured once, unseen: 0.745 sub-event / 0.775 event-type weighted F1, 6/8 no-event sentences
empty; a further round of general fixes followed (0.889 after), so it too is no longer held out.
`acled_subevents_heldout4.jsonl` (60, other settings and wordings, written by a fourth helper
after the next round of coder work) was measured once, unseen, on 2026-11-26: 0.846 sub-event /
0.892 event-type weighted F1, 5/6 no-event sentences empty. `acled_subevents_heldout5.jsonl` (60,
other settings again, written after the fixes heldout4 prompted) was measured once, unseen:
0.818 sub-event / 0.826 event-type weighted F1, 4/6 no-event sentences empty. Both were then used
to find general coder bugs. `acled_subevents_heldout6.jsonl` (60, written after those fixes) was
measured once, unseen: 0.766 sub-event / 0.794 event-type weighted F1, 6/6 no-event sentences
empty (then used for fixes too). `acled_subevents_heldout7.jsonl` (60, written after those fixes)
was measured once, unseen: 0.810 sub-event / 0.883 event-type weighted F1, 6/6 no-event sentences
empty. The four unseen measurements of the fourth session (0.846, 0.818, 0.766, 0.810; mean
0.81) are the honest estimate for unseen news-style sentences. Fifth session:
`acled_subevents_heldout8.jsonl` and `..._heldout9.jsonl` (60 each, written sentences) measured
once unseen at 0.782 and 0.862; `acled_subevents_realnews.jsonl` and `..._realnews2.jsonl` (80
each, REAL news sentences quoted verbatim with their page address, labelled by helpers who never
ran the coder, kept for measurement only) measured once unseen at 0.756 (event type 0.821) and,
after the fixes the first prompted, 0.880 (event type 0.923); `..._realnews3.jsonl` (80) at 0.726
(event type 0.754); `..._realnews4.jsonl` at 0.796 (0.844); `..._realnews5.jsonl` at 0.785 (0.872).
Sixth session: `..._realnews6.jsonl` (80, after the session's first fixes) at 0.769 (0.894) and
`..._realnews7.jsonl` (80, after all of them) at 0.717 (0.777). Seventh session, measured at
its start before any coder work: `..._realnews8.jsonl` (80, Africa and Latin America) at 0.809
(0.858) and `..._realnews9.jsonl` (80, the Middle East, Asia and Europe) at 0.746 (0.750); after
all of the session's coder work, `..._realnews10.jsonl` (80, all regions) at 0.722 (0.876).
Eighth session: `..._realnews11.jsonl` (80, 69 articles, all regions) at the session's start,
after only the headline-context change, at 0.676 (0.705; the benchmark did not yet pass the
URL, which changes no ACLED type), and `..._realnews12.jsonl` (80, 76 articles) after the
session's main coder work (commit `c30d23f`) at 0.763 (0.766). Ninth session:
`..._realnews13.jsonl` (80, 80 articles, all regions) at its start at 0.743 (0.786);
`..._realnews14.jsonl` (80, 70 articles) midway at 0.797 (0.827; the session-start coder 0.785);
`..._realnews15.jsonl` (80, 72 articles) at the final coder at 0.767 (0.785; session-start coder
0.754). Tenth session: `..._realnews16.jsonl` (80, 67 articles, all regions) at its start at
0.705 (0.754); `..._realnews17.jsonl` (80, 65 articles) after the session's coder work (commit `6fc00a0`) at
0.734 (0.808; the session-start coder the same). Eleventh session: `..._realnews18.jsonl` (80,
52 articles, all regions) at its start at 0.804 (0.822); `..._realnews19.jsonl` (80, 68 articles)
after the session's coder work (commit `b93aad3`) at 0.792 (0.822; the session-start coder 0.764
and 0.797). Twelfth session: `..._realnews20.jsonl` (80, 55 articles, all regions) at its start at
0.727 (0.798); `..._realnews21.jsonl` (80, 59 articles) after the session's coder work (commit
`117b289`) at 0.787 (0.848; the session-start coder the same); `..._realnews22.jsonl` (80, 58
articles) at the final coder (commit `5573f9a`) at 0.736 (0.801; the session-start coder the
same). Thirteenth session: `..._realnews23.jsonl` (80, 66 articles, all regions) at its start at
0.822 (0.838; 0.868 after the session's rules, some drawn from it); `..._realnews24.jsonl` (80,
61 articles), written during the session and kept out of sight, at the final coder (commit
`04e4015`) at 0.678 (0.754; the session-start coder the same; 0.749 after a last round of rules
drawn from it, commit `9318b0d`). Fourteenth session: `..._realnews25.jsonl` (80, 51 articles,
all regions) at its start at 0.787 (0.863; 0.898 after the session's rules, some drawn from it);
`..._realnews26.jsonl` (80, 57 articles), written during the session and kept out of sight, at
the final coder (commit `1daf6e1`) at 0.733 (0.785; the session-start coder the same). Fifteenth
session: `..._realnews27.jsonl` (80, 65 articles, all regions) at its start at 0.759 (0.793;
0.787 after the session's rules, some drawn from it); `..._realnews28.jsonl` (80, 63 articles),
written during the session and kept out of sight, at the final coder (commit `8f375ce`) at 0.747
(0.769; the session-start coder the same). Sixteenth session: `..._realnews29.jsonl` (80, 68
articles, all regions) at its start at 0.848 (0.851); `..._realnews30.jsonl` (80, 65 articles),
written during the session and kept out of sight, at the final pipeline (commit `b3b77d7`, with
the ACLED sentence classifier, not trained on it) at 0.803 (0.849; the session-start coder 0.778
and 0.823). Seventeenth session: `..._realnews31.jsonl` (80, 65 articles, all regions) at its
start at 0.729 (0.786; 0.791 after the session's rules, some drawn from it);
`..._realnews32.jsonl` (80, 66 articles), written during the session and kept out of sight, at
the final pipeline (commit `223cbe0`, classifiers not trained on it) at 0.778 (0.825; the
session-start pipeline 0.759 and 0.806). Eighteenth session: `..._realnews33.jsonl` (80, 63
articles, Africa, the Middle East and South Asia) at its start at 0.770 (0.819; 0.855 after the
session's rules, some drawn from it, classifier not trained on it); `..._realnews34.jsonl` (80,
68 articles, all regions), written during the session and kept out of sight, at the final
pipeline (commit `ee5fd37`, classifiers not trained on it) at 0.813 (0.849; the session-start
pipeline the same). Nineteenth session: `..._realnews35.jsonl` (80, 66 articles, all regions) at
its start at 0.807 (0.874; 0.938 after the session's rules, some drawn from it, classifier not
trained on it); `..._realnews36.jsonl` (80, 60 articles, Africa, the Middle East and Asia),
written during the session and kept out of sight, at the final pipeline (commit `b0169db`,
classifiers not trained on it) at 0.822 (0.870; the session-start pipeline the same). Twentieth
session: `..._realnews37.jsonl` (80, 65 articles, Africa, Latin America and South Asia) at its
start at 0.848 (0.880; 0.914 after the session's rules, some drawn from it, classifier not
trained on it); `..._realnews38.jsonl` (80, 58 articles, Africa, the Middle East and Asia),
written during the session and kept out of sight, at the final pipeline (commit `0efe75b`,
classifiers not trained on it) at 0.719 (0.814; the session-start pipeline 0.685 and 0.813).
Twenty-first session: `..._realnews39.jsonl` (80, 58 articles, Africa, Latin America and South
Asia) at its start at 0.763 (0.813; 0.949 after the session's rules, some drawn from it, and the
classifier trained on it); `..._realnews40.jsonl` (80, 63 articles, the Middle East, Africa and
Southeast Asia), written during the session and kept out of sight, at the final pipeline (commit
`268b899`, classifiers not trained on it) at 0.781 (0.814; the session-start pipeline 0.766 and
0.806). Twenty-second session: `..._realnews41.jsonl` (80, 60 articles, Africa, the Middle East
and Latin America) at its start at 0.775 (0.825; 0.854 after the session's rules, some drawn
from it, classifier not trained on it); `..._realnews42.jsonl` (80, 67 articles, South Asia,
Southeast Asia and Africa), written during the session and kept out of sight, at the final
pipeline (commit `11bca65`, classifiers not trained on it) at 0.804 (0.843; the session-start
pipeline 0.809 and 0.843). Twenty-third session: `..._realnews43.jsonl` (80, 75 articles, all
regions) at its start at 0.686 (0.763; 0.731 after the session's first rules, some drawn from
it, classifier not trained on it); `..._realnews44.jsonl` (80, 70 articles, all regions), kept
out of sight, after the session's first rules (commit `cc42172`'s, classifiers not trained on it)
at 0.830 (0.893; the session-start pipeline 0.815 and 0.879); `..._realnews45.jsonl` (80, 73
articles, all regions), written mid-session and kept out of sight, at the final pipeline
(classifiers not trained on it) at 0.795 (0.851; the session-start pipeline 0.793 and 0.836);
`..._realnews46.jsonl` (80, 64 articles, all regions), written late in the session and kept out
of sight, at the final pipeline at 0.837 (0.890; the session-start pipeline 0.831 and 0.883).
Twenty-fourth session: `..._realnews47.jsonl` (80, 75 articles, all regions), written at the
session's start and kept out of sight, at its start at 0.730 (0.795) and at the final pipeline
(commit `892b32b`, classifiers not trained on it) at 0.718 (0.781): one rebel ambush with the
army's side told only by a pronoun became an attack on civilians. `..._realnews48.jsonl` (80, 76 articles, all regions),
written late in the session and kept out of sight, at the final pipeline (commit `4d1d08b`) at
0.808 (0.809), as the session-start pipeline scored it (two of its sentences are syndicated copies
of development sentences; without them both score 0.797). Twenty-fifth session:
`..._realnews49.jsonl` (80, 67 articles, all regions), written at the session's start and kept out
of sight, at its start and at the final pipeline (commit `937b3f7`, classifiers not trained on it)
at 0.738 (0.806) both; `..._realnews50.jsonl` (80, 66 articles, all regions), written mid-session
and kept out of sight, at the final pipeline at 0.807 (0.828; the session-start pipeline 0.792 and
0.813). Twenty-sixth session: `..._realnews51.jsonl` (80, 78 articles, all regions), written at the
session's start and kept out of sight, at its start at 0.798 (0.829) and at the final pipeline
(commit `27a5296`, classifiers not trained on it) at 0.801 (0.815); `..._realnews52.jsonl` (80, 75
articles, all regions), written mid-session and kept out of sight, at the final pipeline at 0.756
(0.789; the session-start pipeline 0.757 and 0.791). Twenty-seventh session: `..._realnews53.jsonl`
(80, 75 articles, all regions) and `..._realnews54.jsonl` (80, 69 articles, all regions), both
written at the session's start and kept out of sight, at its start (commit `51b0976`) at 0.824
(0.879) and 0.824 (0.851), and at the final pipeline (commit `e41c98b`, classifiers not trained on
them) at 0.824 (0.879) and 0.836 (0.864). Twenty-eighth session: `..._realnews55.jsonl` (80, 66
articles, all regions) and `..._realnews56.jsonl` (80, 75 articles, all regions), both written at
the session's start and kept out of sight, at its start (commit `2c33979`) and at the final
pipeline (commit `0429ac5`, classifiers not trained on them) at 0.750 (0.789) and 0.867 (0.917)
both. Twenty-ninth session: `..._realnews57.jsonl` (80, 73 articles, all regions) and
`..._realnews58.jsonl` (80, 71 articles, all regions), both written at the session's start and kept
out of sight, at its start (commit `864e3e5`) at 0.670 (0.760) and 0.799 (0.802), and at the final
pipeline (commit `87cf69b`, classifiers not trained on them) at 0.670 (0.760) and 0.808 (0.815).
The fifty-eight unseen real-news measurements (mean 0.773 sub-event) are the honest estimate for
held-out real news; the 0.84 sub-event target is not met. Since the sixteenth
session the pipeline's ACLED sentence classifier is trained on these files, so scoring them with
the shipped model measures memory: `benchmarks/sentence_models_cv.py acled` and
`benchmarks/accuracy.py` score each file with a model trained on all the others.

Every sentence goes through the full Pipeline; its predicted label is
`sitroom.events.acled.primary_acled` of its events (factual events only, most specific
sub-event first). Prints per-sub-event precision/recall/F1, the weighted F1 over the gold
sub-event classes (weighted by support, as ACLED-style scores are), event-type weighted F1,
how many no-event sentences stayed empty, and the confusions.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitroom.events.acled import primary_acled
from sitroom.pipeline import Pipeline
from sitroom.records import Document

DATA_DIR = Path(__file__).parent / "data"
DEFAULT_DATA = tuple(sorted(DATA_DIR.glob("acled_subevents*.jsonl")))
NONE = "(none)"


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    gold_type: str
    gold_sub: str
    pred_type: str
    pred_sub: str


@dataclass(frozen=True, slots=True)
class ClassScore:
    label: str
    support: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.support if self.support else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def code_rows(pipeline: Pipeline, records: list[dict]) -> list[Row]:
    # the article's URL and title, when the record has them, are context as `sitroom code` reads them
    docs = [Document(id=r["id"], text=r["text"], date=date.fromisoformat(r["date"]) if r.get("date") else None,
                     url=r.get("url"), title=r.get("title")) for r in records]
    rows = []
    for record, (_, events) in zip(records, pipeline.code(docs)):
        gold = record.get("acled") or {}
        pred = primary_acled(events)
        rows.append(Row(record["text"], gold.get("event_type", NONE), gold.get("sub_event_type", NONE),
                        pred[0] if pred else NONE, pred[1] if pred else NONE))
    return rows


def class_scores(gold: list[str], pred: list[str]) -> list[ClassScore]:
    """Scores for every gold class except the no-event label (its errors still count: a
    missed event lowers recall, an event on a no-event sentence lowers precision)."""
    support, predicted = Counter(gold), Counter(pred)
    correct = Counter(g for g, p in zip(gold, pred) if g == p)
    return [ClassScore(label, support[label], predicted[label], correct[label])
            for label in sorted(support) if label != NONE]


def weighted_f1(scores: list[ClassScore]) -> float:
    total = sum(s.support for s in scores)
    return sum(s.f1 * s.support for s in scores) / total if total else 0.0


def summary(rows: list[Row]) -> dict:
    """The headline figures of one file (for docs/accuracy.md)."""
    negatives = [r for r in rows if r.gold_sub == NONE]
    return {"sentences": len(rows),
            "sub_event_f1": weighted_f1(class_scores([r.gold_sub for r in rows], [r.pred_sub for r in rows])),
            "event_type_f1": weighted_f1(class_scores([r.gold_type for r in rows], [r.pred_type for r in rows])),
            "negatives": len(negatives), "negatives_empty": sum(r.pred_sub == NONE for r in negatives)}


def report(name: str, rows: list[Row], verbose: bool) -> float:
    subs = class_scores([r.gold_sub for r in rows], [r.pred_sub for r in rows])
    types = class_scores([r.gold_type for r in rows], [r.pred_type for r in rows])
    negatives = [r for r in rows if r.gold_sub == NONE]
    empty = sum(r.pred_sub == NONE for r in negatives)
    sub_f1 = weighted_f1(subs)
    print(f"\n== {name}: {len(rows)} sentences, {len(rows) - len(negatives)} with an ACLED event")
    print(f"{'sub-event type':38} {'n':>3} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for s in subs:
        print(f"{s.label:38} {s.support:3d} {s.predicted:4d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}")
    print(f"sub-event weighted F1 {sub_f1:.3f}   event-type weighted F1 {weighted_f1(types):.3f}   "
          f"no-event sentences left empty {empty}/{len(negatives)}")
    confusions = Counter((r.gold_sub, r.pred_sub) for r in rows if r.gold_sub != r.pred_sub)
    print("confusions (gold -> predicted: count)")
    for (g, p), n in confusions.most_common():
        print(f"  {g} -> {p}: {n}")
    if verbose:
        for r in rows:
            if r.gold_sub != r.pred_sub:
                print(f"  [{r.gold_sub} -> {r.pred_sub}] {r.text}")
    return sub_f1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, nargs="*", default=[p for p in DEFAULT_DATA if p.exists()])
    ap.add_argument("--verbose", action="store_true", help="print every wrongly typed sentence")
    args = ap.parse_args()
    pipeline = Pipeline()
    for path in args.data:
        report(path.name, code_rows(pipeline, load(path)), args.verbose)


if __name__ == "__main__":
    main()

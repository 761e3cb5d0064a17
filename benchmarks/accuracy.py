#!/usr/bin/env python3
"""Accuracy report: the full Pipeline on the shared dev sets, scored with sitroom.evaluation.

usage: .venv/bin/python benchmarks/accuracy.py [--shared DIR] [--out docs/accuracy.md]
                                               [--pred-dir DIR]

For cameo_manual.jsonl (CAMEO codebook examples), plover_gsr.jsonl (PLOVER gold standard
records) and benchmarks/data/cameo_triples_heldout.jsonl (news-style CAMEO triples): run `Pipeline.code` (parse, actors, events, geo, time, counts) on every record, score
the predictions with `sitroom.evaluation` (the same figures as ../shared/tools/score_events.py),
and write a Markdown report: headline figures, full-code accuracy, PLOVER recall, source
country+role match, a per-root precision/recall/F1 table, a root confusion matrix and the
coder's cost per sentence. The dev sets are a proxy (the codebook's own examples): figures on
held-out news are lower.
"""
from __future__ import annotations

import argparse
import json
import platform
import time
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

from sitroom.evaluation import NONE, Tally, load_jsonl, score
from sitroom.pipeline import Pipeline
from sitroom.records import Document, event_to_json

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
TRIPLE_SETS = ("cameo_triples_heldout", "cameo_triples_heldout2", "cameo_triples_heldout3", "cameo_triples_heldout4",
               "cameo_triples_heldout5", "cameo_triples_heldout6",
               "cameo_triples_realnews", "cameo_triples_realnews2", "cameo_triples_realnews3",
               "cameo_triples_realnews4", "cameo_triples_realnews5", "cameo_triples_realnews6",
               "cameo_triples_realnews7", "cameo_triples_realnews8", "cameo_triples_realnews9",
               "cameo_triples_realnews10", "cameo_triples_realnews11", "cameo_triples_realnews12",
               "cameo_triples_realnews13", "cameo_triples_realnews14", "cameo_triples_realnews15",
               "cameo_triples_realnews16", "cameo_triples_realnews17", "cameo_triples_realnews18",
               "cameo_triples_realnews19", "cameo_triples_realnews20", "cameo_triples_realnews21",
               "cameo_triples_realnews22", "cameo_triples_realnews23", "cameo_triples_realnews24",
               "cameo_triples_realnews25", "cameo_triples_realnews26", "cameo_triples_realnews27",
               "cameo_triples_realnews28", "cameo_triples_realnews29", "cameo_triples_realnews30",
               "cameo_triples_realnews31", "cameo_triples_realnews32", "cameo_triples_realnews33",
               "cameo_triples_realnews34", "cameo_triples_realnews35", "cameo_triples_realnews36",
               "cameo_triples_realnews37", "cameo_triples_realnews38", "cameo_triples_realnews39",
               "cameo_triples_realnews40", "cameo_triples_realnews41", "cameo_triples_realnews42",
               "cameo_triples_realnews43", "cameo_triples_realnews44", "cameo_triples_realnews45",
               "cameo_triples_realnews46", "cameo_triples_realnews47", "cameo_triples_realnews48",
               "cameo_triples_realnews49", "cameo_triples_realnews50", "cameo_triples_realnews51",
               "cameo_triples_realnews52", "cameo_triples_realnews53", "cameo_triples_realnews54",
               "cameo_triples_realnews55", "cameo_triples_realnews56", "cameo_triples_realnews57",
               "cameo_triples_realnews58", "cameo_triples_realnews59", "cameo_triples_realnews60",
               "cameo_triples_realnews61", "cameo_triples_realnews62", "cameo_triples_realnews63",
               "cameo_triples_realnews64", "cameo_triples_realnews65", "cameo_triples_realnews66",
               "cameo_triples_realnews67", "cameo_triples_realnews68", "cameo_triples_realnews69",
               "cameo_triples_realnews70", "cameo_triples_realnews71", "cameo_triples_realnews72",
               "cameo_triples_realnews73", "cameo_triples_realnews74", "cameo_triples_realnews75",
               "cameo_triples_realnews76", "cameo_triples_realnews77", "cameo_triples_realnews78",
               "cameo_triples_realnews79", "cameo_triples_realnews80", "cameo_triples_realnews81",
               "cameo_triples_realnews82", "cameo_triples_realnews83", "cameo_triples_realnews84",
               "cameo_triples_realnews85", "cameo_triples_realnews86", "cameo_triples_realnews87",
               "cameo_triples_realnews88", "cameo_triples_realnews89", "cameo_triples_realnews90",
               "cameo_triples_realnews91", "cameo_triples_realnews92", "cameo_triples_realnews93",
               "cameo_triples_realnews94", "cameo_triples_realnews95", "cameo_triples_realnews96",
               "cameo_triples_realnews97", "cameo_triples_realnews98", "cameo_triples_realnews99",
               "cameo_triples_realnews100", "cameo_triples_realnews101", "cameo_triples_realnews102",
               "cameo_triples_realnews103", "cameo_triples_realnews104", "cameo_triples_realnews105",
               "cameo_triples_realnews106", "cameo_triples_realnews107", "cameo_triples_realnews108",
               "cameo_triples_realnews109")
SETS = ("cameo_manual", "plover_gsr", *TRIPLE_SETS)
# sets kept in this repository rather than in ../shared: news-style sentences labelled with
# CAMEO (source, root, target) triples, written from the codebook by a helper who never saw the
# coder's output (measured once unseen, then used to find bugs; see docs/accuracy.md)
LOCAL_SETS = {name: ROOT / "benchmarks" / "data" / f"{name}.jsonl"
              for name in TRIPLE_SETS}


# ------------------------------------------------------------------ running
def run_set(pipeline: Pipeline, gold_path: Path) -> tuple[dict[str, dict], dict[str, dict], dict]:
    """Predictions for every gold record, and timing figures."""
    gold = load_jsonl(gold_path)
    # the article's URL and title, when the record has them, are context as `sitroom code` reads them
    docs = [Document(id=rid, text=g["text"], date=story_date(g.get("date")), url=g.get("url"), title=g.get("title"))
            for rid, g in gold.items()]
    t0 = time.perf_counter()
    pred = {doc.id: {"id": doc.id, "events": [event_to_json(e) for e in events]}
            for doc, events in pipeline.code(docs)}
    pipeline_s = time.perf_counter() - t0
    return gold, pred, {"pipeline_s": pipeline_s, **coder_cost(pipeline, docs)}


def story_date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def coder_cost(pipeline: Pipeline, docs: list[Document]) -> dict:
    """The event coder's own time per sentence on parsed text (parse excluded), best of three
    passes since other processes may share the CPU; with and without actor resolution."""
    sdocs = [pipeline.nlp(pipeline.prepare(doc)) for doc in docs]
    n_sent = sum(1 for sdoc in sdocs for _ in sdoc.sents)
    coder = pipeline.coder

    def best(with_actors: bool) -> float:
        spent = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for doc, sdoc in zip(docs, sdocs):
                coder.code(doc, sdoc, pipeline.resolver.document(doc.date) if with_actors else None)
            spent = min(spent, time.perf_counter() - t0)
        return spent

    return {"sentences": n_sent, "coder_s": best(False), "coder_actors_s": best(True)}


# ------------------------------------------------------------------ report
def pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def headline_rows(name: str, tally: Tally) -> list[str]:
    h, x = tally.headline(), tally.extra()
    rows = [f"| records | {h['records']} |", f"| gold events / predicted | {h['gold_events']} / {h['pred_events']} |"]
    if h["gold_events"]:
        r, t = h["root"], h["triple"]
        rows += [f"| CAMEO root P / R / F1 | {pct(r['precision'])} / {pct(r['recall'])} / **{pct(r['f1'])}** |",
                 f"| (source, root, target) triple P / R / F1 | {pct(t['precision'])} / {pct(t['recall'])} / {pct(t['f1'])} |"]
    if "plover_recall" in h:
        rows.append(f"| PLOVER type recall | **{pct(h['plover_recall'])}** |")
    if "full_code_accuracy" in x:
        rows.append(f"| full CAMEO code accuracy (matched events) | {pct(x['full_code_accuracy'])} |")
    if "source_country_role_match" in x:
        rows.append(f"| source country+role match | {pct(x['source_country_role_match'])} |")
    if "source_specs_reachable" in x:
        rows.append(f"| gold source specs an actor code can satisfy (the ceiling of the row above) | "
                    f"{pct(x['source_specs_reachable'])} |")
        rows.append(f"| source country+role match on those specs | {pct(x['source_match_where_reachable'])} |")
    if "plover_triple" in x:
        t = x["plover_triple"]
        rows.append(f"| (source, PLOVER type, target) triple P / R / F1 | {pct(t['precision'])} / "
                    f"{pct(t['recall'])} / {pct(t['f1'])} |")
    if "no_event_records_left_empty" in h:
        rows.append(f"| negatives left empty | {pct(h['no_event_records_left_empty'])} |")
    return rows


def per_root_table(tally: Tally) -> list[str]:
    lines = ["| root | gold | pred | P | R | F1 |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for root, s in tally.per_root().items():
        lines.append(f"| {root or '(none)'} | {s['gold']} | {s['pred']} | {s['precision']:.2f} | "
                     f"{s['recall']:.2f} | {s['f1']:.2f} |")
    return lines


def confusion_table(tally: Tally) -> list[str]:
    """Gold root (rows) against the first predicted root of the record (columns)."""
    conf: Counter = tally.confusion
    rows = sorted({g for g, _ in conf})
    cols = sorted({p for _, p in conf if p != NONE}) + [NONE]
    lines = ["| gold \\ pred | " + " | ".join(cols) + " |", "| --- |" + " ---: |" * len(cols)]
    for g in rows:
        cells = [str(conf[(g, p)]) if conf[(g, p)] else "·" for p in cols]
        cells = [f"**{c}**" if p == g and c != "·" else c for c, p in zip(cells, cols)]
        lines.append(f"| {g} | " + " | ".join(cells) + " |")
    return lines


def cost_rows(timing: dict) -> list[str]:
    n = max(timing["sentences"], 1)
    return [f"| sentences | {timing['sentences']} |",
            f"| event coder, ms/sentence (parse and actors excluded) | {1000 * timing['coder_s'] / n:.3f} |",
            f"| event coder with actor resolution, ms/sentence | {1000 * timing['coder_actors_s'] / n:.3f} |",
            f"| whole pipeline incl. parsing, ms/sentence | {1000 * timing['pipeline_s'] / n:.2f} |"]


NOTES = [
    "How to read it:", "",
    "- Root and triple figures match the shared scorer (greedy matching, triples first). The CAMEO "
    "set checks roots only, so its triple figures equal its root figures. The PLOVER set has no "
    "CAMEO roots; its triple row is the same one-to-one matching on (source spec, PLOVER type, "
    "target spec), a null spec unchecked.",
    "- `cameo_triples_heldout` (80 news-style sentences, 106 CAMEO triples, 8 with no event) was "
    "written from the CAMEO codebook by a helper who never ran the coder. Measured once unseen "
    "(2026-11-26): root F1 0.706, triple F1 0.517, 4 of 8 negatives left empty. It was then used "
    "to find general bugs, so the figures below are no longer a held-out measurement.",
    "- `cameo_triples_heldout2` (80 more sentences, 97 triples, 8 with no event, other events and "
    "wordings, written by a second helper after those fixes) was measured once unseen "
    "(2026-11-26): root F1 0.802, triple F1 0.652, 7 of 8 negatives left empty. It too was then "
    "used to find general bugs.",
    "- `cameo_triples_heldout3` (80 sentences, 123 triples, more events per sentence: mediators, "
    "compound targets, reported findings; written by a third helper) was measured once unseen "
    "(2026-11-26, after the fixes the second set prompted): root F1 0.670, triple F1 0.512, 7 of 8 "
    "negatives left empty.",
    "- `cameo_triples_heldout4` (80 sentences, 135 triples, up to four events a sentence, written "
    "by a fourth helper) was measured once unseen (2026-11-26, after the fixes the third set "
    "prompted): root F1 0.633, triple F1 0.363, 6 of 8 negatives left empty; then used for fixes. "
    "Across the four unseen measurements the honest range for news-style sentences is root F1 "
    "0.63-0.80 and triple F1 0.36-0.65 (lowest on sentences that report three or four events).",
    "- `cameo_triples_heldout5` and `cameo_triples_heldout6` (80 sentences each, 141 and 167 "
    "triples, long leads with two or three acts, actors named by title and name) were measured "
    "once unseen (2026-11-26): root F1 0.705 and 0.686, triple F1 0.442 and 0.396.",
    "- `cameo_triples_realnews` to `..._realnews6` are REAL news sentences (80 each, quoted "
    "verbatim with their page address and date, from 61, 59, 42, 45, 60 and 56 articles found "
    "with the search tool's stored pages, labelled by helpers who never ran the coder; the "
    "quotations are kept for measurement only). Measured once unseen (2026-11-26), each after "
    "the fixes the previous one prompted: root F1 0.615, 0.767, 0.675, 0.773, 0.741, 0.689 (mean "
    "0.710); triple F1 0.250, 0.453, 0.313, 0.454, 0.407, 0.333 (mean 0.368); negatives left empty "
    "3/10, 4/9, 6/12, 6/10, 5/10, 8/10. These are the honest estimate for held-out real news: "
    "below the targets (root 0.80, triple 0.65). Real sentences are harder than written ones chiefly "
    "for the actors: the gold takes countries from the whole article (\"the army\", \"they\", "
    "\"the rebels\"), which a coder reading one sentence cannot see.",
    "- `cameo_triples_realnews7` to `..._realnews9` (sixth session; 80 real sentences each from 40, "
    "43 and 40 articles, written the same way) were measured once unseen: realnews7 and 8 after the "
    "session's first fixes (datelines, passive arrests, titles), root F1 0.714 and 0.639, triple F1 "
    "0.274 and 0.361; realnews9 after all of the session's fixes, root F1 0.752, triple F1 0.420; "
    "7 of 10 negatives left empty in each. Over all nine unseen real-news files: mean root F1 0.707, "
    "mean triple F1 0.363; the latest measurement is the best of the nine but both targets are "
    "still unmet.",
    "- `cameo_triples_realnews10` and `..._realnews11` (seventh session; 80 real sentences each "
    "from 32 articles (Middle East, Europe, the Americas) and 56 articles (Africa, Asia), written "
    "the same way) were measured once unseen at the session's start, before any of its coder "
    "work: root F1 0.686 and 0.692, triple F1 0.389 and 0.330; 4 of 10 and 8 of 11 negatives left "
    "empty. Over all eleven unseen real-news files: mean root F1 0.704, mean triple F1 0.362.",
    "- `cameo_triples_realnews12` and `..._realnews13` (seventh session; 80 real sentences each "
    "from 48 articles (Middle East, Europe, the Americas) and 55 articles (Africa, Asia)) were "
    "measured once unseen after all of that session's coder work: root F1 0.746 and 0.718, triple "
    "F1 0.486 and 0.265; 8 of 10 and 8 of 11 negatives left empty. realnews12 first stopped the "
    "whole run on one sentence (a crash in the reporting-tag rule, fixed at once; the figure is "
    "with the fix, which touches nothing else), and coder failures now skip only their document. "
    "Over all thirteen unseen real-news files: mean root F1 0.708, mean triple F1 0.364; the "
    "triple F1 varies most (0.265 to 0.486) with how much of a file's actors only the article "
    "around the sentence names.",
    "- `cameo_triples_realnews14` to `..._realnews17` (eighth session; 80 real sentences each from "
    "51 and 41 articles (Middle East, Europe, the Americas) and 41 and 47 articles (Africa, Asia), "
    "written the same way). realnews14 and 15 were measured once at the session's start, after only "
    "the first change (a story's URL words and title as context): root F1 0.740 and 0.685, triple "
    "F1 0.428 and 0.391 (without the URLs 0.382 and 0.370); realnews16 and 17 after the session's "
    "main coder work (commit `c30d23f`): root F1 0.706 and 0.683, triple F1 0.529 and 0.335; "
    "negatives left empty 6/10, 9/11, 8/10, 9/14. Over all seventeen unseen real-news files: mean "
    "root F1 0.707, mean triple F1 0.378. Root F1 on unseen real news has stayed near 0.70 for "
    "three sessions while triple F1 rose; the 0.80 / 0.65 targets are not met.",
    "- `cameo_triples_realnews18` to `..._realnews23` (ninth session; 80 real sentences each from "
    "36, 34 and 44 articles (Middle East, Europe, the Americas) and 41, 38 and 38 articles (Africa, "
    "Asia), written the same way). realnews18 and 19 were measured once at the session's start, "
    "before any coder work: root F1 0.691 and 0.680, triple F1 0.407 and 0.330; realnews20 and 21 "
    "midway: 0.724 / 0.437 and 0.698 / 0.314 (the session-start coder on the same files: 0.709 / "
    "0.434 and 0.698 / 0.314); realnews22 and 23 at the session's final coder: 0.751 / 0.451 and "
    "0.812 / 0.541 (session-start coder: 0.744 / 0.442 and 0.795 / 0.503). Over all twenty-three "
    "unseen real-news files: mean root F1 0.712, mean triple F1 0.387; over this session's six, "
    "0.726 and 0.413. realnews23 is the first unseen file above the 0.80 root target; the mean is "
    "still below both targets.",
    "- `cameo_triples_realnews24` to `..._realnews27` (tenth session; 80 real sentences each from "
    "28 and 44 articles (Middle East, Europe, the Americas) and 33 and 40 articles (Africa, Asia), "
    "written the same way). realnews24 and 25 were measured once at the session's start, before "
    "any coder work: root F1 0.765 and 0.736, triple F1 0.494 and 0.418; realnews26 and 27 after the "
    "session's coder work (commit `6fc00a0`): 0.728 / 0.469 and 0.750 / 0.500 (the session-start "
    "coder on the same files: 0.728 / 0.469 and 0.750 / 0.476); the session's last rules, drawn "
    "from them afterwards, put them at 0.748 / 0.479 and 0.793 / 0.568. Over all twenty-seven unseen real-news files: mean "
    "root F1 0.717, mean triple F1 0.399; over this session's four, 0.745 and 0.470. The "
    "session's rules lifted the files they were drawn from (realnews24: 0.765 / 0.494 to 0.822 / "
    "0.552; realnews25: 0.736 / 0.418 to 0.813 / 0.516) but hardly the two files measured after "
    "them: the remaining errors on new text are mostly new constructions and context actors.",
    "- `cameo_triples_realnews28` to `..._realnews31` (eleventh session; 80 real sentences each "
    "from 44 and 30 articles (Middle East, Europe, the Americas) and 32 and 39 articles (Africa, "
    "Asia), written the same way). realnews28 and 29 were measured once at the session's start, "
    "before any coder work: root F1 0.709 and 0.719, triple F1 0.453 and 0.353; realnews30 and 31 "
    "after the session's coder work (commit `b93aad3`): 0.713 / 0.471 and 0.623 / 0.383 (the "
    "session-start coder on the same files: 0.718 / 0.462 and 0.602 / 0.373). Over all thirty-one "
    "unseen real-news files: mean root F1 0.714, mean triple F1 0.401; over this session's four, "
    "0.691 and 0.415. The session's rules lifted the 27 earlier files (mean root F1 0.793 to "
    "0.811, triple 0.516 to 0.531) and the files they were drawn from (realnews28: 0.709 / 0.453 "
    "to 0.847 / 0.613; realnews29: 0.719 / 0.353 to 0.821 / 0.517), but hardly the two measured "
    "after them. The session's last rules (commits `a5ba13b` and `0849f13`), drawn from realnews31 "
    "after that measurement, put it at 0.691 / 0.448.",
    "- `cameo_triples_realnews32` to `..._realnews35` (twelfth session; 80 real sentences each "
    "from 42 and 45 articles (Europe, the Americas, South and Central Asia; Africa, the Americas, "
    "Europe) and 41 and 50 articles (the Middle East, Africa, East Asia; the Middle East, Asia), "
    "written the same way). realnews32 and 33 were measured once at the session's start, before any "
    "coder work: root F1 0.655 and 0.688, triple F1 0.269 and 0.293; realnews34 and 35 after the "
    "session's coder work (commit `117b289`): 0.708 / 0.348 and 0.743 / 0.407 (the session-start "
    "coder on the same files: 0.696 / 0.335 and 0.743 / 0.407). Over all thirty-five unseen "
    "real-news files: mean root F1 0.712, mean triple F1 0.393. The session's rules lifted the 31 "
    "earlier files (mean root F1 0.806 to 0.816, triple 0.528 to 0.545) and the files they were "
    "drawn from (realnews32: 0.655 / 0.269 to 0.736 / 0.368; realnews33: 0.688 / 0.293 to 0.709 / "
    "0.304), but hardly the two measured after them. A third pair, `..._realnews36` and `..._realnews37` "
    "(44 and 41 articles; the Middle East, Europe, the Americas; Africa, Asia), was measured once "
    "at the session's final coder (commit `5573f9a`, after a last round of rules drawn from "
    "realnews34 and 35): root F1 0.712 and 0.719, triple F1 0.380 and 0.353 (the session-start "
    "coder: 0.675 / 0.331 and 0.714 / 0.325). Over all thirty-seven unseen real-news files: mean "
    "root F1 0.712, mean triple F1 0.391. (realnews36's helper coded six bare denials 01|12, which "
    "the coder now leaves out; the earlier files' helpers had coded none of twelve.)",
    "- `cameo_triples_realnews38` to `..._realnews41` (thirteenth session; 80 real sentences each "
    "from 43, 50, 50 and 44 articles; Africa and South Asia for 38 and 40, the Middle East, Europe, "
    "Latin America and East Asia for 39 and 41; written the same way). realnews38 and 39 were "
    "measured once at the session's start, before any coder work: root F1 0.715 and 0.685, triple "
    "F1 0.255 and 0.336. realnews40 and 41 were written while the coder work went on, kept out of "
    "sight, and measured once at the session's final coder (commit `04e4015`): root F1 0.745 and "
    "0.820, triple F1 0.444 and 0.472 (the session-start coder on the same files: 0.745 / 0.444 "
    "and 0.815 / 0.457). Over all forty-one unseen real-news files: mean root F1 0.715, mean triple "
    "F1 0.390. The session's rules lifted the 37 earlier files (mean root F1 0.801 to 0.804, triple "
    "0.515 to 0.531; no file's root F1 fell) and the two they were partly drawn from (realnews38: "
    "0.715 / 0.255 to 0.736 / 0.331; realnews39: 0.685 / 0.336 to 0.704 / 0.338).",
    "- `cameo_triples_realnews42` to `..._realnews45` (fourteenth session; 80 real sentences each "
    "from 49, 44, 39 and 45 articles; the Middle East, Latin America and East Asia for 42, Africa "
    "and Europe for 43, South Asia and the Middle East for 44, Africa, Latin America and Europe for "
    "45; written the same way). realnews42 and 43 were measured once at the session's start, before "
    "any coder work: root F1 0.711 and 0.747, triple F1 0.422 and 0.451 (realnews43's helper wrote "
    "Kosovo as XKX; it was normalised to CAMEO's KSV, as every earlier file has it, before any coder "
    "work; 0.429 before). realnews44 and 45 were written while the coder work went on, kept out of "
    "sight, and measured once at the session's final coder (commit `1daf6e1`): root F1 0.651 and "
    "0.667, triple F1 0.313 and 0.247 (the session-start coder on the same files: 0.651 / 0.313 and "
    "0.671 / 0.248: no gain). Over all forty-five unseen real-news files: mean root F1 0.713, mean "
    "triple F1 0.387. The session's rules lifted the files they were drawn from (realnews42: 0.711 / "
    "0.422 to 0.737 / 0.503; realnews43: 0.747 / 0.451 to 0.817 / 0.538) and, slightly, the 40 "
    "numbered earlier files (mean root F1 0.799 to 0.801, triple 0.514 to 0.519; four files' root F1 "
    "fell by 0.003 to 0.011).",
    "- `cameo_triples_realnews46` to `..._realnews49` (fifteenth session; 80 real sentences each "
    "from 46, 48, 49 and 56 articles; South Asia, the Middle East and Europe for 46, Africa, Latin "
    "America and East Asia for 47, the Middle East, Africa and Central Asia for 48, Europe, Latin "
    "America and East Asia for 49; written the same way). realnews46 and 47 were measured once at "
    "the session's start, before any coder work: root F1 0.752 and 0.705, triple F1 0.424 and "
    "0.416. realnews48 and 49 were written while the coder work went on, kept out of sight, and "
    "measured once at the session's final coder (commit `8f375ce`): root F1 0.756 and 0.715, "
    "triple F1 0.295 and 0.397 (the session-start coder on the same files: 0.756 / 0.295 and "
    "0.707 / 0.373). Over all forty-nine unseen real-news files: mean root F1 0.715, mean triple "
    "F1 0.387. The session's main change, the parties a parse lost taken from the actors named "
    "nearest the trigger (TABARI's default), lifted the 45 earlier real-news files' mean triple F1 "
    "from 0.511 to 0.530 (root 0.794 both; four files' root F1 fell by 0.004 to 0.006) and "
    "realnews46 and 47 from 0.424 and 0.416 to 0.455 and 0.460.",
    "- `cameo_triples_realnews50` to `..._realnews53` (sixteenth session; 80 real sentences each "
    "from 49, 56, 45 and 49 articles; Europe, East Asia and Latin America for 50 and 53, the Middle "
    "East, Africa and South or Central Asia for 51 and 52; written the same way). realnews50 and 51 "
    "were measured once at the session's start, before any work: root F1 0.739 and 0.647, triple "
    "F1 0.408 and 0.435. realnews52 and 53 were kept out of sight and measured once at the "
    "session's final pipeline (commit `b3b77d7`, with the sentence classifiers, which were not "
    "trained on them; CAMEO classifier threshold 0.6): root F1 0.780 and 0.707, triple F1 0.463 "
    "and 0.286 (the session-start coder: 0.776 / 0.461 and 0.720 / 0.280). The CAMEO threshold was "
    "then raised to 0.8 because at 0.6 the dev sets' short example sentences lost events; with "
    "classifiers trained without them, the final pipeline scores 0.780 / 0.463 and 0.720 / 0.280. "
    "Over all fifty-three unseen real-news files: mean root F1 0.715, mean triple F1 0.388. All four files were then added to the classifiers' "
    "training data; their rows below, like every `cameo_triples` file's, are leave-one-file-out.",
    "- `cameo_triples_realnews54` to `..._realnews57` (seventeenth session; 80 real sentences each "
    "from 58, 44, 37 and 54 articles; the Middle East for 54, Africa and South Asia for 55, Europe, "
    "Latin America and East Asia for 56, all three for 57; written the same way). realnews54 and 55 "
    "were measured once at the session's start, before any work: root F1 0.722 and 0.671, triple "
    "F1 0.342 and 0.309. realnews56 and 57 were kept out of sight and measured once at the "
    "session's final pipeline (commit `223cbe0`, classifiers not trained on them): root F1 0.710 "
    "and 0.790, triple F1 0.400 and 0.321, the same as the session-start pipeline's (none of their "
    "event-less sentences drew a confident classifier reading). Over all fifty-seven unseen "
    "real-news files: mean root F1 0.716, mean triple F1 0.385. All four files were then added to "
    "the classifiers' training data.",
    "- `cameo_triples_realnews58` to `..._realnews61` (eighteenth session; 80 real sentences each "
    "from 55, 48, 49 and 55 articles; Europe, Latin America and South Asia for 58, Africa and the "
    "Middle East for 59, the Middle East, Africa and Asia for 60, all regions for 61; written the "
    "same way). realnews58 and 59 were measured once at the session's start, before any work: root "
    "F1 0.675 and 0.840, triple F1 0.363 and 0.485. realnews60 and 61 were kept out of sight and "
    "measured once at the session's final pipeline (commit `ee5fd37`, classifiers not trained on "
    "them): root F1 0.671 and 0.812, triple F1 0.460 and 0.400 (the session-start pipeline: "
    "0.658 / 0.430 and 0.812 / 0.400). Over all sixty-one unseen real-news files: mean root F1 "
    "0.718, mean triple F1 0.388. All four files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews62` to `..._realnews65` (nineteenth session; 80 real sentences each "
    "from 44, 54, 55 and 52 articles; the Middle East, Africa and Asia for 62 and 64, Europe, the "
    "Americas and Asia for 63, all regions for 65; written the same way). realnews62 and 63 were "
    "measured once at the session's start, before any work: root F1 0.748 and 0.730, triple F1 "
    "0.426 and 0.351. realnews64 and 65 were kept out of sight and measured once at the session's "
    "final pipeline (commit `b0169db`, classifiers not trained on them): root F1 0.739 and 0.700, "
    "triple F1 0.433 and 0.375 (the session-start pipeline: 0.731 / 0.449 and 0.696 / 0.380). Over "
    "all sixty-five unseen real-news files: mean root F1 0.719, mean triple F1 0.389. All four "
    "files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews66` to `..._realnews69` (twentieth session; 80 real sentences each "
    "from 47, 54, 36 and 50 articles; Europe, the Americas and Africa for 66, Asia and the Middle "
    "East for 67, Africa, Asia and Latin America for 68, all regions for 69; written the same way). "
    "realnews66 and 67 were measured once at the session's start, before any work: root F1 0.705 "
    "and 0.749, triple F1 0.358 and 0.386. realnews68 and 69 were kept out of sight and measured "
    "once at the session's final pipeline (commit `0efe75b`, classifiers not trained on them): "
    "root F1 0.702 and 0.671, triple F1 0.358 and 0.389 (the session-start pipeline: 0.707 / "
    "0.360 and 0.671 / 0.389). Over all sixty-nine unseen real-news files: mean root F1 0.718, "
    "mean triple F1 0.388. All four files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews70` to `..._realnews73` (twenty-first session; 80 real sentences each "
    "from 44, 64, 56 and 44 articles; Europe, the Middle East and the Americas for 70, Africa and "
    "South Asia for 71, East and Southeast Asia, Oceania and Eastern Europe for 72, the Middle "
    "East, North Africa and Latin America for 73; written the same way). realnews70 and 71 were "
    "measured once at the session's start, before any work: root F1 0.711 and 0.803, triple F1 "
    "0.386 and 0.434. realnews72 and 73 were kept out of sight and measured once at the session's "
    "final pipeline (commit `268b899`, classifiers not trained on them): root F1 0.675 and 0.679, "
    "triple F1 0.391 and 0.388 (the session-start pipeline: 0.675 / 0.355 and 0.679 / 0.352; the "
    "gain is the sides a state's act is aimed at when the sentence names one other country). Over "
    "all seventy-three unseen real-news files: mean root F1 0.718, mean triple F1 0.389. All four "
    "files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews74` to `..._realnews77` (twenty-second session; 80 real sentences each "
    "from 47, 50, 51 and 37 articles; South Asia, Africa and Eastern Europe for 74, the Middle East, "
    "the Caucasus and Latin America for 75, Europe, East Asia and Africa for 76, the Middle East, "
    "South Asia and the Americas for 77; written the same way). realnews74 and 75 were measured "
    "once at the session's start, before any work: root F1 0.741 and 0.724, triple F1 0.447 and "
    "0.368. realnews76 and 77 were kept out of sight and measured once at the session's final "
    "pipeline (commit `11bca65`, classifiers not trained on them): root F1 0.720 and 0.745, triple "
    "F1 0.439 and 0.418 (the session-start pipeline: 0.720 / 0.439 and 0.755 / 0.411; the "
    "session's rules, each for a construction, changed one sentence of the two files). Over all "
    "seventy-seven unseen real-news files: mean root F1 0.719, mean triple F1 0.390. All four "
    "files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews78` to `..._realnews83` (twenty-third session; 80 real sentences each "
    "from 47, 50, 60, 54, 54 and 59 articles; South and Southeast Asia, the Middle East and Eastern "
    "Europe for 78, Africa, Latin America and the Caucasus for 79, all regions for 80 to 83; written "
    "the same way from a rewritten brief). realnews78 and 79 were measured once at the session's "
    "start, before any work: root F1 0.727 and 0.743, triple F1 0.466 and 0.434. realnews80 and 81 "
    "were kept out of sight and measured once after the session's first rules (commit `cc42172`'s "
    "rules, classifiers not trained on them): root F1 0.719 and 0.828, triple F1 0.500 and 0.645, "
    "the same as the session-start pipeline's; they then joined the training data. realnews82 and "
    "83 were written mid-session, kept out of sight and measured once at the session's final "
    "pipeline (classifiers not trained on them): root F1 0.667 and 0.711, triple F1 0.444 and "
    "0.500, against the session-start pipeline's 0.656 / 0.413 and 0.711 / 0.489 (the gain is the "
    "second half's broad rules: a state's force acts through its military, those a foreign force "
    "strikes belong to the place struck, the dead of a fight were killed by those fought). "
    "realnews84 and 85 (65 and 59 articles, all regions), written late in the session and kept out "
    "of sight, were measured once at the final pipeline: root F1 0.767 and 0.771, triple F1 0.591 "
    "and 0.469, exactly the session-start pipeline's (the session's rules changed the coding of 11 "
    "of their sentences and no match). Over all eighty-five unseen real-news files: mean root F1 "
    "0.721, mean triple F1 0.401. All eight files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews86` and `..._realnews87` (twenty-fourth session; 80 real sentences each "
    "from 51 and 67 articles; Africa, Latin America and South Asia for 86, Europe, the Middle East, "
    "Central and East Asia for 87; written the same way). Both were written at the session's start, "
    "kept out of sight, measured once at the start (root F1 0.749 and 0.809, triple F1 0.503 and "
    "0.532) and once at the session's final pipeline (commit `892b32b`, classifiers not trained on "
    "them): exactly the same scores (the session's rules recoded three of their sentences' actor "
    "spans and no match). Over all eighty-seven unseen real-news files: mean root F1 0.722, mean "
    "triple F1 0.404. Both files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews88` and `..._realnews89` (twenty-fourth session; 80 real sentences each "
    "from 56 and 60 articles; the Middle East, Africa and Southeast Asia for 88, Latin America, "
    "Europe, South and Central Asia for 89; written the same way late in the session). Measured "
    "once at the session's final pipeline (commit `4d1d08b`, classifiers not trained on them): root "
    "F1 0.712 and 0.697, triple F1 0.441 and 0.483; the session-start pipeline (`7ec9998`) on the "
    "same files: 0.705 / 0.432 and 0.689 / 0.441. Five of their 160 sentences turned out to be "
    "syndicated copies of development sentences under other URLs; without them the two pipelines "
    "score 0.709 / 0.430 and 0.693 / 0.477 (final) against 0.702 / 0.421 and 0.686 / 0.446 (start). "
    "Over all eighty-nine unseen real-news files: mean root F1 0.722, mean triple F1 0.405. Both "
    "files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews90` and `..._realnews91` (twenty-fifth session; 80 real sentences each "
    "from 58 and 59 articles; the Middle East, Africa, East and Southeast Asia for 90, Latin "
    "America, Europe, South and Central Asia for 91; written the same way at the session's start "
    "and kept out of sight). Measured once at the start (commit `7a7c54b`): root F1 0.763 and 0.691, "
    "triple F1 0.505 and 0.362; and once at the session's final pipeline (commit `937b3f7`, "
    "classifiers not trained on them): 0.763 / 0.505 and 0.713 / 0.383. `cameo_triples_realnews92` "
    "and `..._realnews93` (65 articles each, the same two region sets), written mid-session and "
    "kept out of sight: 0.693 / 0.413 and 0.678 / 0.404 at the final pipeline, against 0.693 / "
    "0.413 and 0.652 / 0.370 for the session-start pipeline. Over all ninety-three unseen "
    "real-news files: mean root F1 0.722, mean triple F1 0.406. The four files were then added to "
    "the classifiers' training data.",
    "- `cameo_triples_realnews94` and `..._realnews95` (twenty-sixth session; 80 real sentences each "
    "from 57 and 54 articles; the Middle East, Africa, East and Southeast Asia for 94, Latin "
    "America, Europe, South and Central Asia for 95; written the same way at the session's start "
    "and kept out of sight). Measured once at the start (commit `57548ec`): root F1 0.786 and 0.679, "
    "triple F1 0.624 and 0.357; and once at the session's final pipeline (commit `27a5296`, "
    "classifiers not trained on them): 0.782 / 0.621 and 0.679 / 0.357. `cameo_triples_realnews96` "
    "and `..._realnews97` (63 and 54 articles, the same two region sets), written mid-session and "
    "kept out of sight: 0.793 / 0.346 and 0.749 / 0.391 at the final pipeline, against 0.791 / "
    "0.339 and 0.742 / 0.393 for the session-start pipeline. Over all ninety-seven unseen "
    "real-news files: mean root F1 0.723, mean triple F1 0.407. The four files were then added to "
    "the classifiers' training data.",
    "- `cameo_triples_realnews98` to `..._realnews101` (twenty-seventh session; 80 real sentences each "
    "from 59, 62, 65 and 56 articles; the Middle East, Africa, East and Southeast Asia for 98 and "
    "100, Latin America, Europe, South and Central Asia for 99 and 101; all four written at the "
    "session's start and kept out of sight). Measured once at the start (commit `51b0976`): root F1 "
    "0.753, 0.729, 0.667 and 0.727, triple F1 0.427, 0.431, 0.368 and 0.428; and once at the "
    "session's final pipeline (commit `e41c98b`, classifiers not trained on them): 0.753 / 0.416, "
    "0.729 / 0.431, 0.690 / 0.402 and 0.720 / 0.444. Over all 101 unseen real-news files: mean root "
    "F1 0.723, mean triple F1 0.408. The four files were then added to the classifiers' training "
    "data.",
    "- `cameo_triples_realnews102` to `..._realnews105` (twenty-eighth session; 80 real sentences "
    "each from 64, 70, 62 and 47 articles; the Middle East, Africa, East and Southeast Asia for 102 "
    "and 104, Latin America, Europe, South and Central Asia for 103 and 105; all four written at "
    "the session's start and kept out of sight). Measured once at the start (commit `2c33979`): "
    "root F1 0.840, 0.775, 0.726 and 0.724, triple F1 0.519, 0.562, 0.413 and 0.402; and once at "
    "the session's final pipeline (commit `0429ac5`, classifiers not trained on them): the same "
    "figures, prediction for prediction (none of the session's rules fired on these 320 "
    "sentences). Over all 105 unseen real-news files: mean root F1 0.725, mean triple F1 0.411. "
    "The four files were then added to the classifiers' training data.",
    "- `cameo_triples_realnews106` to `..._realnews109` (twenty-ninth session; 80 real sentences "
    "each from 63, 60, 61 and 58 articles; the Middle East, Africa, East and Southeast Asia for 106 "
    "and 108, Latin America, Europe, South and Central Asia for 107 and 109; all four written at "
    "the session's start and kept out of sight). Measured once at the start (commit `864e3e5`): "
    "root F1 0.597, 0.779, 0.725 and 0.764, triple F1 0.420, 0.523, 0.446 and 0.517; and once at "
    "the session's final pipeline (commit `87cf69b`, classifiers not trained on them): 0.604 / "
    "0.429, 0.764 / 0.528, 0.738 / 0.472 and 0.767 / 0.522. Over all 109 unseen real-news files: "
    "mean root F1 0.725, mean triple F1 0.414. The four files were then added to the classifiers' "
    "training data.",
    "- Talks (046), calls (041) and meetings at a third place (044) are coded with actors reversed, "
    "as the CAMEO codebook's notes for 041 and 046 say and PETRARCH's dictionaries pair them "
    "(046:046); since the twenty-ninth session so are meetings (040, \"typically, although not "
    "always, reciprocal\"), hostings (043 with the guest's visit, 042, as the codebook's 043 "
    "example codes it) and calls paid on someone (042 with his receiving it, 043); a visit to a "
    "place (\"visited Russia\") stays one-way. The gold files before `..._realnews80` mostly code "
    "one direction, so the reversed events cost those files root F1 in-sample (about 0.006 for "
    "talks, 0.009 more for meetings and hostings); the later files mostly code both and gain.",
    "- A compound subject (\"X and Y agreed\") or target (\"visited X and Y\") gives one event per "
    "actor pair, as the CAMEO codebook and PETRARCH do; gold records that list one event count "
    "the others as false positives.",
    "- PLOVER types follow the CAMEO2PLOVER-2021 table except where the PLOVER 2021 definitions "
    "say otherwise (see `src/sitroom/data/plover/README.md`).",
    "- Source match needs the actor resolver's country and role; most misses there are the "
    "resolver's (unresolved or mis-resolved names), not the coder's choice of source. About a fifth "
    "of the PLOVER gold source specs no actor code can satisfy under the shared scorer's rules: "
    "31 are a bare `IGO:IGO` (the scorer wants the letters IGO after the code's own IGO prefix), "
    "others use retired country codes (ITL, JAP, VTN), `***` or a lower-case ethnic suffix glued to "
    "the role (`CVLkur`), which the scorer compares with three-letter role blocks. The row \"gold "
    "source specs an actor code can satisfy\" is that ceiling (0.812); the 0.80 target for the "
    "whole set is therefore all but out of reach, and the match on the satisfiable specs is shown "
    "beside it.", "",
]


def report(results: dict[str, tuple[Tally, dict]]) -> str:
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = ["# Event coder accuracy", "",
           f"Written by `benchmarks/accuracy.py` on {now} ({platform.python_implementation()} "
           f"{platform.python_version()}, {platform.machine()}). The full `Pipeline` codes each record; "
           "`sitroom.evaluation` scores it (the same figures as `shared/tools/score_events.py`).", "",
           "The dev sets are the CAMEO codebook's and the PLOVER gold-standard records' own example "
           "sentences: a proxy. Nothing in the coder is fitted to them; its rules come from the CAMEO "
           "codebook, the PLOVER 2021 definitions and the ACLED codebook. Held-out news scores lower.", "",
           "The pipeline's CAMEO sentence classifier (`sitroom.events.cameo_model`) is trained on the "
           "`cameo_triples*` files below, so each of them is coded with a classifier trained on all the "
           "others (leave-one-file-out); the dev sets are coded with the shipped one.", ""]
    out += NOTES
    for name, (tally, timing) in results.items():
        out += [f"## {name}", "", "| figure | value |", "| --- | --- |", *headline_rows(name, tally), ""]
        out += ["### Cost", "", "| figure | value |", "| --- | --- |", *cost_rows(timing), ""]
        if tally.n_gold:
            out += ["### Per root", "", *per_root_table(tally), ""]
            out += ["### Root confusion", "",
                    "Rows: gold root; columns: the first predicted root of the record (`--`: none). "
                    "Diagonal in bold.", "", *confusion_table(tally), ""]
    return "\n".join(out)


def acled_section(pipeline: Pipeline) -> list[str]:
    """ACLED sub-event typing on every benchmarks/data/acled_subevents*.jsonl file, by the
    dictionary coder alone and with the sentence classifier trained without that file."""
    from acled_subevents import DEFAULT_DATA, code_rows, load, summary
    from sentence_models_cv import unseen_model
    out = ["## ACLED sub-event typing", "",
           "`benchmarks/acled_subevents.py` on every file (its docstring tells which were measured once "
           "unseen and what they scored then; all have since been used to find general bugs). The shipped "
           "ACLED sentence classifier is trained on these files, so its column is measured leave-one-file-out: "
           "each file coded with a classifier trained on all the others (`benchmarks/sentence_models_cv.py`).", "",
           "| file | sentences | coder alone: sub-event F1 | event-type F1 | no-event sentences left empty "
           "| with classifier (file unseen): sub-event F1 | event-type F1 |",
           "| --- | --- | --- | --- | --- | --- | --- |"]
    for path in DEFAULT_DATA:
        kept, pipeline.acled_model = pipeline.acled_model, None
        alone = summary(code_rows(pipeline, load(path)))
        pipeline.acled_model = unseen_model("acled", path)
        both = summary(code_rows(pipeline, load(path)))
        pipeline.acled_model = kept
        print(path.name, json.dumps(alone), json.dumps(both))
        out.append(f"| {path.stem} | {alone['sentences']} | {alone['sub_event_f1']:.3f} | {alone['event_type_f1']:.3f} "
                   f"| {alone['negatives_empty']}/{alone['negatives']} | {both['sub_event_f1']:.3f} "
                   f"| {both['event_type_f1']:.3f} |")
    return out + [""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "accuracy.md")
    ap.add_argument("--pred-dir", type=Path, default=None, help="also write pred_<set>.jsonl here")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--no-acled", dest="acled", action="store_false", help="skip the ACLED sub-event files")
    a = ap.parse_args()
    from sentence_models_cv import unseen_model

    pipeline = Pipeline()
    shipped_cameo = pipeline.cameo_model
    results: dict[str, tuple[Tally, dict]] = {}
    for name in a.sets:
        path = LOCAL_SETS.get(name, a.shared / "data" / "dev" / f"{name}.jsonl")
        # a file the shipped CAMEO classifier was trained on is coded with one trained without it
        pipeline.cameo_model = unseen_model("cameo", path) if name in LOCAL_SETS else shipped_cameo
        gold, pred, timing = run_set(pipeline, path)
        tally = score(gold, pred, frozenset(pipeline.resolver.knowledge.countries))
        results[name] = (tally, timing)
        print(name, json.dumps(tally.headline()), json.dumps(tally.extra()),
              f"coder {1000 * timing['coder_s'] / max(timing['sentences'], 1):.3f} ms/sentence")
        if a.pred_dir:
            a.pred_dir.mkdir(parents=True, exist_ok=True)
            with (a.pred_dir / f"pred_{name}.jsonl").open("w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(pred[rid]) + "\n" for rid in gold)
    pipeline.cameo_model = shipped_cameo
    acled = acled_section(pipeline) if a.acled else []
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(report(results) + "\n" + "\n".join(acled) + "\n", encoding="utf-8")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()

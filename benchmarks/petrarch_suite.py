#!/usr/bin/env python3
"""Run sitroom on PETRARCH's own unit-test suite (PETR.UnitTest.records.xml).

usage: .venv/bin/python benchmarks/petrarch_suite.py [--suite DIR] [--verbose] [--json OUT]
                                                     [--petrarch2 HARNESS_OUTPUT]

Each <Sentence> record's <Text> is coded by the full sitroom pipeline with the suite's own
dictionaries (validate/PETR.Validate.{verbs,actors,agents,discards}.txt) loaded in replace
mode, so every actor and event code comes from those dictionaries (toy codes such as ARN,
GON, 903). The record's <Parse> tree is not used: sitroom parses the text with spaCy.

A record passes when sitroom's set of (source, target, event code) triples equals the
expected set; records with noevents="True" or an expected error (story/sentence discard,
dateline) pass when nothing is coded. Errors about the supplied parse tree
(bad_input_parse) do not apply to a coder that parses the text itself and are not scored.
Softer scores: the set of event codes alone equal to the expected set ("event"), and micro
triple recall / precision over all records. As PETRARCH reports no event with neither a
source nor a target, sitroom's actorless events are left out of the comparison.

--petrarch2 reads the output of a PETRARCH2 run over the same records (one line per scored
record, in file order: "ID [expected triples] [coded triples]" or "ID [expected] CRASH ...", as
printed by a Python 2.7 harness calling petrarch2.do_coding on each record's <Parse>) and prints
PETRARCH2's pass rates beside sitroom's, scored the same way.

The suite's sentences are read from the shared data at run time and never stored here.
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitroom.pipeline import Pipeline, PipelineOptions
from sitroom.records import Actor, Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITE = ROOT.parent / "shared" / "data" / "petrarch2"
NOT_APPLICABLE_ERRORS = frozenset({"bad_input_parse"})
NO_ACTOR = "---"
CRASHED = ("CRASH", NO_ACTOR, NO_ACTOR)

Triple = tuple[str, str, str]


@dataclass(slots=True)
class Record:
    id: str
    category: str
    date: date | None
    text: str
    expected: set[Triple]
    error: str | None = None  # an expected PETRARCH error ("storydiscard", "dateline", ...)
    got: set[Triple] = field(default_factory=set)

    @property
    def scored(self) -> bool:
        return self.error not in NOT_APPLICABLE_ERRORS

    @property
    def passed(self) -> bool:
        return self.got == self.expected

    @property
    def event_passed(self) -> bool:
        return {t[2] for t in self.got} == {t[2] for t in self.expected}


def read_suite(path: Path) -> list[Record]:
    root = ET.parse(path).getroot()
    records = []
    for s in root.iter("Sentence"):
        expected: set[Triple] = set()
        error = None
        for coding in s.findall("EventCoding"):
            a = {k.strip(): v.strip() for k, v in coding.attrib.items()}
            if "error" in a:
                error = a["error"]
            elif "eventcode" in a:
                expected.add((a.get("sourcecode", NO_ACTOR), a.get("targetcode", NO_ACTOR), a["eventcode"]))
        text = " ".join((s.findtext("Text") or "").split())
        records.append(Record(s.get("id", "?").strip(), _category(s.get("category", "")), _date(s.get("date")),
                              text, expected, error))
    return records


def _category(raw: str) -> str:
    """COMPOUNDx / AGENTS are spelling variants of COMPOUND / AGENT in the file."""
    cat = raw.strip().upper()
    return {"COMPOUNDX": "COMPOUND", "AGENTS": "AGENT"}.get(cat, cat)


def _date(raw: str | None) -> date | None:
    digits = re.sub(r"\D", "", raw or "")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])) if len(digits) >= 8 else None
    except ValueError:
        return None


def actor_code(actor: Actor | None) -> str:
    """PETRARCH's spelling: "---" for no actor, "---GOV" for an agent without a country."""
    if actor is None or not actor.code:
        return NO_ACTOR
    code = actor.code
    if not actor.country and actor.roles and code == "".join(actor.roles):
        return NO_ACTOR + code
    return code


def code_records(pipeline: Pipeline, records: list[Record]) -> None:
    docs = [Document(id=r.id, text=r.text, date=r.date) for r in records]
    for record, (_, events) in zip(records, pipeline.code(docs)):
        # PETRARCH reports no event without any actor; sitroom keeps them (e.g. for counts)
        record.got = {(actor_code(e.source), actor_code(e.target), e.cameo) for e in events
                      if e.source is not None or e.target is not None}


def report(records: list[Record]) -> dict:
    scored = [r for r in records if r.scored]
    by_cat: dict[str, list[Record]] = defaultdict(list)
    for r in scored:
        by_cat[r.category].append(r)
    rows = {}
    print(f"{'category':<10} {'n':>4} {'exact':>7} {'event':>7}")
    for cat in sorted(by_cat):
        rs = by_cat[cat]
        rows[cat] = _scores(rs)
        print(f"{cat:<10} {len(rs):>4} {rows[cat]['exact']:>7.1%} {rows[cat]['event']:>7.1%}")
    overall = _scores(scored)
    expected = sum(len(r.expected) for r in scored)
    got = sum(len(r.got) for r in scored)
    hit = sum(len(r.got & r.expected) for r in scored)
    overall["triple_recall"] = hit / expected if expected else 0.0
    overall["triple_precision"] = hit / got if got else 0.0
    print(f"{'overall':<10} {len(scored):>4} {overall['exact']:>7.1%} {overall['event']:>7.1%}")
    print(f"triple recall {overall['triple_recall']:.1%} ({hit}/{expected}), "
          f"precision {overall['triple_precision']:.1%} ({hit}/{got})")
    skipped = len(records) - len(scored)
    if skipped:
        print(f"({skipped} record(s) expecting a parse-tree error not scored: sitroom parses the text itself)")
    return {"overall": overall, "categories": rows}


def _scores(rs: list[Record]) -> dict:
    n = len(rs) or 1
    return {"n": len(rs), "exact": sum(r.passed for r in rs) / n, "event": sum(r.event_passed for r in rs) / n}


_HARNESS_LINE = re.compile(r"^(\S+) (\[.*?\]) (CRASH.*|\[.*\])\s*$")


def read_petrarch2_output(path: Path, records: list[Record]) -> list[Record]:
    """PETRARCH2's coded triples for the scored records, from a harness output file whose
    record lines come in suite order (ids repeat in the suite, so order, not id, pairs them)."""
    scored = [r for r in records if r.scored]
    coded: list[tuple[str, set[Triple]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _HARNESS_LINE.match(line)
        if m:
            # a crash is a failure, even where nothing was expected
            got = {CRASHED} if m.group(3).startswith("CRASH") else {tuple(t) for t in ast.literal_eval(m.group(3))}
            coded.append((m.group(1), got))
    if [i for i, _ in coded] != [r.id for r in scored]:
        raise SystemExit(f"{path}: its record lines do not follow the suite's scored records")
    return [Record(r.id, r.category, r.date, r.text, r.expected, r.error, got)
            for r, (_, got) in zip(scored, coded)]


def compare(ours: dict, theirs: dict) -> None:
    print(f"\n{'category':<10} {'n':>4} {'sitroom':>8} {'PETRARCH2':>10}   (exact)")
    for cat in sorted(ours["categories"]):
        a, b = ours["categories"][cat], theirs["categories"].get(cat, {"exact": 0.0})
        print(f"{cat:<10} {a['n']:>4} {a['exact']:>8.1%} {b['exact']:>10.1%}")
    print(f"{'overall':<10} {ours['overall']['n']:>4} {ours['overall']['exact']:>8.1%} "
          f"{theirs['overall']['exact']:>10.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--suite", type=Path, default=DEFAULT_SUITE,
                    help="folder with PETR.UnitTest.records.xml and validate/")
    ap.add_argument("--verbose", action="store_true", help="print every failing record")
    ap.add_argument("--json", type=Path, help="write the scores (no sentences) to this file")
    ap.add_argument("--petrarch2", type=Path, help="a PETRARCH2 harness output to compare with (see above)")
    a = ap.parse_args()
    records = read_suite(a.suite / "PETR.UnitTest.records.xml")
    t0 = time.perf_counter()
    pipeline = Pipeline(PipelineOptions(dictionaries=a.suite / "validate", dictionary_mode="replace",
                                        dictionary_strict=False))  # the suite's verbs file has deliberate errors
    problems = pipeline.user_dictionaries.problems if pipeline.user_dictionaries else []
    t1 = time.perf_counter()
    code_records(pipeline, records)
    t2 = time.perf_counter()
    print(f"{len(records)} records; dictionaries loaded in {t1 - t0:.1f}s ({len(problems)} malformed "
          f"line(s) skipped); coded in {t2 - t1:.1f}s")
    if a.verbose:
        for r in records:
            if r.scored and not r.passed:
                print(f"FAIL {r.id} [{r.category}] expected {sorted(r.expected) or r.error or 'no events'} "
                      f"got {sorted(r.got)}\n     {r.text}")
    scores = report(records)
    if a.petrarch2:
        print(f"\nPETRARCH2 ({a.petrarch2}):")
        theirs = report(read_petrarch2_output(a.petrarch2, records))
        compare(scores, theirs)
        scores["petrarch2"] = {k: v for k, v in theirs.items()}
    if a.json:
        scores["records"] = {r.id: {"category": r.category, "passed": r.passed, "event_passed": r.event_passed}
                             for r in records if r.scored}
        a.json.write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

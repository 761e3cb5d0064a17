"""`sitroom eval` scoring agrees with the shared reference scorer and adds per-root tables."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitroom.evaluation import actor_matches, load_jsonl, score, spec_reachable, GoldFileError

SHARED_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_events.py"

GOLD = [
    {"id": "a", "date": "2020-01-02", "text": "x", "events": [
        {"source": "IRQ/SECURITY", "root": "19", "target": "IRQ/ARMED", "plover": "ASSAULT",
         "location": {"name": "Basra", "lat": 30.5, "lon": 47.8, "kind": "place"}, "date": "2020-01-01"}]},
    {"id": "b", "text": "y", "events": [{"root": "02|10", "cameo": "0233", "plover": "REQUEST"}]},
    {"id": "c", "text": "z", "events": []},
    {"id": "d", "text": "w", "events": [{"source": "IGO:UN", "root": "04", "target": "SDN"}]},
]
PRED = [
    {"id": "a", "events": [{"cameo": "190", "root": "19", "plover": {"type": "ASSAULT"},
                            "source": {"code": "IRQMIL", "country": "IRQ", "roles": ["MIL"]},
                            "target": {"code": "IRQREB"},
                            "location": {"name": "Al Basrah", "lat": 30.51, "lon": 47.78}, "date": "2020-01-01"}]},
    {"id": "b", "events": [{"cameo": "0233", "root": "02", "plover": {"type": "REQUEST"}},
                           {"cameo": "010", "root": "01"}]},
    {"id": "c", "events": [{"cameo": "010", "root": "01"}]},
    {"id": "d", "events": [{"cameo": "040", "root": "04", "source": {"code": "IGOUNO", "name": "United Nations"},
                            "target": {"code": "SDNGOV"}}]},
]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_headline_figures(tmp_path: Path) -> None:
    tally = score(load_jsonl(_write(tmp_path / "g.jsonl", GOLD)), load_jsonl(_write(tmp_path / "p.jsonl", PRED)))
    head = tally.headline()
    assert head["gold_events"] == 3 and head["pred_events"] == 5
    assert head["root"] == {"precision": 0.6, "recall": 1.0, "f1": 0.75}
    assert head["triple"]["recall"] == 1.0
    assert head["plover_recall"] == 1.0
    assert head["location_accuracy"] == 1.0 and head["date_accuracy"] == 1.0
    assert head["no_event_records_left_empty"] == 0.0
    assert tally.extra()["full_code_accuracy"] == 1.0
    assert tally.per_root()["01"]["precision"] == 0.0


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared scorer not beside the project")
def test_agrees_with_shared_scorer(tmp_path: Path) -> None:
    gold, pred = _write(tmp_path / "g.jsonl", GOLD), _write(tmp_path / "p.jsonl", PRED)
    ref = json.loads(subprocess.run([sys.executable, str(SHARED_SCORER), str(gold), str(pred), "--json"],
                                    check=True, capture_output=True, text=True).stdout)
    assert score(load_jsonl(gold), load_jsonl(pred)).headline() == ref


def test_actor_specs() -> None:
    assert actor_matches("IRQ/SECURITY", {"code": "IRQMIL"})
    assert not actor_matches("IRQ/STATE", {"code": "IRQMIL"})
    assert actor_matches("HUN/GOV", {"code": "HUNGOV"})
    assert actor_matches("IGO:UN", {"code": "IGOUNO"})
    assert actor_matches(None, None)


def test_source_specs_no_code_can_satisfy_are_counted_apart() -> None:
    countries = frozenset({"IRQ", "SRB", "USA"})
    assert spec_reachable("IRQ/GOV", countries) and spec_reachable("IGO:UN", countries)
    assert spec_reachable("USA/STATE,CVL", countries) and spec_reachable("SRB", countries)
    for spec in ("IGO:IGO", "SRB/CVLalb", "IRQ/***", "ITL", "IRQ/REBKUR"):
        assert not spec_reachable(spec, countries), spec
    gold = {"a": {"id": "a", "events": [{"root": "14", "source": "IRQ/CVL"}, {"root": "14", "source": "IRQ/***"}]}}
    pred = {"a": {"id": "a", "events": [{"root": "14", "source": {"code": "IRQCVL"}}]}}
    extra = score(gold, pred, countries).extra()
    assert extra["source_country_role_match"] == 0.5
    assert extra["source_specs_reachable"] == 0.5 and extra["source_match_where_reachable"] == 1.0


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "events": []}\n{not json\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"bad.jsonl:2:"):
        load_jsonl(bad)


def test_plover_triple_checks_type_and_both_actor_specs(tmp_path: Path) -> None:
    gold = [{"id": "a", "text": "x", "events": [
        {"source": "IRQ/GOV", "target": "IRN", "plover": "CONSULT"},
        {"source": "IRQ/GOV", "target": "USA", "plover": "CONSULT"}]}]
    pred = [{"id": "a", "events": [
        {"plover": {"type": "CONSULT"}, "source": {"code": "IRQGOV"}, "target": {"code": "IRNGOV"}},
        {"plover": {"type": "CONSULT"}, "source": {"code": "IRQGOV"}, "target": {"code": "GBRGOV"}}]}]
    tally = score(load_jsonl(_write(tmp_path / "g.jsonl", gold)), load_jsonl(_write(tmp_path / "p.jsonl", pred)))
    assert tally.headline()["plover_recall"] == 1.0
    assert tally.extra()["plover_triple"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}

"""End to end through the CLI on the bundled sample corpus: ingest → code → events → report."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "basra2008"
runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "sitroom.duckdb"
    result = invoke("run", CORPUS, "--db", db)
    assert result.exit_code == 0, result.output
    return db


def _events(db: Path, *filters: str) -> list[dict]:
    result = invoke("events", "--db", db, "--format", "jsonl", *filters)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_ingest_again_changes_nothing(store: Path) -> None:
    before = _events(store)
    result = invoke("ingest", CORPUS, "--db", store)
    assert result.exit_code == 0, result.output
    assert "0 new" in result.output
    assert len(_events(store)) == len(before)


def test_basra_offensive_is_a_fight_by_iraqi_security_against_armed_group(store: Path) -> None:
    fights = _events(store, "--place", "Basra", "--code", "19")
    assert fights, "no root-19 event located in Basra"
    def iraqi_state_vs_armed(e: dict) -> bool:
        src, tgt = e.get("source") or {}, e.get("target") or {}
        return (src.get("code", "").startswith("IRQ") and bool({"MIL", "COP", "GOV"} & set(src.get("roles", [])))
                and bool({"REB", "INS", "UAF", "RAD", "CRM"} & set(tgt.get("roles", []))))
    assert any(iraqi_state_vs_armed(e) for e in fights), [
        (e["source"], e["cameo"], e["target"]) for e in fights]
    for e in fights:
        assert e["root"] == "19" and e["quad_class"] == 4
        assert e["location"]["name"].lower().startswith(("basra", "al basrah", "basrah"))
        ev = e["evidence"]
        assert ev["text"] and ev["end"] > ev["start"]


def test_evidence_offsets_point_into_the_document(store: Path) -> None:
    from sitroom.store import Store
    events = _events(store)
    assert len(events) >= 20
    with Store(store, read_only=True) as db:
        for e in events[:50]:
            doc = db.get_document(e["doc_id"])
            ev = e["evidence"]
            assert doc.text[ev["start"]:ev["end"]] == ev["text"]


def test_events_csv_and_filters(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = invoke("events", "--db", store, "--format", "csv", "--actor", "IRQ", "-o", out)
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("event_id,date,cameo")
    assert len(lines) > 1
    assert _events(store, "--since", "2030-01-01") == []


def test_report_terminal_and_html(store: Path, tmp_path: Path) -> None:
    html = tmp_path / "report.html"
    result = invoke("report", "--db", store, "--place", "Basra", "--sides", CORPUS / "sides.json", "--html", html)
    assert result.exit_code == 0, result.output
    assert "Basra" in result.stdout
    page = html.read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Basra" in page


def test_code_is_stateless_and_keeps_input_order(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    docs = [{"id": f"d{i}", "date": "2008-03-26", "text": text} for i, text in enumerate([
        "Iraqi troops attacked militia positions in Basra on Tuesday.",
        "It is hard to say who is winning.",
        "",
        "The prime minister met tribal leaders in Basra.",
    ])]
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = invoke("code", src, "-o", out)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["d0", "d1", "d2", "d3"]
    assert any(e["root"] == "19" for e in rows[0]["events"])
    assert rows[1]["events"] == [] and rows[2]["events"] == []
    assert not list(tmp_path.glob("*.part"))


def test_bad_json_line_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "Troops attacked rebels."}\n{"id": "b", "text": \n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = invoke("ingest", bad, "--db", db)
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.output
    skipped = invoke("ingest", bad, "--db", db, "--skip-bad")
    assert skipped.exit_code == 0 and "1 skipped" in skipped.output


def test_eval_prints_the_contract_figures(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "date": "2008-03-28", "text":
                                "Iraqi soldiers attacked Mahdi Army fighters in Basra on Friday.",
                                "events": [{"root": "19", "source": "IRQ/SECURITY", "target": "IRQ/ARMED"}]})
                    + "\n" + json.dumps({"id": "g2", "text": "Nobody knows what comes next.", "events": []})
                    + "\n", encoding="utf-8")
    result = invoke("eval", gold)
    assert result.exit_code == 0, result.output
    for key in ("root", "triple", "no_event_records_left_empty", "per CAMEO root"):
        assert key in result.stdout


def test_export_gdelt_and_acled_read_back(store: Path, tmp_path: Path) -> None:
    import pandas as pd
    gdelt = tmp_path / "events.gdelt.tsv"
    assert invoke("export", "--db", store, "--format", "gdelt", "-o", gdelt).exit_code == 0
    table = pd.read_csv(gdelt, sep="\t", header=None, dtype=str)
    assert table.shape[1] == 61 and len(table) > 0
    assert set(table[28].dropna().str.len()) <= {2}  # EventRootCode
    acled = tmp_path / "events.acled.csv"
    assert invoke("export", "--db", store, "--format", "acled", "-o", acled).exit_code == 0
    frame = pd.read_csv(acled, dtype=str)
    assert list(frame.columns[:7]) == ["event_id_cnty", "event_date", "year", "time_precision",
                                       "disorder_type", "event_type", "sub_event_type"]
    assert frame["sub_event_type"].notna().all()


def test_unknown_store_is_a_one_line_error(tmp_path: Path) -> None:
    result = invoke("events", "--db", tmp_path / "missing.duckdb")
    assert result.exit_code == 1 and "no such store" in result.output

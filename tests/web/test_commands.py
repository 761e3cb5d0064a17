"""The Typer command functions `serve_command` / `watch_command`, registered on a test app."""
from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from sitroom.web.commands import serve_command, watch_command


@pytest.fixture()
def cli() -> typer.Typer:
    app = typer.Typer()
    app.command("serve")(serve_command)
    app.command("watch")(watch_command)
    return app


@pytest.fixture()
def uvicorn_calls(monkeypatch) -> list[dict]:
    import uvicorn
    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append({"app": app, **kw}))
    return calls


def test_serve_binds_loopback_by_default_with_host_check(cli, uvicorn_calls, web_store):
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--port", "8765"])
    assert result.exit_code == 0, result.output
    (call,) = uvicorn_calls
    assert (call["host"], call["port"]) == ("127.0.0.1", 8765)
    assert "warning" not in result.output
    assert call["app"].state.dashboard.db_path == web_store


def test_serve_warns_when_bound_beyond_loopback(cli, uvicorn_calls, web_store, capfd):
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "warning: serving on 0.0.0.0" in result.output + capfd.readouterr().err
    assert uvicorn_calls[0]["host"] == "0.0.0.0"


def test_serve_reads_sides(cli, uvicorn_calls, web_store, tmp_path):
    sides = tmp_path / "sides.json"
    sides.write_text(json.dumps({"Army": ["IRQMIL"]}), encoding="utf-8")
    assert CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--sides", str(sides)]).exit_code == 0
    assert uvicorn_calls[0]["app"].state.dashboard.sides == {"Army": ["IRQMIL"]}
    sides.write_text("[1, 2]", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--db", str(web_store), "--sides", str(sides)])
    assert result.exit_code == 1 and "sides mapping" in result.output


def test_watch_once_on_a_folder(cli, tmp_path, monkeypatch):
    import sitroom.watch as watch_module

    class NoEvents:
        def code(self, documents):
            return ((doc, []) for doc in documents)
    monkeypatch.setattr(watch_module, "_default_pipeline", NoEvents)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Police detained a suspect in Karbala on Monday.", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(cli, ["watch", str(tmp_path / "in"), "--db", str(db), "--once"])
    assert result.exit_code == 0, result.output
    assert "new 1, coded 1" in result.output

"""Typer command functions for `sitroom serve` and `sitroom watch` (registered in `sitroom.cli`)."""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

console = Console(stderr=True, soft_wrap=True)


def _fail(message: str) -> None:
    console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
    raise typer.Exit(1)


def _read_sides(path: Optional[Path]) -> Optional[dict[str, list[str]]]:
    if path is None:
        return None
    try:
        sides = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        _fail(f"{path}: cannot read sides mapping ({exc})")
    if not isinstance(sides, dict) or not all(
            isinstance(v, list) and all(isinstance(p, str) for p in v) for v in sides.values()):
        _fail(f"{path}: a sides mapping is a JSON object of side name → list of actor code prefixes")
    return sides


def serve_command(
    db: Path = typer.Option(Path("sitroom.duckdb"), "--db", help="DuckDB store file."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback is shared."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
    sides: Optional[Path] = typer.Option(None, "--sides", help="JSON: side name → actor code prefixes."),
) -> None:
    """Serve the situation dashboard (map, timeline, dyads, incidents, contested claims) locally."""
    from sitroom.web import serve
    side_map = _read_sides(sides)
    if not db.exists():
        console.print(f"[yellow]note:[/] {db} does not exist yet; the dashboard will show data once "
                      "`sitroom ingest`/`run`/`watch` creates it", highlight=False)
    console.print(f"dashboard: http://{host if ':' not in host else f'[{host}]'}:{port}/  (Ctrl+C to stop)",
                  highlight=False, markup=False)
    serve(db, host=host, port=port, sides=side_map)


def watch_command(
    sources: list[str] = typer.Argument(..., help="RSS/Atom feed URLs, files or folders to poll."),
    db: Path = typer.Option(Path("sitroom.duckdb"), "--db", help="DuckDB store file."),
    interval: float = typer.Option(60.0, "--interval", min=1.0, help="Seconds between polls."),
    once: bool = typer.Option(False, "--once", help="One pass, then exit."),
) -> None:
    """Poll feeds and folders; ingest only what is new, code it and store it."""
    from sitroom.watch import watch
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    def report(stats) -> None:
        console.print(f"read {stats.read}, new {stats.new}, coded {stats.coded} document(s), "
                      f"{stats.events} event(s)" + (f", {len(stats.errors)} skipped" if stats.errors else ""),
                      highlight=False)
    try:
        watch(sources, db, interval=interval, once=once, on_pass=report)
    except KeyboardInterrupt:
        console.print("stopped")

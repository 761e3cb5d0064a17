"""The `sitroom` command line: wires the stages together, nothing more."""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from sitroom.batching import batched
from sitroom.records import Document, Event, event_to_json

app = typer.Typer(help="sitroom: conflict news → sourced event data and a situation picture.",
                  no_args_is_help=True, add_completion=False)
console = Console(stderr=True)
out = Console()

DB_OPTION = typer.Option(Path("sitroom.duckdb"), "--db", help="DuckDB store file.")
SKIP_OPTION = typer.Option(False, "--skip-bad", help="Warn and skip bad input instead of stopping.")
# documents per store transaction while coding: each transaction recomputes the actors it
# touches, so larger ones write several times faster (benchmarks/store_writes.py); a crash
# loses at most one transaction of coding, never stored documents
SAVE_BATCH = 512


def fail(message: str) -> None:
    """One line on stderr (the message is printed literally, never as Rich markup), exit code 1."""
    console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal)


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


class SkipCounter:
    """Collects the items skipped under --skip-bad so the run can end with a count."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: Exception) -> None:
        self.count += 1
        console.print(f"[yellow]skipped:[/] {escape(str(error))}", highlight=False, soft_wrap=True)


def read_sources(paths: list[str], skip_bad: bool, skipped: SkipCounter) -> Iterator[Document]:
    from sitroom.ingest import read_path, read_url
    for item in paths:
        if _is_url(item):
            yield from read_url(item)
        elif not Path(item).exists():
            from sitroom.ingest import IngestError
            raise IngestError(item, 0, "no such file or folder")
        else:
            yield from read_path(Path(item), skip_bad=skip_bad, on_skip=skipped)


def _user_error_types() -> tuple[type[Exception], ...]:
    """Errors caused by the user's input or files: one line, exit 1, no traceback."""
    from sitroom.actors import DictionaryError
    from sitroom.config import ConfigError
    from sitroom.evaluation import GoldFileError
    from sitroom.ingest import IngestError
    from sitroom.store import StoreError
    return IngestError, StoreError, DictionaryError, ConfigError, GoldFileError


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn input, store and dictionary errors into a one-line message and exit code 1."""
    try:
        yield
    except _user_error_types() as exc:
        fail(str(exc))


def _store_documents(store, documents: Iterator[Document]):
    """Add documents in batches; what was read before an error is kept (flushed first)."""
    from sitroom.store import IngestStats
    total = IngestStats()
    batch: list[Document] = []
    try:
        for doc in documents:
            batch.append(doc)
            if len(batch) >= 500:
                total += store.add_documents(batch)
                batch = []
    finally:
        if batch:
            total += store.add_documents(batch)
    return total


def _ingest(paths: list[str], db: Path, skip_bad: bool) -> None:
    from sitroom.store import Store
    skipped = SkipCounter()
    with user_errors(), Store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        docs = _tick(read_sources(paths, skip_bad, skipped), progress, task)
        stats = _store_documents(store, docs)
    console.print(f"ingested {stats.new} new document(s), {stats.duplicate} already stored, "
                  f"{stats.near_duplicate} near-duplicate(s) kept as extra sources"
                  + (f", {skipped.count} skipped" if skipped.count else "") + f" → {db}")


def _tick(items: Iterable, progress: Progress, task) -> Iterator:
    for item in items:
        progress.advance(task)
        yield item


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="JSONL, .txt, .html, RSS/Atom files, folders or feed URLs."),
           db: Path = DB_OPTION, skip_bad: bool = SKIP_OPTION) -> None:
    """Read documents into the store (the same document twice is stored once)."""
    _ingest(paths, db, skip_bad)


def _pipeline(batch_size: int, n_process: int, dictionaries: Optional[Path]):
    from sitroom.pipeline import Pipeline, PipelineOptions
    with user_errors():
        return Pipeline(PipelineOptions(batch_size=batch_size, n_process=n_process, dictionaries=dictionaries))


BATCH_OPTION = typer.Option(64, "--batch-size", help="Documents per spaCy batch.")
PROC_OPTION = typer.Option(1, "--n-process", help="spaCy worker processes.")
DICT_OPTION = typer.Option(None, "--dictionaries", help="Folder of PETRARCH/TABARI dictionaries.")


ENGINE_OPTION = typer.Option("local", "--engine", help="local, or spark (PySpark + Java 17).")
MASTER_OPTION = typer.Option("local[2]", "--master", help="Spark master for --engine spark.")
FORMAT_HELP = "jsonl or parquet (default: from the file suffix)."


@app.command()
def code(infile: Path = typer.Argument(..., help="Input documents, JSONL (EVENTS.md) or Parquet."),
         output: Path = typer.Option(..., "-o", "--output", help="Output: one line (or row) per document."),
         batch_size: int = BATCH_OPTION, n_process: int = PROC_OPTION,
         dictionaries: Optional[Path] = DICT_OPTION, skip_bad: bool = SKIP_OPTION,
         engine: str = ENGINE_OPTION, master: str = MASTER_OPTION,
         input_format: Optional[str] = typer.Option(None, "--input-format", help=FORMAT_HELP),
         output_format: Optional[str] = typer.Option(None, "--output-format", help=FORMAT_HELP)) -> None:
    """Code documents to events, statelessly: IN.jsonl → OUT.jsonl (no store), in input order."""
    from sitroom.engines import ENGINES, EngineError
    if engine not in ENGINES:
        fail(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if not infile.exists():
        fail(f"{infile}:0: no such file")
    skipped = SkipCounter()
    extra: dict = {"on_skip": skipped} if engine == "local" else {}
    with user_errors(), _progress() as progress:
        task = progress.add_task("coding", total=None)
        if engine == "local":
            extra["on_document"] = lambda: progress.advance(task)
        try:
            stats = ENGINES[engine](infile, output, master, input_format, output_format, batch_size,
                                    n_process=n_process, dictionaries=dictionaries, skip_bad=skip_bad, **extra)
        except EngineError as exc:
            fail(str(exc))
    if engine != "local":
        for message in stats.skipped_messages:
            console.print(f"[yellow]skipped:[/] {escape(message)}", highlight=False, soft_wrap=True)
    console.print(f"coded {stats.documents} document(s), {stats.events} event(s) → {output}"
                  + (f" ({stats.skipped} skipped)" if stats.skipped else ""))


def _code_store(db: Path, pipeline, save_batch: int = SAVE_BATCH) -> tuple[int, int]:
    from sitroom.store import Store
    n_docs = n_events = 0
    with user_errors(), Store(db) as store, _progress() as progress:
        counts = store.counts()
        task = progress.add_task("coding", total=counts["documents"] - counts["coded"])
        # streamed a page at a time (keyset paging stays valid while batches are saved)
        for batch in batched(pipeline.code(store.uncoded_documents()), max(1, save_batch)):
            store.save_coded(batch)
            n_docs += len(batch)
            n_events += sum(len(events) for _, events in batch)
            progress.advance(task, len(batch))
    return n_docs, n_events


@app.command()
def run(paths: list[str] = typer.Argument(..., help="Sources to ingest, as for `sitroom ingest`."),
        db: Path = DB_OPTION, skip_bad: bool = SKIP_OPTION, batch_size: int = BATCH_OPTION,
        n_process: int = PROC_OPTION, dictionaries: Optional[Path] = DICT_OPTION,
        commit_every: int = typer.Option(SAVE_BATCH, "--commit-every",
                                         help="Documents coded per store transaction.")) -> None:
    """Ingest and code into the store in one go (only documents not yet coded are coded)."""
    _ingest(paths, db, skip_bad)
    n_docs, n_events = _code_store(db, _pipeline(batch_size, n_process, dictionaries), commit_every)
    console.print(f"coded {n_docs} document(s), {n_events} event(s) → {db}")


def _parse_date(value: Optional[str], option: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} wants a date as YYYY-MM-DD, not {value!r}")
    return None


def _parse_near(near: Optional[str]) -> Optional[tuple[float, float]]:
    if near is None:
        return None
    try:
        lat, lon = (float(x) for x in near.split(","))
    except ValueError:
        fail(f"--near wants LAT,LON, not {near!r}")
    return lat, lon


def _place_centre(place: str) -> tuple[float, float]:
    """Coordinates of a place name for a radius filter: the most populous gazetteer entry."""
    from sitroom.geo import load_gazetteer
    candidates = load_gazetteer().candidates(place)
    exact = [entry for entry, is_exact in candidates if is_exact] or [entry for entry, _ in candidates]
    if not exact:
        fail(f"--place {place!r}: not in the gazetteer (give --near LAT,LON instead)")
    best = max(exact, key=lambda entry: entry.population)
    return best.lat, best.lon


def _query(db: Path, place, near, radius, actor, code_prefix, since, until, source, limit) -> list[Event]:
    from sitroom.store import Store
    if not db.exists():
        fail(f"{db}: no such store (run `sitroom ingest` or `sitroom run` first)")
    centre = _parse_near(near)
    if place and radius is not None and centre is None:  # "within 30 km of Basra"
        place, centre = None, _place_centre(place)
    with user_errors(), Store(db, read_only=True) as store:
        return store.query_events(place=place, near=centre, radius_km=radius, actor=actor,
                                  code=code_prefix, since=_parse_date(since, "--since"),
                                  until=_parse_date(until, "--until"), source=source, limit=limit)


PLACE_OPTION = typer.Option(None, "--place", help="Place name: events located there (name, province or "
                            "ISO-2 country), or within --radius km of it.")
NEAR_OPTION = typer.Option(None, "--near", help="LAT,LON centre for --radius.")
RADIUS_OPTION = typer.Option(None, "--radius", help="Radius in km around --near or --place.")
ACTOR_OPTION = typer.Option(None, "--actor", help="Actor code prefix or name.")
SINCE_OPTION = typer.Option(None, "--since", help="First day, YYYY-MM-DD.")
UNTIL_OPTION = typer.Option(None, "--until", help="Last day, YYYY-MM-DD.")
SOURCE_OPTION = typer.Option(None, "--source", help="Publication that carried the report.")

CSV_COLUMNS = ["event_id", "date", "cameo", "root", "goldstein", "quad_class", "plover", "acled",
               "source", "target", "location", "modality", "fatalities", "injured", "arrested",
               "doc_source", "evidence"]


def _flat(event: Event) -> dict:
    return {"event_id": event.event_id, "date": event.date, "cameo": event.cameo, "root": event.root,
            "goldstein": event.goldstein, "quad_class": event.quad_class,
            "plover": event.plover.type if event.plover else "",
            "acled": event.acled.sub_event_type if event.acled else "",
            "source": event.source.code if event.source else "",
            "target": event.target.code if event.target else "",
            "location": event.location.name if event.location else "", "modality": event.modality,
            "fatalities": event.fatalities, "injured": event.injured, "arrested": event.arrested,
            "doc_source": event.doc_source, "evidence": event.evidence.text}


def _print_table(events: list[Event]) -> None:
    table = Table(title=f"{len(events)} event(s)", show_lines=False)
    for column in ("date", "source", "cameo", "target", "place", "modality", "doc source", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        row = _flat(e)
        table.add_row(str(row["date"] or ""), f"{row['source']}", f"{e.cameo} {row['plover']}",
                      row["target"], row["location"], e.modality, e.doc_source or "",
                      e.evidence.text[:160])
    out.print(table)


@app.command()
def events(db: Path = DB_OPTION, place: Optional[str] = PLACE_OPTION, near: Optional[str] = NEAR_OPTION,
           radius: Optional[float] = RADIUS_OPTION, actor: Optional[str] = ACTOR_OPTION,
           code_prefix: Optional[str] = typer.Option(None, "--code", help="CAMEO code prefix, e.g. 19."),
           since: Optional[str] = SINCE_OPTION, until: Optional[str] = UNTIL_OPTION,
           source: Optional[str] = SOURCE_OPTION,
           fmt: str = typer.Option("table", "--format", help="table, jsonl or csv."),
           limit: Optional[int] = typer.Option(None, "--limit"),
           output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout.")) -> None:
    """List coded events, filtered by place, actor, code and dates."""
    if fmt not in ("table", "jsonl", "csv"):
        fail(f"--format must be table, jsonl or csv, not {fmt!r}")
    found = _query(db, place, near, radius, actor, code_prefix, since, until, source, limit)
    if fmt == "table":
        _print_table(found)
        return
    fh = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for e in found:
                fh.write(json.dumps(event_to_json(e), ensure_ascii=False) + "\n")
        else:
            writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            writer.writerows(_flat(e) for e in found)
    finally:
        if output:
            fh.close()


@app.command()
def export(output: Path = typer.Option(..., "-o", "--output", help="File to write."),
           fmt: str = typer.Option("jsonl", "--format",
                                   help="gdelt, acled, phoenix, polecat, plover, parquet, csv or jsonl."),
           db: Path = DB_OPTION, place: Optional[str] = PLACE_OPTION, near: Optional[str] = NEAR_OPTION,
           radius: Optional[float] = RADIUS_OPTION, actor: Optional[str] = ACTOR_OPTION,
           code_prefix: Optional[str] = typer.Option(None, "--code", help="CAMEO code prefix."),
           since: Optional[str] = SINCE_OPTION, until: Optional[str] = UNTIL_OPTION,
           source: Optional[str] = SOURCE_OPTION,
           all_modalities: bool = typer.Option(False, "--all-modalities",
                                               help="Also write denied/threatened/hypothetical events to "
                                                    "formats that have no modality column.")) -> None:
    """Export events in the field's formats (GDELT 2.0, ACLED, Phoenix, POLECAT, PLOVER) or as tables."""
    from sitroom.export import FORMATS, store_documents, write_events
    from sitroom.store import Store
    if fmt not in FORMATS:
        fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    found = _query(db, place, near, radius, actor, code_prefix, since, until, source, None)
    with Store(db, read_only=True) as store:
        documents = store_documents(store, (e.doc_id for e in found))
    rows = write_events(found, output, fmt, documents=documents, factual_only=not all_modalities)
    console.print(f"exported {rows} row(s) as {fmt} → {output}")


def _load_sides(path: Optional[Path]) -> Optional[dict[str, list[str]]]:
    if path is None:
        return None
    try:
        sides = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        fail(f"{path}: cannot read sides mapping ({exc})")
    if not isinstance(sides, dict) or not all(isinstance(v, list) for v in sides.values()):
        fail(f"{path}: a sides mapping is a JSON object of side name → list of actor code prefixes")
    return sides


@app.command()
def report(db: Path = DB_OPTION, place: Optional[str] = PLACE_OPTION, actor: Optional[str] = ACTOR_OPTION,
           since: Optional[str] = SINCE_OPTION, until: Optional[str] = UNTIL_OPTION,
           sides: Optional[Path] = typer.Option(None, "--sides", help="JSON: side name → actor code prefixes."),
           html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report.")) -> None:
    """The situation picture for a place, actor or period."""
    from sitroom.analysis import build_situation
    from sitroom.report import print_report, write_html
    from sitroom.store import Store
    found = _query(db, None, None, None, None, None, since, until, None, None)
    with Store(db, read_only=True) as store:
        documents = {doc_id: store.get_document(doc_id) for doc_id in {e.doc_id for e in found}}
    situation = build_situation(found, documents, place=place, actor=actor,
                                since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                                sides=_load_sides(sides))
    print_report(situation, out)
    if html:
        html.parent.mkdir(parents=True, exist_ok=True)
        write_html(situation, html, documents)
        console.print(f"HTML report → {html}")


@app.command(name="eval")
def evaluate(gold: Path = typer.Argument(..., help="Gold JSONL (EVENTS.md gold format)."),
             pred: Optional[Path] = typer.Option(None, "--pred", help="Predictions; coded now if absent."),
             as_json: bool = typer.Option(False, "--json", help="One JSON object."),
             batch_size: int = BATCH_OPTION, dictionaries: Optional[Path] = DICT_OPTION) -> None:
    """Score events against a gold file (figures as ../shared/tools/score_events.py, plus per-root tables)."""
    from sitroom.evaluation import GoldFileError, load_jsonl, score
    try:
        gold_records = load_jsonl(gold)
        if pred is not None:
            predicted = load_jsonl(pred)
        else:
            predicted = _code_gold(gold, batch_size, dictionaries)
    except (GoldFileError, OSError) as exc:
        fail(str(exc))
    tally = score(gold_records, predicted)
    if as_json:
        out.print_json(json.dumps({**tally.headline(), **tally.extra(), "per_root": tally.per_root()}))
        return
    _print_eval(tally)


def _code_gold(gold: Path, batch_size: int, dictionaries: Optional[Path]) -> dict[str, dict]:
    from sitroom.ingest import read_coding_input
    pipeline = _pipeline(batch_size, 1, dictionaries)
    with user_errors():
        return {doc.id: {"id": doc.id, "events": [event_to_json(e) for e in evs]}
                for doc, evs in pipeline.code(read_coding_input(gold))}


def _print_eval(tally) -> None:
    for key, value in {**tally.headline(), **tally.extra()}.items():
        out.print(f"{key:32} {value}", highlight=False)
    table = Table(title="per CAMEO root")
    for column in ("root", "gold", "pred", "precision", "recall", "f1"):
        table.add_column(column, justify="right")
    for root, s in tally.per_root().items():
        table.add_row(root, str(s["gold"]), str(s["pred"]), f"{s['precision']:.2f}", f"{s['recall']:.2f}",
                      f"{s['f1']:.2f}")
    out.print(table)
    _print_confusion(tally)


def _print_confusion(tally) -> None:
    golds = sorted({g for g, _ in tally.confusion})
    preds = sorted({p for _, p in tally.confusion})
    table = Table(title="confusion (rows gold root, columns first predicted root; -- none)")
    table.add_column("gold")
    for p in preds:
        table.add_column(p, justify="right")
    for g in golds:
        table.add_row(g, *[str(tally.confusion.get((g, p), "")) for p in preds])
    out.print(table)


def _register_extra_commands() -> None:
    from sitroom.web.commands import serve_command, watch_command
    app.command(name="serve")(serve_command)
    app.command(name="watch")(watch_command)


_register_extra_commands()


def main() -> None:
    try:
        app()
    except _user_error_types() as exc:  # a safety net for errors raised outside a command's guard
        console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()

"""The situation picture as Rich tables in the terminal.

Article text, names and codes go in as `Text` objects, never as markup strings, so square
brackets in a news sentence cannot be read as Rich markup.
"""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitroom.analysis import Situation, root_name
from sitroom.analysis.model import Dyad, Incident
from sitroom.records import Event

MAX_ROWS = 15
MAX_QUOTE = 220
WIDE_CONSOLE = 110
MAX_ID_WIDTH = 24  # document ids are shown whole up to this width, then folded


def _t(value: object, style: str = "") -> Text:
    return Text("" if value is None else str(value), style=style)


def _clip(text: str, limit: int = MAX_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _num(value: int | None) -> Text:
    return _t("" if value is None else value)


def _section(console: Console, title: str) -> None:
    console.print()
    console.rule(Text(title, style="bold"))


def _summary(situation: Situation, console: Console) -> None:
    _section(console, "Summary")
    if not situation.summary:
        console.print(Text("No events match."))
    for sentence in situation.summary:
        console.print(Text("• ") + Text(sentence.text) + Text(f"  [{len(sentence.event_ids)} events]", "dim"))


def _timeline(situation: Situation, console: Console) -> None:
    _section(console, "Timeline per day")
    table = Table("day", "events", "conflict", "material conflict", "cooperation", "Goldstein")
    table.columns[0].no_wrap = True
    for day in situation.days:
        table.add_row(_t(day.day.isoformat()), _num(day.events), _t(day.conflict, "red"),
                      _num(day.material_conflict), _t(day.cooperation, "green"),
                      _t(f"{day.goldstein:+.1f}"))
    console.print(table)


def _dyad_table(title: str, dyads: list[Dyad], console: Console) -> None:
    _section(console, title)
    wide = console.width >= WIDE_CONSOLE
    table = Table("source", "target", "events", "conflict", "cooperation", "Goldstein")
    if wide:  # the daily balance only fits a wide terminal; the HTML report charts it
        table.add_column("last days (conflict/cooperation)")
    for d in dyads[:MAX_ROWS]:
        row = [_t(d.source), _t(d.target), _num(d.events), _t(d.conflict, "red"),
               _t(d.cooperation, "green"), _t(f"{d.goldstein:+.1f}")]
        if wide:
            row.append(_t(" ".join(f"{x.day.strftime('%m-%d')}:{x.conflict}/{x.cooperation}"
                                   for x in d.days[-6:]), "dim"))
        table.add_row(*row)
    console.print(table)


def _consultations(situation: Situation, console: Console) -> None:
    _section(console, "Who went to whom (consultations, requests, agreements)")
    table = Table("initiator", "counterpart", "events", "kinds")
    for c in situation.consultations[:MAX_ROWS]:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(c.kinds.items()))
        table.add_row(_t(c.initiator), _t(c.counterpart), _num(c.count), _t(kinds))
    console.print(table)
    if situation.term_setters:
        terms = Table("set terms", "demands", "conditional appeals", "example")
        for t in situation.term_setters[:MAX_ROWS]:
            terms.add_row(_t(t.actor), _num(t.demands), _num(t.conditional_appeals),
                          _t(_clip(t.examples[0], 120) if t.examples else ""))
        console.print(terms)


def _casualties(situation: Situation, console: Console) -> None:
    _section(console, "Casualties per source")
    table = Table("source", "largest toll", "killed (sum)", "injured (sum)", "arrested (sum)",
                  "incidents with figures")
    for c in situation.casualties[:MAX_ROWS]:
        table.add_row(_t(c.outlet), _num(c.largest_fatalities), _num(c.fatalities), _num(c.injured),
                      _num(c.arrested), _num(len(c.figures)))
    console.print(table)


def _incident_cell(i: Incident) -> Text:
    cell = Text(i.incident_id, "bold")
    cell.append(f" {i.first_day.isoformat() if i.first_day else 'undated'}")
    cell.append(f"\n{i.source or '—'} → {i.target or '—'}: {root_name(i.root)}")
    if i.place:
        cell.append(f"\n{i.place}")
    return cell


def _figures_by_outlet(i: Incident) -> Text:
    """One line per outlet with the death tolls it gives ("Gulf Monitor: 15, 200 killed")."""
    tolls: dict[str, list[int]] = {}
    for r in i.reports:
        values = tolls.setdefault(r.outlet, [])
        if r.fatalities is not None and r.fatalities not in values:
            values.append(r.fatalities)
    lines = [f"{outlet}: {', '.join(map(str, sorted(v)))} killed" if v else outlet
             for outlet, v in sorted(tolls.items())]
    return Text("\n".join(lines))


def _incidents(situation: Situation, console: Console) -> None:
    _section(console, "Incidents reported by several documents")
    shown = [i for i in situation.incidents if len(i.doc_ids) > 1][:MAX_ROWS]
    if not shown:
        console.print(Text("None: no happening was reported by more than one document."))
        return
    table = Table(expand=True, show_lines=True)
    table.add_column("incident", ratio=2)
    table.add_column("reports", justify="right")
    table.add_column("sources and death tolls", ratio=2)
    for i in shown:
        table.add_row(_incident_cell(i), _num(len(i.reports)), _figures_by_outlet(i))
    console.print(table)


def _contested(situation: Situation, console: Console) -> None:
    _section(console, "Contested claims")
    if not situation.contested:
        console.print(Text("None found."))
        return
    for c in situation.contested[:MAX_ROWS]:
        title = Text(f"{c.kind}: {c.description}" + (f" ({c.incident_id})" if c.incident_id else ""))
        table = Table(title=title, title_justify="left", expand=True, show_lines=True)
        table.add_column("claimant", ratio=1, overflow="fold")
        table.add_column("says", ratio=1, overflow="fold",
                         min_width=min(MAX_ID_WIDTH, max(len(x.doc_id) for x in c.claims)))
        table.add_column("evidence", ratio=3)
        for claim in c.claims:
            who = Text(claim.outlet)
            if claim.attribution:
                who.append(f"\n{claim.attribution}", "dim")
            says = Text(claim.value, "bold") + Text(f"\n{claim.doc_id}", "dim")
            table.add_row(who, says, _t(_clip(claim.evidence)))
        console.print(table)


def _event_cell(e: Event) -> Text:
    """Date, code, actors, modality, numbers and document of an event, one per line."""
    cell = Text(e.date.isoformat() if e.date else "undated")
    cell.append(f"\n{e.cameo} {root_name(e.root)}")
    cell.append(f"\n{e.source.code if e.source else '—'} → {e.target.code if e.target else '—'}")
    figures = ", ".join(f"{n} {w}" for n, w in ((e.fatalities, "killed"), (e.injured, "injured"),
                                               (e.arrested, "arrested")) if n is not None)
    cell.append(f"\n{e.modality}" + (f", {figures}" if figures else ""))
    if e.location is not None:
        cell.append(f"\n{e.location.name}")
    cell.append(f"\n{e.doc_id}", "dim")
    return cell


def _top_events(situation: Situation, console: Console) -> None:
    _section(console, "Top events with evidence")
    table = Table(expand=True, show_lines=True)
    table.add_column("event", ratio=1, overflow="fold",
                     min_width=min(MAX_ID_WIDTH, max((len(e.doc_id) for e in situation.top_events), default=5)))
    table.add_column("evidence", ratio=3)
    for e in situation.top_events:
        quote = Text(_clip(e.evidence.text))
        if e.attribution is not None:
            quote.append(f"\nattributed: {e.attribution.text}", "dim")
        table.add_row(_event_cell(e), quote)
    console.print(table)


def print_report(situation: Situation, console: Console | None = None) -> None:
    """Print every section of the situation picture to `console`."""
    console = console or Console()
    f = situation.filters
    scope = ", ".join(f"{k}={v}" for k, v in (("place", f.place), ("actor", f.actor),
                                               ("since", f.since), ("until", f.until)) if v)
    console.rule(Text("Situation report" + (f" ({scope})" if scope else ""), style="bold cyan"))
    _summary(situation, console)
    _timeline(situation, console)
    _dyad_table("Dyads (actor codes)", situation.dyads, console)
    if situation.side_dyads:
        _dyad_table("Sides", situation.side_dyads, console)
    _consultations(situation, console)
    _casualties(situation, console)
    _incidents(situation, console)
    _contested(situation, console)
    _top_events(situation, console)

"""Terminal and HTML reports: sections present, text escaped, nothing loaded from elsewhere."""
from __future__ import annotations

import re

import pytest
from rich.console import Console

from sitroom.analysis import build_situation
from sitroom.report import print_report, safe_url, write_html

EVIL = "<script>alert('x')</script>"
BODY = f"Opening words. Troops shelled a market {EVIL} near the port. Militia leaders denied it."


@pytest.fixture
def documents(make_document):
    return {
        "d1": make_document("d1", BODY, "Tigris Wire", title=f"Clashes {EVIL}"),
        "d2": make_document("d2", "Army units fought gunmen in the old city.", "Gulf Monitor",
                            url="javascript:alert(1)"),
    }


@pytest.fixture
def situation(make_event, documents):
    evidence = f"Troops shelled a market {EVIL} near the port."
    first = make_event("d1", "195", "IRQMIL", "IRQREB", "2008-03-27", "Tigris Wire", "Basra",
                       goldstein=-10, fatalities=12, text=evidence)
    start = BODY.index(evidence)
    first.evidence.start, first.evidence.end = start, start + len(evidence)
    events = [
        first,
        make_event("d2", "190", "IRQMIL", "IRQREB", "2008-03-27", "Gulf Monitor", "Basra", goldstein=-10,
                   fatalities=30, text="Army units fought gunmen in the old city."),
        make_event("d2", "040", "IRQGOV", "IRNGOV", "2008-03-29", "Gulf Monitor", "Kut", goldstein=1,
                   text="Army units fought gunmen in the old city."),
    ]
    return build_situation(events, documents, sides={"Government": ["IRQGOV", "IRQMIL"], "Militia": ["IRQREB"]})


def test_terminal_report_has_every_section(situation):
    console = Console(record=True, width=200)
    print_report(situation, console)
    out = console.export_text()
    for heading in ("Summary", "Timeline per day", "Dyads", "Sides", "Who went to whom",
                    "Casualties per source", "Incidents", "Contested claims", "Top events"):
        assert heading in out
    assert "IRQMIL" in out and "Gulf Monitor" in out
    assert EVIL in out  # printed literally, not taken as markup


def test_terminal_report_does_not_interpret_markup(make_event):
    event = make_event("d1", "190", "IRQMIL", "IRQREB", "2008-03-27", text="Gunmen [bold]fired[/bold] on police.")
    console = Console(record=True, width=200)
    print_report(build_situation([event], {}), console)
    assert "[bold]fired[/bold]" in console.export_text()


@pytest.fixture
def html(situation, documents, tmp_path):
    path = write_html(situation, tmp_path / "out" / "report.html", documents)
    return path.read_text(encoding="utf-8")


def test_html_escapes_title_and_evidence(html):
    assert "<script" not in html.lower()
    assert "Clashes &lt;script&gt;" in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html


def test_html_has_no_external_assets_and_only_http_links(html):
    assert not re.search(r"<(script|link|img|iframe)\b", html, re.I)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html.replace('href="https://example.org', ""), re.I)
    assert "@import" not in html and "url(" not in html
    assert 'href="javascript' not in html
    assert 'href="https://example.org/x"' in html


def test_html_has_sections_charts_map_and_highlighted_evidence(html):
    for anchor in ("summary", "timeline", "dyads", "sides", "talks", "casualties", "incidents",
                   "contested", "top-events", "map", "documents"):
        assert f'id="{anchor}"' in html
    assert html.count("<svg") >= 3  # timeline, a dyad chart, the map
    assert ">Basra (2)</text>" in html and ">Kut (1)</text>" in html
    marks = re.findall(r'<mark id="([^"]+)">([^<]*)', html)
    assert any("Troops shelled a market &lt;script&gt;" in text for _, text in marks)
    for anchor, _ in marks:
        assert f'href="#{anchor}"' in html  # every highlight is linked from a quote


def test_html_contested_casualties_listed(html):
    assert "Sources differ on the number killed" in html
    assert "12 killed" in html and "30 killed" in html


def test_safe_url_allows_only_http_and_https():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("http://example.org") == "http://example.org"
    for bad in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//example.org", "", None):
        assert safe_url(bad) is None

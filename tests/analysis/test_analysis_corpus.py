"""The sample corpus in examples/basra2008 is well-formed (checked with the standard library)."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "basra2008"
FIRST, LAST = date(2008, 3, 24), date(2008, 4, 15)
OUTLETS = {"Tigris Wire", "Gulf Monitor", "Baghdad Bureau", "Levant Daily", "Southern Iraq Dispatch"}


def _jsonl() -> list[dict]:
    return [json.loads(line) for line in (CORPUS / "reports.jsonl").read_text("utf-8").splitlines() if line]


def _txt(path: Path) -> dict:
    head, _, text = path.read_text("utf-8").partition("\n\n")
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return {"id": path.stem, "title": fields["Title"], "date": fields["Date"], "source": fields["Source"],
            "url": fields["URL"], "text": text}


def _feed() -> list[dict]:
    items = ET.parse(CORPUS / "feed.xml").getroot().findall("./channel/item")
    return [{"id": i.findtext("guid"), "title": i.findtext("title"), "url": i.findtext("link"),
             "text": i.findtext("description"), "source": "Baghdad Bureau", "date": None} for i in items]


def test_every_ingest_path_is_present_and_sized():
    reports = _jsonl()
    txts = sorted(CORPUS.glob("*.txt"))
    htmls = sorted(CORPUS.glob("*.html"))
    assert len(txts) == 2 and len(htmls) == 1 and len(_feed()) == 2
    assert 20 <= len(reports) + len(txts) + len(htmls) + len(_feed()) <= 25
    for record in reports + [_txt(p) for p in txts] + _feed():
        assert 120 <= len(record["text"].split()) <= 350, record["id"]
        assert record["url"].startswith("https://example.org/")
        assert record["source"] in OUTLETS
        if record["date"]:
            assert FIRST <= date.fromisoformat(record["date"]) <= LAST


def test_ids_are_unique_and_jsonl_has_the_input_fields():
    reports = _jsonl()
    for record in reports:
        assert set(record) == {"id", "date", "title", "source", "url", "text"}
    ids = [r["id"] for r in reports] + [p.stem for p in CORPUS.glob("*.txt")] + [f["id"] for f in _feed()]
    assert len(ids) == len(set(ids))


def test_html_page_is_an_article_with_a_date():
    page = next(CORPUS.glob("*.html")).read_text("utf-8")
    assert re.search(r"<article>.*<h1>.*</h1>.*<time datetime=\"2008-03-30\">", page, re.S)


def test_sides_map_names_to_code_prefixes():
    sides = json.loads((CORPUS / "sides.json").read_text("utf-8"))
    assert len(sides) >= 2
    for prefixes in sides.values():
        assert prefixes and all(re.fullmatch(r"[A-Z]{3,9}", p) for p in prefixes)

"""A small store for the dashboard tests, with events built by hand (no NLP needed).

The stories are invented for these tests: two outlets report one clash in Basra with different
death tolls (a contested claim), a third reports talks in Baghdad, and one hostile document
carries markup and a javascript: URL in its title, text, outlet and actor names.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from sitroom.records import Actor, Document, Event, Evidence, Location, Plover

SIDES = {"Government": ["IRQGOV", "IRQMIL"], "Militias": ["IRQREB"]}

BASRA = Location(text="Basra", name="Basra", geonames_id=99532, lat=30.508, lon=47.783, country="IQ",
                 admin1="Basra")
BAGHDAD = Location(text="Baghdad", name="Baghdad", geonames_id=98182, lat=33.341, lon=44.401,
                   country="IQ", admin1="Baghdad")
NAJAF = Location(text="Najaf", name="Najaf", geonames_id=98463, lat=32.026, lon=44.346, country="IQ",
                 admin1="Najaf")

HOSTILE_TITLE = "<script>alert(1)</script> Breaking <img src=x onerror=alert(1)>"
HOSTILE_TEXT = ("Gunmen <img src=x onerror=alert(1)> attacked a checkpoint in Najaf on Friday. "
                "<script>alert(1)</script> The statement ended there.")
HOSTILE_URL = "javascript:alert(1)"
HOSTILE_OUTLET = "<b onmouseover=alert(1)>Evil Wire</b>"

DOCUMENTS = [
    Document(id="alpha-1", source="Alpha News", date=date(2008, 3, 26), title="Heavy fighting in Basra",
             url="https://alpha.example/basra-fighting",
             text="Iraqi army units clashed with Mahdi Army fighters in Basra on Wednesday. "
                  "Forty people were killed in the fighting, police said."),
    Document(id="beta-1", source="Beta Wire", date=date(2008, 3, 26), title="Basra clashes",
             url="http://beta.example/clashes",
             text="Government troops fought militiamen in Basra on Wednesday, leaving twelve dead."),
    Document(id="gamma-1", source="Gamma Daily", date=date(2008, 3, 28), title="Talks in Baghdad",
             url="https://gamma.example/talks",
             text="The prime minister met tribal leaders in Baghdad on Friday to discuss a truce."),
    Document(id="https://evil.example/a/1", source=HOSTILE_OUTLET, date=date(2008, 3, 29),
             title=HOSTILE_TITLE, url=HOSTILE_URL, text=HOSTILE_TEXT),
]


def _actor(doc: Document, words: str, name: str, code: str) -> Actor:
    start = doc.text.index(words)
    return Actor(text=words, name=name, code=code, country=code[:3], roles=[code[3:6]] if len(code) > 3 else [],
                 start=start, end=start + len(words))


def _event(n: int, doc: Document, sentence: int, trigger: str, cameo: str, goldstein: float, quad: int,
           source: Actor | None, target: Actor | None, location: Location, **extra) -> Event:
    sentences = doc.text.split(". ")
    text = sentences[sentence]
    start = doc.text.index(text)
    t_start = doc.text.index(trigger, start)
    return Event(event_id=f"{doc.id}#e{n}", doc_id=doc.id, cameo=cameo, root=cameo[:2], goldstein=goldstein,
                 quad_class=quad, plover=Plover(type=extra.pop("plover", "ASSAULT")), acled=None,
                 source=source, target=target,
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(text), trigger=trigger,
                                   text=text, trigger_start=t_start, trigger_end=t_start + len(trigger)),
                 date=doc.date, date_basis="story", location=location, doc_source=doc.source,
                 doc_date=doc.date, **extra)


def coded_documents() -> list[tuple[Document, list[Event]]]:
    alpha, beta, gamma, hostile = DOCUMENTS
    return [
        (alpha, [_event(1, alpha, 0, "clashed", "190", -10.0, 4,
                        _actor(alpha, "Iraqi army units", "Iraqi army", "IRQMIL"),
                        _actor(alpha, "Mahdi Army fighters", "Mahdi Army", "IRQREB"), BASRA, fatalities=40)]),
        (beta, [_event(1, beta, 0, "fought", "190", -10.0, 4,
                       _actor(beta, "Government troops", "Iraqi army", "IRQMIL"),
                       _actor(beta, "militiamen", "Mahdi Army", "IRQREB"), BASRA, fatalities=12)]),
        (gamma, [_event(1, gamma, 0, "met", "040", 1.0, 1,
                        _actor(gamma, "The prime minister", "Nouri al-Maliki", "IRQGOV"),
                        _actor(gamma, "tribal leaders", "tribal leaders", "IRQCVL"), BAGHDAD, plover="CONSULT")]),
        (hostile, [_event(1, hostile, 0, "attacked", "180", -9.0, 4,
                          _actor(hostile, "Gunmen <img src=x onerror=alert(1)>", "<script>alert(1)</script>",
                                 "IRQREB"),
                          _actor(hostile, "a checkpoint", "<img src=x onerror=alert(1)>", "IRQCOP"), NAJAF)]),
    ]


def build_store(path: Path) -> Path:
    from sitroom.store import Store
    with Store(path) as store:
        store.save_coded(coded_documents())
    return path

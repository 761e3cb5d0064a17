"""Figures of the situation picture on small event sets built here."""
from __future__ import annotations

from datetime import date

from sitroom.analysis import build_situation

SIDES = {"Government": ["IRQGOV", "IRQMIL", "IRQCOP"], "Militia": ["IRQREB"]}


def test_daily_counts_by_quad_class_and_goldstein(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-25", goldstein=-10),
        make_event("a", "183", "IRQREB", "IRQMIL", "2008-03-25", goldstein=-10),
        make_event("b", "040", "IRQGOV", "IRNGOV", "2008-03-25", goldstein=1),
        make_event("b", "112", "IRQREB", "IRQGOV", "2008-03-26", goldstein=-2),
    ]
    s = build_situation(events, {})
    first, second = s.days
    assert first.day == date(2008, 3, 25)
    assert first.quad == {4: 2, 1: 1}
    assert (first.conflict, first.cooperation, first.goldstein) == (2, 1, -19)
    assert (second.conflict, second.cooperation) == (1, 0)
    assert [e.date for e in s.events] == sorted(e.date for e in s.events)


def test_dyad_balances_directed_and_per_day(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-25", goldstein=-10),
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-26", goldstein=-10),
        make_event("b", "043", "IRQMIL", "IRQREB", "2008-03-26", goldstein=2.8),
        make_event("b", "180", "IRQREB", "IRQMIL", "2008-03-26", goldstein=-9),
        make_event("c", "190", "IRQMIL", None, "2008-03-26", goldstein=-10),  # one-sided: no dyad
    ]
    s = build_situation(events, {})
    dyads = {(d.source, d.target): d for d in s.dyads}
    assert set(dyads) == {("IRQMIL", "IRQREB"), ("IRQREB", "IRQMIL")}
    forward = dyads[("IRQMIL", "IRQREB")]
    assert (forward.events, forward.conflict, forward.cooperation) == (3, 2, 1)
    assert forward.goldstein == -17.2
    assert [(d.day.day, d.conflict, d.cooperation) for d in forward.days] == [(25, 1, 0), (26, 1, 1)]
    assert dyads[("IRQREB", "IRQMIL")].goldstein == -9
    assert s.dyads[0] is forward  # largest first


def test_sides_use_longest_code_prefix(make_event):
    events = [
        make_event("a", "190", "IRQMILSPY", "IRQREB", "2008-03-25", goldstein=-10),
        make_event("a", "190", "IRQCOP", "IRQREBMIL", "2008-03-25", goldstein=-10),
        make_event("b", "040", "IRQGOV", "IRNGOV", "2008-03-25", goldstein=1),
    ]
    s = build_situation(events, {}, sides=SIDES)
    sides = {(d.source, d.target): d for d in s.side_dyads}
    assert sides[("Government", "Militia")].conflict == 2
    assert sides[("Government", "Other")].cooperation == 1


def test_filters_place_actor_and_dates(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-25", place="Basra"),
        make_event("a", "190", "USAMIL", "IRQREB", "2008-03-28", place="Baghdad"),
        make_event("b", "040", "IRQGOV", "IRNGOV", "2008-04-02", place="Basra"),
    ]
    assert len(build_situation(events, {}, place="basra").events) == 2
    assert len(build_situation(events, {}, actor="IRQ").events) == 3
    assert len(build_situation(events, {}, actor="USA").events) == 1
    window = build_situation(events, {}, since=date(2008, 3, 26), until=date(2008, 3, 31))
    assert [e.location.name for e in window.events] == ["Baghdad"]


def test_document_fills_missing_day_and_outlet(make_event, make_document):
    event = make_event("doc1", "190", "IRQMIL", "IRQREB", None)
    event.doc_source = None
    s = build_situation([event], {"doc1": make_document("doc1", "x", outlet="Gulf Monitor", day="2008-03-27")})
    assert s.days[0].day == date(2008, 3, 27)
    assert s.outlets == ["Gulf Monitor"]


def test_incidents_merge_reports_within_a_day_at_the_same_place(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-25", "Tigris Wire", "Basra", fatalities=40),
        make_event("b", "190", "IRQMIL", "IRQREB", "2008-03-26", "Gulf Monitor", "basra", fatalities=40),
        make_event("c", "190", "IRQMIL", "IRQREB", "2008-03-28", "Levant Daily", "Basra"),  # too late
        make_event("d", "190", "IRQMIL", "IRQREB", "2008-03-25", "Levant Daily", "Kut"),  # elsewhere
        make_event("e", "193", "IRQMIL", "IRQREB", "2008-03-25", "Levant Daily", "Basra"),  # same root
        make_event("f", "180", "IRQMIL", "IRQREB", "2008-03-25", "Levant Daily", "Basra"),  # other root
    ]
    s = build_situation(events, {})
    top = s.incidents[0]
    assert top.doc_ids == ["a", "b", "e"]
    assert top.outlets == ["Gulf Monitor", "Levant Daily", "Tigris Wire"]
    assert (top.first_day, top.last_day) == (date(2008, 3, 25), date(2008, 3, 26))
    assert len(s.incidents) == 4
    assert all(len(i.doc_ids) == 1 for i in s.incidents[1:])


def test_incidents_without_place_merge_only_with_placeless(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-25"),
        make_event("b", "190", "IRQMIL", "IRQREB", "2008-03-25", outlet="Outlet B"),
        make_event("c", "190", "IRQMIL", "IRQREB", "2008-03-25", outlet="Outlet C", place="Basra"),
    ]
    s = build_situation(events, {})
    assert sorted(len(i.reports) for i in s.incidents) == [1, 2]


def test_contested_casualty_figures(make_event):
    events = [
        make_event("a", "190", None, "IRQREB", "2008-03-29", "Tigris Wire", "Basra", fatalities=200, injured=600),
        make_event("b", "190", None, "IRQREB", "2008-03-30", "Gulf Monitor", "Basra", fatalities=130, injured=600),
        make_event("c", "190", None, "IRQREB", "2008-03-30", "Gulf Monitor", "Basra", fatalities=130),
    ]
    s = build_situation(events, {})
    contested = [c for c in s.contested if c.kind == "casualties"]
    assert len(contested) == 1  # injured agree, fatalities do not
    claim = contested[0]
    assert claim.incident_id == s.incidents[0].incident_id
    assert [(c.outlet, c.value) for c in claim.claims] == [("Gulf Monitor", "130 killed"),
                                                          ("Tigris Wire", "200 killed")]
    by_outlet = {c.outlet: c for c in s.casualties}
    assert by_outlet["Tigris Wire"].fatalities == 200
    assert by_outlet["Gulf Monitor"].fatalities == 130  # the repeat in one outlet counts once


def test_same_numbers_are_not_contested(make_event):
    events = [
        make_event("a", "190", None, "IRQREB", "2008-03-29", "Tigris Wire", "Basra", fatalities=50),
        make_event("b", "190", None, "IRQREB", "2008-03-29", "Gulf Monitor", "Basra", fatalities=50),
    ]
    assert not build_situation(events, {}).contested


def test_asserted_versus_denied(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-04-01", "Tigris Wire", "Basra"),
        make_event("b", "190", "IRQMIL", "IRQREB", "2008-04-03", "Levant Daily", None, modality="denied"),
        make_event("c", "190", "IRQMIL", "IRQREB", "2008-04-20", "Gulf Monitor", "Basra"),  # too far apart
        make_event("d", "190", "IRQMIL", "IRQREB", "2008-04-02", "Levant Daily", "Basra"),  # same outlet
    ]
    s = build_situation(events, {})
    denials = [c for c in s.contested if c.kind == "denial"]
    assert len(denials) == 1
    assert sorted((c.outlet, c.value) for c in denials[0].claims) == [("Levant Daily", "denied"),
                                                                     ("Tigris Wire", "asserted")]


def test_denial_at_another_place_is_not_a_contradiction(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-04-01", "Tigris Wire", "Basra"),
        make_event("b", "190", "IRQMIL", "IRQREB", "2008-04-01", "Levant Daily", "Kut", modality="denied"),
    ]
    assert not build_situation(events, {}).contested


def test_who_went_to_whom_and_contested_initiator(make_event):
    events = [
        make_event("a", "020", "IRQGOV", "IRQREB", "2008-03-30", "Tigris Wire", plover="REQUEST"),
        make_event("b", "020", "IRQREB", "IRQGOV", "2008-03-30", "Gulf Monitor", plover="REQUEST"),
        make_event("c", "040", "IRQGOVPTY", "IRQREB", "2008-03-29", "Levant Daily"),
        make_event("d", "042", "IRQGOV", "IRQREB", "2008-03-28", "Levant Daily", plover="CONSULT"),
        make_event("e", "190", "IRQMIL", "IRQREB", "2008-03-28", "Levant Daily"),  # not a consultation
    ]
    s = build_situation(events, {})
    assert sum(c.count for c in s.consultations) == 4
    rows = {(c.initiator, c.counterpart): c for c in s.consultations}
    assert rows[("IRQGOV", "IRQREB")].kinds == {"REQUEST": 1, "CONSULT": 1}
    initiators = [c for c in s.contested if c.kind == "initiator"]
    assert len(initiators) == 1
    assert {c.value for c in initiators[0].claims} == {"initiated by IRQGOV", "initiated by IRQREB"}
    assert any(x.text == "2 of 4 consultation events were initiated by IRQGOV." for x in s.summary)


def test_term_setters_count_demands_and_conditional_appeals(make_event):
    events = [
        make_event("a", "100", "IRQREB", "IRQGOV", "2008-03-30", text="The movement demanded a general amnesty."),
        make_event("a", "020", "IRQREB", "IRQGOV", "2008-03-30",
                   text="The cleric urged calm if raids on his offices stop."),
        make_event("b", "020", "IRQGOV", "IRQREB", "2008-03-30", text="The premier urged gunmen to give up."),
    ]
    s = build_situation(events, {})
    assert [(t.actor, t.demands, t.conditional_appeals) for t in s.term_setters] == [("IRQREB", 1, 1)]


def test_summary_sentences_rest_on_event_ids(make_event):
    events = [
        make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-25", "Tigris Wire", "Basra", goldstein=-10, fatalities=3),
        make_event("b", "190", "IRQMIL", "IRQREB", "2008-03-25", "Gulf Monitor", "Basra", goldstein=-10, fatalities=5),
    ]
    s = build_situation(events, {})
    ids = {e.event_id for e in events}
    assert s.summary and all(set(x.event_ids) <= ids for x in s.summary)
    texts = " ".join(x.text for x in s.summary)
    assert "2 events from 2 documents by 2 sources" in texts
    assert "IRQMIL → IRQREB" in texts
    assert "Gulf Monitor 5, Tigris Wire 3" in texts


def test_empty_input_gives_empty_situation():
    s = build_situation([], {})
    assert s.events == [] and s.summary == [] and s.days == []


def test_police_and_hospital_figures_in_one_outlet_are_contested(make_event):
    from sitroom.records import Attribution

    police = make_event("a", "190", None, "IRQREB", "2008-03-31", "Levant Daily", "Basra", fatalities=210)
    police.attribution = Attribution("police officials said")
    hospital = make_event("a", "190", None, "IRQREB", "2008-03-31", "Levant Daily", "Basra", fatalities=120)
    hospital.attribution = Attribution("hospital officials said")
    unattributed = make_event("b", "190", None, "IRQREB", "2008-03-31", "Gulf Monitor", "Basra", fatalities=5)
    repeat = make_event("b", "190", None, "IRQREB", "2008-03-31", "Gulf Monitor", "Basra", fatalities=7)
    s = build_situation([police, hospital], {})
    (claim,) = s.contested
    assert sorted(c.attribution for c in claim.claims) == ["hospital officials said", "police officials said"]
    assert not build_situation([unattributed, repeat], {}).contested  # one claimant, not a dispute


def test_denial_by_a_quoted_speaker_in_the_same_story(make_event):
    from sitroom.records import Actor, Attribution

    claim = make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-26", "Dispatch", "Basra")
    claim.attribution = Attribution("military officials said")
    denial = make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-26", "Dispatch", "Basra", modality="denied")
    denial.attribution = Attribution("Sadrist officials", Actor("Sadrist officials", "Sadr movement", "IRQREB"))
    (contested,) = build_situation([claim, denial], {}).contested
    assert contested.kind == "denial"
    same_voice = make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-26", "Dispatch", "Basra", modality="denied")
    assert not build_situation([make_event("a", "190", "IRQMIL", "IRQREB", "2008-03-26", "Dispatch", "Basra"),
                                same_voice], {}).contested


def test_reporting_both_directions_is_not_a_disputed_initiator(make_event):
    events = [
        make_event("a", "020", "IRQGOV", "IRQREB", "2008-03-30", "Tigris Wire"),
        make_event("a", "020", "IRQREB", "IRQGOV", "2008-03-30", "Tigris Wire"),
        make_event("b", "020", "IRQGOV", "IRQREB", "2008-03-30", "Gulf Monitor"),
        make_event("c", "020", "IRQREB", "IRQGOV", "2008-03-31", "Levant Daily"),  # another day
    ]
    assert not build_situation(events, {}).contested


def _same_sentence(event, other):
    event.evidence = other.evidence


def test_one_sentence_coded_twice_gives_one_contested_claim_and_one_top_event(make_event):
    a1 = make_event("a", "190", None, None, "2008-03-25", "Tigris Wire", "Basra", fatalities=40)
    a2 = make_event("a", "180", None, None, "2008-03-25", "Tigris Wire", "Basra", fatalities=40)
    b1 = make_event("b", "190", None, None, "2008-03-25", "Gulf Monitor", "Basra", fatalities=90)
    b2 = make_event("b", "180", None, None, "2008-03-25", "Gulf Monitor", "Basra", fatalities=90)
    _same_sentence(a2, a1)
    _same_sentence(b2, b1)
    s = build_situation([a1, a2, b1, b2], {})
    assert len([c for c in s.contested if c.kind == "casualties"]) == 1
    assert len(s.top_events) == 2


def test_statements_without_actors_do_not_merge(make_event):
    events = [make_event("a", "010", None, None, "2008-03-25", "Tigris Wire", "Basra"),
              make_event("b", "010", None, None, "2008-03-25", "Gulf Monitor", "Basra")]
    assert all(len(i.reports) == 1 for i in build_situation(events, {}).incidents)


def test_casualty_sums_count_a_sentence_once(make_event):
    fight = make_event("a", "190", None, "IRQREB", "2008-03-25", "Tigris Wire", "Basra", fatalities=40)
    assault = make_event("a", "180", None, None, "2008-03-25", "Tigris Wire", "Basra", fatalities=40)
    _same_sentence(assault, fight)
    other = make_event("b", "190", "IRQMIL", "IRQREB", "2008-03-27", "Tigris Wire", "Kut", fatalities=7)
    (totals,) = build_situation([fight, assault, other], {}).casualties
    assert (totals.fatalities, totals.largest_fatalities, len(totals.figures)) == (47, 40, 2)

"""The actors summary is merged per write (schema 3) and must equal a full recompute from the
events, however the store was built: several batches, re-coding, an old store migrated."""
from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
import pytest

from sitroom.records import Actor
from sitroom.store import SCHEMA_VERSION, Store

# Independent of the store's SQL: every mention of every stored event, aggregated at once.
FULL_ACTORS = """
WITH mentions AS (
    SELECT source_code AS code, coalesce(source_name, '') AS name, source_text AS alias,
           nullif(source_country, '') AS country, source_roles AS roles, coalesce(date, doc_date) AS day
    FROM events WHERE source_code IS NOT NULL
    UNION ALL
    SELECT target_code, coalesce(target_name, ''), target_text, nullif(target_country, ''), target_roles,
           coalesce(date, doc_date)
    FROM events WHERE target_code IS NOT NULL
), per_country AS (
    SELECT code, name, country, count(*) AS n FROM mentions WHERE country IS NOT NULL GROUP BY ALL
), top_country AS (  -- most mentions, the alphabetically first on a tie
    SELECT code, name, country FROM per_country
    QUALIFY row_number() OVER (PARTITION BY code, name ORDER BY n DESC, country) = 1
)
SELECT m.code, m.name, list_sort(list_distinct(list(m.alias))) AS aliases, any_value(t.country) AS country,
       list_sort(list_distinct(flatten(list(m.roles)))) AS roles,
       min(m.day) AS first_seen, max(m.day) AS last_seen, count(*) AS mentions
FROM mentions m LEFT JOIN top_country t ON t.code = m.code AND t.name = m.name
GROUP BY m.code, m.name ORDER BY m.code, m.name
"""
FULL_COUNTRIES = """
SELECT code, name, country, count(*) AS mentions FROM (
    SELECT source_code AS code, coalesce(source_name, '') AS name, nullif(source_country, '') AS country
    FROM events WHERE source_code IS NOT NULL
    UNION ALL
    SELECT target_code, coalesce(target_name, ''), nullif(target_country, '') FROM events WHERE target_code IS NOT NULL
) WHERE country IS NOT NULL GROUP BY ALL ORDER BY ALL
"""

# A few actors whose mentions disagree on country (ties included), roles and wording.
CAST = [
    Actor("the army", "Northern Army", "AAAMIL", "AAA", ["MIL"]),
    Actor("soldiers", "Northern Army", "AAAMIL", "BBB", ["MIL", "GOV"]),
    Actor("troops", "Northern Army", "AAAMIL", "", []),
    Actor("the rebels", "Hill Front", "BBBREB", "BBB", ["REB"]),
    Actor("fighters", "Hill Front", "BBBREB", "CCC", ["REB", "INS"]),
    Actor("the UN", "United Nations", "IGOUNO", "", ["IGO"]),
    Actor("police", "", "CCCCOP", "CCC", ["COP"]),
]


def actors_rows(store: Store) -> list[dict]:
    return store.sql("SELECT * FROM actors ORDER BY code, name").to_pylist()


def assert_summary_is_full_recompute(store: Store) -> None:
    assert actors_rows(store) == store.sql(FULL_ACTORS).to_pylist()
    assert store.sql("SELECT * FROM actor_countries ORDER BY ALL").to_pylist() == store.sql(FULL_COUNTRIES).to_pylist()


def random_batches(rng: random.Random, doc_factory, event_factory, n_docs: int, per_batch: int,
                   coded_ids: list[str] | None = None) -> list[list]:
    """Batches of (document, events) with random actors and days; `coded_ids` re-codes those."""
    ids = coded_ids or [f"doc{i:03d}" for i in range(n_docs)]
    items = []
    for doc_id in ids:
        doc = doc_factory(doc_id, day=rng.randint(1, 28))
        events = []
        for n in range(rng.randint(0, 3)):
            source = rng.choice(CAST)
            target = rng.choice([None, *CAST])
            events.append(event_factory(doc, n, source=source, target=target,
                                        day=rng.choice([None, rng.randint(1, 28)])))
        items.append((doc, events))
    return [items[i:i + per_batch] for i in range(0, len(items), per_batch)]


def test_summary_matches_full_recompute_over_batches_and_recoding(store, doc_factory, event_factory) -> None:
    rng = random.Random(7)
    for batch in random_batches(rng, doc_factory, event_factory, 60, per_batch=9):
        store.save_coded(batch)
        assert_summary_is_full_recompute(store)
    # re-code a random third (some lose actors, some gain), mixed with new documents
    recoded = rng.sample([f"doc{i:03d}" for i in range(60)], 20) + ["new1", "new2"]
    for batch in random_batches(rng, doc_factory, event_factory, 0, per_batch=7, coded_ids=recoded):
        store.save_coded(batch)
        assert_summary_is_full_recompute(store)
    # a document re-coded with no events at all takes its mentions away
    store.save_coded([(doc_factory(recoded[0], day=1), [])])
    assert_summary_is_full_recompute(store)
    assert store.counts()["actors"] == len(store.sql(FULL_ACTORS))


def test_country_is_the_most_mentioned_then_alphabetical(store, doc_factory, event_factory) -> None:
    army_b, army_a, army_c = (Actor("the army", "Army", "XXXMIL", c, ["MIL"]) for c in ("BBB", "AAA", "CCC"))
    d1, d2, d3 = (doc_factory(f"t{i}") for i in range(3))
    store.save_coded([(d1, [event_factory(d1, 0, source=army_b)])])
    store.save_coded([(d2, [event_factory(d2, 0, source=army_a)])])  # BBB 1, AAA 1: a tie
    assert actors_rows(store)[0]["country"] == "AAA"
    store.save_coded([(d3, [event_factory(d3, 0, source=army_b), event_factory(d3, 1, source=army_c)])])
    assert actors_rows(store)[0]["country"] == "BBB"
    store.save_coded([(d3, [])])  # re-coded: BBB 1, AAA 1 again
    assert actors_rows(store)[0]["country"] == "AAA"
    assert_summary_is_full_recompute(store)


def test_actor_with_no_country_keeps_none(store, doc_factory, event_factory) -> None:
    doc = doc_factory("u1")
    store.save_coded([(doc, [event_factory(doc, 0, source=Actor("the UN", "United Nations", "IGOUNO", ""))])])
    [row] = actors_rows(store)
    assert (row["code"], row["country"], row["roles"], row["mentions"]) == ("IGOUNO", None, [], 1)


def test_migration_from_version_2_rebuilds_the_summary(store_path: Path, doc_factory, event_factory, old_store) -> None:
    """A store written by schema 2 (no actor_countries, country by `mode`) opens and is rebuilt."""
    rng = random.Random(3)
    batch = [item for items in random_batches(rng, doc_factory, event_factory, 30, per_batch=10) for item in items]
    old_store(store_path, 2, batch)
    con = duckdb.connect(str(store_path))
    con.execute("INSERT INTO actors VALUES ('AAAMIL', 'Northern Army', [], 'ZZZ', [], NULL, NULL, 0)")  # anything: it is rebuilt
    con.close()
    with Store(store_path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert_summary_is_full_recompute(store)
        d9 = doc_factory("doc-after", day=2)
        store.save_coded([(d9, [event_factory(d9, 0, source=CAST[1], target=CAST[4])])])
        assert_summary_is_full_recompute(store)


@pytest.mark.parametrize("keep_open", [False, True], ids=["per-operation", "keep-open"])
def test_failed_write_leaves_the_summary(store_path: Path, doc_factory, event_factory, keep_open, monkeypatch) -> None:
    import sitroom.store.store as store_module

    with Store(store_path, keep_open=keep_open) as store:
        d1 = doc_factory("f1")
        store.save_coded([(d1, [event_factory(d1, 0, source=CAST[0], target=CAST[3])])])
        before = (actors_rows(store), store.sql("SELECT * FROM actor_countries ORDER BY ALL").to_pylist())
        real = store_module.merge_actor_statements
        # the failure comes after the countries were merged: the transaction must undo them
        monkeypatch.setattr(store_module, "merge_actor_statements",
                            lambda recounting: (*real(recounting)[:1], "SELECT * FROM no_such_table"))
        d2 = doc_factory("f2")
        with pytest.raises(Exception, match="no_such_table"):
            store.save_coded([(d2, [event_factory(d2, 0, source=CAST[1])])])
        assert (actors_rows(store), store.sql("SELECT * FROM actor_countries ORDER BY ALL").to_pylist()) == before
        assert store.counts()["events"] == 1
        assert date(2024, 3, 1) == actors_rows(store)[0]["first_seen"]

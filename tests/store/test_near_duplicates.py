"""Near-duplicate stories (wire rewrites, syndicated copies) are merged into one document."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pytest
from datasketch import MinHash

from sitroom.records import Document
from sitroom.store import SCHEMA_VERSION, IngestStats, Store
from sitroom.store.dedup import (
    MinHasher,
    distinct_incidents,
    estimated_jaccard,
    incident_markers,
    match_batch,
    shingle_words,
    strip_story_text,
)

# An invented clash, told three ways: the wire original, a newspaper's rewrite of it, and a
# different report on the same clash (same actors, place and day, other content and wording).
ORIGINAL = """Gunmen from the Valley Brigade attacked a police post on the northern edge of Riverton before dawn on Tuesday, killing four officers and wounding six others, the provincial police chief said.

The attackers arrived in three pickup trucks and fired rocket-propelled grenades at the post before storming it, according to a police officer who survived the assault. Reinforcements from the army reached the area about an hour later and the gunmen withdrew toward the hills east of the town.

The provincial governor condemned the attack and ordered an investigation into how the convoy passed two army checkpoints on the main road. The Valley Brigade has not claimed responsibility for the raid.

Residents said the town market stayed closed for most of the day and that soldiers were searching houses in the eastern districts in the afternoon."""

REWRITE = """RIVERTON (Daily Courier) — Gunmen from the Valley Brigade stormed a police post on the northern edge of Riverton before dawn on Tuesday, killing four officers and wounding six others, the provincial police chief said.

The attackers arrived in three pickup trucks and fired rocket-propelled grenades at the post before storming it, according to a police officer who survived the assault. Army reinforcements reached the area about an hour later and the gunmen withdrew toward the hills east of the town.

The provincial governor condemned the attack and ordered an investigation into how the convoy passed two army checkpoints on the main road. The Valley Brigade has not claimed responsibility for the raid.

Residents said the town market stayed closed for most of the day and that soldiers were searching houses in the eastern districts in the afternoon.

Reporting by A. Writer; editing by B. Editor
© 2024 Daily Courier. All rights reserved.
Click here to read more stories from the region."""

SAME_CLASH_OTHER_STORY = """Mourners buried four police officers in Riverton on Wednesday, a day after gunmen of the Valley Brigade overran their post at the northern edge of the town, relatives and local officials said.

Hundreds of people followed the coffins through the center of Riverton, many chanting against the armed group and calling on the government to send more troops. The widow of one officer said her husband had asked for a transfer weeks ago because the post had no protection at night.

The interior ministry announced that it would double the number of police in the province and build concrete barriers around isolated posts. An official in the ministry said the brigade had recruited new fighters in the villages east of Riverton this year.

Shops reopened on Wednesday but many parents kept their children home from school."""

# Two different incidents written from one agency template: many shared words, other facts.
TEMPLATE = ("A car bomb exploded near a market in {place} on {day}, killing {killed} people and wounding "
            "{wounded} others, a local health official said. The official, who asked not to be named because he "
            "was not allowed to brief the press, said the car had been parked beside a row of vegetable stalls "
            "since early morning. No group said it carried out the bombing. Police closed the roads around the "
            "market and began checking vehicles at the entrances to the town, the official added.")
INCIDENT_A = TEMPLATE.format(place="Lakeside", day="Friday", killed="seven", wounded="twenty")
INCIDENT_B = TEMPLATE.format(place="Hilltop", day="Saturday", killed="three", wounded="nine")

SHORT = "Gunmen attacked a police post in Riverton on Tuesday, killing four officers, police said."


def doc(doc_id: str, text: str, source: str = "Wire One", day: int = 5, title: str | None = None) -> Document:
    return Document(id=doc_id, text=text, date=date(2024, 3, day), source=source,
                    url=f"https://news.example/{doc_id}", title=title)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "near.duckdb", keep_open=True) as opened:
        yield opened


def similarity(a: str, b: str, hasher: MinHasher = MinHasher()) -> float:
    first, second = hasher.signatures([a, b])
    return float(estimated_jaccard(first, second[None, :])[0])


def test_normalisation_drops_dateline_and_boilerplate() -> None:
    stripped = strip_story_text(REWRITE)
    assert stripped.startswith("Gunmen from the Valley Brigade stormed")
    assert stripped.endswith("in the afternoon.")
    assert shingle_words("BASRA, Iraq (AP) -- Troops, police ARRIVED.") == ["troops", "police", "arrived"]
    # an ordinary opening with a dash is not a dateline
    assert shingle_words("Troops arrived — late")[:1] == ["troops"]


def test_signature_equals_datasketch_minhash() -> None:
    hasher = MinHasher()
    shingles = hasher.shingle_hashes(ORIGINAL)
    reference = MinHash(num_perm=hasher.num_perm, seed=hasher.seed, scheme="affine32", hashfunc=int)
    reference.update_batch(shingles.tolist())
    assert np.array_equal(hasher.signatures([ORIGINAL])[0], reference.hashvalues)


def test_similarities_separate_rewrites_from_other_stories() -> None:
    assert similarity(ORIGINAL, REWRITE) >= 0.6
    assert similarity(ORIGINAL, SAME_CLASH_OTHER_STORY) < 0.2
    assert MinHasher().signatures([SHORT])[0] is None


def test_rewrite_is_merged_into_the_original(store) -> None:
    assert store.add_documents([doc("wire-1", ORIGINAL, title="Police post attacked")]) == IngestStats(new=1)
    rewrite = doc("courier-7", REWRITE, source="Daily Courier", day=6, title="Four police killed in dawn raid")
    assert store.add_documents([rewrite]) == IngestStats(near_duplicate=1)
    assert store.counts()["documents"] == 1
    assert store.get_document("courier-7") is None
    assert store.document_sources("wire-1") == [
        {"id": "courier-7", "source": "Daily Courier", "url": "https://news.example/courier-7", "origin": None,
         "date": date(2024, 3, 6)}]


def test_other_story_on_the_same_clash_is_kept(store) -> None:
    stats = store.add_documents([doc("wire-1", ORIGINAL), doc("paper-2", SAME_CLASH_OTHER_STORY, day=6)])
    assert stats == IngestStats(new=2)
    assert store.document_sources("wire-1") == []


def test_near_duplicates_inside_one_batch(store) -> None:
    copy_of_rewrite = doc("mirror-3", REWRITE, source="Mirror")  # exact copy of the near-duplicate
    stats = store.add_documents([doc("wire-1", ORIGINAL), doc("courier-7", REWRITE, source="Daily Courier"),
                                 copy_of_rewrite, doc("paper-2", SAME_CLASH_OTHER_STORY)])
    assert stats == IngestStats(new=2, near_duplicate=2)
    assert [s["id"] for s in store.document_sources("wire-1")] == ["courier-7", "mirror-3"]


def test_detection_across_runs(tmp_path: Path) -> None:
    path = tmp_path / "runs.duckdb"
    with Store(path) as first_run:
        first_run.add_documents([doc("wire-1", ORIGINAL)])
    with Store(path) as second_run:  # nothing rebuilt: the stored band keys find the original
        assert second_run.add_documents([doc("courier-7", REWRITE, source="Daily Courier")]) == \
            IngestStats(near_duplicate=1)
        assert [s["id"] for s in second_run.document_sources("wire-1")] == ["courier-7"]


def test_idempotent_and_exact_duplicates_still_counted(store) -> None:
    docs = [doc("wire-1", ORIGINAL), doc("courier-7", REWRITE, source="Daily Courier")]
    assert store.add_documents(docs) == IngestStats(new=1, near_duplicate=1)
    # again: the original is a duplicate (same id); the rewrite is still a near-duplicate, recorded once
    assert store.add_documents(docs) == IngestStats(duplicate=1, near_duplicate=1)
    exact = doc("agency-9", ORIGINAL, source="Agency")
    assert store.add_documents([exact]) == IngestStats(duplicate=1)
    assert [s["id"] for s in store.document_sources("wire-1")] == ["courier-7", "agency-9"]
    assert store.counts()["documents"] == 1


def test_templated_copy_of_another_incident_is_kept(store) -> None:
    assert similarity(INCIDENT_A, INCIDENT_B) >= 0.6  # the words alone would merge them
    assert distinct_incidents(incident_markers(INCIDENT_A), incident_markers(INCIDENT_B))
    assert not distinct_incidents(incident_markers(ORIGINAL), incident_markers(REWRITE))
    assert store.add_documents([doc("a", INCIDENT_A), doc("b", INCIDENT_B, day=6)]) == IngestStats(new=2)


def test_batch_chain_does_not_drift() -> None:
    """c is close to b, b to a, c not to a: b merges into a, c stays (never matched to a copy)."""
    hasher = MinHasher(min_words=5)
    words = [f"w{i}" for i in range(60)]
    a = " ".join(words)
    b = " ".join(words[:45] + [f"x{i}" for i in range(15)])
    c = " ".join(words[:30] + [f"x{i}" for i in range(15)] + [f"y{i}" for i in range(15)])
    signatures = np.stack(hasher.signatures([a, b, c]))
    keys = hasher.band_keys(signatures)
    assert estimated_jaccard(signatures[2], signatures[1:2])[0] >= 0.5 > estimated_jaccard(signatures[2], signatures[:1])[0]
    assert (keys[1][None, :] == keys[2][:, None]).any()  # c is a band candidate of b
    nothing = np.empty(0, dtype=np.int64)
    matches = match_batch([0, 1, 2], [a, b, c], signatures, keys, nothing, nothing, [],
                          np.empty((0, hasher.num_perm), dtype=np.uint32), lambda ids: {}, threshold=0.5)
    assert list(matches) == [1] and matches[1].target_row == 0


def test_short_texts_are_only_exact_deduplicated(store) -> None:
    edited = SHORT.replace("Tuesday", "Tuesday morning")
    assert store.add_documents([doc("s1", SHORT), doc("s2", edited), doc("s3", SHORT)]) == \
        IngestStats(new=2, duplicate=1)


def test_switched_off_and_threshold(tmp_path: Path) -> None:
    path = tmp_path / "off.duckdb"
    with Store(path, near_duplicates=False) as plain:
        assert plain.add_documents([doc("wire-1", ORIGINAL), doc("courier-7", REWRITE)]) == IngestStats(new=2)
    with Store(path, near_duplicate_threshold=0.99) as strict:
        assert strict.add_documents([doc("other-8", REWRITE.replace("stormed", "raided"))]) == IngestStats(new=1)
    with pytest.raises(ValueError):
        Store(path, near_duplicate_threshold=0.0)


def test_documents_stored_while_off_get_signatures_later(tmp_path: Path) -> None:
    path = tmp_path / "backfill.duckdb"
    with Store(path, near_duplicates=False) as plain:
        plain.add_documents([doc("wire-1", ORIGINAL), doc("s1", SHORT)])
    with Store(path) as store:
        assert store.add_documents([doc("courier-7", REWRITE)]) == IngestStats(near_duplicate=1)
        counts = store.sql("SELECT count(*) AS n, count(signature) AS signed FROM document_signatures").to_pylist()
        assert counts == [{"n": 2, "signed": 1}]  # the short text has a row without a signature


def test_migration_from_version_1_backfills(tmp_path: Path) -> None:
    """A store written before near-duplicate detection: schema 1, documents without signatures."""
    import sitroom.store.store as store_module

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(store_module.META_TABLE)
    for statement in store_module.MIGRATIONS[0]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO documents (id, hash, text, ingested_at) VALUES ('wire-1', ?, ?, now())",
                [doc("wire-1", ORIGINAL).hash, ORIGINAL])
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.add_documents([doc("courier-7", REWRITE)]) == IngestStats(near_duplicate=1)
        assert [s["id"] for s in store.document_sources("wire-1")] == ["courier-7"]


def test_near_duplicate_gets_no_events_of_its_own(store) -> None:
    assert store.save_coded([(doc("wire-1", ORIGINAL), []), (doc("courier-7", REWRITE), [])]) == 0
    assert store.counts()["documents"] == 1 and store.get_document("courier-7") is None


def test_both_connection_modes(any_store) -> None:
    assert any_store.add_documents([doc("wire-1", ORIGINAL)]) == IngestStats(new=1)
    assert any_store.add_documents([doc("courier-7", REWRITE), doc("paper-2", SAME_CLASH_OTHER_STORY)]) == \
        IngestStats(new=1, near_duplicate=1)
    assert any_store.counts()["documents"] == 2

"""The store's schema as ordered migrations.

Version N of the schema is the result of applying ``MIGRATIONS[0:N]`` in order; the version
reached is kept in ``meta`` under ``schema_version``. Add a new schema change by appending a
new tuple of SQL statements, never by editing an applied one.
"""
from __future__ import annotations

_ACTOR_COLUMNS = """
    {p}_text VARCHAR, {p}_name VARCHAR, {p}_code VARCHAR, {p}_country VARCHAR, {p}_roles VARCHAR[]"""

SOURCE_ENTRY_TYPE = "STRUCT(id VARCHAR, source VARCHAR, url VARCHAR, origin VARCHAR, date DATE)"

_V1 = (
    """CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        hash VARCHAR NOT NULL UNIQUE,
        date DATE,
        source VARCHAR,
        url VARCHAR,
        title VARCHAR,
        origin VARCHAR,
        text VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL,
        coded_at TIMESTAMP,
        -- other ids/publications that carried the same text (same content hash)
        sources %s[] NOT NULL DEFAULT []
    )""" % SOURCE_ENTRY_TYPE,
    # event_id is the key, kept unique by the store's write transaction (checked before every
    # insert) rather than by an index: DuckDB's ART index made re-coding (delete + insert of the
    # same keys) ~6x slower at commit.
    """CREATE TABLE events (
        event_id VARCHAR NOT NULL,
        doc_id VARCHAR NOT NULL,
        cameo VARCHAR, root VARCHAR, goldstein DOUBLE, quad_class TINYINT,
        plover_type VARCHAR, plover_mode VARCHAR, plover_context VARCHAR[],
        acled_event_type VARCHAR, acled_sub_event_type VARCHAR,"""
    + _ACTOR_COLUMNS.format(p="source") + ","
    + _ACTOR_COLUMNS.format(p="target") + """,
        date DATE, date_text VARCHAR, date_basis VARCHAR,
        location_text VARCHAR, location_name VARCHAR, location_geonames_id BIGINT,
        location_lat DOUBLE, location_lon DOUBLE, location_country VARCHAR, location_admin1 VARCHAR,
        location_precision VARCHAR, location_basis VARCHAR,
        attribution_text VARCHAR, attribution_source_code VARCHAR, attribution_source_name VARCHAR,
        modality VARCHAR,
        fatalities INTEGER, injured INTEGER, arrested INTEGER, counts_text VARCHAR,
        evidence_sentence INTEGER, evidence_start INTEGER, evidence_end INTEGER,
        evidence_trigger VARCHAR, evidence_text VARCHAR,
        evidence_trigger_start INTEGER, evidence_trigger_end INTEGER,
        doc_source VARCHAR, doc_date DATE,
        record JSON NOT NULL
    )""",
    """CREATE TABLE actors (
        code VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        aliases VARCHAR[],
        country VARCHAR,
        roles VARCHAR[],
        first_seen DATE,
        last_seen DATE,
        mentions BIGINT NOT NULL,
        PRIMARY KEY (code, name)
    )""",
)

# Near-duplicate detection (`dedup.py`): one signature row per document (signature NULL when
# the text is too short to compare) and its LSH band keys, so a new text is checked against the
# whole store by a join on `key`. Documents stored before this step get theirs on the first
# write (the store backfills them and records the signature scheme in meta `minhash_scheme`).
_V2 = (
    """CREATE TABLE document_signatures (
        doc_id VARCHAR NOT NULL,
        signature BLOB  -- little-endian uint32[num_perm]
    )""",
    """CREATE TABLE document_bands (
        key BIGINT NOT NULL,
        doc_id VARCHAR NOT NULL
    )""",
)

MIGRATIONS: list[tuple[str, ...]] = [_V1, _V2]
SCHEMA_VERSION = len(MIGRATIONS)

META_TABLE = "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)"

# The events columns in table order, without `record` (filled from the record itself).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "cameo", "root", "goldstein", "quad_class",
    "plover_type", "plover_mode", "plover_context", "acled_event_type", "acled_sub_event_type",
    "source_text", "source_name", "source_code", "source_country", "source_roles",
    "target_text", "target_name", "target_code", "target_country", "target_roles",
    "date", "date_text", "date_basis",
    "location_text", "location_name", "location_geonames_id", "location_lat", "location_lon",
    "location_country", "location_admin1", "location_precision", "location_basis",
    "attribution_text", "attribution_source_code", "attribution_source_name",
    "modality", "fatalities", "injured", "arrested", "counts_text",
    "evidence_sentence", "evidence_start", "evidence_end", "evidence_trigger", "evidence_text",
    "evidence_trigger_start", "evidence_trigger_end",
    "doc_source", "doc_date",
)

# Actors are recomputed from the events that mention them, so re-coding never double counts.
REFRESH_ACTORS = """
INSERT INTO actors
WITH mentions AS (
    SELECT source_code AS code, coalesce(source_name, '') AS name, source_text AS alias,
           source_country AS country, source_roles AS roles, coalesce(date, doc_date) AS day
    FROM events WHERE source_code IS NOT NULL
    UNION ALL
    SELECT target_code, coalesce(target_name, ''), target_text, target_country, target_roles,
           coalesce(date, doc_date)
    FROM events WHERE target_code IS NOT NULL
)
SELECT m.code, m.name,
       list_sort(list_distinct(list(m.alias))),
       mode(nullif(m.country, '')),
       list_sort(list_distinct(flatten(list(m.roles)))),
       min(m.day), max(m.day), count(*)
FROM mentions m
SEMI JOIN touched_actors t ON t.code = m.code AND t.name = m.name
GROUP BY m.code, m.name
"""

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

# The actors summary is kept up to date incrementally (schema 3). Every actor mention of an
# event, one row per source and one per target; `{table}` is the stored events or the incoming batch.
# An implied actor (a protest's government) has no words in the text, so no alias.
_ACTOR_MENTIONS = """
    SELECT source_code AS code, coalesce(source_name, '') AS name, nullif(source_text, '') AS alias,
           nullif(source_country, '') AS country, source_roles AS roles, coalesce(date, doc_date) AS day
    FROM {table} WHERE source_code IS NOT NULL
    UNION ALL
    SELECT target_code, coalesce(target_name, ''), nullif(target_text, ''), nullif(target_country, ''), target_roles,
           coalesce(date, doc_date)
    FROM {table} WHERE target_code IS NOT NULL"""

# The mentions a write adds to the summary. A document coded for the first time only adds
# mentions, and every column of `actors` merges exactly: aliases and roles as sorted sets,
# first/last day as min/max, mentions as a sum, the country from per-country counts kept in
# `actor_countries` (a mode cannot be merged by itself). An actor that lost mentions (a
# re-coded document's old events) is dropped first and rebuilt from all its stored mentions.
_NEW_MENTIONS = f"""
    SELECT m.* FROM ({_ACTOR_MENTIONS.format(table="incoming_events")}) m
    ANTI JOIN recounted_actors r ON r.code = m.code AND r.name = m.name"""
_RECOUNTED_MENTIONS = f"""
    SELECT m.* FROM ({_ACTOR_MENTIONS.format(table="event_rows")}) m
    SEMI JOIN recounted_actors r ON r.code = m.code AND r.name = m.name"""

# `actors.country`: the actor's most frequent non-empty country, the alphabetically first on a
# tie (DuckDB's `mode` breaks ties by hash order, so it was not reproducible).
_MERGE_ACTOR_COUNTRIES = """
INSERT INTO actor_countries
WITH mentions AS ({mentions})
SELECT code, name, country, count(*) FROM mentions WHERE country IS NOT NULL GROUP BY code, name, country
ON CONFLICT DO UPDATE SET mentions = actor_countries.mentions + excluded.mentions
"""

# The merged rows go to a temporary table, then replace the stored ones: DELETE + INSERT is
# ~3x faster than INSERT OR REPLACE / ON CONFLICT DO UPDATE on the primary key.
_MERGE_ACTORS = """
CREATE OR REPLACE TEMP TABLE merged_actors AS
WITH mentions AS ({mentions}),
added AS (
    SELECT code, name, list_distinct(list(alias)) AS aliases, list_distinct(flatten(list(roles))) AS roles,
           min(day) AS first_seen, max(day) AS last_seen, count(*) AS mentions
    FROM mentions GROUP BY code, name
),
top_country AS (
    SELECT c.code, c.name, first(c.country ORDER BY c.mentions DESC, c.country) AS country
    FROM actor_countries c SEMI JOIN added n ON n.code = c.code AND n.name = c.name
    GROUP BY c.code, c.name
)
SELECT n.code, n.name,
       list_sort(list_distinct(list_concat(a.aliases, n.aliases))),
       t.country,
       list_sort(list_distinct(list_concat(a.roles, n.roles))),
       least(a.first_seen, n.first_seen), greatest(a.last_seen, n.last_seen),
       coalesce(a.mentions, 0) + n.mentions
FROM added n
LEFT JOIN actors a ON a.code = n.code AND a.name = n.name
LEFT JOIN top_country t ON t.code = n.code AND t.name = n.name
"""

_REPLACE_MERGED_ACTORS = (
    "DELETE FROM actors a WHERE EXISTS (SELECT 1 FROM merged_actors m WHERE m.code = a.code AND m.name = a.name)",
    "INSERT INTO actors SELECT * FROM merged_actors",
    "DROP TABLE merged_actors",
)


def merge_actor_statements(recounting: bool) -> tuple[str, ...]:
    """The statements that add a write's mentions to `actor_countries` and `actors`; with
    `recounting`, the actors in `recounted_actors` (rows already deleted) are rebuilt too."""
    mentions = _NEW_MENTIONS + (" UNION ALL " + _RECOUNTED_MENTIONS if recounting else "")
    return (_MERGE_ACTOR_COUNTRIES.format(mentions=mentions), _MERGE_ACTORS.format(mentions=mentions),
            *_REPLACE_MERGED_ACTORS)


# Schema 3: per-country mention counts, so `actors` is merged instead of re-aggregated from
# every event of each touched actor at each write. The summary is rebuilt once by merging all
# stored mentions into an empty one (the full recompute). Built from the merge statements
# above: if they ever change, freeze a copy of today's SQL here first, since an applied
# migration must not change.
_ALL_MENTIONS = _ACTOR_MENTIONS.format(table="events")
_V3 = (
    """CREATE TABLE actor_countries (
        code VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        country VARCHAR NOT NULL,
        mentions BIGINT NOT NULL,
        PRIMARY KEY (code, name, country)
    )""",
    "DELETE FROM actors",
    _MERGE_ACTOR_COUNTRIES.format(mentions=_ALL_MENTIONS),
    _MERGE_ACTORS.format(mentions=_ALL_MENTIONS),
    *_REPLACE_MERGED_ACTORS,
)

# Schema 4: the EVENTS.md record is no longer stored (building that JSON in every write and
# compressing it at commit was half the cost of a write, issue #7). `event_rows` holds every
# leaf of an Event as a column: the schema-1 columns, the leaves only the record had (actor
# offsets, the attribution source's text, country and roles) and a presence flag per nested
# object. `events` becomes a view with the schema-1 columns and `record` built from the row
# (`rows.RECORD_PLAN.expression`; a test pins this frozen copy to it), so readers of
# `SELECT record FROM events` and `SELECT * EXCLUDE (record) FROM events` see no change.
_EVENT_ROWS_EXTRA = """,
        source_start BIGINT, source_end BIGINT, target_start BIGINT, target_end BIGINT,
        attribution_source_text VARCHAR, attribution_source_country VARCHAR,
        attribution_source_roles VARCHAR[], attribution_source_start BIGINT, attribution_source_end BIGINT,
        has_plover BOOLEAN NOT NULL, has_acled BOOLEAN NOT NULL, has_source BOOLEAN NOT NULL,
        has_target BOOLEAN NOT NULL, has_evidence BOOLEAN NOT NULL, has_attribution BOOLEAN NOT NULL,
        has_attribution_source BOOLEAN NOT NULL, has_location BOOLEAN NOT NULL
    )"""
_EVENTS_VIEW_RECORD = """to_json(struct_pack(
    "event_id" := "event_id", "doc_id" := "doc_id", "cameo" := "cameo", "root" := "root",
    "goldstein" := CASE WHEN isfinite("goldstein") THEN "goldstein" END, "quad_class" := "quad_class",
    "plover" := CASE WHEN "has_plover" THEN struct_pack(
        "type" := "plover_type", "mode" := "plover_mode", "context" := "plover_context") END,
    "acled" := CASE WHEN "has_acled" THEN struct_pack(
        "event_type" := "acled_event_type", "sub_event_type" := "acled_sub_event_type") END,
    "source" := CASE WHEN "has_source" THEN struct_pack(
        "text" := "source_text", "name" := "source_name", "code" := "source_code", "country" := "source_country",
        "roles" := "source_roles", "start" := "source_start", "end" := "source_end") END,
    "target" := CASE WHEN "has_target" THEN struct_pack(
        "text" := "target_text", "name" := "target_name", "code" := "target_code", "country" := "target_country",
        "roles" := "target_roles", "start" := "target_start", "end" := "target_end") END,
    "evidence" := CASE WHEN "has_evidence" THEN struct_pack(
        "sentence" := "evidence_sentence", "start" := "evidence_start", "end" := "evidence_end",
        "trigger" := "evidence_trigger", "text" := "evidence_text",
        "trigger_start" := "evidence_trigger_start", "trigger_end" := "evidence_trigger_end") END,
    "modality" := "modality",
    "attribution" := CASE WHEN "has_attribution" THEN struct_pack(
        "text" := "attribution_text",
        "source" := CASE WHEN "has_attribution_source" THEN struct_pack(
            "text" := "attribution_source_text", "name" := "attribution_source_name",
            "code" := "attribution_source_code", "country" := "attribution_source_country",
            "roles" := "attribution_source_roles", "start" := "attribution_source_start",
            "end" := "attribution_source_end") END) END,
    "date" := "date", "date_text" := "date_text", "date_basis" := "date_basis",
    "location" := CASE WHEN "has_location" THEN struct_pack(
        "text" := "location_text", "name" := "location_name", "geonames_id" := "location_geonames_id",
        "lat" := CASE WHEN isfinite("location_lat") THEN "location_lat" END,
        "lon" := CASE WHEN isfinite("location_lon") THEN "location_lon" END,
        "country" := "location_country", "admin1" := "location_admin1",
        "precision" := "location_precision", "basis" := "location_basis") END,
    "fatalities" := "fatalities", "injured" := "injured", "arrested" := "arrested",
    "counts_text" := "counts_text", "doc_source" := "doc_source", "doc_date" := "doc_date"))"""


def _edited(sql: str, *changes: tuple[str, str]) -> str:
    """`sql` with each (old, new) replaced; an `old` missing is a mistake in this file."""
    for old, new in changes:
        if old not in sql:
            raise ValueError(f"schema text not found: {old!r}")
        sql = sql.replace(old, new)
    return sql


# Compression: zstd for the long texts only (document text, evidence sentence), DuckDB's own
# choice (dictionary/FSST, RLE, bit packing...) for the rest. Forcing zstd on every column
# (schema 1-3 did, for the record) made the event columns 2-3x larger and their commit slower.
_ZSTD_TEXT = "text VARCHAR NOT NULL USING COMPRESSION zstd"
_V4 = (
    # documents rebuilt, the same but for the text's compression (set only when creating a table)
    _edited(_V1[0], ("CREATE TABLE documents", "CREATE TABLE documents_v4"), ("text VARCHAR NOT NULL", _ZSTD_TEXT)),
    "INSERT INTO documents_v4 SELECT * FROM documents",
    "DROP TABLE documents",
    "ALTER TABLE documents_v4 RENAME TO documents",
    # the schema-1 event columns but `record`, then the extra leaves and the flags
    _edited(_V1[1], ("CREATE TABLE events", "CREATE TABLE event_rows"),
            ("evidence_text VARCHAR", "evidence_text VARCHAR USING COMPRESSION zstd"),
            (",\n        record JSON NOT NULL\n    )", _EVENT_ROWS_EXTRA)),
    # the leaves only the record had come out of it; a nested object is present when its
    # record value is a JSON object (not null, not missing)
    """INSERT INTO event_rows SELECT * EXCLUDE (record),
        CAST(record->>'$.source.start' AS BIGINT), CAST(record->>'$.source.end' AS BIGINT),
        CAST(record->>'$.target.start' AS BIGINT), CAST(record->>'$.target.end' AS BIGINT),
        record->>'$.attribution.source.text', record->>'$.attribution.source.country',
        CAST(record->'$.attribution.source.roles' AS VARCHAR[]),
        CAST(record->>'$.attribution.source.start' AS BIGINT), CAST(record->>'$.attribution.source.end' AS BIGINT),
        coalesce(json_type(record, '$.plover') = 'OBJECT', false),
        coalesce(json_type(record, '$.acled') = 'OBJECT', false),
        coalesce(json_type(record, '$.source') = 'OBJECT', false),
        coalesce(json_type(record, '$.target') = 'OBJECT', false),
        coalesce(json_type(record, '$.evidence') = 'OBJECT', false),
        coalesce(json_type(record, '$.attribution') = 'OBJECT', false),
        coalesce(json_type(record, '$.attribution.source') = 'OBJECT', false),
        coalesce(json_type(record, '$.location') = 'OBJECT', false)
    FROM events""",
    "DROP TABLE events",
    """CREATE VIEW events AS SELECT * EXCLUDE (
        source_start, source_end, target_start, target_end,
        attribution_source_text, attribution_source_country, attribution_source_roles,
        attribution_source_start, attribution_source_end,
        has_plover, has_acled, has_source, has_target, has_evidence, has_attribution,
        has_attribution_source, has_location),
    """ + _EVENTS_VIEW_RECORD + """ AS record
    FROM event_rows""",
)

MIGRATIONS: list[tuple[str, ...]] = [_V1, _V2, _V3, _V4]
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

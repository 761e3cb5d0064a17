"""The DuckDB store: documents, events, actors and meta in one file (see `store.py`)."""
from sitroom.store.schema import MIGRATIONS, SCHEMA_VERSION
from sitroom.store.store import DEFAULT_PATH, DEFAULT_RADIUS_KM, IngestStats, Store, StoreError

__all__ = ["DEFAULT_PATH", "DEFAULT_RADIUS_KM", "IngestStats", "MIGRATIONS", "SCHEMA_VERSION", "Store", "StoreError"]

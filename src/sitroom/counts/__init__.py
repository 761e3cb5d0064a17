"""Killed / injured / arrested counts (ACLED conventions for vague quantities)."""
from sitroom.counts.extract import extract_counts, find_counts, words_to_number

__all__ = ["extract_counts", "find_counts", "words_to_number"]

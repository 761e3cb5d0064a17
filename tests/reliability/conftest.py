"""Fixtures of the reliability tests: the real pipeline, loaded once per session."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def pipeline():
    from sitroom.pipeline import Pipeline, PipelineOptions
    return Pipeline(PipelineOptions(isolate_errors=False))  # a coder bug must fail the fuzz tests

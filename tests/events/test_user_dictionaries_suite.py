"""benchmarks/petrarch_suite.py: reading a PETRARCH2 harness output and scoring it like sitroom."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "petrarch_suite.py"


@pytest.fixture(scope="module")
def suite():
    spec = importlib.util.spec_from_file_location("petrarch_suite", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def records(suite):
    Record = suite.Record
    return [
        Record("A-1", "VERB", None, "", {("FRD", "SYL", "064")}),
        Record("A-2", "VERB", None, "", set(), error="storydiscard"),
        Record("A-3", "DATE", None, "", {("SYL", "FRD", "121")}),
        Record("A-4", "PARSING", None, "", set(), error="bad_input_parse"),  # not scored
    ]


def test_harness_output_is_paired_in_order_and_crashes_fail(suite, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("noise line\n"
                   "A-1 [('FRD', 'SYL', '064')] [(u'FRD', u'SYL', u'064')]\n"
                   "A-2 [] CRASH TypeError\n"
                   "A-3 [('SYL', 'FRD', '121')] []\n", encoding="utf-8")
    coded = suite.read_petrarch2_output(out, records(suite))
    assert [r.passed for r in coded] == [True, False, False]
    assert coded[0].got == {("FRD", "SYL", "064")}


def test_harness_output_for_other_records_is_refused(suite, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("B-1 [] []\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        suite.read_petrarch2_output(out, records(suite))

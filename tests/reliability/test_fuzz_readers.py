"""Property-based fuzzing of every reader: hostile bytes in, Documents or a one-line
`IngestError` (``path:line: message``) out, never another exception, in bounded time."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))

from reliability_checks import check_document, check_error, read_all  # noqa: E402
from reliability_strategies import dict_file, feed_file, html_file, jsonl_file, text_file  # noqa: E402

from sitroom.actors.dictionary import DictionaryError, parse_actor_dictionary, parse_agent_dictionary
from sitroom.ingest import IngestError, read_coding_input, read_path

FUZZ = settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@FUZZ
@given(data=jsonl_file)
def test_jsonl_reader_survives_anything(tmp_path, data):
    path = write(tmp_path, "fuzz.jsonl", data)
    read_all(path)
    read_all(path, reader=read_coding_input)


@FUZZ
@given(data=text_file)
def test_text_reader_survives_anything(tmp_path, data):
    read_all(write(tmp_path, "2024-05-01-fuzz.txt", data))


@FUZZ
@given(data=html_file)
def test_html_reader_survives_anything(tmp_path, data):
    read_all(write(tmp_path, "fuzz.html", data))


@FUZZ
@given(data=feed_file)
def test_feed_reader_survives_anything(tmp_path, data):
    read_all(write(tmp_path, "fuzz.xml", data))


@FUZZ
@given(data=st.one_of(jsonl_file, text_file, html_file, feed_file, st.binary(max_size=300)))
def test_sniffing_an_unknown_suffix_survives_anything(tmp_path, data):
    read_all(write(tmp_path, "fuzz.dat", data))


@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from(["a.jsonl", "b.txt", "c.html", "d.rss", "sub/e.txt"]),
                                st.one_of(jsonl_file, text_file, html_file, feed_file)), max_size=4))
def test_folder_reader_survives_anything(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("corpus")
    for name, data in files:
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_bytes(data)
    skipped: list[IngestError] = []
    for doc in read_path(folder, skip_bad=True, on_skip=skipped.append):
        check_document(doc)
    for error in skipped:
        assert "\n" not in str(error) and str(error).startswith(str(folder))


@FUZZ
@given(data=dict_file)
def test_actor_dictionary_parser_survives_anything(tmp_path, data):
    path = write(tmp_path, "fuzz.actors.txt", data)
    problems: list[DictionaryError] = []
    entries = parse_actor_dictionary(path, strict=False, problems=problems)
    assert all(e.phrases and e.codes for e in entries)
    assert all(str(p).startswith(f"{path}:") and "\n" not in str(p) for p in problems)
    try:
        parse_actor_dictionary(path, strict=True)
    except DictionaryError as exc:
        assert str(exc).startswith(f"{path}:")


@FUZZ
@given(data=dict_file)
def test_agent_dictionary_parser_survives_anything(tmp_path, data):
    path = write(tmp_path, "fuzz.agents.txt", data)
    problems: list[DictionaryError] = []
    entries = parse_agent_dictionary(path, strict=False, problems=problems)
    assert all(e.phrase and e.code for e in entries)
    try:
        parse_agent_dictionary(path, strict=True)
    except DictionaryError as exc:
        assert str(exc).startswith(f"{path}:")


# ------------------------------------------------------------------ explicit hostile cases


def test_self_referencing_agent_marker_is_an_error_not_a_crash(tmp_path):
    path = write(tmp_path, "loop.agents.txt", "!A! = X!A!, Y\nGUN!A! [~MIL]\n".encode())
    problems: list[DictionaryError] = []
    parse_agent_dictionary(path, strict=False, problems=problems)
    assert problems and problems[0].line == 2


def test_combinatorial_agent_markers_are_bounded(tmp_path):
    options = ", ".join(f"W{i}" for i in range(60))
    path = write(tmp_path, "boom.agents.txt", f"!A! = {options}\n!A! !A! !A! !A! [~MIL]\n".encode())
    problems: list[DictionaryError] = []
    entries = parse_agent_dictionary(path, strict=False, problems=problems)  # 60^4 = 13M if unbounded
    assert len(entries) < 100_000 and problems


def test_five_megabyte_paragraph_is_refused_with_its_location(tmp_path):
    words = "soldiers marched through the valley while villagers watched from the hills "
    body = (words * (5_000_000 // len(words) + 1))[:5_000_000]
    for name, data in [("big.txt", body), ("big.jsonl", '{"id": "big", "text": "%s"}\n' % body),
                       ("big.html", f"<html><body><article><p>{body}</p></article></body></html>")]:
        path = write(tmp_path, name, data.encode())
        with pytest.raises(IngestError) as caught:
            list(read_path(path))
        check_error(caught.value, path)
        assert "cap" in str(caught.value)


def test_nul_inside_json_string_is_kept_out_of_the_store(tmp_path):
    """A JSON escape (\\u0000) smuggles NUL past the byte check; it must not reach DuckDB raw."""
    path = write(tmp_path, "nul.jsonl", b'{"id": "n\\u0000ul", "text": "Police \\u0000 arrived."}\n')
    docs, skipped = read_all(path)
    assert not docs and "NUL" in str(skipped[0])


_LOL = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(2, 10))
XML_ATTACKS = {
    "bomb.xml": ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol1 "lol">' + _LOL + ']><rss version="2.0">'
                 "<channel><title>&lol9;</title><item><guid>g</guid><description>&lol9; Police met envoys."
                 "</description></item></channel></rss>"),
    "xxe.xml": ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0">'
                "<channel><title>t</title><item><guid>g</guid><description>&x; Police met envoys.</description>"
                "</item></channel></rss>"),
    "xxe.html": ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><article>'
                 "<p>Police said &x; the town was calm after the clashes on Monday, witnesses reported.</p>"
                 "</article></body></html>"),
    "deep.html": ("<html><body>" + "<div>" * 100_000 + "<p>Police met envoys in the capital on Monday.</p>"
                  + "</div>" * 100_000 + "</body></html>"),
    "deep.rss": ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid>g</guid>'
                 "<description>" + "&lt;b&gt;" * 50_000 + "Police met envoys.</description></item></channel></rss>"),
}


@pytest.mark.parametrize("name", sorted(XML_ATTACKS))
def test_entity_bombs_external_entities_and_deep_nesting_are_harmless(tmp_path, name):
    path = write(tmp_path, name, XML_ATTACKS[name].encode())
    docs, _ = read_all(path)
    for doc in docs:
        assert "root:" not in doc.text  # no file was read through an external entity
        assert len(doc.text) < 10_000  # no entity expansion

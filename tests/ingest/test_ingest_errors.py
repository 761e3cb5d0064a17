"""Bad input: one-line `path:line: message` errors, and skip mode that reports and goes on."""
from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from sitroom.ingest import IngestError, read_path


def read_skipping(path: Path, **kwargs) -> tuple[list, list[IngestError]]:
    skipped: list[IngestError] = []
    docs = list(read_path(path, skip_bad=True, on_skip=skipped.append, **kwargs))
    return docs, skipped


def expect_error(path: Path, line: int | None, fragment: str, **kwargs) -> IngestError:
    with pytest.raises(IngestError) as info:
        list(read_path(path, **kwargs))
    err = info.value
    text = str(err)
    assert "\n" not in text
    prefix = f"{path}:{line}: " if line is not None else f"{path}: "
    assert text.startswith(prefix), text
    assert fragment in err.message, text
    assert err.line == line
    return err


def good(i: int) -> bytes:
    return (json.dumps({"id": f"g{i}", "text": f"Good story {i}."}) + "\n").encode()


BAD_JSONL_LINES = [
    (b'{"id": "x", "text": "caf\xe9 closed"}\n', "invalid UTF-8"),
    (b'{"id": "x", "text": "cut off\n', "malformed JSON"),
    (b'["id", "text"]\n', "expected a JSON object, got list"),
    (b'{"text": "no id here"}\n', "'id'"),
    (b'{"id": "x", "text": "   "}\n', "'text'"),
    (b'{"id": "x"}\n', "'text'"),
    (b'{"id": "x", "text": "t", "date": "31/02/2020"}\n', "unparseable date"),
    (b'{"id": "x", "text": "t", "date": "2020-02-31"}\n', "unparseable date"),
    (b'{"id": "x", "text": "t", "date": 20200101}\n', "date must be a string"),
    (b'{"id": "x", "text": "a\x00b"}\n', "NUL byte"),
]


@pytest.mark.parametrize("bad_line,fragment", BAD_JSONL_LINES)
def test_bad_jsonl_line_raises_with_line_number(tmp_path: Path, bad_line: bytes, fragment: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(good(1) + bad_line + good(3))
    expect_error(path, 2, fragment)


@pytest.mark.parametrize("bad_line,fragment", BAD_JSONL_LINES)
def test_bad_jsonl_line_skipped_and_reported(tmp_path: Path, bad_line: bytes, fragment: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(good(1) + bad_line + good(3) + bad_line + good(5))
    docs, skipped = read_skipping(path)
    assert [d.id for d in docs] == ["g1", "g3", "g5"]
    assert [e.line for e in skipped] == [2, 4]
    assert all(fragment in e.message for e in skipped)


def test_skip_without_callback_still_continues(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(good(1) + b"{oops\n" + good(3))
    assert [d.id for d in read_path(path, skip_bad=True)] == ["g1", "g3"]


def test_empty_files(tmp_path: Path) -> None:
    for name in ("empty.jsonl", "empty.txt", "blank.txt", "empty.html", "empty.rss"):
        path = tmp_path / name
        path.write_text("" if name.startswith("empty") else "\n  \n", encoding="utf-8")
        expect_error(path, 1, "empty file")


def test_header_only_txt_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "h.txt"
    path.write_text("Title: Nothing else\nDate: 2020-01-01\n\n", encoding="utf-8")
    expect_error(path, 1, "empty file")


def test_binary_and_broken_encoding_in_txt(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"line one\nline two\n\x89PNG\x00\x00\x01")
    expect_error(binary, 3, "binary data")
    broken = tmp_path / "latin.txt"
    broken.write_bytes("first line\nsecond line\nna\u00efve".encode("latin-1"))
    expect_error(broken, 3, "invalid UTF-8")


def test_bad_date_header_points_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("Title: T\nDate: sometime soon\n\nBody text here.", encoding="utf-8")
    expect_error(path, 2, "unparseable date")


def test_feed_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("<?xml version='1.0'?><rss><channel><title>cut off</title", encoding="utf-8")
    expect_error(path, 1, "not a readable RSS/Atom feed")
    other = tmp_path / "notes.xml"
    other.write_text("<?xml version='1.0'?><notes><note>hello</note></notes>", encoding="utf-8")
    with pytest.raises(IngestError, match="RSS/Atom"):
        list(read_path(other))


def test_feed_entry_without_text_or_with_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><guid>e1</guid><description>Fine entry text.</description></item>
<item><guid>e2</guid><description></description></item>
<item><guid>e3</guid><pubDate>the day after tomorrow</pubDate><description>Dated oddly.</description></item>
<item><guid>e4</guid><description>Another fine entry.</description></item>
</channel></rss>""", encoding="utf-8")
    docs, skipped = read_skipping(path)
    assert [d.id for d in docs] == ["e1", "e4"]
    assert [e.message.split(":")[0] for e in skipped] == ["entry 2 (e2)", "entry 3 (e3)"]
    assert "no content or summary" in skipped[0].message
    assert "unparseable date" in skipped[1].message
    assert str(skipped[0]).startswith(f"{path}: entry 2")


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><head><title>App</title></head><body><script>start();</script></body></html>",
                    encoding="utf-8")
    expect_error(path, 1, "no main text")


def test_oversized_documents(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(good(1) + (json.dumps({"id": "big", "text": "word " * 400}) + "\n").encode() + good(3))
    expect_error(path, 2, "over the 1,000-byte cap", max_text_bytes=1000)
    docs, skipped = read_skipping(path, max_text_bytes=1000)
    assert [d.id for d in docs] == ["g1", "g3"] and len(skipped) == 1
    huge_line = tmp_path / "huge.jsonl"  # a line too long to even parse is skipped unread
    huge_line.write_bytes(good(1) + b'{"id": "h", "text": "' + b"x" * 20_000 + b'"}\n' + good(3))
    docs, skipped = read_skipping(huge_line, max_text_bytes=1000)
    assert [d.id for d in docs] == ["g1", "g3"] and skipped[0].line == 2
    text = tmp_path / "long.txt"
    text.write_text("All work and no play. " * 200, encoding="utf-8")
    expect_error(text, 1, "-byte cap", max_text_bytes=1000)


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        list(read_path(tmp_path / "nope.jsonl"))
    odd = tmp_path / "data.bin"
    odd.write_bytes(b"\x01\x02\x03")
    with pytest.raises(IngestError, match="unsupported file type"):
        list(read_path(odd))


def test_error_pickles_and_formats_without_line() -> None:
    err = IngestError("https://x.example/feed", None, "cannot fetch:\nconnection refused")
    assert str(err) == "https://x.example/feed: cannot fetch: connection refused"
    again = pickle.loads(pickle.dumps(IngestError("a.jsonl", 3, "bad")))
    assert str(again) == "a.jsonl:3: bad"

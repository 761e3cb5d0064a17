"""Pieces shared by every reader: the error type, decoding, dates, HTML stripping, size caps."""
from __future__ import annotations

import codecs
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Callable, Iterable, Iterator

from sitroom.records import Document

DEFAULT_MAX_TEXT_BYTES = 2_000_000  # a news story is ~5-50 kB; anything this big is not one story


class IngestError(ValueError):
    """A bad input item. `str()` is one line: ``path:line: message`` (``path: message`` when
    no line applies, e.g. an unreachable URL or a feed entry)."""

    def __init__(self, path: object, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = " ".join(str(message).split())  # keep it on one line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"

    def __reduce__(self):  # picklable for multiprocessing / Spark workers
        return (IngestError, (self.path, self.line, self.message))


# What readers yield: a document, or the error for one bad item (the caller decides to raise or skip).
Item = Document | IngestError
SkipHandler = Callable[[IngestError], None]


def apply_policy(items: Iterable[Item], skip_bad: bool, on_skip: SkipHandler | None) -> Iterator[Document]:
    """Turn a reader's items into documents: raise on the first error, or skip and report it."""
    for item in items:
        if isinstance(item, IngestError):
            if not skip_bad:
                raise item
            if on_skip is not None:
                on_skip(item)
            continue
        yield item


def line_of_offset(data: bytes, offset: int, first_line: int = 1) -> int:
    return first_line + data.count(b"\n", 0, offset)


def check_binary(data: bytes, where: str, first_line: int = 1) -> IngestError | None:
    nul = data.find(b"\x00")
    if nul < 0:
        return None
    return IngestError(where, line_of_offset(data, nul, first_line), "binary data (NUL byte), not text")


def decode_text(data: bytes, where: str, first_line: int = 1, encoding: str = "utf-8") -> str | IngestError:
    """Strict decoding (UTF-8 unless the source declares otherwise); a BOM is dropped."""
    binary = check_binary(data, where, first_line)
    if binary is not None:
        return binary
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = line_of_offset(data, exc.start, first_line)
        return IngestError(where, line, f"invalid {encoding.upper()} (byte 0x{data[exc.start]:02x} at offset {exc.start})")
    except LookupError:
        return IngestError(where, first_line, f"unknown text encoding {encoding!r}")


def too_big(text: str, max_text_bytes: int) -> str | None:
    """A message when the text exceeds the cap (bytes of UTF-8), else None."""
    # len() is a cheap lower bound; encode only when it could be over the cap
    if len(text) * 4 <= max_text_bytes:
        return None
    size = len(text.encode("utf-8"))
    if size <= max_text_bytes:
        return None
    return f"document text is {size:,} bytes, over the {max_text_bytes:,}-byte cap"


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_date(value: object) -> date | None:
    """A story date from ISO `YYYY-MM-DD`, a full ISO timestamp, or an RFC 2822 date (feeds, mail).

    None / "" → None. Anything else that does not parse raises ValueError with a short reason.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, not {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    try:
        if _ISO_DATE.match(text):
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("z", "Z")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"unparseable date {text[:40]!r} (expected YYYY-MM-DD or an ISO timestamp)") from None


def date_from_name(name: str) -> date | None:
    """The first valid YYYY-MM-DD inside a file name, if any."""
    for match in _DATE_IN_NAME.finditer(name):
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            continue
    return None


def clean_field(value: object) -> str | None:
    """Optional metadata as a stripped one-line string, None when empty."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template"))


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries): tags dropped, paragraphs kept as lines."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)

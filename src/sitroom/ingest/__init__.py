"""Ingest: JSONL, plain text, folders, HTML pages, RSS/Atom feeds and URLs → `Document`s.

`read_path(path, skip_bad=False, on_skip=None)` and `read_url(url)` yield documents lazily;
a bad item raises `IngestError` (one line, ``path:line: message``) or, with `skip_bad=True`,
is skipped and handed to `on_skip`. Documents over `max_text_bytes` (default 2 MB) are bad items.

Formats, by suffix (unknown suffixes are sniffed from the first bytes):
- ``.jsonl``/``.ndjson``: EVENTS.md input lines (`id`, `text` required; `date`, `title`,
  `source`, `url` optional), streamed line by line; origin ``path:line``.
- ``.txt``: one document per file. Optional header block of ``Title:``, ``Date:``,
  ``Source:``, ``URL:``, ``Id:`` lines ended by a blank line; without ``Date:`` the date is
  the first ``YYYY-MM-DD`` in the file name; id = file name without suffix (`textfile.py`).
- ``.html``/``.htm``: main text and metadata through trafilatura (`htmlpage.py`).
- ``.xml``/``.rss``/``.atom``: RSS/Atom via feedparser, one document per entry (`feeds.py`).
- a folder: every supported file below it, sorted by path; hidden entries skipped; ids of
  single-document files are their relative paths without suffix.
"""
from sitroom.ingest.common import DEFAULT_MAX_TEXT_BYTES, IngestError, html_to_text, parse_date
from sitroom.ingest.paths import SUPPORTED_SUFFIXES, read_coding_input, read_path
from sitroom.ingest.web import DEFAULT_MAX_BYTES, read_url

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_TEXT_BYTES",
    "IngestError",
    "SUPPORTED_SUFFIXES",
    "html_to_text",
    "parse_date",
    "read_coding_input",
    "read_path",
    "read_url",
]

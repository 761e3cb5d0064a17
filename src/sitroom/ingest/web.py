"""`read_url`: a feed or an article fetched over HTTP(S). The only network access in sitroom."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Iterator

from sitroom.ingest.common import (
    DEFAULT_MAX_TEXT_BYTES,
    IngestError,
    Item,
    SkipHandler,
    apply_policy,
)
from sitroom.ingest.feeds import looks_like_feed, parse_feed
from sitroom.ingest.htmlpage import decode_html, html_document
from sitroom.records import Document

if TYPE_CHECKING:
    import httpx

DEFAULT_MAX_BYTES = 10_000_000
USER_AGENT = "sitroom/0.1 (news event coder)"
_XML_TYPES = frozenset(("application/xml", "text/xml", "application/rdf+xml"))


def read_url(url: str, timeout: float = 20, max_bytes: int = DEFAULT_MAX_BYTES,
             skip_bad: bool = False, on_skip: SkipHandler | None = None,
             max_text_bytes: int = DEFAULT_MAX_TEXT_BYTES,
             client: httpx.Client | None = None) -> Iterator[Document]:
    """Documents from a feed URL (one per entry) or an article URL (one document).

    The download stops at `max_bytes` and after `timeout` seconds (in all: a server that
    trickles bytes cannot hold it longer); an unreachable URL, an HTTP
    error status or an oversized response raises `IngestError(url, None, ...)`. `client` lets a
    caller (or a test) supply its own `httpx.Client`.
    """
    return apply_policy(_url_items(url, timeout, max_bytes, max_text_bytes, client), skip_bad, on_skip)


def _url_items(url: str, timeout: float, max_bytes: int, max_text_bytes: int,
               client: httpx.Client | None) -> Iterator[Item]:
    fetched = _fetch(url, timeout, max_bytes, client)
    if isinstance(fetched, IngestError):
        yield fetched
        return
    final_url, content_type, charset, body = fetched
    if _is_feed(content_type, body):
        yield from parse_feed(body, url, max_text_bytes)
        return
    html = decode_html(body, url, charset)
    if isinstance(html, IngestError):
        yield html
        return
    yield html_document(html, url, final_url, final_url, max_text_bytes, url=final_url)


def _is_feed(content_type: str, body: bytes) -> bool:
    """By the declared type (rss+xml, atom+xml, plain XML), else by sniffing the body."""
    mime = content_type.split(";")[0].strip()
    return "rss" in mime or "atom" in mime or mime in _XML_TYPES or looks_like_feed(body)


def _fetch(url: str, timeout: float, max_bytes: int,
           client: httpx.Client | None) -> tuple[str, str, str | None, bytes] | IngestError:
    if not url.lower().startswith(("http://", "https://")):
        return IngestError(url, None, "only http:// and https:// URLs can be read")
    import httpx  # imported here: only URL reading needs it

    deadline = time.monotonic() + timeout  # for the whole download, not one read
    own_client = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    try:
        with client.stream("GET", url, timeout=timeout) as response:
            if response.status_code >= 400:
                return IngestError(url, None, f"HTTP {response.status_code} {response.reason_phrase}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                return IngestError(url, None, f"response is {int(declared):,} bytes, over the {max_bytes:,}-byte cap")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    return IngestError(url, None, f"response over the {max_bytes:,}-byte cap")
                if time.monotonic() > deadline:  # httpx times each read; a trickle never trips it
                    return IngestError(url, None, f"timed out after {timeout:g} s (response still arriving)")
            content_type = response.headers.get("content-type", "").lower()
            return str(response.url), content_type, response.charset_encoding, bytes(body)
    except httpx.TimeoutException:
        return IngestError(url, None, f"timed out after {timeout:g} s")
    except httpx.HTTPError as exc:
        return IngestError(url, None, f"cannot fetch: {type(exc).__name__}: {exc}")
    finally:
        if own_client:
            client.close()

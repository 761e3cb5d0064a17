"""read_url against an in-process mock transport (no network)."""
from __future__ import annotations

from datetime import date

import httpx
import pytest

from sitroom.ingest import IngestError, read_url


def client_for(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)


def serve(body: bytes, content_type: str, status: int = 200):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": content_type})
    return handler


def test_feed_url(atom_feed: str) -> None:
    client = client_for(serve(atom_feed.encode(), "application/atom+xml"))
    docs = list(read_url("https://coast.example/feed", client=client))
    assert [d.id for d in docs] == ["urn:coast:ferry-1", "urn:coast:pier-2"]
    assert docs[0].origin == "https://coast.example/feed#1"


def test_feed_served_as_text_is_sniffed(atom_feed: str) -> None:
    client = client_for(serve(atom_feed.encode(), "text/plain"))
    assert len(list(read_url("https://coast.example/feed", client=client))) == 2


def test_article_url(html_page: str) -> None:
    client = client_for(serve(html_page.encode(), "text/html; charset=utf-8"))
    [doc] = read_url("https://harbour.example/story?id=5", client=client)
    assert "Dock workers returned" in doc.text
    assert doc.date == date(2024, 2, 10)
    assert doc.id == "https://harbour.example/story?id=5"
    assert doc.origin == "https://harbour.example/story?id=5"


def test_xhtml_page_is_an_article(html_page: str) -> None:
    client = client_for(serve(html_page.encode(), "application/xhtml+xml"))
    [doc] = read_url("https://harbour.example/x", client=client)
    assert doc.title == "Port strike ends"


def test_http_error_status() -> None:
    client = client_for(serve(b"gone", "text/plain", status=404))
    with pytest.raises(IngestError) as info:
        list(read_url("https://x.example/missing", client=client))
    assert str(info.value) == "https://x.example/missing: HTTP 404 Not Found"


def test_unreachable_url() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)
    with pytest.raises(IngestError, match="cannot fetch: ConnectError: connection refused"):
        list(read_url("https://unreachable.example/", client=client_for(refuse)))


def test_timeout() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)
    with pytest.raises(IngestError, match="timed out after 3 s"):
        list(read_url("https://slow.example/", timeout=3, client=client_for(slow)))


def test_size_cap() -> None:
    client = client_for(serve(b"<html>" + b"x" * 5000 + b"</html>", "text/html"))
    with pytest.raises(IngestError, match="over the 1,000-byte cap"):
        list(read_url("https://big.example/", max_bytes=1000, client=client))


def test_only_http_urls() -> None:
    with pytest.raises(IngestError, match="only http"):
        list(read_url("file:///etc/passwd"))

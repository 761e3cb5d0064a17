"""URL fetches have a time limit and a size cap; an unreachable URL is a one-line error."""
from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from reliability_corpus import free_port, run_cli  # noqa: E402

from sitroom.ingest import IngestError, read_url

FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><item>'
        b"<guid>t-1</guid><title>Talks</title><description>Envoys met in the capital on Monday.</description>"
        b"</item></channel></rss>")


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        route = getattr(self, "route_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
        if route is None:
            self.send_error(404)
            return
        try:
            route()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def _head(self, length: int | None = None, kind: str = "application/rss+xml") -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def route_feed(self) -> None:
        self._head(len(FEED))
        self.wfile.write(FEED)

    def route_stall(self) -> None:  # headers, then nothing
        self._head(len(FEED))
        self.wfile.flush()
        time.sleep(10)

    def route_trickle(self) -> None:  # a byte at a time, never finishing in time
        self._head(100_000)
        for _ in range(200):
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(0.1)

    def route_huge(self) -> None:  # no Content-Length, 50 MB of body
        self._head(None, "text/html")
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        for _ in range(800):
            self.wfile.write(chunk)

    def route_declared(self) -> None:  # says 1 GB up front
        self._head(1_000_000_000, "text/html")
        self.wfile.write(b"<html>")


@pytest.fixture(scope="module")
def server() -> str:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fails_within(url: str, seconds: float, **kwargs) -> str:
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        list(read_url(url, **kwargs))
    assert time.monotonic() - started < seconds
    message = str(caught.value)
    assert message.startswith(url) and "\n" not in message
    return message


def test_a_good_feed_is_read(server):
    [doc] = list(read_url(f"{server}/feed", timeout=5))
    assert doc.id == "t-1" and doc.source == "Test Wire"


def test_a_stalled_response_times_out(server):
    assert "timed out" in _fails_within(f"{server}/stall", 4, timeout=1)


def test_a_trickled_response_times_out_in_total(server):
    """httpx times each read, so a byte every 0.1 s would otherwise keep the fetch alive ~20 s."""
    assert "timed out" in _fails_within(f"{server}/trickle", 4, timeout=1)


def test_an_oversized_body_is_cut_off(server):
    assert "cap" in _fails_within(f"{server}/huge", 5, timeout=10, max_bytes=200_000)


def test_a_declared_oversized_body_is_refused_before_reading(server):
    assert "1,000,000,000 bytes" in _fails_within(f"{server}/declared", 3, timeout=10)


def test_cli_unreachable_url_is_one_line_and_exit_1(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/feed.xml"  # nothing listens there
    done = run_cli("ingest", url, "--db", str(tmp_path / "x.duckdb"))
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and url in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_cli_oversized_download_is_one_line_and_exit_1(server, tmp_path):
    done = run_cli("ingest", f"{server}/huge", "--db", str(tmp_path / "x.duckdb"))
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cap" in lines[0], done.stderr

"""Security plumbing of the dashboard: response headers, request limits, host check, static files.

The page is served with a strict Content-Security-Policy (scripts and styles only from this
origin, no inline script, nothing from other hosts), so even if some text slipped past the
page's textContent-only rendering it could not run. Requests are small GETs: bodies and long
URLs are refused before any handler runs. When bound to loopback, only loopback Host headers
are accepted, which keeps a web page elsewhere from reaching the API through DNS rebinding.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
MAX_BODY_BYTES = 16 * 1024
MAX_TARGET_BYTES = 4096  # path + query string
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".css": "text/css; charset=utf-8", ".json": "application/json",
                ".png": "image/png", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8"}


async def _plain_response(send: Send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def _host_name(scope: Scope) -> str:
    for key, value in scope.get("headers", []):
        if key == b"host":
            host = value.decode("latin-1").strip().lower()
            if host.startswith("["):
                return host[: host.find("]") + 1]
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return ""


def _declared_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key == b"content-length":
            try:
                return int(value)
            except ValueError:
                return MAX_BODY_BYTES + 1
    return None


class GuardMiddleware:
    """Adds the security headers to every response and enforces request limits and the host check."""

    def __init__(self, app: ASGIApp, allowed_hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal:
            await _plain_response(send, *refusal)
            return
        started = False
        send_with_headers = _with_headers(send)

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send_with_headers(message)
        try:
            await self.app(scope, _capped(receive), tracking_send)
        except BodyTooLarge:
            if started:
                raise
            await _plain_response(send, 413, "request body too large")

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        if self.allowed_hosts is not None and _host_name(scope) not in self.allowed_hosts:
            return 400, "host not allowed"
        target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string", b""))
        if target > MAX_TARGET_BYTES:
            return 414, "request URL too long"
        length = _declared_length(scope)
        if length is not None and length > MAX_BODY_BYTES:
            return 413, "request body too large"
        return None


class BodyTooLarge(Exception):
    pass


def _capped(receive: Receive) -> Receive:
    """Stops reading a chunked body that grows past the limit (no Content-Length to check)."""
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise BodyTooLarge()
        return message
    return wrapped


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)
    return wrapped


def resolve_static(root: Path, requested: str) -> Path | None:
    """The file under `root` that `requested` names, or None (traversal, hidden names, folders)."""
    if not requested or "\x00" in requested or "\\" in requested:
        return None
    parts = requested.split("/")
    if any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return None
    candidate = (root / Path(*parts)).resolve()
    root = root.resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    if candidate.suffix.lower() not in STATIC_TYPES:
        return None
    return candidate


def static_type(path: Path) -> str:
    return STATIC_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"

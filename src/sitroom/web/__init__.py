"""The local web dashboard: `create_app(db_path)` (FastAPI) and `serve(db_path, host, port)`.

Imported lazily, so `sitroom.web.commands` (loaded by every CLI run) does not pay for FastAPI.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sitroom.web.app import create_app
    from sitroom.web.server import serve

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from sitroom.web.app import create_app
        return create_app
    if name == "serve":
        from sitroom.web.server import serve
        return serve
    raise AttributeError(f"module 'sitroom.web' has no attribute {name!r}")

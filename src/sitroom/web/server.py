"""`serve`: run the dashboard with uvicorn (loopback by default)."""
from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

from sitroom.web.security import LOOPBACK_HOSTS


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def loopback_warning(host: str) -> str | None:
    """The warning printed when the dashboard is bound beyond this machine."""
    if is_loopback(host):
        return None
    return (f"warning: serving on {host}: the dashboard has no login; anyone who can reach this "
            "address can read the store. Bind to 127.0.0.1 unless you mean to share it.")


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000,
          sides: dict[str, list[str]] | None = None) -> None:
    """Serve the dashboard for the store at `db_path` until interrupted."""
    import uvicorn

    from sitroom.web.app import create_app
    warning = loopback_warning(host)
    if warning:
        print(warning, file=sys.stderr)
    allowed = LOOPBACK_HOSTS | {host.lower()} if is_loopback(host) else None
    app = create_app(db_path, sides=sides, allowed_hosts=allowed)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                limit_concurrency=64, h11_max_incomplete_event_size=16 * 1024)

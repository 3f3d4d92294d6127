"""``onrecord serve``: the web app on a local port, until interrupted."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from onrecord.errors import RecordError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(db_path: str | os.PathLike[str], host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          *, announce: Callable[[str], None] | None = None) -> None:
    """Serve the record at ``db_path`` read-only on ``http://host:port/`` until interrupted.

    ``announce`` is called with the URL once the record is known to exist.
    """
    import uvicorn

    from onrecord.api.app import create_app

    path = os.fspath(db_path)
    if "://" not in path and not Path(path).is_file():
        raise RecordError(f"no record at {path} (ingest something first)")
    app = create_app(path)
    if announce is not None:
        announce(url(host, port))
    uvicorn.run(app, host=host, port=port, log_level="warning")


def url(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> str:
    """The address a browser should open (IPv6 hosts in brackets)."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"

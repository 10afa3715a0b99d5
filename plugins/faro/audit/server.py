"""Serve a built site over HTTP on 127.0.0.1 for the time of an audit.

A browser treats `file://` pages as opaque origins (no fetch, no frames talking
to each other), which is not how visitors see the site; a throw-away local
server on a free port is, and it lets the audit tell local requests from
requests to any other host by their origin alone.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """The audit's report is the output; an access log line per file would drown it."""


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # The browser drops connections it no longer needs when it leaves a page.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@contextmanager
def serve_site(site_dir: str | Path) -> Iterator[str]:
    """Serve `site_dir` from a thread; yields the base URL, ending in '/'."""
    handler = partial(_QuietHandler, directory=str(site_dir))
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="faro-audit-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

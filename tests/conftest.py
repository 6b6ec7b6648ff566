"""Shared fixtures: settings, a fresh store on disk, the bundled samples, a local web site.

The database is never mocked: every store is a real SQLite file under
``tmp_path``. Reports used as fixtures are either the project's bundled
sample reports or short texts written in the tests themselves.
"""
from __future__ import annotations

import shutil
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import threadline
from threadline import pipeline
from threadline.settings import Settings
from threadline.store import open_store
from tests.helpers import fresh_db_url

SAMPLES = Path(threadline.__file__).parent / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The bundled sample reports (see samples/README.md)."""
    return SAMPLES


@pytest.fixture
def offline() -> Settings:
    """Settings that never fetch, with small batches so batching is exercised."""
    return Settings(offline=True, batch_size=4)


@pytest.fixture
def store(tmp_path):
    """A fresh, empty knowledge base in a SQLite file."""
    s = open_store(str(tmp_path / "kb.db"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def samples_kb(tmp_path_factory) -> str:
    """Path of a knowledge base holding every bundled sample (built once; copy it to change it)."""
    path = tmp_path_factory.mktemp("samples-kb") / "kb.db"
    with open_store(str(path)) as s:
        report = pipeline.run([str(SAMPLES)], Settings(offline=True, db=str(path)), s)
    assert report.ok, report.failures
    return str(path)


@pytest.fixture
def samples_kb_copy(samples_kb, tmp_path) -> str:
    """A private copy of the samples knowledge base, for tests that change it."""
    dest = tmp_path / "samples.db"
    shutil.copy(samples_kb, dest)
    return str(dest)


@dataclass
class LocalSite:
    """A tiny web site on 127.0.0.1: ``routes`` maps a path to (status, content type, body).

    ``requests`` records each request's path and headers, in order.
    """

    base: str = ""
    routes: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    #: over https: the names clients asked for in TLS SNI, and the PEM file of the CA to trust
    server_names: list[str | None] = field(default_factory=list)
    ca_file: str = ""

    def add(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200) -> str:
        self.routes[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base + path

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.headers[path] = {"Location": location}
        return self.add(path, b"", "text/plain", status)


def serve_site(site: LocalSite, tls=None):
    """Serve ``site.routes`` from a real HTTP server on 127.0.0.1, in a thread; https
    when ``tls`` (a server-side ``ssl.SSLContext``) is given. Returns a stop function."""

    class Handler(BaseHTTPRequestHandler):
        # Over https, keep connections open as real servers do, so that a client
        # reusing one across host names would be seen.
        protocol_version = "HTTP/1.1" if tls is not None else "HTTP/1.0"

        def do_GET(self):  # noqa: N802 (http.server's naming)
            site.requests.append((self.path, dict(self.headers.items())))
            status, ctype, body = site.routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in site.headers.get(self.path, {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep the test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.block_on_close = False   # an open keep-alive connection must not hold up the stop
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
        # A refused handshake is the client's doing: tests look at what the client says.
        server.handle_error = lambda *args: None
    site.base = f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def stop():
        server.shutdown()
        server.server_close()
    return stop


@pytest.fixture
def local_site():
    """A ``LocalSite`` served over http from 127.0.0.1."""
    site = LocalSite()
    stop = serve_site(site)
    yield site
    stop()


@pytest.fixture
def tls_site(tmp_path):
    """Start ``LocalSite``s over https: ``tls_site(*names)`` serves a certificate for ``names``
    (host names or IP addresses) signed by a throwaway CA, whose PEM file is ``site.ca_file``."""
    import ssl

    import trustme

    ca = trustme.CA()
    stops = []

    def start(*names: str) -> LocalSite:
        site = LocalSite(ca_file=str(tmp_path / f"ca-{len(stops)}.pem"))
        ca.cert_pem.write_to_path(site.ca_file)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(*names).configure_cert(context)
        context.sni_callback = lambda _socket, name, _context: site.server_names.append(name)
        stops.append(serve_site(site, context))
        return site

    yield start
    for stop in stops:
        stop()


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def extractor():
    """One loaded extraction pipeline (spaCy model, lexicon, resolver) for the whole run."""
    return pipeline.Extractor(Settings(offline=True))




@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_url(request, tmp_path):
    """The URL of a fresh knowledge base on each backend: a SQLite file, and a schema of its own
    on the PostgreSQL server (``THREADLINE_TEST_POSTGRES``), dropped afterwards; skipped when unreachable."""
    with fresh_db_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def any_store(any_db_url):
    """A fresh knowledge base on each backend (see ``any_db_url``)."""
    with open_store(any_db_url) as s:
        yield s



@pytest.fixture
def wide_terminal(monkeypatch):
    """The CLI's consoles as a wide terminal, so tables are not wrapped (``pytestmark`` uses it)."""
    from threadline import cli
    from threadline.cli import output
    monkeypatch.setattr(cli.out, "width", 250)
    monkeypatch.setattr(cli.err, "width", 250)
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: True)

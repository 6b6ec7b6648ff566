"""`threadline watch` and `threadline follow`, against a feed served on 127.0.0.1 by the test."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from threadline import cli
from threadline.cli import output
from threadline.follow import parse_interval
from threadline.errors import ConfigError
from threadline.store import open_store
from tests.helpers import tl

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("wide_terminal")


PAGES = {
    "/a.html": "The Hyesan Steel Mill restarted its second rolling line on 3 March 2024, a source in Ryanggang said.",
    "/b.html": "Inspectors from the Munitions Industry Department visited Munitions Factory 71 in Taechon County "
               "on 11 March 2024, according to a resident.",
    "/c.html": "Workers at the Kanggye General Tractor Plant were ordered on 20 March 2024 to add a night shift.",
}


def _feed(entries) -> bytes:
    items = "".join(f"<item><title>Report {p[1]}</title><link>{{base}}{p}</link><guid>{p}</guid>"
                    f"<pubDate>Mon, 04 Mar 2024 09:00:00 GMT</pubDate></item>" for p in entries)
    return ("<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>"
            f"<link>{{base}}/</link><description>t</description>{items}</channel></rss>").encode()


class Site:
    def __init__(self):
        self.feed_entries = ["/a.html", "/b.html"]
        self.etag = '"v1"'
        self.down = False
        self.requests: list[tuple[str, str | None]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                site.requests.append((self.path, self.headers.get("If-None-Match")))
                if self.path == "/feed.xml":
                    if site.down:
                        return self._send(503, b"down", "text/plain")
                    if self.headers.get("If-None-Match") == site.etag:
                        self.send_response(304)
                        self.send_header("ETag", site.etag)
                        self.end_headers()
                        return
                    body = _feed(site.feed_entries).replace(b"{base}", site.base.encode())
                    return self._send(200, body, "application/rss+xml", {"ETag": site.etag})
                if self.path in PAGES:
                    page = f"<html><head><title>r</title></head><body><article><p>{PAGES[self.path]}</p>" \
                           f"<p>{PAGES[self.path]}</p></article></body></html>"
                    return self._send(200, page.encode(), "text/html; charset=utf-8")
                self._send(404, b"no", "text/plain")

            def _send(self, status, body, ctype, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def pages_fetched(self):
        return [p for p, _ in self.requests if p != "/feed.xml"]


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()
    s.server.server_close()


def test_follow_uses_conditional_requests_and_ingests_only_new_entries(site, tmp_path):
    db, feed = tmp_path / "kb.db", site.base + "/feed.xml"
    first = tl("follow", feed, "--once", "--allow-private", "--db", db)
    assert first.exit_code == 0, first.output
    assert "2 new entr(ies), 2 stored" in first.stdout
    assert sorted(site.pages_fetched()) == ["/a.html", "/b.html"]

    site.requests.clear()
    second = tl("follow", feed, "--once", "--allow-private", "--db", db)
    assert "not modified" in second.stdout
    assert site.requests == [("/feed.xml", '"v1"')]          # one conditional request, nothing else

    site.requests.clear()
    site.feed_entries.append("/c.html")
    site.etag = '"v2"'
    third = tl("follow", feed, "--once", "--allow-private", "--db", db)
    assert "1 new entr(ies), 1 stored" in third.stdout
    assert site.pages_fetched() == ["/c.html"]
    with open_store(str(db)) as s:
        assert s.count("documents") == 3


def test_follow_survives_a_feed_that_is_down(site, tmp_path, closed_port):
    db = tmp_path / "kb.db"
    site.down = True
    result = tl("follow", f"http://127.0.0.1:{closed_port}/feed.xml", site.base + "/feed.xml", "--once",
                "--allow-private", "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(f"{closed_port}/feed.xml: failed: unreachable" in x for x in lines)
    assert any("/feed.xml: failed: HTTP 503" in x for x in lines)
    assert "stopped after 1 round(s)" in result.stdout
    site.down = False
    again = tl("follow", site.base + "/feed.xml", "--once", "--allow-private", "--db", db)
    assert "2 new entr(ies), 2 stored" in again.stdout
    assert "HTTP 503" in tl("failures", "--db", db).stdout


def test_follow_stops_cleanly_on_sigterm(site, tmp_path):
    db = tmp_path / "kb.db"
    proc = subprocess.Popen([sys.executable, "-m", "threadline.cli", "follow", site.base + "/feed.xml",
                             "--every", "1s", "--allow-private", "--db", str(db)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    try:
        first = proc.stdout.readline()         # the first poll is done
        assert "/feed.xml" in first, first + proc.stderr.read()
        time.sleep(1.5)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped after" in out
    with open_store(str(db)) as s:
        assert s.count("documents") == 2


def test_intervals_are_parsed():
    assert parse_interval("30m") == 1800 and parse_interval("90s") == 90 and parse_interval("2h") == 7200
    assert parse_interval("5") == 300
    for bad in ("soon", "-3m", "0s", ""):
        with pytest.raises(ConfigError):
            parse_interval(bad)
    assert tl("follow", "http://127.0.0.1:9/f.xml", "--every", "soon").exit_code == 2


def test_watch_reports_what_is_new_since_the_last_report(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    assert tl("watch", "add", "Ryanggang", "--db", db).exit_code == 0          # a province: takes in Hyesan
    assert tl("watch", "add", "inspection", "--db", db).exit_code == 0
    assert tl("watch", "add", "Nowhere At All", "--db", db).exit_code == 2
    listed = json.loads(tl("watch", "list", "--format", "json", "--db", db).stdout)["watches"]
    assert [(w["kind"], w["target"]) for w in listed] == [("entity", "place:ryanggang"), ("type", "INSPECTION")]
    quiet = tl("watch", "report", "--db", db)
    assert quiet.exit_code == 0 and quiet.stdout.count("0 new event(s)") == 2
    (tmp_path / "new.txt").write_text(
        "SEOUL, June 2, 2025 -- The Hyesan Steel Mill in Ryanggang Province restarted production of shell casings "
        "last week, a source said. Inspectors from the Ministry of State Security checked the Hyesan Steel Mill on "
        "May 28, the source added.\n", encoding="utf-8")
    assert tl("ingest", tmp_path / "new.txt", "--db", db, "--offline").exit_code == 0
    news = json.loads(tl("watch", "report", "--format", "json", "--keep", "--db", db).stdout)["events"]
    assert {e["doc_id"] for e in news} == {"new"}
    by_watch = {e["watching"] for e in news}
    assert by_watch == {"Ryanggang", "INSPECTION"}
    table = tl("watch", "report", "--db", db).stdout
    assert "Ryanggang (entity):" in table and "new event(s)" in table and "new event(s)" in table
    assert tl("watch", "report", "--db", db).stdout.count("0 new event(s)") == 2     # reported: nothing new
    removed = tl("watch", "remove", listed[1]["id"], "--db", db)
    assert removed.exit_code == 0
    assert len(json.loads(tl("watch", "list", "--format", "json", "--db", db).stdout)["watches"]) == 1

"""Following feeds: poll RSS/Atom feeds and ingest only what is new.

Each poll is a conditional request (``If-None-Match`` / ``If-Modified-Since``
from the last response), so an unchanged feed costs one short 304 reply. A
changed feed is read entry by entry; entries taken before are skipped before
anything is fetched for them. A feed that is down is logged in ``failures``
and tried again next round; the other feeds go on.
"""
from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from threadline import pipeline
from threadline.errors import ConfigError, InputError
from threadline.ingest.fetch import fetch
from threadline.ingest.formats import read_feed
from threadline.ingest.sources import read_url
from threadline.model import make_id
from threadline.settings import Settings

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """ "30m" → 1800.0; a bare number is minutes. Raises ConfigError for anything else."""
    m = _INTERVAL.match(text or "")
    if not m or float(m[1]) <= 0:
        raise ConfigError(f"--every {text!r}: give a duration such as 90s, 30m, 2h or 1d")
    return float(m[1]) * _SECONDS[(m[2] or "m").lower()]


@dataclass
class PollResult:
    """One poll of one feed."""

    url: str
    status: str                      # "not modified", "new entries", "no new entries", "failed"
    new_entries: int = 0
    stored: int = 0
    failures: list[InputError] = field(default_factory=list)


def poll(url: str, settings: Settings, store,
         progress: Callable[[str, object], None] | None = None) -> PollResult:
    """Poll one feed once and ingest its new entries.

    The feed's validators and the entries taken are recorded only after the
    entries are stored, so a crash mid-poll re-reads them next time (and the
    store's content hashes keep that from storing anything twice).
    """
    state = store.feed_state(url)
    conditional = {}
    if state.etag:
        conditional["If-None-Match"] = state.etag
    if state.last_modified:
        conditional["If-Modified-Since"] = state.last_modified
    response: dict = {}
    from threadline.store import FeedState
    from threadline.store.records import utc_now
    try:
        body, ctype = fetch(url, settings, request_headers=conditional, response=response)
    except InputError as exc:
        store.record_failure(exc.source, exc.reason)
        store.save_feed_state(FeedState(url, state.etag, state.last_modified, utc_now(), f"failed: {exc.reason}"))
        return PollResult(url, "failed", failures=[exc])
    if response.get("status") == 304:
        store.save_feed_state(FeedState(url, state.etag, state.last_modified, utc_now(), "not modified"))
        return PollResult(url, "not modified")
    seen = store.seen_entries(url)
    taken: list[str] = []

    def keep(key: str | None) -> bool:
        if key is None or key in seen or key in taken:
            return False
        taken.append(key)
        return True

    def documents():
        try:
            yield from read_feed(body, url, make_id("doc", url), settings.domain_pack,
                                 fetch_entry=None if settings.offline else
                                 (lambda link, **meta: read_url(link, settings, **meta)),
                                 keep_entry=keep)
        except InputError as exc:
            yield exc

    report = pipeline.run([url], settings, store, progress, documents=documents())
    status = "new entries" if taken else "no new entries"
    store.save_feed_state(FeedState(url, response.get("etag"), response.get("last_modified"), utc_now(), status),
                          taken)
    return PollResult(url, status, len(taken), report.stored, list(report.failures))


def follow(urls: Iterable[str], settings: Settings, store, every_s: float, stop: threading.Event,
           on_poll: Callable[[PollResult], None] | None = None, rounds: int | None = None) -> int:
    """Poll every feed, then wait ``every_s`` seconds, until ``stop`` is set (or ``rounds`` are done).

    A poll in progress always finishes (its batch is committed) before
    stopping. Returns the number of rounds run.
    """
    urls = list(dict.fromkeys(urls))
    done = 0
    while not stop.is_set():
        for url in urls:
            if stop.is_set():
                break
            result = poll(url, settings, store)
            if on_poll:
                on_poll(result)
        done += 1
        if rounds is not None and done >= rounds:
            break
        deadline = time.monotonic() + every_s
        while not stop.is_set() and time.monotonic() < deadline:
            stop.wait(min(1.0, max(0.0, deadline - time.monotonic())))
    return done

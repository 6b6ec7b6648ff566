"""The dashboard, activity chart and map, counted by the database, show what reading every event did.

The knowledge base holds the bundled samples and the first KCNA stories of the shared corpus (when
it is beside the repo), on SQLite and on PostgreSQL; the oracles below are the workbench's former
computations, which read every event and entity into Python.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from itertools import islice
from pathlib import Path

import pytest

from threadline.ingest.sources import iter_documents
from threadline.pipeline import Extractor
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.records import date_prefix
from threadline.web import views
from tests.helpers import fresh_db_url

KCNA = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"
KCNA_STORIES = 150


@pytest.fixture(scope="module")
def extractions(samples_dir):
    settings = Settings(offline=True, max_bytes=1 << 30)
    docs = list(iter_documents([str(samples_dir)], settings))
    if KCNA.exists():
        docs += islice((d for d in iter_documents([str(KCNA)], settings) if getattr(d, "language", None) == "en"),
                       KCNA_STORIES)
    return list(Extractor(settings).extract(docs))


def _few_years(extractions) -> list:
    """The extractions with only their events of 2024 and 2025 (and undated ones): two years."""
    return [replace(x, events=tuple(e for e in x.events if (date_prefix(e.when) or "2024")[:4] in ("2024", "2025")))
            for x in extractions]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def kb(backend, extractions, tmp_path_factory):
    with fresh_db_url(backend, tmp_path_factory.mktemp("aggregates")) as url, open_store(url) as store:
        store.save_extractions(extractions)
        yield store


# -- the former computations -------------------------------------------------------------------

def old_activity(store) -> tuple[dict, Counter]:
    events = store.events()
    entities = store.get_entities({i for e in events for i in (*e.facilities, *e.where)})
    years = {e.when[:4] for e in events if e.when and e.when[:4].isdigit()}
    monthly = len(years) <= 2
    by_period: dict[str, Counter] = defaultdict(Counter)
    by_province: Counter = Counter()
    for e in events:
        if e.when and e.when[:4].isdigit():
            key = e.when[:7] if monthly and len(e.when) >= 7 and e.when[5:7].isdigit() else e.when[:4]
            by_period[key][e.type] += 1
        for entity_id in (*e.facilities, *e.where):
            x = entities.get(entity_id)
            province = x and (x.admin1 or (x.name if x.level == "province" else None))
            if province:
                by_province[province] += 1
                break
    places = [s.entity for s in store.entities("place") if s.entity.admin1]
    names = {e.admin1: e.name for e in places if e.level == "city"}
    names.update({e.admin1: e.name for e in places if e.level == "province"})
    named: Counter = Counter()
    for key, n in by_province.items():
        named[names.get(key, key)] += n
    return {k: dict(v) for k, v in by_period.items()}, named


def old_map(store, since=None, until=None) -> dict[str, dict]:
    events = store.events(since=since, until=until) if (since or until) else store.events()
    entities = store.get_entities({i for e in events for i in (*e.facilities, *e.where)})
    located = {i: x for i, x in entities.items() if x.lat is not None and x.lon is not None}
    counts: dict[str, Counter] = defaultdict(Counter)
    for e in events:
        spot = next((located[i] for i in (*e.facilities, *e.where) if i in located), None)
        if spot is not None:
            counts[spot.id][e.type] += 1
    return {i: {"lat": located[i].lat, "lon": located[i].lon, "events": sum(c.values()), "by_type": dict(c)}
            for i, c in counts.items()}


# -- the tests -----------------------------------------------------------------------------------

def _check_activity(store) -> dict:
    by_period, named = old_activity(store)
    got = views.activity(store)
    assert got["by_period"] == by_period
    assert got["periods"] == sorted(by_period)
    assert got["types"] == sorted({t for c in by_period.values() for t in c})
    # The top 15, most events first; ties in name order (they were in the order events were read).
    assert got["by_province"] == sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:15]
    return got


def test_activity_counts_what_reading_every_event_counted(kb):
    got = _check_activity(kb)
    assert got["by_province"] and got["periods"]


def test_activity_by_month_when_there_are_two_years(backend, extractions, tmp_path):
    with fresh_db_url(backend, tmp_path) as url, open_store(url) as store:
        store.save_extractions(_few_years(extractions))
        got = _check_activity(store)
    assert any(len(p) == 7 for p in got["periods"]), got["periods"]


def test_dashboard_latest_claims_and_facilities(kb):
    data = views.dashboard(kb, Settings(), None)
    events = kb.events()
    dated = [e for e in events if e.when and e.when[:4].isdigit()]
    old_latest = dated[-10:][::-1]
    # The same dates; among claims of one date, reports in id order (as timelines list them).
    assert [date_prefix(c["when"]) for c in data["latest"]] == [date_prefix(e.when) for e in old_latest]
    newest = sorted(sorted(dated, key=lambda e: (e.doc_id, e.start, e.id)), key=lambda e: date_prefix(e.when),
                    reverse=True)[:10]
    assert [c["id"] for c in data["latest"]] == [e.id for e in newest]
    assert all(c["sentence"] for c in data["latest"])
    old_facilities = [s for s in kb.entities("facility") if s.reports][:10]
    assert data["facilities"] == [dict(views.entity_brief(s.entity), reports=s.reports, sources=s.sources)
                                  for s in old_facilities]
    assert data["facilities"] and data["counts"]["events"] == len(events)


@pytest.mark.parametrize("since, until", [(None, None), ("2011", None), (None, "2011-06"), ("2024-03", "2025")])
def test_map_points_count_what_reading_every_event_counted(kb, since, until):
    got = views.map_points(kb, since, until)
    old = old_map(kb, since, until)
    assert {p["id"]: {k: p[k] for k in ("lat", "lon", "events", "by_type")} for p in got["points"]} == old
    assert [p["events"] for p in got["points"]] == sorted((p["events"] for p in got["points"]), reverse=True)
    if since is None and until is None:
        assert got["points"]


def _old_claims(store, f: views.Filters) -> list[str]:
    """The claims ``search`` listed without words, as it found them: every matching event read."""
    scope = views._scope(store, Settings(), f)
    events = store.events(type=f.type, since=f.since, until=f.until,
                          entity_ids=sorted(scope) if scope is not None else None)
    return [e.id for e in events if views._event_ok(e, f, scope)]


@pytest.mark.parametrize("filters", [{}, {"type": "PRODUCTION_ORDER"}, {"place": "North Pyongan"},
                                     {"place": "North Pyongan", "type": "INSPECTION"}, {"facility": "Munitions Factory 71"}])
def test_claims_without_words_are_read_a_page_at_a_time(kb, filters):
    f = views.Filters(**filters)
    old = _old_claims(kb, f)
    events = kb.get_events(old)
    dated = [i for i in old if date_prefix(events[i].when)]
    # Latest first, undated last; claims of one date in report order (as timelines list them).
    newest = sorted(sorted(dated, key=lambda i: (events[i].doc_id, events[i].start, i)),
                    key=lambda i: date_prefix(events[i].when), reverse=True)
    expected = newest + [i for i in old if i not in set(dated)]
    shown, page = [], 1
    while True:
        answer = views.search(kb, Settings(), f, page=page, per_page=7)
        assert answer["total"] == len(old) and not answer["capped"]
        shown += [item["event_id"] for item in answer["items"]]
        assert all(item["sentence"] and item["kind"] == "event" for item in answer["items"])
        if answer["next_page"] is None:
            break
        page = answer["next_page"]
    assert shown == expected and shown

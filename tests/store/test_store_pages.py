"""Pages of events and claims, counts with a cap, and search ranked in a window: what keeps a
listing of an archive's busiest entity as cheap as a listing of a quiet one.

Every answer is checked against the whole listing it is a page of, on every backend and with
both query shapes of ``Store._filter_events`` (``EXISTS`` for an entity scope with many event
links, ``IN`` for one with few).
"""
from __future__ import annotations

import pytest

from threadline.model import Document, Entity, Event, Extraction, PublishedDate, Span
from threadline.store import base as store_base
from threadline.store import search as store_search

PLANT = Entity(id="facility:plant", kind="facility", name="Riverside Shell Plant", source="extracted")
TOWN = Entity(id="place:town", kind="place", name="Riverside", level="city", country="KP", source="gazetteer")
OTHER = Entity(id="facility:other", kind="facility", name="Hillside Works", located_in=TOWN.id, source="extracted")


def _report(i: int) -> Extraction:
    """Report i: one event at the plant (every third undated, the rest over two years) and, for
    odd i, one at the works in the town."""
    text = (f"Report {i}. Workers at the Riverside Shell Plant made artillery shells again.\n"
            f"Inspectors visited the Hillside Works in Riverside.")
    doc = Document(id=f"doc:{i:03d}", source=f"r{i}.txt", text=text, outlet="Example Wire",
                   published=PublishedDate(f"2024-{1 + i % 12:02d}-15", "stated", "x"),
                   content_hash=Document.hash_text(text))
    first = Span(text.index("Workers"), text.index("\n"))
    second = Span(text.index("Inspectors"), len(text))
    when = None if i % 3 == 0 else f"{2023 + i % 2}-{1 + i % 12:02d}"
    events = [Event(doc.id, "PRODUCTION_ACTIVITY", (first,), when=when, facilities=(PLANT.id,))]
    if i % 2:
        events.append(Event(doc.id, "INSPECTION", (second,), when=f"2024-{1 + i % 12:02d}-02",
                            where=(TOWN.id,), facilities=(OTHER.id,)))
    return Extraction(doc, (PLANT, TOWN, OTHER), (), (), tuple(events))


@pytest.fixture
def archive(store):
    store.save_extractions([_report(i) for i in range(40)])
    return store


@pytest.fixture(params=["few", "many"])
def shape(request, monkeypatch):
    """``few``: scopes read from the entities' side, their ids sent as one value (as a long
    list is); ``many``: tested event by event, the ids sent one parameter each."""
    monkeypatch.setattr(store_base, "MANY_EVENTS", 10 ** 9 if request.param == "few" else 1)
    monkeypatch.setattr(store_base, "ONE_VALUE_IDS", 0 if request.param == "few" else 10 ** 9)
    return request.param


def _newest_first(events):
    dated = [e for e in events if e.when]
    return dated[::-1] + [e for e in events if not e.when]


@pytest.mark.parametrize("scope", [[PLANT.id], [TOWN.id, OTHER.id], [PLANT.id, OTHER.id]])
def test_a_page_of_events_is_a_slice_of_the_whole_listing(archive, shape, scope):
    whole = archive.events(entity_ids=scope)
    for newest_first in (False, True):
        ordered = _newest_first(whole) if newest_first else whole
        pages = []
        for offset in range(0, len(whole), 7):
            page = archive.events(entity_ids=scope, limit=7, offset=offset, newest_first=newest_first)
            # The same dates in the same order (events of one date may come in another order).
            assert [e.when for e in page] == [e.when for e in ordered[offset:offset + 7]]
            pages += page
        assert sorted(e.id for e in pages) == sorted(e.id for e in whole)     # each event once
        assert archive.count_events(entity_ids=scope) == len(whole)


def test_a_page_with_type_and_dates_is_the_filtered_listing(archive, shape):
    whole = archive.events(type="PRODUCTION_ACTIVITY", since="2024", until="2024", entity_ids=[PLANT.id])
    assert whole and all(e.when.startswith("2024") for e in whole)
    page = archive.events(type="PRODUCTION_ACTIVITY", since="2024", until="2024", entity_ids=[PLANT.id],
                          limit=3, newest_first=True)
    assert [e.when for e in page] == [e.when for e in whole[::-1][:3]]
    assert archive.count_events(type="PRODUCTION_ACTIVITY", since="2024", until="2024",
                                entity_ids=[PLANT.id]) == len(whole)


def test_counting_stops_at_the_cap(archive, shape):
    assert archive.count_events(entity_ids=[PLANT.id], cap=7) == 7
    assert archive.count_events(entity_ids=[PLANT.id], cap=1000) == 40
    assert archive.count_claims(OTHER.id, cap=5) == 5
    assert archive.count_events(entity_ids=[]) == 0 and archive.events(entity_ids=[], limit=5) == []


def test_the_latest_claims_are_the_last_by_date(archive, shape):
    every = archive.claims_for(PLANT.id)
    latest = archive.claims_for(PLANT.id, latest=6)
    dated = [pair for pair in every if pair[0].when]
    assert len(latest) == 6
    # The window holds the six latest dates, listed in date order like the whole.
    assert sorted(e.when for e, _ in latest) == sorted(e.when for e, _ in dated)[-6:]
    assert [e.when for e, _ in latest] == sorted(e.when for e, _ in latest)
    assert all(d.id == e.doc_id for e, d in latest)
    # Claims of one year: what a claim of that year can share a happening with.
    of_2023 = archive.claims_for(PLANT.id, since="2023", until="2023")
    assert of_2023 and {e.when[:4] for e, _ in of_2023} == {"2023"}


def test_search_ranks_the_latest_matches_and_counts_to_a_cap(archive, monkeypatch):
    # Each report matches twice: its text, and the sentence of its event.
    everything = archive.search("artillery shells", 100)
    assert len(everything) == 80 and archive.search_count("artillery shells") == 80
    monkeypatch.setattr(store_search, "RANK_WINDOW", 10)
    # 2 * 10 + 5 rows are fetched to fill a page of 10: the window is the 25 latest stored matches,
    # those of the last 13 reports.
    window = archive.search("artillery shells", 10)
    assert len(window) == 10
    assert {h.doc_id for h in window} <= {f"doc:{i:03d}" for i in range(27, 40)}
    assert archive.search_count("artillery shells", cap=12) == 12

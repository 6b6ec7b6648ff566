"""The base map, drawn offline: country outlines from a registry package, points placed on them.

The outlines are the world map shipped in the ``pygal_maps_world`` package
(``worldmap.svg``, one ``<g class="CC country">`` of paths per country, ISO
3166 alpha-2 codes). Nothing is fetched; the file is read from the installed
package without importing it.

The map is drawn in a Robinson-like pseudo-cylindrical projection whose
central meridian and scale are not documented, so they are fitted: Robinson's
table gives each latitude's length factor and height, and a least-squares fit
maps the known extreme points of the two Koreas onto the extents of their
outlines. The fit is good to about half a degree (checked in the tests
against known cities): enough to see where things happen, not to measure.
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from threadline.errors import ConfigError

#: Extreme points of the two Koreas' outlines, (lon, lat) or lat, matched to the outlines' extents.
KP_WEST, KP_EAST, KP_NORTH, KP_SOUTH = (124.18, 39.9), (130.69, 42.3), 43.01, 37.67
KR_WEST, KR_EAST, KR_NORTH, KR_SOUTH = (126.1, 34.8), (129.58, 36.0), 38.6, 34.3
#: Robinson's table: latitude, length of the parallel, distance from the equator.
ROBINSON = ((0, 1.0, 0.0), (5, .9986, .062), (10, .9954, .124), (15, .99, .186), (20, .9822, .248),
            (25, .973, .31), (30, .96, .372), (35, .9427, .434), (40, .9216, .4958), (45, .8962, .5571),
            (50, .8679, .6176), (55, .835, .6769), (60, .7986, .7346), (65, .7597, .7903),
            (70, .7186, .8435), (75, .6732, .8936), (80, .6213, .9394), (85, .5722, .9761), (90, .5322, 1.0))
#: The countries drawn around it; kp is the subject, the rest give context.
COUNTRIES = ("kp", "kr", "cn", "ru", "jp")
_SVG_NS = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtZzAa]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7, "z": 0}


@dataclass(frozen=True)
class BaseMap:
    """Outlines (SVG path data by country code), the view box around Korea, and the fitted projection."""

    paths: dict[str, tuple[str, ...]]
    view_box: tuple[float, float, float, float]
    x_fit: tuple[float, float, float]
    y_fit: tuple[float, float]

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        """The map position (SVG user units) of a point."""
        length, height = robinson(lat)
        a, b, c = self.x_fit
        return a * length * lon + b * length + c, self.y_fit[0] * height + self.y_fit[1]

    def contains(self, x: float, y: float) -> bool:
        """Whether a projected point falls inside the view box."""
        vx, vy, w, h = self.view_box
        return vx <= x <= vx + w and vy <= y <= vy + h


def robinson(lat: float) -> tuple[float, float]:
    """Robinson's parallel length and height at a latitude (linear between table rows)."""
    sign, lat = (1 if lat >= 0 else -1), min(abs(lat), 90.0)
    for (a, xa, ya), (b, xb, yb) in zip(ROBINSON, ROBINSON[1:]):
        if a <= lat <= b:
            f = (lat - a) / (b - a)
            return xa + f * (xb - xa), sign * (ya + f * (yb - ya))
    return ROBINSON[-1][1], sign * ROBINSON[-1][2]


def _least_squares(rows: list[list[float]], values: list[float]) -> tuple[float, ...]:
    """Solve the normal equations of a small linear least-squares problem (no numpy needed)."""
    n = len(rows[0])
    m = [[sum(r[i] * r[j] for r in rows) for j in range(n)] + [sum(r[i] * v for r, v in zip(rows, values))]
         for i in range(n)]
    for i in range(n):                      # Gauss-Jordan with partial pivoting
        p = max(range(i, n), key=lambda k: abs(m[k][i]))
        m[i], m[p] = m[p], m[i]
        for k in range(n):
            if k != i:
                f = m[k][i] / m[i][i]
                m[k] = [a - f * b for a, b in zip(m[k], m[i])]
    return tuple(m[i][n] / m[i][i] for i in range(n))


def _svg_file() -> Path:
    spec = importlib.util.find_spec("pygal_maps_world")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the map needs the package pygal_maps_world (pip install pygal_maps_world)")
    path = Path(list(spec.submodule_search_locations)[0]) / "worldmap.svg"
    if not path.is_file():
        raise ConfigError(f"{path}: the world map file of pygal_maps_world is missing; reinstall the package")
    return path


def path_points(d: str) -> list[tuple[float, float]]:
    """Every end and control point of SVG path data, in absolute coordinates (for extents)."""
    points: list[tuple[float, float]] = []
    x = y = sx = sy = 0.0
    cmd = "m"
    nums: list[float] = []
    tokens = _TOKEN.findall(d)

    def flush(c: str, args: list[float]) -> None:
        nonlocal x, y, sx, sy
        rel = c.islower()
        k = c.lower()
        if k == "h":
            x = x + args[0] if rel else args[0]
        elif k == "v":
            y = y + args[0] if rel else args[0]
        elif k == "a":
            x, y = (x + args[5], y + args[6]) if rel else (args[5], args[6])
        else:
            pairs = [(args[i], args[i + 1]) for i in range(0, len(args), 2)]
            for px, py in pairs[:-1]:
                points.append((x + px, y + py) if rel else (px, py))
            px, py = pairs[-1]
            x, y = (x + px, y + py) if rel else (px, py)
            if k == "m":
                sx, sy = x, y
        points.append((x, y))

    for tok in tokens:
        if tok.isalpha():
            if tok in "zZ":
                x, y = sx, sy
            cmd = tok
            continue
        nums.append(float(tok))
        arity = _ARITY[cmd.lower()]
        if arity and len(nums) == arity:
            flush(cmd, nums)
            nums = []
            if cmd == "m":
                cmd = "l"       # further pairs after a moveto are linetos
            elif cmd == "M":
                cmd = "L"
    return points


def extent(paths: tuple[str, ...]) -> tuple[float, float, float, float]:
    """``(min x, min y, max x, max y)`` over some paths."""
    pts = [p for d in paths for p in path_points(d)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


@lru_cache(maxsize=1)
def base_map() -> BaseMap:
    """The outlines around Korea and the projection fitted to North Korea's outline.

    Raises:
        ConfigError: the map package is missing or its file cannot be read.
    """
    try:
        root = ElementTree.parse(_svg_file()).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise ConfigError(f"the world map of pygal_maps_world cannot be read: {exc}") from exc
    paths: dict[str, tuple[str, ...]] = {}
    for g in root.iter(f"{_SVG_NS}g"):
        code = (g.get("class") or "").split(" ")[0]
        if code in COUNTRIES:
            paths[code] = tuple(p.get("d", "") for p in g.iter(f"{_SVG_NS}path"))
    if "kp" not in paths:
        raise ConfigError("the world map of pygal_maps_world has no outline of North Korea (class 'kp')")
    if "kr" not in paths:
        raise ConfigError("the world map of pygal_maps_world has no outline of South Korea (class 'kr')")
    kp = extent(paths["kp"])
    kr = extent(tuple(d for d in paths["kr"] if (lambda e: e[2] - e[0])(extent((d,))) > 10))  # the mainland
    xs = [(KP_WEST, kp[0]), (KP_EAST, kp[2]), (KR_WEST, kr[0]), (KR_EAST, kr[2])]
    x_fit = _least_squares([[robinson(lat)[0] * lon, robinson(lat)[0], 1.0] for (lon, lat), _ in xs],
                           [x for _, x in xs])
    ys = [(KP_NORTH, kp[1]), (KP_SOUTH, kp[3]), (KR_NORTH, kr[1]), (KR_SOUTH, kr[3])]
    y_fit = _least_squares([[robinson(lat)[1], 1.0] for lat, _ in ys], [y for _, y in ys])
    both = extent(paths["kp"] + paths["kr"])             # islands included, so Jeju shows
    x0, y0, x1, y1 = both
    pad_x, pad_y = (x1 - x0) * 0.2, (y1 - y0) * 0.08
    view = (x0 - pad_x, y0 - pad_y, (x1 - x0) + 2 * pad_x, (y1 - y0) + 2 * pad_y)
    # Keep only the outlines that reach into the view (China's and Russia's far parts would be dead weight).
    vx0, vy0, vx1, vy1 = view[0], view[1], view[0] + view[2], view[1] + view[3]
    seen = {}
    for code, ds in paths.items():
        keep = []
        for d in ds:
            a, b, c, e = extent((d,))
            if a <= vx1 and c >= vx0 and b <= vy1 and e >= vy0:
                keep.append(d)
        seen[code] = tuple(keep)
    return BaseMap(seen, view, x_fit, y_fit)

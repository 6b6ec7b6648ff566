"""Charts and the map as inline SVG, drawn on the server (no script, no inline style).

Colours are SVG presentation attributes, which the Content-Security-Policy
allows; every text that comes from the data is escaped.
"""
from __future__ import annotations

import math
from urllib.parse import quote

from markupsafe import Markup, escape

from threadline.model import EVENT_TYPES
from threadline.domain.outlines import Outlines

PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39")


def colour(event_type: str) -> str:
    """The fixed colour of an event type (the same on every chart)."""
    i = EVENT_TYPES.index(event_type) if event_type in EVENT_TYPES else len(EVENT_TYPES)
    return PALETTE[i % len(PALETTE)]


def stacked_bars(activity: dict, width: int = 720, height: int = 220) -> Markup:
    """Events per period as bars stacked by type, with a legend.

    Args:
        activity: ``views.activity`` output.
    Returns:
        an ``<svg>`` element (empty-state text when there is nothing to draw).
    """
    periods, data = activity["periods"], activity["by_period"]
    if not periods:
        return Markup('<p class="empty">No dated events yet.</p>')
    top = max(sum(v.values()) for v in data.values())
    left, bottom, legend_h = 36, 30, 18 * math.ceil(len(activity["types"]) / 3)
    plot_h = height - bottom - 10
    bw = max(2.0, (width - left - 10) / len(periods))
    out = [f'<svg class="chart" viewBox="0 0 {width} {height + legend_h}" role="img" '
           f'aria-label="events per period by type">']
    out.append(f'<text x="4" y="14" font-size="11">{top}</text><text x="4" y="{plot_h + 10}" font-size="11">0</text>')
    label_every = max(1, len(periods) // 12)
    for i, p in enumerate(periods):
        x, y = left + i * bw, plot_h + 10
        for t, n in sorted(data[p].items()):
            h = plot_h * n / top
            y -= h
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw * 0.85:.1f}" height="{h:.1f}" '
                       f'fill="{colour(t)}"><title>{escape(p)} {escape(t)}: {n}</title></rect>')
        if i % label_every == 0:
            out.append(f'<text x="{x:.1f}" y="{height - 12}" font-size="10">{escape(p)}</text>')
    for j, t in enumerate(activity["types"]):
        lx, ly = left + (j % 3) * 230, height + 4 + (j // 3) * 18
        out.append(f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{colour(t)}"/>'
                   f'<text x="{lx + 14}" y="{ly + 9}" font-size="11">{escape(t)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def hbars(rows: list, width: int = 360) -> Markup:
    """Horizontal bars for ``[(label, count), ...]``."""
    if not rows:
        return Markup('<p class="empty">No events placed in a province yet.</p>')
    top = max(n for _, n in rows)
    h = 18 * len(rows) + 4
    out = [f'<svg class="chart" viewBox="0 0 {width} {h}" role="img" aria-label="events by province">']
    for i, (label, n) in enumerate(rows):
        w = (width - 170) * n / top
        y = 2 + i * 18
        out.append(f'<text x="0" y="{y + 12}" font-size="11">{escape(label)}</text>'
                   f'<rect x="130" y="{y + 2}" width="{w:.1f}" height="12" fill="#4a6fa5"/>'
                   f'<text x="{134 + w:.1f}" y="{y + 12}" font-size="11">{n}</text>')
    out.append("</svg>")
    return Markup("".join(out))


#: How each layer of the base map is stroked: colour, width (a share of the map's width), dashes.
_STROKES = {"provinces_other": ("#bbb", 0.0010, ""), "provinces_kr": ("#aaa", 0.0012, ""),
            "provinces_kp": ("#666", 0.0018, ' stroke-dasharray="0.6 0.35"'),
            "borders": ("#444", 0.0030, ""), "coast": ("#5b7f99", 0.0016, "")}


def map_svg(base: Outlines, points: list[dict], label: bool = False) -> Markup:
    """The outlines around Korea with a circle per place, its area by event count, linking to the entity.

    Args:
        base: the outlines and projection (``domain.outlines.korea_outlines``).
        points: dicts with id, name, kind, lat, lon, events.
        label: write each place's name beside its circle.
    """
    vx, vy, vw, vh = base.view_box
    scale = vw / 60
    out = [f'<svg class="map" viewBox="{vx:.2f} {vy:.2f} {vw:.2f} {vh:.2f}" role="img" '
           f'aria-label="map of the Korean peninsula">',
           f'<rect x="{vx:.2f}" y="{vy:.2f}" width="{vw:.2f}" height="{vh:.2f}" fill="#f7f5ee"/>']
    for layer, (stroke, width, dashes) in _STROKES.items():
        d = base.svg_path(layer)
        if d:
            out.append(f'<path class="{layer}" d="{d}" fill="none" stroke="{stroke}" '
                       f'stroke-width="{width * vw:.3f}" stroke-linejoin="round"{dashes}/>')
    top = max((p["events"] for p in points), default=1)
    for p in sorted(points, key=lambda p: -p["events"]):
        x, y = base.project(p["lat"], p["lon"])
        if not base.contains(x, y):
            continue
        r = scale * (0.35 + 1.2 * math.sqrt(p["events"] / top))
        fill = "#c0392b" if p["kind"] == "facility" else "#2c6fbb"
        href = "/entities/" + quote(p["id"], safe="")
        out.append(f'<a href="{escape(href)}"><circle cx="{x:.2f}" cy="{y:.2f}" r="{r:.2f}" fill="{fill}" '
                   f'fill-opacity="0.6" stroke="#333" stroke-width="0.08"><title>{escape(p["name"])}: '
                   f'{p["events"]} event(s)</title></circle>')
        if label:
            out.append(f'<text x="{x + r + 0.3:.2f}" y="{y + 0.5:.2f}" font-size="{scale * 1.4:.2f}">'
                       f'{escape(p["name"])}</text>')
        out.append("</a>")
    out.append("</svg>")
    return Markup("".join(out))

"""A briefing: one HTML page (and, with WeasyPrint, a PDF) on a slice of the knowledge base.

Sections: what happened (happenings with independent-source counts and
contradictions), activity over time by event type and by province (charts
drawn by matplotlib, offline), a map of the facilities, and every claim with
its citation. Everything from reports is HTML-escaped.

The map draws the facilities over the coastlines, borders and province lines
of :mod:`threadline.domain.outlines` (Natural Earth, from a registry package;
nothing is downloaded), the same outlines as the workbench's map.
"""
from __future__ import annotations

import base64
import html
import io
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from threadline.errors import ExportError
from threadline.export.snapshot import KnowledgeBase
from threadline.temporal.humanize import humanize_when

_CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #222; margin: 2em; }
h1 { font-size: 18pt; margin-bottom: 0; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.6em; }
.meta { color: #555; } table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #ccc;
padding: 3px 5px; vertical-align: top; text-align: left; } th { background: #eee; }
.contra { color: #a00; } .quote { font-style: italic; } figure { margin: 0.5em 0; } img { max-width: 100%; }
@page { size: A4; margin: 1.5cm; }
"""


@dataclass(frozen=True)
class Brief:
    """A rendered briefing: the HTML, and how much it holds."""

    html: str
    happenings: int
    claims: int
    facilities_on_map: int


def _province(kb: KnowledgeBase, pack, entity_id: str | None) -> str | None:
    """The first-level division (province or directly governed city) an entity lies in."""
    seen = set()
    while entity_id and entity_id not in seen:
        seen.add(entity_id)
        e = kb.entities.get(entity_id)
        if e is None:
            try:
                e = pack.entity(entity_id)
            except KeyError:
                return None
        if e.kind == "place" and (e.level == "province" or e.located_in == "country:KP" and e.level != "country"):
            return e.name
        entity_id = e.located_in
    return None


def _figure(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight")
    import matplotlib.pyplot as plt
    plt.close(fig)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _charts(kb: KnowledgeBase, pack) -> tuple[str | None, str | None]:
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ExportError("the briefing draws its charts with matplotlib: pip install 'threadline[export]'") from exc
    by_month: dict[str, Counter] = {}
    for ev in kb.events:
        month = (ev.when or "")[:7]
        if len(month) == 7 and month[:4].isdigit() and month[5:7].isdigit():
            by_month.setdefault(month, Counter())[ev.type] += 1
    over_time = None
    if by_month:
        months = sorted(by_month)
        types = sorted({t for c in by_month.values() for t in c})
        fig, ax = plt.subplots(figsize=(8, 3.2))
        bottom = [0] * len(months)
        for t in types:
            values = [by_month[m][t] for m in months]
            ax.bar(months, values, bottom=bottom, label=t)
            bottom = [b + v for b, v in zip(bottom, values)]
        ax.set_ylabel("events")
        ax.set_title("Events by month and type (events with a known month)")
        ax.legend(fontsize=7, ncol=2, loc="upper left")
        ax.tick_params(axis="x", labelrotation=60, labelsize=7)
        over_time = _figure(fig)
    provinces = Counter(p for ev in kb.events
                        if (p := next((x for x in (_province(kb, pack, i) for i in (*ev.facilities, *ev.where)) if x),
                                      None)))
    by_province = None
    if provinces:
        names = [n for n, _ in provinces.most_common()]
        fig, ax = plt.subplots(figsize=(8, 0.35 * len(names) + 1))
        ax.barh(names[::-1], [provinces[n] for n in names][::-1], color="#4a7")
        ax.set_xlabel("events")
        ax.set_title("Events by province")
        by_province = _figure(fig)
    return over_time, by_province


#: How each layer of the base map is drawn: colour, line width (points), line style.
_MAP_STYLE = {"provinces_other": ("#bbb", 0.4, "-"), "provinces_kr": ("#aaa", 0.4, "-"),
              "provinces_kp": ("#777", 0.6, "--"), "borders": ("#444", 1.0, "-"), "coast": ("#5b7f99", 0.6, "-")}


def _map(kb: KnowledgeBase, pack) -> tuple[str | None, int]:
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection

    from threadline.domain.outlines import korea_outlines
    from threadline.export.tables import coordinates
    base = korea_outlines()
    lon0, lat0, lon1, lat1 = base.bounds
    # A facility without its own point is drawn at the place it lies in, hollow; one off the base map is left out.
    placed = [(e, coordinates(kb, e.id), e.lat is not None) for e in kb.entities.values() if e.kind == "facility"]
    placed = [(e, point, exact) for e, point, exact in placed
              if point and lon0 <= point[0] <= lon1 and lat0 <= point[1] <= lat1]
    if not placed:
        return None, 0
    fig, ax = plt.subplots(figsize=(6, 6.5))
    for layer, (colour, width, style) in _MAP_STYLE.items():
        ax.add_collection(LineCollection(base.layers[layer], colors=colour, linewidths=width, linestyles=style))
    for e in pack.places.values():
        if e.country == "KP" and e.level == "province" and e.lat is not None:
            ax.annotate(e.name, (e.lon, e.lat), fontsize=6, color="#888", ha="center")
    exact = [p for _, p, x in placed if x]
    near = [p for _, p, x in placed if not x]
    if exact:
        ax.scatter([p[0] for p in exact], [p[1] for p in exact], s=30, color="#c00", marker="^",
                   label="facility", zorder=3)
    if near:
        ax.scatter([p[0] for p in near], [p[1] for p in near], s=30, facecolors="none", edgecolors="#c00",
                   marker="^", label="facility, at the place it lies in", zorder=3)
    for e, (lon, lat), _ in placed:
        ax.annotate(e.name, (lon, lat), fontsize=7, xytext=(3, 3), textcoords="offset points")
    # North Korea, widened to take in every facility drawn.
    lons, lats = [p[0] for _, p, _ in placed], [p[1] for _, p, _ in placed]
    ax.set_xlim(min(123.8, min(lons) - 0.3), max(131.0, max(lons) + 0.3))
    ax.set_ylim(min(37.4, min(lats) - 0.3), max(43.2, max(lats) + 0.3))
    ax.set_aspect(1 / base.x_factor)
    ax.set_facecolor("#f7f5ee")
    ax.set_xlabel("longitude")
    ax.set_ylabel("latitude")
    ax.legend(fontsize=7, loc="lower right")
    ax.set_title("Facilities (outlines: Natural Earth 1:10m; dashed: North Korea's provinces)")
    return _figure(fig), len(placed)


def render_brief(kb: KnowledgeBase, scope: str, domain_pack: str | None = None,
                 now: datetime | None = None) -> Brief:
    """The briefing of a snapshot as one self-contained HTML page (charts inlined)."""
    from threadline.analyze import groups_by_subject
    from threadline.domain import load_pack
    pack = load_pack(domain_pack)
    e = html.escape
    found = groups_by_subject([(ev, kb.documents[ev.doc_id]) for ev in kb.events], kb.documents, domain_pack, kb.entities)
    over_time, by_province = _charts(kb, pack)
    map_uri, on_map = _map(kb, pack)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    outlets = sorted({d.outlet for d in kb.documents.values() if d.outlet})
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Threadline briefing</title>"
             f"<style>{_CSS}</style></head><body>",
             f"<h1>Threadline briefing</h1><p class='meta'>{e(scope)} · generated {e(stamp)} · "
             f"{len(kb.documents)} report(s) from {len(outlets)} outlet(s), {len(kb.events)} event(s), "
             f"{len(found)} happening(s)</p>",
             "<h2>What happened</h2>"]
    if not found:
        parts.append("<p>No events in this slice of the knowledge base.</p>")
    else:
        parts.append("<table><tr><th>happening</th><th>when</th><th>claims</th><th>independent sources</th>"
                     "<th>contradictions</th></tr>")
        for n, h in enumerate(found, 1):
            g = h.group
            subject = kb.entities[h.subject].name if h.subject in kb.entities else (h.subject or "—")
            contra = "<br>".join(f"<span class='contra'>{e(c.field)}: {e(c.note)}</span>" for c in g.contradictions) or "none"
            parts.append(f"<tr><td><a href='#h{n}'>{e(g.type)}</a> at {e(subject)}</td>"
                         f"<td>{e(humanize_when(g.when))}</td><td>{len(g.claims)}</td>"
                         f"<td>{g.independent_sources}: {e('; '.join(g.sources))}</td><td>{contra}</td></tr>")
        parts.append("</table>")
    parts.append("<h2>Activity over time</h2>")
    parts.append(f"<figure><img alt='events by month and type' src='{over_time}'></figure>" if over_time
                 else "<p>No event in this slice has a known month.</p>")
    parts.append("<h2>Activity by province</h2>")
    parts.append(f"<figure><img alt='events by province' src='{by_province}'></figure>" if by_province
                 else "<p>No event in this slice is placed in a province.</p>")
    parts.append("<h2>Map of facilities</h2>")
    parts.append(f"<figure><img alt='map of facilities' src='{map_uri}'></figure>" if map_uri
                 else "<p>No facility in this slice has coordinates.</p>")
    parts.append("<h2>Every claim, with its citation</h2>")
    claims = 0
    for n, h in enumerate(found, 1):
        g = h.group
        subject = kb.entities[h.subject].name if h.subject in kb.entities else (h.subject or "—")
        parts.append(f"<h3 id='h{n}'>{n}. {e(g.type)} at {e(subject)}, {e(humanize_when(g.when))}</h3><ol>")
        for ev, doc in g.claims:
            claims += 1
            sentences = " … ".join(doc.text[s.start:s.end].strip() for s in ev.evidence)
            cite = ", ".join(x for x in (doc.outlet, humanize_when(doc.published.value) if doc.published.value
                                         else "undated", doc.title) if x)
            link = f" <a href='{e(doc.url, quote=True)}'>{e(doc.url)}</a>" if doc.url and doc.url.startswith(
                ("http://", "https://")) else ""
            parts.append(f"<li><span class='quote'>“{e(sentences)}”</span><br>{e(cite)} — report {e(doc.id)}, "
                         f"characters {ev.start}–{ev.end}; {e(ev.attribution)}, {e(ev.modality)}{link}</li>")
        parts.append("</ol>")
    parts.append("</body></html>")
    return Brief("".join(parts), len(found), claims, on_map)


def write_pdf(page: str, dest: Path) -> None:
    """The HTML page as a PDF (WeasyPrint; offline: the page holds its images)."""
    try:
        import weasyprint
    except ImportError as exc:
        raise ExportError("--pdf needs WeasyPrint: pip install 'threadline[export]'") from exc
    except OSError as exc:      # installed, but the system's Pango library is missing
        raise ExportError(f"--pdf: WeasyPrint cannot load its system libraries ({exc}); "
                          "install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)") from exc
    # The page carries its images as data: URLs; nothing else is fetched.
    try:
        offline = weasyprint.urls.URLFetcher(allowed_protocols={"data"})
    except (AttributeError, TypeError):       # WeasyPrint before 68: a plain function fetcher
        def offline(url, *args, **kwargs):
            if url.startswith("data:"):
                return weasyprint.default_url_fetcher(url, *args, **kwargs)
            raise ValueError(f"not fetched (offline): {url}")
    try:
        weasyprint.HTML(string=page, url_fetcher=offline).write_pdf(str(dest))
    except OSError as exc:
        raise ExportError(f"cannot write {dest}: {exc.strerror or exc}") from exc

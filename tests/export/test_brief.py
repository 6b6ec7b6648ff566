"""The briefing: HTML with every section and claim, and a PDF whose pages render to images."""
from __future__ import annotations

import html
import re

import pytest
from typer.testing import CliRunner

from threadline import cli
from threadline.export import snapshot
from threadline.export.brief import render_brief
from threadline.store import open_store

runner = CliRunner()


def tl(*args):
    return runner.invoke(cli.app, [str(a) for a in args], env={}, catch_exceptions=False)


def test_brief_holds_happenings_charts_map_and_every_claim(samples_kb):
    with open_store(samples_kb) as s:
        kb = snapshot(s, since="2024-01")
        page = render_brief(kb, "since 2024-01")
    text = page.html
    for heading in ("What happened", "Activity over time", "Activity by province", "Map of facilities",
                    "Every claim, with its citation"):
        assert f">{heading}<" in text
    assert text.count("<img ") == 3 and text.count("data:image/svg+xml;base64,") == 3
    assert page.claims == len(kb.events) == text.count("<li>")
    assert page.facilities_on_map >= 3
    # Each claim quotes its sentence and cites its report.
    for ev in kb.events:
        assert f"report {html.escape(ev.doc_id)}, characters {ev.start}–{ev.end}" in text
    assert "says stopped" in text and "says running" in text      # the Factory No. 26 contradiction
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text.split("Every claim")[0].split("What happened")[1]
                         .replace("2024-10-24", "").replace("2024-10-15", "")), "raw dates in the table"


def test_brief_escapes_report_text(samples_kb_copy):
    assert tl("entity", "rename", "Hyesan Steel Mill", "<script>alert(1)</script>", "--db", samples_kb_copy
              ).exit_code == 0
    with open_store(samples_kb_copy) as s:
        page = render_brief(snapshot(s), "all")
    assert "<script>" not in page.html and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html


def test_brief_command_writes_html_and_a_pdf_that_renders_to_png(samples_kb, tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:     # OSError: Pango is not installed on this machine
        pytest.skip(f"WeasyPrint is not usable here: {exc}")
    out = tmp_path / "brief.html"
    result = tl("brief", "--since", "2024-01", "-o", out, "--pdf", "--db", samples_kb)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    pdf = pdfium.PdfDocument(str(tmp_path / "brief.pdf"))
    assert len(pdf) >= 3
    for i in range(len(pdf)):
        image = pdf[i].render(scale=0.5).to_pil().convert("L")
        image.save(tmp_path / f"page-{i}.png")
        low, high = image.getextrema()
        assert high - low > 100, f"page {i} is blank"
    assert "--type" in tl("brief", "--type", "nope", "--db", samples_kb).output


def test_the_brief_map_draws_the_outlines_and_the_facilities_on_them(samples_kb, tmp_path):
    import base64

    from threadline.export.brief import _map
    from threadline.domain import load_pack
    from threadline.domain.outlines import korea_outlines

    with open_store(samples_kb) as s:
        uri, drawn = _map(snapshot(s), load_pack())
    svg = base64.b64decode(uri.split(",", 1)[1]).decode("utf-8")
    (tmp_path / "map.svg").write_text(svg, encoding="utf-8")
    assert drawn >= 3
    # One path per outline (matplotlib writes each line of a collection as a path), and a marker per facility.
    lines = sum(len(korea_outlines().layers[k]) for k in ("coast", "borders", "provinces_kp"))
    assert svg.count("<path") > lines
    assert "Natural Earth" in svg and "Munitions Factory 71" in svg

"""Server-drawn SVG: bars, province bars and the map escape their labels and draw what they are given."""
from __future__ import annotations

from threadline.domain.outlines import korea_outlines
from threadline.web.charts import colour, hbars, map_svg, stacked_bars


def test_stacked_bars_draw_one_rect_per_period_and_type_plus_legend():
    activity = {"periods": ["2024-01", "2024-02"], "types": ["INSPECTION", "THEFT"],
                "by_period": {"2024-01": {"INSPECTION": 2, "THEFT": 1}, "2024-02": {"THEFT": 4}}}
    svg = str(stacked_bars(activity))
    assert svg.count("<rect") == 3 + 2          # three bars, two legend swatches
    assert f'fill="{colour("THEFT")}"' in svg and "2024-02 THEFT: 4" in svg
    assert "No dated events" in str(stacked_bars({"periods": [], "types": [], "by_period": {}}))


def test_labels_are_escaped():
    svg = str(hbars([("<script>x</script>", 3), ("Chagang", 1)]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_the_map_draws_points_inside_the_view_with_links_and_leaves_out_the_rest():
    points = [{"id": "place:pyongyang", "kind": "place", "name": "Pyongyang <b>", "lat": 39.03, "lon": 125.75,
               "events": 4},
              {"id": "place:london", "kind": "place", "name": "London", "lat": 51.5, "lon": -0.1, "events": 9}]
    svg = str(map_svg(korea_outlines(), points, label=True))
    assert svg.count("<circle") == 1 and 'href="/entities/place%3Apyongyang"' in svg
    assert "Pyongyang &lt;b&gt;" in svg and "London" not in svg
    assert 'class="provinces_kp"' in svg and 'class="coast"' in svg and 'class="borders"' in svg

"""Report text to HTML: escaped, with well-formed marks (threadline.web.markup)."""
from __future__ import annotations

from html.parser import HTMLParser

import pytest

from threadline.web.markup import Mark, annotate, snippet


class _Balance(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Balance:
    p = _Balance()
    p.feed(str(html))
    assert not p.stack
    return p


def test_text_survives_exactly_and_every_tag_is_ours():
    text = 'Factory 71 <b onclick="x()">was</b> & "inspected" in March.'
    html = annotate(text, [Mark(0, len(text), "ev", "INSPECTION <x>")],
                    [Mark(0, 10, "m-facility", "facility"), Mark(48, 53, "tx", "2024-03")])
    p = _parse(html)
    assert "".join(p.text) == text
    assert "<b" not in html and "&lt;b onclick" in html and 'title="INSPECTION &lt;x&gt;"' in html
    assert '<mark class="m-facility" title="facility">Factory 71</mark>' in html


def test_overlapping_outer_spans_share_classes_and_inner_overlaps_keep_the_first():
    text = "abcdefghij"
    html = annotate(text, [Mark(0, 6, "ev"), Mark(4, 10, "hl")], [Mark(1, 5, "tx"), Mark(3, 8, "m-place")])
    _parse(html)
    assert '<span class="ev hl">' in html
    assert "m-place" not in html          # overlaps the earlier time expression
    assert html.count("<mark") == 2       # the time expression, cut at the outer boundary at 4


def test_marks_out_of_range_are_dropped_and_bad_classes_refused():
    assert annotate("abc", [Mark(2, 9, "ev")], [Mark(-1, 2, "tx")]) == "abc"
    with pytest.raises(ValueError, match="mark class"):
        annotate("abc", [Mark(0, 1, 'x" onclick="y')], [])


def test_anchors_are_placed_once():
    html = annotate("one two", [Mark(0, 3, "ev", anchor="ev-1"), Mark(0, 7, "ev", anchor="ev-1")], [])
    assert html.count('id="ev-1"') == 1


def test_snippets_mark_matches_and_escape_the_rest():
    html = snippet("the [shell] <i>factory</i> [quota]")
    assert html == "the <mark>shell</mark> &lt;i&gt;factory&lt;/i&gt; <mark>quota</mark>"


def test_marks_do_not_take_in_white_space_at_their_ends():
    html = annotate("One.\n\nTwo.", [Mark(0, 6, "hl")], [Mark(4, 6, "tx")])
    assert html.startswith('<span class="hl">One.</span>') and "<mark" not in html

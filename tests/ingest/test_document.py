"""Boilerplate kept apart from content, metadata taken from it, and the publication date's basis."""
from __future__ import annotations

import json

import pytest

from threadline.ingest.boilerplate import analyse
from threadline.ingest.document import build_document
from threadline.ingest.offsets import OffsetMap
from threadline.ingest.sources import iter_documents
from threadline.settings import Settings

INSIDER = """munitions, kusong, tank plant, inspection,
Inspectors arrive at Kusŏng tank works
By Ri Chol-min - 2024.05.21 9:10am

A Daily NK source in North Pyongan Province said on Monday that a team from the Munitions Industry Department arrived at the tank plant in Kusŏng on May 20. “They want every ledger,” the source said.

The source added that the Second Economic Committee ordered the plant to raise output of tank engines last month, Daily NK has learned.

Translated by Mina Park. Edited by John Doe.

Please send any comments or questions about this article to tips@example.org.

Read in Korean
"""

NEWSPAPER = """Go to contents

Plant in Kanggye ordered to stop exports, officials say

Posted November. 08, 2023 08:03,

Updated November. 08, 2023 09:00

A weapons factory in Kanggye stopped shipping parts last week, a government official said.

Kim Min-su kms@donga.com
"""

WIRE = """SEOUL, March 5 (Yonhap) -- North Korea test-fired a cruise missile off its west coast on Tuesday, the military said.

The missile flew about 300 km, the Joint Chiefs of Staff said.
"""


def _pieces(text, spans):
    return [text[s.start:s.end] for s in spans]


def test_insider_report_boilerplate_is_split_off_and_becomes_metadata():
    doc = build_document(INSIDER, source="insider.txt", doc_id="insider")
    boiler = _pieces(INSIDER, doc.boilerplate)
    assert boiler == [
        "munitions, kusong, tank plant, inspection,",
        "By Ri Chol-min - 2024.05.21 9:10am",
        "Translated by Mina Park. Edited by John Doe.",
        "Please send any comments or questions about this article to tips@example.org.",
        "Read in Korean",
    ]
    assert doc.keywords == ("munitions", "kusong", "tank plant", "inspection")
    assert doc.author == "Ri Chol-min"
    assert doc.translator == "Mina Park"
    assert (doc.outlet, doc.source_type) == ("Daily NK", "insider")
    assert doc.title == "Inspectors arrive at Kusŏng tank works"
    content = OffsetMap.build(doc.text, doc.content).clean
    assert "“They want every ledger,”" in content
    for piece in boiler:
        assert piece not in content
    assert doc.text == INSIDER                   # the original is kept as read


def test_content_and_boilerplate_partition_the_non_blank_text():
    for text in (INSIDER, NEWSPAPER, WIRE):
        doc = build_document(text, source="x", doc_id="x")
        spans = sorted(doc.content + doc.boilerplate, key=lambda s: s.start)
        for a, b in zip(spans, spans[1:]):
            assert a.end <= b.start                           # no overlap
        covered = set()
        for s in spans:
            covered.update(range(s.start, s.end))
        uncovered = "".join(c for i, c in enumerate(text) if i not in covered)
        assert uncovered.strip(" \n,") == ""                   # only whitespace falls between


def test_newspaper_page_furniture_dateline_and_email_byline_are_boilerplate():
    doc = build_document(NEWSPAPER, source="news.txt", doc_id="news")
    boiler = _pieces(NEWSPAPER, doc.boilerplate)
    assert "Go to contents" in boiler
    assert any(b.startswith("Posted November. 08, 2023") for b in boiler)
    assert any(b.startswith("Updated November. 08, 2023") for b in boiler)
    assert "Kim Min-su kms@donga.com" in boiler
    assert doc.author == "Kim Min-su"
    assert (doc.outlet, doc.source_type) == ("Dong-A Ilbo", "news")
    assert doc.title == "Plant in Kanggye ordered to stop exports, officials say"
    assert (doc.published.value, doc.published.basis) == ("2023-11-08", "stated")
    assert "Posted November. 08, 2023" in doc.published.evidence


def test_agency_dateline_is_boilerplate_gives_the_outlet_and_a_stated_date():
    doc = build_document(WIRE, source="wire.txt", doc_id="wire")
    [dateline] = _pieces(WIRE, doc.boilerplate)
    assert dateline.startswith("SEOUL, March 5 (Yonhap) --")
    assert doc.outlet == "Yonhap"
    assert doc.published.basis == "stated"
    assert doc.published.value == "XXXX-03-05"          # no year is stated: none is invented
    content = OffsetMap.build(doc.text, doc.content).clean
    assert content.startswith("North Korea test-fired")


def test_an_agency_dateline_without_a_date_is_boilerplate_too():
    text = "SEOUL (Reuters) - The North shipped more shells to Russia last month, officials said.\n"
    doc = build_document(text, source="reuters.txt", doc_id="reuters", published="2024-03-06")
    [dateline] = _pieces(text, doc.boilerplate)
    assert dateline.startswith("SEOUL (Reuters) -")
    assert OffsetMap.build(doc.text, doc.content).clean.startswith("The North shipped")


def test_body_lines_that_look_like_boilerplate_are_left_in_the_middle():
    text = ("Plant inspection report\n\n" + "\n\n".join(f"Paragraph {i} about the Kanggye plant." for i in range(12))
            + "\n\nRead in Korean\n\n" + "\n\n".join(f"More text {i}." for i in range(10)) + "\n")
    layout = analyse(text)
    # "Read in Korean" only counts among the last lines; in the middle it is content
    assert all("Read in Korean" not in text[s.start:s.end] for s in layout.boilerplate)


def test_no_tag_line_means_no_keywords():
    doc = build_document("Kanggye, the plant, it said.\nThe plant restarted.", source="x", doc_id="x")
    assert doc.keywords == ()


# -- publication date and its basis ----------------------------------------------------

def test_given_date_from_jsonl_published_wins_over_the_text(tmp_path):
    rec = {"id": "g", "text": NEWSPAPER, "published": "2023-11-09"}
    (tmp_path / "g.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    [doc] = list(iter_documents([str(tmp_path / "g.jsonl")], Settings(offline=True)))
    assert (doc.published.value, doc.published.basis) == ("2023-11-09", "given")


def test_stated_date_from_a_byline_line():
    doc = build_document(INSIDER, source="x", doc_id="x")
    assert (doc.published.value, doc.published.basis) == ("2024-05-21", "stated")


def test_inferred_date_from_the_dates_a_report_mentions():
    text = ("The factory in Hyesan was ordered to raise output. Checks began on Mar. 2 and workers were "
            "questioned. Officials said more inspections will follow later this month.\n")
    doc = build_document(text, source="x", doc_id="x")
    assert doc.published.basis == "inferred"
    assert doc.published.value == "XXXX-03"             # the month is known, the year is not
    assert "Mar. 2" in doc.published.evidence


def test_unknown_date_when_nothing_places_the_report():
    doc = build_document("The factory in Hyesan makes shell casings. Workers there are tired.\n",
                         source="x", doc_id="x")
    assert (doc.published.value, doc.published.basis) == (None, "unknown")


@pytest.mark.parametrize("given", ["", "not a date", "14/05/2025"])
def test_a_given_value_that_is_not_a_date_is_not_used(given):
    doc = build_document(WIRE, source="x", doc_id="x", published=given)
    assert doc.published.basis == "stated"


def test_bundled_undated_samples_are_inferred_or_unknown_never_stated(samples_dir):
    docs = {d.id: d for d in iter_documents([str(samples_dir)], Settings(offline=True))}
    for name in ("dailynk-undated-chongjin-129-theft", "dailynk-undated-sinpo-shipyard-security"):
        assert docs[name].published.basis in ("inferred", "unknown")
    dated = docs["dailynk-2024-03-factory71-inspection"]
    assert (dated.published.value, dated.published.basis) == ("2024-03-14", "stated")
    assert docs["kcna-2025-05-14-tank-enterprise"].published.basis == "given"


@pytest.mark.parametrize("tag_line, keywords", [
    ("munitions, kusŏng, tank plant, inspection,", ("munitions", "kusŏng", "tank plant", "inspection")),
    ("factory no. 26, kanggye, chagang,", ("factory no. 26", "kanggye", "chagang")),
    ("북한, 군수공장, 검열,", ("북한", "군수공장", "검열")),
])
def test_tag_lines_with_breves_hangul_or_numbers_are_keywords(tag_line, keywords):
    text = tag_line + "\nInspectors arrive at the tank works\n\nA source said the plant was busy on Monday.\n"
    doc = build_document(text, source="x", doc_id="x")
    assert doc.keywords == keywords
    assert doc.title == "Inspectors arrive at the tank works"
    assert _pieces(text, doc.boilerplate) == [tag_line]


@pytest.mark.parametrize("first_line", [
    "Kanggye, Chagang, munitions, plant,",                                  # capitals: a headline
    "the plant, the mill, and the yard were all busy, officials said.",     # a sentence
    "kanggye, chagang",                                                     # too few to be a tag line
])
def test_lines_that_are_not_tag_lines_stay_content(first_line):
    text = first_line + "\n\nA source said the plant was busy on Monday.\n"
    doc = build_document(text, source="x", doc_id="x")
    assert doc.keywords == ()
    assert doc.boilerplate == ()

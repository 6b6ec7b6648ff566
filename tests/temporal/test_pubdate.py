"""Publication dates: stated ones first, then inference with its evidence."""
from __future__ import annotations

from threadline.model import PublishedDate
from threadline.temporal import infer_publication_date


def test_posted_line():
    p = infer_publication_date("Go to contents\n\nTitle here\n\nPosted November. 08, 2023 08:03,\n\nBody text.")
    assert p == PublishedDate("2023-11-08", "stated", p.evidence) and "Posted" in p.evidence


def test_datelines_without_a_year():
    assert infer_publication_date("SEOUL, Oct. 5 (Yonhap) -- North Korea fired a missile.").value == "XXXX-10-05"
    p = infer_publication_date("Pyongyang, March 5 (KCNA) -- The complex raised output.")
    assert (p.value, p.basis) == ("XXXX-03-05", "stated")


def test_dateline_with_a_year_and_iso_line():
    assert infer_publication_date("SEOUL, Oct. 5, 2022 (Yonhap) -- Text.").value == "2022-10-05"
    assert infer_publication_date("Report\n2024-03-07\nThe plant shut.").value == "2024-03-07"


def test_inferred_month_and_year():
    text = ("Kim inspected factories in August of 2023. Inspections have been under way since the beginning "
            "of this month, a source said, and began on Mar. 2. Output has been raised since last June.")
    p = infer_publication_date(text)
    assert (p.value, p.basis) == ("2024-03", "inferred")
    assert "Mar. 2" in p.evidence and "August of 2023" in p.evidence


def test_inferred_month_only():
    p = infer_publication_date("In early June, factories were ordered to add guards. Earlier this year, output rose.")
    assert (p.value, p.basis) == ("XXXX-06", "inferred")
    p = infer_publication_date("News emerged late last month. A meeting was held on Aug. 30 and the train left on Sept. 1.")
    assert p.value == "XXXX-09"


def test_unknown_without_an_anchor():
    p = infer_publication_date("An order came on Oct. 1 to restart the smelters by the end of the month.")
    assert p == PublishedDate(None, "unknown", None)
    assert infer_publication_date("No dates at all here.").basis == "unknown"


def test_no_year_from_an_anniversary():
    # a dated mention earlier in the year than the report's month could be any year
    p = infer_publication_date("This month workers marked the anniversary of August 4, 1998. The meeting was held on Sept. 1.")
    assert p.value == "XXXX-09"


def test_stated_date_inside_a_sentence_is_not_the_publication_date():
    p = infer_publication_date("His work was published on March 1, 1993 in booklet form. It was reissued this month on Feb. 10.")
    assert p.basis == "inferred" and p.value == "XXXX-02"

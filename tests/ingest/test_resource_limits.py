"""Inputs built to exhaust time or memory: each ends as a named error or a bounded read (issue 15).

Peak memory of each case, in a fresh process: ``benchmarks/resource_limits.py``.
"""
from __future__ import annotations

import time

from threadline.errors import InputError
from threadline.ingest.sources import iter_documents
from threadline.settings import Settings


def _feed(items: str, doctype: str = "", title: str = "Feed") -> str:
    return f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>{title}</title>{items}</channel></rss>'


def test_a_feed_with_too_many_items_is_read_up_to_the_cap_and_says_so(tmp_path):
    items = "".join(f"<item><description>Plant {i} ran a shift.</description></item>" for i in range(5000))
    (tmp_path / "many.xml").write_text(_feed(items), encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "many.xml")], Settings(offline=True, max_feed_entries=100)))
    errors = [x for x in items if isinstance(x, InputError)]
    assert len(items) - len(errors) == 100
    [err] = errors
    assert "5000 entries; only the first 100" in err.reason and "THREADLINE_MAX_FEED_ENTRIES" in err.reason


def test_a_billion_laughs_feed_is_not_expanded(tmp_path):
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10}">' for i in range(1, 10))
    (tmp_path / "laughs.xml").write_text(_feed("<item><description>&lol9; The Kanggye plant.</description></item>",
                                               f"<!DOCTYPE lolz [{ents}]>", "&lol9;"), encoding="utf-8")
    started = time.monotonic()
    items = list(iter_documents([str(tmp_path / "laughs.xml")], Settings(offline=True)))
    assert time.monotonic() - started < 20
    for x in items:
        if not isinstance(x, InputError):
            assert len(x.text) < 1000 and "lollollol" not in x.text


def test_an_external_entity_in_a_feed_reads_no_file(tmp_path):
    (tmp_path / "secret.txt").write_text("TOP-SECRET-LINE", encoding="utf-8")
    doctype = f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{tmp_path / "secret.txt"}">]>'
    (tmp_path / "xxe.xml").write_text(_feed("<item><description>&x; The Kanggye plant.</description></item>",
                                            doctype, "&x; Feed"), encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "xxe.xml")], Settings(offline=True)))
    assert items
    for x in items:
        assert "TOP-SECRET-LINE" not in (x.reason if isinstance(x, InputError) else x.text + (x.outlet or ""))


def test_a_50_mb_single_line_is_refused_without_being_read(tmp_path):
    path = tmp_path / "line.txt"
    with open(path, "wb") as f:
        f.truncate(50_000_000)          # sparse: the size is there, the reader must not load it
    started = time.monotonic()
    [err] = list(iter_documents([str(path)], Settings(offline=True)))
    assert time.monotonic() - started < 2
    assert isinstance(err, InputError) and "over-size: 50000000 bytes" in err.reason

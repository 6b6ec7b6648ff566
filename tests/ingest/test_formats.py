"""Every input format, read offline: .txt, .html/.htm, .jsonl, RSS, Atom, and folders."""
from __future__ import annotations

import json

from threadline.errors import InputError
from threadline.ingest.formats import read_feed, read_html, read_jsonl, read_text, reader_for
from threadline.ingest.sources import iter_documents
from threadline.settings import Settings

OFFLINE = Settings(offline=True)

PAGE = """<!doctype html>
<html><head><title>Hyesan mill restarts line | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2024-06-03T09:00:00+09:00"></head>
<body><nav><a href="/">Home</a> | <a href="/nk">North Korea</a> | <a href="/subscribe">Subscribe now</a></nav>
<article><h1>Hyesan mill restarts rolling line for arms plants</h1>
<p>The Hyesan Steel Mill in Ryanggang Province restarted its second rolling line last week to supply
munitions factories, a source said on Monday.</p>
<p>According to the source, the Second Economic Committee ordered the mill to deliver 800 tons of steel
plate to plants in Chagang Province by the end of the month.</p>
<p>Workers were told that shipments to local factories would have to wait until the quota is met,
the source added.</p>
</article><footer>Copyright Example Times. All rights reserved. Terms of use.</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire - North Korea</title><link>http://example.org/</link>
<description>Test feed</description>
<item><title>Sinpo yard sealed off</title><link>http://example.org/sinpo</link>
<pubDate>Tue, 02 Apr 2024 10:00:00 +0900</pubDate>
<description>Security agents sealed off the Sinpo shipyard in South Hamgyong Province late last month, a source said.</description></item>
<item><title>Tank plant adds assembly hall</title><link>http://example.org/kusong</link>
<pubDate>Wed, 15 May 2024 08:00:00 +0900</pubDate>
<description>&lt;p&gt;A new assembly hall was completed at the tank plant in Kusong, officials said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Watch</title><id>urn:example:feed</id>
<updated>2024-07-01T00:00:00Z</updated>
<entry><title>Kanggye plant adds a night shift</title><link href="http://example.org/kanggye"/>
<id>urn:example:1</id><updated>2024-07-01T08:00:00Z</updated><published>2024-07-01T08:00:00Z</published>
<content type="html">&lt;p&gt;The tractor plant in Kanggye added a night shift to make shell casings, a source in Chagang Province said on Sunday.&lt;/p&gt;</content></entry>
</feed>"""


def _docs(items):
    return [d for d in items if not isinstance(d, InputError)]


def _errors(items):
    return [e for e in items if isinstance(e, InputError)]


def test_txt_keeps_the_original_text_exactly(tmp_path):
    text = "Kanggye plant halted\n\nThe Kanggye tractor plant stopped work on Oct. 6, officials said.\n"
    (tmp_path / "kanggye.txt").write_text(text, encoding="utf-8")
    [doc] = list(iter_documents([str(tmp_path / "kanggye.txt")], OFFLINE))
    assert doc.id == "kanggye"
    assert doc.source == str(tmp_path / "kanggye.txt")
    assert doc.text == text
    assert doc.title == "Kanggye plant halted"
    assert doc.content_hash


def test_html_and_htm_pages_give_article_text_and_page_metadata(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page2.htm").write_text(PAGE.replace("800 tons", "900 tons"), encoding="utf-8")
    docs = {d.id: d for d in _docs(iter_documents([str(tmp_path)], OFFLINE))}
    assert set(docs) == {"page", "page2"}
    for doc in docs.values():
        assert "Second Economic Committee" in doc.text
        assert "Home" not in doc.text and "All rights reserved" not in doc.text   # nav and footer dropped
        assert doc.outlet == "Example Times"
        assert doc.published.value == "2024-06-03"
        assert doc.published.basis == "given"
        assert "Hyesan" in (doc.title or "")
    assert "900 tons" in docs["page2"].text


def test_html_without_article_text_is_one_error(tmp_path):
    (tmp_path / "blank.html").write_text("<html><head><title></title></head><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    [err] = list(iter_documents([str(tmp_path / "blank.html")], OFFLINE))
    assert isinstance(err, InputError)
    assert err.source == str(tmp_path / "blank.html")
    assert "no article text" in err.reason


def test_jsonl_reads_the_contract_fields(tmp_path):
    lines = [
        {"id": "r1", "text": "Pyongyang, May 14 (KCNA) -- Kim Jong Un visited a tank plant in Kusong.",
         "published": "2025-05-14", "title": "Tank plant visit", "url": "http://example.org/r1", "outlet": "KCNA"},
        {"id": "r2", "text": "A source said the Hyesan mill restarted its second line last week.",
         "published": None, "title": None, "url": None, "outlet": None},
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs = {d.id: d for d in iter_documents([str(tmp_path / "batch.jsonl")], OFFLINE)}
    r1, r2 = docs["r1"], docs["r2"]
    assert r1.text == lines[0]["text"]
    assert (r1.title, r1.url, r1.outlet) == ("Tank plant visit", "http://example.org/r1", "KCNA")
    assert (r1.published.value, r1.published.basis) == ("2025-05-14", "given")
    assert r1.source_type == "state_media"
    assert r1.source == f"{tmp_path / 'batch.jsonl'}:1"
    assert r2.source == f"{tmp_path / 'batch.jsonl'}:2"
    assert r2.published.basis != "given"


def test_malformed_json_line_names_file_and_line_and_the_rest_are_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "The Kanggye plant added a shift."}) + "\n"
        + '{"id": "b", "text": "unterminated\n'
        + "\n"
        + json.dumps({"id": "c", "text": "   "}) + "\n"
        + json.dumps({"id": "d", "title": "no text"}) + "\n"
        + json.dumps({"id": "e", "text": "x", "published": 2024}) + "\n"
        + json.dumps({"id": "f", "text": "The Sinpo yard was sealed off."}) + "\n",
        encoding="utf-8")
    items = list(iter_documents([str(path)], OFFLINE))
    assert [d.id for d in _docs(items)] == ["a", "f"]
    errors = {e.source: e.reason for e in _errors(items)}
    assert set(errors) == {f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:6"}
    assert "malformed JSON" in errors[f"{path}:2"]
    assert "empty text" in errors[f"{path}:4"]
    assert '"text"' in errors[f"{path}:5"]
    assert '"published"' in errors[f"{path}:6"]


def test_rss_items_are_read_from_the_feed_text_when_offline(tmp_path):
    (tmp_path / "wire.xml").write_text(RSS, encoding="utf-8")
    docs = _docs(iter_documents([str(tmp_path / "wire.xml")], OFFLINE))
    assert [d.title for d in docs] == ["Sinpo yard sealed off", "Tank plant adds assembly hall"]
    sinpo, kusong = docs
    assert sinpo.url == "http://example.org/sinpo"
    assert sinpo.outlet == "Example Wire - North Korea"
    assert (sinpo.published.value, sinpo.published.basis) == ("2024-04-02", "given")
    assert sinpo.text.startswith("Security agents sealed off the Sinpo shipyard")
    assert kusong.text == "A new assembly hall was completed at the tank plant in Kusong, officials said."
    assert "<p>" not in kusong.text


def test_atom_entry_with_short_html_content_is_read(tmp_path):
    (tmp_path / "watch.atom").write_text(ATOM, encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "watch.atom")], OFFLINE))
    assert _errors(items) == []
    [doc] = items
    assert doc.title == "Kanggye plant adds a night shift"
    assert doc.outlet == "Example Watch"
    assert doc.url == "http://example.org/kanggye"
    assert doc.published.value == "2024-07-01"
    assert doc.text.startswith("The tractor plant in Kanggye added a night shift")


def test_unreadable_feed_is_one_error(tmp_path):
    (tmp_path / "broken.rss").write_text("Not a feed at all: <<< & >>>", encoding="utf-8")
    items = list(iter_documents([str(tmp_path / "broken.rss")], OFFLINE))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "RSS/Atom" in items[0].reason


def test_folders_are_read_recursively_and_skip_other_files(tmp_path):
    (tmp_path / "a" / "b" / "c").mkdir(parents=True)
    (tmp_path / "top.txt").write_text("The Hyesan mill restarted.", encoding="utf-8")
    (tmp_path / "a" / "b" / "c" / "deep.txt").write_text("The Sinpo yard was sealed off.", encoding="utf-8")
    (tmp_path / "a" / "page.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a" / "b" / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "a" / "notes.docx").write_bytes(b"PK\x03\x04 not a report")
    (tmp_path / "a" / ".hidden.txt").write_text("Hidden draft.", encoding="utf-8")
    items = list(iter_documents([str(tmp_path)], OFFLINE))
    assert _errors(items) == []
    titles_or_ids = sorted(d.id for d in items if d.source.startswith(str(tmp_path)))
    assert titles_or_ids == ["deep", "page", "top"]
    assert sum(1 for d in items if d.url and d.url.startswith("http://example.org/")) == 2


def test_bundled_samples_read_in_every_format(samples_dir):
    items = list(iter_documents([str(samples_dir)], OFFLINE))
    assert _errors(items) == []
    docs = _docs(items)
    assert len(docs) == 18          # 12 .txt, 1 .html, 3 RSS items, 2 JSONL lines
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d.source.rsplit(".", 1)[-1].split(":")[0], []).append(d)
    assert len(by_kind["txt"]) == 12
    assert len(by_kind["html"]) == 1
    assert len(by_kind["jsonl"]) == 2
    assert len([d for d in docs if d.url and "yna.co.kr" in d.url]) == 3
    html = by_kind["html"][0]
    # og:site_name says "The DONG-A ILBO": it is the same outlet as the Dong-A .txt report
    assert (html.outlet, html.published.value) == ("Dong-A Ilbo", "2025-06-11")
    feed_items = [d for d in docs if d.url and "yna.co.kr" in d.url]
    assert {d.outlet for d in feed_items} == {"Yonhap"}     # the feed title names Yonhap News Agency
    assert {d.outlet for d in docs if d.id.startswith("donga-")} == {"Dong-A Ilbo"}


def test_an_outlet_given_in_metadata_is_named_as_the_domain_pack_names_it(tmp_path):
    lines = [{"id": "a", "text": "The plant in Kanggye stopped work.", "outlet": "The DONG-A ILBO"},
             {"id": "b", "text": "The plant in Kanggye stopped work again.", "outlet": "Example Gazette"}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    docs = {d.id: d for d in iter_documents([str(tmp_path / "b.jsonl")], OFFLINE)}
    assert (docs["a"].outlet, docs["a"].source_type) == ("Dong-A Ilbo", "news")
    assert (docs["b"].outlet, docs["b"].source_type) == ("Example Gazette", None)


def test_reader_is_chosen_by_extension_then_content_type_then_sniffing():
    assert reader_for("a.txt", b"x") is read_text
    assert reader_for("a.HTM", b"x") is read_html
    assert reader_for("a.ndjson", b"{}") is read_jsonl
    assert reader_for("a.atom", b"<feed/>") is read_feed
    assert reader_for("http://x/feed", b"<?xml version='1.0'?><rss version='2.0'>") is read_feed
    assert reader_for("http://x/page", b"ok", "text/html; charset=utf-8") is read_html
    assert reader_for("http://x/page?id=1", b"<!DOCTYPE html><html></html>") is read_html
    assert reader_for("http://x/page", b"plain words") is read_text


UNDATED_PAGE = """<!doctype html><html><head><title>Hyesan mill</title></head><body>
<article><h1>Hyesan mill restarts rolling line for arms plants</h1>
{posted}
<p>The Hyesan Steel Mill in Ryanggang Province restarted its second rolling line to supply munitions
factories, a source said on Monday.</p>
<p>According to the source, the Second Economic Committee ordered the mill to deliver 800 tons of steel
plate to plants in Chagang Province, and the mill, first built in 1971, is working two shifts.</p>
</article><footer>Copyright 2019 Example Times. All rights reserved.</footer></body></html>"""


def test_a_page_without_a_date_in_its_markup_gets_no_invented_date(tmp_path):
    (tmp_path / "undated.html").write_text(UNDATED_PAGE.format(posted=""), encoding="utf-8")
    [doc] = list(iter_documents([str(tmp_path / "undated.html")], OFFLINE))
    # not 2019-01-01 from the footer's copyright year
    assert (doc.published.value, doc.published.basis) == (None, "unknown")


def test_a_page_whose_text_states_its_date_is_stated(tmp_path):
    (tmp_path / "posted.html").write_text(UNDATED_PAGE.format(posted="<p>Posted March 5, 2023</p>"), encoding="utf-8")
    [doc] = list(iter_documents([str(tmp_path / "posted.html")], OFFLINE))
    assert (doc.published.value, doc.published.basis) == ("2023-03-05", "stated")

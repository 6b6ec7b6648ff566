"""Inputs that once crashed or fooled the reader (issue 15): each is one named failure, or read right,
and the rest of the batch is read."""
from __future__ import annotations

import json
import os
import time

import pytest

from threadline.errors import InputError
from threadline.ingest.decode import decode_bytes
from threadline.ingest.language import detect_language
from threadline.ingest.sources import iter_documents
from threadline.settings import Settings

OFFLINE = Settings(offline=True)
GOOD = "The Kanggye General Tractor Plant added a third shift last week, a source in Chagang Province said."


def _split(items):
    items = list(items)
    return ([d for d in items if not isinstance(d, InputError)],
            {e.source: e.reason for e in items if isinstance(e, InputError)})


# -- devices, pipes and streams ------------------------------------------------------------------

@pytest.mark.parametrize("device", ["/dev/zero", "/dev/stdin", "/dev/urandom"])
def test_a_device_is_refused_without_reading_it(device, tmp_path):
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    started = time.monotonic()
    docs, errors = _split(iter_documents([device, str(tmp_path / "good.txt")], OFFLINE))
    assert time.monotonic() - started < 10
    assert [d.id for d in docs] == ["good"]
    reason = errors[device]
    assert "not a file" in reason or "not a regular file" in reason


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    # Opening a FIFO for reading blocks until a writer comes; a writer that opens
    # and closes at once lets the old code's read return instead of hanging the test.
    import threading

    def writer():
        time.sleep(0.5)
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        except OSError:
            pass

    threading.Thread(target=writer, daemon=True).start()
    [err] = list(iter_documents([str(fifo)], OFFLINE))
    assert isinstance(err, InputError) and err.source == str(fifo)
    assert "FIFO" in err.reason


# -- JSON Lines ------------------------------------------------------------------------------

def _jsonl(tmp_path, *records, name="batch.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("record, what", [
    ({"id": "x", "text": GOOD, "outlet": 5}, '"outlet" must be a string or null, not int'),
    ({"id": "x", "text": GOOD, "title": ["a", "b"]}, '"title" must be a string or null, not list'),
    ({"id": "x", "text": GOOD, "url": {"href": "x"}}, '"url" must be a string or null, not dict'),
    ({"id": True, "text": GOOD}, '"id" must be a string or a number, not bool'),
    ({"id": "x", "text": GOOD, "published": "2011-13-45"}, '"published" must be a real date'),
    ({"id": "x", "text": GOOD, "published": "2011-02-30"}, '"published" must be a real date'),
    ({"id": "x", "text": "\u200b\u2003\u3000 \ufeff"}, "empty text"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
])
def test_a_bad_jsonl_record_is_one_failure_and_the_next_is_read(tmp_path, record, what):
    path = _jsonl(tmp_path, record, {"id": "ok", "text": GOOD})
    docs, errors = _split(iter_documents([path], OFFLINE))
    assert [d.id for d in docs] == ["ok"]
    assert list(errors) == [f"{path}:1"]
    assert what in errors[f"{path}:1"]


def test_the_size_cap_applies_to_each_jsonl_record_not_to_the_file(tmp_path):
    records = [{"id": f"r{i}", "text": f"Report {i}. " + GOOD} for i in range(8)]
    records.insert(3, {"id": "huge", "text": "The plant ran around the clock. " * 200})
    path = _jsonl(tmp_path, *records)
    assert os.path.getsize(path) > 3 * 1000
    docs, errors = _split(iter_documents([path], Settings(offline=True, max_bytes=1000)))
    assert [d.id for d in docs] == [f"r{i}" for i in range(8)]
    assert list(errors) == [f"{path}:4"]
    assert "over-size record" in errors[f"{path}:4"]


def test_a_jsonl_record_with_nul_keeps_its_offsets_and_has_no_nul(tmp_path):
    text = "The plant\x00 in Kanggye added a shift."
    path = _jsonl(tmp_path, {"id": "nul", "text": text, "title": "A\x00B"})
    [doc] = list(iter_documents([path], OFFLINE))
    assert "\x00" not in doc.text and "\x00" not in doc.title
    assert len(doc.text) == len(text) and doc.text.index("Kanggye") == text.index("Kanggye")


# -- text that is no text, or is text in disguise -----------------------------------------------

@pytest.mark.parametrize("body", ["\u2003\u2002\u3000\n\u00a0", "\u200b\u200c\u200d\u2060\ufeff", " \t\n.,;- \u200b"])
def test_a_file_of_only_unicode_spaces_or_zero_width_characters_is_empty(tmp_path, body):
    (tmp_path / "blank.txt").write_text(body, encoding="utf-8")
    [err] = list(iter_documents([str(tmp_path / "blank.txt")], OFFLINE))
    assert isinstance(err, InputError) and "empty" in err.reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_text(codec):
    text, encoding = decode_bytes(GOOD.encode(codec), "report.txt")
    assert text == GOOD and encoding == codec
    korean = "김정은 동지께서 성진제강련합기업소를 현지지도하시였다. " + GOOD
    assert decode_bytes(korean.encode(codec), "k.txt")[0] == korean


def test_binary_with_nul_bytes_is_still_binary():
    with pytest.raises(InputError) as info:
        decode_bytes(bytes(range(256)) * 20, "blob.txt")
    assert "binary" in info.value.reason


def test_a_mixed_korean_and_english_report_is_read_as_english():
    korean = "김정은 동지께서 성진제강련합기업소를 현지지도하시였다. 로동자들은 생산을 늘이였다. " * 3
    english = ("Kim Jong Un visited the Songjin Steel Complex, where the workers said that the output of "
               "steel was raised in the first half of the year and that the plant is ready for more. ")
    assert detect_language(korean) == "ko"
    assert detect_language(korean + "\n\n" + english) == "en"
    assert detect_language(korean + "\n\nKCNA, Pyongyang.") == "ko"


# -- URLs that are not http(s) --------------------------------------------------------------------

def test_file_urls_are_named_as_unsupported_not_as_missing(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    url = (tmp_path / "a.txt").as_uri()
    [err] = list(iter_documents([url], OFFLINE))
    assert "only http and https" in err.reason and "give the file's path itself" in err.reason


# -- pages built to keep the parser busy --------------------------------------------------------

def test_a_page_that_keeps_the_parser_busy_hits_the_read_deadline_and_the_next_is_read(tmp_path):
    (tmp_path / "a-busy.html").write_text("<html><body>" + "<p>Kanggye plant.</p>" * 200_000 + "</body></html>",
                                          encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    started = time.monotonic()
    docs, errors = _split(iter_documents([str(tmp_path)], Settings(offline=True, read_deadline=1.0)))
    took = time.monotonic() - started
    assert [d.id for d in docs] == ["b-good"]
    reason = errors[str(tmp_path / "a-busy.html")]
    assert "took longer than 1 s" in reason and "THREADLINE_READ_DEADLINE" in reason
    assert took < 15


def test_html_nested_100000_levels_deep_is_one_result_in_bounded_time(tmp_path):
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "Kanggye plant news." +
                                        "</div>" * 100_000 + "</body></html>", encoding="utf-8")
    started = time.monotonic()
    items = list(iter_documents([str(tmp_path / "deep.html")], Settings(offline=True, read_deadline=20.0)))
    assert time.monotonic() - started < 30
    assert len(items) == 1          # a document or one named failure, never a crash
    if isinstance(items[0], InputError):
        assert items[0].source == str(tmp_path / "deep.html")


# -- the shared KCNA corpus: 14 MB of JSON Lines, each record far under the cap ------------------

KCNA = __import__("pathlib").Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "kcna-2011.jsonl"


@pytest.mark.skipif(not KCNA.exists(), reason="the shared KCNA corpus is not here")
def test_the_kcna_corpus_is_read_record_by_record_though_the_file_is_over_the_cap():
    from itertools import islice
    assert KCNA.stat().st_size > Settings().max_bytes
    first = list(islice(iter_documents([str(KCNA)], OFFLINE), 300))
    assert not [x for x in first if isinstance(x, InputError)]
    assert first[0].id.startswith("kcna-2011-") and first[0].source == f"{KCNA}:1"


@pytest.mark.slow
@pytest.mark.skipif(not KCNA.exists(), reason="the shared KCNA corpus is not here")
def test_the_whole_kcna_corpus_reads_in_bounded_memory():
    import resource
    n = sum(1 for x in iter_documents([str(KCNA)], OFFLINE) if not isinstance(x, InputError))
    assert n == 11_221
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000     # KiB

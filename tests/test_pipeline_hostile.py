"""pipeline.run against inputs and faults that once ended the whole run (issue 15)."""
from __future__ import annotations

import json

import pytest

from threadline import pipeline
from threadline.errors import StoreError
from threadline.settings import Settings
from threadline.store import open_store
from tests.helpers import doc_from

PLACES = ["Kanggye", "Hyesan", "Sinpo", "Kusong", "Nampo", "Chongjin", "Hamhung", "Wonsan"]


def _long_report(paragraphs: int) -> str:
    """A report of our own, many paragraphs long, a place and a date in each."""
    out = ["Factories told to raise output"]
    for i in range(paragraphs):
        place = PLACES[i % len(PLACES)]
        out.append(f"A source in {place} said on March {1 + i % 28} that the machine plant in {place} was "
                   f"ordered to raise the output of shell casings by {10 + i} percent. Workers at the plant "
                   f"were told to stay for night shifts until the end of the quarter, the source added.")
    return "\n\n".join(out) + "\n"


def _spans(x):
    return sorted((m.start, m.end, m.text, m.entity_id) for m in x.mentions)


def test_a_report_longer_than_spacys_max_length_is_read_in_sections_with_exact_offsets():
    text = _long_report(60)
    assert len(text) > 12_000
    document = doc_from(text, doc_id="long")
    whole = next(iter(pipeline.Extractor(Settings(offline=True)).extract([document])))
    split_ex = pipeline.Extractor(Settings(offline=True, section_chars=3000))
    # What spaCy refuses (E088) is any text over max_length: set it below the report's length.
    split_ex.nlp.max_length = 3100
    parts = next(iter(split_ex.extract([document])))
    for m in parts.mentions:
        assert text[m.start:m.end] == m.text
    for t in parts.timexes:
        assert text[t.start:t.end] == t.text
    for e in parts.events:
        for s in e.evidence:
            assert 0 <= s.start < s.end <= len(text)
    assert max(m.start for m in parts.mentions) > len(text) - 400      # the last section was read
    # Cut at paragraph breaks, the sections find what the whole report gives.
    assert _spans(parts) == _spans(whole)
    assert sorted((t.start, t.value) for t in parts.timexes) == sorted((t.start, t.value) for t in whole.timexes)
    assert sorted(e.id for e in parts.events) == sorted(e.id for e in whole.events)


@pytest.mark.slow
def test_a_report_over_a_million_characters_is_stored(tmp_path):
    """The real thing (slow: minutes): a text over spaCy's default max_length of 1,000,000."""
    text = _long_report(4400)
    assert len(text) > 1_000_000
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    with open_store(str(tmp_path / "kb.db")) as store:
        report = pipeline.run([str(tmp_path)], Settings(offline=True), store)
        assert report.ok and report.stored == 1
        assert store.count("mentions") > 4400


def test_a_report_that_trips_a_bug_is_one_failure_and_the_batch_is_kept(tmp_path, store, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Report {name}: the Kanggye plant added a shift last week.",
                                              encoding="utf-8")
    real = pipeline.extract_events

    def buggy(document, *args, **kwargs):
        if document.id == "b":
            raise IndexError("list index out of range")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_events", buggy)
    report = pipeline.run([str(tmp_path)], Settings(offline=True, batch_size=8), store)
    assert report.stored == 2 and {d.id for d in store.documents()} == {"a", "c"}
    [failure] = report.failures
    assert failure.source == str(tmp_path / "b.txt")
    assert "internal error while analysing it (IndexError" in failure.reason
    assert [s for s, _, _ in store.failures()] == [failure.source]


def test_a_report_the_database_refuses_is_one_failure_and_the_batch_is_kept(tmp_path, store, monkeypatch):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Report {name}: the Hyesan mill restarted a line.", encoding="utf-8")
    real = store.save_extractions

    class DataError(Exception):
        pass

    def refuse_b(items, signatures=None):
        if any(x.document.id == "b" for x in items):
            try:
                raise DataError("value too long for type character varying(64)")
            except DataError as cause:
                raise StoreError("saving a batch of extractions failed (db): value too long") from cause
        return real(items, signatures)

    monkeypatch.setattr(store, "save_extractions", refuse_b)
    report = pipeline.run([str(tmp_path)], Settings(offline=True, batch_size=8), store)
    assert report.stored == 2 and {d.id for d in store.documents()} == {"a", "c"}
    [failure] = report.failures
    assert failure.source == str(tmp_path / "b.txt") and "could not be stored (value too long)" in failure.reason


def test_a_lost_database_connection_still_ends_the_run(tmp_path, store, monkeypatch):
    (tmp_path / "a.txt").write_text("The Hyesan mill restarted a line.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The Kanggye plant added a shift.", encoding="utf-8")

    class OperationalError(Exception):
        pass

    calls = []
    monkeypatch.setattr(pipeline, "SAVE_RETRY_WAITS", (0, 0.01))

    def gone(items, signatures=None):
        calls.append(len(items))
        try:
            raise OperationalError("server closed the connection unexpectedly")
        except OperationalError as cause:
            raise StoreError("saving a batch of extractions failed (db): server closed") from cause

    monkeypatch.setattr(store, "save_extractions", gone)
    with pytest.raises(StoreError):
        pipeline.run([str(tmp_path)], Settings(offline=True, batch_size=8), store)
    assert calls == [2, 2, 2]         # tried again twice, never one report at a time


def test_a_batch_is_saved_once_the_database_is_back(tmp_path, store, monkeypatch):
    (tmp_path / "a.txt").write_text("The Hyesan mill restarted a line.", encoding="utf-8")
    monkeypatch.setattr(pipeline, "SAVE_RETRY_WAITS", (0, 0, 0))
    real, calls = store.save_extractions, []

    class OperationalError(Exception):
        pass

    def flaky(items, signatures=None):
        calls.append(1)
        if len(calls) < 3:
            try:
                raise OperationalError("the database system is shutting down")
            except OperationalError as cause:
                raise StoreError("saving a batch of extractions failed (db): shutting down") from cause
        return real(items, signatures)

    monkeypatch.setattr(store, "save_extractions", flaky)
    report = pipeline.run([str(tmp_path)], Settings(offline=True), store)
    assert report.ok and report.stored == 1 and len(calls) == 3


def test_a_report_stored_by_another_process_meanwhile_counts_as_already_stored(tmp_path):
    (tmp_path / "a.txt").write_text("The Hyesan mill restarted a line last week.", encoding="utf-8")
    path = str(tmp_path / "kb.db")
    with open_store(path) as mine, open_store(path) as theirs:
        real = mine.save_extractions

        def racing(items, signatures=None):
            theirs.save_extractions(items, signatures)       # the other ingest commits first
            return real(items, signatures)

        mine.save_extractions = racing
        report = pipeline.run([str(tmp_path)], Settings(offline=True), mine)
        assert (report.read, report.stored, report.unchanged) == (1, 0, 1)
        assert mine.count("documents") == 1


def test_jsonl_with_wrongly_typed_fields_and_nul_is_stored_on_every_backend(tmp_path, any_store):
    lines = [{"id": "n1", "text": "The Kanggye\x00 plant added a shift.", "title": "Shift\x00"},
             {"id": "bad", "text": "The Sinpo yard was sealed.", "outlet": 5},
             {"id": "n2", "text": "The Hyesan mill restarted a line.", "title": ["x"]},
             {"id": "ok", "text": "The Nampo port was closed."}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    report = pipeline.run([str(tmp_path / "in.jsonl")], Settings(offline=True), any_store)
    assert {d.id for d in any_store.documents()} == {"n1", "ok"}
    assert sorted(f.source.rsplit(":", 1)[1] for f in report.failures) == ["2", "3"]
    stored = any_store.get_document("n1")
    assert stored.text == "The Kanggye\ufffd plant added a shift." and stored.title == "Shift\ufffd"

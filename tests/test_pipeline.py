"""pipeline.run: idempotent re-ingest, crash-resume, and bad items that do not stop the batch."""
from __future__ import annotations

import pytest

from threadline import pipeline
from threadline.errors import InputError
from threadline.settings import Settings
from threadline.store import open_store
from threadline.store.base import Store
from threadline.store.connect import engine_for
from threadline.store.migrations import migrate

TABLES = ("documents", "entities", "mentions", "events", "timexes", "event_entities", "signatures")


def _counts(store):
    return {t: store.count(t) for t in TABLES}


def _per_document(store):
    """What is stored for each document: (mentions, timexes, events)."""
    return {d.id: (len(store.mentions(doc_id=d.id)), len(store.timexes(d.id)), len(store.events(doc_id=d.id)))
            for d in store.documents()}


@pytest.fixture(scope="module")
def reference(samples_kb):
    """Counts from one clean, uninterrupted run over the samples."""
    with open_store(samples_kb) as s:
        return _counts(s), _per_document(s)


def test_samples_are_stored_with_their_extractions(reference):
    counts, per_doc = reference
    assert counts["documents"] == 18 == len(per_doc)
    assert counts["signatures"] == 18
    assert all(mentions > 0 for mentions, _, _ in per_doc.values())
    assert sum(events for _, _, events in per_doc.values()) == counts["events"] > 0


def test_re_ingesting_the_same_reports_stores_nothing_new(samples_kb_copy, samples_dir, reference):
    with open_store(samples_kb_copy) as s:
        report = pipeline.run([str(samples_dir)], Settings(offline=True, batch_size=5), s)
        assert (report.read, report.stored, report.unchanged, report.near_duplicates) == (18, 0, 18, 0)
        assert report.ok
        assert _counts(s) == reference[0]


def test_re_ingesting_a_report_whose_whitespace_changed_stores_nothing_new(tmp_path, store):
    text = "The Hyesan Steel Mill restarted its second rolling line last week, a source said.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    first = pipeline.run([str(tmp_path / "a.txt")], Settings(offline=True), store)
    (tmp_path / "a.txt").write_text(text.replace(" ", "  ").replace("\n", "\r\n"), encoding="utf-8")
    again = pipeline.run([str(tmp_path / "a.txt")], Settings(offline=True), store)
    assert (first.stored, again.stored, again.unchanged) == (1, 0, 1)
    assert store.count("documents") == 1


def test_same_file_name_with_different_text_in_two_folders_keeps_both(tmp_path, store):
    for folder, place in (("one", "Hyesan"), ("two", "Kanggye")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(
            f"The plant in {place} was ordered to raise output of shell casings, a source said.\n", encoding="utf-8")
    report = pipeline.run([str(tmp_path)], Settings(offline=True), store)
    assert report.stored == 2
    docs = store.documents()
    assert len({d.id for d in docs}) == 2
    assert {d.source for d in docs} == {str(tmp_path / "one" / "report.txt"), str(tmp_path / "two" / "report.txt")}
    assert docs[0].id == "report" and docs[1].id.startswith("report-")
    # and a second run keeps them as they are
    again = pipeline.run([str(tmp_path)], Settings(offline=True), store)
    assert (again.stored, again.unchanged) == (0, 2)
    assert store.count("documents") == 2


def test_same_text_in_two_files_is_stored_once(tmp_path, store):
    text = "The Sinpo shipyard was sealed off by state security agents late last month, a source said.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    report = pipeline.run([str(tmp_path)], Settings(offline=True), store)
    assert (report.read, report.stored, report.unchanged, report.near_duplicates) == (2, 1, 1, 0)
    assert store.count("documents") == 1


def test_bad_items_are_reported_one_line_each_and_the_rest_is_stored(tmp_path, store):
    (tmp_path / "good.txt").write_text("The Hyesan Steel Mill restarted a rolling line last week.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "lines.jsonl").write_text('{"id": "j1", "text": "The Kanggye plant added a shift."}\n{oops\n',
                                          encoding="utf-8")
    seen = []
    report = pipeline.run([str(tmp_path), str(tmp_path / "missing.txt")], Settings(offline=True), store,
                          progress=lambda kind, payload: seen.append(kind))
    assert not report.ok
    assert sorted(f.source for f in report.failures) == sorted([
        str(tmp_path / "empty.txt"), str(tmp_path / "image.txt"), f"{tmp_path / 'lines.jsonl'}:2",
        str(tmp_path / "missing.txt")])
    assert all(isinstance(f, InputError) and f.reason for f in report.failures)
    assert {d.id for d in store.documents()} == {"good", "j1"}
    assert report.stored == 2
    assert sorted(s for s, _, _ in store.failures()) == sorted(f.source for f in report.failures)
    assert seen.count("failure") == 4 and seen.count("document") == 2 and "stored" in seen


def _assert_complete(store, reference):
    """Every stored document has exactly what a clean run stores for it; nothing else is stored."""
    counts, per_doc = reference
    stored = _per_document(store)
    for doc_id, row in stored.items():
        assert row == per_doc[doc_id], doc_id
    assert store.count("signatures") == len(stored)
    return stored


def test_ctrl_c_mid_run_then_resume_stores_every_report_once(samples_dir, tmp_path, reference):
    path = str(tmp_path / "kb.db")
    settings = Settings(offline=True, batch_size=2)
    read = []

    def interrupt_after_five(kind, payload):
        if kind == "document":
            read.append(payload.id)
            if len(read) == 5:
                raise KeyboardInterrupt

    with open_store(path) as s:
        with pytest.raises(KeyboardInterrupt):
            pipeline.run([str(samples_dir)], settings, s, progress=interrupt_after_five)
        stored = _assert_complete(s, reference)
        assert set(stored) == set(read[:4])          # two whole batches; the batch in flight is lost
    with open_store(path) as s:
        report = pipeline.run([str(samples_dir)], settings, s)
        assert (report.unchanged, report.stored) == (4, 14)
        stored = _assert_complete(s, reference)
        assert len(stored) == 18
        assert _counts(s) == reference[0]


class FailingStore(Store):
    """A real SQLite store that dies while writing the second batch's children, after the batch's
    document rows went in (a crash mid-batch)."""

    fail_at = 2

    def __init__(self, engine, error: BaseException):
        super().__init__(engine)
        self.calls = 0
        self.error = error

    def _write_children(self, conn, items, redirects):
        self.calls += 1
        if self.calls == self.fail_at:
            raise self.error
        super()._write_children(conn, items, redirects)


@pytest.mark.parametrize("error", [RuntimeError("simulated crash"), KeyboardInterrupt()])
def test_a_crash_inside_a_batch_leaves_no_half_written_document(samples_dir, tmp_path, reference, error):
    path = str(tmp_path / "kb.db")
    engine = engine_for(path)
    migrate(engine)
    failing = FailingStore(engine, error)
    settings = Settings(offline=True, batch_size=2)
    with pytest.raises(type(error)):
        pipeline.run([str(samples_dir)], settings, failing)
    failing.close()
    with open_store(path) as s:
        # the first batch is stored whole; the second batch's documents, written before its
        # children failed in the same transaction, were rolled back with it
        assert s.count("documents") == 2
        stored = _assert_complete(s, reference)
        assert s.count("mentions") == sum(per[0] for per in stored.values())
        assert s.count("events") == sum(per[2] for per in stored.values())
        report = pipeline.run([str(samples_dir)], settings, s)
        assert (report.unchanged, report.stored) == (2, 16)
        assert len(_assert_complete(s, reference)) == 18
        assert _counts(s) == reference[0]


def test_extract_documents_reads_without_storing(tmp_path):
    (tmp_path / "a.txt").write_text("The Kanggye plant in Chagang Province added a night shift last week.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    failures = []
    out = list(pipeline.extract_documents([str(tmp_path)], Settings(offline=True), failures.append))
    assert [x.document.id for x in out] == ["a"]
    assert [f.source for f in failures] == [str(tmp_path / "b.txt")]
    assert any(m.text == "Kanggye" for m in out[0].mentions)


def test_a_dateline_date_is_a_timex_of_the_text_but_dates_no_event(tmp_path):
    text = ("PYONGYANG, March 2 (KCNA) -- Kim Jong Un inspected the Kanggye General Tractor Plant "
            "on Tuesday, KCNA said.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (out,) = pipeline.extract_documents([str(tmp_path)], Settings(offline=True))
    dateline = text.index("March 2")
    first = out.timexes[0]
    assert (first.start, first.end, first.text) == (dateline, dateline + len("March 2"), "March 2")
    assert [t.start for t in out.timexes] == sorted(t.start for t in out.timexes)
    assert out.events and all(e.when != first.value for e in out.events)


def test_a_report_not_in_english_is_stored_without_extraction(tmp_path, store):
    (tmp_path / "es.txt").write_text(
        "El Dirigente visito el Complejo Siderurgico de Songjin y elogio a los obreros por el aumento de la "
        "produccion de acero con combustible nacional, segun informo la agencia de noticias.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Kim Jong Un inspected the Kanggye General Tractor Plant on Tuesday.\n",
                                     encoding="utf-8")
    report = pipeline.run([str(tmp_path)], Settings(offline=True), store)
    assert (report.stored, report.not_english, report.failures) == (2, 1, [])
    docs = {d.id: d for d in store.documents()}
    assert docs["es"].language == "es" and docs["en"].language == "en"
    assert store.mentions(doc_id="es") == [] and store.events(doc_id="es") == []
    assert store.mentions(doc_id="en") and store.events(doc_id="en")

"""Near-duplicates: syndicated copies and light edits are linked, not counted as new sources."""
from __future__ import annotations

from dataclasses import replace

from threadline import pipeline
from threadline.analyze.happenings import origin as source_key
from threadline.ingest import dedup
from threadline.settings import Settings
from threadline.store import open_store

BODY = ("A source in Chagang Province said on Friday that the tractor plant in Kanggye has been told to make "
        "shell casings for the Second Economic Committee until the end of the year. Workers were moved from the "
        "repair shop to the casing line, and a new night shift began last week. The source said managers were "
        "warned that anyone who falls behind the quota would be sent to a labor camp. Trucks leave the plant "
        "every night for the railway station, where the casings are loaded onto freight cars bound for the port "
        "of Rajin. Residents say the plant has not been this busy since the famine years.")


def test_signatures_round_trip_and_estimate_similarity():
    a = dedup.signature(BODY)
    b = dedup.from_bytes(dedup.to_bytes(a))
    assert a.jaccard(b) == 1.0
    light_edit = dedup.signature(BODY.replace("Chagang", "Jagang").replace("new night shift", "second night shift"))
    other = dedup.signature("The Sinpo shipyard was sealed off by state security agents, and fishing was banned "
                            "along the coast until further notice, residents said on Monday.")
    assert a.jaccard(light_edit) > 0.7
    assert a.jaccard(other) < 0.2


def test_index_finds_the_earlier_copy_only_above_the_threshold():
    index = dedup.NearDuplicateIndex(0.7)
    index.add("original", dedup.signature(BODY))
    assert index.find(dedup.signature(BODY.replace("Friday", "Saturday"))) == "original"
    assert index.find(dedup.signature("An entirely different report about the Sohae launch site and "
                                      "its new engine test stand near the coast.")) is None


def test_a_lightly_edited_copy_is_linked_to_the_original(tmp_path, store):
    (tmp_path / "a-original.txt").write_text("Kanggye plant turns to shell casings\n\n" + BODY + "\n", encoding="utf-8")
    (tmp_path / "b-copy.txt").write_text(
        "REPUBLISHED | Partner content\nKanggye plant turns to shell casings\n\n"
        + BODY.replace("Chagang", "Jagang").replace("labor camp", "labour camp")
        + "\n\n(c) 2024 Example Syndicate. All rights reserved.\n", encoding="utf-8")
    (tmp_path / "c-other.txt").write_text("The Sinpo shipyard was sealed off by state security agents late last "
                                          "month, and fishing was banned along the coast.\n", encoding="utf-8")
    report = pipeline.run([str(tmp_path)], Settings(offline=True), store)
    assert (report.stored, report.near_duplicates) == (3, 1)
    docs = {d.id: d for d in store.documents()}
    assert docs["b-copy"].near_duplicate_of == "a-original"
    assert docs["a-original"].near_duplicate_of is None
    assert docs["c-other"].near_duplicate_of is None


def test_a_copy_ingested_in_a_later_run_is_linked_to_the_stored_original(tmp_path, store):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "original.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "two" / "copy.txt").write_text(BODY.replace("Friday", "Thursday"), encoding="utf-8")
    pipeline.run([str(tmp_path / "one")], Settings(offline=True), store)
    report = pipeline.run([str(tmp_path / "two")], Settings(offline=True), store)
    assert report.near_duplicates == 1
    assert store.get_document("copy").near_duplicate_of == "original"


def test_bundled_syndicated_copy_is_linked_and_counted_as_one_source(samples_kb):
    with open_store(samples_kb) as s:
        docs = {d.id: d for d in s.documents()}
        original = docs["dailynk-2024-07-hyesan-steel-munitions"]
        copy = docs["koreawatchwire-2024-07-hyesan-steel-syndicated"]
        assert copy.near_duplicate_of == original.id
        assert original.near_duplicate_of is None
        assert [d.id for d in docs.values() if d.near_duplicate_of] == [copy.id]
        # A claim carried by the copy counts as the original's source: the key follows the
        # near-duplicate link, whatever outlet the copy's own page names.
        relabelled = replace(copy, outlet="Korea Watch Wire")
        docs[copy.id] = relabelled
        orig_events = s.events(doc_id=original.id)
        assert orig_events
        for e in orig_events:
            assert source_key(e, relabelled, docs) == source_key(e, original, docs)
            assert "Daily NK" in source_key(e, relabelled, docs)
            unlinked = replace(relabelled, near_duplicate_of=None)
            assert "Korea Watch Wire" in source_key(e, unlinked, docs)

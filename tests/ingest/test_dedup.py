"""Near-duplicates: syndicated copies and light edits are linked, not counted as new sources."""
from __future__ import annotations

from dataclasses import replace

import pytest

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


def test_signatures_are_datasketch_minhashes_of_the_shingles():
    # Stored signatures of earlier runs must stay comparable with today's: the shared
    # permutations give the values a MinHash drawing its own would give.
    from datasketch import MinHash
    own = MinHash(num_perm=dedup.NUM_PERM, scheme=dedup.SCHEME)
    own.update_batch([s.encode("utf-8") for s in dedup.shingles(BODY)])
    assert (dedup.signature(BODY).hashvalues == own.hashvalues).all()
    assert (dedup.from_bytes(dedup.to_bytes(own)).hashvalues == own.hashvalues).all()


@pytest.mark.parametrize("copies", [3, 20])      # a short candidate list and a long one
def test_of_equally_similar_copies_the_first_added_is_found(copies):
    # Whatever Python's hash seed (the LSH returns its candidates as a set), so that a
    # copy is linked to the same report on every run.
    index = dedup.NearDuplicateIndex(0.7)
    ids = [f"copy-{n:02d}" for n in range(copies, 0, -1)]
    for doc_id in ids:
        index.add(doc_id, dedup.signature(BODY))
    index.add(ids[0], dedup.signature("A report added again under an id already stored is ignored."))
    assert len(index) == copies
    assert index.find(dedup.signature(BODY.replace("Friday", "Thursday"))) == ids[0]


def test_a_long_candidate_list_is_confirmed_by_each_candidates_estimate():
    # Reports that share an outlet's footer the boilerplate rules do not know are each
    # other's LSH candidates; only a real copy may be found among them.
    import random
    rng = random.Random(1)
    vocab = sorted(set(BODY.lower().replace(".", "").replace(",", "").split()))
    footer = " ".join(rng.choice(vocab) for _ in range(50))
    texts = {f"r{n:03d}": " ".join(rng.choice(vocab) for _ in range(20)) + " " + footer for n in range(200)}
    index = dedup.NearDuplicateIndex(0.7)
    sigs = {doc_id: dedup.signature(text) for doc_id, text in texts.items()}
    for doc_id, sig in sigs.items():
        index.add(doc_id, sig)
    copy = dedup.signature(texts["r137"].replace(" ", " and ", 1))
    unrelated = dedup.signature(" ".join(rng.choice(vocab) for _ in range(20)) + " " + footer)
    assert len(index.candidates(unrelated)) > 20
    assert index.find(copy) == "r137"
    assert index.find(unrelated) is None
    for query in (copy, unrelated, sigs["r010"]):
        best = max(sigs, key=lambda doc_id: sigs[doc_id].jaccard(query))
        expected = best if sigs[best].jaccard(query) >= 0.7 else None
        assert index.find(query) == expected

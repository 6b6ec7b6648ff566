"""The threadline command, end to end on real knowledge bases in temporary files."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from threadline import cli
from threadline.cli import output
from threadline.store import open_store

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    """Tables and lines as a wide terminal shows them (a pipe gets 80 columns and JSON)."""
    monkeypatch.setattr(cli.out, "width", 250)
    monkeypatch.setattr(cli.err, "width", 250)
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: True)


def tl(*args, env=None):
    return runner.invoke(cli.app, [str(a) for a in args], env=env or {}, catch_exceptions=False)


def _entity_named(db, name, kind=None):
    with open_store(db) as s:
        [entity] = [x.entity for x in s.entities(kind) if x.entity.name == name]
        return entity


# -- ingest ------------------------------------------------------------------------------------

def test_ingest_of_the_samples_folder_stores_them_and_prints_counts(tmp_path, samples_dir):
    db = tmp_path / "kb.db"
    result = tl("ingest", samples_dir, "--db", db, "--offline", "--batch-size", 8)
    assert result.exit_code == 0, result.output
    assert "read 18 report(s): 18 stored, 0 already stored, 1 near-duplicate(s) linked, 0 failed" in result.stdout
    assert f"knowledge base {db}: 18 reports" in result.stdout
    again = tl("ingest", samples_dir, "--db", db, "--offline")
    assert again.exit_code == 0
    assert "read 18 report(s): 0 stored, 18 already stored" in again.stdout


def test_ingest_with_bad_files_exits_1_names_each_and_stores_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("The Hyesan Steel Mill restarted its second rolling line last week.\n",
                                     encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "lines.jsonl").write_text('{"id": "j1", "text": "The Kanggye plant added a shift."}\n{"id": \n',
                                        encoding="utf-8")
    db = tmp_path / "kb.db"
    result = tl("ingest", folder, "--db", db, "--offline")
    assert result.exit_code == 1
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed ")]
    assert len(failed) == 2
    assert any(f"{folder / 'photo.txt'}: binary data" in line for line in failed)
    assert any(f"{folder / 'lines.jsonl'}:2: malformed JSON" in line for line in failed)
    assert "2 stored" in result.stdout and "2 failed" in result.stdout
    with open_store(str(db)) as s:
        assert {d.id for d in s.documents()} == {"good", "j1"}
    log = tl("failures", "--db", db)
    assert "photo.txt: binary data" in log.stdout


def test_each_failure_is_one_line_even_in_a_narrow_pipe(tmp_path, monkeypatch):
    monkeypatch.setattr(cli.err, "width", 80)
    name = "a-rather-long-file-name-for-a-scanned-image-that-is-not-a-report.txt"
    (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = tl("ingest", tmp_path / name, "--db", tmp_path / "kb.db", "--offline")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"failed {tmp_path / name}: binary data, not a text report (is it a PDF, image or archive?)"]


def test_ingest_says_which_reports_were_not_read_for_facts(tmp_path):
    (tmp_path / "es.txt").write_text(
        "El Dirigente visito el Complejo Siderurgico de Songjin y elogio a los obreros por el aumento de la "
        "produccion de acero con combustible nacional, segun informo la agencia de noticias.\n", encoding="utf-8")
    result = tl("ingest", tmp_path / "es.txt", "--db", tmp_path / "kb.db", "--offline")
    assert result.exit_code == 0
    assert "1 stored" in result.stdout
    assert "1 report(s) not in English or Korean: stored and searchable, nothing extracted" in result.stdout


def test_a_mixed_folder_is_one_knowledge_base(tmp_path):
    (tmp_path / "en.txt").write_text(
        "March 20, 2024\n\nMunitions Factory No. 71 in Taechon County, North Pyongan Province, has been producing "
        "shells on three shifts since last month, a source told Daily NK.\n", encoding="utf-8")
    (tmp_path / "ko.txt").write_text(
        "2024년 3월 20일\n\n평안북도 태천군의 제71호 군수공장이 지난달부터 3교대로 포탄을 생산하고 있다고 "
        "소식통이 데일리NK에 전했다.\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    result = tl("ingest", tmp_path, "--db", db, "--offline")
    assert result.exit_code == 0 and "2 stored" in result.stdout
    assert "1 report(s) linked to their edition in another language" in result.stdout
    korean, english = tl("show", "태천군", "--db", db), tl("show", "Taechon", "--db", db)
    assert korean.exit_code == 0 and korean.stdout == english.stdout
    claims = tl("claims", "--entity", "제71호 군수공장", "--db", db)
    assert "2 claim(s) in 1 happening(s)" in claims.stdout and "1 independent source(s)" in claims.stdout


@pytest.mark.parametrize("first", ["en.txt", "ko.txt"])
def test_an_edition_ingested_in_a_later_run_is_one_origin_with_the_stored_one(tmp_path, first):
    texts = {
        "en.txt": "March 20, 2024\n\nMunitions Factory No. 71 in Taechon County, North Pyongan Province, has been "
                  "producing shells on three shifts since last month, a source told Daily NK.\n",
        "ko.txt": "2024년 3월 20일\n\n평안북도 태천군의 제71호 군수공장이 지난달부터 3교대로 포탄을 생산하고 있다고 "
                  "소식통이 데일리NK에 전했다.\n",
    }
    db = tmp_path / "kb.db"
    for name in (first, *(n for n in texts if n != first)):
        (tmp_path / name).write_text(texts[name], encoding="utf-8")
        result = tl("ingest", tmp_path / name, "--db", db, "--offline")
        assert result.exit_code == 0 and "1 stored" in result.stdout
    assert "1 report(s) linked to their edition in another language" in result.stdout
    claims = tl("claims", "--entity", "제71호 군수공장", "--db", db)
    assert "2 claim(s) in 1 happening(s)" in claims.stdout and "1 independent source(s)" in claims.stdout


def test_a_later_report_from_another_outlet_still_corroborates(tmp_path):
    db = tmp_path / "kb.db"
    (tmp_path / "en.txt").write_text(
        "March 20, 2024\n\nMunitions Factory No. 71 in Taechon County, North Pyongan Province, has been producing "
        "shells on three shifts since last month, a source told Daily NK.\n", encoding="utf-8")
    (tmp_path / "ko.txt").write_text(
        "2024년 3월 20일\n\n평안북도 태천군의 제71호 군수공장이 지난달부터 3교대로 포탄을 생산하고 있다고 "
        "소식통이 자유아시아방송에 전했다.\n", encoding="utf-8")
    assert tl("ingest", tmp_path / "en.txt", "--db", db, "--offline").exit_code == 0
    result = tl("ingest", tmp_path / "ko.txt", "--db", db, "--offline")
    assert result.exit_code == 0 and "linked to their edition" not in result.stdout
    claims = tl("claims", "--entity", "제71호 군수공장", "--db", db)
    assert "2 independent source(s)" in claims.stdout, claims.stdout


def test_ingest_of_a_missing_path_exits_1(tmp_path):
    result = tl("ingest", tmp_path / "nowhere", "--db", tmp_path / "kb.db")
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr


def test_a_bad_setting_exits_2_with_the_reason(tmp_path):
    result = tl("ingest", tmp_path, "--db", tmp_path / "kb.db", env={"THREADLINE_BATCH_SIZE": "lots"})
    assert result.exit_code == 2
    assert "batch_size" in result.stderr


# -- queries over the samples ------------------------------------------------------------------

def test_entities_by_kind(samples_kb):
    result = tl("entities", "--kind", "facility", "--db", samples_kb)
    assert result.exit_code == 0
    for name in ("Munitions Factory 71", "Kanggye General Tractor Plant", "Hyesan Steel Mill"):
        assert name in result.stdout
    assert "Pyongyang" not in result.stdout          # a place, not a facility


def test_show_an_entity_with_its_timeline_and_evidence(samples_kb):
    result = tl("show", "Munitions Factory 71", "--db", samples_kb)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Munitions Factory 71 (facility")
    assert "INSPECTION" in result.stdout
    assert "dailynk-2024-03-factory71-inspection" in result.stdout
    assert "yonhap-2024-03-nis-factory71-briefing" in result.stdout
    assert "“Officials from the Defense Industry Department" in result.stdout     # the evidence sentence


def test_show_finds_an_entity_by_another_spelling(samples_kb):
    result = tl("show", "Factory No. 71", "--db", samples_kb)
    assert result.exit_code == 0
    assert result.stdout.startswith("Munitions Factory 71 (facility")


def test_show_an_unknown_entity_exits_2(samples_kb):
    result = tl("show", "Nowhere Widget Works", "--db", samples_kb)
    assert result.exit_code == 2
    assert "error" in result.stderr


def test_events_filtered_by_type_time_and_place(samples_kb):
    result = tl("events", "--type", "INSPECTION", "--since", "2024-01", "--place", "North Pyongan", "--db", samples_kb)
    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if "INSPECTION" in line]
    assert rows
    assert any("dailynk-2024-03-factory71-inspection" in r for r in rows)
    assert not any(other in result.stdout for other in ("kimchaek", "sinpo", "chongjin"))  # other provinces
    everything = tl("events", "--db", samples_kb)
    assert int(everything.stdout.split()[-2]) > int(result.stdout.split()[-2])


def test_search_finds_a_phrase(samples_kb):
    result = tl("search", "artillery shells", "--db", samples_kb)
    assert result.exit_code == 0
    assert "dailynk-2024-03-factory71-inspection" in result.stdout
    assert int(result.stdout.split()[-2]) > 0
    none = tl("search", "zeppelin hangar", "--db", samples_kb)
    assert none.stdout.strip().endswith("0 hits")


def test_claims_show_the_contradiction_about_factory_26(samples_kb):
    result = tl("claims", "--entity", "Factory No. 26", "--db", samples_kb)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Kanggye General Tractor Plant:")
    assert "contradiction (status):" in result.stdout
    assert "Dong-A Ilbo" in result.stdout and "Daily NK" in result.stdout
    assert "stopped" in result.stdout and "running" in result.stdout


# -- extract -----------------------------------------------------------------------------------

def test_extract_eval_writes_one_contract_object_per_document(tmp_path):
    lines = [
        {"id": "t1", "text": "Pyongyang, May 14 (KCNA) -- Kim Jong Un gave field guidance at a tank plant in "
                             "Kusong City, North Phyongan Province, on May 13.", "published": "2025-05-14",
         "title": "Field guidance", "outlet": "KCNA"},
        {"id": "t2", "text": "A source in Chagang Province said the Kanggye tractor plant has been running "
                             "around the clock since early October.", "published": None},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = tl("extract", src, "--format", "eval")
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [o["id"] for o in out] == ["t1", "t2"]
    assert out[0]["document"]["published"] == "2025-05-14"
    assert out[1]["document"]["published"] is None or isinstance(out[1]["document"]["published"], str)
    for o, rec in zip(out, lines):
        for key in ("entities", "mentions", "timexes", "events"):
            assert key in o
        for m in o["mentions"]:
            assert rec["text"][m["start"]:m["end"]] == m["text"]
            assert m["entity"] is None or m["entity"] in o["entities"]
        for t in o["timexes"]:
            assert rec["text"][t["start"]:t["end"]] == t["text"]
    assert any(m["text"] == "Kusong City" or m["text"] == "Kusong" for m in out[0]["mentions"])
    written = tl("extract", src, "-o", tmp_path / "out.jsonl")
    assert written.exit_code == 0
    assert [json.loads(x)["id"] for x in (tmp_path / "out.jsonl").read_text().splitlines()] == ["t1", "t2"]


def test_extract_with_a_bad_line_exits_1(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "ok", "text": "The Hyesan mill restarted."}\nnot json\n', encoding="utf-8")
    result = tl("extract", src)
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["ok"]
    assert f"{src}:2" in result.stderr


def test_extract_rejects_an_unknown_format(tmp_path):
    result = tl("extract", tmp_path, "--format", "xml")
    assert result.exit_code == 2


# -- analyst decisions -------------------------------------------------------------------------

FIRST = ("A source in North Pyongan Province said on Monday that the Taechon Shell Plant has added a third "
         "shift to meet its quota.\n")
LATER = "Another source said the Taechon Shell Plant was told this month to send its output by rail.\n"
LATER_WITH_A_PLACE = ("Another source said the Taechon Shell Plant was told this month to send its output by rail "
                      "to the port of Nampho.\n")


def _ingest_text(db, tmp_path, name, text):
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    result = tl("ingest", folder, "--db", db, "--offline")
    assert result.exit_code == 0, result.output


def test_merge_rename_split_alias_and_the_audit_log(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    _ingest_text(db, tmp_path, "first", FIRST)
    spelled = _entity_named(db, "Taechon Shell Plant", "facility")    # a new entity, to the machine

    merged = tl("entity", "merge", "Munitions Factory 71", "Taechon Shell Plant",
                "--reason", "the shell plant in Taechon is Factory 71", "--db", db)
    assert merged.exit_code == 0, merged.output
    assert f"merged Taechon Shell Plant ({spelled.id}) into Munitions Factory 71 (fac:mf71)" in merged.stdout
    with open_store(db) as s:
        assert s.mentions(entity_id=spelled.id) == []
        assert any(m.text == "Taechon Shell Plant" for m in s.mentions(entity_id="fac:mf71"))

    renamed = tl("entity", "rename", "Hyesan Steel Mill", "Hyesan Iron and Steel Works", "--db", db)
    assert renamed.exit_code == 0, renamed.output
    shown = tl("show", "Hyesan Iron and Steel Works", "--db", db)
    assert shown.stdout.startswith("Hyesan Iron and Steel Works (facility")
    assert "Hyesan Steel Mill" in shown.stdout.split("\n")[1]        # the old name stays an alias

    split = tl("entity", "split", "Kanggye General Tractor Plant", "Ganggye Tractor Factory", "--db", db)
    assert split.exit_code == 0, split.output
    assert split.stdout.startswith("split ")
    assert int(split.stdout.split()[1]) >= 1
    with open_store(db) as s:
        assert not any(m.text == "Ganggye Tractor Factory" for m in s.mentions(entity_id="fac:kanggye-tractor"))

    alias = tl("alias", "add", "Munitions Factory 71", "Taechon Munitions Works", "--db", db)
    assert alias.exit_code == 0, alias.output
    assert tl("show", "Taechon Munitions Works", "--db", db).stdout.startswith("Munitions Factory 71 (facility")

    log = tl("entity", "log", "--db", db)
    assert log.exit_code == 0
    for action in ("merge", "rename", "split", "alias"):
        assert action in log.stdout
    assert "the shell plant in Taechon is Factory 71" in log.stdout
    assert "Taechon Munitions Works" in log.stdout


def test_a_merge_still_applies_to_reports_ingested_later(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    _ingest_text(db, tmp_path, "first", FIRST)
    spelled = _entity_named(db, "Taechon Shell Plant", "facility")
    assert tl("entity", "merge", "Munitions Factory 71", spelled.id, "--db", db).exit_code == 0
    _ingest_text(db, tmp_path, "later", LATER)
    with open_store(db) as s:
        [mention] = [m for m in s.mentions(doc_id="later") if m.text == "Taechon Shell Plant"]
        assert mention.entity_id == "fac:mf71"
        assert not any(x.entity.id == spelled.id for x in s.entities("facility") if x.reports)


def test_an_undone_merge_no_longer_applies_to_reports_ingested_later(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    _ingest_text(db, tmp_path, "first", FIRST)
    spelled = _entity_named(db, "Taechon Shell Plant", "facility")
    assert tl("entity", "merge", "Munitions Factory 71", spelled.id, "--db", db).exit_code == 0
    with open_store(db) as s:
        [merge] = s.decisions()
    assert tl("entity", "undo", merge.id, "--db", db).exit_code == 0
    _ingest_text(db, tmp_path, "later", LATER)
    with open_store(db) as s:
        [mention] = [m for m in s.mentions(doc_id="later") if m.text == "Taechon Shell Plant"]
        assert mention.entity_id == spelled.id


def test_a_merge_applies_to_a_later_report_that_names_another_place_after_it(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    _ingest_text(db, tmp_path, "first", FIRST)
    spelled = _entity_named(db, "Taechon Shell Plant", "facility")
    assert tl("entity", "merge", "Munitions Factory 71", spelled.id, "--db", db).exit_code == 0
    _ingest_text(db, tmp_path, "later", LATER_WITH_A_PLACE)
    with open_store(db) as s:
        [mention] = [m for m in s.mentions(doc_id="later") if m.text == "Taechon Shell Plant"]
        assert mention.entity_id == "fac:mf71"


def test_an_alias_resolves_reports_ingested_later(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    assert tl("alias", "add", "Munitions Factory 71", "Taechon Shell Plant", "--db", db).exit_code == 0
    _ingest_text(db, tmp_path, "later", LATER)
    with open_store(db) as s:
        [mention] = [m for m in s.mentions(doc_id="later") if m.text == "Taechon Shell Plant"]
        assert mention.entity_id == "fac:mf71"


# -- export and demo ---------------------------------------------------------------------------

def test_export_a_stored_document_as_timeml_and_eval(samples_kb):
    doc = "dailynk-2024-03-factory71-inspection"
    timeml = tl("export", doc, "--db", samples_kb)
    assert timeml.exit_code == 0
    assert "<TIMEX3" in timeml.stdout
    ev = tl("export", doc, "--format", "eval", "--db", samples_kb)
    assert json.loads(ev.stdout)["id"] == doc


def test_demo_runs(tmp_path):
    result = tl("demo", "--db", tmp_path / "demo.db")
    assert result.exit_code == 0, result.output
    assert "read 18: 18 stored" in result.stdout
    assert "Munitions Factory 71" in result.stdout
    assert "events by type:" in result.stdout

"""The command line as a new user meets it: safe output, formats, paging, checks, lookups, basics."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from threadline import cli
from threadline.cli import ingesting, output
from threadline.store import open_store
from tests.helpers import tl

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("wide_terminal")


# -- output safety (issue 15, item 4) ----------------------------------------------------------

def test_safe_makes_escape_control_and_bidi_characters_visible():
    hostile = "A\x1b[2J\x1b]0;owned\x07B\u202eC\x9bD\r\nE"
    shown = output.safe(hostile)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\x9b" not in shown
    assert "\r" not in shown and "\n" not in shown
    assert shown == "A\\x1b[2J\\x1b]0;owned\\x07B\\u202eC\\x9bD\\x0d E"
    assert output.safe("line one\nline two", one_line=False) == "line one\nline two"
    assert output.safe("혜산 Kusŏng") == "혜산 Kusŏng"


def test_a_hostile_name_is_stored_but_never_reaches_the_terminal_or_rich_markup(samples_kb_copy):
    db = samples_kb_copy
    hostile = "[/]Mill [bold red]\x1b]0;pwned\x07\x1b[2J"
    renamed = tl("entity", "rename", "Hyesan Steel Mill", hostile, "--db", db)
    assert renamed.exit_code == 0, renamed.output
    with open_store(db) as s:
        assert any(x.entity.name == hostile for x in s.entities("facility"))     # stored as given
    for args in (("show", "fac:hyesan-steel"), ("entities", "--kind", "facility"), ("entity", "log"),
                 ("events", "--entity", "fac:hyesan-steel"), ("claims", "--entity", "fac:hyesan-steel")):
        result = tl(*args, "--db", db)
        assert result.exit_code == 0, (args, result.output)
        assert "\x1b" not in result.output and "\x07" not in result.output, args
    shown = tl("show", "fac:hyesan-steel", "--db", db).stdout
    assert "[/]Mill [bold red]\\x1b]0;pwned\\x07\\x1b[2J" in shown      # printed as text, escapes visible


def test_report_text_with_escape_sequences_is_neutralised_in_search_and_events(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ansi.txt").write_text(
        "PYONGYANG, March 3, 2024 -- The Hyesan Steel Mill \x1b[2J\x1b]8;;http://evil.example\x07restarted"
        " production of artillery shells last week, a source said.\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    assert tl("ingest", folder, "--db", db, "--offline").exit_code == 0
    for args in (("search", "artillery"), ("events",), ("export", "ansi", "--format", "timeml"),
                 ("reports",), ("entities",)):
        result = tl(*args, "--db", db)
        assert result.exit_code == 0, (args, result.output)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout, args
    assert "\\x1b[2J" in tl("search", "artillery", "--db", db).stdout


@pytest.mark.parametrize("query", ['NEAR(artillery shells', '"unbalanced', 'artillery AND OR NOT', 'body:x*',
                                   '^shells', '(((', 'a" OR "b', "'; DROP TABLE documents; --", "\x00", "*"])
def test_search_syntax_from_users_cannot_error(samples_kb, query):
    result = tl("search", query, "--db", samples_kb)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("hits")


# -- formats, paging and the default for pipes --------------------------------------------------

def test_every_listing_takes_four_formats(samples_kb):
    listings = [("entities",), ("events",), ("search", "artillery"), ("reports",), ("entity", "log"),
                ("failures",), ("claims", "--entity", "Factory No. 26")]
    for args in listings:
        as_json = tl(*args, "--format", "json", "--db", samples_kb)
        assert as_json.exit_code == 0, (args, as_json.output)
        data = json.loads(as_json.stdout)
        assert {"total", "offset", "count"} <= set(data)
        jsonl = tl(*args, "--format", "jsonl", "--db", samples_kb)
        lines = [json.loads(x) for x in jsonl.stdout.splitlines()]
        assert len(lines) == data["count"]
        as_csv = list(csv.reader(io.StringIO(tl(*args, "--format", "csv", "--db", samples_kb).stdout)))
        assert len(as_csv) == data["count"] + 1
    bad = tl("entities", "--format", "xml", "--db", samples_kb)
    assert bad.exit_code == 2 and "table, json, jsonl, csv" in bad.output


def test_json_is_the_default_when_stdout_is_not_a_terminal(samples_kb, monkeypatch):
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: False)
    data = json.loads(tl("entities", "--kind", "facility", "--db", samples_kb).stdout)
    assert data["entities"] and all(e["kind"] == "facility" for e in data["entities"])


def test_tables_say_showing_n_of_m_and_page_with_limit_and_offset(samples_kb):
    whole = json.loads(tl("entities", "--format", "json", "--limit", 0, "--db", samples_kb).stdout)
    total = whole["total"]
    assert total == len(whole["entities"]) > 10
    table = tl("entities", "--limit", 5, "--db", samples_kb).stdout
    assert f"showing 5 of {total} entities (1–5)" in table
    second = json.loads(tl("entities", "--format", "json", "--limit", 5, "--offset", 5, "--db", samples_kb).stdout)
    assert [e["id"] for e in second["entities"]] == [e["id"] for e in whole["entities"][5:10]]
    search = tl("search", "the", "--limit", 2, "--db", samples_kb).stdout
    hits = json.loads(tl("search", "the", "--format", "json", "--limit", 0, "--db", samples_kb).stdout)
    assert hits["total"] == len(hits["hits"]) > 2
    assert f"showing 2 of {hits['total']} hits" in search
    claims = tl("claims", "--entity", "Factory No. 26", "--limit", 1, "--db", samples_kb).stdout
    assert "showing 1 of " in claims and " groups (1–1)" in claims


def test_entities_pages_are_cut_from_the_full_summary_by_the_database(samples_kb):
    from threadline.store import open_store
    with open_store(samples_kb, create=False) as s:
        facilities = [x.entity.id for x in s.entities("facility") if x.reports]
    assert len(facilities) > 3
    page = json.loads(tl("entities", "--kind", "FACILITY", "--format", "json", "--limit", 2, "--offset", 1,
                         "--db", samples_kb).stdout)
    assert page["total"] == len(facilities) and page["offset"] == 1
    assert [e["id"] for e in page["entities"]] == facilities[1:3]
    beyond = json.loads(tl("entities", "--kind", "facility", "--format", "json", "--offset", len(facilities),
                           "--db", samples_kb).stdout)
    assert beyond["entities"] == [] and beyond["total"] == len(facilities)


# -- checks ------------------------------------------------------------------------------------

def test_enumerated_options_are_checked_and_case_is_ignored(samples_kb):
    kind = tl("entities", "--kind", "weapon", "--db", samples_kb)
    assert kind.exit_code == 2 and "place, organization, facility, person" in kind.output
    typ = tl("events", "--type", "FOO", "--db", samples_kb)
    assert typ.exit_code == 2 and "INSPECTION" in typ.output
    lower = json.loads(tl("events", "--type", "inspection", "--format", "json", "--db", samples_kb).stdout)
    assert lower["total"] > 0 and {e["type"] for e in lower["events"]} == {"INSPECTION"}
    assert tl("entities", "--kind", "FACILITY", "--db", samples_kb).exit_code == 0


def test_read_commands_never_create_a_database(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (("entities",), ("events",), ("search", "x"), ("reports",), ("show", "x"), ("entity", "log"),
                 ("failures",), ("export", "--format", "jsonl")):
        result = tl(*args, "--db", missing)
        assert result.exit_code == 2, args
        assert "no knowledge base at" in result.output
        assert not missing.exists(), args


# -- lookup and Korean search ------------------------------------------------------------------

@pytest.mark.parametrize("name", ["혜산", "혜산시", "hyesan", "HYESAN", "Hyesan-si"])
def test_a_place_is_found_in_hangul_with_or_without_its_suffix_and_any_case(samples_kb, name):
    result = tl("show", name, "--db", samples_kb)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Hyesan (place")


@pytest.mark.parametrize("name", ["Kim Jong-un", "kim jong un", "Kim Jongun", "KIM JONG-UN"])
def test_korean_given_names_are_found_hyphenated_or_spaced(samples_kb, name):
    result = tl("show", name, "--db", samples_kb)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Kim Jong Un (person")


def test_a_miss_suggests_the_nearest_names(samples_kb):
    result = tl("show", "Hysan Steel Mill", "--db", samples_kb)
    assert result.exit_code == 2
    assert "did you mean 'Hyesan Steel Mill'" in result.output
    nothing = tl("show", "qqqqzzzz", "--db", samples_kb)
    assert "did you mean" not in nothing.output and "threadline entities" in nothing.output


def test_korean_reports_are_searchable_by_substring(tmp_path):
    (tmp_path / "ko.txt").write_text(
        "양강도 혜산시에서 제련소 가동이 다시 시작되었다고 소식통이 전했다. 혜산광산의 노동자들은 "
        "지난달부터 야간 작업에 동원되고 있다고 한다.\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    assert tl("ingest", tmp_path / "ko.txt", "--db", db, "--offline").exit_code == 0
    for query in ("혜산", "혜산시에서", "제련소 가동", '"야간 작업"'):
        data = json.loads(tl("search", query, "--format", "json", "--db", db).stdout)
        assert data["total"] >= 1, query
        assert data["hits"][0]["doc_id"] == "ko"
        assert "[" in data["hits"][0]["snippet"]
    assert json.loads(tl("search", "평양", "--format", "json", "--db", db).stdout)["total"] == 0


# -- readable times, basics --------------------------------------------------------------------

def test_events_show_times_in_words_and_keep_the_value_in_json(samples_kb):
    table = tl("events", "--db", samples_kb, "--limit", 0).stdout
    data = json.loads(tl("events", "--format", "json", "--limit", 0, "--db", samples_kb).stdout)
    dated = [e for e in data["events"] if e["when"]]
    assert dated and all(e["when_text"] for e in dated)
    for e in dated:
        assert e["when_text"] in table
    # The table's first column never shows a raw TIMEX value such as 2024-03 or XXXX-08.
    first_cells = [row.split("│")[1].strip() for row in table.splitlines() if row.startswith("│")]
    assert first_cells and not any(c[:4].isdigit() and "-" in c or c.startswith("XXXX") for c in first_cells)


def test_version_and_reports(samples_kb):
    version = tl("--version")
    assert version.exit_code == 0 and version.stdout.startswith("threadline ")
    reports = json.loads(tl("reports", "--format", "json", "--limit", 0, "--db", samples_kb).stdout)
    assert reports["total"] == 18
    published = [r["published"] or "" for r in reports["reports"]]
    with_year = [p for p in published if p[:4].isdigit()]
    assert published[:len(with_year)] == sorted(with_year, reverse=True)     # newest first, then the rest
    daily = json.loads(tl("reports", "--outlet", "daily nk", "--format", "json", "--db", samples_kb).stdout)
    assert daily["total"] >= 1 and {r["outlet"] for r in daily["reports"]} == {"Daily NK"}
    since = json.loads(tl("reports", "--since", "2025", "--format", "json", "--db", samples_kb).stdout)
    assert since["total"] >= 1 and all(r["published"] >= "2025" for r in since["reports"])
    assert tl("reports", "--since", "March", "--db", samples_kb).exit_code == 2


def test_help_does_not_import_the_nlp_stack():
    # CPU time, not wall time: the machine running the tests may be busy.
    code = ("import sys, time; t = time.process_time(); import threadline.cli; "
            "print(time.process_time() - t); print(int(any(m.split('.')[0] in ('spacy', 'thinc', 'trafilatura', "
            "'datasketch', 'sqlalchemy', 'rapidfuzz') for m in sys.modules)))")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={"PYTHONPATH": str(ROOT / "src")}, check=True).stdout.split() for _ in range(3)]
    assert all(heavy == "0" for _, heavy in runs)
    assert min(float(seconds) for seconds, _ in runs) < 0.5
    done = subprocess.run([sys.executable, "-m", "threadline.cli", "--help"], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src")}, check=True)
    assert "Usage: threadline" in done.stdout and "export" in done.stdout


def test_progress_prints_lines_with_a_total_when_not_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr(ingesting, "_stderr_is_terminal", lambda: False)
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"The Kanggye plant added shift number {i} last week.\n",
                                            encoding="utf-8")
    monkeypatch.setattr(ingesting, "PROGRESS_EVERY_S", 0.0)
    result = tl("ingest", tmp_path, "--db", tmp_path / "kb.db", "--offline")
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if x.startswith("progress: ")]
    assert lines and "/3 reports read" in lines[-1]
    assert lines[-1].startswith("progress: 3/3")


# -- merges ------------------------------------------------------------------------------------

def test_a_merge_across_kinds_or_levels_is_refused_unless_forced(samples_kb_copy):
    db = samples_kb_copy
    person_org = tl("entity", "merge", "Kim Jong Un", "Second Economic Committee", "--db", db)
    assert person_org.exit_code == 2 and "different kinds" in person_org.output and "--force" in person_org.output
    country_city = tl("entity", "merge", "North Korea", "Hyesan", "--db", db)
    assert country_city.exit_code == 2 and "different levels" in country_city.output
    with open_store(db) as s:
        assert s.decisions() == []
    forced = tl("entity", "merge", "North Korea", "Hyesan", "--force", "--db", db)
    assert forced.exit_code == 0, forced.output
    with open_store(db) as s:
        assert [d.action for d in s.decisions()] == ["merge"]


# -- undo --------------------------------------------------------------------------------------

def _state(db):
    with open_store(db) as s:
        return ({x.entity.id: (x.entity, x.reports, x.mentions) for x in s.entities()},
                sorted((m.doc_id, m.start, m.end, m.entity_id) for m in s.mentions()),
                sorted((e.id, e.where, e.actors, e.facilities) for e in s.events()))


def _decision_ids(db):
    with open_store(db) as s:
        return [d.id for d in s.decisions()]


def test_undo_reverses_a_merge_exactly_and_the_log_shows_it(samples_kb_copy):
    db = samples_kb_copy
    before = _state(db)
    merged = tl("entity", "merge", "Kanggye General Tractor Plant", "Hyesan Steel Mill", "--db", db)
    assert merged.exit_code == 0, merged.output
    assert _state(db) != before
    [decision] = _decision_ids(db)
    undone = tl("entity", "undo", decision[:14], "--reason", "wrong plant", "--db", db)
    assert undone.exit_code == 0, undone.output
    assert undone.stdout.startswith("undid merge of fac:")
    assert _state(db) == before
    assert tl("show", "Hyesan Steel Mill", "--db", db).stdout.startswith("Hyesan Steel Mill (facility")
    log = json.loads(tl("entity", "log", "--format", "json", "--db", db).stdout)["decisions"]
    assert [d["action"] for d in log] == ["merge", "undo"]
    assert log[0]["undone_by"] == log[1]["id"] and log[1]["subject"] == decision
    assert "undone by" in tl("entity", "log", "--db", db).stdout
    again = tl("entity", "undo", decision, "--db", db)
    assert again.exit_code == 2 and "already undone" in again.output
    with open_store(db) as s:
        assert [d.action for d in s.decisions(active_only=True)] == []


def test_undo_reverses_rename_alias_and_split(samples_kb_copy):
    db = samples_kb_copy
    before = _state(db)
    assert tl("entity", "rename", "Hyesan Steel Mill", "Hyesan Works", "--db", db).exit_code == 0
    assert tl("alias", "add", "Munitions Factory 71", "Taechon Works", "--db", db).exit_code == 0
    split = tl("entity", "split", "Kanggye General Tractor Plant", "Ganggye Tractor Factory", "--db", db)
    assert split.exit_code == 0, split.output
    rename_id, alias_id, split_id = _decision_ids(db)
    for decision in (split_id, alias_id, rename_id):
        result = tl("entity", "undo", decision, "--db", db)
        assert result.exit_code == 0, result.output
    assert _state(db) == before


def test_undo_refuses_while_a_later_decision_touches_the_same_entity(samples_kb_copy):
    db = samples_kb_copy
    assert tl("entity", "rename", "Hyesan Steel Mill", "Hyesan Works", "--db", db).exit_code == 0
    assert tl("entity", "rename", "Hyesan Works", "Hyesan Steel Complex", "--db", db).exit_code == 0
    first, second = _decision_ids(db)
    refused = tl("entity", "undo", first, "--db", db)
    assert refused.exit_code == 2 and f"decision {second}" in refused.output and "undo it first" in refused.output
    assert tl("entity", "undo", "nonexistent", "--db", db).exit_code == 2


def test_help_shows_names_not_types_after_options():
    for args in (("--help",), ("ingest", "--help"), ("events", "--help"), ("export", "--help"),
                 ("entity", "merge", "--help"), ("watch", "report", "--help")):
        result = tl(*args)
        assert result.exit_code == 0
        assert "<bool>" not in result.stdout, args
        options = [x for x in result.stdout.splitlines() if x.lstrip().startswith("-")]
        assert not any("<" in x.split("  ")[0] for x in options), args
    assert "--db DB" in tl("events", "--help").stdout


def test_events_on_a_narrow_terminal_keep_sentences_whole(samples_kb, monkeypatch):
    monkeypatch.setattr(cli.out, "width", 80)
    text = tl("events", "--limit", 5, "--db", samples_kb).stdout
    data = json.loads(tl("events", "--limit", 5, "--format", "json", "--db", samples_kb).stdout)["events"]
    flat = " ".join(text.split())
    for e in data:
        # The sentence reads on, line after line, not one word per line in a squeezed column.
        assert " ".join(e["evidence"].split())[:60] in flat
    assert sum(1 for x in text.splitlines() if x.startswith("    “")) == 5


def test_machine_formats_are_exact_in_a_pipe_and_safe_on_a_terminal(tmp_path, monkeypatch):
    (tmp_path / "c1.txt").write_text("The Hyesan Steel Mill \u009b2J restarted \u202eits line\u202c last week, "
                                     "a source said.\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    assert tl("ingest", tmp_path / "c1.txt", "--db", db, "--offline").exit_code == 0
    for args in (("export", "c1", "--format", "eval"), ("export", "c1", "--format", "timeml"),
                 ("reports", "--format", "jsonl"), ("search", "restarted", "--format", "json"),
                 ("export", "--format", "jsonl")):
        shown = tl(*args, "--db", db).stdout
        assert "\u009b" not in shown and "\u202e" not in shown, args
    monkeypatch.setattr(output, "stdout_is_terminal", lambda: False)
    piped = tl("export", "--format", "jsonl", "--db", db).stdout
    assert "\u009b2J" in piped and "\u202e" in piped      # data stays exact



# -- an archive's busiest entities (issue 13) ------------------------------------------------

def test_show_prints_the_latest_events_and_says_how_many_there_are(samples_kb):
    every = json.loads(tl("events", "--entity", "North Korea", "--format", "json", "--limit", 0,
                          "--db", samples_kb).stdout)
    assert every["total"] > 3
    shown = tl("show", "North Korea", "--latest", 3, "--db", samples_kb).stdout
    assert f"the latest 3 of {every['total']} events" in shown
    assert "the latest" not in tl("show", "North Korea", "--latest", 0, "--db", samples_kb).stdout


def test_claims_groups_a_window_of_the_latest_claims_and_says_so(samples_kb, tmp_path):
    config = tmp_path / "threadline.toml"
    config.write_text("claims_window = 2\n", encoding="utf-8")
    every = json.loads(tl("claims", "--entity", "North Korea", "--format", "json", "--db", samples_kb).stdout)
    assert every["total"] > 2
    windowed = tl("claims", "--entity", "North Korea", "--db", samples_kb, "--config", config).stdout
    assert "North Korea: 2 claim(s)" in windowed
    assert f"the latest 2 of {every['total']} claims by date were grouped" in windowed


def test_a_count_that_stops_at_its_cap_says_at_least(samples_kb, monkeypatch):
    from threadline import analyze
    monkeypatch.setattr(analyze, "COUNT_CAP", 3)
    events = tl("events", "--limit", 2, "--db", samples_kb).stdout
    assert "showing 2 of at least 3 events" in events
    listing = json.loads(tl("events", "--limit", 2, "--format", "json", "--db", samples_kb).stdout)
    assert listing["total"] == 3 and listing["total_is_at_least"] is True
    assert "of at least 3 hits" in tl("search", "the", "--limit", 2, "--db", samples_kb).stdout

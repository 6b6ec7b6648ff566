"""Exports of the samples knowledge base, each read back by the tool it is meant for."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from xml.etree import ElementTree as ET

import pytest
from typer.testing import CliRunner

from threadline import cli
from threadline.export import snapshot, write
from threadline.export.ftm import entities as ftm_entities
from threadline.export.stix import bundle
from threadline.store import open_store

runner = CliRunner()


def tl(*args):
    return runner.invoke(cli.app, [str(a) for a in args], env={}, catch_exceptions=False)


def _counts(db):
    with open_store(str(db)) as s:
        return {k: s.count(k) for k in ("documents", "entities", "mentions", "events", "timexes")}


def _ids(db):
    with open_store(str(db)) as s:
        return ({d.id for d in s.documents()}, {x.entity.id for x in s.entities()}, {e.id for e in s.events()},
                {(m.doc_id, m.start, m.end, m.entity_id) for m in s.mentions()})


def test_jsonl_export_round_trips_through_import(samples_kb_copy, tmp_path):
    db = samples_kb_copy
    assert tl("alias", "add", "Munitions Factory 71", "Taechon Munitions Works", "--db", db).exit_code == 0
    dump = tmp_path / "kb.jsonl"
    result = tl("export", "--format", "jsonl", "--output", dump, "--db", db)
    assert result.exit_code == 0, result.output
    first = json.loads(dump.read_text(encoding="utf-8").splitlines()[0])
    assert first == {"record": "format", "name": "threadline-jsonl", "version": 1}
    copy = tmp_path / "copy.db"
    imported = tl("import", dump, "--db", copy)
    assert imported.exit_code == 0, imported.output
    assert "18 reports stored" in imported.stdout and "1 decisions" in imported.stdout
    assert _counts(copy) == _counts(db)
    assert _ids(copy) == _ids(db)
    with open_store(str(copy)) as s, open_store(db) as orig:
        assert s.get_document("dailynk-2024-03-factory71-inspection") == \
            orig.get_document("dailynk-2024-03-factory71-inspection")
        assert s.get_entity("fac:mf71") == orig.get_entity("fac:mf71")
        assert [d.id for d in s.decisions()] == [d.id for d in orig.decisions()]
    again = tl("import", dump, "--db", copy)
    assert "0 reports stored, 18 reports already stored" in again.stdout


def test_import_names_the_line_of_a_bad_record(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record": "format", "name": "threadline-jsonl", "version": 1}\n{"record": "entity", "id": "x",'
                   ' "kind": "place", "name": "X", "colour": "red"}\n', encoding="utf-8")
    result = tl("import", bad, "--db", tmp_path / "kb.db")
    assert result.exit_code == 2
    assert f"{bad}:2: unknown Entity field(s) colour" in result.output


def test_csv_tables_in_a_zip(samples_kb, tmp_path):
    dest = tmp_path / "kb.zip"
    assert tl("export", "--format", "csv", "-o", dest, "--db", samples_kb).exit_code == 0
    with zipfile.ZipFile(dest) as z:
        assert sorted(z.namelist()) == ["claims.csv", "entities.csv", "events.csv", "mentions.csv"]
        events = list(csv.DictReader(io.StringIO(z.read("events.csv").decode())))
        mentions = list(csv.DictReader(io.StringIO(z.read("mentions.csv").decode())))
    assert len(events) == _counts(samples_kb)["events"]
    assert len(mentions) == _counts(samples_kb)["mentions"]
    assert all(e["evidence"] for e in events)
    no_dest = tl("export", "--format", "csv", "--db", samples_kb)
    assert no_dest.exit_code == 2 and "--output FOLDER" in no_dest.output


def test_geojson_loads_in_geopandas(samples_kb, tmp_path):
    geopandas = pytest.importorskip("geopandas")
    dest = tmp_path / "kb.geojson"
    assert tl("export", "--format", "geojson", "-o", dest, "--db", samples_kb).exit_code == 0
    frame = geopandas.read_file(dest)
    assert len(frame) > 10
    assert {"entity", "event"} == set(frame["feature"])
    hyesan = frame[frame["id"] == "place:hyesan"].iloc[0]
    assert (round(hyesan.geometry.x, 3), round(hyesan.geometry.y, 3)) == (128.178, 41.402)


def test_stix_bundle_passes_the_stix2_validator(samples_kb):
    validator = pytest.importorskip("stix2validator")
    with open_store(samples_kb) as s:
        kb = snapshot(s)
    data = bundle(kb)
    results = validator.validate_instance(data, validator.ValidationOptions(version="2.1"))
    assert results.is_valid, [str(e) for e in results.errors]
    kinds = {o["type"] for o in data["objects"]}
    assert {"report", "location", "identity", "note", "relationship", "grouping"} <= kinds
    notes = [o for o in data["objects"] if o["type"] == "note"]
    assert len(notes) == len(kb.events)
    ids = {o["id"] for o in data["objects"]}
    assert all(ref in ids for o in data["objects"] for ref in o.get("object_refs", ()))
    assert data["objects"] and bundle(kb)["objects"][0]["id"] == data["objects"][0]["id"]   # stable ids


def test_stix_export_of_a_slice_by_the_events_filters(samples_kb, tmp_path):
    dest = tmp_path / "slice.json"
    result = tl("export", "--format", "stix", "--type", "inspection", "-o", dest, "--db", samples_kb)
    assert result.exit_code == 0, result.output
    notes = [o for o in json.loads(dest.read_text())["objects"] if o["type"] == "note"]
    assert notes and all(n["abstract"].startswith("INSPECTION") for n in notes)


def test_ftm_entities_are_valid_in_the_followthemoney_model(samples_kb):
    model = pytest.importorskip("followthemoney").model
    with open_store(samples_kb) as s:
        kb = snapshot(s)
    rows = list(ftm_entities(kb))
    schemata = {r["schema"] for r in rows}
    assert {"Article", "Address", "Organization", "Person", "Event", "Mention"} <= schemata
    ids = {r["id"] for r in rows}
    for row in rows:
        proxy = model.get_proxy(row, cleaned=False)     # unknown schema or property raises
        assert proxy.schema.name == row["schema"]
        for prop, values in row["properties"].items():
            p = proxy.schema.get(prop)
            assert p is not None, (row["schema"], prop)
            for v in values:
                assert p.type.validate(v), (row["schema"], prop, v)
                if p.type.name == "entity":
                    assert v in ids, (row["schema"], prop, v)


def test_graphml_reads_in_networkx(samples_kb, tmp_path):
    networkx = pytest.importorskip("networkx")
    dest = tmp_path / "kb.graphml"
    assert tl("export", "--format", "graphml", "-o", dest, "--db", samples_kb).exit_code == 0
    graph = networkx.read_graphml(dest)
    assert graph.nodes["fac:mf71"]["kind"] == "facility"
    assert any(d.get("relation") == "located_in" for _, _, d in graph.edges(data=True))
    assert any(d.get("relation") == "same_event" for _, _, d in graph.edges(data=True))


def test_timeml_export_is_one_valid_xml_file_per_report(samples_kb, tmp_path):
    dest = tmp_path / "tml.zip"
    assert tl("export", "--format", "timeml", "-o", dest, "--db", samples_kb).exit_code == 0
    with zipfile.ZipFile(dest) as z:
        names = z.namelist()
        assert len(names) == 18
        for name in names:
            ET.fromstring(z.read(name))      # each is well-formed XML
    piped = tl("export", "--format", "timeml", "--db", samples_kb)
    assert piped.exit_code == 2 and "--output FOLDER" in piped.output and "<TimeML" not in piped.stdout


def test_extract_timeml_of_several_files_writes_valid_files(tmp_path, samples_dir):
    files = [samples_dir / "dailynk-2024-03-factory71-inspection.txt",
             samples_dir / "yonhap-2025-08-sohae-expansion.txt"]
    refused = tl("extract", "--format", "timeml", *files)
    assert refused.exit_code == 2 and "<TimeML" not in refused.stdout
    out = tmp_path / "tml"
    assert tl("extract", "--format", "timeml", "-o", out, *files).exit_code == 0
    written = sorted(out.iterdir())
    assert len(written) == 2
    for f in written:
        assert ET.parse(f).getroot().tag == "TimeML"
    one = tl("extract", "--format", "timeml", files[0])
    assert one.exit_code == 0 and ET.fromstring(one.stdout).tag == "TimeML"


def test_write_refuses_an_unknown_format(samples_kb):
    from threadline.errors import ExportError
    with open_store(samples_kb) as s:
        kb = snapshot(s)
    with pytest.raises(ExportError, match="unknown export format 'pdf'"):
        write(kb, "pdf", None, io.StringIO())

"""Exports of a knowledge base built from the shared KCNA 2011 corpus (slow: ``pytest -m slow``).

GeoJSON loads in geopandas; STIX passes stix2-validator; FollowTheMoney
entities are valid in the model. Skipped when ../shared is absent.
"""
from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from threadline import pipeline
from threadline.export import snapshot, write
from threadline.export.ftm import entities as ftm_entities
from threadline.export.stix import bundle
from threadline.settings import Settings
from threadline.store import open_store

KCNA = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "kcna-2011.jsonl"
STORIES = 400

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not KCNA.exists(), reason="../shared/corpus/kcna-2011.jsonl is not beside the repo")]


@pytest.fixture(scope="module")
def kcna_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kcna")
    subset = folder / "kcna.jsonl"
    with open(KCNA, encoding="utf-8") as src:
        subset.write_text("".join(islice(src, STORIES)), encoding="utf-8")
    db = str(folder / "kb.db")
    with open_store(db) as s:
        report = pipeline.run([str(subset)], Settings(offline=True, db=db), s)
    assert report.stored == STORIES
    with open_store(db) as s:
        yield snapshot(s)


def test_kcna_geojson_loads_in_geopandas(kcna_kb, tmp_path):
    geopandas = pytest.importorskip("geopandas")
    dest = tmp_path / "kcna.geojson"
    write(kcna_kb, "geojson", dest, None)
    frame = geopandas.read_file(dest)
    assert len(frame) > 50 and {"entity", "event"} == set(frame["feature"])
    assert frame.geometry.is_valid.all()
    assert frame.total_bounds[0] >= -180 and frame.total_bounds[2] <= 180


def test_kcna_stix_bundle_is_valid(kcna_kb):
    validator = pytest.importorskip("stix2validator")
    data = bundle(kcna_kb)
    result = validator.validate_instance(data, validator.ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors][:5]
    assert sum(o["type"] == "report" for o in data["objects"]) == STORIES


def test_kcna_ftm_entities_are_valid(kcna_kb):
    model = pytest.importorskip("followthemoney").model
    rows = list(ftm_entities(kcna_kb))
    ids = {r["id"] for r in rows}
    for row in rows:
        proxy = model.get_proxy(json.loads(json.dumps(row)), cleaned=False)
        for prop, values in row["properties"].items():
            p = proxy.schema.get(prop)
            assert p is not None and all(p.type.validate(v) for v in values), (row["schema"], prop)
            if p.type.name == "entity":
                assert set(values) <= ids

"""The workbench over a PostgreSQL knowledge base: the same routes, the same answers as on SQLite."""
from __future__ import annotations

import os
import secrets

import pytest
from fastapi.testclient import TestClient

from threadline import pipeline
from threadline.settings import Settings
from threadline.store import open_store
from threadline.web import auth
from threadline.web.app import create_app

PG_URL = os.environ.get("THREADLINE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_url():
    psycopg = pytest.importorskip("psycopg")
    conninfo = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=3)
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable: {exc}".splitlines()[0])
    name = f"threadline_web_{secrets.token_hex(6)}"
    with conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{name}"
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{name}" CASCADE')


def test_search_entity_claim_and_review_on_postgres(pg_url, samples_dir):
    with open_store(pg_url) as s:
        assert pipeline.run([str(samples_dir)], Settings(offline=True, db=pg_url), s).ok
        s.add_user("ana", "analyst")
        token = auth.new_token()
        s.add_token("ana", auth.token_digest(token))
    app = create_app(Settings.load(db=pg_url, env={}))
    try:
        api = TestClient(app)
        api.headers["Authorization"] = f"Bearer {token}"
        hits = api.get("/api/search", params={"q": "artillery shells", "place": "North Pyongan"}).json()
        assert hits["total"] > 0
        entity = api.get("/api/entities/Munitions Factory 71").json()
        claim = entity["groups"][0]["claims"][0]["id"]
        assert api.get(f"/api/claims/{claim}").json()["sources"]
        assert api.post(f"/api/claims/{claim}/review", json={"action": "reject", "reason": "misread"}).status_code == 200
        assert api.get("/api/audit").json()[0]["action"] == "reject"
        assert api.get("/").status_code == 200 and api.get("/map").status_code == 200
    finally:
        app.state.store.close()

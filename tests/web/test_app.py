"""Start-up: the workbench does before its first answer what the first requests would otherwise pay for."""
from __future__ import annotations

import shutil

from fastapi.testclient import TestClient

from threadline.domain import pack as pack_module
from threadline.domain import outlines
from threadline.settings import Settings
from threadline.web import api as api_module
from threadline.web import views
from threadline.web.app import create_app
from threadline.web import auth


def test_startup_warms_templates_pack_outlines_and_summaries_before_the_first_request(web_kb, tmp_path, monkeypatch):
    db = tmp_path / "kb.db"
    shutil.copy(web_kb, db)
    outlines.korea_outlines.cache_clear()
    outlines._svg_path.cache_clear()
    pack_module._default_pack.cache_clear()
    app = create_app(Settings.load(db=str(db), env={}), warm=True)
    token = auth.new_token()
    app.state.store.add_token("reader", auth.token_digest(token), "api", "tests")
    env = app.state.templates.env
    assert not app.state.memo and not env.cache
    with TestClient(app) as client:            # entering runs the start-up, as uvicorn does before it listens
        assert outlines.korea_outlines.cache_info().currsize == 1
        assert outlines._svg_path.cache_info().currsize == len(outlines.korea_outlines().layers)
        assert pack_module._default_pack.cache_info().currsize == 1
        compiled = {key[1] for key in env.cache.keys()}
        assert set(env.list_templates(filter_func=lambda n: n.endswith(".html"))) <= compiled
        assert {("dashboard",), ("dashboard charts",), ("map", None, None), ("entities", None, 1, 20),
                ("entities", "facility", 1, 20), ("entities", "person", 1, 20)} <= set(app.state.memo)

        # The first dashboard and map are answered from what start-up computed.
        def not_again(*args, **kwargs):
            raise AssertionError("computed again on the first request")
        monkeypatch.setattr(views, "dashboard", not_again)
        monkeypatch.setattr(views, "map_points", not_again)
        client.headers["Authorization"] = f"Bearer {token}"
        assert client.get("/").status_code == 200
        assert client.get("/map").status_code == 200
        assert client.get("/api/dashboard").status_code == 200
        # The first page of each kind's list is answered from start-up too, as the route computes it.
        monkeypatch.setattr(api_module, "entity_page", not_again)
        facilities = client.get("/api/entities?kind=facility").json()
        assert facilities["total"] > 0 and {i["kind"] for i in facilities["items"]} == {"facility"}
        summaries = [s for s in app.state.store.entities("facility") if s.reports]
        assert [i["id"] for i in facilities["items"]] == [s.entity.id for s in summaries][:20]
        assert facilities["total"] == len(summaries)


def test_without_warm_nothing_is_computed_before_a_request(web_kb, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(web_kb, db)
    app = create_app(Settings.load(db=str(db), env={}))
    with TestClient(app):
        assert not app.state.memo
    # (the store closes with the app's shutdown)

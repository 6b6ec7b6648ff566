"""The API against its own OpenAPI description, with schemathesis (property-based requests).

Every operation is called with generated parameters and bodies, as an analyst;
each response must be no server error and must match the status codes,
content types and schemas the description declares.
"""
from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402


OPERATIONS = ("GET /api/me", "GET /api/search", "GET /api/events", "GET /api/entities", "GET /api/entities/{entity}",
              "GET /api/claims/{event_id}", "GET /api/reports/{doc_id}", "GET /api/dashboard", "GET /api/map",
              "GET /api/audit", "POST /api/claims/{event_id}/review", "POST /api/entities/{entity}/review",
              "GET /api/users", "POST /api/users", "POST /api/users/{name}/tokens")


@pytest.mark.parametrize("label", OPERATIONS)
def test_every_operation_keeps_to_the_description(wb, label):
    # Driven by hand rather than through schemathesis' pytest plugin, whose fixture support
    # does not run under pytest 9.
    headers = {"Authorization": f"Bearer {wb.tokens['admin']}"}
    loaded = schemathesis.openapi.from_asgi("/api/openapi.json", wb.app, headers=headers)
    operation = loaded.find_operation_by_label(label)
    calls = []

    @given(case=operation.as_strategy())
    @settings(max_examples=15, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    def run(case):
        response = case.call_and_validate(headers=headers)
        calls.append(response.status_code)

    run()
    assert calls, f"{label}: no request was made"


def test_the_description_covers_every_api_route(wb):
    client = wb.api("reader")
    spec = client.get("/api/openapi.json").json()
    assert {"/api/search", "/api/entities/{entity}", "/api/claims/{event_id}", "/api/reports/{doc_id}",
            "/api/events", "/api/claims/{event_id}/review", "/api/entities/{entity}/review",
            "/api/dashboard", "/api/map", "/api/audit"} <= set(spec["paths"])
    search = spec["paths"]["/api/search"]["get"]
    assert {"q", "type", "place", "facility", "since", "until", "attribution", "modality", "outlet", "page",
            "per_page"} <= {p["name"] for p in search["parameters"]}
    assert "401" in search["responses"] and "404" in search["responses"]

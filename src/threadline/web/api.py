"""The JSON API (``/api/...``), described by OpenAPI at ``/api/openapi.json``.

Each route is one call into ``threadline.web.views`` (which calls the
library); errors are ``{"error": {"status", "message"}}`` with a message that
says what to fix.
"""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from threadline.errors import ConfigError
from threadline.model import ATTRIBUTIONS, ENTITY_KINDS, EVENT_TYPES, MODALITIES
from threadline.web import auth, views
from threadline.web.app import SUMMARY, Caller, admin, analyst, cached, memoized, reader


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    status: int
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text} for code, text in (
        (400, "a bad value; the message says which"), (401, "no valid credentials"),
        (403, "the user's role may not do this, or a missing CSRF token"),
        (404, "no such entity, claim or report"), (422, "a malformed request"))}

router = APIRouter(prefix="/api", responses=ERRORS)


class SearchItem(Open):
    kind: Literal["event", "document"]
    doc_id: str
    event_id: str | None
    event_type: str | None
    title: str | None
    snippet: str | None
    start: int
    end: int


class Page(Open):
    items: list[dict[str, Any]]
    page: int
    per_page: int
    total: int
    next_page: int | None


class SearchPage(Page):
    items: list[SearchItem]
    capped: bool = Field(description="the full-text search stopped at its limit of best hits; refine the words")
    filters: dict[str, Any]
    entities: list[dict[str, Any]]


class EntityView(Open):
    entity: dict[str, Any]
    names: list[dict[str, Any]]
    inside: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    groups: list[dict[str, Any]]


class ClaimView(Open):
    claim: dict[str, Any]
    independent_sources: int
    sources: list[dict[str, Any]]
    history: list[dict[str, Any]]


class ReportView(Open):
    document: dict[str, Any]
    events: list[dict[str, Any]]
    mentions: list[dict[str, Any]]
    timexes: list[dict[str, Any]]


class Decided(Open):
    decision: dict[str, Any]
    message: str


class ClaimReview(BaseModel):
    action: Literal["confirm", "reject"]
    reason: str = Field("", max_length=2000)


class EntityReview(BaseModel):
    action: Literal["merge", "split", "rename", "alias"]
    value: str = Field(..., min_length=1, max_length=500,
                       description="merge: the entity folded into this one; split: the spelling to take out; "
                                   "rename: the new name; alias: the new alias")
    reason: str = Field("", max_length=2000)


class NewUser(BaseModel):
    name: str = Field(..., min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._@-]+$")
    role: Literal["reader", "analyst", "admin"]
    password: str | None = Field(None, min_length=auth.MIN_PASSWORD_LENGTH, max_length=200)


class NewToken(BaseModel):
    label: str = Field("", max_length=200)


def _store(request: Request):
    return request.app.state.store


def _memo(request: Request):
    """Keep search matches until reports or entities change (review states are read fresh)."""
    return lambda key, compute: cached(request, key, compute, SUMMARY)


def _settings(request: Request):
    return request.app.state.settings


EventType = Literal[EVENT_TYPES]          # type: ignore[valid-type]
Attribution = Literal[ATTRIBUTIONS]      # type: ignore[valid-type]
Modality = Literal[MODALITIES]           # type: ignore[valid-type]
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Since = Query(None, pattern=DATE_PATTERN, description="from this date on: YYYY, YYYY-MM or YYYY-MM-DD")
Until = Query(None, pattern=DATE_PATTERN, description="up to and including this date: YYYY, YYYY-MM or YYYY-MM-DD")
PageNo = Query(1, ge=1, le=100_000, description="1-based page number")
FIRST_PAGE = 20
PerPage = Query(FIRST_PAGE, ge=1, le=views.MAX_PER_PAGE)


@router.get("/me", summary="Who is signed in")
def me(caller: Caller = Depends(reader)) -> dict[str, str]:
    return {"name": caller.user.name, "role": caller.user.role, "via": caller.via}


@router.get("/search", response_model=SearchPage, summary="Full text over reports and claims, with filters")
def search(request: Request, caller: Caller = Depends(reader),
           q: str = Query("", max_length=500, description="words (ANDed) or a \"quoted phrase\"; empty: claims "
                                                          "matching the filters, latest first"),
           type: EventType | None = Query(None, description="event type"),
           place: str | None = Query(None, max_length=200, description="a place, with everything below it"),
           facility: str | None = Query(None, max_length=200),
           since: str | None = Since, until: str | None = Until,
           attribution: Attribution | None = Query(None), modality: Modality | None = Query(None),
           outlet: str | None = Query(None, max_length=200), page: int = PageNo, per_page: int = PerPage):
    f = views.Filters(q, type, place, facility, since, until, attribution, modality, outlet)
    return views.search(_store(request), _settings(request), f, page, per_page, _memo(request))


@router.get("/events", response_model=Page, summary="Claims (events) filtered as `threadline events` does")
def events(request: Request, caller: Caller = Depends(reader), type: EventType | None = Query(None),
           since: str | None = Since, until: str | None = Until,
           place: str | None = Query(None, max_length=200), entity: str | None = Query(None, max_length=200),
           page: int = PageNo, per_page: int = PerPage):
    f = views.Filters("", type, place, entity, since, until)
    return views.search(_store(request), _settings(request), f, page, per_page, _memo(request))


@router.get("/entities", response_model=Page, summary="Entities with their report and source counts")
def entities(request: Request, caller: Caller = Depends(reader),
             kind: Literal["place", "organization", "facility", "person"] | None = Query(None),
             page: int = PageNo, per_page: int = PerPage):
    items, total = cached(request, ("entities", kind, page, per_page),
                          lambda: entity_page(_store(request), kind, page, per_page), SUMMARY)
    return {"items": items, "page": page, "per_page": per_page, "total": total,
            "next_page": page + 1 if page * per_page < total else None}


def entity_page(store, kind: str | None, page: int, per_page: int) -> tuple[list[dict], int]:
    """One page of the reported entities (of one kind, or all), most reported first, with their
    counts, and how many there are: the database cuts the page (an archive holds millions)."""
    found = store.entity_summaries(kind, limit=per_page, offset=(page - 1) * per_page, reported=True)
    return ([dict(views.entity_brief(s.entity), reports=s.reports, sources=s.sources, mentions=s.mentions)
             for s in found], store.count_entities(kind, reported=True))


def warm_entity_lists(app) -> None:
    """The first page of every kind's entity list (and of all kinds), as a client first asks for it."""
    for kind in (None, *ENTITY_KINDS):
        memoized(app, ("entities", kind, 1, FIRST_PAGE),
                 lambda k=kind: entity_page(app.state.store, k, 1, FIRST_PAGE), SUMMARY)


@router.get("/entities/{entity}", response_model=EntityView,
            summary="One entity (name in any spelling, or id): names, contents, timeline, claims by happening")
def entity(request: Request, entity: str, caller: Caller = Depends(reader)):
    return cached(request, ("entity", entity), lambda: views.entity_view(_store(request), _settings(request), entity))


@router.get("/claims/{event_id}", response_model=ClaimView,
            summary="A claim and its happening: every source's sentence, outlet, attribution, independence")
def claim(request: Request, event_id: str, caller: Caller = Depends(reader)):
    out = cached(request, ("claim", event_id), lambda: views.claim_view(_store(request), _settings(request), event_id))
    return dict(out, sources=[{k: v for k, v in s.items() if k != "html"} for s in out["sources"]])


@router.get("/reports/{doc_id}", response_model=ReportView,
            summary="A report: metadata, events, mentions and times with their offsets")
def report(request: Request, doc_id: str, caller: Caller = Depends(reader)):
    out = views.report_view(_store(request), _settings(request), doc_id)
    out.pop("html")
    return out


@router.get("/dashboard", response_model=Open, summary="Counts, latest claims, activity, top facilities")
def dashboard(request: Request, caller: Caller = Depends(reader)):
    data = cached(request, ("dashboard",),
                  lambda: views.dashboard(_store(request), _settings(request), None), SUMMARY)
    return views.with_fresh_reviews(_store(request), data)


@router.get("/map", response_model=Open, summary="Places with coordinates and their event counts in a time range")
def map_data(request: Request, caller: Caller = Depends(reader), since: str | None = Since,
             until: str | None = Until):
    return cached(request, ("map", since, until), lambda: views.map_points(_store(request), since, until), SUMMARY)


@router.get("/audit", response_model=list[dict[str, Any]], summary="The audit log of analyst decisions")
def audit(request: Request, caller: Caller = Depends(reader), limit: int = Query(200, ge=1, le=5000)):
    return views.audit_log(_store(request), limit)


@router.post("/claims/{event_id}/review", response_model=Decided, summary="Confirm or reject a claim (analyst)")
def review_claim(request: Request, event_id: str, body: ClaimReview, caller: Caller = Depends(analyst)):
    return views.review(_store(request), _settings(request), caller.user.name, body.action, event_id,
                        reason=body.reason)


@router.post("/entities/{entity}/review", response_model=Decided,
             summary="Merge, split, rename or alias an entity (analyst)")
def review_entity(request: Request, entity: str, body: EntityReview, caller: Caller = Depends(analyst)):
    return views.review(_store(request), _settings(request), caller.user.name, body.action, entity,
                        body.value, body.reason)


@router.get("/users", response_model=list[dict[str, Any]], summary="Users and their roles (admin)")
def users(request: Request, caller: Caller = Depends(admin)):
    return [{"name": u.name, "role": u.role, "created_at": u.created_at, "last_visit": u.last_visit}
            for u in _store(request).users()]


@router.post("/users", response_model=dict[str, str], status_code=201, summary="Add a user (admin)",
             responses={409: {"model": ErrorBody, "description": "the name is taken"}})
def add_user(request: Request, body: NewUser, caller: Caller = Depends(admin)):
    if body.name in {u.name for u in _store(request).users()}:
        raise HTTPException(409, f"user {body.name!r} exists already; choose another name")
    hashed = auth.hash_password(body.password) if body.password else None
    user = _store(request).add_user(body.name, body.role, hashed)
    return {"name": user.name, "role": user.role}


@router.post("/users/{name}/tokens", response_model=dict[str, str], status_code=201,
             summary="Create an API token for a user (admin); the token is shown only in this response")
def add_token(request: Request, name: str, body: NewToken, caller: Caller = Depends(admin)):
    if body.label and "\n" in body.label:
        raise ConfigError("a token label is one line")
    token = auth.new_token()
    _store(request).add_token(name, auth.token_digest(token), "api", body.label)
    return {"user": name, "token": token}


"""The workbench's HTML pages: server-rendered from the same views as the API.

Forms post back here with the session's CSRF token; a successful write
redirects (303) to the page it came from.
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from threadline.domain.outlines import korea_outlines
from threadline.errors import NotFoundError
from threadline.model import ATTRIBUTIONS, EVENT_TYPES, MODALITIES
from threadline.web import auth, charts, views
from threadline.web.app import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_HOURS,
    AuthError,
    Caller,
    TooManyTries,
    _safe_next,
    analyst,
    SUMMARY,
    cached,
    caller,
    memoized,
    reader,
    render,
)
from threadline.web.markup import snippet

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return auth.hash_password(auth.new_token())


def _cookie_secure(request: Request) -> bool:
    return request.url.scheme == "https"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/", failed: int = 0):
    token = auth.new_token()
    response = render(request, "login.html", None, next=_safe_next(next), login_csrf=token, failed=bool(failed))
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=_cookie_secure(request),
                        max_age=3600, path="/login")
    return response


@router.post("/login")
def login(request: Request, username: str = Form(..., max_length=100), password: str = Form(..., max_length=200),
          csrf_token: str = Form(...), next: str = Form("/")):
    store = request.app.state.store
    if not auth.same_secret(csrf_token, request.cookies.get(LOGIN_CSRF_COOKIE)):
        raise AuthError("the sign-in form is stale; reload the page and try again", 403)
    # Guessing is slowed per name (one account attacked from many addresses) and per address
    # (many names tried from one); a refused try is not checked, so it costs no scrypt either.
    limiter = request.app.state.login_limiter
    keys = ("user:" + username.strip().casefold(), "address:" + (request.client.host if request.client else "?"))
    wait = limiter.retry_after(*keys)
    if wait is not None:
        raise TooManyTries(wait)
    try:
        stored = store.password_hash(username)
    except NotFoundError:
        stored = None
    # An unknown name costs one scrypt too, so the time taken does not tell which names exist.
    if not auth.verify_password(password, stored or _dummy_hash()) or stored is None:
        # (stored is None: the dummy hash cannot match a guessed password, but be explicit)
        limiter.failed(*keys)
        return RedirectResponse(f"/login?failed=1&next={quote(_safe_next(next))}", status_code=303)
    limiter.forget(keys[0])
    session = auth.new_token()
    expires = (datetime.now(timezone.utc) + timedelta(hours=SESSION_HOURS)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    store.add_token(username, auth.token_digest(session), "session", "browser", expires)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", secure=_cookie_secure(request),
                        max_age=SESSION_HOURS * 3600, path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, csrf_token: str = Form("")):
    who = caller(request)
    if who.session_token:
        if not auth.same_secret(csrf_token, auth.csrf_token(who.session_token)):
            raise AuthError("the form's CSRF token is missing or stale; reload the page and try again", 403)
        request.app.state.store.delete_token(auth.token_digest(who.session_token))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def dashboard_summary(app) -> tuple[dict, object, object]:
    """The same summary as /api/dashboard (one computation for both), and its charts drawn once."""
    store, settings = app.state.store, app.state.settings
    data = memoized(app, ("dashboard",), lambda: views.dashboard(store, settings, None), SUMMARY)
    by_period, by_province = memoized(app, ("dashboard charts",), lambda: (
        charts.stacked_bars(data["activity"]), charts.hbars(data["activity"]["by_province"])), SUMMARY)
    return data, by_period, by_province


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, who: Caller = Depends(reader)):
    store = request.app.state.store
    previous = store.mark_visit(who.user.name) if who.via != "public" else None
    data, by_period, by_province = dashboard_summary(request.app)
    data = views.with_fresh_reviews(store, data)
    changes = None
    if previous:
        changes = {"since": previous, "reports": store.count_documents_stored_since(previous),
                   "decisions": [views.decision_dict(d) for d in store.decisions() if d.created_at > previous][-20:]}
    return render(request, "dashboard.html", who, data=data, changes=changes, by_period=by_period,
                  by_province=by_province)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, who: Caller = Depends(reader), q: str = "", type: str = "", place: str = "",
           facility: str = "", since: str = "", until: str = "", attribution: str = "", modality: str = "",
           outlet: str = "", page: int = 1):
    f = views.Filters(q[:500], type, place, facility, since, until, attribution, modality, outlet)
    result, problem = None, None
    try:
        memo = lambda key, compute: cached(request, key, compute, SUMMARY)      # noqa: E731
        result = views.search(request.app.state.store, request.app.state.settings, f, max(page, 1), 20, memo)
        for item in result["items"]:
            item["snippet_html"] = snippet(item["snippet"] or "") if item["kind"] == "document" or q else None
    except (views.FilterError, NotFoundError) as exc:
        problem = str(exc)
    params = {k: v for k, v in f.__dict__.items() if v}
    return render(request, "search.html", who, f=f, result=result, problem=problem, params=params,
                  types=EVENT_TYPES, attributions=ATTRIBUTIONS, modalities=MODALITIES)


@router.get("/entities/{entity}", response_class=HTMLResponse)
def entity(request: Request, entity: str, who: Caller = Depends(reader)):
    data = cached(request, ("entity", entity),
                  lambda: views.entity_view(request.app.state.store, request.app.state.settings, entity))
    e, at = data["entity"], data["position"]
    mini = None
    if at is not None:
        point = {"id": e["id"], "kind": e["kind"], "name": e["name"], "lat": at["lat"], "lon": at["lon"], "events": 1}
        mini = charts.map_svg(korea_outlines(), [point], label=True)
    return render(request, "entity.html", who, data=data, map=mini)


@router.get("/claims/{event_id}", response_class=HTMLResponse)
def claim(request: Request, event_id: str, who: Caller = Depends(reader)):
    data = cached(request, ("claim", event_id),
                  lambda: views.claim_view(request.app.state.store, request.app.state.settings, event_id))
    return render(request, "claim.html", who, data=data)


@router.post("/claims/{event_id}/review")
def review_claim(request: Request, event_id: str, action: str = Form(...), reason: str = Form("", max_length=2000),
                 who: Caller = Depends(analyst)):
    views.review(request.app.state.store, request.app.state.settings, who.user.name, action, event_id,
                 reason=reason)
    return RedirectResponse(f"/claims/{quote(event_id)}?done={quote(action)}", status_code=303)


@router.post("/entities/{entity}/review")
def review_entity(request: Request, entity: str, action: str = Form(...), value: str = Form("", max_length=500),
                  reason: str = Form("", max_length=2000), who: Caller = Depends(analyst)):
    out = views.review(request.app.state.store, request.app.state.settings, who.user.name, action, entity,
                       value, reason)
    target = out["decision"]["subject"]
    return RedirectResponse(f"/entities/{quote(target, safe='')}?done={quote(action)}", status_code=303)


@router.get("/reports/{doc_id}", response_class=HTMLResponse)
def report(request: Request, doc_id: str, who: Caller = Depends(reader)):
    data = views.report_view(request.app.state.store, request.app.state.settings, doc_id)
    return render(request, "report.html", who, data=data)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, who: Caller = Depends(reader), since: str = "", until: str = ""):
    store = request.app.state.store
    problem = None
    try:
        data = cached(request, ("map", since or None, until or None),
                      lambda: views.map_points(store, since or None, until or None), SUMMARY)
    except views.FilterError as exc:
        data, problem = {"points": [], "since": since, "until": until}, str(exc)
    svg = charts.map_svg(korea_outlines(), data["points"])
    return render(request, "map.html", who, data=data, svg=svg, since=since, until=until, problem=problem)


@router.get("/audit", response_class=HTMLResponse)
def audit(request: Request, who: Caller = Depends(reader)):
    return render(request, "audit.html", who, rows=views.audit_log(request.app.state.store))

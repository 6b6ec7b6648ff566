"""The workbench's app factory: one FastAPI app over one open knowledge base.

Access: every route needs a signed-in user (a browser session cookie, or an
API token as ``Authorization: Bearer ...``) unless the instance is public, in
which case an anonymous visitor is a reader. Only ``/login`` and ``/static``
are open. Writes need the analyst role (reviews) or admin (users); a
cookie-authenticated write also needs the session's CSRF token.

Every response carries a strict Content-Security-Policy: scripts, styles and
images only from this server, no inline script, no framing.
"""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from threadline.errors import ConfigError, NotFoundError, ThreadlineError
from threadline.model import ROLES, User
from threadline.settings import Settings
from threadline.store import open_store
from threadline.web import auth
from threadline.web.ratelimit import FailureLimiter

HERE = Path(__file__).parent
SESSION_COOKIE = "tl_session"
LOGIN_CSRF_COOKIE = "tl_login_csrf"
CSRF_HEADER = "x-csrf-token"
#: Sessions last a working day.
SESSION_HOURS = 12
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
OPEN_PATHS = ("/login", "/static/")
MEMO_SIZE = 256
#: What whole-knowledge-base summaries (dashboard, map, entity lists) depend on.
SUMMARY = ("documents", "entities")


class AuthError(ThreadlineError):
    """The request has no valid credentials (401) or its user may not do this (403)."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


class TooManyTries(ThreadlineError):
    """Too many failed sign-ins for a user name or from an address (429, with Retry-After)."""

    def __init__(self, retry_after: int):
        super().__init__(f"too many failed sign-ins; try again in {retry_after} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Caller:
    """Who is asking, and how: ``via`` is session, token or public."""

    user: User
    via: str
    session_token: str | None = None

    def can(self, role: str) -> bool:
        return ROLES.index(self.user.role) >= ROLES.index(role)


def _templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    return Jinja2Templates(env=env)


def create_app(settings: Settings, public: bool = False, warm: bool = False) -> FastAPI:
    """The workbench over the knowledge base ``settings.db``.

    Args:
        settings: the one settings object (``db`` names the knowledge base).
        public: let visitors without credentials read (never write).
        warm: at startup, before the first request is answered, do what a first request would
            otherwise pay for (see ``warm_up``): seconds on a large knowledge base, once.
    Returns:
        the FastAPI app; its store opens at startup and closes at shutdown.
    Raises:
        StoreError: the knowledge base cannot be opened.
    """
    store = open_store(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:
            # uvicorn listens only once startup is over, so no request waits behind half-done work.
            await anyio.to_thread.run_sync(warm_up, app)
            await _route_once(app)
        yield
        store.close()

    app = FastAPI(title="Threadline workbench API", version="1",
                  description="JSON over the Threadline knowledge base: search, entities, claims, reports, "
                              "events, reviews. Authenticate with `Authorization: Bearer TOKEN` "
                              "(`threadline token create USER`).",
                  docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.store = store
    app.state.settings = settings
    app.state.public = public
    app.state.templates = _templates()
    app.state.memo = {}
    app.state.login_limiter = FailureLimiter(settings.login_failures, settings.login_window)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    def error(request: Request, status: int, message: str):
        if wants_json(request):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        if status == 401:
            return RedirectResponse("/login?next=" + _safe_next(request.url.path), status_code=303)
        return app.state.templates.TemplateResponse(request, "error.html", {"status": status, "message": message,
                                                                             "caller": None}, status_code=status)

    @app.exception_handler(AuthError)
    async def on_auth(request: Request, exc: AuthError):
        return error(request, exc.status, str(exc))

    @app.exception_handler(TooManyTries)
    async def on_too_many(request: Request, exc: TooManyTries):
        response = error(request, 429, str(exc))
        response.headers["Retry-After"] = str(exc.retry_after)
        return response

    @app.exception_handler(NotFoundError)
    async def on_missing(request: Request, exc: NotFoundError):
        return error(request, 404, str(exc))

    @app.exception_handler(ThreadlineError)
    async def on_threadline(request: Request, exc: ThreadlineError):
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return error(request, 422, "invalid request: " + "; ".join(parts) if parts else "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route {request.url.path}; the API is described at /api/openapi.json"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error(request, exc.status_code, message)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from threadline.web import api, pages     # the routers need the helpers above
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/api/openapi.json", include_in_schema=False)
    def openapi(caller: Caller = Depends(reader)):
        return JSONResponse(app.openapi())

    return app


def _safe_next(path: str) -> str:
    """A redirect target limited to this site's own paths."""
    return path if path.startswith("/") and not path.startswith("//") else "/"


# -- who is asking -------------------------------------------------------------

def caller(request: Request) -> Caller:
    """The signed-in user, from an API token or a session cookie (or anonymous when public).

    Raises:
        AuthError: 401 without valid credentials on a private instance.
    """
    store = request.app.state.store
    header = request.headers.get("authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("use the header `Authorization: Bearer TOKEN`", 401)
        try:
            return Caller(store.user_for_token(auth.token_digest(token.strip()), "api"), "token")
        except NotFoundError as exc:
            raise AuthError(str(exc), 401) from exc
    session = request.cookies.get(SESSION_COOKIE)
    if session:
        try:
            return Caller(store.user_for_token(auth.token_digest(session), "session"), "session", session)
        except NotFoundError:
            pass
    if request.app.state.public:
        return Caller(User("anonymous", "reader"), "public")
    raise AuthError("sign in, or send an API token as `Authorization: Bearer TOKEN` "
                    "(create one with `threadline token create USER`)", 401)


def reader(request: Request) -> Caller:
    """Any signed-in user (or anyone, on a public instance)."""
    return caller(request)


def _writer(role: str):
    async def check(request: Request) -> Caller:
        who = caller(request)
        if who.via == "public":
            raise AuthError("sign in to change anything", 401)
        if not who.can(role):
            raise AuthError(f"{who.user.name} is a {who.user.role}; this needs the {role} role", 403)
        if who.via == "session":
            sent = request.headers.get(CSRF_HEADER)
            if sent is None and request.headers.get("content-type", "").startswith(
                    ("application/x-www-form-urlencoded", "multipart/form-data")):
                sent = (await request.form()).get("csrf_token")
            if not auth.same_secret(sent, auth.csrf_token(who.session_token)):
                raise AuthError("the form's CSRF token is missing or stale; reload the page and try again", 403)
        return who
    return check


analyst = _writer("analyst")
admin = _writer("admin")


def render(request: Request, template: str, who: Caller | None, **context) -> HTMLResponse:
    """A page, with the caller and (for sessions) the CSRF token its forms carry."""
    csrf = auth.csrf_token(who.session_token) if who and who.session_token else ""
    return request.app.state.templates.TemplateResponse(
        request, template, dict(context, caller=who, csrf=csrf))


def check_config(settings: Settings) -> None:
    """Refuse settings the workbench cannot serve (an in-memory database is empty on every start)."""
    if settings.db == ":memory:":
        raise ConfigError("serve needs a knowledge base on disk or a postgresql:// URL, not :memory:")


def cached(request: Request, key: tuple, compute, depends: tuple[str, ...] = ("documents", "decisions")):
    """``memoized`` for the app serving ``request``."""
    return memoized(request.app, key, compute, depends)


def memoized(app: FastAPI, key: tuple, compute, depends: tuple[str, ...] = ("documents", "decisions")):
    """A view recomputed only when what it ``depends`` on changes, judged by table counts.

    Ingest adds documents; every review adds a decision; a merge removes an
    entity. The dashboard and map show no review state, so they depend on
    documents and entities only and survive a confirmation. At most
    ``MEMO_SIZE`` results are kept, the oldest dropped first.
    """
    store = app.state.store
    version = tuple(store.count(table) for table in depends)
    memo = app.state.memo
    hit = memo.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    value = compute()
    if len(memo) >= MEMO_SIZE:
        memo.pop(next(iter(memo)))
    memo[key] = (version, value)
    return value


def warm_up(app: FastAPI) -> None:
    """Do once what the first requests after start-up would otherwise pay for.

    Measured on a cold process (2 cores): compiling the templates (~0.3 s), loading the domain
    pack (~0.5 s), reading and projecting the map's outlines (~0.6 s), and the whole-knowledge-base
    summaries: the dashboard and the map with their charts, the entity lists (seconds each on the
    KCNA knowledge base).
    Errors are left for the request that meets them, with their message.
    """
    from threadline import analyze
    from threadline.domain import load_pack
    from threadline.domain.outlines import korea_outlines
    from threadline.extract.lexicon import load_lexicon
    from threadline.web import api, pages, views
    store, settings = app.state.store, app.state.settings
    env = app.state.templates.env
    for name in env.list_templates(filter_func=lambda n: n.endswith(".html")):
        env.get_template(name)
    try:
        load_pack(settings.domain_pack)
        load_lexicon(settings.domain_pack)          # claim groups place happenings with it
        outlines = korea_outlines()
        for layer in outlines.layers:
            outlines.svg_path(layer)
    except ThreadlineError:
        pass
    try:
        analyze.find_entity(store, "Pyongyang", settings.domain_pack)
    except ThreadlineError:
        pass        # an empty knowledge base: the lookup's indexes are built all the same
    try:
        pages.dashboard_summary(app)
        memoized(app, ("map", None, None), lambda: views.map_points(store), SUMMARY)
        api.warm_entity_lists(app)
    except ThreadlineError:
        pass


async def _route_once(app: FastAPI) -> None:
    """Send one request for a path no route has through the app, in process (nothing listens yet).

    FastAPI prepares an included router's routes (their parameters' validators) the first time a
    request is matched against them: a third of a second for this app, paid by whichever request
    came first. Looking for a path that matches nothing walks, and so prepares, every route.
    """
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": "/api/__warm-up__", "raw_path": b"/api/__warm-up__", "root_path": "",
             "query_string": b"", "headers": [], "client": ("127.0.0.1", 0), "server": ("127.0.0.1", 0),
             "state": {}}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        pass

    await app(scope, receive, send)


def from_environment() -> FastAPI:
    """The app for ``uvicorn --factory threadline.web.app:from_environment`` (several workers, a benchmark).

    Settings come from the environment (``THREADLINE_DB``, ``THREADLINE_CONFIG``);
    ``THREADLINE_PUBLIC=1`` makes the instance public.
    """
    import os
    settings = Settings.load()
    check_config(settings)
    return create_app(settings, public=os.environ.get("THREADLINE_PUBLIC", "") in ("1", "true", "yes"), warm=True)

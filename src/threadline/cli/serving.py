"""The workbench: serve, and its users and API tokens."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from threadline.cli.common import ConfigOption, DbOption, app, err, fail, load_settings, out, session
from threadline.cli.output import line, safe
from threadline.errors import ThreadlineError

user_app = typer.Typer(help="Workbench users (roles: reader, analyst, admin).", no_args_is_help=True)
token_app = typer.Typer(help="API tokens for the workbench's JSON API.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")


@app.command()
def serve(host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
          port: int = typer.Option(8000, "--port"),
          public: bool = typer.Option(False, "--public", help="Let visitors without an account read (never write)."),
          db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The analyst's workbench: web pages and a JSON API over the knowledge base."""
    import uvicorn

    from threadline.web.app import check_config, create_app
    try:
        settings = load_settings(db, config)
        check_config(settings)
        web = create_app(settings, public=public, warm=True)
    except ThreadlineError as exc:
        fail(exc)
    if not public and not web.state.store.users():
        line(err, "no users yet: add one with `threadline user add NAME --role admin`")
    line(out, f"Threadline workbench on http://{host}:{port}/ (knowledge base {settings.db}"
              f"{', public: anyone may read' if public else ''})")
    uvicorn.run(web, host=host, port=port, log_level="warning")


@user_app.command("add")
def user_add(name: str = typer.Argument(..., help="Login name."),
             role: str = typer.Option("reader", "--role", help="reader, analyst or admin."),
             password_stdin: bool = typer.Option(False, "--password-stdin",
                                                 help="Read the password from standard input (for scripts)."),
             no_password: bool = typer.Option(False, "--no-password", help="An API-token-only user."),
             db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Add a workbench user; the password is kept only as a salted scrypt hash."""
    from threadline.web.auth import hash_password
    if no_password:
        password = None
    elif password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    with session(db, config, write=True) as (settings, store):
        user = store.add_user(name, role, hash_password(password) if password is not None else None)
    line(out, f"user {user.name} ({user.role}) added")


@user_app.command("list")
def user_list(db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The workbench's users and their roles."""
    from rich.table import Table
    with session(db, config) as (settings, store):
        rows = store.users()
    table = Table("name", "role", "created", "last visit")
    for u in rows:
        table.add_row(safe(u.name), u.role, u.created_at, u.last_visit or "")
    out.print(table)


@token_app.command("create")
def token_create(user: str = typer.Argument(..., help="The user the token acts as."),
                 label: str = typer.Option("", "--label", help="What the token is for."),
                 db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Create an API token; it is printed once and kept only as a hash."""
    from threadline.web.auth import new_token, token_digest
    token = new_token()
    with session(db, config, write=True) as (settings, store):
        store.add_token(user, token_digest(token), "api", label)
    print(token)


@token_app.command("list")
def token_list(user: Optional[str] = typer.Option(None, "--user", help="Only this user's tokens."),
               all_: bool = typer.Option(False, "--all", help="Also the revoked and the expired ones."),
               db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """The tokens that can sign in now (API tokens and browser sessions); ids for `token revoke`."""
    from rich.table import Table
    with session(db, config) as (settings, store):
        rows = store.tokens(user=user, include_inactive=all_)
    table = Table("id", "user", "kind", "label", "created", "expires", "revoked")
    for k in rows:
        revoked = f"{k.revoked_at} by {safe(k.revoked_by or '')}" if k.revoked_at else ""
        table.add_row(str(k.id), safe(k.user), k.kind, safe(k.label), k.created_at, k.expires_at or "never",
                      revoked)
    out.print(table)
    line(out, f"{len(rows)} token(s)" + ("" if all_ else "; --all also lists the revoked and expired ones"))


@token_app.command("revoke")
def token_revoke(token_id: int = typer.Argument(..., help="The token's id, as `threadline token list` shows it."),
                 db: Optional[str] = DbOption, config: Optional[Path] = ConfigOption):
    """Revoke a token: the workbench refuses it (401) from the next request on; the revocation is kept on
    record with who did it (the `analyst` setting) and when."""
    with session(db, config, write=True) as (settings, store):
        k = store.revoke_token(token_id, settings.analyst)
    line(out, f"token {k.id} of {safe(k.user)} ({k.kind}{', ' + safe(k.label) if k.label else ''}) revoked "
              f"at {k.revoked_at} by {safe(k.revoked_by or '')}")

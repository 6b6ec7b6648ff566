"""``threadline user add``, ``user list``, ``token create`` and ``serve``'s refusals, through the CLI."""
from __future__ import annotations

from typer.testing import CliRunner

from threadline import cli
from threadline.store import open_store
from threadline.web import auth

runner = CliRunner()


def tl(*args, input=None):
    return runner.invoke(cli.app, [str(a) for a in args], input=input, env={}, catch_exceptions=False)


def test_user_add_keeps_only_a_hash_and_token_create_prints_a_working_token(tmp_path, monkeypatch):
    monkeypatch.setattr(cli.out, "width", 200)
    db = tmp_path / "kb.db"
    r = tl("user", "add", "mira", "--role", "analyst", "--password-stdin", "--db", db,
           input="a passphrase of some length\n")
    assert r.exit_code == 0 and "user mira (analyst) added" in r.stdout, r.output
    r = tl("token", "create", "mira", "--label", "laptop", "--db", db)
    token = r.stdout.strip()
    assert r.exit_code == 0 and len(token) >= 43
    with open_store(str(db)) as s:
        assert s.user_for_token(auth.token_digest(token), "api").name == "mira"
        stored = s.password_hash("mira")
    assert "passphrase" not in stored and auth.verify_password("a passphrase of some length", stored)
    listed = tl("user", "list", "--db", db)
    assert "mira" in listed.stdout and "analyst" in listed.stdout


def test_bad_roles_short_passwords_and_unknown_users_are_errors(tmp_path):
    db = tmp_path / "kb.db"
    r = tl("user", "add", "x", "--role", "owner", "--no-password", "--db", db)
    assert r.exit_code == 2 and "unknown role" in r.output
    r = tl("user", "add", "y", "--role", "reader", "--password-stdin", "--db", db, input="short\n")
    assert r.exit_code == 2 and "at least" in r.output
    r = tl("token", "create", "nobody", "--db", db)
    assert r.exit_code == 2 and "no user 'nobody'" in r.output


def test_serve_refuses_an_in_memory_knowledge_base():
    r = tl("serve", "--db", ":memory:")
    assert r.exit_code == 2 and "not :memory:" in r.output

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


def test_token_list_and_revoke_refuse_the_token_at_once_on_a_running_workbench(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from threadline.settings import Settings
    from threadline.web.app import create_app
    monkeypatch.setattr(cli.out, "width", 200)
    db = tmp_path / "kb.db"
    assert tl("user", "add", "mira", "--role", "analyst", "--no-password", "--db", db).exit_code == 0
    laptop = tl("token", "create", "mira", "--label", "laptop", "--db", db).stdout.strip()
    phone = tl("token", "create", "mira", "--label", "phone", "--db", db).stdout.strip()
    app = create_app(Settings.load(db=str(db), env={}))
    try:
        client = TestClient(app)
        assert client.get("/api/audit", headers={"Authorization": f"Bearer {laptop}"}).status_code == 200
        listed = tl("token", "list", "--db", db)
        assert listed.exit_code == 0 and "laptop" in listed.stdout and "phone" in listed.stdout
        assert laptop not in listed.stdout and auth.token_digest(laptop) not in listed.stdout   # no secret shown
        with open_store(str(db)) as s:
            laptop_id = next(k.id for k in s.tokens() if k.label == "laptop")
        r = tl("token", "revoke", laptop_id, "--db", db, "--config", _config(tmp_path, "root"))
        assert r.exit_code == 0 and f"token {laptop_id} of mira (api, laptop) revoked" in r.stdout and "by root" in r.stdout
        # The running workbench (its own open store) refuses it from the next request on.
        refused = client.get("/api/audit", headers={"Authorization": f"Bearer {laptop}"})
        assert refused.status_code == 401 and "revoked" in refused.json()["error"]["message"]
        assert client.get("/api/audit", headers={"Authorization": f"Bearer {phone}"}).status_code == 200
    finally:
        app.state.store.close()
    assert "laptop" not in tl("token", "list", "--db", db).stdout
    everything = tl("token", "list", "--all", "--db", db).stdout
    assert "laptop" in everything and "by root" in everything
    again = tl("token", "revoke", laptop_id, "--db", db)
    assert again.exit_code == 2 and "revoked already" in again.output
    missing = tl("token", "revoke", "999", "--db", db)
    assert missing.exit_code == 2 and "no token with id 999" in missing.output


def _config(tmp_path, analyst: str):
    path = tmp_path / "who.toml"
    path.write_text(f'analyst = "{analyst}"\n', encoding="utf-8")
    return path

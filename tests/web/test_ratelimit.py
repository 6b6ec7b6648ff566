"""Failed sign-ins are counted per user name and per client address; past the limit, 429 with Retry-After."""
from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import PASSWORD
from threadline.web.ratelimit import FailureLimiter


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_a_key_is_refused_after_the_limit_until_its_oldest_failure_ages_out():
    clock = Clock()
    lim = FailureLimiter(3, 60, clock)
    for step in range(3):
        assert lim.retry_after("user:ana") is None
        lim.failed("user:ana", "address:1")
        clock.now += 10
    # Failures at 1000, 1010, 1020; now 1030: the first ages out at 1060.
    assert lim.retry_after("user:ana") == 30
    assert lim.retry_after("user:bob", "address:1") == 30       # the address failed three times too
    assert lim.retry_after("user:bob", "address:2") is None
    clock.now = 1060.5
    assert lim.retry_after("user:ana") is None                  # two failures left in the window
    lim.failed("user:ana")
    assert lim.retry_after("user:ana") == 10                    # the one at 1010 ages out at 1070
    lim.forget("user:ana")
    assert lim.retry_after("user:ana") is None


def _login(client: TestClient, username: str, password: str):
    client.get("/login")
    return client.post("/login", data={"username": username, "password": password,
                                       "csrf_token": client.cookies.get("tl_login_csrf"), "next": "/"},
                       follow_redirects=False)


def test_five_failed_sign_ins_for_one_name_refuse_the_sixth_even_with_the_right_password(wb):
    for i in range(5):
        # From five different addresses: the name's own count refuses the sixth.
        r = _login(TestClient(wb.app, client=(f"192.0.2.{i}", 4000)), "analyst", "wrong password")
        assert r.status_code == 303 and "failed=1" in r.headers["location"]
    r = _login(TestClient(wb.app, client=("192.0.2.99", 4000)), "Analyst", PASSWORD)
    assert r.status_code == 429
    assert 590 <= int(r.headers["Retry-After"]) <= 600
    assert "too many failed sign-ins" in r.text and "tl_session" not in r.cookies
    # Another user from a fresh address is not affected; nor is an API token.
    assert _login(TestClient(wb.app, client=("192.0.2.100", 4000)), "reader", PASSWORD).status_code == 303
    assert wb.api("analyst").get("/api/dashboard").status_code == 200


def test_one_address_trying_many_names_is_refused(wb):
    client = TestClient(wb.app, client=("198.51.100.7", 5000))
    for name in ("a", "b", "c", "d", "e"):
        assert _login(client, name, "guess").status_code == 303
    r = _login(client, "admin", PASSWORD)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    # A signed-in success clears the name's count, not the address's.
    other = TestClient(wb.app, client=("198.51.100.8", 5000))
    assert _login(other, "admin", PASSWORD).status_code == 303


def test_a_successful_sign_in_clears_the_names_count(wb):
    for i in range(4):
        _login(TestClient(wb.app, client=(f"203.0.113.{i}", 4000)), "reader", "wrong password")
    assert _login(TestClient(wb.app, client=("203.0.113.50", 4000)), "reader", PASSWORD).status_code == 303
    for i in range(4):
        _login(TestClient(wb.app, client=(f"203.0.113.{10 + i}", 4000)), "reader", "wrong password")
    assert _login(TestClient(wb.app, client=("203.0.113.51", 4000)), "reader", PASSWORD).status_code == 303


def test_the_limits_are_settings(web_kb, tmp_path):
    import shutil

    from threadline.settings import Settings
    from threadline.web.app import create_app
    db = tmp_path / "kb.db"
    shutil.copy(web_kb, db)
    app = create_app(Settings.load(db=str(db), env={"THREADLINE_LOGIN_FAILURES": "1",
                                                    "THREADLINE_LOGIN_WINDOW": "30"}))
    try:
        client = TestClient(app, client=("192.0.2.1", 1))
        assert _login(client, "reader", "nope").status_code == 303
        r = _login(client, "reader", PASSWORD)
        assert r.status_code == 429 and 1 <= int(r.headers["Retry-After"]) <= 30
    finally:
        app.state.store.close()

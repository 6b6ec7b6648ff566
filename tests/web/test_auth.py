"""Password hashing, token digests and CSRF tokens (threadline.web.auth)."""
from __future__ import annotations

import pytest

from threadline.errors import ConfigError
from threadline.web import auth


def test_password_hashes_are_salted_and_verify():
    a, b = auth.hash_password("a long passphrase"), auth.hash_password("a long passphrase")
    assert a != b and a.startswith("scrypt$16384$8$1$")
    assert auth.verify_password("a long passphrase", a) and auth.verify_password("a long passphrase", b)
    assert not auth.verify_password("a long passphrasE", a)
    assert not auth.verify_password("a long passphrase", None)
    assert not auth.verify_password("a long passphrase", "md5$abc")
    assert not auth.verify_password("a long passphrase", "scrypt$x$y")


def test_short_passwords_are_refused():
    with pytest.raises(ConfigError, match="at least"):
        auth.hash_password("short")


def test_tokens_are_random_and_stored_as_digests():
    t1, t2 = auth.new_token(), auth.new_token()
    assert t1 != t2 and len(t1) >= 43
    assert auth.token_digest(t1) == auth.token_digest(t1) != auth.token_digest(t2)
    assert t1 not in auth.token_digest(t1)


def test_csrf_tokens_are_bound_to_the_session():
    s1, s2 = auth.new_token(), auth.new_token()
    assert auth.csrf_token(s1) == auth.csrf_token(s1) != auth.csrf_token(s2)
    assert auth.same_secret(auth.csrf_token(s1), auth.csrf_token(s1))
    assert not auth.same_secret(None, auth.csrf_token(s1)) and not auth.same_secret("", "")

"""Secrets at rest: salted scrypt password hashes, token digests, CSRF tokens.

Only the standard library. The store keeps what these functions return, never
a password or a token itself.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from threadline.errors import ConfigError

#: scrypt cost (RFC 7914 parameters): about 50 ms per check, 16 MB of memory.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    """A salted scrypt hash of a password, self-describing (``scrypt$n$r$p$salt$hash``).

    Raises:
        ConfigError: the password is shorter than ``MIN_PASSWORD_LENGTH``.
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ConfigError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches a hash made by ``hash_password`` (False for no hash)."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)


def new_token() -> str:
    """A fresh random secret for an API token or a session (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the store keeps of a token: its SHA-256 (a random 256-bit secret needs no salt)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def csrf_token(session_token: str) -> str:
    """The CSRF token bound to a browser session: an HMAC of a fixed label keyed by the session secret.

    A cross-site page can neither read the session cookie nor this token, so a
    forged form post cannot carry it.
    """
    return hmac.new(session_token.encode("utf-8"), b"threadline-csrf", hashlib.sha256).hexdigest()


def same_secret(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two secrets (False when either is missing)."""
    return bool(a) and bool(b) and hmac.compare_digest(a, b)

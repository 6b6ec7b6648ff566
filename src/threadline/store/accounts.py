"""Workbench users, API tokens and browser sessions.

A mixin of ``Store`` (``base.py``). The store keeps only hashes: a password's
salted hash and a token's digest are computed by the caller (the web layer's
``threadline.web.auth``), so a copy of the database gives away no secret.
"""
from __future__ import annotations

from sqlalchemy import delete, select, update

from threadline.errors import NotFoundError, StoreError
from threadline.model import ROLES, AccessToken, User
from threadline.store import records as rec
from threadline.store import schema as t

#: The kinds of stored token: a long-lived API token, or a browser session.
TOKEN_KINDS = ("api", "session")


def _user_from(row) -> User:
    return User(name=row.name, role=row.role, created_at=row.created_at, last_visit=row.last_visit)


class Accounts:
    """Store methods for users, their password hashes and their tokens."""

    def add_user(self, name: str, role: str, password_hash: str | None = None) -> User:
        """Create a user.

        Args:
            name: the login name (non-empty, no surrounding spaces).
            role: one of ``model.ROLES``.
            password_hash: the salted hash of the password, or None (token-only user).
        Returns:
            the new user.
        Raises:
            StoreError: an empty name, an unknown role, or the name is taken.
        """
        name = (name or "").strip()
        if not name:
            raise StoreError("a user needs a name")
        if role not in ROLES:
            raise StoreError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        with self._tx(f"adding user {name}", write=True) as conn:
            if conn.execute(select(t.users.c.name).where(t.users.c.name == name)).first():
                raise StoreError(f"user {name!r} exists already; choose another name")
            now = rec.utc_now()
            conn.execute(t.users.insert().values(name=name, role=role, password_hash=password_hash,
                                                 created_at=now, last_visit=None))
        return User(name, role, now, None)

    def update_user(self, name: str, role: str | None = None, password_hash: str | None = None) -> User:
        """Change a user's role and/or password hash.

        Raises:
            NotFoundError: no such user.
            StoreError: an unknown role.
        """
        values = {}
        if role is not None:
            if role not in ROLES:
                raise StoreError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
            values["role"] = role
        if password_hash is not None:
            values["password_hash"] = password_hash
        with self._tx(f"updating user {name}", write=True) as conn:
            if values:
                conn.execute(update(t.users).where(t.users.c.name == name).values(**values))
            return self._user(conn, name)

    def get_user(self, name: str) -> User:
        """The user with this name.

        Raises:
            NotFoundError: no such user.
        """
        with self._tx("reading a user") as conn:
            return self._user(conn, name)

    def _user(self, conn, name: str) -> User:
        row = conn.execute(select(t.users).where(t.users.c.name == name)).first()
        if row is None:
            raise NotFoundError(f"no user {name!r}; add one with `threadline user add {name} --role reader`")
        return _user_from(row)

    def users(self) -> list[User]:
        """Every user, by name."""
        with self._tx("listing users") as conn:
            return [_user_from(row) for row in conn.execute(select(t.users).order_by(t.users.c.name))]

    def password_hash(self, name: str) -> str | None:
        """The stored password hash of a user (None when the user has no password).

        Raises:
            NotFoundError: no such user.
        """
        with self._tx("reading a password hash") as conn:
            row = conn.execute(select(t.users.c.password_hash).where(t.users.c.name == name)).first()
        if row is None:
            raise NotFoundError(f"no user {name!r}")
        return row.password_hash

    def mark_visit(self, name: str) -> str | None:
        """Record that a user opened the dashboard now.

        Returns:
            the time of the visit before this one (None on the first visit).
        Raises:
            NotFoundError: no such user.
        """
        with self._tx(f"recording a visit of {name}", write=True) as conn:
            previous = self._user(conn, name).last_visit
            conn.execute(update(t.users).where(t.users.c.name == name).values(last_visit=rec.utc_now()))
        return previous

    def add_token(self, user: str, token_hash: str, kind: str = "api", label: str = "",
                  expires_at: str | None = None) -> None:
        """Store the digest of a new token for a user.

        Args:
            user: the user's name.
            token_hash: the token's digest (never the token).
            kind: ``api`` or ``session``.
            label: what the token is for.
            expires_at: UTC ISO-8601 time after which it is refused; None: never.
        Raises:
            NotFoundError: no such user.
            StoreError: an unknown kind.
        """
        if kind not in TOKEN_KINDS:
            raise StoreError(f"unknown token kind {kind!r}; use one of {', '.join(TOKEN_KINDS)}")
        with self._tx(f"adding a token for {user}", write=True) as conn:
            self._user(conn, user)
            conn.execute(t.tokens.insert().values(token_hash=token_hash, user_name=user, kind=kind, label=label,
                                                  created_at=rec.utc_now(), expires_at=expires_at))

    def user_for_token(self, token_hash: str, kind: str, now: str | None = None) -> User:
        """The user a token digest belongs to.

        Args:
            token_hash: the digest of the presented token.
            kind: ``api`` or ``session``; a token of the other kind is not accepted.
            now: the current UTC time (default: now); expired tokens are refused.
        Raises:
            NotFoundError: no such token, or it has expired.
        """
        now = now or rec.utc_now()
        tk, u = t.tokens, t.users
        query = (select(u, tk.c.expires_at.label("token_expires")).join(tk, tk.c.user_name == u.c.name)
                 .where(tk.c.token_hash == token_hash, tk.c.kind == kind, tk.c.revoked_at.is_(None)))
        with self._tx("checking a token") as conn:
            row = conn.execute(query).first()
        if row is None or (row.token_expires is not None and row.token_expires <= now):
            raise NotFoundError("unknown, expired or revoked token; create one with `threadline token create USER`")
        return _user_from(row)

    def delete_token(self, token_hash: str) -> None:
        """Forget a token (a logout, or a revoked API token); no-op when unknown."""
        with self._tx("deleting a token", write=True) as conn:
            conn.execute(delete(t.tokens).where(t.tokens.c.token_hash == token_hash))

    def tokens(self, user: str | None = None, include_inactive: bool = False,
               now: str | None = None) -> list[AccessToken]:
        """Stored tokens (API tokens and browser sessions), oldest first.

        Args:
            user: only this user's.
            include_inactive: also the revoked and the expired ones.
            now: the current UTC time (default: now), to tell which have expired.
        """
        now = now or rec.utc_now()
        tk = t.tokens
        query = select(tk).order_by(tk.c.id)
        if user is not None:
            query = query.where(tk.c.user_name == user)
        if not include_inactive:
            query = query.where(tk.c.revoked_at.is_(None),
                                (tk.c.expires_at.is_(None)) | (tk.c.expires_at > now))
        with self._tx("listing tokens") as conn:
            return [_token_from(row) for row in conn.execute(query)]

    def revoke_token(self, token_id: int, by: str) -> AccessToken:
        """Refuse a token from now on; its row stays, with when and by whom it was revoked.

        Args:
            token_id: the token's id (``AccessToken.id``, as ``threadline token list`` shows it).
            by: who revokes it (recorded).
        Returns:
            the token as revoked.
        Raises:
            NotFoundError: no token has this id.
            StoreError: it was revoked already.
        """
        tk = t.tokens
        with self._tx(f"revoking token {token_id}", write=True) as conn:
            row = conn.execute(select(tk).where(tk.c.id == token_id)).first()
            if row is None:
                raise NotFoundError(f"no token with id {token_id}; `threadline token list` shows them")
            if row.revoked_at is not None:
                raise StoreError(f"token {token_id} was revoked already, at {row.revoked_at} by {row.revoked_by}")
            conn.execute(update(tk).where(tk.c.id == token_id).values(revoked_at=rec.utc_now(), revoked_by=by))
            return _token_from(conn.execute(select(tk).where(tk.c.id == token_id)).one())


def _token_from(row) -> AccessToken:
    return AccessToken(id=row.id, user=row.user_name, kind=row.kind, label=row.label, created_at=row.created_at,
                       expires_at=row.expires_at, revoked_at=row.revoked_at, revoked_by=row.revoked_by)

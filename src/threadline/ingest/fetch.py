"""Fetching reports from URLs: timeouts, size caps, a user agent, and no private addresses."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

import httpx

from threadline.errors import FetchError
from threadline.settings import Settings

MAX_REDIRECTS = 5


def check_public(url: str) -> None:
    """Refuse URLs whose host resolves to a private, loopback or link-local address.

    Raises:
        FetchError: not http(s), no host, unresolvable, or not public.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "not an http(s) URL")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(url, f"cannot resolve host {parts.hostname} ({exc.strerror})") from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise FetchError(url, f"host {parts.hostname} is a private address ({addr}); "
                                  "use --allow-private to fetch from it")


def fetch(url: str, settings: Settings, request_headers: dict[str, str] | None = None,
          response: dict | None = None) -> tuple[bytes, str]:
    """GET a URL within the settings' limits.

    Args:
        url: the address.
        settings: ``fetch_timeout``, ``fetch_max_bytes``, ``user_agent``, ``allow_private``.
        request_headers: extra headers, e.g. ``If-None-Match`` for a conditional request.
        response: when given, filled with the final ``status`` and the
            response's ``etag`` and ``last_modified`` (None when absent).
    Returns:
        ``(body, content_type)``; ``(b"", "")`` for 304 Not Modified.
    Raises:
        FetchError: refused, unreachable, an HTTP error status, or too large.
    """
    headers = {"User-Agent": settings.user_agent, **(request_headers or {})}
    target = url
    try:
        # Redirects are followed by hand so that every hop is checked *before*
        # it is requested: a public page must not send a request inside.
        with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False, headers=headers) as client:
            for hop in range(MAX_REDIRECTS + 1):
                if not settings.allow_private:
                    try:
                        check_public(target)
                    except FetchError as exc:
                        if hop == 0:
                            raise
                        raise FetchError(url, f"redirected to {target}: {exc.reason}") from exc
                with client.stream("GET", target) as resp:
                    if resp.status_code == 304:
                        # Not Modified (a conditional request): no body, no redirect.
                        if response is not None:
                            response.update(status=304, etag=resp.headers.get("etag"),
                                            last_modified=resp.headers.get("last-modified"))
                        return b"", ""
                    if resp.is_redirect:
                        target = str(resp.url.join(resp.headers["location"]))
                        continue
                    if response is not None:
                        response.update(status=resp.status_code, etag=resp.headers.get("etag"),
                                        last_modified=resp.headers.get("last-modified"))
                    if resp.status_code >= 400:
                        raise FetchError(url, f"HTTP {resp.status_code}")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > settings.fetch_max_bytes:
                            raise FetchError(url, f"response larger than {settings.fetch_max_bytes} bytes")
                    return bytes(body), resp.headers.get("content-type", "")
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.HTTPError as exc:
        raise FetchError(url, f"unreachable ({type(exc).__name__}: {exc})") from exc

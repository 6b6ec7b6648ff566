"""Fetching reports from URLs: timeouts, a deadline, size caps, a user agent, and no private addresses.

A page or feed from the open web must not make Threadline reach inside the
user's network. Every hop (the first URL and each redirect) is checked before
it is requested: the scheme must be http(s), the host must resolve, and every
address it resolves to must be global. The connection then goes to the very
address that was checked (the URL's host is replaced by the IP; ``Host`` and
TLS SNI keep the name), so a DNS answer that changes between the check and the
connection (DNS rebinding) cannot switch it to an internal address. Over https the
certificate is verified against the name, not the address, on a fresh connection
for every hop.
"""
from __future__ import annotations

import ipaddress
import socket
import ssl
import time
from typing import NamedTuple
from urllib.parse import urlsplit

import httpx

from threadline.errors import ConfigError, FetchError
from threadline.settings import Settings

MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
SCHEMES = ("http", "https")
#: IPv6 prefixes that carry an IPv4 address inside them: the embedded address is checked too.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Fetched(NamedTuple):
    """A fetched response: its body, its ``Content-Type`` and the final URL after redirects."""

    body: bytes
    content_type: str
    url: str


class Target(NamedTuple):
    """A URL checked for fetching: its parts and the one address the connection must use."""

    url: str
    scheme: str
    host: str
    port: int
    address: str


def is_public_address(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for a globally routable address, judged on the address and any IPv4 one inside it.

    ``is_global`` alone lets through the 6to4 (2002::/16) and NAT64 forms of a
    loopback or private IPv4 address; those are unpacked and checked as well.
    """
    if not addr.is_global or addr.is_multicast:
        return False
    if isinstance(addr, ipaddress.IPv6Address):
        inner = addr.ipv4_mapped or addr.sixtofour
        if inner is None and addr in _NAT64:
            inner = ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
        if inner is None and addr.teredo:
            inner = addr.teredo[1]
        if inner is not None and not is_public_address(inner):
            return False
    return True


def check_url(url: str, allow_private: bool = False) -> Target:
    """Parse a URL, resolve its host and choose the address to connect to.

    Args:
        url: the address to fetch.
        allow_private: accept loopback, private and other non-global addresses.
    Returns:
        the ``Target``: the connection must go to ``address``.
    Raises:
        FetchError: not http(s), no host, a bad port, unresolvable, or (unless
            ``allow_private``) any address of the host is not global.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:     # "port 99999", "[::1" and the like
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchError(url, f"only http and https URLs are fetched, not {scheme or 'a URL without a scheme'}")
    host = parts.hostname
    if not host:
        raise FetchError(url, "the URL has no host")
    port = port or (443 if scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(url, f"cannot resolve host {host} ({getattr(exc, 'strerror', None) or exc})") from exc
    addresses = []
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        # Every address must pass: a name that also resolves inside must not be
        # fetched, whichever address the resolver would have put first.
        if not allow_private and not is_public_address(addr):
            raise FetchError(url, f"host {host} is a private address ({addr}, not globally routable); "
                                  "use --allow-private to fetch from it")
        addresses.append(addr)
    if not addresses:
        raise FetchError(url, f"cannot resolve host {host} (no addresses)")
    return Target(url, scheme, host, port, str(addresses[0]))


def check_public(url: str) -> Target:
    """``check_url`` refusing every address that is not global (the default policy)."""
    return check_url(url, allow_private=False)


def fetch(url: str, settings: Settings, request_headers: dict[str, str] | None = None,
          response: dict | None = None) -> Fetched:
    """GET a URL within the settings' limits.

    Args:
        url: the address.
        settings: ``fetch_timeout`` (connect and each read), ``fetch_deadline``
            (the whole download, redirects included), ``fetch_max_bytes``
            (counted on the decoded body, so a gzip bomb stops at the cap),
            ``user_agent``, ``allow_private``.
        request_headers: extra headers, e.g. ``If-None-Match`` for a conditional request.
        response: when given, filled with the final ``status`` and the response's
            ``etag`` and ``last_modified`` (None when absent).
    Returns:
        the ``Fetched`` body, content type and final URL; an empty body for 304 Not Modified.
    Raises:
        FetchError: refused, unreachable, an HTTP error status, too large or too slow.
    """
    started = time.monotonic()
    deadline = started + settings.fetch_deadline

    def remaining() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchError(url, f"download took longer than the {settings.fetch_deadline:g} s deadline "
                                  "(THREADLINE_FETCH_DEADLINE)")
        return left

    target = url
    try:
        # trust_env=False: a proxy from the environment would connect by name
        # and undo the address pinning below. No keep-alive: connections are pooled
        # by address, so a redirect to another name on the same address would ride
        # on a TLS session whose certificate was checked for the first name only.
        with httpx.Client(follow_redirects=False, trust_env=False, verify=tls_context(settings),
                          limits=httpx.Limits(max_keepalive_connections=0),
                          headers={"User-Agent": settings.user_agent, **(request_headers or {})}) as client:
            for hop in range(MAX_REDIRECTS + 1):
                try:
                    checked = check_url(target, settings.allow_private)
                except FetchError as exc:
                    if hop == 0:
                        raise
                    raise FetchError(url, f"redirected to {target}: {exc.reason}") from exc
                request = _pinned_request(client, checked, min(settings.fetch_timeout, remaining()))
                resp = client.send(request, stream=True)
                try:
                    if response is not None:
                        response.update(status=resp.status_code, etag=resp.headers.get("etag"),
                                        last_modified=resp.headers.get("last-modified"))
                    if resp.status_code == 304:
                        return Fetched(b"", "", target)   # Not Modified (a conditional request)
                    if resp.status_code in _REDIRECTS:
                        location = resp.headers.get("location")
                        if not location:
                            raise FetchError(url, f"HTTP {resp.status_code} redirect without a Location header")
                        try:
                            target = str(httpx.URL(target).join(location))
                        except (httpx.InvalidURL, ValueError) as exc:
                            raise FetchError(url, f"redirect to an invalid URL {location!r} ({exc})") from exc
                        continue
                    if resp.status_code >= 400:
                        raise FetchError(url, f"HTTP {resp.status_code}")
                    body = bytearray()
                    for chunk in resp.iter_bytes():
                        body.extend(chunk)
                        if len(body) > settings.fetch_max_bytes:
                            raise FetchError(url, f"response larger than {settings.fetch_max_bytes} bytes")
                        remaining()
                    return Fetched(bytes(body), resp.headers.get("content-type", ""), target)
                finally:
                    resp.close()
            raise FetchError(url, f"more than {MAX_REDIRECTS} redirects")
    except httpx.HTTPError as exc:
        refused = _certificate_error(exc)
        if refused is not None:
            raise FetchError(url, f"the TLS certificate of {urlsplit(target).hostname} was refused "
                                  f"({refused.verify_message})") from exc
        raise FetchError(url, f"unreachable ({type(exc).__name__}: {exc})") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc


def tls_context(settings: Settings) -> ssl.SSLContext | bool:
    """How https certificates are checked: against ``settings.ca_bundle`` when set, else
    against the bundled (certifi) authorities (httpx's default, ``True``).

    Raises:
        ConfigError: the CA bundle cannot be read.
    """
    if not settings.ca_bundle:
        return True
    try:
        return ssl.create_default_context(cafile=settings.ca_bundle)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"setting ca_bundle: cannot read {settings.ca_bundle} as PEM certificates ({exc})") from exc


def _certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate check that failed behind an httpx error, if that is what it was."""
    while exc is not None:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def _pinned_request(client: httpx.Client, checked: Target, timeout: float) -> httpx.Request:
    """A GET for the checked URL that connects to the checked address, not to a fresh lookup."""
    url = httpx.URL(checked.url)
    default_port = 443 if checked.scheme == "https" else 80
    host_header = _bracket(checked.host) + ("" if checked.port == default_port else f":{checked.port}")
    extensions = {}
    if checked.scheme == "https":
        # The certificate is checked against the name, not the address.
        extensions["sni_hostname"] = checked.host
    return client.build_request("GET", url.copy_with(host=checked.address, port=checked.port),
                                headers={"Host": host_header}, extensions=extensions,
                                timeout=httpx.Timeout(timeout))


def _bracket(host: str) -> str:
    return f"[{host}]" if ":" in host else host

"""Reading URLs and feeds whose entries link to pages, from a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import pytest

from threadline import pipeline
from threadline.errors import ConfigError, FetchError, InputError
from threadline.ingest.fetch import check_public, fetch
from threadline.ingest.sources import iter_documents
from threadline.settings import Settings

ONLINE = Settings(allow_private=True, fetch_timeout=5.0)

ARTICLE = """<!doctype html><html><head><title>{title}</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="{date}T09:00:00+09:00"></head>
<body><nav><a href="/">Home</a> | <a href="/nk">North Korea</a></nav>
<article><h1>{title}</h1>
<p>{lead}</p>
<p>According to the source, the Second Economic Committee ordered the plant to raise output of
shell casings by the end of the quarter, and workers were told to expect longer shifts.</p>
<p>The source added that managers who miss the target could be dismissed, as happened at another
plant in the same province last year.</p>
</article><footer>Copyright Example Times. All rights reserved.</footer></body></html>"""


def _page(title, lead, date="2024-06-03"):
    return ARTICLE.format(title=title, lead=lead, date=date)


def _feed(base, *paths):
    items = "".join(
        f"<item><title>Item {n}</title><link>{base}{p}</link>"
        f"<pubDate>Mon, 0{n} Jul 2024 10:00:00 +0900</pubDate>"
        f"<description>Feed summary {n}: the Kanggye plant was mentioned briefly by a source.</description></item>"
        for n, p in enumerate(paths, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Example Times feed</title><link>{base}/</link><description>x</description>{items}"
            "</channel></rss>")


def _split(items):
    items = list(items)
    return ([d for d in items if not isinstance(d, InputError)],
            [e for e in items if isinstance(e, InputError)])


def test_a_url_is_fetched_with_the_user_agent_and_read_as_html(local_site):
    url = local_site.add("/kanggye.html", _page("Kanggye plant adds a third shift",
                                                "The tractor plant in Kanggye added a third shift last week, a source said."))
    docs, errors = _split(iter_documents([url], ONLINE))
    assert errors == []
    [doc] = docs
    assert doc.url == url and doc.source == url
    assert doc.title == "Kanggye plant adds a third shift"
    assert doc.outlet == "Example Times"
    assert doc.published.value == "2024-06-03"
    assert "third shift" in doc.text and "Home" not in doc.text
    assert local_site.requests[0][1]["User-Agent"] == ONLINE.user_agent


def test_a_feed_url_has_each_entry_link_fetched(local_site):
    a = local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its rolling line, a source said."))
    b = local_site.add("/b.html", _page("Sinpo yard sealed off", "Security agents sealed off the Sinpo yard, a source said."))
    feed = local_site.add("/feed.xml", _feed(local_site.base, "/a.html", "/b.html"), "application/rss+xml")
    docs, errors = _split(iter_documents([feed], ONLINE))
    assert errors == []
    assert [d.url for d in docs] == [a, b]
    assert [d.title for d in docs] == ["Item 1", "Item 2"]            # the feed's title wins
    assert all("Second Economic Committee" in d.text for d in docs)  # the page, not the summary
    assert all("Feed summary" not in d.text for d in docs)
    assert [d.published.value for d in docs] == ["2024-07-01", "2024-07-02"]
    assert {p for p, _ in local_site.requests} == {"/feed.xml", "/a.html", "/b.html"}


def test_a_local_feed_file_fetches_its_entry_links_when_online(local_site, tmp_path):
    local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its rolling line, a source said."))
    (tmp_path / "feed.xml").write_text(_feed(local_site.base, "/a.html"), encoding="utf-8")
    docs, errors = _split(iter_documents([str(tmp_path / "feed.xml")], ONLINE))
    assert errors == []
    assert "Second Economic Committee" in docs[0].text
    # offline, the same file uses the summary the feed carries and fetches nothing
    before = len(local_site.requests)
    docs, errors = _split(iter_documents([str(tmp_path / "feed.xml")], Settings(offline=True)))
    assert docs[0].text.startswith("Feed summary 1")
    assert len(local_site.requests) == before


def test_a_feed_entry_whose_link_fails_falls_back_to_the_feed_text_and_says_so(local_site):
    local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its rolling line, a source said."))
    feed = local_site.add("/feed.xml", _feed(local_site.base, "/a.html", "/missing.html"), "application/rss+xml")
    docs, errors = _split(iter_documents([feed], ONLINE))
    assert len(docs) == 2
    assert docs[1].text.startswith("Feed summary 2")
    [err] = errors
    assert err.source == f"{feed} entry 2"
    assert "HTTP 404" in err.reason


def test_loopback_urls_are_refused_without_allow_private(local_site):
    url = local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its rolling line."))
    with pytest.raises(FetchError) as info:
        fetch(url, Settings())
    assert info.value.source == url
    assert "private address" in info.value.reason and "--allow-private" in info.value.reason
    assert local_site.requests == []          # refused before any request was made
    [err] = list(iter_documents([url], Settings()))
    assert isinstance(err, FetchError) and "private address" in err.reason


@pytest.mark.parametrize("url", ["http://10.1.2.3/x", "http://192.168.0.1/", "http://169.254.169.254/latest",
                                 "http://[::1]/", "ftp://example.org/x", "file:///etc/passwd"])
def test_private_and_non_http_urls_are_refused(url):
    with pytest.raises(FetchError):
        check_public(url)


def test_responses_over_the_size_cap_are_refused(local_site):
    url = local_site.add("/big.html", _page("Big page", "A long page. " * 400))
    with pytest.raises(FetchError) as info:
        fetch(url, Settings(allow_private=True, fetch_max_bytes=1000))
    assert "larger than 1000 bytes" in info.value.reason
    body, ctype, _ = fetch(url, ONLINE)
    assert len(body) > 1000 and ctype.startswith("text/html")


def test_http_error_status_is_a_fetch_error(local_site):
    with pytest.raises(FetchError) as info:
        fetch(local_site.base + "/nothing-here", ONLINE)
    assert "HTTP 404" in info.value.reason


def test_unreachable_url_gives_one_failure_and_the_batch_goes_on(closed_port, tmp_path, store):
    (tmp_path / "good.txt").write_text("The Hyesan Steel Mill restarted its second rolling line last week.",
                                       encoding="utf-8")
    url = f"http://127.0.0.1:{closed_port}/report.html"
    report = pipeline.run([url, str(tmp_path / "good.txt")], Settings(allow_private=True, fetch_timeout=3.0), store)
    assert report.stored == 1 and not report.ok
    [failure] = report.failures
    assert failure.source == url
    assert "unreachable" in failure.reason
    assert [(s, r) for s, r, _ in store.failures()] == [(url, failure.reason)]
    assert store.has_document(doc_id="good")


def test_offline_mode_never_fetches_a_url(local_site):
    url = local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its rolling line."))
    items = list(iter_documents([url], Settings(offline=True, allow_private=True)))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].source == url and "offline" in items[0].reason
    assert local_site.requests == []


def test_a_server_that_never_answers_times_out():
    import socket
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)            # connections queue up, but nothing ever answers
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow.html"
        with pytest.raises(FetchError) as info:
            fetch(url, Settings(allow_private=True, fetch_timeout=0.5))
    assert "unreachable" in info.value.reason and "Timeout" in info.value.reason


def test_redirects_are_followed_to_the_page(local_site):
    local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its rolling line, a source said."))
    local_site.redirect("/old", "/moved", 301)
    start = local_site.redirect("/moved", local_site.base + "/a.html")
    body, ctype, final = fetch(start, ONLINE)
    assert final == local_site.base + "/a.html"
    assert b"Hyesan mill restarts line" in body and ctype.startswith("text/html")
    assert [p for p, _ in local_site.requests] == ["/moved", "/a.html"]


def test_a_redirect_loop_is_a_fetch_error(local_site):
    url = local_site.redirect("/loop", "/loop")
    with pytest.raises(FetchError) as info:
        fetch(url, ONLINE)
    assert "redirects" in info.value.reason and info.value.source == url


def test_a_redirect_into_a_private_address_is_refused_before_it_is_requested(local_site, monkeypatch):
    # Pretend 127.0.0.1 is a public address; "localhost" resolves to loopback too, so
    # it is made to resolve to ::1 only, which stays what it is.
    import socket as socket_module
    import threadline.ingest.fetch as fetch_module
    real_public, real_resolve = fetch_module.is_public_address, socket_module.getaddrinfo

    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: str(a) == "127.0.0.1" or real_public(a))

    def resolve(host, *args, **kwargs):
        return real_resolve("::1" if host == "localhost" else host, *args, **kwargs)

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", resolve)
    port = local_site.base.rsplit(":", 1)[1]
    start = local_site.redirect("/go", f"http://localhost:{port}/secret")
    local_site.add("/secret", "internal only")
    with pytest.raises(FetchError) as info:
        fetch(start, Settings())
    assert info.value.source == start
    assert "redirected to http://localhost" in info.value.reason and "private address" in info.value.reason
    assert [p for p, _ in local_site.requests] == ["/go"]        # /secret was never requested


# -- hostile servers and URLs (issue 15) -------------------------------------------------------

def test_a_302_without_a_location_header_is_a_fetch_error(local_site):
    url = local_site.add("/nowhere", b"", "text/plain", status=302)
    with pytest.raises(FetchError) as info:
        fetch(url, ONLINE)
    assert "redirect without a Location header" in info.value.reason
    [err] = list(iter_documents([url], ONLINE))
    assert isinstance(err, FetchError) and err.source == url


@pytest.mark.parametrize("url", ["http://example.org:99999/a.html", "http://[::1/x", "https://example.org:-1/"])
def test_a_url_with_an_impossible_port_or_host_is_one_failure(url):
    [err] = list(iter_documents([url], Settings(allow_private=True)))
    assert isinstance(err, FetchError) and err.source == url
    assert "not a valid URL" in err.reason


def test_a_feed_entry_with_port_99999_falls_back_to_the_feed_text(local_site):
    feed = local_site.add("/feed.xml", _feed("http://example.org:99999", "/a.html"), "application/rss+xml")
    docs, errors = _split(iter_documents([feed], ONLINE))
    assert [d.text.split(":")[0] for d in docs] == ["Feed summary 1"]
    [err] = errors
    assert err.source == f"{feed} entry 1" and "not a valid URL" in err.reason


def test_a_feed_whose_entry_links_back_to_the_feed_is_read_once(local_site):
    feed = local_site.base + "/feed.xml"
    local_site.add("/feed.xml", _feed(local_site.base, "/feed.xml", "/feed.xml"), "application/rss+xml")
    docs, errors = _split(iter_documents([feed], ONLINE))
    assert [d.text.split(":")[0] for d in docs] == ["Feed summary 1", "Feed summary 2"]
    assert len(errors) == 2 and all("links to a feed" in e.reason for e in errors)
    assert [p for p, _ in local_site.requests] == ["/feed.xml"] * 3      # the feed, then once per entry


def test_the_stored_url_is_the_final_one_after_redirects(local_site):
    final = local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its line, a source said."))
    start = local_site.redirect("/old", "/a.html", 301)
    [doc] = list(iter_documents([start], ONLINE))
    assert doc.url == final and doc.source == start


@pytest.mark.parametrize("url", [
    "http://100.100.100.200/latest/meta-data",      # shared address space (100.64/10), a cloud metadata address
    "http://100.64.0.1/",
    "http://[2002:7f00:1::]/",                       # 6to4 form of 127.0.0.1
    "http://[2002:c0a8:1::]/",                       # 6to4 form of 192.168.0.1
    "http://[::ffff:127.0.0.1]/",                    # IPv4-mapped loopback
    "http://[64:ff9b::a00:1]/",                      # NAT64 form of 10.0.0.1
    "http://[fe80::1]/", "http://[fc00::1]/", "http://224.0.0.1/", "http://0.0.0.0/",
    "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/",  # decimal, hex, octal, short
    "http://192.0.2.1/", "http://198.18.0.1/",      # documentation and benchmarking ranges
])
def test_every_address_that_is_not_global_is_refused(url):
    with pytest.raises(FetchError) as info:
        check_public(url)
    assert "private address" in info.value.reason


def test_a_global_address_is_accepted_and_pinned():
    target = check_public("http://8.8.8.8:8080/x")
    assert (target.host, target.port, target.address) == ("8.8.8.8", 8080, "8.8.8.8")


@pytest.mark.parametrize("url", ["ftp://example.org/report.txt", "file:///etc/passwd", "gopher://example.org/"])
def test_only_http_and_https_are_fetched_and_other_schemes_are_named(url):
    [err] = list(iter_documents([url], Settings()))
    assert isinstance(err, InputError) and err.source == url
    assert "only http and https URLs are fetched" in err.reason and "no such file" not in err.reason
    with pytest.raises(FetchError):
        check_public(url)


def _rebinding_dns(monkeypatch, *names: str) -> list[str]:
    """DNS rebinding: each of ``names`` resolves to 127.0.0.1 (taken for a public address) on
    its first lookup, and to a private address on any later one. Returns the lookups made."""
    import socket as socket_module
    import threadline.ingest.fetch as fetch_module
    real_public, real_resolve = fetch_module.is_public_address, socket_module.getaddrinfo
    monkeypatch.setattr(fetch_module, "is_public_address", lambda a: str(a) == "127.0.0.1" or real_public(a))
    lookups = []

    def resolve(host, port, *args, **kwargs):
        if host in names:
            first = host not in lookups
            lookups.append(host)
            return real_resolve("127.0.0.1" if first else "10.255.255.1", port, *args, **kwargs)
        return real_resolve(host, port, *args, **kwargs)

    monkeypatch.setattr(socket_module, "getaddrinfo", resolve)
    return lookups


def test_the_connection_goes_to_the_address_that_was_checked(local_site, monkeypatch):
    """The name resolves to a "public" address for the check, to another after.
    The fetch must connect to the checked one and never resolve the name again."""
    lookups = _rebinding_dns(monkeypatch, "news.example")
    port = local_site.base.rsplit(":", 1)[1]
    local_site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its line, a source said."))
    page = fetch(f"http://news.example:{port}/a.html", Settings(fetch_timeout=3.0))
    assert b"Hyesan mill" in page.body
    assert lookups == ["news.example"]
    assert local_site.requests[-1][1]["Host"] == f"news.example:{port}"
    assert page.url == f"http://news.example:{port}/a.html"


def test_https_goes_to_the_checked_address_and_verifies_the_certificate_for_the_name(tls_site, monkeypatch):
    """Pinning over TLS: the connection goes to the checked address, while SNI and the
    certificate check use the URL's name (the certificate is for the name only)."""
    site = tls_site("news.example")
    lookups = _rebinding_dns(monkeypatch, "news.example")
    port = site.base.rsplit(":", 1)[1]
    site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its line, a source said."))
    page = fetch(f"https://news.example:{port}/a.html", Settings(fetch_timeout=3.0, ca_bundle=site.ca_file))
    assert b"Hyesan mill" in page.body
    assert lookups == ["news.example"]                    # never looked up again: the pinned address was used
    assert site.server_names == ["news.example"]          # SNI names the host, not the address
    assert site.requests[-1][1]["Host"] == f"news.example:{port}"
    assert page.url == f"https://news.example:{port}/a.html"


@pytest.mark.parametrize("names", [("other.example",), ("127.0.0.1",)], ids=["another-name", "the-pinned-address"])
def test_https_refuses_a_certificate_that_is_not_for_the_name(tls_site, monkeypatch, names):
    # A certificate for the very address connected to is not one for the name in the URL.
    site = tls_site(*names)
    _rebinding_dns(monkeypatch, "news.example")
    port = site.base.rsplit(":", 1)[1]
    site.add("/a.html", _page("Hyesan mill restarts line", "The Hyesan mill restarted its line."))
    with pytest.raises(FetchError) as info:
        fetch(f"https://news.example:{port}/a.html", Settings(fetch_timeout=3.0, ca_bundle=site.ca_file))
    assert "TLS certificate" in info.value.reason and "news.example" in info.value.reason
    assert site.requests == []


def test_https_refuses_a_certificate_from_an_unknown_authority(tls_site, monkeypatch):
    site = tls_site("news.example")
    _rebinding_dns(monkeypatch, "news.example")
    port = site.base.rsplit(":", 1)[1]
    with pytest.raises(FetchError) as info:
        fetch(f"https://news.example:{port}/a.html", Settings(fetch_timeout=3.0))   # the bundled CAs only
    assert "TLS certificate" in info.value.reason and site.requests == []


@pytest.mark.parametrize("names, ok", [(("a.example", "b.example"), True), (("a.example",), False)],
                         ids=["certificate-for-both", "certificate-for-the-first-only"])
def test_each_https_redirect_hop_is_verified_for_its_own_name(tls_site, monkeypatch, names, ok):
    """Two names pinned to one address and port: the second hop must not ride on the first
    hop's connection, whose certificate was checked for the first name only."""
    site = tls_site(*names)
    lookups = _rebinding_dns(monkeypatch, "a.example", "b.example")
    port = site.base.rsplit(":", 1)[1]
    site.redirect("/a.html", f"https://b.example:{port}/b.html")
    site.add("/b.html", _page("Kusong plant inspected", "Inspectors visited the Kusong plant, a source said."))
    settings = Settings(fetch_timeout=3.0, ca_bundle=site.ca_file)
    if ok:
        page = fetch(f"https://a.example:{port}/a.html", settings)
        assert b"Kusong plant" in page.body and page.url == f"https://b.example:{port}/b.html"
        assert site.server_names == ["a.example", "b.example"] and lookups == ["a.example", "b.example"]
    else:
        with pytest.raises(FetchError) as info:
            fetch(f"https://a.example:{port}/a.html", settings)
        assert "TLS certificate" in info.value.reason and "b.example" in info.value.reason
        assert [path for path, _ in site.requests] == ["/a.html"]


def test_an_unreadable_ca_bundle_is_a_setting_error(tmp_path):
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    for path in (bad, tmp_path / "missing.pem"):
        with pytest.raises(ConfigError) as info:
            fetch("https://8.8.8.8/", Settings(ca_bundle=str(path)))
        assert "ca_bundle" in str(info.value) and str(path) in str(info.value)


def _drip_server(interval: float, total: int):
    """A server that sends headers, then one byte every ``interval`` seconds."""
    import socket
    import threading
    import time
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)

    def serve():
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % total)
            try:
                for _ in range(total):
                    conn.sendall(b"x")
                    time.sleep(interval)
            except OSError:
                pass

    threading.Thread(target=serve, daemon=True).start()
    return listener, f"http://127.0.0.1:{listener.getsockname()[1]}/slow.txt"


def test_a_server_that_trickles_bytes_hits_the_whole_download_deadline():
    import time
    listener, url = _drip_server(0.1, 200)         # 20 s to send it all; each read well inside 1 s
    started = time.monotonic()
    with listener, pytest.raises(FetchError) as info:
        fetch(url, Settings(allow_private=True, fetch_timeout=1.0, fetch_deadline=1.5))
    took = time.monotonic() - started
    assert "deadline" in info.value.reason and "THREADLINE_FETCH_DEADLINE" in info.value.reason
    assert took < 4.0


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_stops_at_the_size_cap(local_site, encoding):
    import zlib
    raw = b"\0" * 30_000_000
    packer = zlib.compressobj(9, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    body = packer.compress(raw) + packer.flush()
    assert len(body) < 100_000
    url = local_site.add("/bomb.html", body, "text/html")
    local_site.headers["/bomb.html"] = {"Content-Encoding": encoding}
    with pytest.raises(FetchError) as info:
        fetch(url, Settings(allow_private=True, fetch_max_bytes=1_000_000))
    assert "larger than 1000000 bytes" in info.value.reason

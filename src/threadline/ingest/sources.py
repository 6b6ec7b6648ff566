"""Expanding what a user points Threadline at (files, folders, URLs) into documents."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from threadline.errors import InputError
from threadline.ingest.fetch import fetch
from threadline.ingest.formats import READERS, read_feed, reader_for
from threadline.model import Document, make_id
from threadline.settings import Settings


def _is_url(s: str) -> bool:
    return s.startswith(("http://", "https://"))


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and p.suffix.lower() in READERS and not p.name.startswith("."):
                yield p
    else:
        yield path


def read_url(url: str, settings: Settings, **meta) -> Iterator:
    """Fetch a URL and read it: a page is one document, a feed one per entry.

    Args:
        url: the address.
        settings: the fetch policy and domain pack.
        meta: title, outlet, published, known from a feed entry.
    Raises:
        FetchError: the URL cannot be fetched.
    """
    body, ctype = fetch(url, settings)
    reader = reader_for(url, body, ctype)
    kwargs = {"url": url, **{k: v for k, v in meta.items() if v}}
    if reader is read_feed:
        kwargs["fetch_entry"] = lambda link, **m: read_url(link, settings, **m)
    return reader(body, url, make_id("doc", url), settings.domain_pack, **kwargs)


def iter_documents(inputs: Iterable[str], settings: Settings) -> Iterator[Document | InputError]:
    """Read every input into documents, in order.

    Args:
        inputs: file paths, folder paths (read recursively) and http(s) URLs.
        settings: size limits, fetch policy and the domain pack to use.
    Yields:
        a ``Document`` for each report, or an ``InputError`` naming the item that
        could not be read and why; one bad item never stops the rest.
    """
    rules = settings.domain_pack

    def from_url(url: str, **meta) -> Iterator:
        return read_url(url, settings, **meta)

    for item in inputs:
        if _is_url(item) and settings.offline:
            yield InputError(item, "not fetched: offline mode never fetches URLs (drop --offline to read it)")
            continue
        if _is_url(item):
            try:
                yield from from_url(item)
            except InputError as exc:
                yield exc
            continue
        path = Path(item)
        if not path.exists():
            yield InputError(item, "no such file or folder")
            continue
        for file in _files(path):
            source = str(file)
            try:
                size = file.stat().st_size
                if size > settings.max_bytes:
                    raise InputError(source, f"over-size: {size} bytes, the limit is {settings.max_bytes} "
                                             "(raise THREADLINE_MAX_BYTES to allow it)")
                data = file.read_bytes()
                reader = reader_for(source, data)
                kwargs = {"fetch_entry": from_url} if reader is read_feed and not settings.offline else {}
                yield from reader(data, source, file.stem, rules, **kwargs)
            except InputError as exc:
                yield exc
            except OSError as exc:
                yield InputError(source, f"cannot read ({exc.strerror})")


def count_documents(inputs: Iterable[str]) -> int | None:
    """How many documents ``iter_documents`` will yield, counted cheaply, for a progress total.

    A file is one document, a ``.jsonl`` file one per non-empty line.
    Returns:
        the count, or None when it cannot be known beforehand (URLs, feeds).
    """
    total = 0
    for item in inputs:
        if _is_url(item):
            return None
        path = Path(item)
        if not path.exists():
            continue
        for file in _files(path):
            suffix = file.suffix.lower()
            if suffix in (".xml", ".rss", ".atom"):
                return None
            if suffix in (".jsonl", ".ndjson") and file.is_file():   # never read a FIFO or device here
                try:
                    with open(file, "rb") as fh:
                        total += sum(1 for raw in fh if raw.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total

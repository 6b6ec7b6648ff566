"""Expanding what a user points Threadline at (files, folders, URLs) into documents.

Whatever one item does (a device that never ends, a feed that links to itself,
a page that keeps the parser busy, a bug in a parser), it ends as one
``InputError`` naming that item, and the batch goes on.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Callable, Iterable, Iterator

from threadline.errors import InputError
from threadline.ingest.deadline import ReadTimeout, deadline
from threadline.ingest.fetch import fetch
from threadline.ingest.formats import READERS, read_feed, read_jsonl, read_jsonl_record, reader_for
from threadline.model import Document, make_id
from threadline.settings import Settings

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_END = object()


def _is_url(s: str) -> bool:
    return s.lower().startswith(("http://", "https://"))


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and p.suffix.lower() in READERS and not p.name.startswith("."):
                yield p
    else:
        yield path


def _read_capped(file: Path, limit: int) -> bytes:
    """A regular file's bytes, refusing more than ``limit`` (read with a cap: the size
    ``stat`` gives may be stale, and a file may grow while it is read).

    Raises:
        InputError: not a regular file, or over ``limit`` bytes.
        OSError: the file cannot be read.
    """
    source = str(file)
    with open(file, "rb") as f:
        info = os.fstat(f.fileno())
        mode = info.st_mode
        if not stat.S_ISREG(mode):
            kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
                    else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode)
                    else "not a regular file")
            raise InputError(source, f"{kind}, not a file: only regular files are read "
                                     "(save the stream to a file first)")
        size = info.st_size
        data = f.read(limit + 1) if size <= limit else b""
    if size > limit or len(data) > limit:
        size_text = f"{size} bytes" if size > limit else f"more than {limit} bytes"
        raise InputError(source, f"over-size: {size_text}, the limit is {limit} "
                                 "(raise THREADLINE_MAX_BYTES to allow it)")
    return data


def _jsonl_records(file: Path, limit: int, rules_dir: str | None) -> Iterator:
    """A JSON Lines file, streamed: the size cap applies to each record, not the whole file."""
    source = str(file)
    with open(file, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise InputError(source, "not a regular file: only regular files are read")
        n, any_line = 0, False
        while True:
            line = f.readline(limit + 1)
            if not line:
                break
            n += 1
            any_line = True
            if n == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if len(line) > limit and not line.endswith(b"\n"):
                # Skip the rest of the record without holding it.
                while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
                yield InputError(f"{source}:{n}", f"over-size record: more than {limit} bytes, the limit "
                                                  "for one record (raise THREADLINE_MAX_BYTES to allow it)")
                continue
            yield from read_jsonl_record(line, f"{source}:{n}", rules_dir)
        if not any_line:
            raise InputError(source, "empty file: no text to read")


def read_url(url: str, settings: Settings, *, entry_of: str | None = None, **meta) -> Iterator:
    """Fetch a URL and read it: a page is one document, a feed one per entry.

    Args:
        url: the address.
        settings: the fetch policy, limits and domain pack.
        entry_of: the feed this URL is an entry of, if any.
        meta: title, outlet, published, known from a feed entry.
    Raises:
        FetchError: the URL cannot be fetched.
        InputError: a feed's entry that is itself a feed.
    """
    page = fetch(url, settings)
    reader = reader_for(page.url, page.body, page.content_type)
    kwargs = {"url": page.url, **{k: v for k, v in meta.items() if v}}
    if reader is read_feed:
        kwargs["max_entries"] = settings.max_feed_entries
        if entry_of is not None:
            # A feed's entry must be an article. Following a feed found there
            # would let a feed that links to itself recurse without end.
            raise InputError(url, f"the entry links to a feed ({page.url}), not to an article")
        kwargs["fetch_entry"] = lambda link, **m: read_url(link, settings, entry_of=url, **m)
    return reader(page.body, url, make_id("doc", url), settings.domain_pack, **kwargs)


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
        try:
            if not path.exists():
                continue
        except (OSError, ValueError):
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


def iter_documents(inputs: Iterable[str], settings: Settings) -> Iterator[Document | InputError]:
    """Read every input into documents, in order.

    Args:
        inputs: file paths, folder paths (read recursively) and http(s) URLs.
        settings: size limits, deadlines, fetch policy and the domain pack to use.
    Yields:
        a ``Document`` for each report, or an ``InputError`` naming the item that
        could not be read and why; one bad item never stops the rest.
    """
    rules = settings.domain_pack

    def from_url(url: str, **meta) -> Iterator:
        return read_url(url, settings, **meta)

    def from_file(file: Path) -> Iterator:
        source = str(file)
        if file.suffix.lower() in (".jsonl", ".ndjson"):
            return _jsonl_records(file, settings.max_bytes, rules)
        data = _read_capped(file, settings.max_bytes)
        reader = reader_for(source, data)
        if reader is read_jsonl:
            return _jsonl_records(file, settings.max_bytes, rules)
        kwargs = {"max_entries": settings.max_feed_entries} if reader is read_feed else {}
        if reader is read_feed and not settings.offline:
            kwargs["fetch_entry"] = lambda link, **m: read_url(link, settings, entry_of=source, **m)
        return reader(data, source, file.stem, rules, **kwargs)

    for item in inputs:
        scheme = _SCHEME.match(item)
        if scheme and not _is_url(item):
            hint = " (give the file's path itself)" if scheme.group(1).lower() == "file" else ""
            yield InputError(item, f"only http and https URLs are fetched, not {scheme.group(1)}://{hint}")
            continue
        if _is_url(item) and settings.offline:
            yield InputError(item, "not fetched: offline mode never fetches URLs (drop --offline to read it)")
            continue
        if _is_url(item):
            yield from _guarded(lambda: from_url(item), item, settings)
            continue
        path = Path(item)
        try:
            exists = path.exists()
        except (OSError, ValueError) as exc:     # a NUL in the name, a name too long
            yield InputError(item, f"cannot read ({exc})")
            continue
        if not exists:
            yield InputError(item, "no such file or folder")
            continue
        for file in _files(path):
            yield from _guarded(lambda: from_file(file), str(file), settings)


def _guarded(read: Callable[[], Iterator], source: str, settings: Settings) -> Iterator:
    """Run one item's reader, each document within ``settings.read_deadline``; whatever
    goes wrong becomes an ``InputError`` for ``source``."""
    done = 0
    try:
        with deadline(settings.read_deadline):
            items = read()
        while True:
            with deadline(settings.read_deadline):
                item = next(items, _END)
            if item is _END:
                return
            done += 1
            yield item
    except InputError as exc:
        yield exc
    except ReadTimeout as exc:
        rest = f" (after {done} item(s); the rest of it was not read)" if done else ""
        yield InputError(source, f"{exc}: gave up reading it{rest}; raise THREADLINE_READ_DEADLINE to allow more")
    except RecursionError:
        yield InputError(source, "nested too deeply to read")
    except MemoryError:
        yield InputError(source, "ran out of memory reading it")
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - a parser's bug on one input must not end the batch
        yield InputError(source, f"internal error while reading it ({type(exc).__name__}: {exc}); "
                                 "please report it with the input")

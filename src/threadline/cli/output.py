"""What the command line prints: stored text made safe, listings in four formats.

Report text, titles, feed links and entity names come from the open web or
from other people. They are never printed as Rich markup (``[/]`` in a name
would crash every later run) and their control and escape sequences are
shown as visible ``\\x1b``-style escapes, never sent to the terminal.
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Sequence

from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

#: Terminals narrower than this get rows as blocks instead of a table with a sentence column.
NARROW = 140

#: The formats of every listing command.
FORMATS = ("table", "json", "jsonl", "csv")

# C0 controls (tab and newline are handled apart), DEL, C1 controls, and the
# bidirectional overrides and isolates that reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_BREAKS = re.compile(r"[\t\n]")


def _escape(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(value: Any, *, one_line: bool = True) -> str:
    """Text fit for a terminal: control, escape and bidi characters made visible.

    Args:
        value: any value; None becomes "".
        one_line: turn tabs and line breaks into spaces too (table cells,
            list lines); otherwise they are kept.
    Returns:
        the text with every unsafe character written as ``\\xNN`` or ``\\uNNNN``.
    """
    if value is None:
        return ""
    text = _UNSAFE.sub(_escape, str(value))
    return _BREAKS.sub(" ", text) if one_line else text


def quote(text: str, limit: int) -> str:
    """A sentence cut to ``limit`` characters at a word, with an ellipsis when cut."""
    text = " ".join(safe(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (tables) or a pipe or file (JSON)."""
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def choose_format(requested: str | None) -> str:
    """The format asked for, else a table on a terminal and JSON elsewhere."""
    if requested:
        return requested
    return "table" if stdout_is_terminal() else "json"


@dataclass
class Listing:
    """One page of a listing: its rows as plain values, and where it sits in the whole.

    Attributes:
        name: what the rows are ("entities", "events"...), for the summary line.
        columns: the keys of each row, in display order.
        rows: the page, each row a dict of JSON-ready values.
        total: how many rows there are in all (before ``offset``/``limit``), or at least (``capped``).
        offset: how many rows were skipped.
        table_columns: the columns a table shows (default: all).
        cell: per-column formatter for tables (a value to its display text).
        long_column: a column of sentences; on a terminal narrower than
            ``NARROW`` it is printed under the other columns of its row, at
            full width, instead of squeezed into a column one word wide.
    """

    name: str
    columns: Sequence[str]
    rows: list[dict]
    total: int
    offset: int = 0
    table_columns: Sequence[str] | None = None
    cell: dict = field(default_factory=dict)
    long_column: str | None = None
    #: ``total`` is where counting stopped (``analyze.COUNT_CAP``): there are at least that many.
    capped: bool = False

    def summary(self) -> str:
        shown = len(self.rows)
        if shown == self.total and not self.offset:
            return f"{self.total} {self.name}"
        first = self.offset + 1 if shown else self.offset
        return (f"showing {shown} of {'at least ' if self.capped else ''}{self.total} {self.name}"
                + (f" ({first}–{self.offset + shown})" if shown else "")
                + ("; use --limit/--offset for more" if self.offset + shown < self.total else ""))


def page(items: list, limit: int, offset: int) -> list:
    """``items[offset:offset+limit]``; a limit of 0 means no limit."""
    return items[offset:offset + limit] if limit > 0 else items[offset:]


class TerminalStream:
    """A text stream that, on a terminal only, writes control and bidi characters as visible escapes.

    JSON, CSV and TimeML going to a file or a pipe are data and stay exact;
    the same output shown on a terminal must not drive it (JSON escapes C0
    controls but not C1 ones such as U+009B, a one-byte CSI on some terminals).
    """

    def __init__(self, stream):
        self._stream = stream
        self._terminal = stdout_is_terminal()

    def write(self, text: str) -> int:
        return self._stream.write(safe(text, one_line=False) if self._terminal else text)

    def flush(self) -> None:
        self._stream.flush()


def render(listing: Listing, fmt: str, out: Console) -> None:
    """Print a listing in ``fmt`` (one of ``FORMATS``) to ``out``'s stream."""
    stream = TerminalStream(out.file)
    if fmt == "json":
        head = {"total": listing.total, "offset": listing.offset, "count": len(listing.rows)}
        if listing.capped:
            head["total_is_at_least"] = True
        stream.write(json.dumps({**head, listing.name.replace(" ", "_"): listing.rows}, ensure_ascii=False, indent=1))
        stream.write("\n")
    elif fmt == "jsonl":
        for row in listing.rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(listing.columns)
        for row in listing.rows:
            writer.writerow([_csv_cell(row.get(c)) for c in listing.columns])
        stream.write(buffer.getvalue())
    elif listing.long_column and out.width < NARROW:
        columns = [c for c in (listing.table_columns or listing.columns) if c != listing.long_column]
        for row in listing.rows:
            head = "  ".join(safe(listing.cell[c](row) if c in listing.cell else _plain(row.get(c))) for c in columns)
            out.print(Text(head, style="bold"), soft_wrap=False, overflow="fold")
            body = listing.cell[listing.long_column](row) if listing.long_column in listing.cell \
                else _plain(row.get(listing.long_column))
            out.print(Padding(Text(safe(body)), (0, 0, 0, 4)), overflow="fold")
        out.print(listing.summary(), markup=False, highlight=False)
    else:
        columns = list(listing.table_columns or listing.columns)
        table = Table(*columns)
        for row in listing.rows:
            table.add_row(*[Text(safe(listing.cell[c](row) if c in listing.cell else _plain(row.get(c))))
                            for c in columns])
        out.print(table)
        out.print(listing.summary(), markup=False, highlight=False)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def _csv_cell(value: Any) -> str:
    text = safe(_plain(value), one_line=False)
    # A cell a spreadsheet would run as a formula is kept as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def line(out: Console, *parts: Any) -> None:
    """Print stored text as one safe line: never markup, never highlighted."""
    out.print(Text(" ".join(safe(p) for p in parts)), soft_wrap=True)

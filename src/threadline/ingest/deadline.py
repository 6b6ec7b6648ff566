"""A time limit on reading one input item, so a page built to keep a parser busy cannot hold the batch.

The parsers (trafilatura, lxml, feedparser) have no time limit of their own and
cannot be cancelled from outside. A real-time interval timer raises
``ReadTimeout`` in the main thread when the time is up; Python code (which is
where trafilatura spends a pathological page's time) is interrupted at the
next bytecode. Signals only reach the main thread, so elsewhere (a web server's
worker thread) no limit is set: the item then runs to its end.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator


class ReadTimeout(BaseException):
    """Reading an item took longer than its deadline (raised by the timer).

    A ``BaseException``, like ``KeyboardInterrupt``: the parsers catch
    ``Exception`` in places (trafilatura's metadata extraction logs it and goes
    on), and a deadline that lands there must still end the item.
    """


def can_interrupt() -> bool:
    """True where a deadline can be enforced: the main thread, on a system with ``setitimer``."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ``ReadTimeout`` inside the block once ``seconds`` have passed.

    Args:
        seconds: the limit; 0 or less (or a thread that cannot be interrupted) sets none.
    Raises:
        ReadTimeout: the block ran past the limit.
    """
    if seconds <= 0 or not can_interrupt():
        yield
        return

    def on_alarm(_signum, _frame):
        raise ReadTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

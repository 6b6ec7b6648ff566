"""Slowing down password guessing: failed sign-ins counted per user name and per client address.

In-process and in memory: one workbench process is one counter (several
uvicorn workers each count on their own, which multiplies the allowance by
the number of workers but still bounds it). A restart forgets the counts.
"""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict, deque
from typing import Callable

#: Keys remembered at most; beyond it the key not failed for longest is forgotten (bounded memory).
MAX_KEYS = 10_000


class FailureLimiter:
    """Refuse a key once it has failed ``limit`` times within ``window`` seconds.

    Args:
        limit: failures allowed within the window.
        window: seconds a failure is remembered.
        clock: monotonic seconds (tests pass a fake one).
    """

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def retry_after(self, *keys: str) -> int | None:
        """Whole seconds until every key may try again, or None when none is refused now."""
        now = self.clock()
        waits = []
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                if len(times) >= self.limit:
                    waits.append(times[-self.limit] + self.window - now)
        return max(1, math.ceil(max(waits))) if waits else None

    def failed(self, *keys: str) -> None:
        """Count one failure against each key."""
        now = self.clock()
        with self._lock:
            for key in keys:
                times = self._recent(key, now)
                times.append(now)
                self._failures[key] = times
                self._failures.move_to_end(key)
            while len(self._failures) > MAX_KEYS:
                self._failures.popitem(last=False)

    def forget(self, key: str) -> None:
        """Clear a key's failures (a user who signed in)."""
        with self._lock:
            self._failures.pop(key, None)

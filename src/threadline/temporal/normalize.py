"""Calendar arithmetic and TIMEX3 value formatting.

Values never carry more precision than the text gives: a month stays
``2024-03``, and any part that cannot be known (a year with no DCT) is written
with ``X`` (``XXXX-10-01``).
"""
from __future__ import annotations

import calendar
import datetime as _dt
from datetime import date, timedelta
import re
from dataclasses import dataclass
from functools import lru_cache

from threadline.temporal.patterns import MONTHS, NUMBER_WORDS, ORDINALS

_DCT = re.compile(r"^(?P<y>[0-9]{4}|XXXX)(?:-(?P<m>[0-9]{2}|XX)(?:-(?P<d>[0-9]{2}|XX)"
                  r"(?:T(?P<hh>[0-9]{2}):(?P<mi>[0-9]{2}))?)?)?")


@dataclass(frozen=True)
class Anchor:
    """A (possibly partial) calendar date: the DCT or a reference time."""

    y: int | None = None
    m: int | None = None
    d: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> "Anchor":
        """Read "YYYY-MM-DD", "YYYY-MM", "YYYY", "XXXX-06" (or a longer ISO stamp)."""
        if not value:
            return cls()
        mt = _DCT.match(value.strip())
        if not mt:
            return cls()

        def num(g: str | None) -> int | None:
            return int(g) if g and "X" not in g else None

        return cls(num(mt.group("y")), num(mt.group("m")), num(mt.group("d")))

    @property
    def date(self) -> _dt.date | None:
        if self.y is None or self.m is None or self.d is None:
            return None
        try:
            return _dt.date(self.y, self.m, self.d)
        except ValueError:
            return None

    @property
    def quarter(self) -> int | None:
        return None if self.m is None else (self.m - 1) // 3 + 1


def fmt_year(y: int | None) -> str:
    return "XXXX" if y is None else f"{y:04d}"


def fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    """Format a date prefix; ``m``/``d`` None end the value at that point."""
    out = fmt_year(y)
    if m is None:
        return out
    out += f"-{m:02d}"
    if d is None:
        return out
    return out + f"-{d:02d}"


def fmt_date(d: _dt.date) -> str:
    return d.isoformat()


def fmt_week(d: _dt.date) -> str:
    iy, iw, _ = d.isocalendar()
    return f"{iy:04d}-W{iw:02d}"


def valid_day(y: int | None, m: int, d: int) -> bool:
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return False
    try:
        _dt.date(y if y is not None else 2000, m, d)  # 2000 is a leap year
    except ValueError:
        return False
    return True


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def shift_days(d: _dt.date, n: int) -> _dt.date:
    return d + _dt.timedelta(days=n)


def shift_years(d: _dt.date, n: int) -> _dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def weekday_from(dct: _dt.date, wd: int, direction: int, strict: bool = False) -> _dt.date:
    """The weekday ``wd`` (0=Monday) nearest ``dct`` in ``direction`` (-1 past, +1 future).

    With ``strict`` the DCT itself never counts ("last Friday" said on a Friday).
    """
    if direction < 0:
        back = (dct.weekday() - wd) % 7
        if back == 0 and strict:
            back = 7
        return dct - _dt.timedelta(days=back)
    fwd = (wd - dct.weekday()) % 7
    if fwd == 0 and strict:
        fwd = 7
    return dct + _dt.timedelta(days=fwd)


def nth_weekday(y: int, m: int, wd: int, n: int) -> _dt.date:
    """The n-th weekday ``wd`` of a month; n = -1 is the last one."""
    if n > 0:
        first = _dt.date(y, m, 1)
        return first + _dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
    last = nxt - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() - wd) % 7)


def easter(y: int) -> _dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return _dt.date(y, month, day)


def month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".").strip()]


_FRACTION = re.compile(r"(?:\s+1/2|\s*½|\s+and\s+a\s+half)$", re.I)


def parse_number(token: str) -> float | None:
    """Numbers written in digits or words; None for vague counts ("several", "a few")."""
    t = " ".join(token.lower().split())
    half = 0.0
    if _FRACTION.search(t):
        half = 0.5
        t = _FRACTION.sub("", t)
    if t in ("a couple of", "couple of"):
        return 2 + half
    if t in ("several", "a few", "few", "some", "many", "a number of"):
        return None
    if t in ("a half", "half a", "half an"):
        return 0.5
    if t in ("a", "an", "one", "a single", "single"):
        return 1 + half
    try:
        return float(t.replace(",", "")) + half
    except ValueError:
        pass
    total, current = 0, 0
    for w in re.split(r"[\s-]+", t):
        if w == "and":
            continue
        v = NUMBER_WORDS.get(w)
        if v is None:
            return None
        if v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += v
    return total + current + half


def ordinal_number(token: str) -> int | None:
    t = token.lower().strip()
    if t in ORDINALS:
        return ORDINALS[t]
    mt = re.match(r"([0-9]+)(?:st|nd|rd|th)", t)
    return int(mt.group(1)) if mt else None


_UNIT_CODE = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1),
    "day": ("", "D", 1), "night": ("", "D", 1), "week": ("", "W", 1), "weekend": ("", "D", 2),
    "fortnight": ("", "W", 2), "month": ("", "M", 1), "quarter": ("", "Q", 1),
    "year": ("", "Y", 1), "decade": ("", "Y", 10), "century": ("", "Y", 100),
    "centurie": ("", "Y", 100), "millennium": ("", "Y", 1000), "millennia": ("", "Y", 1000),
}
# how to write half a unit in the next smaller one
# A fraction of a unit in the next smaller one; keyed by (time part, code) since
# "M" is a month in the date part and a minute in the time part.
_HALF = {("", "Y"): ("", "M", 6), ("", "M"): ("", "D", 15), ("", "W"): ("", "D", 3.5),
         ("", "D"): ("T", "H", 12), ("T", "H"): ("T", "M", 30), ("T", "M"): ("T", "S", 30),
         ("", "Q"): ("", "M", 1.5)}


def unit_key(unit: str) -> str:
    u = unit.lower()
    if u in ("centuries",):
        return "century"
    if u in ("millennia", "millennium"):
        return "millennium"
    return u[:-1] if u.endswith("s") else u


def duration_value(n: float | None, unit: str) -> str:
    """``P3Y``, ``PT5H30M``, ``PXD`` for a count and a unit word."""
    key = unit_key(unit)
    t, code, mult = _UNIT_CODE.get(key, ("", "X", 1))
    if n is None:
        return f"P{t}X{code}"
    n = n * mult
    whole = int(n)
    frac = n - whole
    if frac and (t, code) in _HALF:
        t2, code2, per = _HALF[(t, code)]
        extra = frac * 2 * per
        if float(extra).is_integer():
            head = f"P{t}{whole}{code}" if whole else f"P{t}"
            if t2 == "T" and t != "T":
                return f"{head}T{int(extra)}{code2}" if whole else f"PT{int(extra)}{code2}"
            return f"{head}{int(extra)}{code2}"
    if frac:
        return f"P{t}{n:g}{code}"
    return f"P{t}{whole}{code}"


def granular_shift(dct: Anchor, n: int, unit: str) -> str | None:
    """DCT shifted by ``n`` units, written at that unit's granularity (for "two years ago")."""
    key = unit_key(unit)
    if key in ("year", "decade", "century"):
        mult = {"year": 1, "decade": 10, "century": 100}[key]
        return fmt_year(None if dct.y is None else dct.y + n * mult)
    if key == "quarter":
        if dct.y is None or dct.m is None:
            return None
        y, q = add_quarters(dct.y, dct.quarter, n)
        return f"{y:04d}-Q{q}"
    if key == "month":
        if dct.y is None or dct.m is None:
            return fmt(None, None) if dct.m is None else None
        return fmt(*add_months(dct.y, dct.m, n))
    if key in ("week", "fortnight"):
        d = dct.date
        if d is None:
            return None
        return fmt_week(shift_days(d, 7 * n * (2 if key == "fortnight" else 1)))
    if key in ("day", "night"):
        d = dct.date
        if d is None:
            return "XXXX-XX-XX"
        return fmt_date(shift_days(d, n))
    return None


def values_compatible(a: str | None, b: str | None) -> bool:
    """Whether two TIMEX3 values (or intervals, by their start) can name the same time.

    One must be a prefix of the other, an ``X`` matching any digit; an unknown
    value is compatible with anything. "2024-03" and "2024-03-02" are; "2023-08"
    and "2024-03" are not.
    """
    if not a or not b:
        return True
    a, b = a.split("/")[0], b.split("/")[0]
    return all(x == y or "X" in (x, y) for x, y in zip(a, b))


#: Seasons, halves and quarters as (first month, last month); winter runs into the next year.
_PARTS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14),
          "H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
_POINT = re.compile(r"^(\d{4})(?:-(\d\d|SP|SU|FA|AU|WI|H1|H2|Q[1-4]|W\d\d)(?:-(\d\d))?)?")


@lru_cache(maxsize=65536)      # claims are compared pairwise: the same values over and over
def value_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day a TIMEX3 value (or ``start/end`` interval) can mean, or None when
    its year is unknown or it names no stretch of the calendar ("PRESENT_REF", "P3M")."""
    if not value:
        return None
    head, _, tail = value.partition("/")
    first, last = _point_bounds(head), _point_bounds(tail) if tail else None
    if first is None:
        return None
    return (first[0], last[1] if last and last[1] >= first[0] else first[1])


def _point_bounds(value: str) -> tuple[date, date] | None:
    m = _POINT.match(value)
    if not m:
        return None
    year, part, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if part is None:
            return date(year, 1, 1), date(year, 12, 31)
        if part in _PARTS:
            lo, hi = _PARTS[part]
            end_year, end_month = year + (hi - 1) // 12, (hi - 1) % 12 + 1
            return date(year, lo, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        if part.startswith("W"):
            monday = date.fromisocalendar(year, int(part[1:]), 1)
            return monday, monday + timedelta(days=6)
        month = int(part)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, int(day)), date(year, month, int(day))
    except ValueError:
        return None


@lru_cache(maxsize=262144)
def times_overlap(a: str | None, b: str | None) -> bool:
    """Whether two TIMEX3 values can name one time, each at its own precision: "2024-03" holds
    "2024-03-02"; "2023-08" lies in "2023-SU" and in "2023-08/2025-02-12"; "2024-04" is not
    "2024-03". An unknown value, or one whose year is unknown, is compared as ``values_compatible``."""
    ba, bb = value_bounds(a), value_bounds(b)
    if ba is None or bb is None:
        return values_compatible(a, b)
    return ba[0] <= bb[1] and bb[0] <= ba[1]

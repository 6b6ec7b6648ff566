"""TIMEX3 values as a person reads them: "2023-FA" is "autumn 2023".

Only for display: JSON and the other machine formats keep the TIMEX3 value.
A value this module does not know is returned unchanged, never guessed at.
"""
from __future__ import annotations

import re

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_ORDINALS = ("first", "second", "third", "fourth")
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade", "CE": "century",
          "Q": "quarter"}
_UNKNOWN_YEAR = "XXXX"
_DATE = re.compile(r"^(?P<year>\d{4}|XXXX)(?:-(?P<rest>.+))?$")
_DURATION = re.compile(r"^P(?:T)?(?P<n>\d+(?:\.\d+)?|X)(?P<unit>DE|CE|[YMWDHQ])$")


def humanize_when(value: str | None) -> str:
    """A TIMEX3 value or an interval ``start/end`` in words.

    Args:
        value: e.g. ``2024-03-02``, ``2023-FA``, ``XXXX-08/XXXX-03-20``; None.
    Returns:
        ``"2 March 2024"``, ``"autumn 2023"``,
        ``"August (year unknown) to 20 March (year unknown)"``; ``"undated"``
        for None or empty; an unknown form unchanged.
    """
    if not value:
        return "undated"
    if "/" in value:
        start, _, end = value.partition("/")
        return f"{humanize_when(start)} to {humanize_when(end)}"
    return _one(value.strip())


def _one(value: str) -> str:
    if value in _REFS:
        return _REFS[value]
    duration = _DURATION.match(value)
    if duration:
        n, unit = duration["n"], _UNITS[duration["unit"]]
        if value.startswith("PT") and duration["unit"] == "M":
            unit = "minute"
        if n == "X":
            return f"some {unit}s"
        return f"{n} {unit}" + ("" if n == "1" else "s")
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    if re.fullmatch(r"\d{2}", value):
        return f"the {int(value) + 1}th century"
    m = _DATE.match(value)
    if not m:
        return value
    year, rest = m["year"], m["rest"]
    known = year != _UNKNOWN_YEAR

    def with_year(text: str) -> str:
        return f"{text} {year}" if known else f"{text} (year unknown)"

    if rest is None:
        return year if known else "year unknown"
    if rest in _SEASONS:
        return with_year(_SEASONS[rest])
    q = re.fullmatch(r"Q([1-4])", rest)
    if q:
        return with_year(f"{_ORDINALS[int(q[1]) - 1]} quarter of")
    h = re.fullmatch(r"H([12])", rest)
    if h:
        return with_year(f"{_ORDINALS[int(h[1]) - 1]} half of")
    w = re.fullmatch(r"W(\d{1,2})(?:-WE)?", rest)
    if w:
        return with_year(("weekend of week" if rest.endswith("-WE") else "week") + f" {int(w[1])} of")
    md = re.fullmatch(r"(\d{2})(?:-(\d{2}))?(?:T(.+))?", rest)
    if md and 1 <= int(md[1]) <= 12:
        month = _MONTHS[int(md[1]) - 1]
        if md[2] is None:
            return with_year(month) if md[3] is None else value
        day = int(md[2])
        if not 1 <= day <= 31:
            return value
        text = with_year(f"{day} {month}")
        part = md[3]
        if part is None:
            return text
        if part in _PARTS:
            return f"{_PARTS[part]} of {text}"
        clock = re.fullmatch(r"(\d{2}):(\d{2})(?::\d{2})?", part)
        return f"{text}, {clock[1]}:{clock[2]}" if clock else value
    return value

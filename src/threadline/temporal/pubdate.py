"""Publication-date finding and inference.

A stated date wins: "Posted November. 08, 2023 08:03", a dateline such as
"SEOUL, Oct. 5 (Yonhap) --" or "Pyongyang, March 5 (KCNA) --", an ISO date on
a line of its own near the top. Otherwise the date is inferred, at the
precision the text supports, from the dates the report mentions and how it
refers to them:

- the latest month-and-day ("Mar. 2", "Sept. 2") or past-tense month ("In early
  June ... were ordered") is taken as the publication month, but only when the
  text also anchors itself to its own date with "this month", "last month",
  "this year", "last week"... (without such an anchor a bare "Oct. 1" says
  nothing about when the report was written);
- the year comes from explicit years: "August of 2023" mentioned in a report
  whose month is March means the report is from 2024 or later (the year after
  the latest dated mention when that mention's month is later in the year);
- with no explicit year the year stays unknown (``XXXX-06``).
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from threadline.model import PublishedDate
from threadline.temporal.normalize import MONTHS, fmt
from threadline.temporal.patterns import DAY, MONTH, WEEKDAY_ANY, YEAR4
from threadline.temporal.recognize import find_timexes

_HEAD = 1200  # stated dates are looked for near the top of the text

# label at the start of a line ("Posted November. 08, 2023 08:03", "Published: 2024-03-07"),
# or after a byline ("By Kim Ji-yeon | March 7, 2024"); "published on March 1, 1993" inside
# a sentence is about something else
_LABELLED = re.compile(
    rf"(?m:^[ \t]*(?:(?i:by)\s[^\n|]{{1,60}}[|·•,–-]\s*)?)"
    rf"(?:(?i:(?:posted|published|first\s+published|date|dated|released|issued)\b\s*(?:on|at)?\s*[:\-–]?\s*)|(?<=[|·•,–-])\s*)"
    rf"(?:(?:{WEEKDAY_ANY}),?\s+)?"
    rf"(?:(?P<iso>(?P<iy>[12][0-9]{{3}})[-/.](?P<im>[01]?[0-9])[-/.](?P<id>[0-3]?[0-9]))"
    rf"|(?P<mon>{MONTH})\s*(?P<d>{DAY}),?\s*(?P<y>{YEAR4})"
    rf"|(?P<d2>{DAY})\s+(?P<mon2>{MONTH}),?\s*(?P<y2>{YEAR4}))")
_UPDATED = re.compile(
    rf"(?m:^[ \t]*)(?i:(?:updated|last\s+updated|modified)\b\s*(?:on|at)?\s*[:\-–]?\s*)"
    rf"(?:(?P<iso>(?P<iy>[12][0-9]{{3}})[-/.](?P<im>[01]?[0-9])[-/.](?P<id>[0-3]?[0-9]))"
    rf"|(?P<mon>{MONTH})\s*(?P<d>{DAY}),?\s*(?P<y>{YEAR4})"
    rf"|(?P<d2>{DAY})\s+(?P<mon2>{MONTH}),?\s*(?P<y2>{YEAR4}))")
_DATELINE = re.compile(
    rf"(?m:^\s*[A-Z][A-Za-z .'\-]{{1,40}},\s+(?P<mon>{MONTH})\s*(?P<d>{DAY})(?:,\s*(?P<y>{YEAR4}))?\s*"
    r"\((?:Yonhap|KCNA|AP|AFP|Reuters|Xinhua|UPI|Kyodo|dpa|NK\s+News|Daily\s+NK)\)\s*(?:--|—|-|_))")
_DATE_LINE = re.compile(
    rf"(?m:^[ \t]*(?:(?:{WEEKDAY_ANY}),?\s+)?(?:(?P<mon>{MONTH})\s*(?P<d>{DAY}),?\s*(?P<y>{YEAR4})"
    rf"|(?P<iy>[12][0-9]{{3}})-(?P<im>[01][0-9])-(?P<id>[0-3][0-9]))(?:[ \t]+[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?[ \t]*$)")
# Expressions that tie a text to its own date: without one, a mentioned date says nothing
_ANCHOR = re.compile(
    r"(?i:\b(?:this|last|next|earlier\s+this|later\s+this|late\s+last|early\s+last|early\s+this|late\s+this|"
    r"the\s+beginning\s+of\s+this|the\s+end\s+of\s+this|the\s+end\s+of\s+last|the\s+middle\s+of\s+(?:this|last))\s+"
    r"(?:month|year|week)\b|\byesterday\b|\btoday\b)")
_OTHER_YEAR = re.compile(r"(?i)\b(?:last|previous|next|that)\s+year\b|\b(?:1[89]|20)[0-9]{2}\b|\bJuche\s+[0-9]+")
_RELATIVE = re.compile(r"(?i)\b(?:last|next|this|past|coming|previous|following|ago|earlier|later)\b")
_ANCHOR_MONTH = re.compile(
    r"(?i:\b(?:this|last|next|earlier\s+this|later\s+this|late\s+last|early\s+last|early\s+this|late\s+this|"
    r"the\s+beginning\s+of\s+this|the\s+end\s+of\s+this|the\s+end\s+of\s+last)\s+(?:month|week)\b|\byesterday\b|\btoday\b)")
_LAST_YEAR = re.compile(rf"(?i:\blast\s+year\b)|\b[Ll]ast\s+{MONTH}(?!\s*[0-9])")
_PAST_TENSE = re.compile(r"(?i:\b(?:was|were|had|did|said|told|ordered|began|held|issued|\w{3,}ed)\b)")


def _month(tok: str) -> int:
    return MONTHS[tok.lower().rstrip(".").strip()]


def _day(tok: str) -> int:
    return int(re.match(r"[0-9]+", tok).group(0))


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        _dt.date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    if g.get("iso") or g.get("iy"):
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g.get("mon"):
        y, mo, d = (int(g["y"]) if g.get("y") else None), _month(g["mon"]), _day(g["d"])
    elif g.get("mon2"):
        y, mo, d = int(g["y2"]), _month(g["mon2"]), _day(g["d2"])
    else:
        return None
    if not _valid(y, mo, d):
        return None
    return fmt(y, mo, d)


def _stated(text: str, spans: Sequence[tuple[int, int]] | None) -> PublishedDate | None:
    head = text[:_HEAD]
    for rx in (_LABELLED, _DATELINE, _DATE_LINE, _UPDATED):
        m = rx.search(head)
        if m:
            v = _from_match(m)
            if v:
                return PublishedDate(v, "stated", m.group(0).strip())
    # a labelled date outside the content regions (a byline block at the end)
    if spans:
        pos = 0
        for a, b in sorted(spans):
            gap = text[pos:a]
            m = _LABELLED.search(gap)
            if m and _from_match(m):
                return PublishedDate(_from_match(m), "stated", m.group(0).strip())
            pos = b
    return None


def _parse_value(v: str) -> tuple[int | None, int | None, int | None] | None:
    m = re.fullmatch(r"(?P<y>[0-9]{4}|XXXX)(?:-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?", v or "")
    if not m:
        return None
    y = None if m.group("y") == "XXXX" else int(m.group("y"))
    return y, (int(m.group("m")) if m.group("m") else None), (int(m.group("d")) if m.group("d") else None)


def infer_publication_date(text: str, spans: Sequence[tuple[int, int]] | None = None) -> PublishedDate:
    """Find the publication date a text states, or infer it from the dates it mentions.

    Args:
        text: the document text.
        spans: optional content regions; stated dates are also looked for outside
            them (bylines, headers), mentions used for inference only inside them.
    Returns:
        ``PublishedDate`` with basis "stated" (value "2023-11-08", or "XXXX-03-05" for a
        dateline without a year), "inferred" (a month "2024-03", "XXXX-06", or a year)
        with ``evidence`` explaining the inference, or "unknown" (value None).
    """
    stated = _stated(text, spans)
    if stated:
        return stated
    timexes = find_timexes(text, None, spans=spans)
    if not _ANCHOR.search(text):
        return PublishedDate(None, "unknown", None)

    yearless: list[tuple[int, int | None, str]] = []   # (month, day, text) written without a year
    dated: list[tuple[int, int | None, str]] = []      # (year, month, text) written with a year
    for t in timexes:
        if t.type != "DATE" or not t.value:
            continue
        p = _parse_value(t.value)
        if not p:
            continue
        y, m, d = p
        raw = t.text
        if _RELATIVE.search(raw):
            continue   # "last June" is placed by the publication date, it cannot place it
        s0 = max(text.rfind(".", 0, t.start), text.rfind("\n", 0, t.start)) + 1
        s1 = min(x for x in (text.find(".", t.end), text.find("\n", t.end), len(text)) if x >= 0)
        if y is None and _OTHER_YEAR.search(text, s0, s1):
            continue   # "on October 4 last year", "in 2010 ... on June 15": dated by that year
        if y is None and m is not None:
            if d is None:
                # a bare month counts only in past-tense narration ("In early June, ... were ordered")
                sent_end = text.find(".", t.end)
                window = text[t.end: sent_end if sent_end > 0 else t.end + 200]
                if not _PAST_TENSE.search(window) or re.search(r"(?i)\b(?:last|next)\s*\Z", text[max(0, t.start - 6):t.start]):
                    continue
            yearless.append((m, d, raw))
        elif y is not None and re.search(r"[12][0-9]{3}", raw):
            dated.append((y, m, raw))

    evidence: list[str] = []
    month = None
    if yearless:
        months = sorted({m for m, _, _ in yearless})
        # across a new year ("Dec. 30" and "Jan. 2") January is the later one
        if 12 in months and 1 in months:
            months = [m + 12 if m <= 6 else m for m in months]
        month = (max(months) - 1) % 12 + 1
        latest = [raw for m, _, raw in yearless if m == month]
        evidence.append(f"latest date mentioned without a year: {latest[-1]!r}")
    year = None
    with_month = [x for x in dated if x[1] is not None]
    if month is not None and with_month:
        # Only one case pins the year: a dated mention later in its year than the report's
        # month ("August of 2023" in a March report) in a text that also says "last year" or
        # "last June": then the report is from the following year. A mention earlier in the
        # year could be any year before (KCNA recalls anniversaries constantly).
        y, m, raw = max(with_month, key=lambda x: (x[0], x[1]))
        if m > month and _LAST_YEAR.search(text):
            year = y + 1
            evidence.append(f"{raw!r} is in the past and the text speaks of 'last year', so the year is {year}")
    elif month is None and with_month and _ANCHOR_MONTH.search(text):
        year, month, raw = max(with_month, key=lambda x: (x[0], x[1]))
        evidence.append(f"latest dated mention {raw!r}")
    if month is None and year is None:
        return PublishedDate(None, "unknown", None)
    anchor = _ANCHOR.search(text).group(0)
    evidence.append(f"the text dates itself relative to publication ({anchor!r})")
    value = fmt(year, month) if month is not None else fmt(year)
    return PublishedDate(value, "inferred", "; ".join(evidence))

"""Find TIMEX3 expressions in text and give each a value against the DCT.

One pass per precompiled rule (see ``patterns.RULES``); overlapping candidates
are resolved longest-first; adjacent date + time-of-day pieces are joined
("10 p.m. Wednesday"); then expressions are normalised in text order so that
anaphoric ones ("the quarter", "a year earlier", "the end of the month") can
use the reference time set by the expressions before them.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from threadline.model import Timex
from threadline.temporal import normalize as N
from threadline.temporal.normalize import Anchor, fmt, fmt_date, fmt_week, fmt_year
from threadline.temporal.patterns import (DAY_TAIL, DECADE_WORDS, HOLIDAYS, JOINER, NAMED_AFTER, NUM_WORD, PARTS_OF_DAY,
                                          RANGE_TAIL,
                                          RULE_PRIORITY, RULES, SEASONS, SINCE_BEFORE, TOKEN, TRIGGER_WORDS,
                                          WEEKDAY, WEEKDAYS, MONTH_STRICT)
from threadline.temporal.tense import Sentences

_JUCHE = re.compile(r"(?i)juche\s+([0-9]{1,3})(?:\s*\(\s*([12][0-9]{3})\s*\))?")
_PREP_BEFORE = re.compile(
    r"(?i:\b(?:in|since|by|until|till|from|through|during|of|to|before|after|early|late|mid|last|next|this|"
    r"and|or|between|around|that|each|every|on)[\s-]*)\Z")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥][0-9.,]+(?:\s+(?:million|billion|trillion))?|[0-9]|percent|cents?|times|once|twice)\s*\Z", re.I)
_COUNT_BEFORE = re.compile(rf"\b(?:[0-9][0-9,.]*|(?i:{NUM_WORD}))\s+(?:[a-z]+\s+)?[a-z]+s\s*\Z")
# "daily" as a noun: a newspaper ("the party daily said", "the daily Rodong Sinmun")
_PAPER_NAME_AFTER = re.compile(rf"\s+(?!(?:{WEEKDAY}|{MONTH_STRICT})\b)[A-Z]")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}\Z", re.I)
_NOUN_DAILY_AFTER = re.compile(
    r"(?:\s*[,;:)]|\.(?!\w)|'s\b|\s+(?:said|says|reported|reports|carried|wrote|writes|noted|published|quoted|"
    r"added|commented|stressed|claimed|called|urged|of)\b)")
# "today's" meaning "of our times": the words that follow name people or things in general
_GENERIC_NOW_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:world|youth|society|generations?|economy|young|children|kids|people|families|"
    r"standards|students|consumers|companies|markets?|business(?:es)?|computers|technolog(?:y|ies)|era|age|"
    r"culture|life|lives|women|men|workers)\b")
# a clock time, an aside (or the aside's own end), then a weekday: "10:35 a.m. (0735 GMT) Friday"
_PAREN_THEN_WEEKDAY = re.compile(rf"(?:\s*\([^()\n]{{1,24}}\)|\s*\))\s*,?\s*(?:(?i:on)\s+)?(?P<wd>{WEEKDAY})(?!\w)")
_FULL_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DAY_BEFORE_AFTER = re.compile(rf"(?i:\b(?:the\s+day|(?P<n>[0-9]+|{NUM_WORD})\s+days)\s+(?P<dir>before|after)\s+)\Z")
_OF_YEAR = re.compile(r"\s+of\s+(?P<y>[12][0-9]{3})(?![0-9])")
_RATE_AFTER = re.compile(r"\s+(?:a|an|per|each)\s+(?:day|week|month|year)\b", re.I)
_WEEK_AFTER = re.compile(r"\s+week(?![\w-])", re.I)
# a capitalised word in mid-sentence right before a bare year: "Orion 1980", "Euro 2000"
_NAME_BEFORE_YEAR = re.compile(r"[a-z,]\s+(?P<w>[A-Z][a-z]+\.?)[ ]\Z")
_CALENDAR_WORDS = frozenset([*N.MONTHS, *WEEKDAYS, *SEASONS, "juche", "fiscal", "fy", "sept"])
_NOT_MARCH = re.compile(r"(?:Arduous|Long|[Tt]he)\s+\Z")
_PERIOD_OK = re.compile(r"(?i)latest|year-ago|year-earlier|corresponding|comparable|same")
_DATEISH = {"weekday", "mdy", "dmy", "relday", "iso"}
_TIMEISH = {"clock", "partday"}
# "... compared with a loss of $3 million last year", "up from 4.10 guilders a share last year"
_COMPARED_AMOUNT = re.compile(r"(?i)(?:[0-9]\s*(?:million|billion)?|cents?|a\s+share|%)\s*,?\s*\Z")
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|thru|-|–|and)\s*")


@dataclass
class _Cand:
    start: int
    end: int
    name: str
    m: re.Match
    extra: "_Cand | None" = None  # a joined time-of-day (or date) part


def _y2(s: str, dct: Anchor) -> int:
    v = int(s.strip("'"))
    century = (dct.y // 100 * 100) if dct.y else 1900
    y = century + v
    if dct.y and y > dct.y + 10:
        y -= 100
    return y


def _juche(s: str) -> int | None:
    m = _JUCHE.search(s)
    if not m:
        return None
    if m.group(2):
        return int(m.group(2))
    return 1911 + int(m.group(1))


def _words_year(s: str) -> int | None:
    words = [w for w in re.split(r"[\s-]+", s.lower()) if w and w not in ("and", "hundred")]
    if not words:
        return None
    if words[0] == "two" and len(words) > 1 and words[1] == "thousand":
        rest = N.parse_number(" ".join(words[2:])) if len(words) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    head = N.NUMBER_WORDS.get(words[0])
    if head is None:
        return None
    rest = words[1:]
    if rest and rest[0] == "oh":
        rest = rest[1:]
    tail = N.parse_number(" ".join(rest)) if rest else 0
    return None if tail is None else head * 100 + int(tail)


def _year_token(s: str | None, dct: Anchor) -> int | None:
    if not s:
        return None
    s = s.strip()
    if s[0].isalpha() and not s.lower().startswith("juche"):
        return _words_year(s)
    if s.lower().startswith("juche"):
        return _juche(s)
    if s.startswith("'") or len(s) == 2:
        return _y2(s, dct)
    return int(s)


class _Resolver:
    def __init__(self, text: str, dct: str | None):
        self.text = text
        self.dct_str = dct
        self.dct = Anchor.parse(dct)
        self.sent = Sentences(text)
        self.ref: Anchor | None = None          # last date/month/year mentioned
        self.ref_sent = -10
        self.ref_q: tuple[int | None, int] | None = None
        self.ref_q_sent = -10
        self.ytd_sent = -10                     # last "the (first) nine months": a multi-quarter period

    # -- helpers --------------------------------------------------------
    def direction(self, c: _Cand) -> int:
        return self.sent.direction(c.start, c.end)

    def month_year(self, c: _Cand, month: int, day: int | None = None) -> tuple[int | None, bool]:
        """Year of a month (and day) written without one: (year, depends on DCT).

        The nearest such date to the DCT, with dates on the side the tense
        does not point to counted as twice as far.
        """
        if self.dct.y is None:
            return None, True
        if self.dct.m is None:
            return self.dct.y, True
        direction = self.direction(c)
        dm, dd = self.dct.m, self.dct.d or 15
        best, best_cost = self.dct.y, None
        for yy in (self.dct.y - 1, self.dct.y, self.dct.y + 1):
            diff = (yy - self.dct.y) * 372 + (month - dm) * 31 + ((day or (dd if month == dm else 15)) - dd)
            if day is None and yy == self.dct.y and month == dm:
                diff = 0
            cost = abs(diff) * ((5 if abs(direction) > 1 else 2) if diff * direction < 0 else 1)
            if best_cost is None or cost < best_cost:
                best, best_cost = yy, cost
        return best, True

    def set_ref(self, c: _Cand, y: int | None, m: int | None = None, d: int | None = None,
                explicit_year: bool = False) -> None:
        self.ref = Anchor(y, m, d)
        self.ref_sent = self.sent.index(c.start)

    def near(self, sent_idx: int, c: _Cand, window: int = 1) -> bool:
        return 0 <= self.sent.index(c.start) - sent_idx <= window

    def dct_quarter(self, offset: int = 0) -> tuple[int | None, int | None]:
        if self.dct.m is None:
            return self.dct.y, None
        if self.dct.y is None:
            return None, self.dct.quarter
        return N.add_quarters(self.dct.y, self.dct.quarter, offset)

    def set_ref_q(self, c: _Cand, y: int | None, q: int) -> None:
        """Make (y, q) the quarter that "the quarter", "a year earlier" refer to.

        Not a quarter still to come ("losses through the third quarter of 1990", "the
        trend will continue into the fourth quarter" after third-quarter results), nor
        one a year or more before the quarter in focus ("in the 1988 period"): those
        are forecasts and comparisons, not the period reported.
        """
        if y is not None and self.dct.y is not None and self.dct.quarter is not None:
            dq = (self.dct.y, self.dct.quarter)
            if (y, q) > dq or ((y, q) == dq and self.ref_q is not None and None not in self.ref_q
                               and self.ref_q < (y, q)):
                return   # the DCT's own quarter is unfinished: a forecast, not the period reported
        if y is not None and self.ref_q and self.ref_q[0] is not None and (y, q) < self.ref_q \
                and self.near(self.ref_q_sent, c, 6):
            return
        self.ref_q = (y, q)
        self.ref_q_sent = self.sent.index(c.start)

    def year_ago_period(self, c: _Cand, window: int = 4) -> str | None:
        """"a year earlier", "year-ago" in an earnings report: the period compared, a year back.

        After a quarter, the same quarter a year before; after "the nine months" (the
        year to date), the year before.
        """
        if self.near(self.ytd_sent, c, 1) and self.ytd_sent >= self.ref_q_sent:
            base = self.ref_q[0] if self.ref_q and self.ref_q[0] is not None else self.dct.y
            return None if base is None else fmt_year(base - 1)
        if self.ref_q and self.near(self.ref_q_sent, c, window) and self.ref_q[0] is not None:
            return f"{self.ref_q[0] - 1:04d}-Q{self.ref_q[1]}"
        return None

    # -- rule handlers: return (type, value, depends_on_dct) or None ------
    def h_iso(self, c):
        g = c.m.group
        y, m, d = int(g("y")), int(g("m")), int(g("d"))
        if not N.valid_day(y, m, d):
            return None
        self.set_ref(c, y, m, d, True)
        if g("hh"):
            return "TIME", f"{fmt(y, m, d)}T{g('hh')}:{g('mi')}", False
        return "DATE", fmt(y, m, d), False

    def h_slash(self, c):
        g = c.m.group
        m, d = int(g("m")), int(g("d"))
        y = _year_token(g("y"), self.dct)
        if not N.valid_day(y, m, d):
            return None
        self.set_ref(c, y, m, d, True)
        return "DATE", fmt(y, m, d), False

    def _day_month(self, c, mon_tok, day_tok, year_tok):
        mon = N.month_number(mon_tok)
        day = int(re.match(r"[0-9]+", day_tok).group(0))
        tail = DAY_TAIL.match(self.text, c.end) if c.name == "mdy" else None
        if year_tok is None and tail and tail.group("y"):
            year_tok = tail.group("y")
        if year_tok is None:
            rt = RANGE_TAIL.match(self.text, c.end)
            if rt:
                year_tok = rt.group("y")
            elif NAMED_AFTER.match(self.text, c.end):
                return None   # "the June 15 Joint Declaration", "the February 8 Vinalon Complex": names
        y = _year_token(year_tok, self.dct)
        dep = False
        rel = " ".join((c.m.groupdict().get("rel") or "").lower().split())
        if y is None and rel and self.dct.date is not None and N.valid_day(self.dct.y, mon, day):
            y, dep = self.dct.y, True
            here = _dt.date(y, mon, day) if N.valid_day(y, mon, day) else None
            if rel in ("last", "this past") and here and here >= self.dct.date:
                y -= 1
            elif rel in ("next", "this coming") and here and here <= self.dct.date:
                y += 1
            self.set_ref(c, y, mon, day)
        elif y is None:
            y, dep = self.month_year(c, mon, day)
            self.set_ref(c, y, mon, day)
        else:
            self.set_ref(c, y, mon, day, True)
        if not N.valid_day(y, mon, day):
            return None
        out = [("DATE", fmt(y, mon, day), dep)]
        if tail:
            td = int(re.match(r"[0-9]+", tail.group("d")).group(0))
            if N.valid_day(y, mon, td) and td != day:
                out.append((tail.start("d"), tail.end("d"), "DATE", fmt(y, mon, td), dep))
        return out

    def h_mdy(self, c):
        g = c.m.group
        if g("mon").rstrip(".") in ("May", "MAY") and g("d").isdigit() and int(g("d")) > 31:
            return None
        return self._day_month(c, g("mon"), g("d"), g("y") or g("y2"))

    def h_weekof(self, c):
        r = self._day_month(c, c.m.group("mon"), c.m.group("d"), c.m.group("y"))
        if not r:
            return None
        typ, v, dep = r[0]
        p = N.Anchor.parse(v)
        return "DATE", (fmt_week(p.date) if p.date else "XXXX-WXX"), dep

    def h_dmy(self, c):
        g = c.m.group
        return self._day_month(c, g("mon"), g("d"), g("y"))

    def h_my(self, c):
        g = c.m.group
        tok = g("mon")
        mon = N.month_number(tok)
        before = self.text[max(0, c.start - 25):c.start]
        bare = not (g("pre") or g("rel") or g("y") or g("yrel"))
        if bare and tok.rstrip(".").lower() in ("may", "march"):
            if not _PREP_BEFORE.search(before) or _NOT_MARCH.search(before):
                return None
        if bare and tok.endswith(".") and not _PREP_BEFORE.search(before):
            return None
        if g("y"):
            y = _year_token(g("y"), self.dct)
            self.set_ref(c, y, mon, explicit_year=True)
            return "DATE", fmt(y, mon), False
        if g("yrel"):
            yr = g("yrel").lower().split()[0]
            y = None if self.dct.y is None else self.dct.y + {"this": 0, "last": -1, "next": 1}[yr]
            self.set_ref(c, y, mon)
            return "DATE", fmt(y, mon), True
        rel = (g("rel") or "").lower()
        if rel and self.dct.y is not None and self.dct.m is not None:
            y = self.dct.y
            if rel in ("last", "past", "previous", "this past"):
                # said in March, "last February" is the one a year back: the month just
                # gone would be "last month"
                y = y if mon < self.dct.m - (1 if rel == "last" else 0) else y - 1
            elif rel in ("next", "coming", "following", "this coming"):
                y = y if mon > self.dct.m else y + 1
            self.set_ref(c, y, mon)
            return "DATE", fmt(y, mon), True
        y, dep = self.month_year(c, mon)
        self.set_ref(c, y, mon)
        return "DATE", fmt(y, mon), dep

    def h_year(self, c):
        g = c.m.group
        ytok = g("y")
        if ytok[0].isalpha() and not ytok.lower().startswith("juche"):
            if ytok.lower().startswith("two") and not (g("fiscal") or _PREP_BEFORE.search(self.text[max(0, c.start - 25):c.start])):
                return None
            y = _words_year(ytok)
            if y is None:
                return None
        elif ytok.lower().startswith("juche"):
            y = _juche(ytok)
        elif len(ytok) == 2:
            y = _y2(ytok, self.dct)
        else:
            y = int(ytok)
            before = self.text[max(0, c.start - 12):c.start]
            if re.search(r"(?i)(?:No\.|number|#|room|route|flight|model|page|pages|p\.|chapter|article|resolution|code)\s*\Z", before):
                return None
            if not (g("pre") or g("fiscal")) and y < 1800 and not _PREP_BEFORE.search(before):
                return None
            name = _NAME_BEFORE_YEAR.search(self.text, max(0, c.start - 30), c.start)
            if not (g("pre") or g("fiscal")) and name and name.group("w").lower().rstrip(".") not in _CALENDAR_WORDS:
                return None   # "a joint venture called Orion 1980": part of a name
        self.set_ref(c, y, explicit_year=True)
        return "DATE", fmt_year(y), False

    def h_decade(self, c):
        g = c.m.group
        if g("dec"):
            return "DATE", g("dec")[:3], False
        if g("dec2"):
            century = str(self.dct.y // 100) if self.dct.y else "19"
            return "DATE", century + g("dec2")[0], False
        digit = DECADE_WORDS[g("decw").lower()]
        century = "19" if not self.dct.y else str((self.dct.y - 1) // 100 if self.dct.y % 100 < 10 * digit else self.dct.y // 100)
        return "DATE", century + str(digit), not g("dec")

    def h_century(self, c):
        n = N.ordinal_number(c.m.group("n").replace("twenty-first", "21st"))
        if n is None:
            n = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20}.get(c.m.group("n").lower())
        if n is None:
            return None
        return "DATE", f"{n - 1:02d}", False

    def h_quarter(self, c):
        g = c.m.group
        if g("qn"):
            q = int(g("qn"))
            ytok = g("y3")
        else:
            q = N.ordinal_number(g("q"))
            ytok = g("y") or g("yq") or g("yq2")
        det = (g("det") or "").lower()
        ya = (g("ya") or "").lower() if not g("qn") else ""
        dep = False
        y: int | None
        if ytok and ytok[0].isdigit():
            y = int(ytok)
        elif (ytok and ytok.lower().replace(" ", "") == "theyear") and self.ref and self.ref.y:
            y = self.ref.y
        else:
            rel = (ytok or det).lower()
            dep = True
            if "last year" in rel:
                y = None if self.dct.y is None else self.dct.y - 1
            elif "next year" in rel:
                y = None if self.dct.y is None else self.dct.y + 1
            elif "this year" in rel:
                y = self.dct.y
            else:
                y = self.dct.y
                dq = self.dct.quarter
                if y is not None and dq is not None and q > dq and self.direction(c) < 0:
                    y -= 1
        if any(w in ya for w in ("year-earlier", "year-ago", "year earlier")) and y is not None and not (ytok and ytok[0].isdigit()):
            y -= 1
        self.set_ref_q(c, y, q)
        return "DATE", f"{fmt_year(y)}-Q{q}", dep

    def h_half(self, c):
        g = c.m.group
        h = 1 if g("h").lower() == "first" else 2
        ytok = g("y") or g("yh")
        dep = False
        if ytok and (ytok[0].isdigit() or ytok.lower().startswith("juche")):
            y = _year_token(ytok, self.dct)
        elif ytok and "last" in ytok.lower():
            y, dep = (None if self.dct.y is None else self.dct.y - 1), True
        elif ytok and "next" in ytok.lower():
            y, dep = (None if self.dct.y is None else self.dct.y + 1), True
        elif ytok and "the year" in ytok.lower() and self.ref and self.ref.y:
            y = self.ref.y
        else:
            y, dep = self.dct.y, True
            if y is not None and self.dct.m and h == 2 and self.dct.m <= 6 and self.direction(c) < 0:
                y -= 1
        return "DATE", f"{fmt_year(y)}-H{h}", dep

    def h_refquarter(self, c):
        g = c.m.group
        w = g("w").lower()
        mod = (g("mod") or "").lower()
        first = c.m.group(0).split()[0].lower()
        ago = bool(g("ago")) or "year-ago" in mod or "year-earlier" in mod or first in ("year-ago", "year-earlier") \
            or "corresponding" in mod or "comparable" in mod or first == "last" and "year" in c.m.group(0).lower()
        if w == "period" and not (g("y") or _PERIOD_OK.search(mod) or ago):
            return None
        if w == "quarter" and first == "last" and not ago:
            y, q = self.dct_quarter(-1)
            return "DATE", f"{fmt_year(y)}-Q{q or 'X'}", True
        if first == "next":
            y, q = self.dct_quarter(1)
            return "DATE", f"{fmt_year(y)}-Q{q or 'X'}", True
        if "current" in mod or (first == "this" and w == "quarter"):
            y, q = self.dct_quarter(0)
            return "DATE", f"{fmt_year(y)}-Q{q or 'X'}", True
        y, q = self.dct_quarter(-1)
        if self.ref_q is not None:
            ry, rq = self.ref_q
            # "the latest quarter" is a finished one: a quarter still to come is no antecedent
            if not ("latest" in mod and None not in (ry, rq, y, q) and (ry, rq) > (y, q)):
                y, q = ry, rq
        if g("y"):
            y = int(g("y"))
        elif ago and y is not None:
            y -= 1
        if q is None:
            return "DATE", f"{fmt_year(y)}-QX", True
        if not ago:
            self.set_ref_q(c, y, q)
        return "DATE", f"{fmt_year(y)}-Q{q}", True

    def h_season(self, c):
        g = c.m.group
        s = SEASONS[g("s").lower()]
        before = self.text[max(0, c.start - 20):c.start]
        rel = (g("rel") or "").lower()
        ytok = g("y") or g("y1")
        if not (g("pre") or rel or ytok) and not re.search(r"(?i:\b(?:in|since|during|until|by|through|throughout|over|this|last|next)\s+)\Z", before):
            return None
        if ytok:
            y = _year_token(ytok, self.dct)
            return "DATE", f"{fmt_year(y)}-{s}", False
        if self.dct.y is None:
            return "DATE", f"XXXX-{s}", True
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
        y = self.dct.y
        cur = self.dct.m or 6
        if "last" in rel or "past" in rel:
            y = y - 1 if "this" not in rel else (y if start_month < cur else y - 1)
        elif "next" in rel or "coming" in rel:
            y = y if start_month > cur else y + 1
        elif "this" not in rel:
            if self.direction(c) < 0 and start_month > cur:
                y -= 1
            elif self.direction(c) > 0 and start_month + 2 < cur:
                y += 1
        return "DATE", f"{y:04d}-{s}", True

    def _day_value(self, d: _dt.date | None, pod: str | None, typ="DATE"):
        v = fmt_date(d) if d else "XXXX-XX-XX"
        if pod:
            return "TIME", v + "T" + PARTS_OF_DAY[pod.lower()]
        return typ, v

    def h_relday(self, c):
        g = c.m.group
        w = " ".join(g("w").lower().split())
        if g("w") == "Today" and not g("pre") and re.search(r"\b[A-Z]\w*[ \t]+\Z", self.text[max(0, c.start - 20):c.start]):
            return None   # "VOA Today", "USA Today": a name
        if w == "today" and g(0).lower().endswith("'s") and not g("pod") and not g("pre") \
                and _GENERIC_NOW_AFTER.match(self.text, c.end):
            return None   # "today's youth", "today's personal computers": nowadays, not a date
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                  "the day before yesterday": -2, "the day after tomorrow": 2}[w]
        d = self.dct.date
        d = N.shift_days(d, offset) if d else None
        pod = g("pod") or ("night" if w == "tonight" else None)
        pre = (g("pre") or "").lower()
        if pre in ("mid-afternoon",):
            pod = "afternoon"
        if pre in ("noon", "midday", "midnight"):
            t = "T24:00" if pre == "midnight" else "T12:00"
            return "TIME", (fmt_date(d) if d else "XXXX-XX-XX") + t, True
        if d:
            self.set_ref(c, d.year, d.month, d.day)
        if pod:
            # "this morning", "yesterday afternoon", "mid-afternoon yesterday": the part of
            # that day, as for "this morning" and "last night"
            typ, v = self._day_value(d, pod)
            return typ, v, True
        return "DATE", fmt_date(d) if d else "XXXX-XX-XX", True

    def h_weekday(self, c):
        g = c.m.group
        wd = WEEKDAYS[g("wd").lower().rstrip(".")]
        pod = g("pod")
        if g("plural") or g("pods"):
            v = f"XXXX-WXX-{wd + 1}"
            if pod:
                v += "T" + PARTS_OF_DAY[pod.lower()]
            return "SET", v, False
        rel = " ".join((g("rel") or "").lower().split())
        if rel in ("early", "late", "earlier", "later"):
            rel = ""
        d = self.dct.date
        ref_day = self.ref.date if self.ref and self.ref.date and self.near(self.ref_sent, c, 1) else None
        if d is None:
            v = f"XXXX-WXX-{wd + 1}"
            if pod:
                return "TIME", v + "T" + PARTS_OF_DAY[pod.lower()], True
            return "DATE", v, True
        if rel in ("last", "this past", "the previous"):
            res = N.weekday_from(ref_day if rel == "the previous" and ref_day else d, wd, -1, strict=True)
        elif rel in ("next", "this coming", "the following", "the next"):
            res = N.weekday_from(ref_day if rel != "next" and ref_day else d, wd, 1, strict=True)
        elif c.m.group(0).endswith("'s") and not pod:
            res = N.weekday_from(d, wd, -1)   # "Wednesday's ruling": already happened
        else:
            res = N.weekday_from(d, wd, self.direction(c))
        self.set_ref(c, res.year, res.month, res.day)
        return "DATE", fmt_date(res), True   # "Friday night": annotators mostly give the day

    def h_partday(self, c):
        g = c.m.group
        pod = (g("pod") or g("pod2")).lower()
        rel = " ".join((g("rel") or "").lower().split())
        d = self.dct.date
        if pod in ("midday",):
            return "TIME", (fmt_date(d) if d else "XXXX-XX-XX") + "T12:00", True
        if rel in ("the", "that"):
            return None
        if rel in ("the next", "the following", "the previous"):
            base = self.ref.date if self.ref and self.ref.date else d
            if rel in ("the next", "the following") and base:
                base = N.shift_days(base, 1)
            elif rel == "the previous" and base:
                base = N.shift_days(base, -1)
            d = base
        elif rel == "last" and d:
            d = N.shift_days(d, -1)
            if pod != "night":
                return None
        return "TIME", (fmt_date(d) if d else "XXXX-XX-XX") + "T" + PARTS_OF_DAY[pod], True

    def _clock_time(self, c) -> str | None:
        g = c.m.group
        if g("noon"):
            return {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}[g("noon").lower()]
        if g("h") is not None:
            h, mi = int(g("h")), int(g("mi") or 0)
            ap = g("ap").lower().replace(".", "").strip()
            if h > 12 or h == 0 and ap:
                return None
            if ap == "pm" and h < 12:
                h += 12
            elif ap == "am" and h == 12:
                h = 0
            return f"T{h:02d}:{mi:02d}"
        if g("h2") is not None:
            return f"T{int(g('h2')):02d}:{g('mi2')}"
        if g("h3") is not None:
            return f"T{int(g('h3')):02d}:{g('mi3')}"
        if g("h4") is not None:
            n = N.parse_number(g("h4"))
            if n is None or not 1 <= n <= 12:
                return None
            h = int(n) + (12 if g("pod").lower() in ("afternoon", "evening") and n < 12 else 0)
            return f"T{h:02d}:00"
        return None

    def h_clock(self, c):
        if c.m.group("noon") and re.search(r"(?i)high\s+\Z", self.text[max(0, c.start - 6):c.start]):
            return None
        t = self._clock_time(c)
        if t is None:
            return None
        d = self.dct.date
        if self.ref and self.ref.date and self.near(self.ref_sent, c, 1):
            d = self.ref.date
        later = _PAREN_THEN_WEEKDAY.match(self.text, c.end)
        if later and self.dct.date:
            # the weekday after the aside dates the time, and the aside's own time too
            d = N.weekday_from(self.dct.date, WEEKDAYS[later.group("wd").lower().rstrip(".")], self.direction(c))
        return "TIME", (fmt_date(d) if d else "XXXX-XX-XX") + t, True

    def h_relunit(self, c):
        g = c.m.group
        rel = " ".join(g("rel").lower().split())
        u = " ".join(g("u").lower().split())
        pre = (g("pre") or "").strip().lower()
        dct = self.dct
        before = self.text[max(0, c.start - 25):c.start].lower()
        back = rel in ("last", "past", "previous", "prior", "this past", "the previous", "the prior")
        fwd = rel in ("next", "coming", "following", "the coming", "the following", "the next", "this coming")
        this = rel in ("this", "current", "the current")
        dur_rel = rel in ("the past", "the last", "the whole", "the entire", "the full") or (rel == "past" and not pre)
        anaphoric = rel in ("the", "that", "the same", "same", "the latest", "the most recent")
        ut = g("u")
        if ut[0].isupper() and not ut.isupper() and g("rel")[0].isupper():
            return None   # ABC's "This Week": a title (a time expression would read "this week")
        if u in ("fiscal year", "calendar year"):
            u = "year"
        if u == "week":
            if dur_rel or rel in ("the next", "the coming") and not pre:
                return "DURATION", "P1W", False
            d = dct.date
            if anaphoric:
                if rel == "the" and re.search(r"(?:for|during|over|throughout)\s+\Z", before):
                    return "DURATION", "P1W", False
                if self.ref and self.ref.date and self.near(self.ref_sent, c, 2):
                    return "DATE", fmt_week(self.ref.date), True
                return "DATE", fmt_week(d) if d else "XXXX-WXX", True
            if d is None:
                return "DATE", "XXXX-WXX", True
            off = -7 if back else 7 if fwd else 0
            return "DATE", fmt_week(N.shift_days(d, off)), True
        if u == "weekend":
            d = dct.date
            if d is None:
                return "DATE", "XXXX-WXX-WE", True
            if back:
                sat = N.weekday_from(d, 5, -1, strict=True)
            elif fwd:
                sat = N.weekday_from(d, 5, 1, strict=True)
            elif this:
                sat = N.weekday_from(d, 5, 1) if d.weekday() < 5 else N.weekday_from(d, 5, -1)
            elif rel in ("the", "that", "the same"):
                if re.search(r"(?:for|throughout)\s+\Z", before):
                    return "DURATION", "P2D", False
                if d.weekday() >= 5:
                    sat = N.weekday_from(d, 5, -1)
                else:
                    sat = N.weekday_from(d, 5, self.direction(c), strict=True)
            else:
                return "DURATION", "P2D", False
            return "DATE", fmt_week(sat) + "-WE", True
        if u == "month":
            if dur_rel or rel in ("the next", "the coming") and not pre:
                return "DURATION", "P1M", False
            if anaphoric:
                if rel == "the" and re.search(r"(?:for|during|over|throughout)\s+\Z", before) and not pre:
                    return "DURATION", "P1M", False
                if self.ref and self.ref.m is not None and (self.near(self.ref_sent, c, 3) or dct.m is None):
                    return "DATE", fmt(self.ref.y, self.ref.m), True
                return "DATE", fmt(dct.y, dct.m) if dct.m else "XXXX-XX", True
            if dct.m is None:
                return "DATE", "XXXX-XX", True
            if dct.y is None:
                m = (dct.m - 1 + (-1 if back else 1 if fwd else 0)) % 12 + 1
                return "DATE", f"XXXX-{m:02d}", True
            y, m = N.add_months(dct.y, dct.m, -1 if back else 1 if fwd else 0)
            return "DATE", fmt(y, m), True
        if u == "year":
            if rel in ("the whole", "the entire"):
                return "DURATION", "P1Y", False
            if anaphoric:
                after = self.text[c.end:c.end + 10]
                if rel == "the" and not pre and (re.search(r"(?:over|throughout|within|than)\s+\Z", before)
                                                 or re.match(r"\s+(?:ended|ending)\b", after)):
                    return "DURATION", "P1Y", False
                if rel in ("the", "that", "the same", "same") and self.ref and self.ref.y is not None and self.near(self.ref_sent, c, 3):
                    return "DATE", fmt_year(self.ref.y), True
                return "DATE", fmt_year(dct.y), True
            if dct.y is None:
                return "DATE", "XXXX", True
            if rel in ("the full",):
                return "DATE", fmt_year(dct.y), True
            if rel == "last" and not pre and _COMPARED_AMOUNT.search(before):
                # "compared with earnings of $33 million last year" right after quarterly
                # figures: the same quarter a year before, like "a year earlier"
                v = self.year_ago_period(c, window=1)
                if v:
                    return "DATE", v, True
            off = -1 if back or dur_rel else 1 if fwd else 0
            return "DATE", fmt_year(dct.y + off), True
        if u == "decade":
            if dur_rel or back or fwd:
                return "DURATION", "P10Y", False
            if dct.y is None:
                return "DATE", "XXX", True
            return "DATE", str(dct.y)[:3], True
        if u == "century":
            if dur_rel or back or fwd:
                return "DURATION", "P100Y", False
            if dct.y is None:
                return "DATE", "XX", True
            return "DATE", f"{dct.y // 100:02d}", True
        return None

    def h_ago(self, c):
        g = c.m.group
        n = N.parse_number(g("n"))
        u = N.unit_key(g("u"))
        direction = g("dir").lower()
        sign = -1 if direction in ("ago", "earlier", "before", "previously", "prior") else 1
        if n is None:
            if u in ("hour", "minute", "second"):
                return "DURATION", N.duration_value(None, g("u")), False
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", False
        if n != int(n) and u not in ("year",):
            return "DURATION", N.duration_value(n, g("u")), False
        n = int(n)
        anaphoric = direction not in ("ago", "from now", "hence")
        if direction == "later" or (direction == "earlier" and u not in ("year", "quarter")):
            return "DURATION", N.duration_value(n, g("u")), False
        if u in ("hour", "minute", "second"):
            return "DURATION", N.duration_value(n, g("u")), False
        if u == "year" and n == 1:
            v = self.year_ago_period(c)
            if v:
                return "DATE", v, True
        base = self.dct
        if anaphoric and self.ref is not None and self.near(self.ref_sent, c, 1):
            base = self.ref
            if g("anchor"):
                base = self.dct
        if u == "day" and base.date is None and base.y is not None:
            return None
        v = N.granular_shift(base, sign * n, g("u"))
        if v is None:
            return None
        return "DATE", v, base is self.dct

    def h_duration(self, c):
        g = c.m.group
        ntok = g("n")
        u = g("u")
        n = N.parse_number(ntok)
        low = ntok.lower().strip()
        before = self.text[max(0, c.start - 30):c.start]
        if low in ("a", "an") and not g("rel") and not g("adj") and N.unit_key(u) in ("year", "month", "week", "day", "night", "hour") \
                and (_MONEY_BEFORE.search(before) or _COUNT_BEFORE.search(before)):
            return None   # "$2 million a year", "four flights a week": a rate, not a time
        if low in ("a", "an", "one") and N.unit_key(u) == "second" and not g("rel"):
            return None   # "a second group": the ordinal
        if u.lower() in ("quarter",) and low in ("a", "an", "one") and not g("rel"):
            return None
        if low in ("some", "many") and not g("rel"):
            if not u.lower().endswith("s"):
                return None
        if N.unit_key(u) == "weekend":
            return "DURATION", "P2D" if n == 1 else N.duration_value(n, "day") if n is None else f"P{int(n * 2)}D", False
        if low == "one" and N.unit_key(u) == "day" and not g("rel") and not g("det") and \
                re.search(r"(?i)\b(?:will|would|may|might|could|can|hope[sd]?|dream[sd]?)\s+(?:\w+\s+)?\Z", before):
            return "DATE", "FUTURE_REF", False   # "will one day be"
        if low in ("a", "an") and re.match(r"\s+and\s+(?:night|day)\b", self.text[c.end:c.end + 12]):
            return None   # "a day and night struggle"
        if N.unit_key(u) == "quarter" and re.match(r"\s+of\b", self.text[c.end:c.end + 4]) and n is not None and n <= 3 \
                and ("-" in self.text[c.m.end("n"):c.m.start("u")] or low in ("a", "an", "one")):
            return None   # "three-quarters of its food" is a fraction; "several quarters of losses" is not
        if re.match(r"(?i)the\s+$", g("det") or "") and not g("rel") and n is not None and N.unit_key(u) == "year" and n == 1:
            return None
        if g("half") and n is not None:
            n += 0.5   # "a minute and a half": PT1M30S
        rel = (g("rel") or "").lower()
        if n == 2 and rel in ("first", "last") and N.unit_key(u) == "quarter":
            of_year = _OF_YEAR.match(self.text, c.end)
            if of_year:
                # "the first two quarters of 1990" is a half year
                y = _year_token(of_year.group("y"), self.dct)
                return [(c.start, of_year.end(), "DATE", f"{fmt_year(y)}-H{1 if rel == 'first' else 2}", False)]
        if N.unit_key(u) in ("hour", "minute") and _RATE_AFTER.match(self.text, c.end):
            return None   # "24 hours a day": how often, not how long
        v = N.duration_value(n, u)
        if n in (6, 9) and N.unit_key(u) == "month" and (g("det") or g("rel")):
            # "for the nine months", "in the first six months": the period now compared is
            # the year to date, so "a year earlier" after it is a year, not a quarter
            self.ytd_sent = self.sent.index(c.start)
        det = g("det")
        if det and not g("rel") and "-" in self.text[c.m.end("n"):c.m.start("u")] and det.strip().lower() in ("a", "an", "the"):
            # "a 10-day inspection": the article belongs to the noun, not to the timex
            return [(c.m.end("det"), c.end, "DURATION", v, False)]
        return "DURATION", v, False

    def h_bareplural(self, c):
        g = c.m.group
        u = g("u") or g("u2") or g("u3") or g("u4")
        if (g("rec") or "").lower() == "past":
            return "DATE", "PAST_REF", False      # "in past years": a vague past, not a length
        return "DURATION", N.duration_value(None, u), False

    def h_set(self, c):
        g = c.m.group
        if g("adv"):
            a = " ".join(g("adv").lower().split())
            before = self.text[max(0, c.start - 30):c.start]
            if a in ("daily", "weekly", "monthly", "annually", "yearly", "hourly") and (
                    _MONEY_BEFORE.search(before) or _COUNT_BEFORE.search(before)
                    or re.search(r"[0-9]\s*%\s*\Z", before)):
                # "rise 8.5% annually", "10,000 units annually": a rate, like "$2 million a
                # year", not a recurring time
                return None
            if a in ("daily", "weekly") and self._names_a_paper(c):
                return None
            v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                 "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
                 "bimonthly": "P2M", "semiannually": "P6M", "every day": "P1D", "every night": "P1D"}[a]
            return "SET", v, False
        if g("ev"):
            u = g("u")
            nt = (g("n") or "").lower()
            if u.lower() in PARTS_OF_DAY:
                return "SET", "XXXX-XX-XXT" + PARTS_OF_DAY[u.lower()], False
            if u.rstrip(".").lower() in WEEKDAYS and u[0].isupper():
                return "SET", f"XXXX-WXX-{WEEKDAYS[u.lower().rstrip('.')] + 1}", False
            if u.rstrip(".").lower() in N.MONTHS and u[0].isupper():
                return "SET", f"XXXX-{N.month_number(u):02d}", False
            n = 2 if nt == "other" else (N.parse_number(nt) if nt else 1)
            return "SET", N.duration_value(n, u), False
        if g("freq"):
            return "SET", N.duration_value(1, g("u2")), False
        return None

    def _names_a_paper(self, c) -> bool:
        """ "the party daily said", "the daily Rodong Sinmun": a newspaper, not a recurrence."""
        after = self.text[c.end:c.end + 30]
        if self.text[c.start].isupper() and re.search(r"[\w’']\s+\Z", self.text[max(0, c.start - 3):c.start]):
            return True   # "People's Daily", "Yanbian Daily": a title in mid-sentence
        if _PAPER_NAME_AFTER.match(after):
            return True
        before = self.text[max(0, c.start - 40):c.start]
        return bool(_DETERMINER_BEFORE.search(before) and _NOUN_DAILY_AFTER.match(after))

    def h_ref(self, c):
        w = " ".join(c.m.group("w").lower().split())
        if w in ("a while", "some time"):
            return "DURATION", "PXX", False
        if w in ("right now", "just now", "now", "nowadays", "currently", "presently", "at present",
                 "these days", "the present", "current"):
            return "DATE", "PRESENT_REF", False
        if w in ("recently", "recent", "lately", "the past"):
            return "DATE", "PAST_REF", False
        return "DATE", "FUTURE_REF", False

    def h_holiday(self, c):
        g = c.m.group
        w = " ".join(g("w").lower().split())
        before = self.text[max(0, c.start - 10):c.start]
        if w == "new year" and not re.search(r"(?i)the\s+\Z", before):
            pass
        y: int | None
        dep = False
        if g("y"):
            y = int(g("y"))
        else:
            y, dep = self.dct.y, True
        rel = (g("rel") or "").lower()

        def on(year: int | None) -> str:
            if year is None:
                if w in HOLIDAYS:
                    m, d = HOLIDAYS[w]
                    return fmt(None, m, d)
                return "XXXX-XX-XX"
            if w in HOLIDAYS:
                m, d = HOLIDAYS[w]
                return fmt(year, m, d)
            if w.startswith("thanksgiving"):
                return fmt_date(N.nth_weekday(year, 11, 3, 4))
            if w == "labor day":
                return fmt_date(N.nth_weekday(year, 9, 0, 1))
            if w == "memorial day":
                return fmt_date(N.nth_weekday(year, 5, 0, -1))
            if w == "election day":
                return fmt_date(N.nth_weekday(year, 11, 0, 1) + _dt.timedelta(days=1))
            return fmt_date(N.easter(year))

        week = _WEEK_AFTER.match(self.text, c.end)
        if week and y is not None and not g("y") and not rel and self.dct.date is not None:
            # "as Easter week began": the week around the nearest such holiday
            day = min((_dt.date.fromisoformat(on(yy)) for yy in (y - 1, y, y + 1)),
                      key=lambda d: abs((d - self.dct.date).days))
            return [(c.start, week.end(), "DATE", fmt_week(day), True)]
        if y is not None and not g("y") and self.dct.date is not None:
            v = on(y)
            if rel == "last" or (not rel and self.direction(c) < 0):
                if v > fmt_date(self.dct.date):
                    y -= 1
            elif rel == "next" or (not rel and self.direction(c) > 0):
                if v < fmt_date(self.dct.date):
                    y += 1
        return "DATE", on(y), dep

    def h_nth(self, c):
        g = c.m.group
        d = int(re.search(r"[0-9]+", g("d")).group(0))
        rel = (g("rel") or "").lower()
        dep = True
        if rel in ("this", "last", "next") and self.dct.m is not None and self.dct.y is not None:
            y, m = N.add_months(self.dct.y, self.dct.m, {"this": 0, "last": -1, "next": 1}[rel])
        elif self.ref and self.ref.m is not None:
            y, m = self.ref.y, self.ref.m
            dep = self.ref.y is None
        elif self.dct.m is not None:
            y, m = self.dct.y, self.dct.m
            if self.dct.d and y is not None:
                direction = self.direction(c)
                if direction < 0 and d > self.dct.d:
                    y, m = N.add_months(y, m, -1)
                elif direction > 0 and d < self.dct.d:
                    y, m = N.add_months(y, m, 1)
        else:
            return "DATE", f"XXXX-XX-{d:02d}", True
        if not N.valid_day(y, m, d):
            return None
        return "DATE", fmt(y, m, d), dep

    def h_yearend(self, c):
        """ "year-end" is the closing date of the year, Dec. 31 (the accounts' date, a
        deadline's day); "around year end" only says December."""
        y = self.dct.y
        before = self.text[max(0, c.start - 12):c.start]
        if y is not None and re.search(r"(?i)\bsince\s+\Z", before):
            y -= 1   # "since year-end": the last one
        if re.search(r"(?i)\b(?:around|about|near|towards?)\s+(?:the\s+)?\Z", before):
            return "DATE", f"{fmt_year(y)}-12", True
        return "DATE", f"{fmt_year(y)}-12-31", True

    def h_yearadj(self, c):
        v = self.year_ago_period(c)
        if v:
            return "DATE", v, True
        return "DATE", fmt_year(None if self.dct.y is None else self.dct.y - 1), True

    def h_ordday(self, c):
        # present tense ("is", "'s") puts the Nth day of the operation on the DCT
        d = self.dct.date
        return "DATE", fmt_date(d) if d else "XXXX-XX-XX", True

    def h_anaphor(self, c):
        w = " ".join(c.m.group("w").lower().split())
        ref = self.ref if self.ref is not None else self.dct
        dep = ref is self.dct
        if "day" in w and "days of last" not in w:
            base = ref.date or self.dct.date
            if base is None:
                return "DATE", fmt(ref.y, ref.m) + ("-XX" if ref.m else "-XX-XX"), True
            off = 1 if ("next" in w or "following" in w or "after" in w) else -1 if ("previous" in w or "before" in w) else 0
            d = N.shift_days(base, off)
            if "morning" in w:
                return "TIME", fmt_date(d) + "TMO", dep
            return "DATE", fmt_date(d), dep
        if "days of last" in w:
            u = "month" if "month" in w else "year"
            return "DATE", N.granular_shift(self.dct, -1, u), True
        if "month" in w:
            if ref.m is None:
                return "DATE", fmt(ref.y) + "-XX", dep
            off = 1 if "following" in w or "next" in w else -1 if "previous" in w else 0
            if ref.y is None:
                return "DATE", f"XXXX-{(ref.m - 1 + off) % 12 + 1:02d}", dep
            return "DATE", fmt(*N.add_months(ref.y, ref.m, off)), dep
        off = 1 if "following" in w or "next" in w else -1 if ("previous" in w or "before" in w) else 0
        return "DATE", fmt_year(None if ref.y is None else ref.y + off), dep

    # -- joined pieces ----------------------------------------------------
    def joined(self, c: _Cand):
        """A date part and a time-of-day part written together: one TIME."""
        a, b = c, c.extra
        date_c, time_c = (a, b) if a.name in _DATEISH else (b, a)
        # the tense cue for "until 9 a.m. Tuesday" sits before the whole expression
        r = self.resolve_one(_Cand(c.start, c.end, date_c.name, date_c.m))
        if not r:
            return None
        typ, v, dep = r[0] if isinstance(r, list) else r
        date_part = v.split("T")[0]
        if time_c.name == "clock":
            t = self._clock_time(time_c)
        else:
            g = time_c.m.group
            pod = (g("pod") or g("pod2") or "").lower()
            t = "T12:00" if pod == "midday" else "T" + PARTS_OF_DAY.get(pod, "XX")
        if t is None:
            return None
        return "TIME", date_part + t, dep

    def resolve_one(self, c: _Cand):
        if c.extra is not None:
            return self.joined(c)
        return getattr(self, "h_" + c.name)(c)


def _choose(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates, longest first (rule order breaks ties)."""
    cands.sort(key=lambda c: (-(c.end - c.start), RULE_PRIORITY[c.name], c.start))
    taken: list[_Cand] = []
    occupied: list[tuple[int, int]] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in occupied):
            continue
        taken.append(c)
        occupied.append((c.start, c.end))
    taken.sort(key=lambda c: c.start)
    return taken


def _join(text: str, cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        if i + 1 < len(cands):
            d = cands[i + 1]
            kinds = {c.name, d.name}
            if (kinds & _DATEISH) and (kinds & _TIMEISH) and c.name != d.name and JOINER.fullmatch(text, c.end, d.start) \
                    and d.start - c.end <= 6:
                ok = True
                for part in (c, d):
                    if part.name == "partday" and (part.m.group("rel") or "").lower() not in ("", ):
                        ok = False
                    if part.name in ("weekday", "relday") and part.m.group("pod"):
                        ok = False
                if ok:
                    out.append(_Cand(c.start, d.end, c.name, c.m, extra=d))
                    i += 2
                    continue
        out.append(c)
        i += 1
    return out


_BEFORE, _AFTER = 64, 48


def _windows(text: str, regions) -> list[tuple[int, int]]:
    """Stretches of text around words that can head a time expression.

    Scanning only these keeps the cost proportional to the time-like words,
    not to the length of the text. One tokenising regex plus a set lookup per
    word; windows closer than the context width are merged.
    """
    out: list[tuple[int, int]] = []
    for a, b in regions:
        if b <= a:
            continue
        cur_s = cur_e = -1
        for m in TOKEN.finditer(text, a, b):
            w = m.group(0)
            if not (w[0].isdigit() or w.lower() in TRIGGER_WORDS):
                continue
            s, e = max(a, m.start() - _BEFORE), min(b, m.end() + _AFTER)
            if s <= cur_e:
                cur_e = max(cur_e, e)
            else:
                if cur_e > cur_s:
                    out.append((cur_s, cur_e))
                cur_s, cur_e = s, e
        if cur_e > cur_s:
            out.append((cur_s, cur_e))
    return out


def find_timexes(text: str, dct: str | None, *, dct_inferred: bool = False,
                 spans: Sequence[tuple[int, int]] | None = None) -> list[Timex]:
    """Find the time expressions of a text and normalise them against the DCT.

    Args:
        text: the document text; offsets in the result are ``str`` indices into it.
        dct: the document creation time, "YYYY-MM-DD" (a longer ISO stamp is cut), a
            coarser prefix ("2024-03", "XXXX-06") or None; unknown parts stay ``X``.
        dct_inferred: True when ``dct`` was inferred rather than stated; copied into
            every Timex whose value depended on it.
        spans: optional content regions ``(start, end)``; text outside them is skipped.
    Returns:
        Timex records in text order. For "since X" / "from X" the ``interval_end`` is
        the DCT (or the value of the "to Y" expression that closes the range).
    """
    if not text:
        return []
    regions = [(max(0, int(a)), min(len(text), int(b))) for a, b in spans] if spans is not None else [(0, len(text))]
    cands: list[_Cand] = []
    for a, b in _windows(text, regions):
        for name, rx in RULES:
            for m in rx.finditer(text, a, b):
                if m.end() > m.start():
                    cands.append(_Cand(m.start(), m.end(), name, m))
    chosen = _join(text, _choose(cands))
    res = _Resolver(text, dct)
    out: list[Timex] = []
    dct_value = dct[:10] if dct else None
    for c in chosen:
        try:
            r = res.resolve_one(c)
        except (ValueError, KeyError, OverflowError):
            r = None
        if not r:
            continue
        items = r if isinstance(r, list) else [r]
        for k, item in enumerate(items):
            if len(item) == 3:
                typ, value, dep = item
                s, e = c.start, c.end
            else:
                s, e, typ, value, dep = item
            shifted = _DAY_BEFORE_AFTER.search(text, max(0, s - 30), s) if typ == "DATE" and _FULL_DATE.fullmatch(value) else None
            if shifted:
                # "the day before last Tuesday's hearing": a day counted from the date named
                n = N.parse_number(shifted.group("n") or "one") or 1
                sign = -1 if shifted.group("dir").lower() == "before" else 1
                value = fmt_date(N.shift_days(_dt.date.fromisoformat(value), sign * int(n)))
                s = shifted.start()
                while out and out[-1].start >= s:
                    out.pop()   # "two days" inside "two days after March 5"
            if out and s < out[-1].end:
                continue   # "1990" inside "the first two quarters of 1990", already read
            txt = text[s:e]
            interval_end = None
            if k == 0 and typ in ("DATE", "TIME") and value and (value[0].isdigit() or value.startswith("X")) \
                    and SINCE_BEFORE.search(text, max(0, s - 25), s):
                interval_end = dct_value
            out.append(Timex(start=s, end=e, text=txt, type=typ, value=value,
                             interval_end=interval_end, dct_inferred=bool(dct_inferred and dep)))
    # "from X to Y": the range closes at Y, not at the DCT
    for i in range(len(out) - 1):
        x, y = out[i], out[i + 1]
        if x.interval_end is not None and _RANGE_GAP.fullmatch(text, x.end, y.start) and y.value:
            out[i] = Timex(x.start, x.end, x.text, x.type, x.value, interval_end=y.value, dct_inferred=x.dct_inferred)
    return out

"""Korean time expressions, normalised to TIMEX3 values against the publication date.

Korean reports date events relative to the day they are written: "지난 20일" is the 20th
of this month if that day is past, else of last month; "지난달 말" is last month; "올해
상반기" the first half of this year (``2024-H1``); "주체113년" the North Korean calendar's
year 113, 2024 (Juche 1 is 1912). Durations such as "보름" (a fortnight, ``P15D``) and
"한달 남짓" (a month or so, ``P1M``) are DURATION. Spans leave out particles ("지난달
말께에" is marked "지난달 말"), as English spans leave out prepositions. Normalisation
never invents precision: "지난달 말" is a month, an unknown year stays ``XXXX``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from threadline.model import Timex

_NUM_WORDS = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7,
              "여덟": 8, "아홉": 9, "열": 10}
_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15}
_YEAR_WORDS = {"재작년": -2, "지지난해": -2, "지난해": -1, "작년": -1, "전년": -1, "올해": 0, "금년": 0, "올": 0,
               "내년": 1, "래년": 1, "이듬해": 1, "후년": 2}  # 래년: the North's spelling
_MONTH_WORDS = {"지난달": -1, "지난 달": -1, "이달": 0, "이번 달": 0, "이번달": 0, "금월": 0,
                "다음달": 1, "다음 달": 1, "내달": 1}
_DAY_REL = {"그제": -2, "그저께": -2, "어제": -1, "오늘": 0, "이날": 0, "내일": 1}
#: Days counted from the day the story is at, not from the day it is told: "9일 도착했다 … 열차는
#: 전날 두만강을 건넜다" is the 8th; "그저께 입항해 … 이튿날 빠져나갔다" the day after that.
_DAY_ANAPHORA = {"전날": -1, "하루 전": -1, "이튿날": 1, "다음날": 1, "다음 날": 1, "그 다음날": 1,
                 "이튿날": 1, "당일": 0, "그날": 0, "같은 날": 0}
#: The first day of the lunar year (설) and the harvest moon (추석), by solar year: their dates move.
_LUNAR_DAYS = {
    "설": {2015: "02-19", 2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05", 2020: "01-25", 2021: "02-12",
          2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29", 2026: "02-17", 2027: "02-07", 2028: "01-27",
          2029: "02-13", 2030: "02-03"},
    "추석": {2019: "09-13", 2020: "10-01", 2021: "09-21", 2022: "09-10", 2023: "09-29", 2024: "09-17", 2025: "10-06",
           2026: "09-25"},
}
_HOLIDAYS = {"설 명절": "설", "설명절": "설", "설날": "설", "음력설": "설", "설 연휴": "설", "구정": "설",
             "추석 명절": "추석", "추석 연휴": "추석", "추석": "추석", "한가위": "추석"}
_APPROX = r"(?:\s?(?:남짓|여|가량|정도|넘게|이상|째))?"
#: "전" that means "ago" ("석 달 전보다", "2년 전의"), not the 전 of 전했다 or 전용열차.
_AGO = r"전(?=$|[^가-힣]|의|에|부터|보다|까지|만|쯤|께)"
_PART = r"(?:초|말|중순|하순|상순|초순)"
#: Halves and quarters: "1.4분기" and "3·4분기" are the North's and older ways of writing the first
#: and third quarter; "첫 분기" (of 새해 첫 분기) the first.
_QUARTER = r"(?:[1-4](?:[.·/]4)?\s?분기|첫\s?분기)"
_HALF = rf"(?:상반기|하반기|{_QUARTER}|연초|연말|초|말|중반)"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: Year words; "올" (this year) only as a word of its own: "올 들어", not the "올" of 올렸다, 올랐다.
_YEARS = _alt(w for w in _YEAR_WORDS if w != "올") + r"|올(?=\s)|새해"
#: Month words; "전달" (the month before) not as the verb 전달하다 (to pass on: "지시가 전달되였다").
_MONTHS = _alt(_MONTH_WORDS) + r"|전달(?![되돼하했받])"


_PATTERNS = [
    ("holiday", rf"(?P<hol>{_alt(_HOLIDAYS)})"),
    ("clock", r"(?:(?P<ampm>오전|오후|새벽|밤|아침|저녁)\s?)?(?P<hh>\d{1,2})시(?:\s?(?P<mi>\d{1,2})분|(?P<half>\s?반))?(?!\s?간)"),
    ("ago", rf"(?P<agon>\d+|{_alt(_NUM_WORDS)}|일)\s?(?P<agou>일|달|개월|주일?|년|해)\s?{_AGO}"
            rf"|(?P<agodw>{_alt(_DAY_WORDS)})\s?{_AGO}"),
    ("yearmonthdur", r"(?P<cy>\d+)\s?년\s?(?P<cm>\d+)\s?개월"),
    ("halfyear", r"(?P<hy>반년)"),
    ("dayana", rf"(?P<da>{_alt(_DAY_ANAPHORA)})"),
    ("juche", rf"주체\s?(?P<jy>\d{{1,3}})(?:\s?\(\d{{4}}\))?년(?:\s?(?P<jm>\d{{1,2}})월(?:\s?(?P<jd>\d{{1,2}})일)?)?"),
    ("ymd", r"(?P<y>\d{4})년\s?(?P<m>\d{1,2})월\s?(?P<d>\d{1,2})일"),
    ("ym", rf"(?P<y2>\d{{4}})년\s?(?P<m2>\d{{1,2}})월(?:\s?{_PART})?"),
    ("y", rf"(?P<y3>\d{{4}})년(?:\s?(?P<h3>{_HALF}))?(?!\s?(?:간|동안|째))"),
    ("relymd", rf"(?P<ry>{_YEARS})\s?(?P<rm>\d{{1,2}})월(?:\s?(?P<rd>\d{{1,2}})일|\s?{_PART})?"),
    ("rely", rf"(?P<ry2>{_YEARS})(?:\s?(?P<rh>{_HALF}))?"),
    ("relmd", rf"(?P<rmw>{_MONTHS})\s?(?P<rmd>\d{{1,2}})일"),
    ("relm", rf"(?P<rmw2>{_MONTHS})(?:\s?{_PART})?"),
    ("pastmd", r"지난\s?(?P<pm>\d{1,2})월(?:\s?(?P<pmd>\d{1,2})일)?"),
    ("pastd", r"지난\s?(?P<pd>\d{1,2})일"),
    ("nextd", r"오는\s?(?P<nd>\d{1,2})일"),
    ("md", r"(?<![\d년])(?P<mm>\d{1,2})월\s?(?P<md>\d{1,2})일"),
    ("m", rf"(?<![\d년])(?P<mo>\d{{1,2}})월(?:\s?{_PART})?(?!\s?\d)"),
    ("d", rf"(?<![\d월.])(?P<dd>\d{{1,2}})일(?!\s?(?:간|동안|째|만|씩|분|치|{_AGO}))"),
    ("since", r"(?P<sn>\d+)\s?(?P<su>일|개월|달|년)\s?만(?=에|이|의|$|[^가-힣])"),
    ("bareh", rf"(?P<bh>상반기|하반기|{_QUARTER}|연내|연말|연초)"),
    ("dayrel", rf"(?P<dr>{_alt(_DAY_REL)})"),
    ("week", r"(?P<wk>지난주|지난 주|이번 주|이번주|금주|다음 주|다음주)"),
    ("every", rf"(?P<ev>{_alt(_DAY_WORDS)}|일주일|한\s?달|\d+\s?일)(?:에|마다)\s?한\s?번씩?"),
    ("rate", r"(?P<rt>하루|한\s?달|일주일)(?=\s(?:평균\s)?\d)"),
    ("daydur", rf"(?P<dw>{_alt(_DAY_WORDS)}){_APPROX}(?:\s?(?:동안|간))?"),
    ("weekdur", rf"(?P<wn>일|\d+|{_alt(_NUM_WORDS)})\s?주일?{_APPROX}\s?(?:간|동안)|일주일{_APPROX}"),
    ("monthdur", rf"(?P<mn>\d+|{_alt(_NUM_WORDS)}|몇)\s?(?:개월|달){_APPROX}"),
    ("yeardur", rf"(?P<yn>\d+)\s?년{_APPROX}\s?(?:간|동안)|(?P<yn2>\d+)\s?년\s?(?:만에|새)"
                rf"|(?P<yn3>\d{{1,2}})\s?년(?=\s?(?:넘게|남짓|가까이|째|이상))"),
    ("ddur", rf"(?P<dn>\d+)\s?일{_APPROX}\s?(?:간|동안)"),
    ("hourdur", rf"(?P<hrn>\d+|{_alt(_NUM_WORDS)})\s?시간{_APPROX}"),
    ("set", r"(?P<set>매일|매주|매달|매월|매년|해마다|날마다|다달이)"),
]
_SCANNER = re.compile("|".join(f"(?P<_{name}>{p})" for name, p in _PATTERNS))
#: A time word starts a word ("어제" in "그어제" is none); digits may follow Hangul directly.
_HANGUL = re.compile(r"[가-힣]")
#: Trailing words that belong to the phrase's meaning but not to the timex span.
_TRAILING = re.compile(r"\s?(?:동안|간|께|쯤|만에|만|새)$")
_WEEKS = {"지난주": -1, "지난 주": -1, "이번 주": 0, "이번주": 0, "금주": 0, "다음 주": 1, "다음주": 1}


def _parse_dct(dct: str | None) -> tuple[int | None, int | None, int | None]:
    if not dct:
        return None, None, None
    parts = [int(p) for p in dct[:10].split("-") if p.isdigit()]
    return (parts + [None, None, None])[:3]  # type: ignore[return-value]


def _year(y: int | None) -> str:
    return f"{y:04d}" if y is not None else "XXXX"


def _ym(y: int | None, m: int) -> str:
    return f"{_year(y)}-{m:02d}"


def _ymd(y: int | None, m: int | None, d: int) -> str:
    return f"{_year(y)}-{m:02d}-{d:02d}" if m else f"{_year(y)}-XX-{d:02d}"


def _shift_month(y: int | None, m: int, delta: int) -> tuple[int | None, int]:
    total = m - 1 + delta
    return (y + total // 12 if y is not None else None), total % 12 + 1


def _half(y: str, h: str | None) -> str:
    if not h:
        return y
    h = h.replace(" ", "")
    if h == "상반기":
        return f"{y}-H1"
    if h == "하반기":
        return f"{y}-H2"
    if h.endswith("분기"):
        return f"{y}-Q1" if h.startswith("첫") else f"{y}-Q{h[0]}"
    return y  # 초/말/연초/연말/중반: the year, no finer


def _year_offset(word: str, m: int | None) -> int:
    """Years from the report's: "새해" (the new year) is the coming one in a report of November or
    December ("새해 무기생산 목표"), this one after."""
    if word == "새해":
        return 1 if m is not None and m >= 11 else 0
    return _YEAR_WORDS[word]


def _anchored(kind: str, g: dict, y: int | None, m: int | None, d: int | None,
              anchor: str | None) -> tuple[str, str] | None:
    """Clock times, days counted from the story's day and spans ago, against ``anchor`` (the date
    the story is at, ``YYYY-MM-DD`` or coarser) or, without one, the report's date."""
    from datetime import date, timedelta
    base = anchor or (f"{y:04d}-{m:02d}-{d:02d}" if d is not None else None)
    if kind == "clock":
        hour = int(g["hh"])
        if hour > 24 or (g["mi"] and int(g["mi"]) > 59):
            return None
        if g["ampm"] in ("오후", "저녁", "밤") and hour < 12:
            hour += 12
        minute = int(g["mi"]) if g["mi"] else 30 if g["half"] else 0
        day = base if base and len(base) == 10 else "XXXX-XX-XX"
        return "TIME", f"{day}T{hour:02d}:{minute:02d}"
    if kind == "dayana":
        if not base or len(base) != 10:
            return "DATE", "XXXX-XX-XX"
        day = date.fromisoformat(base) + timedelta(days=_DAY_ANAPHORA[g["da"]])
        return "DATE", day.isoformat()
    # ago: "석 달 전" is a month before the story's month, "2년 전" two years before its year
    if g["agodw"]:
        n, unit = _DAY_WORDS[g["agodw"]], "일"
    else:
        n, unit = (1 if g["agon"] == "일" else _number(g["agon"])), g["agou"]
        if not n:
            return None
    ref = base or (_year(y) if y is not None else None)
    if ref is None:
        return "DATE", "XXXX"
    ry = int(ref[:4])
    if unit in ("년", "해"):
        return "DATE", _year(ry - n)
    if len(ref) < 7:
        return "DATE", _year(ry)  # only the year is known
    if unit in ("달", "개월"):
        yy, mm = _shift_month(ry, int(ref[5:7]), -n)
        return "DATE", _ym(yy, mm)
    if len(ref) < 10:
        return "DATE", ref[:7]
    day = date.fromisoformat(ref[:10]) - timedelta(days=n * (7 if unit.startswith("주") else 1))
    if unit.startswith("주"):
        iso = day.isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}"
    return "DATE", day.isoformat()


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUM_WORDS.get(word)


def _value(kind: str, g: dict, y: int | None, m: int | None, d: int | None) -> tuple[str, str] | None:
    """(TIMEX3 type, value) for one match, or None when it is no time expression."""
    if kind == "juche":
        year = int(g["jy"]) + 1911
        if g["jd"]:
            return "DATE", _ymd(year, int(g["jm"]), int(g["jd"]))
        return "DATE", _ym(year, int(g["jm"])) if g["jm"] else _year(year)
    if kind == "ymd":
        return "DATE", _ymd(int(g["y"]), int(g["m"]), int(g["d"]))
    if kind == "ym":
        return "DATE", _ym(int(g["y2"]), int(g["m2"]))
    if kind == "y":
        return "DATE", _half(g["y3"], g["h3"])
    if kind == "relymd":
        year = y + _year_offset(g["ry"], m) if y is not None else None
        if g["rd"]:
            return "DATE", _ymd(year, int(g["rm"]), int(g["rd"]))
        return "DATE", _ym(year, int(g["rm"]))
    if kind == "rely":
        year = _year(y + _year_offset(g["ry2"], m) if y is not None else None)
        return "DATE", _half(year, g["rh"])
    if kind == "bareh":
        # A half or quarter without its year is this year's: "상반기 안으로", "1분기 생산계획"
        return "DATE", _half(_year(y), g["bh"]) if g["bh"] not in ("연내", "연말", "연초") else _year(y)
    if kind == "holiday":
        name = _HOLIDAYS[g["hol"]]
        if y is None:
            return "DATE", "XXXX"
        # The festival of the report's year; in a December report, the coming one's.
        year = y + 1 if name == "설" and m == 12 else y
        day = _LUNAR_DAYS[name].get(year)
        return "DATE", f"{year:04d}-{day}" if day else _year(year)
    if kind == "since":
        unit = {"일": "D", "개월": "M", "달": "M", "년": "Y"}[g["su"]]
        return "DURATION", f"P{int(g['sn'])}{unit}"
    if kind == "yearmonthdur":
        return "DURATION", f"P{int(g['cy'])}Y{int(g['cm'])}M"
    if kind == "halfyear":
        return "DURATION", "P6M"
    if kind == "hourdur":
        n = _number(g["hrn"])
        return ("DURATION", f"PT{n}H") if n else None
    if kind in ("clock", "ago", "dayana"):
        return _anchored(kind, g, y, m, d, None)
    if kind in ("relmd", "relm"):
        word = g["rmw"] or g["rmw2"]
        if m is None:
            return "DATE", "XXXX-XX"
        yy, mm = _shift_month(y, m, _MONTH_WORDS.get(word, -1))  # 전달: the month before
        return "DATE", _ymd(yy, mm, int(g["rmd"])) if kind == "relmd" else _ym(yy, mm)
    if kind == "pastmd":
        month = int(g["pm"])
        year = (y if m is None or month <= m else y - 1) if y is not None else None
        return "DATE", _ymd(year, month, int(g["pmd"])) if g["pmd"] else _ym(year, month)
    if kind in ("pastd", "d", "nextd"):
        day = int(g["pd"] or g["dd"] or g["nd"])
        if not 1 <= day <= 31:
            return None
        if m is None or d is None:
            return "DATE", _ymd(y, m, day)
        if kind == "nextd":
            yy, mm = (y, m) if day >= d else _shift_month(y, m, 1)
        else:  # the 20th of this month if it is past, else of last month
            yy, mm = (y, m) if day <= d else _shift_month(y, m, -1)
        return "DATE", _ymd(yy, mm, day)
    if kind == "md":
        return "DATE", _ymd(y, int(g["mm"]), int(g["md"]))
    if kind == "m":
        month = int(g["mo"])
        return ("DATE", _ym(y, month)) if 1 <= month <= 12 else None
    if kind == "dayrel":
        if d is None:
            return "DATE", "XXXX-XX-XX"
        from datetime import date, timedelta
        day = date(y, m, d) + timedelta(days=_DAY_REL[g["dr"]])
        return "DATE", day.isoformat()
    if kind == "week":
        if d is None:
            return "DATE", "XXXX-WXX"
        from datetime import date, timedelta
        day = date(y, m, d) + timedelta(weeks=_WEEKS[g["wk"]])
        iso = day.isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}"
    if kind in ("every", "rate"):
        # "열흘에 한 번씩" (every ten days), "하루 200발" (200 a day): a rate, not a span
        word = (g["ev"] or g["rt"]).replace(" ", "")
        if word in _DAY_WORDS:
            return "SET", f"P{_DAY_WORDS[word]}D"
        if word.endswith("일") and word[:-1].isdigit():
            return "SET", f"P{int(word[:-1])}D"
        return "SET", {"일주일": "P1W", "한달": "P1M"}[word]
    if kind == "daydur":
        return "DURATION", f"P{_DAY_WORDS[g['dw']]}D"
    if kind == "weekdur":
        n = 1 if not g["wn"] or g["wn"] == "일" else _number(g["wn"])
        return ("DURATION", f"P{n}W") if n else None
    if kind == "monthdur":
        n = "X" if g["mn"] == "몇" else _number(g["mn"])  # 몇 달: some months, how many unsaid
        return ("DURATION", f"P{n}M") if n else None
    if kind == "yeardur":
        return "DURATION", f"P{int(g['yn'] or g['yn2'] or g['yn3'])}Y"
    if kind == "ddur":
        return "DURATION", f"P{int(g['dn'])}D"
    if kind == "set":
        unit = {"매일": "P1D", "날마다": "P1D", "매주": "P1W", "매달": "P1M", "매월": "P1M", "다달이": "P1M",
                "매년": "P1Y", "해마다": "P1Y"}[g["set"]]
        return "SET", unit
    return None


def find_korean_timexes(text: str, dct: str | None, dct_inferred: bool = False,
                        spans: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Time expressions in Korean text, with TIMEX3 values.

    Most are resolved against the publication date. Clock times, days counted from another
    day ("전날", "이튿날") and spans ago ("석 달 전") are resolved against the day the story is
    at: a date told before them in the sentence, else (for days and times) the last day told
    before that is not after the publication date, else the publication date.

    Args:
        text: the text (offsets of the result index into it).
        dct: the document creation time, ``YYYY-MM-DD`` or a coarser prefix, or None.
        dct_inferred: whether the DCT was inferred (copied onto each timex).
        spans: ``(start, end)`` regions to search; None for the whole text.
    Returns:
        ``Timex`` records in text order, none overlapping.
    """
    y, m, d = _parse_dct(dct)
    out: list[Timex] = []
    kinds: list[tuple[str, dict]] = []
    for lo, hi in spans or [(0, len(text))]:
        for match in _SCANNER.finditer(text, lo, hi):
            start = match.start()
            # A time word starts a word: "20일" in "120일" is no date, "올해" in "올해" is.
            if start > 0 and _HANGUL.match(text[start - 1]) and not text[start].isdigit():
                continue
            kind = next(name for name, _ in _PATTERNS if match.group(f"_{name}") is not None)
            found = _value(kind, match.groupdict(), y, m, d)
            if found is None:
                continue
            surface = match.group()
            trimmed = _TRAILING.sub("", surface) if found[0] == "DURATION" and kind != "hourdur" else surface
            end = start + len(trimmed.rstrip())
            out.append(Timex(start, end, text[start:end], found[0], found[1], dct_inferred=dct_inferred))
            kinds.append((kind, match.groupdict()))
    out = [_with_part_of_day(text, t) for t in out]
    for i, (kind, groups) in enumerate(kinds):
        if kind in _ANCHORED:
            anchor = _story_day(text, out, kinds, i, dct)
            found = _anchored(kind, groups, y, m, d, anchor)
            if found is not None:
                out[i] = replace(out[i], type=found[0], value=found[1])
    return out


#: Parts of the day after a day ("20일 오전", "지난 3일 밤"), as TIMEX3 writes them.
_PARTS_OF_DAY = {"오전": "MO", "아침": "MO", "새벽": "MO", "낮": "MI", "오후": "AF", "저녁": "EV", "밤": "NI"}
_PART_OF_DAY = re.compile(rf"\s?({_alt(_PARTS_OF_DAY)})(?![가-힣]*\s?\d)(?=$|[^가-힣]|에|께|부터|까지|중|사이)")


def _with_part_of_day(text: str, t: Timex) -> Timex:
    """A day followed by a part of it is that part of the day: "20일 오전" is ``2025-02-20TMO``
    (a clock time after it, "14일 오전 7시", is a time of its own)."""
    if t.type != "DATE" or len(t.value or "") != 10:
        return t
    m = _PART_OF_DAY.match(text, t.end)
    if not m or re.match(r"\s?\d", text[m.end():m.end() + 2]):
        return t
    return replace(t, end=m.end(), text=text[t.start:m.end()], type="TIME",
                   value=f"{t.value}T{_PARTS_OF_DAY[m.group(1)]}")


#: Kinds resolved against the story's day rather than the report's.
_ANCHORED = ("clock", "dayana", "ago")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _story_day(text: str, timexes: list[Timex], kinds: list[tuple[str, dict]], i: int, dct: str | None) -> str | None:
    """The date the story is at when ``timexes[i]`` is told, or None for the report's date."""
    here = timexes[i]
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, here.start)), default=0)
    kind = kinds[i][0]
    # a time of day ("지난 3일 밤") gives its day
    dates = [(replace(t, value=t.value[:10]) if t.type == "TIME" else t, k) for t, (k, _) in zip(timexes[:i], kinds[:i])
             if t.type in ("DATE", "TIME") and t.value and not t.value.startswith("X") and k != "ago" and "W" not in t.value]
    same = [t for t, _ in dates if t.start >= sentence_start]
    if kind == "ago":
        # "지난해 12월 촬영된 … 석 달 전보다": the sentence's own date; a bare year serves only years
        unit = kinds[i][1].get("agou") or "일"
        fine = [t for t in same if len(t.value) >= (4 if unit in ("년", "해") else 7)]
        return fine[-1].value if fine else None
    days = [t for t in same if len(t.value) == 10]
    if days:
        return days[-1].value
    past = [t for t, _ in dates if len(t.value) == 10 and (dct is None or t.value <= dct[:10])]
    return past[-1].value if past else None

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
from typing import Iterable

from threadline.model import Timex

_NUM_WORDS = {"한": 1, "하": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7,
              "여덟": 8, "아홉": 9, "열": 10}
_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "열흘": 10, "보름": 15}
_YEAR_WORDS = {"재작년": -2, "지지난해": -2, "지난해": -1, "작년": -1, "전년": -1, "올해": 0, "금년": 0, "올": 0,
               "내년": 1, "래년": 1, "이듬해": 1, "후년": 2}  # 래년: the North's spelling
_MONTH_WORDS = {"지난달": -1, "지난 달": -1, "전달": -1, "이달": 0, "이번 달": 0, "이번달": 0, "금월": 0,
                "다음달": 1, "다음 달": 1, "내달": 1}
_DAY_REL = {"그제": -2, "그저께": -2, "어제": -1, "전날": -1, "오늘": 0, "이날": 0, "당일": 0, "내일": 1}
_APPROX = r"(?:\s?(?:남짓|여|가량|정도|넘게|이상|째))?"
_PART = r"(?:초|말|중순|하순|상순|초순)"
_HALF = r"(?:상반기|하반기|[1-4]\s?분기|연초|연말|초|말|중반)"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: Year words; "올" (this year) only as a word of its own: "올 들어", not the "올" of 올렸다, 올랐다.
_YEARS = _alt(w for w in _YEAR_WORDS if w != "올") + r"|올(?=\s)"


_PATTERNS = [
    ("juche", rf"주체\s?(?P<jy>\d{{1,3}})년(?:\s?(?P<jm>\d{{1,2}})월(?:\s?(?P<jd>\d{{1,2}})일)?)?"),
    ("ymd", r"(?P<y>\d{4})년\s?(?P<m>\d{1,2})월\s?(?P<d>\d{1,2})일"),
    ("ym", rf"(?P<y2>\d{{4}})년\s?(?P<m2>\d{{1,2}})월(?:\s?{_PART})?"),
    ("y", rf"(?P<y3>\d{{4}})년(?:\s?(?P<h3>{_HALF}))?(?!\s?(?:간|동안|째))"),
    ("relymd", rf"(?P<ry>{_YEARS})\s?(?P<rm>\d{{1,2}})월(?:\s?(?P<rd>\d{{1,2}})일|\s?{_PART})?"),
    ("rely", rf"(?P<ry2>{_YEARS})(?:\s?(?P<rh>{_HALF}))?"),
    ("relmd", rf"(?P<rmw>{_alt(_MONTH_WORDS)})\s?(?P<rmd>\d{{1,2}})일"),
    ("relm", rf"(?P<rmw2>{_alt(_MONTH_WORDS)})(?:\s?{_PART})?"),
    ("pastmd", r"지난\s?(?P<pm>\d{1,2})월(?:\s?(?P<pmd>\d{1,2})일)?"),
    ("pastd", r"지난\s?(?P<pd>\d{1,2})일"),
    ("nextd", r"오는\s?(?P<nd>\d{1,2})일"),
    ("md", r"(?<![\d년])(?P<mm>\d{1,2})월\s?(?P<md>\d{1,2})일"),
    ("m", rf"(?<![\d년])(?P<mo>\d{{1,2}})월(?:\s?{_PART})?(?!\s?\d)"),
    ("d", r"(?<![\d월.])(?P<dd>\d{1,2})일(?!\s?(?:간|동안|째|만|씩|분|치))"),
    ("dayrel", rf"(?P<dr>{_alt(_DAY_REL)})"),
    ("week", r"(?P<wk>지난주|지난 주|이번 주|이번주|금주|다음 주|다음주)"),
    ("daydur", rf"(?P<dw>{_alt(_DAY_WORDS)}){_APPROX}(?:\s?(?:동안|간))?"),
    ("weekdur", rf"(?P<wn>일|\d+|{_alt(_NUM_WORDS)})\s?주일?{_APPROX}\s?(?:간|동안)|일주일{_APPROX}"),
    ("monthdur", rf"(?P<mn>\d+|{_alt(_NUM_WORDS)})\s?(?:개월|달){_APPROX}"),
    ("yeardur", rf"(?P<yn>\d+)\s?년{_APPROX}\s?(?:간|동안)|(?P<yn2>\d+)\s?년\s?(?:만에|새)"
                rf"|(?P<yn3>\d{{1,2}})\s?년(?=\s?(?:넘게|남짓|가까이|째|이상))"),
    ("ddur", rf"(?P<dn>\d+)\s?일{_APPROX}\s?(?:간|동안)"),
    ("set", r"(?P<set>매일|매주|매달|매월|매년|해마다|날마다|다달이)"),
]
_SCANNER = re.compile("|".join(f"(?P<_{name}>{p})" for name, p in _PATTERNS))
#: A time word starts a word ("어제" in "그어제" is none); digits may follow Hangul directly.
_HANGUL = re.compile(r"[가-힣]")
#: Trailing words that belong to the phrase's meaning but not to the timex span.
_TRAILING = re.compile(r"\s?(?:동안|간|께|쯤|만에|새)$")
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
        return f"{y}-Q{h[0]}"
    return y  # 초/말/연초/연말/중반: the year, no finer


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
        year = y + _YEAR_WORDS[g["ry"]] if y is not None else None
        if g["rd"]:
            return "DATE", _ymd(year, int(g["rm"]), int(g["rd"]))
        return "DATE", _ym(year, int(g["rm"]))
    if kind == "rely":
        year = _year(y + _YEAR_WORDS[g["ry2"]] if y is not None else None)
        return "DATE", _half(year, g["rh"])
    if kind in ("relmd", "relm"):
        word = g["rmw"] or g["rmw2"]
        if m is None:
            return "DATE", "XXXX-XX"
        yy, mm = _shift_month(y, m, _MONTH_WORDS[word])
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
    if kind == "daydur":
        return "DURATION", f"P{_DAY_WORDS[g['dw']]}D"
    if kind == "weekdur":
        n = 1 if not g["wn"] or g["wn"] == "일" else _number(g["wn"])
        return ("DURATION", f"P{n}W") if n else None
    if kind == "monthdur":
        n = _number(g["mn"])
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
            trimmed = _TRAILING.sub("", surface) if found[0] == "DURATION" else surface
            end = start + len(trimmed.rstrip())
            out.append(Timex(start, end, text[start:end], found[0], found[1], dct_inferred=dct_inferred))
    return out

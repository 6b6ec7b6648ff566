"""Quantities a Korean sentence states, as the same ``Quantity`` records as English ones.

Korean writes large figures with myriad scales ("100만" is 1,000,000, "1만3천" is 13,000,
"2억5천만" is 250,000,000), counts with a counter after the figure ("포탄 100만 발",
"노동자 3천 명", "두 차례"), hedges before or after it ("약 3천 명", "3천여 명",
"200명 이상", "수백 명"), and puts the period of a rate first ("하루 200발", "연간 100만 톤").
The counted thing usually comes before the figure ("포탄 100만 발") or after it with
의 ("3천 명의 노동자"); without one, the counter names it ("명": persons). Numbers
inside names and dates are not quantities: the caller passes the spans that mentions and
time expressions hold.
"""
from __future__ import annotations

import re

from threadline.model import Quantity

_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
_SMALL = {"천": 1e3, "백": 1e2, "십": 10}
_DIGITS = r"\d[\d,]*(?:\.\d+)?"
_SCALED = rf"{_DIGITS}\s?[조억만천백]+"
#: "1만3천", "1만 3천", "3천500", "100만", "2억5천만", "13,000".
_NUMERAL = rf"(?:{_SCALED})(?:\s?{_SCALED})*(?:\d+(?![\d,.]))?|{_DIGITS}"
#: "수백" (hundreds), "수천만" (tens of millions): approximate by their nature.
_SU = {"수십": 10, "수백": 100, "수천": 1e3, "수만": 1e4, "수십만": 1e5, "수백만": 1e6, "수천만": 1e7, "수억": 1e8}
#: Native numbers, counted only with a counter after them ("두 차례", not "한 소식통").
_NATIVE = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
           "스무": 20, "서른": 30, "마흔": 40, "쉰": 50}
#: Measures, as ``Quantity.unit``.
_UNITS = {"톤": "ton", "t": "ton", "킬로그램": "kg", "kg": "kg", "%": "percent", "퍼센트": "percent",
          "프로": "percent", "달러": "USD", "원": "KRW", "위안": "CNY", "루블": "RUB", "킬로미터": "km", "km": "km",
          "미터": "m", "헥타르": "hectare"}
#: Counters: the figure counts things of this kind (a counter is no unit).
_COUNTERS = ("명", "발", "개", "대", "문", "기", "척", "곳", "개소", "차례", "회", "번", "량", "정", "자루",
             "가구", "세대", "건", "채")
_RATIO = "배"
#: Hedges before the figure and after it; "여" (as in "3천여") is "more than".
_BEFORE = r"약|대략|최소|최대|무려|거의|어림잡아|최소한"
_AFTER = r"이상|이하|가량|정도|남짓|안팎|내외|넘게|넘는|미만|쯤"
_MEASURES = "|".join(sorted((re.escape(u) for u in (*_UNITS, *_COUNTERS, _RATIO)), key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w.,])(?:(?P<before>{_BEFORE})\s?)?"
    rf"(?:(?P<su>{'|'.join(sorted(_SU, key=len, reverse=True))})|(?P<num>{_NUMERAL})"
    rf"|(?P<native>{'|'.join(sorted(_NATIVE, key=len, reverse=True))})(?=\s))"
    rf"(?P<yeo>여)?\s?(?P<measure>{_MEASURES})?(?<!개(?=월))"
    rf"(?:\s?(?P<after>{_AFTER}))?")
#: Words before a figure that make it a rate, and their period.
_RATES = {"하루": "day", "하루에": "day", "매일": "day", "일일": "day", "일평균": "day", "매주": "week",
          "주당": "week", "일주일에": "week", "매달": "month", "매월": "month", "월": "month", "월간": "month",
          "한달에": "month", "매년": "year", "연간": "year", "연": "year", "해마다": "year", "한해에": "year",
          "1년에": "year"}
_RATE = re.compile(r"(?<![가-힣])(?P<rate>" + "|".join(sorted((w.replace("한", "한 ?", 1) if w.startswith("한") else w
                                                           for w in _RATES), key=len, reverse=True))
                   + r")\s+(?:[가-힣]+\s+)?$")
#: Particles that leave a word the thing counted ("포탄을 하루 200발", "노동자가 3천 명"); the
#: topic marker does not ("이 공장은 하루 200발": the plant makes them, it is not counted).
_ITEM_PARTICLES = ("을", "를", "이", "가")
#: Particles that make a word something else (a topic, a place, a time, a companion): no item.
_OTHER_PARTICLES = ("에서", "에는", "에게", "으로", "로", "에", "의", "와", "과", "도", "께서", "은", "는")
_HANGUL_WORD = re.compile(r"[가-힣]+$")
#: Endings of verbs and adnominal forms ("생산한 200발"): such a word names no thing.
_VERB_ENDINGS = ("한", "된", "던", "고", "며", "서", "다", "면", "지", "게", "할", "될")


def korean_value(numeral: str) -> float:
    """The value of a figure written with digits and Korean scales.

    Args:
        numeral: "1만3천", "2억5천만", "3천500", "13,000".
    Returns:
        13000.0, 250000000.0, 3500.0, 13000.0.
    """
    total = section = 0.0
    for digits, scales in re.findall(rf"({_DIGITS})\s?([조억만천백십]*)", numeral):
        current = float(digits.replace(",", ""))
        if not scales:
            section += current
        for ch in scales:
            if ch in _SMALL:
                section += current * _SMALL[ch]
            else:
                total += (section + current) * _BIG[ch]
                section = 0.0
            current = 0.0
    return total + section


def find_korean_quantities(text: str, taken: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity stated in a Korean ``text`` outside the ``taken`` spans (names, dates).

    Args:
        text: a sentence.
        taken: ``(start, end)`` spans in ``text`` whose numbers are not quantities.
    Returns:
        ``Quantity`` records in text order; ``text`` of each is the words as written
        (from a rate's period or a hedge to the counter or the hedge after).
    """
    out = []
    for m in _QUANTITY.finditer(text):
        measure = m.group("measure")
        if not (m.group("su") or m.group("measure") or m.group("yeo")
                or (m.group("num") and re.search("[조억만천백]", m.group("num")))):
            continue  # a bare number: a date, a name, a code ("3교대", "2024")
        if m.group("native") and not measure:
            continue
        num_start = m.start("su") if m.group("su") else m.start("num") if m.group("num") else m.start("native")
        if any(a < m.end() and num_start < b for a, b in taken):
            continue
        if m.group("su"):
            value = float(_SU[m.group("su")])
        elif m.group("num"):
            value = korean_value(m.group("num"))
        else:
            value = float(_NATIVE[m.group("native")])
        ratio = measure == _RATIO
        unit = _UNITS.get(measure) if measure else None
        start, end = m.start(), m.end()
        per, rate_start = _rate_before(text, start)
        item = None
        if not ratio:
            item = (_item_after(text, end, taken) or _item_before(text, start, taken)
                    or (_item_before(text, rate_start, taken) if per else None))
            if item is None and measure in _COUNTERS:
                item = measure
        approx = bool(m.group("su") or m.group("before") or m.group("yeo") or m.group("after"))
        if per:
            start = rate_start
        out.append(Quantity(text=text[start:end].strip(), value=value, approximate=approx, unit=unit,
                            item=item, per=per, ratio=ratio))
    return out


def _words_before(text: str, at: int, n: int = 2) -> list[tuple[int, str]]:
    """Up to ``n`` space-separated words ending before ``at``, nearest first, with their starts."""
    words = []
    for m in reversed(list(re.finditer(r"\S+", text[:at]))):
        words.append((m.start(), m.group()))
        if len(words) == n:
            break
    return words


def _rate_before(text: str, at: int) -> tuple[str | None, int]:
    """The period of a rate word before the figure ("하루 200발", "하루 포탄 200발"), and where it starts."""
    m = _RATE.search(text[:at])
    return (_RATES[m.group("rate").replace(" ", "")], m.start("rate")) if m else (None, at)


def _item_before(text: str, at: int, taken) -> str | None:
    """The word just before the figure when it names what is counted ("포탄 100만 발")."""
    words = _words_before(text, at, 1)
    if not words:
        return None
    start, word = words[0]
    if any(a < start + len(word) and start < b for a, b in taken):
        return None     # a place or a date, not the thing counted
    if word.endswith(_OTHER_PARTICLES) or word.endswith(_VERB_ENDINGS):
        return None
    for particle in _ITEM_PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            word = word[: -len(particle)]
            break
    return word if _HANGUL_WORD.match(word) and word not in _RATES and not re.fullmatch(_BEFORE, word) else None


def _item_after(text: str, at: int, taken) -> str | None:
    """The thing counted after the figure with 의 ("3천 명의 노동자")."""
    m = re.match(r"의\s+([가-힣]+)", text[at:])
    if not m or any(a < at + m.end() and at + m.start(1) < b for a, b in taken):
        return None
    word = m.group(1)
    for particle in ("들이", "들을", "들은", "들", *_ITEM_PARTICLES):
        if word.endswith(particle) and len(word) > len(particle):
            return word[: -len(particle)]
    return word

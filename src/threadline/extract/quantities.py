"""Quantities a sentence states, as data: value, approximate or not, unit, item, rate, ratio.

"more than 13,000 shipping containers", "6 million 152-millimeter artillery shells", "a dozen
shipments", "6,000 shells per month" (a rate), "four times the average annual level" (a
ratio), "300 tons of manure" (a unit and an item). Numbers inside names and dates are not
quantities: the caller passes the spans mentions and time expressions already hold.
"""
from __future__ import annotations

import re

from threadline.model import Quantity

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "forty": 40, "fifty": 50, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12,
                 "dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
                 "a thousand": 1000, "half": 0.5, "a third": 1 / 3, "a quarter": 0.25}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: Words that make a figure approximate (a lower or upper bound is not an exact count either).
_APPROX = (r"more than|over|about|approximately|around|nearly|almost|roughly|some|up to|at least|at most|"
           r"fewer than|less than|an estimated|estimated|close to|as many as|as much as|tens of")
_UNITS = {"ton": "ton", "tons": "ton", "tonnes": "ton", "tonne": "ton", "kg": "kg", "kilograms": "kg",
          "kilogram": "kg", "kilos": "kg", "percent": "percent", "%": "percent", "per cent": "percent",
          "km": "km", "kilometers": "km", "kilometres": "km", "meters": "m", "metres": "m", "barrels": "barrel",
          "hectares": "hectare", "dollars": "USD", "won": "KRW", "yuan": "CNY", "rubles": "RUB",
          "square meters": "m2", "square metres": "m2"}
_PERIODS = {"day": "day", "daily": "day", "week": "week", "weekly": "week", "month": "month",
            "monthly": "month", "year": "year", "annually": "year", "yearly": "year", "annual": "year"}
_NUMBER = (r"\d[\d,]*(?:\.\d+)?|" + "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True)))
_QUANTITY = re.compile(
    # A number hyphened to a word is a designation ("KN-23", "F-35", "iodine-131", "U-16"), no count.
    rf"(?i)\b(?:(?P<approx>{_APPROX})\s+)?(?<![A-Za-z]-)(?P<num>{_NUMBER})"
    rf"(?:\s*(?:-|to|~)\s*(?P<upper>\d[\d,]*(?:\.\d+)?))?"
    rf"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    rf"(?:\s*(?P<ratio>times|-fold|fold)\b)?"
    rf"(?:\s*(?P<unit>%|per cent\b|percent\b|square met(?:er|re)s\b|(?:{'|'.join(u for u in _UNITS if u not in ('%', 'per cent', 'percent', 'square meters', 'square metres'))})\b))?"
    rf"(?:\s+of\b)?")
#: Where an item's name ends: function words, verbs of reporting, punctuation.
_ITEM_STOP = frozenset("""to from in at for by with per a an the and or which that who were was is are has have
had been be since during over into on this these those each every its their his her as than than about
said says say reported including while after before until under between among against
so far overnight yesterday today tonight last next already also now still recently then there here just
only again alone""".split())
_ITEM_WORD = re.compile(r"\s*([A-Za-z][\w-]*|\d+-[\w-]+)")
_RATE = re.compile(r"(?i)\s*(?:,\s*)?(?:per|a|an|each|every)\s+(day|week|month|year)\b|\s*(daily|weekly|monthly|annually|yearly)\b")


def _number(raw: str) -> float | None:
    raw = raw.lower().strip()
    if raw in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[raw])
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return None


def _item(text: str, at: int) -> tuple[str | None, int]:
    """Up to four words naming what is counted, from ``at``; returns the item and where it ends."""
    words, end = [], at
    while len(words) < 4:
        m = _ITEM_WORD.match(text, end)
        if not m or m.group(1).lower() in _ITEM_STOP or (words and m.group(1)[:1].isupper()):
            break
        words.append(m.group(1))
        end = m.end()
    return (" ".join(words) or None), end


def find_quantities(text: str, taken: list[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity stated in ``text`` outside the ``taken`` spans (names, dates).

    Args:
        text: a sentence.
        taken: ``(start, end)`` spans in ``text`` whose numbers are not quantities.
    Returns:
        ``Quantity`` records in text order; ``text`` of each is the words as written.
    """
    out, covered = [], 0
    for m in _QUANTITY.finditer(text):
        if m.start() < covered:
            continue  # inside the item of the figure before ("6 million 152-millimeter shells")
        num = m.group("num")
        if not any(ch.isdigit() for ch in num) and not (m.group("approx") or m.group("scale") or m.group("unit")
                                                      or m.group("ratio") or num.lower().startswith(("a ", "dozen", "hundreds", "thousands", "tens"))):
            # A bare "one" or "two" is a count only with something to count after it.
            if not _item(text, m.end())[0]:
                continue
        start = m.start("num") if not m.group("approx") else m.start()
        if any(a < m.end() and start < b for a, b in taken):
            continue
        value = _number(num)
        if value is None:
            continue
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
        unit = _UNITS.get((m.group("unit") or "").lower().strip()) if m.group("unit") else None
        ratio = bool(m.group("ratio"))
        item, end = (None, m.end()) if ratio else _item(text, m.end())
        if ratio:
            tail = re.match(r"\s+(?:as\s+(?:much|many)\s+as\s+)?(?:the\s+)?((?:[a-z][\w-]*\s*){1,4})", text[m.end():])
            item = tail.group(1).strip() if tail else None
        per = None
        rate = _RATE.match(text, end)
        if rate:
            per = _PERIODS[(rate.group(1) or rate.group(2)).lower()]
            end = rate.end()
        elif item and item.split()[0].lower() in ("daily", "monthly", "annual", "yearly", "weekly"):
            per = _PERIODS[item.split()[0].lower()]
        approx = bool(m.group("approx")) or bool(m.group("upper")) or num.lower() in ("dozens", "hundreds", "thousands", "tens of thousands")
        if re.fullmatch(r"(?:19|20)\d\d", num) and not (unit or item or ratio):
            continue  # a bare year
        covered = end
        out.append(Quantity(text=text[start:end].strip(), value=value, approximate=approx, unit=unit,
                            item=item, per=per, ratio=ratio))
    return out

"""Vocabulary and precompiled regular expressions for time expressions.

Every rule is one compiled pattern that is run once over the text (C-speed
scanning, no per-token Python loops). Rules never include a leading
preposition or signal ("since", "from", "by", "on", "in", "at", "during") in
the match: TIMEX3 spans leave them out. Month and weekday names are matched
case-sensitively (capitalised or upper case) so that "may", "march" or
"sun" as ordinary words are not taken for dates.
"""
from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "a": 1, "an": 1, "single": 1, "dozen": 12, "half": 0.5,
}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "thirtieth": 30, "final": 4, "last": 4,
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "mid-afternoon": "AF", "mid afternoon": "AF",
    "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
}
#: Fixed-date holidays (month, day); movable ones are computed in normalize.
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "flag day": (6, 14),
    # North Korean state holidays
    "the day of the sun": (4, 15), "day of the sun": (4, 15),
    "the day of the shining star": (2, 16), "day of the shining star": (2, 16),
    "party foundation day": (10, 10), "victory day": (7, 27), "liberation day": (8, 15),
}
MOVABLE_HOLIDAYS = ("thanksgiving", "thanksgiving day", "labor day", "memorial day",
                    "election day", "easter", "easter sunday")


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cap_alt(words) -> str:
    """Alternation of Capitalised or UPPER-case forms (case-sensitive)."""
    forms = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return _alt(forms)


_MONTH_FULL = _cap_alt([m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")])
_MONTH_ABBR = _cap_alt([m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")])
# "Mar. 2", "Sept 1", "November. 08" (a stray period after a full name occurs in Korean outlets)
MONTH = rf"(?:(?:{_MONTH_FULL})\.?|(?:{_MONTH_ABBR})\.?)"
MONTH_STRICT = rf"(?:{_MONTH_FULL}|(?:{_MONTH_ABBR})\.)"   # a month standing alone
WEEKDAY = rf"(?:{_cap_alt([w for w in WEEKDAYS if len(w) > 5])})"
WEEKDAY_ANY = rf"(?:{_cap_alt([w for w in WEEKDAYS if len(w) > 5])}|(?:{_cap_alt([w for w in WEEKDAYS if len(w) <= 5])})\.)"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[5-9][0-9]{2}|20[0-9]{2})"
JUCHE = r"(?i:Juche)\s+[0-9]{1,3}(?:\s*\(\s*[12][0-9]{3}\s*\))?"
YEAR = rf"(?:{YEAR4}|{JUCHE}|'[0-9]{{2}}(?![0-9']))"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
#: a year in words, as transcripts write them: "nineteen ninety-six", "two thousand and one"
YEARW = (rf"(?i:(?:nineteen|eighteen)[\s-]+(?:hundred[\s-]+(?:and[\s-]+)?)?(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS}|oh[\s-]+(?:{_UNITS}))"
         rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS}|{_UNITS}))?)(?![\w-])")
_NUMW = _alt([w for w in NUMBER_WORDS if w not in ("a", "an", "half", "single", "zero")])
NUM_WORD = rf"(?:{_NUMW})(?:[\s-]+(?:{_NUMW}))*"
NUM = (rf"(?i:(?<![0-9,.])[0-9]+(?:\.[0-9]+)?(?:\s+1/2|\s*½)?|(?:{NUM_WORD})(?:\s+and\s+a\s+half)?"
       r"|a\s+couple\s+of|couple\s+of|a\s+few|a\s+number\s+of|few|several|some|many|a|an|one|"
       r"a\s+half|half\s+an?|a\s+single)")
UNIT = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
        r"|years?|decades?|century|centuries|millenni(?:um|a))")
UNIT_SG = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|millennium)"
ORD = rf"(?:{_alt(ORDINALS)}|[1-4](?:st|nd|rd|th))"

# "the beginning of", "early", "late", "mid-", "the end of", ...
PART_PREFIX = (r"(?:(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|rest|remainder|"
               r"early\s+part|later?\s+part|latter\s+part|first\s+part)\s+of\s+)|"
               r"(?i:(?:early|earlier|late|later|mid|middle|the\s+middle)(?:[\s-]+|\s+in\s+)))")

TZ = r"(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|A\.M\.|P\.M\.))"
ZONE = r"(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|KST|local\s+time|Pyongyang\s+time|Seoul\s+time))"

_MODIFIER = (r"(?i:(?:more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|nearly|almost|about|around|"
             r"roughly|approximately|some|over|under|up\s+to|no\s+more\s+than|no\s+less\s+than|within|"
             r"just|only|barely|well\s+over|close\s+to)\s+)")


def _c(p: str, flags: int = 0) -> re.Pattern:
    # Every rule starts at a word start: the look-behind fails fast at the ~80% of
    # positions inside words, which is most of the scanning cost.
    return re.compile(r"(?<![\w'])(?:" + p + ")", flags)


def ci(p: str) -> str:
    """A case-insensitive group."""
    return f"(?i:{p})"


_REL_MONTH = ci(r"this|last|next|past|coming|previous|following|this\s+past|this\s+coming")
_YREL = ci(r"this\s+year|last\s+year|next\s+year")
_COUNTABLE = ci(r"people|persons|troops|soldiers|workers|tons|tonnes|units|cars|vehicles|shares|km|meters|metres|feet|"
                r"miles|kg|pounds|dollars|won|yuan|yen|members|missiles|shells|households|acres|hectares|copies|guests|"
                r"delegates|rounds|pieces|sets|barrels")
_LOOK = "(?<=[Oo]n\\s)|(?<=[Ss]ince\\s)|(?<=[Uu]ntil\\s)|(?<=[Bb]y\\s)|(?<=[Ff]rom\\s)|(?<=\\s[Tt]o\\s)|(?<=[Tt]ill\\s)|(?<=[Bb]efore\\s)|(?<=[Aa]fter\\s)"
_NOT_DAY_NOUN = ci(r"century|centuries|anniversary|anniversaries|round|session|plenary|congress|time|times|place|floor|day|birthday|division|army|corps|brigade|regiment|fleet|grade|"
                   r"amendment|party|district|street|precinct|and|or|largest|biggest|most|\w+(?:\s+\w+)?\s+anniversary")

_DECW = _alt(DECADE_WORDS)
_HOL = _alt(list(HOLIDAYS) + list(MOVABLE_HOLIDAYS))

# Each rule: (name, compiled pattern). Order only breaks ties of equal length.
RULES: list[tuple[str, re.Pattern]] = [
    # 2023-11-08, 2023/11/08, 2023.11.08 [T08:03]
    ("iso", _c(r"(?<![\w.-])(?P<y>[12][0-9]{3})([-/.])(?P<m>0?[1-9]|1[0-2])\2(?P<d>[0-3]?[0-9])(?![\w-])"
               r"(?:[T ](?P<hh>[01][0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?::[0-5][0-9])?)?")),
    # 11/08/2023 (US order)
    ("slash", _c(r"(?<![\w/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>[0-3]?[0-9])/(?P<y>[12][0-9]{3}|[0-9]{2})(?![\w/])")),
    # [Monday,] March 5[, 2023]
    ("mdy", _c(rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:(?P<pre>{PART_PREFIX}))?(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming))\s+)?(?P<mon>{MONTH})\s*(?P<d>{DAY})(?![0-9:,]*[0-9])(?!\w)(?!:[0-9])"
               rf"(?:(?:\s*,\s*|\s+)(?:(?P<y>{YEAR4}|{JUCHE})|(?P<y2>'[0-9]{{2}}))(?![0-9]))?"
               rf"(?!\s*(?:%|(?i:percent|per cent)))")),
    # the week of March 6
    ("weekof", _c(rf"(?i:the\s+week\s+of)\s+(?P<mon>{MONTH})\s*(?P<d>{DAY})(?:,?\s*(?P<y>{YEAR4}))?(?![0-9])")),
    # 5 March 2023, the 5th of March
    ("dmy", _c(rf"(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?:(?i:the)\s+)?(?P<d>{DAY})(?:\s+(?i:of))?\s+(?P<mon>{MONTH})"
               rf"(?:,?\s+(?P<y>{YEAR4}|{JUCHE}))?(?![0-9])")),
    # August 2023, August of 2023, early June, last June, June last year
    ("my", _c(rf"(?:(?P<pre>{PART_PREFIX}))?(?:(?P<rel>{_REL_MONTH})\s+)?(?P<mon>{MONTH_STRICT})"
              rf"(?:(?:\s+|\s*,\s*|\s+of\s+)(?P<y>{YEAR4}|{JUCHE}|{YEARW}|'[0-9]{{2}})(?![0-9])|\s+(?P<yrel>{_YREL})|'s)?(?![\w-])")),
    # years, Juche years, fiscal years, "mid-1996", "the end of 1990"
    ("year", _c(rf"(?:(?P<pre>{PART_PREFIX}|(?i:post|pre)-))?"
                rf"(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year)\s+|FY\s*))?"
                rf"(?P<y>(?<![$€£¥\w.,])(?<![0-9]-){YEAR4}(?![\w%])(?![,.][0-9])|{JUCHE}|{YEARW}|(?<=FY)[0-9]{{2}}(?!\w))"
                rf"(?!\s*(?:%|(?i:percent|per cent)|{_COUNTABLE}\b))")),
    # decades: the 1990s, the '80s, the mid-1990s, the nineties
    ("decade", _c(rf"(?:(?i:the)\s+)?(?:(?P<pre>(?i:early|mid|late|middle))[\s-]+|(?P<half>(?i:(?:the\s+)?(?:first|last|second|latter)\s+half\s+of\s+(?:the\s+)?)))?"
                  rf"(?:(?P<dec>1[5-9][0-9]0|20[0-9]0)'?s|'(?P<dec2>[0-9]0)s|(?P<decw>(?i:{_DECW})))(?!\w)")),
    ("century", _c(r"(?:(?i:the)\s+)?(?:(?P<pre>(?i:early|mid|late))[\s-]+)?(?P<n>[0-9]{1,2}(?:st|nd|rd|th)|(?i:eighteenth|nineteenth|twentieth|twenty-first))[\s-]+(?i:century)(?!\w)")),
    # third-quarter, the third quarter of 1990, 1989's fourth quarter, Q3 2023, the fiscal second quarter
    ("quarter", _c(rf"(?:(?:(?P<yq>{YEAR4})(?:'s)?\s+)?(?:(?P<det>(?i:the|this\s+year.s|last\s+year.s|next\s+year.s|its|a|their|this|that))\s+)?"
                   rf"(?:(?P<yq2>{YEAR4})\s+)?(?:(?P<ya>(?i:year-earlier|year-ago|comparable|year\s+earlier|flat|same|latest|current|previous|past|preceding|fiscal))[\s-]+){{0,2}}"
                   rf"(?P<q>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-]+(?:(?i:fiscal)[\s-]+)?(?i:quarter)(?![\w])"
                   rf"(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR4}|{_YREL}|(?i:the\s+year))(?![0-9]))?"
                   rf"|(?<![\w-])Q(?P<qn>[1-4])(?:\s*(?P<y3>{YEAR4}))?(?!\w))")),
    ("half", _c(rf"(?:(?P<yh>{YEAR4})(?:'s)?\s+)?(?:(?i:the|its)\s+)?(?P<h>(?i:first|second|last|latter|final))[\s-]+(?:(?i:fiscal)\s+)?(?i:half)(?![\w-])"
                rf"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?(?:(?i:year)\s+)?(?P<y>{YEAR4}|{JUCHE}|{_YREL}|(?i:the\s+year)))?")),
    # the quarter, the latest quarter, the year-ago period, the 1988 period, the current quarter
    ("refquarter", _c(rf"(?i:(?:the|this|that|its|last|next|year-ago|year-earlier|last\s+year.s)\s+)(?:(?P<y>{YEAR4})\s+)?"
                      rf"(?P<mod>(?:(?i:latest|current|recent|comparable|same|year-ago|year-earlier|previous|prior|corresponding|fiscal)\s+){{0,2}})"
                      rf"(?P<w>(?i:quarter|period))(?![\w-])(?P<ago>(?i:\s+a\s+year\s+(?:ago|earlier)|\s+last\s+year))?")),
    # seasons
    ("season", _c(rf"(?:(?P<pre>{PART_PREFIX}))?(?:(?P<rel>(?i:this|last|next|past|coming|this\s+past|this\s+coming|the|the\s+past|the\s+coming|the\s+early|the\s+late))\s+)?"
                  rf"(?:(?P<y1>{YEAR4})\s+)?(?P<s>(?i:spring|summer|autumn|winter)|(?:(?<=[tT]his )|(?<=[lL]ast )|(?<=[nN]ext )|(?<=[Tt]he )|(?<=arly )|(?<=ate )|(?<=[Ss]ince )|(?<=[Tt]his past ))[Ff]all)"
                  rf"(?!\w)(?:\s+(?:(?i:of)\s+)?(?P<y>{YEAR4}|{YEARW}))?(?![0-9])")),
    # today, yesterday, tomorrow, tonight, late yesterday, yesterday morning
    ("relday", _c(r"(?:(?P<pre>(?i:early|earlier|late|later|mid-afternoon|midday|mid-morning|noon|midnight))\s+)?"
                  r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight))(?!\w)(?:'s)?"
                  r"(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?(?!\w)")),
    # [last|next|this] Monday [morning|night], Monday's, Mondays
    ("weekday", _c(rf"(?:(?P<rel>(?i:last|next|this|this\s+coming|this\s+past|the\s+previous|the\s+following|the\s+next|early|late|earlier|later))\s+)?"
                   rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?:'s)?(?!\w)(?:,?\s+(?P<pod>(?i:morning|afternoon|evening|night|overnight))(?P<pods>s)?)?(?!\w)")),
    # this morning, last night, overnight
    ("partday", _c(r"(?:(?P<rel>(?i:this|last|early\s+this|late\s+this|later\s+this|earlier\s+this|the|that|the\s+next|the\s+following|the\s+previous))\s+"
                   r"(?P<pod>(?i:morning|afternoon|evening|night))|(?P<pod2>(?i:overnight|mid-afternoon|mid\s+afternoon|midday)))(?!\w)")),
    # 3 p.m., 10:35 a.m. EST, noon, midnight, 0800 GMT, 4 in the morning
    ("clock", _c(rf"(?:(?P<pre>(?i:around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after)))\s+)?"
                 rf"(?:(?P<h>[01]?[0-9]|2[0-3])(?::(?P<mi>[0-5][0-9]))?(?P<ap>{TZ})(?P<z>{ZONE})?"
                 rf"|(?P<h2>[01]?[0-9]|2[0-3]):(?P<mi2>[0-5][0-9])(?P<z2>{ZONE})"
                 rf"|(?P<h3>[0-2][0-9])(?P<mi3>[0-5][0-9])(?P<z3>\s+(?:GMT|UTC|KST|EST|(?i:local\s+time|hours)))"
                 rf"|(?P<noon>(?i:noon|midnight|midday))"
                 rf"|(?P<h4>[0-9]{{1,2}}|(?i:{NUM_WORD}))\s+(?i:in\s+the)\s+(?P<pod>(?i:morning|afternoon|evening)))(?![\w:])")),
    # year-end, year's end
    ("yearend", _c(r"(?P<w>(?i:year[-\s]end|year's\s+end))(?![\w-])")),
    # year-earlier / year-ago used as adjectives ("a year-earlier net loss")
    ("yearadj", _c(r"(?P<w>(?i:year-earlier|year-ago|year-before))(?!\s+(?i:quarter|period|level))(?![\w-])")),
    # that day, the same day, the next day, that year, the following month
    # "today is the eighth day of Desert Shield", "it's the second day of an offensive": today
    ("ordday", _c(r"(?:(?<=\bis\s)|(?<='s\s)|(?<=’s\s))(?P<w>(?:(?i:the)\s+)?(?i:first|second|third|fourth|fifth|sixth|"
                  r"seventh|eighth|ninth|tenth|[0-9]{1,2}(?:st|nd|rd|th))\s+(?i:day))(?=\s+of\b)")),
    ("anaphor", _c(r"(?P<w>(?i:that\s+day|the\s+same\s+day|that\s+same\s+day|the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day|the\s+next\s+morning|that\s+year|the\s+same\s+year|the\s+following\s+year|the\s+previous\s+year|the\s+year\s+before|that\s+month|the\s+same\s+month|the\s+following\s+month|the\s+previous\s+month|the\s+same\s+days?\s+of\s+last\s+(?:month|year)))(?!\w)")),
    # this week, last month, next year, the past year, earlier this month, the same month
    ("relunit", _c(rf"(?:(?P<pre>{PART_PREFIX}))?"
                   rf"(?P<rel>(?i:this|last|next|past|coming|previous|following|current|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+previous|the\s+following|the\s+current|the\s+same|that|the|this\s+past|this\s+coming|the\s+prior|prior|same|the\s+whole|the\s+entire|the\s+full|the\s+latest|the\s+most\s+recent))\s+"
                   rf"(?P<u>(?i:week|weekend|month|year|decade|century|fiscal\s+year|calendar\s+year))(?![\w-])(?:'s)?")),
    # ten days ago, two years earlier, a year ago, a week later, a week or so ago
    ("ago", _c(rf"(?:{_MODIFIER})?(?P<n>{NUM})[\s-]+(?:(?i:more|additional|full|long|short|straight|consecutive|trading|business|working)\s+)?(?P<u>{UNIT})(?:\s+(?i:or\s+so))?\s+"
               rf"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))(?!\w)"
               rf"(?:\s+(?P<anchor>(?i:today|yesterday|tomorrow)))?")),
    # two years, 10-day, the past three months, the first nine months, 5 1/2 hours, a minute and a half
    ("duration", _c(rf"(?:{_MODIFIER}|(?P<det>(?i:(?:the|a|an|each\s+of\s+the|all\s+of\s+the)\s+)))?"
                    rf"(?:(?P<rel>(?i:past|last|next|first|coming|previous|following|final|latest|initial|remaining|ensuing|year-earlier|recent|preceding|other))\s+)?"
                    rf"(?P<n>{NUM})(?:\s+(?i:to|or)\s+(?:[0-9]+|(?i:{NUM_WORD})))?(?:[\s-]+|(?<=[0-9]))"
                    rf"(?:(?i:more|additional|full|long|short|straight|consecutive|trading|business|working|extra|calendar)\s+)?"
                    rf"(?P<u>{UNIT})(?P<half>\s+(?i:and\s+a\s+half)(?!\s+(?i:an?\s+)?{UNIT}))?(?P<adj>-(?i:long))?(?:\s+(?P<orso>(?i:or\s+so)))?(?![\w])(?!-)(?!\s+old\b)")),
    # for years, over months, decades-long, recent years, the next few days
    ("bareplural", _c(r"(?:(?<=[Ff]or\s)|(?<=[Oo]ver\s)|(?<=[Ww]ithin\s)|(?<=[Ff]or\sthe\s)|(?<=time\sin\s))(?P<u>(?i:years|months|weeks|days|decades|hours|minutes|centuries))(?!\w)"
                      r"|(?P<u2>(?i:years|decades|months|weeks|days))(?=-(?i:long|old))"
                      r"|(?P<rec>(?i:recent|coming|past|the\s+past|the\s+coming|the\s+next|the\s+last|the\s+recent))\s+(?P<u3>(?i:years|months|weeks|days|decades|quarters))(?!\w)"
                      r"|(?P<fsev>(?i:the\s+next\s+few|the\s+past\s+few|the\s+last\s+few|the\s+next\s+several|the\s+past\s+several|the\s+last\s+several|the\s+coming|several|a\s+few|a\s+couple\s+of|a\s+number\s+of|many))\s+(?P<u4>(?i:years|months|weeks|days|decades|quarters|hours|minutes))(?!\w)")),
    # daily, weekly, every week, each Thursday, twice a year (not the names "Daily NK", "Daily Mail")
    ("set", _c(rf"(?P<adv>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually|every\s+day|every\s+night))(?![\w-])(?!\s+[A-Z]{{2}})(?!\s+(?:Mail|Telegraph|News|Star|Times|Beast|Express))"
               rf"|(?P<ev>(?i:every|each))\s+(?:(?P<n>[0-9]+|(?i:{NUM_WORD})|(?i:other|few|several))\s+)?(?P<u>(?i:{UNIT_SG}s?|morning|afternoon|evening)|{WEEKDAY}|{MONTH_STRICT})(?!\w)"
               rf"|(?P<freq>(?i:once|twice|three\s+times|four\s+times|[0-9]+\s+times))\s+(?:(?i:a|an|per|each|every))\s+(?P<u2>{ci(UNIT_SG)})(?!\w)")),
    # now, currently, recently, the past, the future
    ("ref", _c(r"(?<![\w-])(?P<w>" + ci(
        r"right\s+now|just\s+now|now|nowadays|currently|presently|at\s+present|these\s+days|the\s+present"
        r"|current(?!\s+(?:account|accounts|assets|liabilities|events|affairs|of|flow|flows|density|dollars|prices|quarter|year|month|week|fiscal|period))"
        r"|recently|recent(?!\s+(?:years|months|weeks|days|decades|quarters)\b)|lately"
        r"|the\s+past(?!\s+(?:year|week|month|decade|century|weekend|few|several|couple|quarters?|[0-9]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b))"
        r"|the\s+near\s+future|the\s+distant\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term|the\s+long\s+term|the\s+foreseeable\s+future"
        r"|as\s+soon\s+as\s+possible|a\s+later\s+date|a\s+while|some\s+time") + r")(?![\w-])")),
    # holidays
    ("holiday", _c(rf"(?:(?P<rel>(?i:last|next|this))\s+)?(?P<w>(?i:{_HOL}))(?!\w)(?:\s+(?P<y>{YEAR4}))?")),
    # "on the 26th" (a day of the month in focus)
    ("nth", _c(rf"(?:{_LOOK})(?P<d>(?i:the)\s+(?:[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th))(?!\s+{_NOT_DAY_NOUN}\b)"
               rf"(?:\s+of\s+(?P<rel>(?i:this|last|next|the))\s+(?i:month))?(?!\w)(?!\s+[A-Z])(?=\s*(?:[,.;:)]|$|(?:and|or|when|at|in|of|to|through|until|as|after|before|for|with|by|from|this|last|next|the|a|an|but|he|she|they|it|we)\b))")),
]

RULE_PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}

# Merge a date-like and a time-of-day expression written next to each other.
JOINER = re.compile(r"\s*,\s*|\s+|\s+(?i:on|of)\s+|\s*,\s+(?i:on)\s+")
# "from June 23 to 25", "August 4 and 5, Juche 90 (2001)"
DAY_TAIL = re.compile(rf"\s*(?:-|–|to|through|and|&)\s*(?P<d>{DAY})(?![0-9:])(?:,\s*(?P<y>{YEAR4}|{JUCHE}))?(?![\w%])")

# "July 26-August 18, Juche 90 (2001)": the first date takes the year of the second
RANGE_TAIL = re.compile(rf"\s*(?:-|–|to|through|until|till|and)\s*{MONTH}\s*{DAY},?\s*(?P<y>{YEAR4}|{JUCHE})(?![\w%])")
# "the February 8 Vinalon Complex", "the April 25 House of Culture", "August 3 consumer goods":
# a date inside a name
NAMED_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:(?:[Jj]oint|North-South|[Nn]orth-[Ss]outh)\s+)?(?:Complex|Factory|Works|Mine|Club|Team|Street|Bridge|"
                         r"Stadium|School|University|Hall|Prize|Movement|Plant|Kindergarten|Hotel|Station|Park|Square|"
                         r"Corporation|Company|Enterprise|Farm|Unit|Group|Centre|Center|[Dd]eclaration|[Ss]tatement|Accord|"
                         r"Agreement|Incident|Uprising|Movement|Revolution|House|Palace|Theatre|Theater|Museum|"
                         r"Institute|Academy|Shipyard|Port|Mill|Hospital|Library|Monument|Ensemble|Troupe|Youth|"
                         r"[Cc]onsumer [Gg]oods)\b")

# Signals before a timex that make it an open interval ending at the DCT
SINCE_BEFORE = re.compile(r"(?i:\b(?:since|from|starting|beginning|ever\s+since)\s+(?:(?:the|early|late|mid)\s+)?)\Z")

# A period after a title or month abbreviation ("Roe vs. Wade", "Gen. Kim", "Jan. 13",
# "10 a.m. Tuesday") ends no sentence.
_ABBREVIATIONS = ("vs", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "No",
                  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "a.m", "p.m")
# (The lookbehinds follow the period, so they run only where there is one.)
SENTENCE_END = re.compile(r"[.!?]" + "".join(rf"(?<!\b{re.escape(a)}\.)" for a in _ABBREVIATIONS)
                          + r"['\"”’)]?\s+(?=[\"“‘'(]?[A-Z0-9])|\n\s*\n|\n")

#: Lower-cased words (and, for digits, any token starting with one) that can head a
#: time expression; the rules only scan windows around them.
TRIGGER_WORDS = frozenset(
    list(MONTHS) + list(WEEKDAYS) + ["tues", "thur", "thurs"]
    + """second seconds minute minutes hour hours day days night nights week weeks weekend weekends
    fortnight fortnights month months quarter quarters year years decade decades century centuries
    millennium millennia today yesterday tomorrow tonight now nowadays current currently presently present
    recent recently lately past future term while time daily weekly monthly annually yearly hourly quarterly
    nightly biweekly bimonthly semiannually morning afternoon evening overnight noon midnight midday
    spring summer fall autumn winter juche fiscal fy period half christmas thanksgiving easter halloween
    valentine independence election labor memorial veterans flag sun star foundation victory liberation
    eve new twenties thirties forties fifties sixties seventies eighties nineties q1 q2 q3 q4 possible date
    later earlier ago mid hence soon nineteen eighteen thousand""".split())
TOKEN = re.compile(r"[A-Za-z]+|[0-9]+")

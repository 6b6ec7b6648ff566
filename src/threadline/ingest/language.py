"""Which language a report is written in, so English-only extraction is not run on others.

State media publish the same stories in several languages (KCNA's 2011 feed is about
7% Spanish), and a stream of reports can mix them. Threadline's recognisers read
English; run on Spanish they turn capitalised verbs into people. The test here is
cheap and needs no model: the script of the letters, then, for Latin script, which
language's commonest function words the text uses most.
"""
from __future__ import annotations

import re

# The commonest function words of each Latin-script language state media publish in;
# words two of them share ("a", "de", "la", "en") count for neither.
_FUNCTION_WORDS = {
    "en": "the of and to in is that for on with was as by at from are were this be it has have which",
    "es": "el los las del y que por con para una se al es lo su sus como fue entre tambien",
    "fr": "le les des et que du une est pour dans par sur au aux qui ont avec ses cette",
    "de": "der die und den von zu das mit sich des auf ist im dem nicht ein eine als auch",
    "pt": "os as do da dos das que em um uma para com por foi pelo pela ao",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_WORDS = 400
_MIN_WORDS = 12


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language: ``en``, ``es``, ``fr``, ``de``, ``pt``,
    ``ru``, ``ko``, ``ja`` or ``zh``.

    A text too short to tell, or one no other language claims clearly, is taken
    for English, the language reports are read in: a wrong "not English" would
    silently drop a report's facts, a wrong "English" only costs a noisy read.
    """
    letters = [ch for ch in text[:4000] if ch.isalpha()]
    if not letters:
        return "en"
    scripts = {"ko": 0, "kana": 0, "han": 0, "cyrillic": 0}
    for ch in letters:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            scripts["ko"] += 1
        elif 0x3040 <= o <= 0x30FF:
            scripts["kana"] += 1
        elif 0x4E00 <= o <= 0x9FFF:
            scripts["han"] += 1
        elif 0x0400 <= o <= 0x04FF:
            scripts["cyrillic"] += 1
    n = len(letters)
    if scripts["ko"] > 0.3 * n and not _english_part(text, letters):
        return "ko"
    if scripts["kana"] > 0.1 * n:
        return "ja"
    if scripts["han"] > 0.3 * n:
        return "zh"
    if scripts["cyrillic"] > 0.3 * n:
        return "ru"
    words = [w.lower() for w in _WORD.findall(text)[:_SAMPLE_WORDS]]
    if len(words) < _MIN_WORDS:
        return "en"
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    best = max(counts, key=counts.get)
    # Another language must be clearly ahead: English reports quote Spanish names and
    # titles ("Partido del Trabajo"), and those must not flip them.
    if best != "en" and counts[best] >= 3 and counts[best] > 2 * counts["en"]:
        return best
    return "en"


def _english_part(text: str, letters: list[str]) -> bool:
    """True when a Korean report also carries English prose of its own (a bilingual
    release, a translation below the original): it is then read as English, so
    that its English half is not dropped; the recognisers find nothing in Hangul."""
    latin = sum(1 for ch in letters if "a" <= ch.lower() <= "z")
    if latin < 0.25 * len(letters):
        return False
    words = [w.lower() for w in _WORD.findall(text) if w.isascii()][:_SAMPLE_WORDS]
    return sum(w in _WORDS["en"] for w in words) >= _MIN_WORDS // 2

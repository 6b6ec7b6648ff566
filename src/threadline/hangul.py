"""Hangul: syllable decomposition, Revised Romanization and the two Koreas' spellings.

Korean reports name places and people in Hangul; the domain pack and English reports
name them in romanized form. :func:`romanize` turns a Hangul name into Revised
Romanization so that :func:`threadline.romanize.name_key` folds "김정은" and
"Kim Jong Un" to one key. :func:`initial_sound_variants` gives the South Korean
spelling of a North Korean name (the South drops or changes an initial ㄹ/ㄴ: 녕변 is
written 영변, 량강도 양강도, 로동신문 노동신문), since both spellings appear in reports.
"""
from __future__ import annotations

from functools import lru_cache

__all__ = ["is_hangul", "has_hangul", "romanize", "initial_sound_variants", "compound_variants"]

_BASE, _LAST = 0xAC00, 0xD7A3
_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_VOWELS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
           "wi", "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
           "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
#: Surnames have customary spellings that differ from Revised Romanization ("Gim" is "Kim").
_SURNAMES = {"김": "Kim", "이": "Lee", "리": "Ri", "박": "Park", "최": "Choe", "정": "Jong", "노": "No",
             "로": "Ro", "조": "Jo", "오": "O", "한": "Han", "현": "Hyon", "문": "Mun", "윤": "Yun"}
#: Vowels after which an initial ㄹ or ㄴ is dropped in the South (녀→여, 리→이), as vowel indexes.
_Y_OR_I = {2, 3, 6, 7, 12, 17, 20}


def is_hangul(ch: str) -> bool:
    """Whether ``ch`` is a precomposed Hangul syllable."""
    return _BASE <= ord(ch) <= _LAST


def has_hangul(text: str) -> bool:
    """Whether ``text`` holds any Hangul syllable."""
    return any(is_hangul(ch) for ch in text)


def _parts(ch: str) -> tuple[int, int, int]:
    o = ord(ch) - _BASE
    return o // 588, (o % 588) // 28, o % 28


def _compose(initial: int, vowel: int, final: int) -> str:
    return chr(_BASE + initial * 588 + vowel * 28 + final)


@lru_cache(maxsize=16384)
def romanize(text: str, person: bool = False) -> str:
    """Revised Romanization of a Hangul text, syllable by syllable, words kept apart.

    Args:
        text: Hangul (other characters pass through unchanged).
        person: the text is a person's name: the first syllable is a surname with
            its customary spelling, the given name is written as one word.
    Returns:
        the romanized text, e.g. ``romanize("혜산") == "hyesan"``,
        ``romanize("김정은", person=True) == "Kim jeongeun"``.
    """
    out: list[str] = []
    words = text.split()
    for w, word in enumerate(words):
        pieces = []
        for i, ch in enumerate(word):
            if not is_hangul(ch):
                pieces.append(ch)
                continue
            if person and w == 0 and i == 0 and ch in _SURNAMES:
                pieces.append(_SURNAMES[ch] + " ")
                continue
            ini, vow, fin = _parts(ch)
            pieces.append(_INITIALS[ini] + _VOWELS[vow] + _FINALS[fin])
        out.append("".join(pieces).strip())
    return " ".join(out)


def initial_sound_variants(name: str) -> list[str]:
    """The name as the South spells it, when it differs (the initial-sound rule).

    North Korean spelling keeps an initial ㄹ and ㄴ (녕변, 량강도, 로동신문, 라진);
    South Korean spelling drops them before i/y sounds and reads ㄹ as ㄴ before
    other vowels (영변, 양강도, 노동신문, 나진). Only the first syllable changes.

    Returns:
        a list with the Southern spelling, or an empty list when it is the same.
    """
    if not name or not is_hangul(name[0]):
        return []
    ini, vow, fin = _parts(name[0])
    if ini == 5:  # ㄹ
        new = 11 if vow in _Y_OR_I else 2  # ㅇ or ㄴ
    elif ini == 2 and vow in _Y_OR_I:  # ㄴ before i/y
        new = 11
    else:
        return []
    return [_compose(new, vow, fin) + name[1:]]


def _other_spellings(ch: str) -> tuple[str, ...]:
    """The syllable as the other Korea may write it at the start of a word: 련 and 연, 로 and 노, 녕 and 영."""
    if not is_hangul(ch):
        return ()
    ini, vow, fin = _parts(ch)
    if ini == 5:  # ㄹ: the South writes ㅇ before i/y, ㄴ before other vowels
        return (_compose(11 if vow in _Y_OR_I else 2, vow, fin),)
    if ini == 2:  # ㄴ: the South's ㄴ of a Northern ㄹ (노동/로동), or the North's ㄴ before i/y (녕변/영변)
        return (_compose(11, vow, fin),) if vow in _Y_OR_I else (_compose(5, vow, fin),)
    if ini == 11 and vow in _Y_OR_I:  # ㅇ before i/y: the North's ㄹ (연합/련합, 용성/룡성)
        return (_compose(5, vow, fin),)
    return ()


def compound_variants(name: str, limit: int = 3) -> list[str]:
    """Every other spelling of a compound name whose elements each follow one Korea's rule.

    A compound keeps the initial sound of each element in the North and drops it in the
    South, inside the word too: the South's 황해제철연합기업소 is the North's
    황해제철련합기업소, 용성기계연합기업소 is 룡성기계련합기업소. Where the elements begin is
    not known, so every syllable that either Korea could write otherwise may change;
    the forms that no one writes are never found in a text and cost nothing but a
    dictionary entry. Only the first ``limit`` such syllables vary.

    Returns:
        the other spellings (not ``name`` itself), in a stable order.
    """
    slots = [(i, alt) for i, ch in enumerate(name) for alt in [_other_spellings(ch)] if alt][:limit]
    out: list[str] = []
    for mask in range(1, 1 << len(slots)):
        chars = list(name)
        for bit, (i, alt) in enumerate(slots):
            if mask >> bit & 1:
                chars[i] = alt[0]
        out.append("".join(chars))
    return out

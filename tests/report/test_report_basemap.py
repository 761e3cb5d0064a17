"""The report's map draws the shipped Natural Earth country outlines around the events."""
from __future__ import annotations

import re

from sitroom.report.basemap import country_rings, outline_path
from sitroom.report.charts import event_map


def test_outlines_decode_to_plausible_rings() -> None:
    rings = country_rings()
    assert len(rings) > 200
    for ring, (min_lon, min_lat, max_lon, max_lat) in rings:
        assert -180.0 <= min_lon <= max_lon <= 180.0 and -90.0 <= min_lat <= max_lat <= 90.0


def test_only_rings_near_the_box_are_drawn() -> None:
    iraq = outline_path((44.0, 29.0, 49.0, 34.0), lambda lon, lat: (lon, lat))
    assert re.fullmatch(r"[MLZ0-9.,\- ]+", iraq)
    assert iraq.count("M") < 20  # the region's countries, not the world
    assert outline_path((-140.0, 5.0, -139.0, 6.0), lambda lon, lat: (lon, lat), margin=0.0) == ""


def test_event_map_widens_a_single_city_and_has_a_basemap(make_event) -> None:
    result = event_map([make_event("d1", "190", "IRQMIL", "IRQREB", "2008-03-25", place="Basra")])
    min_lon, min_lat, max_lon, max_lat = result.bounds
    assert max_lon - min_lon >= 5.99 and max_lat - min_lat >= 5.99
    assert result.basemap.startswith("M") and len(result.points) == 1

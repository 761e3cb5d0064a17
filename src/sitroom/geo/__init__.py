"""Gazetteer, toponym resolution and event → place (`Geocoder().document(doc).locate(...)`)."""
from sitroom.geo.gazetteer import Entry, Gazetteer, load_gazetteer
from sitroom.geo.geocoder import DocumentPlaces, Geocoder, Mention, default_geocoder

__all__ = ["DocumentPlaces", "Entry", "Gazetteer", "Geocoder", "Mention", "default_geocoder", "load_gazetteer"]

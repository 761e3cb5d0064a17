"""Event coding: parsed sentences -> CAMEO/PLOVER/ACLED events with actors, modality,
attribution and evidence. `EventCoder(resolver).code(document, spacy_doc, doc_actors)`."""
from sitroom.events.coder import EventCoder, family_code

__all__ = ["EventCoder", "family_code"]

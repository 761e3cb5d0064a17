"""Actors: noun phrase → CAMEO actor code, canonical name, coreference within a document.

    resolver = ActorResolver()                 # loads the shipped dictionaries once per process
    actors = resolver.document(story_date)     # one per document
    actor = actors.resolve(span)               # sitroom.records.Actor | None
"""
from .dictionary import DictionaryError, parse_actor_dictionary, parse_agent_dictionary, read_dictionary_dir
from .resolver import ActorResolver, DocumentActors

__all__ = [
    "ActorResolver",
    "DocumentActors",
    "DictionaryError",
    "parse_actor_dictionary",
    "parse_agent_dictionary",
    "read_dictionary_dir",
]

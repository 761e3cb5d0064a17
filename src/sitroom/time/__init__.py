"""Event dates resolved against the story date."""
from sitroom.time.resolve import Expression, find_expressions, resolve_event_date, resolve_expression

__all__ = ["Expression", "find_expressions", "resolve_event_date", "resolve_expression"]

"""When events happened: dates resolved from the sentence against the publication date.

`resolve_event_date(sentence, trigger, pub_date) -> DateResolution`; the expressions are
found by `expressions.find_date_expressions` and computed by `calendar.resolve`.
`parse_publication_date(value)` (publication.py) reads the article's own date.
"""

from __future__ import annotations

from .publication import parse_publication_date
from .resolve import DateResolution, resolve_event_date

__all__ = ["DateResolution", "parse_publication_date", "resolve_event_date"]

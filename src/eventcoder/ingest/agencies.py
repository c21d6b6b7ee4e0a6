"""News agencies that sign datelines, with the spellings they are written in.

A small closed list (constants, not a lexicon): a parenthesised name is only taken as a
dateline's source when it is one of these, so "Mitch McConnell (Mitch) ..." or
"Rep. Smith (D-Texas) ..." never read as datelines.
"""

from __future__ import annotations

import re
from types import MappingProxyType

# canonical name -> spellings (matched case-insensitively, spaces flexible)
AGENCIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Reuters", ("Reuters", "Reuters Health", "Thomson Reuters")),
    ("AP", ("AP", "Associated Press", "The Associated Press")),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse")),
    ("CNN", ("CNN", "CNN Business", "CNN Money")),
    ("TASS", ("TASS", "ITAR-TASS")),
    ("Xinhua", ("Xinhua",)),
    ("UPI", ("UPI",)),
    ("Bloomberg", ("Bloomberg",)),
    ("dpa", ("dpa",)),
    ("ANSA", ("ANSA",)),
    ("EFE", ("EFE",)),
    ("Kyodo", ("Kyodo",)),
    ("Yonhap", ("Yonhap",)),
    ("Interfax", ("Interfax",)),
    ("RIA Novosti", ("RIA Novosti",)),
    ("Sputnik", ("Sputnik",)),
    ("Anadolu", ("Anadolu", "Anadolu Agency")),
    ("IANS", ("IANS",)),
    ("PTI", ("PTI",)),
    ("ANI", ("ANI",)),
    ("IRNA", ("IRNA",)),
    ("Al Jazeera", ("Al Jazeera",)),
    ("BBC", ("BBC",)),
    ("CNSNews.com", ("CNSNews.com", "CNSNews")),
    ("The Hill", ("The Hill",)),
)

_CANONICAL = MappingProxyType(
    {alias.lower(): name for name, aliases in AGENCIES for alias in aliases}
)


def agency_pattern() -> str:
    """Regex alternation (no groups) matching any agency spelling, longest first."""
    aliases = sorted(_CANONICAL, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in aliases) + ")"


def canonical_agency(written: str) -> str | None:
    """The agency's canonical name for a spelling as written ("reuters" -> "Reuters")."""
    return _CANONICAL.get(" ".join(written.split()).lower())

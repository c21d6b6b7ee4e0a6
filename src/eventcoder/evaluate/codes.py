"""Code conventions used when comparing gold and coded events: actor codes, old PLOVER
labels, PentaClass. Small fixed tables (facts of the ontologies), no data files needed."""

from __future__ import annotations

from ..tables import CameoTable

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
)

# PLOVER 0.5 (2016, the GSR's version) labels -> the current 16 types. The first four are
# the issue's; the others are the remaining 0.5/0.6 draft names, mapped as the 2021 manual
# folds them (YIELD was split into CONCEDE/RETREAT; CONCEDE is the general one).
OLD_PLOVER = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
    "APPEAL": "REQUEST",
    "CRITICIZE": "ACCUSE",
    "YIELD": "CONCEDE",
    "ENGAGE": "COOPERATE",
    "MASS-VIOLENCE": "ASSAULT",
    "MASSVIOLENCE": "ASSAULT",
    "POSTURE": "MOBILIZE",
    "REDUCE": "SANCTION",
}

# CAMEO sector/agent codes. A code that starts with one of these has no country part
# ("REB", "---REB" once "---" is stripped). None of them is an ISO 3166 alpha-3 code.
SECTORS = frozenset([
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "SPY", "BUS", "MED", "EDU", "HLH",
    "CVL", "REF", "LAB", "ELI", "CRM", "NGO", "IGO", "UAF", "AGR", "SEP", "MOD", "RAD", "HRI", "ENV",
    "DEV", "UNK", "SET", "PRM",
])
# Legacy sector spellings in the PLOVER GSR ("CIV" there is a sector only in the separate
# sector field: as a code it is Cote d'Ivoire).
SECTOR_ALIASES = {"CIV": "CVL", "JRN": "MED"}
# Pre-ISO CAMEO country codes still found in the gold files.
COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "GZS": "PSE"}
# Codes that name an organisation, not a country: compared on the whole code, not 3 chars.
ORG_PREFIXES = ("IGO", "NGO", "IMG", "MNC")

PENTACLASS_NAMES = (
    "0 statements/appeals (01-02)",
    "1 verbal cooperation (03-05)",
    "2 material cooperation (06-08)",
    "3 verbal conflict (09-13, 16)",
    "4 material conflict (14, 15, 17-20)",
)


def pentaclass(root: str) -> int | None:
    """Phoenix PentaClass of a CAMEO root (not GDELT's QuadClass)."""
    try:
        r = int(root[:2])
    except (TypeError, ValueError):
        return None
    if 1 <= r <= 2:
        return 0
    if 3 <= r <= 5:
        return 1
    if 6 <= r <= 8:
        return 2
    if 9 <= r <= 13 or r == 16:
        return 3
    if r in (14, 15) or 17 <= r <= 20:
        return 4
    return None


def plover_label(label: str | None) -> str | None:
    """Current PLOVER type for a gold label (old 0.5 names mapped); None if unknown."""
    if not label:
        return None
    up = label.strip().upper()
    up = OLD_PLOVER.get(up, up)
    return up if up in PLOVER_TYPES else None


def plover_of_cameo(table: CameoTable, cameo: str | None) -> str | None:
    if not cameo:
        return None
    try:
        return table.get(cameo).plover_type
    except KeyError:
        return None


def normalise_code(code: str | None, sector: str | None = None) -> str | None:
    """Canonical actor code: upper case, "---" (unknown country) dropped, legacy country and
    sector spellings mapped; `sector` (the PLOVER GSR's separate field) appended by its
    first three letters (ethnic/religious suffixes like "CVLalb" are dropped)."""
    c = (code or "").strip().upper()
    while c.startswith("---"):
        c = c[3:]
    if c[:3] in COUNTRY_ALIASES:
        c = COUNTRY_ALIASES[c[:3]] + c[3:]
    s = (sector or "").strip()[:3].upper()
    if s and s.isalpha():
        c += SECTOR_ALIASES.get(s, s)
    return c or None


def _strip_sectors(code: str) -> str:
    """Drop trailing sector codes: "IGOUNOMIL" -> "IGOUNO"."""
    while len(code) > 3 and code[-3:] in SECTORS:
        code = code[:-3]
    return code


def country_key(code: str | None) -> str | None:
    """The country-level part of a code: first three letters, the organisation part for
    IGO/NGO/IMG codes, None for sector-only codes ("REB")."""
    c = normalise_code(code)
    if not c:
        return None
    if c.startswith(ORG_PREFIXES):
        return _strip_sectors(c)
    head = c[:3]
    if head in SECTORS:
        return None
    return head


def codes_match(gold: str | None, coded: str | None, level: str) -> bool:
    """Do two actor codes agree at `level` ("country" or "full")? None matches only None."""
    if level == "country":
        g, c = country_key(gold), country_key(coded)
        if g is None or c is None:
            return g is None and c is None
        if g.startswith(ORG_PREFIXES) and c.startswith(ORG_PREFIXES):
            # A bare "IGO" in the gold means some IGO: the more specific one matches.
            return g.startswith(c) or c.startswith(g)
        return g == c
    return normalise_code(gold) == normalise_code(coded)


def pairs_match(gold: tuple[str | None, str | None], coded: tuple[str | None, str | None],
                level: str) -> bool:
    """Source and target both agree at `level` ("event" accepts any actors)."""
    if level == "event":
        return True
    return codes_match(gold[0], coded[0], level) and codes_match(gold[1], coded[1], level)

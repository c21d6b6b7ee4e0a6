"""Clusters in the GDELT 2.0 event-table layout: 61 tab-separated columns, no header.

One row per cluster (a deduplicated event), with NumMentions/NumSources/NumArticles from the
cluster and the actor names and types of its representative (most specific) mention. Deviations from GDELT, all
documented in docs/store.md:
- GLOBALEVENTID is the store's cluster_id (stable until clusters are rebuilt);
- geographic country codes are ISO 3166 alpha-3 (GDELT uses FIPS 10-4), ADM1 is the
  gazetteer's admin1 as stored, FeatureID is the GeoNames id;
- AvgTone is empty (no tone is computed); Actor1Geo_*/Actor2Geo_* are empty (Type 0):
  only the event's location (ActionGeo_*) is resolved;
- clusters without a date are left out (GDELT has no undated events).
"""

from __future__ import annotations

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{i}{f}" for i in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
)

# DuckDB types a reader should use for the file (ints, floats, text).
TYPES = {c: "VARCHAR" for c in COLUMNS}
TYPES.update({c: "BIGINT" for c in ("GLOBALEVENTID", "DATEADDED")})
TYPES.update({c: "INTEGER" for c in ("SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass",
                                     "NumMentions", "NumSources", "NumArticles",
                                     "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type")})
TYPES.update({c: "DOUBLE" for c in ("FractionDate", "GoldsteinScale", "AvgTone",
                                    *[f"{g}_{x}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
                                      for x in ("Lat", "Long")])})

_GROUPS = "^(IGO|NGO|IMG|MNC|NGM|INS)"


def _clean(expr: str) -> str:
    """No tabs or newlines inside a field: the file is read by splitting on them."""
    return f"regexp_replace({expr}, '[\\t\\r\\n]+', ' ', 'g')"


def _actor(side: str, role: str) -> list[str]:
    code, country = f"c.{side}_code", f"r.{side}_country"
    sectors = f"coalesce(r.{side}_sectors, CASE WHEN r.{side}_sector IS NULL THEN [] ELSE [r.{side}_sector] END)"
    return [
        f"{code} AS {role}Code",
        f"upper({_clean(f'coalesce(r.{side}_name, r.{side}_text)')}) AS {role}Name",
        f"CASE WHEN length({country}) = 3 THEN {country} END AS {role}CountryCode",
        f"CASE WHEN regexp_matches({code}, '{_GROUPS}') THEN substr({code}, 4, 3) END AS {role}KnownGroupCode",
        f"NULL AS {role}EthnicCode", f"NULL AS {role}Religion1Code", f"NULL AS {role}Religion2Code",
        *[f"{sectors}[{i}] AS {role}Type{i}Code" for i in (1, 2, 3)],
    ]


def _empty_geo(prefix: str) -> list[str]:
    return [f"0 AS {prefix}_Type"] + [f"NULL AS {prefix}_{f}" for f in (
        "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]


_ACTION_TYPE = """CASE WHEN c.location_country IS NULL THEN 0
     WHEN c.location_feature = 'country' THEN 1
     WHEN c.location_feature = 'admin1' THEN CASE WHEN c.location_country = 'USA' THEN 2 ELSE 5 END
     ELSE CASE WHEN c.location_country = 'USA' THEN 3 ELSE 4 END END"""

SELECT = f"""
SELECT
    c.cluster_id AS GLOBALEVENTID,
    CAST(strftime(c.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
    CAST(strftime(c.date, '%Y%m') AS INTEGER) AS MonthYear,
    year(c.date) AS Year,
    round(year(c.date) + (dayofyear(c.date) - 1) /
          (CASE WHEN ((year(c.date) % 4 = 0 AND year(c.date) % 100 <> 0) OR year(c.date) % 400 = 0)
                THEN 366 ELSE 365 END), 4) AS FractionDate,
    {', '.join(_actor('source', 'Actor1'))},
    {', '.join(_actor('target', 'Actor2'))},
    CASE WHEN c.is_root THEN 1 ELSE 0 END AS IsRootEvent,
    c.cameo AS EventCode, left(c.cameo, 3) AS EventBaseCode, c.cameo_root AS EventRootCode,
    c.quad_class AS QuadClass, c.goldstein AS GoldsteinScale,
    c.mentions AS NumMentions, c.sources AS NumSources, c.articles AS NumArticles,
    NULL AS AvgTone,
    {', '.join(_empty_geo('Actor1Geo'))},
    {', '.join(_empty_geo('Actor2Geo'))},
    {_ACTION_TYPE} AS ActionGeo_Type,
    {_clean('c.location_name')} AS ActionGeo_FullName,
    c.location_country AS ActionGeo_CountryCode,
    {_clean('c.location_admin1')} AS ActionGeo_ADM1Code,
    NULL AS ActionGeo_ADM2Code,
    round(c.location_lat, 4) AS ActionGeo_Lat, round(c.location_lon, 4) AS ActionGeo_Long,
    c.location_geonameid AS ActionGeo_FeatureID,
    CAST(strftime(c.first_seen, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
    {_clean('c.url')} AS SOURCEURL
FROM clusters c LEFT JOIN events r ON r.event_id = c.event_id
WHERE c.date IS NOT NULL
ORDER BY c.cluster_id
"""

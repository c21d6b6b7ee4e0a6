"""Readers for the hand-written TSV files in places/data/ (`#` lines are comments)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from ..errors import DataFileError

DATA_DIR = Path(__file__).resolve().parent / "data"
# The actor knowledge base's countries: their adjectives ("Syrian") are no first names.
COUNTRIES_FILE = Path(__file__).resolve().parents[1] / "actors" / "data" / "countries.tsv"
# ... and its people: a town's name before the next word of a person's name is a first name.
PEOPLE_FILE = Path(__file__).resolve().parents[1] / "actors" / "data" / "people.tsv"


def read_rows(path: Path, min_fields: int, max_fields: int) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) for each data line; cells padded with "" to max_fields."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot read: {exc}") from exc
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not min_fields <= len(cells) <= max_fields:
            raise DataFileError(
                str(path), lineno, f"expected {min_fields}-{max_fields} tab-separated fields, got {len(cells)}"
            )
        yield lineno, cells + [""] * (max_fields - len(cells))


def parse_float(path: Path, lineno: int, value: str, what: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise DataFileError(str(path), lineno, f"{what} is not a number: {value!r}") from None


def read_country_points(path: Path) -> dict[str, tuple[float, float]]:
    points: dict[str, tuple[float, float]] = {}
    for lineno, (iso3, lat, lon, _name) in read_rows(path, 3, 4):
        la, lo = parse_float(path, lineno, lat, "lat"), parse_float(path, lineno, lon, "lon")
        if la is None or lo is None:
            raise DataFileError(str(path), lineno, "lat and lon are required")
        points[iso3] = (la, lo)
    return points


STOP_MODES = ("capital", "never", "alias")


def read_stoplist(path: Path) -> dict[str, str]:
    """name -> mode ("capital": a place only when capitalised; "never": not a place; "alias":
    not as an alternate name, only as a place's own name)."""
    out: dict[str, str] = {}
    for lineno, (name, mode, _note) in read_rows(path, 1, 3):
        mode = mode or "capital"
        if mode not in STOP_MODES:
            raise DataFileError(str(path), lineno, f"mode must be one of {STOP_MODES}, got {mode!r}")
        out[name] = mode
    return out


def read_name_pairs(path: Path) -> frozenset[tuple[str, str]]:
    """Adjacent word pairs (lower case) of the people's names and aliases in the actor knowledge
    base's people file ("vladimir", "putin"): the first word is no place before the second."""
    pairs: set[tuple[str, str]] = set()
    for _, cells in read_rows(path, 2, 32):  # only the first two columns are read
        for name in [cells[0], *cells[1].split("|")]:
            words = name.lower().split()
            pairs.update(pairwise(words))
    return frozenset(pairs)

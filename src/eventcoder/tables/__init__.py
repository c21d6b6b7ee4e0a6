"""CAMEO code table: names, Goldstein scores and the CAMEO->PLOVER map (data in cameo.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from ..errors import DataFileError


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


class CameoTable:
    def __init__(self, codes: dict[str, CameoCode]):
        self._codes = codes

    @classmethod
    def load(cls) -> CameoTable:
        path = resources.files(__package__) / "cameo.tsv"
        codes: dict[str, CameoCode] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 6:
                raise DataFileError(str(path), n, f"expected 6 columns, got {len(parts)}")
            code, name, gold, ptype, pmode, pctx = parts
            try:
                score = float(gold)
            except ValueError:
                raise DataFileError(str(path), n, f"bad Goldstein score {gold!r}") from None
            codes[code] = CameoCode(code, name, score, ptype or None, pmode or None, pctx or None)
        return cls(codes)

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __iter__(self):
        return iter(self._codes.values())

    def get(self, code: str) -> CameoCode:
        """The entry for a code; unknown 4-digit codes fall back to their 3-digit parent."""
        for key in (code, code[:3], code[:2]):
            if key in self._codes:
                return self._codes[key]
        raise KeyError(code)

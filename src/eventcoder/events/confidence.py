"""How likely a coded event is to be right, from hand checks (data/confidence.tsv): the share
of events of the same kind (both sides named or one; asserted or not) that blind readers judged
right. Users filter on it (`--min-confidence`)."""

from __future__ import annotations

from importlib import resources

from ..errors import DataFileError

ACTOR_KINDS = ("both", "source", "target")


class Confidence:
    def __init__(self, table: dict[tuple[str, str], float]):
        self._table = table

    @classmethod
    def load(cls) -> Confidence:
        path = resources.files("eventcoder.events") / "data" / "confidence.tsv"
        table: dict[tuple[str, str], float] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 3:
                raise DataFileError(str(path), n, "expected actors, modality and confidence")
            kind, modality, value = cells[:3]
            if kind not in ACTOR_KINDS or modality not in ("asserted", "other", "any"):
                raise DataFileError(str(path), n, f"unknown actors {kind!r} or modality {modality!r}")
            try:
                table[(kind, modality)] = float(value)
            except ValueError:
                raise DataFileError(str(path), n, f"confidence must be a number, got {value!r}") from None
        return cls(table)

    def of(self, has_source: bool, has_target: bool, asserted: bool) -> float:
        kind = "both" if has_source and has_target else "source" if has_source else "target"
        modality = "asserted" if asserted else "other"
        for key in ((kind, modality), (kind, "any")):
            if key in self._table:
                return self._table[key]
        return 0.5  # a kind the table does not list: no evidence either way

"""The cue words of the assertion checks (events/data/assertion.tsv), by kind, compiled once:
which words recall a quotation, schedule a future act, voice a mood, count a death toll, and so on
(the kinds are documented in the file's header)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DataFileError

KINDS = frozenset(("recall", "quote_verb", "reporter", "desire", "schedule", "health", "warning",
                   "academic", "compliance", "commitment", "stance_subject", "own_record", "dissent", "norm", "attempt_noun",
                   "withheld", "court_role", "hard_stance", "pledge_noun", "negated_governor", "game",
                   "promising_thing", "month", "support", "generic_det", "nothing_done", "opinion_modal",
                   "rank", "alternative", "giving", "refusal", "defence_word", "court_act", "concern_cause",
                   "duration", "ago_unit", "promise_verb", "tally", "tally_period", "writer_mood", "bomb", "tally_span",
                   "risk", "joint_work", "approval",
                   "building", "poll", "inference"))


@dataclass(frozen=True)
class AssertionCues:
    """The cue words of assertion.tsv by kind, compiled once."""

    words: dict[str, frozenset[str]]
    months: dict[str, int]  # "june" and "jun" -> 6

    @classmethod
    def load(cls, path: Path | None = None) -> AssertionCues:
        path = path or Path(str(resources.files(__package__) / "data" / "assertion.tsv"))
        found: dict[str, set[str]] = {k: set() for k in KINDS}
        months: dict[str, int] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 2 or not cells[0]:
                raise DataFileError(str(path), n, "expected word and kind")
            if cells[1] not in KINDS:
                raise DataFileError(str(path), n, f"unknown kind {cells[1]!r}")
            found[cells[1]].add(cells[0].lower())
            if cells[1] == "month":
                if len(cells) < 3 or not cells[2].isdigit() or not 1 <= int(cells[2]) <= 12:
                    raise DataFileError(str(path), n, "a month needs its number (1-12) in the third column")
                months[cells[0].lower()] = int(cells[2])
        return cls({k: frozenset(v) for k, v in found.items()}, months)

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.words[kind]

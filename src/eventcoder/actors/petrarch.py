"""Reader for PETRARCH/TABARI actor and agent dictionaries.

    NAME_WITH_UNDERSCORES [CODE]        # comment
    +SYNONYM                            (more names for the entry above)
        [CODE <YYMMDD]                  (code blocks may follow on their own lines;
        [CODE YYYYMMDD-YYYYMMDD]         dates are YYMMDD or YYYYMMDD)
        [CODE >YYMMDD]
    MINISTER {MINISTERS} [~GOV]         (an agent: a sector suffix; "NGO~" is a prefix;
    !PERSON! = MAN, MEN, WOMAN          `{}` means no plural; `!X!` macros expand in names)

`<!-- ... -->` blocks and `#` to end of line are comments. Codes "---", "+++" and "###" mark
names that are known but are not actors. Actors become `Entry(kind="fixed")`, agents become
`SectorTerm(role="title")`, which can both head a group ("the ministers") and introduce a
person ("minister Jorge Rodriguez").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import DataFileError
from .entries import FIXED, TITLE, Entry, Role, SectorTerm
from .tsv import origin

_COMMENT = re.compile(r"<!\s*--.*?-->", re.DOTALL)
_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_BLOCK = re.compile(r"\[([^\]]*)\]")
_PLURALS = re.compile(r"\{([^}]*)\}")
_ACTOR_CODE = re.compile(
    r"^(?P<code>[A-Za-z0-9/+#\-]+)?\s*"
    r"(?:<\s*(?P<before>\d{6}|\d{8})|>\s*(?P<after>\d{6}|\d{8})|(?P<a>\d{6}|\d{8})\s*-\s*(?P<b>\d{6}|\d{8}))?$"
)
NULL_CODES = frozenset(("---", "+++", "###"))
# CAMEO codes that open with the kind of transnational actor rather than a country.
TRANSNATIONAL = frozenset(("IGO", "NGO", "IMG", "NGM", "MNC", "UIS"))


def _chunks_after(code: str, start: int) -> tuple[str, ...]:
    return tuple(code[i:i + 3] for i in range(start, len(code) - 2, 3))


@dataclass
class _Pending:
    name: str
    line: int
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    agent: tuple[tuple[str, ...], bool] | None = None  # (sectors, prefix)
    plurals: list[str] | None = None  # None: automatic; [] : none


def _date(text: str, path: str, line: int) -> dt.date:
    if len(text) == 6:  # YYMMDD: PETRARCH's two-digit years, 1940-2039
        yy = int(text[:2])
        text = ("19" if yy >= 40 else "20") + text
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise DataFileError(path, line, f"bad date {text!r} in code block") from None


def _chunks(code: str, path: str, line: int) -> tuple[str, ...]:
    if not code or len(code) % 3:
        raise DataFileError(path, line, f"agent code {code!r} is not made of three-letter parts")
    return tuple(code[i:i + 3] for i in range(0, len(code), 3))


def _clean_name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


class _Reader:
    def __init__(self, text: str, path: str):
        self.path = path
        self.text = text
        self.macros: dict[str, list[str]] = {}
        self.entries: list[Entry] = []
        self.terms: list[SectorTerm] = []
        self.current: _Pending | None = None

    def run(self) -> tuple[list[Entry], list[SectorTerm]]:
        # Comments become as many newlines as they held, so line numbers stay true.
        text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), self.text)
        unclosed = re.search(r"<!\s*--", text)
        if unclosed:
            raise DataFileError(self.path, text[: unclosed.start()].count("\n") + 1,
                                "comment '<!--' is never closed with '-->'")
        for n, raw in enumerate(text.splitlines(), 1):
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            stripped = line.strip()
            macro = _MACRO.match(stripped)
            if macro:
                self.macros[macro.group(1)] = [_clean_name(v) for v in macro.group(2).split(",") if v.strip()]
            elif stripped.startswith("+"):
                self._need_current(n, "synonym").aliases.append(_clean_name(_BLOCK.sub("", stripped[1:])))
            elif stripped.startswith("["):
                self._codes(self._need_current(n, "code block"), stripped, n)
            else:
                self._finish()
                head = re.split(r"[\[{]", stripped, maxsplit=1)[0]
                name = _clean_name(head)
                if not name:
                    raise DataFileError(self.path, n, f"no name before the code in {stripped!r}")
                self.current = _Pending(name, n)
                plurals = _PLURALS.search(stripped)
                if plurals:
                    self.current.plurals = [_clean_name(p) for p in plurals.group(1).split(",") if p.strip()]
                self._codes(self.current, stripped[len(head):], n)
        self._finish()
        return self.entries, self.terms

    def _need_current(self, n: int, what: str) -> _Pending:
        if self.current is None:
            raise DataFileError(self.path, n, f"{what} before any entry")
        return self.current

    def _codes(self, entry: _Pending, text: str, n: int) -> None:
        for block in _BLOCK.findall(text):
            content = block.strip()
            if "~" in content:
                code = content.replace(" ", "")
                prefix = code.endswith("~")
                if entry.roles:
                    raise DataFileError(self.path, n, f"{entry.name}: agent code mixed with actor codes")
                entry.agent = (_chunks(code.strip("~").upper(), self.path, n), prefix)
                continue
            m = _ACTOR_CODE.match(content)
            if not m or not (m.group("code") or m.group("before") or m.group("after") or m.group("a")):
                raise DataFileError(self.path, n, f"cannot read code block [{block}]")
            if not m.group("code"):
                raise DataFileError(self.path, n, f"code block [{block}] has dates but no code")
            if entry.agent is not None:
                raise DataFileError(self.path, n, f"{entry.name}: actor code mixed with an agent code")
            code = m.group("code").upper().split("/")[0]
            start = end = None
            if m.group("before"):
                end = _date(m.group("before"), self.path, n)
            elif m.group("after"):
                start = _date(m.group("after"), self.path, n)
            elif m.group("a"):
                start, end = _date(m.group("a"), self.path, n), _date(m.group("b"), self.path, n)
                if start > end:
                    raise DataFileError(self.path, n, f"date range [{block}] ends before it starts")
            if code in NULL_CODES:
                entry.roles.append(Role(None, None, (), start, end, None, origin(self.path, n)))
                continue
            if code[:3] in TRANSNATIONAL:  # IGOUNOMIL: organisation type, organisation, sectors
                country, sectors = None, (code[:3], *_chunks_after(code, 6))
            else:  # VENGOVMIL: country, then sectors
                country, sectors = (code[:3] if code[:3].isalpha() else None), _chunks_after(code, 3)
            entry.roles.append(Role(code, country, sectors, start, end, None, origin(self.path, n)))

    def _expand(self, name: str, line: int) -> list[str]:
        """Names with `!MACRO!` replaced by each of its values."""
        m = re.search(r"!(\w+)!", name)
        if not m:
            return [name]
        values = self.macros.get(m.group(1))
        if values is None:
            raise DataFileError(self.path, line, f"macro !{m.group(1)}! is not defined")
        return [n for v in values for n in self._expand(_clean_name(name[: m.start()] + v + name[m.end():]), line)]

    def _finish(self) -> None:
        entry, self.current = self.current, None
        if entry is None:
            return
        where = origin(self.path, entry.line)
        if entry.agent is not None:
            sectors, prefix = entry.agent
            names = [n for name in (entry.name, *entry.aliases, *(entry.plurals or ()))
                     for n in self._expand(name, entry.line)]
            self.terms.extend(SectorTerm(sectors[0], TITLE, n, sectors, where, prefix) for n in names)
        elif entry.roles:
            self.entries.append(Entry(FIXED, entry.name, tuple(entry.aliases), tuple(entry.roles)))
        else:
            raise DataFileError(self.path, entry.line, f"entry {entry.name!r} has no code")


def read_petrarch(text: str, path: str) -> tuple[list[Entry], list[SectorTerm]]:
    """Actors (as fixed-code entries) and agents (as sector terms) of one dictionary file."""
    return _Reader(text, path).run()

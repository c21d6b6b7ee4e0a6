"""Length-preserving repair of tokenised, lower-cased wire copy.

Wire archives often reach us as `we ve come to seek solutions to venezuela s problems`:
apostrophes replaced by spaces, everything lower-cased. Every repair here swaps characters
one for one (a space for an apostrophe, a letter for its capital), so `len(out) == len(in)`
and character offsets into the normalised text are offsets into the original.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from eventcoder.ingest.agencies import agency_pattern, canonical_agency
from eventcoder.ingest.dateline import PLACE_CONNECTORS, parse_dateline


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- clitics: "don t" -> "don't", "venezuela s" -> "venezuela's". A candidate is a lone
# clitic token after a space; the word before it decides. The space becomes the apostrophe.
_CANDIDATE = re.compile(r" ([tsdmTSDM]|[vV][eE]|[rR][eE]|[lL][lL])(?![\w'’.\-])")
_STEMS = MappingProxyType(
    {
        "t": _words(
            "don doesn didn isn aren wasn weren hasn haven hadn couldn wouldn shouldn mustn "
            "needn mightn ain shan can won"
        ),
        "ve": _words("i we you they who could would should might must"),
        "re": _words("we you they who what"),
        "m": _words("i"),
        "ll": _words("i you he she it we they that there who what this"),
        "d": _words("i you he she we they who it that there"),
    }
)
# Words after which a lone "s" is never a clitic ("the s", "of s").
_NO_S_AFTER = _words(
    "the a an of in on at to for with by from and or but nor as than if is are was were "
    "be been being am his her their our my your its this these those into about over "
    "under not no so very"
)
# A word that can own an "'s": ends in a letter or digit, or is dotted like "u.s.".
_S_OWNER = re.compile(r"[^\W_](?:[\w&.\-]*[^\W_])?\.?")


def _is_clitic(word: str, clitic: str, after: str) -> bool:
    if clitic in ("s", "S"):  # "harry s. truman", "(R., S.D.)": initials, not clitics
        return (
            (after == "" or after.isspace())
            and _S_OWNER.fullmatch(word) is not None
            and word.lower() not in _NO_S_AFTER
            and not (len(word) == 1 and word.isalpha())
            and (clitic == "s" or word.isupper())  # "S" only in all-capitals copy
        )
    return word.lower() in _STEMS.get(clitic.lower(), ())


def repair_clitics(text: str) -> str:
    """`we ve` -> `we've`, `don t` -> `don't`, `venezuela s` -> `venezuela's`."""
    spaces: list[int] = []
    for m in _CANDIDATE.finditer(text):
        space = m.start()
        start = space
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word = text[start:space]
        if word and _is_clitic(word, m.group(1), text[m.end() : m.end() + 1]):
            spaces.append(space)
    if not spaces:
        return text
    parts, prev = [], 0
    for space in spaces:
        parts.append(text[prev:space])
        parts.append("'")
        prev = space + 1
    parts.append(text[prev:])
    return "".join(parts)


# --- casing
_UPPER = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_SAMPLE = 5_000  # casing is decided on the first characters; enough for any article


def is_lowercased(text: str) -> bool:
    """True when the text has letters but (almost) no capitals: under 1% of its letters."""
    sample = text[:_SAMPLE]
    upper = len(_UPPER.findall(sample))
    if upper * 100 >= len(sample):  # cheap exit for ordinary text
        return False
    if upper == 0:
        return _LETTER.search(sample) is not None
    letters = sum(map(len, _LETTER_RUN.findall(sample)))
    return letters > 0 and upper * 100 < letters


_OPENERS = r"[\"'“‘(\[]*[ \t]*"
_LINE_START = re.compile(r"^[ \t]*" + _OPENERS + r"([^\W\d_])", re.MULTILINE)
# A sentence end: ., ! or ? (not an ellipsis), closing quotes, whitespace, then a letter.
# (Each pattern opens with a plain character, not a look-behind, so `re` scans quickly.)
_SENTENCE_END = re.compile(r"[.!?](?<![.…][.!?])[\"'”’)\]]*[ \t]+" + _OPENERS + r"([^\W\d_])")
_ABBREVIATIONS = _words(
    "mr mrs ms dr prof gen sen rep gov lt col sgt capt cpl maj adm st ft mt jr sr inc ltd "
    "co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec"
)
_PRONOUN_I = re.compile(r"i(?<![\w.'’\-]i)(?![\w.\-])")
# u.s. u.n. u.k. e.u. u.s.a.; the match starts at the first period.
_DOTTED = re.compile(
    r"\.(?<=[ue]\.)(?<![\w.][ue]\.)(?:(?<=u\.)(?:s\.a|s|n|k)|(?<=e\.)u)\.(?![^\W_])"
)
# Unambiguous names of days and months ("may" and "march" are also verbs).
_CALENDAR = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february april june "
    "july august september october november december"
)
_WORD_START = re.compile(r"(?<![\w'’])[^\W\d_]")


_AGENCY_IN_PARENS = re.compile(r"\(\s*(" + agency_pattern() + r")\s*\)", re.IGNORECASE)
_STORY_START = re.compile(_OPENERS + r"([^\W\d_])")


def _abbreviation_before(text: str, end: int) -> bool:
    """Is the token ending just before `end` (a period) an abbreviation like "u.s." or "gen."?"""
    lo = max(0, end - 24)  # longer tokens are no abbreviations; bounds the look-back
    start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end), text.rfind("\t", lo, end))
    token = text[start + 1 if start >= 0 else lo : end].lstrip("\"'“‘(").lower()
    return "." in token or token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _whole_words(text: str, words: frozenset[str]) -> list[int]:
    """Start offsets of `words` standing as whole words (str.find beats a regex here)."""
    found, n = [], len(text)
    for word in words:
        i = text.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not text[i - 1].isalnum()) and (end == n or not text[end].isalnum()):
                found.append(i)
            i = text.find(word, end)
    return found


def truecase(text: str) -> str:
    """Capitalise what is safe to capitalise in lower-cased text, one character for one:
    sentence and line starts, the pronoun `i`, `u.s.`/`u.n.`/`u.k.`/`e.u.`, day and
    month names, news agencies in parentheses and the dateline's places."""
    chars = list(text)

    def up(i: int) -> None:
        c = chars[i].upper()
        if len(c) == 1:  # "ß".upper() is "SS": leave such letters alone
            chars[i] = c

    for m in _LINE_START.finditer(text):
        up(m.start(1))
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and _abbreviation_before(text, m.start()):
            continue
        up(m.start(1))
    for m in _PRONOUN_I.finditer(text):
        up(m.start())
    for m in _DOTTED.finditer(text):
        for i in range(m.start() - 1, m.end()):
            up(i)
    for i in _whole_words(text, _CALENDAR):
        up(i)
    for m in _AGENCY_IN_PARENS.finditer(text):
        written = m.group(1)
        canonical = canonical_agency(written) or written
        if len(canonical) == len(written):
            chars[m.start(1) : m.end(1)] = canonical
        else:
            for w in _WORD_START.finditer(written):
                up(m.start(1) + w.start())
    dateline = parse_dateline(text)
    if dateline is not None:
        region = text[dateline.start : dateline.end]
        for w in _WORD_START.finditer(region):
            if _LETTER_RUN.match(region, w.start()).group(0).lower() not in PLACE_CONNECTORS:
                up(dateline.start + w.start())
        m = _STORY_START.match(text, dateline.end)
        if m is not None:
            up(m.start(1))
    return "".join(chars)


# --- glued dashes: scraped copy joins clauses as "Foster,-Shigeru Ban" or "anger.-That", which
# the tokenizer keeps as one word (losing "Shigeru", a "Mexican" after "trade,-"). A dash between
# a comma (colon, ...) and a letter is never a word-internal hyphen; it becomes a space. After a
# full stop only between a lower-case word end and a capital: "U.S.-backed", "U.N.-Mexico" stay.
_GLUED_DASH = re.compile(r"(?<=[,;:!?])-(?=[^\W\d_])|(?<=[a-z]\.)-(?=[A-Z])")


# A hyphen with a space on each side is a dash ("visits China - Pyongyang's main ally"), never
# part of a word; read as an en dash, the parser no longer joins the words around it.
_SPACED_HYPHEN = re.compile(r"(?<= )-(?= )")


def repair_glued_dashes(text: str) -> str:
    return _GLUED_DASH.sub(" ", text)


# --- hover cards: scraped political copy (The Hill) follows a lawmaker's name with their full name
# glued to the headlines of other stories, closed by "MORE": "Rep. Mark Meadows Mark Randall
# MeadowsDemocrats seize on new evidence ... MORE (R-N.C.)". The headlines are no part of the
# story; from the glued capital to "MORE" they are blanked (same length: offsets keep).
# ("READ MORE:" links, which follow camel-cased names like "GroenLinks" too, are not cards.)
_HOVER_CARD = re.compile(r"(?<=[a-z]{2})[A-Z][^\n]{0,700}?(?<!READ)(?<!Read) MORE\b(?![:\w])")


def blank_hover_cards(text: str) -> str:
    if " MORE" not in text:
        return text
    return _HOVER_CARD.sub(lambda m: " " * len(m.group(0)), text)


def for_parser(text: str) -> str:
    """What the parser reads: the normalised text with spaced hyphens as dashes and hover cards
    blanked. Same length; records quote the article's own text at the same offsets."""
    return _SPACED_HYPHEN.sub("\u2013", blank_hover_cards(normalise(text)))


def normalise(text: str) -> str:
    """Repair clitics and glued dashes always (they never occur in edited text) and truecase
    text that is lower-cased. Length-preserving: offsets into the result are offsets into `text`."""
    out = repair_glued_dashes(repair_clitics(text))
    if is_lowercased(text):
        out = truecase(out)
    return out

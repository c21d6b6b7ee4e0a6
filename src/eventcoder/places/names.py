"""Name keys: one spelling-folded form shared by the gazetteer index and the sentence matcher.

A key is lower-case, without accents or apostrophes, with hyphens, slashes and commas turned
into single spaces: "Deir ez-Zor", "deir ez zor" and "Deir Ez-Zor" all give "deir ez zor";
"Sana'a" and "Sanaa" give "sanaa".  Periods are kept, so "U.S." ("u.s.") never collides with
the pronoun "us".
"""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"['’‘`ʼʻ‘ʿʾ]")
_SPACE = re.compile(r"[\s\-‐‑–—/,_]+")
# Names worth indexing are written in a Latin alphabet (the input is English news).
_LATIN = re.compile(r"^[A-Za-z0-9À-ɏḀ-ỿ'’‘`ʼʻʿʾ .,\-‐‑–()&]+$")


def fold(text: str) -> str:
    """Strip accents: "Ḩalab" -> "Halab", "Dūmā" -> "Duma"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """The index key of a place name (see the module docstring)."""
    key = _DROP.sub("", fold(name).lower())
    return _SPACE.sub(" ", key).strip()


def token_key(text: str) -> str:
    """Key of one token's text; "" for a token that only separates words ("-", "/", ",")."""
    if text.isalpha() and text.isascii():
        return text.lower()
    return _SPACE.sub(" ", _DROP.sub("", fold(text).lower())).strip()


def is_separator(text: str) -> bool:
    """Tokens the key folds into a space: hyphens, slashes, dashes."""
    return bool(text) and not text.strip("-‐‑–—/_")


def is_latin(name: str) -> bool:
    return bool(_LATIN.match(name))

"""Reader for ConfliBERT's actor-span file (format `conflibert-ner`).

One "token TAG" per line, a blank line between sentences. Tags: B-S/I-S source actor,
B-T/I-T target actor, B-R/I-R an actor that is both (reciprocal), O outside. The tokens are
joined back into a sentence with plain English spacing rules (no space before "," "'s" ")"
...), and each span keeps its character offsets in that sentence. The file has no actor
codes, so it measures whether the coder finds the actors, not how it codes them.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .gold import GoldItem, GoldSet, GoldSpan

_ROLES = {"S": "source", "T": "target", "R": "both"}
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%-") | {"'s", "'S", "n't", "'t", "'re", "'ve", "'ll", "'d", "'m",
                                                "\u2019s", "''", "...", "'", "\u2019"}
_NO_SPACE_AFTER = frozenset(["(", "[", "{", "$", "``", "#", "-"])
_APOSTROPHES = frozenset(["'", "\u2019"])
_CLITICS = frozenset(["s", "t", "re", "ve", "ll", "d", "m"])


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text; return it with each token's (start, end) offsets."""
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    glue_next = True  # no space before the first token
    for i, tok in enumerate(tokens):
        glue = glue_next or tok in _NO_SPACE_BEFORE
        # "Baghdad ’ s" -> "Baghdad’s": an apostrophe glues to a following clitic.
        glue_next = tok in _NO_SPACE_AFTER or (
            tok in _APOSTROPHES and i + 1 < len(tokens) and tokens[i + 1].lower() in _CLITICS)
        if tok == '"':
            if quote_open:
                glue = True
            else:
                glue_next = True
            quote_open = not quote_open
        if not glue:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
    return "".join(out), offsets


def _sentence(tokens: list[str], tags: list[str], n: int, first_line: int) -> GoldItem:
    text, offsets = detokenise(tokens)
    spans: list[GoldSpan] = []
    cur: list[int] | None = None  # [first token, last token]
    cur_role = ""

    def close() -> None:
        if cur is not None:
            s, e = offsets[cur[0]][0], offsets[cur[1]][1]
            spans.append(GoldSpan(s, e, _ROLES[cur_role], text[s:e]))

    for i, tag in enumerate(tags):
        if tag == "O":
            close()
            cur = None
            continue
        bio, role = tag[0], tag[2:]
        if bio == "I" and cur is not None and role == cur_role:
            cur[1] = i
            continue
        close()  # B-, or an I- that does not continue the open span
        cur, cur_role = [i, i], role
    close()
    return GoldItem(f"ner-{n}", text, None, spans=tuple(spans), line=first_line)


def read_conflibert_ner(path: Path) -> GoldSet:
    gold = GoldSet(str(path), "conflibert-ner", "spans")
    tokens: list[str] = []
    tags: list[str] = []
    first = 0
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.strip()
            if not line:
                if tokens:
                    gold.items.append(_sentence(tokens, tags, len(gold.items) + 1, first))
                    tokens, tags = [], []
                continue
            parts = line.rsplit(None, 1)
            if len(parts) != 2:
                raise InputError(str(path), n, "expected 'token TAG'")
            tok, tag = parts
            if tag != "O" and not (tag[:2] in ("B-", "I-") and tag[2:] in _ROLES):
                raise InputError(str(path), n, f"unknown tag {tag!r} (O, B-/I- with S, T or R)")
            if not tokens:
                first = n
            tokens.append(tok)
            tags.append(tag)
    if tokens:
        gold.items.append(_sentence(tokens, tags, len(gold.items) + 1, first))
    return gold

"""Evaluation against gold standards: readers for the gold formats, metrics, the runner.

    gold = read_gold("PLOVER_GSR_CAMEO.txt")          # format detected
    result = evaluate(gold, Coder(), workers=1)
    print(render_text(result, show_errors=5))
"""

from __future__ import annotations

from .gold import GoldActor, GoldEvent, GoldItem, GoldSet, GoldSpan
from .readers import FORMATS, detect_format, read_gold
from .report import render_text, to_dict
from .runner import Evaluation, evaluate, run_coder

__all__ = ["FORMATS", "Evaluation", "GoldActor", "GoldEvent", "GoldItem", "GoldSet", "GoldSpan",
           "detect_format", "evaluate", "read_gold", "render_text", "run_coder", "to_dict"]

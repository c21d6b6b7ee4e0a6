"""Score the coder on the dev half (even item indices) or held-out half (odd) of the gold sets.

Error analysis belongs on the dev half only; the held-out half shows whether a change
generalises. Usage:

    .venv/bin/python tools/eval_split.py --half dev --dump /tmp/dev.jsonl
    .venv/bin/python tools/eval_split.py --half held

`--dump` writes one JSON line per item (text, gold events or label, coded events) for reading.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eventcoder.evaluate import evaluate, read_gold
from eventcoder.pipeline import Coder

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gold"
GOLDS = {
    "plover": ROOT / "plover" / "PLOVER_GSR_CAMEO.txt",
    "petrarch": ROOT / "petrarch" / "PETR2_GSR_validation.xml",
    "conflibert": ROOT / "conflibert" / "cameo_class_train.tsv",
}


def half(gold, which: str):
    keep = 0 if which == "dev" else 1
    gold.items = [it for i, it in enumerate(gold.items) if i % 2 == keep]
    return gold


def brief(e) -> dict:
    return {"cameo": e.cameo, "src": e.source.code if e.source else None,
            "tgt": e.target.code if e.target else None, "trig": e.trigger.text, "mod": e.modality}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("dev", "held"), default="dev")
    ap.add_argument("--only", choices=tuple(GOLDS), action="append")
    ap.add_argument("--dump", help="write items with gold and coded events here (JSONL)")
    args = ap.parse_args()
    coder = Coder()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for name in args.only or GOLDS:
        gold = half(read_gold(str(GOLDS[name])), args.half)
        ev = evaluate(gold, coder)
        if name == "plover":
            f = ev.found
            print(f"{args.half} plover: type acc on found {f.accuracy_on_found:.3f}  recall {f.recall:.3f}"
                  f"  (n={f.n_gold})")
        elif name == "petrarch":
            c = ev.roots.levels["country"].micro
            e = ev.roots.levels["event"].micro
            print(f"{args.half} petrarch: root F1 country {c.f1:.3f} (P {c.precision:.3f} R {c.recall:.3f})"
                  f"  event-level F1 {e.f1:.3f} (P {e.precision:.3f} R {e.recall:.3f})")
        else:
            c = ev.classes["first"]
            print(f"{args.half} conflibert: macro-F1 {c.macro_f1:.3f}  coverage {c.coverage:.3f}"
                  f"  macro-F1 covered {c.macro_f1_covered:.3f}")
        if dump:
            for item, events in ev.results:
                gold_ev = [{"cameo": g.cameo, "plover": g.plover_type, "pairs": [list(p) for p in g.pairs]}
                           for g in item.events]
                dump.write(json.dumps({"set": name, "id": item.id, "text": item.text, "label": item.label,
                                       "gold": gold_ev, "coded": [brief(e) for e in events]}) + "\n")
    if dump:
        dump.close()


if __name__ == "__main__":
    main()

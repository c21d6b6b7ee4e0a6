"""Turn an `Evaluation` into readable tables (`render_text`) or a JSON-able dict (`to_dict`)."""

from __future__ import annotations

from typing import Any

from ..record import Event
from ..tables import CameoTable
from .actors_eval import predicted_spans
from .codes import PENTACLASS_NAMES, PLOVER_TYPES
from .gold import GoldItem
from .metrics import LEVELS, NONE, ClassScores, EventScores, main_event
from .runner import Evaluation

LEVEL_NAMES = {"event": "event only", "country": "+ actor countries", "full": "+ full actor codes"}


def _f(x: float) -> str:
    return f"{x:.3f}"


# ---------------------------------------------------------------- dict / JSON

def _event_scores_dict(s: EventScores) -> dict[str, Any]:
    out: dict[str, Any] = {"items": s.n_items}
    for lv in LEVELS:
        ls = s.levels[lv]
        out[lv] = {
            "micro": ls.micro.as_dict(),
            "macro": {k: round(v, 4) for k, v in ls.macro.items()},
            "per_key": {k: c.as_dict() for k, c in sorted(ls.per_key.items())},
        }
    out["confusion"] = [{"gold": g, "coded": c, "count": n} for (g, c), n in sorted(s.confusion.items())]
    return out


def _class_dict(c: ClassScores) -> dict[str, Any]:
    return {
        "sentences": c.n, "macro_f1": round(c.macro_f1, 4), "accuracy": round(c.accuracy, 4),
        "coverage": round(c.coverage, 4), "macro_f1_covered": round(c.macro_f1_covered, 4),
        "accuracy_covered": round(c.accuracy_covered, 4),
        "per_class": {str(k): v.as_dict() for k, v in c.per_class.items()},
        "confusion": [{"gold": g, "predicted": p, "count": n} for (g, p), n in
                      sorted(c.confusion.items(), key=lambda x: (x[0][0], str(x[0][1])))],
    }


def _event_brief(e: Event) -> dict[str, Any]:
    return {"cameo": e.cameo, "plover": e.plover.type if e.plover else None,
            "source": e.source.code if e.source else None, "target": e.target.code if e.target else None,
            "trigger": e.trigger.text, "modality": e.modality, "confidence": e.confidence}


def _gold_brief(item: GoldItem) -> list[dict[str, Any]]:
    return [{"cameo": g.cameo, "plover": g.plover_type, "source": g.source_code, "target": g.target_code,
             "pairs": [list(p) for p in g.pairs]} for g in item.events]


def error_examples(ev: Evaluation, k: int) -> list[dict[str, Any]]:
    """Up to k examples of each kind of error, with the sentence and both codings."""
    if k <= 0:
        return []
    by_id = {item.id: (item, events) for item, events in ev.results}
    out: list[dict[str, Any]] = []
    scores = ev.roots or ev.plover
    if scores is not None:
        for kind in ("fn", "fp", "actors"):
            for item_id, kk, key in [e for e in scores.errors if e[1] == kind][:k]:
                item, events = by_id[item_id]
                out.append({"error": kind, "key": key, "id": item_id, "text": item.text,
                            "gold": _gold_brief(item), "coded": [_event_brief(e) for e in events]})
    if ev.classes:
        for item_id, gold, pred in ev.classes[ev.main_event].errors[:k]:
            item, events = by_id[item_id]
            main = main_event(events, ev.main_event)
            out.append({"error": "class", "id": item_id, "text": item.text, "gold": gold, "predicted": pred,
                        "main_event": _event_brief(main) if main else None})
    if ev.resolution is not None:
        for item_id, text, gold, got in ev.resolution.errors[:k]:
            out.append({"error": "actor", "id": item_id, "text": text, "gold": gold, "resolved": got})
    if ev.spans is not None:
        n = 0
        for item, events in ev.results:
            pred, _ = predicted_spans(events, item.text)
            if not item.spans or any(p[0] < g.end and g.start < p[1] for g in item.spans for p in pred):
                continue
            out.append({"error": "spans-missed", "id": item.id, "text": item.text,
                        "gold": [(g.role, g.text) for g in item.spans],
                        "coded": [(r, item.text[s:e]) for s, e, r in sorted(pred)]})
            n += 1
            if n >= k:
                break
    return out


def to_dict(ev: Evaluation, show_errors: int = 0) -> dict[str, Any]:
    g = ev.gold
    out: dict[str, Any] = {
        "gold": {"path": g.path, "format": g.format, "kind": g.kind, "items": len(g.items),
                 "events": g.n_events, "skipped": len(g.skipped)},
        "mode": ev.mode, "coded_events": ev.n_coded, "seconds": round(ev.seconds, 2),
    }
    if ev.roots is not None:
        out["cameo_root"] = _event_scores_dict(ev.roots)
    if ev.plover is not None:
        out["plover_type"] = _event_scores_dict(ev.plover)
    if ev.found is not None:
        f = ev.found
        out["events_found"] = {
            "gold_events": f.n_gold, "in_sentences_with_events": f.n_found,
            "in_sentences_with_typed_events": f.n_found_typed, "type_matched": f.n_matched,
            "type_accuracy_on_found": round(f.accuracy_on_found, 4),
            "type_accuracy_on_found_typed": round(f.accuracy_on_found_typed, 4),
            "recall": round(f.recall, 4),
            "per_type_recall": {k: round(c.recall, 4) for k, c in sorted(f.per_type.items())},
        }
    if ev.classes:
        out["pentaclass"] = {"main_event": ev.main_event,
                             **{s: _class_dict(c) for s, c in ev.classes.items()}}
    if ev.spans is not None:
        s = ev.spans
        out["actor_spans"] = {"with_roles": s.with_roles.as_dict(), "any_role": s.any_role.as_dict(),
                              "unlocated_coded_actors": s.unlocated,
                              "gold_spans_resolved": s.gold_resolved, "gold_spans": s.gold_resolved_n}
    if ev.resolution is not None:
        r = ev.resolution
        out["actor_resolution"] = {"actors": r.n, "resolved": r.resolved, "coverage": round(r.coverage, 4),
                                   "country_accuracy": round(r.country_accuracy, 4),
                                   "full_accuracy": round(r.full_accuracy, 4)}
    if show_errors:
        out["errors"] = error_examples(ev, show_errors)
    return out


# ---------------------------------------------------------------- text

def _event_table(s: EventScores, title: str, names: dict[str, str]) -> list[str]:
    lines = [f"{title}  (P/R/F1 per actor level; gold = sentences with the key)"]
    head = f"{'':<26}{'gold':>5}{'coded':>6}"
    for lv in LEVELS:
        head += f"  | {LEVEL_NAMES[lv]:<19}"
    lines.append(head)
    ev = s.levels["event"].per_key
    keys = sorted(ev, key=lambda k: (PLOVER_TYPES.index(k) if k in PLOVER_TYPES else 99, k))
    for k in keys:
        label = f"{k} {names.get(k, '')}"[:25]
        row = f"{label:<26}{ev[k].tp + ev[k].fn:>5}{ev[k].tp + ev[k].fp:>6}"
        for lv in LEVELS:
            c = s.levels[lv].per_key[k]
            row += f"  | {_f(c.precision)} {_f(c.recall)} {_f(c.f1)}"
        lines.append(row)
    micro = [s.levels[lv].micro for lv in LEVELS]
    row = f"{'micro':<26}{micro[0].tp + micro[0].fn:>5}{micro[0].tp + micro[0].fp:>6}"
    for c in micro:
        row += f"  | {_f(c.precision)} {_f(c.recall)} {_f(c.f1)}"
    lines.append(row)
    row = f"{'macro':<37}"
    for lv in LEVELS:
        m = s.levels[lv].macro
        row += f"  | {_f(m['precision'])} {_f(m['recall'])} {_f(m['f1'])}"
    lines.append(row)
    return lines


def _confusion(s: EventScores) -> list[str]:
    golds = sorted({g for g, _ in s.confusion} - {NONE}) + [NONE]
    codeds = sorted({c for _, c in s.confusion} - {NONE}) + [NONE]
    w = max(4, max(len(c) for c in codeds) + 1)
    lines = ["Confusion (rows gold, columns coded; 'none' = no event of any unmatched key)"]
    lines.append(f"{'':<10}" + "".join(f"{c[:w - 1]:>{w}}" for c in codeds))
    for g in golds:
        cells = "".join(f"{(s.confusion.get((g, c)) or '.')!s:>{w}}" for c in codeds)
        lines.append(f"{g:<10}{cells}")
    return lines


def _class_table(c: ClassScores) -> list[str]:
    lines = [f"PentaClass of the main event (strategy: {c.strategy})",
             f"{'class':<38}{'gold':>5}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"]
    for k, cnt in c.per_class.items():
        lines.append(f"{PENTACLASS_NAMES[k]:<38}{cnt.tp + cnt.fn:>5}{cnt.tp + cnt.fp:>6}"
                     f"{_f(cnt.precision):>7}{_f(cnt.recall):>7}{_f(cnt.f1):>7}")
    lines.append(f"macro-F1 {_f(c.macro_f1)}   accuracy {_f(c.accuracy)}   coverage {_f(c.coverage)} "
                 f"({c.n_covered}/{c.n})")
    lines.append(f"on covered sentences: macro-F1 {_f(c.macro_f1_covered)}   accuracy {_f(c.accuracy_covered)}")
    lines.append("confusion (rows gold, columns predicted): " + "  ".join(
        f"{g}:" + ",".join(str(c.confusion.get((g, p), 0)) for p in (0, 1, 2, 3, 4, NONE)) for g in range(5))
        + "   (columns 0 1 2 3 4 none)")
    return lines


def render_text(ev: Evaluation, show_errors: int = 0) -> str:
    g = ev.gold
    lines = [(f"Gold: {g.path} ({g.format}, {len(g.items)} items, {g.n_events} gold events, "
             f"{len(g.skipped)} records skipped)"),
             (f"Resolved gold actors in {ev.seconds:.1f} s" if ev.mode == "actors"
              else f"Coded {ev.n_coded} events in {ev.seconds:.1f} s"), ""]
    names: dict[str, str] = {}
    if ev.roots is not None:
        table = CameoTable.load()
        names = {c.code: c.name.title() for c in table if len(c.code) == 2}
        lines += _event_table(ev.roots, "CAMEO roots", names) + [""] + _confusion(ev.roots) + [""]
    if ev.plover is not None:
        lines += _event_table(ev.plover, "PLOVER types", {}) + [""]
    if ev.found is not None:
        f = ev.found
        lines += [
            "PLOVER event types per gold event",
            (f"  type accuracy on events found: {_f(f.accuracy_on_found)} ({f.n_matched}/{f.n_found} gold events in "
            f"sentences where the coder found any event)"),
            (f"  ... counting only sentences with a PLOVER-typed event: {_f(f.accuracy_on_found_typed)} "
            f"({f.n_matched}/{f.n_found_typed})"),
            f"  recall (gold event's type produced in its sentence): {_f(f.recall)} ({f.n_matched}/{f.n_gold})",
            "  per type recall: " + ", ".join(f"{k} {_f(c.recall)} ({c.tp}/{c.tp + c.fn})"
                                              for k, c in sorted(f.per_type.items())),
            "",
        ]
    if ev.classes:
        lines += _class_table(ev.classes[ev.main_event]) + [""]
        for s, c in ev.classes.items():
            if s != ev.main_event:
                lines.append(f"(with main event by {s}: macro-F1 {_f(c.macro_f1)}, accuracy {_f(c.accuracy)}, "
                             f"macro-F1 on covered {_f(c.macro_f1_covered)})")
        lines.append("")
    if ev.spans is not None:
        s = ev.spans
        for name, sc in (("same role", s.with_roles), ("any role", s.any_role)):
            lines.append(f"Actor spans ({name}): P {_f(sc.precision)} ({sc.pred_ok}/{sc.pred})  "
                         f"R {_f(sc.recall)} ({sc.gold_ok}/{sc.gold})  F1 {_f(sc.f1)}")
        if s.gold_resolved_n:
            lines.append(f"Gold spans the resolver codes: {s.gold_resolved}/{s.gold_resolved_n} "
                         f"({_f(s.gold_resolved / s.gold_resolved_n)})")
        lines.append(f"Coded actors not found in their sentence: {s.unlocated}")
        lines.append("")
    if ev.resolution is not None:
        r = ev.resolution
        lines += [f"Actor resolution on {r.n} gold actor texts",
                  f"  country-level accuracy {_f(r.country_accuracy)} ({r.country_correct}/{r.n})",
                  f"  full-code accuracy     {_f(r.full_accuracy)} ({r.full_correct}/{r.n})",
                  f"  resolved at all        {_f(r.coverage)} ({r.resolved}/{r.n})", ""]
    for e in error_examples(ev, show_errors):
        lines.append(_error_line(e))
    return "\n".join(lines).rstrip() + "\n"


def _error_line(e: dict[str, Any]) -> str:
    kind = e["error"]
    if kind in ("fn", "fp", "actors"):
        what = {"fn": "missed", "fp": "spurious", "actors": "wrong actors"}[kind]
        gold = "; ".join(f"{g['cameo'] or g['plover']} " + " | ".join(f"{a}->{b}" for a, b in g["pairs"])
                         for g in e["gold"]) or "-"
        coded = "; ".join(f"{c['cameo']} {c['source']}->{c['target']} [{c['trigger']}]" for c in e["coded"]) or "-"
        return f"[{what} {e['key']}] {e['id']}: {e['text']}\n    gold: {gold}\n    coded: {coded}"
    if kind == "class":
        m = e["main_event"]
        main = f"{m['cameo']} [{m['trigger']}]" if m else "no event"
        return f"[class {e['gold']} -> {e['predicted']}] {e['id']}: {e['text']}\n    main event: {main}"
    if kind == "actor":
        return f"[actor] {e['id']}: {e['text']!r} gold {e['gold']} resolved {e['resolved']}"
    return (f"[spans missed] {e['id']}: {e['text']}\n    gold: {e['gold']}\n    coded: {e['coded']}")

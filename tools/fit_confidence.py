"""Fit the confidence model (events/data/confidence.tsv) to blind hand checks.

Input: JSON lines, each a coded event record (as `eventcoder code` writes it) with an added
`"right": 0|1` from a blind reader, and the articles they came from (for the sentence's place in
the text). Prints the fitted weights as confidence.tsv rows, and the precision and share of
events kept at each cut, measured by 10-fold cross-validation (each fold scored by a model
fitted without it). Usage:

    .venv/bin/python tools/fit_confidence.py judged.jsonl articles.jsonl [--l2 2.0] [-o table.tsv]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from eventcoder.events.confidence import features
from eventcoder.nlp import Parser
from eventcoder.record import Actor, Event, Plover, Trigger

CUTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _actor(d: dict | None) -> Actor | None:
    if d is None:
        return None
    return Actor(**{**d, "sectors": tuple(d.get("sectors") or ())})


def record(d: dict) -> Event:
    return Event(event_id=d["event_id"], article_id=d["article_id"], sentence_index=d["sentence_index"],
                 sentence_text=d["sentence_text"], date=d["date"], source=_actor(d["source"]),
                 target=_actor(d["target"]), cameo=d["cameo"], cameo_root=d["cameo_root"],
                 quad_class=d["quad_class"], goldstein=d["goldstein"], plover=Plover(None),
                 trigger=Trigger(**d["trigger"]), modality=d["modality"])


def traits(rows: list[dict], articles: dict[str, str]) -> list[dict[str, float]]:
    """Each judged event's traits; the trigger's tag from the coder's own parser, on its sentence alone."""
    nlp = Parser()
    out = []
    for d in rows:
        ev = record(d)
        start = articles[ev.article_id].find(ev.sentence_text)
        at = ev.trigger.start - start
        doc = nlp(ev.sentence_text)
        tok = next((t for t in doc if t.idx <= at < t.idx + len(t.text)), None)
        out.append(features(ev, tok if tok is not None else doc[0], start))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Logistic regression by Newton's method; the bias (column 0) is not penalised."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + pen * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("judged")
    ap.add_argument("articles")
    ap.add_argument("--l2", type=float, default=2.0)
    ap.add_argument("-o", "--output")
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.judged).read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = {}
    for line in Path(args.articles).read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        articles[str(a["id"])] = a["text"]
    feats = traits(rows, articles)
    names = ["bias"] + sorted({k for f in feats for k in f} - {"bias"})
    x = np.array([[f.get(n, 0.0) for n in names] for f in feats])
    y = np.array([float(d["right"]) for d in rows])

    folds = list(range(len(rows)))
    random.Random(0).shuffle(folds)
    held = np.zeros(len(rows))
    for k in range(10):
        test = np.array([i for j, i in enumerate(folds) if j % 10 == k])
        train = np.array([i for j, i in enumerate(folds) if j % 10 != k])
        w = fit(x[train], y[train], args.l2)
        held[test] = 1.0 / (1.0 + np.exp(-x[test] @ w))
    w = fit(x, y, args.l2)

    lines = [(f"# fitted on {len(rows)} blind-judged events, {int(y.sum())} right ({y.mean():.2f}); "
              f"L2 {args.l2}; tools/fit_confidence.py"),
             "# precision and share of events kept at each cut (10-fold cross-validated):"]
    for cut in CUTS:
        keep = held >= cut
        prec = y[keep].mean() if keep.any() else float("nan")
        lines.append(f"#   >= {cut:.1f}: precision {prec:.2f} ({int(y[keep].sum())}/{int(keep.sum())}), "
                     f"keeps {keep.mean():.2f} of events")
    lines.append("# trait\tweight\tevents with it\tright among them")
    for n, wt in zip(names, w):
        has = x[:, names.index(n)] > 0
        lines.append(f"{n}\t{wt:+.3f}\t{int(has.sum())}\t{int(y[has].sum())}")
    text = "\n".join(lines) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    print(text, end="")


if __name__ == "__main__":
    main()

"""Explain how the event layer sees sentences: the parse, the triggers matched, their modality,
and the actors found for source and target. For error analysis on dev data and for lexicon
writers. Usage:

    .venv/bin/python tools/explain_sentence.py "Jordan and Britain agreed to hold joint exercises."
    .venv/bin/python tools/explain_sentence.py --file sentences.txt [--parse]
"""

from __future__ import annotations

import argparse

from eventcoder.events.modality import classify
from eventcoder.events.triggers import find_matches
from eventcoder.ingest.normalise import for_parser
from eventcoder.pipeline import Coder


def explain(coder: Coder, text: str, show_parse: bool) -> None:
    text = for_parser(text)
    doc = coder.nlp(text)
    actors = coder.resolver.for_article([doc], [0], None, ())
    sc = coder.sentences
    print("=" * 80)
    print(text)
    for sent in doc.sents:
        if show_parse:
            for t in sent:
                print(f"   {t.i:3} {t.text:15} {t.lemma_:12} {t.pos_:6} {t.tag_:5} {t.dep_:10} -> {t.head.i}")
        for m in find_matches(sent, sc.lex, sc.partitives):
            allow = next((v for k, v in m.entry.conditions if k == "aux"), frozenset())
            mod = classify(m.clause, sent, sc.lex, allow_aux=allow)
            src, tgt = sc.args.arguments(m, actors, None)
            print(f"  trigger {m.trigger.text!r} ({m.entry.cameo} {m.entry.origin.rsplit('/', 1)[-1]}) clause="
                  f"{m.clause.text!r} light={m.light} mod={mod.kind}:{mod.marker} "
                  f"src={[a.code for a in src]} tgt={[a.code for a in tgt]}")
        for act in sc.code(sent, actors):
            print(f"  => {act.code} {act.source.code if act.source else None} -> "
                  f"{act.target.code if act.target else None} [{act.trigger.text}] {act.modality.kind}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="*")
    ap.add_argument("--file")
    ap.add_argument("--parse", action="store_true")
    args = ap.parse_args()
    coder = Coder(geocode=False)
    texts = list(args.text)
    if args.file:
        texts += [line.strip() for line in open(args.file, encoding="utf-8") if line.strip()]
    for t in texts:
        explain(coder, t, args.parse)


if __name__ == "__main__":
    main()

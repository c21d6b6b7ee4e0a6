"""The coder: article text in, event records out.

    normalise -> dateline -> paragraphs -> spaCy (batched) -> actors -> acts -> dates -> places

Everything heavy (spaCy, dictionaries, lexicon, gazetteer) is loaded once when a `Coder` is
built; coding an article is then lookups over its parse.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from spacy.attrs import LEMMA

from . import __version__
from .actors.kb import ActorKB
from .actors.placed import (
    PLACED_DOER_ROOTS,
    custodian,
    placed_target,
    placed_victim,
    read_custodians,
)
from .actors.registry import PersonRegistry
from .actors.resolver import ActorResolver
from .dates import resolve_event_date
from .dates.publication import parse_publication_date
from .errors import CodingError, InputError
from .events.confidence import Confidence
from .events.extract import Act, SentenceCoder
from .events.lexicon import Lexicon, _rows
from .events.plover import plover_for
from .events.recall import Recall
from .ingest.dateline import parse_dateline
from .ingest.normalise import for_parser
from .ingest.paragraphs import split_paragraphs
from .nlp import DEFAULT_MODEL, Parser, joined_sentences
from .places import Gazetteer, PlaceResolver
from .places.choice import EventPlacer
from .record import Article, Event, Trigger, quad_class_of

Item = Article | InputError


@dataclass
class _Parsed:
    """An article after parsing: the spaCy docs of its paragraphs and where they start."""

    article: Article
    text: str  # normalised text (same length as article.text)
    docs: list
    offsets: list[int]
    dateline_places: tuple[str, ...]
    pub_date: dt.date | None


class Coder:
    """Codes articles into events. Build once, use for many articles."""

    def __init__(self, actor_files: Sequence[str | Path] = (), lexicon_files: Sequence[str | Path] = (),
                 registry_rows: Iterable[dict] | None = None, model: str = DEFAULT_MODEL,
                 geocode: bool = True, batch_size: int = 64, min_confidence: float = 0.0,
                 tune_gc: bool = False):
        rows = list(registry_rows or [])
        # events below this confidence (events/data/confidence.tsv) are not handed out; they
        # are still coded, and still teach the registry, so the rest is the same either way
        self.min_confidence = min_confidence
        # People learned across articles: the resolver consults the registry as it was when the
        # run began, and what this run learns is added (in input order, in this process) to
        # `self.registry` for the next run -- so 1 or N workers code identically.
        self.registry = PersonRegistry.from_rows(rows)
        self.batch_size = batch_size
        self._pool = None  # worker processes, started by the first multi-worker run
        self.version = _version(actor_files, lexicon_files)
        self._settings = {"actor_files": tuple(map(str, actor_files)), "lexicon_files": tuple(map(str, lexicon_files)),
                          "model": model, "geocode": geocode, "registry_rows": rows, "tune_gc": tune_gc}

    def __getattr__(self, name: str):
        # The model, dictionaries and gazetteer (seconds, hundreds of MB) are loaded on first
        # use: a Coder that only hands articles to worker processes never loads them.
        if name in _PARTS and "_settings" in self.__dict__:
            self._load()
            return self.__dict__[name]
        raise AttributeError(name)

    def _load(self) -> None:
        s = self._settings
        self.nlp = Parser(s["model"])
        self.lexicon = Lexicon.load(s["lexicon_files"])
        data = resources.files("eventcoder.events") / "data"
        partitives = frozenset(r[0].lower() for r in _rows(data / "partitives.tsv", 1))
        self.sentences = SentenceCoder(self.lexicon, partitives)
        self.confidence = Confidence.load()
        self.kb = ActorKB.load(extra_files=s["actor_files"])
        gazetteer = Gazetteer.load() if s["geocode"] else None
        self.resolver = ActorResolver(self.kb, self.nlp, registry=PersonRegistry.from_rows(s["registry_rows"]),
                                      learn=False,
                                      place_country=_town_country(gazetteer) if gazetteer else None)
        self.places = PlaceResolver(gazetteer, self.nlp) if gazetteer else None
        self.placer = EventPlacer(self.places, self.sentences.say_head, self.lexicon.say_verbs) if self.places else None
        self.custodians = read_custodians()
        self.nlp.reset_tokenizer_cache()  # the names tokenised above filled spaCy's cache
        # The model and dictionaries (~240k container objects) live as long as the Coder: moved
        # out of the collector's generations, they are no longer traversed by every full
        # collection (~3 % of coding time on long runs). gc.freeze acts on the whole process,
        # so only processes that exist to code ask for it (the CLI, worker processes, benches);
        # a Coder inside someone else's program leaves their collector alone.
        if s["tune_gc"]:
            gc.collect()
            gc.freeze()

    # -- public API --------------------------------------------------------------------------
    def code_article(self, article: Article) -> list[Event]:
        return self._kept(self._code(self._parse_many([article])[0]))

    def code_text(self, text: str, date: str | dt.date | None = None, article_id: str | None = None) -> list[Event]:
        iso = date.isoformat() if isinstance(date, dt.date) else date
        return self.code_article(Article(id=article_id or Article.text_id(text), text=text, date=iso))

    def code_articles(self, items: Iterable[Item], workers: int = 1, chunk: int = 16) -> Iterator[tuple[Item, list[Event]]]:
        """Stream (item, events) in input order; InputError items pass through with no events."""
        for item, events in self._code_stream(items, workers, chunk):
            if events:
                self._learn(item, events)
            yield item, self._kept(events)

    def _kept(self, events: list[Event]) -> list[Event]:
        if self.min_confidence <= 0:
            return events
        return [e for e in events if e.confidence >= self.min_confidence]

    def _code_stream(self, items: Iterable[Item], workers: int, chunk: int) -> Iterator[tuple[Item, list[Event]]]:
        if workers > 1:
            try:
                yield from self.start_workers(workers).code(items, chunk)
            except BaseException:
                self.close()  # a broken or interrupted pool is not reused
                raise
            return
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def start_workers(self, workers: int):
        """Start `workers` coding processes (each builds its own Coder: seconds) and wait until
        they are ready; later `code_articles(..., workers=workers)` calls reuse them."""
        from .parallel import WorkerPool

        if self._pool is not None and self._pool.workers != workers:
            self.close()
        if self._pool is None:
            self._pool = WorkerPool(self._settings, workers)
        self._pool.wait_ready()
        return self._pool

    def close(self) -> None:
        """Stop the worker processes, if any."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def _learn(self, article: Item, events: list[Event]) -> None:
        """Record people introduced with a title and a country (once per article)."""
        seen = set()
        for ev in events:
            for a in (ev.source, ev.target):
                if (a is None or not a.name or not a.country or not a.rule
                        or not a.rule.startswith("title:") or a.rule.endswith("+context")):
                    continue
                if (a.name, a.code) in seen:
                    continue
                seen.add((a.name, a.code))
                role = a.rule.split(":", 1)[1].split("+", 1)[0]
                when = parse_publication_date(ev.article_date) if ev.article_date else None
                self.registry.observe(a.name, a.code, a.country, a.sectors, role, when, ev.sentence_text)

    # -- stages ------------------------------------------------------------------------------
    def _code_batch(self, batch: list[Item]) -> Iterator[tuple[Item, list[Event]]]:
        articles = [a for a in batch if isinstance(a, Article)]
        parsed = iter(self._parse_many(articles))
        for item in batch:
            if not isinstance(item, Article):
                yield item, []
                continue
            try:
                events = self._code(next(parsed))
            except Exception as exc:  # noqa: BLE001 -- a bug on one article must not end a long run
                yield CodingError.of(item, exc), []
                continue
            yield item, events

    def _parse_many(self, articles: list[Article]) -> list[_Parsed]:
        """Parse the paragraphs of several articles in one spaCy batch."""
        prepared = []
        texts: list[str] = []
        for art in articles:
            text = for_parser(art.text or "")
            line = parse_dateline(text)
            start = line.end if line else 0
            spans = [(s + start, e + start) for s, e in split_paragraphs(text[start:])]
            prepared.append((art, text, spans, line))
            texts.extend(text[s:e] for s, e in spans)
        docs = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
        out = []
        for art, text, spans, line in prepared:
            pub = parse_publication_date(art.date) if art.date else None
            out.append(_Parsed(art, text, [next(docs) for _ in spans], [s for s, _ in spans],
                               tuple(line.places) if line else (), pub))
        return out

    def _code(self, p: _Parsed) -> list[Event]:
        # Coding makes many short-lived containers (spaCy Tokens and Spans, tuples, lists): at
        # the default threshold (700) the cyclic collector ran ~1.5 times per article, ~4 % of
        # coding CPU. Raised while coding, it runs ~40x less often; the setting returns after.
        # Process-wide, so only in a process that exists to code (`tune_gc`).
        if not self._settings["tune_gc"]:
            return self._code_parsed(p)
        threshold = gc.get_threshold()
        gc.set_threshold(max(threshold[0], CODING_GC_THRESHOLD), *threshold[1:])
        try:
            return self._code_parsed(p)
        finally:
            gc.set_threshold(*threshold)

    def _code_parsed(self, p: _Parsed) -> list[Event]:
        art = p.article
        actors = self.resolver.for_article(p.docs, p.offsets, p.pub_date, p.dateline_places)
        coded = []
        index = 0
        for d, offset in enumerate(p.offsets):
            for sent in actors.doc_sents(d):
                acts = self.sentences.code(sent, actors)
                if acts:
                    coded.append((sent, offset, index, acts))
                index += 1
        if not coded:
            return []
        geo = None
        if self.places:
            # The geographic context is read from the sentences that carry events (and the
            # dateline and the article's actors), not the whole text: most of an article's
            # place names matter only where something happened.
            texts = [p.text[offset + sent.start_char:offset + sent.end_char] for sent, offset, *_ in coded]
            geo = self.places.article_context(_geo_context([sent for sent, *_ in coded], texts),
                                              p.dateline_places, actors.countries(), p.docs)
        events: list[Event] = []
        strings = p.docs[0].vocab.strings
        lemma_columns: dict[int, list[int]] = {}  # id(doc) -> its LEMMA hashes
        recall = Recall(self.lexicon)  # the story's last attack and talks, for "in the attack", "at the talks"
        for sent, offset, index, acts in coded:
            # place names are looked up once per sentence
            places = self.places.mentions(sent, geo) if self.places else None
            # the lemmas read from the doc's array, once per doc: no Token object per word, and
            # no Span.to_array (tens of microseconds however short the sentence)
            column = lemma_columns.get(id(sent.doc))
            if column is None:
                column = lemma_columns[id(sent.doc)] = sent.doc.to_array(LEMMA).tolist()
            lemmas = [strings[h].lower() for h in column[sent.start:sent.end]]
            for told in acts:
                for act in recall.fill(told, index):
                    event = self._record(art, p, act, sent, offset, index, geo, places, lemmas)
                    if event.source is not None or event.cameo_root not in DOER_NEEDED_ROOTS:
                        events.append(event)
        return events

    def _record(self, art: Article, p: _Parsed, act: Act, sent, offset: int, index: int, geo,
                places, lemmas: list[str]) -> Event:
        lex = self.lexicon
        code = act.code
        entry = lex.cameo.get(code)
        s0, s1 = offset + sent.start_char, offset + sent.end_char
        when = resolve_event_date(sent, act.clause, p.pub_date, p.text[s0:s1])  # the doc's text is p.text's
        # a person's office on the event's own date ("in 2015, Obama ..."): actors.kb.redate
        source = self.kb.redate(act.source, when.date, p.pub_date)
        target = self.kb.redate(act.target, when.date, p.pub_date)
        where = self.placer.locate(act, sent, offset, geo, places, when, p.pub_date) if self.placer else None
        target = placed_victim(target, where, code[:2])  # victims are of the place they were hit
        source = placed_victim(source, where, code[:2], PLACED_DOER_ROOTS)  # and unnamed attackers or protesters
        target = placed_target(target, source, where, code[:2], act.trigger, lex.marker("struck"))  # "targets in Kabul"
        source = custodian(source, target, where, code, act.trigger, self.custodians)  # "a man was arrested in Dublin"
        start = offset + act.trigger.idx
        end = start + len(act.trigger.text)
        event = Event(
            event_id=Event.make_id(art.id, index, start, source.code if source else None,
                                   target.code if target else None, code),
            article_id=art.id,
            sentence_index=index,
            sentence_text=art.text[s0:s1],
            date=when.date,
            source=source,
            target=target,
            cameo=code,
            cameo_root=code[:2],
            quad_class=quad_class_of(code[:2]),
            goldstein=entry.goldstein,
            plover=plover_for(code, lex, lemmas),
            trigger=Trigger(art.text[start:end], start, end),
            location=where,
            date_method=when.method,
            date_precision=when.precision,
            article_date=p.pub_date.isoformat() if p.pub_date else None,
            news_source=art.source,
            url=art.url,
            modality=act.modality.kind,
            cameo_name=entry.name,
        )
        # how likely it is right, from traits of the finished record (events/data/confidence.tsv)
        return replace(event, confidence=self.confidence.of(event, act.trigger, s0))


# Coercion (arrests, bans, expulsions) whose doer neither the text nor the place of the act
# names is no record: blind checks found such events almost never right ("a man has now been
# arrested" with no country known). Violence stays: "five soldiers were killed" is news.
DOER_NEEDED_ROOTS = frozenset(("17",))
# What `Coder._load` builds.
_PARTS = frozenset(("nlp", "lexicon", "sentences", "confidence", "kb", "resolver", "places", "placer", "custodians"))
# Allocations between two young-generation collections while an article is coded.
CODING_GC_THRESHOLD = 10_000
# The geographic context needs a sample of the event sentences, not all of a very long text.
GEO_CONTEXT_CHARS = 100_000


def _geo_context(sents: list, texts: list[str]):
    """The event sentences (`texts`: their texts) joined by newlines, cut at GEO_CONTEXT_CHARS:
    as the Doc the tokenizer would make of that text when the sentences' own tokens give it,
    else the text."""
    text = "\n".join(texts)
    if len(text) > GEO_CONTEXT_CHARS:
        return text[:GEO_CONTEXT_CHARS]
    return joined_sentences(sents, sents[0].doc.vocab) or text


def _town_country(gazetteer: Gazetteer):
    """Country of a town named as an actor or in a dateline ("Darfur rebels"): the most
    populous place of that name."""

    def country(name: str) -> str | None:
        places = gazetteer.candidates(name)
        if not places:
            return None
        return max(places, key=lambda p: p.population).country

    return country


def _version(actor_files, lexicon_files) -> str:
    """Coder version: package version + a hash of the data files, so a data change re-codes."""
    h = hashlib.sha1()
    for pkg in ("eventcoder.events", "eventcoder.actors", "eventcoder.tables"):
        root = resources.files(pkg)
        folder = root / "data" if (root / "data").is_dir() else root
        for f in sorted(folder.iterdir(), key=lambda x: x.name):
            if f.name.endswith(".tsv"):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    for f in (*actor_files, *lexicon_files):
        h.update(Path(f).read_bytes())
    return f"{__version__}+{h.hexdigest()[:10]}"


def code_text(text: str, date: str | dt.date | None = None, coder: Coder | None = None) -> list[Event]:
    """Code one article's text. Builds a default Coder when none is given (slow: reuse one)."""
    return (coder or Coder()).code_text(text, date)


def code_articles(items: Iterable[Item], coder: Coder | None = None, workers: int = 1) -> Iterator[tuple[Item, list[Event]]]:
    return (coder or Coder()).code_articles(items, workers=workers)

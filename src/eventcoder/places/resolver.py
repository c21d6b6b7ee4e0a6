"""Where events happened: place names in the sentence, ranked by the article's countries, tied to
the trigger; the dateline as the fallback for events of its country.

Per article: `ctx = resolver.article_context(text, dateline_places, actor_countries)`.
Per event: `resolver.event_location(sentence, trigger, ctx, (source_country, target_country))`:
1. a place in a locative phrase attached to the trigger or its clause, nearest first
   ("talks in the Dominican Republic", "clashes near Aleppo", "shelled Douma") -> "trigger_phrase";
2. else a locative place elsewhere in the sentence, in the country of one of the event's
   actors -> "sentence" ("Putin said in Tehran that an offensive would be launched" does not
   place the offensive in Iran; "Speaking in Ankara, Erdogan said" places Erdogan's statement);
   by hand-checked samples these are right far less often than places attached to the trigger,
   so unless the place lies inside the trigger's clause, or that clause is a relative/adverbial
   clause of the place's phrase ("X, where 300 died"), or the place is where local witnesses
   report the event from ("12 were killed, activists in X said"; data/witnesses.tsv), only the
   place's country is given (clauses.py); places in brackets or time phrases ("before the
   battle at X") and the desks of other reporters ("the ministry in Moscow said") never count;
   a participle of result shares its verb's place ("struck a market in X, killing 14");
3. else the dateline place whose country is the source's (the target's, when the source has
   no country) -> "dateline": a statement by Venezuela's government under a Caracas dateline
   is placed in Caracas, Trump's sanctions on Venezuela are not; not when the sentence's
   locative places lie in another country ("the embassy in Damascus was shelled", MOSCOW);
4. else None.
A country or admin1 gives way to a city inside it named in the same sentence ("talks in the
Dominican Republic ... in Santo Domingo" -> Santo Domingo), unless the event was only near
that city ("in eastern Ghouta, near Damascus").
Which phrases count (locative.py): a locative phrase on a noun places the event only when the
noun hosts it (the trigger's object or subject, a site it acts on, an event noun of
data/host_nouns.tsv: "hosted talks in Sochi"), never inside a topic ("discuss punishing Russia
for the events in Salisbury", "support for militias in Syria"); a capital as a possessor or
listed with "capitals" is a government. Scope (scope.py): "Idlib province", "the countryside of
Hama" give the admin1, and so do "southern Idlib" and "a village in Hama" when the province
shares the city's name; "near X", "the outskirts of X" give X with precision "near"; "the
eastern Ghouta suburbs of Damascus" is eastern Ghouta.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..dates.syntax import tree_distance, trigger_clause
from ..errors import DataFileError
from ..record import Location
from .clauses import (
    area_named_by,
    bound,
    other_clause,
    relative_of,
    reporter,
    result_head,
)
from .datafiles import COUNTRIES_FILE, DATA_DIR, read_rows
from .gazetteer import Gazetteer, Place
from .locative import LOCATIVE_PREPS, object_of, relation
from .matcher import Mention, PlaceMatcher, is_lower_cased
from .names import name_key
from .people import ArticleSurnames, Surnames
from .rank import Scored, is_inside, rank
from .scope import around, outside_of, scope

SPATIAL_ROLES = frozenset({"object", "to", "of", "on", "aside"})
# For the article's countries only names that rarely mislead count: countries, divisions,
# regions, cities of 100,000+, each clearly ahead of any namesake in another country.
CONTEXT_MIN_CITY = 100_000
CONTEXT_MARGIN = 2.0
ALIAS_MIN_SHARE = 0.25
# "southern Idlib" is the province; "eastern Aleppo", "western Mosul" are parts of the city.
SIDE_MAX_CITY = 800_000
# "villages in Hama" lie in the province; in "bombings in Baghdad" the capital is meant.
PART_MAX_CITY = 1_000_000
DATELINE_WEIGHT = 2.0
_SPECIFIC = {"city": 0, "region": 1, "admin1": 1, "country": 2}
# Words between a city and the country or province that follows it.
_LINKS = frozenset({"in", "inside", ",", "the", "of", "northern", "southern", "eastern", "western",
                    "central", "north", "south", "east", "west", "north-east", "north-west",
                    "south-east", "south-west", "northeastern", "northwestern", "southeastern",
                    "southwestern", "-", "district", "province", "region"})


@dataclass(frozen=True)
class GeoContext:
    countries: Mapping[str, float]  # ISO3 -> share of the article's country mentions (sums to 1)
    dominant: str | None  # the country with the largest share
    dateline: tuple[Place, ...] = ()  # the dateline's places, resolved
    lower_case: bool = False  # the copy is lower-cased: no capitalisation cues
    counts: Mapping[str, float] = field(default_factory=dict)  # the raw weights behind shares
    # keys of small towns the article uses as people's surnames ("Luis Gonzalez ... Gonzalez
    # was captured"): alone they stand for the person
    people: Container[str] = frozenset()
    # the article's parsed paragraphs, when the caller has them: read only for the rare event
    # that needs more than its own and its neighbour sentences (choice.EventPlacer)
    docs: tuple[Doc, ...] = ()


@dataclass(frozen=True)
class PlaceMention:
    start: int  # token offsets in the Doc
    end: int
    text: str
    ranked: tuple[Scored, ...]  # best first
    qualifier: bool = False  # the ", Texas" of "Paris, Texas": not a place of its own

    @property
    def best(self) -> Scored:
        return self.ranked[0]


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer, nlp: Language, spatial_file=DATA_DIR / "spatial_verbs.tsv",
                 host_file=DATA_DIR / "host_nouns.tsv", world_file=DATA_DIR / "world_cities.tsv",
                 witness_file=DATA_DIR / "witnesses.tsv", not_first_file=DATA_DIR / "not_first_names.tsv",
                 countries_file=COUNTRIES_FILE, government_file=DATA_DIR / "government_nouns.tsv"):
        self.gazetteer = gazetteer
        self.nlp = nlp
        self.matcher = PlaceMatcher(gazetteer, nlp)
        self.spatial = _read_spatial(spatial_file)
        self.hosts = frozenset(lemma.lower() for _, (lemma,) in read_rows(host_file, 1, 1))
        self.seats = _read_seats(world_file, gazetteer)
        witness_rows = [(word.lower(), kind) for _, (word, kind) in read_rows(witness_file, 2, 2)]
        self.witnesses = frozenset(w for w, k in witness_rows if k == "witness")
        self.reports = frozenset(w for w, k in witness_rows if k == "report")
        self.governments = frozenset(w.lower() for _, (w,) in read_rows(government_file, 1, 1))
        self.surnames = Surnames(gazetteer, self.matcher, not_first_file, countries_file)

    # --- per article -------------------------------------------------------------------
    def article_context(self, text: str | Doc, dateline_places: Sequence[str] = (),
                        actor_countries: Mapping[str, int] | None = None,
                        docs: Sequence[Doc] = ()) -> GeoContext:
        """`text`: the context, or the Doc the tokenizer makes of it (only its tokens are read).
        `docs`: the article's parsed paragraphs, when the caller has them: people's names are
        read from the whole article (`text` may hold only the sentences with events)."""
        doc = text if isinstance(text, Doc) else self.nlp.make_doc(text)
        lower = is_lower_cased(doc)
        counts: Counter[str] = Counter()
        for m in self.matcher.find(doc, lower):
            country = self._clear_country(m)
            if country:
                counts[country] += 1
        for code, n in (actor_countries or {}).items():
            if code in self.gazetteer.countries and n > 0:
                counts[code] += n
        shares = _shares(counts)
        dateline = []
        for name in dateline_places:
            place = self.lookup(name, shares, prefer_city=True)
            if place is not None:
                dateline.append(place)
                counts[place.country] += DATELINE_WEIGHT
        shares = _shares(counts)
        dominant = max(shares, key=lambda c: (shares[c], c)) if shares else None
        people = ArticleSurnames(self.surnames, docs or (doc,))  # read when first asked
        return GeoContext(shares, dominant, tuple(dateline), lower, dict(counts), people, tuple(docs))

    def lookup(self, name: str, shares: Mapping[str, float] | None = None,
               prefer_city: bool = False) -> Place | None:
        """The best place for a bare name ("santo domingo", "Tripoli"), given article shares.
        prefer_city: a dateline names a city, so "WASHINGTON" is the capital, not the state,
        and "KUWAIT" Kuwait City (the best city of the best candidate's country)."""
        codes = self.gazetteer.index.get(name_key(name))
        if not codes:
            mentions = self.matcher.find(self.nlp.make_doc(name), lower_case=True)
            if not mentions:
                return None
            codes = mentions[0].codes
        ranked = rank(self.gazetteer, codes, shares, seats=self.seats)
        best = ranked[0].place
        if prefer_city and best.feature != "city":
            for s in ranked:
                if s.place.feature == "city" and s.place.country == best.country:
                    return s.place
            if best.feature == "country":  # "KUWAIT", "SINGAPORE": the capital of that name
                for p in self.gazetteer.candidates(f"{name} city"):
                    if p.country == best.country and p.feature == "city":
                        return p
        return best

    # --- per sentence ------------------------------------------------------------------
    def mentions(self, sent: Span | Doc, ctx: GeoContext) -> list[PlaceMention]:
        """The place names of a sentence, each with its candidates ranked."""
        doc = sent if isinstance(sent, Doc) else sent.doc
        found = self.matcher.find(sent, ctx.lower_case)
        named = [{self.gazetteer.places[c >> 1].country for c in m.codes
                  if self.gazetteer.places[c >> 1].feature == "country" and not c & 1} for m in found]
        out: list[PlaceMention] = []
        skip: set[int] = set()
        for n, m in enumerate(found):
            within: list[Place] = []
            nxt = found[n + 1] if n + 1 < len(found) else None
            if nxt is not None and _qualifies(doc, m.end, nxt.start):
                within = [self.gazetteer.places[c >> 1] for c in nxt.codes
                          if self.gazetteer.places[c >> 1].feature in ("country", "admin1")]
            # countries the *other* names of the sentence name ("Tripoli, Lebanon's ...")
            in_sentence = set().union(*(c for k, c in enumerate(named) if k != n))
            ranked = rank(self.gazetteer, m.codes, ctx.countries, in_sentence, within, self.seats)
            qualified = bool(within) and "qualified" in ranked[0].why
            if qualified:
                skip.add(n + 1)
            elif within and _unknown_town(ranked[0], within, doc, nxt.end,
                                          found[n + 2].start if n + 2 < len(found) else None):
                # "Postville, Iowa": a town the gazetteer lacks (Postville is an old name of a
                # Lincoln in Illinois): the qualifier is the place
                skip.add(n)
            out.append(PlaceMention(m.start, m.end, doc[m.start:m.end].text, tuple(ranked),
                                    qualifier=n in skip))
        # a skipped town's qualifier must not be skipped as a qualifier
        out = [PlaceMention(o.start, o.end, o.text, o.ranked, qualifier=(k in skip)) for k, o in enumerate(out)
               if not (o.end - o.start == 1 and doc[o.start].lower_ in ctx.people)]
        return out

    def event_location(self, sent: Span, trigger: Token, ctx: GeoContext,
                       actor_countries: Sequence[str | None] = (),
                       mentions: Sequence[PlaceMention] | None = None,
                       also: Sequence[Token] = ()) -> Location | None:
        """Where the event of `trigger` happened; actor_countries = (source, target) ISO3.
        `mentions`: `self.mentions(sent, ctx)`, when the caller has it (several events in one
        sentence need it once). `also`: words whose phrases place the event as the trigger's
        do ("[Speaking] in Ankara, Erdogan said")."""
        if mentions is None:
            mentions = self.mentions(sent, ctx)
        mentions = [m for m in mentions if not m.qualifier and not _joined(m, mentions, sent.doc)]
        if mentions:
            clause = trigger_clause(trigger)
            if also:
                clause = clause | {t.i for t in also}
            doc = sent.doc
            known = {c for c in actor_countries if c}
            participle = result_head(trigger)
            hits: list[tuple[tuple[int, int, int], str, PlaceMention]] = []
            relative: set[int] = set()  # mentions the trigger's clause is a relative clause of
            beyond: set[int] = set()  # towns the event lies outside of, somewhere around
            for m in mentions:
                best = m.best.place
                if (best.feature == "city" and best.population < CONTEXT_MIN_CITY
                        and not ctx.countries.get(best.country) and best.country not in known):
                    continue  # a small town of a country the article never names: a misreading
                if (m.best.alias and best.feature == "city" and best.population < CONTEXT_MIN_CITY
                        and ctx.countries.get(best.country, 0.0) < ALIAS_MIN_SHARE
                        and best.country not in known):
                    continue  # "week" is an alternate name of Wick: a small town by a foreign
                    # name needs an article about its country
                if _in_brackets(doc, sent.start, m.start, trigger.i):
                    continue  # "(a terrorist group outlawed in Russia)": an aside, not a place
                root = doc[m.start:m.end].root
                if best.feature != "city" and outside_of(root):
                    continue  # "captured outside the United States": anywhere but there
                if best.iso2 == "capital" and object_of(root, "in", self.governments):
                    continue  # "the administrations in Washington and Kabul": governments
                if best.feature == "city" and around(root):
                    beyond.add(m.start)  # "areas outside of Kabul": not the town itself
                rel = relation(root, trigger, clause, best.feature, self.spatial, self.hosts,
                               capital=best.iso2 == "capital")
                if rel != "trigger" and relative_of(root, trigger, clause, self.spatial):
                    rel = "trigger"  # "eastern Ghouta, where 300 died", "Mosul, which was retaken"
                    relative.add(m.start)
                if rel != "trigger" and participle is not None and relation(
                        root, participle, trigger_clause(participle), best.feature, self.spatial,
                        self.hosts, capital=best.iso2 == "capital") == "trigger":
                    rel = "trigger"  # "struck a wedding in Sanaa, killing 20": the same act
                if rel is None and self._witness_place(root, trigger):
                    rel = "sentence"  # "residents of X said": not a locative phrase
                if rel is None:
                    continue
                if (rel == "sentence" and best.country != ctx.dominant
                        and self._reporter(root, trigger) == "desk"):
                    continue  # "..., the ministry in Moscow said" in news about Syria
                if rel == "sentence" and other_clause(root, trigger) and not self._witness_place(root, trigger):
                    continue  # a place of a relative or reported clause that is not the event's
                if rel == "sentence" and best.country not in known and not (
                        best.country == ctx.dominant and self._witness_place(root, trigger)):
                    continue  # a place of another clause, in a country the event is not about
                order = (0 if rel == "trigger" else 1, tree_distance(root, trigger),
                         _SPECIFIC.get(m.best.place.feature, 2))
                hits.append((order, rel, m))
            if hits:
                hits.sort(key=lambda h: h[0])
                order, rel, m = hits[0]
                m = _conjunct_of_target(m, [h[2] for h in hits], doc, actor_countries)
                m = area_named_by(m, mentions, doc)
                same_tier = [h[2] for h in hits if h[0][0] == order[0]]
                place = self._more_specific(m, same_tier, mentions, doc)
                place, precision = self._scoped(place, mentions, doc)
                if m.start in beyond and place.id == m.best.place.id:
                    country = self.gazetteer.countries.get(place.country)
                    if country is not None:
                        place, precision = self.gazetteer.places[country], "exact"
                listed = _listed_with(m, mentions, doc) if m.start not in relative else []
                if listed:
                    # "shelled Aleppo, Homs and Hama": the act spans the list, which only
                    # their common division or country holds
                    place, precision = self._common_area([m.best.place, *listed], actor_countries, place), "exact"
                    if place is None:
                        return None
                if rel == "sentence" and not self._keeps_place(m, mentions, doc, trigger, clause):
                    # a place of another clause: by hand-checked samples the event happened in
                    # its country far more often than at the place itself
                    country = self.gazetteer.countries.get(place.country)
                    if country is not None:
                        place, precision = self.gazetteer.places[country], "exact"
                return to_location(place, "trigger_phrase" if rel == "trigger" else "sentence", precision)
        elsewhere = {m.best.place.country for m in mentions if is_locative(sent.doc[m.start:m.end].root)}
        return self._dateline_location(ctx, actor_countries, elsewhere)

    # --- helpers -----------------------------------------------------------------------
    def _clear_country(self, m: Mention) -> str | None:
        ranked = rank(self.gazetteer, m.codes, seats=self.seats)
        top = ranked[0].place
        if top.feature == "city" and top.population < CONTEXT_MIN_CITY:
            return None
        for other in ranked[1:]:
            if other.place.country != top.country:
                if ranked[0].score - other.score < CONTEXT_MARGIN:
                    return None
                break
        return top.country

    def _keeps_place(self, m: PlaceMention, mentions: Sequence[PlaceMention], doc: Doc, trigger: Token,
                     clause: frozenset[int]) -> bool:
        """A place found outside the trigger's phrases is kept (not lowered to its country):
        it lies in the trigger's clause or one that clause modifies (`clauses.bound`), or it places a
        local witness who reports the event ("shelling killed 12, activists in Idlib said")."""
        root = doc[m.start:m.end].root
        return bound(root, m.end, trigger, clause) or self._witness_place(root, trigger)

    def _witness_place(self, root: Token, trigger: Token) -> bool:
        """The place is where the people live who report the trigger's event: "residents of X
        said", "a doctor in X told", not where officials or agencies are ("officials in X")."""
        return self._reporter(root, trigger) == "witness"

    def _reporter(self, root: Token, trigger: Token) -> str | None:
        return reporter(root, trigger, self.witnesses, self.reports)

    @staticmethod
    def _more_specific(chosen: PlaceMention, hits: Sequence[PlaceMention],
                       mentions: Sequence[PlaceMention], doc: Doc) -> Place:
        """A country or division gives way to a city inside it that is a place of the event
        too, or that its phrase qualifies ("Afrin in northern Syria", "Afrin district inside
        Syria", "Syria's north-western Idlib province")."""
        place = chosen.best.place
        if place.feature == "city":
            return place
        # a city the event is only near is not inside: "in eastern Ghouta, near Damascus"
        inner = [m.best.place for m in hits if is_inside(m.best.place, place)
                 and scope(doc, m.start, m.end) != "near"]
        if inner:
            return inner[0]
        root = doc[chosen.start:chosen.end].root
        near: set[int] = set()
        if root.dep_ == "pobj":
            owner = root.head.head
            near = {owner.i} | {c.i for c in owner.children if c.dep_ in ("compound", "nmod")}
            if owner.dep_ == "appos":  # "Khan Sheikhoun, a town in Idlib province"
                near.add(owner.head.i)
        # the words just before: "Afrin in northern Syria", "Afrin district inside Syria"
        i = chosen.start - 1
        while i >= 0 and chosen.start - i <= 4 and doc[i].lower_ in _LINKS:
            i -= 1
        near.update(range(max(i - 1, 0), i + 1))
        # the words just after a possessive: "in Syria's far eastern Deir ez-Zor province"
        j = chosen.end + 1
        if chosen.end < len(doc) and doc[chosen.end].lower_ in ("'s", "’s"):
            while j < len(doc) and j - chosen.end <= 4 and (
                    doc[j].lower_ in _LINKS or doc[j].pos_ in ("ADJ", "ADV")):
                j += 1
            near.add(j)
        for m in mentions:
            if (any(m.start <= k < m.end for k in near) and is_inside(m.best.place, place)
                    and scope(doc, m.start, m.end) != "near"):
                return m.best.place
        return place

    def _common_area(self, places: Sequence[Place], actor_countries: Sequence[str | None],
                     chosen: Place) -> Place | None:
        """The smallest area holding every listed place: their division, else their country;
        for places in several countries the one of the event's target, else none."""
        if len({p.id for p in places}) == 1:
            return chosen
        for area in places:  # "Douma and eastern Ghouta": the town lies in the area
            if area.feature in ("admin1", "region") and all(
                    p is area or _within(p, area) for p in places):
                return area
        divisions = {p.id if p.feature == "admin1" else p.admin1_id for p in places}
        if len(divisions) == 1 and None not in divisions:
            return self.gazetteer.places[divisions.pop()]
        countries = {p.country for p in places}
        if len(countries) == 1:
            return self.gazetteer.country(countries.pop())
        target = actor_countries[1] if len(actor_countries) > 1 else None
        if chosen.country == target:
            return chosen
        return None

    def _scoped(self, place: Place, mentions: Sequence[PlaceMention], doc: Doc) -> tuple[Place, str]:
        """The province a city's name stands for ("Idlib province", "the Hama countryside"),
        or the city with precision "near" ("near Damascus", "the outskirts of Aleppo")."""
        if place.feature != "city":
            return place, "exact"
        m = next((m for m in mentions if m.best.place.id == place.id), None)
        what = scope(doc, m.start, m.end) if m is not None else None
        if what == "near":
            return place, "near"
        if what in ("part", "side"):
            division = self._namesake_division(place, m)
            if division is not None and place.population < (PART_MAX_CITY if what == "part" else SIDE_MAX_CITY):
                return division, "exact"
            return place, "near" if what == "part" else "exact"
        if what == "admin1":
            for s in m.ranked:  # a division of that very name ("Idlib" the province)
                if s.place.feature == "admin1" and s.place.country == place.country:
                    return s.place, "exact"
            if place.admin1_id is not None:
                return self.gazetteer.places[place.admin1_id], "exact"
            return place, "near"  # the province is unknown: the city stands in for it, roughly
        return place, "exact"

    def _namesake_division(self, city: Place, m: PlaceMention) -> Place | None:
        """The first-level division that shares the city's name ("Idlib", "Hama")."""
        for s in m.ranked:
            if s.place.feature == "admin1" and s.place.country == city.country:
                return s.place
        if city.admin1_id is not None:
            division = self.gazetteer.places[city.admin1_id]
            if name_key(division.name) == name_key(city.name) or name_key(division.name) == name_key(m.text):
                return division
        return None

    @staticmethod
    def _dateline_location(ctx: GeoContext, actor_countries: Sequence[str | None],
                           elsewhere: set[str] = frozenset()) -> Location | None:
        """`elsewhere`: countries of the sentence's locative places ("the embassy in Damascus came
        under shelling", MOSCOW dateline): the story is about events there, not at the desk."""
        source = actor_countries[0] if len(actor_countries) > 0 else None
        target = actor_countries[1] if len(actor_countries) > 1 else None
        wanted = source or target
        if not wanted or elsewhere - {wanted}:
            return None
        for place in ctx.dateline:
            if place.country == wanted:
                return to_location(place, "dateline", "exact")
        return None


def to_location(place: Place, method: str, precision: str | None = None) -> Location:
    return Location(
        name=place.name, country=place.country, lat=place.lat, lon=place.lon,
        admin1=place.admin1 if place.feature == "city" else None,
        feature="admin1" if place.feature == "region" else place.feature,
        method=method, geonameid=place.geonameid, precision=precision,
    )


def _shares(counts: Mapping[str, float]) -> dict[str, float]:
    total = sum(counts.values())
    return {c: n / total for c, n in counts.items()} if total else {}


def _read_spatial(path) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for lineno, (lemma, roles) in read_rows(path, 2, 2):
        parts = frozenset(r.strip() for r in roles.split("|") if r.strip())
        if not parts or not parts <= SPATIAL_ROLES:
            raise DataFileError(str(path), lineno, f"roles must be among {sorted(SPATIAL_ROLES)}: {roles!r}")
        out[lemma.lower()] = parts
    return out


def _in_brackets(doc: Doc, first: int, i: int, trigger: int) -> bool:
    """Token i lies inside brackets that the trigger is outside of."""
    opened = None
    for k in range(i - 1, first - 1, -1):
        if doc[k].text == ")":
            return False
        if doc[k].text == "(":
            opened = k
            break
    if opened is None:
        return False
    close = next((k for k in range(i + 1, min(len(doc), i + 40)) if doc[k].text == ")"), None)
    return close is not None and not opened < trigger < close


def is_locative(root: Token) -> bool:
    """The name is in a locative phrase ("in Damascus", "near the border of X")."""
    tok = root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def _read_seats(path, gazetteer: Gazetteer) -> frozenset[int]:
    """Ids of the cities of data/world_cities.tsv (a name the gazetteer lacks is skipped: it
    cannot be mistaken for a namesake anyway)."""
    out: set[int] = set()
    for lineno, (name, country, _note) in read_rows(path, 2, 3):
        if country not in gazetteer.countries:
            raise DataFileError(str(path), lineno, f"unknown country code {country!r}")
        out.update(p.id for p in gazetteer.candidates(name) if p.feature == "city" and p.country == country)
    return frozenset(out)


def _unknown_town(best: Scored, within: Sequence[Place], doc: Doc, after: int,
                  next_start: int | None) -> bool:
    """A city name by an alternate name or a small town, qualified by a division or country
    it does not lie in, and not as part of a list ("Baghdad, Iran and Turkey", "Baghdad,
    Iran, Turkey"). A city whose division is unknown may lie in the named division."""
    if best.place.feature != "city" or not (best.alias or best.place.population < CONTEXT_MIN_CITY):
        return False
    if best.place.admin1_id is None and all(q.feature == "admin1" for q in within):
        return False
    word = doc[after].lower_ if after < len(doc) else ""
    if word in ("and", "or", "&"):
        return False
    return not (word == "," and next_start is not None and next_start - after <= 2)


def _qualifies(doc: Doc, end: int, nxt: int) -> bool:
    """The next name follows as a qualifier: "Paris, Texas", "Afrin, in north-west Syria"."""
    if end >= nxt or doc[end].text != ",":
        return False
    return all(doc[k].lower_ in _LINKS for k in range(end + 1, nxt))


def _conjunct_of_target(m: PlaceMention, hits: Sequence[PlaceMention], doc: Doc,
                        actor_countries: Sequence[str | None]) -> PlaceMention:
    """Of a list of places ("travelled to Afghanistan, Chad and Iraq") the event whose target
    is one of them (Iraq) happened there, not at the first."""
    target = actor_countries[1] if len(actor_countries) > 1 else None
    if not target or m.best.place.country == target:
        return m
    conj = {t.i for t in doc[m.start:m.end].root.conjuncts}
    for other in hits:
        if other.best.place.country == target and doc[other.start:other.end].root.i in conj:
            return other
    return m


REGION_SPAN = 1.0  # degrees (lat + lon): how far from its point a named region reaches


def _within(place: Place, area: Place) -> bool:
    if area.feature != "region":
        return is_inside(place, area)
    return (place.country == area.country and place.feature == "city"
            and None not in (place.lat, place.lon, area.lat, area.lon)
            and abs(place.lat - area.lat) + abs(place.lon - area.lon) < REGION_SPAN)


def _listed_with(m: PlaceMention, mentions: Sequence[PlaceMention], doc: Doc) -> list[Place]:
    """The other places of a list the mention heads or belongs to ("in Aleppo, Homs and Hama")."""
    root = doc[m.start:m.end].root
    conj = {t.i for t in root.conjuncts}
    if not conj:
        return []
    return [o.best.place for o in mentions
            if o is not m and doc[o.start:o.end].root.i in conj]


def _joined(m: PlaceMention, mentions: Sequence[PlaceMention], doc: Doc) -> bool:
    """Names joined by a hyphen ("the Syria-Iraq border", "US-Turkish talks") describe a
    relation between places, not where something happened."""
    for other in mentions:
        if other.start == m.end + 1 and doc[m.end].text in "-‐–/" and not doc[m.end - 1].whitespace_:
            return True
        if other.end == m.start - 1 and doc[m.start - 1].text in "-‐–/" and not doc[m.start - 2].whitespace_:
            return True
    return False

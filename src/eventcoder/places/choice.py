"""Where an event happened, chosen among the places its sentence names.

A verbal act happens where it is made, not where what it talks about happened; a dateline is
where the reporter is, which a body of no country, a trip abroad or fighting in a country the
article is mostly about did not act at. The place
look-up itself (names, candidates, ranking) is the PlaceResolver's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from spacy.strings import hash_string

from ..record import Location
from .datafiles import DATA_DIR, read_rows
from .matcher import doc_orths
from .names import name_key
from .rank import NEAR_CENTRE, is_inside
from .remote import RemoteCues
from .resolver import PlaceResolver, is_locative, to_location
from .scope import SIDE_WORDS
from .venue import (
    SPEAKING_VERBS,
    VERBAL_ROOTS,
    arrival_verbs,
    arrived_at,
    at_venue,
    at_world_body,
    meeting_place,
    on_verb,
    phrase_head,
    speaking_modifier,
)

VISIT = "042"  # CAMEO "make a visit"
CONSULT = "04"  # CAMEO "consult": talks, meetings, visits
FORCE_ROOTS = frozenset(("15", "16", "17", "18", "19", "20"))  # troops sent "to" X are not a trip
# Acts done in the field, not at a desk: protests, force postures, assaults, fights, mass
# violence, military retreats (not sanctions or arrests, which a government orders at home).
FIELD_ROOTS = frozenset(("14", "15", "18", "19", "20"))
FIELD_CODES = ("087",)
VIOLENCE_ROOTS = frozenset(("18", "19", "20"))  # assaults, fights, mass violence
ARREST = "173"  # CAMEO "arrest, detain"
_OPENING, _CLOSING, _STRAIGHT = map(hash_string, ("“", "”", '"'))  # quotation marks' ORTH hashes
# Sectors of a state's national bodies, which act in its capital.
NATIONAL_SECTORS = frozenset(("GOV", "LEG", "JUD"))
# Words of national bodies in an actor's text ("the Iraqi government", "Iraq's parliament"); a
# mayor, a governor or "officials" may act locally.
NATIONAL_WORDS = frozenset(("government", "ministry", "minister", "president", "parliament", "cabinet",
                            "premier", "chancellor", "kremlin", "congress", "senate", "supreme",
                            "prime", "presidency", "regime"))


def _inside_actor(doc, m, offset: int, spans) -> bool:
    start = offset + doc[m.start].idx
    end = offset + doc[m.end - 1].idx + len(doc[m.end - 1].text)
    return any(a <= start and end <= b for a, b in spans)


def _after_object(place_root, country: str, speaker_country: str | None) -> bool:
    """"derides Iran's role in Syria" is often parsed "derides ... in Syria": a place phrase
    right after the verb's object places the statement only in the speaker's own country."""
    tok = place_root
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    objects = [c for c in prep.head.children if c.dep_ in ("dobj", "obj") and c.i < prep.i]
    return bool(objects) and prep.i == objects[-1].right_edge.i + 1 and country != speaker_country


# Nouns by which a sentence refers back to an event told before ("the attack killed 5").
BACK_NOUNS = frozenset(("attack", "attacks", "blast", "blasts", "bombing", "bombings", "explosion",
                        "explosions", "offensive", "assault", "raid", "raids", "strike", "strikes",
                        "crash", "shooting", "clashes", "fighting", "ambush", "incident", "operation"))
STALE_DAYS = 14  # an act dated this long before the story is not today's news from the desk


def _locative(root) -> bool:
    """"in X", also "near the city of X", "over the Sinai" (a place under a verb's "over")."""
    if is_locative(root):
        return True
    tok = phrase_head(root)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "over" and prep.head.pos_ == "VERB":
        return True
    return prep.lower_ == "of" and prep.head.dep_ == "pobj" and is_locative(prep.head)


def _refers_back(sent, trigger) -> bool:
    """A definite event noun before the trigger, or the trigger itself ("the blast killed")."""
    for tok in sent.doc[sent.start:trigger.i + 1]:
        if tok.lower_ in BACK_NOUNS and any(c.lower_ in ("the", "that", "this") for c in tok.children):
            return True
    return False


def _named_by_actor(where: Location, act) -> bool:
    """An actor's words name the dateline's place ("Moscow hosted", "Moscow's city court")."""
    key = name_key(where.name)
    return any(a is not None and key in name_key(a.text) for a in (act.source, act.target))


def _stale(when, pub_date: date | None, precisions: tuple[str, ...], sent=None) -> bool:
    """The event is dated (by the text, not the publication) weeks before the story, with one
    of `precisions` or a year in a phrase of time ("in 1956": a bare year is too often a
    misreading, "the 2010 candidate was detained"); a statement's month is too often its
    topic's ("described the crash in October 2015")."""
    if when is None or pub_date is None or not when.date or when.method == "publication":
        return False
    if when.precision not in precisions and not (
            when.precision == "year" and sent is not None and _year_phrase(sent, when.text)):
        return False
    try:
        day = date.fromisoformat(when.date)
    except ValueError:
        return False
    # a period counts by its last day: "in February" of a story filed on 20 February is recent
    if when.precision == "month":
        day = (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    elif when.precision == "week":
        day += timedelta(days=6)
    return day < pub_date - timedelta(days=STALE_DAYS)


# Words of acts spread over a country ("raids across the UK", "in various parts of the country").
SPREAD = frozenset(("across", "throughout", "nationwide", "countrywide", "various", "parts"))
# "across the border" crosses a line, it does not spread the act.
CROSSED = frozenset(("border", "frontier", "boundary", "river", "line"))


def _crossing(tok) -> bool:
    return any(c.dep_ == "pobj" and c.lemma_.lower() in CROSSED for c in tok.children)


# Nouns of several events ("a series of attacks", "a wave of strikes").
SERIES = frozenset(("series", "wave", "spate", "string", "number"))


def _many(trigger) -> bool:
    """The act is told as several events: a plural event noun or a series on the trigger ("killed
    in attacks across the country", "killed in a series of bombings"), or a plural trigger."""
    if trigger.tag_ == "NNS":
        return True
    for prep in trigger.children:
        if prep.dep_ == "prep":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lower_ in SERIES or (
                        obj.tag_ == "NNS" and obj.lemma_.lower() in BACK_NOUNS)):
                    return True
    return False


# Nouns of the meetings whose place in a neighbour sentence places talks (see _meeting_town).
MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "summit", "meeting",
                           "conference", "round"})


def _in_province(town: Location, area: Location) -> bool:
    """`town` lies in the first-level division `area` (by its admin1 name, else near the
    division's centre when the gazetteer does not say)."""
    if town.admin1 is not None:
        return name_key(town.admin1) == name_key(area.name)
    return (town.country == area.country and None not in (town.lat, town.lon, area.lat, area.lon)
            and abs(town.lat - area.lat) + abs(town.lon - area.lon) < NEAR_CENTRE)


def _field(act) -> bool:
    """Acts done where their doers are in the field: protests, force, violence, arrests."""
    code = act.code
    return code[:2] in FIELD_ROOTS or code.startswith(FIELD_CODES) or code[:2] == "17"


def _year_phrase(sent, text: str | None) -> bool:
    """The year is the object of a preposition of time: "in 1956", "since 2014"."""
    return any(t.text == text and t.dep_ == "pobj" and t.head.lower_ in ("in", "since", "during")
               for t in sent)


def _quoted(sent, i: int) -> bool:
    """Token i lies inside a quotation: what was said, not where it was said."""
    opened = straight = 0
    for o in doc_orths(sent.doc)[sent.start:i]:  # ORTH hashes: no Token objects
        if o == _OPENING:
            opened += 1
        elif o == _CLOSING:
            opened = max(opened - 1, 0)
        elif o == _STRAIGHT:
            straight += 1
    return opened > 0 or straight % 2 == 1


class EventPlacer:
    """Chooses an event's location from its sentence's place mentions, the article's geographic
    context and the dateline."""

    def __init__(self, places: PlaceResolver, say_head: Callable, say_verbs: frozenset[str],
                 remote: RemoteCues | None = None):
        self.places = places
        self.say_head = say_head  # the verb of saying that governs a clause, if any
        self.say_verbs = say_verbs
        self.remote = remote if remote is not None else RemoteCues.load()
        self.bodies = frozenset(w.lower() for _, (w,) in read_rows(DATA_DIR / "local_bodies.tsv", 1, 1))

    def locate(self, act, sent, offset: int, geo, places, when=None, pub_date: date | None = None) -> Location | None:
        """`act` is an events.extract.Act in `sent` (a span of a paragraph starting at `offset`
        in the article); `geo` the article's context, `places` the sentence's mentions; `when`
        the event's dates.DateResolution and `pub_date` the article's date, when known."""
        code = act.code
        countries = tuple(a.country if a is not None else None for a in (act.source, act.target))
        all_places = places or []
        seat = None
        anchor = act.trigger  # the word whose phrases say where the event happened
        also: list = []
        if places:
            # a named actor's words are no place ("Merkel's visit": Merkel is also an
            # Alabama town)
            named = [(a.start, a.end) for a in (act.source, act.target)
                     if a is not None and a.name and a.start is not None]
            places = [m for m in places if not _inside_actor(sent.doc, m, offset, named)]
            seat = self._seat(act, sent, offset, places)
        # (a killing shown "in a video" still happened where the sentence says)
        remote = not _field(act) and self.remote.remote(act.trigger, act.clause)
        if remote and places:
            # a phone call or a letter happens where its doer is: only the doer's whereabouts
            # count ("Putin, who was in Sochi, phoned"), not the partner's or the topic's places
            heads = {act.trigger.i, act.clause.i}
            places = [m for m in places if not _quoted(sent, m.start)
                      and at_venue(sent.doc[m.start:m.end].root, heads, self.say_verbs)]
        if code[:2] not in VERBAL_ROOTS and places:
            # "Speaking at a rally in Istanbul, Erdogan said troops had killed 50 militants":
            # where a report was made is not where the reported act happened
            says = self._reporting_verbs(act)
            if says:
                places = [m for m in places
                          if not on_verb(sent.doc[m.start:m.end].root, says, self.say_verbs)]
        if code[:2] in VERBAL_ROOTS and places:
            # A statement happens where it is made ("said in Geneva"), not where what it is
            # about happened ("blamed X for the attack in Douma"): only places in a phrase
            # hanging on the verb itself count (else the dateline rule applies).
            heads = {act.trigger.i, act.clause.i}
            say = self.say_head(act.clause)
            if say is not None and say.i != act.trigger.i:
                # the act is the saying; the trigger's clause is what was said ("retorted
                # that the US should stay in Syria" was not said in Syria)
                heads, anchor = {say.i}, say
            elif act.clause.i != act.trigger.i and act.clause.lemma_.lower() in self.say_verbs:
                heads, anchor = {act.clause.i}, act.clause  # the clause is the saying
            places = [m for m in places if not _quoted(sent, m.start)
                      and on_verb(sent.doc[m.start:m.end].root, heads, self.say_verbs)
                      and not _after_object(sent.doc[m.start:m.end].root, m.best.place.country,
                                            countries[0])
                      and not self._domain(sent.doc[m.start:m.end].root, m.best.place, countries[0])]
            # "[Speaking] in Ankara, Erdogan said": the speaking verb's phrases count too
            also = [c for h in heads for c in sent.doc[h].children
                    if speaking_modifier(c, self.say_verbs)]
        if (code[:2] not in VERBAL_ROOTS and act.trigger.dep_ == "acl"
                and act.trigger.head.dep_ in ("nsubj", "nsubjpass") and act.trigger.head.head.pos_ == "VERB"):
            # "missiles fired by the rebels hit a mosque in X": the act of the subject's
            # participle happened where its verb places the subject
            also.append(act.trigger.head.head)
        where = self.places.event_location(sent, anchor, geo, countries, mentions=places, also=also)
        if where is not None and where.method == "sentence" and (code[:2] in VERBAL_ROOTS or code[:2] == CONSULT):
            # nor do talks happen where the places of another clause are ("in talks to move
            # prisoners to camps in Iraq", "after meeting X, officials said troops would stay
            # in Iraq"): by hand-checked samples such places are their topic
            where = None
        if where is None and code[:2] == CONSULT and places:
            where = self._arrival_place(act, sent, places)
        if where is None and remote and act.source is not None and act.source.country:
            # "Trump spoke with Abe by phone": from his own country, wherever the topic is
            country = self.places.gazetteer.country(act.source.country)
            if country is not None:
                where = to_location(country, "context", "exact")
        if where is not None and where.method == "dateline" and act.source is not None \
                and not act.source.country:
            # the dateline is where the reporter is: a court or body of no country
            # ("the European Court ruled", MOSCOW dateline) did not act there
            where = None
        if where is not None and where.method == "dateline" and where.country != countries[1] and (
                code.startswith(VISIT) or (code[:2] not in FORCE_ROOTS and "to" in self.places.spatial.get(
                    act.trigger.lemma_.lower(), ()))):
            where = None  # a trip happens at its destination, not where the story is filed
        if (where is not None and where.method == "dateline" and geo.dominant
                and where.country != geo.dominant
                and (code[:2] in FIELD_ROOTS or code.startswith(FIELD_CODES))):
            # a MOSCOW story about a battle in Syria: the fighting is not at the desk
            where = None
        if (where is None or where.method in ("dateline", "sentence")) and places:
            venue = self._venue_of(act, sent, places)
            if venue is not None:
                where = venue
        if seat is not None and (where is None or (where.method in ("dateline", "sentence")
                                                   and where.country == seat.country)):
            where = seat  # "a Glasgow court jailed": where the court sits
        if (where is not None and where.method == "sentence" and where.feature == "country"
                and code[:2] == "17" and places):
            # "questioned by a prosecutor in Izmir before a judge ordered him arrested": one
            # proceeding, at the town its court or prosecutor sits in
            where = self._court_town(where, sent, places)
        if where is not None and where.method == "dateline":
            where = self._dateline_fit(where, act, sent, geo, all_places)
        if (where is not None and where.method == "dateline"
                and _stale(when, pub_date, ("day",) if code[:2] in VERBAL_ROOTS else ("day", "week", "month"),
                           sent)
                and not _named_by_actor(where, act)):
            where = self._past_act(where, countries)
        if where is not None and where.method == "dateline" and at_world_body(act, sent):
            where = None  # "China vetoed the draft at the UN Security Council", BEIJING
        if where is not None and where.method == "dateline" and code[:2] not in VERBAL_ROOTS \
                and code[:2] != CONSULT:
            where = self._previous_place(where, act, sent, geo, all_places)
        elif (where is not None and where.feature == "country" and where.method == "trigger_phrase"
              and code[:2] == CONSULT):
            # "on a visit to Japan, held talks", TOKYO dateline: the talks were in Tokyo
            city = next((p for p in geo.dateline if p.country == where.country and p.feature == "city"), None)
            if city is not None:
                where = to_location(city, "dateline", "exact")
            else:
                where = self._meeting_town(where, sent, geo)
            if where.feature == "country":
                # "Tillerson's visit to China", and elsewhere "meetings in Beijing": the one
                # town of that country the article meets in
                where = self._article_venue(where, geo)
        if (where is not None and where.feature in ("country", "admin1") and _field(act)
                and not _quoted(sent, act.trigger.i)
                and not _stale(when, pub_date, ("day", "week", "month"), sent)):
            where = self._town_nearby(where, act, sent, geo)
        return where

    def _seat(self, act, sent, offset: int, places) -> Location | None:
        """The town a local body that did the act is named by ("a Glasgow court", "Manchester
        police"; data/local_bodies.tsv), when it is a modifier of the doer's words."""
        source = act.source
        if source is None or source.start is None:
            return None
        doc = sent.doc
        for m in places:
            place = m.best.place
            if place.feature == "country" or not _inside_actor(doc, m, offset, [(source.start, source.end)]):
                continue
            root = doc[m.start:m.end].root
            if root.dep_ in ("compound", "nmod", "amod") and root.head.lemma_.lower() in self.bodies:
                return to_location(place, "sentence", "exact")
        return None

    def _arrival_place(self, act, sent, places) -> Location | None:
        """Talks with no place of their own, held where the doer went ("arrived in Tokyo and
        held talks", "was in Moscow, where he met Putin")."""
        verbs = arrival_verbs(act.clause)
        for m in places if verbs else ():
            if not _quoted(sent, m.start) and arrived_at(sent.doc[m.start:m.end].root, verbs):
                return to_location(m.best.place, "trigger_phrase", "exact")
        return None

    def _court_town(self, where: Location, sent, places) -> Location:
        """The one town of `where`'s country that a local body of the sentence sits in ("a
        court in X", "prosecutors in X"; data/local_bodies.tsv)."""
        found = {}
        for m in places:
            place = m.best.place
            root = phrase_head(sent.doc[m.start:m.end].root)
            if (place.feature == "city" and place.country == where.country and root.dep_ == "pobj"
                    and root.head.lower_ == "in" and root.head.head.lemma_.lower() in self.bodies):
                found[place.id] = place
        if len(found) != 1:
            return where
        return to_location(next(iter(found.values())), "sentence", "exact")

    def _reporting_verbs(self, act) -> set[int]:
        """Verbs of saying that report the act: the one whose content holds its clause ("Erdogan
        said troops had killed"), or one hung on the clause ("troops killed 50, Erdogan said")."""
        out = set()
        say = self.say_head(act.clause)
        if say is not None and say.i != act.trigger.i:
            out.add(say.i)
        for child in act.clause.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in self.say_verbs:
                out.add(child.i)
        return out

    def _past_act(self, where: Location, countries) -> Location | None:
        """An act dated weeks before the story ("On November 19, 2015 Russia and Egypt signed",
        MOSCOW) did not happen at today's desk: at most in the dateline's country, when all its
        actors are of that country."""
        known = {c for c in countries if c}
        if known != {where.country}:
            return None
        country = self.places.gazetteer.country(where.country)
        return to_location(country, "dateline", "exact") if country is not None else None

    def _previous_place(self, where: Location, act, sent, geo, here=()) -> Location | None:
        """A field act with no place of its own, in a sentence whose verbs act on a place of
        another country, or after (else before) a sentence of the same paragraph that places
        what happened there ("The airliner crashed over the Sinai. All 224 on board were
        killed.", MOSCOW): not at the desk, but in that country; at the previous sentence's
        place when the act refers back to it ("the attack killed 5")."""
        if _quoted(sent, act.trigger.i):
            return where  # what a quotation says happened is no act placed by the story
        doc = sent.doc
        # "IS retook Palmyra after the government forces had retreated", MOSCOW: a place a verb
        # of this sentence acts on ("retook", "seized") tells the country of its field acts
        found = [m for m in here if self._acted_on(doc[m.start:m.end].root)]
        if not found and sent.start > 0:
            prev = doc[sent.start - 1].sent
            found = self._locatives(prev, geo)
            if len(found) == 1 and _refers_back(sent, act.trigger):
                place, precision = self.places._scoped(found[0].best.place, found, doc)
                return to_location(place, "context", precision)
        if not found and sent.end < len(doc):
            # "Russian jets struck 40 targets, the ministry said. The strikes hit positions
            # near Palmyra.": the next sentence tells in which country, if not where exactly
            found = self._locatives(doc[sent.end].sent, geo)
        if not found:
            return where
        countries = {m.best.place.country for m in found}
        if countries == {where.country} and _field(act):
            # "LONDON - Police raided homes in Birmingham. A fifth man was detained.": in the
            # town the paragraph is about, not at the desk
            town = self._one_town(found, where.country, doc)
            if town is not None and town.name != where.name:
                return town
        if where.country in countries or len(countries) != 1:
            return where
        place = found[0].best.place
        return to_location(self.places.gazetteer.country(place.country) or place, "context", "exact")

    def _one_town(self, found, country: str, doc) -> Location | None:
        """The one place below the country level that `found` names in `country`, if one."""
        parts = [m for m in found if m.best.place.country == country and m.best.place.feature != "country"]
        scoped = {}
        for m in parts:
            place, precision = self.places._scoped(m.best.place, parts, doc)
            scoped.setdefault(place.id, (place, precision))
        # "in Sirwa, western Marib province": the province only says where the town lies
        areas = [k for k, (p, _) in scoped.items()
                 if any(is_inside(q, p) for k2, (q, _) in scoped.items() if k2 != k)]
        for k in areas:
            del scoped[k]
        if len(scoped) != 1:
            return None
        place, precision = next(iter(scoped.values()))
        return to_location(place, "context", precision)

    def _town_nearby(self, where: Location, act, sent, geo) -> Location:
        """A field act placed only in a country or province ("shelled a Kurdish enclave inside
        Syria", "killed 80 in Sindh province") lies at the one town of it that the sentence
        before (else after) places things at ("the fighting is in villages around Afrin"); not
        an act against the state itself ("Russia's intervention in Syria")."""
        target = act.target
        if target is not None and target.country == where.country and not target.sector:
            return where
        if _many(act.trigger) or any(t.lower_ in SPREAD and not _crossing(t) for t in sent):
            return where  # "99 killed in a series of attacks", "raids across the UK": not one place
        words = where.name.split()
        if any(t.lower_ in SIDE_WORDS and t.head.text in words for t in sent):
            return where  # "clashes in northern Syria": the writer named a part of the country
        doc = sent.doc
        for other in (doc[sent.start - 1].sent if sent.start > 0 else None,
                      doc[sent.end].sent if sent.end < len(doc) else None):
            if other is None:
                continue
            found = self._locatives(other, geo)
            if found:
                town = self._one_town(found, where.country, doc)
                if town is None or (where.feature == "admin1" and not _in_province(town, where)):
                    return where  # "in Sindh province ... a shrine in Sehwan": only a town inside it
                return town
        return where

    def _meeting_town(self, where: Location, sent, geo) -> Location:
        """Talks placed only in a country ("talks in Kazakhstan") were at the town of it where
        the sentence before (else after) holds talks ("The talks in Astana", "the Astana
        talks"); a town named there for anything else does not count."""
        doc = sent.doc
        for other in (doc[sent.start - 1].sent if sent.start > 0 else None,
                      doc[sent.end].sent if sent.end < len(doc) else None):
            if other is None:
                continue
            for m in self.places.mentions(other, geo):
                place = m.best.place
                if (m.qualifier or place.country != where.country or place.feature == "country"
                        or _quoted(other, m.start)):
                    continue
                root = doc[m.start:m.end].root
                host = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("in", "at") else (
                    root.head if root.dep_ in ("compound", "nmod") else None)
                if host is not None and host.lemma_.lower() in MEETING_NOUNS:
                    return to_location(place, "context", "exact")
        return where

    def _article_venue(self, where: Location, geo) -> Location:
        """The one town of `where`'s country that the article's paragraphs name as a place of
        meeting or visiting ("talks in X", "arrived in X", "visiting X"; see venue.py)."""
        found: dict[int, object] = {}
        for doc in geo.docs:
            for m in self.places.matcher.find(doc, geo.lower_case):
                if not meeting_place(doc[m.start:m.end].root, MEETING_NOUNS):
                    continue
                for mention in self.places.mentions(doc[m.start:m.end], geo):
                    place = mention.best.place
                    if place.country == where.country and place.feature == "city":
                        found[place.id] = place
        if len(found) != 1:
            return where
        return to_location(next(iter(found.values())), "context", "exact")

    def _acted_on(self, root) -> bool:
        tok = phrase_head(root)
        return (tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB"
                and "object" in self.places.spatial.get(tok.head.lemma_.lower(), ()))

    def _locatives(self, sent, geo) -> list:
        """The places a sentence names in locative phrases of its own words (not quoted)."""
        return [m for m in self.places.mentions(sent, geo)
                if not m.qualifier and _locative(sent.doc[m.start:m.end].root) and not _quoted(sent, m.start)]

    def _domain(self, root, place, speaker: str | None) -> bool:
        """"In Syria, Erdogan has backed Moscow": a foreign country on a verb other than one of
        speaking is the field the stance is about, not where it was taken."""
        tok = phrase_head(root)
        if place.feature != "country" or place.country == speaker or tok.dep_ != "pobj":
            return False
        verb = tok.head.head
        lemma = verb.lemma_.lower()
        return (tok.head.lower_ == "in" and verb.pos_ == "VERB" and lemma not in SPEAKING_VERBS
                and lemma not in self.say_verbs)

    def _venue_of(self, act, sent, places) -> Location | None:
        """The venue the act's doer was at, when nothing else places the act ("during a visit
        to Tokyo, Trump signed", "Lavrov, who was in Ankara for talks, said")."""
        heads = {act.trigger.i, act.clause.i}
        for m in places:
            root = sent.doc[m.start:m.end].root
            if not _quoted(sent, m.start) and at_venue(root, heads, self.say_verbs):
                return to_location(m.best.place, "trigger_phrase", "exact")
        return None

    def _names_other_country(self, sent, country: str) -> bool:
        """The sentence names a country other than `country`, also inside a body's name ("the
        US Justice Department", which the place matcher rightly does not read as a place)."""
        gaz = self.places.gazetteer
        words = [t for t in sent if t.text[:1].isupper() and not _quoted(sent, t.i)]
        keys = [name_key(t.text) for t in words]
        keys += [f"{a} {name_key(b.text)}" for a, t, b in zip(keys, words, words[1:]) if b.i == t.i + 1]
        for key in keys:
            for code in gaz.index.get(key, ()):
                place = gaz.places[code >> 1]
                if not code & 1 and place.feature == "country" and place.country != country:
                    return True
        return False

    def _dateline_fit(self, where: Location, act, sent, geo, all_places) -> Location | None:
        """How much of the dateline an event may take: the dateline names where the reporter
        files, which is where the event happened only when the sentence says nothing else."""
        code = act.code
        if act.source is None and self._names_other_country(sent, where.country):
            # "The US Justice Department said two Russians had been charged", MOSCOW: the
            # sentence names the other country whose body acted
            return None
        if code[:2] in VERBAL_ROOTS or code[:2] == CONSULT:
            return where  # statements and talks are made where the reporter is
        country = self.places.gazetteer.country(where.country)
        if country is None:
            return where
        for m in all_places:
            place = m.best.place
            if (place.country == where.country and place.feature != "country" and place.name != where.name
                    and is_locative(sent.doc[m.start:m.end].root)):
                # "KABUL - ... the attack in Kunduz killed 10": elsewhere in the country
                return to_location(country, "dateline", "exact")
        if act.source is None and (code[:2] in VIOLENCE_ROOTS or (
                code.startswith(ARREST) and self.say_head(act.clause) is None)):
            # "all 224 on board were killed", MOSCOW: a death nobody is named for is not placed
            # at the desk, nor are arrests by nobody named ("26 people were detained"; but
            # "police said two men were arrested" tells who did it); the country is the most
            # the dateline tells
            return to_location(country, "dateline", "exact")
        source = act.source
        if (source is not None and source.sector in NATIONAL_SECTORS and source.country == where.country
                and not NATIONAL_WORDS.isdisjoint(source.text.lower().replace("'s", " ").split())
                and not any(p.iso2 == "capital" for p in geo.dateline if p.name == where.name)):
            # "ERBIL - Iraq's parliament voted": a national body acts in the capital, not at
            # the desk of a provincial dateline
            return to_location(country, "dateline", "exact")
        return where

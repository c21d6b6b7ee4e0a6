"""How likely a coded event is to be right: a logistic model over a few measurable traits of the
event (which sides are named and how, how far they sit from the trigger, whether the trigger is a
noun, the kind of act), with weights fitted to blind hand checks of coded news
(data/confidence.tsv, refitted with tools/fit_confidence.py). Users filter on it
(`--min-confidence`); the measured precision at each cut is in the table's header."""

from __future__ import annotations

import math
from importlib import resources

from spacy.tokens import Token

from ..errors import DataFileError
from ..record import Actor, Event

# How an actor was found (the first part of Actor.rule): a name the dictionaries know is the
# reference; a country word, a generic noun ("officials", "protesters") and an anaphor
# ("he", "who", a quote's speaker) are each their own trait.
COUNTRY_RULES = frozenset(("country", "capital", "adjective", "place", "definite", "state"))
GENERIC_RULES = frozenset(("noun",))
ANAPHOR_RULES = frozenset(("pronoun", "relative", "speaker", "reciprocal"))

# The five classes of acts (Phoenix PentaClass): traits of the act, not of one verb.
ROOT_CLASSES = {"01": "say", "02": "say", "03": "verbal_coop", "04": "verbal_coop", "05": "verbal_coop",
                "06": "material_coop", "07": "material_coop", "08": "material_coop",
                "09": "verbal_conflict", "10": "verbal_conflict", "11": "verbal_conflict",
                "12": "verbal_conflict", "13": "verbal_conflict", "16": "verbal_conflict"}
# An argument of the trigger that names someone ("accused it", "shot by Masood", "urged the
# public"): when no actor was found on that side, the event most often misses one the text names.
ARGUMENT_DEPS = {"source": frozenset(("nsubj", "agent")), "target": frozenset(("dobj", "dative", "nsubjpass"))}
NAMING_TAGS = frozenset(("PRP", "NNP", "NNPS"))
FAR_CHARS = 80  # an actor this far from its trigger was found by a long path (and often wrongly)
LONG_SENTENCE_WORDS = 40
# A trigger with one of these tags is an event noun ("the talks", "sanctions against").
NOMINAL_POS = frozenset(("NOUN", "PROPN"))


def _rule_kind(actor: Actor) -> str:
    head = (actor.rule or "").split("->")[0].split(":")[0].split("+")[0]
    if head in ANAPHOR_RULES:
        return "anaphor"
    if head in GENERIC_RULES:
        return "generic"
    if head in COUNTRY_RULES:
        return "country"
    return "named"


def _far(actor: Actor, trigger_start: int) -> bool:
    if actor.start is None:
        return False
    return min(abs(actor.start - trigger_start), abs((actor.end or actor.start) - trigger_start)) > FAR_CHARS


def _names_someone(trigger: Token, deps: frozenset[str]) -> bool:
    for child in trigger.children:
        if child.dep_ == "agent":  # "shot by police": the agent's object
            child = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in deps:
            continue
        if child.tag_ in NAMING_TAGS:
            return True
    return False


def features(event: Event, trigger: Token, sentence_start: int) -> dict[str, float]:
    """The event's traits, named as in confidence.tsv (absent = 0). `trigger` is the trigger's
    token in the parse; `sentence_start` the sentence's offset in the article."""
    out = {"bias": 1.0, f"act_{ROOT_CLASSES.get(event.cameo_root, 'material_conflict')}": 1.0}
    s, t = event.source, event.target
    for side, actor in (("source", s), ("target", t)):
        if actor is None:
            out[f"no_{side}"] = 1.0
            if _names_someone(trigger, ARGUMENT_DEPS[side]):
                out[f"{side}_unfound"] = 1.0
            continue
        if not actor.country:
            out[f"{side}_no_country"] = 1.0
        kind = _rule_kind(actor)
        if kind != "named":
            out[f"{side}_{kind}"] = 1.0
        if _far(actor, event.trigger.start):
            out[f"{side}_far"] = 1.0
    if s is not None and t is not None and s.country and s.country == t.country:
        out["same_country"] = 1.0
    if event.modality != "asserted":
        out["not_asserted"] = 1.0
    if trigger.pos_ in NOMINAL_POS:
        out["nominal"] = 1.0
    at = event.trigger.start - sentence_start
    sent = event.sentence_text
    if 0 <= at <= len(sent) and (sent.count('"', 0, at) + sent.count("\u201c", 0, at)
                                 - sent.count("\u201d", 0, at)) % 2 == 1:
        out["quoted"] = 1.0  # inside a quotation: what someone said, often not the act itself
    if len(sent.split()) > LONG_SENTENCE_WORDS:
        out["long_sentence"] = 1.0
    return out


class Confidence:
    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    @classmethod
    def load(cls) -> Confidence:
        path = resources.files("eventcoder.events") / "data" / "confidence.tsv"
        weights: dict[str, float] = {}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) < 2:
                raise DataFileError(str(path), n, "expected a trait and its weight")
            try:
                weights[cells[0]] = float(cells[1])
            except ValueError:
                raise DataFileError(str(path), n, f"weight must be a number, got {cells[1]!r}") from None
        if "bias" not in weights:
            raise DataFileError(str(path), 1, "no 'bias' row")
        return cls(weights)

    def score(self, traits: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in traits.items())
        return round(1.0 / (1.0 + math.exp(-z)), 2)

    def of(self, event: Event, trigger: Token, sentence_start: int) -> float:
        return self.score(features(event, trigger, sentence_start))

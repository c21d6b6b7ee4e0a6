"""Pronouns: who "he", "it", "whom" stand for, by position in the article.

- he/him/his/she/her: the most recent person mentioned before, skipping people who are other
  arguments of the same verb ("... pressure on maduro, whom he has called a bad leader": he is
  not maduro, who is the verb's object through "whom");
- it/its/they/them/their: the nearest main-clause subject before, in this or the previous
  sentence, when that subject is a group actor (an organisation, a government, a country);
- who/whom/which/that/whose: the noun the relative clause hangs on.
First-person pronouns depend on the speaker and are resolved by `ArticleActors.resolve`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.strings import hash_string

from ..record import Actor
from .entries import CAPITAL, COUNTRY, ENTRY, ORG, fold
from .grammar import (
    ARGUMENT_DEPS,
    GROUP_PRONOUNS,
    IMPERSONAL_VERBS,
    PERSON_NOUNS,
    PERSONAL,
    QUOTES,
    RELATIVE,
    SINGULAR_GROUP_PRONOUNS,
)
from .senses import head_sense, title_sense

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import ArticleActors

# How far back (in paragraphs) a pronoun may reach for its antecedent.
WINDOW = 6
_REFLEXIVE = frozenset(("himself", "herself"))
_MASCULINE = frozenset(("he", "him", "his", "himself"))
_QUOTE_HASHES = frozenset(hash_string(q) for q in QUOTES)  # their ORTH hashes


def _as_pronoun(actor: Actor, aa: ArticleActors, d: int, i: int, target: str) -> Actor:
    text, start, end = aa.span(d, i, i)
    return replace(actor, text=text, start=start, end=end, rule=f"pronoun->{target}")


def antecedent_words(actor: Actor) -> str:
    """How a pronoun's rule names an unnamed antecedent: its code and words ("USACVL:a man"), so
    that later stages can still tell "a man who" (a private person) from "Palestinians who"."""
    return f"{actor.code or '?'}:{actor.text}" if actor.text else actor.code or "?"


def _people_of(aa: ArticleActors, d: int, tok_i: int) -> set[str]:
    return {fold(a.name) for a in aa.own(d, tok_i) if a.name and aa.is_person_name(a.name)}


def coarguments(aa: ArticleActors, d: int, i: int) -> set[str]:
    """Keys of people who are other arguments of the verb the pronoun is an argument of."""
    tok = aa.tokens[d][i]
    if tok.dep_ not in ARGUMENT_DEPS:
        return set()
    verb = tok.head
    keys: set[str] = set()
    for child in verb.children:
        if child.i == i or child.lower_ in PERSONAL:
            continue
        if child.dep_ in ARGUMENT_DEPS:
            keys |= _people_of(aa, d, child.i)
        elif child.dep_ in ("prep", "agent"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ not in PERSONAL:
                    keys |= _people_of(aa, d, pobj.i)
    return keys


def personal(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    tok = aa.tokens[d][i]
    if tok.lower_ in _REFLEXIVE:
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != i), None)
        if subj is not None and subj.lower_ not in PERSONAL:
            people = [a for a in aa.own(d, subj.i) if a.name and aa.is_person_name(a.name)]
            if people:
                return (_as_pronoun(people[0], aa, d, i, people[0].name or ""),)
    if tok.lower_ in ("him", "her") and tok.dep_ != "poss":
        tied = _tied_person(aa, d, i)
        if tied:
            return tied
    excluded = coarguments(aa, d, i) | quote_speakers(aa, d, i)
    if tok.dep_ == "poss":
        owner = _clause_subject_person(aa, d, i, excluded)
        if owner is not None:
            return (_as_pronoun(owner, aa, d, i, owner.name or ""),)
    offset = aa.offsets[d] + tok.idx
    mentions = aa.person_mentions
    other = "F" if tok.lower_ in _MASCULINE else "M"  # the gender the pronoun rules out
    centre = _previous_subject(aa, d, i, excluded, other)
    if centre is not None:
        return (_as_pronoun(centre, aa, d, i, centre.name or ""),)
    for k in range(bisect_left(mentions, (offset,)) - 1, -1, -1):
        m_offset, md, mi, person = mentions[k]
        if md < d - WINDOW:
            break
        if person.key in excluded or aa.kb.gender(person.name) == other or _described_by(aa, md, mi):
            continue
        nearer = _person_noun_between(aa, d, i, m_offset, offset)
        if nearer is not None:
            return nearer
        if _unknown_person_between(aa, m_offset, offset, other):
            return ()  # "Mr Zahab ... he": someone the KB cannot code, not the person before
        actor = aa.person_actor(person, d, i, i)
        return () if actor is None else (_as_pronoun(actor, aa, d, i, person.name),)
    return _titled_speaker(aa, d, i)


def _tied_person(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    """An object "him"/"her" of a verb tied to another verb that names one person as its object
    or addressee: "wrote to President X and called on [him] to resign", "met the prime
    minister and urged [her] to ..." (that person, not someone named before)."""
    tok = aa.tokens[d][i]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in OBJECT_DEPS and tok.dep_ != "pobj" or verb.dep_ not in TIED_VERB_DEPS:
        return ()
    outer = verb.head
    nouns = [c for c in outer.children if c.dep_ in OBJECT_DEPS or c.dep_ == "dative"]
    nouns += [g for c in outer.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
              for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        if noun.i > i or noun.tag_ not in ("NN", "NNP") or noun.lower_ in PERSONAL:
            continue
        found = aa.own(d, noun.i)
        if len(found) == 1 and (found[0].name or noun.lemma_.lower() in PERSON_NOUNS
                                or (aa._match_at[d].get(noun.i) is not None
                                    and title_sense(aa.kb, aa._match_at[d][noun.i]) is not None)):
            return (_as_pronoun(found[0], aa, d, i, found[0].name or antecedent_words(found[0])),)
    return ()


def _titled_speaker(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    """With no named person before it, "he"/"she" as the subject of what someone said or
    decided is that someone when they are one person named by a title or a noun for a person:
    "the Kenyan president said he would ...", "an opposition leader said she ..."."""
    tok = aa.tokens[d][i]
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    verb = tok.head
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return ()
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.i > i or subject.tag_ != "NN" or subject.lower_ in RELATIVE:
            return ()
        m = aa._match_at[d].get(subject.i)
        if not (subject.lemma_.lower() in PERSON_NOUNS or (m is not None and title_sense(aa.kb, m) is not None)):
            return ()
        found = aa.own(d, subject.i)
        if len(found) != 1 or not found[0].sectors:
            return ()
        return (_as_pronoun(found[0], aa, d, i, antecedent_words(found[0])),)
    return ()


def _previous_subject(aa: ArticleActors, d: int, i: int, excluded: set[str], other: str) -> Actor | None:
    """A sentence-initial "he"/"she" continues the previous sentence's main subject when that
    is one named person: "X, standing alongside Y, warned ... He accused" is X, not Y, the
    person named last."""
    tok = aa.tokens[d][i]
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
        return None
    sentence = aa.sentence_of(d, i)
    sent = aa.sent(d, i)
    doc = aa.docs[d]
    quoted = False
    for k in range(sent.start, i):
        if doc[k].text in QUOTES:
            quoted = not quoted
        elif not quoted and doc[k].dep_ in ("nsubj", "nsubjpass"):
            return None  # not the first subject of its sentence outside quotes
    subjects = aa.subjects
    offset = aa.offsets[d] + tok.idx
    for k in range(bisect_left(subjects, (offset,)) - 1, -1, -1):
        _, sd, si = subjects[k]
        if aa.sentence_of(sd, si) < sentence - 1:
            return None
        if aa.sentence_of(sd, si) == sentence:
            continue
        subj = aa.tokens[sd][si]
        if subj.head.dep_ != "ROOT" or not _main_subject(aa, sd, si) or subj.lower_ in PERSONAL:
            continue
        people = [a for a in aa.own(sd, si) if a.name and aa.is_person_name(a.name)]
        if (len(people) == 1 and fold(people[0].name or "") not in excluded
                and aa.kb.gender(people[0].name or "") != other
                and not (people[0].name or "").isupper()):  # "NDR reported": not a "he"
            return people[0]
        return None
    return None


def _described_by(aa: ArticleActors, d: int, i: int) -> bool:
    """Is the mention part of a description of someone else ("X, a critic of Putin,", "X, who
    was a critic of Putin,", "X, who was appointed by Putin,": Putin is not who a following "he"
    is about)?"""
    tok = aa.tokens[d][i]
    if (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("appos", "attr")
            and tok.head.head.pos_ == "NOUN"):
        return True
    up = tok
    for _ in range(DESCRIPTION_DEPTH):  # "Judge X, who was appointed by [Obama], said he ...": X's story
        if up.head.i == up.i:
            return False
        if up.dep_ == "relcl" and up.head.pos_ in ("NOUN", "PROPN") and up.i != tok.i:
            return True
        up = up.head
    return False


def _unknown_person_between(aa: ArticleActors, after: int, before: int, other: str) -> bool:
    """Is someone named only with an honorific of the pronoun's gender ("Mr Zahab") written
    between the last known person and the pronoun?"""
    unknown = aa.unknown_people
    k = bisect_left(unknown, (before,)) - 1
    while k >= 0 and unknown[k][0] > after:
        if unknown[k][1] != other:
            return True
        k -= 1
    return False


def _clause_subject_person(aa: ArticleActors, d: int, i: int, excluded: set[str]) -> Actor | None:
    """ "his"/"her" in a clause whose subject is a person is usually that person: "Trump put
    the brakes on Obama-era rules in his visit" (his is Trump's, not Obama's); a verb without a
    subject of its own ("he plans to meet X at his estate") takes its governing verb's."""
    other = "F" if aa.tokens[d][i].lower_ in _MASCULINE else "M"
    verb = aa.tokens[d][i].head
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX"):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                break
            if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
                return None
        elif verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    if subject.i == i or subject.lower_ in RELATIVE:
        return None
    people = [a for a in aa.own(d, subject.i) if a.name and aa.is_person_name(a.name)]
    if (len(people) == 1 and fold(people[0].name or "") not in excluded
            and aa.kb.gender(people[0].name or "") != other):
        return people[0]
    return None


def quote_speakers(aa: ArticleActors, d: int, i: int) -> set[str]:
    """Keys of the people who speak the quotation a pronoun stands in: in '"... he has
    contacts ...," said Commissioner X' the pronoun is not X."""
    sent = aa.sent(d, i)
    orth = aa.arrays[d].orth  # quotes counted on ORTH hashes: no Token per word
    if sum(1 for k in range(sent.start, i) if orth[k] in _QUOTE_HASHES) % 2 == 0:
        return set()  # not inside a quotation opened in this sentence
    keys: set[str] = set()
    for child in sent.root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ not in PERSONAL:
            keys |= _people_of(aa, d, child.i)
    return keys


def _person_noun_between(aa: ArticleActors, d: int, i: int, after: int, before: int) -> tuple[Actor, ...] | None:
    """A subject that names one person by a common noun ("The activist was taken to hospital
    ... he"), written after the last named person and before the pronoun, in this or the
    previous sentence: the pronoun's antecedent (None when there is none). Its actor, or ()
    when the noun is nobody the KB can code ("a 60-year-old man" stays unresolved rather
    than wrong)."""
    subjects = aa.subjects
    sentence = aa.sentence_of(d, i)
    for k in range(bisect_left(subjects, (before,)) - 1, -1, -1):
        off, sd, si = subjects[k]
        if off <= after or aa.sentence_of(sd, si) < sentence - 1:
            return None
        if not _main_subject(aa, sd, si):
            continue
        subj = aa.tokens[sd][si]
        dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")]
        if subj.tag_ != "NN" or not dets:
            continue
        # "a 25-year-old asylum-seeker" introduces someone new; a definite title is more
        # often an epithet of a person already named ("the billionaire businessman")
        m = aa._match_at[sd].get(si)
        indefinite = dets[0] in ("a", "an")
        if not (subj.lemma_.lower() in PERSON_NOUNS or subj.lower_ in PERSON_NOUNS
                or (indefinite and m is not None and title_sense(aa.kb, m) is not None)):
            continue
        found = aa.own(sd, si)
        if len(found) > 1:
            return ()
        if found and found[0].name and aa.is_person_name(found[0].name):
            return (_as_pronoun(found[0], aa, d, i, found[0].name),)
        return tuple(_as_pronoun(a, aa, d, i, antecedent_words(a)) for a in found)
    return None


def _main_subject(aa: ArticleActors, d: int, i: int) -> bool:
    tok = aa.tokens[d][i]
    return tok.lower_ not in RELATIVE and tok.head.dep_ not in ("relcl", "acl")


# How far up a mention may sit under the relative clause that describes someone else.
DESCRIPTION_DEPTH = 5
# An object pronoun: not the subject of its own verb.
OBJECT_DEPS = frozenset(("dobj", "obj", "dative", "iobj"))
# How a verb hangs on another whose subject it shares: a participle adjunct, a conjunct.
TIED_VERB_DEPS = frozenset(("advcl", "conj", "xcomp"))


def group(aa: ArticleActors, d: int, i: int, depth: int = 0) -> tuple[Actor, ...]:
    tok = aa.tokens[d][i]
    if tok.dep_ == "expl" or depth > 3 or _impersonal_it(tok):
        return ()
    # an object pronoun of a verb tied to another ("condemned the German government, accusing
    # [it]", "met the rebels and praised [them]"): the other verb's object, never its subject
    outer = tok.head.head if tok.dep_ in OBJECT_DEPS and tok.head.dep_ in TIED_VERB_DEPS else None
    if outer is not None:
        obj = next((c for c in outer.children if c.dep_ in OBJECT_DEPS and c.i < tok.i), None)
        if (obj is not None and obj.pos_ in ("NOUN", "PROPN")
                and (tok.lower_ not in SINGULAR_GROUP_PRONOUNS or obj.tag_ not in ("NNS", "NNPS"))):
            found = aa.own(d, obj.i)
            if found and not any(a.name and aa.is_person_name(a.name) for a in found):
                return tuple(_as_pronoun(a, aa, d, i, antecedent_words(a)) for a in found)
    if outer is None and tok.dep_ in OBJECT_DEPS and tok.head.dep_ == "ROOT":
        parallel = _previous_object(aa, d, i)
        if parallel:
            return parallel
    offset = aa.offsets[d] + tok.idx
    sentence = aa.sentence_of(d, i)
    subjects = aa.subjects
    # a subject pronoun is not its own verb's object ("It accused Malaysia": that would be "itself")
    own_objects = ({a.code for c in tok.head.children if c.dep_ in OBJECT_DEPS and c.pos_ == "PROPN"
                    for a in aa.own(d, c.i)} if tok.dep_ == "nsubj" else set())
    for k in range(bisect_left(subjects, (offset,)) - 1, -1, -1):
        _, sd, si = subjects[k]
        if aa.sentence_of(sd, si) < sentence - 1:
            return ()
        if (sd, si) == (d, i) or not _main_subject(aa, sd, si):
            continue
        if own_objects and any(a.code in own_objects for a in aa.own(sd, si)):
            continue
        subj = aa.tokens[sd][si]
        if sd == d and tok.dep_ in OBJECT_DEPS and subj.head.i in (tok.head.i, outer.i if outer is not None else -1):
            continue  # "Duterte accused it": an object is not its own verb's subject (that is "itself")
        if tok.lower_ in SINGULAR_GROUP_PRONOUNS and subj.tag_ == "NNS":
            continue  # "its" is not "fishermen" (but may be "the Philippines", "Royal Marines")
        if subj.lower_ in GROUP_PRONOUNS:
            found = group(aa, sd, si, depth + 1)
        elif subj.pos_ == "PRON":
            return ()
        else:
            found = aa.own(sd, si)
        if not found or any(a.name and aa.is_person_name(a.name) for a in found):
            return ()
        if (tok.lower_ in SINGULAR_GROUP_PRONOUNS and aa.sentence_of(sd, si) < sentence
                and any(_titled_one(a) for a in found)):
            # "The Lebanese prime minister met the delegation. Its negotiator": not his, but
            # the group he met ("Turkey's president says it will ...": his country's)
            parallel = _previous_object(aa, d, i)
            if parallel:
                return parallel
        return tuple(_as_pronoun(a, aa, d, i, antecedent_words(a)) for a in found)
    return ()


def _titled_one(actor: Actor) -> bool:
    """An actor named by a person's title ("the Lebanese prime minister"): one person, "he" or
    "she", never "it"."""
    return any(part.startswith("title:") for part in (actor.rule or "").split("+"))


def _previous_object(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    """An object pronoun of a main verb continues the object of the sentence before when that
    names a group of the pronoun's number: "Police detained three lawmakers. A court released
    [them]" (the lawmakers, not the police), "The UN criticised Israel. The US defended [it]"."""
    tok = aa.tokens[d][i]
    g = aa.sentence_of(d, i) - 1
    if g >= aa._first_sentence[d]:
        md = d
    elif d > 0 and aa._sents[d - 1]:
        md = d - 1
        g = aa._first_sentence[md] + len(aa._sents[md]) - 1
    else:
        return ()
    root = aa._sents[md][g - aa._first_sentence[md]].root
    obj = next((c for c in root.children if c.dep_ in OBJECT_DEPS), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return ()
    plural = obj.tag_ in ("NNS", "NNPS")
    if plural == (tok.lower_ in SINGULAR_GROUP_PRONOUNS):
        return ()  # "them" is not "the district"; "it" is not "three lawmakers"
    found = aa.own(md, obj.i)
    if not found or any(a.name and aa.is_person_name(a.name) for a in found):
        return ()
    return tuple(_as_pronoun(a, aa, d, i, antecedent_words(a)) for a in found)


def relative(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    tok = aa.tokens[d][i]
    verb = tok.head
    for _ in range(3):  # "whom he has called": whom -> called (relcl) -> maduro
        if verb.dep_ == "relcl":
            antecedent = verb.head
            found = aa.own(d, antecedent.i)
            if (tok.lower_ in ("which", "that") and not any(a.sectors for a in found)
                    and _inside_non_actor(aa, d, antecedent)):
                return ()  # "deportations to Afghanistan, which began": the deportations, not a country
            return tuple(replace(a, text=tok.text, start=aa.span(d, i, i)[1], end=aa.span(d, i, i)[2],
                                 rule=f"relative->{a.name or antecedent_words(a)}") for a in found)
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return ()


def _inside_non_actor(aa: ArticleActors, d: int, noun: Token) -> bool:
    """Is `noun` the object of a preposition on a noun that names no actor ("deportations to
    Afghanistan", "the war in Syria")? A "which" after a bare country there as likely means the
    outer noun; a body ("back to the appeals court, which") stays."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ == "of":  # "the leaders of Iran, which"
        return False
    outer = noun.head.head
    return outer.pos_ == "NOUN" and outer.i != noun.i and not aa.own(d, outer.i)


def _impersonal_it(tok: Token) -> bool:
    """"it" that stands for nothing: "when it comes to", "it seems that", "it emerged that"
    ("it seems ready to talk" may still be a state)."""
    if tok.lower_ != "it" or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma == "come":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return lemma in IMPERSONAL_VERBS and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in verb.children)


# "the country", "the group": a bare definite noun that names again an actor named just before.
# A noun that describes a kind of body ("the alliance", "the bloc", "the agency") names again the
# nearest organisation of that kind (DESCRIBED_BODIES), also as a subject ("The bloc said ...").
DESCRIBED = "described"
# noun -> what the organisation named before must be: "IGO" an intergovernmental body, else a
# word its name (or the noun phrase it was named with) holds.
DESCRIBED_BODIES: dict[str, tuple[str, ...]] = {
    "alliance": ("IGO", "alliance"), "bloc": ("IGO", "bloc"),
    "coalition": ("coalition",), "agency": ("agency", "service", "bureau", "administration", "office"),
    "body": ("IGO", "agency", "commission", "council"),
    "commission": ("commission",), "committee": ("committee", "panel"),
    "panel": ("committee", "panel", "commission"), "council": ("council",),
    "tribunal": ("tribunal", "court"), "authority": ("authority",),
}
DEFINITE_HEADS = {"country": COUNTRY, "nation": COUNTRY, "group": ORG, "organisation": ORG,
                  "organization": ORG, "movement": ORG, **dict.fromkeys(DESCRIBED_BODIES, DESCRIBED)}
# Where it is read so: objects, the acted-on ("the country's ..." and a subject "The country saw
# ..." more often mean the story's own country or a body of it).
DEFINITE_DEPS = frozenset(("dobj", "obj", "pobj", "dative", "nsubjpass"))
# A noun for a kind of body is read so as a subject or owner too ("The bloc imposed ...", "the
# alliance's expansion").
DESCRIBED_DEPS = DEFINITE_DEPS | frozenset(("nsubj", "poss"))
OWNER_DEPS = DEFINITE_DEPS | frozenset(("poss",))
# How many paragraphs back a definite description may reach (it names a recent actor).
DEFINITE_WINDOW = 1


def _described_as(actor: Actor, head: Token, noun: str, named: bool) -> bool:
    """Is the actor named before the kind of body `noun` describes ("NATO" for "the alliance",
    "the Senate Intelligence Committee" for "the panel")? A word of its name or of the noun
    phrase it was named with ("Committee" after the matched "Senate"), or its kind."""
    kinds = DESCRIBED_BODIES[noun]
    words = f"{actor.name or ''} {actor.text}".lower().replace("-", " ").split()
    up = head
    while up.dep_ == "compound" and up.head.i != up.i:  # "[Senate] Intelligence Committee"
        up = up.head
        words.append(up.lower_)
    if any(w in words or f"{w}s" in words for w in kinds if w != "IGO"):
        return True
    return "IGO" in kinds and named and actor.code.startswith("IGO")  # not "Brussels" for the EU


def definite(aa: ArticleActors, d: int, i: int) -> tuple[Actor, ...]:
    """ "accused Human Rights Watch ... accused [the group]", "blamed North Korea, accusing [the
    country]": the nearest country (for country, nation) or named organisation (for group,
    organisation, movement) before, in this or the paragraph before, for an object or a
    passive subject; never the subject of the noun's own verb ("South Korea accused the country"
    is not South Korea)."""
    tok = aa.tokens[d][i]
    noun = tok.lemma_.lower()
    kind = DEFINITE_HEADS.get(noun)
    # "the bloc's sanctions", "the group's positions" too (not "the country's", often the story's own)
    deps = DESCRIBED_DEPS if kind == DESCRIBED else OWNER_DEPS if kind == ORG else DEFINITE_DEPS
    if (kind is None or tok.dep_ not in deps
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            or any(c.dep_ in ("amod", "compound", "poss", "nmod", "relcl", "acl") for c in tok.children)
            or any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS", "NNP", "CD")
                                            for g in c.children) for c in tok.children)):
        return ()  # "the group of activists", "the country of Iran": not a bare mention again
    for md in range(d, max(-1, d - DEFINITE_WINDOW - 1), -1):
        doc, match_at = aa.docs[md], aa._match_at[md]
        k = (i if md == d else len(doc)) - 1
        while k >= 0:
            m = match_at.get(k)
            word = doc[k]
            if m is None:
                if kind != DESCRIBED and DEFINITE_HEADS.get(word.lemma_.lower()) == kind:
                    return ()  # "The organization invited ..." before: one the KB does not know
                if kind in (ORG, DESCRIBED) and word.pos_ == "PROPN" and word.text.isupper() and len(word.text) > 2:
                    return ()  # an unknown acronym ("the CPFA") is the nearer organisation
                k -= 1
                continue
            k = m.start - 1
            head = aa.tokens[md][m.end - 1]
            if md == d and head.head.i == tok.head.i and head.dep_ in ("nsubj", "nsubjpass"):
                continue  # the verb's own subject
            if _described_by(aa, md, m.end - 1):
                continue  # "X, a politician who led [the Liberal Democrats]": not what the story is about
            sense = head_sense(aa.kb, m)
            if kind == COUNTRY and sense.kind not in (COUNTRY, CAPITAL):
                continue  # a capital names its state: "blamed Pyongyang, accusing [the country]"
            if kind == ORG and (sense.kind != ENTRY or aa.kb.entries[int(sense.ref)].kind != ORG):
                continue
            found = [a for a in aa.own(md, m.end - 1) if kind != COUNTRY or a.country]
            if kind == COUNTRY:
                found = [replace(a, code=a.country, sector=None, sectors=()) for a in found]
            if kind == DESCRIBED:
                if head.dep_ == "pobj" and head.head.lower_ in ("in", "at"):
                    continue  # "met in [Brussels]": where, not whom the story is about
                found = [a for a in found if _described_as(a, head, noun, sense.kind == ENTRY)]
            if found:
                text, first, last = aa.span(d, i, i)
                return (replace(found[0], text=text, start=first, end=last,
                                rule=f"definite->{antecedent_words(found[0])}"),)
    return ()


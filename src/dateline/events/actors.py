"""The actors of an event, named and typed as ACLED names them.

The agent and patient phrases of the deciding cue (:mod:`dateline.events.roles`) are matched
to the actors the ``entities`` stage resolved in them; a phrase with no resolved actor is
resolved with :func:`dateline.entities.lookup_actor`, then by its class ("armed men" ->
Unidentified Armed Group). ACLED's conventions then set the sides: a protest's actor1 is
"Protesters (country)" and the group that marched is its associate; a riot's is "Rioters
(country)"; the victims of violence against civilians are "Civilians (country)", with the group
they belong to as associate; an explosive "planted by" someone was that someone's act.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..entities import Actor, find_country, generic_actor, lookup_actor
from ..models import Article, Entity
from .classify import FAMILIES, Coding
from .dates import first_day, last_day
from .detect import Frame
from .lexicon import Cue
from .roles import MILITIA_HEADS, Phrase, agent_and_patient, classify
from .taxonomy import event_type_of

_BY_AGENT = re.compile(r"\b(?:planted|laid|placed|set|detonated|claimed|fired|launched|carried out|"
                       r"perpetrated|conducted|triggered|thrown|hurled)\s+(?:\w+\s+)?by\s+"
                       r"(?P<who>[^,.;()]{3,80}?)(?=\s+(?:in|at|near|on|along|between|while|during|"
                       r"around|who|which)\b|[,.;(]|$)", re.I)
_KIND_OF_CLASS = {"state": "military", "armed": "unidentified_armed_group", "civilians": "civilians",
                  "protesters": "protesters", "rioters": "rioters"}
_STATE_UNITS = (("police", "police"), ("polic", "police"), ("gendarm", "gendarmerie"),
                ("national guard", "national_guard"))


@dataclass
class ActorPick:
    """An actor chosen for an event side, with the span it was read from."""

    name: str
    inter: int | None
    start: int | None = None
    end: int | None = None
    confidence: float = 0.5
    actor_type: str | None = None


@dataclass
class Sides:
    actor1: ActorPick | None = None
    actor2: ActorPick | None = None
    assoc1: ActorPick | None = None
    assoc2: ActorPick | None = None


def _pick(actor: Actor, start: int | None, end: int | None, confidence: float) -> ActorPick:
    return ActorPick(actor.name, actor.inter, start, end, confidence, actor.actor_type)


def _entity_in(article: Article, phrase: Phrase) -> Entity | None:
    """The resolved actor mention inside a phrase, the one holding its head word first."""
    inside = [e for e in article.entities if e.canonical and e.actor_type
              and e.start < phrase.end and e.end > phrase.start]
    if not inside:
        return None
    on_head = [e for e in inside if e.start < phrase.head_end and e.end > phrase.head_start]
    return (on_head or inside)[-1]


def resolve_phrase(article: Article, phrase: Phrase | None, country: str | None,
                   date: str | None) -> ActorPick | None:
    """The actor a phrase names: the entities layer's, else a lookup, else its class's generic."""
    if phrase is None:
        return None
    entity = _entity_in(article, phrase)
    if entity is not None:
        if (entity.actor_key or "").startswith("generic:") and country:
            # the entities stage runs before places: name a generic mention after the event's country
            again = lookup_actor(entity.text, country, date)
            if again is not None:
                return _pick(again, entity.start, entity.end, 0.75)
        return ActorPick(entity.canonical or "", entity.inter, entity.start, entity.end, 0.8,
                         entity.actor_type)
    found = lookup_actor(phrase.text.strip(), country, date)
    if found is not None:
        return _pick(found, phrase.start, phrase.end, 0.6)
    return _generic(phrase, country, date)


def _generic(phrase: Phrase, country: str | None, date: str | None) -> ActorPick:
    kind = _KIND_OF_CLASS[phrase.kind]
    head = phrase.text[phrase.head_start - phrase.start:phrase.head_end - phrase.start].lower()
    if phrase.kind == "state":
        kind = next((k for word, k in _STATE_UNITS if word in head), "military")
    if phrase.kind == "civilians" and MILITIA_HEADS.search(phrase.text):
        kind = "unidentified_armed_group"
    return _pick(generic_actor(kind, country, date), phrase.head_start, phrase.head_end, 0.45)


def _named(kind: str, country: str | None, date: str | None, cue_start: int | None = None,
           cue_end: int | None = None) -> ActorPick:
    return _pick(generic_actor(kind, country, date), cue_start, cue_end, 0.5)


_DEMONYM_BEFORE = re.compile(r"([A-Z][\w'’-]+)\s+(?:\w+\s+)?$")


def _demonym_force(article: Article, cue: object, country: str | None, date: str | None) -> ActorPick | None:
    """ "a French airstrike", "Nigerian jets": the forces of the country the word names."""
    start = getattr(cue, "start", 0)
    match = _DEMONYM_BEFORE.search(article.text[max(0, start - 30):start])
    if match is None or find_country(match.group(1)) is None:
        return None
    found = lookup_actor(f"{match.group(1)} forces", country, date)
    if found is None:
        return None
    offset = max(0, start - 30)
    return _pick(found, offset + match.start(1), offset + match.end(1), 0.6)


def _by_agent(article: Article, frame: Frame) -> Phrase | None:
    """ "an IED likely planted by JNIM militants": who set off the explosive."""
    for index in frame.sentences:
        sentence = article.sentences[index]
        match = _BY_AGENT.search(sentence.text)
        if match:
            found = classify(match.group("who"), sentence.start + match.start("who"))
            if found is not None and found.kind in ("armed", "state"):
                return found
    return None


def code_actors(article: Article, frame: Frame, coding: Coding, country: str | None,
                date: str | None) -> Sides:
    """actor1, actor2 and their associates for a coded frame."""
    cue = _role_cue(article, frame, coding)
    agent, patient = _roles(article, cue)
    sub = coding.sub_event_type
    coup = sub == "Non-violent transfer of territory" and frame.trigger.name in ("coup", "followed_suit")
    if coding.rule == "followed suit" or coup:
        return _coup(article, agent, country, date)
    if sub == "Remote explosive/landmine/IED":
        planted = _by_agent(article, frame)
        if planted is not None:
            agent, patient = planted, agent if agent is not None and agent.kind != "armed" else patient
    if agent is not None and patient is None and cue.name == "clash":
        agent, patient = _split_pair(agent)
    event_type = event_type_of(sub)
    actor1 = resolve_phrase(article, agent, country, date) or _demonym_force(article, cue, country, date)
    sides = Sides(actor1, resolve_phrase(article, patient, country, date))
    if event_type == "Protests":
        return _protest(article, frame, sides, agent, country, date)
    if event_type == "Riots":
        return _riot(article, frame, sides, agent, patient, country, date)
    if event_type == "Violence against civilians":
        return _against_civilians(sides, country, date)
    if sides.actor1 is None and frame.trigger.name == "withdraw":
        sides.actor1 = _withdrawing(article, frame, country, date)
    if sub in ("Armed clash", "Non-state actor overtakes territory") and (
            sides.actor2 is None or sides.actor2.inter in (7, None)):
        sides.actor2 = _responder(article, frame, sides.actor1, country, date) or sides.actor2
    return _armed(sides, agent, sub, country, date)


def _split_pair(phrase: Phrase) -> tuple[Phrase | None, Phrase | None]:
    """ "JNIM militants and Donso militiamen (clashed)": the two sides of a symmetric verb."""
    match = re.search(r"\s+and\s+", phrase.text)
    if match is None:
        return phrase, None
    first = classify(phrase.text[:match.start()], phrase.start, last=True)
    second = classify(phrase.text[match.end():], phrase.start + match.end(), last=True)
    if first is None or second is None:
        return phrase, None
    return first, second


def _role_cue(article: Article, frame: Frame, coding: Coding) -> Cue:
    """The cue whose subject and object are the event's sides: the deciding cue when it is in the
    event's own sentence, else the first event cue of that sentence, else the trigger."""
    core = article.sentences[frame.core]
    cue = coding.cue
    if cue is not None and cue.name != "tag" and core.start <= cue.start < core.end:
        return cue
    cues = frame.cues_in(frame.core, article)
    return next((c for c in cues if c.name in FAMILIES), next(
        (c for c in cues if frame.tag is None or c.start >= frame.tag[2]), frame.trigger))


def _roles(article: Article, cue: object) -> tuple[Phrase | None, Phrase | None]:
    start = getattr(cue, "start", 0)
    index = article.sentence_at(start)
    if index is None:
        return None, None
    sentence = article.sentences[index]
    return agent_and_patient(sentence.text, sentence.start, start, getattr(cue, "end", start))


def _coup(article: Article, agent: Phrase | None, country: str | None, date: str | None) -> Sides:
    """The military that took power (named as from the end of the coup's period) and the
    government it overthrew (as on the day before the period began)."""
    if not date:
        return Sides(_named("military", country, date), _named("government", country, date))
    after = last_day(date).isoformat()
    before = (first_day(date) - dt.timedelta(days=1)).isoformat()
    return Sides(_named("military", country, after), _named("government", country, before))


def _protest(article: Article, frame: Frame, sides: Sides, agent: Phrase | None,
             country: str | None, date: str | None) -> Sides:
    protesters = _named("protesters", country, date)
    if agent is not None:
        protesters.start, protesters.end, protesters.confidence = agent.head_start, agent.head_end, 0.7
    assoc = sides.actor1 if sides.actor1 and sides.actor1.inter not in (5, 6, None) else None
    return Sides(protesters, _intervening(article, frame, country, date), assoc, None)


def _intervening(article: Article, frame: Frame, country: str | None, date: str | None) -> ActorPick | None:
    """The force that stepped in on a demonstration (police, gendarmes, soldiers, militants)."""
    for cue in frame.cues:
        if cue.name in ("intervention", "lethal_force", "kill", "attack"):
            agent, _ = _roles(article, cue)
            if agent is not None and agent.kind in ("state", "armed"):
                return resolve_phrase(article, agent, country, date)
    return None


_SUBJECT_COUNTRY = re.compile(r"^\W*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _withdrawing(article: Article, frame: Frame, country: str | None, date: str | None) -> ActorPick | None:
    """Whose forces leave: the country that opens the event's sentence or one of the two after
    it ("The departure ... France, Canada ... said in the statement")."""
    last = min(len(article.sentences), frame.sentences[-1] + 3)
    for index in range(frame.core, last):
        sentence = article.sentences[index]
        match = _SUBJECT_COUNTRY.match(sentence.text)
        if match is None or find_country(match.group(1)) in (None, country):
            continue
        found = lookup_actor(f"{match.group(1)} forces", country, date)
        if found is not None:
            start = sentence.start + match.start(1)
            return _pick(found, start, start + len(match.group(1)), 0.4)
    return None


_RESPONSE = ("repel", "responded", "routed", "intervened", "returned fire", "replied", "engaged",
             "foiled", "thwarted", "repulsed", "resist")


def _responder(article: Article, frame: Frame, actor1: ActorPick | None, country: str | None,
               date: str | None) -> ActorPick | None:
    """Who fought back: "Volunteer fighters (VDP) repelled the attack", "soldiers intervened"."""
    for cue in frame.cues:
        if cue.name in ("clash", "intervention") and cue.text.lower().startswith(_RESPONSE):
            agent, _ = _roles(article, cue)
            if agent is not None and agent.kind in ("state", "armed"):
                found = resolve_phrase(article, agent, country, date)
                if found is not None and (actor1 is None or found.name != actor1.name):
                    return found
    return None


def _riot(article: Article, frame: Frame, sides: Sides, agent: Phrase | None, patient: Phrase | None,
          country: str | None, date: str | None) -> Sides:
    rioters = _named("rioters", country, date)
    if agent is not None:
        rioters.start, rioters.end, rioters.confidence = agent.head_start, agent.head_end, 0.7
    other = _intervening(article, frame, country, date) or sides.actor2
    if patient is not None and patient.kind == "civilians" or other is None and frame.trigger.name in (
            "mob", "attack", "kill", "beat", "destroy"):
        other = _named("civilians", country, date, patient.head_start if patient else None,
                       patient.head_end if patient else None)
    assoc = sides.actor1 if sides.actor1 and sides.actor1.inter not in (5, 6, 7, None) else None
    return Sides(rioters, other, assoc, None)


def _against_civilians(sides: Sides, country: str | None, date: str | None) -> Sides:
    actor1 = sides.actor1
    if actor1 is None or actor1.inter in (5, 6, 7):
        actor1 = _named("unidentified_armed_group", country, date)
    victims = _named("civilians", country, date)
    assoc = None
    if sides.actor2 is not None:
        victims.start, victims.end = sides.actor2.start, sides.actor2.end
        if sides.actor2.inter == 7 and not sides.actor2.name.startswith("Civilians"):
            assoc = sides.actor2
    return Sides(actor1, victims, None, assoc)


def _armed(sides: Sides, agent: Phrase | None, sub: str, country: str | None, date: str | None) -> Sides:
    actor1, actor2 = sides.actor1, sides.actor2
    if actor1 is None and sub == "Air/drone strike":  # air forces are a state's
        actor1 = _named("military", country, date)
    if actor1 is None and sub in ("Armed clash", "Attack", "Remote explosive/landmine/IED", "Grenade",
                                  "Looting/property destruction"):
        actor1 = _named("unidentified_armed_group", country, date)
    if actor2 is not None and actor1 is not None and actor2.name == actor1.name and sub != "Armed clash":
        actor2 = None
    if sub == "Looting/property destruction" and actor2 is None:
        actor2 = _named("civilians", country, date)
    return Sides(actor1, actor2, None, None)

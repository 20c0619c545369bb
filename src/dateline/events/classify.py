"""Coding an event frame into ACLED's sub-event types with an ordered list of rules.

The rules follow the codebook's own precedence: a coup, a chemical or suicide attack, weapons
seized or defused, mob justice, a demonstration (and what came of it), the means of a remote
attack, sexual violence, a change of territory, then violence (a clash between armed groups, an
attack on civilians, an abduction), property, arrests, agreements and changes to a group. The
first rule that holds codes the event; its name and the cue it fired on are kept as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import Article
from .detect import Frame
from .lexicon import Cue
from .roles import CROWD, MILITIA_HEADS, Phrase, agent_and_patient

FAMILIES: dict[str, str] = {
    "protest": "demonstration", "riot": "demonstration", "mob": "mob",
    "airstrike": "explosion", "shelling": "explosion", "ied": "explosion", "grenade": "explosion",
    "suicide": "explosion", "chemical": "explosion",
    "attack": "violence", "kill": "violence", "clash": "violence", "beat": "violence",
    "sexual": "violence", "abduct": "violence", "wound": "violence",
    "loot": "property", "destroy": "property", "arrest": "arrest", "agreement": "agreement",
    "hq": "hq", "takeover": "territory", "regain": "territory", "coup": "coup",
    "followed_suit": "coup", "withdraw": "change", "restriction": "change", "defuse": "disrupt",
}
EXPLOSION_TYPES = {"airstrike": "Air/drone strike", "shelling": "Shelling/artillery/missile attack",
                   "grenade": "Grenade", "ied": "Remote explosive/landmine/IED"}
ARMED_KINDS = ("state", "armed")
UNARMED_GROUPS = ("civilians", "rioters", "protesters")


@dataclass
class Coding:
    """A sub-event type with the rule and the cue that decided it."""

    sub_event_type: str
    rule: str
    cue: Cue | None
    confidence: float


@dataclass
class _Context:
    article: Article
    frame: Frame
    core: list[Cue]

    def first(self, *names: str, core: bool = True) -> Cue | None:
        pool = self.core if core else self.frame.cues
        return next((c for c in pool if c.name in names), None)

    def family(self) -> str | None:
        """The family of the first decisive cue (not a motive: "accused of stealing"); harm to
        people outranks property and arrests."""
        cues = [c for c in self.core if c.name in FAMILIES and not _is_motive(self.article, c)]
        cue = cues[0] if cues else None
        family = FAMILIES[cue.name] if cue else None
        if family in ("property", "arrest", "agreement", "change") and any(
                c.name in ("attack", "kill", "clash", "sexual", "abduct", "wound", "beat") for c in cues):
            return "violence"
        return family

    def roles(self, cue: Cue) -> tuple[Phrase | None, Phrase | None]:
        index = self.article.sentence_at(cue.start)
        if index is None:
            return None, None
        sentence = self.article.sentences[index]
        return agent_and_patient(sentence.text, sentence.start, cue.start, cue.end)


Rule = Callable[[_Context], Coding | None]


def _tag(ctx: _Context) -> Coding | None:
    tag = ctx.frame.tag
    if tag is None:
        return None
    cue = Cue("tag", tag[1], tag[2], ctx.article.text[tag[1]:tag[2]])
    return Coding(tag[0], "note tag", cue, 0.95)


def _copy(ctx: _Context) -> Coding | None:
    if ctx.frame.copy_of is None:
        return None
    coding = classify(ctx.article, ctx.frame.copy_of)
    return Coding(coding.sub_event_type, "followed suit", ctx.frame.trigger, 0.7)


def _simple(name: str, sub_event_type: str, confidence: float, core: bool = True) -> Rule:
    def rule(ctx: _Context) -> Coding | None:
        cue = ctx.first(name, core=core)
        return Coding(sub_event_type, name, cue, confidence) if cue else None
    rule.__name__ = f"_{name}"
    return rule


def _suicide(ctx: _Context) -> Coding | None:
    cue = ctx.first("suicide")
    if cue and any(w in cue.text.lower() for w in ("bomb", "attack", "vest", "vehicle", "car", "blew",
                                                     "detonat", "svbied", "kamikaze")):
        return Coding("Suicide bomb", "suicide", cue, 0.9)
    return None


def _mob(ctx: _Context) -> Coding | None:
    cue = ctx.first("mob", core=False)
    return Coding("Mob violence", "mob", cue, 0.85) if cue else None


def _demonstration(ctx: _Context) -> Coding | None:
    if ctx.family() != "demonstration":
        return None
    riot = ctx.first("riot", core=False) or _demonstrator_violence(ctx)
    if riot and riot.text.lower().startswith("rioter") and not ctx.first("protest", core=False):
        return Coding("Mob violence", "rioters", riot, 0.6)
    if riot:
        return Coding("Violent demonstration", "violent demonstrators", riot, 0.8)
    force = ctx.first("lethal_force", core=False) or _killed_protesters(ctx)
    if force:
        return Coding("Excessive force against protesters", "lethal force", force, 0.75)
    intervention = _intervention(ctx)
    if intervention:
        return Coding("Protest with intervention", "intervention", intervention, 0.8)
    return Coding("Peaceful protest", "demonstration", ctx.first("protest", "riot"), 0.85)


_MOTIVE_BEFORE = re.compile(r"(?:\b(?:for|of|over|against|after)\s+"
                            r"(?:allegedly\s+|the\s+|his\s+|her\s+|their\s+)?|"
                            r"\baccused of\s+|\bsuspected of\s+|\ballegedly\s+)$", re.I)


def _is_motive(article: Article, cue: Cue) -> bool:
    """ "for allegedly stealing", "over the killing of": why, not what happened."""
    return bool(_MOTIVE_BEFORE.search(article.text[max(0, cue.start - 30):cue.start]))


_INSTRUMENTS = ("tear", "water", "rubber", "warning", "baton")
_MOTIVE = re.compile(r"(?:release of|over the|against the|protest(?:ing)?(?: over| against)?(?: the)?|"
                     r"demand(?:ing|ed)?(?: the)?|denounc\w*(?: the)?|condemn\w*(?: the)?)\s*$", re.I)


def _intervention(ctx: _Context) -> Cue | None:
    """Someone else stepped in: police dispersed the crowd, fired tear gas, made arrests."""
    for cue in ctx.frame.cues:
        if cue.name != "intervention":
            continue
        if _MOTIVE.search(ctx.article.text[max(0, cue.start - 40):cue.start]):
            continue
        agent, patient = ctx.roles(cue)
        if cue.text.lower().startswith(_INSTRUMENTS) or (agent and agent.kind in ARMED_KINDS):
            return cue
        if agent is None and patient is not None and patient.kind in ("protesters", "civilians"):
            return cue
    return None


def _demonstrator_violence(ctx: _Context) -> Cue | None:
    for cue in ctx.frame.cues:
        if cue.name == "demonstrator_violence" and not _is_motive(ctx.article, cue):
            agent, _ = ctx.roles(cue)
            if agent is None or agent.kind not in ARMED_KINDS:
                return cue
    return None


def _killed_protesters(ctx: _Context) -> Cue | None:
    for cue in ctx.frame.cues:
        if cue.name in ("kill", "attack"):
            agent, patient = ctx.roles(cue)
            if agent and agent.kind == "state" and patient and patient.kind in ("protesters", "civilians"):
                return cue
    return None


_GROUND = re.compile(r"\b(?:ambush\w*|gunfire|ground (?:troops|operations?|forces|offensives?)|"
                     r"automatic weapons|repel\w*|clash\w*|exchange of fire)\b", re.I)


def _explosion(ctx: _Context) -> Coding | None:
    """The means of a remote attack, unless it supported fighting on the ground (a battle)."""
    cue = next((c for c in ctx.core if c.name in EXPLOSION_TYPES), None)
    if cue is None or ctx.family() in ("arrest", "agreement"):
        return None
    sentence = ctx.article.sentences[ctx.frame.core]
    if _GROUND.search(sentence.text):
        return None
    return Coding(EXPLOSION_TYPES[cue.name], cue.name, cue, 0.85)


def _sexual(ctx: _Context) -> Coding | None:
    cue = ctx.first("sexual", core=False)
    return Coding("Sexual violence", "sexual", cue, 0.8) if cue and ctx.family() == "violence" else None


def _territory(ctx: _Context) -> Coding | None:
    regain = ctx.first("regain", core=False)
    if regain:
        agent, _ = ctx.roles(regain)
        if agent is None or agent.kind == "state":
            return Coding("Government regains territory", "regain", regain, 0.7)
    taken = ctx.first("takeover", "took_control", core=False)
    if taken is None:
        return None
    violent = ctx.first("attack", "clash", "kill", core=False) and not ctx.first("no_violence", core=False)
    if violent:
        return Coding("Non-state actor overtakes territory", "took control", taken, 0.7)
    return Coding("Non-violent transfer of territory", "took control", taken, 0.65)


def _violence(ctx: _Context) -> Coding | None:
    if ctx.family() != "violence":
        return None
    cue = next(c for c in ctx.core if FAMILIES.get(c.name) == "violence")
    agent, patient = ctx.roles(cue)
    armed_fight = bool(_WEAPONS.search(ctx.article.sentences[ctx.frame.core].text))
    if (_is_crowd(agent) and not armed_fight) or _brawl(ctx, cue, agent):
        return Coding("Mob violence", "violent crowd", cue, 0.6)
    clash_here = ctx.first("clash")
    if cue.name == "abduct" and not _killed(ctx) and not clash_here and not (
            patient and patient.kind in ARMED_KINDS):
        return Coding("Abduction/forced disappearance", "abduct", cue, 0.8)
    clash = ctx.first("clash", core=False) or _armed_intervention(ctx)
    if clash or (patient and patient.kind in ARMED_KINDS):
        return Coding("Armed clash", "armed sides", clash or cue, 0.75)
    if agent and agent.kind == "state" and _armed_target(ctx):
        return Coding("Armed clash", "armed sides", cue, 0.6)
    return Coding("Attack", "civilian target", cue, 0.75)


_FIST = re.compile(r"\bfist ?fights?\b|\bbrawl", re.I)
_ARMED_WORDS = re.compile(r"\b(?:militia\w*|armed|gunm[ae]n|militants?|soldiers?|troops|bandits|"
                          r"fighters|herdsmen|terrorists|insurgents|vigilantes?)\b", re.I)


_WEAPONS = re.compile(r"\b(?:gun ?fire|fire ?fights?|exchanged? (?:of )?(?:gun)?fire|firearms?|guns?|rifles?|"
                      r"machetes?|shot|shooting|bullets?|cutlass\w*)\b", re.I)


def _brawl(ctx: _Context, cue: Cue, agent: Phrase | None) -> bool:
    """A fist fight, or a fight between unarmed groups ("farmers and pastoralists fought"),
    without firearms or machetes."""
    sentence = ctx.article.sentences[ctx.frame.core].text
    if _FIST.search(sentence):
        return True
    if _WEAPONS.search(sentence) or agent is None or agent.kind not in UNARMED_GROUPS:
        return False
    return cue.name == "clash" and bool(CROWD.search(agent.text)) and not _ARMED_WORDS.search(agent.text)


def _is_crowd(agent: Phrase | None) -> bool:
    """Residents, youths or a mob acting together, not an armed or ethnic group."""
    if agent is None or agent.kind not in UNARMED_GROUPS or MILITIA_HEADS.search(agent.text):
        return False
    head = agent.text[agent.head_start - agent.start:agent.head_end - agent.start]
    first = CROWD.search(agent.text)
    return bool(CROWD.fullmatch(head)) or agent.kind == "rioters" or (
        first is not None and first.start() < agent.head_start - agent.start)


def _armed_intervention(ctx: _Context) -> Cue | None:
    """ "Soldiers and volunteer fighters intervened": the attack became a fight."""
    for cue in ctx.frame.cues:
        if cue.name == "intervention" and cue.text.lower() == "intervened":
            agent, _ = ctx.roles(cue)
            if agent and agent.kind in ARMED_KINDS:
                return cue
    return None


def _killed(ctx: _Context) -> bool:
    """The abductors also killed someone (then ACLED codes the attack)."""
    for cue in ctx.frame.cues:
        if cue.name == "kill" and cue.text.lower() in ("killed", "killing", "murdered", "beheaded"):
            return True
    return False


def _armed_target(ctx: _Context) -> bool:
    for cue in ctx.frame.cues:
        if FAMILIES.get(cue.name) == "violence":
            _, patient = ctx.roles(cue)
            if patient and patient.kind == "armed":
                return True
    return False


def _property(ctx: _Context) -> Coding | None:
    if ctx.family() != "property":
        return None
    cue = ctx.first("loot", "destroy")
    return Coding("Looting/property destruction", "property", cue, 0.75)


def _arrest(ctx: _Context) -> Coding | None:
    """Arrests are made by state forces (or an armed group holding people); a crowd seizing a
    suspect is mob violence."""
    cue = ctx.first("arrest")
    if cue is None:
        return None
    agent, _ = ctx.roles(cue)
    if _is_crowd(agent):
        return Coding("Mob violence", "crowd seized someone", cue, 0.55)
    return Coding("Arrests", "arrest", cue, 0.7)


def _change(ctx: _Context) -> Coding | None:
    cue = ctx.first("withdraw", "restriction", "measures", core=False)
    return Coding("Change to group/activity", "change", cue, 0.55) if cue else None


def _fallback(ctx: _Context) -> Coding | None:
    violent = ctx.first("attack", "kill", "clash", "beat", core=False)
    if violent:
        return Coding("Attack", "violence (fallback)", violent, 0.4)
    return Coding("Other", "other", ctx.first("other", core=False) or ctx.frame.trigger, 0.3)


RULES: tuple[Rule, ...] = (
    _tag, _copy, _simple("coup", "Non-violent transfer of territory", 0.8),
    _simple("chemical", "Chemical weapon", 0.85), _suicide,
    _simple("defuse", "Disrupted weapons use", 0.8), _mob, _demonstration, _explosion, _sexual,
    _territory, _violence, _property, _arrest,
    _simple("agreement", "Agreement", 0.6), _simple("hq", "Headquarters or base established", 0.6),
    _change, _fallback,
)


def classify(article: Article, frame: Frame, use_tags: bool = True) -> Coding:
    """The sub-event type of ``frame``, decided by the first rule of :data:`RULES` that holds."""
    core = frame.cues_in(frame.core, article)
    ctx = _Context(article, frame, core)
    for rule in RULES:
        if rule is _tag and not use_tags:
            continue
        coding = rule(ctx)
        if coding is not None:
            return coding
    raise AssertionError("the fallback rule always codes")  # pragma: no cover

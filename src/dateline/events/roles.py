"""Who acted and who was acted upon: the agent and patient phrases of an event's trigger.

The agent is read from the words before the trigger (its subject, or the ``by`` phrase of a
passive), the patient from the words after it (its object, or the subject of a passive). Each
phrase is classed by its head words: state forces, armed non-state groups, civilians, protesters,
rioters. The word lists are ours, written from the vocabulary of conflict reporting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _items(text: str) -> list[str]:
    """Items of a word list separated by " | " (an item may hold spaces and inner "|")."""
    items = (re.sub(r"\|\s+", "|", " ".join(item.split())) for item in re.split(r"\s\|\s", text))
    return [item for item in items if item]


STATE_WORDS = _items(r"""soldiers? | troops? | army | armies | military | militaries | gendarmes? |
    gendarmerie | police | policem[ae]n | policewom[ae]n |
    (?:police|military|army|security|customs|immigration|naval|prison) officers? |
    (?:security|defen[cs]e|armed|government|joint|regular|national|special|allied|French|foreign)
    (?:forces?|operatives|personnel|agents|services) | forces | air ?force | airmen | navy |
    naval | marines? | peacekeepers? | blue helmets | commandos? | paratroopers? | battalions? |
    brigades? | detachments? | garrisons? | patrols? | military convoys? | escorts? |
    customs(?: officers| officials| agents)? | (?:forest|park|water) guards? | operatives |
    DSS | SARS | FAMa | FDS | MINUSMA | Barkhane | Takuba | Sabre | MNJTF | NSCDC | JTF |
    Amotekun | Ebube ?Agu | Civil Defen[cs]e | CJTF | Civilian JTF | Hisbah |
    army (?:base|camp|post|position)s? |
    military (?:base|camp|post|position|checkpoint)s? | police (?:station|post|checkpoint)s?""")
ARMED_WORDS = _items(r"""militants? | jihadists? | insurgents? | terrorists? | fighters? |
    militia(?:s|men|man)? | gunm[ae]n | armed (?:m[ae]n|individuals?|persons?|groups?|bandits|
    herders|herdsmen|youths?|assailants|attackers) | assailants? | attackers? | bandits? |
    rebels? | kidnappers? | abductors? | robbers? | pirates? | cultists? | vigilantes? | VDPs? |
    volunteers? | dozos? | donsos? | hunters? | koglweogos? | self-defen[cs]e(?: group| militia)?s? |
    mercenar(?:y|ies) | warriors? | combatants? | gangs? | gangsters? | smugglers? | traffickers? |
    extremists? | Islamists? | mujahideen | ISWAP | ISGS | JNIM | JAS | Boko ?Haram | Ansaroul |
    Ansar | Katiba | IPOB | ESN | MFDC | Wagner | Dan ?Na ?Ambassagou | Dana ?Ambassagou |
    militant positions? | unknown (?:individuals?|persons?|people|m[ae]n|assailants) |
    unidentified (?:individuals?|persons?|people|m[ae]n|assailants|group) |
    (?:militant|insurgent|terrorist|jihadist) (?:camp|base|hideout)s?""")
CIVILIAN_WORDS = _items(r"""civilians? | villagers? | residents? | inhabitants? | locals? | people |
    persons? | (?:wo)?m[ae]n | child(?:ren)? | boys? | girls? | babies | infants? | farmers? |
    herders? | herdsm[ae]n | pastoralists? | shepherds? | traders? | merchants? | shopkeepers? |
    vendors? | worshipp?ers? | congregants? | passengers? | travell?ers? | motorists? | drivers? |
    students? | pupils? | teachers? | chiefs? | (?:village|district|community) heads? |
    councill?ors? | councilm[ae]n | famil(?:y|ies) | communit(?:y|ies) | villages? |
    settlements? | hamlets? | households? | markets? | marketgoers? | mosques? | church(?:es)? |
    schools? | imams? | pastors? | priests? | nurses? | doctors? | health workers? | aid workers? |
    humanitarian workers? | journalists? | miners? | workers? | employees? | displaced | IDPs? |
    refugees? | elders? | monarchs? | rulers? | officials? | politicians? | lawmakers? |
    candidates? | MPs? | couples? | wives? | husbands? | sons? | daughters? | victims? |
    bus(?:es)? | youths? | camps? | hospitals? | cameram[ae]n | towns? | homes? | houses? |
    individuals? | suspects? | a (?:man|woman|boy|girl|person|civilian) | Fulani | Dogon |
    Mossi | Tuareg | Bambara | Songhai""")
PROTESTER_WORDS = _items(r"protesters? | demonstrators? | marchers? | strikers? | picketers? | activists?")
RIOTER_WORDS = _items(r"rioters? | mobs? | crowds?")

_CLASSES = (("state", STATE_WORDS), ("armed", ARMED_WORDS), ("protesters", PROTESTER_WORDS),
            ("rioters", RIOTER_WORDS), ("civilians", CIVILIAN_WORDS))


def _pattern(words: list[str]) -> re.Pattern[str]:
    body = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


PATTERNS = {name: _pattern(words) for name, words in _CLASSES}
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|got|get)\s+(?:\w+ly\s+)?(?:\w+\s+and\s+)?$",
                            re.I)
_CLAUSE_START = re.compile(r"^(?:[\w/ -]{2,40}:\s*)?(?:(?:On|Around|Between|In|By|Overnight|Early|Late|"
                           r"Since|During|From|Last|This|Earlier|Later)\b[^,]{0,60},\s*)?", re.I)


#: Heads of unarmed groups that, when they act violently, make a crowd (ACLED's rioters).
CROWD = re.compile(r"(?<![\w-])(?:residents?|youths?|villagers?|people|persons|students?|supporters?|"
                   r"drivers?|traders?|workers?|locals?|inhabitants?|members|crowds?|mobs?|rioters?|"
                   r"okada riders|riders|market women|women|men|prisoners|inmates|fans|"
                   r"community members|farmers)(?![\w-])", re.I)
#: Heads of groups that, when they act violently, are an ethnic or communal militia.
MILITIA_HEADS = re.compile(r"(?<![\w-])(?:pastoralists?|herders?|herdsm[ae]n|Fulani|Dogon|Bambara|"
                           r"Tuareg|Peulh?|hunters?|dozos?|donsos?|Mossi|Songhai|Arabs?)(?![\w-])", re.I)


@dataclass(frozen=True)
class Phrase:
    """An actor phrase: its span, its class ("state", "armed", "civilians" ...), its head span."""

    start: int
    end: int
    text: str
    kind: str
    head_start: int
    head_end: int


def classify(text: str, offset: int = 0, last: bool = False) -> Phrase | None:
    """The class of a phrase by the first (or ``last``) head word found in it."""
    hits = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            hits.append((match.start(), -match.end(), kind, match))
    if not hits:
        return None
    hits.sort()
    hits = [h for h in hits if not any(o is not h and o[0] <= h[0] and -o[1] >= -h[1] and
                                           (o[0], o[1]) != (h[0], h[1]) for o in hits)]
    _, _, kind, match = hits[-1] if last else hits[0]
    return Phrase(offset, offset + len(text), text, kind, offset + match.start(), offset + match.end())


OFF_DUTY = re.compile(r"\b(?:off-duty|retired|former|ex-|demobili[sz]ed|unarmed)\b", re.I)


def is_passive(sentence: str, trigger_start: int) -> bool:
    """``trigger_start`` is relative to ``sentence``: "were killed", "was reportedly abducted"."""
    return bool(PASSIVE_BEFORE.search(sentence[:trigger_start]))


def agent_and_patient(sentence: str, start: int, trigger_start: int, trigger_end: int
                      ) -> tuple[Phrase | None, Phrase | None]:
    """The agent and patient of the trigger at ``trigger_start:trigger_end`` (article offsets)
    in the sentence that starts at ``start``."""
    rel_start, rel_end = trigger_start - start, trigger_end - start
    before = _subject_text(sentence[:rel_start])
    after = _object_text(sentence[rel_end:])
    before_phrase = classify(before[1], start + before[0], last=True) if before[1] else None
    after_phrase = classify(after, trigger_end) if after else None
    if after_phrase and OFF_DUTY.search(after[:after_phrase.head_start - trigger_end]):
        after_phrase = Phrase(after_phrase.start, after_phrase.end, after_phrase.text, "civilians",
                              after_phrase.head_start, after_phrase.head_end)
    if is_passive(sentence, rel_start):
        by = re.search(r"\bby\s+(.{3,80}?)(?=[,.;]|\s+(?:in|at|near|on|along|while|who|during)\b|$)",
                       sentence[rel_end:])
        agent = classify(by.group(1), trigger_end + by.start(1)) if by else None
        return agent, before_phrase
    return before_phrase, after_phrase


def _subject_text(text: str) -> tuple[int, str]:
    """The words of the clause before a trigger, without its date lead ("On 1 October 2021, ")."""
    cut = max(text.rfind(";"), text.rfind(". "))
    start = cut + 1 if cut >= 0 else 0
    lead = _CLAUSE_START.match(text[start:])
    if lead:
        start += lead.end()
    return start, text[start:]


def _object_text(text: str) -> str:
    """The words after a trigger, up to the end of its clause (at most ~12 words)."""
    match = re.match(r"[^.;]{0,100}?(?=[.;]|,\s+(?:and|killing|injuring|wounding|who|which)\b|$)", text)
    return match.group() if match else text[:100]

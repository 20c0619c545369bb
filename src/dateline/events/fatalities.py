"""Fatality counts: "seven people were killed", "killing at least 12", "dozens died".

Each killing word is read with its victims: the object of an active verb ("killed two soldiers",
"the death of 31 soldiers and two herders", "killed a trader, his wife and son") or the subject of
a passive or intransitive one ("five gunmen and two gendarmes were killed", "24 dead"). Each
conjunct of the victims is a count ("at least 12", "dozens", estimated) or one person ("a teacher",
"the driver", "him"). Counts are summed over the event's sentences; sub-counts ("including 3
women") and hedged clauses ("may have been killed") are skipped, and a count given as an
alternative ("other sources report 16") does not add to a count already found. A coder's explicit
figure ("fatalities coded as 22", "37 fatalities split across 14 events") wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .numbers import Count, find_counts

_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")

ACTIVE_KILL = frozenset("""killed killing kill kills murdered murdering massacred massacring
    slaughtered slaughtering beheaded beheading executed executing slew lynched lynching
    assassinated assassinating neutralized neutralised neutralizing decapitated shooting""".split())
OF_KILL = frozenset("death deaths killing killings murder murders massacre bodies corpses".split())
INTRANSITIVE = frozenset("died dead perished succumbed fatalities deaths bodies corpses slain".split())
PASSIVE = frozenset("was were been being be is are got getting get gets".split())
#: Outcomes that are not killing: they end the victims of a killing word.
OTHER_OUTCOMES = frozenset("""wounded wounding injured injuring abducted abducting kidnapped
    arrested arresting detained rescued released freed seized stole looted burned burnt destroyed
    captured raped assaulted beat flogged took left fled escaped""".split())
#: Words before a killing word that make it a motive or a past event, not this event's toll.
MOTIVE = frozenset("""over against for reprisal retaliation following after denounce denounced
    condemn condemned protest protesting mourn demanded justice anniversary accused allegedly
    avenge revenge since""".split())
ADVERBS = frozenset("""reportedly also all allegedly later subsequently eventually reported said
    believed confirmed both instantly immediately then nearly almost presumably""".split())
STOP = frozenset("""in at near on along between during with by over after before while as who which
    that when where from for following amid since into inside around within across outside under
    against to because behind through toward towards""".split())
DETERMINERS = frozenset("a an the one his her their its another this that each every".split())
SUBSET = ("including", "among them", "among whom", "of whom", "of which", "out of", "among the dead",
          "amongst them", "among those", "mostly", "most of them", "majority")
HEDGES = re.compile(r"\b(?:may have|might have|could have|possibly|unconfirmed|feared|not confirmed|"
                    r"without confirming|threatened to)\b", re.I)
ALTERNATIVE = re.compile(r"\b(?:other (?:sources|reports)|another source|claim(?:s|ed)?|according to|"
                         r"put the (?:death )?toll|reportedly|indigenes|residents said|sources said)\b",
                         re.I)
NOT_PEOPLE = frozenset("""km kilometres kilometers kilometre metres meters miles percent % hours days
    weeks months years year-old times naira cfa francs dollars usd euros million billion vehicles
    vehicle motorcycles motorcycle houses homes cattle cows sheep goats livestock animals trucks cars
    shops rifles weapons guns rounds minutes villages communities kg tonnes tons bags""".split())
PERSONS = frozenset("""person people man men woman women child children boy boys girl girls civilian
    civilians soldier soldiers policeman policemen officer officers militant militants resident
    residents villager villagers farmer farmers herder herders teacher teachers student students
    trader traders worshipper worshippers member members chief chiefs pastor imam priest driver
    drivers passenger passengers fighter fighters gendarme gendarmes volunteer volunteers vdp
    peacekeeper peacekeepers militiaman militiamen insurgent insurgents jihadist jihadists youth
    youths individual individuals head leader leaders ruler wife husband son sons daughter
    daughters brother brothers father mother family relative relatives commander commanders
    suspect suspects victim victims local locals guard guards councilman councillor councilor
    official officials worker workers miner miners herdsman herdsmen hunter hunters vigilante
    vigilantes robber robbers bandit bandits gunman gunmen assailant assailants attacker attackers
    terrorist terrorists rebel rebels monk nun nurse doctor journalist motorist motorists merchant
    merchants customer elder elders infant baby babies pupil pupils couple lady ladies trooper
    troopers staff informant friend friends neighbour neighbor occupants occupant shopkeeper
    servant agent agents abductee abductees hostage hostages thief thieves donso dozo dozos
    pastoralist pastoralists marabout cleric mayor councilor shepherd herdsboy prisoner prisoners
    detainee detainees colleague associate associates deputy secretary nephew uncle cousin""".split())
OVERRIDE_TOTAL = re.compile(r"(?<!unknown )(?<!militant )\bfatalities (?:were )?coded as (\d+)|"
                            r"\b(\d+) total fatalities", re.I)
CODED_AS = re.compile(r"\bcoded as (\d+)\b", re.I)
SPLIT = re.compile(r"(?:(\d+) )?fatalities (?:are |were )?(?:coded as (\d+) and )?split "
                   r"(?:across|between|among) (\w+) events", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}
NO_DEATHS = re.compile(r"\bno (?:casualties|fatalities|deaths?|one (?:was )?killed)\b|\bcasualties "
                       r"(?:unknown|not (?:known|reported))\b|\bwithout casualties\b", re.I)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-\s*\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{4}})?|"
                   rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\b(?:19|20)\d{{2}}\b|"
                   r"\b\d{1,2}[:.]\d{2}\b|\b\d+\s*(?:am|pm)\b", re.I)


@dataclass
class Fatalities:
    """A fatality count with the spans it was read from."""

    count: int | None = None
    estimate: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    rule: str = ""


@dataclass
class _Token:
    text: str
    start: int
    end: int
    count: Count | None = None

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Victims:
    value: int
    estimate: bool
    start: int
    end: int
    alternative: bool = False
    head: str = ""
    coded: bool = False
    definite: bool = False


def _tokens(text: str, offset: int) -> list[_Token]:
    """Tokens, with each count merged into one token ("at least twenty-five")."""
    counts = {c.start - offset: c for c in find_counts(text, offset)}
    tokens: list[_Token] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        if match.start() < pos:
            continue
        count = counts.get(match.start())
        if count is not None:
            tokens.append(_Token(count.text, count.start, count.end, count))
            pos = count.end - offset
        else:
            tokens.append(_Token(match.group(), match.start() + offset, match.end() + offset))
    return tokens


def _conjunct_value(conjunct: list[_Token]) -> tuple[int, bool, str] | None:
    """A conjunct of victims -> (number, estimate, head noun), or None if it names no count."""
    words = [t.low for t in conjunct]
    head = next((w for w in reversed(words) if w in PERSONS or w.rstrip("s") in PERSONS), "")
    for tok in conjunct:
        if tok.count is None:
            continue
        nxt = words[conjunct.index(tok) + 1:conjunct.index(tok) + 2]
        if nxt and nxt[0] in NOT_PEOPLE:
            return None
        if tok.count.article and not head:
            head = _singular_noun(words[conjunct.index(tok) + 1:])
            if not head:
                return None
        return tok.count.value, tok.count.estimate, head
    if words and words[0] in ("him", "her", "he", "she"):
        return 1, False, "person"
    if words and words[0] in DETERMINERS and head and not head.endswith("s") and head not in (
            "people", "men", "women", "children", "police", "staff", "youth"):
        return 1, False, ("the " if words[0] == "the" else "") + head
    return None


def _singular_noun(words: list[str]) -> str:
    """The noun after "a"/"an" when it is a singular word that is not a thing we know of."""
    nouns = [w for w in words if w.isalpha()]
    if not nouns or nouns[-1] in NOT_PEOPLE or nouns[-1].endswith("s"):
        return ""
    return nouns[-1]


def _split_conjuncts(tokens: list[_Token]) -> list[list[_Token]]:
    parts: list[list[_Token]] = [[]]
    for tok in tokens:
        if tok.low in (",", "and", "&"):
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


def _object(tokens: list[_Token], i: int) -> list[_Token]:
    """The noun phrase after token ``i`` up to a preposition, verb or clause break."""
    out: list[_Token] = []
    depth = 0
    for tok in tokens[i + 1:i + 20]:
        depth += (tok.text == "(") - (tok.text == ")")
        if depth > 0 or tok.text == ")":
            continue
        if not out and tok.low in ("and", ","):
            break
        if tok.low in STOP or tok.text in ".;:[]" or tok.low in ACTIVE_KILL or tok.low in PASSIVE:
            break
        if tok.low in ("including", "among") or tok.low in OTHER_OUTCOMES:
            break
        out.append(tok)
    return out


def _subject(tokens: list[_Token], i: int) -> list[_Token]:
    """The noun phrase before token ``i`` (skipping "were", "reportedly"), back to a break."""
    j = _skip_verb_group(tokens, i - 1)
    out: list[_Token] = []
    depth = 0
    while j >= 0 and len(out) < 16:
        tok = tokens[j]
        depth += (tok.text == ")") - (tok.text == "(")
        if depth > 0 or tok.text == "(":
            j -= 1
            continue
        if tok.text in ".;:[]" or tok.low in STOP or tok.low in PASSIVE:
            break
        if tok.text == "," and not _list_continues(tokens, j):
            break
        out.insert(0, tok)
        j -= 1
    return out


def _skip_verb_group(tokens: list[_Token], j: int) -> int:
    """Back over "were reportedly", "was shot and", "have been" to the subject's last word."""
    while j >= 0:
        low = tokens[j].low
        if low in PASSIVE or low in ADVERBS or low in ("and", "have", "has", "had", "shot", "later"):
            j -= 1
        elif low.endswith("ed") and j > 0 and tokens[j - 1].low in PASSIVE:
            j -= 1
        else:
            return j
    return j


def _list_continues(tokens: list[_Token], j: int) -> bool:
    """A comma inside a list of victims: "One VDP, one civilian, and four militants"."""
    before = tokens[max(0, j - 4):j]
    return any(t.count is not None for t in before) and not any(t.text in ",.;:)" for t in before)


def _victims(tokens: list[_Token], phrase: list[_Token], alternative: bool) -> list[_Victims]:
    found = []
    for conjunct in _split_conjuncts(phrase):
        value = _conjunct_value(conjunct)
        if value is not None:
            found.append(_Victims(value[0], value[1], conjunct[0].start, conjunct[-1].end,
                                  alternative, value[2], definite=value[2].startswith("the ")))
    return found


def _is_passive(tokens: list[_Token], i: int) -> bool:
    window = [t.low for t in tokens[max(0, i - 3):i]]
    return any(w in PASSIVE for w in window)


def _kill_mentions(tokens: list[_Token], alternative: bool) -> list[_Victims]:
    """Victims of every killing word in a clause."""
    found: list[_Victims] = []
    for i, tok in enumerate(tokens):
        low = tok.low
        if low not in _KILL_HEADS or _is_motive(tokens, i):
            continue
        if low == "dead" and i + 1 < len(tokens) and tokens[i + 1].low in PERSONS:
            found += _victims(tokens, tokens[max(0, i - 2):i] + tokens[i + 1:i + 2], alternative)
        elif low in OF_KILL and i + 1 < len(tokens) and tokens[i + 1].low == "of":
            found += _victims(tokens, _object(tokens, i + 1), alternative)
        elif low in ACTIVE_KILL and not _is_passive(tokens, i):
            found += _active(tokens, i, alternative)
        elif low in ACTIVE_KILL or low in INTRANSITIVE or _lost_lives(tokens, i):
            found += _victims(tokens, _subject(tokens, i), alternative)
        elif low == "toll":
            found += _victims(tokens, _object(tokens, i + 2), alternative)
        elif low == "to" and i + 1 < len(tokens) and tokens[i + 1].low == "death":
            found += _to_death(tokens, i, alternative)
    return found


#: The words one of the branches of :func:`_kill_mentions` starts at; other tokens are skipped.
_KILL_HEADS = frozenset({"dead", "toll", "to", "lost"}) | OF_KILL | ACTIVE_KILL | INTRANSITIVE


#: Words of which a clause must hold one for :func:`_kill_mentions` to find anything ("to" only
#: counts before "death").
_KILL_WORDS = tuple(sorted(_KILL_HEADS - {"to"} | {"death"}))


def _may_kill(clause: str) -> bool:
    """Whether a token of the clause can start a killing (most clauses skip the tokenizer)."""
    lowered = clause.lower()
    return any(word in lowered for word in _KILL_WORDS)


def _is_motive(tokens: list[_Token], i: int) -> bool:
    """ "protested over the death of", "after he killed three persons": not this event's toll."""
    return any(t.low in MOTIVE for t in tokens[max(0, i - 4):i])


def _active(tokens: list[_Token], i: int, alternative: bool) -> list[_Victims]:
    victims = _victims(tokens, _object(tokens, i), alternative)
    if victims:
        return victims
    subject = _subject(tokens, i)  # "and four militants killed."
    if any(t.count is not None and not t.count.article for t in subject):
        return _victims(tokens, subject, alternative)
    return []


def _lost_lives(tokens: list[_Token], i: int) -> bool:
    words = [t.low for t in tokens[i:i + 3]]
    return len(words) == 3 and words[0] == "lost" and words[2] in ("lives", "life")


def _to_death(tokens: list[_Token], i: int, alternative: bool) -> list[_Victims]:
    """ "beat him to death", "tortured a man to death": the phrase before "to death"."""
    phrase: list[_Token] = []
    for tok in reversed(tokens[max(0, i - 5):i]):
        if tok.text in ",.;:" or tok.low in STOP:
            break
        if tok.low.endswith("ed") or tok.low in ("beat", "burnt", "burned", "shot", "stoned"):
            break
        phrase.insert(0, tok)
    return _victims(tokens, phrase, alternative)


def _clauses(text: str, offset: int) -> list[tuple[str, int]]:
    """Split a sentence at semicolons, colons and ' while '/' whereas '/' but '."""
    pieces, last = [], 0
    for match in re.finditer(r";|:\s|\bwhile\b|\bwhereas\b|\bbut\b", text):
        pieces.append((text[last:match.start()], offset + last))
        last = match.end()
    pieces.append((text[last:], offset + last))
    return [(t, o) for t, o in pieces if t.strip()]


def _masked(text: str) -> str:
    """Dates and quote marks blanked out, so "1 October 2021" is not read as a count."""
    text = re.sub(r"(?<!\w)['‘’\"“”]|['‘’\"“”](?!\w)", " ", text)
    return _DATE.sub(lambda m: " " * len(m.group()), text)


def _explicit(text: str, offset: int) -> Fatalities | None:
    """The coder's own figure: "N fatalities split across M events", "fatalities coded as N"."""
    split = SPLIT.search(text)
    if split and (split.group(1) or split.group(2)):
        value = int(split.group(1) or split.group(2)) // _parts(split.group(3))
        return Fatalities(value, False, [(split.start() + offset, split.end() + offset)], "split")
    total = OVERRIDE_TOTAL.search(text)
    if total:
        span = (total.start() + offset, total.end() + offset)
        return Fatalities(int(total.group(1) or total.group(2)), False, [span], "coded total")
    return None


def _parts(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL.get(word.lower(), 1)


def _split_among(text: str, spans: Sequence[tuple[int, int]], found: Fatalities) -> Fatalities:
    """ "Fatalities split across three events" with the total given elsewhere in the note."""
    for start, end in spans:
        split = SPLIT.search(text[start:end])
        if split and found.count:
            found.count //= _parts(split.group(3))
            found.rule = "split"
    return found


def _clause_victims(clause: str, offset: int) -> list[_Victims]:
    if HEDGES.search(clause):
        return []
    victims: list[_Victims] = []
    if _may_kill(clause):
        victims = _kill_mentions(_tokens(_masked(clause), offset), bool(ALTERNATIVE.search(clause)))
    coded = [_Victims(int(m.group(1)), False, m.start() + offset, m.end() + offset, coded=True)
             for m in CODED_AS.finditer(clause)]
    return victims + coded


def count_fatalities(text: str, spans: Sequence[tuple[int, int]]) -> Fatalities:
    """Fatalities reported in the sentences ``spans`` of ``text`` (the sentences of one event)."""
    for start, end in spans:
        explicit = _explicit(text[start:end], start)
        if explicit:
            return explicit
    found: list[_Victims] = []
    for start, end in spans:
        for clause, offset in _clauses(text[start:end], start):
            found += _clause_victims(clause, offset)
    result = _split_among(text, spans, _combine(found))
    if result.count is None and any(NO_DEATHS.search(text[s:e]) for s, e in spans):
        return Fatalities(0, False, [], "no casualties")
    return result


def _combine(found: list[_Victims]) -> Fatalities:
    if any(v.coded for v in found):  # "scores (coded as 20)", "unknown fatalities coded as 10"
        found = [v for v in found if not v.estimate]
    found = [v for i, v in enumerate(found) if not (v.definite and i > 0)]  # "the victim was killed"
    firm = [v for v in found if not v.alternative]
    chosen = _dedupe(firm or found[:1])
    if not chosen:
        return Fatalities()
    return Fatalities(sum(v.value for v in chosen), any(v.estimate for v in chosen),
                      [(v.start, v.end) for v in chosen], "victims")


def _dedupe(victims: list[_Victims]) -> list[_Victims]:
    """The same victims named twice ("killed 7 villagers ... the 7 villagers") count once."""
    seen: set[tuple[int, int, int, str]] = set()
    out = []
    for v in victims:
        key = (v.start, v.end, v.value, v.head)
        if key in seen:
            continue
        seen.add(key)
        out.append(v)
    return out

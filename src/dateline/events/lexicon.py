"""Trigger lexicons: the words and phrases that signal an event, its means, and its outcome.

Each cue is a name and a list of regular expressions (matched case-insensitively on word
boundaries). Cue names are what the classification rules in :mod:`dateline.events.classify`
reason about, so every coded sub-event type can be explained by the cues that fired. All lists
are written by hand from the vocabulary of conflict reporting and ACLED's codebook definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import grouped_union

_VEHICLE = r"(?:vehicles?|trucks?|cars?|buses|bus|tricycles?|motorbikes?|motorcycles?|ambulances?)"
_GOODS = (r"(?:cattle|livestock|cows?|sheep|goats?|camels?|donkeys?|animals|motorcycles?|motorbikes?|"
          r"vehicles?|trucks?|cars?|goods|food(?:stuffs?)?|money|cash|phones?|valuables|grains?|"
          r"property|properties|belongings|equipment|supplies|medicines?|fuel|merchandise|"
          r"provisions|items|crops|harvests?)")
_PROPERTY = (r"(?:houses?|homes?|huts?|shops?|stores?|stalls?|schools?|church(?:es)?|mosques?|"
             r"vehicles?|cars?|trucks?|motorcycles?|tricycles?|buildings?|offices?|propert(?:y|ies)|"
             r"granar(?:y|ies)|markets?|masts?|antennas?|stations?|bridges?|equipment|machines?|"
             r"farms?|farmlands?|crops|fields?|pumps?|facilit(?:y|ies)|warehouses?|residences?|"
             r"palace|secretariat|premises|compounds?|camps?|hospitals?|clinics?|dispensar(?:y|ies)|"
             r"town hall|city hall|prefecture|courthouse|plants?|infrastructure|tower)")
_DEVICE = r"(?:IEDs?|improvised explosive devices?|explosives?(?: devices?)?|bombs?|(?:land)?mines?|VBIEDs?)"

CUES: dict[str, tuple[str, ...]] = {
    # -- regime change ------------------------------------------------------------------------
    "coup": (r"coups?(?: d['’]?[ée]tat)?(?! (?:contagion|leaders?|plotters?|belt|makers?|era|regime|"
             r"government|junta|authorities|trap|proofing|-proofing|wave))", r"putsch(?:es)?",
             r"military takeovers?",
             r"military overthrows?", r"(?:seized|seize|seizing|took|take|taking) power",
             r"(?:toppled|topple|toppling|ousted|oust|ousting|overthrew|overthrown|overthrow|deposed|"
             r"depose)(?: \w+){0,2}? (?:president|leader|government|head of state|prime minister|regime)",
             r"mutinous uprisings?"),
    "followed_suit": (r"followed suit", r"did the same", r"(?:its|their) own coup"),
    "withdraw": (r"withdraw(?:al|als|s|ing|n)?", r"withdrew", r"pull(?:ed|ing|s)? out", r"pull-?out",
                 r"departure", r"drawdown", r"redeploy(?:ed|ment|ing)?"),
    # -- explosions / remote violence ---------------------------------------------------------
    "airstrike": (r"air ?strikes?", r"air-strikes?", r"air raids?", r"aerial (?:bombardments?|strikes?|"
                  r"attacks?|bombings?)", r"drone strikes?", r"drones?", r"warplanes?", r"fighter jets?",
                  r"(?:combat )?helicopters?", r"gunships?", r"air forces?", r"air component",
                  r"airborne", r"aircraft", r"air assets", r"air support", r"bombed from the air",
                  r"jets?"),
    "shelling": (r"shell(?:s|ed|ing)", r"mortars?", r"artillery", r"rockets?(?! ?-?propelled)",
                 r"missiles?", r"bombard(?:ed|ment|ments|ing)?", r"howitzers?", r"katyushas?"),
    "ied": (r"IEDs?", r"improvised explosive devices?", r"(?:land)?mines?(?! (?:workers?|sites?|fields? "
            r"of gold))", r"roadside bombs?", r"explosive devices?", r"car bombs?", r"explosives?",
            r"bombs? (?:exploded|went off|blast)", r"bomb blasts?", r"explosions?", r"blasts?",
            r"booby[- ]trap(?:s|ped)?", r"bombings?", r"detonated"),
    "grenade": (r"(?:hand[- ])?grenades?(?! launchers?)",),
    "suicide": (r"suicide(?: \w+)?", r"blew (?:himself|herself|themselves) up", r"self-detonat\w*",
                r"SVBIEDs?", r"kamikaze"),
    "chemical": (r"chemical (?:weapons?|attacks?|agents?|munitions?)", r"chlorine(?: gas)?", r"sarin",
                 r"mustard gas", r"nerve (?:agents?|gas)", r"poison(?:ous)? gas", r"toxic gas"),
    "defuse": (r"defus(?:ed|e|al|ing)", r"dismantl(?:ed|e|ing) (?:an? |the |two |\w+ ){0,2}" + _DEVICE,
               r"(?:discovered|found|uncovered|located|recovered|seized|neutrali[sz]ed|detected) "
               r"(?:\w+ ){0,3}" + _DEVICE, r"controlled (?:detonation|explosion)", r"bomb disposal",
               r"(?:weapons?|arms|ammunition) (?:caches?|depots?|seizures?)",
               r"(?:seized|recovered|confiscated|intercepted) (?:\w+ ){0,3}(?:weapons|arms|rifles|"
               r"ammunition|guns)", r"demin(?:ed|ing)", r"disarmed"),
    # -- violence ------------------------------------------------------------------------------
    "sexual": (r"rap(?:e|ed|es|ing|ist|ists)", r"gang-?rap\w*", r"sexual(?:ly)? \w+", r"defil(?:ed|ement)",
               r"molest(?:ed|ing|ation)?"),
    "abduct": (r"abduct(?:s|ed|ing|ion|ions|ors?|ees?)?", r"kidnap(?:s|ped|ping|pings|pers?)?",
               r"hostages?", r"(?:took|taken|take|taking) (?:\w+ ){0,3}(?:away|captive|hostage)",
               r"held captive", r"forcibly disappeared", r"enforced disappearances?",
               r"carried (?:\w+ ){0,2}off"),
    "attack": (r"attack(?:s|ed|ing)?", r"raid(?:s|ed|ing)?", r"ambush(?:es|ed|ing)?", r"stormed",
               r"invad(?:ed|ing)", r"opened fire",
               r"fired (?:shots |gunshots |bullets |rounds )?(?:at|on|upon|against|into)",
               r"fired (?:gun)?shots(?! in the air| into the air)",
               r"shot (?:at|and|dead|\w+ (?:dead|in))", r"shooting", r"assault(?:s|ed|ing)?",
               r"targeted", r"gunned down", r"struck", r"besieg(?:ed|ing)", r"laid siege",
               r"open fire", r"shot"),
    "kill": (r"kill(?:s|ed|ing|ings)?", r"murder(?:s|ed|ing)?", r"massacr(?:e|es|ed)", r"behead(?:ed|ing)?",
             r"decapitat(?:ed|ing)", r"slaughter(?:ed|ing)?", r"executed", r"execution", r"slain", r"slew",
             r"shot dead", r"hacked to death", r"burnt to death", r"burned to death",
             r"assassinat(?:ed|ion|e)", r"lynch(?:ed|ing)?", r"dead", r"death", r"deaths", r"died",
             r"bodies", r"corpses?", r"lost (?:their|his|her) lives?", r"casualt(?:y|ies)",
             r"fatalit(?:y|ies)", r"succumbed", r"neutrali[sz]ed", r"toll"),
    "clash": (r"clash(?:es|ed|ing)?", r"fought", r"fight(?:s|ing)?(?! against)", r"gun ?fights?",
              r"gun battles?",
              r"fire ?fights?", r"exchange[ds]? (?:of )?(?:gun)?fire", r"exchang(?:ed|ing) (?:gun)?fire",
              r"engag(?:ed|ing)(?: in (?:a |an )?(?:armed )?(?:clash|combat|battle|fight))?",
              r"repel(?:led|s|ling)?", r"repulsed?", r"confrontations?", r"skirmish(?:es)?",
              r"battl(?:e|es|ed|ing)", r"counter-?attack(?:s|ed)?", r"combat", r"hostilities",
              r"offensives?", r"foiled", r"thwarted", r"resist(?:ed|ance)", r"returned fire",
              r"replied with fire", r"fighters? (?:and|clashed)", r"crossfire", r"routed",
              r"responded (?:to|with)", r"gunfire", r"fire exchanges?",
              r"(?:military |security |joint |clearance |ground |mop-up )?operations? against",
              r"(?:conducted|carried out|launched) (?:an? |joint |military |ground )*operations?",
              r"ground (?:troops|operations?|forces|offensives?)"),
    "beat": (r"beat(?:en|ing|s)?(?: up)?", r"flogg?(?:ed|ing)", r"tortur(?:ed|e|ing)", r"whipp(?:ed|ing)",
             r"stabb(?:ed|ing)", r"machete(?:s|d)?", r"cutlass(?:es)?", r"manhandl(?:ed|ing)",
             r"brutali[sz](?:ed|ing)", r"molested", r"assaulted", r"hacked", r"mutilat(?:ed|ion)",
             r"amputat(?:ed|ing|ion)",
             r"fist ?fights?", r"stoned", r"harass(?:ed|ment)"),
    "wound": (r"wound(?:ed|s|ing)?", r"injur(?:ed|y|ies|ing)", r"hurt", r"maimed", r"hospitali[sz]ed"),
    "no_casualty": (r"no (?:casualt(?:y|ies)|fatalit(?:y|ies)|deaths?|injur(?:y|ies)|one (?:was )?"
                    r"(?:killed|hurt|injured))", r"casualties (?:unknown|not (?:known|reported))",
                    r"without casualt(?:y|ies)", r"unknown casualt(?:y|ies)"),
    # -- demonstrations -------------------------------------------------------------------------
    "protest": (r"protest(?:s|ed|ing|ers?)?", r"demonstrat(?:e|ed|es|ing|ion|ions|ors?)",
                r"(?-i:march(?:ed|es|ing)?)", r"marchers?", r"sit-?ins?", r"rall(?:y|ied|ies|ying)",
                r"picket(?:s|ed|ing)?", r"took to the streets?", r"(?:went|go|going) on strike",
                r"strik(?:e|es|ing) (?:action|workers)", r"boycott(?:s|ed|ing)?", r"vigils?",
                r"hunger strikes?", r"walk-?outs?", r"petitions?", r"sit-at-home", r"gathered "
                r"(?:\w+ ){0,6}(?:to|in) (?:protest|denounce|demand|call|express|condemn|support|oppose)",
                r"(?:denounc|condemn)(?:e|ed|ing) (?:\w+ ){0,4}(?:outside|in front)", r"(?-i:strike)",
                r"mass actions?", r"shut ?downs?",
                r"gathered (?:\w+ ){0,3}(?:at|in front of|outside|before) (?:the )?(?:\w+ ){0,4}"
                r"(?:embass(?:y|ies)|prefecture|office|offices|headquarters|palace|parliament|assembly|"
                r"ministry|governorate|town hall|city hall|court|gate|premises|secretariat|house)",
                r"blocked (?:the |a |access to )?(?:major |main )?(?:roads?|streets?|highways?|expressway|"
                r"entrance|access|convoy|passage|traffic)", r"demonstratated",
                r"dispers(?:e|ed|ing) (?:\w+ ){0,3}(?:residents|crowds?|people|youths|gatherings?|students|"
                r"supporters|traders|women|workers|sit-?ins?)"),
    "riot": (r"riot(?:s|ed|ing|ers?)?", r"rioters?", r"unrest", r"violent (?:protests?|demonstrations?)",
             r"(?:erect|mount|set up|put up)(?:ed|ing)? (?:\w+ ){0,2}barricades?",
             r"barricad(?:ed|ing) (?:the )?(?:\w+ )?(?:roads?|streets?|highways?|expressway)"),
    "demonstrator_violence": (
        r"burn(?:ed|t|ing|s)? (?:\w+ ){0,2}(?:tyres|tires)", r"bonfires?",
        r"(?:erect|mount|set up|put up)(?:ed|ing)? (?:\w+ ){0,2}(?:barricades?|roadblocks?)",
        r"barricad(?:ed|ing|es?)", r"threw (?:\w+ ){0,2}(?:stones|rocks|missiles|objects|bottles)",
        r"(?:stone|rock)-?throwing", r"pelt(?:ed|ing)", r"vandali[sz](?:ed|ing|e)", r"loot(?:ed|ing)",
        r"set (?:\w+ ){0,4}(?:ablaze|on fire)", r"burn(?:ed|t|ing)? (?:down )?(?:\w+ ){0,3}" + _PROPERTY,
        r"burn(?:ed|t|ing)? (?:down )?(?:\w+ ){0,3}(?:posts?|containers?|doors?|cars?|flags?)",
        r"ransack(?:ed|ing)", r"destroy(?:ed|ing)", r"damag(?:ed|ing)", r"clash(?:ed|es)?",
        r"attack(?:ed|ing)", r"smash(?:ed|ing)", r"stoned", r"broke into", r"stormed",
        r"confrontations?", r"fist ?fights?", r"fought", r"assault(?:ed|ing)", r"beat(?:en|ing)?(?: up)?"),
    "mob": (r"mobs?", r"lynch(?:ed|ing|ings)?", r"jungle justice", r"mob justice", r"angry (?:crowd|youths|"
            r"residents|villagers|mob)", r"irate (?:\w+ )?(?:crowd|youths|residents|villagers|mob)",
            r"vigilante justice", r"instant justice"),
    "intervention": (r"dispers(?:e|ed|es|ing|al)", r"tear ?-?gas(?:sed)?", r"water ?cannons?",
                     r"intervened", r"intervention", r"arrest(?:ed|s|ing)?", r"detain(?:ed|ing)?",
                     r"warning shots", r"rubber bullets", r"broke up", r"break up", r"cordon(?:ed)?",
                     r"prevented", r"baton(?:s|-charged)?", r"dislodged", r"chased",
                     r"(?:fired|shot) (?:\w+ ){0,2}in the air", r"crack(?:ed)? down", r"crackdown",
                     r"denied (?:\w+ ){0,2}(?:access|permission)"),
    "lethal_force": (r"live (?:ammunition|rounds|bullets|fire)", r"(?:shot|opened fire|fired) "
                     r"(?:\w+ ){0,2}(?:at|on|into) (?:the )?(?:\w+ )?(?:protesters|demonstrators|crowd|"
                     r"marchers)", r"(?:killed|wounded|injured|shot) (?:\w+ ){0,3}(?:protesters|"
                     r"demonstrators|marchers)", r"(?:protesters|demonstrators|marchers) "
                     r"(?:\w+ ){0,3}(?:killed|wounded|injured|shot)"),
    # -- strategic developments ------------------------------------------------------------------
    "loot": (r"loot(?:s|ed|ing)?", r"stole", r"stolen", r"steal(?:s|ing)?", r"robb(?:ed|ery|eries|ing)",
             r"rustl(?:ed|ing|ers?)", r"carted away", r"carried away", r"extort(?:ed|ion|ing)",
             r"ransack(?:ed|ing)", r"plunder(?:ed|ing)?", r"pillag(?:e|ed|ing)",
             r"(?:seized|seize|seizing|took|taking|confiscated|made away with|drove away|rustled)"
             r" (?:\w+ ){0,4}" + _GOODS, r"(?:took|taking|drove|driving) away (?:\w+ ){0,3}" + _GOODS,
             r"hijack(?:ed|ing)", r"burgl\w+", r"levied", r"seized"),
    "destroy": (r"destroy(?:s|ed|ing)?", r"destruction", r"burn(?:ed|t|ing|s)? (?:down )?(?:\w+ ){0,3}" +
                _PROPERTY, r"set [^.;]{0,80}?(?:ablaze|on fire|alight)", r"torched", r"razed",
                r"vandali[sz](?:ed|ing|e|ation)", r"demolish(?:ed|ing)?", r"demolitions?",
                r"sabotag(?:ed|e|ing)", r"blew up", r"damag(?:ed|ing)", r"burnt", r"burned",
                r"arson"),
    "arrest": (r"arrest(?:s|ed|ing)?", r"detain(?:s|ed|ing)?", r"detention", r"apprehend(?:ed|ing)?",
               r"taken into custody", r"nabbed", r"rounded up", r"picked up", r"captured"),
    "agreement": (r"agreements?", r"accords?", r"peace deals?", r"deals?", r"truces?", r"cease-?fires?",
                  r"peace (?:pact|talks|negotiations|process|treaty)", r"signed", r"concluded",
                  r"surrender(?:s|ed|ing)?", r"laid down (?:their |his )?(?:arms|weapons)",
                  r"defect(?:ed|ion|ions|ors?)", r"negotiat(?:ed|ions?|ing)", r"reconcil(?:ed|iation)",
                  r"(?:prisoner|hostage) (?:exchanges?|swaps?)", r"pact", r"repent(?:ed|ant)?",
                  r"handed (?:themselves )?over"),
    "hq": (r"(?:establish|set up|set-up|built|build|open)(?:ed|ing|s)? (?:\w+ ){0,3}(?:bases?|camps?|"
           r"headquarters|strongholds?|hideouts?|outposts?|enclaves?)", r"headquarters"),
    "takeover": (r"(?:took|taken|take|taking) (?:over|control)", r"seiz(?:ed|ing) control",
                 r"captur(?:ed|ing) (?:the )?(?:\w+ )?(?:town|village|city|locality|base|camp|post|"
                 r"area|district|communit(?:y|ies))", r"overr(?:a|u)n", r"fell to", r"occupied",
                 r"under (?:the |their |its )?control", r"took over", r"seized (?:the )?(?:town|village|"
                 r"city|base|camp|post)"),
    "regain": (r"regain(?:ed|ing|s)?", r"recaptur(?:ed|e|ing)", r"retook", r"re-?took", r"retaken",
               r"liberat(?:ed|e|ing|ion)", r"took back", r"reclaim(?:ed|ing)", r"retak(?:e|ing)",
               r"won back", r"cleared (?:\w+ ){0,3}of (?:militants|insurgents|terrorists|jihadists)"),
    "restriction": (r"curfews?", r"state of emergency", r"lockdowns?", r"sit[- ]at[- ]home orders?",
                    r"imposed (?:a |an )?(?:ban|blockade|embargo)", r"security measures",
                    r"martial law", r"closed (?:\w+ ){0,2}(?:border|borders)"),
    "measures": (r"curfews?", r"bann(?:ed|ing)", r"\bbans?", r"imposed", r"state of emergency",
                 r"restrict(?:ed|ions?|ing)", r"closed (?:\w+ ){0,2}(?:border|borders|schools|markets)",
                 r"closure", r"security measures", r"deploy(?:ed|ment|ments|ing)", r"reinforc(?:ed|ements?)",
                 r"moved into", r"relocat(?:ed|ion|ing)", r"suspend(?:ed|ing)", r"dissolv(?:ed|ing)",
                 r"dissolution", r"recruit(?:ed|ment|ing)", r"launched", r"creation", r"merg(?:ed|er)",
                 r"split", r"appointed", r"announced", r"announcement", r"declared", r"checkpoints?",
                 r"patrols?", r"sit at home order", r"lockdown", r"order(?:ed)?", r"shift(?:ed)?",
                 r"mobili[sz](?:ed|ation)", r"sanctions?"),
    "other": (r"identity checks?", r"threat(?:s|ened|ening)?", r"warn(?:ed|ing|s)?", r"preach(?:ed|ing)",
              r"sermons?", r"displac(?:ed|ement)", r"fled", r"fleeing", r"exodus", r"elections?",
              r"referendums?", r"polls?", r"closed down",
              r"forced (?:\w+ ){0,3}(?:out|to (?:leave|close|flee))",
              r"zakat", r"tax(?:es)?", r"levies", r"propaganda", r"leaflets?", r"evacuat(?:ed|ion)",
              r"checks?", r"searched", r"intimidat(?:ed|ion)", r"ultimatum"),
    # -- outcome: territory, casualties ---------------------------------------------------------
    "took_control": (r"took control", r"(?:taken|take|taking) control", r"took over", r"seized control",
                     r"overr(?:a|u)n", r"captured (?:the )?(?:\w+ )?(?:town|village|base|camp|post)",
                     r"fell (?:in)?to", r"occupied", r"overtak(?:e|ing|en)", r"overtook"),
    "no_violence": (r"no (?:clash(?:es)?|fighting|resistance|violence|shots?)", r"without (?:a )?"
                    r"(?:fight|resistance|clash(?:es)?|violence|a shot|firing)", r"peaceful(?:ly)?",
                    r"bloodless"),
}

#: ACLED's own tags that open the notes of some Strategic developments ("Looting: On ...").
#: They are part of the coder's text, and used only when ``events_note_tags`` is on.
NOTE_TAGS: dict[str, str] = {
    "looting": "Looting/property destruction",
    "property destruction": "Looting/property destruction",
    "defusal": "Disrupted weapons use",
    "detonation": "Disrupted weapons use",
    "weapons seizure": "Disrupted weapons use",
    "non-violent activity": "Other",
    "displacement": "Other",
    "elections/referendum": "Other",
    "other": "Other",
    "security measures": "Change to group/activity",
    "movement of forces": "Change to group/activity",
    "change of group name": "Change to group/activity",
    "ceasefire": "Agreement",
    "peace agreement": "Agreement",
    "arrests": "Arrests",
    "headquarters established": "Headquarters or base established",
    "non-violent transfer of territory": "Non-violent transfer of territory",
}
NOTE_TAG_RE = re.compile(r"^\s*(" + "|".join(re.escape(t) for t in NOTE_TAGS) + r")\s*:\s*", re.I)


@dataclass(frozen=True)
class Cue:
    """One lexicon hit: the cue name and its character span in the article."""

    name: str
    start: int
    end: int
    text: str


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


COMPILED: dict[str, re.Pattern[str]] = {name: _compile(patterns) for name, patterns in CUES.items()}
#: Every cue of every kind in one pattern: it matches somewhere in a sentence exactly when one of
#: :data:`COMPILED` does (the same boundaries around the union of their words), and one scan costs
#: a twentieth of the 36, so sentences without any cue (most of them) are scanned once; its
#: alternatives are grouped by first letter (:mod:`dateline.patterns`), which makes that scan 4x cheaper.
ANY_CUE = grouped_union([p for patterns in CUES.values() for p in patterns], r"(?<![\w-])", r"(?![\w])")


#: Words before a cue that make it a purpose or a possibility, not a reported event.
IRREALIS = re.compile(r"(?:\b(?:to|would|could|will|may|might|can|should|must)\s+(?:\w+ly\s+)?|"
                      r"\b(?:threat(?:en(?:ed|s)?)?|vow(?:ed|s)?|plan(?:ned|s)?|call(?:ed|s|ing)? for|"
                      r"fear(?:ed|s)? of|risk of|ready)\s+(?:to\s+)?)$", re.I)
_ATTEMPT = re.compile(r"\b(?:attempt(?:ed|ing)?|tr(?:ied|ying)|sought|managed|continued|began|started)"
                      r"\s+to\s+$", re.I)


_PURPOSE_OK = re.compile(r"^(?:protest|demonstrat|demand|denounc|condemn|express|call|march)", re.I)


def is_irrealis(text: str, start: int) -> bool:
    """ "deployed to repel fighters", "threatened to kill": a purpose, not an event ("gathered to
    protest" is the protest itself)."""
    if _PURPOSE_OK.match(text[start:start + 12]):
        return False
    before = text[max(0, start - 30):start]
    return bool(IRREALIS.search(before)) and not _ATTEMPT.search(before)


def find_cues(text: str, start: int = 0, end: int | None = None, offset: int = 0) -> list[Cue]:
    """Every cue in ``text[start:end]``, sorted by position; spans are shifted by ``offset``."""
    end = len(text) if end is None else end
    found: list[Cue] = []
    first = ANY_CUE.search(text, start, end)
    if first is None:
        return found
    for name, pattern in COMPILED.items():  # no cue of any kind starts before the first of all
        for match in pattern.finditer(text, first.start(), end):
            found.append(Cue(name, match.start() + offset, match.end() + offset, match.group()))
    return sorted(found, key=lambda c: (c.start, -c.end))


def note_tag(text: str) -> tuple[str, int, int] | None:
    """ACLED's leading note tag, as ``(sub_event_type, start, end)``, if the text opens with one."""
    match = NOTE_TAG_RE.match(text)
    if not match:
        return None
    return NOTE_TAGS[match.group(1).lower()], match.start(1), match.end(1)

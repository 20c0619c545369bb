"""British spelling as a small vote for Britain: a local story of "vandalised" cars and a
"programme" in "Oxford" is likelier Oxford, England, than Oxford, Mississippi.

Only forms that American and Canadian English both reject count as British ("organised",
"programme", "tyre", "whilst", "mum"), so a Canadian paper's "colour" and "centre" do not pull
its "London" to England; forms only American English uses ("organized", "color", "center")
count against. Like the currency (:mod:`.currency`) the vote tips ties between homonyms and
outweighs nothing a place name says.
"""

from __future__ import annotations

import re

#: British-only forms (ours): -ise verbs, and words Canada spells the American way.
BRITISH = re.compile(
    r"\b(?:\w+(?:ised|ising|isation|isations)|organise|recognise|realise|apologise|criticise"
    r"|programmes?|tyres?|kerbs?|whilst|mum|mums|aluminium|pyjamas|paediatric\w*|anaesthe\w*"
    r"|manoeuvr\w*|jewellery|storeys)\b"
)
#: American forms of the same words and a few common ones (-or, -er, -ize, -ense).
AMERICAN = re.compile(
    r"\b(?:\w+(?:ized|izing|ization|izations)|organize|recognize|realize|apologize|criticize"
    r"|tires?|curbs?|mom|moms|aluminum|pajamas|pediatric\w*|anesthe\w*|maneuver\w*|jewelry"
    r"|colou?r|colors|favor\w*|neighbor\w*|behavior\w*|honor\w*|centers?|defense|offense)\b"
)
#: The vote for Britain among the document's country votes (a country name votes 1).
SPELLING_VOTE = 0.25
#: British forms a story needs (and more than its American ones) to cast the vote.
MIN_BRITISH = 2
#: Words ending in -ised/-ising that are not British spellings ("advised", "surprised").
_NOT_BRITISH = ("advis", "surpris", "revis", "supervis", "televis", "compris", "devis", "premis",
                "promis", "rais", "pois", "prais", "apprais", "bruis", "cruis", "merchandis",
                "exercis", "enterpris", "improvis", "despis", "chastis", "comprom", "franchis",
                "disguis", "excis", "incis", "circumcis", "precis", "aris", "ris", "upris",
                "repris", "appris", "wis", "guis", "fundrais")


def british_spelling(text: str) -> bool:
    """True when ``text`` spells the British way more often than the American (at least twice)."""
    british = [w for w in BRITISH.findall(text) if not w.startswith(_NOT_BRITISH)]
    american = AMERICAN.findall(text)
    return len(british) >= MIN_BRITISH and len(british) > len(american)

"""Spelling as a small vote for a country: a local story of "vandalised" cars and a
"programme" in "Oxford" is likelier Oxford, England, than Oxford, Mississippi; one that
walks to the "center" of a "neighborhood" is likelier American.

Only forms that American and Canadian English both reject count as British ("organised",
"programme", "tyre", "whilst", "mum"), so a Canadian paper's "colour" and "centre" do not pull
its "London" to England; forms only American English uses ("color", "center", "defense")
count as American. The side with more forms (at least :data:`MIN_FORMS`) votes. Like the
currency (:mod:`.currency`) the vote tips ties between homonyms and outweighs nothing a place
name says.
"""

from __future__ import annotations

import re

#: British-only forms (ours): -ise verbs, and words Canada spells the American way.
BRITISH = re.compile(
    r"\b(?:\w+(?:ised|ising|isation|isations)|organise|recognise|realise|apologise|criticise"
    r"|programmes?|tyres?|kerbs?|whilst|mum|mums|aluminium|pyjamas|paediatric\w*|anaesthe\w*"
    r"|manoeuvr\w*|jewellery|storeys)\b"
)
#: Forms only American English uses (-or, -er, -ense; not -ize, "tire" or "program", which
#: Canada uses too).
AMERICAN = re.compile(
    r"\b(?:colors?|colored|favor\w*|neighbor\w*|behavior\w*|honor\w*|labor|centers?|theaters?"
    r"|fibers?|liters?|defense|offense)\b"
)
#: The spelling's vote among the document's country votes (a country name votes 1).
SPELLING_VOTE = 0.25
#: Forms of one side a story needs (and more than of the other side) to cast the vote.
MIN_FORMS = 2
#: Words ending in -ised/-ising that are not British spellings ("advised", "surprised").
_NOT_BRITISH = ("advis", "surpris", "revis", "supervis", "televis", "compris", "devis", "premis",
                "promis", "rais", "pois", "prais", "apprais", "bruis", "cruis", "merchandis",
                "exercis", "enterpris", "improvis", "despis", "chastis", "comprom", "franchis",
                "disguis", "excis", "incis", "circumcis", "precis", "aris", "ris", "upris",
                "repris", "appris", "wis", "guis", "fundrais")


def spelling_country(text: str) -> str | None:
    """``"GB"`` or ``"US"`` for a text spelled one way more often than the other (twice or more)."""
    british = len([w for w in BRITISH.findall(text) if not w.startswith(_NOT_BRITISH)])
    american = len(AMERICAN.findall(text))
    if british >= MIN_FORMS and british > american:
        return "GB"
    if american >= MIN_FORMS and american > british:
        return "US"
    return None


def british_spelling(text: str) -> bool:
    """True when ``text`` spells the British way more often than the American (at least twice)."""
    return spelling_country(text) == "GB"

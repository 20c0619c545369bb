"""The country a story counts its money in: a local story quoting "$765,000" is likelier
American than British, one quoting "£4,000" likelier British.

Only a hint: international news quotes dollars for everything, so the currency casts a small vote
(:data:`CURRENCY_VOTE`, a quarter of a country name's) that tips ties between homonyms
("Hartford", "Mansfield", "Jordan") and outweighs nothing the names say.
"""

from __future__ import annotations

#: Currency signs and their countries (ours), longest first: "US$" and "C$" are not "$".
CURRENCY_SIGNS = (
    ("US$", "US"),
    ("NZ$", "NZ"),
    ("HK$", "HK"),
    ("C$", "CA"),
    ("A$", "AU"),
    ("R$", "BR"),
    ("$", "US"),
    ("£", "GB"),
    ("₹", "IN"),
    ("₦", "NG"),
)
#: The currency's vote among the document's country votes (a country name votes 1).
CURRENCY_VOTE = 0.25


def currency_country(text: str) -> str | None:
    """The country of the currency sign ``text`` uses most, or None when it quotes no money."""
    counts: dict[str, int] = {}
    for sign, code in CURRENCY_SIGNS:
        counts[code] = counts.get(code, 0) + text.count(sign)
        text = text.replace(sign, " ")
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] else None

"""Demonyms and adjectives of countries ("Malian", "Burkinabe", "French") -> country codes.

The table (``data/demonyms.tsv``) is ours. Continents are coded ``@EU``, ``@AF``..., first-level
regions ``US.TX`` (country and GeoNames admin1 code), and the world regions of
``data/regions.tsv`` ``#-40`` (their id) from that table's adjectives ("Middle Eastern").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

#: GeoNames ids of the continents, for demonyms such as "European".
CONTINENT_IDS = {
    "@AF": 6255146,
    "@AS": 6255147,
    "@EU": 6255148,
    "@NA": 6255149,
    "@OC": 6255151,
    "@SA": 6255150,
}


@lru_cache(maxsize=1)
def demonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("dateline.places").joinpath("data", "demonyms.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _, forms = line.partition("\t")
        for form in forms.split("|"):
            table.setdefault(form.strip().casefold(), code.strip())
    from .aliases import region_rows

    for gid, *_, adjectives in region_rows():
        for form in adjectives:
            table.setdefault(form.casefold(), f"#{gid}")
    return table


def demonym_country(word: str) -> str | None:
    """``demonym_country("Malian") == "ML"``; ``None`` for words that are not demonyms."""
    text = word.strip()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return demonym_table().get(text.casefold())

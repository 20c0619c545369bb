"""Resolve a mention of an actor to its canonical :class:`Actor`, without a language model.

``lookup_actor("Malian soldiers", date="2021-11-06")`` -> Military Forces of Mali (2021-);
``lookup_actor("al-Qaeda-linked militants", country="BF")`` -> JNIM;
``lookup_actor("Civilians (Mali)")`` reads ACLED's own names back. The pipeline stage finds the
mentions with spaCy and resolves each one here, so both paths give the same answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .actors import Actor, affiliate, canonical_patterns, generic_actor, generic_data, kinds, named_actor
from .countries import DateLike, country_index, find_country, normalise

_DETERMINERS = frozenset("""the a an some several many dozens hundreds thousands scores of members
    group groups band number unspecified unknown number dozen few other two three four five six seven
    eight nine ten all its their his her these those""".split())
_AFFILIATION_BEFORE = frozenset({"linked", "affiliated", "allied", "aligned", "loyal", "loyalty",
                                 "allegiance", "tied", "connected", "close"})
_LONGEST = 8  # tokens in the longest alias or country name considered


@dataclass(frozen=True)
class Indexes:
    aliases: dict[str, str]  # normalised alias -> actor key
    heads: dict[str, tuple[str, ...]]  # normalised generic word -> kinds, in table order
    modifiers: frozenset[str]
    members: frozenset[str]
    affiliation: frozenset[str]
    ethnic: dict[str, str]  # normalised ethnic name -> canonical ("Peul" -> "Fulani")


@lru_cache(maxsize=1)
def indexes() -> Indexes:
    from .actors import actor_specs

    aliases: dict[str, str] = {}
    for spec in actor_specs().values():
        for name in (*spec.aliases, *(n for _, n in spec.names if n)):
            key = normalise(re.sub(r"\(\{[^}]*\}\)|\{[^}]*\}", "", name))
            if key:
                aliases.setdefault(key, spec.key)
    heads: dict[str, tuple[str, ...]] = {}
    for kind in kinds().values():
        for word in kind.words:
            heads[normalise(word)] = heads.get(normalise(word), ()) + (kind.name,)
    data = generic_data()
    ethnic = {normalise(e): data["ethnic_canonical"].get(e, e) for e in data["ethnic_groups"]}
    return Indexes(aliases, heads, frozenset(normalise(m) for m in data["modifiers"]),
                   frozenset(normalise(m) for m in data["member_nouns"]),
                   frozenset(normalise(m) for m in data["affiliation_words"]), ethnic)


def lookup_actor(text: str, country: str | None = None, date: DateLike = None, *,
                 as_of: DateLike = None) -> Actor | None:
    """The canonical actor a mention refers to, or None when it names no actor.

    ``country`` is where the mention's event happens (ISO alpha-2): it supplies the country of
    generic mentions ("soldiers" -> that country's military), picks the regional affiliate of
    "al-Qaeda-linked militants", and types another country's state forces as External/Other.
    ``date`` (the event or publication date) picks the regime suffix and dated names.
    """
    body, explicit = _split_country_suffix(text.strip())
    where = (country or "").upper() or None
    found = _from_canonical(text.strip(), date, as_of) or _from_canonical(body, date, as_of, explicit)
    if found is None:
        found = _either(body, explicit or where, date, as_of)
    if found is None:
        tokens = normalise(body).split()
        found = _named(tokens, explicit or where, date, as_of) or _generic(
            tokens, explicit, where, date, as_of)
    return found.abroad(where) if found else None


def _either(text: str, where: str | None, date: DateLike, as_of: DateLike) -> Actor | None:
    """ "JNIM or ISWAP (Greater Sahara) militants" -> ACLED's "JNIM: ... and/or Islamic State ...";
    "Ansaroul Islam or Katiba Macina (JNIM) militants" -> the parent both belong to, JNIM."""
    left, sep, right = text.partition(" or ")
    if not sep:
        return None
    first = _named(normalise(left).split(), where, date, as_of)
    second = _named(normalise(right).split(), where, date, as_of)
    if first is None or second is None or first.key == second.key:
        return None
    for bracket in re.findall(r"\(([^()]+)\)", right):
        parent = _named(normalise(bracket).split(), where, date, as_of)
        if parent is not None and parent.key not in (first.key, second.key):
            return parent
    return replace(first, name=f"{first.name} and/or {second.name}", aliases=(),
                   key=f"{first.key}+{second.key}")


def _split_country_suffix(text: str) -> tuple[str, str | None]:
    """ "Civilians (Mali)" -> ("Civilians", "ML"); "ISWAP (Greater Sahara)" stays whole."""
    match = re.match(r"^(.*?)\s*\(([^()]+)\)$", text)
    if match and match.group(1) and (code := find_country(match.group(2))):
        return match.group(1), code
    return text, None


def _from_canonical(text: str, date: DateLike, as_of: DateLike,
                    explicit: str | None = None) -> Actor | None:
    """ACLED-style generic names read back: "Military Forces of Mali (2021-) Special Forces"."""
    for pattern, kind in canonical_patterns():
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        code = find_country(groups["country"]) if groups.get("country") else explicit
        if code is None or (groups.get("name") or "").lower() == "unidentified" and kind == "ethnic_militia":
            continue
        name = groups.get("name")
        name = None if name and name.lower() == "unidentified" else name
        return generic_actor(kind, code, date, name=name, unit=groups.get("unit"), as_of=as_of)
    return None


def _named(tokens: list[str], where: str | None, date: DateLike, as_of: DateLike) -> Actor | None:
    """The first named actor whose alias appears in the tokens (longest alias at each position)."""
    index = indexes()
    for start in range(len(tokens)):
        for end in range(min(len(tokens), start + _LONGEST), start, -1):
            key = index.aliases.get(" ".join(tokens[start:end]))
            if key is None:
                continue
            if _affiliated(tokens, start, end):
                key = affiliate(key, where)
            return named_actor(key, where, date, as_of)
    return None


def _affiliated(tokens: list[str], start: int, end: int) -> bool:
    """ "al Qaeda linked militants", "militants loyal to al Qaeda", "an Islamic State affiliate"."""
    after = set(tokens[end:end + 2])
    before = set(tokens[max(0, start - 4):start])
    return bool(after & indexes().affiliation) or bool(before & _AFFILIATION_BEFORE)


def _generic(tokens: list[str], explicit: str | None, where: str | None, date: DateLike,
             as_of: DateLike) -> Actor | None:
    index = indexes()
    named_country, country_span = _country_in(tokens)
    ethnic = next((index.ethnic[t] for t in tokens if t in index.ethnic), None)
    head = _head(tokens, ethnic is not None)
    if head is None:
        return None
    kind, (start, end) = head
    spec = kinds()[kind]
    phrase = " ".join(tokens[start:end])
    if phrase in spec.needs_country_word and named_country is None:
        return None
    if kind == "communal_militia":
        return _communal(tokens[:start], named_country, country_span, explicit or where, date)
    if kind.startswith("ethnic_"):
        return generic_actor(kind, explicit or named_country or where, date, name=ethnic, as_of=as_of)
    if spec.state and "foreign" in tokens[:start] and not (explicit or named_country):
        return generic_actor(kind, None, date, as_of=as_of)  # "foreign troops": whose, unknown
    return generic_actor(kind, explicit or named_country or where, date, as_of=as_of)


def _country_in(tokens: list[str]) -> tuple[str | None, tuple[int, int]]:
    """The first country named in the tokens, and where."""
    names = country_index()
    for start in range(len(tokens)):
        for end in range(min(len(tokens), start + 4), start, -1):
            phrase = " ".join(tokens[start:end])
            if phrase in names and not (end - start == 1 and phrase in ("us", "uk") and start > 0
                                        and tokens[start - 1] in ("of", "to", "for")):
                return names[phrase], (start, end)
    return None, (0, 0)


def _head(tokens: list[str], ethnic: bool) -> tuple[str, tuple[int, int]] | None:
    """The generic kind of the last head phrase in the tokens ("Malian army soldiers" -> military)."""
    index = indexes()
    best: tuple[str, tuple[int, int]] | None = None
    start = 0
    while start < len(tokens):
        for end in range(min(len(tokens), start + 5), start, -1):
            found = index.heads.get(" ".join(tokens[start:end]))
            if found:
                kind = _pick_kind(found, ethnic)
                if kind:
                    best = (kind, (start, end))
                    start = end - 1
                break
        start += 1
    return best


def _pick_kind(candidates: tuple[str, ...], ethnic: bool) -> str | None:
    ethnic_kinds = [k for k in candidates if k.startswith("ethnic_")]
    others = [k for k in candidates if not k.startswith("ethnic_")]
    if ethnic and ethnic_kinds:
        return ethnic_kinds[0]
    return others[0] if others else None


def _communal(before: list[str], named_country: str | None, country_span: tuple[int, int],
              where: str | None, date: DateLike) -> Actor:
    """ "Zamfara militiamen" -> Zamfara Communal Militia (Nigeria); "a Niger militia" in Nigeria is
    Niger State's, not the country's."""
    index = indexes()
    words = [t for i, t in enumerate(before)
             if t not in _DETERMINERS and t not in index.modifiers and t not in ("communal", "community")
             and not (country_span[0] <= i < country_span[1] and named_country == where)]
    country_code: str | None = where
    if not (named_country and where and named_country != where):
        country_code = named_country or where
        if named_country:
            words = [t for i, t in enumerate(before) if not country_span[0] <= i < country_span[1]
                     and t in words]
    name = " ".join(w.capitalize() for w in words) or None
    return generic_actor("communal_militia", country_code, date, name=name)

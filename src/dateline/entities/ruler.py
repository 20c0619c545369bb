"""dateline's entity ruler: actor names, aliases and generic mentions from the package's lists.

spaCy's ``EntityRuler`` with token patterns for every alias and modifier slot cost more than the
model itself, so this ruler matches the fixed words with phrase matchers (hash lookups) and grows
each match in Python: "JNIM" -> "presumed JNIM militants" is the alias plus a member noun;
"soldiers" -> "Malian army soldiers" is a head plus a country word and modifiers. Each span gets
an id saying where it came from (``named:<key>``, ``affiliate:<key>``, ``generic:<kind>``,
``ethnic``, ``communal``), which the stage resolves to a canonical actor.
"""

from __future__ import annotations

import re
from typing import Any

from .actors import actor_specs, generic_data, kinds
from .countries import country_index, normalise

ACTOR_LABEL = "ACTOR"

#: Nouns before "linked to al Qaeda" that make the phrase an affiliate's mention.
_GROUP_NOUNS = frozenset({"militants", "fighters", "jihadists", "insurgents", "groups", "group", "gunmen",
                          "extremists", "islamists", "rebels", "terrorists", "elements", "cells",
                          "factions", "faction"})
_LINKING_VERBS = frozenset({"linked", "affiliated", "allied", "loyal", "tied", "aligned", "connected"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Words that may start a sentence or a date before a proper-noun militia name ("On Monday Zamfara").
_NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december on in at the a an local
    suspected presumed armed""".split())
_HEAD_KINDS_ETHNIC = ("ethnic_militia", "ethnic_group")


class ActorRuler:
    """A spaCy component: marks actor mentions as ACTOR entities, overwriting what they overlap."""

    def __init__(self, nlp: Any) -> None:
        from spacy.matcher import PhraseMatcher

        data = generic_data()
        self.members = frozenset(w.lower() for w in data["member_nouns"])
        self.affiliation = frozenset(w.lower() for w in data["affiliation_words"])
        self.modifiers = frozenset(w.lower() for w in data["modifiers"])
        self.ethnic = frozenset(e.lower() for e in data["ethnic_groups"])
        self.named = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.heads = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.head_kinds: dict[str, tuple[str, ...]] = {}
        self.affiliated = {spec.key for spec in actor_specs().values() if spec.affiliates}
        self._add_named(nlp)
        self._add_heads(nlp)

    def _add_named(self, nlp: Any) -> None:
        for spec in actor_specs().values():
            forms = {form for alias in spec.aliases for form in _variants(alias)}
            self.named.add(f"named:{spec.key}", [nlp.make_doc(f) for f in sorted(forms)])

    def _add_heads(self, nlp: Any) -> None:
        phrases: dict[str, list[str]] = {}
        for kind in kinds().values():
            for word in kind.words:
                phrases.setdefault(word.lower(), []).append(kind.name)
        for phrase, names in phrases.items():
            key = f"head:{phrase}"
            self.head_kinds[key] = tuple(dict.fromkeys(names))
            self.heads.add(key, [nlp.make_doc(phrase)])

    # -- matching ---------------------------------------------------------------------------------
    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        named = [self._named_span(doc, doc.vocab.strings[m], s, e) for m, s, e in self.named(doc)]
        found: list[tuple[int, int, str] | None] = [*named, *_either_spans(doc, named)]
        found += [self._generic_span(doc, doc.vocab.strings[m], s, e) for m, s, e in self.heads(doc)]
        spans = filter_spans([Span(doc, s, e, label=ACTOR_LABEL, span_id=ident)
                              for s, e, ident in filter(None, found)])
        taken = {i for span in spans for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
        doc.ents = sorted(kept + spans, key=lambda span: span.start)
        return doc

    def _named_span(self, doc: Any, ident: str, start: int, end: int) -> tuple[int, int, str]:
        key = ident.split(":", 1)[1]
        if key in self.affiliated:
            if (hit := self._affiliated_after(doc, end)) is not None:
                return start, hit, f"affiliate:{key}"
            if (hit := self._affiliated_before(doc, start)) is not None:
                return hit, end, f"affiliate:{key}"
        end = self._bracket(doc, end)
        if end < len(doc) and doc[end].lower_ in self.members:
            end += 1
        return start, end, ident

    def _affiliated_after(self, doc: Any, end: int) -> int | None:
        """ "al-Qaeda-linked militants", "an Islamic State affiliate"."""
        i = end + 1 if end < len(doc) and doc[end].text == "-" else end
        if i < len(doc) and doc[i].lower_ in self.affiliation:
            i += 1
            return i + 1 if i < len(doc) and doc[i].lower_ in self.members else i
        return None

    def _affiliated_before(self, doc: Any, start: int) -> int | None:
        """ "militants linked to al-Qaeda", "fighters loyal to the Islamic State"."""
        i = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        if i >= 3 and doc[i - 1].lower_ in ("to", "with") and doc[i - 2].lower_ in _LINKING_VERBS \
                and doc[i - 3].lower_ in _GROUP_NOUNS:
            return i - 3
        return None

    @staticmethod
    def _bracket(doc: Any, end: int) -> int:
        """ "Katiba Macina (JNIM) militants": take a short parenthesis after a name."""
        if end < len(doc) and doc[end].text == "(":
            for i in range(end + 1, min(len(doc), end + 7)):
                if doc[i].text == ")":
                    return i + 1
        return end

    def _generic_span(self, doc: Any, key: str, start: int, end: int) -> tuple[int, int, str] | None:
        candidates = self.head_kinds[key]
        phrase = key.split(":", 1)[1]
        begin = self._skip_modifiers(doc, start)
        ethnic = self._ethnic_start(doc, begin)
        if ethnic is not None and any(k in _HEAD_KINDS_ETHNIC for k in candidates):
            return ethnic, end, "ethnic"
        named = self._country_start(doc, begin)
        if named is not None:
            begin = self._skip_modifiers(doc, named)
        generic = [k for k in candidates if k not in _HEAD_KINDS_ETHNIC]
        if "communal_militia" in generic:
            return self._communal_start(doc, begin), end, "communal"
        if not generic:
            return None
        kind = kinds()[generic[0]]
        if normalise(phrase) in kind.needs_country_word and named is None:
            return None
        return begin, end, f"generic:{kind.name}"

    def _skip_modifiers(self, doc: Any, start: int) -> int:
        while start > 0 and doc[start - 1].lower_ in self.modifiers:
            start -= 1
        return start

    def _ethnic_start(self, doc: Any, start: int) -> int | None:
        """ "Fulani herders", "Chadian Zaghawa gunmen", "Fulani ethnic militia"."""
        i = start - 1 if start > 0 and doc[start - 1].lower_ in ("ethnic", "herder") else start
        if i > 0 and doc[i - 1].lower_ in self.ethnic:
            found = i - 1
            country = self._country_start(doc, found)
            return country if country is not None else found
        return None

    @staticmethod
    def _country_start(doc: Any, start: int) -> int | None:
        """Where a country word before ``start`` begins: "Malian", "Mali's", "Burkina Faso's"."""
        i = start - 1 if start > 0 and doc[start - 1].text in _POSSESSIVE else start
        index = country_index()
        for size in (3, 2, 1):
            if i - size < 0:
                continue
            words = doc[i - size:i]
            if words[0].is_lower or any((t.is_punct and t.text != "-") or t.is_space for t in words):
                continue
            key = normalise(words.text)
            if key in index and not (len(key) <= 3 and not words.text.replace(".", "").isupper()):
                return i - size
        return None

    @staticmethod
    def _communal_start(doc: Any, start: int) -> int:
        """ "Zamfara militiamen", "a Kaduna militia", "the Birnin Gwari communal militia"."""
        i = start - 1 if start > 0 and doc[start - 1].lower_ in ("communal", "community") else start
        begin = i
        while begin > 0 and i - begin < 2 and doc[begin - 1].is_title and doc[begin - 1].pos_ == "PROPN" \
                and doc[begin - 1].lower_ not in _NOT_NAMES:
            begin -= 1
        return begin if begin < i else start


def _either_spans(doc: Any, named: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ "JNIM or ISWAP (Greater Sahara) militants": two named actors joined by "or" are one
    mention, as ACLED codes them ("... and/or ...", or their common parent)."""
    starts = {start: (end, ident) for start, end, ident in named}
    joined = []
    for start, end, ident in named:
        if end < len(doc) and doc[end].lower_ == "or" and end + 1 in starts:
            other_end, other = starts[end + 1]
            joined.append((start, other_end, f"either:{ident}+{other}"))
    return joined


def _variants(alias: str) -> set[str]:
    """An alias as written, with a capital first letter, and with hyphens as spaces."""
    forms = {alias, alias[:1].upper() + alias[1:]}
    if re.match(r"^[Aa][ln][- ]", alias):  # "al-Qaeda" and "Al-Qaeda", "an-Nusra"
        forms.add(alias[:1].lower() + alias[1:])
    forms |= {f.replace("-", " ") for f in forms if "-" in f}
    return forms

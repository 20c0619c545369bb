"""Toponym recognition: candidate spans and the rules that accept them (hand-made inputs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.models import Entity
from dateline.places import Gazetteer
from dateline.places.candidates import _WORD, Candidate, Kinds, _matches, candidates, capitalised_runs, trim
from dateline.places.recognize import accept, find_toponyms


def cand(origin: str, kind: str, label: str = "", position: str = "whole", **flags: bool) -> Candidate:
    return Candidate(0, 5, "Xxxxx", origin, kind, label, position, **flags)


@pytest.mark.parametrize(
    "candidate, expected",
    [
        (cand("ner", "city1k", "GPE"), True),  # the NER said place, the gazetteer knows it
        (cand("ner", "none", "GPE"), False),  # a GPE the gazetteer lacks, with no cue: often a name
        (cand("ner", "none", "GPE", cued=True), True),
        (cand("ner", "none", "FAC"), True),  # buildings and streets are not in the gazetteer
        (cand("demonym", "demonym", "NORP"), True),
        (cand("whole", "country", "ORG"), True),  # "EU" tagged ORG
        (cand("whole", "city15k", "PERSON"), False),  # "Jackson" tagged PERSON
        (cand("whole", "city15k", "PERSON", cued=True), True),  # "in Jackson"
        (cand("inside", "adm1", "ORG", "first"), True),  # "Kansas Department of Transportation"
        (cand("inside", "adm1", "ORG", "mid"), False),
        (cand("inside", "adm1", "ORG", "mid", part_of=True), True),  # "Northern Illinois University"
        (cand("inside", "city100k", "ORG", "mid", part_of=True), False),  # only a region has parts
        (cand("inside", "city1k", "ORG", "first"), False),
        (cand("inside", "city1k", "ORG", "first", civic=True), True),  # "Byesville Fire Department"
        (cand("inside", "adm1", "PERSON", "first"), False),  # "Virginia Woolf"
        (cand("inside", "adm2", "FAC", "first"), True),  # "Henderson County Jail"
        (cand("free", "city15k", ""), False),
        (cand("free", "city15k", "", cued=True), True),
        (cand("free", "adm1", "", sentence_start=True), False),
        (cand("free", "adm1", "", after_comma=True), True),  # "Carthage, N.C."
        (cand("free", "other", "", dateline=True), True),  # "CARTHAGE, N.C. (AP) -"
        (cand("free", "village", "", cued=True), True),  # "in Bandi", a village the user imported
        (cand("free", "village", ""), False),
    ],
)
def test_accept_table(candidate: Candidate, expected: bool) -> None:
    assert accept(candidate) is expected


@pytest.mark.parametrize(
    "entity, region, part_of",
    [
        ("Northern Illinois University", "Illinois", True),
        ("Western Pennsylvania Kennel Association", "Pennsylvania", True),
        ("Northeast Texas Community College", "Texas", True),
        ("University of Kentucky College of Law", "Kentucky", True),
        ("Marine Energy Wales", "Wales", False),  # a region at the end of a name, not a part of it
        ("Weapons of Mass Destruction", "Mass", False),
    ],
)
def test_a_region_written_as_the_part_or_subject_of_a_name(entity: str, region: str, part_of: bool) -> None:
    class Regions:
        def __call__(self, name: str, main_only: bool = True) -> str:
            return "adm1" if name == region else "none"

    found = _matches(entity, [(m.start(), m.end()) for m in _WORD.finditer(entity)], "inside", "ORG", Regions())
    assert [(c.text, c.part_of) for c in found] == [(region, part_of)]


def test_strong_cue_accepts_any_known_place() -> None:
    assert accept(cand("free", "other", ""), strong_cue=True)
    assert not accept(cand("free", "none", ""), strong_cue=True)


def test_short_capitals_need_a_comma_unless_a_country() -> None:
    short = Candidate(0, 2, "BA", "whole", "adm1", "ORG")
    assert not accept(short)
    assert accept(Candidate(0, 2, "SC", "free", "adm1", after_comma=True))
    assert accept(Candidate(0, 2, "US", "whole", "country", "ORG"))


@pytest.mark.parametrize(
    "text, span",
    [
        ("the U.S.'s", "U.S."),
        ("Iraq.", "Iraq"),
        ("Washington, D.C.", "Washington, D.C."),
        ("Calif.", "Calif."),
        ("Paris, ", "Paris"),
    ],
)
def test_trim(text: str, span: str) -> None:
    start, end = trim(text, 0, len(text))
    assert text[start:end] == span


def test_capitalised_runs_split_hyphens_and_keep_connectors() -> None:
    text = "Talks on EU-Israel ties in Bosnia and Herzegovina and Saint-Amour de Ville."
    runs = [" ".join(text[s:e] for s, e in run) for run in capitalised_runs(text)]
    assert runs == ["Talks", "EU Israel", "Bosnia", "Herzegovina", "Saint Amour de Ville"]


def test_candidates_inside_an_organisation(tiny_gazetteer: Gazetteer) -> None:
    text = "The Testland Ministry of Nord Region Affairs said so."
    found = candidates(text, [Entity(4, 44, "x", "ORG")], tiny_gazetteer, Kinds(tiny_gazetteer))
    assert [(c.text, c.origin, c.kind, c.position) for c in found] == [
        ("Testland", "inside", "country", "first"),
        ("Nord Region", "inside", "adm1", "mid"),
    ]


def test_find_toponyms(tiny_gazetteer: Gazetteer) -> None:
    text = "SAINT-AMOUR, Nord (AP) - The Testland army left Gossa village. March was dry in Ségala."
    gossa, testland = text.index("Gossa"), text.index("Testland")
    entities = [
        Entity(gossa, gossa + 5, "Gossa", "PERSON"),
        Entity(testland, testland + 8, "Testland", "NORP"),
    ]
    found = [(m.text, m.source) for m in find_toponyms(text, entities, tiny_gazetteer)]
    assert found == [
        ("SAINT-AMOUR", "gazetteer"),  # a dateline
        ("Nord", "gazetteer"),  # "City, Region" after a comma
        ("Testland", "gazetteer"),  # a country in a NORP entity the demonym table lacks
        ("Ségala", "gazetteer"),  # "in" a town of the imported region
    ]


def test_imported_dump_refreshes_name_kinds(tiny_gazetteer: Gazetteer, tmp_path: Path) -> None:
    from dateline.places.geonames import import_geonames
    from dateline.places.geoparse import find_mentions

    text = "Aid reached the village of Newtown."
    assert find_mentions(text, tiny_gazetteer, []) == []
    dump = tmp_path / "NT.txt"
    row = ["9000300", "Newtown", "Newtown", "", "12.0", "-1.0", "P", "PPL", "TL", "", "02"]
    dump.write_text("\t".join(row + [""] * 8) + "\n", "utf-8")
    import_geonames(tiny_gazetteer, dump)
    assert [m.text for m in find_mentions(text, tiny_gazetteer, [])] == ["Newtown"]

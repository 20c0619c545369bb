"""Sub-event types from hand-written sentences: every ACLED sub-type has a row."""

from __future__ import annotations

import pytest

from dateline.events.classify import classify
from dateline.events.detect import find_frames
from dateline.models import Article
from dateline.sentences import split_sentences

CASES = [
    ("Gunmen attacked the village and killed five civilians.", "Attack"),
    ("Soldiers clashed with militants near the town.", "Armed clash"),
    ("Militants attacked an army patrol near the border.", "Armed clash"),
    ("The militants attacked the village. Soldiers intervened and routed them.", "Armed clash"),
    ("The air force carried out an airstrike on militant positions.", "Air/drone strike"),
    ("An army vehicle struck an IED near the village.", "Remote explosive/landmine/IED"),
    ("Militants fired mortar shells at the military camp.", "Shelling/artillery/missile attack"),
    ("A man threw a grenade into the bar.", "Grenade"),
    ("A suicide bomber blew himself up at the checkpoint.", "Suicide bomb"),
    ("Government forces used chlorine gas against the town.", "Chemical weapon"),
    ("Hundreds of students protested peacefully in the capital.", "Peaceful protest"),
    ("Traders protested in the market. Police fired tear gas to disperse them.", "Protest with intervention"),
    ("Workers protested at the mine. Police shot dead two protesters with live ammunition.",
     "Excessive force against protesters"),
    ("Youths demonstrated in the town and burned tyres on the main road.", "Violent demonstration"),
    ("A mob lynched a suspected thief in the market.", "Mob violence"),
    ("Residents beat a suspected thief near the station.", "Mob violence"),
    ("Gunmen abducted three farmers on the road.", "Abduction/forced disappearance"),
    ("Militants raped two women in the village.", "Sexual violence"),
    ("Militants looted shops and stole livestock.", "Looting/property destruction"),
    ("Soldiers discovered and defused an IED on the road.", "Disrupted weapons use"),
    ("Police arrested four suspected militants.", "Arrests"),
    ("The two militias signed a peace agreement.", "Agreement"),
    ("The governor imposed a curfew on the town.", "Change to group/activity"),
    ("Militants established a base in the forest near the village.", "Headquarters or base established"),
    ("Militants attacked the army post and took control of the town.", "Non-state actor overtakes territory"),
    ("The army recaptured the town from the militants.", "Government regains territory"),
    ("Soldiers seized power in a coup and detained the president.", "Non-violent transfer of territory"),
    ("Non-violent activity: militants closed a school in the village.", "Other"),
]


def coded(text: str, tags: bool = True) -> str | None:
    article = Article(id="t", text=text, published="2021-03-02")
    article.sentences = split_sentences(text)
    frames = find_frames(article)
    return classify(article, frames[0], use_tags=tags).sub_event_type if frames else None


@pytest.mark.parametrize("text, sub", CASES)
def test_sub_event_type(text: str, sub: str) -> None:
    assert coded(text) == sub


def test_every_sub_type_is_exercised_but_none() -> None:
    from dateline.events.taxonomy import BY_NAME

    assert {sub for _, sub in CASES} == set(BY_NAME)


@pytest.mark.parametrize("text", [
    "The army was deployed to repel fighters who threaten the region.",
    "Officials discussed the budget on Monday.",
])
def test_no_event(text: str) -> None:
    assert coded(text) is None


def test_note_tags_can_be_ignored() -> None:
    text = "Displacement: residents left the village after threats."
    assert coded(text) == "Other"
    article = Article(id="t", text=text, published="2021-03-02")
    article.sentences = split_sentences(text)
    assert classify(article, find_frames(article)[0], use_tags=False).rule != "note tag"

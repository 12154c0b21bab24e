"""The demo directory package is real HSDS, consistent, varied and Danish.

Reads the CSV files as plain rows (``brobygger.demo.package``); loading them is
``test_load.py``. These run without a database.
"""

import csv
import json
import math
import re
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from brobygger import vocabulary
from brobygger.demo import package

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY = ROOT / "brobygger" / "demo" / "data" / "directory"
PEOPLE = tomllib.loads((DIRECTORY.parent / "people.toml").read_text(encoding="utf-8"))
HSDS_SCHEMAS = Path("/work/shared/standards/hsds-3/schema")
# The shipped copy of the shared register (brobygger/areas/data/SOURCES.md).
POSTAL_CSV = ROOT / "brobygger" / "areas" / "data" / "postal_codes.csv"
# The centroid of 4050 Skibby lies about 3 km east of the town, so a little over 2 km.
MAX_KM_FROM_POSTAL_CENTROID = 4.0
EXTENSIONS = {("service", "summary"), ("service", "capacity"), ("service", "host")}


@pytest.fixture(autouse=True)
def _fast_and_plain():
    """Override tests/conftest.py's autouse fixture: these tests need no Django settings."""
    return


def rows(name: str) -> tuple[dict[str, str], ...]:
    return package.table(name)


def attribute_codes(entity: str) -> dict[str, list[str]]:
    """link_id → the term codes of its attributes, for one kind of entity."""
    codes = {t["id"]: t["code"] for t in rows("taxonomy_terms.csv")}
    found: dict[str, list[str]] = {}
    for a in rows("attributes.csv"):
        if a["link_entity"] == entity:
            found.setdefault(a["link_id"], []).append(codes[a["taxonomy_term_id"]])
    return found


def kinds(entity: str, taxonomy: str) -> dict[str, str]:
    return {
        link: next(c.split(":", 1)[1] for c in codes if c.startswith(f"{taxonomy}:"))
        for link, codes in attribute_codes(entity).items()
        if any(c.startswith(f"{taxonomy}:") for c in codes)
    }


def postal_code_of() -> dict[str, str]:
    return {a["location_id"]: a["postal_code"] for a in rows("addresses.csv")}


def area_of_postal_code() -> dict[str, str]:
    return {code: area["name"] for area in PEOPLE["areas"] for code in area["postal_codes"]}


# The package itself ------------------------------------------------------------------------


def test_datapackage_describes_every_table_with_hsds_names_and_types():
    descriptor = json.loads((DIRECTORY / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["profile"] == "tabular-data-package"
    files = {p.name for p in DIRECTORY.glob("*.csv")}
    assert {r["path"] for r in descriptor["resources"]} == files
    for resource in descriptor["resources"]:
        with (DIRECTORY / resource["path"]).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == header, resource["path"]
        hsds = json.loads((HSDS_SCHEMAS / f"{resource['name']}.json").read_text())
        assert hsds["path"] == resource["path"] or resource["name"] == "service_at_location"
        for field in fields:
            if (resource["name"], field["name"]) in EXTENSIONS:
                assert field["description"].startswith("Brobygger-udvidelse"), field
            else:
                assert field["name"] in hsds["properties"], (resource["name"], field["name"])
        for required in hsds.get("required", []):
            if required in header:
                assert all(row[required] for row in rows(resource["path"])), required


def test_ids_are_unique_uuids_and_every_link_points_at_a_row():
    ids: dict[str, set[str]] = {}
    for path in DIRECTORY.glob("*.csv"):
        values = [row["id"] for row in rows(path.name)]
        assert len(values) == len(set(values)), path.name
        assert all(re.fullmatch(r"[0-9a-f-]{36}", v) for v in values), path.name
        ids[path.name] = set(values)
    links = {
        "organization_id": "organizations.csv",
        "service_id": "services.csv",
        "location_id": "locations.csv",
        "contact_id": "contacts.csv",
        "taxonomy_term_id": "taxonomy_terms.csv",
        "taxonomy_id": "taxonomies.csv",
    }
    for path in DIRECTORY.glob("*.csv"):
        for row in rows(path.name):
            for column, target in links.items():
                if row.get(column):
                    assert row[column] in ids[target], (path.name, column, row[column])


def test_the_vocabulary_is_the_apps_starting_vocabulary_plus_the_kinds():
    codes = {t["code"] for t in rows("taxonomy_terms.csv")}
    starting = {
        f"{slug}:{code}" for slug, _n, _e, terms in vocabulary.TAXONOMIES for code, *_ in terms
    }
    assert starting <= codes
    assert {c.split(":")[0] for c in codes - starting} == {"organisation-kind", "location-kind"}


def test_package_reader_is_deterministic_and_free_of_django():
    code = (
        "import sys, hashlib\n"
        "from brobygger.demo import package\n"
        "offers = package.offers()\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), "
        "'package.py imports Django'\n"
        "print(hashlib.sha256(repr(offers).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert len(digests) == 1


# Size and mix ------------------------------------------------------------------------------


def test_counts():
    assert 55 <= len(rows("organizations.csv")) <= 70
    assert 140 <= len(package.offers()) <= 170
    assert 60 <= len(rows("locations.csv")) <= 80


def test_every_interest_has_offers():
    counts = Counter(code for offer in package.offers() for code in offer.codes_in("interest"))
    for code in vocabulary.INTEREST_CODES:
        assert counts[code] >= 3, code
    for code in ("sang", "bevaegelse", "cafe", "gaatur", "haandarbejde", "vaerksted"):
        assert counts[code] >= 8, code


def test_every_area_has_places_and_plenty_of_offers():
    area_of = area_of_postal_code()
    postal = postal_code_of()
    places = Counter(area_of[postal[loc["id"]]] for loc in rows("locations.csv"))
    offers = Counter(area_of[postal[o.location]] for o in package.offers())
    for area in PEOPLE["areas"]:
        assert places[area["name"]] >= 8, area["name"]
        assert offers[area["name"]] >= 15, area["name"]
    assert set(postal.values()) == set(area_of)  # every postal code has a place


def test_location_mix():
    counts = Counter(kinds("location", "location-kind").values())
    assert sum(counts.values()) == len(rows("locations.csv"))
    assert counts["nursing_home"] == 8
    assert counts["meeting_place"] + counts["village_hall"] >= 8
    for kind in ("library", "church", "school", "sports_hall", "activity_centre", "outdoor"):
        assert counts[kind] >= 3, kind
    without_point = sum(not loc["latitude"] for loc in rows("locations.csv"))
    assert 0.08 <= without_point / len(rows("locations.csv")) <= 0.22


def test_organisation_mix():
    counts = Counter(kinds("organization", "organisation-kind").values())
    assert sum(counts.values()) == len(rows("organizations.csv"))
    assert len(counts) == 8  # every kind
    assert counts["association"] >= 25


def test_status_full_and_staleness_shares():
    offers = package.offers()
    n = len(offers)
    statuses = Counter(o.status for o in offers)
    assert 0.85 <= statuses["active"] / n <= 0.95
    assert 0.03 <= statuses["paused"] / n <= 0.09
    assert 0.02 <= statuses["ended"] / n <= 0.07
    assert 0.05 <= sum(o.full for o in offers) / n <= 0.11
    assert all(o.status == "active" for o in offers if o.full)
    stale = sum((package.written() - o.assured).days > 190 for o in offers)
    assert 0.07 <= stale / n <= 0.14


def test_weekdays_times_and_kinds_of_schedule_are_spread():
    days: Counter[str] = Counter()
    kinds_of: Counter[str] = Counter()
    rules = [rule for offer in package.offers() for rule in offer.rules]
    for rule in rules:
        kinds_of["BIWEEKLY" if rule.interval == 2 else rule.freq] += 1
        for day in filter(None, rule.byday.split(",")):
            days[day[-2:]] += 1
    for day in ("MO", "TU", "WE", "TH", "FR"):
        assert days[day] >= 15, day
    assert days["SA"] >= 3 and days["SU"] >= 3
    assert sum(rule.opens >= "17:00" for rule in rules) >= 8
    for kind in ("WEEKLY", "BIWEEKLY", "MONTHLY", "ONCE"):
        assert kinds_of[kind] >= 5, kind
    assert any(rule.byday.startswith("-1") for rule in rules)
    assert all(6 * 60 <= _minutes(r.opens) < _minutes(r.closes) <= 23 * 60 for r in rules)


def _minutes(clock: str) -> int:
    return int(clock[:2]) * 60 + int(clock[3:])


def test_pauses_are_yearly_and_readable():
    with_pause = [o for o in package.offers() if o.alert]
    assert 0.4 <= len(with_pause) / len(package.offers()) <= 0.7
    pause = re.compile(r"Holder pause hvert år \d\d\.\d\d\.–\d\d\.\d\d\.")
    for offer in with_pause:  # in the words of our API, joined as it joins them
        assert ". ".join(pause.findall(offer.alert)) == offer.alert, offer.title


# Search and matching need these ------------------------------------------------------------


def test_offers_that_exercise_search_and_matching_exist():
    offers = package.offers()
    joined = "\n".join(o.title for o in offers).lower()
    for word in (
        "seniorkor",
        "fællessang på biblioteket",
        "syng med \N{EN DASH} salmer og sange",
        "vandregruppe",
        "gåklub",
        "stavgang",
        "mandeklubben",
        "sorggruppe for enker og enkemænd",
        "demensvenlig café",
        "pårørendecafé",
        "siddedans",
        "stolegymnastik",
        "vandgymnastik i varmtvandsbassin",
        "cykling uden alder",
        "it-café",
        "strikkeklub",
        "petanque",
        "bridge",
        "spisefællesskab",
        "lokalhistorisk arkiv",
        "højskoleformiddage",
        "elever og beboere bager sammen",
    ):
        assert word in joined, word
    assert "babysalmesang" not in joined
    by_title = {o.title: o for o in offers}
    assert "maend" in by_title["Mandeklubben"].codes_in("target")
    sorrow = by_title["Sorggruppe for enker og enkemænd"]
    assert "sorg" in sorrow.codes_in("target") and "samtale" in sorrow.codes_in("interest")
    assert "paaroerende" in by_title["Pårørendecafé"].codes_in("target")
    assert "demensvenlig" in by_title["Demensvenlig café"].codes_in("access")
    assert "svoemning" in by_title["Vandgymnastik i varmtvandsbassin"].codes_in("interest")
    cycling = [o for o in offers if o.title.startswith("Cykling uden alder")]
    assert cycling and all({"koerestol", "transport"} <= set(o.codes_in("access")) for o in cycling)
    assert "generationer" in by_title["Elever og beboere bager sammen"].codes_in("interest")
    for target in vocabulary.TARGET_CODES:
        assert any(target in o.codes_in("target") for o in offers), target
    for access in vocabulary.ACCESS_CODES:
        assert sum(access in o.codes_in("access") for o in offers) >= 5, access
    assert sum(bool(o.codes_in("target")) for o in offers) <= len(offers) * 0.15
    assert not any(set(o.codes_in("target")) >= {"maend", "kvinder"} for o in offers)


def test_offers_are_spread_over_organisations_and_places():
    offers = package.offers()
    assert {o.organisation for o in offers} == {org["id"] for org in rows("organizations.csv")}
    assert len({o.location for o in offers}) >= len(rows("locations.csv")) * 0.9


def test_a_place_has_what_its_offers_promise():
    at_place = attribute_codes("location")
    for offer in package.offers():
        for code in ("access:koerestol", "access:teleslynge"):
            if code in offer.codes:
                assert code in at_place.get(offer.location, []), (offer.title, code)


def test_places_lie_near_their_postal_code():
    with POSTAL_CSV.open(encoding="utf-8") as handle:
        register = {row["postal_code"]: row for row in csv.DictReader(handle)}
    postal = postal_code_of()
    for address in rows("addresses.csv"):
        assert register[address["postal_code"]]["name"] == address["city"]
        assert re.fullmatch(r"\D+ \d+[A-Z]?", address["address_1"]), address
    for place in rows("locations.csv"):
        if not place["latitude"]:
            continue
        centre = register[postal[place["id"]]]
        km = _km(
            float(place["latitude"]),
            float(place["longitude"]),
            float(centre["latitude"]),
            float(centre["longitude"]),
        )
        assert km <= MAX_KM_FROM_POSTAL_CENTROID, place["name"]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# Words -------------------------------------------------------------------------------------


def test_danish_text_looks_danish():
    offers = package.offers()
    texts = [t for o in offers for t in (o.title, o.summary, o.description)]
    assert sum(any(c in t for c in "æøå") for t in texts) > len(texts) * 0.5
    for offer in offers:
        assert offer.summary.endswith((".", "!", "?")), offer.title
        assert offer.description.endswith((".", "!", "?")), offer.title
        assert "  " not in offer.description, offer.title
        assert offer.summary != offer.description, offer.title
        for text in (offer.title, offer.summary, offer.description, offer.registration):
            assert not re.search(r"\bkl\. \d{1,2}:\d{2}", text), offer.title  # kl. 10.00
        assert not re.search(r"\d+ ?(kr|kroner)\b(?!\.)", offer.price_note), offer.title
        assert re.fullmatch(r"\S.* \([^()]+\)", offer.host), offer.host  # "Inger (korleder)"
        if offer.price_kr is None:
            assert offer.price_note.startswith("Gratis"), offer.title
        else:
            assert offer.price_kr > 0 and "kr." in offer.price_note, offer.title


def test_contacts_are_fictional_and_reachable():
    for row in (*rows("organizations.csv"), *rows("contacts.csv")):
        assert re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.example", row["email"]), row
    for row in rows("phones.csv"):
        assert re.fullmatch(r"\+45 \d\d \d\d \d\d \d\d", row["number"]), row
    for row in rows("organizations.csv"):
        assert not row["website"] or re.fullmatch(
            r"https://[a-z0-9.\-]+\.example[a-z0-9\-/]*", row["website"]
        )
    org_contacts = Counter(
        c["organization_id"] for c in rows("contacts.csv") if not c["service_id"]
    )
    assert all(1 <= n <= 2 for n in org_contacts.values())
    people = {
        (c["organization_id"], c["name"], c["email"])
        for c in rows("contacts.csv")
        if not c["service_id"]
    }
    for contact in rows("contacts.csv"):
        if contact["service_id"]:  # the offer's contact is one of its organiser's people
            assert (contact["organization_id"], contact["name"], contact["email"]) in people

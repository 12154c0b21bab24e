"""The demo municipality's content is consistent, varied and free of Django.

Runs without Django: ``uv run --no-project --with pytest python -m pytest tests/demo -q
-p no:django``.
"""

import csv
import dataclasses
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from brobygger.demo import content

ROOT = Path(__file__).resolve().parents[2]
# The shipped copy of the shared register (brobygger/areas/data/SOURCES.md).
POSTAL_CSV = ROOT / "brobygger" / "areas" / "data" / "postal_codes.csv"

EXPECTED_AREAS = {
    "Roskilde By": ("4000",),
    "Tune og Gadstrup": ("4030", "4621", "4622"),
    "Fjordlandet": ("4040", "4050", "4070"),
    "Viby og Borup": ("4130", "4140"),
    "Lejre": ("4320", "4060"),
    "Hvalsø og Tølløse": ("4330", "4340"),
}
# The interest codes of docs/matching.md, spelled out here so a typo in content.py is caught.
MATCHING_INTERESTS = (
    "bevaegelse",
    "gaatur",
    "dans",
    "svoemning",
    "cykling",
    "sang",
    "musik",
    "spil",
    "haandarbejde",
    "vaerksted",
    "have",
    "mad",
    "cafe",
    "foredrag",
    "historie",
    "it",
    "kultur",
    "tro",
    "dyr",
    "hjaelpe",
    "samtale",
    "generationer",
)


@pytest.fixture(autouse=True)
def _fast_and_plain():
    """Override tests/conftest.py's autouse fixture, which needs pytest-django's ``settings``.

    These tests never touch Django, so they also run with ``-p no:django``.
    """
    return


def _area_of(offer: content.OfferSpec) -> str:
    by_code = {code: a.name for a in content.AREAS for code in a.postal_codes}
    location = {loc.key: loc for loc in content.LOCATIONS}[offer.location]
    return by_code[location.postal_code]


def test_validate_finds_no_problems():
    assert content.validate() == []


def test_validate_reports_broken_references(monkeypatch):
    good = content.OFFERS[0]
    broken = dataclasses.replace(
        good,
        key=good.key,
        organisation="no-such-org",
        location="no-such-place",
        interests=("sang", "knitting"),
        schedules=(
            content.ScheduleSpec("WEEKLY XX 10:00-12:00"),
            content.ScheduleSpec("ONCE 2030-01-01 10:00-09:00", pause="13-01..01-02"),
        ),
    )
    monkeypatch.setattr(content, "OFFERS", (*content.OFFERS, broken))
    problems = "\n".join(content.validate())
    for fragment in (
        "is not unique",
        "unknown organisation",
        "unknown location",
        "'knitting'",
        "does not parse",
        "outside",
        "bad time range",
        "MM-DD",
    ):
        assert fragment in problems


def test_names_and_constants():
    assert content.MUNICIPALITY_NAME == "Fjordbro Kommune"
    assert content.DEMO_PASSWORD_HINT == ""
    assert tuple(MATCHING_INTERESTS) == content.INTEREST_CODES


def test_six_areas_with_the_agreed_postal_codes():
    assert len(content.AREAS) == 6
    assert {a.name: a.postal_codes for a in content.AREAS} == EXPECTED_AREAS


def test_postal_code_names_match_the_shared_register():
    with POSTAL_CSV.open(encoding="utf-8") as handle:
        register = {row["postal_code"]: row for row in csv.DictReader(handle)}
    for code, (town, lat, lon) in content.POSTAL_TOWNS.items():
        assert register[code]["name"] == town
        assert abs(float(register[code]["latitude"]) - lat) < 1e-4
        assert abs(float(register[code]["longitude"]) - lon) < 1e-4


def test_counts():
    assert 55 <= len(content.ORGANISATIONS) <= 70
    assert 140 <= len(content.OFFERS) <= 170
    assert 60 <= len(content.LOCATIONS) <= 80


def test_every_interest_code_has_at_least_three_offers():
    counts = Counter(code for offer in content.OFFERS for code in offer.interests)
    for code in MATCHING_INTERESTS:
        assert counts[code] >= 3, code
    for code in ("sang", "bevaegelse", "cafe", "gaatur", "haandarbejde", "vaerksted"):
        assert counts[code] >= 8, code


def test_every_area_has_locations_and_plenty_of_offers():
    locations_per_area = Counter()
    by_code = {code: a.name for a in content.AREAS for code in a.postal_codes}
    for loc in content.LOCATIONS:
        locations_per_area[by_code[loc.postal_code]] += 1
    offers_per_area = Counter(_area_of(o) for o in content.OFFERS)
    for area in EXPECTED_AREAS:
        assert locations_per_area[area] >= 8, area
        assert offers_per_area[area] >= 15, area
    # every postal code has at least one place
    assert {loc.postal_code for loc in content.LOCATIONS} == set(by_code)


def test_location_mix():
    kinds = Counter(loc.kind for loc in content.LOCATIONS)
    assert kinds["nursing_home"] == 8
    assert kinds["meeting_place"] + kinds["village_hall"] >= 8
    for kind in ("library", "church", "school", "sports_hall", "activity_centre", "outdoor"):
        assert kinds[kind] >= 3, kind
    without_point = sum(loc.latitude is None for loc in content.LOCATIONS)
    assert 0.08 <= without_point / len(content.LOCATIONS) <= 0.22


def test_organisation_mix():
    kinds = Counter(org.kind for org in content.ORGANISATIONS)
    for kind in content.ORGANISATION_KINDS:
        assert kinds[kind] >= 1, kind
    assert kinds["association"] >= 25


def test_status_full_and_staleness_shares():
    offers = content.OFFERS
    n = len(offers)
    statuses = Counter(o.status for o in offers)
    assert 0.85 <= statuses["active"] / n <= 0.95
    assert 0.03 <= statuses["paused"] / n <= 0.09
    assert 0.02 <= statuses["ended"] / n <= 0.07
    assert 0.05 <= sum(o.full for o in offers) / n <= 0.11
    assert 0.07 <= sum(o.confirmed_days_ago > 190 for o in offers) / n <= 0.14


def test_weekdays_times_and_kinds_of_schedule_are_spread():
    days: Counter[str] = Counter()
    freqs: Counter[str] = Counter()
    evenings = 0
    for offer in content.OFFERS:
        for schedule in offer.schedules:
            parsed = content.parse_rule(schedule.rule)
            assert parsed is not None
            freqs[parsed["freq"]] += 1
            for day in str(parsed["byday"]).split(","):
                if day:
                    days[day[-2:]] += 1
            evenings += parsed["opens"] >= "17:00"
    for day in ("MO", "TU", "WE", "TH", "FR"):
        assert days[day] >= 15, day
    assert days["SA"] >= 3 and days["SU"] >= 3
    assert evenings >= 8
    for freq in ("WEEKLY", "BIWEEKLY", "MONTHLY", "ONCE"):
        assert freqs[freq] >= 5, freq
    rules = [s.rule for o in content.OFFERS for s in o.schedules]
    assert any(re.search(r"MONTHLY -1", rule) for rule in rules)


def test_parse_rule():
    assert content.parse_rule("WEEKLY MO,TH 09:30-11:00") == {
        "freq": "WEEKLY",
        "byday": "MO,TH",
        "date": "",
        "opens": "09:30",
        "closes": "11:00",
    }
    assert content.parse_rule("BIWEEKLY WE 14:00-16:00")["freq"] == "BIWEEKLY"
    assert content.parse_rule("MONTHLY -1FR 13:00-15:00")["byday"] == "-1FR"
    assert content.parse_rule("ONCE 2027-01-14 19:00-21:00")["date"] == "2027-01-14"
    for bad in (
        "WEEKLY 10:00-12:00",
        "MONTHLY TH 14:00-15:30",
        "MONTHLY 0TH 14:00-15:30",
        "DAILY MO 10:00-11:00",
        "WEEKLY tu 10:00-12:00",
        "WEEKLY TU 10-12",
    ):
        assert content.parse_rule(bad) is None, bad


def test_offers_that_exercise_search_and_matching_exist():
    titles = [o.title for o in content.OFFERS]
    joined = "\n".join(titles).lower()
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
    by_title = {o.title: o for o in content.OFFERS}
    assert "maend" in by_title["Mandeklubben"].targets
    sorrow = by_title["Sorggruppe for enker og enkemænd"]
    assert "sorg" in sorrow.targets and "samtale" in sorrow.interests
    assert "paaroerende" in by_title["Pårørendecafé"].targets
    assert "demensvenlig" in by_title["Demensvenlig café"].access
    assert "svoemning" in by_title["Vandgymnastik i varmtvandsbassin"].interests
    cycling = [o for o in content.OFFERS if o.title.startswith("Cykling uden alder")]
    assert cycling and all({"koerestol", "transport"} <= set(o.access) for o in cycling)
    assert "generationer" in by_title["Elever og beboere bager sammen"].interests
    for target in content.TARGET_CODES:
        assert any(target in o.targets for o in content.OFFERS), target
    for access in content.ACCESS_CODES:
        assert sum(access in o.access for o in content.OFFERS) >= 5, access
    assert sum(bool(o.targets) for o in content.OFFERS) <= len(content.OFFERS) * 0.15


def test_offers_are_spread_over_organisations_and_locations():
    assert {o.organisation for o in content.OFFERS} == {o.key for o in content.ORGANISATIONS}
    used = Counter(o.location for o in content.OFFERS)
    assert len(used) >= len(content.LOCATIONS) * 0.9


def test_danish_text_looks_danish():
    texts = [t for o in content.OFFERS for t in (o.title, o.summary, o.description)]
    assert sum("æ" in t or "ø" in t or "å" in t for t in texts) > len(texts) * 0.5
    for offer in content.OFFERS:
        assert offer.summary.endswith((".", "!", "?")), offer.key
        assert offer.description.endswith((".", "!", "?")), offer.key
        assert "  " not in offer.description, offer.key
        assert offer.summary != offer.description, offer.key
        assert not re.search(r"\bkl\. \d{1,2}:\d{2}", offer.description), offer.key
        assert not re.search(r"\d+ ?(kr|kroner)\b(?!\.)", offer.price_note), offer.key


def test_contacts_are_fictional_and_reachable():
    for org in content.ORGANISATIONS:
        for contact in (*org.contacts,):
            assert contact.email.endswith(".example")
            assert contact.phone.startswith("+45 ")
        if org.website:
            assert ".example" in org.website


def test_content_is_deterministic_and_free_of_django():
    code = (
        "import sys, hashlib\n"
        "from brobygger.demo import content\n"
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), "
        "'content.py imports Django'\n"
        "print(hashlib.sha256(repr((content.AREAS, content.LOCATIONS, content.ORGANISATIONS, "
        "content.OFFERS)).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert len(digests) == 1


def test_specs_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        content.OFFERS[0].title = "x"  # type: ignore[misc]

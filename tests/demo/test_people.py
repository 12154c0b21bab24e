"""The demo's people file: one login per role, and every name it uses exists."""

import csv
import tomllib
from pathlib import Path

from brobygger.accounts.roles import Role
from brobygger.demo import generate, package
from brobygger.referrals.states import ReferrerKind
from brobygger.volunteers.stages import LeavingReason, Stage, TaskKind

PEOPLE = tomllib.loads(
    (Path(generate.__file__).parent / "data" / "people.toml").read_text(encoding="utf-8")
)
POSTAL_CSV = Path(generate.__file__).parents[1] / "areas" / "data" / "postal_codes.csv"
EXPECTED_AREAS = {
    "Roskilde By": ["4000"],
    "Tune og Gadstrup": ["4030", "4621", "4622"],
    "Fjordlandet": ["4040", "4050", "4070"],
    "Viby og Borup": ["4130", "4140"],
    "Lejre": ["4320", "4060"],
    "Hvalsø og Tølløse": ["4330", "4340"],
}


def test_a_login_for_every_role_and_a_link_worker_in_two_areas():
    assert {user.role for user in generate.DEMO_USERS} == set(Role.values)
    workers = [user for user in generate.DEMO_USERS if user.role == Role.LINK_WORKER]
    assert len({user.area for user in workers}) == 2
    assert len({user.email for user in generate.DEMO_USERS}) == len(generate.DEMO_USERS)
    assert all(user.email.endswith("@fjordbro.example") for user in generate.DEMO_USERS)
    assert generate.DEMO_PASSWORD == "Brobygger-demo-2026"


def test_six_areas_with_the_agreed_postal_codes_from_the_register():
    assert {a["name"]: a["postal_codes"] for a in PEOPLE["areas"]} == EXPECTED_AREAS
    with POSTAL_CSV.open(encoding="utf-8") as handle:
        register = {row["postal_code"] for row in csv.DictReader(handle)}
    assert {code for codes in EXPECTED_AREAS.values() for code in codes} <= register
    areas = set(EXPECTED_AREAS)
    assert PEOPLE["units"]["unrouted"] in areas
    assert {u["area"] for u in PEOPLE["users"] if "area" in u} <= areas


def test_every_name_the_people_use_exists():
    organisations = {row["name"] for row in package.table("organizations.csv")}
    active = {o.title for o in package.offers() if o.status == "active"}
    emails = {u["email"] for u in PEOPLE["users"]}
    volunteering = PEOPLE["volunteering"]
    qualifications = {q["name"] for q in volunteering["qualifications"]}
    roles = {r["title"] for r in volunteering["roles"]}
    logins = {v["login"] for v in PEOPLE["volunteers"] if "login" in v}
    assert logins <= emails
    names = {v["name"] for v in PEOPLE["volunteers"] if "name" in v}
    names |= {u["name"] for u in PEOPLE["users"] if u["email"] in logins}

    for user in PEOPLE["users"]:
        assert set(user.get("organisations", [])) <= organisations
    assert PEOPLE["cases"]["link_worker"] in emails
    for citizen in PEOPLE["citizens"]:
        assert citizen["referred_by"] in ReferrerKind.values
        assert 0 <= citizen["steps"] <= 5
        assert ("offer" in citizen) == (citizen["steps"] >= 4), citizen["name"]
        assert citizen.get("offer", next(iter(active))) in active
    assert volunteering["coordinator"] in emails
    assert any(volunteering["activity"] in title.lower() for title in active)
    assert volunteering["open_slots"]["role"] in roles
    for role in volunteering["roles"]:
        assert role["kind"] in TaskKind.values
        assert set(role.get("requires", [])) <= qualifications
    for volunteer in PEOPLE["volunteers"]:
        assert volunteer["stage"] in Stage.values
        assert set(volunteer["tasks"]) <= set(TaskKind.values)
        assert volunteer.get("leaving_reason", "time") in LeavingReason.values
        assert {q["kind"] for q in volunteer.get("qualifications", [])} <= qualifications
        assert volunteer.get("series", {"role": next(iter(roles))})["role"] in roles
    assert PEOPLE["companion"]["role"] in roles
    assert PEOPLE["companion"]["volunteer"] in logins
    for course in PEOPLE["courses"]:
        assert course["gives"] in qualifications
        assert set(course["volunteers"]) <= names
        assert set(course["staff"]) <= {u["email"] for u in PEOPLE["users"]}

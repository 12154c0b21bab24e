"""Each hard rule of matching.md on its own: an offer that breaks it is never proposed."""

from __future__ import annotations

from typing import Any

import pytest

from brobygger.matching.engine import (
    citizen_from_json,
    from_hsds,
    hard_rule_violations,
    offers_from_json,
    propose,
    rank,
)

from .conftest import (
    ROSKILDE,
    citizen,
    monthly,
    offset,
    reference_violations,
    service,
    weekly,
    window,
)

BASE_CITIZEN = citizen(
    "c",
    age=80,
    gender="kvinde",
    location={"latitude": ROSKILDE[0], "longitude": ROSKILDE[1]},
    needs=["koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"],
    max_distance_km=5,
    max_cost_kr=50,
    available=[window("TU", "09:00", "13:00")],
    wishes="Jeg savner at synge sammen med andre.",
)
ACCESS = (
    "access:koerestol",
    "access:teleslynge",
    "access:demensvenlig",
    "access:ekstra-stoette",
)


def good(sid: str = "ok", **changes: Any) -> dict[str, Any]:
    """An offer that keeps every rule for BASE_CITIZEN."""
    fields: dict[str, Any] = {
        "codes": ("interest:sang", *ACCESS),
        "schedules": [weekly("TU", "10:00", "12:00")],
        "places": [offset(1.0)],
        "costs": [30],
        "min_age": 65,
        "max_age": 99,
    }
    fields.update(changes)
    return service(sid, **fields)


def check(person: dict[str, Any], bad: dict[str, Any], expected: str) -> None:
    """bad breaks exactly `expected`; it is never proposed, and a good offer still is."""
    who = citizen_from_json(person)
    offer = from_hsds(bad)
    assert hard_rule_violations(who, offer) == [expected]
    assert reference_violations(person, bad) == {expected}
    offers = offers_from_json([good(), bad])
    proposal = propose(who, offers, top=10)
    assert [m.service_id for m in proposal.matches] == ["ok"]
    assert all(m.service_id != bad["id"] for m in rank(who, offers))


def test_the_good_offer_keeps_every_rule() -> None:
    who = citizen_from_json(BASE_CITIZEN)
    assert hard_rule_violations(who, from_hsds(good())) == []
    assert [m.service_id for m in rank(who, offers_from_json([good()]))] == ["ok"]


# 1. status --------------------------------------------------------------------------------
@pytest.mark.parametrize("status", ["inactive", "defunct", None])
def test_rule_1_only_active_offers(status: str | None) -> None:
    bad = good("bad")
    if status is None:
        del bad["status"]
    else:
        bad["status"] = status
    check(BASE_CITIZEN, bad, "status")


# 2. full ----------------------------------------------------------------------------------
def test_rule_2_no_full_offers() -> None:
    check(BASE_CITIZEN, good("bad", codes=("interest:sang", *ACCESS, "status:fuldt")), "full")


def test_a_full_offer_may_be_a_labelled_near_miss_but_never_a_match() -> None:
    who = citizen_from_json(BASE_CITIZEN)
    offers = offers_from_json([good("bad", codes=("interest:sang", *ACCESS, "status:fuldt"))])
    proposal = propose(who, offers)
    assert proposal.matches == ()
    assert [m.service_id for m in proposal.relaxed] == ["bad"]
    assert "venteliste" in proposal.relaxed[0].broken[0]


# 3. needs ---------------------------------------------------------------------------------
@pytest.mark.parametrize("need", ["koerestol", "teleslynge", "demensvenlig", "ekstra-stoette"])
def test_rule_3_every_hard_need_is_met(need: str) -> None:
    codes = tuple(c for c in ACCESS if c != f"access:{need}")
    check(BASE_CITIZEN, good("bad", codes=("interest:sang", *codes)), f"need:{need}")


@pytest.mark.parametrize("wish", ["foelgeven", "transport"])
def test_companion_and_transport_are_wishes_not_rules(wish: str) -> None:
    person = citizen("c", needs=[wish], wishes="Jeg vil gerne synge.")
    offers = offers_from_json(
        [
            service("without", codes=("interest:sang",)),
            service("with", codes=("interest:sang", f"access:{wish}")),
        ]
    )
    ranked = rank(citizen_from_json(person), offers)
    assert [m.service_id for m in ranked] == ["with", "without"]


# 4. distance ------------------------------------------------------------------------------
def test_rule_4_too_far_away() -> None:
    check(BASE_CITIZEN, good("bad", places=[offset(6.0)]), "distance")


def test_rule_4_the_nearest_physical_place_counts() -> None:
    who = citizen_from_json(BASE_CITIZEN)
    near_and_far = from_hsds(good("x", places=[offset(30.0), offset(0, 4.0)]))
    far_and_online = from_hsds(good("y", places=[offset(30.0), None]))
    assert hard_rule_violations(who, near_and_far) == []
    assert hard_rule_violations(who, far_and_online) == ["distance"]


def test_rule_4_a_limit_right_at_the_edge_holds(scorer) -> None:
    place = offset(4.2, 1.3)
    data = good("x", places=[place])
    exact = scorer.km(BASE_CITIZEN["location"], {"latitude": place[0], "longitude": place[1]})
    for limit, broken in ((exact, []), (exact - 1e-7, []), (exact - 1e-5, ["distance"])):
        person = BASE_CITIZEN | {"max_distance_km": limit}
        assert hard_rule_violations(citizen_from_json(person), from_hsds(data)) == broken
        assert scorer.violations(person, data) == broken


def test_rule_4_online_only_offers_are_exempt() -> None:
    person = BASE_CITIZEN | {"max_distance_km": 0.5}
    online = good("ok", places=[None])
    ranked = rank(citizen_from_json(person), offers_from_json([online]))
    assert [m.service_id for m in ranked] == ["ok"]
    assert "hjemmefra" in " ".join(ranked[0].reasons)


def test_rule_4_a_place_without_coordinates_cannot_be_shown_near() -> None:
    who = citizen_from_json(BASE_CITIZEN)
    data = good("x")
    del data["service_at_locations"][0]["location"]["latitude"]
    del data["service_at_locations"][0]["location"]["longitude"]
    assert hard_rule_violations(who, from_hsds(data)) == ["distance"]
    assert rank(who, offers_from_json([data])) == []


def test_rule_4_needs_a_limit_and_a_location() -> None:
    far = good("far", places=[offset(300.0)])
    for person in (
        {k: v for k, v in BASE_CITIZEN.items() if k != "max_distance_km"},
        {k: v for k, v in BASE_CITIZEN.items() if k != "location"},
    ):
        assert hard_rule_violations(citizen_from_json(person), from_hsds(far)) == []


# 5. time ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "schedule",
    [
        weekly("WE", "10:00", "12:00"),  # another day
        weekly("TU", "08:30", "10:00"),  # starts before they can
        weekly("TU", "12:00", "13:30"),  # ends after
        monthly("1WE", "10:00", "12:00"),
    ],
)
def test_rule_5_outside_their_times(schedule: dict[str, Any]) -> None:
    check(BASE_CITIZEN, good("bad", schedules=[schedule]), "time")


@pytest.mark.parametrize(
    "schedule",
    [
        weekly("MO,TU,FR", "09:00", "13:00"),  # exactly the window
        monthly("1TU", "10:00", "11:00"),  # first Tuesday
        monthly("-1TU", "10:00", "11:00"),  # last Tuesday
    ],
)
def test_rule_5_weekly_and_monthly_schedules_meet_on_their_weekday(
    schedule: dict[str, Any],
) -> None:
    who = citizen_from_json(BASE_CITIZEN)
    assert hard_rule_violations(who, from_hsds(good("x", schedules=[schedule]))) == []


def test_rule_5_one_fitting_schedule_is_enough_and_no_times_means_no_rule() -> None:
    two = good("x", schedules=[weekly("SU", "10:00", "11:00"), weekly("TU", "10:00", "11:00")])
    assert hard_rule_violations(citizen_from_json(BASE_CITIZEN), from_hsds(two)) == []
    none = good("y", schedules=[])
    assert hard_rule_violations(citizen_from_json(BASE_CITIZEN), from_hsds(none)) == ["time"]
    anytime = {k: v for k, v in BASE_CITIZEN.items() if k != "available"}
    assert hard_rule_violations(citizen_from_json(anytime), from_hsds(none)) == []


# 6. age -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("low", "high"), [(81, None), (None, 79), (85, 95)])
def test_rule_6_outside_the_age_range(low: float | None, high: float | None) -> None:
    bad = good("bad")
    bad.pop("minimum_age")
    bad.pop("maximum_age")
    if low is not None:
        bad["minimum_age"] = low
    if high is not None:
        bad["maximum_age"] = high
    check(BASE_CITIZEN, bad, "age")


def test_rule_6_the_edges_are_inside() -> None:
    who = citizen_from_json(BASE_CITIZEN)
    assert hard_rule_violations(who, from_hsds(good("x", min_age=80, max_age=80))) == []


# 7. cost ----------------------------------------------------------------------------------
def test_rule_7_too_expensive() -> None:
    check(BASE_CITIZEN, good("bad", costs=[75, 60]), "cost")


def test_rule_7_the_cheapest_option_counts_and_no_option_is_free() -> None:
    who = citizen_from_json(BASE_CITIZEN | {"max_cost_kr": 0})
    assert hard_rule_violations(who, from_hsds(good("x", costs=[]))) == []
    assert hard_rule_violations(who, from_hsds(good("y", costs=[300, None]))) == []
    assert hard_rule_violations(who, from_hsds(good("z", costs=[300, 0]))) == []
    assert hard_rule_violations(who, from_hsds(good("w", costs=[1]))) == ["cost"]


# 8. gender --------------------------------------------------------------------------------
def test_rule_8_mens_groups_not_for_women() -> None:
    check(BASE_CITIZEN, good("bad", codes=("interest:sang", *ACCESS, "target:maend")), "gender")


def test_rule_8_womens_groups_not_for_men() -> None:
    man = BASE_CITIZEN | {"gender": "mand"}
    check(man, good("bad", codes=("interest:sang", *ACCESS, "target:kvinder")), "gender")


def test_rule_8_no_gender_given_blocks_nothing() -> None:
    person = {k: v for k, v in BASE_CITIZEN.items() if k != "gender"}
    offer = good("x", codes=("interest:sang", *ACCESS, "target:maend"))
    assert hard_rule_violations(citizen_from_json(person), from_hsds(offer)) == []


# Nothing fits -----------------------------------------------------------------------------
def test_when_nothing_fits_there_are_no_matches_and_near_misses_are_labelled() -> None:
    who = citizen_from_json(BASE_CITIZEN)
    offers = offers_from_json(
        [
            good("late", schedules=[weekly("TU", "14:00", "16:00")]),
            good("pricey", costs=[60]),
            good("no-loop", codes=("interest:sang", *ACCESS[:1], *ACCESS[2:])),
        ]
    )
    proposal = propose(who, offers)
    assert proposal.matches == ()
    assert {m.service_id for m in proposal.relaxed} <= {"late", "pricey"}
    for near in proposal.relaxed:
        assert len(near.broken) == 1
        assert near.reasons


def test_the_reference_scorer_agrees_on_every_rule(scorer) -> None:
    cases = [
        good("a"),
        good("b", status="inactive"),
        good("c", codes=("interest:sang", "status:fuldt")),
        good("d", places=[offset(6.0), None]),
        good("e", schedules=[monthly("-1TU", "09:00", "13:00")]),
        good("f", costs=[51]),
        good("g", min_age=81),
        good("h", codes=("interest:sang", *ACCESS, "target:maend")),
        good("i", places=[None]),
    ]
    for data in cases:
        ours = hard_rule_violations(citizen_from_json(BASE_CITIZEN), from_hsds(data))
        assert sorted(ours) == sorted(scorer.violations(BASE_CITIZEN, data)), data["id"]

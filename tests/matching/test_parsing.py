"""Reading HSDS services and citizens: what is understood, and bad input named by its place."""

from __future__ import annotations

from typing import Any

import pytest

from brobygger.matching.engine import (
    ByDay,
    MatchInputError,
    citizen_from_json,
    citizens_from_json,
    from_hsds,
    offers_from_json,
)

from .conftest import citizen, monthly, service, weekly, window


def test_a_service_becomes_an_offer() -> None:
    data = service(
        "s1",
        codes=("interest:sang", "interest:musik", "access:koerestol", "status:fuldt"),
        schedules=[weekly("TU,TH", "10:00", "12:30"), monthly("-1FR", "17:30", "20:00")],
        places=[(55.6, 12.1), None],
        costs=[75, 30],
        min_age=60,
    )
    data["cost_options"][1]["option"] = "pr. gang"
    offer = from_hsds(data)
    assert offer.id == "s1"
    assert offer.interests == ("sang", "musik")
    assert offer.full
    assert offer.schedules[0].byday == (ByDay("TU"), ByDay("TH"))
    assert offer.schedules[0].opens == 600 and offer.schedules[0].closes == 750
    assert offer.schedules[1].byday == (ByDay("FR", -1),)
    assert offer.schedules[1].freq == "MONTHLY"
    assert [loc.virtual for loc in offer.locations] == [False, True]
    assert offer.cheapest_cost == 30 and offer.cost_note == "pr. gang"
    assert offer.minimum_age == 60 and offer.maximum_age is None


def test_a_minimal_service_and_citizen() -> None:
    offer = from_hsds({"id": "x"})
    assert offer.status is None and offer.schedules == () and offer.cheapest_cost == 0
    person = citizen_from_json({"id": 17})
    assert person.id == 17 and person.needs == frozenset() and person.available == ()


def test_a_citizen_is_read_with_all_fields() -> None:
    person = citizen_from_json(
        citizen(
            "c-17",
            age=81,
            gender="Kvinde",
            location={"latitude": 55.64, "longitude": 12.08},
            postal_code="4000",
            interests=["sang"],
            wishes="Jeg savner at synge.",
            needs=["koerestol", "foelgeven"],
            max_distance_km=5,
            max_cost_kr=50,
            available=[window("TU", "09:00", "13:00")],
        )
    )
    assert person.gender == "kvinde"
    assert person.has_location
    assert person.available[0].start == 540 and person.available[0].end == 780
    assert person.needs == {"koerestol", "foelgeven"}


def test_one_citizen_or_many() -> None:
    assert citizens_from_json({"id": "a"})[1] is False
    people, many = citizens_from_json([{"id": "a"}, {"id": "b"}])
    assert many and [p.id for p in people] == ["a", "b"]


def _error(call: Any, data: Any) -> MatchInputError:
    with pytest.raises(MatchInputError) as caught:
        call(data)
    return caught.value


@pytest.mark.parametrize(
    ("change", "pointer", "words"),
    [
        (lambda s: s["schedules"][0].update(byday="TU,XX"), "/1/schedules/0/byday", "ugedag"),
        (lambda s: s["schedules"][0].update(byday="tu"), "/1/schedules/0/byday", "ugedag"),
        (lambda s: s["schedules"][0].update(byday="9TH"), "/1/schedules/0/byday", "måneden"),
        (lambda s: s["schedules"][0].update(opens_at="9:00"), "/1/schedules/0/opens_at", "TT:MM"),
        (lambda s: s["schedules"][0].update(closes_at="25:00"), "/1/schedules/0/closes_at", ""),
        (lambda s: s["schedules"][0].update(opens_at=900), "/1/schedules/0/opens_at", "tekst"),
        (
            lambda s: s["service_at_locations"][0]["location"].update(latitude=95.0),
            "/1/service_at_locations/0/location/latitude",
            "breddegrad",
        ),
        (
            lambda s: s["service_at_locations"][0]["location"].update(longitude=-181),
            "/1/service_at_locations/0/location/longitude",
            "længdegrad",
        ),
        (
            lambda s: s["service_at_locations"][0]["location"].update(latitude="55.6"),
            "/1/service_at_locations/0/location/latitude",
            "tal",
        ),
        (lambda s: s.update(attributes={"code": "x"}), "/1/attributes", "liste"),
        (
            lambda s: s["attributes"][0]["taxonomy_term"].update(code=7),
            "/1/attributes/0/taxonomy_term/code",
            "tekst",
        ),
        (lambda s: s.update(cost_options=[{"amount": "30"}]), "/1/cost_options/0/amount", "tal"),
        (lambda s: s.update(minimum_age=True), "/1/minimum_age", "tal"),
        (lambda s: s.pop("id"), "/1/id", "id"),
        (lambda s: s.update(schedules=["WEEKLY"]), "/1/schedules/0", "objekt"),
    ],
)
def test_bad_services_are_named_by_their_place(change: Any, pointer: str, words: str) -> None:
    bad = service("s2")
    change(bad)
    problem = _error(offers_from_json, [service("s1"), bad])
    assert problem.pointer == pointer
    assert words in problem.message


def test_the_directory_must_be_a_list() -> None:
    problem = _error(offers_from_json, {"id": "s1"})
    assert problem.pointer == "" and "liste" in problem.message


@pytest.mark.parametrize(
    ("change", "pointer", "words"),
    [
        ({"available": [window("TU", "09:00", "12:00"), window("XX", "09:00", "12:00")]},
         "/0/available/1/weekday", "ukendt ugedag 'XX' (brug MO, TU, WE, TH, FR, SA eller SU)"),
        ({"available": [window("TU", "9:00", "12:00")]}, "/0/available/0/from", "TT:MM"),
        ({"available": [window("TU", "09:00:00", "12:00")]}, "/0/available/0/from", "TT:MM"),
        ({"available": [window("TU", "13:00", "12:00")]}, "/0/available/0/to", "før"),
        ({"available": [{"weekday": "TU", "from": "09:00"}]}, "/0/available/0/to", "mangler"),
        ({"available": {"weekday": "TU"}}, "/0/available", "liste"),
        ({"location": {"latitude": 155.0, "longitude": 12.0}}, "/0/location/latitude", "umulig"),
        ({"location": {"latitude": 55.0}}, "/0/location/longitude", "mangler"),
        ({"location": [55.0, 12.0]}, "/0/location", "objekt"),
        ({"age": -3}, "/0/age", "mindre end 0"),
        ({"age": 400}, "/0/age", "umulig alder"),
        ({"age": "81"}, "/0/age", "tal"),
        ({"needs": "koerestol"}, "/0/needs", "liste"),
        ({"needs": [None]}, "/0/needs/0", "tekst"),
        ({"max_distance_km": -1}, "/0/max_distance_km", "mindre end 0"),
        ({"max_cost_kr": "50"}, "/0/max_cost_kr", "tal"),
        ({"wishes": ["synge"]}, "/0/wishes", "tekst"),
        ({"id": None}, "/0/id", "id"),
        ({"id": True}, "/0/id", "id"),
    ],
)  # fmt: skip
def test_bad_citizens_are_named_by_their_place(
    change: dict[str, Any], pointer: str, words: str
) -> None:
    problem = _error(citizens_from_json, [citizen("c1") | change])
    assert problem.pointer == pointer
    assert words in problem.message


def test_a_single_citizen_has_pointers_from_the_root() -> None:
    problem = _error(citizens_from_json, citizen("c1", available=[window("XX", "09:00", "10:00")]))
    assert problem.pointer == "/available/0/weekday"


def test_pointer_keys_are_escaped() -> None:
    from brobygger.matching.engine.parsing import _child

    assert _child("", "a/b~c") == "/a~1b~0c"


def test_nulls_count_as_missing() -> None:
    person = citizen_from_json(
        citizen("c", age=None, location=None, max_distance_km=None, needs=None, available=None)
    )
    assert person.age is None and not person.has_location and person.max_distance_km is None
    offer = from_hsds(service("s") | {"minimum_age": None, "cost_options": None})
    assert offer.minimum_age is None and offer.cheapest_cost == 0

"""The public HSDS 3 API: shapes per the JSON Schemas, filters, pages, errors, query counts."""

import json
import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brobygger.areas.models import PostalCode
from brobygger.directory.models import (
    Contact,
    Location,
    Offer,
    OfferStatus,
    Organisation,
    Pause,
    Schedule,
    Taxonomy,
    Term,
)
from brobygger.directory.services import refresh_search_document
from brobygger.hsds.serializers import service_at_location_id
from tests import factories

from .schemas import assert_page, assert_valid, compiled, errors, plain, response_schema

pytestmark = pytest.mark.django_db


def get(client: Any, url: str, **params: Any) -> tuple[int, Any]:
    response = client.get(url, params)
    assert response["Content-Type"] == "application/json"
    return response.status_code, json.loads(response.content)


def names(body: dict[str, Any]) -> list[str]:
    return [item["name"] for item in body["contents"]]


@dataclass
class Directory:
    choir: Offer
    walk: Offer
    knitting: Offer
    cards: Offer
    talk: Offer
    org: Organisation
    other_org: Organisation
    hall: Location
    path: Location


def add_schedule(
    offer: Offer, freq: str, byday: str, opens: str, closes: str, **extra: Any
) -> Schedule:
    return Schedule.objects.create(
        offer=offer,
        freq=freq,
        byday=byday,
        opens_at=time.fromisoformat(opens),
        closes_at=time.fromisoformat(closes),
        **extra,
    )


@pytest.fixture
def directory() -> Directory:
    org = factories.organisation(
        "Roskilde Seniorforening",
        description="Et kor for alle over 60.",
        email="kor@example.dk",
        website="https://kor.example.dk",
        phone="+45 46 31 00 01",
    )
    Contact.objects.create(
        organisation=org,
        name="Birthe Sørensen",
        title="Formand",
        email="birthe@example.dk",
        phone="20 30 40 50",
    )
    other_org = factories.organisation("Tune Gangklub")
    hall = factories.location(
        "Kulturhuset",
        "4000",
        street="Rådhusbuen 1",
        organisation=org,
        latitude=55.6419,
        longitude=12.0878,
        position_exact=True,
        wheelchair=True,
        hearing_loop=True,
        accessibility="Elevator til 1. sal.",
    )
    path = factories.location("Tune Bibliotek", "4030", street="Tune Centervej 2")
    choir = factories.offer(
        "Seniorkoret synger",
        description="Vi synger danske sange og salmer.",
        terms=("interest:sang", "interest:musik", "access:koerestol"),
        org=org,
        loc=hall,
        schedule=("WEEKLY", "TU", "10:00-12:00"),
        price_kr=Decimal("30.00"),
        price_note="pr. gang",
        min_age=60,
        max_age=99,
        contact_name="Birthe Sørensen",
        contact_phone="20 30 40 50",
        contact_email="birthe@example.dk",
        registration="Mød bare op.",
    )
    add_schedule(
        choir,
        "MONTHLY",
        "1TH",
        "19:00",
        "21:00",
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
        note="Koncertprøve",
    )
    Pause.objects.create(offer=choir, starts_on=date(2026, 7, 1), ends_on=date(2026, 7, 31))
    walk = factories.offer(
        "Gåtur ved fjorden",
        terms=("interest:gaatur",),
        org=other_org,
        loc=path,
        schedule=("WEEKLY", "MO,TH", "09:30-11:00"),
        has_places=False,
    )
    knitting = factories.offer(
        "Strikkecafé",
        terms=("interest:haandarbejde",),
        org=org,
        loc=hall,
        status=OfferStatus.PAUSED,
    )
    Offer.objects.filter(pk=knitting.pk).update(location=None)
    knitting.refresh_from_db()
    cards = factories.offer(
        "Kortklubben", terms=("interest:spil",), org=other_org, loc=path, status=OfferStatus.ENDED
    )
    talk = factories.offer("Foredrag om Roskilde", org=org, loc=hall, schedule=None)
    Schedule.objects.create(
        offer=talk, freq="ONCE", date=date(2026, 5, 5), opens_at=time(14), closes_at=time(16)
    )
    return Directory(choir, walk, knitting, cards, talk, org, other_org, hall, path)


# The schema harness itself --------------------------------------------------------------


def test_schema_validation_catches_broken_services() -> None:
    good = {"id": str(uuid.uuid4()), "name": "Kor", "status": "active"}
    assert errors(good, compiled("service")) == []
    assert errors({**good, "status": "paused"}, compiled("service"))
    assert errors({**good, "id": "not-a-uuid"}, compiled("service"))
    assert errors({**good, "last_modified": "yesterday"}, compiled("service"))
    assert errors({"id": good["id"], "name": "x"}, compiled("service_list"))


# Shapes ---------------------------------------------------------------------------------


def test_root_describes_the_api(client: Any) -> None:
    status, body = get(client, reverse("hsds:root"))
    assert status == 200
    assert_valid(body, response_schema("/"))
    assert body["version"] == "3.0"
    assert body["openapi_url"].endswith("/schema/openapi.json")
    assert body["profile"] == "http://testserver" + reverse("api_docs")


def test_services_list_matches_schema_and_hides_ended_offers(
    client: Any, directory: Directory
) -> None:
    status, body = get(client, reverse("hsds:services"))
    assert status == 200
    assert_page(body, compiled("service_list"), "/services")
    assert names(body) == [
        "Foredrag om Roskilde",
        "Gåtur ved fjorden",
        "Seniorkoret synger",
        "Strikkecafé",
    ]
    assert body["total_items"] == 4
    item = body["contents"][2]
    assert item["organization"]["name"] == "Roskilde Seniorforening"
    assert "schedules" not in item  # list items keep to one-to-one fields


def test_full_services_list_matches_the_full_schema(client: Any, directory: Directory) -> None:
    status, body = get(client, reverse("hsds:services"), full="true")
    assert status == 200
    assert_page(body, compiled("service"), "/services")
    assert all("schedules" in item for item in body["contents"])


def test_service_detail_carries_everything_a_matcher_needs(
    client: Any, directory: Directory
) -> None:
    choir = directory.choir
    status, body = get(client, reverse("hsds:service", args=[choir.hsds_id]))
    assert status == 200
    assert_valid(body, compiled("service"))
    assert_valid(body, response_schema("/services/{id}"))
    assert body["id"] == str(choir.hsds_id)
    assert body["status"] == "active"
    assert body["url"] == "http://testserver" + reverse("directory:offer", args=[choir.pk])
    assert (body["minimum_age"], body["maximum_age"]) == (60, 99)
    assert body["cost_options"] == [
        {
            "id": body["cost_options"][0]["id"],
            "service_id": str(choir.hsds_id),
            "option": "pr. gang",
            "currency": "DKK",
            "amount": 30,
        }
    ]
    assert body["application_process"] == "Mød bare op."
    assert body["alert"] == "Holder pause hvert år 01.07.–31.07."
    weekly, monthly = body["schedules"]
    assert weekly == {
        "id": str(choir.schedules.first().hsds_id),
        "service_id": str(choir.hsds_id),
        "freq": "WEEKLY",
        "interval": 1,
        "byday": "TU",
        "opens_at": "10:00:00",
        "closes_at": "12:00:00",
        "description": "Hver tirsdag kl. 10–12",
    }
    assert monthly["byday"] == "1TH"
    assert (monthly["dtstart"], monthly["until"]) == ("2026-01-01", "2026-12-31")
    assert monthly["description"] == "Første torsdag i måneden kl. 19–21"
    assert monthly["notes"] == "Koncertprøve"
    codes = {a["taxonomy_term"]["code"] for a in body["attributes"]}
    assert codes == {"interest:sang", "interest:musik", "access:koerestol"}
    assert body["contacts"][0]["name"] == "Birthe Sørensen"
    assert body["contacts"][0]["phones"][0]["number"] == "20 30 40 50"
    assert body["phones"][0]["number"] == "20 30 40 50"
    (sal,) = body["service_at_locations"]
    assert sal["id"] == service_at_location_id(choir.hsds_id, directory.hall.hsds_id)
    place = sal["location"]
    assert (place["latitude"], place["longitude"]) == (55.6419, 12.0878)
    assert place["location_type"] == "physical"
    assert place["addresses"] == [
        {
            "id": place["addresses"][0]["id"],
            "location_id": str(directory.hall.hsds_id),
            "address_1": "Rådhusbuen 1",
            "city": "Roskilde",
            "state_province": "Region Sjælland",
            "region": "Roskilde",
            "postal_code": "4000",
            "country": "DK",
            "address_type": "physical",
        }
    ]
    assert place["accessibility"][0]["description"] == "Elevator til 1. sal."
    assert {a["taxonomy_term"]["code"] for a in place["attributes"]} == {
        "access:koerestol",
        "access:teleslynge",
    }


def test_service_statuses_map_to_hsds(client: Any, directory: Directory) -> None:
    def status_of(offer: Offer) -> dict[str, Any]:
        return get(client, reverse("hsds:service", args=[offer.hsds_id]))[1]

    assert status_of(directory.knitting)["status"] == "inactive"
    ended = status_of(directory.cards)
    assert ended["status"] == "defunct"
    assert "url" not in ended  # ended offers have no public page
    assert status_of(directory.knitting)["service_at_locations"] == []


def test_a_full_offer_is_published_with_the_status_full_attribute(
    client: Any, directory: Directory
) -> None:
    body = get(client, reverse("hsds:service", args=[directory.walk.hsds_id]))[1]
    codes = {a["taxonomy_term"]["code"] for a in body["attributes"]}
    assert codes == {"interest:gaatur", "status:fuldt"}
    assert body["cost_options"] == []  # free
    assert body["fees_description"] == "Gratis."
    place = body["service_at_locations"][0]["location"]
    tune = PostalCode.objects.get(code="4030")
    # No exact position is known, so the postal code's centre stands in.
    assert (place["latitude"], place["longitude"]) == (tune.latitude, tune.longitude)


def test_one_off_event_has_dates_but_no_recurrence(client: Any, directory: Directory) -> None:
    body = get(client, reverse("hsds:service", args=[directory.talk.hsds_id]))[1]
    (once,) = body["schedules"]
    assert "freq" not in once and "byday" not in once
    assert once["valid_from"] == once["valid_to"] == once["dtstart"] == "2026-05-05"
    assert once["description"] == "Tirsdag 5. maj 2026 kl. 14–16"


def test_every_other_week_gets_the_start_that_fixes_its_phase(
    client: Any, directory: Directory
) -> None:
    Schedule.objects.filter(offer=directory.walk).update(interval=2)
    body = get(client, reverse("hsds:service", args=[directory.walk.hsds_id]))[1]
    (rule,) = body["schedules"]
    assert (rule["freq"], rule["interval"], rule["byday"]) == ("WEEKLY", 2, "MO,TH")
    # The Monday schedules.occurrences counts fortnights from when no start is set.
    assert rule["dtstart"] == "2026-01-05"
    assert rule["description"] == "Hver anden mandag og torsdag kl. 9.30–11"


def test_staff_who_confirmed_an_offer_are_not_published(client: Any, directory: Directory) -> None:
    coordinator = factories.user(email="koordinator@kommune.example.dk")
    Offer.objects.filter(pk=directory.choir.pk).update(last_confirmed_by=coordinator)
    for url in (
        reverse("hsds:service", args=[directory.choir.hsds_id]),
        reverse("hsds:services") + "?full=true",
    ):
        assert b"koordinator" not in client.get(url).content


def test_organizations(client: Any, directory: Directory) -> None:
    status, body = get(client, reverse("hsds:organizations"))
    assert status == 200
    assert_page(body, compiled("organization_list"), "/organizations")
    assert names(body) == ["Roskilde Seniorforening", "Tune Gangklub"]

    status, org = get(client, reverse("hsds:organization", args=[directory.org.hsds_id]))
    assert status == 200
    assert_valid(org, compiled("organization"))
    assert_valid(org, response_schema("/organizations/{id}"))
    assert org["contacts"][0]["name"] == "Birthe Sørensen"
    assert org["phones"][0]["number"] == "+45 46 31 00 01"
    assert [loc["name"] for loc in org["locations"]] == ["Kulturhuset"]
    assert [s["name"] for s in org["services"]] == [
        "Foredrag om Roskilde",
        "Seniorkoret synger",
        "Strikkecafé",
    ]

    status, full = get(client, reverse("hsds:organizations"), full="true", search="gangklub")
    assert status == 200
    assert_page(full, compiled("organization"), "/organizations")
    # The ended card club is not listed with its organiser.
    assert [s["name"] for s in full["contents"][0]["services"]] == ["Gåtur ved fjorden"]


def test_service_at_locations(client: Any, directory: Directory) -> None:
    status, body = get(client, reverse("hsds:service_at_locations"))
    assert status == 200
    assert_page(body, compiled("service_at_location_list"), "/service_at_locations")
    # The paused knitting café has no place, the card club has ended.
    assert [i["service"]["name"] for i in body["contents"]] == [
        "Foredrag om Roskilde",
        "Gåtur ved fjorden",
        "Seniorkoret synger",
    ]
    first = body["contents"][0]
    status, detail = get(client, reverse("hsds:service_at_location", args=[first["id"]]))
    assert status == 200
    assert_valid(detail, compiled("service_at_location"))
    assert detail["service"]["id"] == str(directory.talk.hsds_id)
    assert detail["location"]["addresses"][0]["postal_code"] == "4000"

    status, full = get(client, reverse("hsds:service_at_locations"), full="true", postcode="4030")
    assert status == 200
    assert_page(full, compiled("service_at_location"), "/service_at_locations")
    assert [i["service"]["name"] for i in full["contents"]] == ["Gåtur ved fjorden"]


def test_taxonomies_and_terms(client: Any) -> None:
    status, body = get(client, reverse("hsds:taxonomies"))
    assert status == 200
    assert_page(body, plain("taxonomy"), "/taxonomies")
    assert [t["name"] for t in body["contents"]] == [
        "Tilgængelighed og støtte",
        "Interesser",
        "Status",
        "Målgrupper",
    ]
    interests = Taxonomy.objects.get(slug="interest")
    status, one = get(client, reverse("hsds:taxonomy", args=[interests.hsds_id]))
    assert status == 200
    assert_valid(one, response_schema("/taxonomies/{id}"))

    status, terms = get(
        client, reverse("hsds:taxonomy_terms"), taxonomy_id=interests.hsds_id, per_page=100
    )
    assert status == 200
    assert_page(terms, plain("taxonomy_term"), "/taxonomy_terms")
    assert terms["total_items"] == interests.terms.count()
    assert terms["contents"][0]["code"] == "interest:bevaegelse"
    assert terms["contents"][0]["taxonomy_detail"]["id"] == str(interests.hsds_id)

    sang = Term.objects.get(code="interest:sang")
    status, term = get(client, reverse("hsds:taxonomy_term", args=[sang.hsds_id]))
    assert status == 200
    assert_valid(term, response_schema("/taxonomy_terms/{id}"))
    assert (term["code"], term["name"], term["language"]) == ("interest:sang", "Sang og kor", "da")

    status, found = get(client, reverse("hsds:taxonomy_terms"), search="kørestol")
    assert [t["code"] for t in found["contents"]] == ["access:koerestol"]


# Filters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"search": "synge"}, ["Seniorkoret synger"]),
        ({"search": "kor"}, ["Seniorkoret synger"]),  # a synonym: kor → sang
        ({"search": "gå tur"}, ["Gåtur ved fjorden"]),
        ({"taxonomy_term": "interest:sang"}, ["Seniorkoret synger"]),
        ({"taxonomy_term": "interest:sang,access:koerestol"}, ["Seniorkoret synger"]),
        ({"taxonomy_term": ["interest:sang", "interest:gaatur"]}, []),  # AND, not OR
        ({"taxonomy_term": "status:fuldt"}, ["Gåtur ved fjorden"]),
        ({"taxonomy_term": "interest:findes-ikke"}, []),
        ({"postcode": "4030"}, ["Gåtur ved fjorden"]),
        ({"postcode": "4000", "taxonomy_term": "interest:gaatur"}, []),
        ({"status": "defunct"}, ["Kortklubben"]),
        ({"status": "inactive"}, ["Strikkecafé"]),
        (
            {"status": "all"},
            [
                "Foredrag om Roskilde",
                "Gåtur ved fjorden",
                "Kortklubben",
                "Seniorkoret synger",
                "Strikkecafé",
            ],
        ),
        ({"status": "active", "search": "sang"}, ["Seniorkoret synger"]),
    ],
)
def test_service_filters(
    client: Any, directory: Directory, params: dict[str, Any], expected: list[str]
) -> None:
    status, body = get(client, reverse("hsds:services"), **params)
    assert status == 200
    assert sorted(names(body)) == expected
    assert body["total_items"] == len(expected)


def test_filter_by_term_id_and_organisation(client: Any, directory: Directory) -> None:
    sang = Term.objects.get(code="interest:sang")
    url = reverse("hsds:services")
    assert names(get(client, url, taxonomy_term_id=sang.hsds_id)[1]) == ["Seniorkoret synger"]
    assert names(get(client, url, organization_id=directory.other_org.hsds_id)[1]) == [
        "Gåtur ved fjorden"
    ]
    assert (
        names(
            get(
                client,
                url,
                organization_id=directory.other_org.hsds_id,
                taxonomy_term_id=sang.hsds_id,
            )[1]
        )
        == []
    )
    assert names(get(client, url, taxonomy_term_id=uuid.uuid4())[1]) == []
    access = Taxonomy.objects.get(slug="access")
    assert names(get(client, url, taxonomy_id=access.hsds_id)[1]) == ["Seniorkoret synger"]


def test_modified_after_follows_the_offer_its_organiser_and_its_place(
    client: Any, directory: Directory
) -> None:
    url = reverse("hsds:services")
    long_ago = timezone.now() - timedelta(days=30)
    Offer.objects.update(updated_at=long_ago)
    Organisation.objects.update(updated_at=long_ago)
    Location.objects.update(updated_at=long_ago)
    since = (timezone.now() - timedelta(days=1)).isoformat()
    assert names(get(client, url, modified_after=since)[1]) == []

    directory.path.name = "Tune Bibliotek og Borgerservice"
    directory.path.save()  # the walk's place changed, so the walk counts as changed
    assert names(get(client, url, modified_after=since)[1]) == ["Gåtur ved fjorden"]
    day = timezone.localdate().isoformat()
    assert names(get(client, url, modified_after=day)[1]) == ["Gåtur ved fjorden"]
    body = get(client, url, modified_after=since, full="true")[1]
    assert body["contents"][0]["last_modified"] >= since[:10]


# Pages ----------------------------------------------------------------------------------


def test_pages(client: Any, directory: Directory) -> None:
    url = reverse("hsds:services")
    status, first = get(client, url, per_page=3)
    assert status == 200
    assert {k: v for k, v in first.items() if k != "contents"} == {
        "total_items": 4,
        "total_pages": 2,
        "page_number": 1,
        "size": 3,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    status, second = get(client, url, per_page=3, page=2)
    assert (second["size"], second["first_page"], second["last_page"]) == (1, False, True)
    assert set(names(first)).isdisjoint(names(second))
    status, beyond = get(client, url, per_page=3, page=3)
    assert status == 200
    assert (beyond["contents"], beyond["empty"], beyond["last_page"]) == ([], True, True)
    assert get(client, url, per_page=100)[0] == 200


def test_an_empty_result_is_one_empty_page(client: Any) -> None:
    status, body = get(client, reverse("hsds:services"))
    assert status == 200
    assert {k: v for k, v in body.items() if k != "contents"} == {
        "total_items": 0,
        "total_pages": 1,
        "page_number": 1,
        "size": 0,
        "first_page": True,
        "last_page": True,
        "empty": True,
    }


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"per_page": "101"}, "per_page"),
        ({"per_page": "0"}, "per_page"),
        ({"per_page": "-5"}, "per_page"),
        ({"per_page": "ti"}, "per_page"),
        ({"page": "0"}, "page"),
        ({"page": "1.5"}, "page"),
        ({"page": ["1", "2"]}, "page"),
        ({"taxonomy_term_id": "sang"}, "taxonomy_term_id"),
        ({"organization_id": "123"}, "organization_id"),
        ({"modified_after": "i går"}, "modified_after"),
        ({"modified_after": "2026-13-01"}, "modified_after"),
        ({"postcode": "40"}, "postcode"),
        ({"status": "paused"}, "status"),
        ({"full": "måske"}, "full"),
        ({"format": "ndjson"}, "format"),
        ({"search": "x" * 201}, "search"),
        ({"taxonomy_term": "interest:sang\x00"}, "taxonomy_term"),
        ({"postcode": "٤٠٠٠"}, "postcode"),
    ],
)
def test_bad_parameters_are_a_clear_400(
    client: Any, params: dict[str, Any], parameter: str
) -> None:
    status, body = get(client, reverse("hsds:services"), **params)
    assert status == 400
    assert body["status"] == 400
    assert body["parameter"] == parameter
    assert parameter in body["error"]


@pytest.mark.parametrize(
    "name", ["organizations", "service_at_locations", "taxonomies", "taxonomy_terms"]
)
def test_every_list_checks_its_page_parameters(client: Any, name: str) -> None:
    status, body = get(client, reverse(f"hsds:{name}"), per_page="1000")
    assert status == 400
    assert "per_page" in body["error"]


@pytest.mark.parametrize(
    "name", ["service", "organization", "service_at_location", "taxonomy", "taxonomy_term"]
)
@pytest.mark.parametrize("raw_id", ["not-a-uuid", "8f4c1d2e-0000-4000-8000-000000000000"])
def test_unknown_ids_are_a_json_404(
    client: Any, directory: Directory, name: str, raw_id: str
) -> None:
    status, body = get(client, reverse(f"hsds:{name}", args=[raw_id]))
    assert status == 404
    assert body == {
        "status": 404,
        "error": f"Der findes ingen {name} med id »{raw_id}«. Tjek, at id'et er skrevet rigtigt.",
    }


query_values = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.uuids().map(str),
    st.sampled_from(
        [
            "",
            "true",
            "all",
            "defunct",
            "4000",
            "2026-01-01",
            "interest:sang",
            "2026-01-01T10:00:00+01:00",
            "1TH",
            "%00",
            "\x00",
            "'; drop table",
            "ø" * 5,
        ]
    ),
)
query_params = st.dictionaries(
    st.sampled_from(
        [
            "search",
            "page",
            "per_page",
            "taxonomy_term_id",
            "taxonomy_term",
            "taxonomy_id",
            "postcode",
            "modified_after",
            "organization_id",
            "status",
            "full",
            "format",
            "other",
        ]
    ),
    st.one_of(query_values, st.lists(query_values, min_size=1, max_size=3)),
    max_size=5,
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=query_params)
def test_any_query_gives_json_200_or_400(
    client: Any, directory: Directory, params: dict[str, Any]
) -> None:
    response = client.get(reverse("hsds:services"), params)
    assert response.status_code in {200, 400}
    body = json.loads(response.content)
    if response.status_code == 200:
        assert isinstance(body["contents"], list)
    else:
        assert body["error"]


# HTTP -----------------------------------------------------------------------------------


def test_open_data_headers(client: Any, directory: Directory) -> None:
    response = client.get(reverse("hsds:services"))
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert "Gåtur".encode() in response.content  # UTF-8, not \u escapes
    again = client.get(reverse("hsds:services"), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == "*"
    error = client.get(reverse("hsds:services"), {"page": "x"})
    assert error["Access-Control-Allow-Origin"] == "*"
    assert "no-store" in error["Cache-Control"]


def test_the_api_is_read_only(client: Any) -> None:
    status, body = get_via(client.post, reverse("hsds:services"))
    assert (status, body["error"]) == (405, "Dette API kan kun læses, ikke ændres. Brug GET.")
    assert get_via(client.delete, reverse("hsds:organizations"))[0] == 405
    assert client.head(reverse("hsds:services")).status_code == 200
    preflight = client.options(reverse("hsds:services"))
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]


def get_via(method: Any, url: str) -> tuple[int, Any]:
    response = method(url)
    return response.status_code, json.loads(response.content)


# Query counts ---------------------------------------------------------------------------


@pytest.fixture
def many_offers(directory: Directory) -> None:
    sang = Term.objects.get(code="interest:sang")
    for n in range(60):
        item = factories.offer(
            f"Hold {n:02}",
            org=directory.org if n % 2 else None,
            loc=directory.hall if n % 3 else directory.path,
        )
        item.terms.add(sang)
        add_schedule(item, "MONTHLY", "-1FR", "13:00", "15:00")
        Pause.objects.create(offer=item, starts_on=date(2026, 12, 20), ends_on=date(2027, 1, 5))
        refresh_search_document(item)


def count_queries(client: Any, url: str, **params: Any) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    assert len(json.loads(response.content)["contents"]) == int(params["per_page"])
    return len(queries)


@pytest.mark.parametrize(
    ("name", "params", "most"),
    [
        ("services", {}, 2),
        ("services", {"full": "true"}, 6),
        ("services", {"full": "true", "search": "hold", "taxonomy_term": "interest:sang"}, 7),
        ("service_at_locations", {}, 2),
        ("service_at_locations", {"full": "true"}, 6),
        ("taxonomy_terms", {}, 2),
    ],
)
def test_queries_do_not_grow_with_the_page(
    client: Any,
    many_offers: None,
    django_assert_max_num_queries: Any,
    name: str,
    params: dict[str, str],
    most: int,
) -> None:
    url = reverse(f"hsds:{name}")
    small = count_queries(client, url, per_page="5", **params)
    with django_assert_max_num_queries(most):
        large = count_queries(
            client, url, per_page="50" if name != "taxonomy_terms" else "30", **params
        )
    assert small == large


def test_organisation_queries_do_not_grow_with_the_page(client: Any, many_offers: None) -> None:
    for n in range(20):
        org = factories.organisation(f"Forening {n:02}")
        factories.offer(f"Aktivitet {n}", org=org)
        Contact.objects.create(organisation=org, name=f"Kontakt {n}")
    url = reverse("hsds:organizations")
    small = count_queries(client, url, per_page="2", full="true")
    large = count_queries(client, url, per_page="20", full="true")
    assert small == large <= 7

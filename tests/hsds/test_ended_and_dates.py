"""An ended offer publishes no contact person; dates the database cannot compare are a 400."""

import json
from typing import Any

import pytest
from django.urls import reverse

from brobygger.directory.models import OfferStatus
from tests import factories

from .schemas import assert_valid, compiled

pytestmark = pytest.mark.django_db

PERSON = {
    "contact_name": "Birthe Sørensen",
    "contact_phone": "20 30 40 50",
    "contact_email": "birthe@example.dk",
}


def _get(client: Any, url: str, **params: Any) -> tuple[int, Any]:
    response = client.get(url, params)
    assert response["Content-Type"] == "application/json"
    return response.status_code, json.loads(response.content)


def _mentions_person(body: Any) -> bool:
    text = json.dumps(body, ensure_ascii=False)
    return any(value in text for value in PERSON.values())


def test_ended_offer_publishes_no_contact_person(client, reference_data):
    offer = factories.offer("Kortklubben", status=OfferStatus.ENDED, **PERSON)
    status, body = _get(client, reverse("hsds:service", args=[offer.hsds_id]))
    assert status == 200
    assert_valid(body, compiled("service"))
    assert body["status"] == "defunct"
    assert body["contacts"] == [] and body["phones"] == []
    assert "email" not in body
    assert not _mentions_person(body)

    for name in ("services", "service_at_locations"):
        status, page = _get(client, reverse(f"hsds:{name}"), status="all", full="true")
        assert status == 200 and page["total_items"] == 1
        assert not _mentions_person(page)


def test_active_offer_still_publishes_its_contact(client, reference_data):
    offer = factories.offer("Seniorkoret", **PERSON)
    _, body = _get(client, reverse("hsds:service", args=[offer.hsds_id]))
    assert [c["name"] for c in body["contacts"]] == ["Birthe Sørensen"]
    assert body["email"] == "birthe@example.dk"


@pytest.mark.parametrize(
    "value",
    ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59-05:00"],
)
@pytest.mark.parametrize("endpoint", ["services", "organizations", "service_at_locations"])
def test_modified_after_far_outside_our_time_is_a_danish_400(
    client, reference_data, value, endpoint
):
    factories.offer("Seniorkoret")
    status, body = _get(client, reverse(f"hsds:{endpoint}"), modified_after=value)
    assert status == 400
    assert body["parameter"] == "modified_after"
    assert "mellem år 1900 og 2100" in body["error"]


def test_modified_after_on_the_spring_forward_night_is_read(client, reference_data):
    factories.offer("Seniorkoret")
    status, body = _get(client, reverse("hsds:services"), modified_after="2026-03-29T02:30:00")
    assert status == 200 and body["total_items"] == 1

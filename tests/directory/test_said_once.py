"""Addresses without stray commas, and a price or an accessibility label said once."""

import re
from decimal import Decimal

import pytest
from django.test import RequestFactory
from django.urls import reverse

from brobygger.directory.calendar import calendar_for
from brobygger.lib.templatetags.brobygger import price
from brobygger.lib.text import join_address
from tests import factories


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("", "4000 Roskilde"), "4000 Roskilde"),
        (("Algade 1", "4000 Roskilde"), "Algade 1, 4000 Roskilde"),
        (("Medborgerhuset", " ", None, "4000 Roskilde"), "Medborgerhuset, 4000 Roskilde"),
        (("", None), ""),
    ],
)
def test_an_address_joins_only_the_parts_that_are_there(parts, expected):
    assert join_address(*parts) == expected


@pytest.mark.parametrize(
    ("amount", "note", "shown"),
    [
        (Decimal(30), "30 kr. for tre plader", "30 kr. for tre plader"),
        (Decimal(250), "Kontingent 250 kr. om året", "Kontingent 250 kr. om året"),
        (Decimal(25), "til materialer", "25 kr. – til materialer"),
        (Decimal(40), "", "40 kr."),
        (None, "", "Gratis"),
    ],
)
def test_a_price_is_said_once(amount, note, shown):
    class Offer:
        price_kr = amount
        price_note = note

    assert price(Offer()) == shown


def _text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_offer_page_says_each_access_label_once(client, reference_data):
    place = factories.location(wheelchair=True, hearing_loop=True, street="")
    offer = factories.offer(
        loc=place,
        terms=("access:koerestol", "access:demensvenlig"),
        price_kr=Decimal(30),
        price_note="30 kr. for tre plader",
    )
    page = _text(client.get(reverse("directory:offer", args=[offer.pk])).content.decode())
    assert page.count("Kørestolsvenligt") == 1
    assert page.count("Teleslynge") == 1  # from the place alone
    assert page.count("Demensvenligt") == 1
    assert "Stedet er kørestolsvenligt" not in page
    assert page.count("30 kr.") == 1
    assert "Medborgerhuset 4000 Roskilde" in page  # no empty street line, no comma


def test_the_search_results_say_each_label_and_full_once(client, reference_data):
    place = factories.location(wheelchair=True)
    factories.offer(
        "Banko", loc=place, terms=("access:koerestol", "status:fuldt"), has_places=False
    )
    html = client.get(reverse("directory:search"), {"q": "banko"}).content.decode()
    page = _text(html[html.index('class="unstyled-list offer-list"') :])  # the list, not filters
    assert page.count("Kørestolsvenligt") == 1
    assert page.count("Ingen ledige pladser lige nu") == 1
    assert "Fuldt lige nu" not in page


def test_the_calendar_place_has_no_stray_comma(reference_data):
    offer = factories.offer(loc=factories.location(street=""))
    ics = calendar_for([offer], RequestFactory().get("/"), "Kor").decode()
    assert "LOCATION:Medborgerhuset\\, 4000 Roskilde" in ics


def test_the_case_page_shows_an_address_without_a_leading_comma(client, worker, case):
    client.force_login(worker)
    page = client.get(reverse("referrals:case", args=[case.pk])).content.decode()
    address = re.search(r"<dt>Adresse</dt><dd>([^<]*)</dd>", page)
    assert address is not None and address.group(1) == "4000 Roskilde"

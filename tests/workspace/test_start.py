"""Each role lands on its own work after log-in, and its menu offers only what it can use."""

import re

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.volunteers.models import Volunteer
from tests import factories
from tests.people import two_factor


def _menu(page: str) -> list[str]:
    nav = page.split('class="nav-primary"')[-1] if 'class="nav-primary"' in page else page
    return re.findall(r'class="nav-link"[^>]*><span>([^<]+)</span>', nav)


@pytest.mark.parametrize(
    ("role", "start"),
    [
        (Role.LINK_WORKER, "referrals:day"),
        (Role.TEAM_LEAD, "referrals:day"),
        (Role.VOLUNTEER_COORDINATOR, "volunteers:pipeline"),
        (Role.ASSOCIATION_CONTACT, "directory:my_offers"),
        (Role.REFERRER, "referrals:my_referrals"),
        (Role.VOLUNTEER, "volunteers:mine"),
        (Role.ADMINISTRATOR, "home"),
        (Role.ANALYST, "home"),
    ],
)
def test_each_role_starts_on_its_own_page(client, reference_data, role, start):
    person = two_factor(factories.user(role))
    if role == Role.VOLUNTEER:
        Volunteer.objects.create(full_name="Vera", user=person, stage="active")
    client.force_login(person)
    response = client.get(reverse("start"))
    assert response.status_code == 302 and response.url == reverse(start)


def test_logging_in_lands_on_the_start_page(client, reference_data):
    factories.user(Role.REFERRER, email="hanne@hjemmepleje.dk")
    response = client.post(
        reverse("account_login"),
        {"login": "hanne@hjemmepleje.dk", "password": factories.PASSWORD},
    )
    assert response.status_code == 302 and response.url == reverse("start")


def test_a_volunteer_sees_no_referral_or_offer_items(client, reference_data):
    person = factories.user(Role.VOLUNTEER)
    Volunteer.objects.create(full_name="Vera", user=person, stage="active")
    client.force_login(person)
    menu = _menu(client.get(reverse("volunteers:mine"), follow=True).content.decode())
    assert "Min side" in menu
    assert not {"Henvis en borger", "Tilbud", "Mine henvisninger"} & set(menu)


def test_a_referrer_finds_the_hand_over_and_their_referrals(client, reference_data):
    client.force_login(factories.user(Role.REFERRER))
    page = client.get(reverse("referrals:my_referrals")).content.decode()
    menu = _menu(page)
    assert {"Henvis en borger", "Jeg har mødt en ensom borger", "Mine henvisninger"} <= set(menu)
    assert "Tilbud" not in menu
    overview = client.get(reverse("home")).content.decode()
    assert reverse("referrals:hand_over") in overview

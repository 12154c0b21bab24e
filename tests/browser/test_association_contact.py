import pytest
from playwright.sync_api import expect

from brobygger.accounts.roles import Role
from brobygger.directory.models import Offer
from tests import factories
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser]


def test_association_contact_updates_an_offer(page, transactional_db, reference_data):
    org = factories.organisation("Strikkeforeningen Maske")
    offer = factories.stale(
        factories.offer("Strikkeklubben", org=org, terms=("interest:haandarbejde",))
    )
    factories.user(Role.ASSOCIATION_CONTACT, organisation=org, email="grethe@maske.dk")

    page.goto("/konto/login/")
    page.get_by_label("E-mail").fill("grethe@maske.dk")
    page.get_by_label("Adgangskode").fill(factories.PASSWORD)
    page.get_by_role("button", name="Log ind").click()
    page.get_by_role("link", name="Tilbud", exact=True).first.click()
    expect(page.get_by_text("Skal bekræftes")).to_be_visible()
    assert serious_violations(page) == []

    page.get_by_role("link", name="Strikkeklubben").click()
    page.get_by_label("Navn på tilbuddet").fill("Strikkecaféen")
    page.get_by_label("Der er ledige pladser").uncheck()
    page.get_by_label("Til kl.").first.fill("09:00")
    page.get_by_role("button", name="Gem").click()
    expect(page.locator('[data-module="error-summary"]')).to_contain_text(
        "Sluttidspunktet skal ligge efter starttidspunktet"
    )
    assert Offer.objects.get(pk=offer.pk).title == "Strikkeklubben"
    assert serious_violations(page) == []

    page.get_by_label("Til kl.").first.fill("12:00")
    page.get_by_role("button", name="Gem").click()
    expect(page.get_by_text("Tilbuddet er gemt")).to_be_visible()
    offer.refresh_from_db()
    assert offer.title == "Strikkecaféen"
    assert not offer.has_places
    assert not offer.is_stale()

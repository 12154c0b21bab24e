import re

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("reference_data")]


@pytest.fixture
def directory(transactional_db, reference_data):
    factories.area("Roskilde By", ("4000",))
    choir = factories.offer(
        "Seniorkoret Fjordstemmerne",
        description="Vi synger danske sange og salmer.",
        terms=("interest:sang", "access:koerestol"),
        contact_phone="+45 46 31 22 10",
        contact_name="Bente",
    )
    factories.offer(
        "Fællessang på biblioteket",
        description="Kom og syng med.",
        schedule=("MONTHLY", "1TH", "14:00-15:30"),
    )
    factories.offer(
        "Petanque i parken", terms=("interest:spil",), schedule=("WEEKLY", "FR", "13:00-15:00")
    )
    return choir


def test_a_citizen_searches_for_singing(page, directory):
    page.goto("/")
    page.get_by_label("Hvad har du lyst til?").fill("synge")
    page.get_by_role("button", name="Søg", exact=True).click()
    expect(page.get_by_role("heading", name="2 fællesskaber")).to_be_visible()
    results = page.locator(".offer-list")
    expect(results).to_contain_text("Seniorkoret Fjordstemmerne")
    expect(results).to_contain_text("Fællessang på biblioteket")
    expect(results).not_to_contain_text("Petanque")
    page.get_by_role("link", name="Seniorkoret Fjordstemmerne").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Seniorkoret Fjordstemmerne")
    expect(page.get_by_role("link", name=re.compile("Ring"))).to_have_attribute(
        "href", "tel:+4546312210"
    )


def test_filters_work_without_a_map(page, directory):
    page.goto("/")
    page.locator("summary").click()
    page.get_by_label("Fredag").check()
    page.get_by_role("button", name="Vis resultater").click()
    expect(page.get_by_role("heading", name="1 fællesskab")).to_be_visible()
    expect(page.locator(".offer-list")).to_contain_text("Petanque i parken")


def test_bad_postal_code_is_explained_at_the_top_and_at_the_field(page, directory):
    page.goto("/?postnr=12")
    expect(page.locator('[data-module="error-summary"]')).to_contain_text("fire cifre")
    expect(page.locator(".form-error-message")).to_contain_text("fire cifre")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=synge&postnr=4000&afstand=10",
        "offer",
        "/aabne-data/",
        "/konto/login/",
        "/?postnr=12",
    ],
)
def test_public_pages_have_no_serious_accessibility_violations(page, directory, path):
    url = f"/tilbud/{directory.pk}/" if path == "offer" else path
    page.goto(url)
    assert serious_violations(page) == []


def test_phone_layout_and_large_text(phone, directory):
    phone.goto(f"/tilbud/{directory.pk}/")
    size = phone.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    phone.get_by_role("button", name="Større tekst").click()
    expect(phone.get_by_role("button", name="Normal tekst")).to_be_visible()
    phone.wait_for_load_state("load")  # the stylesheet, not only the markup
    larger = phone.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert larger > size >= 16
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, "no sideways scrolling on a phone"
    assert serious_violations(phone) == []


def test_ticking_a_filter_updates_the_list_in_place(page, directory):
    page.goto("/")
    page.locator("summary").click()
    page.get_by_label("Fredag").check()
    expect(page.get_by_role("heading", name="1 fællesskab")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("1 fællesskab fundet")
    assert "dag=FR" in page.url
    expect(page.get_by_label("Fredag")).to_be_checked()

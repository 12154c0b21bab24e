"""From a public form to its privacy notice on a phone: the link lands on the right section,
the page fits 390 px and has no serious accessibility finding."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser]


def test_the_notice_is_one_tap_from_the_form_and_readable_on_a_phone(
    phone, transactional_db, reference_data
):
    phone.goto("/vil-gerne-vaere-med/")
    phone.get_by_role("link", name="Sådan behandler vi dine oplysninger").click()
    assert phone.url.endswith("/privatliv/oplysning/#vil-gerne-vaere-med")
    heading = phone.get_by_role("heading", name="Når du selv beder om at blive ringet op")
    expect(heading).to_be_in_viewport()
    expect(phone.get_by_text("Hvor længe gemmer vi dem").first).to_be_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 391
    assert serious_violations(phone) == []

"""What a link worker sees on a phone: the consents page fits the screen, passes axe, and a
consent is withdrawn with two taps and a sentence."""

import pytest

from tests.browser.conftest import log_in, serious_violations

pytestmark = [pytest.mark.browser]


def test_withdrawing_a_consent_on_a_phone(phone, live_server, case, worker):
    log_in(phone, worker, live_server)
    phone.goto(f"/privatliv/borger/{case.citizen_id}/")
    assert phone.get_by_role("heading", name="Samtykker og rettigheder").is_visible()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 391
    assert serious_violations(phone) == []
    card = phone.locator(".card", has_text="Henviseren må få en kort status")
    card.get_by_label("Hvordan trak borgeren samtykket tilbage?").fill("Sagde det i telefonen")
    card.get_by_role("button", name="Træk tilbage").click()
    assert phone.get_by_text("er trukket tilbage.").is_visible()
    card = phone.locator(".card", has_text="Henviseren må få en kort status")
    assert card.locator(".badge", has_text="Trukket tilbage").is_visible()
    assert card.locator("p", has_text="Sagde det i telefonen").is_visible()
    assert serious_violations(phone) == []

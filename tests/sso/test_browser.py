"""What a member of staff sees: Brobygger's log-in → the municipality's log-in → back, in Chromium.

This is where the Content-Security-Policy matters: the button's form is redirected to the
provider, which ``form-action`` must allow.
"""

import pytest
from allauth.mfa.models import Authenticator
from django.utils.csp import CSP

from brobygger.accounts.roles import Role
from tests import factories
from tests.browser.conftest import serious_violations

from .conftest import PASSWORD, USERNAME

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, live_server, sso, settings):
    settings.SECURE_CSP = {**settings.SECURE_CSP, "form-action": [CSP.SELF, sso.origin]}
    context = browser.new_context(base_url=live_server.url, locale="da-DK")
    allowed = (live_server.url, sso.origin)
    # Nothing else on the network, as in the other browser tests.
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(allowed) else route.abort(),
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def _log_in_at_the_municipality(page):
    page.goto("/konto/login/")
    page.get_by_role("button", name="Log ind med Fjordbro Kommune (medarbejdere)").click()
    page.get_by_label("Brugernavn").fill(USERNAME)
    page.get_by_label("Adgangskode").fill(PASSWORD)
    page.get_by_role("button", name="Log ind").click()


def test_staff_log_in_with_the_municipality_login(page, sso, live_server):
    person = factories.user(
        Role.LINK_WORKER, email="birgitte@fjordbro.dk", full_name="Birgitte Brobygger"
    )
    Authenticator.objects.create(
        user=person, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    sso.person(sub="oid-1", email="Birgitte@fjordbro.dk", email_verified=True, amr=["mfa"])
    page.goto("/konto/login/")
    assert serious_violations(page) == []

    _log_in_at_the_municipality(page)

    page.wait_for_url("**/brobygger/")  # a link worker starts on "Min dag"
    assert page.locator(".portal-user .user").inner_text() == "Birgitte Brobygger"


def test_someone_without_an_account_is_told_calmly_what_to_do(page, sso):
    sso.person(sub="oid-9", email="ny@fjordbro.dk", email_verified=True)

    _log_in_at_the_municipality(page)

    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == "Du har ikke en konto i Brobygger"
    assert "Kontakt kommunen på telefon" in page.content()
    assert serious_violations(page) == []

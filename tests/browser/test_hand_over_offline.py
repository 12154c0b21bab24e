"""The phone hand-over ("Jeg har mødt en ensom borger") never loses what was typed: a send
that fails — no network, or a server error — leaves every field filled and says so in Danish;
the next try goes through (brobygger/static/brobygger/send_safely.js)."""

import pytest
from playwright.sync_api import expect

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals.models import Referral
from tests import factories
from tests.browser.conftest import log_in, serious_violations

pytestmark = [pytest.mark.browser]

NOTE = "Sidder meget alene efter at hun mistede sin mand i foråret. Glad for at synge."
FAILED = "Det blev ikke sendt"


@pytest.fixture
def carer(transactional_db, reference_data):
    area = factories.area("Roskilde By", ("4000",))
    team = OrganisationalUnit.objects.create(name="Brobyggerteam Roskilde", handles_unrouted=True)
    team.local_areas.add(area)
    factories.user(Role.LINK_WORKER, unit=team, full_name="Birgitte Brobygger")
    return factories.user(Role.REFERRER, full_name="Hanne Hjemmehjælper")


def _fill(phone):
    phone.goto("/ensom-borger/")
    phone.get_by_label("Borgerens navn").fill("Ruth Madsen")
    phone.get_by_label("Adresse").fill("Møllevej 2")
    phone.get_by_label("Postnummer").fill("4000")
    phone.get_by_label("Borgerens telefon").fill("20 30 40 50")
    phone.get_by_label("Kort om borgeren").fill(NOTE)
    phone.get_by_label("Borgeren har sagt ja til at blive ringet op").check()


def _assert_still_filled(phone):
    expect(phone.get_by_label("Borgerens navn")).to_have_value("Ruth Madsen")
    expect(phone.get_by_label("Adresse")).to_have_value("Møllevej 2")
    expect(phone.get_by_label("Postnummer")).to_have_value("4000")
    expect(phone.get_by_label("Borgerens telefon")).to_have_value("20 30 40 50")
    expect(phone.get_by_label("Kort om borgeren")).to_have_value(NOTE)
    expect(phone.get_by_label("Borgeren har sagt ja til at blive ringet op")).to_be_checked()


def _fail_posts(phone, how):
    def handler(route):
        if route.request.method == "POST":
            how(route)
        else:
            route.continue_()

    phone.route("**/ensom-borger/", handler)


def test_no_network_keeps_the_form_filled_and_says_so(phone, live_server, carer):
    log_in(phone, carer, live_server)
    _fill(phone)
    _fail_posts(phone, lambda route: route.abort("internetdisconnected"))
    phone.get_by_role("button", name="Send til brobyggeren").click()

    notice = phone.get_by_role("alert").filter(has_text=FAILED)
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Prøv at sende igen om lidt")
    expect(notice).to_be_focused()
    _assert_still_filled(phone)
    assert phone.url.endswith("/ensom-borger/")
    assert not Referral.objects.exists()
    assert serious_violations(phone) == []

    # The network is back: the same button sends what was typed.
    phone.unroute("**/ensom-borger/")
    phone.get_by_role("button", name="Send til brobyggeren").click()
    expect(phone.get_by_text("Tak – vi har modtaget det")).to_be_visible()
    referral = Referral.objects.get()
    assert referral.citizen_name == "Ruth Madsen"
    assert referral.needs_text == NOTE


def test_a_server_error_keeps_the_form_filled_and_says_so(phone, live_server, carer):
    log_in(phone, carer, live_server)
    _fill(phone)
    _fail_posts(phone, lambda route: route.fulfill(status=503, body="<h1>Nede</h1>"))
    phone.get_by_role("button", name="Send til brobyggeren").click()
    expect(phone.get_by_role("alert").filter(has_text=FAILED)).to_be_visible()
    _assert_still_filled(phone)
    # A reload (the phone lost the page) puts the text back from the draft kept in this tab.
    phone.unroute("**/ensom-borger/")
    phone.reload()
    expect(phone.get_by_label("Kort om borgeren")).to_have_value(NOTE)


def test_a_form_error_still_shows_the_servers_answer(phone, live_server, carer):
    log_in(phone, carer, live_server)
    phone.goto("/ensom-borger/")
    phone.get_by_label("Kort om borgeren").fill(NOTE)
    phone.get_by_role("button", name="Send til brobyggeren").click()
    expect(phone.get_by_text("Der er noget, du skal rette")).to_be_visible()
    expect(phone.get_by_label("Kort om borgeren")).to_have_value(NOTE)
    expect(phone.get_by_role("alert").filter(has_text=FAILED)).to_be_hidden()


def test_a_case_section_sent_with_no_network_keeps_its_text_and_says_so(page, live_server, carer):
    """The same for the case page's sections, which htmx sends (htmx:sendError)."""
    from brobygger.referrals.actions import receive_referral
    from tests.people import referral_data, two_factor

    team = OrganisationalUnit.objects.get(name="Brobyggerteam Roskilde")
    worker = two_factor(factories.user(Role.LINK_WORKER, unit=team, full_name="Kasper"))
    case = receive_referral(referral_data()).case
    log_in(page, worker, live_server)
    page.goto(f"/brobygger/forloeb/{case.pk}/")
    wishes = page.get_by_label("Det borgeren ønsker, med egne ord")
    wishes.fill(NOTE)
    page.route(
        "**/*",
        lambda route: route.abort() if route.request.method == "POST" else route.continue_(),
    )
    page.get_by_role("button", name="Gem samtalen").click()
    notice = page.get_by_role("alert").filter(has_text=FAILED)
    expect(notice).to_be_visible()
    expect(notice).to_be_focused()
    expect(wishes).to_have_value(NOTE)

"""A referral sent while the database is down: the person is told, and their text is back
in the form when they return to it (brobygger/static/brobygger/drafts.js)."""

import pytest
from playwright.sync_api import expect

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals.actions import receive_referral
from tests import factories
from tests.browser.conftest import log_in
from tests.people import referral_data, two_factor
from tests.project.test_error_pages import database_down

pytestmark = [pytest.mark.browser]

STORY = "Har sunget i kirkekor hele livet og savner det"


@pytest.fixture
def team(transactional_db, reference_data):
    area = factories.area("Roskilde By", ("4000",))
    unit = OrganisationalUnit.objects.create(name="Brobyggerteam Roskilde", handles_unrouted=True)
    unit.local_areas.add(area)
    return unit


def _drafts(page):
    return page.evaluate(
        "Object.keys(sessionStorage).filter(k => k.startsWith('brobygger-draft:')).length"
    )


def test_referral_text_survives_a_database_outage(page, team):
    page.goto("/henvis/")
    page.get_by_label("Borgerens navn").fill("Inger Hansen")
    page.get_by_label("Borgerens telefon").fill("20 30 40 50")
    page.get_by_label("Postnummer").fill("4000")
    page.get_by_label("Ensomhed").check()
    page.get_by_label("Hvad interesserer borgeren sig for?").fill(STORY)
    page.get_by_label("Borgeren har sagt ja til, at en brobygger kontakter").check()
    page.get_by_label("Du er").select_option("gp")
    page.get_by_label("Dit navn").fill("Dr. Holm")
    page.get_by_label("Din e-mail").fill("holm@laege.dk")
    with database_down():
        page.get_by_role("button", name="Send henvisningen").click()
        expect(
            page.get_by_role("heading", name="Brobygger er midlertidigt utilgængelig")
        ).to_be_visible()
        expect(page.get_by_text("Det, du sendte, er ikke gemt endnu")).to_be_visible()
        expect(page.get_by_text("Din tekst er ikke tabt")).to_be_visible()

    page.goto("/henvis/")
    expect(page.get_by_label("Hvad interesserer borgeren sig for?")).to_have_value(STORY)
    expect(page.get_by_label("Borgerens navn")).to_have_value("Inger Hansen")
    assert _drafts(page) == 0, "restored once, then gone from the browser"


def test_a_draft_that_was_not_needed_does_not_stay_in_the_browser(page, team):
    page.goto("/vil-gerne-vaere-med/")
    page.get_by_label("Dit navn").fill("Inger Hansen")
    page.get_by_label("Dit telefonnummer").fill("20 30 40 50")
    page.get_by_label("Dit postnummer").fill("9999")  # unknown: the server refuses the form
    page.get_by_label("Hvad har du lyst til?").fill(STORY)
    page.get_by_label("Ja, I må ringe til mig").check()
    page.get_by_role("button", name="Ring mig op").click()
    expect(page.get_by_text("Vi kender ikke postnummeret 9999").first).to_be_visible()
    expect(page.get_by_label("Hvad har du lyst til?")).to_have_value(STORY)  # from the server
    page.wait_for_load_state("load")  # the page's scripts have run
    assert _drafts(page) == 0, "nothing typed about a citizen stays in the browser"


def test_conversation_notes_stay_with_a_notice_when_the_database_is_down(page, live_server, team):
    worker = two_factor(factories.user(Role.LINK_WORKER, unit=team, full_name="Birgitte"))
    case = receive_referral(referral_data()).case
    log_in(page, worker, live_server)
    page.goto(f"/brobygger/forloeb/{case.pk}/")
    wishes = page.get_by_label("Det borgeren ønsker, med egne ord")
    wishes.fill(STORY)
    with database_down():
        page.get_by_role("button", name="Gem samtalen").click()
        expect(
            page.get_by_role("alert").filter(has_text="Det kunne ikke gemmes lige nu")
        ).to_be_visible()
    expect(wishes).to_have_value(STORY)

"""The team lead on a phone: reads a referral first, hands the case to a link worker of
another team with a reason, and finds it on the team overview. No serious axe findings."""

import re

import pytest
from playwright.sync_api import expect

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals import actions
from tests import factories
from tests.browser.conftest import log_in, serious_violations
from tests.people import referral_data, two_factor

pytestmark = [pytest.mark.browser]


@pytest.fixture
def teams(transactional_db, reference_data):
    roskilde = OrganisationalUnit.objects.create(
        name="Brobyggerteam Roskilde", handles_unrouted=True
    )
    roskilde.local_areas.add(factories.area("Roskilde By", ("4000",)))
    lejre = OrganisationalUnit.objects.create(name="Brobyggerteam Lejre")
    lejre.local_areas.add(factories.area("Lejre", ("4320",)))
    worker = two_factor(
        factories.user(Role.LINK_WORKER, unit=roskilde, full_name="Birgitte Brobygger")
    )
    lead = two_factor(factories.user(Role.TEAM_LEAD, unit=roskilde, full_name="Tove Teamleder"))
    two_factor(factories.user(Role.LINK_WORKER, unit=lejre, full_name="Lars Lund"))
    case = actions.receive_referral(
        referral_data(
            urgency="urgent",
            needs_text="Mistede sin mand i foråret",
            referrer_phone="46 31 22 10",
            referrer_organisation="Lægehuset Algade",
        )
    ).case
    actions.take_case(case, acting_user=worker)
    return case, lead


def test_a_lead_hands_a_case_to_another_team_on_a_phone(phone, live_server, teams):
    case, lead = teams
    log_in(phone, lead, live_server)
    phone.goto(f"/brobygger/forloeb/{case.pk}/")
    referral = phone.locator("#henvisninger")
    expect(referral).to_contain_text("Hurtigst muligt")
    expect(referral).to_contain_text("Mistede sin mand i foråret")
    expect(referral.get_by_role("link", name="46 31 22 10")).to_be_visible()
    assert serious_violations(phone) == []

    phone.get_by_text("Giv forløbet videre").click()
    phone.get_by_label("Giv forløbet til").select_option(label="Lars Lund")
    phone.get_by_role("button", name="Giv videre").click()
    expect(phone.get_by_text("Skriv hvorfor forløbet gives videre.").first).to_be_visible()
    assert serious_violations(phone) == []
    phone.get_by_label("Hvorfor?").fill("Borgeren flytter til Lejre")
    phone.get_by_role("button", name="Giv videre").click()

    expect(phone).to_have_url(re.compile(r"/brobygger/team/$"))
    expect(
        phone.get_by_text("Forløbet er givet til Lars Lund i Brobyggerteam Lejre.")
    ).to_be_visible()
    expect(phone.get_by_role("heading", name=re.compile("Birgitte Brobygger"))).to_be_visible()
    assert serious_violations(phone) == []

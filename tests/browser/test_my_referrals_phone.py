""" "Mine henvisninger" on a GP's phone: patients told apart, the dated statuses readable,
nothing wider than the screen and no serious accessibility fault."""

import pytest

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals import actions
from tests import factories
from tests.browser.conftest import log_in, serious_violations
from tests.people import referral_data, two_factor

pytestmark = [pytest.mark.browser]


def test_a_referrer_reads_the_statuses_on_a_phone(
    phone, live_server, transactional_db, reference_data
):
    area = factories.area("Roskilde By", ("4000",))
    team = OrganisationalUnit.objects.create(name="Brobyggerteam Roskilde", handles_unrouted=True)
    team.local_areas.add(area)
    worker = two_factor(factories.user(Role.LINK_WORKER, unit=team, full_name="Birgitte"))
    gp = factories.user(Role.REFERRER, full_name="Dr. Holm")
    shared = actions.receive_referral(referral_data(citizen_birth_year=1946), acting_user=gp)
    actions.take_case(shared.case, acting_user=worker)
    actions.change_state(shared.case, "contacted", acting_user=worker)
    actions.receive_referral(
        referral_data(
            citizen_name="Karen Kristensen Bach", citizen_phone="31323334", feedback="none"
        ),
        acting_user=gp,
    )
    log_in(phone, gp, live_server)
    phone.goto("/mine-henvisninger/")
    cards = phone.locator(".sent-referrals > li")
    assert cards.count() == 2
    assert "Karen B." in cards.nth(0).inner_text() and "Kontaktet" not in cards.nth(0).inner_text()
    inger = cards.nth(1).inner_text()
    assert "Inger H. (født 1946)" in inger and "Kontaktet" in inger and "Hansen" not in inger
    assert phone.locator('[aria-current="step"]').inner_text().startswith("Kontaktet")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert serious_violations(phone) == []

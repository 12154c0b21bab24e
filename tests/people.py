import pytest
from allauth.mfa.models import Authenticator

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.referrals.actions import ReferralData, receive_referral
from tests import factories


def two_factor(user):
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


@pytest.fixture
def teams(reference_data):
    roskilde = factories.area("Roskilde By", ("4000",))
    lejre = factories.area("Lejre", ("4320",))
    team_r = OrganisationalUnit.objects.create(name="Brobyggerteam Roskilde", handles_unrouted=True)
    team_r.local_areas.add(roskilde)
    team_l = OrganisationalUnit.objects.create(name="Brobyggerteam Lejre")
    team_l.local_areas.add(lejre)
    return {"roskilde": team_r, "lejre": team_l}


@pytest.fixture
def worker(teams):
    return two_factor(
        factories.user(Role.LINK_WORKER, unit=teams["roskilde"], full_name="Birgitte Brobygger")
    )


@pytest.fixture
def colleague(teams):
    return two_factor(
        factories.user(Role.LINK_WORKER, unit=teams["roskilde"], full_name="Kasper Kollega")
    )


@pytest.fixture
def lead(teams):
    return two_factor(
        factories.user(Role.TEAM_LEAD, unit=teams["roskilde"], full_name="Tove Teamleder")
    )


@pytest.fixture
def other_area_worker(teams):
    return two_factor(factories.user(Role.LINK_WORKER, unit=teams["lejre"], full_name="Lars Lejre"))


def referral_data(**changes):
    data = dict(
        citizen_name="Inger Hansen",
        citizen_phone="20 30 40 50",
        citizen_postal_code="4000",
        consent_contact=True,
        referrer_kind="gp",
        reasons=("loneliness",),
        interests_text="Hun har sunget i kirkekor hele livet",
        referrer_name="Dr. Holm",
        referrer_email="holm@laege.dk",
        feedback="status",
    )
    data.update(changes)
    return ReferralData(**data)


@pytest.fixture
def case(teams):
    return receive_referral(referral_data()).case

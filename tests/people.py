import pytest
from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.http import HttpRequest
from django.test import Client

from brobygger.accounts.models import OrganisationalUnit
from brobygger.accounts.roles import Role
from brobygger.accounts.second_factor import record_second_factor
from brobygger.referrals.actions import ReferralData, receive_referral
from tests import factories

TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def two_factor(user):
    """An authenticator app set up the way the app does it (the secret encrypted at rest)."""
    TOTP.activate(user, TOTP_SECRET)
    return user


def pass_second_factor(client, user):
    """Leave the client's session as a completed log-in leaves it: the password, then the
    second factor this person would be asked for (their authenticator app, or the e-mail code a
    volunteer gets), recorded by the same functions the app uses."""
    request = HttpRequest()
    request.session = client.session
    request.user = user
    if not get_authentication_records(request, user):
        record_authentication(request, user, "password", email=user.email)
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is not None:
        record_second_factor(request, user, kind="totp", id=totp.pk)
    else:
        record_second_factor(request, user, kind="email_code")
    request.session.save()


class TwoStepClient(Client):
    """The test client of the suite: ``force_login`` logs in the way a person does, with both
    steps (a bare ``django.test.Client().force_login`` is refused for anyone with an
    authenticator, see tests/accounts/test_two_factor.py)."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        pass_second_factor(self, user)


@pytest.fixture
def client():
    return TwoStepClient()


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
def case(teams, worker):
    # With the worker in the team first: a referral goes to a queue somebody watches.
    return receive_referral(referral_data()).case

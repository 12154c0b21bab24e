"""Volunteers who may read need-to-know notes confirm with an e-mail code first."""

import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.referrals.actions import record_consent
from brobygger.referrals.models import ConsentKind
from brobygger.volunteers import actions, planning
from brobygger.volunteers.models import AgreementText, RoleDescription, Volunteer
from tests import factories

MINE = reverse("volunteers:mine")
NOTE = "Bruger rollator, gå stille"


@pytest.fixture
def vera(case, worker):
    """A volunteer with a declaration, companion to a citizen with a need-to-know note."""
    for kind in ("agreement", "declaration"):
        AgreementText.objects.create(kind=kind, version=1, text=kind, valid_from=date(2026, 1, 1))
    role = RoleDescription.objects.create(
        title="Følgeven", kind="companion", purpose="x", does="x", does_not="x"
    )
    user = factories.user(Role.VOLUNTEER, email="vera@example.dk")
    volunteer = Volunteer.objects.create(full_name="Vera Hansen", user=user, stage="active")
    for kind in ("agreement", "declaration"):
        actions.accept(volunteer, kind, acting_user=user)
    record_consent(
        case.citizen,
        kind=ConsentKind.VOLUNTEER_NOTES,
        given=True,
        how="Mundtligt",
        acting_user=worker,
    )
    actions.write_need_to_know(case, NOTE, acting_user=worker)
    [(starts, ends)] = planning.weekly_times(date.today() + timedelta(days=2), *planning_hours())
    actions.assign(volunteer, role, starts=starts, ends=ends, case=case, acting_user=worker)
    return volunteer


def planning_hours():
    from datetime import time

    return time(10), time(12)


def _log_in_with_password(email):
    client = Client()
    client.post(reverse("account_login"), {"login": email, "password": factories.PASSWORD})
    return client


def test_notes_are_shown_only_after_the_e_mail_code(vera):
    client = _log_in_with_password("vera@example.dk")
    response = client.get(MINE)
    assert response.status_code == 302
    assert response.url == f"{reverse('accounts:email_code')}?next={MINE}"
    assert not AuditEvent.objects.filter(user=vera.user, action="read").exists()

    client.post(response.url, {"send": "1"})
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    back = client.post(response.url, {"code": code})
    assert back.url == MINE
    page = client.get(MINE)
    assert page.status_code == 200
    assert NOTE in page.content.decode()


def test_hours_posted_before_the_code_are_kept(vera):
    client = _log_in_with_password("vera@example.dk")
    today = date.today().isoformat()
    client.post(MINE, {"on": today, "hours": "2", "note": "Koret"})
    assert vera.hours.get().note == "Koret"


def test_volunteers_without_a_declaration_are_not_asked(db):
    user = factories.user(Role.VOLUNTEER, email="ny@example.dk")
    Volunteer.objects.create(full_name="Ny Frivillig", user=user, stage="trial")
    client = _log_in_with_password("ny@example.dk")
    assert client.get(MINE).status_code == 200


def test_the_demo_may_switch_two_factor_off(vera, settings):
    settings.REQUIRE_TWO_FACTOR = False
    client = _log_in_with_password("vera@example.dk")
    assert NOTE in client.get(MINE).content.decode()

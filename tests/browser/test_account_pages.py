"""The account pages a volunteer meets on a phone: the e-mail code before citizens' notes, and
renewing the calendar link. Both fit the screen and pass axe."""

import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from brobygger.accounts.roles import Role
from brobygger.volunteers import actions
from brobygger.volunteers.models import AgreementText, Assignment, RoleDescription, Volunteer
from tests import factories
from tests.browser.conftest import serious_violations

pytestmark = [pytest.mark.browser]


@pytest.fixture
def vera(transactional_db, case, worker):
    for kind in ("agreement", "declaration"):
        AgreementText.objects.create(kind=kind, version=1, text=kind, valid_from=date(2026, 1, 1))
    user = factories.user(Role.VOLUNTEER, email="vera@example.dk", full_name="Vera Hansen")
    volunteer = Volunteer.objects.create(full_name="Vera Hansen", user=user, stage="active")
    for kind in ("agreement", "declaration"):
        actions.accept(volunteer, kind, acting_user=user)
    # She goes with a citizen on Friday: her page may show notes about them.
    role = RoleDescription.objects.create(title="Følgeven", kind="companion")
    starts = timezone.now() + timedelta(days=2)
    Assignment.objects.create(
        volunteer=volunteer,
        role=role,
        case=case,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        confirmed_by=worker,
    )
    return user


def _fits_and_passes_axe(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    assert serious_violations(page) == []


def test_a_volunteer_confirms_with_a_code_and_renews_the_calendar_link(phone, live_server, vera):
    phone.goto("/konto/login/")
    phone.get_by_label("E-mail").fill("vera@example.dk")
    phone.get_by_label("Adgangskode").fill(factories.PASSWORD)
    phone.get_by_role("button", name="Log ind").click()
    phone.goto("/min-side/")
    expect(phone.get_by_role("heading", name="Bekræft, at det er dig")).to_be_visible()
    _fits_and_passes_axe(phone)

    phone.get_by_role("button", name="Send mig en kode").click()
    expect(phone.get_by_label("Kode fra e-mailen")).to_be_visible()
    _fits_and_passes_axe(phone)
    code = re.search(r"\b(\d{6})\b", mail.outbox[-1].body).group(1)
    phone.get_by_label("Kode fra e-mailen").fill(f"{(int(code) + 1) % 10**6:06d}")
    phone.get_by_role("button", name="Bekræft", exact=True).click()
    expect(phone.get_by_role("link", name=re.compile("Koden passer ikke"))).to_be_visible()
    _fits_and_passes_axe(phone)
    phone.get_by_label("Kode fra e-mailen").fill(code)
    phone.get_by_role("button", name="Bekræft", exact=True).click()
    expect(phone.get_by_role("heading", name="Hej Vera Hansen")).to_be_visible()

    old = vera.calendar_token
    phone.goto("/konto/kalender/forny/?next=/min-side/")
    _fits_and_passes_axe(phone)
    phone.get_by_role("button", name="Forny link").click()
    expect(phone.get_by_text("Dit kalenderlink er fornyet.")).to_be_visible()
    vera.refresh_from_db()
    assert vera.calendar_token != old

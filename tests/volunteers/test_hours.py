"""Hours as a volunteer writes them: a Danish comma, a long day asked about once, and an
entry corrected or deleted within a week (by the coordinator always)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.volunteers import actions, rules
from brobygger.volunteers.forms import HoursForm, hours_text
from brobygger.volunteers.models import HourLog, Volunteer
from tests import factories
from tests.people import two_factor


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR))


@pytest.fixture
def vera(reference_data):
    user = factories.user(Role.VOLUNTEER)
    return Volunteer.objects.create(full_name="Vera", user=user, stage="active")


def _log(client, hours, **extra):
    today = timezone.localdate().isoformat()
    return client.post(reverse("volunteers:mine"), {"on": today, "hours": hours, **extra})


@pytest.mark.parametrize(("typed", "saved"), [("1,5", "1.5"), ("1.5", "1.5"), (" 2 ", "2.0")])
def test_a_decimal_comma_or_point_both_work(client, vera, typed, saved):
    client.force_login(vera.user)
    assert _log(client, typed).status_code == 302
    assert str(vera.hours.get().hours) == saved


def test_nonsense_hours_are_explained_and_save_nothing(client, vera):
    client.force_login(vera.user)
    for typed in ("to", "1,25", "0", "25", "1.500"):
        response = _log(client, typed)
        assert response.status_code == 200 and "Fejl:" in response.content.decode()
    assert not vera.hours.exists()


def test_more_than_twelve_hours_is_asked_about_once(client, vera):
    client.force_login(vera.user)
    asked = _log(client, "14", note="Sommerlejr")
    page = asked.content.decode()
    assert "Er du sikker på 14 timer?" in page
    assert 'type="checkbox" name="sure"' in page and 'value="Sommerlejr"' in page
    assert not vera.hours.exists()
    assert _log(client, "14", note="Sommerlejr", sure="on").status_code == 302
    assert vera.hours.get().hours == Decimal(14)
    # Twelve is an ordinary long day: no question.
    assert _log(client, "12").status_code == 302


@given(st.decimals(min_value=Decimal("0.5"), max_value=Decimal(24), places=1))
def test_hours_read_back_as_written(hours):
    # Whatever the form shows again (a Danish comma) it reads back as the same number.
    form = HoursForm({"on": "2026-11-02", "hours": hours_text(hours), "sure": "on"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["hours"] == hours


def test_volunteer_corrects_and_deletes_own_hours_within_a_week(client, vera):
    entry = actions.log_hours(
        vera, on=timezone.localdate(), hours=Decimal(2), acting_user=vera.user
    )
    client.force_login(vera.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert reverse("volunteers:hours", args=[entry.pk]) in page
    response = client.post(
        reverse("volunteers:hours", args=[entry.pk]),
        {"on": entry.on.isoformat(), "hours": "2,5", "note": "Banko"},
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.hours, entry.note) == (Decimal("2.5"), "Banko")
    corrected = AuditEvent.objects.get(event="volunteer.hours_corrected")
    assert corrected.data["old"]["hours"] == "2.0" and corrected.data["by_volunteer"]
    client.post(reverse("volunteers:delete_hours", args=[entry.pk]))
    assert not HourLog.objects.exists()
    assert AuditEvent.objects.filter(event="volunteer.hours_deleted").exists()
    vera.refresh_from_db()
    assert vera.last_active_on is None


def test_after_a_week_the_volunteer_is_told_why_not(client, vera):
    entry = actions.log_hours(
        vera, on=timezone.localdate(), hours=Decimal(2), acting_user=vera.user
    )
    HourLog.objects.filter(pk=entry.pk).update(logged_at=timezone.now() - timedelta(days=8))
    client.force_login(vera.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Kan ikke rettes længere" in page
    assert reverse("volunteers:hours", args=[entry.pk]) not in page
    edit = client.get(reverse("volunteers:hours", args=[entry.pk])).content.decode()
    assert "kun rettes eller slettes i 7 dage" in edit and "Gem rettelsen" not in edit
    client.post(
        reverse("volunteers:hours", args=[entry.pk]),
        {"on": entry.on.isoformat(), "hours": "5"},
    )
    response = client.post(reverse("volunteers:delete_hours", args=[entry.pk]))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.hours == Decimal(2)


def test_coordinator_corrects_and_deletes_any_entry_always(client, vera, coordinator):
    day = timezone.localdate() - timedelta(days=60)
    entry = actions.log_hours(vera, on=day, hours=Decimal(3), acting_user=vera.user)
    HourLog.objects.filter(pk=entry.pk).update(logged_at=timezone.now() - timedelta(days=60))
    client.force_login(coordinator)
    page = client.get(reverse("volunteers:detail", args=[vera.pk])).content.decode()
    assert reverse("volunteers:hours", args=[entry.pk]) in page
    asked = client.post(
        reverse("volunteers:hours", args=[entry.pk]), {"on": day.isoformat(), "hours": "13"}
    )
    assert "Er du sikker på 13 timer?" in asked.content.decode()
    response = client.post(
        reverse("volunteers:hours", args=[entry.pk]),
        {"on": day.isoformat(), "hours": "1,5"},
    )
    assert response.url == reverse("volunteers:detail", args=[vera.pk]) + "#timer"
    entry.refresh_from_db()
    assert entry.hours == Decimal("1.5")
    client.post(reverse("volunteers:delete_hours", args=[entry.pk]))
    assert not HourLog.objects.exists()


def test_nobody_else_reaches_an_entry(client, vera, reference_data):
    entry = actions.log_hours(
        vera, on=timezone.localdate(), hours=Decimal(2), acting_user=vera.user
    )
    other = factories.user(Role.VOLUNTEER)
    Volunteer.objects.create(full_name="Otto", user=other, stage="active")
    for outsider in (other, two_factor(factories.user(Role.LINK_WORKER))):
        client.force_login(outsider)
        assert client.get(reverse("volunteers:hours", args=[entry.pk])).status_code == 404
        assert client.post(reverse("volunteers:delete_hours", args=[entry.pk])).status_code == 404
    assert HourLog.objects.filter(pk=entry.pk).exists()


def test_one_rule_says_who_may_change_an_entry(vera, coordinator, reference_data):
    entry = actions.log_hours(
        vera, on=timezone.localdate(), hours=Decimal(2), acting_user=vera.user
    )
    other = factories.user(Role.VOLUNTEER)
    Volunteer.objects.create(full_name="Otto", user=other, stage="active")
    assert rules.may_change_hours(vera.user, entry)
    assert rules.may_change_hours(coordinator, entry)
    assert not rules.may_change_hours(other, entry)
    later = timezone.now() + timedelta(days=rules.CORRECT_HOURS_DAYS, minutes=1)
    assert not rules.may_change_hours(vera.user, entry, later)
    assert rules.may_change_hours(coordinator, entry, later)

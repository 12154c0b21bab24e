"""Courses with staff and volunteers together, and warnings before a qualification expires."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from brobygger.accounts.roles import Role
from brobygger.volunteers import actions
from brobygger.volunteers.models import Course, QualificationKind, Volunteer
from tests import factories
from tests.people import two_factor


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk"))


@pytest.fixture
def first_aid(db):
    return QualificationKind.objects.create(name="Førstehjælp", valid_months=24)


def test_course_with_staff_and_volunteers_and_attendance(client, coordinator, first_aid):
    vera = Volunteer.objects.create(full_name="Vera", stage="active")
    lis = Volunteer.objects.create(full_name="Lis", stage="trial")
    hanne = factories.user(Role.SITE_KEY_PERSON, full_name="Hanne Plejecenter")
    client.force_login(coordinator)
    today = timezone.localdate()
    response = client.post(
        reverse("volunteers:courses"),
        {"title": "Førstehjælp for ældre", "held_on": today.isoformat(), "gives": first_aid.pk},
    )
    course = Course.objects.get()
    assert response.url == reverse("volunteers:course", args=[course.pk])
    url = reverse("volunteers:course", args=[course.pk])
    for who in (f"v{vera.pk}", f"v{lis.pk}", f"s{hanne.pk}"):
        client.post(url, {"who": who})
    assert course.participants.count() == 3
    twice = client.post(url, {"who": f"v{vera.pk}"}).content.decode()
    assert "allerede tilmeldt" in twice and course.participants.count() == 3
    for bad in ({}, {"who": "v999999"}, {"who": "x1"}):
        page = client.post(url, bad).content.decode()
        assert "Fejl:" in page and course.participants.count() == 3

    present = course.participants.exclude(volunteer=lis).values_list("pk", flat=True)
    client.post(reverse("volunteers:attendance", args=[course.pk]), {"present": list(present)})
    got = vera.qualifications.get()
    assert (got.kind, got.obtained_on) == (first_aid, today) and got.expires_on > today
    assert not lis.qualifications.exists()
    assert course.participants.get(staff=hanne).attended is True
    # Unticked by mistake: the qualification goes again.
    client.post(reverse("volunteers:attendance", args=[course.pk]), {"present": []})
    assert not vera.qualifications.exists()


def test_attendance_waits_for_the_course_day(client, coordinator):
    course = Course.objects.create(
        title="Demensvenlig",
        held_on=timezone.localdate() + timedelta(days=5),
        created_by=coordinator,
    )
    vera = Volunteer.objects.create(full_name="Vera", stage="active")
    actions.add_participant(course, volunteer=vera, acting_user=coordinator)
    client.force_login(coordinator)
    page = client.post(
        reverse("volunteers:attendance", args=[course.pk]),
        {"present": [course.participants.get().pk]},
        follow=True,
    ).content.decode()
    assert "først registreres på kursusdagen" in page
    assert course.participants.get().attended is None


def test_only_coordinators_see_courses(client, coordinator):
    course = Course.objects.create(title="X", held_on=date(2026, 1, 1), created_by=coordinator)
    client.force_login(factories.user(Role.VOLUNTEER))
    assert client.get(reverse("volunteers:courses")).status_code == 404
    assert client.get(reverse("volunteers:course", args=[course.pk])).status_code == 404


def test_expiry_warnings_go_once_to_volunteer_and_coordinator(
    coordinator, first_aid, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    vera = Volunteer.objects.create(
        full_name="Vera", email="vera@example.dk", stage="active", coordinator=coordinator
    )
    soon = actions.record_qualification(
        vera,
        first_aid,
        obtained_on=today - timedelta(days=700),
        expires_on=today + timedelta(days=20),
        acting_user=coordinator,
    )
    later = Volunteer.objects.create(full_name="Lis", email="lis@example.dk", stage="active")
    actions.record_qualification(later, first_aid, obtained_on=today, acting_user=coordinator)
    renewed = Volunteer.objects.create(full_name="Bo", email="bo@example.dk", stage="active")
    for obtained, expires in (
        (today - timedelta(days=700), today + timedelta(days=5)),
        (today, None),
    ):
        actions.record_qualification(
            renewed, first_aid, obtained_on=obtained, expires_on=expires, acting_user=coordinator
        )
    gone = Volunteer.objects.create(full_name="Stoppet", email="s@example.dk", stage="left")
    actions.record_qualification(
        gone,
        first_aid,
        obtained_on=today,
        expires_on=today + timedelta(days=3),
        acting_user=coordinator,
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("warn_expiring_qualifications")
    to = sorted(m.to[0] for m in mail.outbox)
    assert to == ["karen@kommune.dk", "vera@example.dk"]
    personal = next(m for m in mail.outbox if m.to == ["vera@example.dk"])
    assert (
        "Førstehjælp" in personal.body and (soon.expires_on.strftime("%d.%m.%Y")) in personal.body
    )
    summary = next(m for m in mail.outbox if m.to == ["karen@kommune.dk"])
    assert "Vera" not in summary.body  # names stay in Brobygger
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("warn_expiring_qualifications")
    assert mail.outbox == []

"""“Meld afbud”: asked once, without JavaScript, with an optional reason for the coordinator."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.notifications.models import Message
from brobygger.volunteers import actions
from brobygger.volunteers.models import RoleDescription, Volunteer
from tests import factories
from tests.people import two_factor


@pytest.fixture
def coordinator(reference_data):
    return two_factor(factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk"))


@pytest.fixture
def task(texts, coordinator):
    user = factories.user(Role.VOLUNTEER)
    villy = Volunteer.objects.create(
        full_name="Villy", user=user, stage="active", coordinator=coordinator
    )
    for kind in ("agreement", "declaration"):
        actions.accept(villy, kind, acting_user=user)
    role = RoleDescription.objects.create(
        title="Hjælper ved banko", kind="helper", purpose="x", does="x", does_not="x"
    )
    starts = timezone.now() + timedelta(days=3)
    return actions.assign(
        villy, role, starts=starts, ends=starts + timedelta(hours=2), acting_user=coordinator
    )


def test_meld_afbud_asks_once_then_cancels_with_the_reason(
    client, task, coordinator, django_capture_on_commit_callbacks
):
    client.force_login(task.volunteer.user)
    url = reverse("volunteers:cancel", args=[task.pk])
    mine = client.get(reverse("volunteers:mine")).content.decode()
    assert f'href="{url}"' in mine
    asked = client.get(url).content.decode()
    assert "Er du sikker?" in asked and "Hjælper ved banko" in asked and "Nej, tilbage" in asked
    task.refresh_from_db()
    assert task.cancelled_at is None  # looking at the question changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"reason": "Mit barnebarn har fødselsdag"})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.cancelled_at and task.cancel_reason == "Mit barnebarn har fødselsdag"
    (message,) = mail.outbox
    assert message.to == ["karen@kommune.dk"]
    assert "Villy skrev: “Mit barnebarn har fødselsdag”" in message.body
    event = AuditEvent.objects.get(event="assignment.cancelled")
    assert event.data["reason_given"] is True and "barnebarn" not in str(event.data)
    client.force_login(coordinator)
    detail = client.get(reverse("volunteers:detail", args=[task.volunteer_id])).content.decode()
    assert "Mit barnebarn har fødselsdag" in detail


def test_afbud_without_a_reason_says_nothing_about_one(
    client, task, django_capture_on_commit_callbacks
):
    client.force_login(task.volunteer.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("volunteers:cancel", args=[task.pk]), {"reason": ""})
    task.refresh_from_db()
    assert task.cancelled_at and "skrev" not in mail.outbox[0].body
    assert Message.objects.get(template="volunteers/assignment_cancelled").body  # nothing to hide


def test_the_reason_is_not_kept_in_the_outbox_after_sending(
    client, task, django_capture_on_commit_callbacks
):
    client.force_login(task.volunteer.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("volunteers:cancel", args=[task.pk]), {"reason": "Skal opereres"})
    assert "Skal opereres" in mail.outbox[0].body
    message = Message.objects.get(template="volunteers/assignment_cancelled")
    assert message.sensitive and message.body == ""
    assert "Skal opereres" not in message.subject


def test_a_too_long_reason_is_explained_and_cancels_nothing(client, task):
    client.force_login(task.volunteer.user)
    response = client.post(reverse("volunteers:cancel", args=[task.pk]), {"reason": "x" * 301})
    assert response.status_code == 200 and "Fejl:" in response.content.decode()
    task.refresh_from_db()
    assert task.cancelled_at is None


def test_nobody_else_cancels_a_volunteers_task(client, task):
    other = factories.user(Role.VOLUNTEER)
    Volunteer.objects.create(full_name="Otto", user=other, stage="active")
    client.force_login(other)
    url = reverse("volunteers:cancel", args=[task.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": ""}).status_code == 404
    task.refresh_from_db()
    assert task.cancelled_at is None

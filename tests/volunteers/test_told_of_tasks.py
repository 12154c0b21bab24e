"""A volunteer hears by e-mail of a task or a slot, and a companion sees whom to meet, where,
when and for which activity — only with the citizen's consent."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from brobygger.accounts.roles import Role
from brobygger.audit.models import AuditEvent
from brobygger.referrals.actions import record_consent
from brobygger.referrals.models import PlanChoice
from brobygger.volunteers import actions
from brobygger.volunteers.models import RoleDescription, Volunteer
from tests import factories
from tests.people import two_factor

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def coordinator(reference_data):
    return two_factor(
        factories.user(Role.VOLUNTEER_COORDINATOR, email="karen@kommune.dk", full_name="Karen K")
    )


@pytest.fixture
def villy(texts, reference_data):
    user = factories.user(Role.VOLUNTEER, email="villy@example.dk")
    person = Volunteer.objects.create(
        full_name="Villy Vang",
        email="villy@example.dk",
        user=user,
        stage="active",
        task_kinds=["companion"],
    )
    for kind in ("agreement", "declaration"):
        actions.accept(person, kind, acting_user=user)
    return person


@pytest.fixture
def companion_role(db):
    return RoleDescription.objects.create(
        title="Følgeven første gang", kind="companion", purpose="x", does="x", does_not="x"
    )


def test_a_coordinators_task_reaches_the_volunteer_by_email(
    villy, coordinator, django_capture_on_commit_callbacks
):
    role = RoleDescription.objects.create(
        title="Hjælper ved banko", kind="helper", purpose="x", does="x", does_not="x"
    )
    starts = datetime(2026, 12, 10, 14, tzinfo=CPH)
    with django_capture_on_commit_callbacks(execute=True):
        actions.assign_series(
            villy,
            role,
            [
                (starts, starts + timedelta(hours=2)),
                (starts + timedelta(weeks=1), starts + timedelta(weeks=1, hours=2)),
            ],
            acting_user=coordinator,
        )
    (message,) = mail.outbox
    assert message.to == ["villy@example.dk"]
    assert message.subject == "Du har fået en opgave: Hjælper ved banko"
    assert "Kære Villy" in message.body and "Karen K har givet dig" in message.body
    assert "torsdag 10. december 2026 kl. 14.00, i alt 2 gange" in message.body


def test_the_greeting_skips_a_title_before_the_name(
    villy, coordinator, django_capture_on_commit_callbacks
):
    villy.full_name = "Dr. Villy Vang"
    villy.save(update_fields=["full_name"])
    role = RoleDescription.objects.create(
        title="Hjælper ved banko", kind="helper", purpose="x", does="x", does_not="x"
    )
    starts = datetime(2026, 12, 10, 14, tzinfo=CPH)
    with django_capture_on_commit_callbacks(execute=True):
        actions.assign(
            villy, role, starts=starts, ends=starts + timedelta(hours=2), acting_user=coordinator
        )
    assert "Kære Villy" in mail.outbox[0].body and "Dr." not in mail.outbox[0].body


def test_taking_a_slot_sends_the_volunteer_a_receipt(
    client, villy, coordinator, django_capture_on_commit_callbacks
):
    role = RoleDescription.objects.create(
        title="Kaffebrygger", kind="helper", purpose="x", does="x", does_not="x"
    )
    starts = timezone.now() + timedelta(days=4)
    (slot,) = actions.publish_slots(
        role, [(starts, starts + timedelta(hours=1))], places=1, acting_user=coordinator
    )
    client.force_login(villy.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("volunteers:take_slot", args=[slot.pk]))
    to_villy = [m for m in mail.outbox if m.to == ["villy@example.dk"]]
    assert [m.subject for m in to_villy] == ["Vagten er din: Kaffebrygger"]


@pytest.fixture
def companion_task(client, case, worker, villy, companion_role, django_capture_on_commit_callbacks):
    """The link worker confirms Villy as companion to Inger Hansen's first visit at the choir."""
    choir = factories.offer("Seniorkoret", loc=factories.location("Medborgerhuset"))
    PlanChoice.objects.create(case=case, offer=choir)
    day = (date.today() + timedelta(days=3)).isoformat()
    client.force_login(worker)
    url = reverse("volunteers:find_companion", args=[case.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{url}?dato={day}&fra=10:00&til=12:00", {"volunteer": villy.pk})
    assert response.status_code in (200, 302)
    return villy.assignments.get()


def test_the_companion_email_names_no_citizen(companion_task):
    (message,) = [m for m in mail.outbox if m.to == ["villy@example.dk"]]
    assert "Følgeven første gang" in message.subject
    assert "sammen med en borger" in message.body
    for secret in ("Inger", "Hansen", "Seniorkoret", "20 30 40 50"):
        assert secret not in message.body + message.subject


def test_with_consent_the_companion_sees_whom_where_when_and_what(
    client, case, worker, companion_task
):
    record_consent(
        case.citizen, kind="volunteer_notes", given=True, how="mundtligt", acting_user=worker
    )
    client.force_login(companion_task.volunteer.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Du skal møde" in page and "Inger" in page and "Hansen" not in page
    assert "Seniorkoret" in page and "Medborgerhuset" in page
    assert timezone.localtime(companion_task.starts_at).strftime("%H.%M") in page
    read = AuditEvent.objects.get(event="companion.brief_read")
    assert read.data["case"] == case.pk


def test_without_consent_the_companion_is_told_to_expect_a_call(
    client, case, worker, companion_task
):
    client.force_login(companion_task.volunteer.user)
    page = client.get(reverse("volunteers:mine")).content.decode()
    assert "Birgitte Brobygger ringer til dig" in page
    assert "Inger" not in page and "Seniorkoret" not in page
    assert not AuditEvent.objects.filter(event="companion.brief_read").exists()
    # A withdrawn consent counts as none.
    record_consent(
        case.citizen, kind="volunteer_notes", given=True, how="mundtligt", acting_user=worker
    )
    record_consent(
        case.citizen, kind="volunteer_notes", given=False, how="mundtligt", acting_user=worker
    )
    assert "Inger" not in client.get(reverse("volunteers:mine")).content.decode()


def test_coordinator_gives_a_slot_and_the_volunteer_is_told(
    client, villy, coordinator, django_capture_on_commit_callbacks
):
    role = RoleDescription.objects.create(
        title="Kaffebrygger", kind="helper", purpose="x", does="x", does_not="x"
    )
    starts = timezone.now() + timedelta(days=4)
    (slot,) = actions.publish_slots(
        role, [(starts, starts + timedelta(hours=1))], places=1, acting_user=coordinator
    )
    client.force_login(coordinator)
    slots_page = client.get(reverse("volunteers:slots")).content.decode()
    url = reverse("volunteers:give_slot", args=[slot.pk])
    assert url in slots_page
    assert "Villy Vang" in client.get(url).content.decode()
    stranger = Volunteer.objects.create(full_name="Ikke Foreslået", stage="interested")
    refused = client.post(url, {"volunteer": stranger.pk}).content.decode()
    assert "Vælg en af de foreslåede frivillige." in refused and not slot.taken.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"volunteer": villy.pk})
    assert response.status_code == 302
    task = slot.taken.get()
    assert (task.volunteer, task.confirmed_by) == (villy, coordinator)
    (message,) = mail.outbox
    assert message.to == ["villy@example.dk"] and "Kaffebrygger" in message.subject
    # Full now: the list offers it no more.
    assert url not in client.get(reverse("volunteers:slots")).content.decode()
    # ... and the full slot cannot be given once more, not even by typing its address.
    assert client.get(url).status_code == 404
    assert client.post(url, {"volunteer": villy.pk}).status_code == 404
    assert slot.taken.count() == 1
    client.force_login(villy.user)
    assert client.get(url).status_code == 404

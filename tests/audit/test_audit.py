import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit.events import ADMIN_SEARCHED
from brobygger.audit.log import record_event
from brobygger.audit.models import AppendOnlyError, AuditEvent
from brobygger.referrals.events import CASE_READ
from tests import factories
from tests.people import two_factor


@pytest.fixture
def event(db):
    reader = factories.user(Role.LINK_WORKER, full_name="Birgitte Brobygger")
    return record_event(
        CASE_READ,
        user=reader,
        object_type="referrals.case",
        object_id="17",
        object_repr="Forløb 17",
        purpose="Samtale med borgeren",
    )


def test_record_keeps_who_what_and_why(event):
    stored = AuditEvent.objects.get()
    assert stored.action == "read"
    assert stored.user_label.startswith("Birgitte Brobygger <")
    assert (stored.object_type, stored.object_id, stored.purpose) == (
        "referrals.case",
        "17",
        "Samtale med borgeren",
    )


def test_search_terms_are_logged(db):
    record_event(ADMIN_SEARCHED, user=None, search_terms="Jensen 4000")
    assert AuditEvent.objects.get().search_terms == "Jensen 4000"
    assert AuditEvent.objects.get().user_label == "anonym"


def test_events_cannot_be_changed_or_deleted_through_the_orm(event):
    event.purpose = "noget andet"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().update(purpose="x")
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()


def test_the_database_refuses_updates_too(event):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE audit_auditevent SET purpose = 'skjult'")
    assert AuditEvent.objects.get().purpose == "Samtale med borgeren"


def test_administrators_can_filter_the_log(client, event):
    admin = factories.user(Role.ADMINISTRATOR, is_staff=True)
    two_factor(admin)
    client.force_login(admin)
    url = reverse("admin:audit_auditevent_changelist")
    response = client.get(url, {"action__exact": "read", "q": "Forløb"})
    assert response.status_code == 200
    assert "Forløb 17" in response.content.decode()
    assert client.get(url, {"action__exact": "export"}).content.decode().count("Forløb 17") == 0


@pytest.mark.parametrize("role", [Role.LINK_WORKER, Role.ANALYST, Role.ASSOCIATION_CONTACT])
def test_others_cannot_read_the_log(client, event, role):
    person = factories.user(role, is_staff=True)
    two_factor(person)
    client.force_login(person)
    response = client.get(reverse("admin:audit_auditevent_changelist"))
    assert response.status_code == 403


def test_reading_and_searching_people_in_the_admin_is_logged(client, db):
    admin = factories.user(Role.ADMINISTRATOR, is_staff=True, is_superuser=True)
    two_factor(admin)
    person = factories.user(Role.VOLUNTEER, full_name="Villy Frivillig")
    client.force_login(admin)
    client.get(reverse("admin:accounts_user_change", args=[person.pk]))
    client.get(reverse("admin:accounts_user_changelist"), {"q": "Villy"})
    events = list(
        AuditEvent.objects.order_by("id").values_list("action", "object_id", "search_terms")
    )
    assert ("read", str(person.pk), "") in events
    assert ("search", "", "Villy") in events


def test_logins_are_logged(client, db):
    factories.user(email="grethe@forening.dk")
    client.post(
        reverse("account_login"), {"login": "grethe@forening.dk", "password": factories.PASSWORD}
    )
    assert AuditEvent.objects.filter(action="login", user__email="grethe@forening.dk").exists()

"""The audit log in the admin: what it shows, and that reading it is itself logged."""

import pytest
from django.urls import reverse

from brobygger.accounts.roles import Role
from brobygger.audit import events
from brobygger.audit.log import record_event
from brobygger.audit.models import AuditEvent
from tests import factories
from tests.people import two_factor


@pytest.fixture
def administrator(db):
    return two_factor(
        factories.user(Role.ADMINISTRATOR, is_staff=True, full_name="Ada Administrator")
    )


@pytest.fixture
def viewed(db):
    return record_event(
        events.LOGIN_FAILED,
        user=None,
        object_repr="grethe@forening.dk",
        data={"login": "grethe@forening.dk"},
    )


def test_the_list_shows_event_code_and_legal_basis(client, administrator, viewed):
    client.force_login(administrator)
    response = client.get(reverse("admin:audit_auditevent_changelist"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "auth.login_failed" in page
    assert "Behandlingssikkerhed" in page


def test_the_list_filters_by_event_type(client, administrator, viewed):
    record_event(events.AUDIT_VERIFIED, user=None, object_repr="kæden")
    client.force_login(administrator)
    url = reverse("admin:audit_auditevent_changelist")
    page = client.get(url, {"event": "audit.verified"}).content.decode()
    assert "kæden" in page
    assert "grethe@forening.dk" not in page


def test_the_detail_shows_data_description_and_hashes(client, administrator, viewed):
    client.force_login(administrator)
    response = client.get(reverse("admin:audit_auditevent_change", args=[viewed.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Mislykket log-ind" in page
    assert "&quot;login&quot;: &quot;grethe@forening.dk&quot;" in page
    assert viewed.hash in page
    assert "art. 32" in page


def test_reading_the_audit_log_is_logged(client, administrator, viewed):
    client.force_login(administrator)
    client.get(reverse("admin:audit_auditevent_changelist"), {"q": "grethe", "action": "login"})
    client.get(reverse("admin:audit_auditevent_change", args=[viewed.pk]))
    reads = list(AuditEvent.objects.filter(event="audit.viewed").order_by("id"))
    assert len(reads) == 2
    listing, detail = reads
    assert listing.user == administrator
    assert listing.search_terms == "grethe"
    assert listing.data == {"view": "list", "filters": {"action": "login", "q": "grethe"}}
    assert (detail.object_type, detail.object_id) == ("audit.auditevent", str(viewed.pk))
    assert detail.data == {"view": "detail"}


@pytest.mark.parametrize("role", [Role.LINK_WORKER, Role.ANALYST])
def test_others_cannot_read_it_and_are_not_logged_as_readers(client, viewed, role):
    person = two_factor(factories.user(role, is_staff=True))
    client.force_login(person)
    assert client.get(reverse("admin:audit_auditevent_changelist")).status_code == 403
    assert not AuditEvent.objects.filter(event="audit.viewed").exists()


def test_every_look_at_a_list_of_people_in_the_admin_is_logged(client, db):
    admin = two_factor(factories.user(Role.ADMINISTRATOR, is_staff=True, is_superuser=True))
    client.force_login(admin)
    client.get(reverse("admin:accounts_user_changelist"))
    listed = AuditEvent.objects.get(event="admin.listed")
    assert listed.user == admin
    assert listed.object_type == "accounts.user"

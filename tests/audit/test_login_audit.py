"""Log-ins and failed log-ins are on the record, never the password tried."""

import json

from django.urls import reverse

from brobygger.audit.models import AuditEvent
from tests import factories

WRONG = "Forkert-Hemmelig-Kode-77"


def _login(client, email, password):
    return client.post(
        reverse("account_login"), {"login": email, "password": password}, REMOTE_ADDR="192.0.2.7"
    )


def _everything_stored(event):
    row = AuditEvent.objects.filter(pk=event.pk).values().get()
    return json.dumps(row, default=str)


def test_a_failed_login_is_logged_with_the_address_tried_and_the_ip(client, db):
    person = factories.user(email="grethe@forening.dk")
    _login(client, "Grethe@Forening.dk", WRONG)
    failed = AuditEvent.objects.get(event="auth.login_failed")
    assert failed.data == {"login": "grethe@forening.dk"}
    assert failed.ip_address == "192.0.2.7"
    assert failed.user is None
    assert failed.legal_basis == "art32"
    # Linked to the account that was tried, so attacks on one account can be found.
    assert (failed.object_type, failed.object_id) == ("accounts.user", str(person.pk))
    assert WRONG not in _everything_stored(failed)
    assert not AuditEvent.objects.filter(event="auth.login").exists()


def test_a_failed_login_for_an_unknown_address_is_logged_too(client, db):
    _login(client, "ingen@example.dk", WRONG)
    failed = AuditEvent.objects.get(event="auth.login_failed")
    assert failed.object_repr == "ingen@example.dk"
    assert failed.object_id == ""
    assert WRONG not in _everything_stored(failed)


def test_a_successful_login_is_logged(client, db):
    person = factories.user(email="grethe@forening.dk")
    _login(client, "grethe@forening.dk", factories.PASSWORD)
    login = AuditEvent.objects.get(event="auth.login")
    assert login.user == person
    assert login.ip_address == "192.0.2.7"
    assert login.legal_basis == "art32"
